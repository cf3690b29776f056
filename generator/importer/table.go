package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// table is one sheet of a workbook, or a whole CSV file, as rows of text.
// Cells of a merged range all hold the range's value, so a district
// merged over three rows reads as that district on each of them.
type table struct {
	name string // sheet name; "" for a CSV file
	// rows[i] is row i+1 as a spreadsheet shows it (for CSV, record i+1:
	// a cell holding line breaks is still one row); NFC, trimmed.
	rows [][]string
	// date1904 tells that serial dates count from 1904 (old Mac Excel).
	date1904 bool
}

// rowNumber is the number the writer sees for rows[i] in Excel.
func (t *table) rowNumber(i int) int { return i + 1 }

// readXLSX reads every sheet of a workbook (or only the one named sheet)
// with raw cell values: numbers and dates come as Excel stores them, not
// as the cell's display format shows them, so a date is its serial number
// whatever the computer's regional settings were.
func readXLSX(r io.Reader, sheet string) ([]table, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, errors.New(i18n.ImportNotXLSX.T())
	}
	defer f.Close()
	props, _ := f.GetWorkbookProps()
	d1904 := props.Date1904 != nil && *props.Date1904
	var out []table
	names := f.GetSheetList()
	if sheet != "" {
		found := ""
		for _, n := range names {
			if vntext.Fold(n) == vntext.Fold(sheet) {
				found = n
			}
		}
		if found == "" {
			return nil, errors.New(i18n.ImportNoSheet.T(sheet, quoteList(names)))
		}
		names = []string{found}
	}
	for _, name := range names {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for i, row := range rows {
			for j, c := range row {
				rows[i][j] = clean(c)
			}
		}
		merges, err := f.GetMergeCells(name, true)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, m := range merges {
			c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
			c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
			if err1 != nil || err2 != nil || r1 > len(rows) {
				continue
			}
			v := cell(rows[r1-1], c1-1)
			r2 = min(r2, r1+maxMergeRows)
			for r := r1; r <= r2; r++ {
				for len(rows) < r {
					rows = append(rows, nil)
				}
				for c := c1; c <= c2 && c <= maxColumns; c++ {
					for len(rows[r-1]) < c {
						rows[r-1] = append(rows[r-1], "")
					}
					rows[r-1][c-1] = v
				}
			}
		}
		out = append(out, table{name: name, rows: rows, date1904: d1904})
	}
	return out, nil
}

// Limits on what a merged range may fill: a range over a whole column
// (A1:A1048576) must not make a million rows.
const (
	maxMergeRows = 10000
	maxColumns   = 200
)

// readCSV reads a CSV file as Excel on Vietnamese Windows saves it: UTF-8
// with or without a byte order mark, fields separated by commas or, where
// the list separator is a semicolon, by semicolons.
func readCSV(data []byte) ([]table, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, errors.New(i18n.ImportCSVNotUTF8.T())
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sniffComma(data)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	t := table{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, errors.New(i18n.ImportCSVBroken.T(pe.Line))
			}
			return nil, err
		}
		for j, c := range rec {
			rec[j] = clean(c)
		}
		t.rows = append(t.rows, rec)
	}
	return []table{t}, nil
}

// sniffComma picks the separator that occurs more often, outside quotes,
// in the first lines: a title line above the header may hold neither.
func sniffComma(data []byte) rune {
	semi, comma, lines := 0, 0, 0
	quoted := false
	for _, b := range data {
		if lines > 20 {
			break
		}
		switch {
		case b == '"':
			quoted = !quoted
		case quoted:
		case b == ';':
			semi++
		case b == ',':
			comma++
		case b == '\n':
			lines++
		}
	}
	if semi > comma {
		return ';'
	}
	return ','
}

// clean returns a cell's text in NFC with spaces trimmed and runs of
// spaces (not line breaks) kept as they are. A leading apostrophe, which
// spreadsheets use to mark a number typed as text, is dropped.
func clean(s string) string {
	s = strings.TrimSpace(vntext.NFC(strings.ReplaceAll(s, "\r\n", "\n")))
	s = strings.TrimPrefix(s, "'")
	return strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " "))
}

func cell(row []string, i int) string {
	if i < 0 || i >= len(row) {
		return ""
	}
	return row[i]
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "«" + n + "»"
	}
	return strings.Join(q, ", ")
}
