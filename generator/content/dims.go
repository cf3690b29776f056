package content

import (
	"strconv"
	"strings"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
)

// Values returns the keys of p's values for d (the year in digits for a
// year dimension), nil when it has none.
func (p *Profile) Values(d *config.Dimension) []string {
	if d == nil || d.Index >= len(p.Terms) {
		return nil
	}
	return p.Terms[d.Index]
}

// Value returns the key of p's first value for d, or "".
func (p *Profile) Value(d *config.Dimension) string {
	if v := p.Values(d); len(v) > 0 {
		return v[0]
	}
	return ""
}

// dims reads the value of every dimension of the site into prof.Terms,
// in declaration order, and prof.Year from the year dimension. All values
// share one backing array, so a profile costs two allocations here
// whatever the number of dimensions.
func (l *Loader) dims(p string, fm *node, prof *Profile,
	required func(field, example string) (*node, int, bool),
	resolve func(field string, v *node, line int, voc *config.Vocabulary) (string, bool),
	errs *diag.List) {
	dims := l.site.Dims
	all := make([]string, 0, len(dims)+2)
	ends := make([]int, len(dims))
	var lines []int // line of each single value, for the history check
	for i, d := range dims {
		var v *node
		var line int
		var ok bool
		if d.Required {
			v, line, ok = required(d.Field, example(d))
		} else {
			v, line, ok = fm.get(d.Field)
			ok = ok && v.kind != nullNode && !(v.kind == scalarNode && v.value == "")
		}
		switch {
		case !ok:
		case d.Year:
			if y := l.year(p, d.Field, v, line, errs); y != 0 {
				prof.Year = y
				all = append(all, strconv.Itoa(y))
			}
		case d.Multiple:
			all = l.list(p, d, v, line, all, resolve, errs)
		default:
			if k, ok := resolve(d.Field, v, line, d.Vocab); ok {
				all = append(all, k)
			}
		}
		ends[i] = len(all)
		lines = append(lines, line)
	}
	prof.Terms = make([][]string, len(dims))
	lo := 0
	for i, hi := range ends {
		if hi > lo {
			prof.Terms[i] = all[lo:hi:hi]
		}
		lo = hi
	}
	if prof.Year == 0 {
		return
	}
	// A place that did not exist in the profile's year is most likely a
	// slip: a 2026 profile filed under a district dissolved in 2025.
	for i, d := range dims {
		if d.Vocab == nil || d.Multiple {
			continue
		}
		for _, k := range prof.Terms[i] {
			t, _ := d.Vocab.Lookup(k)
			switch {
			case !t.Until.IsZero() && prof.Year > t.Until.Year():
				errs.Add(&diag.Error{Path: p, Line: lines[i], Field: d.Field, Sev: diag.SevWarning,
					Msg:  i18n.DimFormerTerm.T(t.Name, t.Until.Format("02/01/2006"), prof.Year),
					Hint: i18n.DimFormerTermHint.T(l.names(t.NowPartOf))})
			case !t.Since.IsZero() && prof.Year < t.Since.Year():
				errs.Add(&diag.Error{Path: p, Line: lines[i], Field: d.Field, Sev: diag.SevWarning,
					Msg:  i18n.DimNewTerm.T(t.Name, t.Since.Format("02/01/2006"), prof.Year),
					Hint: i18n.DimNewTermHint.T(l.names(t.Formerly))})
			}
		}
	}
}

// names lists the names of refs, "…" when there are none.
func (l *Loader) names(refs []config.TermRef) string {
	var out []string
	for _, r := range refs {
		if d := l.site.Dim(r.Dim); d != nil && d.Vocab != nil {
			if t, ok := d.Vocab.Lookup(r.Key); ok {
				out = append(out, t.Name)
			}
		}
	}
	if len(out) == 0 {
		return "…"
	}
	return strings.Join(out, ", ")
}

// list reads the values of a multi-valued dimension: a list, or one text
// with commas as people list things in Word (every item is checked, and a
// warning shows the list form).
func (l *Loader) list(p string, d *config.Dimension, v *node, line int, all []string,
	resolve func(field string, v *node, line int, voc *config.Vocabulary) (string, bool), errs *diag.List) []string {
	items := []*node{v}
	if v.kind == listNode {
		items = v.items
	} else if s, ok := v.value.(string); ok && strings.Contains(s, ",") {
		items = nil
		var keys []string
		for _, part := range strings.Split(s, ",") {
			if part = strings.TrimSpace(part); part != "" {
				items = append(items, &node{kind: scalarNode, value: part, line: line})
				keys = append(keys, part)
			}
		}
		errs.Add(&diag.Error{Path: p, Line: line, Field: d.Field, Sev: diag.SevWarning,
			Msg:  i18n.YAMLCommaList.T(d.Field, len(items)),
			Hint: i18n.YAMLCommaListHint.T(d.Field + ": [" + strings.Join(keys, ", ") + "]")})
	}
	if len(items) == 0 && d.Required {
		hint := i18n.DimListEmptyHint.T(strings.ToLower(d.Singular))
		if d.Key == "criteria" {
			hint = i18n.ContentCriteriaEmptyHint.T()
		}
		errs.Add(&diag.Error{Path: p, Line: line, Field: d.Field, Msg: i18n.ContentCriteriaEmpty.T(), Hint: hint})
	}
	start := len(all)
	for _, it := range items {
		ln := line
		if it.line > 0 {
			ln = it.line
		}
		if k, ok := resolve(d.Field, it, ln, d.Vocab); ok && !contains(all[start:], k) {
			all = append(all, k)
		}
	}
	return all
}

func contains(s []string, k string) bool {
	for _, x := range s {
		if x == k {
			return true
		}
	}
	return false
}

// example is a value to show in the hint of a missing field.
func example(d *config.Dimension) string {
	switch {
	case d.Year:
		return "2020"
	case d.Multiple:
		return "[" + exampleKey(d.Vocab) + "]"
	}
	return exampleKey(d.Vocab)
}

// MakeTerms builds a Profile's Terms from values by dimension key, for
// programs and tests that make profiles without loading files. Keys of
// dimensions the site does not have are ignored.
func MakeTerms(site *config.Site, values map[string][]string) [][]string {
	out := make([][]string, len(site.Dims))
	for _, d := range site.Dims {
		out[d.Index] = values[d.Key]
	}
	return out
}
