package images

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	"testing"

	"golang.org/x/image/draw"
)

// BenchmarkResize makes the four copies of a 2000×1500 JPEG: decode once,
// resize and encode four times, with each interpolator.
func BenchmarkResize(b *testing.B) {
	src := encodeJPEG(b, photo(2000, 1500, false))
	for _, tc := range []struct {
		name string
		q    draw.Interpolator
	}{{"CatmullRom", draw.CatmullRom}, {"ApproxBiLinear", draw.ApproxBiLinear}, {"BiLinear", draw.BiLinear}} {
		b.Run(tc.name, func(b *testing.B) {
			old := interpolator
			interpolator = tc.q
			defer func() { interpolator = old }()
			for b.Loop() {
				d, _ := jpeg.Decode(bytes.NewReader(src))
				m := newPyramid(d)
				for _, w := range []int{320, 640, 960, 1280} {
					dst := scale(m, w, w*3/4, 1)
					jpeg.Encode(&bytes.Buffer{}, dst, &jpeg.Options{Quality: jpegQuality})
				}
			}
		})
	}
}

// BenchmarkDecode is the part of BenchmarkResize spent decoding.
func BenchmarkDecode(b *testing.B) {
	src := encodeJPEG(b, photo(2000, 1500, false))
	for b.Loop() {
		image.Decode(bytes.NewReader(src))
	}
}

// BenchmarkPhoto is a whole photo through a Set: without a cache, and with
// every copy already cached (what an unchanged rebuild costs).
func BenchmarkPhoto(b *testing.B) {
	files := map[string][]byte{"anh.jpg": encodeJPEG(b, photo(2000, 1500, false))}
	run := func(b *testing.B, cache string) {
		s := plan(b, files, cache)
		if err := s.Prepare(context.Background(), 1); err != nil {
			b.Fatal(err)
		}
		for _, v := range s.Images()[0].Variants {
			if _, err := s.Bytes(v.URL[1:]); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("NoCache", func(b *testing.B) {
		for b.Loop() {
			run(b, "")
		}
	})
	b.Run("CacheHit", func(b *testing.B) {
		cache := b.TempDir()
		run(b, cache)
		for b.Loop() {
			run(b, cache)
		}
	})
}
