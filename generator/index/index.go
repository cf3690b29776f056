// Package index is the index stage: from the loaded profiles it builds the
// sorted views every page is rendered from — all profiles in list order,
// the terms of each dimension (category, district, year, criteria, kind)
// with their profiles, featured and newest profiles, and related profiles.
//
// Build sorts once; every slice in an Index is shared and read-only, so
// rendering never re-sorts. An Index is safe for concurrent reads.
package index

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Dimension keys, in the order pages present them.
const (
	DimCategory = "category"
	DimDistrict = "district"
	DimYear     = "year"
	DimCriteria = "criteria"
	DimKind     = "kind"
)

// Dimension is one way of browsing profiles.
type Dimension struct {
	Key   string // one of the Dim constants
	Name  string // Vietnamese label, e.g. "Địa bàn"
	Path  string // URL of its index page, e.g. "/dia-ban/"
	Terms []*Term
	byKey map[string]*Term
}

// Term returns the term with the given key, or nil.
func (d *Dimension) Term(key string) *Term { return d.byKey[key] }

// Term is one value of a dimension and the profiles filed under it.
type Term struct {
	Dim         string // dimension key
	Key         string // vocabulary key, or the year in digits
	Name        string
	Description string
	URL         string             // "/dia-ban/chu-pah/"
	Profiles    []*content.Profile // in list order
}

// Index is the sorted view of a site's profiles.
type Index struct {
	Site     *config.Site
	Profiles []*content.Profile // list order: year descending, then name
	Dims     []*Dimension       // category, district, year, criteria, kind
	Featured []*content.Profile // featured profiles in list order
	Newest   []*content.Profile // by date (or year) descending
	pos      map[*content.Profile]int
}

// Dim returns the dimension with the given key, or nil.
func (ix *Index) Dim(key string) *Dimension {
	for _, d := range ix.Dims {
		if d.Key == key {
			return d
		}
	}
	return nil
}

// Less reports whether a comes before b in list order: newer year first,
// then by sort name in Vietnamese collation, then by source path so the
// order is total.
type sortable struct {
	p   *content.Profile
	key []byte
}

// Build indexes profiles. It does not modify them. Profiles with equal sort
// names keep a stable order by source path, so output is deterministic.
func Build(site *config.Site, profiles []*content.Profile) *Index {
	col := vntext.NewCollator()
	items := make([]sortable, len(profiles))
	for i, p := range profiles {
		items[i] = sortable{p, col.Key(p.SortName)}
	}
	slices.SortFunc(items, func(a, b sortable) int {
		return cmp.Or(cmp.Compare(b.p.Year, a.p.Year), bytes.Compare(a.key, b.key), cmp.Compare(a.p.Path, b.p.Path))
	})
	ix := &Index{Site: site, Profiles: make([]*content.Profile, len(items)), pos: make(map[*content.Profile]int, len(items))}
	for i, it := range items {
		ix.Profiles[i] = it.p
		ix.pos[it.p] = i
	}

	vocab := func(key, name, path string, v *config.Vocabulary) *Dimension {
		d := &Dimension{Key: key, Name: name, Path: path, byKey: map[string]*Term{}}
		for _, t := range v.Terms {
			term := &Term{Dim: key, Key: t.Key, Name: t.Name, Description: t.Description, URL: path + t.Slug + "/"}
			d.Terms = append(d.Terms, term)
			d.byKey[t.Key] = term
		}
		return d
	}
	cat := vocab(DimCategory, "Lĩnh vực", "/linh-vuc/", site.Categories)
	dis := vocab(DimDistrict, "Địa bàn", "/dia-ban/", site.Districts)
	cri := vocab(DimCriteria, "Tiêu chí", "/tieu-chi/", site.Criteria)
	kin := vocab(DimKind, "Loại", "/loai/", site.Kinds)
	yr := &Dimension{Key: DimYear, Name: "Năm", Path: "/nam/", byKey: map[string]*Term{}}

	for _, p := range ix.Profiles {
		add := func(d *Dimension, key string) {
			if t := d.byKey[key]; t != nil {
				t.Profiles = append(t.Profiles, p)
			}
		}
		add(cat, p.Category)
		add(dis, p.District)
		add(kin, p.Kind)
		for _, c := range p.Criteria {
			add(cri, c)
		}
		y := strconv.Itoa(p.Year)
		if yr.byKey[y] == nil {
			t := &Term{Dim: DimYear, Key: y, Name: y, URL: "/nam/" + y + "/"}
			yr.byKey[y] = t
			yr.Terms = append(yr.Terms, t)
		}
		yr.byKey[y].Profiles = append(yr.byKey[y].Profiles, p)
		if p.Featured {
			ix.Featured = append(ix.Featured, p)
		}
	}
	// Profiles are in year-descending order, so years were met newest
	// first: the year terms are already sorted.
	ix.Dims = []*Dimension{cat, dis, yr, cri, kin}

	ix.Newest = slices.Clone(ix.Profiles)
	slices.SortStableFunc(ix.Newest, func(a, b *content.Profile) int {
		return b.Date0().Compare(a.Date0())
	})
	return ix
}

// Related returns up to n other profiles to suggest beside p: first those
// sharing both category and district, then category, then district, each
// group in list order.
func (ix *Index) Related(p *content.Profile, n int) []*content.Profile {
	cat := ix.Dim(DimCategory).Term(p.Category)
	dis := ix.Dim(DimDistrict).Term(p.District)
	var out []*content.Profile
	seen := map[*content.Profile]bool{p: true}
	take := func(list []*content.Profile, ok func(*content.Profile) bool) {
		for _, q := range list {
			if len(out) >= n {
				return
			}
			if !seen[q] && ok(q) {
				seen[q] = true
				out = append(out, q)
			}
		}
	}
	all := func(*content.Profile) bool { return true }
	if cat != nil {
		take(cat.Profiles, func(q *content.Profile) bool { return q.District == p.District })
		take(cat.Profiles, all)
	}
	if dis != nil {
		take(dis.Profiles, all)
	}
	return out
}

// Pos returns p's position in list order, or -1.
func (ix *Index) Pos(p *content.Profile) int {
	if i, ok := ix.pos[p]; ok {
		return i
	}
	return -1
}
