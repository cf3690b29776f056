package preview

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/guongsang/guongsang/internal/benchgen"
)

// Load test figures; see docs/reliability.md for a run.
const (
	loadProfiles = 1000 // the generated benchmark site, as BenchmarkReload
	loadClients  = 200  // live-reload connections (browser tabs)
	loadRebuilds = 100  // consecutive saves, each one rebuild
	loadFetchers = 4    // goroutines requesting pages without pause
)

// sseClient is one live-reload connection that counts what it receives.
type sseClient struct {
	reloads atomic.Int64 // reload events
	// Set before done is closed.
	eof  bool // the server ended the stream
	err  error
	done chan struct{}
}

// listen connects to the server's event stream as the live-reload script
// showing page does, and reads events until ctx is done or the stream ends.
// connected is called once the server has said hello.
func listen(ctx context.Context, base, page string, connected func()) *sseClient {
	c := &sseClient{done: make(chan struct{})}
	go func() {
		defer close(c.done)
		req, _ := http.NewRequestWithContext(ctx, "GET", base+strings.TrimPrefix(EventsPath, "/")+"?page="+page, nil)
		resp, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}).Do(req)
		if err != nil {
			c.err = err
			connected()
			return
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			c.err = fmt.Errorf("events: %s", resp.Status)
			connected()
			return
		}
		sc := bufio.NewScanner(resp.Body)
		var name string
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				switch name {
				case evHello:
					connected()
				case evReload:
					c.reloads.Add(1)
				}
			}
		}
		c.eof = ctx.Err() == nil
	}()
	return c
}

// TestServeUnderLoad: 200 live-reload connections and a steady stream of
// page requests while a writer saves 100 times in a row (through the file
// watcher, as an editor does) on the 1,000-profile benchmark site. Every
// request succeeds with the whole page, every connection gets every reload
// and stays connected, and once the server has stopped no goroutine is
// left and the heap is back near where it started. Bounded: about 10 s.
//
// Not parallel: goroutine and heap figures need the package to itself.
func TestServeUnderLoad(t *testing.T) {
	dir := t.TempDir()
	if _, err := benchgen.Generate(dir, benchgen.Options{N: loadProfiles, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "content", "ho-so", "*.md"))
	slices.Sort(names)
	if len(names) != loadProfiles {
		t.Fatalf("%d profiles generated", len(names))
	}
	pageOf := func(name string) string { return "/ho-so/" + strings.TrimSuffix(filepath.Base(name), ".md") + "/" }

	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heapBefore, goroutinesBefore := ms.HeapAlloc, runtime.NumGoroutine()

	start := time.Now()
	h := startDir(t, dir, true, "127.0.0.1:0")
	firstBuild := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	heapServing := ms.HeapAlloc

	// The browsers: each shows one profile page.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var hello sync.WaitGroup
	hello.Add(loadClients)
	clients := make([]*sseClient, loadClients)
	for i := range clients {
		clients[i] = listen(ctx, h.url, pageOf(names[i*len(names)/loadClients]), sync.OnceFunc(hello.Done))
	}
	hello.Wait()
	for i, c := range clients {
		if c.err != nil {
			t.Fatalf("client %d: %v", i, c.err)
		}
	}

	// The requests: pages, lists, styles and the search index, as the
	// browsers reload them.
	urls := []string{"/", "/ho-so/", "/ho-so/trang/2/", "/dia-ban/", "/thong-ke/", "/tim-kiem/", "/css/site.css",
		"/js/search.js", "/tim-kiem/chi-muc/ho-so.json", "/index.xml", "/sitemap.xml", "/du-lieu/ho-so.csv", ScriptPath}
	for i := 0; i < len(names); i += 97 {
		urls = append(urls, pageOf(names[i]))
	}
	stop := make(chan struct{})
	// Whatever happens, the fetchers and the sampler stop with the test.
	var fetchers sync.WaitGroup
	sampled := make(chan struct{})
	end := sync.OnceFunc(func() {
		close(stop)
		fetchers.Wait()
		<-sampled
	})
	defer end()
	var requests, failures atomic.Int64
	var latMu sync.Mutex
	var latencies []time.Duration
	pageClient := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: loadFetchers}}
	for w := range loadFetchers {
		fetchers.Go(func() {
			var mine []time.Duration
			for i := w; ; i++ {
				select {
				case <-stop:
					latMu.Lock()
					latencies = append(latencies, mine...)
					latMu.Unlock()
					return
				default:
				}
				u := urls[i%len(urls)]
				t0 := time.Now()
				resp, err := pageClient.Get(strings.TrimSuffix(h.url, "/") + u)
				if err != nil {
					failures.Add(1)
					t.Errorf("GET %s: %v", u, err)
					continue
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				mine = append(mine, time.Since(t0))
				requests.Add(1)
				whole := len(body) > 0 && (!strings.HasSuffix(u, "/") || bytes.HasSuffix(body, []byte("</html>\n")))
				if err != nil || resp.StatusCode != http.StatusOK || !whole {
					failures.Add(1)
					t.Errorf("GET %s: %s, %d bytes, %v", u, resp.Status, len(body), err)
				}
			}
		})
	}

	// Memory and goroutines while serving.
	var peakHeap uint64
	var peakGoroutines int
	go func() {
		defer close(sampled)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peakHeap = max(peakHeap, m.HeapAlloc)
			peakGoroutines = max(peakGoroutines, runtime.NumGoroutine())
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()

	// The writer: 100 saves in a row, each waited for; every tenth moves
	// a profile to another district, which rebuilds lists, counts and the
	// search index too.
	district := regexp.MustCompile(`(?m)^district: (.*)$`)
	var rebuildTimes []time.Duration
	loadStart := time.Now()
	for i := range loadRebuilds {
		name := names[(i*7919+13)%len(names)]
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if i%10 == 9 {
			m := district.FindSubmatchIndex(src)
			old := string(src[m[2]:m[3]])
			j := slices.IndexFunc(benchgen.Districts, func(t benchgen.Term) bool { return t.Key == old })
			src = slices.Concat(src[:m[2]], []byte(benchgen.Districts[(j+1)%len(benchgen.Districts)].Key), src[m[3]:])
		} else {
			src = fmt.Appendf(bytes.TrimRight(src, "\n"), "\n\nLần sửa thứ %d.\n", i)
		}
		// Saved as editors save: a temporary file (a dot file, which the
		// watcher skips) renamed over the profile, so no rebuild can see
		// it half-written.
		tmp := filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+".tmp")
		t0 := time.Now()
		if err := os.WriteFile(tmp, src, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, name); err != nil {
			t.Fatal(err)
		}
		h.rebuiltAs(evReload)
		rebuildTimes = append(rebuildTimes, time.Since(t0))
	}
	loadTook := time.Since(loadStart)
	end()

	// Every browser got every reload and is still connected.
	deadline := time.Now().Add(10 * time.Second)
	for _, c := range clients {
		for c.reloads.Load() < loadRebuilds && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
	}
	minReloads, maxReloads := loadRebuilds*10, 0
	for i, c := range clients {
		select {
		case <-c.done:
			t.Errorf("client %d: disconnected (eof %v, err %v) after %d reloads", i, c.eof, c.err, c.reloads.Load())
		default:
		}
	}
	cancel()
	for _, c := range clients {
		<-c.done
		n := int(c.reloads.Load())
		minReloads, maxReloads = min(minReloads, n), max(maxReloads, n)
	}
	if minReloads != loadRebuilds || maxReloads != loadRebuilds {
		t.Errorf("clients got %d to %d reload events, want %d each", minReloads, maxReloads, loadRebuilds)
	}

	h.stop()
	h.events.close()
	pageClient.CloseIdleConnections()
	settle := time.Now()
	for runtime.NumGoroutine() > goroutinesBefore && time.Since(settle) < 10*time.Second {
		time.Sleep(10 * time.Millisecond)
	}
	goroutinesAfter := runtime.NumGoroutine()
	if goroutinesAfter > goroutinesBefore {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines before, %d after:\n%s", goroutinesBefore, goroutinesAfter, buf[:runtime.Stack(buf, true)])
	}
	h.srv = nil // the test's last reference to the server's memory
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	heapAfter := ms.HeapAlloc
	// Near: within 8 MB of the start. The site's files alone are about
	// heapServing-heapBefore (tens of MB): a rebuild that leaked them, or
	// a connection that kept its buffers, would show.
	if heapAfter > heapBefore+8<<20 {
		t.Errorf("heap %s before, %s after", mb(heapBefore), mb(heapAfter))
	}

	slices.Sort(latencies)
	slices.Sort(rebuildTimes)
	pct := func(ds []time.Duration, p int) time.Duration {
		if len(ds) == 0 {
			return 0
		}
		return ds[(len(ds)-1)*p/100].Round(10 * time.Microsecond)
	}
	t.Logf("%d profiles, first build %v; %d SSE clients, %d page fetchers, %d rebuilds in %v",
		loadProfiles, firstBuild.Round(time.Millisecond), loadClients, loadFetchers, loadRebuilds, loadTook.Round(time.Millisecond))
	t.Logf("page requests: %d (%.0f/s), %d failed; latency p50 %v, p99 %v, max %v",
		requests.Load(), float64(requests.Load())/loadTook.Seconds(), failures.Load(), pct(latencies, 50), pct(latencies, 99), pct(latencies, 100))
	t.Logf("save to reload event: p50 %v, p90 %v, max %v; reload events per client: %d to %d",
		pct(rebuildTimes, 50), pct(rebuildTimes, 90), pct(rebuildTimes, 100), minReloads, maxReloads)
	t.Logf("goroutines: %d before, %d peak, %d after; heap: %s before, %s serving, %s peak, %s after",
		goroutinesBefore, peakGoroutines, goroutinesAfter, mb(heapBefore), mb(heapServing), mb(peakHeap), mb(heapAfter))
}

func mb(n uint64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
