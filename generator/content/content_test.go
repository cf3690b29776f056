package content

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/internal/benchgen"
)

const siteYAML = `title: "Thử"
base_url: "https://thu.example/"
categories:
  - {key: giao-duc, name: "Giáo dục, đào tạo", aliases: ["Giáo dục"]}
  - {key: y-te, name: "Y tế"}
districts:
  - {key: chu-pah, name: "Chư Păh", aliases: ["Huyện Chư Păh"]}
  - {key: dak-doa, name: "Đak Đoa"}
  - {key: pleiku, name: "Pleiku", aliases: ["Thành phố Pleiku"]}
criteria:
  - {key: sang-kien, name: "Sáng kiến"}
  - {key: tuong-than-tuong-ai, name: "Tương thân tương ái"}
`

func site(t testing.TB) *config.Site {
	t.Helper()
	s, _, err := config.Parse([]byte(siteYAML))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var now = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// good is a valid profile; tests edit one thing at a time.
const good = `---
title: "Nguyễn Thị Hoa"
kind: individual
category: giao-duc
district: chu-pah
year: 2020
criteria: [sang-kien]
---

Cô giáo **Hoa** dạy học ở làng.
`

func load(t *testing.T, files map[string]string, opts Options) (*Set, []*diag.Error, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	if opts.Now.IsZero() {
		opts.Now = now
	}
	return Load(fsys, site(t), opts)
}

func TestLoadGood(t *testing.T) {
	set, warnings, err := load(t, map[string]string{"content/ho-so/nguyen-thi-hoa.md": good}, Options{})
	if err != nil || len(warnings) > 0 {
		t.Fatalf("err = %v, warnings = %v", err, warnings)
	}
	if len(set.Profiles) != 1 {
		t.Fatalf("got %d profiles", len(set.Profiles))
	}
	p := set.Profiles[0]
	if p.URL != "/ho-so/nguyen-thi-hoa/" || val(t, p, "kind") != "individual" || val(t, p, "district") != "chu-pah" || p.Year != 2020 {
		t.Errorf("profile = %+v", p)
	}
	if p.Summary != "Cô giáo Hoa dạy học ở làng." {
		t.Errorf("summary from first paragraph = %q", p.Summary)
	}
	if html, err := p.Body.HTML(); err != nil || !strings.Contains(html, "<strong>Hoa</strong>") {
		t.Errorf("html = %s, %v", html, err)
	}
}

// TestResolve checks that vocabulary values resolve whatever way they are
// written: key, name, alias, any case, composed or decomposed.
func TestResolve(t *testing.T) {
	tests := []struct {
		field, value, want string
	}{
		{"district", "chu-pah", "chu-pah"},
		{"district", "Chư Păh", "chu-pah"},
		{"district", "CHƯ PĂH", "chu-pah"},
		{"district", norm.NFD.String("Chư Păh"), "chu-pah"},
		{"district", "Huyện Chư Păh", "chu-pah"},
		{"district", "dak doa", "dak-doa"},
		{"district", "ĐAK ĐOA", "dak-doa"},
		{"district", "Thành phố Pleiku", "pleiku"},
		{"kind", "cá nhân", "individual"},
		{"kind", "Tập thể", "collective"},
		{"kind", "COLLECTIVE", "collective"},
		{"category", "giáo dục", "giao-duc"},
		{"category", "Giáo dục, đào tạo", "giao-duc"},
		{"category", "Y TẾ", "y-te"},
	}
	for _, tt := range tests {
		src := strings.Replace(good, tt.field+": ", tt.field+": \""+tt.value+"\" #", 1)
		set, _, err := load(t, map[string]string{"content/ho-so/a.md": src}, Options{})
		if err != nil {
			t.Errorf("%s %q: %v", tt.field, tt.value, err)
			continue
		}
		p := set.Profiles[0]
		got := map[string]string{"district": val(t, p, "district"), "kind": val(t, p, "kind"), "category": val(t, p, "category")}[tt.field]
		if got != tt.want {
			t.Errorf("%s %q resolved to %q, want %q", tt.field, tt.value, got, tt.want)
		}
	}
}

// TestBadInput: each broken file gives its error with the right file and
// line, in the documented form.
func TestBadInput(t *testing.T) {
	tests := badInputs
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := load(t, map[string]string{"content/ho-so/x.md": tt.src}, Options{})
			if err == nil {
				t.Fatal("no error")
			}
			lines := strings.Split(err.Error(), "\n")
			for _, w := range tt.want {
				found := false
				for _, l := range lines {
					if strings.Contains(l, "content/ho-so/"+w) {
						found = true
					}
				}
				if !found {
					t.Errorf("want an error containing\n  content/ho-so/%s\ngot:\n  %s", w, strings.Join(lines, "\n  "))
				}
			}
		})
	}
}

// badInputs are broken files with the errors they give; TestNoEnglish
// runs them too.
var badInputs = []struct {
	name string
	src  string
	want []string // each a substring of one error line
}{
	{"missing title", strings.Replace(good, "title: \"Nguyễn Thị Hoa\"\n", "", 1),
		[]string{"x.md:1: title: còn thiếu trường này"}},
	{"missing criteria", strings.Replace(good, "criteria: [sang-kien]\n", "", 1),
		[]string{"x.md:1: criteria: còn thiếu trường này"}},
	{"unknown district with suggestion", strings.Replace(good, "district: chu-pah", `district: "Chu Pa"`, 1),
		[]string{`x.md:5: district: "Chu Pa" không có trong danh sách districts của site.yaml; có phải bạn muốn "Chư Păh" (chu-pah)?`}},
	{"unknown kind", strings.Replace(good, "kind: individual", "kind: nhóm", 1),
		[]string{`x.md:3: kind: "nhóm" không phải là loại hồ sơ`}},
	{"unknown criterion in list", strings.Replace(good, "[sang-kien]", "[sang-kien, khong-co]", 1),
		[]string{`x.md:7: criteria: "khong-co" không có trong danh sách criteria của site.yaml`}},
	{"empty criteria", strings.Replace(good, "[sang-kien]", "[]", 1),
		[]string{"x.md:7: criteria: không được để trống"}},
	{"criteria wrong type", strings.Replace(good, "[sang-kien]", "5", 1),
		[]string{"x.md:7: criteria: phải là một tên hoặc mã trong danh sách criteria của site.yaml, không phải số 5"}},
	{"year in words", strings.Replace(good, "year: 2020", `year: "hai nghìn"`, 1),
		[]string{`x.md:6: year: phải là năm viết bằng chữ số, không phải "hai nghìn"`}},
	{"year too old", strings.Replace(good, "year: 2020", "year: 1900", 1),
		[]string{"x.md:6: year: năm 1900 nằm ngoài khoảng 1945–2027"}},
	{"year in the future", strings.Replace(good, "year: 2020", "year: 2030", 1),
		[]string{"x.md:6: year: năm 2030 nằm ngoài khoảng 1945–2027"}},
	{"invalid date", strings.Replace(good, "year: 2020\n", "year: 2020\ndate: 2020-13-45\n", 1),
		[]string{`x.md:7: date: "2020-13-45" không phải là ngày tháng hợp lệ`}},
	{"bad yaml", strings.Replace(good, "year: 2020\n", "year: 2020\nsummary: a: b: c\n", 1),
		[]string{"x.md:7: giá trị của summary có dấu hai chấm"}},
	{"duplicate key", strings.Replace(good, "year: 2020\n", "year: 2020\nyear: 2019\n", 1),
		[]string{"x.md:7: trường year xuất hiện hai lần (dòng 6 và 7); giữ lại một trong hai dòng"}},
	{"unclosed front matter", "---\ntitle: x\nkind: individual\n\nBody\n",
		[]string{"x.md:1: phần khai báo mở ở dòng này nhưng không có dòng đóng; thêm một dòng chỉ có --- sau trường cuối cùng"}},
	{"no front matter", "Just text\n",
		[]string{"x.md:1: không tìm thấy phần khai báo ở đầu tệp"}},
	{"empty file", "", []string{"x.md:1: tệp trống"}},
	{"front matter only is fine but still checked", "---\ntitle: x\n---\n",
		[]string{"x.md:1: kind: còn thiếu trường này", "x.md:1: district: còn thiếu trường này"}},
	{"not utf-8", "---\ntitle: \"Nguy\xe1n\"\n---\n", []string{"x.md:2: tệp không được lưu bằng mã UTF-8"}},
	{"photo missing", strings.Replace(good, "year: 2020\n", "year: 2020\nphoto: anh.jpg\n", 1),
		[]string{"x.md:7: photo: không có tệp content/ho-so/anh.jpg"}},
	{"photo outside", strings.Replace(good, "year: 2020\n", "year: 2020\nphoto: ../../../etc/passwd.jpg\n", 1),
		[]string{"x.md:7: photo: \"../../../etc/passwd.jpg\" nằm ngoài thư mục content và static của trang"}},
	{"photo not an image", strings.Replace(good, "year: 2020\n", "year: 2020\nphoto: ho-so.pdf\n", 1),
		[]string{"x.md:7: photo: \"ho-so.pdf\" không phải là loại ảnh được hỗ trợ"}},
	{"award without title", strings.Replace(good, "year: 2020\n", "year: 2020\nawards:\n  - year: 2019\n    issuer: UBND\n", 1),
		[]string{"x.md:8: awards[1].title: còn thiếu trường này"}},
	{"bad toml", "+++\ntitle = \"x\nkind = 1\n+++\n", []string{"x.md:2: phần khai báo dạng TOML sai cú pháp"}},
	{"bad json", "---json\n{\"title\": \"x\",}\n---\n", []string{"x.md:2: phần khai báo dạng JSON sai cú pháp"}},
	{"slug with nothing", strings.Replace(good, "year: 2020\n", "year: 2020\nslug: \"!!!\"\n", 1),
		[]string{`x.md:7: slug: "!!!" không có chữ cái hay chữ số nào`}},
}

func TestFormats(t *testing.T) {
	toml := "+++\ntitle = \"Trạm Y tế xã Hà Bầu\"\nkind = \"tập thể\"\ncategory = \"y-te\"\ndistrict = \"Đak Đoa\"\nyear = 2019\ncriteria = [\"Sáng kiến\"]\n+++\nNội dung.\n"
	json := "{\n  \"title\": \"Siu H'Nai\",\n  \"kind\": \"individual\",\n  \"category\": \"giao-duc\",\n  \"district\": \"pleiku\",\n  \"year\": 2020,\n  \"criteria\": [\"sang-kien\"]\n}\n\nNội dung.\n"
	crlf := strings.ReplaceAll(good, "\n", "\r\n")
	bomNFD := "\ufeff" + norm.NFD.String(strings.Replace(good, "Nguyễn Thị Hoa", "Nguyễn Thị Ánh", 1))
	set, w, err := load(t, map[string]string{
		"content/ho-so/a.md": toml, "content/ho-so/b.md": json,
		"content/ho-so/c.md": crlf, "content/ho-so/d.md": bomNFD,
	}, Options{})
	if err != nil || len(w) > 0 {
		t.Fatalf("err = %v, warnings = %v", err, w)
	}
	if len(set.Profiles) != 4 {
		t.Fatalf("got %d profiles", len(set.Profiles))
	}
	a, b, c, d := set.Profiles[0], set.Profiles[1], set.Profiles[2], set.Profiles[3]
	if val(t, a, "kind") != "collective" || val(t, a, "district") != "dak-doa" || vals(t, a, "criteria")[0] != "sang-kien" || a.Year != 2019 {
		t.Errorf("toml: %+v", a)
	}
	if b.Title != "Siu H'Nai" || b.Year != 2020 || val(t, b, "district") != "pleiku" {
		t.Errorf("json: %+v", b)
	}
	if c.Title != "Nguyễn Thị Hoa" {
		t.Errorf("crlf: %q", c.Title)
	}
	if d.Title != "Nguyễn Thị Ánh" || !norm.NFC.IsNormalString(d.Title) {
		t.Errorf("bom+nfd title %q is not NFC", d.Title)
	}
}

func TestUnknownFieldWarning(t *testing.T) {
	src := strings.Replace(good, "title:", "tittle: x\ntitle:", 1)
	_, w, err := load(t, map[string]string{"content/ho-so/a.md": src}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(w) != 1 || w[0].Error() != `content/ho-so/a.md:2: cảnh báo: tittle: trường lạ, bị bỏ qua; có phải bạn muốn "title"?` {
		t.Errorf("warnings = %v", w)
	}
}

func TestAllErrorsInOneRun(t *testing.T) {
	bad1 := strings.Replace(good, "district: chu-pah", "district: hanoi", 1)
	bad2 := strings.Replace(good, "year: 2020", "year: abc", 1)
	_, _, err := load(t, map[string]string{
		"content/ho-so/a.md": bad1, "content/ho-so/b.md": bad2, "content/ho-so/c.md": good,
	}, Options{})
	es := diag.Errors(err)
	if len(es) != 2 || es[0].Path != "content/ho-so/a.md" || es[1].Path != "content/ho-so/b.md" {
		t.Fatalf("errors = %v", err)
	}
}

func TestDuplicateURL(t *testing.T) {
	_, _, err := load(t, map[string]string{
		"content/ho-so/hoa.md":      good,
		"content/ho-so/2019/hoa.md": good,
	}, Options{})
	if err == nil || !strings.Contains(err.Error(), "content/ho-so/hoa.md:1: slug: hồ sơ này và content/ho-so/2019/hoa.md sẽ cùng được đăng ở địa chỉ /ho-so/hoa/") {
		t.Errorf("err = %v", err)
	}
}

func TestDrafts(t *testing.T) {
	draft := strings.Replace(good, "year: 2020\n", "year: 2020\ndraft: true\n", 1)
	brokenDraft := strings.Replace(draft, "district: chu-pah", "district: nowhere", 1)
	files := map[string]string{"content/ho-so/a.md": good, "content/ho-so/b.md": draft, "content/ho-so/c.md": brokenDraft}
	set, w, err := load(t, files, Options{})
	if err != nil {
		t.Fatalf("a broken draft must not stop the build: %v", err)
	}
	if len(set.Profiles) != 1 || set.Drafts != 2 || len(w) != 1 {
		t.Errorf("profiles %d drafts %d warnings %v", len(set.Profiles), set.Drafts, w)
	}
	_, _, err = load(t, files, Options{Drafts: true})
	var de *diag.Error
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "c.md:5: district") {
		t.Errorf("with --drafts the broken draft is an error: %v", err)
	}
}

func TestBundle(t *testing.T) {
	src := strings.Replace(good, "year: 2020\n", "year: 2020\nphoto: chan-dung.svg\nphoto_caption: Cô Hoa\n", 1)
	fsys := fstest.MapFS{
		"content/ho-so/co-hoa/index.md":       {Data: []byte(src)},
		"content/ho-so/co-hoa/chan-dung.svg":  {Data: []byte("<svg/>")},
		"content/ho-so/co-hoa/lop-hoc.jpg":    {Data: []byte("jpg")},
		"content/ho-so/co-hoa/.chan-dung.swp": {Data: []byte("x")},
	}
	set, _, err := Load(fsys, site(t), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	p := set.Profiles[0]
	if p.URL != "/ho-so/co-hoa/" || p.Photo == nil || p.Photo.URL != "/ho-so/co-hoa/chan-dung.svg" {
		t.Errorf("bundle: url %s photo %+v", p.URL, p.Photo)
	}
	if len(p.Resources) != 2 {
		t.Errorf("resources = %+v", p.Resources)
	}
}

// TestPhotoInSubfolder: `photo: anh/chan-dung.jpg` in a bundle that also
// has a different chan-dung.jpg at its top level publishes each file once,
// at its own path, and the photo is the one named.
func TestPhotoInSubfolder(t *testing.T) {
	src := strings.Replace(good, "year: 2020\n", "year: 2020\nphoto: anh/chan-dung.jpg\n", 1)
	fsys := fstest.MapFS{
		"content/ho-so/co-hoa/index.md":          {Data: []byte(src)},
		"content/ho-so/co-hoa/anh/chan-dung.jpg": {Data: []byte("the right one")},
		"content/ho-so/co-hoa/chan-dung.jpg":     {Data: []byte("another")},
		"content/ho-so/chung/logo.jpg":           {Data: []byte("shared")},
		"content/ho-so/khac.md":                  {Data: []byte(strings.Replace(good, "year: 2020\n", "year: 2020\nphoto: chung/logo.jpg\n", 1))},
		"content/ho-so/ngoai/index.md":           {Data: []byte(strings.Replace(good, "year: 2020\n", "year: 2020\nphoto: ../chung/logo.jpg\n", 1))},
	}
	set, _, err := Load(fsys, site(t), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]Resource{
		"/ho-so/co-hoa/": {{"content/ho-so/co-hoa/anh/chan-dung.jpg", "/ho-so/co-hoa/anh/chan-dung.jpg"}, {"content/ho-so/co-hoa/chan-dung.jpg", "/ho-so/co-hoa/chan-dung.jpg"}},
		"/ho-so/khac/":   {{"content/ho-so/chung/logo.jpg", "/ho-so/khac/chung/logo.jpg"}},
		"/ho-so/ngoai/":  {{"content/ho-so/chung/logo.jpg", "/ho-so/ngoai/_/ho-so/chung/logo.jpg"}},
	}
	for _, p := range set.Profiles {
		if p.Photo == nil || *p.Photo != want[p.URL][0] {
			t.Errorf("%s: photo %+v, want %+v", p.URL, p.Photo, want[p.URL][0])
		}
		if !reflect.DeepEqual(p.Resources, want[p.URL]) {
			t.Errorf("%s: resources %+v, want %+v", p.URL, p.Resources, want[p.URL])
		}
	}
}

func TestIgnored(t *testing.T) {
	for _, p := range []string{"content/.x.md", "content/a/.#b.md", "content/b.md~", "content/_index.md", "content/x.md.swp", "static/a.md"} {
		if IsSource(p) {
			t.Errorf("IsSource(%q) = true", p)
		}
	}
	if !IsSource("content/a/b/c.md") {
		t.Error("nested profile not a source")
	}
}

// TestParseKeepsNoSource checks parse's contract that the profile keeps
// no memory of src (File reuses the buffer for the next file): a profile
// parsed from bytes that are then overwritten must equal one parsed from
// bytes left alone, errors and warnings included.
func TestParseKeepsNoSource(t *testing.T) {
	gen := t.TempDir()
	if _, err := benchgen.Generate(gen, benchgen.Options{N: 50, Seed: 3, Force: true}); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, root := range []string{gen, "../..", "../build/testdata/golden/site"} {
		fsys := os.DirFS(root)
		cfg, _, err := config.Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		l := NewLoader(fsys, cfg, Options{Now: now})
		_ = fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
				return nil
			}
			b, err := fs.ReadFile(fsys, p)
			if err != nil {
				t.Fatal(err)
			}
			// and a copy with problems, whose messages quote the file
			bad := bytes.Replace(b, []byte("year:"), []byte("year: 20x0\nyeer:"), 1)
			for _, src := range [][]byte{b, bad} {
				var errs1, errs2 diag.List
				scratch := bytes.Clone(src)
				got := l.parse(p, scratch, &errs1)
				for i := range scratch {
					scratch[i] = 'x'
				}
				want := l.parse(p, bytes.Clone(src), &errs2)
				if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(errs1.Items(), errs2.Items()) {
					t.Errorf("%s%s: parsing kept part of the source bytes:\n%+v\n%v\nwant\n%+v\n%v", root, p, got, errs1.Items(), want, errs2.Items())
				}
				n++
			}
			return nil
		})
	}
	if n < 100 {
		t.Errorf("checked %d files; the sites have more", n)
	}
}

// val returns p's first value for the dimension key of the test site.
func val(t *testing.T, p *Profile, key string) string { return p.Value(site(t).Dim(key)) }

// vals returns p's values for the dimension key of the test site.
func vals(t *testing.T, p *Profile, key string) []string { return p.Values(site(t).Dim(key)) }
