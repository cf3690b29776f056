package preview

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/internal/benchgen"
)

// BenchmarkReload measures what a writer waits for: the time from saving a
// profile to the event that reloads the browser showing it, through the
// real watcher, debounce, incremental rebuild and HTTP event stream. The
// site is the generated benchmark site (internal/benchgen, as scripts/bench
// uses against Hugo) with GUONGSANG_BENCH_N profiles (default 1000):
//
//	GUONGSANG_BENCH_N=10000 go test -run '^$' -bench Reload -benchtime 20x ./generator/preview/
//	GUONGSANG_BENCH_SITE=/path/to/site-10000-s1-long go test -run '^$' -bench Reload -benchtime 20x ./generator/preview/
//
// body adds a paragraph to a profile; district moves a profile to another
// district, which changes both districts' lists, related profiles, counts,
// statistics and the search index. Each iteration edits another profile,
// with a browser (an event stream) showing that profile's page.
// reload-ms is the time until the event that makes that browser reload;
// all-ms the time until every file of the site is final; both with p50,
// p90 and max.
func BenchmarkReload(b *testing.B) {
	dir, names := benchDir(b)
	n := len(names)
	start := time.Now()
	h := startDir(b, dir, true, "127.0.0.1:0")
	b.Logf("%d profiles: first build in %s", n, time.Since(start).Round(time.Millisecond))

	edit := func(b *testing.B, change func(src []byte, i int) []byte) {
		var reload, final []time.Duration
		for i := 0; b.Loop(); i++ {
			name := names[(i*7919+13)%n] // another profile each time, all over the lists
			src, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			src = change(src, i)
			page := "/ho-so/" + strings.TrimSuffix(filepath.Base(name), ".md") + "/"

			// The writer has the profile open in the browser.
			b.StopTimer()
			browser := openStream(b, h.url, page)
			browser.next(b) // hello
			b.StartTimer()

			t0 := time.Now()
			if err := os.WriteFile(name, src, 0o644); err != nil {
				b.Fatal(err)
			}
			for {
				e := browser.next(b)
				if e.name == evError {
					b.Fatalf("build-error %s", e.data)
				}
				if d := e.decode(b); slices.Contains(d.Pages, page) || d.All {
					reload = append(reload, time.Since(t0))
					break
				}
			}
			h.rebuilt() // the end of the rebuild: every file final
			final = append(final, time.Since(t0))

			b.StopTimer()
			browser.close()
			b.StartTimer()
		}
		b.StopTimer()
		if testing.Verbose() {
			lines := strings.Split(strings.TrimSpace(h.log.String()), "\n")
			b.Logf("last rebuilds:\n%s", strings.Join(lines[max(0, len(lines)-3):], "\n"))
		}
		report := func(ts []time.Duration, name string) {
			slices.Sort(ts)
			var sum time.Duration
			for _, t := range ts {
				sum += t
			}
			b.ReportMetric(float64(sum.Microseconds())/1000/float64(len(ts)), name+"-ms")
			b.ReportMetric(float64(ts[len(ts)/2].Microseconds())/1000, name+"-p50-ms")
			b.ReportMetric(float64(ts[len(ts)*9/10].Microseconds())/1000, name+"-p90-ms")
			b.ReportMetric(float64(ts[len(ts)-1].Microseconds())/1000, name+"-max-ms")
		}
		report(reload, "reload")
		report(final, "all")
	}

	b.Run("body", func(b *testing.B) { edit(b, benchgen.AddParagraph) })
	b.Run("district", func(b *testing.B) { edit(b, benchgen.MoveDistrict) })
}

// BenchmarkFirstPage measures how soon `guongsang serve` answers: from
// calling New (which listens, then builds) to the first 200 for the home
// page (home-ms) and for a profile page (profile-ms), both asked for at
// once while New builds, and to New's return, when every file is made
// (built-ms). In-process: a process adds its start (milliseconds). The site is the generated benchmark site:
//
//	GUONGSANG_BENCH_N=10000 go test -run '^$' -bench FirstPage -benchtime 3x ./generator/preview/
func BenchmarkFirstPage(b *testing.B) {
	dir, names := benchDir(b)
	page := "/ho-so/" + strings.TrimSuffix(filepath.Base(names[len(names)/2]), ".md") + "/"
	var home, prof, built []time.Duration
	for b.Loop() {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			b.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		first := func(p string, out *[]time.Duration, t0 time.Time, done chan<- struct{}) {
			defer close(done)
			for time.Since(t0) < 5*time.Minute {
				req, _ := http.NewRequest("GET", "http://"+addr+p, nil)
				resp, err := http.DefaultClient.Do(req)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode == http.StatusOK {
						*out = append(*out, time.Since(t0))
						return
					}
				}
				time.Sleep(2 * time.Millisecond)
			}
		}
		t0 := time.Now()
		d1, d2 := make(chan struct{}), make(chan struct{})
		go first("/", &home, t0, d1)
		go first(page, &prof, t0, d2)
		srv, err := New(Options{SiteDir: dir, Addr: addr, Drafts: true, Now: now})
		if err != nil {
			b.Fatal(err)
		}
		built = append(built, time.Since(t0))
		ctx, cancel := context.WithCancel(context.Background())
		ran := make(chan error, 1)
		go func() { ran <- srv.Run(ctx) }() // serves, for a preview that waits for Run
		<-d1
		<-d2
		cancel()
		if err := <-ran; err != nil {
			b.Fatal(err)
		}
	}
	if len(home) == 0 || len(prof) == 0 {
		b.Fatal("no page was served")
	}
	for _, m := range []struct {
		name string
		ts   []time.Duration
	}{{"home", home}, {"profile", prof}, {"built", built}} {
		slices.Sort(m.ts)
		b.ReportMetric(float64(m.ts[len(m.ts)/2].Microseconds())/1000, m.name+"-p50-ms")
		b.ReportMetric(float64(m.ts[len(m.ts)-1].Microseconds())/1000, m.name+"-max-ms")
	}
}

// benchDir generates the benchmark site of GUONGSANG_BENCH_N profiles
// (default 1000) in a temporary folder, or copies the site folder
// GUONGSANG_BENCH_SITE names there, and returns it with the profiles'
// files, sorted.
func benchDir(b *testing.B) (string, []string) {
	if src := os.Getenv("GUONGSANG_BENCH_SITE"); src != "" {
		// A site made by guongsang-bench gen (-shape long), copied: the
		// benchmark edits it.
		dir := b.TempDir()
		if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
			b.Fatal(err)
		}
		names, err := filepath.Glob(filepath.Join(dir, "content", "ho-so", "*.md"))
		if err != nil || len(names) == 0 {
			b.Fatalf("no profiles in %s (%v)", src, err)
		}
		slices.Sort(names)
		return dir, names
	}
	n := 1000
	if s := os.Getenv("GUONGSANG_BENCH_N"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 10 {
			b.Fatalf("GUONGSANG_BENCH_N=%q: want a number of profiles, at least 10", s)
		}
		n = v
	}
	dir := b.TempDir()
	if _, err := benchgen.Generate(dir, benchgen.Options{N: n, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	names, err := filepath.Glob(filepath.Join(dir, "content", "ho-so", "*.md"))
	if err != nil || len(names) != n {
		b.Fatalf("%d profiles generated (%v), want %d", len(names), err, n)
	}
	slices.Sort(names)
	return dir, names
}
