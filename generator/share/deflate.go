package share

import (
	"encoding/binary"
	"math/bits"
)

// A card's canvas is flat paper and bands with letters on them: nearly
// every byte repeats the one before it or the one a row above. deflate
// below writes the zlib stream of such an image in one pass that looks
// only at those two places, with the fixed Huffman code of RFC 1951 (no
// tables to build), and computes the Adler-32 checksum of whole runs at
// once. compress/flate searched every position for any earlier match and
// checksummed every byte: it was half of a card's time. The output is a
// little larger (about a tenth) and any PNG decoder reads it.

// deflate returns the zlib stream (RFC 1950) of data, whose rows (filter
// byte included) are stride bytes long.
func deflate(dst, data []byte, stride int) []byte {
	w := bitWriter{out: append(dst, 0x78, 0x01)} // deflate, 32 KB window, fastest
	w.bits(1|1<<1, 3)                            // the only block: final, fixed Huffman
	var ad adler
	ad.init()
	lit := 0 // data[lit:i] are literals not yet written
	for i := 0; i < len(data); {
		n, dist := 0, 0
		if i > 0 && data[i] == data[i-1] {
			n, dist = sameRun(data, i, data[i-1]), 1
		}
		if i >= stride && n < 258 {
			if m := matchLen(data[i:], data[i-stride:]); m > n {
				n, dist = m, stride
			}
		}
		if n < 3 {
			i++
			continue
		}
		w.literals(data[lit:i])
		ad.update(data[lit:i])
		if dist == 1 {
			ad.run(data[i], n)
		} else {
			ad.update(data[i : i+n])
		}
		dc := distCode(dist)
		for left := n; left > 0; {
			c := min(left, 258)
			if r := left - c; r > 0 && r < 3 {
				c = left - 3
			}
			w.match(c, dist, dc)
			left -= c
		}
		i += n
		lit = i
	}
	w.literals(data[lit:])
	ad.update(data[lit:])
	w.code(fixedLit[256])
	w.flush()
	return binary.BigEndian.AppendUint32(w.out, ad.sum())
}

// sameRun is how many bytes from data[i] on equal v.
func sameRun(data []byte, i int, v byte) int {
	start := i
	pat := uint64(v) * 0x0101010101010101
	for i+8 <= len(data) {
		if x := binary.LittleEndian.Uint64(data[i:]) ^ pat; x != 0 {
			return i + bits.TrailingZeros64(x)/8 - start
		}
		i += 8
	}
	for i < len(data) && data[i] == v {
		i++
	}
	return i - start
}

// matchLen is the length of the common prefix of a and b.
func matchLen(a, b []byte) int {
	n := 0
	for n+8 <= len(a) {
		if x := binary.LittleEndian.Uint64(a[n:]) ^ binary.LittleEndian.Uint64(b[n:]); x != 0 {
			return n + bits.TrailingZeros64(x)/8
		}
		n += 8
	}
	for n < len(a) && a[n] == b[n] {
		n++
	}
	return n
}

// huff is a Huffman code, bits already reversed for writing LSB first.
type huff struct {
	code uint16
	n    uint8
}

// fixedLit and fixedDist are RFC 1951's fixed codes (section 3.2.6).
var fixedLit, fixedDist = func() (lit [288]huff, dist [30]huff) {
	for v := range lit {
		var c, n int
		switch {
		case v < 144:
			c, n = 0x30+v, 8
		case v < 256:
			c, n = 0x190+v-144, 9
		case v < 280:
			c, n = v-256, 7
		default:
			c, n = 0xc0+v-280, 8
		}
		lit[v] = huff{uint16(bits.Reverse16(uint16(c)) >> (16 - n)), uint8(n)}
	}
	for v := range dist {
		dist[v] = huff{uint16(bits.Reverse16(uint16(v)) >> 11), 5}
	}
	return
}()

// lengthBase and distBase are the first length and distance of each code.
var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// bitWriter packs bits LSB first, as deflate does.
type bitWriter struct {
	out []byte
	acc uint64
	n   uint
}

func (w *bitWriter) bits(v uint64, n uint) {
	w.acc |= v << w.n
	w.n += n
	if w.n >= 32 {
		w.out = binary.LittleEndian.AppendUint32(w.out, uint32(w.acc))
		w.acc >>= 32
		w.n -= 32
	}
}

func (w *bitWriter) code(h huff) { w.bits(uint64(h.code), uint(h.n)) }

func (w *bitWriter) literals(b []byte) {
	for _, c := range b {
		w.code(fixedLit[c])
	}
}

// lengthCode is the length code (0..28, for symbols 257..285) of each
// match length 3..258.
var lengthCode = func() (t [259]uint8) {
	for l := 3; l <= 258; l++ {
		c := 28
		for int(lengthBase[c]) > l {
			c--
		}
		t[l] = uint8(c)
	}
	return
}()

// distCode is the distance code of dist (1..32768).
func distCode(dist int) int {
	dc := 29
	for dc > 0 && int(distBase[dc]) > dist {
		dc--
	}
	return dc
}

// match writes a length (3..258) and a distance (1..32768) whose code is
// dc.
func (w *bitWriter) match(length, dist, dc int) {
	lc := lengthCode[length]
	w.code(fixedLit[257+int(lc)])
	if e := lengthExtra[lc]; e > 0 {
		w.bits(uint64(length-int(lengthBase[lc])), uint(e))
	}
	w.code(fixedDist[dc])
	if e := distExtra[dc]; e > 0 {
		w.bits(uint64(dist-int(distBase[dc])), uint(e))
	}
}

// flush writes the bits left, padded to a byte.
func (w *bitWriter) flush() {
	for w.n > 0 {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
		w.n -= min(w.n, 8)
	}
	w.acc = 0
}

// adler is an Adler-32 checksum (RFC 1950) that adds a run of one byte in
// constant time.
type adler struct{ a, b uint64 }

const adlerMod = 65521

func (s *adler) init() { s.a, s.b = 1, 0 }

func (s *adler) update(p []byte) {
	pending := 0 // bytes added since a and b were reduced
	for len(p) > 0 {
		// Runs inside literals and matches (paper between letters) are
		// common: add them at once, and short ones byte by byte.
		n := sameRun(p, 0, p[0])
		if n >= 16 {
			s.run(p[0], n)
			pending = 0
		} else {
			for _, c := range p[:n] {
				s.a += uint64(c)
				s.b += s.a
			}
			if pending += n; pending > 1<<20 {
				s.a %= adlerMod
				s.b %= adlerMod
				pending = 0
			}
		}
		p = p[n:]
	}
	s.a %= adlerMod
	s.b %= adlerMod
}

// run adds n bytes of value v.
func (s *adler) run(v byte, n int) {
	nn := uint64(n)
	s.b = (s.b + nn%adlerMod*s.a + uint64(v)*(nn*(nn+1)/2%adlerMod)) % adlerMod
	s.a = (s.a + uint64(v)*nn) % adlerMod
}

func (s *adler) sum() uint32 { return uint32(s.b<<16 | s.a) }
