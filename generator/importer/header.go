package importer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// Field is what a column of a sheet holds, in the terms of a profile.
type Field string

// The fields a column can be mapped to. Their names are what --map takes.
const (
	Ignore       Field = "-"            // a column that is not imported
	STT          Field = "stt"          // the row's number in the list
	Title        Field = "title"        // name of the person or collective
	Kind         Field = "kind"         // cá nhân / tập thể
	Position     Field = "position"     // chức vụ: goes into organization
	Organization Field = "organization" // đơn vị công tác
	Commune      Field = "commune"      // xã/phường: goes into organization
	District     Field = "district"     // huyện/thị xã/thành phố
	Category     Field = "category"     // lĩnh vực
	Criteria     Field = "criteria"     // tiêu chí, separated by ; or ,
	Year         Field = "year"         // năm of the achievement
	Summary      Field = "summary"      // tóm tắt thành tích
	Achievement  Field = "body"         // thành tích: the body of the profile
	AwardTitle   Field = "award"        // hình thức khen thưởng
	AwardYear    Field = "award_year"   // năm khen thưởng
	AwardIssuer  Field = "issuer"       // cấp khen, cơ quan khen thưởng
	Decision     Field = "decision"     // số quyết định
	DecisionDate Field = "decision_date"
	Date         Field = "date" // ngày of the profile
	Author       Field = "author"
	SortName     Field = "sort_name"
)

// fieldDef is a field with the Vietnamese column heads (folded) that name
// it. kind is the kind a head implies: "Tên tập thể" names collectives.
type fieldDef struct {
	f        Field
	label    *i18n.Msg
	variants []string
	kind     string
	dim      *config.Dimension // a dimension declared in site.yaml; label is nil
}

// ownDims are the dimensions the importer reads through fields of its
// own (Kind, Category, District, Criteria, and Year for the year).
var ownDims = []string{"kind", "category", "district", "criteria"}

// dimDefs returns a fieldDef for each other dimension of the site (a
// commune, an ethnic group…): its Field is the dimension's front-matter
// field, and a column is its when the head is, folded, its name, its
// singular, its key or its field. A built-in field of the same name
// (Commune) is the dimension's: its heads name the dimension too.
func dimDefs(cfg *config.Site) []fieldDef {
	var out []fieldDef
	for _, d := range cfg.Dims {
		if d.Year || slices.Contains(ownDims, d.Key) {
			continue
		}
		var vs []string
		add := func(s string) {
			if f := vntext.Fold(s); f != "" && !slices.Contains(vs, f) {
				vs = append(vs, f)
			}
		}
		for _, s := range []string{d.Name, d.Singular, d.Key, d.Field} {
			add(s)
		}
		for _, b := range fieldDefs {
			if string(b.f) == d.Field || string(b.f) == d.Key {
				for _, v := range b.variants {
					add(v)
				}
			}
		}
		out = append(out, fieldDef{f: Field(d.Field), variants: vs, dim: d})
	}
	return out
}

// labelOf is label for the fields of dims too: a dimension's singular.
func labelOf(f Field, dims []fieldDef) string {
	for _, d := range dims {
		if d.f == f {
			return strings.ToLower(d.dim.Singular)
		}
	}
	return label(f)
}

var fieldDefs = []fieldDef{
	{STT, i18n.ImportFieldSTT, []string{"stt", "tt", "so tt", "so thu tu"}, "", nil},
	{Title, i18n.ImportFieldTitle, []string{"ten", "ten ca nhan tap the", "ho va ten ten tap the", "ho ten ten tap the",
		"ca nhan tap the", "ten ca nhan va tap the", "ho va ten ten don vi"}, "", nil},
	{Title, i18n.ImportFieldTitle, []string{"ho va ten", "ho ten", "ten ca nhan", "ho va ten ca nhan"}, "individual", nil},
	{Title, i18n.ImportFieldTitle, []string{"ten tap the", "ten don vi", "ten co quan don vi", "ten tap the don vi", "ten don vi tap the"}, "collective", nil},
	{Kind, i18n.ImportFieldKind, []string{"loai", "doi tuong", "loai doi tuong", "ca nhan hay tap the"}, "", nil},
	{Position, i18n.ImportFieldPosition, []string{"chuc vu", "chuc danh", "chuc vu chuc danh", "chuc vu don vi cong tac"}, "", nil},
	{Organization, i18n.ImportFieldOrganization, []string{"don vi", "don vi cong tac", "co quan", "co quan don vi", "noi cong tac",
		"co quan don vi cong tac", "don vi chu quan", "co quan cong tac"}, "", nil},
	{Commune, i18n.ImportFieldCommune, []string{"xa", "xa phuong", "xa phuong thi tran", "phuong xa", "xa thi tran"}, "", nil},
	{District, i18n.ImportFieldDistrict, []string{"huyen", "huyen thi xa thanh pho", "dia ban", "huyen thi xa", "huyen thi xa tp",
		"dia phuong", "huyen thi", "don vi hanh chinh"}, "", nil},
	{Category, i18n.ImportFieldCategory, []string{"linh vuc", "nganh", "linh vuc nganh", "nganh linh vuc", "linh vuc hoat dong"}, "", nil},
	{Criteria, i18n.ImportFieldCriteria, []string{"tieu chi", "tieu chi thi dua"}, "", nil},
	{Year, i18n.ImportFieldYear, []string{"nam", "nam thanh tich", "nam dat thanh tich"}, "", nil},
	{Summary, i18n.ImportFieldSummary, []string{"tom tat thanh tich", "tom tat", "thanh tich tom tat"}, "", nil},
	{Achievement, i18n.ImportFieldBody, []string{"thanh tich", "thanh tich dat duoc", "thanh tich noi bat", "noi dung thanh tich",
		"thanh tich chu yeu", "noi dung"}, "", nil},
	{AwardTitle, i18n.ImportFieldAward, []string{"hinh thuc khen thuong", "hinh thuc", "khen thuong", "danh hieu",
		"hinh thuc khen thuong de nghi", "muc khen"}, "", nil},
	{AwardYear, i18n.ImportFieldAwardYear, []string{"nam khen thuong", "nam duoc khen"}, "", nil},
	{AwardIssuer, i18n.ImportFieldIssuer, []string{"cap khen", "co quan khen thuong", "noi khen", "cap quyet dinh", "co quan quyet dinh",
		"nguoi ky", "cap khen thuong"}, "", nil},
	{Decision, i18n.ImportFieldDecision, []string{"so quyet dinh", "so qd", "quyet dinh", "quyet dinh so", "so ky hieu quyet dinh", "so hieu quyet dinh"}, "", nil},
	{DecisionDate, i18n.ImportFieldDecisionDate, []string{"ngay quyet dinh", "ngay qd", "ngay ky", "ngay ky quyet dinh", "ngay thang nam quyet dinh"}, "", nil},
	{Date, i18n.ImportFieldDate, []string{"ngay", "ngay dang"}, "", nil},
	{Author, i18n.ImportFieldAuthor, []string{"nguoi viet", "tac gia"}, "", nil},
	{SortName, i18n.ImportFieldSortName, []string{"ten sap xep"}, "", nil},
	{Ignore, i18n.ImportFieldIgnore, []string{"ghi chu", "ky nhan", "chu ky"}, "", nil},
}

// Fields lists every field --map takes with its description, in the
// order of fieldDefs, once each.
func Fields() []struct {
	Field Field
	Label string
} {
	var out []struct {
		Field Field
		Label string
	}
	seen := map[Field]bool{}
	for _, d := range fieldDefs {
		if !seen[d.f] {
			seen[d.f] = true
			out = append(out, struct {
				Field Field
				Label string
			}{d.f, d.label.T()})
		}
	}
	return out
}

func label(f Field) string {
	for _, d := range fieldDefs {
		if d.f == f {
			return d.label.T()
		}
	}
	return string(f)
}

var parens = regexp.MustCompile(`\([^)]*\)|\[[^]]*\]`)

// matchHead returns the field a column head names: its folded text is
// one of the field's variants, or is after dropping what is in
// parentheses ("Họ và tên (ghi đầy đủ)").
// The site's own dimensions (dims) come first.
func matchHead(head string, dims []fieldDef) (fieldDef, bool) {
	if head == "" {
		return fieldDef{}, false
	}
	for _, h := range []string{vntext.Fold(head), vntext.Fold(parens.ReplaceAllString(head, " "))} {
		for _, d := range slices.Concat(dims, fieldDefs) {
			for _, v := range d.variants {
				if h == v {
					return d, true
				}
			}
		}
	}
	return fieldDef{}, false
}

// parseField reads the field half of a --map: a field name, or a column
// head that names one ("Lĩnh vực").
func parseField(s string, dims []fieldDef) (Field, bool) {
	f := vntext.Fold(s)
	switch f {
	case "", "bo qua", "ignore", "khong":
		return Ignore, true
	}
	for _, d := range dims {
		if vntext.Fold(string(d.f)) == f || vntext.Fold(d.dim.Key) == f {
			return d.f, true
		}
	}
	for _, d := range fieldDefs {
		if vntext.Fold(string(d.f)) == f {
			return d.f, true
		}
	}
	if d, ok := matchHead(s, dims); ok {
		return d.f, true
	}
	return "", false
}

// column is one mapped column of a sheet.
type column struct {
	index int    // 0-based
	head  string // the header cell's text
	field Field
	kind  string // the kind its head implies, or ""
	byMap bool   // set by --map
}

// Letter returns the column's spreadsheet letter, "A" for the first.
func (c column) Letter() string { return letter(c.index) }

func letter(i int) string {
	s, _ := excelize.ColumnNumberToName(i + 1)
	return s
}

// mapping is how one table's columns are read.
type mapping struct {
	dims      []fieldDef // the site's other dimensions (dimDefs)
	headerRow int        // index into table.rows
	cols      []column
	unused    []column // columns with a head that maps to nothing
}

func (m *mapping) col(f Field) (column, bool) {
	for _, c := range m.cols {
		if c.field == f {
			return c, true
		}
	}
	return column{}, false
}

// headerSearch is how many rows from the top the header may be: annexes
// put a title block of a few lines above it.
const headerSearch = 30

// findHeader picks the header row: the first of the rows scoring most
// recognised column heads, at least two of them, one a name. It returns
// false when no row qualifies.
func findHeader(t *table, dims []fieldDef) (mapping, bool) {
	best, bestScore := -1, 1
	for i := 0; i < len(t.rows) && i < headerSearch; i++ {
		score, name := 0, false
		seen := map[Field]bool{}
		for _, c := range t.rows[i] {
			if d, ok := matchHead(c, dims); ok && !seen[d.f] {
				seen[d.f] = true
				score++
				name = name || d.f == Title
			}
		}
		if name && score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return mapping{dims: dims}, false
	}
	m := mapping{headerRow: best, dims: dims}
	seen := map[Field]bool{}
	for j, h := range t.rows[best] {
		if h == "" {
			continue
		}
		c := column{index: j, head: oneLine(h)}
		if d, ok := matchHead(h, dims); ok && (!seen[d.f] || d.f == Ignore) {
			seen[d.f] = true
			c.field, c.kind = d.f, d.kind
			m.cols = append(m.cols, c)
			continue
		}
		m.unused = append(m.unused, c)
	}
	return m, true
}

// override applies --map rules: "column=field", where column is a
// header's text (compared folded) or a column letter.
func (m *mapping) override(t *table, rules []string) error {
	for _, r := range rules {
		col, fld, ok := strings.Cut(r, "=")
		if !ok {
			return fmt.Errorf("%s", i18n.ImportMapSyntax.T(r))
		}
		f, ok := parseField(fld, m.dims)
		if !ok {
			names := fieldNames()
			for _, d := range m.dims {
				names += ", " + string(d.f)
			}
			return fmt.Errorf("%s", i18n.ImportMapField.T(fld, names))
		}
		idx := -1
		head := t.rows[m.headerRow]
		for j, h := range head {
			if h != "" && vntext.Fold(h) == vntext.Fold(col) {
				idx = j
				break
			}
		}
		if idx < 0 && isLetters(strings.TrimSpace(col)) {
			if n, err := excelize.ColumnNameToNumber(strings.TrimSpace(col)); err == nil {
				idx = n - 1
			}
		}
		if idx < 0 {
			continue // another sheet's column: checked by the caller
		}
		c := column{index: idx, head: oneLine(cell(head, idx)), field: f, byMap: true}
		// The column takes the field; any other column that had it loses it.
		var cols []column
		for _, o := range m.cols {
			if o.index != idx && (o.field != f || f == Ignore) {
				cols = append(cols, o)
			}
		}
		m.cols = append(cols, c)
		var unused []column
		for _, o := range m.unused {
			if o.index != idx {
				unused = append(unused, o)
			}
		}
		m.unused = unused
	}
	sortCols(m.cols)
	return nil
}

func sortCols(cs []column) {
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j].index < cs[j-1].index; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
}

func isLetters(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func fieldNames() string {
	var names []string
	for _, f := range Fields() {
		names = append(names, string(f.Field))
	}
	return strings.Join(names, ", ")
}
