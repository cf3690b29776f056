package content

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestHostileLinesAndCollisions completes TestHostileInput and TestBadInput
// from issue 6's list: errors in files saved with CRLF or a byte order mark
// keep their line numbers, a duplicate key in TOML is an error like one in
// YAML, and two profiles that would be published at one address are both
// named, whether by `slug:`, by file names that differ only in case, or
// by file names that differ only in how their accents are encoded (NFC
// and NFD, as macOS and Windows may save the same name).
func TestHostileLinesAndCollisions(t *testing.T) {
	unknown := strings.Replace(good, "district: chu-pah", "district: hanoi", 1)
	toml := "+++\ntitle = \"x\"\nkind = \"individual\"\ncategory = \"y-te\"\ndistrict = \"pleiku\"\nyear = 2019\nyear = 2020\ncriteria = [\"sang-kien\"]\n+++\nx\n"
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"CRLF line ends", map[string]string{"content/ho-so/x.md": strings.ReplaceAll(unknown, "\n", "\r\n")},
			[]string{`content/ho-so/x.md:5: district: "hanoi" không có trong danh sách districts của site.yaml`}},
		{"byte order mark", map[string]string{"content/ho-so/x.md": "\ufeff" + unknown},
			[]string{`content/ho-so/x.md:5: district: "hanoi" không có trong danh sách districts của site.yaml`}},
		{"duplicate key in TOML", map[string]string{"content/ho-so/x.md": toml},
			[]string{`content/ho-so/x.md:7: phần khai báo dạng TOML sai cú pháp`}},
		{"slug claims another profile's address", map[string]string{
			"content/ho-so/hoa.md":  good,
			"content/ho-so/khac.md": strings.Replace(good, "year: 2020\n", "year: 2020\nslug: \"Hoa\"\n", 1),
		}, []string{"content/ho-so/khac.md:1: slug: hồ sơ này và content/ho-so/hoa.md sẽ cùng được đăng ở địa chỉ /ho-so/hoa/"}},
		{"file names differing in case", map[string]string{"content/ho-so/Hoa.md": good, "content/ho-so/hoa.md": good},
			[]string{"content/ho-so/hoa.md:1: slug: hồ sơ này và content/ho-so/Hoa.md sẽ cùng được đăng ở địa chỉ /ho-so/hoa/"}},
		{"file names differing in normalization", map[string]string{
			"content/ho-so/" + norm.NFD.String("Ánh") + ".md": good,
			"content/ho-so/" + norm.NFC.String("Ánh") + ".md": good,
		}, []string{"sẽ cùng được đăng ở địa chỉ /ho-so/anh/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := load(t, tt.files, Options{})
			for _, w := range tt.want {
				if err == nil || !strings.Contains(err.Error(), w) {
					t.Errorf("err = %v\nwant %q", err, w)
				}
			}
		})
	}
}

// TestDuplicateKeyInJSON: a field given twice in JSON front matter should
// be an error naming both lines, as it is in YAML and TOML (encoding/json
// alone would keep the last one silently).
func TestDuplicateKeyInJSON(t *testing.T) {
	src := "{\n  \"title\": \"x\",\n  \"kind\": \"individual\",\n  \"category\": \"y-te\",\n  \"district\": \"pleiku\",\n" +
		"  \"year\": 2019,\n  \"year\": 2020,\n  \"criteria\": [\"sang-kien\"]\n}\n\nx\n"
	_, _, err := load(t, map[string]string{"content/ho-so/x.md": src}, Options{})
	if err == nil || !strings.Contains(err.Error(), "content/ho-so/x.md:7: trường year xuất hiện hai lần") {
		t.Errorf("err = %v", err)
	}
}

// TestJSONNestedNoFalseDuplicates: the same key in two awards, and keys in
// nested objects and arrays, are not duplicates.
func TestJSONNestedNoFalseDuplicates(t *testing.T) {
	src := "{\n  \"title\": \"x\",\n  \"kind\": \"individual\",\n  \"category\": \"y-te\",\n  \"district\": \"pleiku\",\n" +
		"  \"year\": 2020,\n  \"criteria\": [\"sang-kien\", \"title\"],\n" +
		"  \"awards\": [{\"title\": \"a\", \"year\": 2019}, {\"title\": \"b\", \"year\": 2020}, [], {}]\n}\n\nx\n"
	_, _, err := load(t, map[string]string{"content/ho-so/x.md": src}, Options{})
	if err != nil && strings.Contains(err.Error(), "xuất hiện hai lần") {
		t.Errorf("false duplicate: %v", err)
	}
	dup := strings.Replace(src, "{\"title\": \"b\", \"year\": 2020}", "{\"title\": \"b\",\n \"title\": \"c\"}", 1)
	_, _, err = load(t, map[string]string{"content/ho-so/x.md": dup}, Options{})
	if err == nil || !strings.Contains(err.Error(), "x.md:9: trường title xuất hiện hai lần (dòng 8 và 9)") {
		t.Errorf("nested duplicate: %v", err)
	}
}
