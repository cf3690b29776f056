package build

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/internal/benchgen"
)

// TestWalkOrder: walkOrder sorts paths as fs.WalkDir (and so
// content.Sources) visits them.
func TestWalkOrder(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, p := range []string{"a/z.md", "a-b.md", "a.md", "a/b/c.md", "a0.md", "b.md", "a/b-c.md", "A.md", "đ.md", "a/b.md"} {
		fsys["content/"+p] = &fstest.MapFile{}
	}
	var walked []string
	if err := fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			walked = append(walked, p)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	sorted := slices.Clone(walked)
	slices.Reverse(sorted)
	slices.SortFunc(sorted, walkOrder)
	if !slices.Equal(sorted, walked) {
		t.Errorf("walkOrder:\n  %s\nfs.WalkDir:\n  %s", strings.Join(sorted, "\n  "), strings.Join(walked, "\n  "))
	}
}

// TestSessionQuick: a save that changes only a profile's text (not its
// first paragraph, so not its summary) rewrites that profile's page alone
// through the quick path, without listing the site; a save that changes
// what other pages show goes the whole way; both end byte for byte as a
// clean build of the same files.
func TestSessionQuick(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	s := NewSession(os.DirFS(dir), Options{SiteDir: dir, Now: now})
	if u := s.Apply(context.Background(), Change{All: true}, nil); u.Errors != nil || !u.Full {
		t.Fatalf("first run: full %v, errors %v", u.Full, u.Errors)
	}
	const name = "content/ho-so/nguyen-thi-hoa.md"
	src, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	clean := func() map[string][]byte {
		site, err := Load(os.DirFS(dir), Options{SiteDir: dir, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		m := output.NewMemory()
		if _, err := Write(context.Background(), site, newRenderer(site), m); err != nil {
			t.Fatal(err)
		}
		return m.Files()
	}
	for _, c := range []struct {
		name  string
		text  string
		quick bool
		pages []string // among Written, when quick
	}{
		{"text", string(src) + "\nMột đoạn viết thêm.\n", true, []string{"ho-so/nguyen-thi-hoa/index.html"}},
		{"same bytes", string(src) + "\nMột đoạn viết thêm.\n", true, nil},
		{"title", strings.Replace(string(src), "title: ", "title: Chị ", 1), false, nil},
		{"text again", strings.Replace(string(src), "title: ", "title: Chị ", 1) + "\nĐoạn nữa.\n", true, []string{"ho-so/nguyen-thi-hoa/index.html"}},
		{"broken", "---\ntitle: [\n---\n", false, nil},
		{"fixed", string(src), false, nil},
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		u := s.Apply(context.Background(), Change{Paths: map[string]bool{name: true}}, nil)
		if u.Quick != c.quick {
			t.Errorf("%s: quick %v, want %v", c.name, u.Quick, c.quick)
		}
		if c.quick && !slices.Equal(u.Written, c.pages) {
			t.Errorf("%s: wrote %v, want %v", c.name, u.Written, c.pages)
		}
		if c.name == "broken" {
			if u.Errors == nil {
				t.Fatalf("%s: no error", c.name)
			}
			continue
		}
		if u.Errors != nil {
			t.Fatalf("%s: %v", c.name, u.Errors)
		}
		want := clean()
		got := s.Output().Files()
		for p := range want {
			if !bytes.Equal(got[p], want[p]) {
				t.Errorf("%s: %s differs from a clean build", c.name, p)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d files, a clean build has %d", c.name, len(got), len(want))
		}
	}
}

// TestSessionPending: on a session's first whole run, early is called
// before any file is made, with Pending making each file on demand, byte
// for byte as the run then writes it; names the site has not are not
// made. Later runs give early no Pending.
func TestSessionPending(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	s := NewSession(os.DirFS(dir), Options{SiteDir: dir, Now: now})
	made := map[string][]byte{}
	calls := 0
	u := s.Apply(context.Background(), Change{All: true}, func(e *Update) {
		calls++
		if e.Pending == nil {
			t.Fatal("first run: early without Pending")
		}
		if n := len(e.Mem.Names()); n != 0 {
			t.Errorf("early: %d files already written", n)
		}
		for _, p := range []string{"index.html", "ho-so/nguyen-thi-hoa/index.html", "404.html", "sitemap.xml", "khong-co/index.html"} {
			if b, ok := e.Pending(p); ok {
				made[p] = b
			}
		}
	})
	if calls != 1 || u.Errors != nil {
		t.Fatalf("early called %d times, errors %v", calls, u.Errors)
	}
	if _, ok := made["khong-co/index.html"]; ok {
		t.Error("Pending made a page the site has not")
	}
	if len(made) != 4 {
		t.Errorf("Pending made %d of the 4 files", len(made))
	}
	for p, b := range made {
		if got, _ := u.Mem.Get(p); !bytes.Equal(got, b) {
			t.Errorf("%s: made on demand differs from the written file", p)
		}
	}
	s.Apply(context.Background(), Change{All: true}, func(e *Update) {
		if e.Pending != nil {
			t.Error("a later whole run gave Pending")
		}
	})
}

// TestSessionChangesProportional: after each edit of a profile's front
// matter (its district, kind, category, summary, title, year, photo,
// featured flag), a rename, a removal and an addition, a session that keeps
// the keys the change cannot reach (render.Renderer.Since) and makes the
// open page first ends with the keys and the bytes of a session that
// lists and makes everything from scratch.
func TestSessionChangesProportional(t *testing.T) {
	dir := t.TempDir()
	if _, err := benchgen.Generate(dir, benchgen.Options{N: 90, Seed: 3, Shape: benchgen.ShapeLong}); err != nil {
		t.Fatal(err)
	}
	opts := Options{SiteDir: dir, Now: now, ImageCache: filepath.Join(t.TempDir(), "cache")}
	s := NewSession(os.DirFS(dir), opts)
	if u := s.Apply(context.Background(), Change{All: true}, nil); u.Errors != nil {
		t.Fatal(u.Errors)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "content", "ho-so", "*.md"))
	slices.Sort(names)
	photos, _ := filepath.Glob(filepath.Join(dir, "content", "ho-so", "*.jpg"))
	if len(photos) == 0 {
		t.Fatal("no photos generated")
	}
	photo := filepath.Base(photos[0])
	set := func(field, value string) func([]byte) []byte {
		re := regexp.MustCompile(`(?m)^` + field + `: .*$`)
		return func(src []byte) []byte {
			if !re.Match(src) {
				return bytes.Replace(src, []byte("---\n"), []byte("---\n"+field+": "+value+"\n"), 1)
			}
			return re.ReplaceAll(src, []byte(field+": "+value))
		}
	}
	edits := []struct {
		name string
		edit func(src []byte) []byte
	}{
		{"district", func(src []byte) []byte { return benchgen.MoveDistrict(src, 1) }},
		{"district again", func(src []byte) []byte { return benchgen.MoveDistrict(src, 2) }},
		{"kind", set("kind", "collective")},
		{"category", set("category", "y-te")},
		{"summary", set("summary", `"Một tóm tắt khác hẳn."`)},
		{"title", set("title", `"Aa Người Đầu Danh Sách"`)},
		{"year", set("year", "2011")},
		{"featured", set("featured", "true")},
		{"photo", set("photo", photo)},
		{"body", func(src []byte) []byte { return benchgen.AddParagraph(src, 7) }},
	}
	check := func(step string, u *Update) {
		t.Helper()
		if u.Errors != nil {
			t.Fatalf("%s: %v", step, u.Errors)
		}
		fresh := NewSession(os.DirFS(dir), opts)
		if fu := fresh.Apply(context.Background(), Change{All: true}, nil); fu.Errors != nil {
			t.Fatalf("%s: clean: %v", step, fu.Errors)
		}
		if d := diffFiles(s.Output().Files(), fresh.Output().Files()); d != "" {
			t.Fatalf("%s: differs from a clean build:\n%s", step, d)
		}
		got, want := s.JobKeys(), fresh.JobKeys()
		for p, k := range want {
			// A share picture showing a photo keys on the measured
			// photos' images.Set, which another session does not share.
			if got[p] != k && !strings.HasPrefix(p, "anh-chia-se/") {
				t.Errorf("%s: %s: key %x, a listing from scratch gives %x", step, p, got[p], k)
			}
		}
	}
	rel := func(name string) string { r, _ := filepath.Rel(dir, name); return filepath.ToSlash(r) }
	for i, e := range edits {
		name := names[(i*17+5)%len(names)]
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, e.edit(src), 0o644); err != nil {
			t.Fatal(err)
		}
		page := "ho-so/" + strings.TrimSuffix(filepath.Base(name), ".md") + "/index.html"
		var early *Update
		u := s.Apply(context.Background(), Change{Paths: map[string]bool{rel(name): true}, Open: map[string]bool{page: true}},
			func(eu *Update) { early = eu })
		if e.name == "district" && (early == nil || !slices.Contains(early.Written, page)) {
			t.Errorf("district: the open page was not made first")
		}
		check(e.name, u)
	}
	// A rename, a removal and an addition.
	from, to := names[3], filepath.Join(dir, "content", "ho-so", "doi-ten.md")
	if err := os.Rename(from, to); err != nil {
		t.Fatal(err)
	}
	check("rename", s.Apply(context.Background(), Change{Paths: map[string]bool{rel(from): true, rel(to): true}}, nil))
	if err := os.Remove(names[4]); err != nil {
		t.Fatal(err)
	}
	check("remove", s.Apply(context.Background(), Change{Paths: map[string]bool{rel(names[4]): true}}, nil))
	src, _ := os.ReadFile(names[5])
	added := filepath.Join(dir, "content", "ho-so", "moi.md")
	if err := os.WriteFile(added, set("title", `"Hồ Sơ Mới"`)(src), 0o644); err != nil {
		t.Fatal(err)
	}
	check("add", s.Apply(context.Background(), Change{Paths: map[string]bool{rel(added): true}}, nil))
}

// diffFiles names the files that differ between got and want, "" when
// none do.
func diffFiles(got, want map[string][]byte) string {
	var out []string
	for p, b := range want {
		if g, ok := got[p]; !ok {
			out = append(out, "missing "+p)
		} else if !bytes.Equal(g, b) {
			out = append(out, "differs "+p)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			out = append(out, "extra "+p)
		}
	}
	slices.Sort(out)
	return strings.Join(out[:min(len(out), 20)], "\n")
}
