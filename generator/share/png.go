package share

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
)

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
