package preview

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"html/template"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/idna"

	"github.com/guongsang/guongsang/generator/i18n"
)

// The preview answers only requests that name it by its own address.
//
// A page on another site can make the writer's browser send requests to
// the preview (DNS rebinding: evil.example re-points its own name to
// 127.0.0.1 after the page loads, and its scripts then read the preview
// as "evil.example" in the browser's eyes). Such a request carries the
// foreign name in its Host header, so the preview refuses every request
// whose Host is not one of its own names, before any other work: site
// pages (drafts and their photos), the event stream, and anything later
// served under Prefix, such as the editor.
//
// Its own names are 127.0.0.1, localhost and [::1], the address it
// listens on and the host given to listen on, all with the port actually
// listened on, plus Options.AllowedHosts. When it listens on every address
// (0.0.0.0 or ::), any IP address with that port is one of its names too:
// an address cannot be re-pointed, only a name can. Names are compared
// without regard to case, and one trailing dot is ignored (localhost. is
// the same DNS name as localhost); a Host without a port means port 80.

// Policy is the Content-Security-Policy header of every preview response:
// the default theme's policy (themes/default/layouts/base.html, which
// TestPolicyHeader checks it against) plus what a meta tag cannot say,
// frame-ancestors, and connect-src for the live-reload event stream, which
// default-src 'self' already allows but which is spelled out so a theme
// narrowing default-src does not cut the preview off.
const Policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
	"base-uri 'self'; form-action 'self'; connect-src 'self'; frame-ancestors 'self'"

// TokenHeader is the request header that carries Server.Token in a write.
const TokenHeader = "X-Guongsang-Token"

// hostPort is a Host header, parsed and normalized: the host in lower
// case, without a trailing dot or IPv6 brackets, an IP address in its
// canonical form; the port as a number.
type hostPort struct {
	host string
	port int
}

// String writes h as a Host header value.
func (h hostPort) String() string {
	return net.JoinHostPort(h.host, strconv.Itoa(h.port))
}

// parseHost reads a Host header value or an --allowed-host value. A value
// without a port gets defaultPort; hasPort says whether it had one. It
// reports false for anything that is not a host name or IP address,
// optionally with a port.
func parseHost(s string, defaultPort int) (h hostPort, hasPort, ok bool) {
	host, port := s, ""
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return h, false, false
		}
		host, port = s[1:end], s[end+1:]
		if port != "" {
			if port[0] != ':' {
				return h, false, false
			}
			port, hasPort = port[1:], true
		}
		a, err := netip.ParseAddr(host)
		if err != nil || !a.Is6() {
			return h, false, false
		}
	} else if i := strings.LastIndexByte(s, ':'); i >= 0 {
		if strings.Count(s, ":") > 1 {
			return h, false, false // an IPv6 address must be in brackets
		}
		host, port, hasPort = s[:i], s[i+1:], true
	}
	h.port = defaultPort
	if hasPort && port != "" {
		n, err := strconv.Atoi(port)
		if err != nil || n < 1 || n > 65535 || port[0] == '+' {
			return h, false, false
		}
		h.port = n
	}
	if a, err := netip.ParseAddr(host); err == nil {
		h.host = a.String()
		return h, hasPort, true
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if !isHostName(host) {
		return h, false, false
	}
	h.host = host
	return h, hasPort, true
}

// isHostName reports whether s is a DNS name: labels of letters, digits,
// '-' and '_', none empty, none starting or ending with '-'.
func isHostName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range []byte(label) {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}

// hostList is the set of Host values the preview answers.
type hostList struct {
	port  int               // the port listened on
	names map[hostPort]bool // allowed hosts
	anyIP bool              // listening on every address: any IP with port
}

// HostError is returned by New for an Options.AllowedHosts value that is
// not a host name or IP address (with an optional port).
type HostError struct {
	Name string
}

func (e *HostError) Error() string { return i18n.BadAllowedHost.T(e.Name) }

// newHostList returns the hosts a preview listening on ln, asked to
// listen on addr, answers: see the comment at the top of this file.
func newHostList(ln net.Addr, addr string, allowed []string) (*hostList, error) {
	tcp, _ := ln.(*net.TCPAddr)
	l := &hostList{names: map[hostPort]bool{}}
	if tcp != nil {
		l.port = tcp.Port
	}
	add := func(s string) bool {
		h, _, ok := parseHost(s, l.port)
		if ok {
			h.port = l.port
			l.names[h] = true
		}
		return ok
	}
	add("127.0.0.1")
	add("localhost")
	add("[::1]")
	if tcp != nil {
		if a, ok := netip.AddrFromSlice(tcp.IP); ok {
			if a = a.Unmap(); a.IsUnspecified() {
				l.anyIP = true
			} else {
				l.names[hostPort{a.String(), l.port}] = true
			}
		}
	}
	if host, _, err := net.SplitHostPort(addr); err == nil {
		if a, err := netip.ParseAddr(host); host == "" || err == nil && a.IsUnspecified() {
			l.anyIP = true
		} else if !add(host) && !add("["+host+"]") {
			return nil, &HostError{Name: host}
		}
	}
	for _, s := range allowed {
		h, _, ok := parseHost(allowedASCII(s), l.port)
		if !ok {
			return nil, &HostError{Name: s}
		}
		l.names[h] = true
	}
	return l, nil
}

// allowedASCII returns an --allowed-host value as a Host header names it:
// a bare IPv6 address in brackets, a name with letters other than ASCII
// in Punycode (tên.lan is xn--tn-eja.lan), as browsers send it.
func allowedASCII(s string) string {
	if a, err := netip.ParseAddr(s); err == nil && a.Is6() {
		return "[" + s + "]"
	}
	host, port := s, ""
	if i := strings.LastIndexByte(s, ':'); i >= 0 && !strings.HasPrefix(s, "[") {
		host, port = s[:i], s[i:]
	}
	for _, c := range []byte(host) {
		if c >= 0x80 {
			if a, err := idna.Lookup.ToASCII(host); err == nil {
				return a + port
			}
			break
		}
	}
	return s
}

// allows reports whether the preview answers a request whose Host header
// is host, and returns the host parsed.
func (l *hostList) allows(host string) (hostPort, bool) {
	h, _, ok := parseHost(host, 80)
	if !ok {
		return h, false
	}
	if l.names[h] {
		return h, true
	}
	if l.anyIP && h.port == l.port {
		if _, err := netip.ParseAddr(h.host); err == nil {
			return h, true
		}
	}
	return h, false
}

// guard wraps the whole preview: it refuses a request for a host the
// preview does not answer before anything else is done with it, and sets
// the security headers of every response.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, ok := s.hosts.allows(r.Host)
		setSecurityHeaders(w.Header())
		if !ok {
			s.refuseHost(w, r)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", Policy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	// Only pages of the preview itself may load what it serves, the
	// drafts' photos included; other sites cannot embed them.
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
}

// refusedPage is the page of a request for a host the preview does not
// answer.
var refusedPage = template.Must(template.New("refused").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
</head>
<body>
<h1>{{.Title}}</h1>
<p>{{.Why}}</p>
{{- if .Name}}
<p>{{.Fix}}</p>
<pre><code>guongsang serve --allowed-host {{.Name}}</code></pre>
{{- end}}
</body>
</html>
`))

// maxRefusedLogged bounds the host names the terminal is told about, so
// that a page making up names cannot flood it.
const maxRefusedLogged = 32

// refuseHost answers a request for a foreign host with 403 and the page
// above, and tells the terminal once per name.
func (s *Server) refuseHost(w http.ResponseWriter, r *http.Request) {
	h, _, parsed := parseHost(r.Host, 80)
	name := ""
	switch {
	case parsed && h.port != s.hosts.port:
		name = h.String()
	case parsed:
		name = strings.TrimSuffix(h.String(), ":"+strconv.Itoa(h.port)) // [::2]
	}
	data := struct{ Lang, Title, Why, Fix, Name string }{
		Lang: i18n.Current().String(), Title: i18n.HostRefusedTitle.T(),
		Why: i18n.HostRefusedWhy.T(r.Host, s.URL()), Fix: i18n.HostRefusedFix.T(), Name: name,
	}
	if r.Host == "" {
		data.Why = i18n.HostMissingWhy.T(s.URL())
	}
	var b bytes.Buffer
	if err := refusedPage.Execute(&b, data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.logRefused(r.Host, name)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusForbidden)
	if r.Method != http.MethodHead {
		_, _ = w.Write(b.Bytes())
	}
}

// refused remembers the hosts the terminal has been told about.
type refused struct {
	mu   sync.Mutex
	seen map[string]bool
}

func (s *Server) logRefused(host, name string) {
	s.refused.mu.Lock()
	if s.refused.seen[host] || len(s.refused.seen) >= maxRefusedLogged {
		s.refused.mu.Unlock()
		return
	}
	if s.refused.seen == nil {
		s.refused.seen = map[string]bool{}
	}
	s.refused.seen[host] = true
	s.refused.mu.Unlock()
	now := time.Now().Format("15:04:05")
	switch {
	case host == "":
		s.logf("%s", i18n.HostMissingLog.T(now))
	case name == "":
		s.logf("%s", i18n.HostInvalidLog.T(now, host))
	default:
		s.logf("%s", i18n.HostRefusedLog.T(now, host, s.URL(), name))
	}
}

// newToken returns 32 random bytes, as URL-safe base64.
func newToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Token returns this server's session token: 32 random bytes made by New,
// in URL-safe base64. A page of the preview that writes (the editor)
// embeds it and sends it back in the TokenHeader of each write, which
// CheckWrite requires. Only pages served after the host check carry it, so
// a foreign page cannot read it; it is never logged.
func (s *Server) Token() string { return s.token }

// refusal is why CheckWrite refused a request.
type refusal int

// The errors CheckWrite returns; compare with errors.Is. Their text is
// in the current language of generator/i18n.
var (
	ErrForeignHost   error = refusal(1) // the Host is not one the preview answers
	ErrNoOrigin      error = refusal(2) // no Origin header, or "null"
	ErrForeignOrigin error = refusal(3) // an Origin other than the preview's own
	ErrNoToken       error = refusal(4) // no TokenHeader
	ErrBadToken      error = refusal(5) // a TokenHeader other than Token
)

func (e refusal) Error() string {
	switch e {
	case 1:
		return i18n.WriteForeignHost.T()
	case 2:
		return i18n.WriteNoOrigin.T()
	case 3:
		return i18n.WriteForeignOrigin.T()
	case 4:
		return i18n.WriteNoToken.T()
	}
	return i18n.WriteBadToken.T()
}

// CheckWrite reports whether r may change files: the editor's write
// endpoints call it before reading anything else of the request, and
// answer 403 with the error's text when it is not nil. It requires, on top
// of the host check every request passes:
//
//   - exactly one Origin header, naming the preview as the request's Host
//     does: scheme http, the same host and port (so one of the hosts the
//     preview answers), nothing else; a browser sends it with every
//     POST, and a page on another site cannot forge it;
//   - Sec-Fetch-Site, when the browser sends it, same-origin;
//   - the TokenHeader equal to Token, compared in constant time.
//
// The errors are ErrForeignHost, ErrNoOrigin, ErrForeignOrigin,
// ErrNoToken and ErrBadToken. CheckWrite reads only headers and is safe
// for concurrent use.
func (s *Server) CheckWrite(r *http.Request) error {
	host, ok := s.hosts.allows(r.Host)
	if !ok {
		return ErrForeignHost
	}
	origins := r.Header.Values("Origin")
	if len(origins) == 0 || origins[0] == "" || origins[0] == "null" {
		return ErrNoOrigin
	}
	if len(origins) > 1 || !sameOrigin(origins[0], host, r.TLS != nil) {
		return ErrForeignOrigin
	}
	if site := r.Header.Get("Sec-Fetch-Site"); site != "" && site != "same-origin" {
		return ErrForeignOrigin
	}
	tokens := r.Header.Values(TokenHeader)
	if len(tokens) == 0 || tokens[0] == "" {
		return ErrNoToken
	}
	if len(tokens) > 1 || subtle.ConstantTimeCompare([]byte(tokens[0]), []byte(s.token)) != 1 {
		return ErrBadToken
	}
	return nil
}

// sameOrigin reports whether origin, an Origin header, is exactly the
// origin of a page at host over http (https when tls): scheme://host[:port]
// and nothing more.
func sameOrigin(origin string, host hostPort, tls bool) bool {
	scheme, port := "http", 80
	if tls {
		scheme, port = "https", 443
	}
	u, err := url.Parse(origin)
	if err != nil || u.User != nil || u.Scheme != scheme || origin != scheme+"://"+u.Host {
		return false
	}
	h, _, ok := parseHost(u.Host, port)
	return ok && h == host
}
