package sitefs

import (
	"io"
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

func openDir(root *os.Root) int {
	d, err := root.Open(".")
	if err != nil {
		return -1
	}
	defer d.Close()
	fd, err := unix.Dup(int(d.Fd()))
	if err != nil {
		return -1
	}
	unix.CloseOnExec(fd)
	return fd
}

func closeDir(fd int) {
	if fd >= 0 {
		unix.Close(fd)
	}
}

// readFast reads name with openat2 beneath the folder. ok is false when
// the kernel refused the open for any reason (no openat2, a symbolic link
// leading out, a missing file…) or name is a folder: the caller then goes
// through os.Root, which gives the error. Other files that are not regular
// (a FIFO would block the read, a device never end) are refused here.
func (f *FS) readFast(name string, limit int64, buf []byte) (b []byte, size int64, ok bool, err error) {
	fd, err := unix.Openat2(f.dir, name, &unix.OpenHow{
		Flags:   unix.O_RDONLY | unix.O_CLOEXEC | unix.O_NOCTTY | unix.O_NONBLOCK,
		Resolve: unix.RESOLVE_BENEATH | unix.RESOLVE_NO_MAGICLINKS,
	})
	if err != nil {
		return nil, 0, false, nil
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil || st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return nil, 0, false, nil
	}
	if st.Mode&unix.S_IFMT != unix.S_IFREG {
		return nil, 0, true, &fs.PathError{Op: "open", Path: name, Err: ErrNotRegular}
	}
	if st.Size > limit {
		return nil, st.Size, true, nil
	}
	b, size, err = readAll(fdReader(fd), st.Size, limit, buf)
	return b, size, true, err
}

// fdReader reads a descriptor with plain read calls: an os.File would
// also try to register it with the runtime's poller.
type fdReader int

func (r fdReader) Read(p []byte) (int, error) {
	for {
		n, err := unix.Read(int(r), p)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return 0, err
		}
		if n == 0 && len(p) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}
