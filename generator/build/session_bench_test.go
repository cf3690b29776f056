package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/guongsang/guongsang/internal/benchgen"
)

// BenchmarkSessionEdit measures Session.Apply after one profile is saved,
// without the preview's watcher and events: body adds a paragraph (only
// the profile's own page shows it), district moves the profile to another
// district (lists, counts, statistics and search change too). The site is
// a copy of benchSite's:
//
//	GUONGSANG_BENCH_N=10000 go test -run '^$' -bench SessionEdit -benchmem ./generator/build/
func BenchmarkSessionEdit(b *testing.B) {
	dir := copyDir(b, benchSite(b))
	names, err := filepath.Glob(filepath.Join(dir, "content", "ho-so", "*.md"))
	if err != nil || len(names) == 0 {
		b.Fatal("no profiles", err)
	}
	slices.Sort(names)
	s := NewSession(os.DirFS(dir), Options{SiteDir: dir, Now: now})
	if u := s.Apply(context.Background(), Change{All: true}, nil); u.Errors != nil {
		b.Fatal(u.Errors)
	}
	edit := func(b *testing.B, change func(src []byte, i int) []byte) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			name := names[(i*7919+13)%len(names)]
			src, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			if err := os.WriteFile(name, change(src, i), 0o644); err != nil {
				b.Fatal(err)
			}
			rel, _ := filepath.Rel(dir, name)
			u := s.Apply(context.Background(), Change{Paths: map[string]bool{filepath.ToSlash(rel): true}}, nil)
			if u.Errors != nil || len(u.Written) == 0 {
				b.Fatalf("errors %v, written %v", u.Errors, u.Written)
			}
		}
	}
	b.Run("body", func(b *testing.B) { edit(b, benchgen.AddParagraph) })
	b.Run("district", func(b *testing.B) { edit(b, benchgen.MoveDistrict) })
}
