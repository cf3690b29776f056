//go:build !windows

package output

// isBusy: outside Windows an open file never stops a rename or a removal.
func isBusy(error) bool { return false }
