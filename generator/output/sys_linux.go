package output

import (
	"errors"
	"io"
	"os"

	"golang.org/x/sys/unix"
)

func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}

// staleLockHint is empty: the kernel releases a flock when its process
// dies, even by kill -9, so a lock is never stale.
func staleLockHint() string { return "" }

func lockFile(p string) (*os.File, error) {
	f, err := os.OpenFile(p, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			return nil, ErrLocked
		}
		return nil, err
	}
	return f, nil
}

func unlock(f *os.File) {
	_ = unix.Flock(int(f.Fd()), unix.LOCK_UN)
	f.Close()
}

// openDir opens dir for the *at calls below, or returns -1.
func openDir(dir string) int {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return -1
	}
	return fd
}

func closeDir(fd int) {
	if fd >= 0 {
		unix.Close(fd)
	}
}

// writeFile creates name (slash-separated, relative to the stage) with
// plain openat/write/close, failing if it exists (see Dir.WriteFile). A build writes tens of thousands of small
// files once; os.WriteFile would also register each with the runtime's
// poller (an fcntl and a failing epoll_ctl per file) and resolve the whole
// absolute path, which together cost more than the write itself here.
func (d *Dir) writeFile(name, abs string, data []byte) error {
	if d.stageFD < 0 {
		return writeNew(abs, data)
	}
	fd, err := unix.Openat(d.stageFD, name, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL|unix.O_CLOEXEC|unix.O_NOFOLLOW, 0o644)
	if err != nil {
		return &os.PathError{Op: "open", Path: abs, Err: err}
	}
	for len(data) > 0 {
		n, err := unix.Write(fd, data)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			unix.Close(fd)
			return &os.PathError{Op: "write", Path: abs, Err: err}
		}
		data = data[n:]
	}
	if err := unix.Close(fd); err != nil {
		return &os.PathError{Op: "close", Path: abs, Err: err}
	}
	return nil
}

// mkdirAt makes the folder dir of the stage.
func (d *Dir) mkdirAt(dir string) error {
	if d.stageFD < 0 {
		return os.Mkdir(d.stage+"/"+dir, 0o755)
	}
	if err := unix.Mkdirat(d.stageFD, dir, 0o755); err != nil {
		if err == unix.EEXIST {
			return os.ErrExist
		}
		return &os.PathError{Op: "mkdir", Path: d.stage + "/" + dir, Err: err}
	}
	return nil
}

// copyFile creates name (slash-separated, relative to the stage; abs is
// its full path), failing if it exists, with the bytes of the file at src:
// copy_file_range, or read and write where the kernel cannot (an older
// kernel across file systems, a file system without it).
func (d *Dir) copyFile(name, abs, src string) error {
	in, err := unix.Open(src, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return &os.PathError{Op: "open", Path: src, Err: err}
	}
	defer unix.Close(in)
	var st unix.Stat_t
	if err := unix.Fstat(in, &st); err != nil {
		return &os.PathError{Op: "stat", Path: src, Err: err}
	}
	var out int
	if d.stageFD >= 0 {
		out, err = unix.Openat(d.stageFD, name, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL|unix.O_CLOEXEC|unix.O_NOFOLLOW, 0o644)
	} else {
		out, err = unix.Open(abs, unix.O_WRONLY|unix.O_CREAT|unix.O_EXCL|unix.O_CLOEXEC|unix.O_NOFOLLOW, 0o644)
	}
	if err != nil {
		return &os.PathError{Op: "open", Path: abs, Err: err}
	}
	err = copyFD(out, in, st.Size)
	if cerr := unix.Close(out); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return &os.PathError{Op: "copy", Path: abs, Err: err}
	}
	return nil
}

// copyFD copies size bytes from in to out, both at offset 0.
func copyFD(out, in int, size int64) error {
	left := size
	for left > 0 {
		n, err := unix.CopyFileRange(in, nil, out, nil, int(min(left, 1<<30)), 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil || n == 0 {
			if left == size && (err == unix.EXDEV || err == unix.ENOSYS || err == unix.EINVAL || err == unix.EOPNOTSUPP || err == unix.EPERM) {
				return copyRW(out, in)
			}
			if err == nil {
				err = io.ErrUnexpectedEOF // src shrank under us
			}
			return err
		}
		left -= int64(n)
	}
	return nil
}

// copyRW copies in to out through a buffer.
func copyRW(out, in int) error {
	buf := make([]byte, 64<<10)
	for {
		n, err := unix.Read(in, buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		for b := buf[:n]; len(b) > 0; {
			m, err := unix.Write(out, b)
			if err == unix.EINTR {
				continue
			}
			if err != nil {
				return err
			}
			b = b[m:]
		}
	}
}
