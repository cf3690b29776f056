package share

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
	"sync"
)

// encodePNG writes m, which must be opaque, as an 8-bit RGB PNG whose rows
// all use the Up filter. image/png tries five filters on every row and
// took three quarters of a card's time; cards are flat paper with text, so
// Up, which turns every row like the one above into zeros, compresses
// them as well at a fraction of the cost.
func encodePNG(m *image.RGBA) ([]byte, error) {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	var z bytes.Buffer
	z.Grow(48 << 10)
	zw := zwriters.Get().(*zlib.Writer)
	defer zwriters.Put(zw)
	zw.Reset(&z)
	row := make([]byte, 1+3*w)
	prev := make([]byte, 3*w)
	cur := make([]byte, 3*w)
	zero := make([]byte, 1+3*w)
	row[0], zero[0] = 2, 2 // Up
	var above []byte
	for y := range h {
		pix := m.Pix[y*m.Stride : y*m.Stride+4*w]
		if bytes.Equal(pix, above) { // most rows are paper, as above
			if _, err := zw.Write(zero); err != nil {
				return nil, err
			}
			continue
		}
		above = pix
		for x := range w {
			cur[3*x], cur[3*x+1], cur[3*x+2] = pix[4*x], pix[4*x+1], pix[4*x+2]
		}
		for i, c := range cur {
			row[1+i] = c - prev[i]
		}
		if _, err := zw.Write(row); err != nil {
			return nil, err
		}
		prev, cur = cur, prev
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Grow(z.Len() + 64)
	out.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits, truecolour
	chunk(&out, "IHDR", ihdr[:])
	chunk(&out, "IDAT", z.Bytes())
	chunk(&out, "IEND", nil)
	return out.Bytes(), nil
}

// zwriters recycles compressors, which allocate large tables.
var zwriters = sync.Pool{New: func() any {
	zw, _ := zlib.NewWriterLevel(io.Discard, zlib.BestSpeed)
	return zw
}}

func chunk(b *bytes.Buffer, typ string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	b.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(typ))
	crc.Write(data)
	b.WriteString(typ)
	b.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	b.Write(n[:])
}

// encodePaletted writes cv as an 8-bit paletted PNG, rows unfiltered (the
// PNG specification's advice for palettes), compressed by deflate.
func encodePaletted(cv *canvas) ([]byte, error) {
	m := cv.Paletted
	w, h := m.Rect.Dx(), m.Rect.Dy()
	z := deflate(make([]byte, 0, 24<<10), cv.rows, w+1)
	var out bytes.Buffer
	out.Grow(len(z) + 3*len(m.Palette) + 64)
	out.WriteString("\x89PNG\r\n\x1a\n")
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 3 // 8 bits, paletted
	chunk(&out, "IHDR", ihdr[:])
	plte := make([]byte, 0, 3*len(m.Palette))
	for _, c := range m.Palette {
		r, g, b, _ := c.RGBA()
		plte = append(plte, uint8(r>>8), uint8(g>>8), uint8(b>>8))
	}
	chunk(&out, "PLTE", plte)
	chunk(&out, "IDAT", z)
	chunk(&out, "IEND", nil)
	return out.Bytes(), nil
}
