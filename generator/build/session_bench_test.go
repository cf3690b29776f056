package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/internal/benchgen"
)

// BenchmarkSessionEdit measures Session.Apply after one profile is saved,
// without the preview's watcher and events: body adds a paragraph (only
// the profile's own page shows it), district moves the profile to another
// district (lists, counts, statistics and search change too). The site is
// a copy of benchSite's. A browser shows the edited profile's page:
// open-p50/p90-ms is the time until Apply has made it (its early call),
// total-p50/p90-ms until every file is final, both Apply's own clock;
// open-cpu and total-cpu are the process's CPU time (user and system, on
// every core, garbage collection included) over the same spans, steadier
// than wall time on a shared machine:
//
//	GUONGSANG_BENCH_N=10000 go test -run '^$' -bench SessionEdit -benchmem ./generator/build/
//	GUONGSANG_BENCH_SITE=/path/to/site-10000-s1-long go test -run '^$' -bench SessionEdit -benchmem ./generator/build/
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
		var open, total, openCPU, totalCPU []time.Duration
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
			// A browser shows the profile's page: it is made first.
			page := "ho-so/" + strings.TrimSuffix(filepath.Base(name), ".md") + "/index.html"
			ch := Change{Paths: map[string]bool{filepath.ToSlash(rel): true}, Open: map[string]bool{page: true}}
			var early, earlyCPU time.Duration
			cpu0 := processCPU()
			u := s.Apply(context.Background(), ch, func(eu *Update) {
				earlyCPU = processCPU() - cpu0
				if !slices.Contains(eu.Written, page) {
					b.Fatalf("early update without the open page %s: %v", page, eu.Written)
				}
				early = eu.Duration
			})
			if u.Errors != nil || len(u.Written) == 0 {
				b.Fatalf("errors %v, written %v", u.Errors, u.Written)
			}
			cpu := processCPU() - cpu0
			if early == 0 {
				early, earlyCPU = u.Total, cpu // no early call: the open page came with the rest
			}
			open, total = append(open, early), append(total, u.Total)
			openCPU, totalCPU = append(openCPU, earlyCPU), append(totalCPU, cpu)
		}
		b.StopTimer()
		for _, m := range []struct {
			name string
			ts   []time.Duration
		}{{"open", open}, {"total", total}, {"open-cpu", openCPU}, {"total-cpu", totalCPU}} {
			slices.Sort(m.ts)
			b.ReportMetric(float64(m.ts[len(m.ts)/2].Microseconds())/1000, m.name+"-p50-ms")
			b.ReportMetric(float64(m.ts[len(m.ts)*9/10].Microseconds())/1000, m.name+"-p90-ms")
		}
	}
	b.Run("body", func(b *testing.B) { edit(b, benchgen.AddParagraph) })
	b.Run("district", func(b *testing.B) { edit(b, benchgen.MoveDistrict) })
}
