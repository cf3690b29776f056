package output

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCopyFile: CopyFile stages a cache's file as its bytes, a hard link
// to it only when asked (link), a copy otherwise; a rebuild with the same
// file keeps the published one; a changed cache file is published anew
// (a new inode, the old site untouched until Commit).
func TestCopyFile(t *testing.T) {
	root := t.TempDir()
	cache := filepath.Join(root, "cache")
	os.Mkdir(cache, 0o755)
	card, photo := filepath.Join(cache, "card-3.png"), filepath.Join(cache, "photo.jpg")
	os.WriteFile(card, []byte("png"), 0o644)
	os.WriteFile(photo, []byte("jpeg bytes"), 0o644)
	target := filepath.Join(root, "public")
	build := func(files map[string][2]string) *Dir {
		t.Helper()
		d, err := NewDir(target, Guard{})
		if err != nil {
			t.Fatal(err)
		}
		for name, f := range files {
			if err := d.CopyFile(name, f[0], f[1] == "link"); err != nil {
				t.Fatal(err)
			}
		}
		if err := d.Commit(); err != nil {
			t.Fatal(err)
		}
		return d
	}
	stat := func(p string) os.FileInfo {
		t.Helper()
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return fi
	}
	files := map[string][2]string{"anh/a.png": {card, "link"}, "anh/b.jpg": {photo, "copy"}}
	d := build(files)
	if w, k := d.Stats(); w != 2 || k != 0 {
		t.Errorf("written %d kept %d, want 2 0", w, k)
	}
	for name, want := range map[string]string{"anh/a.png": "png", "anh/b.jpg": "jpeg bytes"} {
		if b, _ := os.ReadFile(filepath.Join(target, name)); string(b) != want {
			t.Errorf("%s = %q, want %q", name, b, want)
		}
	}
	a, b := stat(filepath.Join(target, "anh/a.png")), stat(filepath.Join(target, "anh/b.jpg"))
	if !os.SameFile(a, stat(card)) {
		t.Error("a linkable file was copied (same file system: expected a hard link)")
	}
	if os.SameFile(b, stat(photo)) {
		t.Error("a file to copy was hard-linked to the cache")
	}
	if b.Mode().Perm() != 0o644 {
		t.Errorf("copy has mode %v, want 0644", b.Mode().Perm())
	}

	d = build(files)
	if w, k := d.Stats(); w != 0 || k != 2 {
		t.Errorf("unchanged rebuild: written %d kept %d, want 0 2", w, k)
	}
	if !os.SameFile(b, stat(filepath.Join(target, "anh/b.jpg"))) {
		t.Error("an unchanged copy was made again")
	}

	// The cache replaces a file by renaming a new one over it.
	os.WriteFile(photo+".tmp", []byte("new jpeg"), 0o644)
	os.Rename(photo+".tmp", photo)
	d = build(files)
	if w, k := d.Stats(); w != 1 || k != 1 {
		t.Errorf("after a change: written %d kept %d, want 1 1", w, k)
	}
	if got, _ := os.ReadFile(filepath.Join(target, "anh/b.jpg")); string(got) != "new jpeg" {
		t.Errorf("changed file published as %q", got)
	}
}
