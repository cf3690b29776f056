package preview

// The profile editor ("Soạn hồ sơ"), served under EditorPath by `guongsang
// serve` only: a list of every profile, a form for one, and a JSON API
// behind them. Nothing of it is in `build` output: its pages are served
// here, and the toolbar that links to it from every preview page comes in
// with the live-reload tag (LiveReload).
//
// Reading: the list comes from the builder's last loaded content
// (builder.loaded), never from the disk, so it costs nothing more at
// 10,000 profiles than the rebuild already paid. Checking: the form's
// values are written into the file's text exactly as a save would write
// them (generator/editor) and read by content.Loader.Check, the code of
// `guongsang check`, so the editor and the build cannot disagree.
//
// Writing: every write endpoint calls Server.CheckWrite first (Host,
// Origin, session token) and answers 403 with its text. Paths from the
// browser are checked against content.IsSource and then opened through
// an os.Root of content/, so no name, "..", or link can reach outside
// content/; deleted profiles go to TrashDir at the root of the site,
// which nothing publishes (its name starts with "."). Files are written
// whole: a temporary file beside the target, then a rename. One mutex
// orders the editor's writes, so a version check and the write it
// guards are not interleaved with another save. The builder sees the
// writes through the watcher, as it sees any save.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/editor"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/scaffold"
)

// Paths of the editor.
const (
	EditorPath  = Prefix + "soan/"
	ToolbarPath = EditorPath + "cong-cu.js"
	// TrashDir is where deleted profiles go, at the root of the site.
	TrashDir = ".thung-rac"
)

// Limits of the editor's requests.
const (
	MaxPhotoMB   = 20      // one uploaded photo
	maxJSON      = 9 << 20 // a save: a profile is at most content.MaxFileSize
	maxUploadAll = 200 << 20
)

// soan serves the editor; see the comment at the top of this file.
type soan struct {
	s   *Server
	dir string // the site folder, absolute
	on  bool
	off string // why it is off

	mu       sync.Mutex // the list below
	listFor  *loadedContent
	listJSON []byte

	write sync.Mutex // orders every write to the site
}

func newSoan(s *Server, dir string, addr net.Addr, opts Options) *soan {
	e := &soan{s: s, dir: dir, on: true}
	if tcp, ok := addr.(*net.TCPAddr); ok && !tcp.IP.IsLoopback() && !opts.AllowEdit {
		e.on, e.off = false, i18n.EditorOff.T(tcp.IP.String())
	}
	return e
}

func (e *soan) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET "+EditorPath+"{$}", e.page("list"))
	mux.HandleFunc("GET "+EditorPath+"sua", e.page("form"))
	mux.HandleFunc("GET "+ToolbarPath, e.toolbar)
	mux.HandleFunc("GET "+EditorPath+"tai/{file...}", e.asset)
	mux.HandleFunc("GET "+EditorPath+"api/ds", e.api(false, e.list))
	mux.HandleFunc("GET "+EditorPath+"api/ho-so", e.api(false, e.profile))
	mux.HandleFunc("GET "+EditorPath+"api/thung-rac", e.api(false, e.trash))
	mux.HandleFunc("POST "+EditorPath+"api/kiem-tra", e.api(true, e.validate))
	mux.HandleFunc("POST "+EditorPath+"api/luu", e.api(true, e.save))
	mux.HandleFunc("POST "+EditorPath+"api/anh", e.api(true, e.upload))
	mux.HandleFunc("POST "+EditorPath+"api/xoa", e.api(true, e.remove))
	mux.HandleFunc("POST "+EditorPath+"api/khoi-phuc", e.api(true, e.restore))
}

// apiError is an answer other than 200: its status and what the editor
// shows.
type apiError struct {
	status int
	msg    string
	data   any // more JSON fields, for 409 and 422
}

func (a *apiError) Error() string { return a.msg }

func fail(status int, msg string) *apiError { return &apiError{status: status, msg: msg} }

// api wraps a JSON endpoint: the editor must be on; a write passes
// CheckWrite before anything of the request is read.
func (e *soan) api(write bool, h func(*http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if write {
			if err := e.s.CheckWrite(r); err != nil {
				writeJSON(w, http.StatusForbidden, map[string]any{"error": err.Error()})
				return
			}
		}
		if !e.on {
			writeJSON(w, http.StatusForbidden, map[string]any{"error": e.off})
			return
		}
		v, err := h(r)
		if err != nil {
			var a *apiError
			if !errors.As(err, &a) {
				a = fail(http.StatusInternalServerError, err.Error())
			}
			out := map[string]any{"error": a.msg}
			if a.data != nil {
				b, _ := json.Marshal(a.data)
				_ = json.Unmarshal(b, &out)
				out["error"] = a.msg
			}
			writeJSON(w, a.status, out)
			return
		}
		if b, ok := v.([]byte); ok {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Cache-Control", "no-store")
			_, _ = w.Write(b)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// loaded returns the builder's last loaded content, or an error when the
// site has never loaded (site.yaml broken from the start).
func (e *soan) loaded() (*loadedContent, error) {
	lc := e.s.build.Loaded()
	if lc == nil {
		msg := i18n.EditBadRequest.T()
		if p := e.s.failure.Load(); p != nil && len(*p) > 0 {
			msg = (*p)[0].Error()
		}
		return nil, fail(http.StatusServiceUnavailable, msg)
	}
	return lc, nil
}

// ---- the list ----

// row is one profile in the list, with short names: 10,000 of them are
// sent at once.
type row struct {
	Path  string `json:"p"`
	URL   string `json:"u,omitempty"`
	Title string `json:"t"`
	// Dims holds the profile's values of listDims, in that order (a
	// year as its digits).
	Dims     [][]string `json:"x"`
	Org      string     `json:"o,omitempty"`
	Draft    bool       `json:"dr,omitempty"`
	Errors   int        `json:"e,omitempty"`
	Warnings int        `json:"w,omitempty"`
	Problem  string     `json:"m,omitempty"` // the first error, or warning
}

// list answers the rows of every profile, made once per rebuild.
func (e *soan) list(*http.Request) (any, error) {
	lc, err := e.loaded()
	if err != nil {
		return nil, err
	}
	return e.listOf(lc)
}

func (e *soan) listOf(lc *loadedContent) ([]byte, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.listFor == lc {
		return e.listJSON, nil
	}
	rows := make([]row, len(lc.Paths))
	dims := listDims(lc.Config)
	for i, p := range lc.Paths {
		src := lc.Files[i]
		prof := src.Profile
		if prof == nil {
			// A file with errors: read it again for what can be shown.
			if data, err := fs.ReadFile(e.s.site, p); err == nil {
				prof, _ = lc.Loader.Check(p, data)
			}
		}
		r := row{Path: p}
		if prof != nil {
			r.URL, r.Title, r.Org, r.Draft = prof.URL, prof.Title, prof.Organization, prof.Draft
			r.Dims = make([][]string, len(dims))
			for j, d := range dims {
				r.Dims[j] = prof.Values(d)
			}
			if src.Profile == nil {
				r.URL = ""
			}
		}
		for _, d := range src.Errs.Items() {
			if d.Sev == diag.SevError {
				r.Errors++
			} else {
				r.Warnings++
			}
			if r.Problem == "" || d.Sev == diag.SevError && r.Errors == 1 {
				r.Problem = d.Error()
			}
		}
		rows[i] = r
	}
	b, err := json.Marshal(map[string]any{"rows": rows})
	if err != nil {
		return nil, err
	}
	e.listFor, e.listJSON = lc, b
	return b, nil
}

// ---- one profile ----

// media is a file of a bundle the media panel shows.
type media struct {
	Name string `json:"name"` // relative to the bundle's folder
	URL  string `json:"url"`  // where the preview serves it
}

// problemJSON is a problem as the form shows it beside a field.
type problemJSON struct {
	Field string `json:"field"`
	Line  int    `json:"line,omitempty"`
	Msg   string `json:"msg"`
	Hint  string `json:"hint,omitempty"`
	Warn  bool   `json:"warn,omitempty"`
	Text  string `json:"text"`
}

func problemsOf(p string, l diag.List) []problemJSON {
	out := []problemJSON{}
	for _, d := range l.Items() {
		f := d.Field
		if d.Path != p {
			f = "media"
		}
		out = append(out, problemJSON{Field: f, Line: d.Line, Msg: d.Msg, Hint: d.Hint, Warn: d.Sev == diag.SevWarning, Text: d.Error()})
	}
	return out
}

// profileJSON is one profile as the form loads it.
type profileJSON struct {
	Path     string        `json:"path"`
	URL      string        `json:"url"`
	Values   editor.Values `json:"values"`
	Body     string        `json:"body"`
	Version  string        `json:"version"`
	Bundle   bool          `json:"bundle"`
	Media    []media       `json:"media"`
	Problems []problemJSON `json:"problems"`
	ReadOnly string        `json:"readonly,omitempty"`
}

// version names the bytes of a file: the client sends it back with a
// save, and a file whose bytes changed since is a conflict.
func version(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:12])
}

// sourcePath checks a profile path sent by the browser: a profile source
// under content/ (content.IsSource), clean, slash-separated. It says
// nothing about whether the file exists.
func sourcePath(p string) (string, error) {
	if !fs.ValidPath(p) || !content.IsSource(p) || strings.Contains(p, "\\") {
		return "", fail(http.StatusBadRequest, i18n.EditBadRequest.T())
	}
	return p, nil
}

// contentRel returns p relative to content/.
func contentRel(p string) string { return strings.TrimPrefix(p, content.Dir+"/") }

// openContent opens content/ as an os.Root, through the site's root: a
// link inside content/ cannot lead out of it.
func (e *soan) openContent() (*os.Root, error) {
	if err := e.s.root.MkdirAll(content.Dir, 0o755); err != nil {
		return nil, err
	}
	return e.s.root.OpenRoot(content.Dir)
}

// readSource reads the profile p through content/'s root.
func (e *soan) readSource(p string) ([]byte, error) {
	cr, err := e.openContent()
	if err != nil {
		return nil, err
	}
	defer cr.Close()
	fi, err := cr.Lstat(contentRel(p))
	if err != nil || !fi.Mode().IsRegular() {
		return nil, fail(http.StatusNotFound, i18n.EditNotFound.T(p))
	}
	if fi.Size() > content.MaxFileSize {
		return nil, fail(http.StatusRequestEntityTooLarge, i18n.ContentTooLarge.T(fi.Size()>>20, content.MaxFileSize>>20))
	}
	return cr.ReadFile(contentRel(p))
}

// resolve finds the source of a profile named by ?p= (its path) or ?u=
// (its URL, as the toolbar sends it).
func (e *soan) resolve(r *http.Request, lc *loadedContent) (string, error) {
	if u := r.URL.Query().Get("u"); u != "" {
		for i, s := range lc.Files {
			if s.Profile != nil && s.Profile.URL == u {
				return lc.Paths[i], nil
			}
		}
		return "", fail(http.StatusNotFound, i18n.EditNotFound.T(u))
	}
	return sourcePath(r.URL.Query().Get("p"))
}

func (e *soan) profile(r *http.Request) (any, error) {
	lc, err := e.loaded()
	if err != nil {
		return nil, err
	}
	p, err := e.resolve(r, lc)
	if err != nil {
		return nil, err
	}
	data, err := e.readSource(p)
	if err != nil {
		return nil, err
	}
	return e.describe(lc, p, data), nil
}

// describe makes the form's view of the profile p with the bytes data.
func (e *soan) describe(lc *loadedContent, p string, data []byte) *profileJSON {
	out := &profileJSON{Path: p, Version: version(data), Bundle: path.Base(p) == "index.md", Media: []media{}}
	prof, errs := lc.Loader.Check(p, data)
	out.Problems = problemsOf(p, errs)
	if prof != nil {
		out.URL = prof.URL
	}
	v, body, err := editor.Read(data, lc.Config)
	switch {
	case errors.Is(err, editor.ErrNotYAML):
		out.ReadOnly = i18n.EditNotYAML.T()
	case err != nil:
		out.ReadOnly = i18n.EditYAMLBroken.T(p, err.Error())
	}
	out.Values, out.Body = v, body
	if out.ReadOnly != "" {
		out.Body = string(data)
		if off, ok := content.BodyStart(data); ok {
			out.Body = string(data[off:])
		}
	}
	if out.Bundle && prof != nil {
		out.Media = e.mediaOf(p, prof.URL)
	}
	return out
}

// mediaOf lists the photos of the bundle whose index is p.
func (e *soan) mediaOf(p, url string) []media {
	dir := path.Dir(p)
	out := []media{}
	_ = fs.WalkDir(e.s.site, dir, func(q string, d fs.DirEntry, err error) error {
		if err != nil || q == dir {
			return nil
		}
		if content.Ignored(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if _, err := fs.Stat(e.s.site, q+"/index.md"); err == nil {
				return fs.SkipDir
			}
			return nil
		}
		if slices.Contains(content.ImageExts, strings.ToLower(path.Ext(q))) {
			rel := strings.TrimPrefix(q, dir+"/")
			out = append(out, media{Name: rel, URL: url + rel})
		}
		return nil
	})
	return out
}

// ---- checking ----

// formJSON is what the form sends to check or save a profile.
type formJSON struct {
	Path    string        `json:"path"` // "" for a new profile
	Version string        `json:"version"`
	Values  editor.Values `json:"values"`
	Body    string        `json:"body"`
	// KeepMine saves over a file changed elsewhere, after its bytes are
	// put in the bin.
	KeepMine bool `json:"keepMine"`
}

func readForm(r *http.Request) (*formJSON, error) {
	var f formJSON
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, maxJSON))
	if err := dec.Decode(&f); err != nil {
		return nil, fail(http.StatusBadRequest, i18n.EditBadRequest.T())
	}
	if f.Path != "" {
		if _, err := sourcePath(f.Path); err != nil {
			return nil, err
		}
	}
	return &f, nil
}

// text returns the bytes a save of f would write, and the path: for an
// existing profile, its current bytes patched; for a new one, the file
// `new` would write, patched, at content/ho-so/<slug>.md. cur is the
// current bytes, nil for a new profile.
func (e *soan) text(lc *loadedContent, f *formJSON) (p string, text, cur []byte, err error) {
	if f.Path == "" {
		if strings.TrimSpace(f.Values.Title) == "" {
			return "", nil, nil, &apiError{status: http.StatusUnprocessableEntity, msg: i18n.EditNoTitle.T(),
				data: map[string]any{"problems": []problemJSON{{Field: "title", Msg: i18n.EditNoTitle.T(), Text: i18n.EditNoTitle.T()}}}}
		}
		text, slug, err := editor.Compose(lc.Config, f.Values, f.Body, e.s.now)
		if err != nil {
			return "", nil, nil, &apiError{status: http.StatusUnprocessableEntity, msg: diagText(err)}
		}
		return content.Dir + "/ho-so/" + slug + ".md", text, nil, nil
	}
	cur, err = e.readSource(f.Path)
	if err != nil {
		return "", nil, nil, err
	}
	text, err = editor.Patch(cur, f.Values, f.Body, lc.Config)
	if errors.Is(err, editor.ErrNotYAML) {
		return "", nil, nil, fail(http.StatusUnprocessableEntity, i18n.EditNotYAML.T())
	}
	if err != nil {
		return "", nil, nil, fail(http.StatusUnprocessableEntity, i18n.EditYAMLBroken.T(f.Path, err.Error()))
	}
	return f.Path, text, cur, nil
}

func diagText(err error) string {
	var parts []string
	for _, d := range diag.Errors(err) {
		parts = append(parts, d.Error())
	}
	return strings.Join(parts, "; ")
}

// check runs content's checks on text as the file p, and the editor's
// own: another profile at the same address.
func (e *soan) check(lc *loadedContent, p string, text []byte) (*content.Profile, []problemJSON, int) {
	prof, errs := lc.Loader.Check(p, text)
	probs := problemsOf(p, errs)
	if prof != nil && prof.Slug != "" {
		for i, s := range lc.Files {
			if s.Profile != nil && s.Profile.URL == prof.URL && lc.Paths[i] != p && !samePlace(lc.Paths[i], p) {
				m := i18n.EditSameURL.T(lc.Paths[i], prof.URL)
				probs = append(probs, problemJSON{Field: "slug", Msg: m, Text: m})
				break
			}
		}
	}
	n := 0
	for _, pr := range probs {
		if !pr.Warn {
			n++
		}
	}
	return prof, probs, n
}

// samePlace reports whether a and b are one profile before and after it
// became a bundle (x.md and x/index.md).
func samePlace(a, b string) bool {
	strip := func(p string) string { return strings.TrimSuffix(strings.TrimSuffix(p, "/index.md"), ".md") }
	return strip(a) == strip(b)
}

// validate answers the problems of the form's values and the body
// rendered as the site renders it.
func (e *soan) validate(r *http.Request) (any, error) {
	lc, err := e.loaded()
	if err != nil {
		return nil, err
	}
	f, err := readForm(r)
	if err != nil {
		return nil, err
	}
	out := map[string]any{"problems": []problemJSON{}, "html": ""}
	if html, err := lc.Loader.Markdown([]byte(f.Body)); err == nil {
		out["html"] = html
	}
	p, text, _, err := e.text(lc, f)
	if err != nil {
		var a *apiError
		if errors.As(err, &a) && a.status == http.StatusUnprocessableEntity {
			probs := []problemJSON{{Field: "title", Msg: a.msg, Text: a.msg}}
			if f.Path != "" {
				probs[0].Field = ""
			}
			out["problems"] = probs
			return out, nil
		}
		return nil, err
	}
	prof, probs, _ := e.check(lc, p, text)
	out["problems"] = probs
	if prof != nil {
		out["url"] = prof.URL
	}
	return out, nil
}

// ---- writing ----

// writeFile replaces or creates the file rel (relative to the root r)
// whole: the bytes go to a temporary file beside it, which is then
// renamed over it. A new file gets mode 0644, a replaced one keeps its
// mode.
func writeFile(r *os.Root, rel string, data []byte) error {
	mode := os.FileMode(0o644)
	if fi, err := r.Lstat(rel); err == nil {
		if !fi.Mode().IsRegular() {
			return &fs.PathError{Op: "write", Path: rel, Err: fs.ErrExist}
		}
		mode = fi.Mode().Perm()
	}
	dir := path.Dir(rel)
	var tmp string
	var f *os.File
	for i := 0; ; i++ {
		tmp = path.Join(dir, ".guongsang-soan-"+strconv.FormatInt(time.Now().UnixNano(), 36)+strconv.Itoa(i)+".tmp")
		var err error
		f, err = r.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if err == nil {
			break
		}
		if !errors.Is(err, fs.ErrExist) || i > 100 {
			return err
		}
	}
	_, err := f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if e := f.Close(); err == nil {
		err = e
	}
	if err == nil {
		err = r.Chmod(tmp, mode)
	}
	if err == nil {
		err = r.Rename(tmp, rel)
	}
	if err != nil {
		_ = r.Remove(tmp)
	}
	return err
}

// save writes the form: a new profile (the file `new` would write, never
// over another file), or an existing one patched; 409 when the file
// changed on disk since the form loaded it (unless KeepMine), 422 when a
// profile that is not a draft has errors.
func (e *soan) save(r *http.Request) (any, error) {
	f, err := readForm(r)
	if err != nil {
		return nil, err
	}
	e.write.Lock()
	defer e.write.Unlock()
	lc, err := e.loaded()
	if err != nil {
		return nil, err
	}
	p, text, cur, err := e.text(lc, f)
	if err != nil {
		return nil, err
	}
	var kept string
	if cur != nil && version(cur) != f.Version {
		if !f.KeepMine {
			return nil, &apiError{status: http.StatusConflict, msg: i18n.EditConflict.T(),
				data: map[string]any{"theirs": e.describe(lc, p, cur)}}
		}
		id, err := e.toTrash(p, cur)
		if err != nil {
			return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(TrashDir, i18n.Cause(err)))
		}
		kept = TrashDir + "/" + id
	}
	prof, probs, nerr := e.check(lc, p, text)
	draft := prof != nil && prof.Draft || prof == nil && f.Values.Draft
	if nerr > 0 && !draft {
		return nil, &apiError{status: http.StatusUnprocessableEntity, msg: i18n.EditPublishBlocked.T(i18n.Number(nerr)),
			data: map[string]any{"problems": probs}}
	}
	cr, err := e.openContent()
	if err != nil {
		return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(p, i18n.Cause(err)))
	}
	defer cr.Close()
	if cur == nil {
		bundle := strings.TrimSuffix(p, ".md")
		if _, err := cr.Lstat(contentRel(bundle)); err == nil {
			return nil, fail(http.StatusConflict, i18n.EditExists.T(bundle+"/index.md"))
		}
		if err := cr.MkdirAll(path.Dir(contentRel(p)), 0o755); err != nil {
			return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(p, i18n.Cause(err)))
		}
		// The folder is inside content/ (the root says so); create the file
		// as `guongsang new` does, never over another.
		if fi, err := cr.Lstat(path.Dir(contentRel(p))); err != nil || !fi.IsDir() {
			return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(p, i18n.Cause(err)))
		}
		if err := scaffold.CreateFile(filepath.Join(e.dir, filepath.FromSlash(p)), text); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return nil, fail(http.StatusConflict, i18n.EditExists.T(p))
			}
			return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(p, i18n.Cause(err)))
		}
	} else if !bytes.Equal(cur, text) {
		if err := writeFile(cr, contentRel(p), text); err != nil {
			return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(p, i18n.Cause(err)))
		}
	}
	out := map[string]any{"path": p, "version": version(text), "problems": probs}
	if prof != nil {
		out["url"] = prof.URL
	}
	if kept != "" {
		out["kept"] = i18n.EditSavedCopy.T(kept)
	}
	return out, nil
}

// ---- photos ----

// imageTypes maps the sniffed types the editor accepts to the extension
// the file is saved with.
var imageTypes = map[string]string{"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}

// upload saves photos into the profile's bundle, making the profile a
// bundle first (x.md becomes x/index.md) when it is a single file. Each
// file is kept or refused on its own: only images (by content), at most
// MaxPhotoMB, under a name folded by editor.SafeName, never over another
// file.
func (e *soan) upload(r *http.Request) (any, error) {
	r.Body = http.MaxBytesReader(nil, r.Body, maxUploadAll)
	reader, err := r.MultipartReader()
	if err != nil {
		return nil, fail(http.StatusBadRequest, i18n.EditBadRequest.T())
	}
	e.write.Lock()
	defer e.write.Unlock()
	lc, err := e.loaded()
	if err != nil {
		return nil, err
	}
	var p, folder string
	var bundleDir string // relative to content/
	var cr *os.Root
	defer func() {
		if cr != nil {
			cr.Close()
		}
	}()
	var saved []media
	var refused []string
	for {
		part, err := reader.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fail(http.StatusBadRequest, i18n.EditBadRequest.T())
		}
		switch part.FormName() {
		case "p":
			b, _ := io.ReadAll(io.LimitReader(part, 4096))
			if p, err = sourcePath(string(b)); err != nil {
				return nil, err
			}
			continue
		case "folder":
			b, _ := io.ReadAll(io.LimitReader(part, 4096))
			folder = editor.SafeFolder(string(b))
			continue
		case "anh":
		default:
			continue
		}
		name := part.FileName()
		data, err := io.ReadAll(io.LimitReader(part, MaxPhotoMB<<20+1))
		if err != nil {
			return nil, fail(http.StatusBadRequest, i18n.EditBadRequest.T())
		}
		if len(data) > MaxPhotoMB<<20 {
			n, _ := io.Copy(io.Discard, part)
			refused = append(refused, i18n.EditTooLarge.T(name, (int64(len(data))+n)>>20, MaxPhotoMB))
			continue
		}
		ext, ok := imageTypes[http.DetectContentType(data)]
		if !ok {
			refused = append(refused, i18n.EditNotImage.T(name))
			continue
		}
		if p == "" {
			return nil, fail(http.StatusBadRequest, i18n.EditBadRequest.T())
		}
		if cr == nil {
			if cr, err = e.openContent(); err != nil {
				return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(p, i18n.Cause(err)))
			}
			if p, err = e.makeBundle(cr, p); err != nil {
				return nil, err
			}
			bundleDir = path.Dir(contentRel(p))
		}
		dir := bundleDir
		if folder != "" {
			dir = bundleDir + "/" + folder
		}
		if err := cr.MkdirAll(dir, 0o755); err != nil {
			return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(dir, i18n.Cause(err)))
		}
		file := editor.SafeName(name, ext)
		stem := strings.TrimSuffix(file, ext)
		for i := 2; ; i++ {
			if _, err := cr.Lstat(dir + "/" + file); errors.Is(err, fs.ErrNotExist) {
				break
			}
			file = stem + "-" + strconv.Itoa(i) + ext
		}
		if err := writeFile(cr, dir+"/"+file, data); err != nil {
			return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(dir+"/"+file, i18n.Cause(err)))
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(dir, bundleDir)+"/"+file, "/")
		saved = append(saved, media{Name: rel})
	}
	if len(saved) == 0 && len(refused) == 0 {
		return nil, fail(http.StatusBadRequest, i18n.EditNoFiles.T())
	}
	out := map[string]any{"saved": saved, "refused": refused}
	if p != "" && cr != nil {
		out["path"] = p
		if data, err := cr.ReadFile(contentRel(p)); err == nil {
			d := e.describe(lc, p, data)
			out["version"], out["url"] = d.Version, d.URL
			for i := range saved {
				saved[i].URL = d.URL + saved[i].Name
			}
		}
	}
	return out, nil
}

// makeBundle turns the single-file profile p into a bundle (x.md into
// x/index.md) and returns its new path; a bundle is returned as it is.
func (e *soan) makeBundle(cr *os.Root, p string) (string, error) {
	rel := contentRel(p)
	if fi, err := cr.Lstat(rel); err != nil || !fi.Mode().IsRegular() {
		return "", fail(http.StatusNotFound, i18n.EditNotFound.T(p))
	}
	if path.Base(p) == "index.md" {
		return p, nil
	}
	dir := strings.TrimSuffix(rel, ".md")
	if _, err := cr.Lstat(dir); err == nil {
		return "", fail(http.StatusConflict, i18n.EditBundleTaken.T(content.Dir+"/"+dir))
	}
	if err := cr.Mkdir(dir, 0o755); err != nil {
		return "", fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(content.Dir+"/"+dir, i18n.Cause(err)))
	}
	if err := cr.Rename(rel, dir+"/index.md"); err != nil {
		_ = cr.Remove(dir)
		return "", fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(p, i18n.Cause(err)))
	}
	return content.Dir + "/" + dir + "/index.md", nil
}

// ---- the bin ----

// trashNote is the file in a bin entry that says where its item came
// from.
const trashNote = "nguon.txt"

// newTrashEntry makes a new folder in the bin and returns its name.
func (e *soan) newTrashEntry() (string, error) {
	if err := e.s.root.MkdirAll(TrashDir, 0o755); err != nil {
		return "", err
	}
	stamp := time.Now().Format("20060102-150405")
	for i := 1; ; i++ {
		id := stamp
		if i > 1 {
			id += "-" + strconv.Itoa(i)
		}
		err := e.s.root.Mkdir(TrashDir+"/"+id, 0o755)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, fs.ErrExist) || i > 1000 {
			return "", err
		}
	}
}

// toTrash keeps data, the bytes of the profile p that a save is about to
// replace, in a new bin entry, and returns the entry.
func (e *soan) toTrash(p string, data []byte) (string, error) {
	id, err := e.newTrashEntry()
	if err != nil {
		return "", err
	}
	dir := TrashDir + "/" + id
	if err := writeFile(e.s.root, dir+"/"+trashNote, []byte(p+"\n")); err != nil {
		return "", err
	}
	return id, writeFile(e.s.root, dir+"/"+path.Base(p), data)
}

// remove moves a profile to the bin: its file, or a bundle's whole
// folder.
func (e *soan) remove(r *http.Request) (any, error) {
	var req struct {
		Path string `json:"path"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<16)).Decode(&req); err != nil {
		return nil, fail(http.StatusBadRequest, i18n.EditBadRequest.T())
	}
	p, err := sourcePath(req.Path)
	if err != nil {
		return nil, err
	}
	e.write.Lock()
	defer e.write.Unlock()
	cr, err := e.openContent()
	if err != nil {
		return nil, err
	}
	defer cr.Close()
	item := contentRel(p)
	if path.Base(p) == "index.md" {
		item = path.Dir(item)
	}
	if fi, err := cr.Lstat(contentRel(p)); err != nil || !fi.Mode().IsRegular() {
		return nil, fail(http.StatusNotFound, i18n.EditNotFound.T(p))
	}
	if fi, err := cr.Lstat(item); err != nil || fi.Mode()&fs.ModeSymlink != 0 {
		return nil, fail(http.StatusNotFound, i18n.EditNotFound.T(p))
	}
	id, err := e.newTrashEntry()
	if err != nil {
		return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(TrashDir, i18n.Cause(err)))
	}
	dir := TrashDir + "/" + id
	if err := writeFile(e.s.root, dir+"/"+trashNote, []byte(p+"\n")); err != nil {
		return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(dir, i18n.Cause(err)))
	}
	if err := e.s.root.Rename(content.Dir+"/"+item, dir+"/"+path.Base(item)); err != nil {
		_ = e.s.root.RemoveAll(dir)
		return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(p, i18n.Cause(err)))
	}
	return map[string]any{"id": id, "path": p}, nil
}

// trashEntry is one entry of the bin.
type trashEntry struct {
	ID    string `json:"id"`
	Path  string `json:"path"` // where it came from
	Title string `json:"title"`
}

// trashItem reads the bin entry id: the path it came from and the
// entry's item, relative to the site.
func (e *soan) trashItem(id string) (p, item string, err error) {
	if !fs.ValidPath(id) || strings.Contains(id, "/") || strings.HasPrefix(id, ".") {
		return "", "", fail(http.StatusBadRequest, i18n.EditBadRequest.T())
	}
	note, err := e.s.root.ReadFile(TrashDir + "/" + id + "/" + trashNote)
	if err != nil {
		return "", "", fail(http.StatusNotFound, i18n.EditTrashMissing.T(id))
	}
	if p, err = sourcePath(strings.TrimSpace(string(note))); err != nil {
		return "", "", err
	}
	base := path.Base(p)
	if base == "index.md" {
		base = path.Base(path.Dir(p))
	}
	item = TrashDir + "/" + id + "/" + base
	if _, err := e.s.root.Lstat(item); err != nil {
		return "", "", fail(http.StatusNotFound, i18n.EditTrashMissing.T(id))
	}
	return p, item, nil
}

func (e *soan) trash(*http.Request) (any, error) {
	ents, err := fs.ReadDir(e.s.root.FS(), TrashDir)
	out := []trashEntry{}
	if err != nil {
		return map[string]any{"entries": out}, nil
	}
	for _, d := range ents {
		p, item, err := e.trashItem(d.Name())
		if err != nil {
			continue
		}
		t := trashEntry{ID: d.Name(), Path: p}
		file := item
		if path.Base(p) == "index.md" {
			file += "/index.md"
		}
		if data, err := e.s.root.ReadFile(file); err == nil {
			if lc := e.s.build.Loaded(); lc != nil {
				v, _, _ := editor.Read(data, lc.Config)
				t.Title = v.Title
			}
		}
		out = append(out, t)
	}
	slices.Reverse(out) // newest first
	return map[string]any{"entries": out}, nil
}

// restore moves a bin entry back where it came from, unless something is
// there now.
func (e *soan) restore(r *http.Request) (any, error) {
	var req struct {
		ID string `json:"id"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<16)).Decode(&req); err != nil {
		return nil, fail(http.StatusBadRequest, i18n.EditBadRequest.T())
	}
	e.write.Lock()
	defer e.write.Unlock()
	p, item, err := e.trashItem(req.ID)
	if err != nil {
		return nil, err
	}
	dest := p
	if path.Base(p) == "index.md" {
		dest = path.Dir(p)
	}
	cr, err := e.openContent()
	if err != nil {
		return nil, err
	}
	defer cr.Close()
	if _, err := cr.Lstat(contentRel(dest)); err == nil {
		return nil, fail(http.StatusConflict, i18n.EditRestoreTaken.T(dest))
	}
	if err := cr.MkdirAll(path.Dir(contentRel(dest)), 0o755); err != nil {
		return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(dest, i18n.Cause(err)))
	}
	if fi, err := cr.Lstat(path.Dir(contentRel(dest))); err != nil || !fi.IsDir() {
		return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(dest, i18n.Cause(err)))
	}
	if err := e.s.root.Rename(item, dest); err != nil {
		return nil, fail(http.StatusInternalServerError, i18n.EditWriteFailed.T(dest, i18n.Cause(err)))
	}
	_ = e.s.root.RemoveAll(TrashDir + "/" + req.ID)
	return map[string]any{"path": p}, nil
}

// ---- pages ----

// field is one field of the form, as the page's script builds it.
type field struct {
	Key   string `json:"key"` // the front-matter field
	Label string `json:"label"`
	Type  string `json:"type"`            // text, textarea, select, multi, year, date, bool, awards, photo
	Vocab string `json:"vocab,omitempty"` // for select and multi: a key of boot.Vocab
	Req   bool   `json:"req,omitempty"`
	Dim   bool   `json:"dim,omitempty"` // a dimension: its values are in Values.Dims
}

// formFields describes the form: every front-matter field content reads,
// in the order of editor.Fields. The dimensions and their terms come
// from site.yaml (config.Site.Dims), so a dimension or a term added
// there appears in the form without a change here.
func formFields(cfg *config.Site) []field {
	out := []field{{"title", i18n.EdFieldTitle.T(), "text", "", true, false}}
	for _, d := range scaffold.DimOrder(cfg) {
		f := field{Key: d.Field, Label: d.Singular, Type: "select", Vocab: d.Key, Req: d.Required, Dim: true}
		switch {
		case d.Year:
			f.Type, f.Vocab = "year", ""
		case d.Multiple:
			f.Type, f.Label = "multi", d.Name
		}
		out = append(out, f)
	}
	return append(out, []field{
		{"summary", i18n.EdFieldSummary.T(), "textarea", "", false, false},
		{"date", i18n.EdFieldDate.T(), "date", "", false, false},
		{"author", i18n.EdFieldAuthor.T(), "text", "", false, false},
		{"organization", i18n.EdFieldOrganization.T(), "text", "", false, false},
		{"sort_name", i18n.EdFieldSortName.T(), "text", "", false, false},
		{"photo", i18n.EdFieldPhoto.T(), "photo", "", false, false},
		{"photo_caption", i18n.EdFieldPhotoCaption.T(), "text", "", false, false},
		{"photo_credit", i18n.EdFieldPhotoCredit.T(), "text", "", false, false},
		{"awards", i18n.EdFieldAwards.T(), "awards", "", false, false},
		{"featured", i18n.EdFieldFeatured.T(), "bool", "", false, false},
		{"draft", i18n.EdFieldDraft.T(), "bool", "", false, false},
		{"slug", i18n.EdFieldSlug.T(), "text", "", false, false},
	}...)
}

// listDims are the dimensions the list has values of: those the site
// shows on cards (config.Dimension.Card), at most maxListCols of them
// (or the first dimensions when none is on cards), then those it
// filters by (Filter), each once.
func listDims(cfg *config.Site) []*config.Dimension {
	out := slices.Clone(listCols(cfg))
	for _, d := range cfg.On(func(d *config.Dimension) int { return d.Filter }) {
		if !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// maxListCols is how many dimension columns the list shows at most.
const maxListCols = 4

// listCols are the dimension columns of the list: listDims' first ones.
func listCols(cfg *config.Site) []*config.Dimension {
	cols := cfg.On(func(d *config.Dimension) int { return d.Card })
	if len(cols) == 0 {
		cols = cfg.Dims
	}
	return cols[:min(len(cols), maxListCols)]
}

// listDimJSON is a dimension of the list, for the page's script: its
// column (Col) or filter (Filter), in the order of row.Dims.
type listDimJSON struct {
	Key    string `json:"key"` // a key of boot.Vocab; "" for a year
	Label  string `json:"label"`
	All    string `json:"all"` // the filter's first choice
	Col    bool   `json:"col,omitempty"`
	Filter bool   `json:"filter,omitempty"`
}

func listDimsJSON(cfg *config.Site) []listDimJSON {
	cols := listCols(cfg)
	out := []listDimJSON{}
	for _, d := range listDims(cfg) {
		j := listDimJSON{Label: d.Singular, All: i18n.EdFilterAll.T(d.Name), Col: slices.Contains(cols, d), Filter: d.Filter > 0}
		if d.Vocab != nil {
			j.Key = d.Key
		}
		out = append(out, j)
	}
	return out
}

type termJSON struct {
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Note says when a place existed, when it did not always: "đến
	// 30/6/2025".
	Note string `json:"note,omitempty"`
}

func terms(v *config.Vocabulary) []termJSON {
	out := []termJSON{}
	if v == nil {
		return out
	}
	for _, t := range v.Terms {
		j := termJSON{Key: t.Key, Name: t.Name, Aliases: t.Aliases}
		switch {
		case !t.Since.IsZero() && !t.Until.IsZero():
			j.Note = i18n.EdTermBetween.T(t.Since.Format("2/1/2006"), t.Until.Format("2/1/2006"))
		case !t.Until.IsZero():
			j.Note = i18n.EdTermUntil.T(t.Until.Format("2/1/2006"))
		case !t.Since.IsZero():
			j.Note = i18n.EdTermSince.T(t.Since.Format("2/1/2006"))
		}
		out = append(out, j)
	}
	return out
}

// words are the texts of the editor's pages, from the catalog.
func editorWords() map[string]string {
	w := map[string]string{}
	for k, m := range map[string]*i18n.Msg{
		"app": i18n.EdAppName, "list": i18n.EdList, "new": i18n.EdNew, "editThis": i18n.EdEditThis, "search": i18n.EdSearch,
		"all": i18n.EdAll, "allStates": i18n.EdAllStates, "published": i18n.EdPublished, "draft": i18n.EdDraftBadge,
		"onlyProblems": i18n.EdOnlyProblems, "count": i18n.EdCount, "colTitle": i18n.EdColTitle,
		"colState": i18n.EdColState, "colProblems": i18n.EdColProbs,
		"noProblem": i18n.EdNoProblem, "errors": i18n.EdErrors, "warnings": i18n.EdWarnings, "more": i18n.EdMore,
		"trash": i18n.EdTrash, "trashEmpty": i18n.EdTrashEmpty, "restore": i18n.EdRestore, "restored": i18n.EdRestored,
		"loading": i18n.EdLoading, "awardTitle": i18n.EdAwardTitle, "awardYear": i18n.EdAwardYear, "awardIssuer": i18n.EdAwardIssuer,
		"awardDecision": i18n.EdAwardDecision, "awardAdd": i18n.EdAwardAdd, "awardRemove": i18n.EdAwardRemove, "choose": i18n.EdChoose,
		"filterList": i18n.EdFilterList, "noPhoto": i18n.EdNoPhoto, "save": i18n.EdSave, "saving": i18n.EdSaving, "saved": i18n.EdSaved,
		"savedNew": i18n.EdSavedNew, "view": i18n.EdView, "delete": i18n.EdDelete, "deleteAsk": i18n.EdDeleteAsk, "deleted": i18n.EdDeleted,
		"checking": i18n.EdChecking, "allGood": i18n.EdAllGood, "hasProblems": i18n.EdHasProblems, "preview": i18n.EdPreview,
		"draftBack": i18n.EdDraftBack, "draftUse": i18n.EdDraftUse, "draftDrop": i18n.EdDraftDrop, "conflict": i18n.EditConflict,
		"conflictTake": i18n.EdConflictTake, "conflictMine": i18n.EdConflictMine, "readOnly": i18n.EdReadOnly, "netError": i18n.EdNetError,
		"toolHeading": i18n.EdToolHeading, "toolBold": i18n.EdToolBold, "toolItalic": i18n.EdToolItalic, "toolList": i18n.EdToolList,
		"toolQuote": i18n.EdToolQuote, "toolLink": i18n.EdToolLink, "toolTable": i18n.EdToolTable, "linkAsk": i18n.EdLinkAsk,
		"tableCell": i18n.EdTableCell, "media": i18n.EdMedia, "mediaDrop": i18n.EdMediaDrop, "mediaPick": i18n.EdMediaPick,
		"mediaDir": i18n.EdMediaDir, "mediaUse": i18n.EdMediaUse, "mediaPut": i18n.EdMediaPut, "mediaNone": i18n.EdMediaNone,
		"mediaFirst": i18n.EdMediaFirst, "uploading": i18n.EdUploading, "uploaded": i18n.EdUploaded, "body": i18n.EdFieldBody,
		"noTitle": i18n.EditNoTitle, "cancel": i18n.EdCancel, "hint": i18n.OverlayHint,
	} {
		w[k] = m.T()
	}
	w["limit"] = i18n.EdLimit.T(MaxPhotoMB)
	w["photoShow"], w["photoCaption"], w["photoCredit"] = i18n.EdPhotoShow.T(), i18n.EdPhotoCaption.T(), i18n.EdPhotoCredit.T()
	return w
}

// boot is what an editor page's script starts from, embedded in the page
// as JSON data (not script: the policy allows no inline script).
type boot struct {
	View   string                `json:"view"`
	Token  string                `json:"token"`
	Header string                `json:"header"`
	API    string                `json:"api"`
	Base   string                `json:"base"`
	Off    string                `json:"off,omitempty"`
	Words  map[string]string     `json:"words"`
	Fields []field               `json:"fields"`
	List   []listDimJSON         `json:"list"`
	Vocab  map[string][]termJSON `json:"vocab"`
	// YearField is the front-matter field of the site's year dimension,
	// which a new profile starts with the current year in; "" for none.
	YearField string `json:"yearField"`
	Body      string `json:"newBody"`
	Year      int    `json:"year"`
	Lang      string `json:"lang"`
}

var pageTmpl = template.Must(template.New("soan").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}} – guongsang</title>
<link rel="stylesheet" href="{{.Assets}}soan.css">
{{- if eq .View "form"}}
<script src="{{.Assets}}vendor/turndown/turndown.js" defer></script>
<script src="{{.Assets}}vendor/turndown-plugin-gfm/turndown-plugin-gfm.js" defer></script>
{{- end}}
<script src="{{.Assets}}soan.js" defer></script>
</head>
<body class="soan soan-{{.View}}">
<header class="soan-top"><a class="soan-brand" href="{{.Base}}">{{.App}}</a>
<nav><a href="{{.Base}}">{{.List}}</a> <a href="{{.Base}}sua">{{.New}}</a> <a href="/">{{.Site}}</a></nav></header>
<main id="soan-main"><p>{{.Loading}}</p>{{if .Off}}<p class="soan-off" role="alert">{{.Off}}</p>{{end}}</main>
<script type="application/json" id="soan-boot">{{.Boot}}</script>
</body>
</html>
`))

// page serves the list ("list") or the form ("form"): a shell the script
// fills in from the boot data and the API.
func (e *soan) page(view string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b := boot{View: view, Token: e.s.Token(), Header: TokenHeader, API: EditorPath + "api/", Base: EditorPath,
			Off: e.off, Words: editorWords(), Fields: []field{}, List: []listDimJSON{}, Vocab: map[string][]termJSON{},
			Body: scaffold.PlaceholderBody, Year: time.Now().Year(), Lang: i18n.Current().String()}
		if !e.on {
			b.Token = ""
		}
		title := i18n.EdList.T()
		if lc := e.s.build.Loaded(); lc != nil {
			b.Fields, b.List = formFields(lc.Config), listDimsJSON(lc.Config)
			for _, d := range lc.Config.Dims {
				if d.Vocab != nil {
					b.Vocab[d.Key] = terms(d.Vocab)
				}
			}
			if d := lc.Config.YearDim(); d != nil {
				b.YearField = d.Field
			}
			if lc.Config.Title != "" {
				title = i18n.EdAppName.T() + " – " + lc.Config.Title
			}
		}
		data, err := json.Marshal(b)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		var buf bytes.Buffer
		err = pageTmpl.Execute(&buf, map[string]any{"Lang": b.Lang, "Title": title, "Assets": EditorPath + "tai/", "View": view,
			"Base": EditorPath, "App": i18n.EdAppName.T(), "List": i18n.EdList.T(), "New": i18n.EdNew.T(), "Site": i18n.EdView.T(),
			"Loading": i18n.EdLoading.T(), "Off": e.off, "Boot": template.JS(data)})
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, _ = w.Write(buf.Bytes())
	}
}

// asset serves the editor's script, stylesheet and vendored libraries.
func (e *soan) asset(w http.ResponseWriter, r *http.Request) {
	name := path.Clean("assets/soan/" + r.PathValue("file"))
	if !strings.HasPrefix(name, "assets/soan/") {
		http.NotFound(w, r)
		return
	}
	data, err := assets.ReadFile(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	serveBytes(w, r, name, data, http.StatusOK)
}

// toolbar serves the script every preview page loads: it adds the
// editor's links to the page, or nothing when the editor is off.
func (e *soan) toolbar(w http.ResponseWriter, r *http.Request) {
	var b bytes.Buffer
	if e.on {
		data, _ := json.Marshal(map[string]string{"edit": i18n.EdEditThis.T(), "new": i18n.EdNew.T(), "list": i18n.EdList.T(),
			"base": EditorPath, "css": EditorPath + "tai/cong-cu.css"})
		code, _ := assets.ReadFile("assets/soan/cong-cu.js")
		fmt.Fprintf(&b, "(function (W) {\n%s})(%s);\n", code, data)
	}
	serveBytes(w, r, "cong-cu.js", b.Bytes(), http.StatusOK)
}

// Editor returns the address of the profile editor, and why it is off:
// "" when it is on.
func (s *Server) Editor() (url, off string) {
	return strings.TrimSuffix(s.URL(), "/") + EditorPath, s.edit.off
}
