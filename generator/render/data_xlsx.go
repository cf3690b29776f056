package render

import (
	"archive/zip"
	"bytes"
	"cmp"
	"compress/flate"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/internal/buildinfo"
)

// The open-data files beside ho-so.json and ho-so.csv, and the page that
// documents them all.
const (
	DataXLSXPath      = "/du-lieu/ho-so.xlsx"
	DataAwardsCSVPath = "/du-lieu/khen-thuong.csv"
	DataPath          = "/du-lieu/"
)

// Sheet names of ho-so.xlsx: like the column heads, a published
// contract (see dataHead), so not in the catalog.
const (
	xlsxProfilesSheet = "Hồ sơ"
	xlsxAwardsSheet   = "Khen thưởng"
)

// awardColumnList are the columns of khen-thuong.csv and of the awards
// sheet of ho-so.xlsx: one row per award, so a title holding "; " is one
// award, and each award keeps its issuer and decision.
var awardColumnList = []DataColumn{
	{"Tên", "title", siteText(i18n.DataColAwardName)},
	{"Địa chỉ trang", "url", siteText(i18n.DataColAwardURL)},
	{"Hình thức khen thưởng", "awards[].title", siteText(i18n.DataColAwardTitle)},
	{"Năm khen thưởng", "awards[].year", siteText(i18n.DataColAwardYear)},
	{"Cơ quan khen thưởng", "awards[].issuer", siteText(i18n.DataColAwardIssuer)},
	{"Quyết định", "awards[].decision", siteText(i18n.DataColAwardDecision)},
}

func awardColumns() []DataColumn { return awardColumnList }

// DataView is the /du-lieu/ page: what each open-data file holds and
// the columns of both tables.
type DataView struct {
	Total        int // published profiles
	Awards       int // their awards, one row each in the awards table
	Files        []DataFile
	Columns      []DataColumn // ho-so.csv, the profiles sheet, ho-so.json
	AwardColumns []DataColumn // khen-thuong.csv, the awards sheet
	// CollectionColumns describe bo-suu-tap.csv and bo-suu-tap.json; nil
	// when the site has no collections.
	CollectionColumns []DataColumn
}

func (r *Renderer) dataPage() (*Page, error) {
	dv := &DataView{Total: len(r.ix.Profiles), Files: append(dataFiles(), r.collectionFiles()...), Columns: r.dataColumns(), AwardColumns: awardColumns()}
	if len(r.ix.Collections) > 0 {
		dv.CollectionColumns = collectionColumns()
	}
	for _, p := range r.ix.Profiles {
		dv.Awards += len(p.Awards)
	}
	return &Page{Kind: "data", Title: r.th.text(i18n.WordOpenData), URL: DataPath, Data: dv,
		Description: r.th.text(i18n.DataDesc),
		Crumbs:      []Link{{Name: r.th.text(i18n.WordHome), URL: "/"}, {Name: r.th.text(i18n.WordOpenData), URL: DataPath, Current: true}}}, nil
}

// dataAwardsCSV writes khen-thuong.csv: one row per award, as ho-so.csv
// is written (UTF-8 with a byte order mark, CRLF, formula-safe cells).
func (r *Renderer) dataAwardsCSV() ([]byte, error) {
	rows := [][]string{columnHeads(awardColumnList)}
	for _, rec := range r.dataRecords() {
		for _, a := range rec.Awards {
			rows = append(rows, []string{rec.Title, rec.URL, a.Title, optYear(a.Year), a.Issuer, a.Decision})
		}
	}
	return writeCSV(rows, 0)
}

func optYear(y *int) string {
	if y == nil {
		return ""
	}
	return strconv.Itoa(*y)
}

func columnHeads(cols []DataColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.CSV
	}
	return out
}

// dataXLSX writes ho-so.xlsx: a sheet of profiles with ho-so.csv's
// columns and a sheet of awards with khen-thuong.csv's, each with a
// frozen bold header, column widths fitted to their text, years as
// numbers, dates as dates and the page address as a link.
//
// The file is the same bytes for the same site: the document's dates are
// the newest profile's, and the zip entries are written in name order
// with no timestamps (see sortedZip), whatever order excelize keeps them
// in.
func (r *Renderer) dataXLSX() ([]byte, error) {
	recs := r.dataRecords()
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return &sortedZip{w: w} })
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E8EEF4"}}})
	if err != nil {
		return nil, err
	}
	date, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptrTo("dd/mm/yyyy")})
	if err != nil {
		return nil, err
	}
	link, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Color: "1F5C99", Underline: "single"}})
	if err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", xlsxProfilesSheet); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(xlsxAwardsSheet); err != nil {
		return nil, err
	}

	// Rows are made as they are written (twice: once to fit the column
	// widths), not kept: 10,000 profiles' rows of boxed cells were tens of
	// megabytes at the build's peak.
	profileRow := func(rec *dataRecord, row []any) []any {
		var d any = ""
		if rec.Date != nil {
			t, _ := time.Parse("2006-01-02", *rec.Date)
			d = excelize.Cell{StyleID: date, Value: t}
		}
		var titles strings.Builder
		for i, a := range rec.Awards {
			if i > 0 {
				titles.WriteString("; ")
			}
			titles.WriteString(a.Title)
			if a.Year != nil {
				titles.WriteString(" (" + strconv.Itoa(*a.Year) + ")")
			}
		}
		featured := "Không"
		if rec.Featured {
			featured = "Có"
		}
		row = append(row[:0], xlsxText(rec.Title), hyperlink(rec.URL, link))
		for i := range rec.Dims {
			v := &rec.Dims[i]
			switch {
			case v.Fields[1] == "":
				row = append(row, v.Year)
			case v.Multi:
				row = append(row, strings.Join(v.Codes, "; "), xlsxText(strings.Join(v.Names, "; ")))
			default:
				row = append(row, v.first(v.Codes), v.first(v.Names))
			}
		}
		return append(row,
			xlsxText(rec.Summary), d, xlsxText(rec.Author), xlsxText(rec.Organization), xlsxText(titles.String()), featured, hyperlink(rec.Image, link))
	}
	profileRows := func(yield func([]any) bool) {
		var row []any
		for i := range recs {
			if row = profileRow(&recs[i], row); !yield(row) {
				return
			}
		}
	}
	awardRows := func(yield func([]any) bool) {
		row := make([]any, 0, len(awardColumnList))
		for i := range recs {
			rec := &recs[i]
			for _, a := range rec.Awards {
				var y any = ""
				if a.Year != nil {
					y = *a.Year
				}
				row = append(row[:0], xlsxText(rec.Title), hyperlink(rec.URL, link), xlsxText(a.Title), y, xlsxText(a.Issuer), xlsxText(a.Decision))
				if !yield(row) {
					return
				}
			}
		}
	}
	cols := r.dataColumns()
	// The document's dates: the newest profile's, as the feeds use, never
	// the build's.
	var newest time.Time
	for _, p := range r.ix.Profiles {
		if d := p.Date0(); d.After(newest) {
			newest = d
		}
	}
	stamp := "2000-01-01T00:00:00Z"
	if !newest.IsZero() {
		stamp = newest.UTC().Format("2006-01-02T15:04:05Z")
	}
	cache := workbookCache{dir: r.DataCache}
	if cache.dir != "" {
		cache.name = workbookKey(r.ix.Site.Title, stamp, [][]DataColumn{cols, awardColumnList}, profileRows, awardRows) + ".xlsx"
		if b, ok := cache.get(); ok {
			return b, nil
		}
	}
	// The summary column is wide.
	if err := writeSheet(f, xlsxProfilesSheet, cols, profileRows, head, map[int]float64{len(cols) - len(dataTail): 60}); err != nil {
		return nil, err
	}
	if err := writeSheet(f, xlsxAwardsSheet, awardColumnList, awardRows, head, nil); err != nil {
		return nil, err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: r.ix.Site.Title, Creator: "guongsang", LastModifiedBy: "guongsang",
		Language: "vi-VN", Created: stamp, Modified: stamp}); err != nil {
		return nil, err
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	cache.put(buf.Bytes())
	return buf.Bytes(), nil
}

// workbookVersion is everything besides the rows that decides the
// workbook's bytes: the layout written here (change the number when
// dataXLSX or writeSheet changes what they write), excelize, which writes
// the XML, and Go, whose compress/flate compresses it.
var workbookVersion = "guongsang-xlsx/1 " + runtime.Version() + " excelize@" + buildinfo.ModuleVersion("github.com/xuri/excelize/v2")

// workbookKey is a hash of everything ho-so.xlsx shows: the title, the
// document's date, the columns and every cell of every row, in order.
// Equal keys, equal workbooks.
func workbookKey(title, stamp string, cols [][]DataColumn, sheets ...iter.Seq[[]any]) string {
	h := sha256.New()
	var b []byte
	str := func(tag byte, s string) {
		b = append(b[:0], tag)
		b = strconv.AppendInt(b, int64(len(s)), 10)
		b = append(b, ':')
		h.Write(b)
		io.WriteString(h, s)
	}
	str('v', workbookVersion)
	str('t', title)
	str('d', stamp)
	for _, cs := range cols {
		str('C', strconv.Itoa(len(cs)))
		for _, c := range cs {
			str('c', c.CSV)
		}
	}
	for _, rows := range sheets {
		str('S', "")
		for row := range rows {
			str('R', strconv.Itoa(len(row)))
			for _, v := range row {
				switch v := v.(type) {
				case string:
					str('s', v)
				case int:
					str('i', strconv.Itoa(v))
				case excelize.Cell:
					str('x', strconv.Itoa(v.StyleID))
					str('f', v.Formula)
					switch x := v.Value.(type) {
					case string:
						str('s', x)
					case time.Time:
						str('T', x.UTC().Format(time.RFC3339Nano))
					default:
						str('?', fmt.Sprintf("%T %v", x, x))
					}
				default:
					str('?', fmt.Sprintf("%T %v", v, v))
				}
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// workbookCache keeps finished workbooks in a folder between builds,
// named by workbookKey: writing 10,000 profiles' cells through excelize
// took ~0.75 s of CPU in every build, hashing the same cells ~0.05 s. A
// folder that cannot be read or written only costs the time.
type workbookCache struct {
	dir, name string
}

// zipEnd is the signature of a zip's end record; ours have no comment, so
// it starts 22 bytes before the end.
var zipEnd = []byte("PK\x05\x06")

// get returns the cached workbook, if the folder holds it whole.
func (c workbookCache) get() ([]byte, bool) {
	b, err := os.ReadFile(filepath.Join(c.dir, c.name))
	if err != nil || len(b) < 22 || !bytes.Equal(b[len(b)-22:len(b)-18], zipEnd) {
		return nil, false // missing, or cut short by a crash
	}
	return b, true
}

// put stores b, written aside and renamed, and removes workbooks not used
// for workbookMaxAge: one per change of the data, else.
func (c workbookCache) put(b []byte) {
	if c.dir == "" || os.MkdirAll(c.dir, 0o755) != nil {
		return
	}
	f, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(c.dir, c.name))
	}
	if err != nil {
		os.Remove(f.Name())
		return
	}
	ents, _ := os.ReadDir(c.dir)
	for _, e := range ents {
		if e.Name() == c.name {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > workbookMaxAge {
			os.Remove(filepath.Join(c.dir, e.Name()))
		}
	}
}

// workbookMaxAge is how long a workbook no build asked for stays in the
// cache folder: a branch built again within it finds its workbook.
const workbookMaxAge = 7 * 24 * time.Hour

// writeSheet streams one sheet: the header row in style head, frozen,
// then rows, which it goes through twice and which may reuse one slice.
// Column widths fit the longest text of each column, between 8 and 50
// characters; widths overrides some.
func writeSheet(f *excelize.File, sheet string, cols []DataColumn, rows iter.Seq[[]any], head int, widths map[int]float64) error {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	w := make([]int, len(cols))
	for i, c := range cols {
		w[i] = utf8.RuneCountInString(c.CSV) + 2
	}
	for row := range rows {
		for i, v := range row {
			n := 0
			switch v := v.(type) {
			case string:
				n = utf8.RuneCountInString(v)
			case excelize.Cell:
				if s, ok := v.Value.(string); ok {
					n = utf8.RuneCountInString(s)
				} else {
					n = 10
				}
			default:
				n = 6
			}
			w[i] = max(w[i], n+1)
		}
	}
	for i := range cols {
		width := float64(min(max(w[i], 8), 50))
		if o, ok := widths[i]; ok {
			width = o
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	hr := make([]any, len(cols))
	for i, c := range cols {
		hr[i] = excelize.Cell{StyleID: head, Value: c.CSV}
	}
	if err := sw.SetRow("A1", hr); err != nil {
		return err
	}
	i := 2
	for row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
		i++
	}
	return sw.Flush()
}

// hyperlink is a cell that shows u and opens it, or "" for no address.
// The address is the site's own, ASCII, but quotes are doubled anyway.
func hyperlink(u string, style int) any {
	if u == "" {
		return ""
	}
	q := strings.ReplaceAll(u, `"`, `""`)
	return excelize.Cell{StyleID: style, Value: u, Formula: `HYPERLINK("` + q + `","` + q + `")`}
}

// xlsxText keeps a text cell text: a spreadsheet never runs a cell typed
// as a string, but Excel 32,767 characters is the most a cell holds.
func xlsxText(s string) string {
	const maxCell = 32767
	if utf8.RuneCountInString(s) <= maxCell {
		return s
	}
	return string([]rune(s)[:maxCell])
}

func ptrTo[T any](v T) *T { return &v }

// sortedZip is an excelize.ZipWriter that writes the entries in a fixed
// order — [Content_Types].xml first, as Office does, then by name — and
// with no modification time, so equal workbooks are equal bytes.
//
// Entries are compressed as they are written, each into its own buffer,
// and only copied into the archive at Close: a sheet of 10,000 profiles
// is tens of megabytes of XML but a couple compressed. The bytes are
// those zip.Writer.Create would write (flate level 5, a data descriptor
// after each entry).
type sortedZip struct {
	w       io.Writer
	entries []*zipEntry
	open    *zipEntry // the entry being written
	fw      *flate.Writer
}

type zipEntry struct {
	name     string
	buf      bytes.Buffer // compressed
	crc      hash.Hash32
	size     uint64 // uncompressed
	finished bool
}

// entryWriter writes into the open entry.
type entryWriter struct {
	z *sortedZip
	e *zipEntry
}

func (w entryWriter) Write(p []byte) (int, error) {
	if w.z.open != w.e {
		return 0, fmt.Errorf("zip: %s written after the next entry was created", w.e.name)
	}
	w.e.crc.Write(p)
	w.e.size += uint64(len(p))
	return w.z.fw.Write(p)
}

// finish closes the open entry's compressor.
func (z *sortedZip) finish() error {
	if z.open == nil {
		return nil
	}
	err := z.fw.Close()
	z.open.finished = true
	z.open = nil
	return err
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	if err := z.finish(); err != nil {
		return nil, err
	}
	e := &zipEntry{name: name, crc: crc32.NewIEEE()}
	if z.fw == nil {
		fw, err := flate.NewWriter(&e.buf, 5)
		if err != nil {
			return nil, err
		}
		z.fw = fw
	} else {
		z.fw.Reset(&e.buf)
	}
	z.entries = append(z.entries, e)
	z.open = e
	return entryWriter{z, e}, nil
}

// AddFS adds every file of fsys, as zip.Writer.AddFS does.
func (z *sortedZip) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		w, err := z.Create(name)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
}

func (z *sortedZip) Close() error {
	if err := z.finish(); err != nil {
		return err
	}
	slices.SortStableFunc(z.entries, func(a, b *zipEntry) int {
		ac, bc := a.name == "[Content_Types].xml", b.name == "[Content_Types].xml"
		if ac != bc {
			if ac {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.name, b.name)
	})
	zw := zip.NewWriter(z.w)
	for _, e := range z.entries {
		// The header zip.Writer.Create makes for an ASCII name.
		fh := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Flags: 0x8, CreatorVersion: 20, ReaderVersion: 20,
			CRC32: e.crc.Sum32(), CompressedSize64: uint64(e.buf.Len()), UncompressedSize64: e.size}
		if valid, needs := utf8Name(e.name); valid && needs {
			fh.Flags |= 0x800
		}
		w, err := zw.CreateRaw(fh)
		if err != nil {
			return err
		}
		if _, err := w.Write(e.buf.Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}

// utf8Name reports whether name is valid UTF-8 and whether it needs the
// zip's UTF-8 flag, as zip.Writer.CreateHeader decides (archive/zip's
// detectUTF8: a rune outside printable ASCII, or \\ or ~).
func utf8Name(name string) (valid, needs bool) {
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		if r < 0x20 || r > 0x7d || r == 0x5c {
			if !utf8.ValidRune(r) || (r == utf8.RuneError && size == 1) {
				return false, false
			}
			needs = true
		}
	}
	return true, needs
}
