package markdown

import (
	"slices"
	"strings"
	"testing"
)

// TestRawHTMLReported: every piece of raw HTML is listed with its line and
// first tag, closing tags of inline HTML are not listed twice, and none of
// it reaches the page when HTML is off.
func TestRawHTMLReported(t *testing.T) {
	src := "Đoạn một.\n\n<iframe src=\"https://www.youtube.com/embed/x\" width=\"560\"\nheight=\"315\"></iframe>\n\nChữ <span class=\"do\">đỏ</span> và <b>đậm</b>.\n\n<div>\nkhối\n</div>\n"
	res, err := New(false).Convert([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []RawHTML{
		{3, `<iframe src="https://www.youtube.com/embed/x" width="560"…`},
		{6, `<span class="do">`}, {6, `<b>`},
		{8, `<div>`},
	}
	if !slices.Equal(res.RawHTML, want) {
		t.Errorf("RawHTML = %+v\nwant %+v", res.RawHTML, want)
	}
	for _, bad := range []string{"<iframe", "<span", "<b>", "<div>"} {
		if strings.Contains(res.HTML, bad) {
			t.Errorf("%s published with HTML off: %s", bad, res.HTML)
		}
	}
	if res, _ := New(false).Convert([]byte("Không có HTML, chỉ 3 < 4 và a > b.\n")); len(res.RawHTML) != 0 {
		t.Errorf("plain text reported as HTML: %+v", res.RawHTML)
	}
}
