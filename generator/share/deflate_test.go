package share

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand/v2"
	"testing"
)

// inflate decodes a zlib stream with the standard library, which checks
// the Adler-32 checksum at the end.
func inflate(t testing.TB, z []byte) []byte {
	t.Helper()
	r, err := zlib.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("inflate: %v", err)
	}
	return b
}

// TestDeflate: what deflate writes, compress/zlib reads back byte for
// byte, checksum included: runs longer than a match (258), runs that end
// one or two bytes after a match, rows equal to the row above, noise, and
// the empty input.
func TestDeflate(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	noise := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rnd.IntN(256))
		}
		return b
	}
	rows := func(stride, h int, row func(y int) []byte) []byte {
		var b []byte
		for y := range h {
			b = append(b, row(y)[:stride]...)
		}
		return b
	}
	cases := map[string]struct {
		data   []byte
		stride int
	}{
		"empty":     {nil, 10},
		"one":       {[]byte{7}, 10},
		"run 258":   {bytes.Repeat([]byte{0}, 259), 1000},
		"run 259":   {bytes.Repeat([]byte{0}, 260), 1000},
		"run 260":   {bytes.Repeat([]byte{3}, 261), 1000},
		"long run":  {bytes.Repeat([]byte{200}, 100_000), 1201},
		"noise":     {noise(5000), 100},
		"same rows": {rows(1201, 40, func(int) []byte { return append([]byte{0}, bytes.Repeat([]byte{5, 6, 7, 200}, 300)...) }), 1201},
		"mixed rows": {rows(301, 200, func(y int) []byte {
			r := make([]byte, 301)
			if y%7 < 3 {
				copy(r[1+y%50:], noise(40))
			}
			return r
		}), 301},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			z := deflate(nil, c.data, c.stride)
			if got := inflate(t, z); !bytes.Equal(got, c.data) {
				t.Fatalf("round trip: got %d bytes, want %d", len(got), len(c.data))
			}
		})
	}
	// A card's canvas compresses well: at most a twentieth of its bytes.
	cv, err := draw1(cards["profile"])
	if err != nil {
		t.Fatal(err)
	}
	defer canvases.Put(cv)
	z := deflate(nil, cv.rows, Width+1)
	if !bytes.Equal(inflate(t, z), cv.rows) {
		t.Fatal("a card's canvas did not survive the round trip")
	}
	if len(z) > len(cv.rows)/20 {
		t.Errorf("a card's canvas took %d bytes, over a twentieth of %d", len(z), len(cv.rows))
	}
}

// FuzzDeflate: any bytes, any row length, round trip through compress/zlib.
func FuzzDeflate(f *testing.F) {
	f.Add([]byte{}, uint16(1))
	f.Add(bytes.Repeat([]byte{1, 1, 1, 2}, 200), uint16(4))
	f.Add([]byte("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"), uint16(7))
	f.Fuzz(func(t *testing.T, data []byte, stride uint16) {
		s := int(stride)%32768 + 1
		if got := inflate(t, deflate(nil, data, s)); !bytes.Equal(got, data) {
			t.Fatalf("round trip differs (stride %d, %d bytes)", s, len(data))
		}
	})
}
