package editor

import (
	"strings"
	"testing"
	"time"
)

// withAwards is a profile whose awards a person commented.
const withAwards = `---
title: "Ksor Ba"
kind: individual
category: giao-duc
district: chu-pah
year: 2019
criteria: [sang-kien]
awards:
  # cấp tỉnh
  - title: "Bằng khen"   # bản gốc
    year: 2019
    issuer: "UBND tỉnh"
    decision: "QĐ 1"   # số cũ

  # cấp huyện
  - title: Giấy khen
    issuer: UBND huyện
    decision: QĐ 2
  - {title: "Danh hiệu", year: 2017, issuer: "Sở", decision: "QĐ 3"}
draft: true
---
Thân.
`

// TestPatchAwardRows: a changed awards list changes only the rows that
// changed; the other rows, and the comments inside and above them, stay
// byte for byte.
func TestPatchAwardRows(t *testing.T) {
	cfg := site(t)
	a1 := Award{Title: "Bằng khen", Year: "2019", Issuer: "UBND tỉnh", Decision: "QĐ 1"}
	a2 := Award{Title: "Giấy khen", Issuer: "UBND huyện", Decision: "QĐ 2"}
	a3 := Award{Title: "Danh hiệu", Year: "2017", Issuer: "Sở", Decision: "QĐ 3"}
	mod := func(a Award, f func(*Award)) Award { f(&a); return a }
	for _, tc := range []struct {
		name   string
		awards []Award
		want   string // withAwards with these replacements, "old=>new" separated by "||"
	}{
		{"decision of the first keeps its comment", []Award{mod(a1, func(a *Award) { a.Decision = "QĐ 9" }), a2, a3},
			`    decision: "QĐ 1"   # số cũ=>    decision: "QĐ 9"   # số cũ`},
		{"year added to a plain row", []Award{a1, mod(a2, func(a *Award) { a.Year = "2018" }), a3},
			"    issuer: UBND huyện\n    decision: QĐ 2\n=>    issuer: UBND huyện\n    decision: QĐ 2\n    year: 2018\n"},
		{"plain value replaced inside its line", []Award{a1, mod(a2, func(a *Award) { a.Issuer = "UBND thị xã" }), a3},
			`    issuer: UBND huyện=>    issuer: "UBND thị xã"`},
		{"first removed with its comment", []Award{a2, a3},
			"  # cấp tỉnh\n  - title: \"Bằng khen\"   # bản gốc\n    year: 2019\n    issuer: \"UBND tỉnh\"\n    decision: \"QĐ 1\"   # số cũ\n\n=>"},
		{"middle removed", []Award{a1, a3},
			"  # cấp huyện\n  - title: Giấy khen\n    issuer: UBND huyện\n    decision: QĐ 2\n=>"},
		{"added at the end", []Award{a1, a2, a3, {Title: "Cờ thi đua", Year: "2020", Issuer: "Chính phủ", Decision: "QĐ 4"}},
			"  - {title: \"Danh hiệu\", year: 2017, issuer: \"Sở\", decision: \"QĐ 3\"}\n=>" +
				"  - {title: \"Danh hiệu\", year: 2017, issuer: \"Sở\", decision: \"QĐ 3\"}\n  - title: \"Cờ thi đua\"\n    year: 2020\n    issuer: \"Chính phủ\"\n    decision: \"QĐ 4\"\n"},
		{"added between", []Award{a1, {Title: "Mới"}, a2, a3},
			"    decision: \"QĐ 1\"   # số cũ\n\n=>    decision: \"QĐ 1\"   # số cũ\n\n  - title: \"Mới\"\n    issuer: \"\"\n    decision: \"\"\n"},
		{"flow row changed is written whole", []Award{a1, a2, mod(a3, func(a *Award) { a.Year = "2016" })},
			"  - {title: \"Danh hiệu\", year: 2017, issuer: \"Sở\", decision: \"QĐ 3\"}\n=>" +
				"  - title: \"Danh hiệu\"\n    year: 2016\n    issuer: \"Sở\"\n    decision: \"QĐ 3\"\n"},
		{"swapped rows keep the commented one", []Award{a2, a1, a3},
			"awards:\n=>awards:\n  - title: \"Giấy khen\"\n    issuer: \"UBND huyện\"\n    decision: \"QĐ 2\"\n||" +
				"  # cấp huyện\n  - title: Giấy khen\n    issuer: UBND huyện\n    decision: QĐ 2\n=>"},
		{"all removed", nil,
			"awards:\n  # cấp tỉnh\n  - title: \"Bằng khen\"   # bản gốc\n    year: 2019\n    issuer: \"UBND tỉnh\"\n    decision: \"QĐ 1\"   # số cũ\n\n  # cấp huyện\n  - title: Giấy khen\n    issuer: UBND huyện\n    decision: QĐ 2\n  - {title: \"Danh hiệu\", year: 2017, issuer: \"Sở\", decision: \"QĐ 3\"}\n=>awards:\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, body, err := Read([]byte(withAwards), cfg)
			if err != nil {
				t.Fatal(err)
			}
			if len(v.Awards) != 3 || v.Awards[1] != a2 || v.Awards[2] != a3 {
				t.Fatalf("Read: %+v", v.Awards)
			}
			v.Awards = tc.awards
			got, err := Patch([]byte(withAwards), v, body, cfg)
			if err != nil {
				t.Fatal(err)
			}
			want := withAwards
			for _, r := range strings.Split(tc.want, "||") {
				old, nw, _ := strings.Cut(r, "=>")
				if !strings.Contains(want, old) {
					t.Fatalf("test: %q not in the file", old)
				}
				want = strings.Replace(want, old, nw, 1)
			}
			if string(got) != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			back, _, _ := Read(got, cfg)
			if len(back.Awards) != len(tc.awards) {
				t.Errorf("read back %d awards, want %d: %+v", len(back.Awards), len(tc.awards), back.Awards)
			}
			for i := range tc.awards {
				if i < len(back.Awards) && back.Awards[i] != tc.awards[i] {
					t.Errorf("award %d read back %+v, want %+v", i, back.Awards[i], tc.awards[i])
				}
			}
		})
	}
}

// TestComposeFillsPlaceholderAward: the unfilled row of `new`'s template
// is filled in place when the writer adds an award in the form.
func TestComposeFillsPlaceholderAward(t *testing.T) {
	cfg := site(t)
	v := Values{Title: "A", Dims: map[string][]string{"kind": {"individual"}, "category": {"y-te"}, "district": {"dak-doa"}, "year": {"2020"}}}
	text, _, err := Compose(cfg, v, "x", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	v2, body, _ := Read(text, cfg)
	v2.Awards = []Award{{Title: "Bằng khen", Year: "2020", Issuer: "UBND tỉnh", Decision: "QĐ 7"}}
	got, err := Patch(text, v2, body, cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := "awards:\n  - title: \"Bằng khen\"             # ví dụ: Bằng khen của Chủ tịch UBND tỉnh\n    year: 2020\n    issuer: \"UBND tỉnh\"\n    decision: \"QĐ 7\"          # ví dụ: Quyết định số 123/QĐ-UBND ngày 20/11/2020\nfeatured"
	if !strings.Contains(string(got), want) {
		t.Errorf("got:\n%s\nwant it to contain:\n%s", got, want)
	}
}

// TestPatchPhotos: the other photos are inserted after the fields before
// them, written as `new` would, and read back.
func TestPatchPhotos(t *testing.T) {
	cfg := site(t)
	v, body, _ := Read([]byte(hand), cfg)
	v.Photos = []Photo{{File: "anh/trao-giai.jpg", Caption: "Nhận Bằng khen", Credit: "Hồng Thi"}, {File: "lop.jpg"}}
	got, err := Patch([]byte(hand), v, body, cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(hand, "que_quan: Chư Sê\n", "photos:\n  - file: \"anh/trao-giai.jpg\"\n    caption: \"Nhận Bằng khen\"\n    credit: \"Hồng Thi\"\n  - file: \"lop.jpg\"\nque_quan: Chư Sê\n", 1)
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	back, _, _ := Read(got, cfg)
	if len(back.Photos) != 2 || back.Photos[0] != v.Photos[0] || back.Photos[1].File != "lop.jpg" {
		t.Errorf("read back %+v", back.Photos)
	}
	// Unchanged photos leave the file as it is.
	if again, _ := Patch(got, back, body, cfg); string(again) != string(got) {
		t.Errorf("unchanged photos changed the file:\n%s", again)
	}
}
