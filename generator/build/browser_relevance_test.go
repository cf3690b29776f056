package build

// The search relevance table: queries and what their first results must
// be, on the repository's sample site and on a 2,000-profile site written
// by internal/benchgen, run through search.js in Chromium.

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/render"
	"github.com/guongsang/guongsang/internal/benchgen"
	"golang.org/x/text/unicode/norm"
)

// relevance is one row of the table: the first top results of q (fewer
// when fewer profiles of the whole site satisfy want) all satisfy want.
// maxHits, when not 0, bounds how many profiles q finds at all.
type relevance struct {
	q       string
	top     int
	want    func(*content.Profile) bool
	what    string // want, in words, for failures
	maxHits int
}

func lower(s string) string { return strings.ToLower(norm.NFC.String(s)) }

func titleHas(s string) pred {
	return pred{func(p *content.Profile) bool { return strings.Contains(lower(p.Title), lower(s)) }, "title has " + s}
}

func titleStarts(s string) pred {
	return pred{func(p *content.Profile) bool { return strings.HasPrefix(lower(p.Title), lower(s)) }, "title starts with " + s}
}

// hasTerm reports whether one of p's dimension values is the term key k
// (the sample's keys are unique across dimensions).
func hasTerm(p *content.Profile, k string) bool {
	return slices.ContainsFunc(p.Terms, func(v []string) bool { return slices.Contains(v, k) })
}

func inCategory(k string) pred {
	return pred{func(p *content.Profile) bool { return hasTerm(p, k) }, "category " + k}
}

// inDistrict: the profile is in district k, or in a commune or ward
// formed from it since 2025 (the sample names them "xa-<k>" and
// "phuong-<k>"): both are the area the query names.
func inDistrict(k string) pred {
	return pred{func(p *content.Profile) bool {
		return hasTerm(p, k) || hasTerm(p, "xa-"+k) || hasTerm(p, "phuong-"+k)
	}, "district " + k + " (or its commune)"}
}

// textHas: the title and the summary results show hold every word, with
// its marks (not Đát or Hiền for "hiến đất").
func textHas(ws ...string) pred {
	return pred{func(p *content.Profile) bool {
		s := lower(p.Title + " " + render.SearchSummary(p))
		for _, w := range ws {
			if !strings.Contains(s, lower(w)) {
				return false
			}
		}
		return true
	}, "title or summary has " + strings.Join(ws, ", ")}
}

// pred is a test on a profile and what it tests, in words.
type pred struct {
	f    func(*content.Profile) bool
	what string
}

func r(q string, top int, p pred) relevance {
	return relevance{q: q, top: top, want: p.f, what: p.what}
}

// hitsOf runs q through search.js and returns the URLs of its results,
// best first.
func hitsOf(t *testing.T, ctx context.Context, q string) []string {
	t.Helper()
	return eval[[]string](t, ctx, `(async () => {
		const s = guongsang.search;
		const c = await s.load('/tim-kiem/chi-muc/ho-so.json');
		const r = await s.search(c, `+jsString(q)+`);
		return r.hits.map((i) => c.url[i]);
	})()`)
}

func checkRelevance(t *testing.T, ctx context.Context, ix *index.Index, rows []relevance) {
	t.Helper()
	byURL := map[string]*content.Profile{}
	for _, p := range ix.Profiles {
		byURL[p.URL] = p
	}
	for _, r := range rows {
		hits := hitsOf(t, ctx, r.q)
		n := 0
		for _, p := range ix.Profiles {
			if r.want(p) {
				n++
			}
		}
		top := min(r.top, n)
		if top == 0 {
			t.Errorf("%q: no profile of the site has %s; choose another query", r.q, r.what)
			continue
		}
		if len(hits) < top {
			t.Errorf("%q: %d results, want at least %d with %s", r.q, len(hits), top, r.what)
			continue
		}
		for i, u := range hits[:top] {
			if !r.want(byURL[u]) {
				t.Errorf("%q: result %d is %q (%s), want %s among the first %d:\n%s", r.q, i+1, byURL[u].Title, u, r.what, top, describe(byURL, hits[:min(len(hits), top+3)]))
				break
			}
		}
		if r.maxHits > 0 && len(hits) > r.maxHits {
			t.Errorf("%q: %d results, want at most %d:\n%s", r.q, len(hits), r.maxHits, describe(byURL, hits[:min(len(hits), 8)]))
		}
	}
}

func describe(byURL map[string]*content.Profile, us []string) string {
	var b strings.Builder
	for i, u := range us {
		p := byURL[u]
		fmt.Fprintf(&b, "  %d. %s %v\n", i+1, p.Title, p.Terms)
	}
	return b.String()
}

// TestBrowserRelevanceSample: the table on the repository's sample site.
func TestBrowserRelevanceSample(t *testing.T) {
	s, base, _ := servedSite(t, filepath.Join("..", ".."))
	ctx := browserTab(t, 0)
	do(t, ctx, chromedp.Navigate(base+"/tim-kiem/"), chromedp.WaitVisible(chromedp.ID("tim-q")))
	hyen := titleHas("H'Yến")
	rows := []relevance{
		// The cases.
		r("giáo dục", 20, inCategory("giao-duc")),
		r("dak doa", 20, inDistrict("dak-doa")),
		r("dakdoa", 20, inDistrict("dak-doa")),
		r("hyen", 1, hyen),
		{q: "H'Yen", top: 1, want: hyen.f, what: hyen.what, maxHits: 2},
		{q: "H'Yến", top: 1, want: hyen.f, what: hyen.what, maxHits: 2},
		r("romah", 2, titleHas("Rơ Mah")),
		// Names of ethnic minorities, with and without marks.
		r("rơ mah", 2, titleHas("Rơ Mah")),
		r("ro mah", 2, titleHas("Rơ Mah")),
		r("ksor", 1, titleHas("Ksor")),
		r("siu", 1, titleHas("Siu")),
		r("kpă", 1, titleHas("Kpă")),
		r("kpa hlanh", 1, titleHas("Kpă H'Lanh")),
		r("nay", 2, titleStarts("Nay ")),
		r("đinh văn", 1, titleHas("Đinh Văn")),
		r("dinh van hmin", 1, titleHas("Đinh Văn Hmin")),
		r("puih", 1, titleHas("Puih")),
		r("rolanhip", 1, titleHas("Rơ Lan Híp")),
		// Typed without marks, phrases, fields.
		r("trần văn đức", 1, titleHas("Trần Văn Đức")),
		r("y tế", 2, titleHas("Y tế")),
		r("hien mau", 1, titleHas("Hiến máu")),
		r("hiến máu", 1, titleHas("Hiến máu")),
		r("cong chieng", 1, titleHas("Cồng chiêng")),
		r("nguyen thi thu ha", 1, titleHas("Nguyễn Thị Thu Hà")),
		r("mau giao", 1, titleHas("Mẫu giáo")),
		r("dong tam", 1, titleHas("Đồng Tâm")),
		r("pleiku", 20, inDistrict("pleiku")),
		r("chu puh", 20, inDistrict("chu-puh")),
		r("ia pa", 20, inDistrict("ia-pa")),
		r("quốc phòng", 20, inCategory("quoc-phong-an-ninh")),
	}
	checkRelevance(t, ctx, s.Index, rows)

	// Nothing matches a typo; the page offers the close word.
	for _, c := range []struct{ q, want string }{{"pleikuu", "pleiku"}, {"kson", "ksor"}, {"chiengg", "chieng"}} {
		do(t, ctx,
			chromedp.Evaluate[chromedp.Void](`document.getElementById('tim-q').value = ''`),
			chromedp.SendKeys(chromedp.ID("tim-q"), c.q),
		)
		waitJS(t, ctx, `!document.getElementById('tim-de-xuat').hidden`)
		got := eval[string](t, ctx, `document.getElementById('tim-de-xuat').textContent`)
		if want := i18n.SearchDidYouMean.In(i18n.Vi) + " " + c.want; got != want {
			t.Errorf("%q: the page offers %q, want %q", c.q, got, want)
		}
		do(t, ctx, chromedp.Click(`#tim-de-xuat a`))
		waitJS(t, ctx, `/Tìm thấy/.test(document.getElementById('tim-dem').textContent)`)
		if v := run(t, ctx, chromedp.Value(chromedp.ID("tim-q"))); v != c.want {
			t.Errorf("after following the suggestion the box holds %q", v)
		}
	}
}

// TestBrowserRelevanceBench: the table on a 2,000-profile site.
func TestBrowserRelevanceBench(t *testing.T) {
	dir := t.TempDir()
	if _, err := benchgen.Generate(dir, benchgen.Options{N: 2000, Seed: 1, Force: true}); err != nil {
		t.Fatal(err)
	}
	s, base, out := servedSite(t, dir)
	ctx := browserTab(t, 0)
	do(t, ctx, chromedp.Navigate(base+"/tim-kiem/"), chromedp.WaitVisible(chromedp.ID("tim-q")))
	rows := []relevance{
		r("giáo dục", 20, inCategory("giao-duc")),
		r("hiến đất", 10, textHas("hiến", "đất")),
		r("dak doa", 20, inDistrict("dak-doa")),
		r("dakdoa", 20, inDistrict("dak-doa")),
		r("ksor", 20, titleHas("Ksor")),
		r("rơ mah", 20, titleHas("Rơ Mah")),
		r("romah", 20, titleHas("Rơ Mah")),
		r("siu", 20, titleHas("Siu ")),
		r("kpă", 20, titleHas("Kpă")),
		r("nay", 20, titleStarts("Nay ")),
		r("đinh văn", 20, titleHas("Đinh Văn")),
		r("hbia", 5, titleHas("H'Bia")),
		r("H'Bia", 5, titleHas("H'Bia")),
		r("hiền", 10, titleHas("Hiền")),
		r("nguyen van", 20, titleHas("Nguyễn Văn")),
		r("pleiku", 20, inDistrict("pleiku")),
	}
	checkRelevance(t, ctx, s.Index, rows)

	// "H'Bia" does not find every word starting with h.
	if n, all := len(hitsOf(t, ctx, "H'Bia")), len(hitsOf(t, ctx, "h")); n*4 > all {
		t.Errorf(`"H'Bia" found %d profiles, "h" %d: the h matches on its own`, n, all)
	}
	// Counts are written the Vietnamese way.
	if b := readOut(t, out, "ho-so/index.html"); !strings.Contains(b, "2.000 hồ sơ") {
		t.Errorf("the list of all profiles does not say 2.000 hồ sơ")
	}
}

func readOut(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
