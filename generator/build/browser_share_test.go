package build

// Browser test of a profile's share and save actions (layouts/profile.html,
// js/share.js).

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/guongsang/guongsang/generator/i18n"
)

// TestBrowserShare opens a profile of the sample site: the Facebook and
// Zalo links are plain links carrying the page's address; the copy button
// puts the address on the clipboard and says so; the print button shows;
// the page loads no script from another host (the console would report a
// CSP violation).
func TestBrowserShare(t *testing.T) {
	ctx := browserTab(t, 90*time.Second)
	s, base, _ := servedSite(t, "../..")
	p := s.Index.Profiles[0]
	want := strings.TrimSuffix(s.Config.BaseURL, "/") + p.URL
	for _, perm := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.Call(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: perm}, Setting: browser.PermissionSettingGranted, Origin: base}); err != nil {
			t.Fatal(err)
		}
	}
	do(t, ctx,
		chromedp.Navigate(base+p.URL),
		chromedp.WaitVisible(`.share [data-share="copy"]`),
	)
	links := eval[[]string](t, ctx, `[...document.querySelectorAll('.share a')].map(a => a.href)`)
	if len(links) != 2 || !strings.HasPrefix(links[0], "https://www.facebook.com/sharer/sharer.php?u=") || !strings.HasPrefix(links[1], "https://sp.zalo.me/share_inline?url=") {
		t.Fatalf("share links %q", links)
	}
	for _, l := range links {
		if !strings.Contains(l, strings.ReplaceAll(strings.ReplaceAll(want, ":", "%3A"), "/", "%2F")) {
			t.Errorf("%s does not carry the page's address %s", l, want)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('script[src^="http"]').length`); n != 0 {
		t.Errorf("%d scripts from other hosts", n)
	}
	if eval[bool](t, ctx, `document.querySelector('[data-share="print"]').hidden`) {
		t.Error("the print button is hidden")
	}
	do(t, ctx, chromedp.Click(`[data-share="copy"]`))
	waitJS(t, ctx, `document.querySelector('.share-status').textContent !== ''`)
	if got := eval[string](t, ctx, `document.querySelector('.share-status').textContent`); got != i18n.ShareCopied.In(i18n.Vi) {
		t.Fatalf("after copying, the page says %q", got)
	}
	if got := eval[string](t, ctx, `navigator.clipboard.readText()`); got != want {
		t.Errorf("clipboard holds %q, want %q", got, want)
	}
}

// TestBrowserShareSheet: where the browser has the Web Share API (a
// phone), "Chia sẻ" shows first and opens the system's share sheet with
// the page's address and title, and the Zalo link is hidden (Zalo
// documents no plain share link; its apps are in the sheet); Facebook and
// copy stay. Without the API (desktop Chromium on Linux) the Zalo link
// shows and "Chia sẻ" does not.
func TestBrowserShareSheet(t *testing.T) {
	ctx := browserTab(t, 90*time.Second)
	s, base, _ := servedSite(t, "../..")
	p := s.Index.Profiles[0]
	want := strings.TrimSuffix(s.Config.BaseURL, "/") + p.URL
	visible := `[...document.querySelectorAll('.share .share-btn')].filter(e => !e.hidden && e.getClientRects().length).map(e => e.dataset.share || new URL(e.href).host)`

	do(t, ctx, chromedp.Navigate(base+p.URL), chromedp.WaitVisible(`.share [data-share="copy"]`))
	if eval[bool](t, ctx, `typeof navigator.share === 'function'`) {
		t.Fatal("this Chromium has navigator.share: the test needs one without it")
	}
	if got := eval[[]string](t, ctx, visible); !slices.Equal(got, []string{"www.facebook.com", "zalo", "copy", "print"}) {
		t.Errorf("without Web Share the actions are %q", got)
	}

	// A fake navigator.share, installed before the page's scripts run.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `navigator.share = (d) => { window.shared = d; return Promise.resolve(); };`}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(base+p.URL), chromedp.WaitVisible(`.share [data-share="native"]`))
	if got := eval[[]string](t, ctx, visible); !slices.Equal(got, []string{"native", "www.facebook.com", "copy", "print"}) {
		t.Errorf("with Web Share the actions are %q", got)
	}
	do(t, ctx, chromedp.Click(`[data-share="native"]`))
	waitJS(t, ctx, `!!window.shared`)
	if got := eval[string](t, ctx, `window.shared.url`); got != want {
		t.Errorf("shared %q, want %q", got, want)
	}
	if got := eval[string](t, ctx, `window.shared.title`); got == "" {
		t.Error("shared without a title")
	}
}
