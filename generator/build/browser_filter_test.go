package build

// Browser tests of the filter panel on a term's list (filter.js,
// layouts/partials/filters.html): narrowing within the term, the heading
// and <title>, choices that would leave nothing, history, and a filtered
// link opened without JavaScript. Helpers are in browser_search_test.go.

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/index"
)

// slugOf is the last segment of a term's URL: its value in a filter URL.
func slugOf(d *index.Dimension, t *index.Term) string {
	return strings.Trim(strings.TrimPrefix(t.URL, d.Path), "/")
}

// has reports whether p is filed under t of d.
func has(d *index.Dimension, t *index.Term, p *content.Profile) bool {
	return slices.Contains(p.Values(d.Dimension), t.Key)
}

// filterCase is the busiest district of the sample site and the field
// that narrows it most: the "Đak Đoa's profiles by field".
func filterCase(t *testing.T, ix *index.Index) (dis *index.Dimension, within *index.Term, cat *index.Dimension, field *index.Term) {
	t.Helper()
	dis, cat = ix.Dim("district"), ix.Dim("category")
	for _, w := range dis.Terms {
		if within != nil && len(w.Profiles) <= len(within.Profiles) {
			continue
		}
		var best *index.Term
		n := 0
		for _, f := range cat.Terms {
			k := 0
			for _, p := range w.Profiles {
				if has(cat, f, p) {
					k++
				}
			}
			if k > n && k < len(w.Profiles) {
				best, n = f, k
			}
		}
		if best != nil {
			within, field = w, best
		}
	}
	if within == nil {
		t.Fatal("no district of the sample site can be narrowed by field")
	}
	return dis, within, cat, field
}

func TestBrowserFilterTerm(t *testing.T) {
	s, base, _ := servedSite(t, filepath.Join("..", ".."))
	ctx := browserTab(t, 0)
	ix := s.Index
	dis, within, cat, field := filterCase(t, ix)

	var want []string
	for _, p := range within.Profiles {
		if has(cat, field, p) {
			want = append(want, p.URL)
		}
	}

	do(t, ctx, chromedp.Navigate(base+within.URL), chromedp.WaitVisible(chromedp.ID("loc-linh-vuc")))
	heading := eval[string](t, ctx, `document.querySelector('h1').textContent`)
	title := eval[string](t, ctx, `document.title`)
	if eval[bool](t, ctx, fmt.Sprintf(`!!document.getElementById(%q)`, "loc-"+strings.Trim(dis.Path, "/"))) {
		t.Error("a district's list offers a district filter")
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(
		`(() => { const s = document.getElementById('loc-linh-vuc'); s.focus(); s.value = %q; s.dispatchEvent(new Event('change', {bubbles: true})); })()`, slugOf(cat, field))))
	waitJS(t, ctx, `/phù hợp/.test(document.getElementById('loc-dem').textContent)`)
	got := eval[[]string](t, ctx, `[...document.querySelectorAll('#loc-kq .card-title a')].map(a => a.pathname)`)
	if !slices.Equal(got, want) {
		t.Errorf("%s + %s shows %q, want %q (in list order)", within.Name, field.Name, got, want)
	}
	if !eval[bool](t, ctx, `[...document.querySelectorAll('#noi-dung .cards:not(#loc-kq), #noi-dung .pager')].every(e => e.hidden)`) {
		t.Error("the unfiltered list is still shown")
	}

	// The heading and the title name the choice and the count.
	sep := i18n.JSFilterJoin.In(i18n.Vi)
	wantHeading := heading + sep + field.Name + sep + i18n.JSFilterCount.In(i18n.Vi, i18n.NumberIn(i18n.Vi, len(want)))
	if h := eval[string](t, ctx, `document.querySelector('h1').textContent`); h != wantHeading {
		t.Errorf("heading = %q, want %q", h, wantHeading)
	}
	wantTitle := wantHeading + strings.TrimPrefix(title, heading)
	if !strings.HasPrefix(title, heading+" – ") {
		t.Errorf("title %q does not start with the heading %q", title, heading)
	}
	if got := eval[string](t, ctx, `document.title`); got != wantTitle {
		t.Errorf("title = %q, want %q", got, wantTitle)
	}

	// Every choice counts what it would leave within the district and the
	// other choices; those that leave nothing read "(0)", are marked and
	// stay selectable.
	type option struct {
		Select, Value, Text string
		Empty, Disabled     bool
	}
	opts := eval[[]option](t, ctx, `[...document.querySelectorAll('#loc select')].flatMap(s => [...s.options].filter(o => o.value).map(o => ({Select: s.name, Value: o.value, Text: o.textContent, Empty: o.classList.contains('empty'), Disabled: o.disabled})))`)
	zeros := 0
	for _, o := range opts {
		d := dimOfParam(ix, o.Select)
		if d == nil {
			t.Fatalf("select %s is no dimension", o.Select)
		}
		n := 0
		for _, p := range within.Profiles {
			if (d == cat || has(cat, field, p)) && slices.Contains(valueSlugs(d, p), o.Value) {
				n++
			}
		}
		if !strings.HasSuffix(o.Text, fmt.Sprintf(" (%s)", i18n.NumberIn(i18n.Vi, n))) {
			t.Errorf("%s option %s reads %q, want a count of %d", o.Select, o.Value, o.Text, n)
		}
		if o.Empty != (n == 0) || o.Disabled {
			t.Errorf("%s option %s (%d): marked empty %v, disabled %v", o.Select, o.Value, n, o.Empty, o.Disabled)
		}
		if n == 0 {
			zeros++
		}
	}
	if zeros == 0 {
		t.Errorf("no choice gives 0 results on %s filtered by %s: the test checks no mark", within.URL, field.Name)
	}
	loc := location(t, ctx)
	if loc.Path != within.URL || loc.Query().Get("linh-vuc") != slugOf(cat, field) {
		t.Errorf("URL = %s", loc)
	}
}

// dimOfParam returns the dimension whose filter has query parameter
// param.
func dimOfParam(ix *index.Index, param string) *index.Dimension {
	for _, d := range ix.Dims {
		if strings.Trim(d.Path, "/") == param {
			return d
		}
	}
	return nil
}

// valueSlugs are p's values of d as filter values (slugs or years).
func valueSlugs(d *index.Dimension, p *content.Profile) []string {
	var out []string
	for _, k := range p.Values(d.Dimension) {
		if t := d.Term(k); t != nil {
			out = append(out, slugOf(d, t))
		}
	}
	return out
}

// TestBrowserFilterHistory: arrowing through a select with the keyboard
// narrows at each step but adds one history entry at most, when the
// choice is committed; Back restores the list as it was.
func TestBrowserFilterHistory(t *testing.T) {
	s, base, _ := servedSite(t, filepath.Join("..", ".."))
	ctx := browserTab(t, 0)
	_, within, _, _ := filterCase(t, s.Index)

	do(t, ctx, chromedp.Navigate(base+within.URL), chromedp.WaitVisible(chromedp.ID("loc-linh-vuc")))
	heading := eval[string](t, ctx, `document.querySelector('h1').textContent`)
	title := eval[string](t, ctx, `document.title`)
	entries := eval[int](t, ctx, `history.length`)
	// The select with the most choices.
	id := eval[string](t, ctx, `[...document.querySelectorAll('#loc select')].sort((a, b) => b.options.length - a.options.length)[0].id`)
	sel := fmt.Sprintf(`document.getElementById(%q)`, id)
	if n := eval[int](t, ctx, sel+`.options.length`); n < 4 {
		t.Fatalf("the filters of %s have %d options at most; the test arrows through 3", within.URL, n)
	}
	param := eval[string](t, ctx, sel+`.name`)

	do(t, ctx, chromedp.Focus(chromedp.ID(id)))
	for range 3 {
		do(t, ctx, chromedp.KeyEvent(kb.ArrowDown))
	}
	third := eval[string](t, ctx, sel+`.options[3].value`)
	if v := run(t, ctx, chromedp.Value(chromedp.ID(id))); v != third {
		t.Fatalf("after three ArrowDown %s is on %q, want %q", id, v, third)
	}
	waitJS(t, ctx, `/phù hợp/.test(document.getElementById('loc-dem').textContent) && document.querySelector('h1').textContent !== `+jsString(heading))
	// While moving, the URL follows the select but history does not grow.
	if n := eval[int](t, ctx, `history.length`); n > entries+1 {
		t.Errorf("arrowing added %d history entries", n-entries)
	}
	if q := location(t, ctx).Query().Get(param); q != third {
		t.Errorf("while arrowing the URL has %s=%q, want %q", param, q, third)
	}
	// Leaving the select commits the choice: one entry.
	do(t, ctx, chromedp.KeyEvent(kb.Tab))
	waitJS(t, ctx, `document.activeElement.id !== `+jsString(id))
	if n := eval[int](t, ctx, `history.length`); n != entries+1 {
		t.Errorf("after committing, history grew by %d entries, want 1", n-entries)
	}
	filtered := eval[string](t, ctx, `document.querySelector('h1').textContent`)

	// Back: the list before, unfiltered, with its heading and title.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`history.back()`))
	waitJS(t, ctx, `location.search === '' && `+sel+`.value === ''`)
	waitJS(t, ctx, `document.querySelector('h1').textContent === `+jsString(heading))
	if got := eval[string](t, ctx, `document.title`); got != title {
		t.Errorf("after Back the title is %q, want %q", got, title)
	}
	if !eval[bool](t, ctx, `document.getElementById('loc-kq').hidden && !document.querySelector('#noi-dung .cards:not(#loc-kq)').hidden`) {
		t.Error("after Back the unfiltered list is not shown")
	}

	// Forward: the committed choice again.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`history.forward()`))
	waitJS(t, ctx, sel+`.value === `+jsString(third))
	waitJS(t, ctx, `document.querySelector('h1').textContent === `+jsString(filtered))

	// Enter commits too; a pick that changes nothing adds nothing.
	entries = eval[int](t, ctx, `history.length`)
	do(t, ctx, chromedp.Focus(chromedp.ID(id)), chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.Enter))
	waitJS(t, ctx, `new URLSearchParams(location.search).get(`+jsString(param)+`) === `+sel+`.value && `+sel+`.value === `+sel+`.options[2].value`)
	if n := eval[int](t, ctx, `history.length`); n != entries+1 {
		t.Errorf("ArrowUp and Enter: history grew by %d entries, want 1", n-entries)
	}
	do(t, ctx, chromedp.KeyEvent(kb.Tab))
	if n := eval[int](t, ctx, `history.length`); n != entries+1 {
		t.Errorf("leaving the select after Enter: history grew by %d entries, want 1", n-entries)
	}
}

// TestBrowserFilterNoJS: a filtered link opened without JavaScript says
// that filtering needs it and links the chosen term's own list; the form,
// which could not work, is hidden.
func TestBrowserFilterNoJS(t *testing.T) {
	s, base, _ := servedSite(t, filepath.Join("..", ".."))
	ctx := browserTab(t, 0)
	_, within, cat, field := filterCase(t, s.Index)

	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(base+within.URL+"?linh-vuc="+slugOf(cat, field)))
	do(t, ctx, chromedp.WaitVisible(chromedp.ID("loc-tat")))
	if eval[bool](t, ctx, `document.getElementById('gs-chu') && document.getElementById('loc-dem').textContent !== ''`) {
		t.Error("a script ran")
	}
	notice := eval[string](t, ctx, `document.querySelector('#loc-tat .notice').innerText`)
	if !strings.Contains(notice, "cần bật JavaScript") {
		t.Errorf("the notice reads %q", notice)
	}
	if eval[bool](t, ctx, `getComputedStyle(document.getElementById('loc')).display !== 'none'`) {
		t.Error("the filter form shows without JavaScript")
	}
	link := fmt.Sprintf(`document.querySelector('#loc-tat a[href=%q]')`, field.URL)
	if !eval[bool](t, ctx, `!!`+link) {
		t.Fatalf("no link to %s in the notice", field.URL)
	}
	// The link is one click away, in its dimension's <details>.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](link+`.closest('details').open = true`))
	if !eval[bool](t, ctx, link+`.getClientRects().length > 0`) {
		t.Errorf("the link to %s is not shown once its group is opened", field.URL)
	}
}
