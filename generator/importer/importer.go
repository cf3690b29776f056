// Package importer turns what an emulation board already has into draft
// profiles: the lists of honourees it keeps in spreadsheets (.xlsx, .csv),
// one draft per row, and the reports it receives in Word (.docx), as the
// Markdown body of a profile.
//
// Values are resolved as profiles resolve them (config.Vocabulary), and
// drafts are written by scaffold, the package `guongsang new` uses, so an
// imported draft is a profile like any other. Import never changes a file
// that exists: a row whose profile is already there is reported and
// skipped, so importing the same list twice writes nothing the second
// time.
package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/scaffold"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Options says what Sheets imports and where.
type Options struct {
	SiteDir string // the site folder (holds site.yaml and content/)
	File    string // the .xlsx or .csv file
	Sheet   string // only this sheet of a workbook; "" for every sheet
	// Map overrides the column mapping: "column=field", where column is
	// a header's text or a column letter, and field a Field name or a
	// header that names one ("-" ignores the column).
	Map    []string
	DryRun bool // decide everything, write nothing
	// Now is the time "next year" is counted from for the year check;
	// zero means time.Now.
	Now time.Time
}

// Sheet tells how one sheet (or a CSV file) was read.
type Sheet struct {
	Name      string // "" for a CSV file
	HeaderRow int    // the row number of the column heads; 0 when none was found
	Columns   []ColumnUse
	Unused    []ColumnUse // heads that map to no field
	Kind      string      // the kind the sheet's name or title speaks of, or ""
}

// ColumnUse is one column of a sheet and the field it was read as.
type ColumnUse struct {
	Letter string // "A" for the first column
	Head   string
	Field  Field
	Label  string // what the field is, in the current language
	ByMap  bool   // chosen by --map
}

// Draft is a profile written (or, with DryRun, that would be written) for
// one row.
type Draft struct {
	Sheet string
	Row   int
	Title string
	Path  string // site-relative, slash-separated
	Text  []byte
}

// Problem is a row that was not imported: a value that cannot be
// resolved, or a profile that already exists (Skipped).
type Problem struct {
	File   string
	Sheet  string // "" for a CSV file
	Row    int
	Column string // letter, "" when the problem is the whole row
	Head   string
	Value  string
	Msg    string
	Hint   string
	// Skipped is true when the row's profile exists already, in the site
	// or earlier in the file: nothing is wrong, nothing was written.
	Skipped bool
}

// Error formats p as the writer reads it: where, what, how to fix it.
func (p *Problem) Error() string {
	var where string
	switch {
	case p.Sheet != "" && p.Column != "":
		where = i18n.ImportAtSheetCol.T(p.File, p.Sheet, p.Row, p.Column, p.Head)
	case p.Sheet != "":
		where = i18n.ImportAtSheet.T(p.File, p.Sheet, p.Row)
	case p.Column != "":
		where = i18n.ImportAtCol.T(p.File, p.Row, p.Column, p.Head)
	default:
		where = i18n.ImportAt.T(p.File, p.Row)
	}
	s := where + ": " + p.Msg
	if p.Hint != "" {
		s += "; " + p.Hint
	}
	return s
}

// Result is what Sheets did.
type Result struct {
	Sheets   []Sheet
	Written  []Draft   // in the file's order
	Skipped  []Problem // rows whose profile exists
	Problems []Problem // rows not imported because of a value
	Notes    []string  // sheets left out, and why
}

// Sheets reads the list in opts.File and writes one draft profile per row
// under content/ho-so/. It returns an error, and writes nothing, only when
// the file or site.yaml cannot be read or no sheet holds a list; a row
// that cannot be imported is a Problem in the result, and the other rows
// are imported. Files are created whole and never overwritten.
func Sheets(opts Options) (*Result, error) {
	cfg, _, err := config.Load(os.DirFS(opts.SiteDir))
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(opts.File)
	if err != nil {
		return nil, err
	}
	var tables []table
	switch strings.ToLower(filepath.Ext(opts.File)) {
	case ".xlsx", ".xlsm":
		tables, err = readXLSX(strings.NewReader(string(data)), opts.Sheet)
	case ".csv", ".txt":
		tables, err = readCSV(data)
	case ".xls":
		return nil, errors.New(i18n.ImportXLS.T(filepath.Base(opts.File)))
	default:
		return nil, errors.New(i18n.ImportUnknownFormat.T(filepath.Base(opts.File)))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(opts.File), err)
	}
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	ex, err := existingProfiles(opts.SiteDir, cfg)
	if err != nil {
		return nil, err
	}
	im := &run{opts: opts, cfg: cfg, file: filepath.Base(opts.File), next: now.Year() + 1, ex: ex,
		seenID: map[string]int{}, seenSlug: map[string]int{}}
	res := &Result{}
	found := false
	dims := dimDefs(cfg)
	for i := range tables {
		t := &tables[i]
		m, ok := findHeader(t, dims)
		if !ok {
			res.Sheets = append(res.Sheets, Sheet{Name: t.name})
			res.Notes = append(res.Notes, i18n.ImportSheetNoList.T(t.name))
			continue
		}
		if err := m.override(t, opts.Map); err != nil {
			return nil, err
		}
		found = true
		sh := im.sheet(t, &m, res)
		res.Sheets = append(res.Sheets, sh)
	}
	if !found {
		return nil, errors.New(i18n.ImportNoHeader.T(filepath.Base(opts.File), headerSearch))
	}
	return res, nil
}

// existing is what the site has already: profiles by identity and slug.
type existing struct {
	byID   map[string]string // identity → site-relative path
	bySlug map[string]string
	site   string
}

// identity is what makes two rows one honouree: the name, folded, the
// year and the district.
func identity(title string, year int, district string) string {
	return vntext.Fold(title) + "|" + strconv.Itoa(year) + "|" + district
}

// existingProfiles reads every profile of the site, drafts and broken
// ones included: a file that fails to check still has a name.
func existingProfiles(siteDir string, cfg *config.Site) (*existing, error) {
	fsys := os.DirFS(siteDir)
	ex := &existing{byID: map[string]string{}, bySlug: map[string]string{}, site: siteDir}
	paths, err := content.Sources(fsys)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	l := content.NewLoader(fsys, cfg, content.Options{Drafts: true})
	for i, r := range l.Files(paths) {
		if p := r.Profile; p != nil {
			if d := p.Value(cfg.Dim("district")); p.Title != "" && d != "" && p.Year != 0 {
				ex.byID[identity(p.Title, p.Year, d)] = paths[i]
			}
			if p.Slug != "" {
				ex.bySlug[p.Slug] = paths[i]
			}
		}
	}
	return ex, nil
}

// slugPath returns the profile that is, or would be, published at slug:
// a loaded profile, or a file named by it that did not load.
func (ex *existing) slugPath(slug string) (string, bool) {
	if p, ok := ex.bySlug[slug]; ok {
		return p, true
	}
	for _, rel := range []string{path.Join(content.Dir, "ho-so", slug+".md"), path.Join(content.Dir, "ho-so", slug, "index.md")} {
		if _, err := os.Lstat(filepath.Join(ex.site, filepath.FromSlash(rel))); err == nil {
			return rel, true
		}
	}
	return "", false
}

// run is one import's state: the rows seen so far, for duplicates.
type run struct {
	opts     Options
	cfg      *config.Site
	file     string
	next     int // the latest year accepted
	ex       *existing
	seenID   map[string]int // identity → index into Result.Written
	seenSlug map[string]int
}

func (im *run) sheet(t *table, m *mapping, res *Result) Sheet {
	sh := Sheet{Name: t.name, HeaderRow: t.rowNumber(m.headerRow)}
	for _, c := range m.cols {
		sh.Columns = append(sh.Columns, ColumnUse{Letter: c.Letter(), Head: c.head, Field: c.field, Label: labelOf(c.field, m.dims), ByMap: c.byMap})
	}
	for _, c := range m.unused {
		sh.Unused = append(sh.Unused, ColumnUse{Letter: c.Letter(), Head: c.head})
	}
	// The kind of the whole sheet: its title block, else its name.
	var title []string
	for _, row := range t.rows[:m.headerRow] {
		title = append(title, row...)
	}
	sh.Kind = kindIn(strings.Join(title, " "))
	if sh.Kind == "" {
		sh.Kind = kindIn(t.name)
	}
	titleCol, _ := m.col(Title)
	headKind := titleCol.kind
	problem := func(row int, c column, value, msg, hint string) {
		p := Problem{File: im.file, Sheet: t.name, Row: row, Value: value, Msg: msg, Hint: hint}
		if c.head != "" || c.index > 0 || c.field != "" {
			p.Column, p.Head = c.Letter(), c.head
		}
		res.Problems = append(res.Problems, p)
	}
	// A sheet without a column every profile needs: one problem, not one
	// per row.
	missing := false
	// A dimension is needed when site.yaml says it is required.
	needs := map[Field]bool{District: required(im.cfg.Dim("district")), Category: required(im.cfg.Dim("category"))}
	for _, d := range m.dims {
		needs[d.f] = d.dim.Required
	}
	for _, need := range append([]Field{District, Category}, dimFields(m.dims)...) {
		if _, ok := m.col(need); !ok && needs[need] {
			missing = true
			res.Problems = append(res.Problems, Problem{File: im.file, Sheet: t.name, Row: sh.HeaderRow,
				Msg: i18n.ImportNoColumn.T(labelOf(need, m.dims)), Hint: i18n.ImportNoColumnHint.T(string(need))})
		}
	}
	_, hasYear := m.col(Year)
	_, hasAwardYear := m.col(AwardYear)
	_, hasDecDate := m.col(DecisionDate)
	if !hasYear && !hasAwardYear && !hasDecDate {
		missing = true
		res.Problems = append(res.Problems, Problem{File: im.file, Sheet: t.name, Row: sh.HeaderRow,
			Msg: i18n.ImportNoColumn.T(label(Year)), Hint: i18n.ImportNoColumnHint.T(string(Year))})
	}
	if missing {
		return sh
	}
	section := ""
	for i := m.headerRow + 1; i < len(t.rows); i++ {
		row := t.rows[i]
		num := t.rowNumber(i)
		text, first, n, same := sectionText(row)
		if n == 0 || isNumberingRow(row) {
			continue
		}
		if same && (n > 1 || first != titleCol.index || kindIn(text) != "") {
			// A heading inside the list ("II. TẬP THỂ"), a lone number, or
			// a note under the table.
			if k := kindIn(text); k != "" {
				section = k
			}
			continue
		}
		get := func(f Field) (string, column) {
			c, ok := m.col(f)
			if !ok {
				return "", column{}
			}
			return cell(row, c.index), c
		}
		title, tc := get(Title)
		dist, dc := get(District)
		cat, cc := get(Category)
		if title == "" && dist == "" && cat == "" {
			continue // a footer: signatures, "Tổng cộng"
		}
		ok := true
		if title == "" {
			problem(num, tc, "", i18n.ImportEmptyCell.T(label(Title)), i18n.ImportEmptyTitleHint.T())
			ok = false
		}
		// Kind: a column, else the section, the sheet, the header.
		kind := ""
		if v, c := get(Kind); v != "" {
			if t, found := im.cfg.Kinds.Resolve(v); found {
				kind = t.Key
			} else if k := kindIn(v); k != "" {
				kind = k
			} else {
				problem(num, c, v, i18n.ImportNotKind.T(v), i18n.ImportNotKindHint.T())
				ok = false
			}
		}
		for _, k := range []string{section, sh.Kind, headKind} {
			if kind == "" {
				kind = k
			}
		}
		if kind == "" && ok {
			problem(num, column{}, "", i18n.ImportNoKind.T(), i18n.ImportNoKindHint.T())
			ok = false
		}
		resolve := func(v string, c column, voc *config.Vocabulary, f Field) string {
			if v == "" {
				if needs[f] || f == Criteria {
					problem(num, c, "", i18n.ImportEmptyCell.T(label(f)), i18n.ImportEmptyCellHint.T(label(f)))
					ok = false
				}
				return ""
			}
			if t, found := resolveTerm(voc, v, f == District); found {
				return t.Key
			}
			hint := i18n.ImportUnknownTermHint.T(voc.List)
			if t, found := suggest(voc, v); found {
				hint = i18n.ImportDidYouMean.T(t.Name, t.Key)
			}
			problem(num, c, v, i18n.ImportUnknownTerm.T(v, label(f), voc.List), hint)
			ok = false
			return ""
		}
		district := resolve(dist, dc, im.cfg.Districts, District)
		category := resolve(cat, cc, im.cfg.Categories, Category)
		var criteria []string
		if v, c := get(Criteria); v != "" {
			for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '\n' || r == ',' }) {
				if part = strings.TrimSpace(part); part != "" {
					if k := resolve(part, c, im.cfg.Criteria, Criteria); k != "" && !slices.Contains(criteria, k) {
						criteria = append(criteria, k)
					}
				}
			}
		}
		// The site's other dimensions, as site.yaml declares them.
		terms := map[string][]string{}
		for _, dd := range m.dims {
			d := dd.dim
			v, c := get(dd.f)
			if v == "" {
				if d.Required {
					l := labelOf(dd.f, m.dims)
					problem(num, c, "", i18n.ImportEmptyCell.T(l), i18n.ImportEmptyCellHint.T(l))
					ok = false
				}
				continue
			}
			parts := []string{v}
			if d.Multiple {
				parts = strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '\n' || r == ',' })
			}
			for _, part := range parts {
				if part = strings.TrimSpace(part); part == "" {
					continue
				}
				t, found := resolveTerm(d.Vocab, part, d.Place)
				if !found {
					hint := i18n.ImportDimTermHint.T(d.Key)
					if s, near := suggest(d.Vocab, part); near {
						hint = i18n.ImportDidYouMean.T(s.Name, s.Key)
					}
					problem(num, c, part, i18n.ImportDimTerm.T(part, strings.ToLower(d.Name), d.Key), hint)
					ok = false
					continue
				}
				if !slices.Contains(terms[d.Key], t.Key) {
					terms[d.Key] = append(terms[d.Key], t.Key)
				}
			}
		}
		date := func(f Field) time.Time {
			v, c := get(f)
			if v == "" {
				return time.Time{}
			}
			d, found := parseDate(v, t.date1904)
			if !found {
				problem(num, c, v, i18n.ImportNotDate.T(v), i18n.ImportNotDateHint.T())
				ok = false
			}
			return d
		}
		year := func(f Field) int {
			v, c := get(f)
			if v == "" {
				return 0
			}
			y, found := parseYear(v)
			if !found {
				problem(num, c, v, i18n.ImportNotYear.T(v), i18n.ImportNotYearHint.T())
				ok = false
				return 0
			}
			if y < 1945 || y > im.next {
				problem(num, c, v, i18n.ImportYearRange.T(y, im.next), i18n.ImportNotYearHint.T())
				ok = false
				return 0
			}
			return y
		}
		decDate := date(DecisionDate)
		pubDate := date(Date)
		awardYear := year(AwardYear)
		if awardYear == 0 && !decDate.IsZero() {
			awardYear = decDate.Year()
		}
		y := year(Year)
		if y == 0 {
			y = awardYear
		}
		if y == 0 && ok {
			_, yc := get(Year)
			problem(num, yc, "", i18n.ImportEmptyCell.T(label(Year)), i18n.ImportEmptyCellHint.T(label(Year)))
			ok = false
		}
		var awards []content.Award
		awTitle, awc := get(AwardTitle)
		issuer, _ := get(AwardIssuer)
		dec, _ := get(Decision)
		if awTitle != "" {
			awards = append(awards, content.Award{Title: oneLine(awTitle), Year: awardYear, Issuer: oneLine(issuer), Decision: decision(dec, decDate)})
		} else if dec != "" || issuer != "" {
			problem(num, awc, "", i18n.ImportEmptyCell.T(label(AwardTitle)), i18n.ImportNoAwardHint.T())
			ok = false
		}
		if !ok {
			continue
		}
		var org []string
		for _, f := range []Field{Position, Organization, Commune} {
			if v, _ := get(f); v != "" && !slices.Contains(org, oneLine(v)) {
				org = append(org, oneLine(v))
			}
		}
		summary, _ := get(Summary)
		body, _ := get(Achievement)
		np := scaffold.NewProfile{Title: oneLine(title), Kind: kind, Category: category, District: district, Year: y,
			Criteria: criteria, Summary: oneLine(summary), Date: pubDate, Organization: strings.Join(org, ", "), Awards: awards,
			Body: markdownText(body), Source: source(im.file, t.name, num), Terms: terms}
		im.write(t.name, num, np, res)
	}
	return sh
}

func required(d *config.Dimension) bool { return d != nil && d.Required }

func dimFields(dims []fieldDef) []Field {
	var out []Field
	for _, d := range dims {
		out = append(out, d.f)
	}
	return out
}

func source(file, sheet string, row int) string {
	if sheet == "" {
		return i18n.ImportSourceCSV.T(file, row)
	}
	return i18n.ImportSource.T(file, sheet, row)
}

// write checks a row's draft against what exists and writes it.
func (im *run) write(sheet string, row int, np scaffold.NewProfile, res *Result) {
	skip := func(msg, hint string) {
		res.Skipped = append(res.Skipped, Problem{File: im.file, Sheet: sheet, Row: row, Value: np.Title, Msg: msg, Hint: hint, Skipped: true})
	}
	id := identity(np.Title, np.Year, np.District)
	if p, ok := im.ex.byID[id]; ok {
		skip(i18n.ImportExists.T(p), i18n.ImportExistsHint.T())
		return
	}
	if j, ok := im.seenID[id]; ok {
		skip(i18n.ImportDuplicateRow.T(res.Written[j].Row), i18n.ImportDuplicateRowHint.T())
		return
	}
	text, slug, err := scaffold.Draft(im.cfg, np)
	if err != nil {
		res.Problems = append(res.Problems, Problem{File: im.file, Sheet: sheet, Row: row, Value: np.Title, Msg: err.Error()})
		return
	}
	if p, ok := im.ex.slugPath(slug); ok {
		skip(i18n.ImportSlugTaken.T(p, content.ProfilesPath+slug+"/"), i18n.ImportSlugTakenHint.T())
		return
	}
	if j, ok := im.seenSlug[slug]; ok {
		skip(i18n.ImportSlugTakenRow.T(res.Written[j].Row, content.ProfilesPath+slug+"/"), i18n.ImportSlugTakenHint.T())
		return
	}
	rel := path.Join(content.Dir, "ho-so", slug+".md")
	if !im.opts.DryRun {
		if err := scaffold.CreateFile(filepath.Join(im.opts.SiteDir, filepath.FromSlash(rel)), text); err != nil {
			if errors.Is(err, fs.ErrExist) {
				skip(i18n.ImportExists.T(rel), i18n.ImportExistsHint.T())
				return
			}
			res.Problems = append(res.Problems, Problem{File: im.file, Sheet: sheet, Row: row, Value: np.Title, Msg: i18n.ImportWriteFailed.T(rel, err)})
			return
		}
	}
	im.seenID[id] = len(res.Written)
	im.seenSlug[slug] = len(res.Written)
	res.Written = append(res.Written, Draft{Sheet: sheet, Row: row, Title: np.Title, Path: rel, Text: text})
}

// decision writes a decision the way profiles do: "Quyết định số
// 812/QĐ-UBND ngày 15/03/2020". It is the profile's text, in Vietnamese
// like the rest of the site's content, not a message.
func decision(num string, date time.Time) string {
	num = oneLine(num)
	f := vntext.Fold(num)
	switch {
	case num == "" && date.IsZero():
		return ""
	case num == "":
		return "Quyết định ngày " + date.Format("02/01/2006")
	case !strings.HasPrefix(f, "quyet dinh") && !strings.HasPrefix(f, "qd "):
		num = "Quyết định số " + num
	}
	if !date.IsZero() && !strings.Contains(vntext.Fold(num), "ngay") {
		num += " ngày " + date.Format("02/01/2006")
	}
	return num
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// markdownText turns a cell's text into Markdown paragraphs: each line a
// paragraph, lines starting with a dash, plus or bullet a list item.
func markdownText(s string) string {
	var b strings.Builder
	list := false
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		item := false
		for _, m := range []string{"- ", "+ ", "• ", "* ", "– "} {
			if rest, ok := strings.CutPrefix(line, m); ok {
				line, item = strings.TrimSpace(rest), true
				break
			}
		}
		if b.Len() > 0 && !(item && list) {
			b.WriteString("\n")
		}
		if item {
			b.WriteString("- ")
		}
		b.WriteString(line)
		b.WriteString("\n")
		list = item
	}
	return b.String()
}
