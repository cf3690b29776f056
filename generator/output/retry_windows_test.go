package output

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/windows"
)

// TestCommitWithFileHeldOpen holds a published file open the way a
// virus scanner does (no sharing of deletes) while the next build swaps
// its site in: the swap retries, then fails naming the folder, and leaves
// the published site whole; once the file is let go, the next build
// publishes.
func TestCommitWithFileHeldOpen(t *testing.T) {
	target := filepath.Join(t.TempDir(), "public")
	build := func(s string) error {
		d, err := NewDir(target, Guard{})
		if err != nil {
			t.Fatal(err)
		}
		write(t, d, map[string]string{"index.html": s})
		return d.Commit()
	}
	if err := build("a"); err != nil {
		t.Fatal(err)
	}
	name, _ := windows.UTF16PtrFromString(filepath.Join(target, "index.html"))
	h, err := windows.CreateFile(name, windows.GENERIC_READ, windows.FILE_SHARE_READ, nil, windows.OPEN_EXISTING, windows.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		t.Fatal(err)
	}
	err = build("b")
	windows.CloseHandle(h)
	var be *BusyError
	if !errors.As(err, &be) || !strings.Contains(err.Error(), target) {
		t.Fatalf("Commit with a file held open: %v, want a *BusyError naming %s", err, target)
	}
	if b, _ := os.ReadFile(filepath.Join(target, "index.html")); string(b) != "a" {
		t.Errorf("the published site changed: index.html = %q", b)
	}
	if err := build("c"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(target, "index.html")); string(b) != "c" {
		t.Errorf("index.html = %q after the file was let go", b)
	}
}
