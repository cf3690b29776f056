package scaffold

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/build"
)

// TestInitNewBuild: a new site builds, `new` writes a profile that checks
// clean once it is no longer a draft, and `new` refuses to overwrite.
func TestInitNewBuild(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	if err := Site(dir); err != nil {
		t.Fatal(err)
	}
	if err := Site(dir); err == nil {
		t.Error("init into a non-empty folder succeeded")
	}
	rel, err := Profile(dir, NewProfile{Title: "Trạm Y tế xã Hà Bầu", Kind: "tập thể", Category: "Y tế", District: "Đak Đoa", Year: 2020})
	if err != nil {
		t.Fatal(err)
	}
	if rel != filepath.Join("content", "ho-so", "tram-y-te-xa-ha-bau.md") {
		t.Errorf("path = %s", rel)
	}
	if _, err := Profile(dir, NewProfile{Title: "Trạm Y tế xã Hà Bầu", Kind: "collective", Category: "y-te", District: "dak-doa", Year: 2020}); err == nil || err.Error() != "content/ho-so/tram-y-te-xa-ha-bau.md đã có; tệp đó không bị thay đổi" {
		t.Errorf("overwrite: err = %v", err)
	}
	p := filepath.Join(dir, rel)
	b, _ := os.ReadFile(p)
	for _, field := range []string{"title:", "kind: collective", "category: y-te", "district: dak-doa", "year: 2020", "criteria:", "summary:", "date:",
		"author:", "organization:", "sort_name:", "photo:", "photo_caption:", "photo_credit:", "awards:", "featured:", "draft: true", "slug:"} {
		if !strings.Contains(string(b), field) {
			t.Errorf("new profile lacks %q", field)
		}
	}
	// Published as is (draft: false), the template checks without errors
	// but warns about the two things it made up; init's example profile
	// is a draft, so it is left out.
	os.WriteFile(p, []byte(strings.Replace(string(b), "draft: true", "draft: false", 1)), 0o644)
	res, err := build.Check(build.Options{SiteDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range res.Warnings {
		got = append(got, w.Error())
	}
	want := []string{
		"content/ho-so/tram-y-te-xa-ha-bau.md:10: cảnh báo: date: ngày 2020-01-01 là ngày mẫu do guongsang new điền sẵn; ghi ngày thật (ví dụ ngày được khen) và xoá ghi chú phía sau",
		`content/ho-so/tram-y-te-xa-ha-bau.md:27: cảnh báo: nội dung vẫn là đoạn mẫu do guongsang viết sẵn ("Viết nội dung ở đây…") mà hồ sơ đã để đăng (draft: false); viết nội dung thật vào chỗ đó, hoặc để draft: true cho đến khi viết xong`,
	}
	if res.Profiles != 1 || res.Drafts != 1 || !slices.Equal(got, want) {
		t.Errorf("profiles %d drafts %d warnings:\n%s", res.Profiles, res.Drafts, strings.Join(got, "\n"))
	}
	_, err = Profile(dir, NewProfile{Title: "X", Kind: "nhóm", Category: "y-te", District: "Chu Pa", Year: 2020})
	if err == nil || !strings.Contains(err.Error(), `có phải bạn muốn "Chư Păh" (chu-pah)?`) {
		t.Errorf("bad values: %v", err)
	}
}
