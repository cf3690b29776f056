package index

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
)

func site(t *testing.T) *config.Site { return testSite }

var testSite = func() *config.Site {
	s, _, err := config.Parse([]byte(`title: T
base_url: https://t.example/
categories: [{key: y-te, name: "Y tế"}, {key: giao-duc, name: "Giáo dục"}]
districts: [{key: chu-pah, name: "Chư Păh"}, {key: pleiku, name: "Pleiku"}]
criteria: [{key: sang-kien, name: "Sáng kiến"}]
`))
	if err != nil {
		panic(err)
	}
	return s
}()

func prof(path, title string, year int, cat, dis string) *content.Profile {
	return &content.Profile{Path: path, Title: title, SortName: title, Year: year, URL: "/ho-so/" + path + "/",
		Terms: content.MakeTerms(testSite, map[string][]string{"category": {cat}, "district": {dis},
			"kind": {"individual"}, "criteria": {"sang-kien"}, "year": {strconv.Itoa(year)}})}
}

func titles(ps []*content.Profile) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Title)
	}
	return out
}

func TestOrder(t *testing.T) {
	ps := []*content.Profile{
		prof("a", "Đinh Văn Ơn", 2019, "y-te", "pleiku"),
		prof("b", "Ân", 2020, "y-te", "chu-pah"),
		prof("c", "Dương Thị Bé", 2019, "giao-duc", "pleiku"),
		prof("d", "An", 2020, "giao-duc", "chu-pah"),
		prof("e", "Em", 2019, "y-te", "chu-pah"),
		prof("f", "An", 2020, "y-te", "pleiku"), // same name: ordered by path
	}
	ix := Build(site(t), ps)
	want := []string{"An", "An", "Ân", "Dương Thị Bé", "Đinh Văn Ơn", "Em"}
	if got := titles(ix.Profiles); !slices.Equal(got, want) {
		t.Errorf("order = %q, want %q", got, want)
	}
	if ix.Profiles[0].Path != "d" || ix.Profiles[1].Path != "f" {
		t.Error("equal names must be ordered by path")
	}
	years := ix.Dim("year").Terms
	if len(years) != 2 || years[0].Key != "2020" || years[1].Key != "2019" {
		t.Errorf("year terms = %v", years)
	}
	if got := titles(ix.Dim("district").Term("pleiku").Profiles); !slices.Equal(got, []string{"An", "Dương Thị Bé", "Đinh Văn Ơn"}) {
		t.Errorf("pleiku = %q", got)
	}
	if n := len(ix.Dim("kind").Term("collective").Profiles); n != 0 {
		t.Errorf("collectives = %d", n)
	}
	// Related: same category and district first.
	rel := ix.Related(ps[0], 3) // Đinh Văn Ơn: y-te, pleiku
	if got := titles(rel); !slices.Equal(got, []string{"An", "Ân", "Em"}) || rel[0].Path != "f" {
		t.Errorf("related = %q", got)
	}
}

func TestNewest(t *testing.T) {
	a := prof("a", "A", 2019, "y-te", "pleiku")
	b := prof("b", "B", 2019, "y-te", "pleiku")
	b.Date = time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)
	c := prof("c", "C", 2020, "y-te", "pleiku")
	ix := Build(site(t), []*content.Profile{a, b, c})
	if got := titles(ix.Newest); !slices.Equal(got, []string{"C", "B", "A"}) {
		t.Errorf("newest = %q", got)
	}
}
