package editor

import (
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/config"
)

const siteYAML = `title: "Thử"
base_url: "https://thu.example/"
categories:
  - {key: giao-duc, name: "Giáo dục"}
  - {key: y-te, name: "Y tế"}
districts:
  - {key: chu-pah, name: "Chư Păh"}
  - {key: dak-doa, name: "Đak Đoa", aliases: ["Đăk Đoa"]}
criteria:
  - {key: sang-kien, name: "Sáng kiến"}
  - {key: tuong-than, name: "Tương thân"}
`

func site(t *testing.T) *config.Site {
	t.Helper()
	cfg, _, err := config.Parse([]byte(siteYAML))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// hand is a profile as a person writes it: a comment, an unknown field,
// a name instead of a key, flow criteria, a body with odd spacing.
const hand = `---
# ghi chú của người viết
title: "Ksor Ba"   # tên thật
kind: individual
category: giao-duc
district: Đăk Đoa
year: 2019
criteria: [sang-kien]
que_quan: Chư Sê
awards:
  - title: "Bằng khen"
    year: 2019
    issuer: "UBND tỉnh"
    decision: "QĐ 1"
draft: true
---

Anh Ba   trồng *cà phê*.
<!-- chú thích -->
`

func TestPatchUnchanged(t *testing.T) {
	cfg := site(t)
	v, body, err := Read([]byte(hand), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if v.Dim("district") != "dak-doa" || v.Title != "Ksor Ba" || len(v.Awards) != 1 || v.Awards[0].Year != "2019" || !v.Draft {
		t.Fatalf("Read: %+v", v)
	}
	got, err := Patch([]byte(hand), v, body, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != hand {
		t.Errorf("unchanged values changed the file:\n%s", got)
	}
}

func TestPatchChanges(t *testing.T) {
	cfg := site(t)
	for _, tc := range []struct {
		name   string
		change func(v *Values, body *string)
		want   string // hand with these replacements, "old=>new" per line
	}{
		{"title keeps its comment", func(v *Values, _ *string) { v.Title = "Ksor Ba \"Già\"" },
			`title: "Ksor Ba"   # tên thật=>title: "Ksor Ba \"Già\""   # tên thật`},
		{"district written as a key", func(v *Values, _ *string) { v.SetDim("district", "chu-pah") }, `district: Đăk Đoa=>district: chu-pah`},
		{"flow criteria stay flow", func(v *Values, _ *string) { v.SetDim("criteria", "sang-kien", "tuong-than") },
			`criteria: [sang-kien]=>criteria: [sang-kien, tuong-than]`},
		{"wrong year kept as typed", func(v *Values, _ *string) { v.SetDim("year", "20x9") }, `year: 2019=>year: "20x9"`},
		{"missing field inserted in order", func(v *Values, _ *string) { v.Summary = "Một câu." },
			"criteria: [sang-kien]\n=>criteria: [sang-kien]\nsummary: \"Một câu.\"\n"},
		{"draft off", func(v *Values, _ *string) { v.Draft = false }, `draft: true=>draft: false`},
		{"award year", func(v *Values, _ *string) { v.Awards[0].Year = "2020" }, `    year: 2019=>    year: 2020`},
		{"body", func(_ *Values, b *string) { *b = "Mới.\n" }, "Anh Ba   trồng *cà phê*.\n<!-- chú thích -->=>Mới."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, body, _ := Read([]byte(hand), cfg)
			tc.change(&v, &body)
			got, err := Patch([]byte(hand), v, body, cfg)
			if err != nil {
				t.Fatal(err)
			}
			want := hand
			old, nw, _ := strings.Cut(tc.want, "=>")
			if !strings.Contains(want, old) {
				t.Fatalf("test: %q not in hand", old)
			}
			want = strings.Replace(want, old, nw, 1)
			if string(got) != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestPatchBlockCriteriaAndCRLF(t *testing.T) {
	cfg := site(t)
	src := strings.ReplaceAll("---\ntitle: A\ncriteria:   # nhiều\n    - sang-kien\nx: 1\n---\nThân.\n", "\n", "\r\n")
	v, body, err := Read([]byte(src), cfg)
	if err != nil {
		t.Fatal(err)
	}
	v.SetDim("criteria", append(v.Dims["criteria"], "tuong-than")...)
	got, _ := Patch([]byte(src), v, body, cfg)
	want := strings.ReplaceAll("---\ntitle: A\ncriteria:   # nhiều\n    - sang-kien\n    - tuong-than\nx: 1\n---\nThân.\n", "\n", "\r\n")
	if string(got) != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	got, _ = Patch([]byte(src), v, "Thân mới.\nHai.\n", cfg)
	if !strings.HasSuffix(string(got), "---\r\nThân mới.\r\nHai.\r\n") {
		t.Errorf("body with CRLF: %q", got)
	}
}

func TestCompose(t *testing.T) {
	cfg := site(t)
	v := Values{Title: "Rơ Mah Hoa", Dims: map[string][]string{"kind": {"individual"}, "category": {"y-te"}, "district": {"dak-doa"},
		"year": {"2020"}, "criteria": {"sang-kien", "tuong-than"}}, Awards: []Award{{Title: "Bằng khen", Year: "2020", Issuer: "UBND", Decision: "QĐ 5"}},
		Photo: "anh.jpg", Draft: false}
	text, slug, err := Compose(cfg, v, "Chị Hoa.\n", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	for _, want := range []string{"title: \"Rơ Mah Hoa\"\n", "district: dak-doa   # Đak Đoa\n", "category: y-te   # Y tế\n",
		"  - sang-kien\n  - tuong-than\n", "photo: \"anh.jpg\"", "draft: false               # đổi thành false", "---\n\nChị Hoa.\n",
		"  - title: \"Bằng khen\"\n    year: 2020\n    issuer: \"UBND\"\n    decision: \"QĐ 5\""} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %q in:\n%s", want, s)
		}
	}
	if slug != "ro-mah-hoa" {
		t.Errorf("slug %q", slug)
	}
	back, body, _ := Read(text, cfg)
	if back.Dim("district") != "dak-doa" || len(back.Dims["criteria"]) != 2 || body != "Chị Hoa.\n" || back.Draft {
		t.Errorf("read back %+v %q", back, body)
	}
	// An unfinished draft: no district yet.
	v.SetDim("district")
	v.SetDim("year", "20x0")
	v.Draft = true
	text, _, err = Compose(cfg, v, "", time.Now())
	if err != nil || !strings.Contains(string(text), "district: \"\"\n") || !strings.Contains(string(text), "year: \"20x0\"\n") {
		t.Errorf("unfinished draft: %v\n%s", err, text)
	}
}

func TestSafeName(t *testing.T) {
	long := strings.Repeat("ảnh dài ", 40)
	for _, tc := range []struct{ in, want string }{
		{"../x.jpg", "x.jpg"},
		{"..\\..\\x.jpg", "x.jpg"},
		{"con.jpg", "con-anh.jpg"},
		{"NUL.png", "nul-anh.jpg"},
		{"Ảnh Già làng.JPG", "anh-gia-lang.jpg"},
		{"A\u0301nh ca\u0300 phe\u0302.jpg", "anh-ca-phe.jpg"}, // NFD
		{".htaccess", "anh.jpg"},
		{"_x.jpg", "x.jpg"},
		{"....jpg", "anh.jpg"},
		{"", "anh.jpg"},
		{long + ".jpg", "anh-dai-anh-dai-anh-dai-anh-dai-anh-dai-anh-dai-anh-dai-anh.jpg"},
	} {
		if got := SafeName(tc.in, ".jpg"); got != tc.want {
			t.Errorf("SafeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := SafeName(tc.in, ".jpg"); len(got) > MaxNameLen+4 {
			t.Errorf("SafeName(%q) too long: %d", tc.in, len(got))
		}
	}
	if got := SafeFolder("../Ảnh/./Lễ trao giải/con/a/b"); got != "anh/le-trao-giai/con-thu-muc" {
		t.Errorf("SafeFolder = %q", got)
	}
}
