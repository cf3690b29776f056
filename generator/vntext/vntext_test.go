package vntext

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Già làng Đinh Văn Ơn", "gia-lang-dinh-van-on"},
		{"ĐẠK ĐOA", "dak-doa"},
		{"Chư Păh", "chu-pah"},
		{"  Ksor H'Bia  ", "ksor-h-bia"},
		{"Trường THCS Nguyễn Du (Ia Grai)", "truong-thcs-nguyen-du-ia-grai"},
		{"Hợp tác xã Nông nghiệp Đoàn Kết", "hop-tac-xa-nong-nghiep-doan-ket"},
		{"ưu tiên ở ơ ư", "uu-tien-o-o-u"},
		{"../../etc/passwd", "etc-passwd"},
		{"a/b c", "a-b-c"},
		{"năm 2020", "nam-2020"},
		{"!!!", ""},
		{"", ""},
		{"日本", ""},
		{norm.NFD.String("Nguyễn Thị Ánh"), "nguyen-thi-anh"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	same := [][]string{
		{"Chư Păh", "chu-pah", "CHƯ PĂH", norm.NFD.String("Chư Păh"), "chu pah"},
		{"Nguyễn Văn", "nguyen van", "NGUYEN VAN"},
		{"Đak Đoa", "dak doa", "DAK-DOA"},
		{"Cá nhân", "ca nhan", "CA-NHAN"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if Fold(s) != Fold(group[0]) {
				t.Errorf("Fold(%q) = %q, want %q (= Fold(%q))", s, Fold(s), Fold(group[0]), group[0])
			}
		}
	}
	if Fold("Chư Păh") == Fold("Chư Prông") {
		t.Error("different names fold equal")
	}
}

func TestNFC(t *testing.T) {
	d := norm.NFD.String("Kông Chro")
	if d == "Kông Chro" {
		t.Fatal("test needs a decomposed string")
	}
	if NFC(d) != "Kông Chro" {
		t.Errorf("NFC(%q) = %q", d, NFC(d))
	}
}

func TestCollatorOrder(t *testing.T) {
	// Vietnamese alphabetical order: a < ă < â < b < c < d < đ < e < ê …
	// o < ô < ơ, u < ư; tones order after the base letter.
	want := []string{"An", "Ăn", "Ân", "Bình", "Chư", "Dũng", "Đào", "Em", "Ênh", "Hà", "Hạ", "Ia", "Ông", "Ơn", "Út", "Ưng", "Yến"}
	got := slices.Clone(want)
	slices.Reverse(got)
	c := NewCollator()
	slices.SortFunc(got, c.Compare)
	if !slices.Equal(got, want) {
		t.Errorf("sorted = %q\nwant     %q", got, want)
	}
	// Keys sort the same way as Compare.
	for i := 1; i < len(want); i++ {
		if string(c.Key(want[i-1])) >= string(c.Key(want[i])) {
			t.Errorf("Key(%q) >= Key(%q)", want[i-1], want[i])
		}
	}
	// Đ sorts after D, not with it (byte order would put it after Z).
	if c.Compare("Đinh", "Dương") <= 0 || c.Compare("Đinh", "Em") >= 0 {
		t.Error("Đ must sort between D and E")
	}
}

func TestClosest(t *testing.T) {
	cands := []string{"Chư Păh", "Chư Prông", "Chư Sê", "Đak Đoa", "Pleiku"}
	tests := []struct {
		in   string
		want int
	}{
		{"Chu Pa", 0},
		{"chu prong", 1},
		{"Dak Doa", 3},
		{"Plieku", 4},
		{"Hà Nội", -1},
	}
	for _, tt := range tests {
		if got := Closest(tt.in, cands); got != tt.want {
			t.Errorf("Closest(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
	if got := Closest("tittle", []string{"title", "kind"}); got != 0 {
		t.Errorf("Closest(tittle) = %d", got)
	}
}

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Già làng Đinh Văn Ơn", "../x", "a\x00b", "Ksor H'Bia", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Slug(s)
		for _, r := range got {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Fatalf("Slug(%q) = %q has %q", s, got, r)
			}
		}
		if len(got) > 0 && (got[0] == '-' || got[len(got)-1] == '-') {
			t.Fatalf("Slug(%q) = %q has an edge dash", s, got)
		}
		if Slug(got) != got {
			t.Fatalf("Slug not idempotent on %q", got)
		}
	})
}

// TestFoldFastPath checks Fold's table against foldSlow over every
// character the table covers, alone and between other text, plus mixed
// and decomposed input.
func TestFoldFastPath(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Errorf("Fold(%q) = %q, foldSlow says %q", s, got, want)
		}
	}
	for r := rune(0); r <= 0x2100; r++ {
		check(string(r))
		check("Ab" + string(r) + "9 z")
	}
	for _, s := range []string{"", "Già làng Đinh Văn Ơn", norm.NFD.String("Nguyễn Thị Ánh"), "CHƯ PĂH", "ß-Straße", "한국어 và Việt",
		"a\u0334\u0301", "x\xffy", "  --  ", "Ksor H'Bia", "ǅemal ǈ", "ﬁ", "Ⅻ"} {
		check(s)
	}
}

func FuzzFold(f *testing.F) {
	f.Add("Già làng Đinh Văn Ơn")
	f.Add("ß Ǆ a\u0301")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, foldSlow says %q", s, got, want)
		}
	})
}

func TestIsNFC(t *testing.T) {
	for _, s := range []string{"", "abc", "Già làng Đinh Văn Ơn", "Nguyễn Thị Ánh – “trích”", norm.NFD.String("Nguyễn"),
		"a\u0301", "a\u0334\u0301", "xyz ạ\u0334\u0301", "Ω\u2126", "\u212b", "e\u0323\u0302", "x\xff", "Ư\u0303", "\u1ea0\u0301", "한국어", norm.NFD.String("한국")} {
		if got, want := IsNFC([]byte(s)), norm.NFC.IsNormalString(s); got != want {
			t.Errorf("IsNFC(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzCheckText(f *testing.F) {
	f.Add("Già làng Đinh Văn Ơn – “trích” 한국어")
	f.Add("abcdefghijklmnopqrstuvwxyz0123\xffa\u0301")
	// the edges of CheckText's inline decoding
	f.Add("\u0080\u02ff\u0301\u1e00\u1eff\u0300\u1e9b\u0323")
	f.Add("ấ\xe1\xba")
	f.Add("ấ\xcb")
	f.Add("\xe1\xb8\xc0 \xc2\xc0 \xe1\xbc\x80")
	f.Fuzz(func(t *testing.T, s string) {
		valid, nfc := CheckText([]byte(s))
		if valid != utf8.ValidString(s) {
			t.Fatalf("CheckText(%q) valid = %v", s, valid)
		}
		if valid && nfc != norm.NFC.IsNormalString(s) {
			t.Fatalf("CheckText(%q) nfc = %v", s, nfc)
		}
	})
}

func FuzzIsNFC(f *testing.F) {
	f.Add("Già làng Đinh Văn Ơn")
	f.Add("a\u0301")
	f.Add("\u212b")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IsNFC([]byte(s)), norm.NFC.IsNormalString(s); got != want {
			t.Fatalf("IsNFC(%q) = %v, norm says %v", s, got, want)
		}
	})
}

func BenchmarkCheckText(b *testing.B) {
	src := []byte(strings.Repeat("Già làng Đinh Văn Ơn ở xã Ia Pnôn, huyện Đức Cơ, đã vận động bà con hiến đất làm đường liên thôn. ", 80))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		CheckText(src)
	}
}
