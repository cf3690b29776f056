package content

import (
	"bytes"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// TestHostileInput: broken and hostile files give an error naming the file
// and line, or load safely; nothing panics.
func TestHostileInput(t *testing.T) {
	big := good + strings.Repeat("Một đoạn văn dài về việc tốt. ", 700_000) // ~21 MB
	longList := strings.Replace(good, "criteria: [sang-kien]", "criteria: ["+strings.Repeat("sang-kien, ", 10_000)+"sang-kien]", 1)
	nested := good + strings.Repeat("> ", 5_000) + "sâu\n\n" + strings.Repeat("- ", 2_000) + "x\n" + strings.Repeat("[", 50_000)
	win1258 := []byte(good)
	win1258 = bytes.Replace(win1258, []byte("Cô giáo"), []byte("C\xf4 gi\xe1o"), 1) // Windows-1258 bytes

	tests := []struct {
		name    string
		src     []byte
		wantErr string // "" means it must load
	}{
		{"20 MB file", []byte(big), "x.md:1: tệp quá lớn"},
		{"10,000-item list", []byte(longList), ""},
		{"deeply nested markdown", []byte(nested), ""},
		{"windows-1258", win1258, "x.md:10: tệp không được lưu bằng mã UTF-8"},
		{"front matter only", []byte(strings.TrimSuffix(good, "\nCô giáo **Hoa** dạy học ở làng.\n")), ""},
		{"slug with slashes", []byte(strings.Replace(good, "year: 2020\n", "year: 2020\nslug: \"../../etc/x y\"\n", 1)), ""},
		{"nul bytes", []byte(good + "\x00\x00"), ""},
		{"yaml bomb", []byte("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n"), "x.md:"},
		{"script in title", []byte(strings.Replace(good, "Nguyễn Thị Hoa", "<script>alert(1)</script>", 1)), ""},
		{"mapping as title", []byte(strings.Replace(good, `title: "Nguyễn Thị Hoa"`, "title: {a: 1}", 1)), "x.md:2: title: phải là chữ, không phải một nhóm trường"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"content/ho-so/x.md": {Data: tt.src}}
			set, _, err := Load(fsys, site(t), Options{Now: now})
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("err = %v", err)
				}
				if len(set.Profiles) != 1 {
					t.Fatal("not loaded")
				}
				p := set.Profiles[0]
				if html, _ := p.Body.HTML(); strings.Contains(html, "<script") {
					t.Error("script in HTML")
				}
				if strings.ContainsAny(p.Slug, "/. ") {
					t.Errorf("slug %q", p.Slug)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "content/ho-so/"+tt.wantErr) {
				t.Errorf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

// FuzzFile: loading any bytes never panics, and every problem names the
// file. Seeded with hostile cases and every profile of the golden test site
// and the sample site.
func FuzzFile(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte("+++\ntitle = \"x\"\n+++\n"))
	f.Add([]byte("{\n\"title\": 1\n}\n\nx"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\nawards: [{title: x, year: 1}, 5]\ncriteria: {a: b}\n---\n"))
	f.Add([]byte("\ufeff---\r\ntitle: x\r\n---\r\n"))
	// Every profile of the golden test site and of the sample site.
	for _, root := range []string{"../build/testdata/golden/site/content", "../../content"} {
		fs.WalkDir(os.DirFS(root), ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
				if b, err := fs.ReadFile(os.DirFS(root), p); err == nil {
					f.Add(b)
				}
			}
			return nil
		})
	}
	s := site(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		fsys := fstest.MapFS{"content/ho-so/x.md": {Data: src}}
		l := NewLoader(fsys, s, Options{Now: now})
		p, errs := l.File("content/ho-so/x.md")
		for _, e := range errs.Items() {
			if e.Path != "content/ho-so/x.md" {
				t.Fatalf("problem without the file: %v", e)
			}
			if e.Msg == "" {
				t.Fatalf("empty message: %#v", e)
			}
		}
		if p != nil && hasErrors(&errs) && !p.Draft {
			t.Fatal("a profile with errors was returned for publishing")
		}
	})
}

func TestYAMLAliasRefused(t *testing.T) {
	src := strings.Replace(good, "criteria: [sang-kien]", "x: &a [sang-kien]\ncriteria: *a", 1)
	_, _, err := load(t, map[string]string{"content/ho-so/x.md": src}, Options{})
	if err == nil || !strings.Contains(err.Error(), "x.md:8: phần khai báo không dùng được bí danh YAML (*a)") {
		t.Errorf("err = %v", err)
	}
}
