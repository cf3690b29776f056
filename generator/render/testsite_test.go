package render

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/index"
)

// builtSite is a site rendered in memory: every job's bytes by output
// path, with the index and renderer they came from.
type builtSite struct {
	ix    *index.Index
	r     *Renderer
	jobs  []Job
	files map[string][]byte
}

// goldenSiteFS is the fixture site the build package's golden test uses.
func goldenSiteFS() fs.FS {
	return os.DirFS(filepath.Join("..", "build", "testdata", "golden", "site"))
}

// buildTestSite loads, indexes and renders the site in fsys, in memory.
// Profile resources and theme static files are listed with nil bytes.
func buildTestSite(t *testing.T, fsys fs.FS) *builtSite {
	t.Helper()
	cfg, _, err := config.Load(fsys)
	if err != nil {
		t.Fatalf("site.yaml: %v", err)
	}
	th, err := LoadTheme(fsys, cfg.Theme)
	if err != nil {
		t.Fatalf("theme: %v", err)
	}
	set, _, err := content.Load(fsys, cfg, content.Options{Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatalf("content: %v", err)
	}
	s := &builtSite{ix: index.Build(cfg, set.Profiles), files: map[string][]byte{}}
	// Collections name profiles, so they are read once the profiles are
	// indexed, as build does.
	if s.ix.Collections, _, err = content.LoadCollections(fsys, cfg, s.ix.Profiles, set.Unpublished); err != nil {
		t.Fatalf("collections: %v", err)
	}
	s.r = New(th, s.ix)
	s.jobs = s.r.Jobs()
	for _, j := range s.jobs {
		b, err := s.r.Render(j)
		if err != nil {
			t.Fatal(err)
		}
		s.files[j.Path] = b
	}
	// Photos and the theme's files, so links to them resolve.
	for _, p := range set.Profiles {
		for _, res := range p.Resources {
			s.files[strings.TrimPrefix(res.URL, "/")] = nil
		}
	}
	for _, st := range th.Static {
		if _, ok := s.files[st.Path]; !ok {
			s.files[st.Path] = nil
		}
	}
	return s
}

// page returns the output file at URL path u ("/thong-ke/" or
// "/du-lieu/ho-so.csv").
func (s *builtSite) page(t *testing.T, u string) string {
	t.Helper()
	p := strings.TrimPrefix(u, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	b, ok := s.files[p]
	if !ok {
		t.Fatalf("no output file %s", p)
	}
	return string(b)
}

// exists reports whether the site has a file at URL path u.
func (s *builtSite) exists(u string) bool {
	p := strings.TrimPrefix(u, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	_, ok := s.files[p]
	return ok
}

// inlineSite is a small site: testSiteYAML plus the given files.
func inlineSite(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{"site.yaml": {Data: []byte(testSiteYAML)}}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return m
}

const testSiteYAML = `title: "Thử"
description: "Trang thử."
base_url: "https://thu.example/"
categories:
  - {key: giao-duc, name: "Giáo dục"}
  - {key: y-te, name: "Y tế"}
districts:
  - {key: chu-pah, name: "Chư Păh"}
  - {key: dak-doa, name: "Đak Đoa"}
  - {key: ia-pa, name: "Ia Pa"}
criteria:
  - {key: sang-kien, name: "Sáng kiến"}
  - {key: tuong-than, name: "Tương thân tương ái"}
`

// profileMD writes a profile's front matter from key: value lines.
func profileMD(fields ...string) string {
	return "---\n" + strings.Join(fields, "\n") + "\n---\n\nNội dung.\n"
}
