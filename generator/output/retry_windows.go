package output

import (
	"errors"

	"golang.org/x/sys/windows"
)

// isBusy reports whether err is Windows saying that another process has
// the file open (a sharing or lock violation) or, for a folder with such
// a file in it or a file pending deletion, access denied. A real lack of
// permission is retried too, and still fails after the back-off.
func isBusy(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION) ||
		errors.Is(err, windows.ERROR_ACCESS_DENIED) ||
		errors.Is(err, windows.ERROR_DIR_NOT_EMPTY)
}
