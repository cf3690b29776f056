package markdown

import (
	"strings"
	"testing"
)

func TestFigures(t *testing.T) {
	c := New(false)
	for _, tc := range []struct{ name, src, want string }{
		{"caption line", "![Chị Bia khám](kham.jpg)\n*Chị H'Bia khám cho trẻ ở làng*\n",
			"<figure>\n<img src=\"kham.jpg\" alt=\"Chị Bia khám\" loading=\"lazy\" decoding=\"async\">\n<figcaption>Chị H'Bia khám cho trẻ ở làng</figcaption>\n</figure>\n"},
		{"caption with markup", "![a](a.jpg)\nẢnh: **Hồng Thi**\n",
			"<figure>\n<img src=\"a.jpg\" alt=\"a\" loading=\"lazy\" decoding=\"async\">\n<figcaption>Ảnh: <strong>Hồng Thi</strong></figcaption>\n</figure>\n"},
		{"title", "![a](a.jpg \"Lớp học cắm bản\")\n",
			"<figure>\n<img src=\"a.jpg\" alt=\"a\" title=\"Lớp học cắm bản\" loading=\"lazy\" decoding=\"async\">\n<figcaption>Lớp học cắm bản</figcaption>\n</figure>\n"},
		{"alone", "![a](a.jpg)\n", "<p><img src=\"a.jpg\" alt=\"a\" loading=\"lazy\" decoding=\"async\"></p>\n"},
		{"inline", "Xem ảnh ![a](a.jpg) này.\n", "<p>Xem ảnh <img src=\"a.jpg\" alt=\"a\" loading=\"lazy\" decoding=\"async\"> này.</p>\n"},
		{"text after on same line", "![a](a.jpg) chú thích\n", "<p><img src=\"a.jpg\" alt=\"a\" loading=\"lazy\" decoding=\"async\"> chú thích</p>\n"},
		{"space in name", "![a](<anh nho.png>)\n*Ảnh nhỏ*\n",
			"<figure>\n<img src=\"anh%20nho.png\" alt=\"a\" loading=\"lazy\" decoding=\"async\">\n<figcaption>Ảnh nhỏ</figcaption>\n</figure>\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := c.Convert([]byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if res.HTML != tc.want {
				t.Errorf("got\n%s\nwant\n%s", res.HTML, tc.want)
			}
		})
	}
}

// TestThemeHeadingIDs: "## Khen thưởng" in a body does not take the id
// of the theme's own awards section, and repeated headings get their own
// ids.
func TestThemeHeadingIDs(t *testing.T) {
	res, err := New(false).Convert([]byte("## Khen thưởng\n\n## Khen thưởng\n\n## Liên quan\n\n## Nội dung\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`id="khen-thuong-1"`, `id="khen-thuong-2"`, `id="lien-quan-1"`, `id="noi-dung-1"`} {
		if !strings.Contains(res.HTML, want) {
			t.Errorf("no %s in %s", want, res.HTML)
		}
	}
	for _, id := range []string{`id="khen-thuong"`, `id="lien-quan"`, `id="noi-dung"`} {
		if strings.Contains(res.HTML, id) {
			t.Errorf("the body takes the theme's %s", id)
		}
	}
}
