package content

import "bytes"

// BodyStart returns the offset in src at which a profile's body starts:
// just past the line that closes its front matter, found as Load finds
// it. ok is false when src has no front matter Load reads that way. What
// comes before the offset is the front matter, byte for byte, so a tool
// may change the body and leave the fields exactly as the writer typed
// them.
func BodyStart(src []byte) (offset int, ok bool) {
	s := bytes.TrimPrefix(src, bom)
	skip := len(src) - len(s)
	first, opening := frontMatterStart(s)
	end := frontMatterEnd(s, first, opening)
	if end == 0 {
		return 0, false
	}
	return skip + end, true
}
