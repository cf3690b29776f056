package main

import (
	"unsafe"

	"golang.org/x/sys/windows"
)

var procGetConsoleProcessList = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")

// systemConsole asks Windows how many processes share the console: one
// (this one) when Explorer opened the window for a double-click; two or
// more (cmd.exe or PowerShell too) when it was typed in a terminal.
type systemConsole struct{}

func (systemConsole) OwnsWindow() bool {
	if procGetConsoleProcessList.Find() != nil {
		return false
	}
	var ids [4]uint32
	n, _, _ := procGetConsoleProcessList.Call(uintptr(unsafe.Pointer(&ids[0])), uintptr(len(ids)))
	return n == 1
}

// documentsDir returns the user's Documents folder as Windows knows it
// (it may have been moved, to OneDrive for one), or "".
func documentsDir() string {
	if p, err := windows.KnownFolderPath(windows.FOLDERID_Documents, 0); err == nil && p != "" {
		return p
	}
	return homeDocuments()
}
