package preview

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeNothingOutside: no request, however its path is written,
// serves a file from outside the built site: not a file beside the site
// folder, not site.yaml or a profile's source, not /etc/passwd, not a file
// reached through a symlink in static/ or in a bundle. Requests are sent
// raw, byte for byte, so that no client cleans them first. Each answer is
// the site's 404 page, a 400, a redirect to a clean path inside the
// site, or a 403 for a target naming another host; none carries the
// secret.
func TestServeNothingOutside(t *testing.T) {
	t.Parallel()
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	const secret = "BI-MAT-NGOAI-TRANG"
	os.WriteFile(filepath.Join(parent, "secret.txt"), []byte(secret), 0o644)
	os.MkdirAll(filepath.Join(parent, "ngoai"), 0o755)
	os.WriteFile(filepath.Join(parent, "ngoai", "secret.txt"), []byte(secret), 0o644)
	files := testSite()
	files["static/secret-note.txt"] = "not secret: a static file"
	writeFiles(t, dir, files)
	if err := os.Symlink(filepath.Join(parent, "secret.txt"), filepath.Join(dir, "static", "lien-ket.txt")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	os.Symlink(filepath.Join(parent, "ngoai"), filepath.Join(dir, "static", "ngoai"))
	os.Symlink(filepath.Join(parent, "secret.txt"), filepath.Join(dir, "content", "ho-so", "ro-mah-lan", "lien-ket.txt"))
	os.Symlink("/etc/passwd", filepath.Join(dir, "static", "passwd"))
	h := startDir(t, dir, true, "127.0.0.1:0")
	addr := strings.TrimSuffix(strings.TrimPrefix(h.url, "http://"), "/")

	forbidden := []string{secret, "root:x:0:0", "base_url:", "title: \"Ksor Ba\""}
	targets := []string{
		"/../secret.txt", "/../../../../../../etc/passwd", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fsecret.txt",
		"/%2E%2E%2Fsecret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/%252e%252e%252fsecret.txt", "/%252e%252e/secret.txt",
		"/..%252fsecret.txt", "/..\\secret.txt", "/..%5csecret.txt", "/%5c..%5c..%5csecret.txt", "/\\..\\..\\etc\\passwd",
		"//../secret.txt", "///etc/passwd", "/./../secret.txt", "/ho-so/../../secret.txt", "/ho-so/..%2f..%2fsecret.txt",
		"/%c0%ae%c0%ae/secret.txt", "/..%c0%afsecret.txt", "/..%00/secret.txt", "/secret.txt%00.html", "/site.yaml",
		"/content/ho-so/ksor-ba.md", "/static/secret-note.txt", "/lien-ket.txt", "/ngoai/secret.txt", "/passwd",
		"/ho-so/ro-mah-lan/lien-ket.txt", "/ho-so/ro-mah-lan/../../../secret.txt", "/etc/passwd", "/%2fetc%2fpasswd",
		"http://" + addr + "/../secret.txt", "http://evil.example/../../etc/passwd", "file:///etc/passwd", "*",
	}
	for _, target := range targets {
		status, header, body := rawGet(t, addr, target)
		t.Logf("%-45s %d %s", target, status, header.Get("Location"))
		for _, f := range forbidden {
			if strings.Contains(body, f) {
				t.Errorf("GET %s: %d serves %q", target, status, f)
			}
		}
		switch status {
		case http.StatusNotFound, http.StatusBadRequest:
		case http.StatusForbidden:
			// An absolute-form target names the host, which the host
			// check refuses (TestHostCheck).
			if !strings.HasPrefix(target, "http://evil.example/") {
				t.Errorf("GET %s: status 403", target)
			}
		case http.StatusMovedPermanently, http.StatusFound, http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
			loc := header.Get("Location")
			if !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") || strings.Contains(loc, "..") {
				t.Errorf("GET %s: redirect to %q", target, loc)
				continue
			}
			// Follow it: it must end inside the site too.
			status, _, body = rawGet(t, addr, loc)
			for _, f := range forbidden {
				if strings.Contains(body, f) {
					t.Errorf("GET %s → %s: %d serves %q", target, loc, status, f)
				}
			}
		default:
			t.Errorf("GET %s: status %d, want 404, 400 or a redirect inside the site", target, status)
		}
	}
	// The static file beside them is served: the requests above were
	// refused for where they lead, not because static files never are.
	if status, _, body := rawGet(t, addr, "/secret-note.txt"); status != 200 || body != "not secret: a static file" {
		t.Errorf("GET /secret-note.txt: %d %q", status, body)
	}
}

// rawGet sends "GET target HTTP/1.1" as it is and returns the answer.
func rawGet(t *testing.T, addr, target string) (int, http.Header, string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

// TestServeListensOnlyOnBind: the preview listens on the address it is
// given and no other: bound to 127.0.0.1, the same port on another
// loopback address (127.0.0.2, ::1) and on every other address of this
// machine refuses connections.
func TestServeListensOnlyOnBind(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	_, port, err := net.SplitHostPort(strings.TrimSuffix(strings.TrimPrefix(h.url, "http://"), "/"))
	if err != nil {
		t.Fatal(err)
	}
	if c, err := net.DialTimeout("tcp", net.JoinHostPort("127.0.0.1", port), time.Second); err != nil {
		t.Fatalf("not listening on the bind address: %v", err)
	} else {
		c.Close()
	}
	others := []string{"127.0.0.2", "::1"}
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if ipn, ok := a.(*net.IPNet); ok && !ipn.IP.IsLoopback() && !ipn.IP.IsLinkLocalUnicast() {
			others = append(others, ipn.IP.String())
		}
	}
	tried := 0
	for _, ip := range others {
		c, err := net.DialTimeout("tcp", net.JoinHostPort(ip, port), time.Second)
		if err == nil {
			c.Close()
			t.Errorf("listening on %s too", ip)
			continue
		}
		tried++
		t.Logf("%s:%s refused: %v", ip, port, err)
	}
	if tried == 0 {
		t.Error("no other address to try")
	}
}
