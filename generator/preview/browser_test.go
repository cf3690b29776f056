package preview

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/guongsang/guongsang/internal/browsertest"
)

// TestBrowser drives headless Chromium through a writing session: the page
// follows every save by itself (the test never navigates after the first
// load), shows the errors of a broken save over the page, drops them when
// the file is fixed, swaps a stylesheet without reloading, and comes back
// after the server restarts. It runs under the theme's real
// Content-Security-Policy, so it also proves that the script and the
// overlay need nothing the policy forbids.
func TestBrowser(t *testing.T) {
	ctx := browsertest.New(t, 3*time.Minute)
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	h := startDir(t, dir, true, "127.0.0.1:0")
	addr := strings.TrimSuffix(strings.TrimPrefix(h.url, "http://"), "/")
	b := &browser{t: t, ctx: ctx}

	// Every document records what its Content-Security-Policy blocks.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.guongsangBlocked = [];
document.addEventListener("securitypolicyviolation", e => window.guongsangBlocked.push(e.violatedDirective + " " + e.blockedURI));`,
	}); err != nil {
		t.Fatal(err)
	}
	defer b.checkPolicy()

	if err := chromedp.Do(ctx, chromedp.Navigate(h.url+"ho-so/ksor-ba/")); err != nil {
		t.Fatal(err)
	}
	b.waitFor(`document.documentElement.hasAttribute("data-guongsang-live")`, "the script to connect")
	b.mark()

	// 1. A save shows up by itself.
	h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "chu-pah", 2019, "Anh Ba trồng **sầu riêng** ở làng Dơr.").String())
	b.waitFor(`document.body.innerText.includes("trồng sầu riêng ở làng Dơr")`, "the edited text")
	if b.marked() {
		t.Error("the page shows the edit but was not reloaded")
	}
	b.waitFor(`document.documentElement.hasAttribute("data-guongsang-live")`, "the script to reconnect")

	h.rebuilt() // the end of that rebuild, for the events read below

	// 1b. A save this page does not show leaves it alone.
	b.mark()
	tram := testSite()["content/ho-so/tram-y-te.md"]
	h.write("content/ho-so/tram-y-te.md", tram+"\nMột đoạn mới.\n")
	d := h.rebuiltAs(evReload).decode(t)
	if !slices.Equal(d.Pages, []string{"/ho-so/tram-y-te/"}) {
		t.Errorf("pages %v, want the edited profile's only", d.Pages)
	}
	b.waitFor(`document.documentElement.getAttribute("data-guongsang-gen") === "`+strconv.Itoa(d.Gen)+`"`, "the page to see the event")
	if !b.marked() {
		t.Error("a change to another page reloaded this one")
	}

	// 2. A broken front matter: the overlay names file and line, over the
	// last good page.
	h.write("content/ho-so/ksor-ba.md", "---\ntitle: \"Ksor Ba\"\nkind: individual\ncategory: giao-duc\ndistrict: chu-pah\nyear: hai nghìn\ncriteria: [sang-kien]\n---\nHỏng.\n")
	b.waitFor(`!!document.getElementById("guongsang-overlay")`, "the error overlay")
	text := b.eval(`document.getElementById("guongsang-overlay").innerText`)
	for _, want := range []string{"1 lỗi", "content/ho-so/ksor-ba.md:6", "year: phải là năm viết bằng chữ số, không phải \"hai nghìn\"",
		"Gợi ý: viết năm bằng chữ số, ví dụ `year: 2020`", "Đóng"} {
		if !strings.Contains(text, want) {
			t.Errorf("the overlay does not show %q:\n%s", want, text)
		}
	}
	if pos := b.eval(`getComputedStyle(document.getElementById("guongsang-overlay")).position`); pos != "fixed" {
		t.Errorf("the overlay's stylesheet is not applied (position %q): blocked by the CSP?", pos)
	}
	if !strings.Contains(b.eval(`document.body.innerText`), "trồng sầu riêng") {
		t.Error("the last good page is gone under the overlay")
	}
	b.checkPolicy()

	// 3. The fix removes it.
	h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "chu-pah", 2019, "Đã sửa: anh Ba trồng cà phê.").String())
	b.waitFor(`!document.getElementById("guongsang-overlay") && document.body.innerText.includes("Đã sửa: anh Ba trồng cà phê.")`, "the overlay to go")
	b.waitFor(`document.documentElement.hasAttribute("data-guongsang-live")`, "the script to reconnect")

	// 4. A stylesheet is swapped in place.
	b.mark()
	h.write("themes/default/static/css/site.css", "body { color: rgb(1, 2, 3) }\n")
	b.waitFor(`getComputedStyle(document.body).color === "rgb(1, 2, 3)"`, "the new stylesheet")
	if !b.marked() {
		t.Error("a stylesheet change reloaded the page")
	}

	// 5. Restart: the page reconnects and reloads once, showing what the
	// new server serves.
	h.stop()
	h.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "chu-pah", 2019, "Viết khi máy chủ tắt.").String())
	startDir(t, dir, true, addr)
	b.waitFor(`document.body.innerText.includes("Viết khi máy chủ tắt.")`, "the page after the restart")
}

// browser is a tab the test only reads from.
type browser struct {
	t   *testing.T
	ctx context.Context
}

// eval returns the value of a JavaScript expression as a string.
func (b *browser) eval(js string) string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[any](js))
	if err != nil {
		b.t.Fatalf("%s: %v", js, err)
	}
	if s, ok := v.(string); ok {
		return s
	}
	return strconv.Quote(strings.TrimSpace(strings.ReplaceAll(stringOf(v), "\n", " ")))
}

func stringOf(v any) string {
	switch v := v.(type) {
	case bool:
		return strconv.FormatBool(v)
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64)
	case nil:
		return "null"
	}
	return "?"
}

// waitFor polls a JavaScript condition until it holds. A reload destroys
// the page the condition runs in, so polling goes through the test rather
// than chromedp.Poll, which stops at a navigation.
func (b *browser) waitFor(cond, what string) {
	b.t.Helper()
	deadline := time.Now().Add(eventTimeout)
	var last error
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(b.ctx, 2*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+cond+")"))
		cancel()
		if err == nil && ok {
			return
		}
		last = err
		time.Sleep(25 * time.Millisecond)
	}
	b.t.Fatalf("timed out waiting for %s (%s); last error: %v", what, cond, last)
}

// checkPolicy fails the test if the page's Content-Security-Policy
// blocked anything since the page loaded.
func (b *browser) checkPolicy() {
	b.t.Helper()
	if blocked := b.eval(`window.guongsangBlocked.join("; ")`); blocked != "" {
		b.t.Errorf("the Content-Security-Policy blocked: %s", blocked)
	}
}

// mark sets a variable in the page that a reload would clear.
func (b *browser) mark() {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.Evaluate[chromedp.Void](`window.guongsangTestMark = true`)); err != nil {
		b.t.Fatal(err)
	}
}

func (b *browser) marked() bool {
	b.t.Helper()
	return b.eval(`String(window.guongsangTestMark === true)`) == "true"
}
