package share

import (
	"bytes"
	"image"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// TestCachedFace: a shared face answers as the font does. On the
// 1/subpixels grid its masks are the font's own, pixel for pixel; between
// grid points it draws at the nearest one; advances, bounds and kerning
// are the font's exactly.
func TestCachedFace(t *testing.T) {
	f, err := fonts()
	if err != nil {
		t.Fatal(err)
	}
	of, err := opentype.NewFace(f[1], &opentype.FaceOptions{Size: 68, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		t.Fatal(err)
	}
	cf, err := face(true, 68)
	if err != nil {
		t.Fatal(err)
	}
	const unit = 64 / subpixels
	for _, r := range "ẨỄỖgjÀ'y" {
		for _, dx := range []fixed.Int26_6{0, unit, 2 * unit, 3 * unit, 5, unit + 9} {
			dot := fixed.Point26_6{X: 100<<6 + dx, Y: 80 << 6}
			want := dot
			want.X = (dot.X + unit/2) &^ (unit - 1)
			dr1, m1, mp1, a1, ok1 := of.Glyph(want, r)
			var pix1 []byte
			if ok1 {
				pix1 = append(pix1, m1.(*image.Alpha).Pix...)
			}
			dr2, m2, mp2, a2, ok2 := cf.Glyph(dot, r)
			if dr1 != dr2 || mp1 != mp2 || a1 != a2 || ok1 != ok2 {
				t.Fatalf("%q at %v: %v %v %v %v, want %v %v %v %v", r, dot, dr2, mp2, a2, ok2, dr1, mp1, a1, ok1)
			}
			if ok1 && !bytes.Equal(m2.(*image.Alpha).Pix, pix1) {
				t.Fatalf("%q at %v: mask differs from the font's", r, dot)
			}
		}
		b1, a1, _ := of.GlyphBounds(r)
		b2, a2, _ := cf.GlyphBounds(r)
		if b1 != b2 || a1 != a2 {
			t.Errorf("%q: bounds %v %v, want %v %v", r, b2, a2, b1, a1)
		}
		if k1, k2 := of.Kern('T', r), cf.Kern('T', r); k1 != k2 {
			t.Errorf("kern T%q: %v, want %v", r, k2, k1)
		}
	}
	if got, want := font.MeasureString(cf, "Ksor H'Bia – Đak Đoa"), font.MeasureString(of, "Ksor H'Bia – Đak Đoa"); got != want {
		t.Errorf("MeasureString = %v, want %v", got, want)
	}
}
