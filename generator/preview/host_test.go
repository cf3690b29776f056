package preview

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/themes"
)

// rawRequest sends head (a request line and header lines, without the
// blank line that ends them) and body as they are, and returns the
// answer's status, headers and, unless it is an event stream, body.
func rawRequest(t *testing.T, addr, head, body string) (int, http.Header, string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(c, "%s\r\nConnection: close\r\n\r\n%s", strings.ReplaceAll(head, "\n", "\r\n"), body)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatalf("%s: %v", head, err)
	}
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		return resp.StatusCode, resp.Header, "" // it would go on; closing c ends it
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s: %v", head, err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

func portOf(t *testing.T, url string) int {
	t.Helper()
	_, p, err := net.SplitHostPort(strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/"))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(p)
	return n
}

// TestHostCheck: the preview answers only requests that name it by one of
// its own names, with the port it actually listens on (it was started on
// port 0). A foreign Host gets 403 and the Vietnamese page that says why
// and which flag admits the name, on a page, a draft, the event stream,
// the live-reload script and any URL under /_guongsang/; nothing of the
// site is in it. The terminal is told once per name.
func TestHostCheck(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	h := startDirOpts(t, dir, Options{Addr: "127.0.0.1:0", Drafts: true, AllowedHosts: []string{"preview.lan", "Tên-Khác.LAN:8080"}})
	addr := strings.TrimSuffix(strings.TrimPrefix(h.url, "http://"), "/")
	port := portOf(t, h.url)
	p := strconv.Itoa(port)
	other := strconv.Itoa(port%60000 + 1) // another port

	paths := []string{"/ho-so/ksor-ba/", "/ho-so/siu-nhap/", EventsPath + "?page=%2F", ScriptPath, "/_guongsang/editor/", "/_guongsang/save"}
	refused := []struct {
		host string
		name string // the name the page tells to admit; "" for none
	}{
		{"evil.example:" + p, "evil.example"},
		{"EVIL.example.:" + p, "evil.example"},
		{"127.0.0.1.evil.example:" + p, "127.0.0.1.evil.example"},
		{"localhost.evil.example:" + p, "localhost.evil.example"},
		{"127.0.0.1:" + other, "127.0.0.1:" + other}, // the right name, another port: a forwarded port
		{"localhost", "localhost:80"},                // no port is port 80
		{"127.0.0.2:" + p, "127.0.0.2"},
		{"[::2]:" + p, "[::2]"},
		{"192.168.1.5:" + p, "192.168.1.5"}, // bound to 127.0.0.1, not to every address
		{"preview.lan:" + other, "preview.lan:" + other},
		{"preview.lan.evil.example:" + p, "preview.lan.evil.example"},
		{"xn--tn-khc-tta1e.lan:" + p, "xn--tn-khc-tta1e.lan"}, // allowed with port 8080 only
		{"127.0.0.1:0", ""},
	}
	for _, c := range refused {
		for _, path := range paths {
			for _, method := range []string{"GET", "POST"} {
				status, header, body := rawRequest(t, addr, method+" "+path+" HTTP/1.1\nHost: "+c.host, "")
				if status != http.StatusForbidden {
					t.Errorf("%s %s Host %s: %d, want 403", method, path, c.host, status)
					continue
				}
				if ct := header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
					t.Errorf("Host %s: Content-Type %q", c.host, ct)
				}
				checkSecurityHeaders(t, c.host+" "+path, header)
				for _, leak := range []string{"Ksor Ba", "Siu Nháp", "EventSource", "event:", "guongsang-live"} {
					if strings.Contains(body, leak) {
						t.Errorf("%s %s Host %s: the refusal shows %q", method, path, c.host, leak)
					}
				}
				if !strings.Contains(body, `<html lang="vi">`) || !strings.Contains(body, "Bản xem trước không trả lời tên này") ||
					!strings.Contains(body, "DNS rebinding") || !strings.Contains(body, h.url) {
					t.Errorf("Host %s: the page does not say why:\n%s", c.host, body)
				}
				fix := "guongsang serve --allowed-host " + c.name
				if c.name != "" && !strings.Contains(body, fix+"</code>") {
					t.Errorf("Host %s: the page does not say %q:\n%s", c.host, fix, body)
				}
				if c.name == "" && strings.Contains(body, "--allowed-host") {
					t.Errorf("Host %s: the page suggests a flag:\n%s", c.host, body)
				}
			}
		}
	}

	allowed := []string{
		"127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p, "[0:0:0:0:0:0:0:1]:" + p,
		"LocalHost:" + p, "localhost.:" + p, // case and a trailing dot: the same DNS name
		"preview.lan:" + p, "PREVIEW.LAN:" + p, "xn--tn-khc-tta1e.lan:8080",
	}
	for _, host := range allowed {
		status, header, body := rawRequest(t, addr, "GET /ho-so/siu-nhap/ HTTP/1.1\nHost: "+host, "")
		if status != http.StatusOK || !strings.Contains(body, "Siu Nháp") {
			t.Errorf("Host %s: %d, want the page", host, status)
		}
		checkSecurityHeaders(t, host, header)
		status, header, _ = rawRequest(t, addr, "GET "+EventsPath+"?page=%2F HTTP/1.1\nHost: "+host, "")
		if status != http.StatusOK || !strings.HasPrefix(header.Get("Content-Type"), "text/event-stream") {
			t.Errorf("Host %s: the event stream answers %d %s", host, status, header.Get("Content-Type"))
		}
		checkSecurityHeaders(t, host+" events", header)
	}

	// A request that names no host is refused: HTTP/1.0 may omit Host,
	// and the preview refuses it; net/http itself refuses HTTP/1.1
	// without Host with 400.
	status, _, body := rawRequest(t, addr, "GET /ho-so/siu-nhap/ HTTP/1.0", "")
	if status != http.StatusForbidden || strings.Contains(body, "Siu Nháp") || !strings.Contains(body, "thiếu dòng Host") {
		t.Errorf("HTTP/1.0 without Host: %d\n%s", status, body)
	}
	if status, _, body := rawRequest(t, addr, "GET /ho-so/siu-nhap/ HTTP/1.0\nHost: localhost:"+p, ""); status != http.StatusOK {
		t.Errorf("HTTP/1.0 with Host: %d\n%s", status, body)
	}
	if status, _, body := rawRequest(t, addr, "GET /ho-so/siu-nhap/ HTTP/1.1", ""); status != http.StatusBadRequest || strings.Contains(body, "Siu Nháp") {
		t.Errorf("HTTP/1.1 without Host: %d\n%s", status, body)
	}
	// net/http refuses a Host that is not ASCII; browsers send Punycode.
	if status, _, body := rawRequest(t, addr, "GET /ho-so/siu-nhap/ HTTP/1.1\nHost: tên-khác.lan:"+p, ""); status != http.StatusBadRequest || strings.Contains(body, "Siu Nháp") {
		t.Errorf("Host tên-khác.lan: %d\n%s", status, body)
	}
	// The host of an absolute-form target is the one that counts.
	if status, _, _ := rawRequest(t, addr, "GET http://evil.example:"+p+"/ho-so/siu-nhap/ HTTP/1.1\nHost: "+addr, ""); status != http.StatusForbidden {
		t.Errorf("absolute target on evil.example: %d, want 403", status)
	}
	if status, _, _ := rawRequest(t, addr, "GET http://localhost:"+p+"/ho-so/siu-nhap/ HTTP/1.1\nHost: evil.example:"+p, ""); status != http.StatusOK {
		t.Errorf("absolute target on localhost: %d, want 200", status)
	}

	// The terminal heard once of each refused name, with the fix.
	log := h.log.String()
	if n := strings.Count(log, `"evil.example:`+p+`"`); n != 1 {
		t.Errorf("evil.example is in the log %d times, want 1:\n%s", n, log)
	}
	if !strings.Contains(log, "--allowed-host evil.example\n") || !strings.Contains(log, "--allowed-host [::2]\n") ||
		strings.Count(log, "thiếu dòng Host") != 1 || !strings.Contains(log, `"127.0.0.1:0", không phải là tên máy`) {
		t.Errorf("the log does not say how to admit the name:\n%s", log)
	}
}

// startDirOpts is startDir with more options.
func startDirOpts(t *testing.T, dir string, opts Options) *harness {
	t.Helper()
	h := &harness{t: t, dir: dir, log: &syncBuffer{}}
	opts.SiteDir, opts.Log, opts.Now = dir, h.log, now
	srv, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	h.srv, h.url = srv, srv.URL()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	h.stop = func() {
		if cancel != nil {
			cancel()
			cancel = nil
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		}
	}
	t.Cleanup(func() {
		h.stop()
		if t.Failed() {
			t.Logf("server log:\n%s", h.log)
		}
	})
	return h
}

func checkSecurityHeaders(t *testing.T, what string, h http.Header) {
	t.Helper()
	for name, want := range map[string]string{
		"Content-Security-Policy":      Policy,
		"X-Content-Type-Options":       "nosniff",
		"Referrer-Policy":              "same-origin",
		"Cross-Origin-Resource-Policy": "same-origin",
	} {
		if got := h.Values(name); len(got) != 1 || got[0] != want {
			t.Errorf("%s: %s %q, want %q", what, name, got, want)
		}
	}
}

// TestSecurityHeaders: every answer of the preview carries the security
// headers: pages, files, errors, the event stream and its script.
func TestSecurityHeaders(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	for _, path := range []string{"/", "/ho-so/ksor-ba/", "/ho-so/ksor-ba", "/khong-co/", "/css/site.css", "/img/tram.svg",
		"/index.xml", ScriptPath, StylePath, "/_guongsang/khong-co"} {
		_, header, _ := h.get(path)
		checkSecurityHeaders(t, path, header)
	}
	_, header, _ := rawRequest(t, strings.TrimSuffix(strings.TrimPrefix(h.url, "http://"), "/"),
		"GET "+EventsPath+" HTTP/1.1\nHost: localhost:"+strconv.Itoa(portOf(t, h.url)), "")
	checkSecurityHeaders(t, EventsPath, header)
}

// TestPolicyHeader: the preview's Content-Security-Policy is the default
// theme's, directive for directive, plus connect-src 'self' and
// frame-ancestors 'self' only.
func TestPolicyHeader(t *testing.T) {
	base, err := fs.ReadFile(themes.Default, "default/layouts/base.html")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]*)"`).FindSubmatch(base)
	if m == nil {
		t.Fatal("the theme's base.html has no Content-Security-Policy meta tag")
	}
	directives := func(p string) []string {
		var out []string
		for d := range strings.SplitSeq(p, ";") {
			if d = strings.Join(strings.Fields(d), " "); d != "" {
				out = append(out, d)
			}
		}
		slices.Sort(out)
		return out
	}
	want := append(directives(string(m[1])), "connect-src 'self'", "frame-ancestors 'self'")
	slices.Sort(want)
	if got := directives(Policy); !slices.Equal(got, want) {
		t.Errorf("Policy:\n %q\nwant the theme's plus connect-src and frame-ancestors:\n %q", got, want)
	}
}

func TestParseHost(t *testing.T) {
	for _, c := range []struct {
		in      string
		want    string // host:port, "" when refused
		hasPort bool
	}{
		{"localhost:1313", "localhost:1313", true},
		{"LOCALHOST:1313", "localhost:1313", true},
		{"localhost.:1313", "localhost:1313", true},
		{"localhost", "localhost:80", false},
		{"localhost:", "localhost:80", true},
		{"127.0.0.1:1313", "127.0.0.1:1313", true},
		{"[::1]:1313", "[::1]:1313", true},
		{"[::1]", "[::1]:80", false},
		{"[0:0::1]:1313", "[::1]:1313", true},
		{"[::ffff:127.0.0.1]:1313", "[::ffff:127.0.0.1]:1313", true},
		{"preview_lan.example:8080", "preview_lan.example:8080", true},
		{"xn--tn-khc-tta1e.lan:1", "xn--tn-khc-tta1e.lan:1", true},
		{"", "", false},
		{":1313", "", false},
		{"::1", "", false},
		{"::1:1313", "", false},
		{"[127.0.0.1]:1313", "", false},
		{"[::1:1313", "", false},
		{"[::1]x", "", false},
		{"localhost:0", "", false},
		{"localhost:65536", "", false},
		{"localhost:+80", "", false},
		{"localhost:http", "", false},
		{"local host:1313", "", false},
		{"evil.example/x:1313", "", false},
		{"http://localhost:1313", "", false},
		{"user@localhost:1313", "", false},
		{"*", "", false},
		{"-a.example", "", false},
		{"a..example", "", false},
		{"localhost..", "", false},
		{"tên.lan", "", false}, // write it in Punycode, as browsers send it
	} {
		h, hasPort, ok := parseHost(c.in, 80)
		got := ""
		if ok {
			got = h.String()
		}
		if got != c.want || ok && hasPort != c.hasPort {
			t.Errorf("parseHost(%q) = %q, %v, %v; want %q, %v", c.in, got, hasPort, ok, c.want, c.hasPort)
		}
	}
}

// TestHostList: which hosts a preview answers for each way of binding.
func TestHostList(t *testing.T) {
	tcp := func(ip string, port int) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: port} }
	for _, c := range []struct {
		listen  net.Addr
		addr    string
		allowed []string
		yes, no []string
		err     string
	}{
		{
			listen: tcp("127.0.0.1", 1313), addr: "127.0.0.1:1313",
			yes: []string{"127.0.0.1:1313", "localhost:1313", "[::1]:1313"},
			no:  []string{"127.0.0.1:1314", "192.168.1.5:1313", "evil.example:1313", "preview.lan:1313", "localhost"},
		},
		{ // port 0: the port listened on counts
			listen: tcp("127.0.0.1", 40123), addr: "127.0.0.1:0",
			yes: []string{"127.0.0.1:40123", "localhost:40123"},
			no:  []string{"127.0.0.1:0", "127.0.0.1:1313", "localhost"},
		},
		{ // a host name: it, and the address it resolved to
			listen: tcp("192.168.1.5", 1313), addr: "may-cua-lan.lan:1313",
			yes: []string{"may-cua-lan.lan:1313", "192.168.1.5:1313", "localhost:1313"},
			no:  []string{"192.168.1.6:1313", "evil.example:1313"},
		},
		{
			listen: tcp("192.168.1.5", 1313), addr: "192.168.1.5:1313",
			yes: []string{"192.168.1.5:1313", "127.0.0.1:1313"},
			no:  []string{"192.168.1.6:1313", "may-cua-lan.lan:1313"},
		},
		{
			listen: tcp("::1", 1313), addr: "[::1]:1313",
			yes: []string{"[::1]:1313", "127.0.0.1:1313"},
			no:  []string{"[::2]:1313"},
		},
		{ // every address: any IP with the port, names only when allowed
			listen: tcp("0.0.0.0", 1313), addr: "0.0.0.0:1313", allowed: []string{"xem-truoc.lan"},
			yes: []string{"192.168.1.5:1313", "10.0.0.7:1313", "[fe80::1]:1313", "xem-truoc.lan:1313", "localhost:1313"},
			no:  []string{"192.168.1.5:1314", "evil.example:1313", "may-cua-lan:1313"},
		},
		{
			listen: tcp("::", 8080), addr: ":8080",
			yes: []string{"192.168.1.5:8080", "[2001:db8::1]:8080"},
			no:  []string{"evil.example:8080"},
		},
		{ // allowed hosts: with the port listened on, or their own
			listen: tcp("127.0.0.1", 1313), addr: "127.0.0.1:1313",
			allowed: []string{"preview.lan", "Proxy.Example:443", "::5", "[::6]:99", "10.1.1.1"},
			yes:     []string{"preview.lan:1313", "proxy.example:443", "[::5]:1313", "[::6]:99", "10.1.1.1:1313"},
			no:      []string{"preview.lan:443", "proxy.example:1313", "proxy.example", "[::6]:1313"},
		},
		{listen: tcp("127.0.0.1", 1313), addr: "127.0.0.1:1313", allowed: []string{"http://preview.lan"}, err: `"http://preview.lan"`},
		{listen: tcp("127.0.0.1", 1313), addr: "127.0.0.1:1313", allowed: []string{"preview.lan/"}, err: `"preview.lan/"`},
		{listen: tcp("127.0.0.1", 1313), addr: "127.0.0.1:1313", allowed: []string{""}, err: `""`},
		{listen: tcp("127.0.0.1", 1313), addr: "127.0.0.1:1313", allowed: []string{"*"}, err: `"*"`},
	} {
		l, err := newHostList(c.listen, c.addr, c.allowed)
		if c.err != "" {
			var he *HostError
			if !errors.As(err, &he) || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "--allowed-host") {
				t.Errorf("%s %q: error %v, want a HostError naming %s", c.addr, c.allowed, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s %q: %v", c.addr, c.allowed, err)
			continue
		}
		for _, h := range c.yes {
			if _, ok := l.allows(h); !ok {
				t.Errorf("listening on %s (%s) with %q refuses %s", c.listen, c.addr, c.allowed, h)
			}
		}
		for _, h := range c.no {
			if _, ok := l.allows(h); ok {
				t.Errorf("listening on %s (%s) with %q answers %s", c.listen, c.addr, c.allowed, h)
			}
		}
	}
}

// TestServeIPv6: bound to [::1], the preview answers [::1] on it.
func TestServeIPv6(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "[::1]:0")
	if err != nil {
		t.Skip("no IPv6 loopback here:", err)
	}
	ln.Close()
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	h := startDirOpts(t, dir, Options{Addr: "[::1]:0", Drafts: true})
	addr := strings.TrimSuffix(strings.TrimPrefix(h.url, "http://"), "/")
	p := strconv.Itoa(portOf(t, h.url))
	for host, want := range map[string]int{addr: 200, "localhost:" + p: 200, "evil.example:" + p: 403} {
		if status, _, _ := rawRequest(t, addr, "GET /ho-so/ksor-ba/ HTTP/1.1\nHost: "+host, ""); status != want {
			t.Errorf("Host %s: %d, want %d", host, status, want)
		}
	}
}

// TestNewRefusesBadAllowedHost: New refuses a bad --allowed-host before
// listening.
func TestNewRefusesBadAllowedHost(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	_, err := New(Options{SiteDir: dir, Addr: "127.0.0.1:0", AllowedHosts: []string{"preview.lan", "https://preview.lan/"}})
	var he *HostError
	if !errors.As(err, &he) || he.Name != "https://preview.lan/" {
		t.Fatalf("New: %v, want a HostError", err)
	}
}

// TestCheckWrite: a write needs the preview's own Origin, exactly, and the
// session's token.
func TestCheckWrite(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	other := start(t, testSite(), true)
	p := strconv.Itoa(portOf(t, h.url))
	tok := h.srv.Token()
	if len(tok) != 43 || tok == other.srv.Token() {
		t.Fatalf("tokens %q and %q: want 32 random bytes each", tok, other.srv.Token())
	}
	if strings.Contains(h.log.String(), tok) {
		t.Error("the token is in the log")
	}
	self := "http://127.0.0.1:" + p
	for _, c := range []struct {
		name    string
		host    string
		headers [][2]string
		want    error
	}{
		{"right", "", [][2]string{{"Origin", self}, {TokenHeader, tok}}, nil},
		{"right, same-origin fetch", "", [][2]string{{"Origin", self}, {"Sec-Fetch-Site", "same-origin"}, {TokenHeader, tok}}, nil},
		{"right, localhost", "localhost:" + p, [][2]string{{"Origin", "http://localhost:" + p}, {TokenHeader, tok}}, nil},
		{"right, [::1]", "[::1]:" + p, [][2]string{{"Origin", "http://[::1]:" + p}, {TokenHeader, tok}}, nil},
		{"foreign host", "evil.example:" + p, [][2]string{{"Origin", "http://evil.example:" + p}, {TokenHeader, tok}}, ErrForeignHost},
		{"no Origin", "", [][2]string{{TokenHeader, tok}}, ErrNoOrigin},
		{"empty Origin", "", [][2]string{{"Origin", ""}, {TokenHeader, tok}}, ErrNoOrigin},
		{"null Origin", "", [][2]string{{"Origin", "null"}, {TokenHeader, tok}}, ErrNoOrigin},
		{"foreign Origin", "", [][2]string{{"Origin", "http://evil.example:" + p}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"foreign Origin, default port", "", [][2]string{{"Origin", "http://evil.example"}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"another allowed name", "", [][2]string{{"Origin", "http://localhost:" + p}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"another port", "", [][2]string{{"Origin", "http://127.0.0.1:1"}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"no port", "", [][2]string{{"Origin", "http://127.0.0.1"}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"https", "", [][2]string{{"Origin", "https://127.0.0.1:" + p}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"with a path", "", [][2]string{{"Origin", self + "/"}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"with a query", "", [][2]string{{"Origin", self + "?"}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"with a user", "", [][2]string{{"Origin", "http://a@127.0.0.1:" + p}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"upper-case scheme", "", [][2]string{{"Origin", "HTTP://127.0.0.1:" + p}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"two Origins", "", [][2]string{{"Origin", self}, {"Origin", "http://evil.example"}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"cross-site fetch", "", [][2]string{{"Origin", self}, {"Sec-Fetch-Site", "cross-site"}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"same-site fetch", "", [][2]string{{"Origin", self}, {"Sec-Fetch-Site", "same-site"}, {TokenHeader, tok}}, ErrForeignOrigin},
		{"no token", "", [][2]string{{"Origin", self}}, ErrNoToken},
		{"empty token", "", [][2]string{{"Origin", self}, {TokenHeader, ""}}, ErrNoToken},
		{"wrong token", "", [][2]string{{"Origin", self}, {TokenHeader, other.srv.Token()}}, ErrBadToken},
		{"token and more", "", [][2]string{{"Origin", self}, {TokenHeader, tok + "x"}}, ErrBadToken},
		{"token cut short", "", [][2]string{{"Origin", self}, {TokenHeader, tok[:42]}}, ErrBadToken},
		{"two tokens", "", [][2]string{{"Origin", self}, {TokenHeader, tok}, {TokenHeader, "x"}}, ErrBadToken},
	} {
		r := httptest.NewRequest("POST", "/_guongsang/save", strings.NewReader("x"))
		r.Host = "127.0.0.1:" + p
		if c.host != "" {
			r.Host = c.host
		}
		for _, kv := range c.headers {
			r.Header.Add(kv[0], kv[1])
		}
		if err := h.srv.CheckWrite(r); err != c.want {
			t.Errorf("%s: CheckWrite = %v, want %v", c.name, err, c.want)
		}
	}
	if msg := ErrBadToken.Error(); !strings.Contains(msg, "tải lại trang soạn thảo") {
		t.Errorf("ErrBadToken says %q", msg)
	}
}

// TestWriteRefusedOverHTTP: through the real server, a write endpoint
// guarded by CheckWrite writes nothing for a foreign Host, a foreign or
// missing Origin or a missing or wrong token, and writes for the editor's
// own request.
func TestWriteRefusedOverHTTP(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	srv, err := New(Options{SiteDir: dir, Addr: "127.0.0.1:0", Drafts: true, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(t.TempDir(), "written")
	// A write endpoint as the editor will add one: on the mux, behind
	// the guard.
	site := srv.http.Handler
	mux := http.NewServeMux()
	mux.HandleFunc("POST /_guongsang/test-write", func(w http.ResponseWriter, r *http.Request) {
		if err := srv.CheckWrite(r); err != nil {
			http.Error(w, err.Error(), http.StatusForbidden)
			return
		}
		b, _ := io.ReadAll(r.Body)
		os.WriteFile(target, b, 0o644)
	})
	mux.Handle("/", site)
	srv.http.Handler = srv.guard(mux)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	addr := strings.TrimSuffix(strings.TrimPrefix(srv.URL(), "http://"), "/")
	p := strconv.Itoa(portOf(t, srv.URL()))
	post := func(host string, headers ...string) int {
		head := "POST /_guongsang/test-write HTTP/1.1\nHost: " + host + "\nContent-Length: 5"
		for _, h := range headers {
			head += "\n" + h
		}
		status, _, _ := rawRequest(t, addr, head, "hello")
		return status
	}
	tok := TokenHeader + ": " + srv.Token()
	for name, status := range map[string]int{
		"foreign host":   post("evil.example:"+p, "Origin: http://evil.example:"+p, tok),
		"foreign origin": post(addr, "Origin: http://evil.example:"+p, tok),
		"no origin":      post(addr, tok),
		"no token":       post(addr, "Origin: http://"+addr),
		"wrong token":    post(addr, "Origin: http://"+addr, TokenHeader+": "+newToken()),
	} {
		if status != http.StatusForbidden {
			t.Errorf("%s: %d, want 403", name, status)
		}
		if _, err := os.Stat(target); err == nil {
			t.Fatalf("%s: the file was written", name)
		}
	}
	if status := post(addr, "Origin: http://"+addr, tok); status != http.StatusOK {
		t.Fatalf("the editor's own write: %d", status)
	}
	if b, err := os.ReadFile(target); err != nil || string(b) != "hello" {
		t.Errorf("the editor's own write: %q %v", b, err)
	}
}
