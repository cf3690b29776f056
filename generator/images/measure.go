package images

import (
	"bytes"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"image"
	_ "image/gif" // registers GIF for DecodeConfig
	"io"
	"io/fs"
	"math"
	"path"
	"strconv"
	"strings"

	_ "golang.org/x/image/webp" // registers WebP for DecodeConfig

	"github.com/guongsang/guongsang/generator/i18n"
)

// headSize is how much of a photo measure reads first. Cameras put EXIF,
// an ICC profile and a thumbnail before a JPEG's frame header, rarely more
// than this; a longer head is read whole.
const headSize = 64 << 10

// measure reads the head of the photo at src.
func measure(fsys fs.FS, src string) (*Image, error) {
	f, err := fsys.Open(src)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	head, err := io.ReadAll(io.LimitReader(f, headSize))
	if err != nil {
		return nil, unwrapPath(err)
	}
	svg := strings.EqualFold(path.Ext(src), ".svg")
	im, err := measureHead(head, svg)
	if errors.Is(err, io.ErrUnexpectedEOF) && len(head) == headSize {
		rest, err := io.ReadAll(f)
		if err != nil {
			return nil, unwrapPath(err)
		}
		return measureHead(append(head, rest...), svg)
	}
	return im, err
}

// measureHead measures a photo from its first bytes. It returns an error
// wrapping io.ErrUnexpectedEOF when b is too short to tell.
func measureHead(b []byte, svg bool) (*Image, error) {
	if svg {
		w, h, err := svgSize(b)
		if err != nil {
			return nil, err
		}
		return &Image{Format: "svg", Width: w, Height: h, orientation: 1}, nil
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		if errors.Is(err, image.ErrFormat) {
			return nil, errors.New(i18n.ImgNotImage.T())
		}
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	im := &Image{Format: format, Width: cfg.Width, Height: cfg.Height, orientation: 1}
	switch format {
	case "jpeg":
		im.orientation = jpegOrientation(b)
		if im.orientation >= 5 { // turned a quarter: width and height swap
			im.Width, im.Height = im.Height, im.Width
		}
	case "png":
		opaque, ok := pngOpaque(b)
		if !ok {
			return nil, io.ErrUnexpectedEOF
		}
		im.opaque = opaque
	}
	if im.Width <= 0 || im.Height <= 0 {
		return nil, errors.New(i18n.ImgNoPixels.T())
	}
	return im, nil
}

// jpegOrientation returns the EXIF orientation (1..8) of the JPEG whose
// head is b, or 1 when it has none. Only the segments before the first
// scan are read; any malformed structure counts as no orientation.
func jpegOrientation(b []byte) int {
	if len(b) < 2 || b[0] != 0xFF || b[1] != 0xD8 {
		return 1
	}
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return 1
		}
		marker := b[i+1]
		switch {
		case marker == 0xFF: // fill byte
			i++
			continue
		case marker == 0x01 || marker >= 0xD0 && marker <= 0xD8: // no length
			i += 2
			continue
		case marker == 0xDA || marker == 0xD9: // start of scan, end of image
			return 1
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return 1
		}
		seg := b[i+4 : i+2+n]
		if marker == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return exifOrientation(seg[6:])
		}
		i += 2 + n
	}
	return 1
}

// exifOrientation reads tag 0x0112 from the first IFD of the TIFF
// structure t.
func exifOrientation(t []byte) int {
	if len(t) < 8 {
		return 1
	}
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 1
	}
	if bo.Uint16(t[2:]) != 42 {
		return 1
	}
	off := int64(bo.Uint32(t[4:]))
	if off < 8 || off+2 > int64(len(t)) {
		return 1
	}
	n := int64(bo.Uint16(t[off:]))
	for k := int64(0); k < n; k++ {
		e := off + 2 + 12*k
		if e+12 > int64(len(t)) {
			return 1
		}
		if bo.Uint16(t[e:]) != 0x0112 {
			continue
		}
		if bo.Uint16(t[e+2:]) != 3 { // SHORT
			return 1
		}
		if v := int(bo.Uint16(t[e+8:])); v >= 1 && v <= 8 {
			return v
		}
		return 1
	}
	return 1
}

// pngOpaque reports whether the PNG whose head is b has no alpha channel
// and no transparent colour, reading the chunks before the image data. ok
// is false when b ends before the image data. Colour types with an alpha
// channel count as not opaque even when every pixel happens to be: telling
// would mean decoding the whole image.
func pngOpaque(b []byte) (opaque, ok bool) {
	const sig = "\x89PNG\r\n\x1a\n"
	if !bytes.HasPrefix(b, []byte(sig)) {
		return false, true
	}
	colorType := -1
	for i := len(sig); i+8 <= len(b); {
		n := int64(binary.BigEndian.Uint32(b[i:]))
		switch string(b[i+4 : i+8]) {
		case "IHDR":
			if i+8+13 > len(b) {
				return false, false
			}
			colorType = int(b[i+8+9])
		case "tRNS":
			return false, true
		case "IDAT", "IEND":
			return colorType == 0 || colorType == 2 || colorType == 3, true
		}
		next := int64(i) + 12 + n
		if next > int64(len(b)) {
			return false, false
		}
		i = int(next)
	}
	return false, false
}

// svgSize returns the width and height in CSS pixels an SVG image is shown
// at by default: its width and height attributes, one of them and the
// viewBox's aspect ratio, or else the viewBox's size. Both are 0 when the
// root element has none of these, or only relative lengths ("100%", "2em")
// and no viewBox. It fails only when the root element is not <svg>.
func svgSize(b []byte) (w, h int, err error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false // Illustrator writes entities declared in a DOCTYPE
	for {
		tok, err := dec.Token()
		if err != nil {
			if err == io.EOF {
				return 0, 0, errors.New(i18n.ImgNoSVG.T())
			}
			return 0, 0, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != "svg" {
			return 0, 0, errors.New(i18n.ImgRootNotSVG.T(se.Name.Local))
		}
		var fw, fh, vw, vh float64
		for _, a := range se.Attr {
			if a.Name.Space != "" && a.Name.Space != "http://www.w3.org/2000/svg" {
				continue
			}
			switch a.Name.Local {
			case "width":
				fw = svgLength(a.Value)
			case "height":
				fh = svgLength(a.Value)
			case "viewBox":
				vw, vh = viewBox(a.Value)
			}
		}
		switch {
		case fw > 0 && fh > 0:
		case fw > 0 && vw > 0:
			fh = fw * vh / vw
		case fh > 0 && vh > 0:
			fw = fh * vw / vh
		case vw > 0:
			fw, fh = vw, vh
		default:
			return 0, 0, nil
		}
		if fw > maxSVG || fh > maxSVG {
			return 0, 0, nil
		}
		return pixels(fw), pixels(fh), nil
	}
}

// maxSVG is the largest size svgSize reports; beyond it the image has no
// meaningful size in pixels (a map drawn in metres) and is left unsized.
const maxSVG = 100_000

func pixels(f float64) int { return max(1, int(math.Round(f))) }

// svgUnits are the absolute CSS units, in pixels.
var svgUnits = map[string]float64{"": 1, "px": 1, "pt": 96.0 / 72, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6}

// svgLength returns an absolute length in pixels, or 0 for a relative,
// negative or malformed one.
func svgLength(s string) float64 {
	s = strings.TrimSpace(s)
	i := strings.IndexFunc(s, func(r rune) bool {
		return (r < '0' || r > '9') && r != '.' && r != '+' && r != '-' && r != 'e' && r != 'E'
	})
	num, unit := s, ""
	if i >= 0 {
		num, unit = s[:i], strings.ToLower(s[i:])
	}
	f, err := strconv.ParseFloat(num, 64)
	k, known := svgUnits[unit]
	if err != nil || !known || !(f > 0) || math.IsInf(f, 0) {
		return 0
	}
	return f * k
}

// viewBox returns the width and height of a viewBox attribute, or zeros.
func viewBox(s string) (w, h float64) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' })
	if len(f) != 4 {
		return 0, 0
	}
	w, err1 := strconv.ParseFloat(f[2], 64)
	h, err2 := strconv.ParseFloat(f[3], 64)
	if err1 != nil || err2 != nil || !(w > 0) || !(h > 0) || math.IsInf(w, 0) || math.IsInf(h, 0) {
		return 0, 0
	}
	return w, h
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
