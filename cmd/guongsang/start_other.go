//go:build !windows

package main

// systemConsole: outside Windows a program never owns a console window
// that closes when it exits (macOS's Terminal, opened for a double-click,
// keeps the window with "[Process completed]").
type systemConsole struct{}

func (systemConsole) OwnsWindow() bool { return false }

// documentsDir returns ~/Documents, or the home folder when there is none.
func documentsDir() string { return homeDocuments() }
