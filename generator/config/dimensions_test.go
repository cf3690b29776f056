package config

import (
	"strings"
	"testing"
)

const dimsHead = "title: T\nbase_url: https://t.example/\n"

// TestDefaultDims: a site without a dimensions block has the five
// built-in dimensions, in the order guongsang always showed them.
func TestDefaultDims(t *testing.T) {
	s, _, err := Parse([]byte(dimsHead + `categories: [{key: y-te, name: "Y tế"}]
districts: [{key: chu-pah, name: "Chư Păh"}]
criteria: [{key: sang-kien, name: "Sáng kiến"}]
`))
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for i, d := range s.Dims {
		keys = append(keys, d.Key+d.Path)
		if d.Index != i {
			t.Errorf("%s has index %d, want %d", d.Key, d.Index, i)
		}
	}
	if got := strings.Join(keys, " "); got != "category/linh-vuc/ district/dia-ban/ year/nam/ criteria/tieu-chi/ kind/loai/" {
		t.Errorf("dimensions = %s", got)
	}
	if k, ok := s.Kinds.Resolve("Tập thể"); !ok || k.Slug != "tap-the" || s.Districts.Terms[0].Key != "chu-pah" {
		t.Error("the vocabularies of new and import are not the dimensions'")
	}
}

// TestDeclaredDims reads a dimensions block with history links, both ways.
func TestDeclaredDims(t *testing.T) {
	s, w, err := Parse([]byte(dimsHead + `province: "Gia Lai"
dimensions:
  - key: district
    name: "Địa bàn"
    place: true
    card: 2
    terms:
      - {key: chu-pah, name: "Chư Păh", until: 2025-06-30, now_part_of: ["Xã Ia Ly"]}
  - key: commune
    name: "Xã, phường"
    path: xa-phuong
    place: true
    card: 1
    filter: false
    terms:
      - {key: ia-ly, name: "Xã Ia Ly", since: 2025-07-01}
      - {key: ia-ka, name: "Xã Ia Ka", since: 2025-07-01, formerly: [chu-pah]}
  - {key: year, type: year, name: "Năm", path: nam}
`))
	if err != nil || len(w) > 0 {
		t.Fatalf("err %v, warnings %v", err, w)
	}
	if s.Province != "Gia Lai" || len(s.Dims) != 3 || s.YearDim() != s.Dims[2] {
		t.Fatalf("site %+v", s)
	}
	dis, com := s.Dim("district"), s.Dim("commune")
	cp, _ := dis.Vocab.Lookup("chu-pah")
	if cp.Until.Format("2006-01-02") != "2025-06-30" || len(cp.NowPartOf) != 2 ||
		cp.NowPartOf[0] != (TermRef{"commune", "ia-ly"}) || cp.NowPartOf[1] != (TermRef{"commune", "ia-ka"}) {
		t.Errorf("Chư Păh now part of %v", cp.NowPartOf)
	}
	ly, _ := com.Vocab.Lookup("ia-ly")
	if len(ly.Formerly) != 1 || ly.Formerly[0] != (TermRef{"district", "chu-pah"}) {
		t.Errorf("Ia Ly formerly %v", ly.Formerly)
	}
	if com.Path != "/xa-phuong/" || com.Filter != 0 || dis.Filter == 0 {
		t.Errorf("commune path %q filter %d, district filter %d", com.Path, com.Filter, dis.Filter)
	}
	if on := s.On(func(d *Dimension) int { return d.Card }); len(on) != 3 || on[0] != com || on[1] != dis || on[2] != s.Dims[2] {
		t.Errorf("card order %v", on)
	}
}

// TestDimsErrors: every mistake in a dimensions block is reported, with
// its line and a message naming the fix.
func TestDimsErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"builtin field", "  - {key: tt, field: title, name: X, terms: [{key: a, name: A}]}\n", `trường "title" đã là một trường sẵn có`},
		{"reserved path", "  - {key: hs, path: ho-so, name: X, terms: [{key: a, name: A}]}\n", `đường dẫn "ho-so" đã là một trang có sẵn`},
		{"two years", "  - {key: y1, type: year, name: Năm}\n  - {key: y2, type: year, name: Năm 2}\n", "chỉ được có một chiều kiểu năm"},
		{"bad heading", "  - {key: a, name: A, heading: Gương sáng, terms: [{key: a, name: A}]}\n", "phải có đúng một chỗ %s"},
		{"unknown link", "  - {key: a, name: A, terms: [{key: x, name: X, now_part_of: [khong-co]}]}\n", `không tìm thấy "khong-co"`},
		{"bad date", "  - {key: a, name: A, terms: [{key: x, name: X, until: 31/13/2025}]}\n", `"31/13/2025" không phải là ngày`},
		{"bad type", "  - {key: a, name: A, type: so}\n", `kiểu "so" không có`},
		{"bad position", "  - {key: a, name: A, card: đầu, terms: [{key: x, name: X}]}\n", "phải là true, false hoặc một số thứ tự"},
		{"same column", "  - {key: a, name: A, column: c, terms: [{key: x, name: X}]}\n  - {key: b, name: B, column: c, terms: [{key: y, name: Y}]}\n", `cột "c" đã được chiều ở dòng 4 dùng`},
	}
	for _, tt := range tests {
		_, _, err := Parse([]byte(dimsHead + "dimensions:\n" + tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}
