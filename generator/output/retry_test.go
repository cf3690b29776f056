package output

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// errHeld stands for Windows' "the process cannot access the file because
// it is being used by another process", which Linux never returns.
var errHeld = errors.New("simulated sharing violation")

// holder simulates another program holding files open: each rename or
// removal of a path for which held returns true fails with errHeld
// (wrapped as the os package wraps it) while fails > 0, and counts down.
type holder struct {
	fails  int
	held   func(path string) bool
	sleeps []time.Duration
}

func simulate(t *testing.T, h *holder) {
	t.Helper()
	savedRename, savedRemove, savedSleep, savedBusy := osRename, osRemoveAll, sleep, busy
	t.Cleanup(func() { osRename, osRemoveAll, sleep, busy = savedRename, savedRemove, savedSleep, savedBusy })
	busy = func(err error) bool { return errors.Is(err, errHeld) }
	sleep = func(d time.Duration) { h.sleeps = append(h.sleeps, d) }
	osRename = func(from, to string) error {
		if h.held(from) && h.fails != 0 {
			h.fails--
			return &os.LinkError{Op: "rename", Old: from, New: to, Err: errHeld}
		}
		return os.Rename(from, to)
	}
	osRemoveAll = func(p string) error {
		if h.held(p) && h.fails != 0 {
			h.fails--
			// RemoveAll names the file inside that it could not remove.
			return &os.PathError{Op: "remove", Path: filepath.Join(p, "index.html"), Err: errHeld}
		}
		return os.RemoveAll(p)
	}
}

// A swap that fails while a file is held open succeeds once it is let go,
// after short waits that grow.
func TestCommitRetriesWhileHeld(t *testing.T) {
	target := filepath.Join(t.TempDir(), "public")
	h := &holder{fails: 3, held: func(p string) bool { return strings.Contains(p, ".public.guongsang") }}
	simulate(t, h)
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, d, map[string]string{"index.html": "a"})
	if err := d.Commit(); err != nil {
		t.Fatalf("Commit: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(target, "index.html")); err != nil || string(b) != "a" {
		t.Fatalf("the site was not published: %q %v", b, err)
	}
	if want := backoff[:3]; !slices.Equal(h.sleeps, want) {
		t.Errorf("waited %v, want %v", h.sleeps, want)
	}
}

// A file held through every retry fails the swap with a message naming
// it; nothing is published, and the next build, with the file let go,
// publishes.
func TestCommitHeldTooLong(t *testing.T) {
	target := filepath.Join(t.TempDir(), "public")
	h := &holder{fails: -1, held: func(p string) bool { return strings.Contains(p, ".public.guongsang") }}
	simulate(t, h)
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, d, map[string]string{"index.html": "a"})
	stage := d.stage
	err = d.Commit()
	var be *BusyError
	if !errors.As(err, &be) || be.Path != stage || !errors.Is(err, errHeld) {
		t.Fatalf("Commit: %v, want a *BusyError for %s", err, stage)
	}
	want := "không xoá hoặc đổi tên được " + stage + " vì một chương trình khác đang mở nó"
	if !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "phần mềm diệt virus, Windows Search") {
		t.Errorf("message %q, want it to start with %q", err, want)
	}
	if !slices.Equal(h.sleeps, backoff) {
		t.Errorf("waited %v, want %v", h.sleeps, backoff)
	}
	if _, err := os.Stat(target); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("something was published: %v", err)
	}

	h.fails = 0
	d, err = NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, d, map[string]string{"index.html": "b"})
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(target, "index.html")); string(b) != "b" {
		t.Errorf("index.html = %q after the file was let go", b)
	}
}

// Abort's removal names the file inside the stage that stayed held.
func TestAbortNamesHeldFile(t *testing.T) {
	target := filepath.Join(t.TempDir(), "public")
	h := &holder{held: func(p string) bool { return strings.Contains(p, ".public.guongsang") }}
	simulate(t, h)
	d, err := NewDir(target, Guard{})
	if err != nil {
		t.Fatal(err)
	}
	write(t, d, map[string]string{"index.html": "a"})
	h.fails = -1
	err = d.Abort()
	var be *BusyError
	if !errors.As(err, &be) || be.Path != filepath.Join(d.stage, "index.html") {
		t.Fatalf("Abort: %v, want a *BusyError naming %s", err, filepath.Join(d.stage, "index.html"))
	}
	if !strings.Contains(err.Error(), filepath.Join(d.stage, "index.html")) {
		t.Errorf("message %q does not name the file", err)
	}
}

// Other errors are not retried: a missing folder or a real refusal fails
// at once.
func TestRetryOnlyWhenHeld(t *testing.T) {
	h := &holder{held: func(string) bool { return false }}
	simulate(t, h)
	dir := t.TempDir()
	err := rename(filepath.Join(dir, "khong-co"), filepath.Join(dir, "b"))
	if !errors.Is(err, os.ErrNotExist) || len(h.sleeps) != 0 {
		t.Errorf("rename of a missing folder: %v after %d waits", err, len(h.sleeps))
	}
	var be *BusyError
	if errors.As(err, &be) {
		t.Errorf("a missing folder reported as held: %v", err)
	}
}
