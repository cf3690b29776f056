package benchgen

import (
	"bytes"
	"image"
	"image/jpeg"
)

// Photo writes the JPEG of profile i (the long shape's photos): 640×480, a
// gradient between two colours with a light disc and a darker body, as a
// portrait's silhouette, drawn from the profile's own random stream so that
// no two photos are the same file (a cache keyed by content must not turn
// 2,500 photos into one). image/jpeg's output is deterministic for a Go
// release; the Markdown does not depend on it.
func Photo(b *bytes.Buffer, seed uint64, i int) {
	r := streamRNG(seed^0x5bd1e995, i)
	const w, h = 640, 480
	m := image.NewYCbCr(image.Rect(0, 0, w, h), image.YCbCrSubsampleRatio420)
	y0, y1 := uint8(r.between(40, 120)), uint8(r.between(140, 230))
	cb, cr := uint8(r.between(90, 170)), uint8(r.between(90, 170))
	cx, cy, rad := r.between(240, 400), r.between(130, 210), r.between(55, 90)
	for y := 0; y < h; y++ {
		base := int(y0) + (int(y1)-int(y0))*y/h
		for x := 0; x < w; x++ {
			v := base + (x*37+y*11)%23 - 11
			dx, dy := x-cx, y-cy
			switch {
			case dx*dx+dy*dy < rad*rad:
				v = 225 - (dx*dx+dy*dy)*40/(rad*rad)
			case y > cy+rad && dx*dx*2 < (y-cy)*(y-cy)*3:
				v = 50 + (y-cy)/10
			}
			m.Y[y*m.YStride+x] = uint8(max(0, min(255, v)))
		}
	}
	for k := range m.Cb {
		m.Cb[k], m.Cr[k] = cb, cr
	}
	jpeg.Encode(b, m, &jpeg.Options{Quality: 80})
}
