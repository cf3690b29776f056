package importer

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/vntext"
)

var yearRE = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)(?:\D|$)`)

// parseYear reads a year typed as a number, as text ("2020", "2020.0"),
// or inside words ("Năm 2020"). ok is false when there is no year.
func parseYear(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int(f)) {
		return int(f), true
	}
	if m := yearRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y, true
	}
	return 0, false
}

var (
	dmyRE  = regexp.MustCompile(`^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$`)
	ymdRE  = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$`)
	wordRE = regexp.MustCompile(`ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})`)
)

// parseDate reads a date as Excel stores it (a serial number of days,
// also when it was stored as text) or as a Vietnamese writer types it:
// 15/03/2020, 15-3-2020, 15.03.2020, 2020-03-15, "ngày 15 tháng 3 năm
// 2020". Day comes before month, as in Vietnam.
func parseDate(s string, date1904 bool) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		// Serial 1 is 1 January 1900; 73051 is 1 January 2100.
		if f < 1 || f > 73051 {
			return time.Time{}, false
		}
		t, err := excelize.ExcelDateToTime(f, date1904)
		if err != nil {
			return time.Time{}, false
		}
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
	}
	var d, m, y int
	if g := dmyRE.FindStringSubmatch(s); g != nil {
		d, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
		y, _ = strconv.Atoi(g[3])
	} else if g := ymdRE.FindStringSubmatch(s); g != nil {
		y, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
		d, _ = strconv.Atoi(g[3])
	} else if g := wordRE.FindStringSubmatch(vntext.Fold(s)); g != nil {
		d, _ = strconv.Atoi(g[1])
		m, _ = strconv.Atoi(g[2])
		y, _ = strconv.Atoi(g[3])
	} else {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false // 31/02
	}
	return t, true
}

// administrative words that annexes put before a place name. A district
// is looked up as written first, then without them.
var placePrefixes = []string{"thanh pho ", "thi xa ", "huyen ", "tp ", "tx ", "h ", "xa ", "phuong ", "thi tran ", "p "}

// resolveTerm resolves s in v as a profile's front matter does
// (config.Vocabulary.Resolve), then, for places, without an
// administrative prefix or with one: "Huyện Chư Păh" is Chư Păh even
// where site.yaml has no such alias, and "Ia Ly" is "Xã Ia Ly".
func resolveTerm(v *config.Vocabulary, s string, place bool) (config.Term, bool) {
	if t, ok := v.Resolve(s); ok {
		return t, true
	}
	if !place {
		return config.Term{}, false
	}
	f := vntext.Fold(s)
	for _, p := range placePrefixes {
		if rest, ok := strings.CutPrefix(f, p); ok {
			if t, ok := v.Resolve(rest); ok {
				return t, true
			}
		}
	}
	var found []config.Term
	for _, p := range placePrefixes[6:] {
		if t, ok := v.Resolve(p + f); ok {
			found = append(found, t)
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return config.Term{}, false
}

// suggest returns v's term nearest to s, trying s without an
// administrative prefix too.
func suggest(v *config.Vocabulary, s string) (config.Term, bool) {
	if t, ok := v.Suggest(s); ok {
		return t, true
	}
	f := vntext.Fold(s)
	for _, p := range placePrefixes {
		if rest, ok := strings.CutPrefix(f, p); ok {
			if t, ok := v.Suggest(rest); ok {
				return t, true
			}
		}
	}
	return config.Term{}, false
}

// kindIn returns the kind a title or section heading speaks of:
// "individual" for "… cá nhân …", "collective" for "… tập thể …", "" for
// neither or both.
func kindIn(s string) string {
	f := " " + vntext.Fold(s) + " "
	ind := strings.Contains(f, " ca nhan ")
	col := strings.Contains(f, " tap the ")
	switch {
	case ind && !col:
		return "individual"
	case col && !ind:
		return "collective"
	}
	return ""
}

var numberingRE = regexp.MustCompile(`^\(?\d{1,2}\)?$|^\(?[a-zA-Z]\)?$`)

// isNumberingRow reports whether a row is the "(1) (2) (3)" line that
// many annexes put under the header.
func isNumberingRow(row []string) bool {
	n := 0
	for _, c := range row {
		if c == "" {
			continue
		}
		if !numberingRE.MatchString(c) {
			return false
		}
		n++
	}
	return n >= 2
}

// sectionText looks at a row that may be a heading inside the list
// ("I. CÁ NHÂN", merged across the table): n is how many cells are
// filled, first the index of the first, and same tells that they all hold
// text, the same.
func sectionText(row []string) (text string, first, n int, same bool) {
	first, same = -1, true
	for i, c := range row {
		if c == "" {
			continue
		}
		if text != "" && c != text {
			same = false
		}
		if first < 0 {
			first, text = i, c
		}
		n++
	}
	return text, first, n, same
}
