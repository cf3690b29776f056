package build

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"strings"
)

// isSharePicture reports whether the output file name is a picture drawn
// by package share: a share picture or the site icon.
func isSharePicture(name string) bool {
	return strings.HasPrefix(name, "anh-chia-se/") && strings.HasSuffix(name, ".png") || name == "apple-touch-icon.png"
}

// similarPNG compares two PNGs by their pixels: same size, a mean
// difference of at most 1 level per channel, and at most 0.5% of pixels
// differing by more than 48 levels in a channel (a glyph moved or
// missing is tens of thousands of pixels; an antialiasing change is a
// level or two at its edges).
func similarPNG(got, want []byte) error {
	g, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		return fmt.Errorf("not a PNG: %v", err)
	}
	w, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		return fmt.Errorf("golden is not a PNG: %v", err)
	}
	if g.Bounds() != w.Bounds() {
		return fmt.Errorf("size %v, want %v", g.Bounds().Size(), w.Bounds().Size())
	}
	var sum, far, n int
	b := g.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			d := pixelDiff(g, w, x, y)
			sum += d
			if d > 48 {
				far++
			}
			n++
		}
	}
	if mean := float64(sum) / float64(n); mean > 1 {
		return fmt.Errorf("mean difference %.2f levels per channel, want ≤ 1", mean)
	}
	if far*200 > n {
		return fmt.Errorf("%d of %d pixels differ by more than 48 levels, want ≤ 0.5%%", far, n)
	}
	return nil
}

// pixelDiff is the largest difference, in 8-bit levels, between the
// channels of a and b at (x, y).
func pixelDiff(a, b image.Image, x, y int) int {
	r1, g1, b1, a1 := a.At(x, y).RGBA()
	r2, g2, b2, a2 := b.At(x, y).RGBA()
	d := 0
	for _, p := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
		v := int(p[0]>>8) - int(p[1]>>8)
		if v < 0 {
			v = -v
		}
		d = max(d, v)
	}
	return d
}
