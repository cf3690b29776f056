//go:build unix

package main

import (
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Sending SIGINT to oneself needs a Unix system.
// TestServeInterrupt runs the command as a writer does and stops it with
// Ctrl+C (SIGINT): it serves, then shuts down cleanly with exit 0.
func TestServeInterrupt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	if code, _, e := runCmd("init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	var out, errOut lockedBuffer
	done := make(chan int, 1)
	go func() { done <- run([]string{"serve", "--site", dir, "--port", "0"}, &out, &errOut) }()
	var url string
	for deadline := time.Now().Add(20 * time.Second); url == ""; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start: %q %q", out.String(), errOut.String())
		}
		if _, rest, ok := strings.Cut(out.String(), "đang xem trước tại "); ok {
			url, _, _ = strings.Cut(rest, " ")
		}
	}
	resp, err := http.Get(url + "ho-so/vi-du-guong-sang/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("the example profile: %s", resp.Status)
	}
	// The command has registered for SIGINT before printing "serving".
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != 0 || !strings.Contains(out.String(), "đã dừng") {
			t.Errorf("after Ctrl+C: exit %d, %q %q", code, out.String(), errOut.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop on SIGINT")
	}
}
