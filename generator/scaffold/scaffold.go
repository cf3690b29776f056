// Package scaffold writes new files for authors: a new profile with every
// front-matter field ready to fill in (`guongsang new`), and a new site
// (`guongsang init`).
package scaffold

import (
	"bytes"
	_ "embed"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"
	"unicode/utf8"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// NewProfile describes the profile `guongsang new` writes, and the draft
// `guongsang import` writes for one row of a sheet. Kind, Category,
// District and Criteria are resolved against the site's vocabularies, so
// keys, names and aliases all work. The optional fields are left as empty
// placeholders, ready to fill in, when they are zero.
type NewProfile struct {
	Title    string
	Kind     string // as typed; resolved against the vocabulary
	Category string
	District string
	Year     int

	Criteria     []string  // default: the first criterion of site.yaml
	Summary      string    // one or two sentences
	Date         time.Time // default: 1 January of Year
	Organization string
	Awards       []content.Award // default: one empty award to fill in
	// Body is the Markdown below the front matter; "" writes PlaceholderBody.
	Body string
	// Source, when set, is written as a comment at the top of the front
	// matter, saying where the draft came from.
	Source string
	// Terms holds the values of the site's other dimensions (those
	// declared in site.yaml besides kind, category, district, year and
	// criteria, such as an ethnic group), by dimension key, as typed;
	// each is resolved against its dimension's terms. A dimension keyed
	// kind, category, district or criteria takes its value from the field
	// of that name when the field is set, else from Terms.
	Terms map[string][]string
}

// PlaceholderBody is the body of a profile `guongsang new` writes. A body
// equal to it (ignoring surrounding space) holds nothing of the writer's.
const PlaceholderBody = content.PlaceholderBody

// IsPlaceholderBody reports whether body is empty or the untouched
// PlaceholderBody, so that it may be replaced without losing any writing.
func IsPlaceholderBody(body string) bool {
	b := strings.TrimSpace(body)
	return b == "" || b == strings.TrimSpace(PlaceholderBody)
}

var profileTmpl = template.Must(template.New("p").Funcs(template.FuncMap{"q": strconv.Quote}).Parse(`---
{{if .Source}}# {{.Source}}
{{end}}title: {{q .Title}}
{{.Dims}}summary: {{q .Summary}}{{if not .Summary}}               # một hai câu tóm tắt; để trống thì dùng đoạn đầu tiên{{end}}
date: {{.Date}}{{if .DateMadeUp}}          {{.DateNote}}{{end}}
author: ""
organization: {{q .Organization}}{{if not .Organization}}          # nơi công tác, hoặc đơn vị chủ quản của tập thể{{end}}
sort_name: ""             # để trống thì sắp xếp theo tiêu đề
photo: ""                 # tên tệp ảnh đặt cạnh tệp này, ví dụ chan-dung.jpg
photo_caption: ""
photo_credit: ""
awards:
{{- range .Awards}}
  - title: {{q .Title}}{{if not .Title}}             # ví dụ: Bằng khen của Chủ tịch UBND tỉnh{{end}}
    year: {{if .Year}}{{.Year}}{{else}}{{$.Year}}{{end}}
    issuer: {{q .Issuer}}
    decision: {{q .Decision}}{{if not .Decision}}          # ví dụ: Quyết định số 123/QĐ-UBND ngày 20/11/{{$.Year}}{{end}}
{{- end}}
featured: false
draft: true               # đổi thành false khi sẵn sàng đăng
slug: ""                  # để trống thì địa chỉ lấy từ tên tệp
---

{{.Body}}`))

// Draft resolves p's values against cfg's vocabularies and returns the
// profile's text and the slug its file is named by. Every problem is a
// *diag.Error, joined; nothing is written. It is safe for concurrent use.
func Draft(cfg *config.Site, p NewProfile) (text []byte, slug string, err error) {
	var errs diag.List
	res := func(field, val string, v *config.Vocabulary) config.Term {
		t, ok := v.Resolve(val)
		if !ok {
			hint := i18n.ScaffoldSeeList.T(v.List)
			if s, ok := v.Suggest(val); ok {
				hint = i18n.DidYouMeanTerm.T(s.Name, s.Key)
			}
			errs.Add(&diag.Error{Path: "--" + field, Msg: i18n.ScaffoldUnknown.T(val, v.List), Hint: hint})
		}
		return t
	}
	for _, k := range slices.Sorted(maps.Keys(p.Terms)) {
		if cfg.Dim(k) == nil {
			var keys []string
			for _, d := range cfg.Dims {
				keys = append(keys, d.Key)
			}
			errs.Add(&diag.Error{Path: "--set", Msg: i18n.FlagSetUnknown.T(k, strings.Join(keys, ", "))})
		}
	}
	var dims strings.Builder
	for _, d := range DimOrder(cfg) {
		if d.Year {
			if p.Year < 1945 || p.Year > 2100 {
				errs.Add(&diag.Error{Path: "--year", Msg: i18n.ScaffoldYear.T(), Hint: i18n.ScaffoldYearHint.T()})
			}
			dims.WriteString(d.Field + ": " + strconv.Itoa(p.Year) + "\n")
			continue
		}
		vals := p.Terms[d.Key]
		switch d.Key {
		case "kind", "category", "district":
			if s := map[string]string{"kind": p.Kind, "category": p.Category, "district": p.District}[d.Key]; s != "" {
				vals = []string{s}
			}
		case "criteria":
			if len(p.Criteria) > 0 {
				vals = p.Criteria
			}
		}
		var terms []config.Term
		for _, v := range vals {
			if v = strings.TrimSpace(v); v != "" {
				if t := res(d.Key, v, d.Vocab); t.Key != "" && !slices.ContainsFunc(terms, func(o config.Term) bool { return o.Key == t.Key }) {
					terms = append(terms, t)
				}
			}
		}
		if len(vals) == 0 && d.Required {
			if d.Multiple && len(d.Vocab.Terms) > 0 {
				terms = d.Vocab.Terms[:1] // a list needs one to show its form; the writer changes it
			} else {
				hint := ""
				if !slices.Contains([]string{"kind", "category", "district"}, d.Key) {
					hint = i18n.ScaffoldSetHint.T(d.Key)
				}
				errs.Add(&diag.Error{Path: "--" + d.Key, Msg: i18n.ScaffoldRequired.T(), Hint: hint})
			}
		}
		dimLines(&dims, d, terms)
	}
	slug = vntext.Slug(p.Title)
	if slug == "" {
		errs.Add(&diag.Error{Path: "title", Msg: i18n.ScaffoldTitle.T(), Hint: i18n.ScaffoldTitleHint.T()})
	}
	if _, err := errs.Split(); err != nil {
		return nil, "", err
	}
	date, madeUp := strconv.Itoa(p.Year)+"-01-01", true
	if !p.Date.IsZero() {
		madeUp = false
		date = p.Date.Format("2006-01-02")
	}
	awards := p.Awards
	if len(awards) == 0 {
		awards = []content.Award{{}}
	}
	body := p.Body
	if strings.TrimSpace(body) == "" {
		body = PlaceholderBody
	}
	var buf bytes.Buffer
	err = profileTmpl.Execute(&buf, map[string]any{
		"Title": vntext.NFC(p.Title), "Dims": dims.String(), "Year": strconv.Itoa(p.Year),
		"Summary": vntext.NFC(p.Summary), "Date": date, "DateMadeUp": madeUp, "DateNote": content.PlaceholderDateNote, "Organization": vntext.NFC(p.Organization), "Awards": awards,
		"Body": vntext.NFC(body), "Source": oneLine(p.Source),
	})
	if err != nil {
		return nil, "", err
	}
	return buf.Bytes(), slug, nil
}

// DimOrder returns the site's dimensions in the order `new` writes their
// fields, after the title: kind, category, district, the year and
// criteria, those of them the site has, then every other dimension in the
// order site.yaml declares them. The order depends on site.yaml only, so
// every new profile of a site lists its fields alike.
func DimOrder(cfg *config.Site) []*config.Dimension {
	rank := func(d *config.Dimension) int {
		if d.Year {
			return 3
		}
		if i := slices.Index([]string{"kind", "category", "district", "", "criteria"}, d.Key); i >= 0 {
			return i
		}
		return 5
	}
	out := slices.Clone(cfg.Dims)
	slices.SortStableFunc(out, func(a, b *config.Dimension) int { return rank(a) - rank(b) })
	return out
}

// dimLines writes the front-matter lines of the vocabulary dimension d
// with the terms t, with a comment naming the term (a single value) or
// saying what the list takes. The five dimensions of every site keep the
// lines `new` always wrote.
func dimLines(b *strings.Builder, d *config.Dimension, t []config.Term) {
	line := func(s, comment string) {
		pad := 26 - utf8.RuneCountInString(s)
		switch {
		case d.Key == "kind":
			pad = 12
		case (d.Key == "category" || d.Key == "district") && len(t) > 0 || pad < 3:
			pad = 3
		}
		if comment != "" {
			s += strings.Repeat(" ", pad) + "# " + comment
		}
		b.WriteString(s + "\n")
	}
	optional := ""
	if !d.Required {
		optional = i18n.ScaffoldOptional.T()
	}
	switch {
	case d.Multiple && len(t) == 0:
		line(d.Field+": []", i18n.ScaffoldDimList.T(d.Singular, optional))
	case d.Multiple:
		comment := i18n.ScaffoldDimList.T(d.Singular, optional)
		if d.Key == "criteria" {
			comment = "một hoặc nhiều tiêu chí trong site.yaml"
		}
		line(d.Field+":", comment)
		for _, x := range t {
			b.WriteString("  - " + x.Key + "\n")
		}
	case len(t) == 0:
		line(d.Field+`: ""`, i18n.ScaffoldDimOne.T(d.Singular, optional))
	default:
		line(d.Field+": "+t[0].Key, t[0].Name)
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Profile writes a new profile file under siteDir/content/ho-so/ and
// returns its path. It refuses to overwrite an existing file and checks
// every value against the site's vocabularies first.
func Profile(siteDir string, p NewProfile) (string, error) {
	cfg, _, err := config.Load(os.DirFS(siteDir))
	if err != nil {
		return "", err
	}
	text, slug, err := Draft(cfg, p)
	if err != nil {
		return "", err
	}
	rel := filepath.Join(content.Dir, "ho-so", slug+".md")
	dst := filepath.Join(siteDir, rel)
	if _, err := os.Stat(filepath.Join(siteDir, content.Dir, "ho-so", slug, "index.md")); err == nil {
		return "", errors.New(i18n.ScaffoldBundleExist.T(filepath.ToSlash(filepath.Join(content.Dir, "ho-so", slug))))
	}
	if err := CreateFile(dst, text); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", errors.New(i18n.ScaffoldExists.T(filepath.ToSlash(rel)))
		}
		return "", err
	}
	return rel, nil
}

// CreateFile writes data to a new file at name, creating its folder. The
// file appears whole or not at all: data goes to a temporary file beside
// it, which is then linked to name, and linking fails when name exists.
// So an existing file is never overwritten, even by another program that
// creates name at the same moment; the error then wraps fs.ErrExist.
// Where the file system cannot link (some network or FAT drives), the
// file is created with O_EXCL and written in place instead.
func CreateFile(name string, data []byte) error {
	dir := filepath.Dir(name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if _, err := os.Lstat(name); err == nil {
		return &fs.PathError{Op: "create", Path: name, Err: fs.ErrExist}
	}
	tmp, err := writeTemp(dir, data, 0o644)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	err = os.Link(tmp, name)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(name)
		return err
	}
	return f.Close()
}

// ReplaceFile replaces the existing file name with data, keeping its
// permissions. The file is whole at every moment: data goes to a
// temporary file beside it, synced, then renamed over it.
func ReplaceFile(name string, data []byte) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	tmp, err := writeTemp(filepath.Dir(name), data, info.Mode().Perm())
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	return os.Rename(tmp, name)
}

// writeTemp writes data, synced to disk, to a new hidden temporary file
// in dir (hidden, so the preview's watcher ignores it) with permissions
// perm, and returns its name.
func writeTemp(dir string, data []byte, perm fs.FileMode) (string, error) {
	tmp, err := os.CreateTemp(dir, ".guongsang-*.tmp")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if err1 := tmp.Close(); err == nil {
		err = err1
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), perm)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

//go:embed site.yaml
var siteYAML []byte

//go:embed example.md
var exampleMD []byte

// Site creates a new site in dir: site.yaml with Gia Lai's vocabularies
// and one example profile. dir must not exist or be empty.
func Site(dir string) error {
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return errors.New(i18n.ScaffoldNotEmpty.T(dir))
	}
	files := map[string][]byte{
		config.FileName: siteYAML,
		filepath.Join(content.Dir, "ho-so", "vi-du-guong-sang.md"): exampleMD,
		".gitignore": []byte("/public/\n/.cache/\n/.public.guongsang/\n"),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Names lists what Site writes, for messages.
func Names() []string {
	return []string{config.FileName, strings.Join([]string{content.Dir, "ho-so", "vi-du-guong-sang.md"}, "/")}
}
