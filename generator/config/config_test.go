package config

import (
	"strings"
	"testing"
)

const base = `title: "Thử"
base_url: "https://thu.example"
categories: [{key: y-te, name: "Y tế"}]
districts:
  - {key: chu-pah, name: "Chư Păh", aliases: ["Huyện Chư Păh"]}
  - {key: dak-doa, name: "Đak Đoa", aliases: ["Đăk Đoa"]}
criteria: [{key: sang-kien, name: "Sáng kiến"}]
`

func TestParseDefaults(t *testing.T) {
	s, w, err := Parse([]byte(base))
	if err != nil || len(w) > 0 {
		t.Fatal(err, w)
	}
	if s.BaseURL != "https://thu.example/" || s.PerPage != 20 || s.Language != "vi" || s.Theme != "default" || s.UnsafeHTML {
		t.Errorf("defaults: %+v", s)
	}
	for in, want := range map[string]string{"chu-pah": "chu-pah", "CHƯ PĂH": "chu-pah", "huyện chư păh": "chu-pah", "Dak Doa": "dak-doa", "Đăk Đoa": "dak-doa"} {
		if got, ok := s.Districts.Resolve(in); !ok || got.Key != want {
			t.Errorf("Resolve(%q) = %q, %v", in, got.Key, ok)
		}
	}
	if _, ok := s.Districts.Resolve("Pleiku"); ok {
		t.Error("unknown district resolved")
	}
	if got, ok := s.Districts.Suggest("Chu Pa"); !ok || got.Key != "chu-pah" {
		t.Errorf("Suggest = %v %v", got, ok)
	}
	if k, ok := s.Kinds.Resolve("tập thể"); !ok || k.Key != "collective" || k.Slug != "tap-the" {
		t.Errorf("kind: %+v", k)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"missing title", strings.Replace(base, `title: "Thử"`, "", 1), "site.yaml:1: title: còn thiếu thiết lập này"},
		{"relative base_url", strings.Replace(base, `"https://thu.example"`, `"thu.example"`, 1), "site.yaml:2: base_url: phải là một địa chỉ đầy đủ, bắt đầu bằng http:// hoặc https://"},
		{"bad key", strings.Replace(base, "key: y-te", "key: Y Tế", 1), `site.yaml:3: categories: key "Y Tế" chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang; dùng "y-te"`},
		{"alias collision", strings.Replace(base, `["Đăk Đoa"]`, `["Chư Păh"]`, 1), `"Chư Păh" của mục "dak-doa" cũng là của mục "chu-pah"`},
		{"empty list", strings.Replace(base, `criteria: [{key: sang-kien, name: "Sáng kiến"}]`, "criteria: []", 1), "criteria: còn thiếu danh sách này, hoặc danh sách trống"},
		{"bad yaml", base + "per_page: [\n", "site.yaml:8: dấu [ mở ở dòng này nhưng không được đóng"},
		{"per_page", base + "per_page: 0\n", "site.yaml:8: per_page: phải là số nguyên từ 1 đến 1000"},
	}
	for _, tt := range tests {
		_, _, err := Parse([]byte(tt.yaml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestUnknownKeyWarning(t *testing.T) {
	_, w, err := Parse([]byte(base + "tittle: x\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 1 || w[0].Error() != `site.yaml:8: cảnh báo: tittle: thiết lập lạ, bị bỏ qua; có phải bạn muốn "title"?` {
		t.Errorf("warnings = %v", w)
	}
}
