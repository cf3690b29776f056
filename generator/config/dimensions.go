package config

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Dimension is one way profiles are filed and browsed: a front-matter
// field whose values are terms of a vocabulary (category, district,
// criteria, kind, an ethnic group…) or years. A site declares its
// dimensions in site.yaml's dimensions block; without one, DefaultDims
// apply (category, district, year, criteria, kind). Every stage loops over
// Site.Dims; no stage names a dimension, except where documented
// (Related, the statistics' place × year table).
//
// The positions Card, Filter, Stats and Data order the dimension on each
// surface: 0 hides it there; smaller shows first; ties keep declaration
// order.
type Dimension struct {
	Key      string // stable identifier, e.g. "district"
	Field    string // front-matter field, e.g. "district"
	Name     string // label of the dimension as a whole: navigation, its index page, filters ("Địa bàn")
	Singular string // label of one value, on a profile's facts ("Địa bàn")
	// Heading is the heading of a term's page, with %s for the term's
	// name: "Gương sáng huyện %s". "%s" (the default) titles the page
	// "Name: term".
	Heading  string
	Path     string // URL path of its index page, "/dia-ban/"
	Column   string // its column in the search catalogue, e.g. "d"
	Year     bool   // values are years; terms are the profiles' years, newest first
	Multiple bool   // a profile may have several values (a list)
	Required bool   // every profile must have a value
	Badge    bool   // shown as the tag before a card's other facts and in a profile's header
	Place    bool   // an administrative unit: the place of a profile (JSON-LD address)
	Nav      bool   // listed in the site's navigation and on the home page
	Search   bool   // its term names match search queries
	Card     int    // position on cards; 0 hidden
	Filter   int    // position in the filter panel of /ho-so/; 0 hidden
	Stats    int    // position on the statistics page; 0 hidden
	Data     int    // position of its columns in the open data; 0 hidden
	// StatsNote is shown under its chart; "" for the default (a note for
	// multi-valued dimensions).
	StatsNote string
	// DataCodeDesc and DataNameDesc describe its open-data columns; ""
	// for the defaults built from Singular.
	DataCodeDesc, DataNameDesc string
	Vocab                      *Vocabulary // its terms; nil for a year dimension
	Index                      int         // position in Site.Dims
	Line                       int         // line in site.yaml, 0 for built-in dimensions
}

// Dim returns the dimension with the given key, or nil.
func (s *Site) Dim(key string) *Dimension {
	for _, d := range s.Dims {
		if d.Key == key {
			return d
		}
	}
	return nil
}

// YearDim returns the site's year dimension, or nil.
func (s *Site) YearDim() *Dimension {
	for _, d := range s.Dims {
		if d.Year {
			return d
		}
	}
	return nil
}

// On returns the dimensions with a non-zero position pos(d), ordered by
// it, ties in declaration order.
func (s *Site) On(pos func(*Dimension) int) []*Dimension {
	var out []*Dimension
	for _, d := range s.Dims {
		if pos(d) > 0 {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b *Dimension) int { return pos(a) - pos(b) })
	return out
}

// DefaultDims returns the five dimensions of a site without a dimensions
// block, labelled, placed and ordered as guongsang always showed them.
func defaultDims(cat, dis, cri *Vocabulary) []*Dimension {
	kin := &Vocabulary{Field: "kind", List: "kind", Terms: kinds()}
	ds := []*Dimension{
		{Key: "category", Field: "category", Name: "Lĩnh vực", Singular: "Lĩnh vực", Path: "/linh-vuc/", Column: "c", Required: true,
			Nav: true, Search: true, Card: 4, Filter: 4, Stats: 3, Data: 2, Vocab: cat},
		{Key: "district", Field: "district", Name: "Địa bàn", Singular: "Địa bàn", Path: "/dia-ban/", Column: "d", Required: true, Place: true,
			Nav: true, Search: true, Card: 2, Filter: 2, Stats: 1, Data: 3, Vocab: dis},
		{Key: "year", Field: "year", Name: "Năm", Singular: "Năm", Path: "/nam/", Column: "y", Year: true, Required: true,
			Nav: true, Search: true, Card: 3, Filter: 3, Stats: 2, Data: 4, DataCodeDesc: "Năm của hồ sơ, như ở mục Năm"},
		{Key: "criteria", Field: "criteria", Name: "Tiêu chí", Singular: "Tiêu chí", Path: "/tieu-chi/", Column: "r", Multiple: true, Required: true,
			Nav: true, Search: true, Filter: 5, Stats: 5, Data: 5, Vocab: cri,
			StatsNote: "Một hồ sơ có thể đạt nhiều tiêu chí, nên tổng các cột lớn hơn số hồ sơ; tỷ lệ tính trên tổng số hồ sơ."},
		{Key: "kind", Field: "kind", Name: "Loại", Singular: "Loại", Path: "/loai/", Column: "k", Required: true, Badge: true,
			Nav: true, Search: true, Card: 1, Filter: 1, Stats: 4, Data: 1, Vocab: kin,
			DataCodeDesc: "individual (cá nhân) hoặc collective (tập thể)"},
	}
	for i, d := range ds {
		d.Heading, d.Index = "%s", i
	}
	return ds
}

// reservedColumns are the search catalogue's own keys (render/search.go).
var reservedColumns = []string{"t", "s", "v", "b", "n", "w", "f", "p", "bst"}

// builtinFields are front-matter fields that no dimension may take.
var builtinFields = []string{"title", "summary", "date", "lastmod", "author", "organization", "sort_name", "photo",
	"photo_caption", "photo_credit", "photos", "awards", "featured", "draft", "slug"}

var dimKeys = []string{"key", "field", "name", "singular", "heading", "path", "column", "type", "multiple", "required",
	"badge", "place", "nav", "search", "card", "filter", "stats", "data", "stats_note", "terms"}

// decodeDims reads the dimensions block. Links between terms of different
// dimensions (now_part_of, formerly) are resolved afterwards, by linkTerms.
func decodeDims(v *yaml.Node, errs *diag.List) []*Dimension {
	if v.Kind != yaml.SequenceNode || len(v.Content) == 0 {
		errs.Add(&diag.Error{Path: FileName, Line: v.Line, Field: "dimensions", Msg: i18n.ConfigMustBeList.T(), Hint: i18n.DimListHint.T()})
		return nil
	}
	var out []*Dimension
	keys, fields, paths, cols := map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	years := 0
	for _, item := range v.Content {
		if item.Kind != yaml.MappingNode {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions", Msg: i18n.ConfigItemNotMap.T(), Hint: i18n.DimListHint.T()})
			continue
		}
		d := &Dimension{Heading: "%s", Nav: true, Search: true, Line: item.Line, Index: len(out)}
		order := 100 + len(out) // `true` places a dimension after numbered ones, in declaration order
		d.Card, d.Filter, d.Stats, d.Data = order, order, order, order
		var termsNode *yaml.Node
		typ := ""
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, val := item.Content[i], item.Content[i+1]
			field := "dimensions." + k.Value
			text := func() string {
				if val.Kind != yaml.ScalarNode {
					errs.Add(&diag.Error{Path: FileName, Line: val.Line, Field: field, Msg: i18n.ConfigMustBeText.T()})
					return ""
				}
				return vntext.NFC(strings.TrimSpace(val.Value))
			}
			flag := func(b *bool) {
				if err := val.Decode(b); err != nil {
					errs.Add(&diag.Error{Path: FileName, Line: val.Line, Field: field, Msg: i18n.ConfigMustBeBool.T()})
				}
			}
			pos := func(p *int) {
				var b bool
				if val.Decode(&b) == nil {
					if !b {
						*p = 0
					}
					return
				}
				var n int
				if err := val.Decode(&n); err != nil || n < 0 {
					errs.Add(&diag.Error{Path: FileName, Line: val.Line, Field: field, Msg: i18n.DimPosition.T(), Hint: i18n.DimPositionHint.T(k.Value)})
					return
				}
				*p = n
			}
			switch k.Value {
			case "key":
				d.Key = text()
			case "field":
				d.Field = text()
			case "name":
				d.Name = text()
			case "singular":
				d.Singular = text()
			case "heading":
				d.Heading = text()
			case "path":
				d.Path = text()
			case "column":
				d.Column = text()
			case "type":
				typ = text()
			case "multiple":
				flag(&d.Multiple)
			case "required":
				flag(&d.Required)
			case "badge":
				flag(&d.Badge)
			case "place":
				flag(&d.Place)
			case "nav":
				flag(&d.Nav)
			case "search":
				flag(&d.Search)
			case "card":
				pos(&d.Card)
			case "filter":
				pos(&d.Filter)
			case "stats":
				pos(&d.Stats)
			case "data":
				pos(&d.Data)
			case "stats_note":
				d.StatsNote = text()
			case "terms":
				termsNode = val
			default:
				hint := ""
				if j := vntext.Closest(k.Value, dimKeys); j >= 0 {
					hint = i18n.DidYouMean.T(dimKeys[j])
				}
				errs.Add(&diag.Error{Path: FileName, Line: k.Line, Field: field, Msg: i18n.ConfigUnknown.T(), Hint: hint, Sev: diag.SevWarning})
			}
		}
		switch {
		case d.Key == "":
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions", Msg: i18n.ConfigNoKey.T(), Hint: i18n.DimListHint.T()})
			continue
		case vntext.Slug(d.Key) != d.Key:
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.key", Msg: i18n.ConfigBadKey.T(d.Key), Hint: i18n.ConfigUseKey.T(vntext.Slug(d.Key))})
			continue
		}
		if l, dup := keys[d.Key]; dup {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.key", Msg: i18n.ConfigKeyTwice.T(d.Key, l)})
			continue
		}
		keys[d.Key] = item.Line
		if d.Field == "" {
			d.Field = d.Key
		}
		if slices.Contains(builtinFields, d.Field) {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.field", Msg: i18n.DimFieldTaken.T(d.Field), Hint: i18n.DimFieldTakenHint.T()})
		} else if l, dup := fields[d.Field]; dup {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.field", Msg: i18n.DimFieldTwice.T(d.Field, l)})
		}
		fields[d.Field] = item.Line
		if d.Name == "" {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.name", Msg: i18n.ConfigNoName.T(d.Key), Hint: i18n.DimNameHint.T()})
			d.Name = d.Key
		}
		if d.Singular == "" {
			d.Singular = d.Name
		}
		if strings.Count(d.Heading, "%") != 1 || !strings.Contains(d.Heading, "%s") {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.heading", Msg: i18n.DimHeading.T(d.Heading), Hint: i18n.DimHeadingHint.T()})
			d.Heading = "%s"
		}
		seg := strings.Trim(d.Path, "/")
		if seg == "" {
			seg = d.Key
		}
		if vntext.Slug(seg) != seg {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.path", Msg: i18n.DimPath.T(d.Path), Hint: i18n.ConfigUseKey.T(vntext.Slug(seg))})
			seg = vntext.Slug(seg)
		}
		if slices.Contains(reservedPaths, seg) {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.path", Msg: i18n.DimPathTaken.T(seg), Hint: i18n.DimPathTakenHint.T()})
		} else if l, dup := paths[seg]; dup {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.path", Msg: i18n.DimPathTwice.T(seg, l)})
		}
		paths[seg] = item.Line
		d.Path = "/" + seg + "/"
		if d.Column == "" {
			d.Column = d.Key
		}
		if slices.Contains(reservedColumns, d.Column) {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.column", Msg: i18n.DimColumn.T(d.Column), Hint: i18n.DimColumnHint.T()})
		} else if l, dup := cols[d.Column]; dup {
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.column", Msg: i18n.DimColumnTwice.T(d.Column, l)})
		}
		cols[d.Column] = item.Line
		switch typ {
		case "", "terms":
			if termsNode == nil {
				errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.terms", Msg: i18n.ConfigListEmpty.T(), Hint: i18n.ConfigListHint.T()})
			} else {
				d.Vocab = newVocabulary(d.Field, d.Key, decodeTerms(d.Key, termsNode, errs), FileName, errs)
			}
		case "year":
			d.Year = true
			if years++; years > 1 {
				errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.type", Msg: i18n.DimYearTwice.T()})
			}
			if d.Multiple {
				errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.multiple", Msg: i18n.DimYearMultiple.T()})
				d.Multiple = false
			}
			if termsNode != nil {
				errs.Add(&diag.Error{Path: FileName, Line: termsNode.Line, Field: "dimensions.terms", Msg: i18n.DimYearTerms.T(), Sev: diag.SevWarning})
			}
		default:
			errs.Add(&diag.Error{Path: FileName, Line: item.Line, Field: "dimensions.type", Msg: i18n.DimType.T(typ), Hint: i18n.DimTypeHint.T()})
		}
		if d.Vocab == nil && !d.Year {
			d.Vocab = newVocabulary(d.Field, d.Key, nil, FileName, errs)
		}
		out = append(out, d)
	}
	for i, d := range out {
		d.Index = i
	}
	return out
}

// reservedPaths are the URL folders the site itself uses.
var reservedPaths = []string{"ho-so", "tim-kiem", "thong-ke", "du-lieu", "bo-suu-tap", "ky-yeu"}

// linkTerms resolves every term's now_part_of and formerly: names or keys
// of terms of another dimension, found by that dimension's Resolve. It
// makes the links two-way: a district that is now part of a commune is
// among that commune's Formerly.
func linkTerms(dims []*Dimension, errs *diag.List) {
	find := func(own *Dimension, s string) (TermRef, bool) {
		var found []TermRef
		for _, d := range dims {
			if d == own || d.Vocab == nil {
				continue
			}
			if t, ok := d.Vocab.Resolve(s); ok {
				found = append(found, TermRef{Dim: d.Key, Key: t.Key})
			}
		}
		if len(found) == 1 {
			return found[0], true
		}
		return TermRef{}, false
	}
	type link struct{ from, to TermRef }
	var links []link // old → new
	for _, d := range dims {
		if d.Vocab == nil {
			continue
		}
		for i := range d.Vocab.Terms {
			t := &d.Vocab.Terms[i]
			for _, s := range t.rawNow {
				if r, ok := find(d, s); ok {
					links = append(links, link{TermRef{d.Key, t.Key}, r})
				} else {
					errs.Add(&diag.Error{Path: FileName, Line: t.Line, Field: d.Key + ".now_part_of", Msg: i18n.DimLinkUnknown.T(s), Hint: i18n.DimLinkUnknownHint.T()})
				}
			}
			for _, s := range t.rawFormerly {
				if r, ok := find(d, s); ok {
					links = append(links, link{r, TermRef{d.Key, t.Key}})
				} else {
					errs.Add(&diag.Error{Path: FileName, Line: t.Line, Field: d.Key + ".formerly", Msg: i18n.DimLinkUnknown.T(s), Hint: i18n.DimLinkUnknownHint.T()})
				}
			}
			t.rawNow, t.rawFormerly = nil, nil
		}
	}
	term := func(r TermRef) *Term {
		for _, d := range dims {
			if d.Key == r.Dim {
				for i := range d.Vocab.Terms {
					if d.Vocab.Terms[i].Key == r.Key {
						return &d.Vocab.Terms[i]
					}
				}
			}
		}
		return nil
	}
	for _, l := range links {
		if from := term(l.from); !slices.Contains(from.NowPartOf, l.to) {
			from.NowPartOf = append(from.NowPartOf, l.to)
		}
		if to := term(l.to); !slices.Contains(to.Formerly, l.from) {
			to.Formerly = append(to.Formerly, l.from)
		}
	}
}

// TermRef names a term of a dimension.
type TermRef struct {
	Dim string // dimension key
	Key string // term key
}

// decodeHistory reads a term's since, until, now_part_of and formerly.
func decodeHistory(list string, item *yaml.Node, t *Term, errs *diag.List) {
	for i := 0; i+1 < len(item.Content); i += 2 {
		k, v := item.Content[i], item.Content[i+1]
		switch k.Value {
		case "since", "until":
			d, ok := parseDate(v.Value)
			if v.Kind != yaml.ScalarNode || !ok {
				errs.Add(&diag.Error{Path: FileName, Line: v.Line, Field: list + "." + k.Value, Msg: i18n.DimDate.T(v.Value), Hint: i18n.DimDateHint.T(k.Value)})
				continue
			}
			if k.Value == "since" {
				t.Since = d
			} else {
				t.Until = d
			}
		case "now_part_of", "formerly":
			var names []string
			switch v.Kind {
			case yaml.ScalarNode:
				names = []string{v.Value}
			case yaml.SequenceNode:
				for _, it := range v.Content {
					names = append(names, it.Value)
				}
			}
			for i := range names {
				names[i] = vntext.NFC(strings.TrimSpace(names[i]))
			}
			if k.Value == "now_part_of" {
				t.rawNow = append(t.rawNow, names...)
			} else {
				t.rawFormerly = append(t.rawFormerly, names...)
			}
		}
	}
	if !t.Since.IsZero() && !t.Until.IsZero() && t.Until.Before(t.Since) {
		errs.Add(&diag.Error{Path: FileName, Line: t.Line, Field: list + ".until", Msg: i18n.DimUntilBeforeSince.T(), Hint: i18n.DimUntilBeforeSinceHint.T()})
	}
}

func parseDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006"} {
		if d, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return d, true
		}
	}
	if y, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && y > 1000 && y < 3000 {
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}
