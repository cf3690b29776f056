package editor

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// awardRow is one item of the file's awards list: its value as the form
// shows it, its node, and the lines [from, to) it spans, with the
// comments and blank lines up to the next item.
type awardRow struct {
	a           Award
	n           *yaml.Node
	from, to    int  // with the comments above it
	start       int  // its first own line
	placeholder bool // an unfilled row, as `new` writes it; not in Values
}

func awardOf(it *yaml.Node) Award {
	var a Award
	switch it.Kind {
	case yaml.ScalarNode:
		a.Title = it.Value
	case yaml.MappingNode:
		for j := 0; j+1 < len(it.Content); j += 2 {
			c := it.Content[j+1]
			if c.Kind != yaml.ScalarNode || c.Tag == "!!null" {
				continue
			}
			switch it.Content[j].Value {
			case "title":
				a.Title = c.Value
			case "year":
				a.Year = c.Value
			case "issuer":
				a.Issuer = c.Value
			case "decision":
				a.Decision = c.Value
			}
		}
	}
	return a
}

func (a Award) clean() Award {
	t := func(s string) string { return strings.TrimSpace(s) }
	return Award{Title: t(a.Title), Year: t(a.Year), Issuer: t(a.Issuer), Decision: t(a.Decision)}
}

func blankOrComment(line string) bool {
	l := strings.TrimSpace(line)
	return l == "" || strings.HasPrefix(l, "#")
}

func isComment(line string) bool { return strings.HasPrefix(strings.TrimSpace(line), "#") }

func (a Award) empty() bool { return a.Title+a.Issuer+a.Decision == "" }

// awardsEdit changes only the rows of a block awards list that changed:
// rows equal to one of the form's keep their lines byte for byte (and the
// comments inside and after them); a changed row has only its changed
// values replaced, inside their lines; a new row fills an unfilled row
// of `new`'s template, or is written after the row before it; a removed
// row's lines go. ok is false when the list is not a block list of rows
// on their own lines, which listEdit then writes whole; e is nil when
// nothing changes.
func (f *file) awardsEdit(awards []Award) (e *edit, ok bool) {
	i, ok := f.keys["awards"]
	if !ok {
		return nil, false
	}
	seq := f.doc.Content[i+1]
	if seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 || len(seq.Content) == 0 {
		return nil, false
	}
	from, to := f.extent(i)
	var rows []awardRow
	for j, it := range seq.Content {
		start := it.Line - 1
		// The "- " of a mapping item is on its first key's line.
		if start <= from || start >= to || strings.TrimSpace(strings.TrimPrefix(strings.TrimLeft(f.lines[start], " "), "-")) == "" {
			return nil, false
		}
		// The comments right above a row belong to it (blank lines
		// belong to the row before, and to the first row).
		lead := start
		for lead-1 > from && (isComment(f.lines[lead-1]) || j == 0 && blankOrComment(f.lines[lead-1])) {
			lead--
		}
		r := awardRow{a: awardOf(it).clean(), n: it, from: lead, start: start, to: to}
		if j > 0 {
			rows[j-1].to = lead
		}
		r.placeholder = r.a.empty()
		rows = append(rows, r)
	}
	if rows[0].from != from+1 {
		return nil, false // something between the key and the first row
	}
	// Match the form's rows to the file's: the longest common run of
	// equal rows stays; between two kept rows, the others are paired in
	// order.
	var filled []int // indices into rows of rows the form shows
	for j, r := range rows {
		if !r.placeholder {
			filled = append(filled, j)
		}
	}
	n, m := len(filled), len(awards)
	lcs := make([][]int, n+1)
	for x := range lcs {
		lcs[x] = make([]int, m+1)
	}
	for x := n - 1; x >= 0; x-- {
		for y := m - 1; y >= 0; y-- {
			if rows[filled[x]].a == awards[y] {
				lcs[x][y] = lcs[x+1][y+1] + 1
			} else {
				lcs[x][y] = max(lcs[x+1][y], lcs[x][y+1])
			}
		}
	}
	// out[j] is the form's award for rows[j] (nil: unchanged or removed),
	// gone[j] marks removed rows, after[j] the awards written after it.
	pair := make([]int, len(rows)) // index into awards, -1 for none
	for j := range pair {
		pair[j] = -1
	}
	keep := make([]bool, len(rows))
	var extra [][2]int // (row after which, award index); row -1: before every row
	x, y := 0, 0
	var pendRows []int
	var pendAwards []int
	flush := func(lastRow int) {
		k := 0
		for ; k < len(pendRows) && k < len(pendAwards); k++ {
			pair[pendRows[k]] = pendAwards[k]
		}
		at := lastRow
		if len(pendRows) > 0 {
			at = pendRows[len(pendRows)-1]
		}
		for ; k < len(pendAwards); k++ {
			extra = append(extra, [2]int{at, pendAwards[k]})
		}
		pendRows, pendAwards = nil, nil
	}
	last := -1
	next := 0 // next row of rows to look at
	for x < n || y < m {
		switch {
		case x < n && y < m && rows[filled[x]].a == awards[y] && lcs[x][y] == lcs[x+1][y+1]+1:
			// Placeholders before this row may take new awards.
			for ; next < filled[x]; next++ {
				pendRows = append(pendRows, next)
			}
			flush(last)
			keep[filled[x]] = true
			last = filled[x]
			next = filled[x] + 1
			x++
			y++
		case y < m && (x >= n || lcs[x][y+1] >= lcs[x+1][y]):
			pendAwards = append(pendAwards, y)
			y++
		default:
			for ; next <= filled[x]; next++ {
				pendRows = append(pendRows, next)
			}
			x++
		}
	}
	for ; next < len(rows); next++ {
		pendRows = append(pendRows, next)
	}
	flush(last)

	indent := leading(f.lines[rows[0].start])
	out := []string{f.lines[from]}
	writeNew := func(a Award) {
		out = append(out, awardLines(indent, a, f.eol)...)
	}
	for _, e := range extra {
		if e[0] == -1 {
			writeNew(awards[e[1]])
		}
	}
	for j, r := range rows {
		lines := f.lines[r.from:r.to]
		switch {
		case keep[j]:
			out = append(out, lines...)
		case pair[j] >= 0:
			out = append(out, f.patchRow(r, awards[pair[j]], indent)...)
		case r.placeholder:
			out = append(out, lines...)
		default: // removed: its lines go, the comments after it too
		}
		for _, e := range extra {
			if e[0] == j {
				writeNew(awards[e[1]])
			}
		}
	}
	if slices.Equal(out, f.lines[from:to]) {
		return nil, true
	}
	return &edit{from: from, to: to, lines: out}, true
}

// awardLines writes a new row as `new` writes it.
func awardLines(indent string, a Award, eol string) []string {
	lines := []string{indent + "- title: " + quote(a.Title) + eol}
	if a.Year != "" {
		lines = append(lines, indent+"  year: "+scalarText("year", a.Year)+eol)
	}
	return append(lines, indent+"  issuer: "+quote(a.Issuer)+eol, indent+"  decision: "+quote(a.Decision)+eol)
}

// patchRow returns the lines of r with the values that differ from a
// replaced inside their lines; a row that is not a block mapping with
// each value on its key's line is written again whole.
func (f *file) patchRow(r awardRow, a Award, indent string) []string {
	lines := slices.Clone(f.lines[r.from:r.to])
	whole := func() []string {
		// Keep the comments above the row.
		return append(slices.Clone(f.lines[r.from:r.start]), awardLines(indent, a, f.eol)...)
	}
	n := r.n
	if n.Kind != yaml.MappingNode || n.Style&yaml.FlowStyle != 0 {
		return whole()
	}
	have := map[string]bool{}
	lastLine := r.start
	keyIndent := ""
	for j := 0; j+1 < len(n.Content); j += 2 {
		k, v := n.Content[j], n.Content[j+1]
		have[k.Value] = true
		if keyIndent == "" {
			keyIndent = strings.Repeat(" ", k.Column-1)
		}
		if v.Line-1 > lastLine {
			lastLine = v.Line - 1
		}
		var want string
		switch k.Value {
		case "title":
			want = a.Title
		case "year":
			want = a.Year
		case "issuer":
			want = a.Issuer
		case "decision":
			want = a.Decision
		default:
			continue
		}
		cur := ""
		if v.Kind == yaml.ScalarNode && v.Tag != "!!null" {
			cur = strings.TrimSpace(v.Value)
		}
		if cur == want {
			continue
		}
		if v.Kind != yaml.ScalarNode || v.Line != k.Line {
			return whole()
		}
		text := quote(want)
		if k.Value == "year" {
			text = scalarText("year", want)
		}
		at := k.Line - 1 - r.from
		line := lines[at]
		eol := lineEnd(line)
		line = line[:len(line)-len(eol)]
		start := byteCol(line, v.Column)
		end := start
		if v.Tag != "!!null" || v.Value != "" {
			end = valueEnd(line, start)
		}
		if end < 0 {
			return whole()
		}
		before := line[:start]
		if !strings.HasSuffix(before, " ") {
			before += " "
		}
		lines[at] = before + text + line[end:] + eol
	}
	var add []string
	if !have["year"] && a.Year != "" {
		add = append(add, keyIndent+"year: "+scalarText("year", a.Year)+f.eol)
	}
	for _, k := range []struct{ key, val string }{{"issuer", a.Issuer}, {"decision", a.Decision}} {
		if !have[k.key] && k.val != "" {
			add = append(add, keyIndent+k.key+": "+quote(k.val)+f.eol)
		}
	}
	if !have["title"] && a.Title != "" {
		return whole()
	}
	if len(add) > 0 {
		lines = slices.Insert(lines, lastLine-r.from+1, add...)
	}
	return lines
}
