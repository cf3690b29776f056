package content

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/internal/benchgen"
)

// fastYAMLCases are front matter that fastYAML takes, and much that it
// must leave to yaml.v3.
var fastYAMLCases = []string{
	"title: \"A Blun\"\nkind: individual\nyear: 2020\ncriteria: [tap-the-suy-ton, hoc-tap]\ndate: 2013-02-24\nfeatured: false\n",
	"awards:\n  - {title: \"Cờ thi đua: x\", year: 2006, issuer: \"UBND, tỉnh\"}\n  - {title: 'Bằng khen', year: 2008}\nfeatured: true\n",
	"awards:\n  - title: \"Bằng khen\"\n    year: 2020\n    issuer: UBND tỉnh Gia Lai\n  - title: Giấy khen\ntitle: x\n",
	"criteria:\n- a\n- b\n\n# ghi chú\ntitle: T\n",
	"criteria:\n  - a\n  # giữa\n  - 'b c'\n",
	"title: Ksor H'Bia\nsummary: Nữ hộ sinh — “đi bộ” vào làng [1] & 100%\nphoto: chan-dung.svg\n",
	"title: x # chú thích\n",
	"title: \"a \\\"b\\\"\"\n",
	"title: 'it''s'\n",
	"year: 02020\nx: 0\ny: 1_000\nz: 1.5\nw: -3\nv: +3\nu: 0x1f\n",
	"date: 2020-02-30\nd2: 2020-2-3\nd3: 2020-03-09T10:00:00Z\n",
	"featured: True\nf2: yes\nf3: null\nf4: ~\nf5: on\nf6: TRUE\n",
	"title:\nkind: x\n",
	"title:\n",
	"a: &x 1\nb: *x\n",
	"<<: {a: 1}\n",
	"title: a\ntitle: b\n",
	"title: a\n  tiếp tục\n",
	"title: \"a\n  b\"\n",
	"title: |\n  khối\n",
	"title: >\n  khối\n",
	"t: [a, [b]]\nu: []\nv: {}\nw: [a,]\n",
	"t: {a: 1, a: 2}\n",
	"t: {a: {b: 1}}\n",
	"t:\n  - - a\n",
	"t:\n  - a: 1\n    b:\n      - c\n",
	"t:\n  - a: 1\n     b: 2\n",
	"t:\n  -\n",
	"t:\n    - a\n  - b\n",
	"t: a\tb\n",
	"t: a\r\n",
	"t: \u0085x\u00a0y\n",
	"t: x:y\nu: http://x.org/a?b=c\n",
	"t: -x\nu: ?x\nv: :x\nw: !x\nz: %x\n",
	"t: a #b\nu: a#b\n",
	"k-1: a\nK_2: b\n_k: c\n1k: d\n",
	"t: \"\"\nu: ''\n",
	"---\nt: a\n",
	"\n\n# chỉ ghi chú\n",
	"",
	"t: 99999999999999999999\nu: 123456789012345678\n",
	strings.Repeat("k", 1100) + ": a\n",
	"t: \"a\u2028b\"\n", "u: c\u2029d\n", "v: [e\u2028f]\n", "w: \"g\u0085h\"\n",
	"t: {" + strings.Repeat("k", 1100) + ": a}\n",
}

// TestFastYAML checks fastYAML against yaml.v3 on the cases above, the
// sample site, the golden fixture and generated benchmark profiles.
func TestFastYAML(t *testing.T) {
	var inputs []string
	inputs = append(inputs, fastYAMLCases...)
	dir := t.TempDir()
	if _, err := benchgen.Generate(dir, benchgen.Options{N: 300, Seed: 7, Force: true}); err != nil {
		t.Fatal(err)
	}
	for _, root := range []string{dir, "../../content", "../build/testdata/golden/site/content"} {
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if parts := bytes.SplitN(b, []byte("---\n"), 3); len(parts) == 3 && len(parts[0]) == 0 {
				inputs = append(inputs, string(parts[1]))
			}
			return nil
		})
	}
	taken := 0
	for _, in := range inputs {
		if checkFastYAML(t, in) {
			taken++
		}
	}
	// The sample and generated profiles are what fastYAML is for.
	if taken < len(inputs)-len(fastYAMLCases) {
		t.Errorf("fastYAML took %d of %d inputs; want at least every profile's", taken, len(inputs))
	}
}

func FuzzFastYAML(f *testing.F) {
	for _, s := range fastYAMLCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkFastYAML(t, s) })
}

// checkFastYAML reports whether fastYAML took in, failing t if its node
// differs from yaml.v3's.
func checkFastYAML(t *testing.T, in string) bool {
	t.Helper()
	got, ok := fastYAML([]byte(in), 5)
	if !ok {
		return false
	}
	want, err := decodeYAMLv3([]byte(in), 5)
	if err != nil {
		t.Fatalf("fastYAML took %q; yaml.v3 says %v", in, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("fastYAML(%q):\n%s\nyaml.v3:\n%s", in, dumpNode(got), dumpNode(want))
	}
	return true
}

// dumpNode shows a node tree with every line, for failure messages.
func dumpNode(n *node) string {
	var b strings.Builder
	var walk func(n *node, ind string)
	walk = func(n *node, ind string) {
		switch n.kind {
		case mapNode:
			fmt.Fprintf(&b, "%smap@%d\n", ind, n.line)
			for i, k := range n.keys {
				fmt.Fprintf(&b, "%s  %s@%d:\n", ind, k, n.klines[i])
				walk(n.vals[i], ind+"    ")
			}
		case listNode:
			fmt.Fprintf(&b, "%slist@%d\n", ind, n.line)
			for _, c := range n.items {
				walk(c, ind+"  ")
			}
		default:
			fmt.Fprintf(&b, "%s%T %q@%d\n", ind, n.value, fmt.Sprint(n.value), n.line)
		}
	}
	walk(n, "")
	return b.String()
}
