package build

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/themes"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

var now = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// buildMemory builds the site in dir into memory, keeping no profile's
// Markdown between loading and rendering, as Build does.
func buildMemory(t testing.TB, dir string, opts Options) map[string][]byte {
	t.Helper()
	opts.Now = now
	opts.dropBodies = true
	s, err := Load(os.DirFS(dir), opts)
	if err != nil {
		t.Fatalf("load %s: %v", dir, err)
	}
	if err := s.Theme.Fingerprint(); err != nil { // as Build does
		t.Fatal(err)
	}
	m := output.NewMemory()
	if _, err := Write(context.Background(), s, newRenderer(s), m); err != nil {
		t.Fatal(err)
	}
	return m.Files()
}

// TestGolden builds testdata/golden/site and compares every output file
// with testdata/golden/public. Run with -update after an intended change
// and review the diff. The theme's static files (CSS, JavaScript, icon)
// are compared with the embedded theme itself rather than kept as copies
// under testdata, so editing them needs no -update.
func TestGolden(t *testing.T) {
	got := unfingerprint(t, buildMemory(t, "testdata/golden/site", Options{}))
	static := map[string][]byte{}
	err := fs.WalkDir(themes.Default, "default/static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(themes.Default, p)
		static[strings.TrimPrefix(p, "default/static/")] = b
		return err
	})
	if err != nil || len(static) == 0 {
		t.Fatalf("theme static files: %d, %v", len(static), err)
	}
	for name, w := range static {
		if g, ok := got[name]; !ok {
			t.Errorf("missing output %s (a theme file)", name)
		} else if !bytes.Equal(g, w) {
			t.Errorf("%s differs from the theme's file", name)
		}
		delete(got, name)
	}
	goldenDir := filepath.Join("testdata", "golden", "public")
	if *update {
		os.RemoveAll(goldenDir)
		for name, data := range got {
			p := filepath.Join(goldenDir, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	want := map[string][]byte{}
	err = filepath.WalkDir(goldenDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(goldenDir, p)
		want[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		g, ok := got[name]
		if !ok {
			t.Errorf("missing output %s", name)
			continue
		}
		if isSharePicture(name) {
			// Drawn pictures are compared by their pixels, within a
			// tolerance: a new Go or x/image may antialias a glyph
			// differently or compress the same pixels otherwise.
			if err := similarPNG(g, w); err != nil {
				t.Errorf("%s differs from golden: %v (run go test ./generator/build -run Golden -update, open both pictures and review)", name, err)
			}
			continue
		}
		if !bytes.Equal(g, w) {
			t.Errorf("%s differs from golden (run go test ./generator/build -run Golden -update and review the diff)", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected output %s", name)
		}
	}
}

var fingerprinted = regexp.MustCompile(`\.[0-9a-f]{10}(\.css|\.js)\b`)

// unfingerprint checks that every fingerprinted stylesheet and script is
// its plain file's bytes and that pages name only the fingerprinted ones,
// then takes the fingerprints out of the output, so a CSS edit needs no
// -update of the golden pages.
func unfingerprint(t *testing.T, files map[string][]byte) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	n := 0
	for name, b := range files {
		if plain := fingerprinted.ReplaceAllString(name, "$1"); plain != name {
			n++
			if !bytes.Equal(b, files[plain]) {
				t.Errorf("%s is not the bytes of %s", name, plain)
			}
			continue
		}
		if strings.HasSuffix(name, ".html") {
			for _, plain := range []string{`"/css/site.css"`, `"/css/search.css"`, `"/js/search.js"`} {
				if bytes.Contains(b, []byte(plain)) {
					t.Errorf("%s names %s without its fingerprint", name, plain)
				}
			}
			b = fingerprinted.ReplaceAll(b, []byte("$1"))
		}
		out[name] = b
	}
	if n < 5 {
		t.Errorf("%d fingerprinted files, want one per stylesheet and script", n)
	}
	return out
}

// TestDeterministic: two builds give the same bytes.
func TestDeterministic(t *testing.T) {
	a := buildMemory(t, "testdata/golden/site", Options{})
	b := buildMemory(t, "testdata/golden/site", Options{})
	if len(a) != len(b) {
		t.Fatalf("%d vs %d files", len(a), len(b))
	}
	for n := range a {
		if !bytes.Equal(a[n], b[n]) {
			t.Errorf("%s differs between builds", n)
		}
	}
}

// TestSafeByDefault: the golden profile's <script> and javascript: link
// are dropped while GFM works; and no page, stylesheet or script of the
// golden site or the repository's sample site makes a request to another
// host, runs inline script or has an event handler, and every page carries
// the Content-Security-Policy of docs/reliability.md.
func TestSafeByDefault(t *testing.T) {
	files := buildMemory(t, "testdata/golden/site", Options{})
	page := string(files["ho-so/nguyen-thi-hoa/index.html"])
	for _, bad := range []string{"<script>alert", "javascript:"} {
		if strings.Contains(page, bad) {
			t.Errorf("profile page contains %q", bad)
		}
	}
	if !strings.Contains(page, `<a href="https://example.org">https://example.org</a>`) {
		t.Error("autolink missing")
	}
	if !strings.Contains(page, "<table>") || !strings.Contains(page, `id="viec-lam-cu-the"`) || !strings.Contains(page, "footnote") {
		t.Error("GFM table, ASCII heading id or footnote missing")
	}
	checkSafe(t, "golden site", files, "thu.example")
	checkSafe(t, "sample site", buildMemory(t, filepath.Join("..", ".."), Options{}), "guongsang.gialai.example")
}

// checkSafe fails when a page of files loads anything from another host
// than host, has inline script or an event handler, or lacks the
// Content-Security-Policy that makes browsers refuse all three.
func checkSafe(t *testing.T, site string, files map[string][]byte, host string) {
	t.Helper()
	scanned := 0
	for name, data := range files {
		for _, p := range thirdPartyLoads(name, data, host) {
			t.Errorf("%s: %s: %s", site, name, p)
		}
		switch path.Ext(name) {
		case ".html":
			for _, p := range scriptInHTML(data) {
				t.Errorf("%s: %s: %s", site, name, p)
			}
			if !bytes.Contains(data, []byte(`<meta http-equiv="Content-Security-Policy" content="`+csp+`">`)) {
				t.Errorf("%s: %s: no Content-Security-Policy meta tag, or another policy than docs/reliability.md's", site, name)
			}
			scanned++
		case ".css", ".js":
			scanned++
		}
	}
	if scanned < 20 {
		t.Errorf("%s: only %d HTML, CSS and JS files scanned", site, scanned)
	}
}

func TestDraftsLeftOut(t *testing.T) {
	files := buildMemory(t, "testdata/golden/site", Options{})
	if _, ok := files["ho-so/an-nhap/index.html"]; ok {
		t.Error("draft published without --drafts")
	}
	files = buildMemory(t, "testdata/golden/site", Options{Drafts: true})
	page, ok := files["ho-so/an-nhap/index.html"]
	if !ok || !bytes.Contains(page, []byte("Bản nháp")) {
		t.Error("draft missing or without badge with --drafts")
	}
}

// copyDir copies a site to a temporary folder so tests can change it.
func copyDir(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			if rel == "public" || strings.HasPrefix(d.Name(), ".") && rel != "." {
				return fs.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// snapshot reads every file under dir with its modification time.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		if d.IsDir() {
			return nil
		}
		b, _ := os.ReadFile(p)
		fi, _ := d.Info()
		out[p] = string(b) + "|" + fi.ModTime().String()
		return nil
	})
	return out
}

func sameSnapshot(t *testing.T, before, after map[string]string) {
	t.Helper()
	if len(before) != len(after) {
		t.Errorf("public/ had %d files, now %d", len(before), len(after))
	}
	for p, v := range before {
		if after[p] != v {
			t.Errorf("%s changed", p)
		}
	}
}

// TestBadInputKeepsPublic: a broken profile fails the build with exit
// status from Failed, and public/ stays exactly as the last good build
// left it (bytes and modification times).
func TestBadInputKeepsPublic(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	ctx := context.Background()
	if _, err := Build(ctx, Options{SiteDir: dir, Now: now}); err != nil {
		t.Fatal(err)
	}
	public := filepath.Join(dir, "public")
	before := snapshot(t, public)

	breakages := map[string]func(string) string{
		"unknown district": func(s string) string { return strings.Replace(s, "district: chu-pah", "district: ha-noi", 1) },
		"bad yaml":         func(s string) string { return strings.Replace(s, "year: 2020", "year: [2020", 1) },
		"missing field":    func(s string) string { return strings.Replace(s, "kind: individual\n", "", 1) },
	}
	file := filepath.Join(dir, "content", "ho-so", "nguyen-thi-hoa.md")
	orig, _ := os.ReadFile(file)
	for name, breakIt := range breakages {
		os.WriteFile(file, []byte(breakIt(string(orig))), 0o644)
		_, err := Build(ctx, Options{SiteDir: dir, Now: now})
		var f *Failed
		if err == nil || !errors.As(err, &f) {
			t.Errorf("%s: err = %v, want *Failed", name, err)
		}
		if !strings.Contains(err.Error(), "content/ho-so/nguyen-thi-hoa.md:") {
			t.Errorf("%s: error does not name the file and line: %v", name, err)
		}
		sameSnapshot(t, before, snapshot(t, public))
	}
	os.WriteFile(file, orig, 0o644)

	// An unchanged rebuild writes no file.
	res, err := Build(ctx, Options{SiteDir: dir, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != 0 {
		t.Errorf("unchanged rebuild wrote %d files", res.Written)
	}
	sameSnapshot(t, before, snapshot(t, public))

	// A deleted profile leaves nothing behind.
	os.Remove(file)
	if _, err := Build(ctx, Options{SiteDir: dir, Now: now}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(public, "ho-so", "nguyen-thi-hoa")); !os.IsNotExist(err) {
		t.Error("deleted profile's page is still published")
	}
	// No leftovers of staging beside public/.
	assertNoStaging(t, dir)
}

// TestSampleSite builds the repository's sample site and checks that every
// internal link and image resolves and that every profile page links to
// its category, district and year pages.
func TestSampleSite(t *testing.T) {
	root := filepath.Join("..", "..")
	files := buildMemory(t, root, Options{})
	checkLinks(t, files, "https://guongsang.gialai.example/")
	s, err := Load(os.DirFS(root), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Content.Profiles); n < 30 {
		t.Errorf("sample site has %d profiles, want at least 30", n)
	}
	for _, p := range s.Content.Profiles {
		page := string(files[strings.TrimPrefix(p.URL, "/")+"index.html"])
		for _, d := range s.Config.Dims {
			for _, k := range p.Values(d) {
				want := `href="` + d.Path + k + `/"`
				if d.Vocab != nil {
					t, _ := d.Vocab.Lookup(k)
					want = `href="` + d.Path + t.Slug + `/"`
				}
				if !strings.Contains(page, want) {
					t.Errorf("%s: profile page lacks link %s", p.Path, want)
				}
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

var linkRE = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

// checkLinks fails for every internal href or src in an HTML page that
// does not name an output file.
func checkLinks(t *testing.T, files map[string][]byte, base string) {
	t.Helper()
	checked := 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		for _, m := range linkRE.FindAllSubmatch(data, -1) {
			u := string(m[1])
			u = strings.ReplaceAll(u, "&amp;", "&")
			if strings.HasPrefix(u, base) {
				u = "/" + strings.TrimPrefix(u, base)
			}
			if strings.HasPrefix(u, "#") || strings.Contains(u, "://") || strings.HasPrefix(u, "mailto:") || strings.HasPrefix(u, "data:") {
				continue
			}
			if i := strings.IndexAny(u, "#?"); i >= 0 {
				u = u[:i]
			}
			target := u
			if !strings.HasPrefix(u, "/") {
				target = path.Join("/"+path.Dir(name), u)
				if strings.HasSuffix(u, "/") {
					target += "/"
				}
			}
			target = strings.TrimPrefix(target, "/")
			if target == "" || strings.HasSuffix(target, "/") {
				target += "index.html"
			}
			checked++
			if _, ok := files[target]; !ok {
				t.Errorf("%s: broken link %q", name, string(m[1]))
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d links checked; the checker is not finding links", checked)
	}
}

// TestSymlinkOutsideRefused: a photo or profile that is a symlink to a
// file outside the site is refused with an error naming the file.
func TestSymlinkOutsideRefused(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	outside := filepath.Join(t.TempDir(), "secret.svg")
	os.WriteFile(outside, []byte("<svg/>"), 0o644)
	os.Remove(filepath.Join(dir, "content/ho-so/ksor-h-bia/chan-dung.svg"))
	if err := os.Symlink(outside, filepath.Join(dir, "content/ho-so/ksor-h-bia/chan-dung.svg")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	os.Symlink(outside, filepath.Join(dir, "content/ho-so/link.md"))
	_, err := Build(context.Background(), Options{SiteDir: dir, Now: now})
	if err == nil {
		t.Fatal("build succeeded")
	}
	for _, want := range []string{
		"content/ho-so/ksor-h-bia/index.md:8: photo: không dùng được content/ho-so/ksor-h-bia/chan-dung.svg: đường dẫn (qua một liên kết) trỏ ra ngoài thư mục của trang",
		"content/ho-so/link.md: không đọc được tệp: đường dẫn (qua một liên kết) trỏ ra ngoài thư mục của trang",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in\n%v", want, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Error("something was published")
	}
}
