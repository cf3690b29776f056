// Command axecheck runs the axe-core accessibility engine over a built site
// in headless Chromium and exits 1 if it finds any violation.
//
// It serves the site folder on 127.0.0.1 with net/http (as a static host
// would: gzip for text, 404.html for missing paths), opens each page once per
// viewport (a phone, 412×915, and a desktop, 1350×940), evaluates the source
// of axe.min.js in the page, runs axe.run with the WCAG 2.0/2.1 A and AA and
// best-practice rules, and prints every violation with its rule, impact,
// help text and the selector of each failing element. A page that does not
// answer 200, or that logs a console error or an uncaught exception (a
// script error, a resource that fails to load, a Content-Security-Policy
// violation), fails too: Lighthouse counts those against best practices.
//
// Usage:
//
//	go run ./internal/axecheck -dir PUBLIC -axe node_modules/axe-core/axe.min.js [PATH ...]
//	go run ./internal/axecheck -dir PUBLIC -serve 127.0.0.1:8080
//
// Without PATH arguments it checks the home page, one profile (one with a
// photo when there is one), the profile list, filtered and not, and its
// second page, one term index, the 404 page, /tim-kiem/ empty and with a
// query, and /thong-ke/, those that the site has.
// With -serve it only serves the folder until interrupted, for Lighthouse.
//
// The program is used by scripts/check-site and scripts/lighthouse; it lives
// under internal/ because it is a tool of this repository, not part of the
// generator.
package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/chromedp/chromedp"
)

// tags are the axe-core rule tags that the site must pass.
var tags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"}

// viewport is one emulated screen.
type viewport struct {
	Name          string
	Width, Height int64
	Scale         float64
	Mobile        bool
}

var viewports = []viewport{
	{Name: "phone", Width: 412, Height: 915, Scale: 2.625, Mobile: true},
	{Name: "desktop", Width: 1350, Height: 940, Scale: 1},
}

// violation is the part of an axe-core result that we print.
type violation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target         []any  `json:"target"`
		HTML           string `json:"html"`
		FailureSummary string `json:"failureSummary"`
	} `json:"nodes"`
}

type axeResult struct {
	Version    string      `json:"version"`
	Violations []violation `json:"violations"`
	Incomplete int         `json:"incomplete"`
}

func main() {
	log := func(format string, args ...any) { fmt.Fprintf(os.Stderr, "axecheck: "+format+"\n", args...) }
	dir := flag.String("dir", "", "the built site folder to serve (required)")
	axePath := flag.String("axe", "", "path to axe-core's axe.min.js (required unless -serve)")
	chrome := flag.String("chrome", envOr("CHROME_PATH", "/usr/bin/chromium"), "the Chromium binary")
	serve := flag.String("serve", "", "only serve -dir on this address (e.g. 127.0.0.1:8080) until interrupted")
	all := flag.Bool("all", false, "check every HTML page of the site instead of one of each type")
	timeout := flag.Duration("timeout", 10*time.Minute, "give up after this long")
	verbose := flag.Bool("v", false, "also print the HTML of each failing element")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: go run ./internal/axecheck -dir PUBLIC -axe axe.min.js [-all] [PATH ...]\n       go run ./internal/axecheck -dir PUBLIC -serve 127.0.0.1:PORT\n\nFlags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *dir == "" || (*serve == "" && *axePath == "") {
		flag.Usage()
		os.Exit(2)
	}
	if fi, err := os.Stat(*dir); err != nil || !fi.IsDir() {
		log("%s is not a folder", *dir)
		os.Exit(2)
	}
	site := os.DirFS(*dir)

	if *serve != "" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := serveUntil(ctx, *serve, site); err != nil {
			log("%v", err)
			os.Exit(1)
		}
		return
	}

	axeSrc, err := os.ReadFile(*axePath)
	if err != nil {
		log("%v (run npm ci in scripts/npm)", err)
		os.Exit(2)
	}
	pages := flag.Args()
	if *all {
		pages = allPages(site)
	} else if len(pages) == 0 {
		pages = defaultPages(site)
	}

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log("%v", err)
		os.Exit(1)
	}
	srv := &http.Server{Handler: handler(site), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	origin := "http://" + ln.Addr().String()

	t, err := check(ctx, *chrome, origin, string(axeSrc), pages, *verbose)
	if err != nil {
		log("%v", err)
		os.Exit(1)
	}
	loads := fmt.Sprintf("%d page loads (%d pages × %d viewports)", t.loads, len(pages), len(viewports))
	if t.violations+t.problems > 0 {
		fmt.Printf("axe: %s, %d violations on %d elements, %d other problems\n", loads, t.violations, t.nodes, t.problems)
		os.Exit(1)
	}
	fmt.Printf("axe: %s, no violations\n", loads)
}

// tally counts what check found. A violation is one rule failing on one
// page load; nodes are the elements it failed on; problems are page loads
// that failed, non-200 statuses and console errors.
type tally struct {
	loads, violations, nodes, problems int
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// check opens every page in every viewport, one after another, and prints
// what it finds. The error is for a browser that cannot run at all.
func check(ctx context.Context, chrome, origin, axeSrc string, pages []string, verbose bool) (t tally, err error) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-sync", true),
	)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()
	// Start the browser on the first tab, with no timeout of its own.
	if err := chromedp.Do(bctx); err != nil {
		return t, fmt.Errorf("starting %s: %w", chrome, err)
	}

	runOpts, _ := json.Marshal(map[string]any{
		"runOnly":     map[string]any{"type": "tag", "values": tags},
		"resultTypes": []string{"violations"},
	})
	script := `axe.run(document, ` + string(runOpts) + `).then(r => ({
		version: axe.version,
		incomplete: r.incomplete.length,
		violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
			nodes: v.nodes.map(n => ({target: n.target, html: n.html, failureSummary: n.failureSummary}))}))
	}))`

	versionShown := false
	for _, vp := range viewports {
		for _, p := range pages {
			if err := ctx.Err(); err != nil {
				return t, err
			}
			t.loads++
			res, problems, err := checkPage(bctx, origin+p, vp, axeSrc, script)
			label := fmt.Sprintf("%-7s %s", vp.Name, p)
			if err != nil {
				fmt.Printf("FAIL %s: %v\n", label, err)
				t.problems++
				continue
			}
			if !versionShown {
				fmt.Printf("axe-core %s, tags %s\n", res.Version, strings.Join(tags, ","))
				versionShown = true
			}
			if len(res.Violations) == 0 && len(problems) == 0 {
				fmt.Printf("ok   %s\n", label)
				continue
			}
			fmt.Printf("FAIL %s\n", label)
			for _, pr := range problems {
				fmt.Printf("  %s\n", pr)
				t.problems++
			}
			for _, v := range res.Violations {
				t.violations++
				t.nodes += len(v.Nodes)
				fmt.Printf("  %s (%s, %d elements): %s\n    %s\n", v.ID, v.Impact, len(v.Nodes), v.Help, v.HelpURL)
				last := ""
				for _, n := range v.Nodes {
					fmt.Printf("    - %s\n", selector(n.Target))
					if verbose {
						fmt.Printf("      %s\n", n.HTML)
					}
					// Elements failing a rule mostly fail it the same way:
					// print the summary again only when it changes.
					if sum := strings.TrimSpace(n.FailureSummary); sum != last || verbose {
						for _, line := range strings.Split(sum, "\n") {
							fmt.Printf("      %s\n", strings.TrimSpace(line))
						}
						last = sum
					}
				}
			}
		}
	}
	return t, nil
}

// checkPage loads one page in a new tab of the browser and runs axe on it.
// problems lists a non-200 status and the console errors of the page.
func checkPage(bctx context.Context, url string, vp viewport, axeSrc, script string) (res axeResult, problems []string, err error) {
	tctx, tcancel := chromedp.NewContext(bctx)
	defer tcancel()
	tctx, cancel := context.WithTimeout(tctx, 60*time.Second)
	defer cancel()

	var opts []chromedp.EmulateViewportOption
	opts = append(opts, chromedp.EmulateScale(vp.Scale))
	if vp.Mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait)
	}
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(vp.Width, vp.Height, opts...)); err != nil {
		return res, nil, err
	}

	// Collect console messages from before the navigation on.
	var (
		mu   sync.Mutex
		msgs []string
		done = make(chan struct{})
	)
	mctx, mcancel := context.WithCancel(tctx)
	messages := chromedp.Console(mctx)
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.IsException() {
				where := ""
				if m.URL != "" {
					where = " (" + m.URL + ")"
				}
				mu.Lock()
				msgs = append(msgs, "console "+m.String()+where)
				mu.Unlock()
			}
		}
	}()

	resp, err := chromedp.RunResponse(tctx, chromedp.Navigate(url))
	if err != nil {
		mcancel()
		<-done
		return res, nil, err
	}
	if resp.Status != http.StatusOK {
		problems = append(problems, fmt.Sprintf("HTTP status %d", resp.Status))
	}
	// Scripts may still be fetching and drawing (search results, filters):
	// wait until the DOM has been quiet for 300 ms, 5 s at most.
	if err := chromedp.Do(tctx, chromedp.Evaluate[chromedp.Void](settle, chromedp.EvalAwaitPromise)); err != nil {
		mcancel()
		<-done
		return res, nil, fmt.Errorf("waiting for the page to settle: %w", err)
	}
	if err := chromedp.Do(tctx, chromedp.Evaluate[chromedp.Void](axeSrc)); err != nil {
		mcancel()
		<-done
		return res, nil, fmt.Errorf("injecting axe-core: %w", err)
	}
	res, err = chromedp.Run(tctx, chromedp.Evaluate[axeResult](script, chromedp.EvalAwaitPromise))
	if err != nil {
		err = fmt.Errorf("running axe: %w", err)
	}
	// Let late messages (lazy images, scripts run after load) arrive.
	time.Sleep(100 * time.Millisecond)
	mcancel()
	<-done
	mu.Lock()
	problems = append(problems, msgs...)
	mu.Unlock()
	return res, problems, err
}

// settle resolves once the document has had no mutation for 300 ms.
const settle = `new Promise(resolve => {
	let timer;
	const done = () => { obs.disconnect(); resolve(true); };
	const obs = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, 300); });
	obs.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
	timer = setTimeout(done, 300);
	setTimeout(done, 5000);
})`

// selector formats an axe target: a list of CSS selectors, one per frame or
// shadow root on the way to the element.
func selector(target []any) string {
	var parts []string
	for _, t := range target {
		switch t := t.(type) {
		case string:
			parts = append(parts, t)
		default:
			b, _ := json.Marshal(t)
			parts = append(parts, string(b))
		}
	}
	return strings.Join(parts, " >>> ")
}

// defaultPages picks one page of each type that the site has, as URL paths.
// The list and search pages are also checked in the state their scripts
// put them in: /ho-so/ filtered by the first choice of its first filter,
// and /tim-kiem/ searching for the title of the chosen profile.
func defaultPages(site fs.FS) []string {
	exists := func(p string) bool {
		_, err := fs.Stat(site, strings.TrimPrefix(p, "/")+"index.html")
		return err == nil
	}
	pages := []string{"/"}
	profile := pickProfile(site)
	if profile != "" {
		pages = append(pages, profile)
	}
	for _, p := range []string{"/ho-so/", "/ho-so/trang/2/", "/dia-ban/", "/tim-kiem/", "/thong-ke/"} {
		if !exists(p) {
			continue
		}
		pages = append(pages, p)
		switch p {
		case "/ho-so/":
			if q := firstFilter(site); q != "" {
				pages = append(pages, p+"?"+q)
			}
		case "/tim-kiem/":
			if t := pageTitle(site, profile); t != "" {
				pages = append(pages, p+"?q="+url.QueryEscape(t))
			}
		}
	}
	if _, err := fs.Stat(site, "404.html"); err == nil {
		pages = append(pages, "/404.html")
	}
	return pages
}

var (
	selectRE = regexp.MustCompile(`<select[^>]*\sname="([^"]+)"[^>]*>(?s:.*?)<option value="([^"]+)"`)
	h1RE     = regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`)
	tagRE    = regexp.MustCompile(`<[^>]*>`)
)

// firstFilter returns "name=value" for the first non-empty choice of the
// first <select> on /ho-so/, or "" when the page has no filter form.
func firstFilter(site fs.FS) string {
	b, err := fs.ReadFile(site, "ho-so/index.html")
	if err != nil {
		return ""
	}
	m := selectRE.FindSubmatch(b)
	if m == nil {
		return ""
	}
	return url.Values{html.UnescapeString(string(m[1])): {html.UnescapeString(string(m[2]))}}.Encode()
}

// pageTitle returns the text of the first <h1> of the page at URL path p.
func pageTitle(site fs.FS, p string) string {
	if p == "" {
		return ""
	}
	b, err := fs.ReadFile(site, strings.TrimPrefix(p, "/")+"index.html")
	if err != nil {
		return ""
	}
	m := h1RE.FindSubmatch(b)
	if m == nil {
		return ""
	}
	return strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(string(m[1]), ""))), " ")
}

// pickProfile returns the first profile page, by name, that has an image
// beside it (so that photos are checked too), else the first one.
func pickProfile(site fs.FS) string {
	entries, err := fs.ReadDir(site, "ho-so")
	if err != nil {
		return ""
	}
	first := ""
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "trang" {
			continue
		}
		dir := "ho-so/" + e.Name()
		if _, err := fs.Stat(site, dir+"/index.html"); err != nil {
			continue
		}
		if first == "" {
			first = "/" + dir + "/"
		}
		files, _ := fs.ReadDir(site, dir)
		for _, f := range files {
			switch strings.ToLower(path.Ext(f.Name())) {
			case ".jpg", ".jpeg", ".png", ".webp", ".svg", ".avif":
				return "/" + dir + "/"
			}
		}
	}
	return first
}

// allPages lists every HTML page of the site as URL paths, sorted.
func allPages(site fs.FS) []string {
	var pages []string
	fs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return nil
		}
		switch {
		case p == "index.html":
			pages = append(pages, "/")
		case path.Base(p) == "index.html":
			pages = append(pages, "/"+path.Dir(p)+"/")
		default:
			pages = append(pages, "/"+p)
		}
		return nil
	})
	sort.Strings(pages)
	return pages
}

// serveUntil serves site on addr until ctx ends, then shuts down.
func serveUntil(ctx context.Context, addr string, site fs.FS) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: handler(site), ReadHeaderTimeout: 10 * time.Second}
	fmt.Printf("serving on http://%s/\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

// handler serves site as a static host does: index.html for folders,
// 404.html with status 404 for a missing path, gzip for text when the
// client accepts it.
func handler(site fs.FS) http.Handler {
	files := http.FileServerFS(site)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name == "" {
			name = "."
		}
		fi, err := fs.Stat(site, name)
		if err == nil && fi.IsDir() {
			if !strings.HasSuffix(r.URL.Path, "/") {
				files.ServeHTTP(w, r) // redirects to the folder's URL
				return
			}
			name = path.Join(name, "index.html")
			fi, err = fs.Stat(site, name)
		}
		if err != nil {
			body, rerr := fs.ReadFile(site, "404.html")
			if rerr != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(body)
			return
		}
		ctype := mime.TypeByExtension(path.Ext(name))
		if !compressible(ctype) || !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			files.ServeHTTP(w, r)
			return
		}
		data, err := fs.ReadFile(site, name)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		var buf bytes.Buffer
		gz := gzip.NewWriter(&buf)
		gz.Write(data)
		gz.Close()
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Add("Vary", "Accept-Encoding")
		http.ServeContent(w, r, name, fi.ModTime(), bytes.NewReader(buf.Bytes()))
	})
}

// compressible reports whether a response of this media type is worth
// compressing.
func compressible(ctype string) bool {
	return strings.HasPrefix(ctype, "text/") || strings.Contains(ctype, "javascript") ||
		strings.Contains(ctype, "json") || strings.Contains(ctype, "xml")
}
