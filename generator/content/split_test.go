package content

import (
	"bytes"
	"testing"

	"github.com/adrg/frontmatter"
)

// splitCases are front-matter layouts, ordinary and odd.
var splitCases = []string{
	"---\ntitle: A\n---\nThân bài\n",
	"\n\n---\ntitle: A\n---\n\nThân bài\n---\nkhông phải front matter\n",
	"---\r\ntitle: A\r\n---\r\nThân\r\n",
	"---  \ntitle: A\n  ---  \nThân",
	"---\ntitle: A\n---",
	"---\ntitle: A\n",
	"---yaml\ntitle: A\n---\nB",
	"+++\ntitle = \"A\"\n+++\nB",
	"---toml\ntitle = \"A\"\n---\nB",
	";;;\n{\"title\": \"A\"}\n;;;\nB",
	"---json\n{\"title\": \"A\"}\n---\nB",
	"{\n\"title\": \"A\"\n}\n\nB",
	"{\n\"title\": \"A\"\n}\nB\n}\n\nC",
	"{\n\"title\": \"A\"\n}",
	"{\n\"a\": {\n}\n}\n\nB",
	"# Không có front matter\n",
	"",
	"--- \n---\n",
}

// TestFrontMatterSplit checks that the body parse takes from src after
// frontMatterEnd is the body adrg/frontmatter returns for the whole file,
// and the front matter frontMatterSpan finds is the one the library
// gives the format's unmarshal function.
func TestFrontMatterSplit(t *testing.T) {
	for _, s := range splitCases {
		checkSplit(t, []byte(s))
	}
}

func FuzzFrontMatterSplit(f *testing.F) {
	for _, s := range splitCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkSplit(t, []byte(s)) })
}

func checkSplit(t *testing.T, src []byte) {
	t.Helper()
	var data []byte // what the library gives the unmarshal function
	nop := func(b []byte, _ any) error { data = bytes.Clone(b); return nil }
	formats := []*frontmatter.Format{
		frontmatter.NewFormat("---", "---", nop), frontmatter.NewFormat("---yaml", "---", nop),
		frontmatter.NewFormat("+++", "+++", nop), frontmatter.NewFormat("---toml", "---", nop),
		frontmatter.NewFormat(";;;", ";;;", nop), frontmatter.NewFormat("---json", "---", nop),
		{Start: "{", End: "}", Unmarshal: nop, UnmarshalDelims: true, RequiresNewLine: true},
	}
	first, opening := frontMatterStart(src)
	start, stop, head := frontMatterSpan(src, first, opening)
	if head != frontMatterEnd(src, first, opening) {
		t.Fatalf("%q: frontMatterSpan and frontMatterEnd disagree", src)
	}
	whole, err := frontmatter.MustParse(bytes.NewReader(src), nil, formats...)
	if head == 0 {
		return // parse falls back to the whole file
	}
	if err != nil {
		t.Fatalf("%q: end found at %d but the library says %v", src, head, err)
	}
	if !bytes.Equal(src[start:stop], data) {
		t.Fatalf("%q: front matter %q, the library's %q", src, src[start:stop], data)
	}
	rest, err := frontmatter.MustParse(bytes.NewReader(src[:head]), nil, formats...)
	if err != nil || len(rest) != 0 {
		t.Fatalf("%q: the front matter alone gives rest %q, err %v", src, rest, err)
	}
	if !bytes.Equal(src[head:], whole) {
		t.Fatalf("%q: body %q, the library's %q", src, src[head:], whole)
	}
}
