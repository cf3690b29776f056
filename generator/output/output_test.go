package output

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func write(t *testing.T, d *Dir, files map[string]string) {
	t.Helper()
	for n, s := range files {
		if err := d.WriteFile(n, []byte(s)); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDirSwapAndKeep(t *testing.T) {
	root := t.TempDir()
	target := filepath.Join(root, "public")
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, d, map[string]string{"index.html": "a", "x/index.html": "b", "old.html": "gone"})
	if _, err := os.Stat(target); !os.IsNotExist(err) {
		t.Fatal("target exists before Commit")
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	fi1, _ := os.Stat(filepath.Join(target, "index.html"))

	d, err = NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, d, map[string]string{"index.html": "a", "x/index.html": "changed"})
	// Before Commit the old site is intact.
	if b, _ := os.ReadFile(filepath.Join(target, "x/index.html")); string(b) != "b" {
		t.Fatal("target changed before Commit")
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	w, kept := d.Stats()
	if w != 1 || kept != 1 {
		t.Errorf("written %d kept %d, want 1 1", w, kept)
	}
	fi2, _ := os.Stat(filepath.Join(target, "index.html"))
	if !os.SameFile(fi1, fi2) {
		t.Error("unchanged file was rewritten")
	}
	if _, err := os.Stat(filepath.Join(target, "old.html")); !os.IsNotExist(err) {
		t.Error("file of the previous site left behind")
	}
	if b, _ := os.ReadFile(filepath.Join(target, "x/index.html")); string(b) != "changed" {
		t.Error("changed file not published")
	}
	assertNoLeftovers(t, root)
}

// assertNoLeftovers fails when anything but the target and its state
// folder is beside the target (root holds nothing else in these tests),
// or when the state folder holds anything but the lock file and the
// previous site kept for the next build (prevName).
func assertNoLeftovers(t *testing.T, root string) {
	t.Helper()
	ents, _ := os.ReadDir(root)
	for _, e := range ents {
		if e.Name() != "public" && e.Name() != ".public.guongsang" {
			t.Errorf("leftover %s", e.Name())
		}
	}
	ents, _ = os.ReadDir(filepath.Join(root, ".public.guongsang"))
	for _, e := range ents {
		if e.Name() != "lock" && e.Name() != prevName {
			t.Errorf("leftover .public.guongsang/%s", e.Name())
		}
	}
}

func TestAbortKeepsTarget(t *testing.T) {
	root := t.TempDir()
	target := filepath.Join(root, "public")
	os.MkdirAll(target, 0o755)
	os.WriteFile(filepath.Join(target, "index.html"), []byte("old"), 0o644)
	os.WriteFile(filepath.Join(target, Marker), markerText, 0o644)
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, d, map[string]string{"index.html": "new"})
	// A write failing midway (an invalid name here) aborts the build.
	if err := d.WriteFile("../escape", []byte("x")); err == nil {
		t.Error("path outside the output accepted")
	}
	if err := d.Abort(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(target, "index.html")); string(b) != "old" {
		t.Error("target changed by an aborted build")
	}
	assertNoLeftovers(t, root)
}

func TestLockAndLeftovers(t *testing.T) {
	root := t.TempDir()
	target := filepath.Join(root, "public")
	// Leftovers of builds killed with kill -9, by this version and by one
	// from before the state folder.
	os.MkdirAll(filepath.Join(root, ".public.guongsang", "new-123", "x"), 0o755)
	os.MkdirAll(filepath.Join(root, ".public.guongsang-new-123", "x"), 0o755)
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewDir(target, Guard{}); !errors.Is(err, ErrLocked) {
		t.Errorf("second build: err = %v, want ErrLocked", err)
	}
	for _, p := range []string{".public.guongsang/new-123", ".public.guongsang-new-123"} {
		if _, err := os.Stat(filepath.Join(root, p)); !os.IsNotExist(err) {
			t.Errorf("leftover %s of a killed build not removed", p)
		}
	}
	d.Abort()
	d2, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatalf("lock not released: %v", err)
	}
	d2.Abort()
}

func TestUnwritable(t *testing.T) {
	if os.Geteuid() == 0 {
		// Root ignores permissions; use a file where a folder must go.
		root := t.TempDir()
		os.WriteFile(filepath.Join(root, "file"), nil, 0o644)
		if _, err := NewDir(filepath.Join(root, "file", "public"), Guard{}); err == nil {
			t.Error("output under a file accepted")
		}
		return
	}
	root := t.TempDir()
	os.Chmod(root, 0o555)
	defer os.Chmod(root, 0o755)
	if _, err := NewDir(filepath.Join(root, "public"), Guard{}); err == nil {
		t.Error("unwritable parent accepted")
	}
}

func TestMemory(t *testing.T) {
	m := NewMemory()
	m.WriteFile("a/index.html", []byte("x"))
	if err := m.WriteFile("/abs", nil); err == nil {
		t.Error("absolute path accepted")
	}
	if b, ok := m.Get("a/index.html"); !ok || string(b) != "x" {
		t.Error("Get")
	}
	m.Delete("a/index.html")
	if len(m.Names()) != 0 {
		t.Error("Delete")
	}
}
