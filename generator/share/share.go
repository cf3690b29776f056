// Package share draws the pictures a page shows when its link is shared on
// Facebook, Zalo or X: a 1200×630 picture with the page's title, a few lines
// about it, the site's name and, for a profile with a photo, the photo. It
// also draws the site's 180×180 icon (apple-touch-icon).
//
// Text is set in Be Vietnam Pro (SIL Open Font License, fonts/OFL.txt),
// embedded in the binary, so a picture looks the same on every machine and
// Vietnamese marks, stacked ones included (Ẩ, Ễ, Ỗ), are drawn whole: each
// line is placed by the ink of its glyphs, not by the font's nominal
// ascent, which stacked capitals overshoot.
//
// Drawing is deterministic: the same Card gives the same bytes. Cache keeps
// the pictures between builds, named by a hash of the Card and of this
// package's settings, as the images package keeps resized photos.
package share

import (
	"bytes"
	_ "embed"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"strings"
	"sync"
	"unicode/utf8"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/vector"
)

// Width and Height are the size of a share picture, the 1.91:1 size
// Facebook, Zalo and X show largest.
const (
	Width  = 1200
	Height = 630
)

// IconSize is the width and height of Icon's picture.
const IconSize = 180

var (
	//go:embed fonts/BeVietnamPro-Regular.ttf
	regularTTF []byte
	//go:embed fonts/BeVietnamPro-Bold.ttf
	boldTTF []byte
)

var fonts = sync.OnceValues(func() (*[2]*opentype.Font, error) {
	var f [2]*opentype.Font
	var err error
	if f[0], err = opentype.Parse(regularTTF); err != nil {
		return nil, err
	}
	if f[1], err = opentype.Parse(boldTTF); err != nil {
		return nil, err
	}
	return &f, nil
})

// Card is what a share picture shows. Every field is plain text.
type Card struct {
	Kicker string   // a short label above the title: "Cá nhân", "Địa bàn"
	Title  string   // the page's title, up to three lines
	Lines  []string // up to three short lines under the title; longer ones are cut with "…"
	Brand  string   // the site's name, in the band at the foot
	Host   string   // the site's host name, beside the brand, or ""
	// Photo is a JPEG or PNG to show on the right third, cropped to fill
	// it; nil for none. One that cannot be decoded is left out.
	Photo []byte
	// Band is the colour of the band at the foot, the site's brand
	// colour; the zero colour draws the default theme's (#8e1b1b).
	Band color.RGBA
}

// Colours of the default theme (themes/default/static/css/site.css).
var (
	paper   = color.RGBA{0xfb, 0xf7, 0xf0, 0xff}
	ink     = color.RGBA{0x1f, 0x1a, 0x17, 0xff}
	muted   = color.RGBA{0x5a, 0x50, 0x48, 0xff}
	brandBg = color.RGBA{0x8e, 0x1b, 0x1b, 0xff}
	red     = color.RGBA{0xc8, 0x10, 0x2e, 0xff}
	gold    = color.RGBA{0xff, 0xcd, 0x00, 0xff}
	white   = color.RGBA{0xff, 0xff, 0xff, 0xff}
	kicker  = color.RGBA{0xa3, 0x1d, 0x1d, 0xff}
)

// Layout, in pixels.
const (
	margin   = 64  // left, right and top margin of the text
	band     = 104 // height of the brand band at the foot
	photoW   = 440 // width of the photo column, when there is a photo
	gapBelow = 28  // space between the text block and the band
)

// Format returns the MIME type and the file name extension of the
// picture of a card with a photo (withPhoto) or without: a JPEG or a PNG.
//
// A card with a photo is part photograph, which PNG, a lossless format
// for flat colours, compresses poorly: 110–170 KB a card. As a JPEG at
// quality 85 (the format made for photographs, and one Facebook, Zalo
// and X show) it is 40 KB, for the same CPU time, ~21 ms, once the
// canvas goes to YCbCr through its palette (toYCbCr) rather than through
// an RGBA copy (docs/performance.md). A card without a photo is flat
// paper with text, which PNG keeps sharp and small.
func Format(withPhoto bool) (typ, ext string) {
	if withPhoto {
		return "image/jpeg", ".jpg"
	}
	return "image/png", ".png"
}

// Format returns the MIME type and the file name extension of c's
// picture: Format(len(c.Photo) > 0). A card given a photo that cannot be
// decoded is drawn without it, still as a JPEG, so that its name, decided
// before drawing, stays true.
func (c Card) Format() (typ, ext string) { return Format(len(c.Photo) > 0) }

// jpegQuality is the quality of cards with a photo: at 85 the text's
// edges stay clean at the size the cards are shown.
const jpegQuality = 85

// Render draws c and returns it as a picture of Width×Height pixels, in
// the format c.Format names.
func Render(c Card) ([]byte, error) {
	cv, err := draw1(c)
	if err != nil {
		return nil, err
	}
	defer canvases.Put(cv)
	if len(c.Photo) > 0 {
		photo := decodePhoto(c.Photo)
		if ycc, ok := photo.(*image.YCbCr); ok && ycc.SubsampleRatio == image.YCbCrSubsampleRatio420 {
			// A JPEG photo (the build's copies are): scaled plane by
			// plane into the card's own planes, never through RGB.
			out := toYCbCr(cv.Paletted, nil, photoRect)
			coverYCbCr(out, photoRect, ycc)
			return encodeJPEG(out)
		}
		var scaled *image.RGBA
		if photo != nil {
			scaled = image.NewRGBA(image.Rect(0, 0, photoRect.Dx(), photoRect.Dy()))
			cover(scaled, scaled.Rect, photo)
		}
		return encodeJPEG(toYCbCr(cv.Paletted, scaled, photoRect))
	}
	return encodePaletted(cv)
}

// encodeJPEG writes m as a JPEG of jpegQuality.
func encodeJPEG(m image.Image) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(96 << 10)
	if err := jpeg.Encode(&b, m, &jpeg.Options{Quality: jpegQuality}); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// photoRect is where a card shows a photo.
var photoRect = image.Rect(Width-photoW, 0, Width, Height-band)

// background is what every card shows: the paper, an accent rule at the
// top left, the band at the foot with the star. Drawn once.
var background = sync.OnceValue(func() *canvas {
	cv := newCanvas(Width, Height)
	m := cv.Paletted
	fill(m, image.Rect(margin, 40, margin+96, 48), iRed)
	fill(m, image.Rect(0, Height-band, Width, Height), iBand)
	mark(m, float32(margin+28), float32(Height-band/2), 28)
	return cv
})

// canvases recycles the cards' canvases: allocating and clearing 756 KB
// per card was a fifth of drawing one.
var canvases = sync.Pool{New: func() any { return newCanvas(Width, Height) }}

// draw1 draws c's text; Render adds the photo.
func draw1(c Card) (*canvas, error) {
	cv := canvases.Get().(*canvas)
	copy(cv.rows, background().rows)
	cv.Palette = paletteFor(c.Band)
	m := cv.Paletted
	right := Width - margin
	if len(c.Photo) > 0 && decodable(c.Photo) {
		right = photoRect.Min.X - margin/2
	}

	width := right - margin
	top := 76 // below the accent rule
	bottom := Height - band - gapBelow

	// The brand line: name in bold, host after it, cut to fit.
	bf, err := face(true, 34)
	if err != nil {
		return nil, err
	}
	hf, err := face(false, 26)
	if err != nil {
		return nil, err
	}
	bx := margin + 72
	brand := fit(bf, c.Brand, Width-margin-bx)
	bw := font.MeasureString(bf, brand).Ceil()
	baseline := Height - band/2 + 12
	text(m, bf, rWhite, bx, baseline, brand)
	if c.Host != "" {
		host := c.Host
		avail := Width - margin - (bx + bw + 28)
		if font.MeasureString(hf, host).Ceil() <= avail {
			text(m, hf, rHost, Width-margin-font.MeasureString(hf, host).Ceil(), baseline, host)
		}
	}

	// The text block: kicker, title (the largest size at which it takes at
	// most three lines), lines; set from the top, each line placed below
	// the ink of the one before.
	y := top
	if c.Kicker != "" {
		kf, err := face(true, 28)
		if err != nil {
			return nil, err
		}
		y = place(m, kf, rKicker, margin, y, fit(kf, strings.ToUpper(c.Kicker), width), 0) + 18
	}
	lf, err := face(false, 32)
	if err != nil {
		return nil, err
	}
	var sub []string
	subH := 0
	for _, l := range c.Lines {
		if l = fit(lf, l, width); l != "" {
			sub = append(sub, l)
			subH += lineHeight(lf, l) + 8
		}
	}
	if len(sub) > 0 {
		subH += 14
	}
	lines, tf, err := titleLines(c.Title, width, bottom-y-subH)
	if err != nil {
		return nil, err
	}
	for _, l := range lines {
		y = place(m, tf, rInk, margin, y, l, 8)
	}
	if len(sub) > 0 {
		y += 14
		for _, l := range sub {
			if y+lineHeight(lf, l) > bottom {
				break
			}
			y = place(m, lf, rMuted, margin, y, l, 8)
		}
	}
	return cv, nil
}

// titleSizes are the sizes a title is tried at, largest first.
var titleSizes = []float64{68, 60, 54, 48, 44}

// titleLines breaks title into at most three lines of at most width
// pixels, at the largest size at which they fit in height pixels; at the
// smallest size the third line is cut with "…".
func titleLines(title string, width, height int) ([]string, font.Face, error) {
	var f font.Face
	var lines []string
	for _, size := range titleSizes {
		var err error
		if f, err = face(true, size); err != nil {
			return nil, nil, err
		}
		lines = wrap(f, title, width)
		h := 0
		for _, l := range lines {
			h += lineHeight(f, l) + 8
		}
		if len(lines) <= 3 && h <= height {
			return lines, f, nil
		}
	}
	if len(lines) <= 3 {
		return lines, f, nil
	}
	lines[2] = fit(f, strings.Join(lines[2:], " ")+" …", width)
	return lines[:3], f, nil
}

// wrap breaks s into lines no wider than width, at spaces; a word wider
// than width on its own is broken between letters.
func wrap(f font.Face, s string, width int) []string {
	var lines []string
	cur := ""
	for _, w := range strings.Fields(s) {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if font.MeasureString(f, try).Ceil() <= width {
			cur = try
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		for font.MeasureString(f, w).Ceil() > width {
			n := 1
			for n < len(w) {
				_, size := utf8.DecodeRuneInString(w[n:])
				if font.MeasureString(f, w[:n+size]).Ceil() > width {
					break
				}
				n += size
			}
			lines = append(lines, w[:n])
			w = w[n:]
		}
		cur = w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// fit returns s, or its longest prefix that fits width with "…" after it.
func fit(f font.Face, s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	if font.MeasureString(f, s).Ceil() <= width {
		return s
	}
	rs := []rune(s)
	for n := len(rs) - 1; n > 0; n-- {
		t := strings.TrimRight(string(rs[:n]), " ,.;:–-") + "…"
		if font.MeasureString(f, t).Ceil() <= width {
			return t
		}
	}
	return ""
}

// lineHeight is the height a line of s takes: from the top of its ink, or
// the font's ascent if that is higher, to the font's descent.
func lineHeight(f font.Face, s string) int {
	b, _ := font.BoundString(f, s)
	m := f.Metrics()
	asc := max(m.Ascent.Ceil(), (-b.Min.Y).Ceil())
	return asc + max(m.Descent.Ceil(), b.Max.Y.Ceil())
}

// place draws s with its ink's top at y or below (the font's ascent, or
// the marks stacked above a capital when they reach higher) and returns
// the y below its descent plus gap.
func place(m *image.Paletted, f font.Face, col ramp, x, y int, s string, gap int) int {
	b, _ := font.BoundString(f, s)
	asc := max(f.Metrics().Ascent.Ceil(), (-b.Min.Y).Ceil())
	base := y + asc
	text(m, f, col, x, base, s)
	return base + max(f.Metrics().Descent.Ceil(), b.Max.Y.Ceil()) + gap
}

// decodable reports whether b's head is that of a JPEG or PNG that
// decodePhoto accepts.
func decodable(b []byte) bool {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
	return err == nil && cfg.Width >= 16 && cfg.Height >= 16 && cfg.Width*cfg.Height <= 40_000_000
}

// decodePhoto decodes a JPEG or PNG, or returns nil.
func decodePhoto(b []byte) image.Image {
	if len(b) == 0 || !decodable(b) {
		return nil
	}
	m, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	return m
}

// cover scales src to fill r, cropping the overflow evenly, or from the
// top for portraits, where faces are. The photo given is the build's copy
// at least 640 pixels wide, so the scale is near 1 and bilinear is as good
// as Catmull-Rom, at a third of its cost.
func cover(dst *image.RGBA, r image.Rectangle, src image.Image) {
	xdraw.ApproxBiLinear.Scale(dst, r, src, crop(src.Bounds(), r), xdraw.Src, nil)
}

// coverYCbCr is cover for a 4:2:0 photo into a 4:2:0 card, r's corners
// even: each plane is scaled bilinearly on its own. x/image/draw converts
// every one of the four samples under each pixel to RGB, which made
// scaling a third of a photo card's time.
func coverYCbCr(dst *image.YCbCr, r image.Rectangle, src *image.YCbCr) {
	sb := crop(src.Bounds(), r)
	sb = sb.Sub(src.Rect.Min)
	scalePlane(dst.Y[r.Min.Y*dst.YStride+r.Min.X:], dst.YStride, r.Dx(), r.Dy(),
		src.Y, src.YStride, sb.Min.X, sb.Min.Y, sb.Dx(), sb.Dy(), src.Rect.Dx(), src.Rect.Dy())
	cw, ch := (src.Rect.Dx()+1)/2, (src.Rect.Dy()+1)/2
	for _, p := range [2][2][]byte{{dst.Cb, src.Cb}, {dst.Cr, src.Cr}} {
		scalePlane(p[0][r.Min.Y/2*dst.CStride+r.Min.X/2:], dst.CStride, r.Dx()/2, r.Dy()/2,
			p[1], src.CStride, sb.Min.X/2, sb.Min.Y/2, max(sb.Dx()/2, 1), max(sb.Dy()/2, 1), cw, ch)
	}
}

// scalePlane scales the sw×sh samples at (sx, sy) of the plane src (w×h
// samples, stride ss) bilinearly to dw×dh samples at dst (stride ds).
func scalePlane(dst []byte, ds, dw, dh int, src []byte, ss, sx, sy, sw, sh, w, h int) {
	// Sample positions in 1/256 of a source sample, pixel centres aligned.
	pos := func(i, d, s, off, limit int) (int, int, int) {
		f := ((2*i+1)*s*256)/(2*d) - 128 + off*256
		f = max(f, 0)
		i0 := min(f>>8, limit-1)
		return i0, min(i0+1, limit-1), f & 255
	}
	x0 := make([]int, dw)
	x1 := make([]int, dw)
	wx := make([]int, dw)
	for x := range dw {
		x0[x], x1[x], wx[x] = pos(x, dw, sw, sx, w)
	}
	for y := range dh {
		y0, y1, wy := pos(y, dh, sh, sy, h)
		a, b := src[y0*ss:], src[y1*ss:]
		out := dst[y*ds : y*ds+dw]
		for x := range out {
			i, j, f := x0[x], x1[x], wx[x]
			top := int(a[i])*(256-f) + int(a[j])*f
			bot := int(b[i])*(256-f) + int(b[j])*f
			out[x] = uint8((top*(256-wy) + bot*wy + 1<<15) >> 16)
		}
	}
}

// crop returns the part of a photo with bounds sb that fills r once
// scaled: the middle of a wide photo, the top of a tall one.
func crop(sb, r image.Rectangle) image.Rectangle {
	sw, sh := sb.Dx(), sb.Dy()
	// The source rectangle with r's aspect ratio.
	if sw*r.Dy() > sh*r.Dx() { // wider: crop the sides
		w := sh * r.Dx() / r.Dy()
		x := sb.Min.X + (sw-w)/2
		sb = image.Rect(x, sb.Min.Y, x+w, sb.Max.Y)
	} else { // taller: keep the top fifth, crop below
		h := sw * r.Dy() / r.Dx()
		y := sb.Min.Y + (sh-h)/5
		sb = image.Rect(sb.Min.X, y, sb.Max.X, y+h)
	}
	return sb
}

// starPath adds the star of the site's mark, centred at (cx, cy) in a
// disc of radius r, to z: the mark of favicon.svg, a 32-unit box with a
// star of outer radius 11.
func starPath(z *vector.Rasterizer, cx, cy, r float32) {
	pts := [][2]float32{{16, 5}, {19.1, 12.3}, {27, 13}, {21, 18.2}, {22.8, 26}, {16, 21.9}, {9.2, 26}, {11, 18.2}, {5, 13}, {12.9, 12.3}}
	k := r / 15
	for i, p := range pts {
		x, y := cx+(p[0]-16)*k, cy+(p[1]-16)*k
		if i == 0 {
			z.MoveTo(x, y)
		} else {
			z.LineTo(x, y)
		}
	}
	z.ClosePath()
}

// circle adds a circle to z, from four cubic Béziers.
func circle(z *vector.Rasterizer, cx, cy, r float32) {
	const k = 0.5522848
	z.MoveTo(cx+r, cy)
	z.CubeTo(cx+r, cy+k*r, cx+k*r, cy+r, cx, cy+r)
	z.CubeTo(cx-k*r, cy+r, cx-r, cy+k*r, cx-r, cy)
	z.CubeTo(cx-r, cy-k*r, cx-k*r, cy-r, cx, cy-r)
	z.CubeTo(cx+k*r, cy-r, cx+r, cy-k*r, cx+r, cy)
	z.ClosePath()
}

// Icon returns the site's icon, the star mark on the brand colour band
// (the zero colour: the default theme's red), as a 180×180 PNG for
// apple-touch-icon and the web manifest.
func Icon(band color.RGBA) ([]byte, error) {
	cv := newCanvas(IconSize, IconSize)
	cv.Palette = paletteFor(band)
	fill(cv.Paletted, cv.Rect, iBand)
	mark(cv.Paletted, IconSize/2, IconSize/2, IconSize*0.4)
	b, err := encodePaletted(cv)
	if err != nil {
		return nil, fmt.Errorf("share: icon: %w", err)
	}
	return b, nil
}
