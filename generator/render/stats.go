package render

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/index"
)

// StatsPath is the URL of the statistics page.
const StatsPath = "/thong-ke/"

// StatsView is the statistics page (/thong-ke/): counts of profiles by
// district, year, category, kind and criterion, each as a chart and a
// table, and a district × year table.
//
// Charts are laid out here, at build time, in SVG user units, so the theme
// draws them with loops over precomputed numbers and the page needs no
// script and no inline style.
type StatsView struct {
	Total int // published profiles
	// Counts are the terms of the badge dimension (kinds) with their
	// profile counts, names in lower case.
	Counts []Link
	// Places counts the terms of the first place dimension that have
	// profiles; its Name is that dimension's name in lower case. Nil when
	// the site has no place dimension.
	Places *Link
	// FirstYear and LastYear span the profiles' years; 0 when there are
	// no profiles.
	FirstYear, LastYear int
	Charts              []*Chart   // the dimensions with stats, in their stats order
	Matrix              *Matrix    // first place dimension × year; nil without either
	Files               []DataFile // the open data, see data.go
	Columns             []DataColumn
}

// Chart is one dimension's counts as a horizontal bar chart.
type Chart struct {
	ID      string // fragment id of its section, e.g. "dia-ban"
	Heading string // "Địa bàn"
	Caption string // "Số hồ sơ theo địa bàn"
	URL     string // the dimension's index page
	Title   string // the chart's accessible name
	Note    string // shown under the heading, or ""
	Rows    []*Bar // in display order
	Total   int    // sum of the counts; above the profile total for criteria
	// Summed is false when a profile can count in several rows (criteria),
	// so a total row would mislead.
	Summed bool
	// Width and Height are the SVG viewBox, in user units; text is
	// FontSize units high.
	Width, Height, FontSize int
}

// Bar is one term in a chart: its link (URL "" when it has no profiles,
// since such terms have no list page), its share of all profiles, and its
// geometry.
type Bar struct {
	Link
	Label  string     // accessible name, e.g. "Chư Păh: 5 hồ sơ (14,3%)"
	Share  string     // "14,3%"
	Lines  []TextLine // the name, wrapped to the chart's width
	X, Y   int        // the bar's top left corner
	W, H   int        // W is 0 for a zero count
	CountX int        // where the count is written, on the baseline CountY
	CountY int
}

// TextLine is one line of SVG text at a baseline position.
type TextLine struct {
	X, Y   int
	Anchor string // "start" or "end"
	Text   string
}

// Matrix is the district × year table.
type Matrix struct {
	Years []Link      // column heads, oldest first; Count is the column total
	Rows  []MatrixRow // every district, in vocabulary order
	Total int
}

// MatrixRow is one district's counts per year.
type MatrixRow struct {
	Link         // the district; Count is the row total
	Cells []Cell // one per year, in Matrix.Years order
}

// Cell is one count of the matrix. Level, from 0 (none) to 4 (the
// largest count), selects its shading.
type Cell struct {
	Count int
	Level int
}

// Chart layout, in SVG user units. The viewBox is about as wide as a phone
// screen in CSS pixels, so FontSize units render near that many pixels
// there; the stylesheet caps the chart's width on larger screens.
const (
	chartWidth    = 400
	chartFont     = 16
	chartLine     = 20 // line height of a wrapped label
	chartBar      = 18 // bar thickness
	chartGap      = 12 // between rows
	chartCountW   = 48 // room right of the longest bar for its count
	chartWrap     = 44 // label runes per line; about chartWidth at chartFont
	chartShortMax = 12 // labels up to this many runes sit left of the bar
	chartRuneW    = 10 // generous width of one rune of a short label
)

// statsJobs returns the statistics page. Its key covers every count it
// shows: each term's name, URL and profile count, and each profile's
// district and year for the district × year table.
func (r *Renderer) statsJobs(h *hasher) []Job {
	ix := r.ix
	h.reset("stats")
	h.counts(ix)
	for _, d := range ix.Dims {
		for _, t := range d.Terms {
			h.str(t.Name)
			h.str(t.URL)
		}
	}
	h.int(len(ix.Profiles))
	place := r.placeDim()
	for _, p := range ix.Profiles {
		if place != nil {
			h.str(p.Value(place.Dimension))
		}
		h.int(p.Year)
	}
	return []Job{{Path: strings.TrimPrefix(StatsPath, "/") + "index.html", Key: h.sum(),
		page: func(r *Renderer) (*Page, error) { return r.stats() }}}
}

func (r *Renderer) stats() (*Page, error) {
	sv := r.statsView()
	desc := r.th.text(i18n.StatsDesc, siteNumber(sv.Total))
	return &Page{Kind: "stats", Title: r.th.text(i18n.WordStats), Description: desc, URL: StatsPath, Stats: sv,
		Crumbs: []Link{{Name: r.th.text(i18n.WordHome), URL: "/"}, {Name: r.th.text(i18n.WordStats), URL: StatsPath, Current: true}}}, nil
}

// statsView computes the page's numbers from the index.
func (r *Renderer) statsView() *StatsView {
	ix := r.ix
	sv := &StatsView{Total: len(ix.Profiles), Files: dataFiles(), Columns: r.dataColumns()}
	for _, d := range ix.Dims {
		if d.Badge && sv.Counts == nil {
			for _, t := range d.Terms {
				sv.Counts = append(sv.Counts, Link{Name: strings.ToLower(t.Name), URL: t.URL, Count: len(t.Profiles), Dim: d.Key})
			}
		}
		if d.Year && len(d.Terms) > 0 {
			// Year terms are newest first.
			sv.LastYear, _ = strconv.Atoi(d.Terms[0].Key)
			sv.FirstYear, _ = strconv.Atoi(d.Terms[len(d.Terms)-1].Key)
		}
	}
	if place := r.placeDim(); place != nil {
		sv.Places = &Link{Name: strings.ToLower(place.Name), URL: place.Path, Dim: place.Key}
		for _, t := range place.Terms {
			if len(t.Profiles) > 0 {
				sv.Places.Count++
			}
		}
	}
	for _, cd := range ix.Site.On(func(d *config.Dimension) int { return d.Stats }) {
		d := ix.Dims[cd.Index]
		c := r.chart(d, !d.Year, sv.Total)
		c.ID, c.Note, c.Summed = strings.Trim(d.Path, "/"), d.StatsNote, !d.Multiple
		if c.Note == "" && d.Multiple {
			c.Note = r.th.text(i18n.StatsNoteMultiple, strings.ToLower(d.Name))
		}
		sv.Charts = append(sv.Charts, c)
	}
	sv.Matrix = r.matrix()
	return sv
}

// chart lays out d's terms as bars. Years run oldest first, as the
// columns of the district × year table do, so the page reads time in one
// direction; other dimensions are sorted by count, largest first, ties in
// vocabulary order, so the thinnest terms are at the bottom.
func (r *Renderer) chart(d *index.Dimension, byCount bool, total int) *Chart {
	lower := strings.ToLower(d.Name)
	c := &Chart{Heading: d.Name, Caption: r.th.text(i18n.StatsCaption, lower), URL: d.Path,
		Title: r.th.text(i18n.StatsTitle, lower), Width: chartWidth, FontSize: chartFont}
	terms := slices.Clone(d.Terms)
	if byCount {
		slices.SortStableFunc(terms, func(a, b *index.Term) int { return cmp.Compare(len(b.Profiles), len(a.Profiles)) })
	} else if d.Year {
		slices.Reverse(terms) // year terms are newest first
	}
	most, longest := 0, 0
	for _, t := range terms {
		most = max(most, len(t.Profiles))
		longest = max(longest, utf8.RuneCountInString(t.Name))
		c.Total += len(t.Profiles)
	}
	// Short labels (years, kinds) sit right-aligned left of their bar;
	// long ones are wrapped above it, using the chart's full width.
	short := longest <= chartShortMax
	barX := 0
	if short {
		barX = longest*chartRuneW + 10
	}
	barMax := chartWidth - barX - chartCountW
	y := 0
	for _, t := range terms {
		n := len(t.Profiles)
		b := &Bar{Link: Link{Name: t.Name, Count: n}, Share: statShare(n, total)}
		if n > 0 {
			b.URL = t.URL
		}
		b.Label = r.th.text(i18n.StatsBarLabel, t.Name, siteNumber(n), b.Share)
		if short {
			b.Y = y + 2
			b.Lines = []TextLine{{X: barX - 8, Y: b.Y + chartBar - 4, Anchor: "end", Text: t.Name}}
		} else {
			for i, line := range wrapLabel(t.Name, chartWrap) {
				b.Lines = append(b.Lines, TextLine{X: 0, Y: y + chartFont + i*chartLine, Anchor: "start", Text: line})
			}
			b.Y = y + len(b.Lines)*chartLine + 3
		}
		b.X, b.H = barX, chartBar
		if most > 0 && n > 0 {
			b.W = max(2, (n*barMax+most/2)/most)
		}
		b.CountX = b.X + b.W + 6
		b.CountY = b.Y + chartBar - 4
		c.Rows = append(c.Rows, b)
		y = b.Y + chartBar + chartGap
	}
	c.Height = max(1, y-chartGap+4)
	return c
}

// matrix counts profiles per district and year. Every district of the
// vocabulary is a row, so districts without profiles show as zeros.
func (r *Renderer) matrix() *Matrix {
	ix := r.ix
	place, year := r.placeDim(), (*index.Dimension)(nil)
	if yd := ix.Site.YearDim(); yd != nil {
		year = ix.Dims[yd.Index]
	}
	if place == nil || year == nil {
		return nil
	}
	m := &Matrix{Total: len(ix.Profiles)}
	years := year.Terms
	col := map[int]int{}
	for i := range years {
		t := years[len(years)-1-i] // oldest first
		y, _ := strconv.Atoi(t.Key)
		col[y] = i
		m.Years = append(m.Years, Link{Name: t.Name, URL: t.URL, Count: len(t.Profiles)})
	}
	most := 0
	for _, d := range place.Terms {
		row := MatrixRow{Link: Link{Name: d.Name, Count: len(d.Profiles)}, Cells: make([]Cell, len(years))}
		if len(d.Profiles) > 0 {
			row.URL = d.URL
		}
		for _, p := range d.Profiles {
			row.Cells[col[p.Year]].Count++
		}
		for _, c := range row.Cells {
			most = max(most, c.Count)
		}
		m.Rows = append(m.Rows, row)
	}
	for _, row := range m.Rows {
		for i, c := range row.Cells {
			if c.Count > 0 {
				row.Cells[i].Level = (4*c.Count + most - 1) / most // 1..4
			}
		}
	}
	return m
}

// statShare formats n/total as a percentage, "14,3%" (i18n.Percent).
func statShare(n, total int) string {
	if total == 0 {
		return i18n.PercentIn(i18n.Vi, 0)
	}
	return i18n.PercentIn(i18n.Vi, float64(n)*100/float64(total))
}

// wrapLabel breaks s into lines of at most width runes at spaces; a longer word
// gets a line of its own.
func wrapLabel(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}

// placeDim returns the first place dimension (the district), or nil.
func (r *Renderer) placeDim() *index.Dimension {
	for _, d := range r.ix.Dims {
		if d.Place && !d.Multiple && d.Vocab != nil {
			return d
		}
	}
	return nil
}
