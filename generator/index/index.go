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
	"time"

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
	// Newest is Profiles in the order of Index.Newest (by date, newest
	// first, ties in list order), for the term's feed: a profile added
	// with the newest date heads every feed it belongs to.
	Newest []*content.Profile
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

// sortable pairs a profile with the collation key of its sort name. List
// order is: newer year first, then the key, then the source path, so the
// order is total.
type sortable struct {
	p   *content.Profile
	key []byte
}

// Build indexes profiles. It does not modify them. Profiles with equal sort
// names keep a stable order by source path, so output is deterministic.
func Build(site *config.Site, profiles []*content.Profile) *Index {
	return new(Builder).Build(site, profiles)
}

// Builder builds one index after another, as the preview server does after
// every change. It remembers the collation key of every sort name of the
// last build, so a rebuild collates only the names that changed. The zero
// value is ready to use; a Builder is not safe for concurrent use.
type Builder struct {
	col  *vntext.Collator
	keys map[string][]byte // sort name → collation key, of the last build
}

// Build indexes profiles as the package-level Build does.
func (b *Builder) Build(site *config.Site, profiles []*content.Profile) *Index {
	if b.col == nil {
		b.col = vntext.NewCollator()
	}
	keys := make(map[string][]byte, len(profiles))
	items := make([]sortable, len(profiles))
	for i, p := range profiles {
		k, ok := keys[p.SortName]
		if !ok {
			if k, ok = b.keys[p.SortName]; !ok {
				k = b.col.Key(p.SortName)
			}
			keys[p.SortName] = k
		}
		items[i] = sortable{p, k}
	}
	b.keys = keys
	slices.SortFunc(items, func(a, b sortable) int {
		if a.p.Year != b.p.Year {
			return cmp.Compare(b.p.Year, a.p.Year)
		}
		if c := bytes.Compare(a.key, b.key); c != 0 {
			return c
		}
		return cmp.Compare(a.p.Path, b.p.Path)
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

	// Newest: by date, newest first, ties in list order. Date0 builds a
	// time for undated profiles, so it is taken once per profile.
	dated := make([]datedProfile, len(ix.Profiles))
	for i, p := range ix.Profiles {
		dated[i] = datedProfile{p, p.Date0(), i}
	}
	slices.SortFunc(dated, func(a, b datedProfile) int {
		if c := b.d.Compare(a.d); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	ix.Newest = make([]*content.Profile, len(dated))
	for i, d := range dated {
		ix.Newest[i] = d.p
	}
	// Each term's newest, by one pass over ix.Newest: the same order as
	// the home feed's, without sorting again.
	for _, d := range ix.Dims {
		for _, t := range d.Terms {
			t.Newest = make([]*content.Profile, 0, len(t.Profiles))
		}
	}
	for _, p := range ix.Newest {
		add := func(d *Dimension, key string) {
			if t := d.byKey[key]; t != nil {
				t.Newest = append(t.Newest, p)
			}
		}
		add(cat, p.Category)
		add(dis, p.District)
		add(kin, p.Kind)
		for _, c := range p.Criteria {
			add(cri, c)
		}
		add(yr, strconv.Itoa(p.Year))
	}
	return ix
}

type datedProfile struct {
	p *content.Profile
	d time.Time
	i int // position in list order
}

// Related returns up to n other profiles to suggest beside p: first those
// sharing both category and district, then category, then district, each
// group in list order.
//
// It runs once per profile page on every build, so it avoids allocating
// beyond the result: n is small, and a linear scan of the result is cheaper
// than a set.
func (ix *Index) Related(p *content.Profile, n int) []*content.Profile {
	cat := ix.Dim(DimCategory).Term(p.Category)
	dis := ix.Dim(DimDistrict).Term(p.District)
	out := make([]*content.Profile, 0, n)
	take := func(list []*content.Profile, sameDistrict bool) {
		for _, q := range list {
			if len(out) >= n {
				return
			}
			if q == p || sameDistrict && q.District != p.District || slices.Contains(out, q) {
				continue
			}
			out = append(out, q)
		}
	}
	if cat != nil {
		take(cat.Profiles, true)
		take(cat.Profiles, false)
	}
	if dis != nil {
		take(dis.Profiles, false)
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
