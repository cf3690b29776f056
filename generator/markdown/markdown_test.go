package markdown

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

func TestConvert(t *testing.T) {
	tests := []struct {
		name, src   string
		unsafe      bool
		contains    []string
		notContains []string
	}{
		{"heading ids folded", "## Thành tích nổi bật\n\n## Thành tích nổi bật\n", false,
			[]string{`id="thanh-tich-noi-bat"`, `id="thanh-tich-noi-bat-1"`}, nil},
		{"raw html dropped", "<script>alert(1)</script>\n\n<b onclick=x>b</b>", false,
			[]string{"raw HTML omitted"}, []string{"<script", "onclick"}},
		{"raw html opt-in", "<b>b</b>", true, []string{"<b>b</b>"}, nil},
		{"javascript links dropped", "[x](javascript:alert(1))", false, nil, []string{"javascript:"}},
		{"gfm", "~~cũ~~ https://example.org\n\n| a | b |\n|--:|:-:|\n| 1 | 2 |\n\n- [x] xong", false,
			[]string{"<del>cũ</del>", `<a href="https://example.org">`, `<td class="ta-right">1</td>`, `<td class="ta-center">2</td>`, `type="checkbox"`},
			[]string{"style="}},
		{"footnote", "Có chú thích.[^1]\n\n[^1]: Nguồn.", false, []string{`class="footnote-ref"`}, nil},
	}
	for _, tt := range tests {
		res, err := New(tt.unsafe).Convert([]byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		html := res.HTML
		for _, c := range tt.contains {
			if !strings.Contains(html, c) {
				t.Errorf("%s: missing %q in\n%s", tt.name, c, html)
			}
		}
		for _, c := range tt.notContains {
			if strings.Contains(html, c) {
				t.Errorf("%s: has %q in\n%s", tt.name, c, html)
			}
		}
	}
}

func TestFirstParagraph(t *testing.T) {
	res, _ := New(false).Convert([]byte("## Tiêu đề\n\nAnh **Ksor** giúp\ndân [làm nhà](https://x).\n\nĐoạn hai."))
	if res.FirstParagraph != "Anh Ksor giúp dân làm nhà." {
		t.Errorf("first paragraph = %q", res.FirstParagraph)
	}
}

func FuzzConvert(f *testing.F) {
	for _, s := range []string{"# a", "> > > x", "| a |\n|---|\n| b |", "[^1]\n\n[^1]: x", "<script>", "*" + strings.Repeat("[", 100)} {
		f.Add(s)
	}
	c := New(false)
	f.Fuzz(func(t *testing.T, s string) {
		res, err := c.Convert([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(strings.ToLower(res.HTML), "<script") {
			t.Fatalf("script passed through for %q", s)
		}
	})
}

func TestCountWords(t *testing.T) {
	for _, s := range []string{"", "  ", "một", "Già làng  Đinh\tVăn\r\nƠn ", "a\fb\vc"} {
		if got, want := countWords([]byte(s)), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestRemoteImages(t *testing.T) {
	res, _ := New(false).Convert([]byte("Đoạn một.\n\nẢnh: ![a](https://x.example/y.png) và ![b](anh.jpg)\n\n- ![c](//cdn.example/z.png)\n"))
	if len(res.RemoteImages) != 2 || res.RemoteImages[0].Line != 3 || res.RemoteImages[1].Line != 5 ||
		res.RemoteImages[0].URL != "https://x.example/y.png" {
		t.Errorf("remote images = %+v", res.RemoteImages)
	}
}

// linkifyCases are bodies where Linkify has or has not something to do,
// including the places goldmark calls it from: line starts, after spaces,
// emphasis, parentheses, table pipes and right after other inline nodes.
var linkifyCases = []string{
	"Không có liên kết nào.\n",
	"Xem [trang](https://gialai.gov.vn) và ![ảnh](a.png).\n",
	"Xem https://gialai.gov.vn ngay.\n",
	"www.gialai.gov.vn\n",
	"(www.gialai.gov.vn)\n",
	"*www.gialai.gov.vn*\n",
	"~~ftp://x.org~~\n",
	"Thư: vanphong@gialai.gov.vn.\n",
	"`code`www.x.org và [a](b)http://x.org\n",
	"| a | b |\n|---|---|\n|www.x.org|c@d.vn|\n",
	"> trích www.x.org\n",
	"- www.x.org\n- [a](http://x.org)\n",
	"\\[a](https://x.org)\n",
	"<https://x.org> <a href=\"http://y.org\">y</a>\n",
	"[a]: https://x.org\n\n[a]\n",
	"Dòng cuối có khoảng trắng \nvà  \nhai dòng\\\nnữa\n",
	"# Tiêu đề www.x.org\n\n## http\n",
	"Chú thích[^1].\n\n[^1]: Xem https://x.org\n",
	"@ một mình, www. và http: không đủ\n",
	// for scan: the first top-level paragraph and remote images
	"![](//x.org/a.png)\n\nĐoạn hai có www.x.org\n",
	"> trích *đậm*\n\n- mục\n\nĐoạn đầu  tiên\nhai dòng.\n\nĐoạn sau.\n",
	"# Chỉ tiêu đề\n\n![a](HTTPS://x.org/a.png) và ![b](b.png)\n\n> ![c](http://y.org/c.png)\n",
	"![a][r] và ![b]\n\n[r]: https://x.org/a.png\n[b]: //y.org/b.png\n",
	"0    \n0",
	"- ![ảnh trong danh sách](//x.org/a.png)\n\n| ô |\n|---|\n| ![c](http://z.org/c.png) |\n",
}

// TestLinkifyOnlyWhenNeeded checks Convert's shortcut (parse without
// Linkify unless mayAutolink) against parsing everything with Linkify.
func TestLinkifyOnlyWhenNeeded(t *testing.T) {
	for _, unsafe := range []bool{false, true} {
		c := New(unsafe)
		for _, src := range linkifyCases {
			checkLinkify(t, c, []byte(src))
		}
	}
}

var lineEndSpace = regexp.MustCompile("[ \t\r\f\v]+(<br>|\n)")

func checkLinkify(t *testing.T, c *Converter, src []byte) {
	t.Helper()
	res, err := c.Convert(src)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := c.md.Renderer().Render(&want, src, parse(c.md, src)); err != nil {
		t.Fatal(err)
	}
	// Linkify splits text at spaces, which changes which spaces and tabs
	// goldmark trims at the end of a line: "a  \nb" gives "a <br>" with it
	// and "a<br>" without (as CommonMark says), "a\t \nb" keeps the tab,
	// "[ \\\nb" goes the other way round. Spaces and tabs before a line
	// break (and a carriage return there) are the one difference allowed:
	// browsers do not show them.
	if got, w := lineEndSpace.ReplaceAllString(res.HTML, "$1"), lineEndSpace.ReplaceAllString(want.String(), "$1"); got != w {
		t.Errorf("Convert(%q):\n%s\nwith Linkify always:\n%s", src, got, w)
	}
	// scan's one walk against a plain reading of the Linkify tree.
	doc := parse(c.md, src)
	wantFirst := ""
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if p, ok := n.(*ast.Paragraph); ok {
			wantFirst = strings.Join(strings.Fields(plainText(p, src)), " ")
			break
		}
	}
	var wantImages []RemoteImage
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering {
			dst := strings.ToLower(strings.TrimSpace(string(img.Destination)))
			if strings.HasPrefix(dst, "http:") || strings.HasPrefix(dst, "https:") || strings.HasPrefix(dst, "//") {
				wantImages = append(wantImages, RemoteImage{URL: string(img.Destination), Line: lineOf(img, src)})
			}
		}
		return ast.WalkContinue, nil
	})
	if res.FirstParagraph != wantFirst || !slices.Equal(res.RemoteImages, wantImages) {
		t.Errorf("Convert(%q): first paragraph %q, remote images %v; want %q, %v", src, res.FirstParagraph, res.RemoteImages, wantFirst, wantImages)
	}
}

func FuzzLinkifyShortcut(f *testing.F) {
	for _, s := range linkifyCases {
		f.Add(s)
	}
	c := New(false)
	f.Fuzz(func(t *testing.T, s string) {
		checkLinkify(t, c, []byte(s))
	})
}
