// Package browsertest starts headless Chromium for tests that need a real
// browser, through chromedp.
//
// Chromium is $GUONGSANG_CHROMIUM when set, else /usr/bin/chromium (Debian's
// chromium package), else the first chromium or chromium-browser on PATH.
// When there is none the test is skipped, unless GUONGSANG_BROWSER=required,
// as CI sets it, which makes it fail instead.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// DefaultTimeout bounds a whole browser test unless New is given another.
const DefaultTimeout = 90 * time.Second

// Path returns the Chromium executable to use, or "" when there is none
// (also when $GUONGSANG_CHROMIUM names a missing file).
func Path() string {
	if p := os.Getenv("GUONGSANG_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return ""
		}
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Required reports whether browser tests must run rather than skip.
func Required() bool { return os.Getenv("GUONGSANG_BROWSER") == "required" }

// New starts a headless Chromium with a fresh profile and returns a
// chromedp context for one tab in it. The browser is stopped and its
// profile removed when the test ends; every action on the context fails
// after timeout (DefaultTimeout when 0). extra options (command-line
// flags, say) come after New's own. New skips the test with -short, and
// when there is no Chromium unless GUONGSANG_BROWSER=required, which makes
// that a failure.
func New(t testing.TB, timeout time.Duration, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	if testing.Short() {
		// CI runs every browser test in its full run, and the race run
		// with -short: the race detector checks Go code, and a browser
		// driven through it on two cores only measures the machine.
		t.Skip("browser tests do not run with -short; run without it")
	}
	exe := Path()
	if exe == "" {
		if Required() {
			t.Fatal("no Chromium found and GUONGSANG_BROWSER=required: install it (apt-get install -y chromium) or set GUONGSANG_CHROMIUM")
		}
		t.Skip("no Chromium found: install it (apt-get install -y chromium), or set GUONGSANG_CHROMIUM; GUONGSANG_BROWSER=required makes this a failure")
	}
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	// Not t.TempDir: Chromium's helper processes may still be writing to
	// the profile for a moment after the browser is gone, which would fail
	// the test at cleanup.
	profile, err := os.MkdirTemp("", "guongsang-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(profile) })

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox, // CI runs as root, where the sandbox cannot start
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.WindowSize(1280, 900),
	}
	opts = append(opts, extra...)
	ctx, cancelTimeout := context.WithTimeout(context.Background(), timeout)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelBrowser()
		cancelAlloc() // waits for the browser process to exit
		cancelTimeout()
	})
	// Start the browser now, so a broken installation fails here, clearly.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("cannot start %s: %v", exe, err)
	}
	return bctx
}
