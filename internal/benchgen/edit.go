package benchgen

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
)

// The edits benchmarks of rebuilds make to a generated profile src, the
// i-th of a run.

// AddParagraph adds a paragraph at the end of the profile's text: only its
// own page shows it.
func AddParagraph(src []byte, i int) []byte {
	return fmt.Appendf(bytes.TrimRight(src, "\n"), "\n\nLần sửa thứ %d: thêm một đoạn vào cuối hồ sơ.\n", i)
}

var districtLine = regexp.MustCompile(`(?m)^district: (.*)$`)

// MoveDistrict moves the profile to another district, the one (1 + i%3)
// places after its own in Districts, which changes lists, counts,
// statistics and the search index. A profile without a district line is
// returned as it is.
func MoveDistrict(src []byte, i int) []byte {
	m := districtLine.FindSubmatchIndex(src)
	if m == nil {
		return src
	}
	old := string(src[m[2]:m[3]])
	j := slices.IndexFunc(Districts, func(t Term) bool { return t.Key == old })
	to := Districts[(j+1+i%3)%len(Districts)].Key
	return slices.Concat(src[:m[2]], []byte(to), src[m[3]:])
}
