package share

import (
	"image"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// A card sets a few dozen letters in a handful of sizes, and a site's
// cards share nearly all of them. Rasterizing every glyph of every card
// again was a third of drawing one, so faces are shared between cards and
// remember what they computed: each glyph's mask, bounds and advance, and
// each kerning pair.

// subpixels is how many horizontal positions within a pixel a glyph's mask
// is kept for; a glyph is drawn at the nearest (at most 1/8 pixel from
// where font.Drawer would put it), which the eye cannot tell and which
// keeps the masks of a whole site to a few megabytes (64 positions, as
// font.Drawer has, would be up to a hundred).
const subpixels = 4

type faceKey struct {
	bold bool
	size float64
}

var (
	facesMu sync.Mutex
	faces   = map[faceKey]*cachedFace{}
)

// face returns the shared face of the bold or regular font at size.
func face(bold bool, size float64) (font.Face, error) {
	k := faceKey{bold, size}
	facesMu.Lock()
	defer facesMu.Unlock()
	if f := faces[k]; f != nil {
		return f, nil
	}
	f, err := fonts()
	if err != nil {
		return nil, err
	}
	i := 0
	if bold {
		i = 1
	}
	of, err := opentype.NewFace(f[i], &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	cf := &cachedFace{f: of, metrics: of.Metrics(),
		glyphs: map[glyphKey]*glyph{}, bounds: map[rune]glyphBounds{}, advances: map[rune]glyphAdvance{}, kerns: map[[2]rune]fixed.Int26_6{}}
	faces[k] = cf
	return cf, nil
}

type glyphKey struct {
	r      rune
	fx, fy uint8 // the dot's position within its pixel, in 1/subpixels
}

// glyph is a mask drawn with the dot at (fx, fy)/subpixels of pixel (0, 0).
type glyph struct {
	dr   image.Rectangle
	mask *image.Alpha
	mp   image.Point
	adv  fixed.Int26_6
	ok   bool
}

type glyphBounds struct {
	b   fixed.Rectangle26_6
	adv fixed.Int26_6
	ok  bool
}

type glyphAdvance struct {
	adv fixed.Int26_6
	ok  bool
}

// cachedFace is a font.Face safe for concurrent use that computes each
// answer once with its opentype.Face (which is not safe for concurrent
// use) and remembers it. The masks Glyph returns are shared: read only.
type cachedFace struct {
	mu       sync.RWMutex
	f        font.Face // only under mu's write lock
	metrics  font.Metrics
	glyphs   map[glyphKey]*glyph
	bounds   map[rune]glyphBounds
	advances map[rune]glyphAdvance
	kerns    map[[2]rune]fixed.Int26_6
}

func (c *cachedFace) Close() error          { return nil }
func (c *cachedFace) Metrics() font.Metrics { return c.metrics }

// Glyph is font.Face's Glyph with the dot moved to the nearest
// 1/subpixels of a pixel.
func (c *cachedFace) Glyph(dot fixed.Point26_6, r rune) (image.Rectangle, image.Image, image.Point, fixed.Int26_6, bool) {
	const unit = 64 / subpixels
	q := fixed.Point26_6{X: (dot.X + unit/2) &^ (unit - 1), Y: (dot.Y + unit/2) &^ (unit - 1)}
	ix, iy := q.X.Floor(), q.Y.Floor()
	k := glyphKey{r, uint8((q.X & 63) / unit), uint8((q.Y & 63) / unit)}
	c.mu.RLock()
	g := c.glyphs[k]
	c.mu.RUnlock()
	if g == nil {
		c.mu.Lock()
		if g = c.glyphs[k]; g == nil {
			g = &glyph{}
			frac := fixed.Point26_6{X: q.X & 63, Y: q.Y & 63}
			dr, mask, mp, adv, ok := c.f.Glyph(frac, r)
			g.dr, g.mp, g.adv, g.ok = dr, mp, adv, ok
			if ok {
				// The face reuses its mask for the next glyph: keep a copy.
				a, isAlpha := mask.(*image.Alpha)
				if !isAlpha {
					a = image.NewAlpha(mask.Bounds())
					for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
						for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
							_, _, _, al := mask.At(x, y).RGBA()
							a.Pix[a.PixOffset(x, y)] = uint8(al >> 8)
						}
					}
				} else {
					a = &image.Alpha{Pix: append([]byte(nil), a.Pix...), Stride: a.Stride, Rect: a.Rect}
				}
				g.mask = a
			}
			c.glyphs[k] = g
		}
		c.mu.Unlock()
	}
	if !g.ok {
		return image.Rectangle{}, nil, image.Point{}, g.adv, false
	}
	return g.dr.Add(image.Pt(ix, iy)), g.mask, g.mp, g.adv, true
}

func (c *cachedFace) GlyphBounds(r rune) (fixed.Rectangle26_6, fixed.Int26_6, bool) {
	c.mu.RLock()
	b, hit := c.bounds[r]
	c.mu.RUnlock()
	if !hit {
		c.mu.Lock()
		b.b, b.adv, b.ok = c.f.GlyphBounds(r)
		c.bounds[r] = b
		c.mu.Unlock()
	}
	return b.b, b.adv, b.ok
}

func (c *cachedFace) GlyphAdvance(r rune) (fixed.Int26_6, bool) {
	c.mu.RLock()
	a, hit := c.advances[r]
	c.mu.RUnlock()
	if !hit {
		c.mu.Lock()
		a.adv, a.ok = c.f.GlyphAdvance(r)
		c.advances[r] = a
		c.mu.Unlock()
	}
	return a.adv, a.ok
}

func (c *cachedFace) Kern(r0, r1 rune) fixed.Int26_6 {
	k := [2]rune{r0, r1}
	c.mu.RLock()
	v, hit := c.kerns[k]
	c.mu.RUnlock()
	if !hit {
		c.mu.Lock()
		v = c.f.Kern(r0, r1)
		c.kerns[k] = v
		c.mu.Unlock()
	}
	return v
}
