//go:build unix

package main

import (
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Sending SIGINT to oneself needs a Unix system.
// TestServeInterrupt runs the command as a writer does and stops it with
// Ctrl+C (SIGINT): it serves, then shuts down cleanly with exit 0. It is
// given --allowed-host preview.lan, which it answers besides its own
// address, and no other name.
func TestServeInterrupt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "s")
	if code, _, e := runCmd("init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	var out, errOut lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run([]string{"serve", "--site", dir, "--port", "0", "--allowed-host", "preview.lan"}, &out, &errOut)
	}()
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
	_, port, _ := net.SplitHostPort(strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/"))
	for host, want := range map[string]int{"preview.lan:" + port: 200, "localhost:" + port: 200, "evil.example:" + port: 403, "preview.lan:1": 403} {
		req, _ := http.NewRequest("GET", url+"ho-so/vi-du-guong-sang/", nil)
		req.Host = host
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Host %s: %s, want %d", host, resp.Status, want)
		}
	}
	if !strings.Contains(out.String(), `"evil.example:`+port+`"`) || !strings.Contains(out.String(), "--allowed-host evil.example") {
		t.Errorf("the refused host is not in the terminal:\n%s", out.String())
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
