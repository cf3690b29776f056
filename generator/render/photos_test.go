package render

import (
	"strings"
	"testing"
)

// TestProfilePhotos: a profile's other photos are shown after its body,
// each with its caption and credit line.
func TestProfilePhotos(t *testing.T) {
	t.Parallel()
	s := buildTestSite(t, inlineSite(map[string]string{
		"content/ho-so/a/index.md": profileMD("title: A", "kind: individual", "category: y-te", "district: ia-pa", "year: 2020",
			"criteria: [sang-kien]", "photos:", "  - file: lop.svg", "    caption: \"Giờ học <b>\"", "    credit: Hồng Thi", "  - b.svg"),
		"content/ho-so/a/lop.svg": `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>`,
		"content/ho-so/a/b.svg":   `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>`,
	}))
	page := s.page(t, "/ho-so/a/")
	for _, want := range []string{
		`<section class="prose profile-photos" aria-label="Ảnh">`,
		`<img src="/ho-so/a/lop.svg" alt="Giờ học &lt;b&gt;"`,
		`<figcaption>Giờ học &lt;b&gt; <span class="credit">Ảnh: Hồng Thi</span></figcaption>`,
		`<img src="/ho-so/a/b.svg" alt="Ảnh: A"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s:\n%s", want, page)
		}
	}
	if !s.exists("/ho-so/a/lop.svg") {
		t.Error("the photo is not published")
	}
}
