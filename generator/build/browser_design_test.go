package build

// Browser tests of the default theme's design (issue 14): the phone
// header, the menu with and without JavaScript, the focus ring's
// contrast on every background, no sideways scrolling at 320 px and even
// card grids.

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// designPages are one page of each kind of the sample site.
var designPages = []string{"/", "/ho-so/don-bien-phong-ia-pnon/", "/ho-so/", "/dia-ban/", "/dia-ban/chu-puh/", "/nam/2020/", "/thong-ke/", "/tim-kiem/", "/bo-suu-tap/", "/du-lieu/"}

// TestBrowserHeader: at 390 and 320 px wide the header is one row no
// taller than 64 px, its menu button opens a list of every section — by
// <details> alone with JavaScript switched off, and with it on — and
// from 1366 px the links show without the button.
func TestBrowserHeader(t *testing.T) {
	ctx := browserTab(t, 120*time.Second)
	_, base, _ := servedSite(t, "../..")
	leaveSite(t, ctx)
	for _, w := range []int64{390, 320} {
		do(t, ctx, chromedp.EmulateViewport(w, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile), chromedp.Navigate(base+"/ho-so/don-bien-phong-ia-pnon/"))
		if h := eval[float64](t, ctx, `document.querySelector('.site-header').getBoundingClientRect().height`); h > 64 {
			t.Errorf("at %d px the header is %.0f px tall, want ≤ 64", w, h)
		} else {
			t.Logf("at %d px the header is %.0f px tall", w, h)
		}
		if n := eval[int](t, ctx, `[...document.querySelectorAll('.site-header a, .site-header summary')].filter(e => e.checkVisibility()).length`); n != 3 {
			t.Errorf("at %d px the header shows %d controls, want 3 (brand, search, menu)", w, n)
		}
	}
	for _, js := range []bool{false, true} {
		if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: !js}); err != nil {
			t.Fatal(err)
		}
		do(t, ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile), chromedp.Navigate(base+"/"))
		if eval[bool](t, ctx, `document.querySelector('.nav-menu').open`) {
			t.Fatal("the menu is open before it is pressed")
		}
		do(t, ctx, chromedp.Click(`.nav-menu summary`))
		got := eval[[]string](t, ctx, `[...document.querySelectorAll('.nav-menu a')].filter(a => { const r = a.getBoundingClientRect(); return r.height > 0 && r.bottom <= innerHeight && r.right <= innerWidth }).map(a => a.getAttribute('href'))`)
		want := eval[[]string](t, ctx, `[...document.querySelectorAll('.nav-wide a')].map(a => a.getAttribute('href'))`)
		if fmt.Sprint(got) != fmt.Sprint(want) || len(want) < 5 {
			t.Errorf("JavaScript %v: the open menu shows %v, want %v", js, got, want)
		}
		do(t, ctx, chromedp.Click(`.nav-menu summary`))
		if eval[bool](t, ctx, `document.querySelector('.nav-menu').open`) {
			t.Errorf("JavaScript %v: the menu stays open when pressed again", js)
		}
	}
	do(t, ctx, chromedp.EmulateViewport(1366, 768), chromedp.Navigate(base+"/"))
	if n := eval[int](t, ctx, `[...document.querySelectorAll('.nav-wide a')].filter(a => a.getClientRects().length).length`); n < 5 {
		t.Errorf("on a desktop the header shows %d section links", n)
	}
	if eval[bool](t, ctx, `document.querySelector('.nav-menu summary').getClientRects().length > 0`) {
		t.Error("on a desktop the menu button shows")
	}
}

// contrastJS defines contrast(el): the contrast ratio of el's focus
// outline against the background it is drawn on (the first opaque
// background of el's parent or an ancestor), after el.focus().
const contrastJS = `
function lum(c) {
  const m = c.match(/[\d.]+/g).map(Number);
  const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]);
}
function bg(el) {
  for (let e = el.parentElement; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    const a = c.match(/[\d.]+/g);
    if (a && (a.length < 4 || Number(a[3]) > 0.9)) return c;
  }
  return 'rgb(255, 255, 255)';
}
function ring(el) {
  el.focus();
  const s = getComputedStyle(el);
  if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) return {what: 'no outline', ratio: 0};
  const a = lum(s.outlineColor), b = lum(bg(el));
  return {what: s.outlineColor + ' on ' + bg(el), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)};
}
`

// TestBrowserFocusRing: on every kind of page, every visible control
// that takes the keyboard focus draws a ring at least 2 px wide with a
// contrast of at least 3:1 against the background around it — the red
// header, the white cards, the cream page (WCAG 2.2, 1.4.11 and 2.4.13).
func TestBrowserFocusRing(t *testing.T) {
	ctx := browserTab(t, 180*time.Second)
	_, base, _ := servedSite(t, "../..")
	leaveSite(t, ctx)
	type result struct {
		Sel, What string
		Ratio     float64
	}
	checked := 0
	onBrand := false
	for _, width := range []int64{390, 1366} {
		do(t, ctx, chromedp.EmulateViewport(width, 900))
		for _, u := range designPages {
			do(t, ctx, chromedp.Navigate(base+u))
			// Keyboard focus, so that :focus-visible applies as it does for
			// someone tabbing.
			do(t, ctx, chromedp.KeyEvent("\t"))
			rs := eval[[]result](t, ctx, contrastJS+`
[...document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]')]
  .filter(e => e.checkVisibility({visibilityProperty: true}))
  .map(e => { const r = ring(e); return {Sel: e.tagName.toLowerCase() + (e.className ? '.' + String(e.className.baseVal ?? e.className).split(' ')[0] : '') + ' ' + (e.textContent || '').trim().slice(0, 30), What: r.what, Ratio: r.ratio}; })`)
			for _, r := range rs {
				checked++
				if r.Ratio < 3 {
					t.Errorf("%s at %d px: focus ring of %s: %s, contrast %.2f:1, want ≥ 3:1", u, width, r.Sel, r.What, r.Ratio)
				}
			}
		}
		do(t, ctx, chromedp.Navigate(base+"/"), chromedp.KeyEvent("\t"))
		r := eval[result](t, ctx, contrastJS+`(() => { const r = ring(document.querySelector('.brand')); return {Sel: 'brand', What: r.what, Ratio: r.ratio}; })()`)
		if r.Ratio >= 3 {
			onBrand = true
		}
	}
	if checked < 100 || !onBrand {
		t.Errorf("checked %d controls; the header's brand link passed: %v", checked, onBrand)
	}
}

// TestBrowserLayout: at 320 px no page scrolls sideways; at 1366 px the
// cards of each grid row are equally tall, with or without a photo.
func TestBrowserLayout(t *testing.T) {
	ctx := browserTab(t, 120*time.Second)
	_, base, _ := servedSite(t, "../..")
	leaveSite(t, ctx)
	do(t, ctx, chromedp.EmulateViewport(320, 700, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	for _, u := range designPages {
		do(t, ctx, chromedp.Navigate(base+u))
		if w := eval[int](t, ctx, `document.documentElement.scrollWidth`); w > 320 {
			wide := eval[[]string](t, ctx, `[...document.querySelectorAll('body *')].filter(e => e.checkVisibility() && e.getBoundingClientRect().right > 321).slice(0, 3).map(e => e.outerHTML.slice(0, 120))`)
			t.Errorf("%s at 320 px is %d px wide: %v", u, w, wide)
		}
	}
	do(t, ctx, chromedp.EmulateViewport(1366, 768))
	rows := 0
	for _, u := range []string{"/", "/ho-so/", "/dia-ban/chu-puh/", "/ho-so/don-bien-phong-ia-pnon/"} {
		do(t, ctx, chromedp.Navigate(base+u))
		bad := eval[[]string](t, ctx, `(() => {
  const out = [];
  for (const g of document.querySelectorAll('.cards')) {
    const rows = new Map();
    for (const c of g.querySelectorAll(':scope > .card')) {
      const r = c.getBoundingClientRect();
      const k = Math.round(r.top);
      if (!rows.has(k)) rows.set(k, []);
      rows.get(k).push(Math.round(r.height));
    }
    for (const [top, hs] of rows) if (hs.length > 1 && new Set(hs).size > 1) out.push(top + ': ' + hs.join(','));
  }
  return out;
})()`)
		for _, b := range bad {
			t.Errorf("%s: cards of one row differ in height (%s)", u, b)
		}
		rows += eval[int](t, ctx, `document.querySelectorAll('.cards > .card').length`)
	}
	if rows < 10 {
		t.Errorf("only %d cards checked", rows)
	}
	// Photos and placeholders are the same size.
	do(t, ctx, chromedp.Navigate(base+"/ho-so/"))
	sizes := eval[[]string](t, ctx, `[...document.querySelectorAll('.cards .card-photo')].map(e => { const r = e.getBoundingClientRect(); return Math.round(r.width) + 'x' + Math.round(r.height); })`)
	for _, s := range sizes[1:] {
		if s != sizes[0] {
			t.Errorf("card pictures differ in size: %v", sizes)
			break
		}
	}
}

// leaveSite makes the tab leave the served site before the server stops
// (cleanups run last registered first): a page left open may still fetch
// its web manifest, and the refused connection is a console error.
func leaveSite(t *testing.T, ctx context.Context) {
	t.Cleanup(func() { _ = chromedp.Do(ctx, chromedp.Navigate("about:blank")) })
}
