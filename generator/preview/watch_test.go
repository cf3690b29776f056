package preview

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSkip(t *testing.T) {
	tests := []struct {
		path string
		skip bool
	}{
		{"site.yaml", false},
		{"site.yaml~", true},
		{".site.yaml.swp", true},
		{"content", false},
		{"content/ho-so/a.md", false},
		{"content/ho-so/a/anh.jpg", false},
		{"content/ho-so/.a.md.swp", true},
		{"content/ho-so/a.md~", true},
		{"content/ho-so/#a.md#", true},
		{"content/ho-so/_nhap/a.md", true},
		{"content/.git/HEAD", true},
		{"content/ho-so/4913", false}, // vim's probe: not ignored by the build either
		{"static/css/x.css", false},
		{"static/css/x.css.bak", true},
		{"themes/default/layouts/base.html", false},
		{"themes/default/static/_x.css", false}, // a theme publishes it
		{"themes/default/.DS_Store", true},
		{"public/index.html", true},
		{".git/index", true},
		{"README.md", true},
		{".cache/images/a.jpg", true},
	}
	for _, tt := range tests {
		if got := skip(tt.path); got != tt.skip {
			t.Errorf("skip(%q) = %v, want %v", tt.path, got, tt.skip)
		}
	}
}

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
