package output

import (
	"os"
	"path/filepath"
	"testing"
)

// TestRestoresSiteMovedAside: where Commit renames the previous site aside
// before moving the new one in (no RENAME_EXCHANGE), a build killed
// between the two renames leaves no public/ and the previous site under
// .public.guongsang/old-<time> (.public.guongsang-old-<time> before the
// state folder). The next build puts the newest such site back before
// staging, so public/ exists again even if that build fails, and removes
// the older leftovers.
func TestRestoresSiteMovedAside(t *testing.T) {
	root := t.TempDir()
	target := filepath.Join(root, "public")
	for name, body := range map[string]string{
		".public.guongsang-old-1764300000000000000": "older",
		".public.guongsang-old-1764300000500000000": "previous",
		".public.guongsang-new-42":                  "half-written",
	} {
		os.MkdirAll(filepath.Join(root, name), 0o755)
		os.WriteFile(filepath.Join(root, name, "index.html"), []byte(body), 0o644)
	}
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Abort(); err != nil { // the new build failed
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(target, "index.html")); err != nil || string(b) != "previous" {
		t.Errorf("public/index.html = %q, %v; want the previous site back", b, err)
	}
	assertNoLeftovers(t, root)

	// With public/ in place, an old- leftover is only removed.
	os.MkdirAll(filepath.Join(root, ".public.guongsang-old-1"), 0o755)
	d, err = NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	d.Abort()
	if b, _ := os.ReadFile(filepath.Join(target, "index.html")); string(b) != "previous" {
		t.Error("public/ replaced by a leftover")
	}
	assertNoLeftovers(t, root)
}
