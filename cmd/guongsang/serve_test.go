package main

import (
	"bytes"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func TestServeUsage(t *testing.T) {
	if code, out, _ := runCmd("serve", "-h"); code != 0 || !strings.Contains(out, "Ví dụ:") || !strings.Contains(out, "--port") {
		t.Errorf("serve -h: exit %d, %q", code, out)
	}
	for _, args := range [][]string{{"serve", "--nope"}, {"serve", "x", "y"}, {"serve", "--port", "70000"},
		{"serve", "--port", "0", "--allowed-host", "http://preview.lan/"}, {"serve", "--port", "0", "--allowed-host", ""}} {
		if code, _, _ := runCmd(args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
	if code, _, e := runCmd("serve", "--port", "0", "--allowed-host", "http://preview.lan/"); !strings.Contains(e, `--allowed-host "http://preview.lan/"`) {
		t.Errorf("a bad --allowed-host: exit %d, %q", code, e)
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
	if code != 2 || !strings.Contains(e, "đang bị dùng (có một guongsang serve khác đang chạy?)") || !strings.Contains(e, "--port") {
		t.Errorf("port taken: exit %d, %q", code, e)
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
