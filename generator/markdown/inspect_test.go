package markdown

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/internal/benchgen"
)

// inspectCases are bodies where a shortcut of Inspect could go wrong: a
// first paragraph after a fence with blank lines, after a list, made a
// heading or a table head by the next line, with a reference defined
// further down, long enough that the prefix grows, and bodies with raw
// HTML or images.
var inspectCases = []string{
	"",
	"Một đoạn.",
	"## Tiêu đề\n\nAnh **Ksor** giúp\ndân [làm nhà](https://x).\n\nĐoạn hai.",
	"```\ncode\n\n\ncode\n```\n\nĐoạn sau mã.\n",
	"```\n" + strings.Repeat("mã\n\n", 400) + "```\n\nSau một khối mã dài.\n",
	"- mục\n\n  tiếp mục\n\nĐoạn ngoài.\n",
	"Tiêu đề\n=======\n\nĐoạn.\n",
	"| a | b |\n|---|---|\n| 1 | 2 |\n\nSau bảng.\n",
	strings.Repeat("x", 600) + "\n---\n\nSau tiêu đề setext.\n",
	"Xem [trang][gl].\n\n" + strings.Repeat("Đoạn.\n\n", 200) + "[gl]: https://gialai.gov.vn\n",
	"Chú thích[^1].\n\n" + strings.Repeat("Đoạn.\n\n", 200) + "[^1]: Nguồn.\n",
	"> trích\nlười tiếp\n\nĐoạn.\n",
	strings.Repeat("    mã thụt lề\n\n", 300) + "Đoạn cuối cùng.\n",
	strings.Repeat("# Mục\n\n", 300) + "Đoạn xa, www.gialai.gov.vn\nvà dòng hai.\n",
	"Đoạn với www.gialai.gov.vn\nở cuối dòng.\n\n" + strings.Repeat("Thêm.\n\n", 200) + "vanphong@gialai.gov.vn\n",
	"Có <b>thẻ</b>.\n\n![ảnh](a.png)\n\n![xa](https://x.org/a.png)\n",
	"<div>\nkhối\n</div>\n\nĐoạn.\n",
	"Dòng một\r\nDòng hai\r\n\r\n" + strings.Repeat("Đoạn.\r\n\r\n", 200),
}

func checkInspect(t *testing.T, c *Converter, src []byte) {
	t.Helper()
	want, err := c.Convert(src)
	if err != nil {
		t.Fatal(err)
	}
	want.HTML = ""
	if got := c.Inspect(src, true); !reflect.DeepEqual(got, want) {
		t.Errorf("Inspect(%.80q, true) = %+v\nConvert: %+v", src, got, want)
	}
	want.FirstParagraph = ""
	if got := c.Inspect(src, false); !reflect.DeepEqual(got, want) {
		t.Errorf("Inspect(%.80q, false) = %+v\nConvert: %+v", src, got, want)
	}
}

// TestInspectEqualsConvert: Inspect finds what Convert finds, on the
// cases above and on the bodies of both benchmark corpora.
func TestInspectEqualsConvert(t *testing.T) {
	for _, unsafe := range []bool{false, true} {
		c := New(unsafe)
		for _, s := range append(inspectCases, linkifyCases...) {
			checkInspect(t, c, []byte(s))
		}
	}
	c := New(false)
	for _, shape := range []benchgen.Shape{benchgen.ShapeDefault, benchgen.ShapeLong} {
		plan := benchgen.PlanShape(300, 7, shape)
		for i := range plan {
			var b bytes.Buffer
			benchgen.RenderProfile(&b, &plan[i], 7, i)
			src := b.Bytes()
			if j := bytes.Index(src[3:], []byte("\n---\n")); j >= 0 {
				src = src[3+j+5:] // the body
			}
			checkInspect(t, c, src)
		}
	}
}

func FuzzInspect(f *testing.F) {
	for _, s := range append(inspectCases, linkifyCases...) {
		f.Add(s)
	}
	c := New(false)
	f.Fuzz(func(t *testing.T, s string) {
		checkInspect(t, c, []byte(s))
	})
}
