package editor

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/config"
)

// TestDeclaredDims: dimensions declared only in site.yaml (co-quan,
// dan-toc, commune in ../scaffold/testdata/chieu) are read, patched and
// composed like the five of every site, with no Go code naming them.
func TestDeclaredDims(t *testing.T) {
	data, err := os.ReadFile("../scaffold/testdata/chieu/site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, _, err := config.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(Fields(cfg), " "); !strings.HasPrefix(got, "title kind category district year criteria commune co-quan dan-toc summary") {
		t.Errorf("Fields = %s", got)
	}
	src := "---\ntitle: A\nkind: individual\ncategory: y-te\nyear: 2026\ncriteria: [sang-kien]\nco-quan: SYT   # Sở\ndan-toc: Jrai, Kinh\nx: 1\n---\nB.\n"
	v, body, err := Read([]byte(src), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if v.Dim("co-quan") != "so-y-te" || !slices.Equal(v.Dims["dan-toc"], []string{"gia-rai", "kinh"}) {
		t.Fatalf("Read: %+v", v.Dims)
	}
	v.SetDim("co-quan", "cong-an-tinh")
	v.SetDim("dan-toc", "gia-rai", "ba-na")
	v.SetDim("commune", "ia-ly")
	got, err := Patch([]byte(src), v, body, cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := "---\ntitle: A\nkind: individual\ncategory: y-te\nyear: 2026\ncriteria: [sang-kien]\ncommune: ia-ly\nco-quan: cong-an-tinh   # Sở\ndan-toc: [gia-rai, ba-na]\nx: 1\n---\nB.\n"
	if string(got) != want {
		t.Errorf("Patch:\n%s\nwant:\n%s", got, want)
	}
	text, _, err := Compose(cfg, v, "B.", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"commune: ia-ly            # Xã Ia Ly\n", "co-quan: cong-an-tinh     # Công an tỉnh\n", "dan-toc:                  # Dân tộc (không bắt buộc): một hoặc nhiều giá trị trong site.yaml\n  - gia-rai\n  - ba-na\n"} {
		if !strings.Contains(string(text), w) {
			t.Errorf("Compose lacks %q:\n%s", w, text)
		}
	}
	back, _, _ := Read(text, cfg)
	if !slices.Equal(back.Dims["dan-toc"], []string{"gia-rai", "ba-na"}) || back.Dim("co-quan") != "cong-an-tinh" {
		t.Errorf("read back %+v", back.Dims)
	}
}
