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
	"time"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Dimension is one way of browsing profiles: a config.Dimension with its
// terms and their profiles.
type Dimension struct {
	*config.Dimension
	Terms []*Term // vocabulary order; years newest first
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
	Slug        string             // the URL's last segment, "chu-pah"
	Profiles    []*content.Profile // in list order
	// A place with history (config.Term): the dates it existed between
	// and the terms of other dimensions that cover it now, or that it was
	// formed from.
	Since, Until time.Time
	NowPartOf    []*Term
	Formerly     []*Term
	// Newest is Profiles in the order of Index.Newest (by date, newest
	// first, ties in list order), for the term's feed: a profile added
	// with the newest date heads every feed it belongs to.
	Newest []*content.Profile
}

// Index is the sorted view of a site's profiles.
type Index struct {
	Site     *config.Site
	Profiles []*content.Profile // list order: year descending, then name
	Dims     []*Dimension       // as Site.Dims: Dims[i] is Site.Dims[i]
	Featured []*content.Profile // featured profiles in list order
	Newest   []*content.Profile // by date (or year) descending
	// Collections are the site's collections, newest first; Build leaves
	// it nil and the caller sets it once, from content.LoadCollections
	// given Profiles, before rendering.
	Collections []*content.Collection
	pos         map[*content.Profile]int
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

	ix.Dims = make([]*Dimension, len(site.Dims))
	for i, cd := range site.Dims {
		d := &Dimension{Dimension: cd, byKey: map[string]*Term{}}
		if cd.Vocab != nil {
			for _, t := range cd.Vocab.Terms {
				term := &Term{Dim: cd.Key, Key: t.Key, Name: t.Name, Description: t.Description, URL: cd.Path + t.Slug + "/", Slug: t.Slug,
					Since: t.Since, Until: t.Until}
				d.Terms = append(d.Terms, term)
				d.byKey[t.Key] = term
			}
		}
		ix.Dims[i] = d
	}
	for _, d := range ix.Dims {
		if d.Vocab == nil {
			continue
		}
		for _, t := range d.Vocab.Terms {
			term := d.byKey[t.Key]
			for _, r := range t.NowPartOf {
				if o := ix.term(r); o != nil {
					term.NowPartOf = append(term.NowPartOf, o)
				}
			}
			for _, r := range t.Formerly {
				if o := ix.term(r); o != nil {
					term.Formerly = append(term.Formerly, o)
				}
			}
		}
	}

	for _, p := range ix.Profiles {
		for _, d := range ix.Dims {
			for _, k := range p.Values(d.Dimension) {
				t := d.byKey[k]
				if t == nil && d.Year {
					// Profiles are in year-descending order, so years
					// are met newest first: the terms come sorted.
					t = &Term{Dim: d.Key, Key: k, Name: k, URL: d.Path + k + "/", Slug: k}
					d.byKey[k] = t
					d.Terms = append(d.Terms, t)
				}
				if t != nil {
					t.Profiles = append(t.Profiles, p)
				}
			}
		}
		if p.Featured {
			ix.Featured = append(ix.Featured, p)
		}
	}

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
		for _, d := range ix.Dims {
			for _, k := range p.Values(d.Dimension) {
				if t := d.byKey[k]; t != nil {
					t.Newest = append(t.Newest, p)
				}
			}
		}
	}
	return ix
}

// term returns the term r names, or nil.
func (ix *Index) term(r config.TermRef) *Term {
	if d := ix.Dim(r.Dim); d != nil {
		return d.byKey[r.Key]
	}
	return nil
}

// TermOf returns the term of d that p's value key names, or nil.
func (d *Dimension) TermOf(key string) *Term { return d.byKey[key] }

type datedProfile struct {
	p *content.Profile
	d time.Time
	i int // position in list order
}

// Related returns up to n other profiles to suggest beside p: first those
// sharing both its topic and its place, then its topic, then its place,
// each group in list order. The topic is the first single-valued term
// dimension that is neither a badge nor a place (the category); the place
// is the first place dimension p has a value for (its district or
// commune).
//
// It runs once per profile page on every build, so it avoids allocating
// beyond the result: n is small, and a linear scan of the result is cheaper
// than a set.
func (ix *Index) Related(p *content.Profile, n int) []*content.Profile {
	var cat, dis *Term
	var place *Dimension
	topic := false
	for _, d := range ix.Dims {
		if d.Year || d.Multiple || d.Badge {
			continue
		}
		v := p.Value(d.Dimension)
		switch {
		case d.Place && dis == nil && v != "":
			dis, place = d.byKey[v], d
		case !d.Place && !topic:
			cat, topic = d.byKey[v], true
		}
	}
	out := make([]*content.Profile, 0, n)
	take := func(list []*content.Profile, samePlace bool) {
		for _, q := range list {
			if len(out) >= n {
				return
			}
			if q == p || samePlace && (place == nil || q.Value(place.Dimension) != dis.Key) || slices.Contains(out, q) {
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
