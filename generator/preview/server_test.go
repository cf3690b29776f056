package preview

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/build"
)

// These tests run a real server on a free port against a site in a
// temporary folder, change files on disk and watch the event stream.

func TestServeReloadsEditedPage(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	if code, _, body := h.get("/ho-so/ksor-ba/"); code != 200 || !strings.Contains(body, "Anh Ba trồng cà phê.") {
		t.Fatalf("before: %d %q", code, body)
	}
	h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "chu-pah", 2019, "Anh Ba trồng cà phê và **sầu riêng**.").String())
	d := h.rebuiltAs(evReload).decode(t)
	if !slices.Contains(d.Sources, "content/ho-so/ksor-ba.md") {
		t.Errorf("reload names %v, want the edited file", d.Sources)
	}
	_, hdr, body := h.get("/ho-so/ksor-ba/")
	if !strings.Contains(body, "<strong>sầu riêng</strong>") {
		t.Errorf("the page does not show the edit:\n%s", body)
	}
	if !strings.Contains(body, LiveReload+"</body>") {
		t.Error("the page has no live-reload script")
	}
	if hdr.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("Content-Type %q", hdr.Get("Content-Type"))
	}
	h.assertClean(true)
}

func TestServeMovesProfileBetweenDistricts(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	if !strings.Contains(h.listed("/dia-ban/chu-pah/"), "Ksor Ba") || strings.Contains(h.listed("/dia-ban/dak-doa/"), "Ksor Ba") {
		t.Fatal("Ksor Ba should start in Chư Păh only")
	}
	h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "dak-doa", 2019, "Anh Ba trồng cà phê.").String())
	h.rebuiltAs(evReload)
	if !strings.Contains(h.listed("/dia-ban/dak-doa/"), "Ksor Ba") {
		t.Error("Ksor Ba is not on the Đak Đoa page")
	}
	if strings.Contains(h.listed("/dia-ban/chu-pah/"), "Ksor Ba") {
		t.Error("Ksor Ba is still on the Chư Păh page")
	}
	if _, _, body := h.get("/ho-so/ksor-ba/"); !strings.Contains(body, `href="/dia-ban/dak-doa/"`) {
		t.Error("the profile page does not link its new district")
	}
	h.assertClean(true)
}

// TestServeOpenPageFirst: the page a browser shows is written and
// announced before the rest of the site, and the final event does not
// list it again.
func TestServeOpenPageFirst(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	browser := openStream(t, h.url, "/ho-so/ksor-ba/")
	defer browser.close()
	browser.next(t) // hello
	h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "pleiku", 2019, "Anh Ba chuyển về Pleiku.").String())
	e := browser.next(t)
	if e.name != evPages {
		t.Fatalf("first event %s %s, want pages", e.name, e.data)
	}
	if d := e.decode(t); !slices.Equal(d.Pages, []string{"/ho-so/ksor-ba/"}) {
		t.Errorf("pages %v, want the open page only", d.Pages)
	}
	if _, _, body := h.get("/ho-so/ksor-ba/"); !strings.Contains(body, "Anh Ba chuyển về Pleiku.") || !strings.Contains(body, `href="/dia-ban/pleiku/"`) {
		t.Error("the open page is announced but not served yet")
	}
	e = browser.next(t)
	d := e.decode(t)
	if e.name != evReload || slices.Contains(d.Pages, "/ho-so/ksor-ba/") || !slices.Contains(d.Pages, "/dia-ban/pleiku/") {
		t.Errorf("final event %s %+v, want reload of the other pages", e.name, d)
	}
	h.rebuiltAs(evReload)
	h.assertClean(true)
}

func TestServeKeepsLastGoodBuild(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	_, _, good := h.get("/ho-so/ksor-ba/")

	h.write("content/ho-so/ksor-ba.md", "---\ntitle: \"Ksor Ba\"\nkind: individual\ndistrict: [chu-pah\n---\nMới.\n")
	d := h.rebuiltAs(evError).decode(t)
	if d.Words == nil || d.Words.Title != "%d lỗi" || d.Words.Hint != "Gợi ý: " || d.Words.Close != "Đóng" {
		t.Errorf("the overlay's words %+v, want Vietnamese", d.Words)
	}
	// The syntax error, and what it does not hide: the fields missing.
	if len(d.Errors) != 4 {
		t.Fatalf("errors %+v, want four", d.Errors)
	}
	e := d.Errors[3]
	if e.Path != "content/ho-so/ksor-ba.md" || e.Line != 4 || e.Msg != "dấu [ mở ở dòng này nhưng không được đóng" || e.Hint == "" || !strings.Contains(e.Text, "ksor-ba.md:4:") {
		t.Errorf("error %+v, want file, line, message and hint", e)
	}
	if _, _, body := h.get("/ho-so/ksor-ba/"); body != good {
		t.Error("the last good page is no longer served")
	}
	if !strings.Contains(h.log.String(), "content/ho-so/ksor-ba.md:") {
		t.Errorf("the terminal does not show the error:\n%s", h.log)
	}

	// A browser that connects now is told at once.
	late := h.connect()
	if e := late.next(t); e.name != evHello {
		t.Fatalf("first event %s", e.name)
	}
	if e := late.next(t); e.name != evError {
		t.Fatalf("a new connection got %s, want the current build-error", e.name)
	}

	// Fixing it clears the error everywhere.
	h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "chu-pah", 2019, "Đã sửa xong.").String())
	h.rebuiltAs(evReload)
	if _, _, body := h.get("/ho-so/ksor-ba/"); !strings.Contains(body, "Đã sửa xong.") {
		t.Error("the fix is not served")
	}
	if e := late.next(t); e.name != evReload {
		t.Errorf("the other browser got %s, want reload", e.name)
	}
	// A browser connecting after the fix gets no error: its first event
	// after hello is the next rebuild.
	fresh := h.connect()
	fresh.next(t) // hello
	h.write("content/ho-so/dinh-hrak.md", person("Đinh Hrak", "chu-pah", 2021, "Già làng Hrak, 80 tuổi.").String())
	h.rebuiltAs(evReload)
	if e := fresh.next(t); e.name != evReload {
		t.Errorf("a browser connecting after the fix got %s, want reload", e.name)
	}
	h.assertClean(true)
}

// TestServeRestoredFileClearsError: breaking a file and restoring its
// exact bytes changes no page; the event says so and clears the overlay.
func TestServeRestoredFileClearsError(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	orig := testSite()["content/ho-so/ksor-ba.md"]
	h.write("content/ho-so/ksor-ba.md", "---\ntitle: [\n---\n")
	h.rebuiltAs(evError)
	h.write("content/ho-so/ksor-ba.md", orig)
	h.rebuiltAs(evOK)
	h.assertClean(true)
}

func TestServeFirstBuildFails(t *testing.T) {
	t.Parallel()
	files := testSite()
	files["content/ho-so/ksor-ba.md"] = strings.Replace(files["content/ho-so/ksor-ba.md"], "district: chu-pah", "district: hà-nội", 1)
	h := start(t, files, true)
	if e := h.events.next(t); e.name != evError || !strings.Contains(e.data, "content/ho-so/ksor-ba.md") {
		t.Fatalf("after hello: %s %s, want the build-error", e.name, e.data)
	}
	code, _, body := h.get("/")
	if code != http.StatusInternalServerError || !strings.Contains(body, "ksor-ba.md:5: district:") || !strings.Contains(body, LiveReload) {
		t.Fatalf("GET / before any good build: %d\n%s", code, body)
	}
	if code, _, _ := h.get("/ho-so/ksor-ba/"); code != http.StatusInternalServerError {
		t.Errorf("a page before any good build: %d", code)
	}
	h.write("content/ho-so/ksor-ba.md", testSite()["content/ho-so/ksor-ba.md"])
	h.rebuiltAs(evReload)
	if code, _, _ := h.get("/"); code != http.StatusOK {
		t.Errorf("GET / after the fix: %d", code)
	}
	h.assertClean(true)
}

func TestServeNewFolder(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	p := person("Y Moan", "pleiku", 2021, "Nghệ nhân đàn đá.")
	p.Photo = "chan-dung.svg"
	// The folder first, then its files, as a file manager or git would.
	if err := os.MkdirAll(filepath.Join(h.dir, "content", "ho-so", "nghe-nhan", "y-moan"), 0o755); err != nil {
		t.Fatal(err)
	}
	h.write("content/ho-so/nghe-nhan/y-moan/chan-dung.svg", svg)
	h.write("content/ho-so/nghe-nhan/y-moan/index.md", p.String())
	h.rebuiltAs(evReload)
	if code, _, body := h.get("/ho-so/y-moan/"); code != 200 || !strings.Contains(body, "Nghệ nhân đàn đá.") {
		t.Fatalf("the new profile: %d", code)
	}
	if code, hdr, _ := h.get("/ho-so/y-moan/chan-dung.svg"); code != 200 || hdr.Get("Content-Type") != "image/svg+xml" {
		t.Errorf("its photo: %d %s", code, hdr.Get("Content-Type"))
	}
	if !strings.Contains(h.listed("/dia-ban/pleiku/"), "Y Moan") {
		t.Error("the new profile is not on its district page")
	}
	// The new folder is watched: an edit inside it is seen.
	p.Body = "Nghệ nhân đàn đá và đàn T'rưng."
	h.write("content/ho-so/nghe-nhan/y-moan/index.md", p.String())
	h.rebuiltAs(evReload)
	if _, _, body := h.get("/ho-so/y-moan/"); !strings.Contains(body, "T&#39;rưng") {
		t.Error("an edit in the new folder was missed")
	}
	h.assertClean(true)
}

// TestServeRenamedFolder: after a folder is renamed, edits inside it are
// seen under its new name (the kernel keeps watching a moved folder but
// reports its old name, so its watches are made again).
func TestServeRenamedFolder(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	h.rename("content/ho-so/2020", "content/ho-so/nam-2020")
	h.rebuiltAs(evOK) // the same profile at the same URL
	h.write("content/ho-so/nam-2020/pham-tuan.md", person("Phạm Tuấn", "pleiku", 2020, "Anh Tuấn hiến máu 31 lần.").String())
	h.rebuiltAs(evReload)
	if _, _, body := h.get("/ho-so/pham-tuan/"); !strings.Contains(body, "hiến máu 31 lần") {
		t.Error("an edit in the renamed folder was missed")
	}
	h.assertClean(true)
}

// TestServeBurst: a checkout that writes hundreds of files is one rebuild.
func TestServeBurst(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	const n = 300
	// Everything is prepared first, so the files are written as fast as
	// git writes them.
	dir := filepath.Join(h.dir, "content", "ho-so", "dot")
	names := make([]string, n)
	data := make([][]byte, n)
	for i := range n {
		names[i] = filepath.Join(dir, fmt.Sprintf("ho-so-%03d.md", i))
		data[i] = []byte(person(fmt.Sprintf("Người thứ %d", i), districts[i%3], 2018+i%4, "Một trong nhiều.").String())
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		if err := os.WriteFile(names[i], data[i], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The watcher batches events in time windows, so a busy machine may
	// split the burst into a few rebuilds, and one of them may see a file
	// created but not yet written (an error, reported and then fixed by
	// the next): wait for the final state, not for one rebuild. A rebuild
	// per file (or per few files) would take far more than n/10.
	rebuilds := 0
	for want := fmt.Sprintf("<strong>%d</strong> hồ sơ", n+7); ; {
		h.rebuilt()
		rebuilds++
		if _, _, body := h.get("/"); strings.Contains(body, want) {
			break
		}
		if rebuilds >= n/10 {
			t.Fatalf("%d rebuilds and the home page does not count every new profile yet", rebuilds)
		}
	}
	t.Logf("the burst of %d files took %d rebuild(s)", n, rebuilds)
	// After it, an edit is seen as it is.
	h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "chu-pah", 2019, "Sau đợt lớn.").String())
	for i := 0; ; i++ {
		h.rebuilt() // late events of the burst may come first, with nothing to change
		if _, _, body := h.get("/ho-so/ksor-ba/"); strings.Contains(body, "Sau đợt lớn.") {
			break
		}
		if i > 3 {
			t.Fatal("the edit after the burst was not published")
		}
	}
	h.assertClean(true)
}

// TestServeSaveByRename replays how editors save: vim renames the file
// to a backup and writes a new one; JetBrains writes a temporary file and
// renames it over; both leave files that are deleted right after.
func TestServeSaveByRename(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	name := "content/ho-so/ksor-ba.md"
	abs := filepath.Join(h.dir, filepath.FromSlash(name))

	// vim: 4913 probe, rename to backup~, write, remove backup.
	h.write("content/ho-so/4913", "")
	h.remove("content/ho-so/4913")
	h.rename(name, name+"~")
	h.write(name, person("Ksor Ba", "chu-pah", 2019, "Lưu bằng vim.").String())
	h.remove(name + "~")
	if !h.settles("/ho-so/ksor-ba/", "Lưu bằng vim.") {
		t.Error("vim save missed")
	}

	// JetBrains: write x___jb_tmp___, rename x → x___jb_old___, rename tmp → x, remove old.
	tmp, old := abs+"___jb_tmp___", abs+"___jb_old___"
	if err := os.WriteFile(tmp, []byte(person("Ksor Ba", "chu-pah", 2019, "Lưu bằng JetBrains.").String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(abs, old); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, abs); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(old); err != nil {
		t.Fatal(err)
	}
	if !h.settles("/ho-so/ksor-ba/", "Lưu bằng JetBrains.") {
		t.Error("JetBrains save missed")
	}

	// VS Code and most others: write in place.
	h.write(name, person("Ksor Ba", "chu-pah", 2019, "Lưu tại chỗ.").String())
	h.rebuiltAs(evReload)
	if _, _, body := h.get("/ho-so/ksor-ba/"); !strings.Contains(body, "Lưu tại chỗ.") {
		t.Error("in-place save missed")
	}
	h.assertClean(true)
}

// TestServeStylesheet: a change to stylesheets only swaps them.
func TestServeStylesheet(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	h.write("themes/default/static/css/site.css", "body { color: navy }\n")
	d := h.rebuiltAs(evCSS).decode(t)
	if !slices.Equal(d.Paths, []string{"/css/site.css"}) {
		t.Errorf("css paths %v", d.Paths)
	}
	if _, hdr, body := h.get("/css/site.css"); body != "body { color: navy }\n" || hdr.Get("Content-Type") != "text/css; charset=utf-8" {
		t.Errorf("site.css: %q %s", body, hdr.Get("Content-Type"))
	}
	h.write("static/css/them.css", "p { margin: 0 }\n")
	if d := h.rebuiltAs(evCSS).decode(t); !slices.Equal(d.Paths, []string{"/css/them.css"}) {
		t.Errorf("css paths %v", d.Paths)
	}
	// A template is not a stylesheet.
	card, err := os.ReadFile(filepath.Join("..", "..", "themes", "default", "layouts", "partials", "card.html"))
	if err != nil {
		t.Fatal(err)
	}
	h.write("themes/default/layouts/partials/card.html", strings.Replace(string(card), "</h3>", "</h3><!-- sửa -->", 1))
	h.rebuiltAs(evReload)
	h.assertClean(true)
}

func TestServeSiteYAML(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	h.write("site.yaml", strings.Replace(testSiteYAML, "Thử xem trước", "Tên mới của trang", 1))
	h.rebuiltAs(evReload)
	if _, _, body := h.get("/ho-so/ksor-ba/"); !strings.Contains(body, "Tên mới của trang") {
		t.Error("a site.yaml change did not reach every page")
	}
	h.assertClean(true)
	h.write("site.yaml", "title: [\n")
	d := h.rebuiltAs(evError).decode(t)
	if len(d.Errors) == 0 || d.Errors[0].Path != "site.yaml" {
		t.Errorf("errors %+v", d.Errors)
	}
	h.write("site.yaml", testSiteYAML)
	h.rebuiltAs(evReload)
	h.assertClean(true)
}

// TestServeSequence makes the kinds of edits a writer makes in a session,
// through the real watcher, and compares the result with a clean build.
func TestServeSequence(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	hoa := "content/ho-so/nguyen-thi-hoa.md"
	steps := []struct {
		name string
		do   func()
		want string
	}{
		{"body", func() {
			h.write(hoa, strings.Replace(testSite()[hoa], "làng Kép", "làng Kép, huyện Chư Păh", 1))
		}, evReload},
		{"year", func() { h.write(hoa, strings.Replace(testSite()[hoa], "year: 2020", "year: 2018", 1)) }, evReload},
		{"bad year", func() { h.write(hoa, strings.Replace(testSite()[hoa], "year: 2020", "year: 1800", 1)) }, evError},
		{"criteria and category", func() {
			h.write(hoa, strings.NewReplacer("[sang-kien]", "[sang-kien, tuong-than-tuong-ai]", "category: giao-duc", "category: y-te").Replace(testSite()[hoa]))
		}, evReload},
		{"rename", func() { h.rename(hoa, "content/ho-so/2020/nguyen-thi-hoa-2.md") }, evReload},
		{"draft", func() {
			h.write("content/ho-so/ksor-ba.md", strings.Replace(testSite()["content/ho-so/ksor-ba.md"], "---\n\n", "draft: true\n---\n\n", 1))
		}, evReload},
		{"remove", func() { h.remove("content/ho-so/dinh-hrak.md") }, evReload},
		{"bundle photo", func() { h.write("content/ho-so/ro-mah-lan/anh.svg", strings.Replace(svg, "4 4", "8 6", 1)) }, evReload},
		{"static photo removed", func() { h.remove("static/img/tram.svg") }, evError},
		// Back as it was: no page changes, and the overlay goes.
		{"static photo back", func() { h.write("static/img/tram.svg", svg) }, evOK},
		{"remove folder", func() { h.remove("content/ho-so/2020") }, evReload},
	}
	for _, s := range steps {
		s.do()
		if e := h.rebuilt(); e.name != s.want {
			t.Fatalf("%s: %s %s, want %s", s.name, e.name, e.data, s.want)
		}
		if s.want != evError {
			h.assertClean(true)
		}
	}
}

func TestServeDrafts(t *testing.T) {
	t.Parallel()
	shown := start(t, testSite(), true)
	if code, _, body := shown.get("/ho-so/siu-nhap/"); code != 200 || !strings.Contains(body, "Bản nháp") {
		t.Errorf("with drafts: %d, badge shown: %v", code, strings.Contains(body, "Bản nháp"))
	}
	hidden := start(t, testSite(), false)
	if code, _, _ := hidden.get("/ho-so/siu-nhap/"); code != http.StatusNotFound {
		t.Errorf("without drafts: %d, want 404", code)
	}
}

func TestServeFiles(t *testing.T) {
	t.Parallel()
	h := start(t, testSite(), true)
	_, _, notFound := h.get("/404.html")
	tests := []struct {
		method, path string
		code         int
		ctype        string
		body         string // a substring
	}{
		// Paths with ".." are cleaned by net/http's redirect first; either
		// way they end inside the site's files.
		{"GET", "/", 200, "text/html; charset=utf-8", "<strong>7</strong> hồ sơ"},
		{"GET", "/index.html", 200, "text/html; charset=utf-8", "<!DOCTYPE html>"},
		{"GET", "/ho-so/ksor-ba/", 200, "text/html; charset=utf-8", "Anh Ba trồng cà phê."},
		{"GET", "/ho-so/ksor-ba", 301, "", ""},
		{"GET", "/ho-so/ksor-ba/index.html", 200, "text/html; charset=utf-8", "Anh Ba"},
		{"GET", "/ho-so/khong-co/", 404, "text/html; charset=utf-8", notFound},
		{"GET", "/../../../../etc/passwd", 404, "text/html; charset=utf-8", notFound},
		{"GET", "/ho-so/../site.yaml", 404, "text/html; charset=utf-8", notFound},
		{"GET", "/%2e%2e/site.yaml", 404, "text/html; charset=utf-8", notFound},
		{"GET", "/content/ho-so/ksor-ba.md", 404, "text/html; charset=utf-8", notFound},
		{"GET", "/css/site.css", 200, "text/css; charset=utf-8", "{"},
		{"GET", "/img/tram.svg", 200, "image/svg+xml", "<svg"},
		{"GET", "/index.xml", 200, "application/xml; charset=utf-8", "<feed"},
		{"GET", "/sitemap.xml", 200, "application/xml; charset=utf-8", "<urlset"},
		{"GET", "/robots.txt", 200, "text/plain; charset=utf-8", "Sitemap:"},
		{"GET", ScriptPath, 200, "text/javascript; charset=utf-8", "EventSource"},
		{"GET", StylePath, 200, "text/css; charset=utf-8", ".guongsang-overlay"},
		{"HEAD", "/ho-so/ksor-ba/", 200, "text/html; charset=utf-8", ""},
		{"POST", "/", 405, "", ""},
	}
	client := &http.Client{CheckRedirect: func(req *http.Request, _ []*http.Request) error {
		if strings.Contains(req.Response.Request.URL.Path, "..") {
			return nil // follow the clean-up redirect
		}
		return http.ErrUseLastResponse
	}, Transport: &http.Transport{DisableKeepAlives: true}}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, strings.TrimSuffix(h.url, "/")+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tt.code {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.code)
			}
			if tt.ctype != "" && resp.Header.Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", resp.Header.Get("Content-Type"), tt.ctype)
			}
			if !strings.Contains(string(b), tt.body) {
				t.Errorf("body does not contain %.60q", tt.body)
			}
			if tt.code == 301 && resp.Header.Get("Location") != "/ho-so/ksor-ba/" {
				t.Errorf("Location %q", resp.Header.Get("Location"))
			}
		})
	}
}

func TestFileName(t *testing.T) {
	tests := []struct {
		in   string
		name string
		dir  bool
	}{
		{"", "index.html", true},
		{"/", "index.html", true},
		{"/ho-so/", "ho-so/index.html", true},
		{"/ho-so", "ho-so", false},
		{"/css/site.css", "css/site.css", false},
		{"/a/../b/", "b/index.html", true},
		{"/../../etc/passwd", "etc/passwd", false},
		{"//x//y", "x/y", false},
		{"/./", "index.html", true},
	}
	for _, tt := range tests {
		name, dir := fileName(tt.in)
		if name != tt.name || dir != tt.dir {
			t.Errorf("fileName(%q) = %q, %v; want %q, %v", tt.in, name, dir, tt.name, tt.dir)
		}
	}
}

func TestNewErrors(t *testing.T) {
	t.Parallel()
	t.Run("not a site", func(t *testing.T) {
		_, err := New(Options{SiteDir: t.TempDir(), Addr: "127.0.0.1:0"})
		if err == nil || !strings.Contains(err.Error(), "site.yaml") {
			t.Errorf("err = %v, want one about site.yaml", err)
		}
	})
	t.Run("port taken", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		dir := t.TempDir()
		writeFiles(t, dir, testSite())
		_, err = New(Options{SiteDir: dir, Addr: ln.Addr().String()})
		if !errors.Is(err, ErrAddrInUse) {
			t.Errorf("err = %v, want ErrAddrInUse", err)
		}
	})
}

// TestServeRestart: a browser reconnecting to a restarted server sees
// another id in hello, which makes the script reload the page.
func TestServeRestart(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	first := startDir(t, dir, true, "127.0.0.1:0")
	addr := strings.TrimSuffix(strings.TrimPrefix(first.url, "http://"), "/")
	s := openStream(t, first.url, "")
	defer s.close()
	h1 := s.next(t)
	first.stop()
	if _, ok := <-s.c; ok {
		t.Fatal("the stream outlived the server")
	}
	second := startDir(t, dir, true, addr)
	s2 := openStream(t, second.url, "")
	defer s2.close()
	if h2 := s2.next(t); h2.name != evHello || h2.data == h1.data {
		t.Errorf("hello after restart %s, before %s: want another id", h2.data, h1.data)
	}
}

// TestServeNoLeaks: after Run returns, with browsers connected while it
// stopped, no goroutine of the server is left.
func TestServeNoLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	func() {
		h := start(t, testSite(), true)
		s := h.connect()
		s.next(t)
		h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "chu-pah", 2019, "Rò rỉ?").String())
		h.rebuiltAs(evReload)
		h.get("/")
		h.stop()
		s.close()
		h.events.close()
	}()
	deadline := time.Now().Add(10 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines before, %d after:\n%s", before, runtime.NumGoroutine(), buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestBuildHasNoLiveReload: the script is a preview matter only.
func TestBuildHasNoLiveReload(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	out := filepath.Join(t.TempDir(), "public")
	if _, err := build.Build(context.Background(), build.Options{SiteDir: dir, OutDir: out, Drafts: true, Now: now}); err != nil {
		t.Fatal(err)
	}
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err == nil && strings.Contains(string(b), Prefix) {
			t.Errorf("%s mentions %s", p, Prefix)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestServingBeforeBuilt: Options.Serving is called once, before the
// first build is over, with a server that already answers: a request
// made from it gets the page once the site is loaded.
func TestServingBeforeBuilt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	type answer struct {
		code int
		body string
		err  error
	}
	got := make(chan answer, 1)
	calls := 0
	var during *Server
	builtThen := true
	srv, err := New(Options{SiteDir: dir, Addr: "127.0.0.1:0", Drafts: true, Now: now, Serving: func(s *Server) {
		calls++
		during = s
		select {
		case <-s.built:
		default:
			builtThen = false
		}
		go func() {
			resp, err := http.Get(s.URL())
			if err != nil {
				got <- answer{err: err}
				return
			}
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			got <- answer{resp.StatusCode, string(b), err}
		}()
	}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	if calls != 1 || during != srv {
		t.Fatalf("Serving called %d times, with %p (New returned %p)", calls, during, srv)
	}
	if builtThen {
		t.Error("Serving was called after the first build was over")
	}
	a := <-got
	if a.err != nil || a.code != http.StatusOK || !strings.Contains(a.body, "</html>") {
		t.Fatalf("the request made from Serving: %d %v\n%.300s", a.code, a.err, a.body)
	}
}
