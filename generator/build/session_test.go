package build

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestWalkOrder: walkOrder sorts paths as fs.WalkDir (and so
// content.Sources) visits them.
func TestWalkOrder(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, p := range []string{"a/z.md", "a-b.md", "a.md", "a/b/c.md", "a0.md", "b.md", "a/b-c.md", "A.md", "đ.md", "a/b.md"} {
		fsys["content/"+p] = &fstest.MapFile{}
	}
	var walked []string
	if err := fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			walked = append(walked, p)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	sorted := slices.Clone(walked)
	slices.Reverse(sorted)
	slices.SortFunc(sorted, walkOrder)
	if !slices.Equal(sorted, walked) {
		t.Errorf("walkOrder:\n  %s\nfs.WalkDir:\n  %s", strings.Join(sorted, "\n  "), strings.Join(walked, "\n  "))
	}
}
