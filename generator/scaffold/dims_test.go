package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/build"
	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/diag"
)

func chieu(t *testing.T) *config.Site {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "chieu", "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, _, err := config.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestDraftDeclaredDims: `new` writes every dimension site.yaml declares,
// the five of every site first and the others in declaration order, and
// checks their values against their terms; a required one that is
// missing is named with the flag that gives it.
func TestDraftDeclaredDims(t *testing.T) {
	cfg := chieu(t)
	text, slug, err := Draft(cfg, NewProfile{Title: "Rơ Mah Hoa", Kind: "cá nhân", Category: "Y tế", Year: 2026,
		Terms: map[string][]string{"commune": {"xã ia ly"}, "co-quan": {"SYT"}, "dan-toc": {"Jrai", "Ba Na", "gia-rai"}}})
	if err != nil {
		t.Fatal(err)
	}
	if slug != "ro-mah-hoa" {
		t.Errorf("slug = %q", slug)
	}
	want := `title: "Rơ Mah Hoa"
kind: individual            # Cá nhân
category: y-te   # Y tế
district: ""              # Huyện (không bắt buộc): một giá trị trong site.yaml
year: 2026
criteria:                 # một hoặc nhiều tiêu chí trong site.yaml
  - sang-kien
commune: ia-ly            # Xã Ia Ly
co-quan: so-y-te          # Sở Y tế
dan-toc:                  # Dân tộc (không bắt buộc): một hoặc nhiều giá trị trong site.yaml
  - gia-rai
  - ba-na
summary: ""`
	if !strings.Contains(string(text), want) {
		t.Errorf("front matter:\n%s\nwant it to contain:\n%s", text, want)
	}
	// The draft is a profile like any other: published, it checks clean
	// of errors, with every declared value read back.
	dir := t.TempDir()
	data, _ := os.ReadFile(filepath.Join("testdata", "chieu", "site.yaml"))
	os.WriteFile(filepath.Join(dir, "site.yaml"), data, 0o644)
	os.MkdirAll(filepath.Join(dir, "content", "ho-so"), 0o755)
	os.WriteFile(filepath.Join(dir, "content", "ho-so", slug+".md"), []byte(strings.Replace(string(text), "draft: true", "draft: false", 1)), 0o644)
	if _, err := build.Check(build.Options{SiteDir: dir}); err != nil {
		t.Errorf("check: %v", err)
	}

	// Missing and mistyped values.
	_, _, err = Draft(cfg, NewProfile{Title: "X", Kind: "individual", Category: "y-te", Year: 2026,
		Terms: map[string][]string{"dan-toc": {"Ba Naa"}, "ton-giao": {"x"}}})
	var got []string
	for _, e := range diag.Errors(err) {
		got = append(got, e.Error())
	}
	for _, w := range []string{
		`--co-quan: còn thiếu giá trị này; thêm --set co-quan=<giá trị>, giá trị lấy trong danh sách co-quan của site.yaml`,
		`--dan-toc: "Ba Naa" không có trong danh sách dan-toc của site.yaml; có phải bạn muốn "Ba Na" (ba-na)?`,
		`--set: site.yaml không có chiều phân loại "ton-giao"; các chiều có: category, district, commune, year, criteria, kind, co-quan, dan-toc`,
	} {
		if !strings.Contains(strings.Join(got, "\n"), w) {
			t.Errorf("errors lack %q:\n%s", w, strings.Join(got, "\n"))
		}
	}
}
