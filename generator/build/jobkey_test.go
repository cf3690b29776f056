package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// renderJobs loads the site in dir and renders every job: path → key and
// bytes.
func renderJobs(t *testing.T, dir string) map[string]keyed {
	t.Helper()
	s, err := Load(os.DirFS(dir), Options{SiteDir: dir, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	r := newRenderer(s)
	out := map[string]keyed{}
	for _, j := range r.Jobs() {
		b, err := r.Render(j)
		if err != nil {
			t.Fatal(err)
		}
		out[j.Path] = keyed{j.Key, b}
	}
	return out
}

type keyed struct {
	key  uint64
	data []byte
}

// TestJobKeyContract: two jobs with the same Path and Key render the same
// bytes (render.Job), across edits of everything a page shows besides its
// profiles: site.yaml's title, a term's name, the list length, a theme
// template and a theme stylesheet. Each edit is also checked to change
// some key, so the test fails if keys stop covering it.
func TestJobKeyContract(t *testing.T) {
	base := copyDir(t, "testdata/golden/site")
	before := renderJobs(t, base)
	yaml, err := os.ReadFile(filepath.Join(base, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	themeFile := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join("..", "..", "themes", "default", filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, c := range []struct {
		name string
		edit func(dir string)
	}{
		{"site title", func(dir string) {
			os.WriteFile(filepath.Join(dir, "site.yaml"), replaceOnce(t, yaml, `title: "Gương sáng thử nghiệm"`, `title: "Tên mới"`), 0o644)
		}},
		{"term name", func(dir string) {
			os.WriteFile(filepath.Join(dir, "site.yaml"), replaceOnce(t, yaml, `name: "Chư Păh"`, `name: "Chư Păh (cũ)"`), 0o644)
		}},
		{"per_page", func(dir string) {
			os.WriteFile(filepath.Join(dir, "site.yaml"), replaceOnce(t, yaml, "per_page: 2", "per_page: 1"), 0o644)
		}},
		{"theme partial", func(dir string) {
			p := filepath.Join(dir, "themes", "default", "layouts", "partials", "card.html")
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, append(themeFile("layouts/partials/card.html"), "<!-- đã sửa -->"...), 0o644)
		}},
		{"theme stylesheet", func(dir string) {
			p := filepath.Join(dir, "themes", "default", "static", "css", "site.css")
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, append(themeFile("static/css/site.css"), "body{margin:1px}"...), 0o644)
		}},
		{"collection title", func(dir string) {
			editFile(t, filepath.Join(dir, "content", "bo-suu-tap", "hoi-nghi-2020.md"), `title: "Hội nghị điển hình tiên tiến 2020"`, `title: "Hội nghị 2020"`)
		}},
		{"collection order", func(dir string) {
			editFile(t, filepath.Join(dir, "content", "bo-suu-tap", "hoi-nghi-2020.md"), "  - ksor-h-bia\n  - content/ho-so/2019/don-bien-phong/index.md", "  - /ho-so/don-bien-phong/\n  - ksor-h-bia")
		}},
		{"collection removed", func(dir string) {
			os.Remove(filepath.Join(dir, "content", "bo-suu-tap", "hoi-nghi-2020.md"))
		}},
		{"member's awards", func(dir string) {
			editFile(t, filepath.Join(dir, "content", "ho-so", "nguyen-thi-hoa.md"), `year: 2019, issuer`, `year: 2020, issuer`)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := copyDir(t, base)
			c.edit(dir)
			after := renderJobs(t, dir)
			changed := 0
			for p, a := range after {
				b, ok := before[p]
				switch {
				case !ok:
				case a.key == b.key && !bytes.Equal(a.data, b.data):
					t.Errorf("%s: same Path and Key, different bytes", p)
				case a.key != b.key:
					changed++
				}
			}
			if changed == 0 {
				t.Error("no key changed")
			}
		})
	}
}

func replaceOnce(t *testing.T, b []byte, old, new string) []byte {
	t.Helper()
	if !strings.Contains(string(b), old) {
		t.Fatalf("%q not in site.yaml", old)
	}
	return []byte(strings.Replace(string(b), old, new, 1))
}

// editFile replaces old with new once in the file p.
func editFile(t *testing.T, p, old, new string) {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		t.Fatalf("%q not in %s", old, p)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}
