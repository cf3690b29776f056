package preview

import (
	"bytes"
	"embed"
	"html/template"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/output"
)

// Paths the preview serves besides the site. A site's content and static
// folders cannot publish anything under Prefix: the build skips files and
// folders whose name starts with "_".
const (
	Prefix     = "/_guongsang/"
	ScriptPath = Prefix + "livereload.js"
	StylePath  = Prefix + "livereload.css"
	EventsPath = Prefix + "events"
)

// LiveReload is the tag the preview inserts before </body> of every page
// as it serves it (withLiveReload). The script is a file, not inline code,
// because the theme's Content-Security-Policy allows scripts from the site
// itself only. The second script is the editor's toolbar ("Sửa hồ sơ
// này", "Hồ sơ mới"; soan.go).
const LiveReload = `<script src="` + ScriptPath + `" defer></script>` + `<script src="` + ToolbarPath + `" defer></script>`

//go:embed assets
var assets embed.FS

// handler serves the preview: the live-reload files and events, and the
// site from memory. Every request passes the host check first (guard,
// host.go), whatever it is for, including what is added here later.
func (s *Server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+ScriptPath, asset("assets/livereload.js"))
	mux.HandleFunc("GET "+StylePath, asset("assets/livereload.css"))
	mux.HandleFunc("GET "+EventsPath, s.broker.serveEvents)
	s.edit.routes(mux)
	mux.HandleFunc("/", s.serveSite)
	return s.guard(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Serving starts before the first build is over (New): the
		// site's pages wait until it is loaded, the preview's own paths
		// (events, the editor) until it is over.
		wait := s.ready
		if strings.HasPrefix(r.URL.Path, Prefix) {
			wait = s.built
		}
		select {
		case <-wait:
		case <-r.Context().Done():
			return
		}
		mux.ServeHTTP(w, r)
	}))
}

func asset(name string) http.HandlerFunc {
	data, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded above
	}
	return func(w http.ResponseWriter, r *http.Request) {
		serveBytes(w, r, name, data, http.StatusOK)
	}
}

// serveSite serves the file of the last good build at the request's path:
// "/" and "/x/" are "index.html" and "x/index.html"; "/x" redirects to
// "/x/" when that is a page; anything else missing is the site's 404.html
// with status 404. Until a first build succeeds every page is an error
// page. Nothing is ever read from disk.
func (s *Server) serveSite(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, i18n.PreviewMethod.T(), http.StatusMethodNotAllowed)
		return
	}
	mem := s.mem.Load()
	if mem == nil {
		s.serveFailed(w, r)
		return
	}
	name, dir := fileName(r.URL.Path)
	if data, ok := s.file(mem, name); ok {
		serveBytes(w, r, name, withLiveReload(name, data), http.StatusOK)
		return
	}
	if !dir {
		if _, ok := s.file(mem, name+"/index.html"); ok {
			u := *r.URL
			u.Path = "/" + name + "/"
			http.Redirect(w, r, u.RequestURI(), http.StatusMovedPermanently)
			return
		}
	}
	if data, ok := s.file(mem, "404.html"); ok {
		serveBytes(w, r, "404.html", withLiveReload("404.html", data), http.StatusNotFound)
		return
	}
	http.NotFound(w, r)
}

// file returns the bytes of the output file name: from mem, or, while the
// first build is filling mem, made on demand.
func (s *Server) file(mem *output.Memory, name string) ([]byte, bool) {
	if data, ok := mem.Get(name); ok {
		return data, true
	}
	s.pendingMu.RLock()
	defer s.pendingMu.RUnlock()
	if mk := s.pending.Load(); mk != nil {
		return (*mk)(name)
	}
	return nil, false
}

// withLiveReload returns the bytes of the output file name as the preview
// serves them: an HTML page gets LiveReload before its last </body>. It is
// done here, as the page leaves, rather than when pages are rendered, so
// that the preview renders and keeps exactly the bytes `guongsang build`
// writes, and the render stage knows nothing of the preview. A copy costs
// microseconds a request; a browser asks for one page at a time.
func withLiveReload(name string, data []byte) []byte {
	if path.Ext(name) != ".html" {
		return data
	}
	i := bytes.LastIndex(data, []byte("</body>"))
	if i < 0 {
		return data
	}
	out := make([]byte, 0, len(data)+len(LiveReload))
	out = append(out, data[:i]...)
	out = append(out, LiveReload...)
	return append(out, data[i:]...)
}

// fileName maps a URL path to the name of an output file. dir reports
// that the path names a folder. The result is a clean relative path, so
// no ".." can lead out of the site.
func fileName(urlPath string) (name string, dir bool) {
	dir = urlPath == "" || strings.HasSuffix(urlPath, "/")
	name = strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if dir || name == "" {
		name = path.Join(name, "index.html")
		dir = true
	}
	return name, dir
}

// contentTypes are the types of the files a site publishes, fixed here so
// that they do not depend on the system's MIME tables.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
	".xml":         "application/xml; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".csv":         "text/csv; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".pdf":         "application/pdf",
	".woff":        "font/woff",
	".woff2":       "font/woff2",
	".webmanifest": "application/manifest+json",
}

// contentType returns the Content-Type of the file name; "" lets
// net/http sniff it.
func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	return mime.TypeByExtension(ext)
}

// serveBytes writes data as the file name with the given status. A
// preview is never cached: every request gets the current bytes. (guard
// has set the security headers, nosniff among them.)
func serveBytes(w http.ResponseWriter, r *http.Request, name string, data []byte, status int) {
	h := w.Header()
	if t := contentType(name); t != "" {
		h.Set("Content-Type", t)
	}
	h.Set("Cache-Control", "no-cache")
	if status == http.StatusOK {
		http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
		return
	}
	if h.Get("Content-Type") == "" {
		h.Set("Content-Type", http.DetectContentType(data))
	}
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(data)
	}
}

// failedPage is served for every page until the site builds once. The
// live-reload script adds the overlay and reloads the page when the site
// builds.
var failedPage = template.Must(template.New("failed").Parse(`<!DOCTYPE html>
<html lang="vi" data-guongsang-error>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} – guongsang serve</title>
<link rel="stylesheet" href="` + StylePath + `">
</head>
<body class="guongsang-failed">
<h1>{{.Title}}</h1>
<p>{{.Hint}}</p>
<ol>
{{- range .Errors}}
<li>{{.Error}}</li>
{{- end}}
</ol>
` + LiveReload + `
</body>
</html>
`))

func (s *Server) serveFailed(w http.ResponseWriter, r *http.Request) {
	var errs []*diag.Error
	if p := s.failure.Load(); p != nil {
		errs = *p
	}
	var b bytes.Buffer
	if err := failedPage.Execute(&b, struct {
		Title, Hint string
		Errors      []*diag.Error
	}{i18n.PreviewFailedTitle.T(), i18n.PreviewFailedHint.T(), errs}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	serveBytes(w, r, "index.html", b.Bytes(), http.StatusInternalServerError)
}
