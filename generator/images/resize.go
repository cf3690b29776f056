package images

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"

	"golang.org/x/image/draw"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
)

// interpolator resizes photos. Catmull-Rom weighs every source pixel under
// an output pixel, so fine detail stays sharp and free of moiré;
// ApproxBiLinear samples four pixels per output pixel and aliases. It
// costs about twice as much: decoding a 2000×1500 JPEG and making its four
// copies takes some 310 ms of CPU against 150 ms (BenchmarkResize), paid
// once per photo thanks to the cache.
var interpolator draw.Interpolator = draw.CatmullRom

// interpolatorName goes into the cache key.
const interpolatorName = "catmull-rom"

// jpegQuality is the quality of JPEG copies: at 80 the loss is hard to see
// in photos while files are about half the size of quality 95.
const jpegQuality = 80

// decode decodes a whole photo.
func decode(src []byte, im *Image) (*pyramid, error) {
	m, _, err := image.Decode(bytes.NewReader(src))
	if err != nil {
		return nil, &diag.Error{Path: im.Src, Msg: i18n.ImgCannotDecode.T(err),
			Hint: i18n.ImgSaveAgainHint.T(), Err: err}
	}
	p := newPyramid(m)
	p.icc = iccProfile(src)
	return p, nil
}

// encodeVariant resizes m, the decoded photo im, to v and encodes it.
func encodeVariant(m *pyramid, im *Image, v Variant) ([]byte, error) {
	dst := scale(m, v.Width, v.Height, im.orientation)
	var buf bytes.Buffer
	var err error
	if v.Format == "png" {
		err = (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, dst)
	} else {
		err = jpeg.Encode(&buf, dst, &jpeg.Options{Quality: jpegQuality})
	}
	if err != nil {
		return nil, &diag.Error{Path: im.Src, Msg: i18n.ImgCannotEncode.T(err), Err: err}
	}
	// Go's encoders write no colour profile; without the photo's own, a
	// copy of a Display P3 or Adobe RGB photo would show in other colours
	// than the original.
	return embedICC(buf.Bytes(), v.Format, m.icc), nil
}

// pyramid is a decoded photo and its halvings, made as they are needed.
// Shrinking by halves first (a 2×2 average: cheap, integer, and a proper
// low-pass filter) leaves the interpolator less than a factor of two to
// cover, which is where Catmull-Rom is both sharp and fast: a 2000-pixel
// photo goes to 320 pixels through 1000 and 500 rather than in one step
// that weighs 25 source pixels in each direction per output pixel.
//
// Every copy is a function of the source alone (which halvings are used
// depends only on the source and target widths), so the bytes do not
// depend on which other copies were made in the same run, or cached.
type pyramid struct {
	levels []image.Image // levels[0] the photo, levels[k] halved k times (*image.RGBA)
	icc    []byte        // the photo's ICC colour profile, or nil
}

func newPyramid(m image.Image) *pyramid { return &pyramid{levels: []image.Image{m}} }

// base returns the smallest level at least sw×sh pixels.
func (p *pyramid) base(sw, sh int) image.Image {
	for k := 0; ; k++ {
		b := p.levels[k].Bounds()
		if b.Dx()/2 < sw || b.Dy()/2 < sh {
			return p.levels[k]
		}
		if k+1 == len(p.levels) {
			p.levels = append(p.levels, halve(p.levels[k]))
		}
	}
}

// halve returns m shrunk to half its size, each pixel the average of four;
// an odd last row or column is dropped.
func halve(m image.Image) *image.RGBA {
	src, ok := m.(*image.RGBA)
	if !ok {
		src = image.NewRGBA(m.Bounds())
		draw.Draw(src, src.Bounds(), m, m.Bounds().Min, draw.Src)
	}
	b := src.Bounds()
	w, h := b.Dx()/2, b.Dy()/2
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		r0 := src.Pix[2*y*src.Stride:]
		r1 := src.Pix[(2*y+1)*src.Stride:]
		d := dst.Pix[y*dst.Stride:]
		for x := range w * 4 {
			i := (x/4)*8 + x%4
			d[x] = uint8((uint32(r0[i]) + uint32(r0[i+4]) + uint32(r1[i]) + uint32(r1[i+4]) + 2) / 4)
		}
	}
	return dst
}

// scale resizes the photo p, stored with EXIF orientation o, to an image
// w×h pixels as shown, with the orientation applied to the pixels (the
// encoders write no EXIF, so the copy must be upright itself).
func scale(p *pyramid, w, h, o int) *image.RGBA {
	sw, sh := w, h
	if o >= 5 {
		sw, sh = h, w
	}
	m := p.base(sw, sh)
	dst := image.NewRGBA(image.Rect(0, 0, sw, sh))
	interpolator.Scale(dst, dst.Bounds(), m, m.Bounds(), draw.Src, nil)
	if o <= 1 || o > 8 {
		return dst
	}
	return orient(dst, o)
}

// orient turns src, stored with EXIF orientation o, upright. It runs on the
// resized image, where it is cheapest.
func orient(src *image.RGBA, o int) *image.RGBA {
	sw, sh := src.Rect.Dx(), src.Rect.Dy()
	w, h := sw, sh
	if o >= 5 {
		w, h = sh, sw
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			var sx, sy int
			switch o {
			case 2: // mirrored
				sx, sy = sw-1-x, y
			case 3: // upside down
				sx, sy = sw-1-x, sh-1-y
			case 4: // mirrored upside down
				sx, sy = x, sh-1-y
			case 5: // transposed
				sx, sy = y, x
			case 6: // turned a quarter anticlockwise: turn it clockwise
				sx, sy = y, sh-1-x
			case 7: // transversed
				sx, sy = sw-1-y, sh-1-x
			case 8: // turned a quarter clockwise: turn it anticlockwise
				sx, sy = sw-1-y, x
			}
			copy(dst.Pix[y*dst.Stride+4*x:][:4], src.Pix[sy*src.Stride+4*sx:][:4])
		}
	}
	return dst
}
