package main

import (
	"bytes"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestServeUsage(t *testing.T) {
	if code, _, e := runCmd("serve", "-h"); code != 0 || !strings.Contains(e, "Examples:") || !strings.Contains(e, "--port") {
		t.Errorf("serve -h: exit %d, %q", code, e)
	}
	for _, args := range [][]string{{"serve", "--nope"}, {"serve", "x"}, {"serve", "--port", "70000"}} {
		if code, _, _ := runCmd(args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	if code, _, e := runCmd("serve", "--site", t.TempDir(), "--port", "0"); code != 1 || !strings.Contains(e, "site.yaml") {
		t.Errorf("serve in a folder that is no site: exit %d, %q", code, e)
	}
}

func TestServePortTaken(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	if code, _, e := runCmd("init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	code, _, e := runCmd("serve", "--site", dir, "--port", port)
	if code != 2 || !strings.Contains(e, "already in use") || !strings.Contains(e, "--port") {
		t.Errorf("port taken: exit %d, %q", code, e)
	}
}

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
		if _, rest, ok := strings.Cut(out.String(), "serving "); ok {
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
		if code != 0 || !strings.Contains(out.String(), "stopped") {
			t.Errorf("after Ctrl+C: exit %d, %q %q", code, out.String(), errOut.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop on SIGINT")
	}
}

// lockedBuffer is a bytes.Buffer safe for concurrent use.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
