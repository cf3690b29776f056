package content

import (
	"bytes"
	"errors"
	"hash/maphash"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/markdown"
	"github.com/guongsang/guongsang/generator/vntext"
)

// CollectionsDir is the folder of a site that holds collections, one
// Markdown file each; its files are not profiles (see IsSource).
const CollectionsDir = Dir + "/bo-suu-tap"

// CollectionsPath is the URL path collections live under.
const CollectionsPath = "/bo-suu-tap/"

// Collection is a curated, ordered list of profiles with an introduction:
// the exemplars honoured at a congress or in a campaign. Strings are NFC.
type Collection struct {
	Path        string // site-relative source file
	Slug        string // the file name without .md
	URL         string // "/bo-suu-tap/<slug>/"
	Title       string
	Description string
	Date        time.Time
	HTML        string // the rendered introduction
	// Profiles are its members: in the order of the file's profiles:
	// list, or, for a rule, in list order (the order of the profiles
	// given to LoadCollections).
	Profiles []*Profile
	// Hash fingerprints the source bytes; the members are in Profiles.
	Hash uint64
}

// IsCollection reports whether a site-relative path is a collection source
// file: a .md file directly in content/bo-suu-tap/, not hidden nor a
// backup.
func IsCollection(p string) bool {
	dir, name := path.Split(p)
	return dir == CollectionsDir+"/" && strings.HasSuffix(name, ".md") && !Ignored(name)
}

// LoadCollections reads every collection of the site and resolves its
// members among profiles, which must be the published profiles in list
// order (index.Index.Profiles); a listed profile found among drafts (the
// drafts left out, Set.Unpublished) is left out with a warning. The
// collections come newest first (by date, then slug). Every problem is in
// err, joined, with file and line.
func LoadCollections(fsys fs.FS, site *config.Site, profiles, drafts []*Profile) ([]*Collection, []*diag.Error, error) {
	ents, err := fs.ReadDir(fsys, CollectionsDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, &diag.Error{Path: CollectionsDir, Msg: i18n.ColCannotRead.T(i18n.Cause(err)), Err: err}
	}
	r := newResolver(site, profiles)
	r.drafts = newResolver(site, drafts)
	md := markdown.New(site.UnsafeHTML)
	var errs diag.List
	var out []*Collection
	for _, e := range ents {
		p := CollectionsDir + "/" + e.Name()
		if e.IsDir() || !IsCollection(p) {
			continue
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs.Add(&diag.Error{Path: p, Msg: i18n.ColCannotRead.T(i18n.Cause(err)), Err: err})
			continue
		}
		if c := r.parse(p, src, md, &errs); c != nil {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b *Collection) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	warnings, err := errs.Split()
	if err != nil {
		return nil, warnings, err
	}
	return out, warnings, nil
}

// resolver finds profiles by what a collection file names them with.
type resolver struct {
	site     *config.Site
	profiles []*Profile
	bySlug   map[string]*Profile
	slugs    []string
	drafts   *resolver // the unpublished drafts; nil in drafts itself
}

func newResolver(site *config.Site, profiles []*Profile) *resolver {
	r := &resolver{site: site, profiles: profiles, bySlug: make(map[string]*Profile, len(profiles))}
	for _, p := range profiles {
		r.bySlug[p.Slug] = p
		r.slugs = append(r.slugs, p.Slug)
	}
	return r
}

// profile finds the profile s names: its slug ("nguyen-van-an"), its URL
// ("/ho-so/nguyen-van-an/"), or its source file ("content/ho-so/2020/
// nguyen-van-an.md", or without "content/" or ".md").
func (r *resolver) profile(s string) *Profile {
	s = strings.Trim(strings.TrimSpace(s), "/")
	if strings.HasPrefix(s, Dir+"/") {
		for _, p := range r.profiles {
			if p.Path == s || strings.TrimSuffix(p.Path, ".md") == s || strings.TrimSuffix(p.Path, "/index.md") == s {
				return p
			}
		}
	}
	s = strings.TrimSuffix(s, ".md")
	s = strings.TrimSuffix(s, "/index")
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	return r.bySlug[s]
}

func (r *resolver) parse(p string, src []byte, md *markdown.Converter, errs *diag.List) *Collection {
	src = norm.NFC.Bytes(bytes.TrimPrefix(src, bom))
	fm, body, ok := splitFrontMatter(src)
	if !ok {
		errs.Add(&diag.Error{Path: p, Line: 1, Msg: i18n.ColNoFrontMatter.T(), Hint: i18n.ColNoFrontMatterHint.T()})
		return nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(fm, &doc); err != nil {
		errs.Add(&diag.Error{Path: p, Line: 2, Msg: i18n.ColYAML.T(strings.TrimPrefix(err.Error(), "yaml: ")), Err: err})
		return nil
	}
	// Lines in fm count from the line after the opening "---".
	line := func(n *yaml.Node) int { return n.Line + 1 }
	fields := map[string][2]*yaml.Node{}
	if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode {
		m := doc.Content[0]
		for i := 0; i+1 < len(m.Content); i += 2 {
			fields[m.Content[i].Value] = [2]*yaml.Node{m.Content[i], m.Content[i+1]}
		}
	}
	name := strings.TrimSuffix(path.Base(p), ".md")
	c := &Collection{Path: p, Slug: vntext.Slug(name)}
	if c.Slug != name {
		errs.Add(&diag.Error{Path: p, Msg: i18n.ColSlug.T(path.Base(p)), Hint: i18n.ColSlugHint.T()})
	}
	c.URL = CollectionsPath + c.Slug + "/"
	text := func(field string) (string, int) {
		f, ok := fields[field]
		if !ok || f[1].Tag == "!!null" {
			return "", 1
		}
		if f[1].Kind != yaml.ScalarNode {
			errs.Add(&diag.Error{Path: p, Line: line(f[0]), Field: field, Msg: i18n.ColNotText.T(field)})
			return "", line(f[0])
		}
		return strings.TrimSpace(f[1].Value), line(f[0])
	}
	c.Title, _ = text("title")
	if c.Title == "" {
		errs.Add(&diag.Error{Path: p, Line: 1, Field: "title", Msg: i18n.ColTitleMissing.T(), Hint: i18n.ColTitleHint.T()})
	}
	c.Description, _ = text("description")
	if d, ln := text("date"); d == "" {
		errs.Add(&diag.Error{Path: p, Line: ln, Field: "date", Msg: i18n.ColDateMissing.T(), Hint: i18n.ColDateHint.T()})
	} else if t, err := time.Parse("2006-01-02", d); err != nil {
		errs.Add(&diag.Error{Path: p, Line: ln, Field: "date", Msg: i18n.ColDateBad.T(d), Hint: i18n.ColDateHint.T()})
	} else {
		c.Date = t
	}
	list, hasList := fields["profiles"]
	rule, hasRule := fields["rule"]
	switch {
	case hasList && hasRule:
		errs.Add(&diag.Error{Path: p, Line: line(rule[0]), Field: "rule", Msg: i18n.ColBoth.T(), Hint: i18n.ColBothHint.T()})
	case hasList:
		c.Profiles = r.list(p, list[0], list[1], errs)
	case hasRule:
		c.Profiles = r.rule(p, rule[0], rule[1], errs)
	default:
		errs.Add(&diag.Error{Path: p, Line: 1, Msg: i18n.ColNeither.T(), Hint: i18n.ColNeitherHint.T()})
	}
	res, err := md.Convert(body)
	if err != nil {
		errs.Add(&diag.Error{Path: p, Msg: err.Error(), Err: err})
	}
	c.HTML = res.HTML
	c.Hash = maphash.Bytes(seed, src)
	return c
}

// list resolves a profiles: list.
func (r *resolver) list(p string, key, v *yaml.Node, errs *diag.List) []*Profile {
	if v.Kind != yaml.SequenceNode {
		errs.Add(&diag.Error{Path: p, Line: key.Line + 1, Field: "profiles", Msg: i18n.ColProfilesList.T(), Hint: i18n.ColUnknownHint.T()})
		return nil
	}
	if len(v.Content) == 0 {
		errs.Add(&diag.Error{Path: p, Line: key.Line + 1, Field: "profiles", Msg: i18n.ColProfilesEmpty.T(), Hint: i18n.ColUnknownHint.T()})
	}
	var out []*Profile
	seen := map[*Profile]int{}
	for _, it := range v.Content {
		ln := it.Line + 1
		if it.Kind != yaml.ScalarNode {
			errs.Add(&diag.Error{Path: p, Line: ln, Field: "profiles", Msg: i18n.ColProfilesList.T(), Hint: i18n.ColUnknownHint.T()})
			continue
		}
		prof := r.profile(it.Value)
		if prof == nil && r.drafts != nil {
			if d := r.drafts.profile(it.Value); d != nil {
				errs.Add(&diag.Error{Path: p, Line: ln, Field: "profiles", Sev: diag.SevWarning, Msg: i18n.ColDraft.T(it.Value, d.Path), Hint: i18n.ColDraftHint.T()})
				continue
			}
		}
		if prof == nil {
			hint := i18n.ColUnknownHint.T()
			if i := vntext.Closest(it.Value, r.slugs); i >= 0 {
				hint = i18n.ColDidYouMean.T(r.slugs[i], r.bySlug[r.slugs[i]].Title)
			}
			errs.Add(&diag.Error{Path: p, Line: ln, Field: "profiles", Msg: i18n.ColUnknownProfile.T(it.Value), Hint: hint})
			continue
		}
		if first, ok := seen[prof]; ok {
			errs.Add(&diag.Error{Path: p, Line: ln, Field: "profiles", Msg: i18n.ColDuplicate.T(it.Value, first), Hint: i18n.ColDuplicateHint.T()})
			continue
		}
		seen[prof] = ln
		out = append(out, prof)
	}
	return out
}

// condition is one line of a rule: a profile matches when it has any of
// keys for dim.
type condition struct {
	dim  *config.Dimension
	keys []string
}

// rule resolves a rule: its conditions, one per dimension, all of which a
// profile must meet; a dimension given several values is met by any of
// them. Values resolve as in profiles (names, keys and aliases).
func (r *resolver) rule(p string, key, v *yaml.Node, errs *diag.List) []*Profile {
	if v.Kind != yaml.MappingNode || len(v.Content) == 0 {
		errs.Add(&diag.Error{Path: p, Line: key.Line + 1, Field: "rule", Msg: i18n.ColRuleMap.T(), Hint: i18n.ColNeitherHint.T()})
		return nil
	}
	bad := false
	var conds []condition
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		d := r.dim(k.Value)
		if d == nil {
			var names []string
			for _, d := range r.site.Dims {
				names = append(names, d.Key)
			}
			hint := i18n.ColRuleDimHint.T(strings.Join(names, ", "))
			if j := vntext.Closest(k.Value, names); j >= 0 {
				hint = i18n.DidYouMean.T(names[j]) + "; " + hint
			}
			errs.Add(&diag.Error{Path: p, Line: k.Line + 1, Field: "rule", Msg: i18n.ColRuleDim.T(k.Value), Hint: hint})
			bad = true
			continue
		}
		items := []*yaml.Node{val}
		if val.Kind == yaml.SequenceNode {
			items = val.Content
		}
		c := condition{dim: d}
		for _, it := range items {
			s := strings.TrimSpace(it.Value)
			if d.Year {
				if y, err := strconv.Atoi(s); err != nil || y <= 0 {
					errs.Add(&diag.Error{Path: p, Line: it.Line + 1, Field: "rule", Msg: i18n.ColRuleYear.T(s)})
					bad = true
				} else {
					c.keys = append(c.keys, strconv.Itoa(y))
				}
				continue
			}
			t, ok := d.Vocab.Resolve(s)
			if !ok {
				hint := i18n.ContentUseTerm.T(d.Vocab.List)
				if t, ok := d.Vocab.Suggest(s); ok {
					hint = i18n.DidYouMeanTerm.T(t.Name, t.Key)
				}
				errs.Add(&diag.Error{Path: p, Line: it.Line + 1, Field: "rule", Msg: i18n.ColRuleValue.T(s, strings.ToLower(d.Name)), Hint: hint})
				bad = true
				continue
			}
			c.keys = append(c.keys, t.Key)
		}
		conds = append(conds, c)
	}
	if bad {
		return nil
	}
	out := Match(r.profiles, conds)
	if len(out) == 0 {
		errs.Add(&diag.Error{Path: p, Line: key.Line + 1, Field: "rule", Sev: diag.SevWarning, Msg: i18n.ColRuleNone.T(), Hint: i18n.ColRuleNoneHint.T()})
	}
	return out
}

// Match returns, in their order, the profiles that meet every condition.
func Match(profiles []*Profile, conds []condition) []*Profile {
	var out []*Profile
	for _, p := range profiles {
		ok := true
		for _, c := range conds {
			vs := p.Values(c.dim)
			if !slices.ContainsFunc(c.keys, func(k string) bool { return slices.Contains(vs, k) }) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, p)
		}
	}
	return out
}

// dim finds a dimension by its key or its front-matter field.
func (r *resolver) dim(s string) *config.Dimension {
	if d := r.site.Dim(s); d != nil {
		return d
	}
	for _, d := range r.site.Dims {
		if d.Field == s {
			return d
		}
	}
	return nil
}

// splitFrontMatter splits src, which starts with a line "---", into the
// YAML between it and the next line "---", and the body after.
func splitFrontMatter(src []byte) (fm, body []byte, ok bool) {
	first, rest, found := bytes.Cut(src, []byte("\n"))
	if !found || string(bytes.TrimSpace(first)) != "---" {
		return nil, nil, false
	}
	off := 0
	for off < len(rest) {
		end := bytes.IndexByte(rest[off:], '\n')
		lineEnd := len(rest)
		if end >= 0 {
			lineEnd = off + end
		}
		if string(bytes.TrimSpace(rest[off:lineEnd])) == "---" {
			next := min(lineEnd+1, len(rest))
			return rest[:off], rest[next:], true
		}
		off = lineEnd + 1
	}
	return nil, nil, false
}
