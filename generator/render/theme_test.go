package render

import (
	"io/fs"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/markdown"
	"github.com/guongsang/guongsang/themes"
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

// TestProfileViewHasCard checks that a profile page's view carries every
// field of the profile's card, with the card's values (ProfileView copies
// them instead of embedding the Card; see its doc comment). Photo is the
// exception: the page shows the same image with its own sizes.
func TestProfileViewHasCard(t *testing.T) {
	s := buildTestSite(t, goldenSiteFS())
	pv := reflect.TypeFor[ProfileView]()
	ct := reflect.TypeFor[Card]()
	for i := range ct.NumField() {
		f := ct.Field(i)
		if !f.IsExported() {
			continue
		}
		g, ok := pv.FieldByName(f.Name)
		if !ok || g.Type != f.Type || len(g.Index) != 1 {
			t.Errorf("ProfileView has no field %s %s of its own: copy it from the Card in Renderer.profile", f.Name, f.Type)
		}
	}
	n := 0
	for _, p := range s.ix.Profiles {
		page, err := s.r.profile(p, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		v, c := reflect.ValueOf(page.Profile).Elem(), reflect.ValueOf(page.Profile.Card).Elem()
		for i := range ct.NumField() {
			f := ct.Field(i)
			if !f.IsExported() || f.Name == "Photo" {
				continue
			}
			if got, want := v.FieldByName(f.Name).Interface(), c.Field(i).Interface(); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: ProfileView.%s = %v, card has %v", p.Path, f.Name, got, want)
			}
		}
		if (page.Profile.Photo == nil) != (page.Profile.Card.Photo == nil) ||
			page.Profile.Photo != nil && page.Profile.Photo.URL != page.Profile.Card.Photo.URL {
			t.Errorf("%s: page photo %+v, card photo %+v", p.Path, page.Profile.Photo, page.Profile.Card.Photo)
		}
		n++
	}
	if n == 0 {
		t.Fatal("the golden site has no profiles")
	}
}

// TestJobsLongFirst: the site-wide files that take long lead the job list
// (see longFirst), the home page follows, and no path is listed twice.
func TestJobsLongFirst(t *testing.T) {
	s := buildTestSite(t, goldenSiteFS())
	var lead []string
	want := []string{strings.TrimPrefix(searchCatalogue, "/"), strings.TrimPrefix(DataJSONPath, "/"), strings.TrimPrefix(DataCSVPath, "/"),
		strings.TrimPrefix(DataAwardsCSVPath, "/"), strings.TrimPrefix(DataXLSXPath, "/"), "sitemap.xml"}
	for _, j := range s.jobs[:len(want)] {
		lead = append(lead, j.Path)
	}
	if strings.Join(lead, " ") != strings.Join(want, " ") || s.jobs[len(want)].Path != "index.html" {
		t.Errorf("jobs start with %v, then %s; want %v, then index.html", lead, s.jobs[len(want)].Path, want)
	}
	seen := map[string]bool{}
	for _, j := range s.jobs {
		if seen[j.Path] {
			t.Errorf("%s is listed twice", j.Path)
		}
		seen[j.Path] = true
	}
}

// TestThemeIDsReserved: every fixed id the default theme writes on a
// profile page is one body headings never take (markdown.ThemeID).
func TestThemeIDsReserved(t *testing.T) {
	re := regexp.MustCompile(`\bid="([^"{]+)"`)
	n := 0
	for _, name := range []string{"base.html", "profile.html", "partials/card.html"} {
		b, err := fs.ReadFile(themes.Default, "default/layouts/"+name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			n++
			if !markdown.ThemeID(m[1]) {
				t.Errorf("%s: id %q is not reserved in markdown's themeIDs", name, m[1])
			}
		}
	}
	if n < 3 {
		t.Errorf("found only %d ids", n)
	}
}
