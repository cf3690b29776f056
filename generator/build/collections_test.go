package build

import (
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/png"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"github.com/guongsang/guongsang/generator/content"
)

var hrefRe = regexp.MustCompile(`href="([^"]+)"`)

// hrefs lists the links of an HTML page in order.
func hrefs(page []byte) []string {
	var out []string
	for _, m := range hrefRe.FindAllSubmatch(page, -1) {
		out = append(out, string(m[1]))
	}
	return out
}

// inOrder reports whether want occur in got in this order.
func inOrder(got, want []string) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

// TestCollectionPages builds the sample site: both collections get a page
// listing their profiles in order and linking their honour book, the
// index and the home page link them, and each member's page links back.
func TestCollectionPages(t *testing.T) {
	root := filepath.Join("..", "..")
	files := buildMemory(t, root, Options{})
	s, err := Load(os.DirFS(root), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	cols := s.Index.Collections
	if len(cols) != 2 || cols[0].Slug != "guong-sang-2026" || cols[1].Slug != "dai-hoi-thi-dua-x-2020" {
		t.Fatalf("collections: %v", cols)
	}
	// The congress's rule: every profile of 2019 and 2020, in list order.
	var want []*content.Profile
	for _, p := range s.Index.Profiles {
		if p.Year == 2019 || p.Year == 2020 {
			want = append(want, p)
		}
	}
	if len(cols[1].Profiles) != len(want) || len(want) < 20 {
		t.Errorf("congress: %d profiles, want %d", len(cols[1].Profiles), len(want))
	}
	home := files["index.html"]
	index := files["bo-suu-tap/index.html"]
	for _, c := range cols {
		page := files[strings.TrimPrefix(c.URL, "/")+"index.html"]
		if page == nil {
			t.Fatalf("no page %s", c.URL)
		}
		var urls []string
		for _, p := range c.Profiles {
			urls = append(urls, p.URL)
			prof := files[strings.TrimPrefix(p.URL, "/")+"index.html"]
			if !bytes.Contains(prof, []byte(`<li><a href="`+c.URL+`">`)) {
				t.Errorf("%s does not link %s", p.URL, c.URL)
			}
		}
		if !inOrder(hrefs(page), urls) {
			t.Errorf("%s does not list %v in order", c.URL, urls)
		}
		book := c.URL + "ky-yeu/"
		for name, p := range map[string][]byte{c.URL: page, "/bo-suu-tap/": index} {
			if !bytes.Contains(p, []byte(`href="`+book+`"`)) {
				t.Errorf("%s does not link the honour book %s", name, book)
			}
		}
		if !bytes.Contains(home, []byte(`href="`+c.URL+`"`)) || !bytes.Contains(index, []byte(`href="`+c.URL+`"`)) {
			t.Errorf("home or index does not link %s", c.URL)
		}
		if files[strings.TrimPrefix(book, "/")+"index.html"] == nil {
			t.Errorf("no honour book %s", book)
		}
	}
	// The navigation of every page links the index.
	if !bytes.Contains(files["404.html"], []byte(`<li><a href="/bo-suu-tap/">Bộ sưu tập</a></li>`)) {
		t.Error("the navigation does not link /bo-suu-tap/")
	}
	// A profile in no collection says nothing of collections.
	for _, p := range s.Index.Profiles {
		if p.Year == 2025 || p.Year == 2026 || p.Year == 2019 || p.Year == 2020 {
			continue
		}
		if bytes.Contains(files[strings.TrimPrefix(p.URL, "/")+"index.html"], []byte("in-collections")) {
			t.Errorf("%s lists collections", p.URL)
		}
	}
}

// pdfPage matches a page object of a PDF (not the /Pages tree).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// TestHonourBookPrint prints the congress's honour book with Chromium to
// an A4 PDF: one page for the cover, the table of contents' pages, then
// one page per profile, none of them cut off; and the first profile's QR
// code, read from a screenshot, is its absolute URL.
func TestHonourBookPrint(t *testing.T) {
	ctx := browserTab(t, 2*time.Minute)
	s, base, _ := servedSite(t, filepath.Join("..", ".."))
	var c *content.Collection
	for _, x := range s.Index.Collections {
		if x.Slug == "dai-hoi-thi-dua-x-2020" {
			c = x
		}
	}
	if c == nil {
		t.Fatal("no congress collection")
	}
	n := len(c.Profiles)
	toc := (n + 23) / 24
	if toc < 2 {
		t.Fatalf("%d profiles: the table of contents should take two pages for this test", n)
	}
	do(t, ctx, chromedp.Navigate(base+c.URL+"ky-yeu/"))
	waitJS(t, ctx, `document.readyState === "complete" && [...document.images].every(i => i.complete)`)

	// The QR code of the first profile.
	png := run(t, ctx, chromedp.Screenshot(chromedp.CSS(".book-entry .qr")))
	img, _, err := image.Decode(bytes.NewReader(png))
	if err != nil {
		t.Fatal(err)
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil {
		t.Fatalf("decoding the QR code: %v", err)
	}
	if want := strings.TrimSuffix(s.Config.BaseURL, "/") + c.Profiles[0].URL; res.GetText() != want {
		t.Errorf("QR code %q, want %q", res.GetText(), want)
	}

	// In print, every section fits one sheet.
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	// An A4 page less its margins is 263 mm high; a CSS mm is 96/25.4 px.
	over := eval[[]string](t, ctx, `[...document.querySelectorAll(".book-cover, .book-toc, .book-entry")].filter(e => e.getBoundingClientRect().height > 263*96/25.4).map(e => e.id || e.className)`)
	if len(over) > 0 {
		t.Errorf("sections longer than a page: %v", over)
	}

	pdf := run(t, ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize()))
	if got, want := len(pdfPage.FindAll(pdf, -1)), 1+toc+n; got != want {
		t.Errorf("the PDF has %d pages, want %d (1 cover, %d of contents, %d profiles)", got, want, toc, n)
	}
	checkContents(t, ctx, pdf, n)
	if dir := os.Getenv("GUONGSANG_SCREENSHOTS"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, "ky-yeu.pdf"), pdf, 0o644)
	}
}

// TestHonourBookLongProfile prints the book of a collection whose second
// profile, with many awards, runs over three pages: the profiles after it
// start later, and the table of contents says where, as the PDF's own
// link destinations show.
func TestHonourBookLongProfile(t *testing.T) {
	ctx := browserTab(t, 2*time.Minute)
	dir := copyDir(t, filepath.Join("testdata", "golden", "site"))
	var long strings.Builder
	long.WriteString("---\ntitle: \"Tập thể nhiều khen thưởng\"\nkind: collective\ncategory: y-te\ndistrict: chu-pah\nyear: 2020\ncriteria: [sang-kien]\n")
	long.WriteString("summary: \"" + strings.Repeat("Nhiều năm liền dẫn đầu phong trào thi đua của ngành. ", 12) + "\"\nawards:\n")
	for i := range 45 {
		fmt.Fprintf(&long, "  - {title: \"Bằng khen của Chủ tịch UBND tỉnh lần thứ %d\", year: %d, issuer: \"UBND tỉnh Gia Lai\", decision: \"Quyết định số %d/QĐ-UBND về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc\"}\n", i+1, 1980+i, 100+i)
	}
	long.WriteString("---\n\nMột tập thể tiêu biểu.\n")
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("content/ho-so/nhieu-khen-thuong.md", long.String())
	write("content/bo-suu-tap/ky-yeu-dai.md", "---\ntitle: \"Kỷ yếu có hồ sơ dài\"\ndate: 2021-01-01\nprofiles:\n  - nguyen-thi-hoa\n  - nhieu-khen-thuong\n  - ksor-h-bia\n  - don-bien-phong\n---\n")
	_, base, _ := servedSite(t, dir)
	do(t, ctx, chromedp.Navigate(base+"/bo-suu-tap/ky-yeu-dai/ky-yeu/"))
	waitJS(t, ctx, `document.readyState === "complete" && [...document.images].every(i => i.complete) && document.body.dataset.pages`)
	pages := eval[[]string](t, ctx, `[...document.querySelectorAll(".book-entry")].map(e => e.dataset.pages)`)
	if want := []string{"1", "3", "1", "1"}; !slices.Equal(pages, want) {
		t.Errorf("pages per profile, as the script counts them: %v, want %v", pages, want)
	}
	pdf := run(t, ctx, chromedp.PrintToPDF(chromedp.PDFPaper(chromedp.PaperA4), chromedp.PDFPreferCSSPageSize()))
	// 1 cover, 1 page of contents, 1 + 3 + 1 + 1 pages of profiles.
	if got, want := len(pdfPage.FindAll(pdf, -1)), 8; got != want {
		t.Errorf("the PDF has %d pages, want %d", got, want)
	}
	if got := eval[string](t, ctx, `document.body.dataset.pages`); got != "8" {
		t.Errorf("the script counts %s pages, want 8", got)
	}
	checkContents(t, ctx, pdf, 4)
	if got := eval[[]string](t, ctx, `[...document.querySelectorAll(".book-page")].map(e => e.textContent)`); !slices.Equal(got, []string{"3", "4–6", "7", "8"}) {
		t.Errorf("page footers %v, want [3 4–6 7 8]", got)
	}
	if dir := os.Getenv("GUONGSANG_SCREENSHOTS"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, "ky-yeu-dai.pdf"), pdf, 0o644)
	}
}

// checkContents compares the page numbers the book's table of contents
// shows with the pages where the n profiles start in pdf: the
// destinations Chromium writes for the contents' links (the catalog's
// /Dests, one per section id, naming the page where the section begins).
func checkContents(t *testing.T, ctx context.Context, pdf []byte, n int) {
	t.Helper()
	starts, err := pdfDests(pdf)
	if err != nil {
		t.Fatal(err)
	}
	type row struct {
		ID   string `json:"id"`
		Page string `json:"page"`
	}
	toc := eval[[]row](t, ctx, `[...document.querySelectorAll(".book-toc li")].map(li => ({id: li.querySelector("a").getAttribute("href").slice(1), page: li.querySelector(".toc-page").textContent}))`)
	if len(toc) != n {
		t.Fatalf("the contents list %d profiles, want %d", len(toc), n)
	}
	for _, r := range toc {
		at, ok := starts[r.ID]
		if !ok {
			t.Errorf("the PDF has no destination %s", r.ID)
			continue
		}
		if r.Page != strconv.Itoa(at) {
			t.Errorf("the contents say %s starts on page %s; in the PDF it starts on page %d", r.ID, r.Page, at)
		}
	}
}

// pdfDests returns the named destinations of a PDF with the number of the
// page each points to, the first page being 1.
func pdfDests(pdf []byte) (map[string]int, error) {
	pc, err := api.ReadContext(bytes.NewReader(pdf), nil)
	if err != nil {
		return nil, err
	}
	if err := pc.EnsurePageCount(); err != nil {
		return nil, err
	}
	cat, err := pc.Catalog()
	if err != nil {
		return nil, err
	}
	dests, err := pc.DereferenceDict(cat["Dests"])
	if err != nil || dests == nil {
		return nil, fmt.Errorf("no /Dests in the PDF's catalog: %v", err)
	}
	out := map[string]int{}
	for name, v := range dests {
		arr, err := pc.DereferenceArray(v)
		if err != nil || len(arr) == 0 {
			return nil, fmt.Errorf("destination %s: %v", name, arr)
		}
		ref, ok := arr[0].(types.IndirectRef)
		if !ok {
			return nil, fmt.Errorf("destination %s does not name a page: %v", name, arr)
		}
		page, err := pc.PageNumber(ref.ObjectNumber.Value())
		if err != nil {
			return nil, err
		}
		out[name] = page
	}
	return out, nil
}

// TestSearchFindsCollections: the search page lists, above the profiles,
// the collections whose titles have the query's words, typed with or
// without marks, and no collection for a query that names none.
func TestSearchFindsCollections(t *testing.T) {
	ctx := browserTab(t, 2*time.Minute)
	_, base, _ := servedSite(t, filepath.Join("..", ".."))
	do(t, ctx, chromedp.Navigate(base+"/tim-kiem/"), chromedp.WaitVisible(chromedp.ID("tim-q")))
	const congress = "/bo-suu-tap/dai-hoi-thi-dua-x-2020/"
	found := func(q string) []string {
		t.Helper()
		search(t, ctx, q)
		return eval[[]string](t, ctx, `document.getElementById('tim-bst').hidden ? [] : [...document.querySelectorAll('#tim-bst li a')].map(a => a.pathname)`)
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"Đại hội thi đua", []string{congress}},
		{"dai hoi thi dua", []string{congress}},
		{"đại hội lần thứ X", []string{congress}},
		{"xã phường 2026", []string{"/bo-suu-tap/guong-sang-2026/"}},
		{"Gia Lai", []string{"/bo-suu-tap/guong-sang-2026/", congress}},
		{"đai hội", nil}, // typed with other marks: not this title
		{"Chư Păh", nil},
	} {
		if got := found(tc.q); !slices.Equal(got, tc.want) {
			t.Errorf("%q lists collections %v, want %v", tc.q, got, tc.want)
		}
	}
	// The entry says how many profiles the collection has.
	search(t, ctx, "đại hội thi đua")
	if got := eval[string](t, ctx, `document.querySelector('#tim-bst li').textContent`); !strings.HasPrefix(got, "Đại hội Thi đua yêu nước tỉnh Gia Lai lần thứ X (2020) · ") || !strings.HasSuffix(got, " hồ sơ") {
		t.Errorf("entry %q", got)
	}
}
