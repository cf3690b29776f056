package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFORefused: a named pipe called *.md under content/ (left by some
// tool) used to block the build forever on open; it is an error naming
// the file.
func TestFIFORefused(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	if err := syscall.Mkfifo(filepath.Join(dir, "content/ho-so/ong.md"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := Build(context.Background(), Options{SiteDir: dir, Now: now})
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "content/ho-so/ong.md: không đọc được tệp: không phải tệp thông thường") || !strings.Contains(err.Error(), "hãy xoá nó") {
			t.Errorf("want an error naming content/ho-so/ong.md, got %v", err)
		}
	case <-time.After(20 * time.Second):
		// Unblock the open so the test binary can end.
		if f, err := os.OpenFile(filepath.Join(dir, "content/ho-so/ong.md"), os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("the build blocked on a FIFO")
	}
}
