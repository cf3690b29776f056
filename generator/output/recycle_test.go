package output

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// tree returns every file under dir with its bytes.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			t.Errorf("symbolic link %s", p)
		}
		if d.Name() == Marker && filepath.Dir(p) == dir {
			return nil // checked by TestMarker
		}
		if !d.IsDir() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(dir, p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func build(t *testing.T, target string, files map[string]string) *Dir {
	t.Helper()
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, d, files)
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	return d
}

func lstat(t *testing.T, p string) os.FileInfo {
	t.Helper()
	fi, err := os.Lstat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fi
}

// TestRecycle: the site a build replaces is kept, unreadable to others, and
// updated in place by the next build: unchanged files keep their inode,
// changed ones get a new one (the published site is never written
// through), folders and files may trade places, and whatever the build did
// not write is gone, including files put into the target by hand and
// symbolic links planted in the kept site.
func TestRecycle(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the previous site is kept only where the swap is atomic")
	}
	root := t.TempDir()
	target := filepath.Join(root, "public")
	prev := filepath.Join(stateDir(target), prevName)
	v1 := map[string]string{"index.html": "a", "x/index.html": "b", "gone.html": "g", "d/f.html": "in d", "f": "plain"}
	build(t, target, v1)
	first := lstat(t, filepath.Join(target, "index.html"))
	v2 := map[string]string{"index.html": "a", "x/index.html": "b2", "gone.html": "g", "d/f.html": "in d", "f": "plain"}
	build(t, target, v2)
	fi, err := os.Stat(prev)
	if err != nil {
		t.Fatalf("the replaced site was not kept: %v", err)
	}
	if fi.Mode().Perm() != 0o700 {
		t.Errorf("kept site has mode %v, want 0700", fi.Mode().Perm())
	}
	if got := tree(t, prev); fmt.Sprint(got) != fmt.Sprint(v1) {
		t.Errorf("kept site = %v, want %v", got, v1)
	}
	os.WriteFile(filepath.Join(target, "manual.txt"), []byte("by hand"), 0o644)

	// The third build updates the first site in place.
	v3 := map[string]string{"index.html": "a", "x/index.html": "b2", "d": "now a file", "f/index.html": "now a folder", "new/n.html": "n"}
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	if !d.recycled {
		t.Fatal("the kept site was not reused")
	}
	if _, err := os.Stat(prev); !os.IsNotExist(err) {
		t.Error("the kept site is still there while being reused")
	}
	write(t, d, v3)
	write(t, d, map[string]string{"index.html": "a"}) // again: nothing to do
	if got := tree(t, target); got["x/index.html"] != "b2" || got["index.html"] != "a" || got["manual.txt"] != "by hand" {
		t.Errorf("published site changed before Commit: %v", got)
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if w, kept := d.Stats(); w != 3 || kept != 3 {
		t.Errorf("written %d kept %d, want 3 3", w, kept)
	}
	if got := tree(t, target); fmt.Sprint(got) != fmt.Sprint(v3) {
		t.Errorf("site = %v, want %v", got, v3)
	}
	if !os.SameFile(lstat(t, filepath.Join(target, "index.html")), first) {
		t.Error("an unchanged file was rewritten")
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o755 {
		t.Errorf("site has mode %v, want 0755", fi.Mode().Perm())
	}

	// A symbolic link planted in the kept site is replaced, not followed.
	outside := t.TempDir()
	os.RemoveAll(filepath.Join(prev, "x"))
	if err := os.Symlink(outside, filepath.Join(prev, "x")); err != nil {
		t.Fatal(err)
	}
	os.Symlink(filepath.Join(outside, "secret"), filepath.Join(prev, "index.html.tmp"))
	build(t, target, map[string]string{"index.html": "a", "x/index.html": "b3"})
	if ents, _ := os.ReadDir(outside); len(ents) != 0 {
		t.Errorf("wrote through a symbolic link: %v", ents)
	}
	if got := tree(t, target); fmt.Sprint(got) != fmt.Sprint(map[string]string{"index.html": "a", "x/index.html": "b3"}) {
		t.Errorf("site = %v", got)
	}
	assertNoLeftovers(t, root)
}

// TestRecycleRandom builds random sites into one target many times and
// checks after each that the target holds exactly the files written, and
// that no inode the target ever published changed its bytes: a file is
// never written through a hard link shared with the published site.
func TestRecycleRandom(t *testing.T) {
	root := t.TempDir()
	target := filepath.Join(root, "public")
	rng := rand.New(rand.NewPCG(3, 4))
	names := []string{"index.html", "a", "a/index.html", "a/b", "a/b/index.html", "c/index.html", "c/d/e.html", "f.css", "a/b/c"}
	// Every file the target ever published, held open so its inode cannot
	// be freed and reused, with its bytes then.
	type published struct {
		f    *os.File
		name string
		b    string
	}
	var all []published
	defer func() {
		for _, p := range all {
			p.f.Close()
		}
	}()
	for round := range 40 {
		files := map[string]string{}
		for _, n := range names {
			if rng.IntN(2) == 0 {
				continue
			}
			conflict := false
			for m := range files { // a name cannot be a file and a folder
				if len(m) > len(n) && m[:len(n)+1] == n+"/" || len(n) > len(m) && n[:len(m)+1] == m+"/" {
					conflict = true
				}
			}
			if !conflict {
				files[n] = fmt.Sprint("v", rng.IntN(3))
			}
		}
		if rng.IntN(5) == 0 {
			os.WriteFile(filepath.Join(target, "by-hand.txt"), []byte("x"), 0o644)
		}
		build(t, target, files)
		got := tree(t, target)
		if fmt.Sprint(got) != fmt.Sprint(files) {
			t.Fatalf("round %d: site = %v, want %v", round, got, files)
		}
		for _, p := range all {
			b := make([]byte, 64)
			n, _ := p.f.ReadAt(b, 0)
			if string(b[:n]) != p.b {
				t.Fatalf("round %d: %s as published held %q, now %q: written through", round, p.name, p.b, b[:n])
			}
		}
		for n, b := range got {
			f, err := os.Open(filepath.Join(target, n))
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, published{f, n, b})
		}
	}
	assertNoLeftovers(t, root)
}
