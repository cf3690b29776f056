// Package preview is the live preview behind `guongsang serve`: it builds
// a site into memory, serves it over HTTP, watches the site's files and,
// after every save, rebuilds what changed and tells the browser to reload.
//
// The preview runs no stage itself: it watches, serves and tells browsers,
// on top of a build.Session, the one orchestrator `guongsang build` uses
// too. Changes are collected until the files have been quiet for 20 ms, so
// one save, or one `git checkout`, is one rebuild: the session's Apply,
// which re-reads what changed and re-renders only the outputs whose
// render.Job key changed, the pages open in a browser first. After any
// sequence of edits the served files are byte for byte those of a clean
// build of the same files.
//
// Bad content never stops the server: it keeps serving the last good
// build, prints the errors, and the browser shows them over the page until
// a save fixes them. The live-reload script (assets/livereload.js) is a
// file served under Prefix and inserted into HTML pages as they are served
// (withLiveReload), so the built bytes, and `guongsang build` output, never
// contain it.
//
// The preview answers only requests that name it by its own address, with
// the port it listens on (DNS rebinding; see host.go), and sends the
// theme's Content-Security-Policy and other security headers with every
// answer. Server.CheckWrite and Server.Token are for the pages that write.
//
// Nothing imports preview except cmd/guongsang.
package preview

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/guongsang/guongsang/generator/build"
	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/generator/sitefs"
)

// DefaultAddr is where the preview listens unless told otherwise: this
// machine only.
const DefaultAddr = "127.0.0.1:1313"

// ErrAddrInUse is returned (wrapped) by New when another program listens
// on the address.
var ErrAddrInUse = errors.New("address already in use")

// Options says what to preview and where.
type Options struct {
	SiteDir string // the site folder; "" means the current directory
	// Addr is host:port to listen on; "" means DefaultAddr, and port 0
	// picks a free port (see Server.URL).
	Addr string
	// Drafts shows profiles marked draft: true (with their badge); a
	// preview usually wants them.
	Drafts bool
	// Log receives one line per rebuild and every problem found; nil
	// discards them.
	Log io.Writer
	// Now is the time the year check counts from; zero means time.Now.
	Now time.Time
	// AllowedHosts are more host names (or IP addresses) the preview
	// answers, besides its own (see host.go): "preview.lan" with the port
	// listened on, "preview.lan:8080" with that port. New returns a
	// *HostError for a value that is neither.
	AllowedHosts []string
	// AllowEdit turns the profile editor (soan.go) on when the preview
	// listens on an address other machines can reach; on loopback it is
	// always on.
	AllowEdit bool
	// Serving, if set, is called once, as soon as the server answers
	// requests and before the first build is over (pages wait for the
	// site to be loaded, not built): the moment to print the address and
	// open the browser. New has not returned yet; do not call Run from it.
	Serving func(*Server)
}

// Server is a running preview. Create it with New, then call Run once:
// Run releases what New took (the port, the watches) when it returns, so
// call it, with a done context if need be, even to give up.
type Server struct {
	root    *os.Root
	site    *sitefs.FS // reads root
	log     io.Writer
	ln      net.Listener
	watch   *watcher
	build   *build.Session
	now     time.Time // Options.Now
	broker  *broker
	http    *http.Server
	mem     atomic.Pointer[output.Memory] // the last good build
	failure atomic.Pointer[[]*diag.Error] // errors while no build has succeeded
	gen     int                           // owned by the rebuild goroutine
	runOnce sync.Once
	logMu   sync.Mutex
	hosts   *hostList // the Host values it answers
	token   string    // see Token
	refused refused   // the refused hosts the terminal was told about
	edit    *soan     // the profile editor, under EditorPath

	// pending makes pages on demand while the first build fills mem
	// (build.Update.Pending); pendingMu's write lock waits for those
	// being made when it is dropped.
	pending   atomic.Pointer[func(string) ([]byte, bool)]
	pendingMu sync.RWMutex
	// ready is closed once pages can be served (the site is loaded, or
	// the first build failed), built once New's build is over: requests
	// for the site wait for the first, all others for the second.
	ready, built chan struct{}
	readyOnce    sync.Once
	served       chan error // what http.Server.Serve returned
}

// New listens on opts.Addr, starts watching the site and builds it once.
// It fails when an allowed host is not a host name (a *HostError), when
// the folder is not a site (no site.yaml), when the address is taken
// (errors.Is(err, ErrAddrInUse)) or when files cannot be watched; it does
// not fail on bad content, which the server shows instead.
func New(opts Options) (*Server, error) {
	for _, h := range opts.AllowedHosts {
		if _, err := newHostList(nil, "", []string{h}); err != nil {
			return nil, err
		}
	}
	dir := opts.SiteDir
	if dir == "" {
		dir = "."
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	// Read as `guongsang build` does: nothing outside the folder, even
	// through a symlink.
	root, err := build.OpenSite(dir)
	if err != nil {
		return nil, err
	}
	fsys := sitefs.New(root)
	closeSite := func() {
		fsys.Close()
		root.Close()
	}
	if _, err := fs.Stat(fsys, config.FileName); err != nil {
		if _, _, err := config.Load(fsys); err != nil {
			closeSite()
			return nil, err
		}
	}
	addr := opts.Addr
	if addr == "" {
		addr = DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			err = fmt.Errorf("%s: %w", addr, ErrAddrInUse)
		}
		closeSite()
		return nil, err
	}
	hosts, err := newHostList(ln.Addr(), addr, opts.AllowedHosts)
	if err != nil {
		ln.Close()
		closeSite()
		return nil, err
	}
	w, err := newWatcher(dir)
	if err != nil {
		ln.Close()
		closeSite()
		return nil, err
	}
	s := &Server{
		root:  root,
		site:  fsys,
		log:   opts.Log,
		ln:    ln,
		watch: w,
		build: build.NewSession(fsys, build.Options{SiteDir: dir, Drafts: opts.Drafts, Now: opts.Now,
			ImageCache: build.Options{SiteDir: dir}.ImageCacheDir()}),
		now:    opts.Now,
		broker: newBroker(rand.Text()),
		hosts:  hosts,
		token:  newToken(),
	}
	if s.log == nil {
		s.log = io.Discard
	}
	w.warn = func(err error) { s.logf("%s%v\n", i18n.Warning.T(), err) }
	s.edit = newSoan(s, dir, ln.Addr(), opts)
	s.http = &http.Server{Handler: s.handler(), ReadHeaderTimeout: 10 * time.Second}
	// The first pages are served as soon as the site is loaded, made on
	// demand while the build makes every file (publishEarly): at 10,000
	// profiles that is the time to load, not to build.
	s.ready, s.built, s.served = make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() { s.served <- s.http.Serve(s.ln) }()
	if opts.Serving != nil {
		opts.Serving(s)
	}
	res := s.build.Apply(context.Background(), build.Change{All: true}, s.publishEarly)
	s.publish(res, true)
	s.report(res, true)
	close(s.built)
	return s, nil
}

// loadedContent is what the editor (soan.go) lists and checks profiles
// against: the session's last loaded content.
type loadedContent = build.Loaded

// URL returns the address the preview is served at, e.g.
// "http://127.0.0.1:1313/".
func (s *Server) URL() string {
	return "http://" + s.ln.Addr().String() + "/"
}

// Run serves the site, rebuilding it on every change, until ctx is done;
// then it disconnects the browsers, shuts the HTTP server down gracefully
// and stops watching. It returns nil after a clean shutdown. Run may be
// called once.
func (s *Server) Run(ctx context.Context) error {
	err := errors.New("preview: Run called twice")
	s.runOnce.Do(func() { err = s.run(ctx) })
	return err
}

func (s *Server) run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan *batch)
	var wg sync.WaitGroup
	wg.Go(s.broker.run)
	wg.Go(func() { s.watch.run(ctx, batches) })
	wg.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case b := <-batches:
				b.open = s.broker.open()
				res := s.build.Apply(ctx, b.change(), s.publishEarly)
				if ctx.Err() != nil {
					return // stopped halfway: nobody is listening
				}
				s.publish(res, false)
				s.report(res, false)
			}
		}
	})
	served := s.served // New started serving

	var err error
	select {
	case <-ctx.Done():
		s.broker.close() // ends the event streams, which Shutdown would wait for
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer scancel()
		err = s.http.Shutdown(sctx)
		if e := <-served; err == nil && !errors.Is(e, http.ErrServerClosed) {
			err = e
		}
	case err = <-served:
		s.broker.close()
	}
	cancel()
	wg.Wait()
	if e := s.watch.close(); err == nil {
		err = e
	}
	s.site.Close()
	s.root.Close()
	return err
}

// publishEarly serves the pages a rebuild wrote first, those open in a
// browser, and tells the browsers showing them.
func (s *Server) publishEarly(res *build.Update) {
	if res.Pending != nil { // the first build: nothing is open yet
		s.pending.Store(&res.Pending)
		s.mem.Store(res.Mem)
		s.failure.Store(nil)
		s.readyOnce.Do(func() { close(s.ready) })
		return
	}
	s.mem.Store(res.Mem)
	s.failure.Store(nil)
	s.gen++
	d := rebuildData{Gen: s.gen, Pages: urls(pagesOf(res.Written, true)), Changed: len(res.Changed),
		Sources: first10(res.Changed), Written: len(res.Written), MS: ms(res.Duration)}
	data, _ := json.Marshal(d)
	s.broker.publish(event{name: evPages, data: data, gen: s.gen})
}

// publish makes the result of a rebuild the one served and tells the
// browsers. first is the build New makes, before the broker runs.
func (s *Server) publish(res *build.Update, first bool) {
	if s.pending.Load() != nil {
		// Every file is made, or the build failed: no more pages on
		// demand, and none still being made with the session's renderer
		// once this returns.
		s.pending.Store(nil)
		// A barrier: the write lock is granted once every page being
		// made on demand (under the read lock) is done.
		s.pendingMu.Lock()
		//lint:ignore SA2001 the empty critical section is the point: it waits for the readers.
		s.pendingMu.Unlock()
		if res.Mem == nil {
			s.mem.Store(nil) // partly made: show the errors instead
		}
	}
	if res.Mem != nil {
		s.mem.Store(res.Mem)
		s.failure.Store(nil)
	} else if s.mem.Load() == nil {
		errs := res.Errors
		s.failure.Store(&errs)
	}
	s.readyOnce.Do(func() { close(s.ready) })
	rest := res.Written
	if res.Early {
		rest = slices.DeleteFunc(slices.Clone(rest), func(p string) bool { return slices.Contains(res.EarlyWritten, p) })
	}
	d := rebuildData{Changed: len(res.Changed), Written: len(res.Written), Removed: len(res.Removed),
		MS: ms(max(res.Total, res.Duration)), Sources: first10(res.Changed)}
	name := evOK
	switch {
	case res.Errors != nil:
		name = evError
		d.Errors = problems(res.Errors)
		d.Words = overlay()
	case css(res) != nil:
		name = evCSS
		d.Paths = css(res)
	case len(rest) > 0 || len(res.Removed) > 0:
		name = evReload
		d.Pages = urls(append(pagesOf(rest, true), pagesOf(res.Removed, true)...))
		d.Files = urls(loaded(append(pagesOf(res.Written, false), pagesOf(res.Removed, false)...)))
		d.All = res.Full || reloadsAll(res.Written) || reloadsAll(res.Removed)
	}
	if name == evReload || name == evCSS {
		s.gen++
	}
	d.Gen = s.gen
	data, _ := json.Marshal(d)
	e := event{name: name, data: data, gen: s.gen}
	if first {
		s.broker.note(e) // run has not started
	} else {
		s.broker.publish(e)
	}
}

// css returns the URL paths of the stylesheets written when they are all
// that changed, so the browser can swap them without a reload; otherwise
// nil.
func css(u *build.Update) []string {
	if u.Errors != nil || u.Full || len(u.Removed) > 0 || len(u.Written) == 0 {
		return nil
	}
	var out []string
	for _, p := range u.Written {
		if path.Ext(p) != ".css" {
			return nil
		}
		out = append(out, "/"+p)
	}
	return out
}

// pagesOf returns the HTML pages among output paths, or with html false
// the other files.
func pagesOf(ps []string, html bool) []string {
	var out []string
	for _, p := range ps {
		if (path.Ext(p) == ".html") == html {
			out = append(out, p)
		}
	}
	return out
}

// loaded returns the files among ps that pages load and show (images,
// and the JSON files scripts fetch), leaving out those they only link to
// (feeds, the sitemap, downloads), whose change no page shows.
func loaded(ps []string) []string {
	var out []string
	for _, p := range ps {
		switch strings.ToLower(path.Ext(p)) {
		case ".json", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".ico":
			out = append(out, p)
		}
	}
	return out
}

// reloadsAll reports whether a change to one of the output files ps can
// change every page without changing its HTML: a script, a font, any file
// pages load other than stylesheets (swapped in place) and images (which
// a page names, so the script sees them in the event).
func reloadsAll(ps []string) bool {
	for _, p := range ps {
		switch strings.ToLower(path.Ext(p)) {
		case ".html", ".css", ".json", ".csv", ".xml", ".txt",
			".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".ico":
		default:
			return true
		}
	}
	return false
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// urls turns output paths into the URL paths browsers show them at:
// "ho-so/a/index.html" is "/ho-so/a/".
func urls(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = "/" + strings.TrimSuffix(p, "index.html")
	}
	return out
}

func first10(ps []string) []string {
	if len(ps) > 10 {
		return ps[:10]
	}
	return ps
}

// report prints one line about the rebuild, then its problems.
func (s *Server) report(res *build.Update, first bool) {
	var b strings.Builder
	if !first {
		fmt.Fprintf(&b, "%s %s: ", time.Now().Format("15:04:05"), what(res.Changed))
	}
	took := max(res.Total, res.Duration).Round(time.Millisecond / 10)
	switch {
	case res.Errors != nil && s.mem.Load() == nil:
		b.WriteString(i18n.PreviewErrorsOverlay.T(i18n.Number(len(res.Errors)), took) + "\n")
	case res.Errors != nil:
		b.WriteString(i18n.PreviewErrorsKept.T(i18n.Number(len(res.Errors)), took) + "\n")
	case first:
		b.WriteString(i18n.PreviewBuilt.T(i18n.Number(res.Profiles), i18n.Number(res.Drafts), i18n.Number(res.Pages), i18n.Number(res.Files), took) + "\n")
	default:
		b.WriteString(i18n.PreviewRebuilt.T(i18n.Number(res.Read), i18n.Number(res.Pages), i18n.Number(len(res.Written)-res.Pages), i18n.Number(len(res.Removed)), took))
		if res.Early {
			b.WriteString(i18n.PreviewOpenPages.T(res.Duration.Round(time.Millisecond / 10)))
		}
		b.WriteString("\n")
	}
	for _, e := range res.Warnings {
		fmt.Fprintf(&b, "  %s\n", e)
	}
	for _, e := range res.Errors {
		fmt.Fprintf(&b, "  %s\n", e)
	}
	s.logf("%s", b.String())
}

func (s *Server) logf(format string, args ...any) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.log, format, args...)
}

// what names the changes of a rebuild for the terminal.
func what(changed []string) string {
	switch len(changed) {
	case 0:
		return i18n.PreviewAllFiles.T()
	case 1:
		return changed[0]
	}
	return i18n.PreviewAndMore.T(changed[0], i18n.Number(len(changed)-1))
}
