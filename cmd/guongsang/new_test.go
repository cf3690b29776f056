package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNewSet: --set gives the values of dimensions declared only in
// site.yaml; a --set without "=" or of a dimension the site lacks is
// refused with the way to write it.
func TestNewSet(t *testing.T) {
	dir := t.TempDir()
	yaml, err := os.ReadFile("../../generator/scaffold/testdata/chieu/site.yaml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "site.yaml"), yaml, 0o644)
	var out, errOut strings.Builder
	code := run([]string{"new", "--site", dir, "--kind", "cá nhân", "--category", "Y tế", "--year", "2026",
		"--set", "commune=Xã Ia Ly", "--set", "co-quan=SYT", "--set", "dan-toc=Jrai", "--set", "dan-toc=Kinh", "Rơ Mah Hoa"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("new: %d %s", code, errOut.String())
	}
	b, _ := os.ReadFile(filepath.Join(dir, "content", "ho-so", "ro-mah-hoa.md"))
	for _, w := range []string{"\ncommune: ia-ly ", "\nco-quan: so-y-te ", "\n  - gia-rai\n  - kinh\n"} {
		if !strings.Contains(string(b), w) {
			t.Errorf("file lacks %q:\n%s", w, b)
		}
	}
	for _, tc := range []struct{ set, want string }{
		{"dan-toc", `--set "dan-toc" không đúng dạng khoá=giá trị`},
		{"ton-giao=x", `site.yaml không có chiều phân loại "ton-giao"`},
	} {
		errOut.Reset()
		code := run([]string{"new", "--site", dir, "--kind", "individual", "--category", "y-te", "--year", "2026", "--set", "co-quan=SYT", "--set", tc.set, "Khác"}, &out, &errOut)
		if code != 2 || !strings.Contains(errOut.String(), tc.want) {
			t.Errorf("--set %s: %d %s", tc.set, code, errOut.String())
		}
	}
}
