package importer

import "bytes"

// keepLineEndings returns text, which guongsang wrote with "\n" line
// ends, with "\r\n" instead when the file it came from (orig) used
// "\r\n" on its first line: a file a writer saved with Windows line ends
// keeps them whole instead of getting mixed ones. New files are always
// written with "\n", which every editor, Notepad included since Windows
// 10 1809, reads.
func keepLineEndings(orig, text []byte) []byte {
	i := bytes.IndexByte(orig, '\n')
	if i <= 0 || orig[i-1] != '\r' {
		return text
	}
	return bytes.ReplaceAll(bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
}
