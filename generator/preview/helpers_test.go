package preview

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/build"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/generator/render"
)

// now is the time year checks count from in these tests.
var now = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// testSiteYAML has two profiles per list page, so moving one profile
// shifts the pages after it.
const testSiteYAML = `title: "Thử xem trước"
description: "Trang thử của guongsang serve."
base_url: "https://thu.example/"
per_page: 2
categories:
  - {key: giao-duc, name: "Giáo dục"}
  - {key: y-te, name: "Y tế"}
districts:
  - {key: chu-pah, name: "Chư Păh"}
  - {key: dak-doa, name: "Đak Đoa"}
  - {key: pleiku, name: "Pleiku"}
criteria:
  - {key: sang-kien, name: "Sáng kiến"}
  - {key: tuong-than-tuong-ai, name: "Tương thân tương ái"}
`

// pf is a profile's front matter and body, written out by String.
type pf struct {
	Title, Kind, Category, District string
	Year                            int
	Criteria                        []string
	Summary, Date, Photo, Slug      string
	Featured, Draft                 bool
	Body                            string
}

func (p pf) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %q\nkind: %s\ncategory: %s\ndistrict: %s\nyear: %d\ncriteria: [%s]\n",
		p.Title, p.Kind, p.Category, p.District, p.Year, strings.Join(p.Criteria, ", "))
	if p.Summary != "" {
		fmt.Fprintf(&b, "summary: %q\n", p.Summary)
	}
	if p.Date != "" {
		fmt.Fprintf(&b, "date: %s\n", p.Date)
	}
	if p.Photo != "" {
		fmt.Fprintf(&b, "photo: %s\n", p.Photo)
	}
	if p.Slug != "" {
		fmt.Fprintf(&b, "slug: %s\n", p.Slug)
	}
	if p.Featured {
		b.WriteString("featured: true\n")
	}
	if p.Draft {
		b.WriteString("draft: true\n")
	}
	fmt.Fprintf(&b, "---\n\n%s\n", p.Body)
	return b.String()
}

func person(title, district string, year int, body string) pf {
	return pf{Title: title, Kind: "individual", Category: "giao-duc", District: district, Year: year,
		Criteria: []string{"sang-kien"}, Body: body}
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>`

// testSite is a small site with a bundle, a photo from static/, a draft
// and a profile in a sub-folder.
func testSite() map[string]string {
	hoa := person("Nguyễn Thị Hoa", "chu-pah", 2020, "Cô giáo **Hoa** dạy học ở làng Kép.")
	hoa.Featured = true
	hoa.Date = "2020-06-15"
	lan := person("Rơ Mah Lan", "chu-pah", 2020, "Chị Lan vận động học sinh đến lớp.")
	lan.Photo = "anh.svg"
	tram := pf{Title: "Trạm Y tế xã Hà Bầu", Kind: "collective", Category: "y-te", District: "dak-doa", Year: 2019,
		Criteria: []string{"tuong-than-tuong-ai"}, Body: "Trạm trực 24/24.", Photo: "/img/tram.svg"}
	nhap := person("Siu Nháp", "pleiku", 2021, "Hồ sơ còn đang viết.")
	nhap.Draft = true
	return map[string]string{
		"site.yaml":                         testSiteYAML,
		"content/ho-so/nguyen-thi-hoa.md":   hoa.String(),
		"content/ho-so/ksor-ba.md":          person("Ksor Ba", "chu-pah", 2019, "Anh Ba trồng cà phê.").String(),
		"content/ho-so/dinh-hrak.md":        person("Đinh Hrak", "chu-pah", 2021, "Già làng Hrak.").String(),
		"content/ho-so/2020/pham-tuan.md":   person("Phạm Tuấn", "pleiku", 2020, "Anh Tuấn hiến máu 30 lần.").String(),
		"content/ho-so/ro-mah-lan/index.md": lan.String(),
		"content/ho-so/ro-mah-lan/anh.svg":  svg,
		"content/ho-so/tram-y-te.md":        tram.String(),
		"content/ho-so/siu-nhap.md":         nhap.String(),
		"static/img/tram.svg":               svg,
	}
}

// writeFiles writes files (site-relative slash paths) under dir.
func writeFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// cleanBuild builds the site in dir from scratch, as `guongsang build`
// does but into memory and with the live-reload tag, and returns its files
// or its errors.
func cleanBuild(t testing.TB, dir string, drafts bool) (map[string][]byte, []string) {
	t.Helper()
	s, err := build.Load(os.DirFS(dir), build.Options{Drafts: drafts, Now: now})
	if err != nil {
		return nil, texts(diag.Errors(err))
	}
	// As build.Build makes its renderer; the live-reload tag is added as
	// pages are served, not kept (withLiveReload).
	r := render.NewWithImages(s.Theme, s.Index, s.Images)
	m := output.NewMemory()
	if _, err := build.Write(context.Background(), s, r, m); err != nil {
		return nil, texts(diag.Errors(err))
	}
	return m.Files(), nil
}

func texts(es []*diag.Error) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Error()
	}
	return out
}

// sameFiles reports how got differs from want, or "" when it does not.
func sameFiles(got, want map[string][]byte) string {
	var b strings.Builder
	for _, p := range slices.Sorted(maps.Keys(want)) {
		g, ok := got[p]
		switch {
		case !ok:
			fmt.Fprintf(&b, "  missing %s\n", p)
		case !bytes.Equal(g, want[p]):
			fmt.Fprintf(&b, "  differs %s:\n%s", p, firstDiff(g, want[p]))
		}
	}
	for _, p := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[p]; !ok {
			fmt.Fprintf(&b, "  extra   %s\n", p)
		}
	}
	return b.String()
}

func firstDiff(got, want []byte) string {
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			return fmt.Sprintf("    line %d\n    preview: %s\n    clean:   %s\n", i+1, g, w)
		}
	}
	return ""
}

// harness is a running preview server of a site in a temporary folder,
// with one event stream open.
type harness struct {
	t      testing.TB
	dir    string
	srv    *Server
	url    string
	events *stream
	log    *syncBuffer
	// stop shuts the server down and waits for Run to return; the test's
	// cleanup calls it too.
	stop func()
}

// start writes files to a new folder and serves it until the test ends.
func start(t *testing.T, files map[string]string, drafts bool) *harness {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return startDir(t, dir, drafts, "127.0.0.1:0")
}

func startDir(t testing.TB, dir string, drafts bool, addr string) *harness {
	t.Helper()
	h := &harness{t: t, dir: dir, log: &syncBuffer{}}
	srv, err := New(Options{SiteDir: dir, Addr: addr, Drafts: drafts, Log: h.log, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	h.srv, h.url = srv, srv.URL()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	}
	h.stop = stop
	t.Cleanup(func() {
		stop()
		if t.Failed() {
			t.Logf("server log:\n%s", h.log)
		}
	})
	h.events = h.connect()
	if e := h.events.next(t); e.name != evHello {
		t.Fatalf("first event is %s, want hello", e.name)
	}
	return h
}

// write saves a file the way most editors do, in one step (a hidden
// temporary file renamed over it), so the watcher never sees it empty or
// half written: a test expecting one event gets one however busy the
// machine is. Saves in place, and their half-written moments, are
// TestServeSaveByRename's and the load tests' subject.
func (h *harness) write(name, data string) {
	h.t.Helper()
	p := filepath.Join(h.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		h.t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(p), ".luu-tam-"+filepath.Base(p))
	if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
		h.t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) remove(name string) {
	h.t.Helper()
	if err := os.RemoveAll(filepath.Join(h.dir, filepath.FromSlash(name))); err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) rename(from, to string) {
	h.t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(h.dir, filepath.FromSlash(to))), 0o755); err != nil {
		h.t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(h.dir, filepath.FromSlash(from)), filepath.Join(h.dir, filepath.FromSlash(to))); err != nil {
		h.t.Fatal(err)
	}
}

// rebuilt waits for the event that ends the next rebuild and returns it.
func (h *harness) rebuilt() sse {
	h.t.Helper()
	for {
		e := h.events.next(h.t)
		switch e.name {
		case evHello:
			h.t.Fatalf("unexpected hello: %s", e.data)
		case evPages:
			continue
		}
		return e
	}
}

// settles waits for rebuilds until page p shows want, and reports
// whether it did within a few. An editor's save is several file system
// operations; a slow machine may see them in more than one batch (the
// first, say, only the temporary file, which changes nothing), so the
// number of events is not the point: the final page is.
func (h *harness) settles(p, want string) bool {
	h.t.Helper()
	for range 5 {
		h.rebuilt()
		if _, _, body := h.get(p); strings.Contains(body, want) {
			return true
		}
	}
	return false
}

// rebuiltAs waits for the next rebuild event and checks its name.
func (h *harness) rebuiltAs(name string) sse {
	h.t.Helper()
	e := h.rebuilt()
	if e.name != name {
		h.t.Fatalf("event %s %s, want %s", e.name, e.data, name)
	}
	return e
}

// get fetches a path of the server.
func (h *harness) get(p string) (int, http.Header, string) {
	h.t.Helper()
	return get(h.t, h.url+strings.TrimPrefix(p, "/"))
}

func get(t testing.TB, url string) (int, http.Header, string) {
	t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(body)
}

// listed returns the text of every page of the list at url.
func (h *harness) listed(url string) string {
	h.t.Helper()
	var all strings.Builder
	for n := 1; ; n++ {
		p := url
		if n > 1 {
			p = fmt.Sprintf("%strang/%d/", url, n)
		}
		code, _, body := h.get(p)
		if code == http.StatusNotFound {
			break
		}
		if code != http.StatusOK {
			h.t.Fatalf("GET %s: %d", p, code)
		}
		all.WriteString(body)
	}
	return all.String()
}

// assertClean checks that the server's files are those of a clean build.
func (h *harness) assertClean(drafts bool) {
	h.t.Helper()
	want, errs := cleanBuild(h.t, h.dir, drafts)
	if errs != nil {
		h.t.Fatalf("clean build failed: %v", errs)
	}
	if d := sameFiles(h.srv.mem.Load().Files(), want); d != "" {
		h.t.Fatalf("preview differs from a clean build:\n%s", d)
	}
}

// sse is one received Server-Sent Event.
type sse struct {
	name string
	data string
}

func (e sse) decode(t testing.TB) rebuildData {
	t.Helper()
	var d rebuildData
	if err := json.Unmarshal([]byte(e.data), &d); err != nil {
		t.Fatalf("event %s: %v", e.name, err)
	}
	return d
}

// stream reads an event stream.
type stream struct {
	c      chan sse
	cancel context.CancelFunc
}

// connect opens an event stream that is closed when the test ends.
func (h *harness) connect() *stream {
	h.t.Helper()
	s := openStream(h.t, h.url, "")
	h.t.Cleanup(s.close)
	return s
}

// openStream opens an event stream of the server at base, for a browser
// showing page ("" for none).
func openStream(t testing.TB, base, page string) *stream {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	u := base + strings.TrimPrefix(EventsPath, "/")
	if page != "" {
		u += "?page=" + url.QueryEscape(page)
	}
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/event-stream") {
		cancel()
		t.Fatalf("events: %s %s", resp.Status, resp.Header.Get("Content-Type"))
	}
	s := &stream{c: make(chan sse, 100), cancel: cancel}
	go func() {
		defer close(s.c)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		var e sse
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if e.name != "" {
					s.c <- e
				}
				e = sse{}
			case strings.HasPrefix(line, "event: "):
				e.name = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				e.data = line[len("data: "):]
			}
		}
	}()
	return s
}

func (s *stream) close() {
	s.cancel()
	for range s.c {
	}
}

// eventTimeout bounds every wait for an event; a rebuild of a test site
// takes milliseconds, so reaching it means the event never came. The race
// detector makes a 300-file rebuild on a busy 2-core machine take tens of
// seconds, so it gets more.
var eventTimeout = map[bool]time.Duration{false: 20 * time.Second, true: 90 * time.Second}[raceEnabled]

// next returns the next event, failing the test after eventTimeout.
func (s *stream) next(t testing.TB) sse {
	t.Helper()
	select {
	case e, ok := <-s.c:
		if !ok {
			t.Fatal("event stream closed")
		}
		return e
	case <-time.After(eventTimeout):
		t.Fatal("no event within", eventTimeout)
	}
	panic("unreachable")
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
