package images

import (
	"image"
	"image/color"
	"testing"
)

// FuzzMeasureHead: the header readers never panic on hostile bytes, and a
// photo they accept has a size.
func FuzzMeasureHead(f *testing.F) {
	f.Add(encodeJPEG(f, photo(40, 30, false)), false)
	f.Add(withOrientation(encodeJPEG(f, photo(40, 30, false)), 6), false)
	f.Add(encodePNG(f, photo(40, 30, true)), false)
	f.Add(encodePNG(f, image.NewPaletted(image.Rect(0, 0, 4, 3), color.Palette{color.Black, color.White})), false)
	f.Add(webpHeader(40, 30), false)
	f.Add([]byte("GIF89a\x40\x01\xf0\x00\x00\x00\x00;"), false)
	f.Add([]byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 6" width="800"/>`), true)
	f.Add([]byte(`<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "b">]><svg width="1e5" height="2cm"/>`), true)
	f.Fuzz(func(t *testing.T, b []byte, svg bool) {
		jpegOrientation(b)
		pngOpaque(b)
		im, err := measureHead(b, svg)
		if err != nil {
			return
		}
		if !svg && (im.Width <= 0 || im.Height <= 0) {
			t.Errorf("accepted a %s of %d×%d", im.Format, im.Width, im.Height)
		}
		if im.Width < 0 || im.Height < 0 || im.orientation < 1 || im.orientation > 8 {
			t.Errorf("measured %+v", im)
		}
	})
}
