package images

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"io"
	"strings"
)

// Strip returns the JPEG or PNG photo b without the metadata a camera or a
// phone writes into it: EXIF (with its GPS position, camera serial number
// and thumbnail), XMP, IPTC, comments and text chunks, and, for a JPEG,
// anything after the end of the image (the extra pictures of MPF). Published
// photos are of people, often at home; where they were taken is not for
// the public.
//
// Strip removes segments and chunks and never touches the image data, so
// the pixels are exactly the original's. What decides how the picture
// looks is kept: the ICC colour profile (a photo in Display P3 or Adobe
// RGB would otherwise change colour), JFIF and Adobe segments, PNG gamma,
// chromaticities, sRGB and transparency, and the EXIF orientation, which
// is written back as a minimal EXIF block holding that one tag, since
// applying it to the pixels would mean encoding the photo again.
//
// ok is false when b is not a JPEG or PNG whose structure Strip can follow;
// b is returned unchanged then. Strip does not modify b.
func Strip(b []byte) (out []byte, ok bool) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8}):
		return stripJPEG(b)
	case bytes.HasPrefix(b, []byte(pngSig)):
		return stripPNG(b)
	}
	return b, false
}

// IsStrippable reports whether Strip applies to a file named name: a JPEG
// or PNG by its extension.
func IsStrippable(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".jpg") || strings.HasSuffix(n, ".jpeg") || strings.HasSuffix(n, ".png")
}

const pngSig = "\x89PNG\r\n\x1a\n"

var (
	iccPrefix   = []byte("ICC_PROFILE\x00")
	exifPrefix  = []byte("Exif\x00\x00")
	jfifPrefix  = []byte("JFIF\x00")
	jfxxPrefix  = []byte("JFXX\x00")
	adobePrefix = []byte("Adobe")
)

// keepJPEGSegment reports whether the segment with marker m and payload
// seg (after the length) is kept.
func keepJPEGSegment(m byte, seg []byte) bool {
	switch {
	case m == 0xE0:
		return bytes.HasPrefix(seg, jfifPrefix) || bytes.HasPrefix(seg, jfxxPrefix)
	case m == 0xE2:
		return bytes.HasPrefix(seg, iccPrefix)
	case m == 0xEE:
		return bytes.HasPrefix(seg, adobePrefix) // colour transform: decoders need it
	case m >= 0xE1 && m <= 0xEF, m == 0xFE: // other APPn (EXIF, XMP, IPTC…), comments
		return false
	}
	return true // tables, frame and scan headers, restart intervals
}

// stripJPEG walks the segments of a JPEG, through every scan, to the end
// of the image.
func stripJPEG(b []byte) ([]byte, bool) {
	out := make([]byte, 0, len(b))
	out = append(out, 0xFF, 0xD8)
	orientationDone := false
	i := 2
	for {
		// A marker: 0xFF, fill bytes, the marker code.
		if i+1 >= len(b) || b[i] != 0xFF {
			return b, false
		}
		for i+1 < len(b) && b[i+1] == 0xFF {
			i++
		}
		if i+1 >= len(b) {
			return b, false
		}
		m := b[i+1]
		if m == 0xD9 { // end of image: what follows is not the picture
			return append(out, 0xFF, 0xD9), true
		}
		if m == 0x01 || m >= 0xD0 && m <= 0xD7 || m == 0xD8 {
			return b, false // no length; not expected between segments
		}
		if i+4 > len(b) {
			return b, false
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return b, false
		}
		seg := b[i+4 : i+2+n]
		switch {
		case keepJPEGSegment(m, seg):
			out = append(out, b[i:i+2+n]...)
		case m == 0xE1 && bytes.HasPrefix(seg, exifPrefix) && !orientationDone:
			orientationDone = true
			if o := exifOrientation(seg[len(exifPrefix):]); o > 1 {
				t := minimalTIFF(o)
				out = append(out, 0xFF, 0xE1)
				out = binary.BigEndian.AppendUint16(out, uint16(2+len(exifPrefix)+len(t)))
				out = append(out, exifPrefix...)
				out = append(out, t...)
			}
		}
		i += 2 + n
		if m != 0xDA {
			continue
		}
		// Entropy-coded data follows a scan header, up to the next marker
		// other than a stuffed 0xFF00 or a restart.
		start := i
		for i+1 < len(b) {
			if b[i] == 0xFF && b[i+1] != 0x00 && (b[i+1] < 0xD0 || b[i+1] > 0xD7) && b[i+1] != 0xFF {
				break
			}
			i++
		}
		if i+1 >= len(b) { // no end of image: a truncated file, kept as it is
			return append(out, b[start:]...), true
		}
		out = append(out, b[start:i]...)
	}
}

// minimalTIFF is an EXIF TIFF structure holding only the orientation o.
func minimalTIFF(o int) []byte {
	t := []byte("MM\x00\x2a\x00\x00\x00\x08")
	t = append(t, 0, 1)                         // one entry
	t = append(t, 0x01, 0x12, 0, 3, 0, 0, 0, 1) // Orientation, SHORT, count 1
	t = append(t, 0, byte(o), 0, 0)
	return append(t, 0, 0, 0, 0) // no next IFD
}

// dropPNGChunks are the metadata chunks Strip removes: EXIF, text (where
// XMP lives, in iTXt) and the modification time.
var dropPNGChunks = map[string]bool{"eXIf": true, "tEXt": true, "zTXt": true, "iTXt": true, "tIME": true}

func stripPNG(b []byte) ([]byte, bool) {
	out := make([]byte, 0, len(b))
	out = append(out, pngSig...)
	for i := len(pngSig); ; {
		if i+12 > len(b) {
			return b, false
		}
		n := int64(binary.BigEndian.Uint32(b[i:]))
		end := int64(i) + 12 + n
		if end > int64(len(b)) {
			return b, false
		}
		typ := string(b[i+4 : i+8])
		switch {
		case typ == "eXIf":
			if o := exifOrientation(b[i+8 : i+8+int(n)]); o > 1 {
				out = appendPNGChunk(out, "eXIf", minimalTIFF(o))
			}
		case !dropPNGChunks[typ]:
			out = append(out, b[i:end]...)
		}
		if typ == "IEND" {
			return out, true
		}
		i = int(end)
	}
}

func appendPNGChunk(out []byte, typ string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(out, typ...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}

// iccProfile returns the ICC colour profile embedded in the JPEG or PNG
// photo src, or nil. A JPEG's profile may be split over several APP2
// segments; they are joined in their sequence order.
func iccProfile(src []byte) []byte {
	if bytes.HasPrefix(src, []byte(pngSig)) {
		for i := len(pngSig); i+12 <= len(src); {
			n := int(binary.BigEndian.Uint32(src[i:]))
			if n < 0 || i+12+n > len(src) {
				return nil
			}
			switch string(src[i+4 : i+8]) {
			case "iCCP":
				data := src[i+8 : i+8+n]
				z := bytes.IndexByte(data, 0)
				if z < 0 || z+2 > len(data) || data[z+1] != 0 {
					return nil
				}
				r, err := zlib.NewReader(bytes.NewReader(data[z+2:]))
				if err != nil {
					return nil
				}
				p, err := io.ReadAll(io.LimitReader(r, 16<<20))
				if err != nil {
					return nil
				}
				return p
			case "IDAT", "IEND":
				return nil
			}
			i += 12 + n
		}
		return nil
	}
	if !bytes.HasPrefix(src, []byte{0xFF, 0xD8}) {
		return nil
	}
	parts := map[byte][]byte{}
	count := 0
	for i := 2; i+4 <= len(src); {
		if src[i] != 0xFF {
			break
		}
		m := src[i+1]
		if m == 0xFF {
			i++
			continue
		}
		if m == 0xDA || m == 0xD9 || m >= 0xD0 && m <= 0xD8 || m == 0x01 {
			break
		}
		n := int(binary.BigEndian.Uint16(src[i+2:]))
		if n < 2 || i+2+n > len(src) {
			break
		}
		seg := src[i+4 : i+2+n]
		if m == 0xE2 && bytes.HasPrefix(seg, iccPrefix) && len(seg) >= len(iccPrefix)+2 {
			parts[seg[len(iccPrefix)]] = seg[len(iccPrefix)+2:]
			count = int(seg[len(iccPrefix)+1])
		}
		i += 2 + n
	}
	if count == 0 || len(parts) != count {
		return nil
	}
	var p []byte
	for k := 1; k <= count; k++ {
		part, ok := parts[byte(k)]
		if !ok {
			return nil
		}
		p = append(p, part...)
	}
	return p
}

// embedICC returns the encoded image b (as Go's encoders write it: a JPEG
// with no APP segments, a PNG starting with IHDR) with the ICC profile p.
func embedICC(b []byte, format string, p []byte) []byte {
	if len(p) == 0 {
		return b
	}
	if format == "png" {
		const ihdrEnd = len(pngSig) + 8 + 13 + 4
		if len(b) < ihdrEnd {
			return b
		}
		var z bytes.Buffer
		w, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
		w.Write(p)
		w.Close()
		data := append([]byte("ICC Profile\x00\x00"), z.Bytes()...)
		out := append([]byte{}, b[:ihdrEnd]...)
		out = appendPNGChunk(out, "iCCP", data)
		return append(out, b[ihdrEnd:]...)
	}
	const max = 65535 - 2 - 14 // segment length, the length field, the ICC header
	count := (len(p) + max - 1) / max
	if count > 255 || len(b) < 2 {
		return b
	}
	out := make([]byte, 0, len(b)+len(p)+count*18)
	out = append(out, b[:2]...)
	for k := range count {
		part := p[k*max : min(len(p), (k+1)*max)]
		out = append(out, 0xFF, 0xE2)
		out = binary.BigEndian.AppendUint16(out, uint16(2+len(iccPrefix)+2+len(part)))
		out = append(out, iccPrefix...)
		out = append(out, byte(k+1), byte(count))
		out = append(out, part...)
	}
	return append(out, b[2:]...)
}
