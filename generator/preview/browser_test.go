package preview

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/guongsang/guongsang/internal/browsertest"
)

// TestBrowser drives headless Chromium through a writing session: the page
// follows every save by itself (the test never navigates after the first
// load), shows the errors of a broken save over the page, drops them when
// the file is fixed, swaps a stylesheet without reloading, and comes back
// after the server restarts. It runs under the theme's real
// Content-Security-Policy, in the page's meta tag and in the preview's
// header (Policy), so it also proves that the script, its event stream and
// the overlay need nothing the policy forbids: the browser reports no
// violation, neither to the page nor in its console.
func TestBrowser(t *testing.T) {
	ctx := browsertest.New(t, 3*time.Minute)
	dir := t.TempDir()
	writeFiles(t, dir, testSite())
	h := startDir(t, dir, true, "127.0.0.1:0")
	addr := strings.TrimSuffix(strings.TrimPrefix(h.url, "http://"), "/")
	b := &browser{t: t, ctx: ctx}

	// Every response the browser receives for a document, a script, a
	// stylesheet or the event stream must carry the policy header; every
	// security message of the console (a CSP violation) is an error.
	var mu sync.Mutex
	var console []string
	headers := map[string]int{} // resource type → responses with the header
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *log.EventEntryAdded:
			if e.Entry.Source == log.EntrySourceSecurity {
				console = append(console, e.Entry.Text)
			}
		case *network.EventResponseReceived:
			if !strings.HasPrefix(e.Response.URL, h.url) {
				return
			}
			var csp any
			for k, v := range e.Response.Headers {
				if strings.EqualFold(k, "Content-Security-Policy") {
					csp = v
				}
			}
			if csp != Policy {
				console = append(console, fmt.Sprintf("%s %s: Content-Security-Policy %v", e.Type, e.Response.URL, csp))
				return
			}
			headers[e.Type.String()]++
		}
	}); err != nil {
		t.Fatal(err)
	}
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, m := range console {
			t.Errorf("the browser reports: %s", m)
		}
		for _, typ := range []string{"Document", "Script", "Stylesheet", "EventSource"} {
			if headers[typ] == 0 {
				t.Errorf("no %s response with the policy header seen (seen: %v)", typ, headers)
			}
		}
	}()

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

// TestBrowserRebinding plays DNS rebinding in a real browser: Chromium
// resolves evil.example to 127.0.0.1, as it would after the attacker's
// DNS server re-pointed the name, and opens the preview under that name.
// The page is the refusal, and a script running in it, the attacker's,
// which the browser takes for same-origin, reads no draft, no event and
// no editor. Under localhost the same browser sees the draft.
func TestBrowserRebinding(t *testing.T) {
	ctx := browsertest.New(t, 0, chromedp.Flag("host-resolver-rules", "MAP evil.example 127.0.0.1"))
	h := start(t, testSite(), true)
	port := strconv.Itoa(portOf(t, h.url))
	b := &browser{t: t, ctx: ctx}

	if err := chromedp.Do(ctx, chromedp.Navigate("http://evil.example:"+port+"/ho-so/siu-nhap/")); err != nil {
		t.Fatal(err)
	}
	if text := b.eval(`document.body.innerText`); !strings.Contains(text, "Bản xem trước không trả lời tên này") ||
		!strings.Contains(text, "--allowed-host evil.example") || strings.Contains(text, "Siu Nháp") {
		t.Errorf("under evil.example the page reads:\n%s", text)
	}
	// What the attacker's script would do: same-origin requests, in the
	// browser's eyes.
	read := func(path string) string {
		t.Helper()
		js := `fetch(` + strconv.Quote(path) + `).then(r => r.text().then(t => r.status + " " + t))`
		fctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		v, err := chromedp.Run(fctx, chromedp.Evaluate[string](js, func(p *runtime.EvaluateParams) {
			await := true
			p.AwaitPromise = &await
		}))
		if err != nil {
			t.Fatalf("fetch %s: %v", path, err)
		}
		return v
	}
	for _, path := range []string{"/ho-so/siu-nhap/", "/", EventsPath, "/_guongsang/editor/"} {
		if got := read(path); !strings.HasPrefix(got, "403 ") || strings.Contains(got, "Siu Nháp") || strings.Contains(got, "event:") {
			t.Errorf("the attacker's fetch(%q) reads %.80q", path, got)
		}
	}

	if err := chromedp.Do(ctx, chromedp.Navigate("http://localhost:"+port+"/ho-so/siu-nhap/")); err != nil {
		t.Fatal(err)
	}
	b.waitFor(`document.body.innerText.includes("Siu Nháp")`, "the draft under localhost")
	b.waitFor(`document.documentElement.hasAttribute("data-guongsang-live")`, "live reload under localhost")
}
