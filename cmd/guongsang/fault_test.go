package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/internal/benchgen"
)

var killSeed = flag.Uint64("kill.seed", 1, "the seed of TestBuildKilled's kill times")

// buildBinary compiles the command into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "guongsang")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// fileStat is what a build that did not touch a file leaves as it was.
// Builds never change a file in place (they stage new files and swap
// folders), so an equal stat means equal bytes.
type fileStat struct {
	ino   uint64
	size  int64
	mtime time.Time
}

// statDir returns the stat of every file under dir.
func statDir(t *testing.T, dir string) map[string]fileStat {
	t.Helper()
	out := map[string]fileStat{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel] = fileStat{inode(fi), fi.Size(), fi.ModTime()}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// hashDir returns the SHA-256 of every file under dir.
func hashDir(t *testing.T, dir string) map[string][sha256.Size]byte {
	t.Helper()
	out := map[string][sha256.Size]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel] = sha256.Sum256(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// leftovers lists what builds left in the state folder beside public/
// other than the lock and the previous site kept for the next build.
func leftovers(t *testing.T, site string) []string {
	t.Helper()
	ents, err := os.ReadDir(filepath.Join(site, ".public.guongsang"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		// The lock is reused; the previous site is kept for the next
		// build to update in place (output.Dir).
		if e.Name() != "lock" && e.Name() != "prev" {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestBuildKilled: `guongsang build` of a 1,000-profile site, killed with
// SIGKILL at random moments (seeded: -kill.seed), never leaves a mixed or
// partial public/. Before each kill the site's title, which every page
// shows, is changed, so every killed build was making a site different
// from public/: after the kill public/ must be exactly what it was (the
// same files, untouched) or exactly a clean build of the new content
// (when the kill came after the swap). The next normal build succeeds
// and removes every leftover. Besides the random kills, three land at
// moments the build announces (load, halfway through writing the stage,
// just before the swap), so every phase is hit whatever the timing. Then a
// second build while one is running is refused with a clear message.
// About twelve builds' time: under 15 s on a quiet 2-core machine. (build.TestConcurrentBuilds starts builds at the
// same moment.)
func TestBuildKilled(t *testing.T) {
	bin := buildBinary(t)
	site := t.TempDir()
	if _, err := benchgen.Generate(site, benchgen.Options{N: 1000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	public := filepath.Join(site, "public")
	build := func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, append([]string{"build", "--site", site}, args...)...)
		cmd.Stdout, cmd.Stderr = new(bytes.Buffer), new(bytes.Buffer)
		return cmd
	}
	run := func(what string, args ...string) {
		t.Helper()
		cmd := build(args...)
		if err := cmd.Run(); err != nil {
			t.Fatalf("%s: %v\n%s", what, err, cmd.Stderr)
		}
	}

	start := time.Now()
	run("first build")
	took := time.Since(start)
	yaml := filepath.Join(site, "site.yaml")
	orig, _ := os.ReadFile(yaml)
	if !bytes.HasPrefix(orig, []byte("title: ")) {
		t.Fatal("site.yaml does not start with its title")
	}
	retitle := func(i int) { // every page shows the title
		b := bytes.Replace(orig, []byte("title: "), fmt.Appendf(nil, "title: Bản %d – ", i), 1)
		if err := os.WriteFile(yaml, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// Half the kills come at any moment of a build, half at a moment of
	// its writing and swapping, once its staging folder has appeared
	// (reading and checking 1,000 profiles takes about half a build).
	// The title is one of two, never the one public/ shows, so each killed
	// build was making another site than the one in public/.
	rng := rand.New(rand.NewPCG(*killSeed, 0))
	const kills = 4
	prev := statDir(t, public)
	refs := map[int]map[string][sha256.Size]byte{} // a clean build of each title
	shown := -1                                    // the title public/ shows: -1 for the original
	var wasPrev, wasNew, finished, staged, title int
	for i := range kills {
		title = 0
		if shown == 0 {
			title = 1
		}
		retitle(title)
		before := leftovers(t, site)
		isNew := func(n string) bool { return !slices.Contains(before, n) }
		cmd := build()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		when := "from the start"
		if i%2 == 1 {
			when = "after staging began"
			deadline := time.Now().Add(2*took + time.Second)
			for time.Now().Before(deadline) && !slices.ContainsFunc(leftovers(t, site), isNew) {
				time.Sleep(time.Millisecond)
			}
		}
		// Up to a little more than a whole build from the start; up to
		// three quarters of one after staging began, which reaches past
		// the swap, into the removal of the previous site.
		delay := time.Duration(rng.Float64() * 1.1 * float64(took))
		if i%2 == 1 {
			delay = time.Duration(rng.Float64() * 0.75 * float64(took))
		}
		time.Sleep(delay)
		if err := cmd.Process.Kill(); err != nil {
			finished++ // it ended before the kill
		}
		cmd.Wait()
		if slices.ContainsFunc(leftovers(t, site), isNew) {
			staged++ // this build's own staging folder
		}
		now := statDir(t, public)
		outcome := "previous site"
		if maps.Equal(now, prev) {
			wasPrev++
		} else {
			// It must then be the new site, whole: the same bytes as a
			// clean build of the same content elsewhere.
			if refs[title] == nil {
				ref := filepath.Join(t.TempDir(), "public")
				run("reference build", "--out", ref)
				refs[title] = hashDir(t, ref)
			}
			if !maps.Equal(hashDir(t, public), refs[title]) {
				t.Fatalf("after kill %d (%v %s) public/ is neither the previous site nor the new one", i+1, delay, when)
			}
			wasNew++
			outcome = "new site"
			prev, shown = now, title
		}
		t.Logf("kill %d: %v %s: %s", i+1, delay.Round(time.Millisecond), when, outcome)
	}
	// Then one kill in each phase of a build, at a moment the build
	// itself announces (build.Options.Hook): while loading, halfway
	// through writing the stage, and with the stage complete just before
	// the swap. public/ must be the previous site, untouched, each time.
	for _, phase := range []string{"load", "write", "swap"} {
		title = 1 - max(shown, 0)
		retitle(title)
		cmd := build()
		cmd.Env = append(os.Environ(), "GUONGSANG_TEST_STOP="+phase)
		cmd.Stderr = nil
		pipe, err := cmd.StderrPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		stopped := make(chan bool, 1)
		go func() {
			sc := bufio.NewScanner(pipe)
			for sc.Scan() {
				if sc.Text() == "guongsang-test: stopped at "+phase {
					stopped <- true
				}
			}
			close(stopped)
		}()
		if !<-stopped {
			cmd.Wait()
			t.Fatalf("the build never reached %q", phase)
		}
		cmd.Process.Kill()
		cmd.Wait()
		if !maps.Equal(statDir(t, public), prev) {
			t.Fatalf("killed at %q: public/ is not the previous site, untouched", phase)
		}
		if l := leftovers(t, site); phase != "load" && len(l) == 0 {
			t.Errorf("killed at %q: no stage left, so the kill did not land while staging", phase)
		}
		t.Logf("kill at %q: previous site", phase)
	}
	run("build after the kills")
	if l := leftovers(t, site); len(l) > 0 {
		t.Errorf("leftovers after a normal build: %v", l)
	}
	current := hashDir(t, public)
	if home, _ := os.ReadFile(filepath.Join(public, "index.html")); !bytes.Contains(home, fmt.Appendf(nil, "Bản %d – ", title)) {
		t.Error("the last content was not published")
	}
	t.Logf("first build %v; %d kills: public/ was the previous site %d times, the new one %d times (%d builds ended before the kill); %d kills left their staging folder, removed by the next build",
		took.Round(time.Millisecond), kills, wasPrev, wasNew, finished, staged)

	// A second build while one is under way (this process holds the
	// lock, as a running build does) is refused at once, with a message
	// that says what to do, and changes nothing.
	running, err := output.NewDir(public, output.Guard{})
	if err != nil {
		t.Fatal(err)
	}
	second := build()
	err = second.Run()
	stderr := second.Stderr.(*bytes.Buffer).String()
	if second.ProcessState.ExitCode() != exitIO || !strings.Contains(stderr, "một lần dựng khác của trang này đang chạy") ||
		!strings.Contains(stderr, "đợi lần đó xong rồi dựng lại") {
		t.Errorf("second build: %v\n%s", err, stderr)
	}
	running.Abort()
	if !maps.Equal(hashDir(t, public), current) {
		t.Error("the refused build changed public/")
	}
	if l := leftovers(t, site); len(l) > 0 {
		t.Errorf("leftovers after the refused build: %v", l)
	}
	t.Logf("second build refused: %s", strings.TrimSpace(stderr))
}
