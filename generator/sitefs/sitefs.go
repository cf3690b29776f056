// Package sitefs reads a site folder so that no path, symbolic links
// included, leads outside it, as os.Root does, with one system call per
// file open where the system has one for that.
//
// os.Root opens each component of a path separately, so reading
// content/ho-so/x.md costs four opens, four closes and a registration with
// the runtime's poller per file: at 100,000 profiles that was two seconds
// of kernel time. On Linux, FS.ReadFileLimit opens with openat2 and
// RESOLVE_BENEATH instead, which the kernel checks in one call; anything
// it refuses, and every other operation, goes through os.Root, so errors
// and rules stay those of os.Root.
package sitefs

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
)

// FS is an fs.FS of a site folder. It implements fs.StatFS, fs.ReadDirFS
// and fs.ReadFileFS through os.Root, plus ReadFileLimit.
type FS struct {
	root *os.Root
	fsys fs.FS
	dir  int // a descriptor of the folder for openat2, or -1
}

// New returns an FS reading root. Close releases what New opened; root
// stays open.
func New(root *os.Root) *FS {
	return &FS{root: root, fsys: root.FS(), dir: openDir(root)}
}

// Close releases the FS's descriptor.
func (f *FS) Close() error {
	closeDir(f.dir)
	f.dir = -1
	return nil
}

func (f *FS) Open(name string) (fs.File, error)          { return f.fsys.Open(name) }
func (f *FS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(f.fsys, name) }
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(f.fsys, name) }
func (f *FS) ReadFile(name string) ([]byte, error)       { return fs.ReadFile(f.fsys, name) }

// ReadFileLimit reads the file name whole: its bytes, or nil and its size
// when it is larger than limit, which is then not read. The bytes are read
// into buf when it has the capacity (pass nil for a new slice), so a
// caller that reads many files can reuse one buffer.
func (f *FS) ReadFileLimit(name string, limit int64, buf []byte) ([]byte, int64, error) {
	if fs.ValidPath(name) && f.dir >= 0 {
		if b, size, ok, err := f.readFast(name, limit, buf); ok {
			return b, size, err
		}
	}
	return ReadFileLimit(f.fsys, name, limit, buf)
}

// ErrNotRegular is the error (in an *fs.PathError) for reading a FIFO,
// device or socket, which would block or never end.
var ErrNotRegular = errors.New("not a regular file")

// ReadFileLimit is FS.ReadFileLimit for any fs.FS, with one Open.
func ReadFileLimit(fsys fs.FS, name string, limit int64, buf []byte) ([]byte, int64, error) {
	if l, ok := fsys.(interface {
		ReadFileLimit(string, int64, []byte) ([]byte, int64, error)
	}); ok {
		return l.ReadFileLimit(name, limit, buf)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, 0, err
	}
	defer file.Close()
	fi, err := file.Stat()
	if err != nil {
		return nil, 0, err
	}
	if fi.Size() > limit {
		return nil, fi.Size(), nil
	}
	return readAll(file, fi.Size(), limit, buf)
}

// readAll reads r, expected to hold size bytes, refusing more than limit,
// into buf when it is large enough.
func readAll(r io.Reader, size, limit int64, buf []byte) ([]byte, int64, error) {
	b := bytes.NewBuffer(buf[:0])
	b.Grow(int(size) + bytes.MinRead)
	if _, err := b.ReadFrom(io.LimitReader(r, limit+1)); err != nil {
		return nil, 0, err
	}
	if int64(b.Len()) > limit { // it grew while we read
		return nil, int64(b.Len()), nil
	}
	return b.Bytes(), int64(b.Len()), nil
}
