// Package editor changes profile files the way a person would, for the
// preview's form editor (`guongsang serve`, /_guongsang/soan/): it reads
// a profile's front matter into the values a form shows (Read), writes
// changed values back by replacing only the lines of the fields whose
// values changed (Patch), composes a new profile in the order `guongsang
// new` writes (Compose, through scaffold.Draft), and folds the names of
// uploaded files to safe ASCII (SafeName).
//
// Patch never re-serialises the front matter: it finds each changed
// field's lines through yaml.v3's node positions and replaces those lines,
// or the value's text inside its line, so the body, unknown fields,
// comments, quoting and the order of the fields the writer did not touch
// stay byte for byte. Only YAML front matter ("---") can be patched;
// TOML and JSON front matter are read-only here (ErrNotYAML).
//
// Every function is pure (bytes in, bytes out) and safe for concurrent
// use; writing files is the caller's.
package editor

import (
	"bytes"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/scaffold"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Award is one row of a profile's awards as the form shows it; Year is
// the text typed, so that a wrong year reaches the check as written.
type Award struct {
	Title    string `json:"title"`
	Year     string `json:"year"`
	Issuer   string `json:"issuer"`
	Decision string `json:"decision"`
}

// Values are a profile's front-matter fields as the form shows them.
// Dims holds the values of the site's dimensions (config.Site.Dims),
// whichever site.yaml declares, by front-matter field: a term's key when
// the file's value names a term (by key, name or alias), else the text as
// written; a year as written. A single-valued dimension has at most one
// value. Date holds the text as written.
type Values struct {
	Title        string              `json:"title"`
	Dims         map[string][]string `json:"dims"`
	Summary      string              `json:"summary"`
	Date         string              `json:"date"`
	Author       string              `json:"author"`
	Organization string              `json:"organization"`
	SortName     string              `json:"sort_name"`
	Photo        string              `json:"photo"`
	PhotoCaption string              `json:"photo_caption"`
	PhotoCredit  string              `json:"photo_credit"`
	Photos       []Photo             `json:"photos"`
	Awards       []Award             `json:"awards"`
	Featured     bool                `json:"featured"`
	Draft        bool                `json:"draft"`
	Slug         string              `json:"slug"`
}

// Photo is one of a profile's other photos (front matter `photos:`), as
// the media panel shows it: the file, relative to the profile's folder,
// its caption and its credit.
type Photo struct {
	File    string `json:"file"`
	Caption string `json:"caption"`
	Credit  string `json:"credit"`
}

// Dim returns the first value v has for the field, or "".
func (v *Values) Dim(field string) string {
	if x := v.Dims[field]; len(x) > 0 {
		return x[0]
	}
	return ""
}

// SetDim sets the values of the field; none removes it.
func (v *Values) SetDim(field string, vals ...string) {
	if v.Dims == nil {
		v.Dims = map[string][]string{}
	}
	v.Dims[field] = vals
}

// otherFields are the fields of every profile after its dimensions, in
// the order `guongsang new` writes them.
var otherFields = []string{"summary", "date", "author", "organization", "sort_name", "photo", "photo_caption",
	"photo_credit", "photos", "awards", "featured", "draft", "slug"}

// Fields lists the front-matter fields of a profile of the site cfg in
// the order `guongsang new` writes them: the title, the dimensions in
// scaffold.DimOrder, then the fields of every profile. Patch inserts a
// field that is missing after the nearest field before it in this order.
func Fields(cfg *config.Site) []string {
	out := []string{"title"}
	for _, d := range scaffold.DimOrder(cfg) {
		out = append(out, d.Field)
	}
	return append(out, otherFields...)
}

// dimOf returns the dimension whose front-matter field is field, or nil.
func dimOf(cfg *config.Site, field string) *config.Dimension {
	for _, d := range cfg.Dims {
		if d.Field == field {
			return d
		}
	}
	return nil
}

// ErrNotYAML is returned by Read and Patch for a profile whose front
// matter is not YAML between "---" lines (TOML, JSON, or none), which the
// editor does not change.
var ErrNotYAML = errors.New("front matter is not YAML")

// file is a profile split into the parts Patch works on.
type file struct {
	head  []byte   // everything up to and including the opening "---" line
	lines []string // the front matter's lines, each with its line ending
	tail  []byte   // the closing line
	body  []byte
	eol   string
	doc   *yaml.Node // the front matter's mapping
	keys  map[string]int
	order []string // Fields of the site
}

func split(src []byte) (*file, error) {
	if !norm.NFC.IsNormal(src) {
		src = norm.NFC.Bytes(src)
	}
	end, ok := content.BodyStart(src)
	if !ok {
		return nil, ErrNotYAML
	}
	f := &file{eol: "\n"}
	// The opening line: the first line that is not blank, after a BOM.
	off := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		off = 3
	}
	for {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return nil, ErrNotYAML
		}
		line := src[off : off+i+1]
		off += i + 1
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if string(bytes.TrimSpace(line)) != "---" {
			return nil, ErrNotYAML
		}
		if bytes.HasSuffix(line, []byte("\r\n")) {
			f.eol = "\r\n"
		}
		break
	}
	f.head = src[:off]
	// The closing line is the last line before end.
	closeStart := bytes.LastIndexByte(src[:end-1], '\n') + 1
	if closeStart < off {
		closeStart = off
	}
	f.tail = src[closeStart:end]
	f.body = src[end:]
	fm := src[off:closeStart]
	for len(fm) > 0 {
		i := bytes.IndexByte(fm, '\n')
		if i < 0 {
			f.lines = append(f.lines, string(fm))
			break
		}
		f.lines = append(f.lines, string(fm[:i+1]))
		fm = fm[i+1:]
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src[off:closeStart], &doc); err != nil {
		return nil, err
	}
	f.keys = map[string]int{}
	if len(doc.Content) == 0 {
		f.doc = &yaml.Node{Kind: yaml.MappingNode}
		return f, nil
	}
	if doc.Content[0].Kind != yaml.MappingNode {
		return nil, ErrNotYAML
	}
	f.doc = doc.Content[0]
	for i := 0; i+1 < len(f.doc.Content); i += 2 {
		if _, dup := f.keys[f.doc.Content[i].Value]; !dup {
			f.keys[f.doc.Content[i].Value] = i
		}
	}
	return f, nil
}

// value returns the value node of a top-level key, or nil.
func (f *file) value(key string) *yaml.Node {
	i, ok := f.keys[key]
	if !ok {
		return nil
	}
	return f.doc.Content[i+1]
}

// Read returns the values of the profile src as the form shows them,
// resolving vocabulary values against cfg, and its body with "\n" line
// endings and without the one blank line that usually follows the front
// matter. It fails with ErrNotYAML for front matter that is not YAML, or
// with yaml.v3's error for YAML it cannot read.
func Read(src []byte, cfg *config.Site) (Values, string, error) {
	f, err := split(src)
	if err != nil {
		return Values{}, "", err
	}
	v := f.values(cfg)
	body, _ := f.shownBody()
	return v, body, nil
}

func (f *file) shownBody() (body, sep string) {
	b := strings.ReplaceAll(string(f.body), "\r\n", "\n")
	if strings.HasPrefix(b, "\n") {
		return b[1:], "\n"
	}
	return b, ""
}

func (f *file) values(cfg *config.Site) Values {
	str := func(key string) string {
		n := f.value(key)
		if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			return ""
		}
		return n.Value
	}
	v := Values{
		Title: str("title"), Summary: str("summary"), Date: str("date"),
		Author: str("author"), Organization: str("organization"), SortName: str("sort_name"), Photo: str("photo"),
		PhotoCaption: str("photo_caption"), PhotoCredit: str("photo_credit"), Slug: str("slug"),
		Featured: truth(str("featured")), Draft: truth(str("draft")), Dims: map[string][]string{},
	}
	for _, d := range cfg.Dims {
		var items []string
		n := f.value(d.Field)
		switch {
		case n == nil:
		case d.Year || !d.Multiple:
			if s := strings.TrimSpace(str(d.Field)); s != "" {
				items = []string{s}
			}
		case n.Kind == yaml.SequenceNode:
			for _, it := range n.Content {
				items = append(items, it.Value)
			}
		case n.Kind == yaml.ScalarNode && n.Tag != "!!null":
			items = strings.Split(n.Value, ",")
		}
		var vals []string
		for _, it := range items {
			it = strings.TrimSpace(it)
			if it == "" {
				continue
			}
			if d.Vocab != nil {
				if t, ok := d.Vocab.Resolve(it); ok {
					it = t.Key
				}
			}
			if !slices.Contains(vals, it) {
				vals = append(vals, it)
			}
		}
		if len(vals) > 0 {
			v.Dims[d.Field] = vals
		}
	}
	if n := f.value("photos"); n != nil && n.Kind == yaml.SequenceNode {
		for _, it := range n.Content {
			var ph Photo
			switch it.Kind {
			case yaml.ScalarNode:
				ph.File = it.Value
			case yaml.MappingNode:
				for j := 0; j+1 < len(it.Content); j += 2 {
					if c := it.Content[j+1]; c.Kind == yaml.ScalarNode && c.Tag != "!!null" {
						switch it.Content[j].Value {
						case "file":
							ph.File = c.Value
						case "caption":
							ph.Caption = c.Value
						case "credit":
							ph.Credit = c.Value
						}
					}
				}
			}
			if strings.TrimSpace(ph.File) != "" {
				v.Photos = append(v.Photos, ph)
			}
		}
	}
	if n := f.value("awards"); n != nil && n.Kind == yaml.SequenceNode {
		for _, it := range n.Content {
			a := awardOf(it)
			if strings.TrimSpace(a.Title+a.Issuer+a.Decision) == "" {
				continue // an unfilled placeholder, which the site ignores too
			}
			v.Awards = append(v.Awards, a)
		}
	}
	return v
}

// truth reads a boolean as content does: true, có, yes.
func truth(s string) bool {
	switch vntext.Fold(s) {
	case "true", "co", "yes":
		return true
	}
	return false
}

// get returns a field of v as the text Patch compares and writes, for the
// scalar fields.
func (v *Values) get(key string) string {
	switch key {
	case "title":
		return v.Title
	case "summary":
		return v.Summary
	case "date":
		return v.Date
	case "author":
		return v.Author
	case "organization":
		return v.Organization
	case "sort_name":
		return v.SortName
	case "photo":
		return v.Photo
	case "photo_caption":
		return v.PhotoCaption
	case "photo_credit":
		return v.PhotoCredit
	case "slug":
		return v.Slug
	case "featured":
		return strconv.FormatBool(v.Featured)
	case "draft":
		return strconv.FormatBool(v.Draft)
	}
	return ""
}

// clean trims every value and puts it in NFC, as content reads it.
func (v Values) clean() Values {
	t := func(s string) string { return vntext.NFC(strings.TrimSpace(s)) }
	out := v
	out.Title = t(v.Title)
	out.Summary, out.Date, out.Author, out.Organization = t(v.Summary), t(v.Date), t(v.Author), t(v.Organization)
	out.SortName, out.Photo, out.PhotoCaption, out.PhotoCredit, out.Slug = t(v.SortName), t(v.Photo), t(v.PhotoCaption), t(v.PhotoCredit), t(v.Slug)
	out.Dims = map[string][]string{}
	for k, vals := range v.Dims {
		var c []string
		for _, x := range vals {
			if x = t(x); x != "" && !slices.Contains(c, x) {
				c = append(c, x)
			}
		}
		if len(c) > 0 {
			out.Dims[k] = c
		}
	}
	out.Photos = nil
	for _, ph := range v.Photos {
		if ph = (Photo{File: t(ph.File), Caption: t(ph.Caption), Credit: t(ph.Credit)}); ph.File != "" {
			out.Photos = append(out.Photos, ph)
		}
	}
	out.Awards = nil
	for _, a := range v.Awards {
		a = Award{Title: t(a.Title), Year: t(a.Year), Issuer: t(a.Issuer), Decision: t(a.Decision)}
		if a.Title+a.Issuer+a.Decision != "" {
			out.Awards = append(out.Awards, a)
		}
	}
	return out
}

var (
	plainKey  = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	plainYear = regexp.MustCompile(`^[0-9]{1,4}$`)
	plainDate = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)
)

// scalarText is the YAML text of a scalar field's value; "" for a date
// that is not given (written as an empty value, which content reads as
// absent). key is the field, or "term" for a dimension's term and "year"
// for a year.
func scalarText(key, s string) string {
	switch key {
	case "term":
		if plainKey.MatchString(s) {
			return s
		}
	case "year":
		if plainYear.MatchString(s) {
			return s
		}
	case "date":
		if s == "" || plainDate.MatchString(s) {
			return s
		}
	case "featured", "draft":
		return s
	}
	return quote(s)
}

// quote writes s as a YAML double-quoted scalar. strconv.Quote's escapes
// are all YAML escapes, and it leaves Vietnamese letters as they are.
func quote(s string) string { return strconv.Quote(s) }

func itemText(s string) string {
	if plainKey.MatchString(s) {
		return s
	}
	return quote(s)
}

// edit replaces the front-matter lines [from, to) with lines; from == to
// inserts them before line from.
type edit struct {
	from, to int
	lines    []string
}

// Patch returns src with the front-matter fields whose values differ from
// v changed, and the body replaced when it differs from body (compared as
// Read returns it). Every other byte of src stays as it was: the lines of
// unchanged fields, unknown fields, comments, blank lines and the body
// when it is unchanged. A changed scalar is replaced inside its line, so
// a comment after it stays; a changed list is written again in the style
// it had (flow on one line, or one item per line with the same
// indentation); a missing field is inserted after the nearest field
// before it in Fields. Values are trimmed and put in NFC first. Patch
// fails with ErrNotYAML for front matter that is not YAML, or with
// yaml.v3's error for YAML it cannot read; it does not check values (see
// content.Loader.Check).
func Patch(src []byte, v Values, body string, cfg *config.Site) ([]byte, error) {
	f, err := split(src)
	if err != nil {
		return nil, err
	}
	old := f.values(cfg)
	old = old.clean()
	v = v.clean()
	f.order = Fields(cfg)
	var edits []edit
	for _, key := range f.order {
		var e *edit
		d := dimOf(cfg, key)
		switch {
		case d != nil && d.Multiple:
			if !slices.Equal(old.Dims[key], v.Dims[key]) {
				e = f.listEdit(key, v.Dims[key], nil)
			}
		case d != nil:
			if o, n := old.Dim(key), v.Dim(key); o != n {
				kind := "term"
				if d.Year {
					kind = "year"
				}
				e = f.scalarEdit(key, kind, n, cfg)
			}
		case key == "photos":
			if !slices.Equal(old.Photos, v.Photos) {
				e = f.photosEdit(v.Photos)
			}
		case key == "awards":
			if !slices.Equal(old.Awards, v.Awards) {
				var ok bool
				if e, ok = f.awardsEdit(v.Awards); !ok {
					e = f.listEdit(key, nil, v.Awards)
				}
			}
		default:
			if old.get(key) != v.get(key) {
				e = f.scalarEdit(key, key, v.get(key), cfg)
			}
		}
		if e != nil {
			edits = append(edits, *e)
		}
	}
	// Apply from the bottom up, so that line numbers above stay valid;
	// insertions at one place keep the order of Fields.
	// A replacement at a line goes before the insertions at that line,
	// which then land above the replaced lines.
	slices.SortStableFunc(edits, func(a, b edit) int {
		if a.from != b.from {
			return b.from - a.from
		}
		return min(b.to-b.from, 1) - min(a.to-a.from, 1)
	})
	for i := 0; i < len(edits); {
		j := i + 1
		var ins []string
		for j < len(edits) && edits[j].from == edits[i].from && edits[j].to == edits[j].from && edits[i].to == edits[i].from {
			j++
		}
		if j > i+1 {
			for k := i; k < j; k++ {
				ins = append(ins, edits[k].lines...)
			}
			f.lines = slices.Insert(f.lines, edits[i].from, ins...)
		} else {
			e := edits[i]
			f.lines = slices.Replace(f.lines, e.from, e.to, e.lines...)
		}
		i = j
	}
	shown, sep := f.shownBody()
	newBody := f.body
	if body = strings.ReplaceAll(body, "\r\n", "\n"); body != shown {
		if len(f.body) == 0 && sep == "" {
			sep = "\n"
		}
		newBody = []byte(strings.ReplaceAll(vntext.NFC(sep+body), "\n", f.eol))
	}
	out := make([]byte, 0, len(src)+256)
	out = append(out, f.head...)
	for _, l := range f.lines {
		out = append(out, l...)
	}
	if len(f.lines) > 0 && !strings.HasSuffix(f.lines[len(f.lines)-1], "\n") {
		out = append(out, f.eol...)
	}
	out = append(out, f.tail...)
	out = append(out, newBody...)
	return out, nil
}

// extent returns the lines [from, to) the top-level key at index i of the
// mapping spans: its own line to the line before the next key, without
// the blank lines and margin comments before that key.
func (f *file) extent(i int) (from, to int) {
	from = f.doc.Content[i].Line - 1
	to = len(f.lines)
	if i+2 < len(f.doc.Content) {
		to = f.doc.Content[i+2].Line - 1
	}
	for to-1 > from {
		l := strings.TrimRight(f.lines[to-1], "\r\n")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			to--
			continue
		}
		break
	}
	return from, to
}

// insertAt returns the line a missing field is inserted before: after
// the nearest field before it in Fields that the file has, else at the
// top.
func (f *file) insertAt(key string) int {
	at := 0
	for _, k := range f.order[:max(slices.Index(f.order, key), 0)] {
		if i, ok := f.keys[k]; ok {
			if _, to := f.extent(i); to > at {
				at = to
			}
		}
	}
	return at
}

func (f *file) scalarEdit(key, kind, val string, cfg *config.Site) *edit {
	text := scalarText(kind, val)
	i, ok := f.keys[key]
	if !ok {
		line := key + ":"
		if text != "" {
			line += " " + text
		}
		at := f.insertAt(key)
		return &edit{from: at, to: at, lines: []string{line + f.eol}}
	}
	k, n := f.doc.Content[i], f.doc.Content[i+1]
	from, to := f.extent(i)
	if n.Kind == yaml.ScalarNode && to == from+1 && (n.Line == k.Line || n.Tag == "!!null" && n.Line == k.Line) {
		line := f.lines[from]
		eol := lineEnd(line)
		line = line[:len(line)-len(eol)]
		start := byteCol(line, n.Column)
		end := start
		if n.Tag != "!!null" || n.Value != "" {
			end = valueEnd(line, start)
		}
		if end >= 0 {
			before, rest := line[:start], line[end:]
			if text == "" {
				before = strings.TrimRight(before, " ")
			} else if !strings.HasSuffix(before, " ") {
				before += " "
			}
			rest = renameComment(key, rest, f.values(cfg), val, cfg)
			return &edit{from: from, to: from + 1, lines: []string{before + text + rest + eol}}
		}
	}
	// A value over several lines, or one this cannot read: the field is
	// written again on one line.
	line := key + ":"
	if text != "" {
		line += " " + text
	}
	return &edit{from: from, to: to, lines: []string{line + f.eol}}
}

// renameComment keeps a comment that names a vocabulary term in step with
// the value: `district: pleiku   # Pleiku`, as `guongsang new` writes it.
func renameComment(key, rest string, old Values, val string, cfg *config.Site) string {
	d := dimOf(cfg, key)
	if d == nil || d.Vocab == nil {
		return rest
	}
	voc := d.Vocab
	t, ok := voc.Lookup(old.Dim(key))
	hash := strings.Index(rest, "#")
	if !ok || hash < 0 || strings.TrimSpace(rest[hash+1:]) != t.Name {
		return rest
	}
	name := ""
	if n, ok := voc.Lookup(val); ok {
		name = n.Name
	}
	if name == "" {
		return strings.TrimRight(rest[:hash], " ")
	}
	return rest[:hash+1] + strings.Replace(rest[hash+1:], t.Name, name, 1)
}

func (f *file) listEdit(key string, items []string, awards []Award) *edit {
	i, ok := f.keys[key]
	indent := "  "
	flow := false // a new list is written as `new` writes it: one item per line
	var from, to int
	var keyLine string
	if ok {
		n := f.doc.Content[i+1]
		from, to = f.extent(i)
		keyLine = f.lines[from]
		switch {
		case n.Kind == yaml.SequenceNode && n.Style&yaml.FlowStyle == 0 && len(n.Content) > 0:
			indent = leading(f.lines[n.Content[0].Line-1])
		case n.Kind == yaml.SequenceNode || n.Kind == yaml.ScalarNode && n.Tag != "!!null":
			flow = len(awards) == 0
		}
	} else {
		from = f.insertAt(key)
		to = from
	}
	var lines []string
	switch {
	case len(items) == 0 && len(awards) == 0:
		lines = []string{key + ": []" + f.eol}
	case flow:
		parts := make([]string, len(items))
		for j, s := range items {
			parts[j] = itemText(s)
		}
		text := "[" + strings.Join(parts, ", ") + "]"
		if ok && to == from+1 {
			n := f.doc.Content[i+1]
			line := f.lines[from]
			eol := lineEnd(line)
			line = line[:len(line)-len(eol)]
			start := byteCol(line, n.Column)
			if end := valueEnd(line, start); end >= 0 {
				return &edit{from: from, to: to, lines: []string{line[:start] + text + line[end:] + eol}}
			}
		}
		lines = []string{key + ": " + text + f.eol}
	default:
		head := key + ":" + f.eol
		if ok && f.doc.Content[i+1].Kind == yaml.SequenceNode && f.doc.Content[i+1].Style&yaml.FlowStyle == 0 && len(f.doc.Content[i+1].Content) > 0 {
			head = keyLine // "criteria:   # a comment" stays
		}
		lines = []string{head}
		for _, s := range items {
			lines = append(lines, indent+"- "+itemText(s)+f.eol)
		}
		for _, a := range awards {
			lines = append(lines, indent+"- title: "+quote(a.Title)+f.eol)
			if a.Year != "" {
				lines = append(lines, indent+"  year: "+scalarText("year", a.Year)+f.eol)
			}
			lines = append(lines, indent+"  issuer: "+quote(a.Issuer)+f.eol, indent+"  decision: "+quote(a.Decision)+f.eol)
		}
	}
	return &edit{from: from, to: to, lines: lines}
}

// photosEdit writes the photos list again, as `new` would write it: one
// item per photo, its caption and credit below when given.
func (f *file) photosEdit(photos []Photo) *edit {
	var from, to int
	if i, ok := f.keys["photos"]; ok {
		from, to = f.extent(i)
	} else {
		from = f.insertAt("photos")
		to = from
	}
	if len(photos) == 0 {
		return &edit{from: from, to: to, lines: []string{"photos: []" + f.eol}}
	}
	lines := []string{"photos:" + f.eol}
	for _, ph := range photos {
		lines = append(lines, "  - file: "+quote(ph.File)+f.eol)
		if ph.Caption != "" {
			lines = append(lines, "    caption: "+quote(ph.Caption)+f.eol)
		}
		if ph.Credit != "" {
			lines = append(lines, "    credit: "+quote(ph.Credit)+f.eol)
		}
	}
	return &edit{from: from, to: to, lines: lines}
}

func leading(line string) string {
	return line[:len(line)-len(strings.TrimLeft(line, " "))]
}

func lineEnd(line string) string {
	switch {
	case strings.HasSuffix(line, "\r\n"):
		return "\r\n"
	case strings.HasSuffix(line, "\n"):
		return "\n"
	}
	return ""
}

// byteCol returns the byte offset of yaml.v3's 1-based column, which
// counts characters.
func byteCol(line string, col int) int {
	off := 0
	for n := 1; n < col && off < len(line); n++ {
		_, size := utf8.DecodeRuneInString(line[off:])
		off += size
	}
	return off
}

// valueEnd returns the offset just past the value starting at start in
// line: a quoted scalar to its closing quote, a flow list or map to its
// closing bracket, a plain scalar to the comment or the end of the line,
// spaces trimmed; -1 when the value does not end on this line.
func valueEnd(line string, start int) int {
	if start >= len(line) {
		return start
	}
	switch line[start] {
	case '"':
		for i := start + 1; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return -1
	case '\'':
		for i := start + 1; i < len(line); i++ {
			if line[i] == '\'' {
				if i+1 < len(line) && line[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
		return -1
	case '[', '{':
		depth := 0
		quote := byte(0)
		for i := start; i < len(line); i++ {
			c := line[i]
			switch {
			case quote != 0:
				if c == '\\' && quote == '"' {
					i++
				} else if c == quote {
					quote = 0
				}
			case c == '"' || c == '\'':
				quote = c
			case c == '[' || c == '{':
				depth++
			case c == ']' || c == '}':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return -1
	case '|', '>':
		return -1
	}
	end := len(line)
	for i := start; i < len(line); i++ {
		if line[i] == '#' && i > start && (line[i-1] == ' ' || line[i-1] == '\t') {
			end = i
			break
		}
	}
	return start + len(strings.TrimRight(line[start:end], " \t"))
}

// NotYAMLMessage is the editor's message for ErrNotYAML.
func NotYAMLMessage() string { return i18n.EditNotYAML.T() }
