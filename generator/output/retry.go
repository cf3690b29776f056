package output

import (
	"errors"
	"os"
	"time"

	"github.com/guongsang/guongsang/generator/i18n"
)

// The renames and removals of whole sites (Commit's swap, Abort, prune,
// and NewDir putting back a site a killed build moved aside) go through
// rename and removeAll, which retry while another program holds a file
// open. On Windows an antivirus scanner, the search indexer, Explorer's
// preview pane or an editor opens files without allowing them to be
// deleted or their folder renamed, usually for a fraction of a second:
// the first attempt fails with a sharing violation and the third works.
// Elsewhere nothing holds a file that way, so nothing is retried.
//
// These are variables so that tests can simulate the failure on any
// system.
var (
	osRename    = os.Rename
	osRemoveAll = os.RemoveAll
	sleep       = time.Sleep
	// busy reports whether err is a file held open by another program:
	// worth trying again shortly. See isBusy in retry_*.go.
	busy = isBusy
)

// backoff is the wait before each retry: about 2.5 seconds in all, longer
// than a scan of one file takes and short enough to wait for in a build.
var backoff = []time.Duration{
	10 * time.Millisecond, 20 * time.Millisecond, 40 * time.Millisecond, 80 * time.Millisecond,
	160 * time.Millisecond, 320 * time.Millisecond, 640 * time.Millisecond, 1200 * time.Millisecond,
}

// rename is os.Rename, retried while a file is held open; it then fails
// with a *BusyError.
func rename(from, to string) error {
	return retry(from, func() error { return osRename(from, to) })
}

// removeAll is os.RemoveAll, retried while a file is held open; it then
// fails with a *BusyError naming the file that could not be removed.
func removeAll(p string) error {
	return retry(p, func() error { return osRemoveAll(p) })
}

func retry(name string, op func() error) error {
	err := op()
	for _, d := range backoff {
		if err == nil || !busy(err) {
			return err
		}
		sleep(d)
		err = op()
	}
	if err == nil || !busy(err) {
		return err
	}
	var pe *os.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		name = pe.Path
	case errors.As(err, &le):
		name = le.Old
	}
	return &BusyError{Path: name, Err: err}
}

// BusyError is returned when a file or folder stayed held open by another
// program through every retry.
type BusyError struct {
	Path string // the file or folder that could not be renamed or removed
	Err  error  // the system's error
}

func (e *BusyError) Error() string { return i18n.OutBusy.T(e.Path, i18n.Cause(e.Err)) }

func (e *BusyError) Unwrap() error { return e.Err }
