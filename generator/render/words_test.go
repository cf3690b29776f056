package render

import (
	"bytes"
	"errors"
	"html/template"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"text/template/parse"
	"unicode"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/themes"
	"golang.org/x/net/html"
)

// hole stands for an action ({{.Name}}, {{t "x"}}) in a template's
// text when literalWords reads it as HTML: it is not a letter, so only
// the words written in the template itself count.
const hole = "\uFFFC"

// visibleAttrs are the attributes whose value a reader sees or hears:
// tooltips, alternative text, accessible names, placeholders. Classes,
// ids, data-* (read by scripts; their words come from {{t}} or
// scriptWords), hrefs and the like are not words of the page.
var visibleAttrs = map[string]bool{
	"alt": true, "title": true, "placeholder": true, "label": true,
	"aria-label": true, "aria-description": true, "aria-roledescription": true,
	"aria-valuetext": true, "aria-placeholder": true,
}

// visibleMeta are the <meta> names and properties whose content is text
// people read (in a search result, a shared link's preview); og:locale,
// twitter:card, robots, viewport and the like are codes.
var visibleMeta = map[string]bool{
	"description": true, "og:title": true, "og:description": true, "og:site_name": true,
	"og:image:alt": true, "twitter:title": true, "twitter:description": true,
	"twitter:image:alt": true, "application-name": true, "apple-mobile-web-app-title": true,
}

// allowedWords may be written literally in a template: names that are
// the same in every language and that no board would reword. It is empty
// today — "Menu" and the brand names of the share links come from the
// catalog too — and is where such a name would go, with its reason.
var allowedWords = map[string]bool{}

// literalWords returns the user-visible words written literally in the
// template source src: runs of text between tags, and the values of
// visibleAttrs and of visibleMeta's content, that hold a letter. Actions
// count as no letter, so {{t "key"}} and {{.Name}} pass; both branches
// of an {{if}} are read. Scripts and styles are skipped (their words
// come from scriptWords), as are template and HTML comments.
func literalWords(name, src string) ([]string, error) {
	tr := parse.New(name)
	tr.Mode = parse.SkipFuncCheck
	trees := map[string]*parse.Tree{}
	if _, err := tr.Parse(src, "", "", trees); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(trees))
	for n := range trees {
		names = append(names, n)
	}
	slices.Sort(names)
	var words []string
	for _, n := range names {
		var b strings.Builder
		linearize(&b, trees[n].Root)
		words = append(words, htmlWords(b.String())...)
	}
	return words, nil
}

// linearize writes the text of n with a hole for every action, the
// branches of if, range and with one after the other.
func linearize(b *strings.Builder, n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			linearize(b, c)
		}
	case *parse.TextNode:
		b.Write(n.Text)
	case *parse.IfNode:
		linearize(b, n.List)
		linearize(b, n.ElseList)
	case *parse.RangeNode:
		linearize(b, n.List)
		linearize(b, n.ElseList)
	case *parse.WithNode:
		linearize(b, n.List)
		linearize(b, n.ElseList)
	case *parse.ActionNode, *parse.TemplateNode:
		b.WriteString(hole)
	}
}

// htmlWords returns the visible literal words of an HTML fragment.
func htmlWords(s string) []string {
	var words []string
	add := func(text string) {
		text = strings.TrimSpace(strings.ReplaceAll(text, hole, " "))
		if strings.IndexFunc(text, unicode.IsLetter) >= 0 && !allowedWords[text] {
			words = append(words, text)
		}
	}
	z := html.NewTokenizer(strings.NewReader(s))
	skip := ""        // the script or style element being read
	noscript := false // in a <noscript>, whose content the tokenizer gives as one text
	for {
		switch z.Next() {
		case html.ErrorToken:
			return words
		case html.TextToken:
			switch {
			case noscript:
				words = append(words, htmlWords(string(z.Text()))...)
			case skip == "":
				add(string(z.Text()))
			}
		case html.EndTagToken:
			tn, _ := z.TagName()
			if string(tn) == skip {
				skip = ""
			}
			if string(tn) == "noscript" {
				noscript = false
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "script" || tok.Data == "style" {
				skip = tok.Data
			}
			noscript = tok.Data == "noscript"
			attr := map[string]string{}
			for _, a := range tok.Attr {
				attr[a.Key] = a.Val
			}
			for _, a := range tok.Attr {
				switch {
				case visibleAttrs[a.Key]:
				case a.Key == "value" && tok.Data == "input" && (attr["type"] == "submit" || attr["type"] == "button" || attr["type"] == "reset"):
				case a.Key == "content" && tok.Data == "meta" && (visibleMeta[attr["name"]] || visibleMeta[attr["property"]]):
				default:
					continue
				}
				add(a.Val)
			}
		}
	}
}

// TestLiteralWordsChecker: the checker finds a literal word wherever a
// reader would see it, and nothing where no reader would.
func TestLiteralWordsChecker(t *testing.T) {
	for _, c := range []struct {
		src  string
		want []string
	}{
		{`<p>Xin chào</p>`, []string{"Xin chào"}},
		{`<h2>{{.Name}} hồ sơ</h2>`, []string{"hồ sơ"}},
		{`<img src="{{.URL}}" alt="Ảnh chân dung">`, []string{"Ảnh chân dung"}},
		{`<a href="/" title="Về {{.Name}}">{{.Name}}</a>`, []string{"Về"}},
		{`<nav aria-label="Phân trang"></nav>`, []string{"Phân trang"}},
		{`<input type="search" placeholder="Tên…">`, []string{"Tên…"}},
		{`<input type="submit" value="Gửi"><input type="hidden" name="q" value="abc">`, []string{"Gửi"}},
		{`<meta name="description" content="Trang"><meta property="og:locale" content="vi_VN">`, []string{"Trang"}},
		{`<svg><title>Biểu đồ</title><text>{{.Name}}</text></svg>`, []string{"Biểu đồ"}},
		{`{{if .A}}Mới{{else}}{{t "home.newest"}}{{end}}`, []string{"Mới"}},
		{`{{define "x"}}<b>Đậm</b>{{end}}`, []string{"Đậm"}},
		{`<option value="">Tất cả</option>`, []string{"Tất cả"}},
		{`<button aria-label="{{t "nav.search"}}">{{t "search.button"}}</button>`, nil},
		{`<span class="tag tag-{{.Dim}}" data-share="native" id="loc-bo"></span>`, nil},
		{`<script>var s = "chữ";</script><style>.a::after{content:"chữ"}</style>`, nil},
		{`<p>{{.Name}} ({{num .Count}}) · &nbsp;– 100% ‹ … ›</p>`, nil},
		{`{{/* Một chú thích */}}<!-- ghi chú --><!DOCTYPE html>`, nil},
		{`<time datetime="{{.DateISO}}">{{.Date}}</time>`, nil},
		{`<noscript><p>Cần JavaScript</p><link rel="stylesheet" href="{{.CSS}}"></noscript>`, []string{"Cần JavaScript"}},
	} {
		got, err := literalWords("x.html", c.src)
		if err != nil {
			t.Fatalf("%s: %v", c.src, err)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: found %q, want %q", c.src, got, c.want)
		}
	}
}

// TestThemeWordsFromCatalog: no built-in template writes a word a reader
// sees other than through {{t}} (or the data it is given): every word
// comes from the catalog, so a board rewords a label, and a second
// language translates the theme, without forking templates.
func TestThemeWordsFromCatalog(t *testing.T) {
	n := 0
	err := fs.WalkDir(themes.Default, "default/layouts", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := fs.ReadFile(themes.Default, p)
		if err != nil {
			return err
		}
		n++
		words, err := literalWords(p, string(b))
		if err != nil {
			return err
		}
		for _, w := range words {
			t.Errorf("themes/%s writes %q itself: add it to i18n.ThemeWords and write {{t \"name\"}}", p, w)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("checked only %d templates", n)
	}
}

// TestWordFormat: t fills a word's verbs as the contract says — counts
// the Vietnamese way under %s, digits under %d — and escapes what it is
// given exactly as html/template would have.
func TestWordFormat(t *testing.T) {
	th := &Theme{words: i18n.ThemeWords}
	for _, c := range []struct {
		key  string
		args []any
		want any
	}{
		{"nav.search", nil, "Tìm kiếm"},
		{"count.profiles", []any{2000}, "2.000 hồ sơ"},
		{"count.profiles", []any{12}, "12 hồ sơ"},
		{"year.one", []any{2020}, "năm 2020"},
		{"year.range", []any{2009, 2020}, "từ năm 2009 đến năm 2020"},
		{"list.page", []any{2, 1000}, "trang 2/1000"},
		{"profile.author", []any{"H'Yến <b>"}, "Người viết: H'Yến <b>"}, // escaped where written
		{"count.profiles_html", []any{1234}, template.HTML("<strong>1.234</strong> hồ sơ")},
		{"list.until", []any{"Xã A", "30/06/2025"}, "Xã A là đơn vị hành chính cũ, tồn tại đến ngày 30/06/2025."},
		{"book.print_html", nil, template.HTML("Dùng lệnh In của trình duyệt (Ctrl+P), khổ A4, để in hoặc lưu thành PDF.")},
	} {
		got, err := th.word(c.key, c.args...)
		if err != nil {
			t.Errorf("t %q %v: %v", c.key, c.args, err)
			continue
		}
		if got != c.want {
			t.Errorf("t %q %v = %#v, want %#v", c.key, c.args, got, c.want)
		}
	}
	// An "_html" word's text arguments come out as {{.}} writes them.
	for _, s := range []string{`H'Yến & "Rơ Mah" <i>`, "a+b\x00c", "Ksor Nay"} {
		var want bytes.Buffer
		if err := template.Must(template.New("").Parse("{{.}}")).Execute(&want, s); err != nil {
			t.Fatal(err)
		}
		th := &Theme{words: map[string]*i18n.Msg{"x_html": i18n.New("<b>%[1]s</b>", "<b>%[1]s</b>")}}
		got, _ := th.word("x_html", s)
		if got != template.HTML("<b>"+want.String()+"</b>") {
			t.Errorf("t x_html %q = %q, want <b>%s</b>", s, got, want.String())
		}
	}
	if _, err := th.word("count.profiles"); err == nil {
		t.Error("a word without the value for its placeholder: no error")
	}
	if _, err := th.word("khong.co"); err == nil || !strings.Contains(err.Error(), `"khong.co"`) {
		t.Errorf("unknown word: error %v, want one naming it", err)
	}
}

// TestThemeOverrideWords: a site's own template calls t like the built-in
// ones; a name the catalog does not have stops LoadTheme with the file,
// the line and the name, before any page is rendered, even in a branch no
// page would take; a name computed while rendering fails that page
// naming the template.
func TestThemeOverrideWords(t *testing.T) {
	s := buildTestSite(t, inlineSite(map[string]string{
		"content/ho-so/a.md":              profileMD("title: Một", "kind: individual", "category: y-te", "district: chu-pah", "year: 2020", "criteria: [sang-kien]"),
		"themes/default/layouts/404.html": `{{define "main"}}<h1>{{t "404.heading"}}</h1><p>{{t "count.profiles" 1500}}</p>{{end}}`,
	}))
	if p := s.page(t, "/404.html"); !strings.Contains(p, "<h1>Không tìm thấy trang</h1><p>1.500 hồ sơ</p>") {
		t.Errorf("override's words: got %s", p)
	}

	site := inlineSite(map[string]string{
		"themes/default/layouts/404.html": "{{define \"main\"}}\n{{if false}}\n<p>{{t \"khong.co\"}}</p>{{end}}{{end}}",
	})
	_, err := LoadTheme(site, "default")
	var de *diag.Error
	if !errors.As(err, &de) || de.Path != "themes/default/layouts/404.html" || de.Line != 3 || !strings.Contains(de.Msg, `"khong.co"`) {
		t.Errorf("unknown word: LoadTheme error %#v, want one at themes/default/layouts/404.html:3 naming \"khong.co\"", err)
	}
	if _, err := LoadTheme(inlineSite(map[string]string{"themes/default/layouts/404.html": `{{define "main"}}{{t}}{{end}}`}), "default"); err == nil {
		t.Error("{{t}} without a name: LoadTheme accepted it")
	}
	for src, want := range map[string]string{
		`{{define "main"}}{{t "count.profiles"}}{{end}}`:                 "cần 1 giá trị",
		`{{define "main"}}{{t "year.range" 2009}}{{end}}`:                "cần 2 giá trị",
		`{{define "main"}}{{t "nav.search" .Title}}{{end}}`:              "cần 0 giá trị",
		`{{define "main"}}{{.Site.Total | t "count.profiles" 1}}{{end}}`: "đưa 2",
	} {
		_, err := LoadTheme(inlineSite(map[string]string{"themes/default/layouts/404.html": src}), "default")
		if !errors.As(err, &de) || de.Path != "themes/default/layouts/404.html" || !strings.Contains(de.Msg, want) {
			t.Errorf("%s: LoadTheme error %v, want one saying %q", src, err, want)
		}
	}
	if _, err := LoadTheme(inlineSite(map[string]string{"themes/default/layouts/404.html": `{{define "main"}}{{.Site.Total | t "count.profiles"}}{{end}}`}), "default"); err != nil {
		t.Errorf("a value piped into t: %v", err)
	}

	th, err := LoadTheme(inlineSite(map[string]string{"themes/default/layouts/404.html": `{{define "main"}}{{t .Title}}{{end}}`}), "default")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	err = th.pages["404"].ExecuteTemplate(&b, "base", &Page{Kind: "404", Title: "khong.co", Site: &SiteView{}})
	if err == nil || !strings.Contains(err.Error(), "layouts/404.html") || !strings.Contains(err.Error(), `"khong.co"`) {
		t.Errorf("unknown word at render time: error %v, want one naming layouts/404.html and the word", err)
	}
}

// TestWordsFile: a board rewords the theme in themes/<theme>/words.yaml,
// without copying a template; the new words reach every place the word
// is shown (the navigation, the page's heading, its title and its
// breadcrumb, the share buttons), and nothing else changes.
func TestWordsFile(t *testing.T) {
	files := map[string]string{
		"content/ho-so/a.md": profileMD("title: Một", "kind: individual", "category: y-te", "district: chu-pah", "year: 2020", "criteria: [sang-kien]"),
	}
	plain := buildTestSite(t, inlineSite(files))
	files["themes/default/words.yaml"] = "# chữ riêng của trang\nnav.stats: Số liệu\nshare.native: Chia sẻ ngay\ncount.profiles: \"%[1]s gương sáng\"\n"
	own := buildTestSite(t, inlineSite(files))

	stats := own.page(t, "/thong-ke/")
	for _, want := range []string{
		`<title>Số liệu – `, `<h1>Số liệu</h1>`, `<span aria-current="page">Số liệu</span>`,
		`<li><a href="/thong-ke/" aria-current="page">Số liệu</a></li>`,
	} {
		if !strings.Contains(stats, want) {
			t.Errorf("/thong-ke/ lacks %s", want)
		}
	}
	if strings.Contains(stats, "Thống kê<") {
		t.Error("/thong-ke/ still names itself Thống kê")
	}
	if p := own.page(t, "/ho-so/a/"); !strings.Contains(p, `data-share="native" data-url=`) || !strings.Contains(p, `hidden>Chia sẻ ngay</button>`) {
		t.Error("the profile's share button is not reworded")
	}
	if p := own.page(t, "/dia-ban/"); !strings.Contains(p, `<span class="count">1 gương sáng</span>`) {
		t.Error("/dia-ban/ does not count with the new words")
	}
	// Only the reworded words differ.
	home, plainHome := own.page(t, "/"), plain.page(t, "/")
	for _, r := range [][2]string{{"Số liệu", "Thống kê"}, {"gương sáng</span>", "hồ sơ</span>"}} {
		home = strings.ReplaceAll(home, r[0], r[1])
	}
	if home != plainHome {
		t.Error("the home page differs beyond the reworded words")
	}
}

// TestWordsFileErrors: every mistake in words.yaml is reported at its
// line, in the board's words, and the theme does not load.
func TestWordsFileErrors(t *testing.T) {
	for _, c := range []struct {
		yaml string
		line int
		msg  string
	}{
		{"nav.stats: Số liệu\nnav.thong-ke: Số liệu\n", 2, `"nav.thong-ke"`},
		{"count.profiles: \"%s gương\"\n", 1, `"count.profiles"`},
		{"count.profiles: Gương sáng\n", 1, "%[1]s"},
		{"nav.stats:\n", 1, `"nav.stats"`},
		{"nav.stats: [Số, liệu]\n", 1, `"nav.stats"`},
		{"- nav.stats\n", 1, "nav.stats: Số liệu"},
		{"nav.stats: a\n\tmore: b\n", 2, ""},
	} {
		_, err := LoadTheme(inlineSite(map[string]string{"themes/default/words.yaml": c.yaml}), "default")
		var de *diag.Error
		if !errors.As(err, &de) || de.Path != "themes/default/words.yaml" || de.Line != c.line || !strings.Contains(de.Msg, c.msg) {
			t.Errorf("%q: error %v, want one at line %d saying %s", c.yaml, err, c.line, c.msg)
		}
	}
	if _, err := LoadTheme(inlineSite(map[string]string{"themes/default/words.yaml": "# chưa đổi gì\n"}), "default"); err != nil {
		t.Errorf("a words.yaml of comments only: %v", err)
	}
}

// TestThemeWordsDistinct: no message is the word of two names, so the
// site's wording of one name (words.yaml) cannot change another.
func TestThemeWordsDistinct(t *testing.T) {
	seen := map[*i18n.Msg]string{}
	for k, m := range i18n.ThemeWords {
		if o, ok := seen[m]; ok {
			t.Errorf("%q and %q are the same message", k, o)
		}
		seen[m] = k
	}
}
