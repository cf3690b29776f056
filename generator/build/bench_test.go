package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/generator/render"
	"github.com/guongsang/guongsang/internal/benchgen"
)

// benchSite returns a generated site of GUONGSANG_BENCH_N profiles
// (default 1000), made once and kept in the temp folder between runs, or
// the site folder GUONGSANG_BENCH_SITE names (for instance one made by
// `guongsang-bench gen -shape long`):
//
//	GUONGSANG_BENCH_N=10000 go test -run '^$' -bench . -benchmem ./generator/build/
func benchSite(b *testing.B) string {
	b.Helper()
	if dir := os.Getenv("GUONGSANG_BENCH_SITE"); dir != "" {
		return dir // a site made by guongsang-bench gen (-shape long); benchmarks that edit copy it
	}
	n := 1000
	if s := os.Getenv("GUONGSANG_BENCH_N"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("guongsang-bench-site-%d-seed1", n))
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err != nil {
		if _, err := benchgen.Generate(dir, benchgen.Options{N: n, Seed: 1, Force: true}); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

func BenchmarkLoad(b *testing.B) {
	dir := benchSite(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(os.DirFS(dir), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIndex(b *testing.B) {
	s, err := Load(os.DirFS(benchSite(b)), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		index.Build(s.Config, s.Content.Profiles)
	}
}

// BenchmarkRender renders every file into memory: templates, feeds,
// search index, statistics; no disk.
func BenchmarkRender(b *testing.B) {
	s, err := Load(os.DirFS(benchSite(b)), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Write(context.Background(), s, newRenderer(s), output.NewMemory()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJobs measures planning: every job and its fingerprint, which
// the preview recomputes after each edit.
func BenchmarkJobs(b *testing.B) {
	s, err := Load(os.DirFS(benchSite(b)), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		render.New(s.Theme, s.Index).Jobs()
	}
}

// BenchmarkBuild is the whole `guongsang build` to disk, including the
// staged swap; every round after the first rewrites nothing.
func BenchmarkBuild(b *testing.B) {
	dir := benchSite(b)
	out := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(context.Background(), Options{SiteDir: dir, OutDir: filepath.Join(out, "public")}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadFile is re-reading one profile, the preview's unit of work.
func BenchmarkLoadFile(b *testing.B) {
	dir := benchSite(b)
	s, err := Load(os.DirFS(dir), Options{})
	if err != nil {
		b.Fatal(err)
	}
	l := content.NewLoader(os.DirFS(dir), s.Config, content.Options{})
	p := s.Content.Profiles[0].Path
	b.ReportAllocs()
	for b.Loop() {
		l.File(p)
	}
}

// BenchmarkDataXLSX renders ho-so.xlsx alone and reports the most heap it
// held at once above what the loaded site holds (peak-MB), sampled every
// millisecond: the workbook was the largest single addition to a build's
// peak memory.
func BenchmarkDataXLSX(b *testing.B) {
	s, err := Load(os.DirFS(benchSite(b)), Options{})
	if err != nil {
		b.Fatal(err)
	}
	r := newRenderer(s)
	var job render.Job
	for _, j := range r.Jobs() {
		if "/"+j.Path == render.DataXLSXPath {
			job = j
		}
	}
	if job.Path == "" {
		b.Fatal("no ho-so.xlsx job")
	}
	runtime.GC()
	base := heapBytes()
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if h := heapBytes(); h > peak.Load() {
					peak.Store(h)
				}
			}
		}
	}()
	b.ReportAllocs()
	var size int
	for b.Loop() {
		out, err := r.Render(job)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	close(stop)
	b.ReportMetric(float64(size), "xlsx-bytes")
	b.ReportMetric(float64(peak.Load()-min(base, peak.Load()))/(1<<20), "peak-MB")
}

// heapBytes is the heap's live and not yet swept objects now.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// BenchmarkRenderProfiles renders every profile page, the pages whose
// templates run most often (one page per profile), and nothing else.
func BenchmarkRenderProfiles(b *testing.B) {
	s, err := Load(os.DirFS(benchSite(b)), Options{})
	if err != nil {
		b.Fatal(err)
	}
	r := newRenderer(s)
	profiles := map[string]bool{}
	for _, p := range s.Index.Profiles {
		profiles[strings.TrimPrefix(p.URL, "/")+"index.html"] = true
	}
	var jobs []render.Job
	for _, j := range r.Jobs() {
		if profiles[j.Path] {
			jobs = append(jobs, j)
		}
	}
	if len(jobs) != len(s.Index.Profiles) {
		b.Fatalf("%d profile pages for %d profiles", len(jobs), len(s.Index.Profiles))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, j := range jobs {
			if _, err := r.Render(j); err != nil {
				b.Fatal(err)
			}
		}
	}
}
