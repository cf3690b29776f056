package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/guongsang/guongsang/generator/i18n"
)

func init() {
	// Tests never read the developer's keyboard: `guongsang` with no
	// arguments in TestExitCodes is a script's call, whatever go test's
	// standard input is.
	stdinTerminal = func() bool { return false }
}

// fakeConsole is a console that answers what the test says.
type fakeConsole bool

func (c fakeConsole) OwnsWindow() bool { return bool(c) }

// startResult is what one run of start did.
type startResult struct {
	code           int
	stdout, stderr string
	opened         string // the address given to the browser, or ""
	page           string // the body of that address, fetched while the preview ran
}

// runStart runs start with env and the scripted stdin. When start opens
// the browser (the preview is up), it fetches the page and stops the
// preview. It fails the test if start does not return within a minute.
func runStart(t *testing.T, env startEnv, stdin string) startResult {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	env.ctx = ctx
	if env.stdin == nil {
		env.stdin = strings.NewReader(stdin)
	}
	if env.console == nil {
		env.console = fakeConsole(false)
	}
	var res startResult
	saved := openBrowser
	t.Cleanup(func() { openBrowser = saved })
	openBrowser = func(url string) error {
		res.opened = url
		go func() {
			defer cancel()
			resp, err := http.Get(url)
			if err != nil {
				t.Errorf("GET %s: %v", url, err)
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			res.page = string(b)
		}()
		return nil
	}
	var stdout, stderr lockedBuffer
	done := make(chan int, 1)
	go func() { done <- start(env, &stdout, &stderr) }()
	select {
	case res.code = <-done:
	case <-time.After(time.Minute):
		cancel()
		t.Fatalf("start did not return; stdout:\n%s\nstderr:\n%s", stdout.String(), stderr.String())
	}
	res.stdout, res.stderr = stdout.String(), stderr.String()
	return res
}

func newStartSite(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "trang")
	if code, _, e := runCmd("init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, e)
	}
	return dir
}

// In a site's folder, `guongsang` starts that site's preview and opens
// the browser on it, without asking anything.
func TestStartInSite(t *testing.T) {
	site := newStartSite(t)
	res := runStart(t, startEnv{dir: site, terminal: true}, "")
	if res.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	if !strings.HasPrefix(res.opened, "http://127.0.0.1:") {
		t.Fatalf("the browser was opened on %q", res.opened)
	}
	if !strings.Contains(res.page, "Gương sáng") {
		t.Errorf("the preview's page is %.300q", res.page)
	}
	if !strings.Contains(res.stdout, i18n.StartPreview.T(site)) || strings.Contains(res.stdout, "Bạn muốn làm gì?") {
		t.Errorf("stdout:\n%s", res.stdout)
	}
}

// Elsewhere it says what it is, in Vietnamese, and offers to create a
// site, by default under Documents, whose preview then starts.
func TestStartCreatesSite(t *testing.T) {
	docs := t.TempDir()
	here := t.TempDir()
	// The default name is taken by a folder with files: the next one.
	os.MkdirAll(filepath.Join(docs, "guong-sang"), 0o755)
	os.WriteFile(filepath.Join(docs, "guong-sang", "ghi-chu.txt"), []byte("x"), 0o644)
	want := filepath.Join(docs, "guong-sang-2")

	res := runStart(t, startEnv{dir: here, docs: docs, terminal: true}, "tạo\n1\n\n")
	if res.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	for _, w := range []string{
		"guongsang — chương trình làm trang web \"Gương sáng\"",
		"Thư mục đang mở (" + here + ") chưa phải là một trang: trong đó không có tệp\nsite.yaml.",
		"  1. Tạo một trang mới\n",
		"«tạo» không phải là một lựa chọn. Gõ 1, 2 hoặc 3 rồi nhấn Enter: ",
		"Tạo trang mới ở thư mục nào?\nNhấn Enter để dùng: " + want + "\n",
		"Đã tạo trang mới trong " + want + ":",
		i18n.StartPreview.T(want),
	} {
		if !strings.Contains(res.stdout, w) {
			t.Errorf("stdout lacks %q:\n%s", w, res.stdout)
		}
	}
	if !isSite(want) {
		t.Errorf("no site in %s", want)
	}
	if res.opened == "" || !strings.Contains(res.page, "Gương sáng") {
		t.Errorf("the preview of the new site did not open: %q %.200q", res.opened, res.page)
	}
	if strings.Contains(res.stdout, i18n.StartPressEnter.T()) {
		t.Error("asked for Enter without owning the window")
	}
}

// Opening a site asks again until the folder holds site.yaml; the path
// may be quoted, as Windows' console pastes a dragged folder, or be the
// site.yaml file itself.
func TestStartOpensSite(t *testing.T) {
	site := newStartSite(t)
	here := t.TempDir()
	script := "2\n" + here + "\n\"" + filepath.Join(site, "site.yaml") + "\"\n"
	res := runStart(t, startEnv{dir: here, docs: t.TempDir(), terminal: true}, script)
	if res.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", res.code, res.stdout, res.stderr)
	}
	if !strings.Contains(res.stdout, "Trong "+here+" không có tệp site.yaml, nên đó chưa phải là một trang.") {
		t.Errorf("no refusal of a folder without site.yaml:\n%s", res.stdout)
	}
	if !strings.Contains(res.stdout, i18n.StartPreview.T(site)) || !strings.Contains(res.page, "Gương sáng") {
		t.Errorf("the site was not opened:\n%s", res.stdout)
	}
}

// Quitting, an empty answer to "which folder" (back to the menu) and the
// end of the input all end without a preview or a new folder.
func TestStartQuits(t *testing.T) {
	for _, script := range []string{"3\n", "", "2\n\n3\n", "1\n"} {
		docs := t.TempDir()
		res := runStart(t, startEnv{dir: t.TempDir(), docs: docs, terminal: true}, script)
		if res.code != 0 || res.opened != "" {
			t.Errorf("%q: exit %d, browser %q", script, res.code, res.opened)
		}
		if ents, _ := os.ReadDir(docs); len(ents) != 0 {
			t.Errorf("%q: created %v", script, ents)
		}
	}
}

// A script or CI (no terminal, no window of its own) still gets the usage
// and exit 2, and nothing is read.
func TestStartNotInteractive(t *testing.T) {
	in := strings.NewReader("1\n\n")
	res := runStart(t, startEnv{dir: t.TempDir(), docs: t.TempDir(), stdin: in}, "")
	if res.code != exitUsage || !strings.Contains(res.stderr, "Cách dùng:") || res.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", res.code, res.stdout, res.stderr)
	}
	if in.Len() != 3 {
		t.Errorf("read %d bytes of standard input", 3-in.Len())
	}
}

// Owning the console window (a double-click on Windows), it asks for
// Enter before exiting, so the window stays until it has been read.
func TestStartConsoleOwnerWaits(t *testing.T) {
	// With a scripted input: the Enter after "3" is read only when the
	// window is the program's own.
	for _, owns := range []bool{true, false} {
		in := strings.NewReader("3\n\n")
		// One byte at a time, as a keyboard gives them: start's reader
		// cannot read ahead.
		res := runStart(t, startEnv{dir: t.TempDir(), console: fakeConsole(owns), terminal: !owns, stdin: iotest.OneByteReader(in)}, "")
		asked := strings.HasSuffix(res.stdout, "\nNhấn Enter để đóng cửa sổ này.\n")
		if asked != owns || (in.Len() == 0) != owns || res.code != 0 {
			t.Errorf("owns the window %v: asked for Enter %v, %d bytes left unread, exit %d", owns, asked, in.Len(), res.code)
		}
	}
	// With a keyboard that has not pressed Enter yet: start does not
	// return until it does.
	pr, pw := io.Pipe()
	var stdout lockedBuffer
	done := make(chan int, 1)
	env := startEnv{ctx: context.Background(), stdin: pr, console: fakeConsole(true), dir: t.TempDir()}
	go func() { done <- start(env, &stdout, io.Discard) }()
	if _, err := io.WriteString(pw, "3\n"); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); !strings.Contains(stdout.String(), "Nhấn Enter"); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no request for Enter:\n%s", stdout.String())
		}
	}
	select {
	case code := <-done:
		t.Fatalf("returned %d before Enter was pressed", code)
	default:
	}
	io.WriteString(pw, "\r\n")
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

// The errors of a broken site stay on screen after the preview stops
// (the browser shows them too while it runs).
func TestStartConsoleOwnerKeepsErrors(t *testing.T) {
	site := t.TempDir()
	os.WriteFile(filepath.Join(site, "site.yaml"), []byte("title: [\n"), 0o644)
	in := strings.NewReader("\n")
	res := runStart(t, startEnv{dir: site, console: fakeConsole(true), stdin: in}, "")
	if res.code != 0 || res.opened == "" || !strings.Contains(res.stdout, "site.yaml:1: ") ||
		!strings.HasSuffix(res.stdout, "Nhấn Enter để đóng cửa sổ này.\n") || in.Len() != 0 {
		t.Errorf("exit %d\nstdout %q\nstderr %q", res.code, res.stdout, res.stderr)
	}
}

func TestTypedPath(t *testing.T) {
	base := filepath.Join(string(filepath.Separator), "nha")
	home, _ := os.UserHomeDir()
	abs := filepath.Join(string(filepath.Separator), "tai lieu", "trang")
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{`""`, ""},
		{"gialai", filepath.Join(base, "gialai")},
		{`"` + abs + `"`, abs},
		{"'" + abs + "'", abs},
		{"  " + abs + "  \r", abs},
		{"~", home},
		{"~/trang", filepath.Join(home, "trang")},
	}
	if filepath.Separator == '/' {
		tests = append(tests, struct{ in, want string }{`/tai\ lieu/trang`, abs})
	}
	for _, tt := range tests {
		if got := typedPath(tt.in, base); got != tt.want {
			t.Errorf("typedPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
