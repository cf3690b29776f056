//go:build !linux

package output

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/guongsang/guongsang/generator/i18n"
)

// exchange is not available: Commit falls back to two renames.
func exchange(a, b string) error { return errors.ErrUnsupported }

// staleLockHint completes ErrLocked's message: a build killed without
// cleanup leaves the lock file behind.
func staleLockHint() string { return i18n.OutLockedStale.T() }

// lockFile creates p exclusively; a build killed without cleanup leaves it
// behind, and the error says which file to remove.
func lockFile(p string) (*os.File, error) {
	f, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_RDWR, 0o644)
	if errors.Is(err, os.ErrExist) {
		return nil, ErrLocked
	}
	return f, err
}

func unlock(f *os.File) {
	f.Close()
	os.Remove(f.Name())
}

func openDir(string) int { return -1 }

func closeDir(int) {}

func (d *Dir) writeFile(name, abs string, data []byte) error { return writeNew(abs, data) }

// copyFile creates dst, failing if it exists, with the bytes of src.
func (d *Dir) copyFile(name, dst, src string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return writeNew(dst, b)
}

func (d *Dir) mkdirAt(dir string) error {
	return os.Mkdir(filepath.Join(d.stage, filepath.FromSlash(dir)), 0o755)
}
