package images

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"image"
	"image/png"
	"testing"
)

// Metadata a phone writes, as the test photos carry it.
var (
	gpsLatitude = []byte{0, 0, 0, 13, 0, 0, 0, 1, 0, 0, 0, 58, 0, 0, 0, 1, 0, 0, 0x17, 0x6f, 0, 0, 0, 100} // 13° 58' 59.99"
	cameraMake  = "GuongsangPhone\x00"
	xmp         = "http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><exif:GPSLatitude>13,58.99N</exif:GPSLatitude></x:xmpmeta>"
	iptc        = "Photoshop 3.0\x008BIM\x04\x04\x00\x00\x00\x00\x00\x0c\x1c\x02\x5a\x00\x07Pleiku!"
	comment     = "chup tai nha rieng"
	fakeICC     = bytes.Repeat([]byte("icc-profile-bytes "), 40)
)

// exifGPS is an EXIF TIFF structure as a phone writes it: IFD0 with the
// camera's make, the orientation o and a pointer to a GPS IFD holding a
// latitude.
func exifGPS(o int) []byte {
	be := binary.BigEndian
	t := []byte("MM\x00\x2a\x00\x00\x00\x08")
	// IFD0 at 8: three entries (12 bytes each), next-IFD offset.
	ifd0 := 8
	makeOff := ifd0 + 2 + 3*12 + 4
	gpsOff := makeOff + len(cameraMake)
	t = be.AppendUint16(t, 3)
	t = append(t, 0x01, 0x0F, 0, 2) // Make, ASCII
	t = be.AppendUint32(t, uint32(len(cameraMake)))
	t = be.AppendUint32(t, uint32(makeOff))
	t = append(t, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, byte(o), 0, 0) // Orientation
	t = append(t, 0x88, 0x25, 0, 4, 0, 0, 0, 1)                   // GPSInfo, LONG
	t = be.AppendUint32(t, uint32(gpsOff))
	t = append(t, 0, 0, 0, 0)
	t = append(t, cameraMake...)
	// GPS IFD: LatitudeRef "N", Latitude (3 RATIONAL).
	latOff := gpsOff + 2 + 2*12 + 4
	t = be.AppendUint16(t, 2)
	t = append(t, 0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0)
	t = append(t, 0, 2, 0, 5, 0, 0, 0, 3)
	t = be.AppendUint32(t, uint32(latOff))
	t = append(t, 0, 0, 0, 0)
	return append(t, gpsLatitude...)
}

func segment(marker byte, payload []byte) []byte {
	out := []byte{0xFF, marker}
	out = binary.BigEndian.AppendUint16(out, uint16(len(payload)+2))
	return append(out, payload...)
}

// phoneJPEG is jpg as a phone would save it: JFIF, EXIF with GPS, XMP, an
// ICC profile, IPTC and a comment before the image, and a second picture
// (MPF) after its end.
func phoneJPEG(jpg []byte, o int) []byte {
	out := []byte{0xFF, 0xD8}
	out = append(out, segment(0xE0, []byte("JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"))...)
	out = append(out, segment(0xE1, append([]byte("Exif\x00\x00"), exifGPS(o)...))...)
	out = append(out, segment(0xE1, []byte(xmp))...)
	icc := append([]byte("ICC_PROFILE\x00\x01\x01"), fakeICC...)
	out = append(out, segment(0xE2, icc)...)
	out = append(out, segment(0xED, []byte(iptc))...)
	out = append(out, segment(0xFE, []byte(comment))...)
	out = append(out, jpg[2:]...)
	return append(out, append([]byte{0xFF, 0xD8}, segment(0xE1, append([]byte("Exif\x00\x00"), exifGPS(1)...))...)...)
}

// leaks returns which of the metadata is still in b.
func leaks(t *testing.T, b []byte) {
	t.Helper()
	for name, m := range map[string][]byte{"GPS latitude": gpsLatitude, "camera make": []byte("GuongsangPhone"),
		"XMP": []byte("xmpmeta"), "IPTC": []byte("8BIM"), "comment": []byte(comment), "GPS IFD pointer": {0x88, 0x25}} {
		if bytes.Contains(b, m) {
			t.Errorf("the %s is still in the published photo", name)
		}
	}
}

// scanData returns the bytes from the first start-of-scan marker on: the
// compressed pixels, which stripping must leave byte for byte.
func scanData(t *testing.T, b []byte) []byte {
	t.Helper()
	i := bytes.Index(b, []byte{0xFF, 0xDA})
	j := bytes.LastIndex(b, []byte{0xFF, 0xD9})
	if i < 0 || j < i {
		t.Fatal("no scan in the JPEG")
	}
	return b[i : j+2]
}

// TestStripJPEG: a photo with GPS in its EXIF, XMP, IPTC and a comment is
// published without any of them, with its ICC profile, and with the very
// same compressed pixels; orientation 1 leaves no EXIF at all.
func TestStripJPEG(t *testing.T) {
	plain := encodeJPEG(t, photo(64, 48, false))
	src := phoneJPEG(plain, 1)
	out, ok := Strip(src)
	if !ok {
		t.Fatal("Strip could not follow the JPEG")
	}
	leaks(t, out)
	if bytes.Contains(out, []byte("Exif")) {
		t.Error("an EXIF segment is left although the photo is upright")
	}
	if !bytes.Contains(out, append([]byte("ICC_PROFILE\x00\x01\x01"), fakeICC...)) {
		t.Error("the ICC profile was removed")
	}
	if !bytes.Contains(out, []byte("JFIF\x00")) {
		t.Error("the JFIF segment was removed")
	}
	if !bytes.Equal(scanData(t, out), scanData(t, plain)) {
		t.Error("the compressed image data changed")
	}
	if !bytes.HasSuffix(out, []byte{0xFF, 0xD9}) {
		t.Error("data after the end of the image is still published")
	}
	a, _, err1 := image.Decode(bytes.NewReader(out))
	b, _, err2 := image.Decode(bytes.NewReader(plain))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if !bytes.Equal(a.(*image.YCbCr).Y, b.(*image.YCbCr).Y) || !bytes.Equal(a.(*image.YCbCr).Cb, b.(*image.YCbCr).Cb) {
		t.Error("decoded pixels differ")
	}
	if again, _ := Strip(out); !bytes.Equal(again, out) {
		t.Error("stripping twice changes the photo again")
	}
}

// TestStripKeepsOrientation: a portrait taken with the phone on its side
// (orientation 6) keeps that one tag, and nothing else of its EXIF, so it
// still shows upright.
func TestStripKeepsOrientation(t *testing.T) {
	src := phoneJPEG(encodeJPEG(t, photo(64, 48, false)), 6)
	out, ok := Strip(src)
	if !ok {
		t.Fatal("Strip could not follow the JPEG")
	}
	leaks(t, out)
	if o := jpegOrientation(out); o != 6 {
		t.Errorf("orientation %d after stripping, want 6", o)
	}
	im, err := measureHead(out, false)
	if err != nil || im.Width != 48 || im.Height != 64 {
		t.Errorf("measured %v, %v; want 48×64 as shown", im, err)
	}
}

// TestStripPNG: text chunks (XMP, comments), eXIf and tIME go; iCCP, gAMA
// and the image data stay.
func TestStripPNG(t *testing.T) {
	plain := encodePNG(t, photo(32, 16, true))
	// IHDR ends at 8+8+13+4 = 33.
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(fakeICC)
	w.Close()
	src := append([]byte{}, plain[:33]...)
	src = appendPNGChunk(src, "iCCP", append([]byte("p3\x00\x00"), z.Bytes()...))
	src = appendPNGChunk(src, "gAMA", []byte{0, 0, 0xB1, 0x8F})
	src = appendPNGChunk(src, "eXIf", exifGPS(1))
	src = appendPNGChunk(src, "iTXt", []byte("XML:com.adobe.xmp\x00\x00\x00\x00\x00"+xmp))
	src = appendPNGChunk(src, "tEXt", []byte("Comment\x00"+comment))
	src = appendPNGChunk(src, "tIME", []byte{0x07, 0xE4, 6, 15, 9, 30, 0})
	src = append(src, plain[33:]...)
	out, ok := Strip(src)
	if !ok {
		t.Fatal("Strip could not follow the PNG")
	}
	leaks(t, out)
	for _, c := range []string{"eXIf", "iTXt", "tEXt", "tIME"} {
		if bytes.Contains(out, []byte(c)) {
			t.Errorf("chunk %s is still there", c)
		}
	}
	if !bytes.Equal(iccProfile(out), fakeICC) {
		t.Error("the ICC profile was lost")
	}
	if !bytes.Contains(out, []byte("gAMA")) {
		t.Error("gAMA was removed")
	}
	a, err1 := png.Decode(bytes.NewReader(out))
	b, err2 := png.Decode(bytes.NewReader(plain))
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if !bytes.Equal(a.(*image.NRGBA).Pix, b.(*image.NRGBA).Pix) {
		t.Error("decoded pixels differ")
	}
}

// TestStripRefuses: what is not a JPEG or PNG it can follow comes back
// unchanged, with ok false.
func TestStripRefuses(t *testing.T) {
	jpg := encodeJPEG(t, photo(16, 16, false))
	for name, b := range map[string][]byte{
		"gif":              []byte("GIF89a\x01\x00\x01\x00"),
		"truncated header": jpg[:5],
		"bad length":       {0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 0},
		"png no IEND":      encodePNG(t, photo(4, 4, false))[:40],
	} {
		out, ok := Strip(b)
		if ok || !bytes.Equal(out, b) {
			t.Errorf("%s: ok %v, changed %v", name, ok, !bytes.Equal(out, b))
		}
	}
}

// TestVariantsKeepICC: resized copies carry the photo's colour profile,
// JPEG from JPEG and PNG from PNG, and no other metadata.
func TestVariantsKeepICC(t *testing.T) {
	src := phoneJPEG(encodeJPEG(t, photo(700, 400, false)), 1)
	s := plan(t, map[string][]byte{"anh.jpg": src}, "")
	for _, v := range s.Lookup("/ho-so/a/anh.jpg").Variants {
		b, err := s.Bytes(v.URL[1:])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(iccProfile(b), fakeICC) {
			t.Errorf("%s: ICC profile not kept", v.URL)
		}
		leaks(t, b)
		if _, _, err := image.Decode(bytes.NewReader(b)); err != nil {
			t.Errorf("%s: %v", v.URL, err)
		}
	}
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(fakeICC)
	w.Close()
	plain := encodePNG(t, photo(700, 400, true))
	pngSrc := appendPNGChunk(append([]byte{}, plain[:33]...), "iCCP", append([]byte("p3\x00\x00"), z.Bytes()...))
	pngSrc = append(pngSrc, plain[33:]...)
	s = plan(t, map[string][]byte{"anh.png": pngSrc}, "")
	for _, v := range s.Lookup("/ho-so/a/anh.png").Variants {
		b, err := s.Bytes(v.URL[1:])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(iccProfile(b), fakeICC) {
			t.Errorf("%s: ICC profile not kept", v.URL)
		}
		if _, err := png.Decode(bytes.NewReader(b)); err != nil {
			t.Errorf("%s: %v", v.URL, err)
		}
	}
}

func FuzzStrip(f *testing.F) {
	f.Add(phoneJPEG([]byte{0xFF, 0xD8, 0xFF, 0xDA, 0, 2, 1, 2, 0xFF, 0xD9}, 6))
	f.Add([]byte(pngSig + "\x00\x00\x00\x00IEND\xae\x42\x60\x82"))
	f.Fuzz(func(t *testing.T, b []byte) {
		out, ok := Strip(b)
		if !ok && !bytes.Equal(out, b) {
			t.Fatal("changed a file it could not follow")
		}
		if ok {
			if again, ok2 := Strip(out); !ok2 || !bytes.Equal(again, out) {
				t.Fatal("not idempotent")
			}
		}
	})
}
