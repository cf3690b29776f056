package render

import (
	"strings"
	"testing"
)

// TestPartialCached overrides the header with one that also prints the
// page title: partialCached must reuse the first page's header for every
// page of a kind (that is its contract) and render one per kind.
func TestPartialCached(t *testing.T) {
	site := inlineSite(map[string]string{
		"content/ho-so/a.md":                         profileMD("title: Một", "kind: individual", "category: y-te", "district: chu-pah", "year: 2020", "criteria: [sang-kien]"),
		"content/ho-so/b.md":                         profileMD("title: Hai", "kind: individual", "category: y-te", "district: dak-doa", "year: 2020", "criteria: [sang-kien]"),
		"themes/default/layouts/partials/probe.html": `{{define "site-header"}}<p class="probe">{{.Kind}}:{{.Title}}</p>{{end}}`,
	})
	s := buildTestSite(t, site)
	probe := func(u string) string {
		p := s.page(t, u)
		i := strings.Index(p, `<p class="probe">`)
		if i < 0 {
			t.Fatalf("%s has no probe header", u)
		}
		return p[i : i+strings.Index(p[i:], "</p>")]
	}
	a, b := probe("/ho-so/a/"), probe("/ho-so/b/")
	if a != b || !strings.Contains(a, "profile:") {
		t.Errorf("profile headers %q and %q: want one cached header", a, b)
	}
	if h := probe("/thong-ke/"); !strings.Contains(h, "stats:") {
		t.Errorf("stats header %q: want its own", h)
	}
	if d1, d2 := probe("/dia-ban/chu-pah/"), probe("/dia-ban/dak-doa/"); d1 != d2 || d1 == a {
		t.Errorf("list headers %q, %q (profile %q): want one per kind", d1, d2, a)
	}
}

// TestCardsMatchCard checks that {{cards .}} is {{card .}} for each card,
// joined by newlines.
func TestCardsMatchCard(t *testing.T) {
	s := buildTestSite(t, goldenSiteFS())
	cs := s.r.cardsOf(s.ix.Profiles)
	got, err := s.r.th.cards(cs)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range cs {
		h, err := s.r.th.card(c)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, string(h))
	}
	if len(cs) < 2 || string(got) != strings.Join(want, "\n") {
		t.Errorf("cards of %d profiles differ from card joined by newlines", len(cs))
	}
}
