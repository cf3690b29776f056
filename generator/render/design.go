package render

// The data behind the default theme's design (issue 14): the home page's
// picks, related profiles grouped by what they share, sorted dimension
// index pages and the introduction of a term's page.

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/vntext"
)

// homePicks chooses the home page's profiles: the story is the first
// featured profile with a photo (the first featured one when none has a
// photo, the newest when none is featured); featured lists up to nf other
// featured profiles and newest up to nn of the newest that are neither,
// so no profile shows twice.
func homePicks(ix *index.Index, nf, nn int) (story *content.Profile, featured, newest []*content.Profile) {
	for _, p := range ix.Featured {
		if p.Photo != nil {
			story = p
			break
		}
	}
	if story == nil && len(ix.Featured) > 0 {
		story = ix.Featured[0]
	}
	if story == nil && len(ix.Newest) > 0 {
		story = ix.Newest[0]
	}
	seen := map[*content.Profile]bool{story: true}
	for _, p := range ix.Featured {
		if len(featured) < nf && !seen[p] {
			featured = append(featured, p)
			seen[p] = true
		}
	}
	for _, p := range ix.Newest {
		if len(newest) < nn && !seen[p] {
			newest = append(newest, p)
			seen[p] = true
		}
	}
	return story, featured, newest
}

// RelatedGroup is a block of related profiles on a profile's page: every
// one of them shares with the profile each term in Shared.
type RelatedGroup struct {
	Shared []Shared
	Cards  []*Card
}

// Shared is a term a related group has in common with the profile.
type Shared struct {
	Dim   string // the dimension's name in lower case, "lĩnh vực"
	Place bool   // a place: the theme says "ở Chư Pưh" rather than "địa bàn Chư Pưh"
	Term  Link
}

// relatedSet is a candidate group of related profiles (keep, when set,
// narrows list); related picks from them, most alike first.
type relatedSet struct {
	shared []Shared
	list   []*content.Profile
	keep   func(q *content.Profile) bool
}

// related picks up to n profiles like p, grouped by what they share with
// it: those with the same topic (the first single-valued dimension that
// is neither a place, a year nor a badge: the field) and the same place,
// then those with the same topic only, then those with the same place
// only. A group is labelled with exactly the terms its profiles share, so
// "cùng lĩnh vực, ở Chư Pưh" never lists a profile of another district.
// Groups without profiles are left out; each profile shows once.
func (r *Renderer) related(p *content.Profile, n int) []relatedPick {
	var topic, place *index.Dimension
	var tt, pt *index.Term
	for _, d := range r.ix.Dims {
		if d.Year || d.Multiple || d.Badge {
			continue
		}
		v := p.Value(d.Dimension)
		if v == "" {
			continue
		}
		t := d.Term(v)
		if t == nil {
			continue
		}
		switch {
		case d.Place && place == nil:
			place, pt = d, t
		case !d.Place && topic == nil:
			topic, tt = d, t
		}
	}
	share := func(d *index.Dimension, t *index.Term) Shared {
		return Shared{Dim: strings.ToLower(d.Name), Place: d.Place, Term: Link{Name: t.Name, URL: t.URL, Dim: d.Key}}
	}
	var sets []relatedSet
	switch {
	case topic != nil && place != nil:
		inPlace := func(q *content.Profile) bool { return q.Value(place.Dimension) == pt.Key }
		sets = append(sets,
			relatedSet{[]Shared{share(topic, tt), share(place, pt)}, tt.Profiles, inPlace},
			relatedSet{[]Shared{share(topic, tt)}, tt.Profiles, nil},
			relatedSet{[]Shared{share(place, pt)}, pt.Profiles, nil})
	case topic != nil:
		sets = append(sets, relatedSet{[]Shared{share(topic, tt)}, tt.Profiles, nil})
	case place != nil:
		sets = append(sets, relatedSet{[]Shared{share(place, pt)}, pt.Profiles, nil})
	}
	var out []relatedPick
	seen := map[*content.Profile]bool{p: true}
	left := n
	for _, s := range sets {
		var got []*content.Profile
		for _, q := range s.list {
			if left == 0 {
				break
			}
			if seen[q] || s.keep != nil && !s.keep(q) {
				continue
			}
			seen[q] = true
			got = append(got, q)
			left--
		}
		if len(got) > 0 {
			out = append(out, relatedPick{s.shared, got})
		}
	}
	return out
}

// relatedPick is a related group before rendering.
type relatedPick struct {
	shared   []Shared
	profiles []*content.Profile
}

func (r *Renderer) relatedGroups(picks []relatedPick) (groups []RelatedGroup, flat []*Card) {
	for _, g := range picks {
		cs := r.cardsOf(g.profiles)
		groups = append(groups, RelatedGroup{Shared: g.shared, Cards: cs})
		flat = append(flat, cs...)
	}
	return groups, flat
}

// TermEntry is a term on its dimension's index page.
type TermEntry struct {
	Link               // Name, URL ("" without profiles) and Count
	Description string // the term's description from site.yaml, or ""
	Percent     int    // Count as a share of the largest count, 0–100, for a bar
}

// termEntries returns d's terms twice: by count, most profiles first (ties
// by name), and by name in Vietnamese collation; years by name run newest
// first, as they are declared.
func termEntries(d *index.Dimension) (byCount, byName []TermEntry) {
	most := 0
	for _, t := range d.Terms {
		most = max(most, len(t.Profiles))
	}
	col := vntext.NewCollator()
	keys := make(map[*index.Term][]byte, len(d.Terms))
	for _, t := range d.Terms {
		keys[t] = col.Key(t.Name)
	}
	byName = make([]TermEntry, 0, len(d.Terms))
	for _, t := range d.Terms {
		e := TermEntry{Link: Link{Name: t.Name, Count: len(t.Profiles), Dim: d.Key}, Description: t.Description}
		if e.Count > 0 {
			e.URL = t.URL
		}
		if most > 0 {
			e.Percent = (e.Count*100 + most/2) / most
		}
		byName = append(byName, e)
	}
	order := make([]int, len(d.Terms))
	for i := range order {
		order[i] = i
	}
	if !d.Year {
		slices.SortStableFunc(order, func(a, b int) int { return bytes.Compare(keys[d.Terms[a]], keys[d.Terms[b]]) })
	}
	named := make([]TermEntry, len(order))
	for i, j := range order {
		named[i] = byName[j]
	}
	byName = named
	byCount = slices.Clone(byName)
	slices.SortStableFunc(byCount, func(a, b TermEntry) int { return cmp.Compare(b.Count, a.Count) })
	return byCount, byName
}

// TermIntro introduces a term's page: its profiles counted by the badge
// dimension (kinds) and by year.
type TermIntro struct {
	Kinds []Link     // "80 cá nhân, 38 tập thể": names in lower case; kinds without profiles left out
	Years *MiniChart // nil on a year's own page or when the site has no years
	// FirstYear and LastYear span the term's years; 0 without years.
	FirstYear, LastYear int
}

// MiniChart is a small column chart laid out at build time as inline SVG
// (an inline style would break the pages' Content-Security-Policy):
// one column per year, oldest first.
type MiniChart struct {
	Width, Height int
	Bars          []MiniBar
}

// MiniBar is one column: its label, count and rectangle; Label names it
// for screen readers ("2020: 12 hồ sơ").
type MiniBar struct {
	Link
	X, Y, W, H int
	TextX      int // centre of the column, for the year under it
}

const (
	miniBarW   = 26 // column width
	miniGap    = 10 // room for a year's four digits under its column
	miniHeight = 60 // the tallest column
	miniText   = 16 // room for the year under the columns
)

// termIntro counts t's profiles by kind and by year. It is nil for the
// list of all profiles.
func (r *Renderer) termIntro(d *index.Dimension, t *index.Term) *TermIntro {
	if d == nil {
		return nil
	}
	in := &TermIntro{}
	var yd *index.Dimension
	if c := r.ix.Site.YearDim(); c != nil {
		yd = r.ix.Dims[c.Index]
	}
	bd := r.badgeDim()
	if bd != nil && bd != d {
		for _, k := range bd.Terms {
			n := 0
			for _, p := range t.Profiles {
				if slices.Contains(p.Values(bd.Dimension), k.Key) {
					n++
				}
			}
			if n > 0 {
				in.Kinds = append(in.Kinds, Link{Name: strings.ToLower(k.Name), URL: k.URL, Count: n, Dim: bd.Key})
			}
		}
	}
	if yd == nil {
		return in
	}
	counts := map[int]int{}
	for _, p := range t.Profiles {
		if p.Year > 0 {
			counts[p.Year]++
			if in.FirstYear == 0 || p.Year < in.FirstYear {
				in.FirstYear = p.Year
			}
			in.LastYear = max(in.LastYear, p.Year)
		}
	}
	if d == yd || len(counts) == 0 {
		return in
	}
	most := 0
	for _, n := range counts {
		most = max(most, n)
	}
	c := &MiniChart{Height: miniHeight + miniText}
	x := 0
	for y := in.FirstYear; y <= in.LastYear; y++ {
		n := counts[y]
		b := MiniBar{Link: Link{Name: strconv.Itoa(y), Count: n, Dim: yd.Key}, X: x, W: miniBarW, TextX: x + miniBarW/2}
		if t := yd.Term(strconv.Itoa(y)); t != nil && len(t.Profiles) > 0 {
			b.URL = t.URL
		}
		if n > 0 {
			b.H = max(2, (n*miniHeight+most/2)/most)
		}
		b.Y = miniHeight - b.H
		c.Bars = append(c.Bars, b)
		x += miniBarW + miniGap
	}
	c.Width = max(1, x-miniGap)
	in.Years = c
	return in
}

// badgeDim is the first badge dimension (the kind), or nil.
func (r *Renderer) badgeDim() *index.Dimension {
	for _, d := range r.ix.Dims {
		if d.Badge {
			return d
		}
	}
	return nil
}

// homeTerms is how many terms of a dimension the home page lists.
const homeTerms = 6

// homeDim summarises d for the home page: its homeTerms terms with the
// most profiles, most first (years newest first), and how many terms have
// profiles.
func homeDim(d *index.Dimension) DimSummary {
	ds := DimSummary{Name: d.Name, URL: d.Path}
	byCount, byName := termEntries(d)
	list := byCount
	if d.Year {
		list = byName
	}
	for _, e := range list {
		if e.Count == 0 {
			continue
		}
		ds.Count++
		if len(ds.Terms) < homeTerms {
			ds.Terms = append(ds.Terms, e.Link)
		}
	}
	return ds
}

// termHeading is the heading of t's page. A dimension's own heading from
// site.yaml wins; without one ("%s") the heading is worded by kind of
// dimension: "Gương sáng năm 2020", "Cá nhân tiêu biểu", "Gương sáng
// huyện Đak Đoa", "Gương sáng lĩnh vực Y tế", "Tiêu chí: Sáng kiến".
// A place is named in full (placeName) in either case.
func termHeading(d *index.Dimension, t *index.Term) string {
	name := t.Name
	if d.Place {
		name = placeName(t)
	}
	vi := func(m *i18n.Msg, args ...any) string { return m.In(i18n.Vi, args...) }
	switch {
	case d.Heading != "%s":
		return fmt.Sprintf(d.Heading, name)
	case d.Year:
		return vi(i18n.HeadingYear, name)
	case d.Badge:
		return vi(i18n.HeadingBadge, name)
	case d.Place:
		return vi(i18n.HeadingPlace, name)
	case d.Multiple:
		return vi(i18n.HeadingOther, d.Name, name)
	}
	return vi(i18n.HeadingTopic, strings.ToLower(d.Name), name)
}

// adminWords are the words that begin the full name of a Vietnamese
// administrative unit; inside a sentence they are written in lower case
// ("Gương sáng huyện Đak Đoa").
var adminWords = []string{"Thành phố", "Thị xã", "Thị trấn", "Huyện", "Quận", "Tỉnh", "Phường", "Xã", "Đặc khu"}

// placeName names the place t in full, in lower case at the start, for
// use inside a sentence: the term's description when it is the name with
// an administrative word before it ("Huyện Đak Đoa" → "huyện Đak Đoa"),
// else the name itself, its administrative word lowered ("Xã Ia Ly" →
// "xã Ia Ly").
func placeName(t *index.Term) string {
	full := t.Name
	for _, w := range adminWords {
		if t.Description == w+" "+t.Name {
			full = t.Description
			break
		}
	}
	for _, w := range adminWords {
		if strings.HasPrefix(full, w+" ") {
			return strings.ToLower(w) + full[len(w):]
		}
	}
	return full
}

// hasAsset reports whether the theme publishes the static file at u
// ("/css/custom.css"): base.html links a site's own small stylesheet of
// colour variables only when the site has one, so a site without it
// makes no extra request.
func (th *Theme) hasAsset(u string) bool {
	for _, st := range th.Static {
		if "/"+st.Path == u {
			return true
		}
	}
	return false
}
