package share

import (
	"image"
	"image/color"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// A card is drawn on a paletted canvas: a few flat colours and, for each
// colour drawn over one of them, a ramp of 15 antialiasing shades. One
// byte a pixel instead of four made encoding a card three times cheaper
// (a 10,000-profile site draws 10,000 cards on its first build), and the
// PNGs less than half as large. Photos are composed afterwards, in the
// JPEG's YCbCr planes (toYCbCr, coverYCbCr).

// ramp is a colour drawn over a background, in levels shades.
type ramp uint8

const (
	rInk    ramp = iota // title
	rMuted              // lines under the title
	rKicker             // the label above the title
	rWhite              // the brand's name in the band
	rHost               // the host name in the band
	rDisc               // the mark's red disc over the band
	rStar               // the mark's star over the disc
	nRamps
)

const levels = 15

// Flat colours first, then the ramps.
const (
	iPaper = iota
	iBand
	iRed
	nFlat
)

var hostColor = color.RGBA{0xf5, 0xd9, 0xd0, 0xff}

var rampColors = [nRamps]struct {
	fg color.RGBA
	bg uint8 // flat colour index
}{
	rInk: {ink, iPaper}, rMuted: {muted, iPaper}, rKicker: {kicker, iPaper},
	rWhite: {white, iBand}, rHost: {hostColor, iBand}, rDisc: {red, iBand}, rStar: {gold, iRed},
}

var flat = [nFlat]color.RGBA{iPaper: paper, iBand: brandBg, iRed: red}

// palette is every colour a card's canvas holds, with the default
// theme's band colour.
var palette = makePalette(brandBg)

// palettes holds the palette of each other band colour drawn (a site has
// one: its --brand).
var palettes sync.Map // color.RGBA → color.Palette

// paletteFor returns the palette whose band colour is band; the zero
// colour means the default theme's.
func paletteFor(band color.RGBA) color.Palette {
	if band == (color.RGBA{}) || band == brandBg {
		return palette
	}
	if p, ok := palettes.Load(band); ok {
		return p.(color.Palette)
	}
	p, _ := palettes.LoadOrStore(band, makePalette(band))
	return p.(color.Palette)
}

func makePalette(band color.RGBA) color.Palette {
	flat := flat
	flat[iBand] = band
	p := make(color.Palette, 0, nFlat+int(nRamps)*levels)
	for _, c := range flat {
		p = append(p, c)
	}
	for _, r := range rampColors {
		bg := flat[r.bg]
		for l := 1; l <= levels; l++ {
			mix := func(f, b uint8) uint8 { return uint8((int(f)*l + int(b)*(levels-l) + levels/2) / levels) }
			p = append(p, color.RGBA{mix(r.fg.R, bg.R), mix(r.fg.G, bg.G), mix(r.fg.B, bg.B), 0xff})
		}
	}
	return p
}

// index is the palette index of ramp r at level l (1..levels).
func (r ramp) index(l int) uint8 { return uint8(nFlat + int(r)*levels + l - 1) }

// paint puts ramp r over m through mask (coverage), from mp, within dr. A
// pixel already of r keeps the larger coverage, so overlapping glyph edges
// do not lighten each other.
func paint(m *image.Paletted, dr image.Rectangle, mask image.Image, mp image.Point, r ramp) {
	dr = dr.Intersect(m.Rect)
	lo := r.index(1)
	hi := r.index(levels)
	a, fast := mask.(*image.Alpha)
	for y := dr.Min.Y; y < dr.Max.Y; y++ {
		my := mp.Y + y - dr.Min.Y
		for x := dr.Min.X; x < dr.Max.X; x++ {
			mx := mp.X + x - dr.Min.X
			var cov uint32
			if fast {
				cov = uint32(a.Pix[a.PixOffset(mx, my)])
			} else {
				_, _, _, ca := mask.At(mx, my).RGBA()
				cov = ca >> 8
			}
			l := int((cov*levels + 127) / 255)
			if l == 0 {
				continue
			}
			i := m.PixOffset(x, y)
			if cur := m.Pix[i]; cur >= lo && cur <= hi && int(cur-lo)+1 >= l {
				continue
			}
			m.Pix[i] = r.index(l)
		}
	}
}

// fill sets r to the flat colour i.
func fill(m *image.Paletted, r image.Rectangle, i uint8) {
	r = r.Intersect(m.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := m.Pix[m.PixOffset(r.Min.X, y):m.PixOffset(r.Max.X, y)]
		for x := range row {
			row[x] = i
		}
	}
}

// text draws s in ramp r with its baseline's left end at (x, baseline),
// as font.Drawer does (kerning included).
func text(m *image.Paletted, f font.Face, r ramp, x, baseline int, s string) {
	dot := fixed.P(x, baseline)
	prev := rune(-1)
	for _, c := range s {
		if prev >= 0 {
			dot.X += f.Kern(prev, c)
		}
		dr, mask, mp, adv, ok := f.Glyph(dot, c)
		if ok {
			paint(m, dr, mask, mp, r)
		}
		dot.X += adv
		prev = c
	}
}

// mark draws the site's mark, a gold star in a red disc, centred at
// (cx, cy) with radius rad, on the band.
func mark(m *image.Paletted, cx, cy, rad float32) {
	b := m.Bounds()
	z := vector.NewRasterizer(b.Dx(), b.Dy())
	mask := image.NewAlpha(b)
	circle(z, cx, cy, rad)
	z.Draw(mask, b, image.Opaque, image.Point{})
	paint(m, b, mask, image.Point{}, rDisc)
	clear(mask.Pix)
	z.Reset(b.Dx(), b.Dy())
	starPath(z, cx, cy, rad)
	z.Draw(mask, b, image.Opaque, image.Point{})
	paint(m, b, mask, image.Point{}, rStar)
}

// canvas is a paletted image laid out as a PNG's unfiltered image data:
// each row is preceded by its filter byte (0, none), so the rows are
// compressed where they are drawn, without a copy.
type canvas struct {
	*image.Paletted
	rows []byte // filter byte, row 0, filter byte, row 1, …
}

func newCanvas(w, h int) *canvas {
	rows := make([]byte, h*(w+1))
	return &canvas{Paletted: &image.Paletted{Pix: rows[1:], Stride: w + 1, Rect: image.Rect(0, 0, w, h), Palette: palette}, rows: rows}
}

// toYCbCr returns m as a 4:2:0 YCbCr image, the form a JPEG stores, with
// photo (an RGBA image of r's size, or nil) in r, whose corners must be
// even. The canvas's colours are converted once, through its palette:
// converting every pixel of an RGBA copy, which image/jpeg does, and
// making that copy took a third of the time of a card with a photo.
func toYCbCr(m *image.Paletted, photo *image.RGBA, r image.Rectangle) *image.YCbCr {
	out := image.NewYCbCr(m.Rect, image.YCbCrSubsampleRatio420)
	var ly, lcb, lcr [256]uint8
	for i, c := range m.Palette {
		cr, cg, cb, _ := c.RGBA()
		ly[i], lcb[i], lcr[i] = color.RGBToYCbCr(uint8(cr>>8), uint8(cg>>8), uint8(cb>>8))
	}
	w, h := m.Rect.Dx(), m.Rect.Dy()
	for y := range h {
		src := m.Pix[y*m.Stride : y*m.Stride+w]
		dst := out.Y[y*out.YStride : y*out.YStride+w]
		for x, p := range src {
			dst[x] = ly[p]
		}
	}
	for y := 0; y < h; y += 2 {
		a := m.Pix[y*m.Stride : y*m.Stride+w]
		b := a
		if y+1 < h {
			b = m.Pix[(y+1)*m.Stride : (y+1)*m.Stride+w]
		}
		cb := out.Cb[y/2*out.CStride:]
		cr := out.Cr[y/2*out.CStride:]
		for x := 0; x < w; x += 2 {
			x1 := min(x+1, w-1)
			p, q, s, t := a[x], a[x1], b[x], b[x1]
			cb[x/2] = uint8((int(lcb[p]) + int(lcb[q]) + int(lcb[s]) + int(lcb[t]) + 2) >> 2)
			cr[x/2] = uint8((int(lcr[p]) + int(lcr[q]) + int(lcr[s]) + int(lcr[t]) + 2) >> 2)
		}
	}
	if photo == nil {
		return out
	}
	pw, ph := r.Dx(), r.Dy()
	for y := range ph {
		src := photo.Pix[y*photo.Stride : y*photo.Stride+4*pw]
		dst := out.Y[(r.Min.Y+y)*out.YStride+r.Min.X:]
		for x := range pw {
			// The luma of color.RGBToYCbCr, without its chroma.
			s := src[4*x : 4*x+3 : 4*x+3]
			dst[x] = uint8((19595*int32(s[0]) + 38470*int32(s[1]) + 7471*int32(s[2]) + 1<<15) >> 16)
		}
	}
	for y := 0; y < ph; y += 2 {
		a := photo.Pix[y*photo.Stride:]
		b := photo.Pix[min(y+1, ph-1)*photo.Stride:]
		cy := (r.Min.Y + y) / 2
		cb := out.Cb[cy*out.CStride+r.Min.X/2:]
		cr := out.Cr[cy*out.CStride+r.Min.X/2:]
		for x := 0; x < pw; x += 2 {
			i, j := 4*x, 4*min(x+1, pw-1)
			rr := (int(a[i]) + int(a[j]) + int(b[i]) + int(b[j]) + 2) >> 2
			gg := (int(a[i+1]) + int(a[j+1]) + int(b[i+1]) + int(b[j+1]) + 2) >> 2
			bb := (int(a[i+2]) + int(a[j+2]) + int(b[i+2]) + int(b[j+2]) + 2) >> 2
			_, cb[x/2], cr[x/2] = color.RGBToYCbCr(uint8(rr), uint8(gg), uint8(bb))
		}
	}
	return out
}
