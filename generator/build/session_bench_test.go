package build

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
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
	district := regexp.MustCompile(`(?m)^district: (.*)$`)
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
	b.Run("body", func(b *testing.B) {
		edit(b, func(src []byte, i int) []byte {
			return fmt.Appendf(bytes.TrimRight(src, "\n"), "\n\nLần sửa thứ %d: thêm một đoạn.\n", i)
		})
	})
	b.Run("district", func(b *testing.B) {
		edit(b, func(src []byte, i int) []byte {
			m := district.FindSubmatchIndex(src)
			if m == nil {
				b.Fatal("no district line")
			}
			old := string(src[m[2]:m[3]])
			j := slices.IndexFunc(benchgen.Districts, func(t benchgen.Term) bool { return t.Key == old })
			to := benchgen.Districts[(j+1+i%3)%len(benchgen.Districts)].Key
			return slices.Concat(src[:m[2]], []byte(to), src[m[3]:])
		})
	})
}
