package render

import (
	"bytes"
	"encoding/csv"
	"path"
	"strconv"
	"strings"

	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/index"
)

// The open-data files. Their names, the JSON keys and the CSV column
// heads are a published contract: people build spreadsheets and scripts on
// them, so change them only on purpose (TestDataColumns pins them).
const (
	DataJSONPath = "/du-lieu/ho-so.json"
	DataCSVPath  = "/du-lieu/ho-so.csv"
)

// DataColumn describes one field of the open data: its CSV column head,
// its JSON key, and what it holds.
type DataColumn struct {
	CSV  string
	JSON string
	Desc string
}

// dataHead and dataTail are the columns before and after the
// dimensions' columns (dimColumns).
//
// A column's head (like its JSON key, and the values "Có" and "Không")
// is a published contract: spreadsheets and scripts that read the files
// look columns up by it, so it stays the same whatever words a theme
// uses, and is not in the catalog. What a column holds is described in
// the catalog's words.
var dataHead = []DataColumn{
	{"Tên", "title", siteText(i18n.DataColTitle)},
	{"Địa chỉ trang", "url", siteText(i18n.DataColURL)},
}

var dataTail = []DataColumn{
	{"Tóm tắt", "summary", siteText(i18n.DataColSummary)},
	{"Ngày đăng", "date", siteText(i18n.DataColDate)},
	{"Người viết", "author", siteText(i18n.DataColAuthor)},
	{"Đơn vị", "organization", siteText(i18n.DataColOrg)},
	{"Khen thưởng", "awards", siteText(i18n.DataColAwards)},
	{"Tiêu biểu", "featured", siteText(i18n.DataColFeatured)},
	{"Ảnh", "image", siteText(i18n.DataColImage)},
}

// dataDim is a dimension of the open data with its columns.
type dataDim struct {
	*index.Dimension
	cols []DataColumn
}

// dimColumns returns the columns of d in the open data: its year, or
// its keys ("Mã lĩnh vực", category) and its names ("Lĩnh vực",
// category_name; criteria_names for a multi-valued one).
func dimColumns(d *index.Dimension) []DataColumn {
	lower := strings.ToLower(d.Singular)
	if d.Year {
		desc := d.DataCodeDesc
		if desc == "" {
			desc = siteText(i18n.DataColYear)
		}
		return []DataColumn{{d.Singular, d.Field, desc}}
	}
	code := DataColumn{"Mã " + lower, d.Field, siteText(i18n.DataColCode, lower)}
	name := DataColumn{d.Singular, d.Field + "_name", siteText(i18n.DataColName, lower)}
	if d.Multiple {
		code.Desc = siteText(i18n.DataColCodes, lower)
		name = DataColumn{d.Singular, d.Field + "_names", siteText(i18n.DataColNames, lower)}
	}
	if d.DataCodeDesc != "" {
		code.Desc = d.DataCodeDesc
	}
	if d.DataNameDesc != "" {
		name.Desc = d.DataNameDesc
	}
	return []DataColumn{code, name}
}

// dataColumns returns every column of ho-so.csv and ho-so.json, in order.
func (r *Renderer) dataColumns() []DataColumn {
	out := append([]DataColumn(nil), dataHead...)
	for _, d := range r.dataDims {
		out = append(out, d.cols...)
	}
	return append(out, dataTail...)
}

// DataFile is one open-data file as the statistics page lists it.
type DataFile struct {
	Name   string // file name, e.g. "ho-so.csv"
	URL    string
	Format string // "CSV"
	Desc   string
}

func dataFiles() []DataFile {
	return []DataFile{
		{Name: path.Base(DataXLSXPath), URL: DataXLSXPath, Format: "Excel",
			Desc: siteText(i18n.DataFileXLSX)},
		{Name: path.Base(DataCSVPath), URL: DataCSVPath, Format: "CSV",
			Desc: siteText(i18n.DataFileCSV)},
		{Name: path.Base(DataAwardsCSVPath), URL: DataAwardsCSVPath, Format: "CSV",
			Desc: siteText(i18n.DataFileAwardsCSV)},
		{Name: path.Base(DataJSONPath), URL: DataJSONPath, Format: "JSON",
			Desc: siteText(i18n.DataFileJSON)},
	}
}

// dataRecord is one profile in the open data. Every key is always present;
// missing text is "", a missing date or award year is null.
type dataRecord struct {
	Title string `json:"title"`
	URL   string `json:"url"`
	// Dims holds the values of the data dimensions (Renderer.dataDims),
	// in data order: their columns come between url and summary.
	Dims         []dataValue `json:"-"`
	Summary      string      `json:"summary"`
	Date         *string     `json:"date"`
	Author       string      `json:"author"`
	Organization string      `json:"organization"`
	Awards       []dataAward `json:"awards"`
	Featured     bool        `json:"featured"`
	Image        string      `json:"image"`
}

// dataValue is a profile's value for one dimension of the open data.
type dataValue struct {
	Year   int      // for a year dimension
	Multi  bool     // a multi-valued dimension: the lists are written
	Codes  []string // keys; [] rather than nil when there are none
	Names  []string
	Fields [2]string // JSON keys of the codes and names
}

type dataAward struct {
	Title    string `json:"title"`
	Year     *int   `json:"year"`
	Issuer   string `json:"issuer"`
	Decision string `json:"decision"`
}

// dataJobs returns the open-data files under /du-lieu/: every profile's
// metadata as JSON and as CSV, in list order. Both show every profile and
// the names of its terms, so their key covers all of them.
func (r *Renderer) dataJobs(h *hasher) []Job {
	key := func(kind string) uint64 {
		h.reset(kind)
		h.str(r.ix.Site.BaseURL)
		h.profiles(r.ix.Profiles)
		for _, d := range r.ix.Dims {
			for _, t := range d.Terms {
				h.str(t.Key)
				h.str(t.Name)
			}
		}
		return h.sum()
	}
	h.reset("data:page")
	h.int(len(r.ix.Profiles))
	for _, p := range r.ix.Profiles {
		h.int(len(p.Awards))
	}
	h.int(len(r.ix.Collections)) // whether it lists their files
	pageKey := h.sum()
	return append([]Job{
		{Path: strings.TrimPrefix(DataJSONPath, "/"), Key: key("data:json"), run: (*Renderer).dataJSON, long: true},
		{Path: strings.TrimPrefix(DataCSVPath, "/"), Key: key("data:csv"), run: (*Renderer).dataCSV, long: true},
		{Path: strings.TrimPrefix(DataAwardsCSVPath, "/"), Key: key("data:awards-csv"), run: (*Renderer).dataAwardsCSV, long: true},
		{Path: strings.TrimPrefix(DataXLSXPath, "/"), Key: key("data:xlsx"), run: (*Renderer).dataXLSX, long: true},
		{Path: strings.TrimPrefix(DataPath, "/") + "index.html", Key: pageKey, page: (*Renderer).dataPage},
	}, r.collectionDataJobs(h)...)
}

func (r *Renderer) dataRecords() []dataRecord {
	dims := r.dataDims
	out := make([]dataRecord, len(r.ix.Profiles))
	values := make([]dataValue, len(dims)*len(r.ix.Profiles))
	for i, p := range r.ix.Profiles {
		rec := dataRecord{Title: p.Title, URL: r.abs(p.URL), Dims: values[i*len(dims) : (i+1)*len(dims) : (i+1)*len(dims)],
			Summary: p.Summary, Author: p.Author, Organization: p.Organization,
			Awards: make([]dataAward, len(p.Awards)), Featured: p.Featured}
		n := 0
		for _, d := range dims {
			n += len(p.Values(d.Dimension.Dimension))
		}
		names := make([]string, 0, n) // every dimension's names, in one array
		for j, d := range dims {
			v := &rec.Dims[j]
			v.Fields[0] = d.cols[0].JSON
			if d.Year {
				v.Year = p.Year
				continue
			}
			v.Fields[1], v.Multi = d.cols[1].JSON, d.Multiple
			// The profile's keys are read-only and outlive the record.
			v.Codes = p.Values(d.Dimension.Dimension)
			if v.Codes == nil {
				v.Codes = noValues
			}
			start := len(names)
			for _, key := range v.Codes {
				names = append(names, r.termLink(d.Dimension, key).Name)
			}
			v.Names = names[start:len(names):len(names)]
		}
		if !p.Date.IsZero() {
			d := p.Date.Format("2006-01-02")
			rec.Date = &d
		}
		for j, a := range p.Awards {
			ar := dataAward{Title: a.Title, Issuer: a.Issuer, Decision: a.Decision}
			if a.Year != 0 {
				ar.Year = &a.Year
			}
			rec.Awards[j] = ar
		}
		if p.Photo != nil {
			rec.Image = r.abs(p.Photo.URL)
		}
		out[i] = rec
	}
	return out
}

// dataJSON writes a JSON array with one profile per line, so the file
// stays small and diffs between builds stay readable. Each line is what
// encoding/json writes for the dataRecord (TestJSONWriters).
func (r *Renderer) dataJSON() ([]byte, error) {
	recs := r.dataRecords()
	b := make([]byte, 0, dataSize(recs, 420))
	b = append(b, '[')
	for i := range recs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		b = recs[i].appendJSON(b)
	}
	b = append(b, "\n]\n"...)
	return b, nil
}

// appendJSON appends rec as encoding/json would marshal it.
func (rec *dataRecord) appendJSON(b []byte) []byte {
	o := openObject(b)
	o.str("title", rec.Title)
	o.str("url", rec.URL)
	for i := range rec.Dims {
		v := &rec.Dims[i]
		switch {
		case v.Fields[1] == "":
			o.int(v.Fields[0], v.Year)
		case v.Multi:
			o.strs(v.Fields[0], v.Codes)
			o.strs(v.Fields[1], v.Names)
		default:
			o.str(v.Fields[0], v.first(v.Codes))
			o.str(v.Fields[1], v.first(v.Names))
		}
	}
	o.str("summary", rec.Summary)
	o.key("date")
	if rec.Date == nil {
		o.b = append(o.b, "null"...)
	} else {
		o.b = appendJSONString(o.b, *rec.Date)
	}
	o.str("author", rec.Author)
	o.str("organization", rec.Organization)
	o.key("awards")
	if rec.Awards == nil {
		o.b = append(o.b, "null"...)
	} else {
		o.b = appendArray(o.b, len(rec.Awards), func(b []byte, i int) []byte {
			a := &rec.Awards[i]
			ao := openObject(b)
			ao.str("title", a.Title)
			ao.key("year")
			if a.Year == nil {
				ao.b = append(ao.b, "null"...)
			} else {
				ao.b = strconv.AppendInt(ao.b, int64(*a.Year), 10)
			}
			ao.str("issuer", a.Issuer)
			ao.str("decision", a.Decision)
			return ao.close()
		})
	}
	o.bool("featured", rec.Featured)
	o.str("image", rec.Image)
	return o.close()
}

// dataCSV writes ho-so.csv, one profile per row (see writeCSV). Lists
// are joined with "; "; khen-thuong.csv has the awards one per row.
func (r *Renderer) dataCSV() ([]byte, error) {
	recs := r.dataRecords()
	rows := make([][]string, 0, len(recs)+1)
	rows = append(rows, columnHeads(r.dataColumns()))
	for _, rec := range recs {
		date := ""
		if rec.Date != nil {
			date = *rec.Date
		}
		awards := make([]string, len(rec.Awards))
		for i, a := range rec.Awards {
			awards[i] = a.Title
			if a.Year != nil {
				awards[i] += " (" + strconv.Itoa(*a.Year) + ")"
			}
		}
		featured := "Không"
		if rec.Featured {
			featured = "Có"
		}
		row := []string{rec.Title, rec.URL}
		for i := range rec.Dims {
			v := &rec.Dims[i]
			if v.Fields[1] == "" {
				row = append(row, strconv.Itoa(v.Year))
				continue
			}
			row = append(row, strings.Join(v.Codes, "; "), strings.Join(v.Names, "; "))
		}
		rows = append(rows, append(row, rec.Summary, date, rec.Author, rec.Organization, strings.Join(awards, "; "), featured, rec.Image))
	}
	return writeCSV(rows, dataSize(recs, 120))
}

// writeCSV writes rows as RFC 4180 CSV (CRLF line ends) in UTF-8 with a
// byte order mark, which is what makes Excel show the diacritics instead
// of mojibake. Cells are neutralised against formula injection (see
// csvCell). size is a guess of the bytes, to grow the buffer once.
func writeCSV(rows [][]string, size int) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	for i, row := range rows {
		if i > 0 {
			for j := range row {
				row[j] = csvCell(row[j])
			}
		}
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// dataSize estimates the bytes recs take in a data file: their text plus
// perRecord for keys, names of terms and punctuation. The files are the
// largest a build writes (100 MB of JSON at 100,000 profiles); growing
// their buffer by doubling copied and page-faulted twice that.
func dataSize(recs []dataRecord, perRecord int) int {
	n := 0
	for i := range recs {
		rec := &recs[i]
		n += perRecord + len(rec.Title) + len(rec.URL) + len(rec.Summary) + len(rec.Author) + len(rec.Organization) + len(rec.Image) +
			0
		for _, v := range rec.Dims {
			for _, c := range v.Names {
				n += len(c) + 24
			}
		}
		for _, a := range rec.Awards {
			n += len(a.Title) + len(a.Issuer) + len(a.Decision) + 60
		}
	}
	return n
}

// csvCell neutralises a cell that a spreadsheet would run as a formula
// (OWASP "CSV injection"): one starting with =, +, -, @, tab or carriage
// return gets a leading apostrophe, which spreadsheets read as "text".
func csvCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// noValues is the keys of a dimension a profile has no value for: [] in
// JSON, not null.
var noValues = []string{}

// first returns l[0], or "".
func (v *dataValue) first(l []string) string {
	if len(l) > 0 {
		return l[0]
	}
	return ""
}
