package build

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/guongsang/guongsang/generator/output"
)

// failingWriter passes the first n files to w, then fails every write with
// err (or, with cancel set, cancels the build instead), as a full disk or a
// Ctrl+C halfway through would.
type failingWriter struct {
	w      output.Writer
	n      int64
	err    error
	cancel context.CancelFunc
	calls  atomic.Int64
}

func (f *failingWriter) WriteFile(name string, data []byte) error {
	if f.calls.Add(1) <= f.n {
		return f.w.WriteFile(name, data)
	}
	if f.cancel != nil {
		f.cancel()
		return context.Canceled
	}
	return f.err
}

var errDiskFull = errors.New("no space left on device (simulated)")

// goodBuild builds a copy of the golden site to its public/ and returns
// the site folder and a snapshot of public/.
func goodBuild(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := copyDir(t, "testdata/golden/site")
	if _, err := Build(context.Background(), Options{SiteDir: dir, Now: now}); err != nil {
		t.Fatal(err)
	}
	return dir, snapshot(t, filepath.Join(dir, "public"))
}

// stageAndWrite does what Build does after loading, with w wrapping the
// staging folder; it returns Write's error after aborting, as Build does.
func stageAndWrite(t *testing.T, ctx context.Context, dir string, wrap func(output.Writer) output.Writer) (int, error) {
	t.Helper()
	root, err := OpenSite(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	opts := Options{SiteDir: dir, Now: now}
	s, err := Load(root.FS(), opts)
	if err != nil {
		t.Fatal(err)
	}
	d, err := output.NewDir(opts.Out(), opts.Guard())
	if err != nil {
		t.Fatal(err)
	}
	r := newRenderer(s)
	files := len(Files(s, r))
	if _, err := Write(ctx, s, r, wrap(d)); err != nil {
		if aerr := d.Abort(); aerr != nil {
			t.Errorf("Abort: %v", aerr)
		}
		return files, err
	}
	t.Fatal("Write succeeded through a failing writer")
	return files, nil
}

// assertNoStaging fails when a staging folder of a build is left in the
// state folder beside public/. The lock file stays (it is reused), and so
// does the previous site, kept for the next build to update in place.
func assertNoStaging(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(filepath.Join(dir, ".public.guongsang"))
	for _, e := range ents {
		if e.Name() != "lock" && e.Name() != "prev" {
			t.Errorf("leftover .public.guongsang/%s", e.Name())
		}
	}
}

// TestWriteFailsMidway: when a write fails halfway through (a full disk,
// simulated), Write returns that error naming the file, stops starting new
// files, and after Abort, as Build does, public/ is byte for byte and
// mtime for mtime what the last good build left, with nothing staged left.
func TestWriteFailsMidway(t *testing.T) {
	dir, before := goodBuild(t)
	var fw *failingWriter
	files, err := stageAndWrite(t, context.Background(), dir, func(w output.Writer) output.Writer {
		fw = &failingWriter{w: w, n: 5, err: errDiskFull}
		return fw
	})
	var ioErr *IOError
	if !errors.Is(err, errDiskFull) || !errors.As(err, &ioErr) || !strings.HasPrefix(err.Error(), "không ghi được ") {
		t.Errorf("err = %v, want không ghi được <file>: %v", err, errDiskFull)
	}
	// Files already started finish; no new one starts.
	if n := fw.calls.Load(); n >= int64(files) {
		t.Errorf("%d of %d files written after the failure: Write did not stop", n, files)
	}
	sameSnapshot(t, before, snapshot(t, filepath.Join(dir, "public")))
	assertNoStaging(t, dir)

	// The next build works and changes nothing.
	res, err := Build(context.Background(), Options{SiteDir: dir, Now: now})
	if err != nil || res.Written != 0 {
		t.Fatalf("next build: %v, %d written", err, res.Written)
	}
	sameSnapshot(t, before, snapshot(t, filepath.Join(dir, "public")))
}

// TestBuildInterrupted: a build cancelled halfway (Ctrl+C: the command's
// context is cancelled on SIGINT and SIGTERM) returns the context's error
// and leaves public/ as it was.
func TestBuildInterrupted(t *testing.T) {
	dir, before := goodBuild(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := stageAndWrite(t, ctx, dir, func(w output.Writer) output.Writer {
		return &failingWriter{w: w, n: 10, cancel: cancel}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	sameSnapshot(t, before, snapshot(t, filepath.Join(dir, "public")))
	assertNoStaging(t, dir)
}

// TestOutputNotWritable: an output folder that cannot be made fails the
// build before anything is rendered, with the folder in the message.
func TestOutputNotWritable(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	file := filepath.Join(t.TempDir(), "tep")
	os.WriteFile(file, nil, 0o644)
	out := filepath.Join(file, "public") // a folder inside a file
	_, err := Build(context.Background(), Options{SiteDir: dir, OutDir: out, Now: now})
	var ioErr *IOError
	if !errors.As(err, &ioErr) || !strings.Contains(err.Error(), "không chuẩn bị được thư mục xuất "+out) {
		t.Errorf("err = %v", err)
	}
}

// TestSecondBuildRefused: while a build holds the output folder, another
// build of it fails at once with ErrLocked and a message a writer can act
// on, and public/ is untouched; once the first is done, building works.
func TestSecondBuildRefused(t *testing.T) {
	dir, before := goodBuild(t)
	public := filepath.Join(dir, "public")
	first, err := output.NewDir(public, output.Guard{}) // a build under way
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(context.Background(), Options{SiteDir: dir, Now: now})
	if !errors.Is(err, output.ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	want := "một lần dựng khác của trang này đang chạy (nó giữ " +
		filepath.Join(dir, ".public.guongsang", "lock") + "); đợi lần đó xong rồi dựng lại"
	if !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message:\n%s\nwant:\n%s", err, want)
	}
	sameSnapshot(t, before, snapshot(t, public))
	first.Abort()
	if _, err := Build(context.Background(), Options{SiteDir: dir, Now: now}); err != nil {
		t.Fatal(err)
	}
	sameSnapshot(t, before, snapshot(t, public))
}

// TestConcurrentBuilds: several builds of one site started at once, three
// times over, with the content changed between rounds: each build either
// publishes or is refused with ErrLocked, at least one publishes, and
// public/ ends up byte for byte a clean build of the last content.
func TestConcurrentBuilds(t *testing.T) {
	dir := copyDir(t, "testdata/golden/site")
	public := filepath.Join(dir, "public")
	file := filepath.Join(dir, "content", "ho-so", "nguyen-thi-hoa.md")
	orig, _ := os.ReadFile(file)
	for round := range 3 {
		os.WriteFile(file, []byte(strings.Replace(string(orig), "mở lớp", "mở lớp ("+itoa(round)+")", 1)), 0o644)
		var ok, refused atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for range 4 {
			wg.Go(func() {
				<-start
				_, err := Build(context.Background(), Options{SiteDir: dir, Now: now})
				switch {
				case err == nil:
					ok.Add(1)
				case errors.Is(err, output.ErrLocked):
					refused.Add(1)
				default:
					t.Errorf("round %d: %v", round, err)
				}
			})
		}
		close(start)
		wg.Wait()
		t.Logf("round %d: %d published, %d refused", round, ok.Load(), refused.Load())
		if ok.Load() == 0 {
			t.Fatalf("round %d: no build published", round)
		}
		want := buildMemory(t, dir, Options{})
		got := map[string][]byte{}
		filepath.WalkDir(public, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && d.Name() != output.Marker {
				rel, _ := filepath.Rel(public, p)
				got[filepath.ToSlash(rel)], _ = os.ReadFile(p)
			}
			return err
		})
		if len(got) != len(want) {
			t.Errorf("round %d: public/ has %d files, a clean build %d", round, len(got), len(want))
		}
		for name, w := range want {
			if string(got[name]) != string(w) {
				t.Errorf("round %d: %s differs from a clean build", round, name)
			}
		}
		assertNoStaging(t, dir)
	}
}
