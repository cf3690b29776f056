package render

import (
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/content"
)

// TestMetaKeyFields fails when content.Profile gains a field: decide
// whether pages other than the profile's own show it (then hash it in
// metaKey) or not (then list it under body here).
func TestMetaKeyFields(t *testing.T) {
	hashed := []string{"Path", "Bundle", "Slug", "URL", "Title", "Kind", "Category", "District", "Year", "Criteria",
		"Summary", "SummarySet", "Date", "Author", "Organization", "SortName", "Photo", "PhotoCaption", "PhotoCredit",
		"Awards", "Featured", "Draft", "Resources"}
	body := []string{"HTML", "Words", "Hash"} // shown on the profile's page only, keyed by Hash there
	typ := reflect.TypeFor[content.Profile]()
	for i := range typ.NumField() {
		name := typ.Field(i).Name
		if !slices.Contains(hashed, name) && !slices.Contains(body, name) {
			t.Errorf("content.Profile.%s is new: add it to metaKey, or to body in this test", name)
		}
	}
}

// TestMetaKey: every metadata field changes the key; the body does not.
func TestMetaKey(t *testing.T) {
	base := func() *content.Profile {
		return &content.Profile{Path: "content/ho-so/a.md", Slug: "a", URL: "/ho-so/a/", Title: "A", Kind: "individual",
			Category: "y-te", District: "pleiku", Year: 2020, Criteria: []string{"x"}, Summary: "s",
			Date: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), Photo: &content.Resource{Src: "content/ho-so/a.jpg", URL: "/ho-so/a/a.jpg"},
			Awards: []content.Award{{Title: "B", Year: 2019}}, HTML: []byte("<p>x</p>"), Words: 1, Hash: 1}
	}
	k := metaKey(base())
	same := base()
	same.HTML, same.Words, same.Hash = []byte("<p>khác</p>"), 2, 2
	if metaKey(same) != k {
		t.Error("the body changed the key")
	}
	edits := map[string]func(p *content.Profile){
		"Path":      func(p *content.Profile) { p.Path = "content/ho-so/b.md" },
		"Title":     func(p *content.Profile) { p.Title = "B" },
		"District":  func(p *content.Profile) { p.District = "chu-pah" },
		"Criteria":  func(p *content.Profile) { p.Criteria = []string{"x", "y"} },
		"Summary":   func(p *content.Profile) { p.Summary = "t" },
		"Date":      func(p *content.Profile) { p.Date = p.Date.AddDate(0, 0, 1) },
		"Photo":     func(p *content.Profile) { p.Photo = nil },
		"Award":     func(p *content.Profile) { p.Awards[0].Issuer = "UBND" },
		"Featured":  func(p *content.Profile) { p.Featured = true },
		"Draft":     func(p *content.Profile) { p.Draft = true },
		"Resources": func(p *content.Profile) { p.Resources = []content.Resource{{Src: "x", URL: "/x"}} },
	}
	for name, edit := range edits {
		p := base()
		edit(p)
		if metaKey(p) == k {
			t.Errorf("%s did not change the key", name)
		}
	}
}
