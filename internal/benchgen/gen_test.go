package benchgen

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image/jpeg"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Ksor H'Bia":   "ksor-h-bia",
		"Đinh Văn Nơi": "dinh-van-noi",
		"Trường Tiểu học Nguyễn Văn Trỗi": "truong-tieu-hoc-nguyen-van-troi",
		"Làng Plei Ốp, xã Biển Hồ":        "lang-plei-op-xa-bien-ho",
		"Thôn 3, xã Ia Dơk":               "thon-3-xa-ia-dok",
		"  ĐẶNG Thị Thu Thủy  ":           "dang-thi-thu-thuy",
		"Phát triển kinh tế – xã hội":     "phat-trien-kinh-te-xa-hoi",
		"Rơ Châm H'Prĭm":                  "ro-cham-h-prim",
	} {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistrictKeysAreSlugs(t *testing.T) {
	for _, x := range Districts {
		if Slugify(x.Name) != x.Key {
			t.Errorf("key %q does not match name %q (slug %q)", x.Key, x.Name, Slugify(x.Name))
		}
	}
}

func generate(t *testing.T, n int, seed uint64, workers int) string {
	t.Helper()
	dir := t.TempDir()
	st, err := Generate(dir, Options{N: n, Seed: seed, Workers: workers})
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != n+1 {
		t.Fatalf("wrote %d files, want %d", st.Files, n+1)
	}
	return dir
}

// readTree returns relative path → contents for every file under dir.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDeterministic(t *testing.T) {
	a := readTree(t, generate(t, 400, 7, 1))
	b := readTree(t, generate(t, 400, 7, 4)) // worker count must not matter
	if len(a) != len(b) {
		t.Fatalf("file counts differ: %d vs %d", len(a), len(b))
	}
	for k, v := range a {
		if !bytes.Equal(v, b[k]) {
			t.Fatalf("%s differs between runs with the same seed", k)
		}
	}
	c := readTree(t, generate(t, 400, 8, 0))
	same := 0
	for k, v := range a {
		if bytes.Equal(v, c[k]) {
			same++
		}
	}
	if same > 1 { // site.yaml is seed-independent
		t.Errorf("%d files identical across different seeds", same)
	}
}

func TestForce(t *testing.T) {
	dir := generate(t, 5, 1, 0)
	if _, err := Generate(dir, Options{N: 5, Seed: 1}); err == nil {
		t.Fatal("expected refusal to overwrite without Force")
	}
	if _, err := Generate(dir, Options{N: 3, Seed: 2, Force: true}); err != nil {
		t.Fatal(err)
	}
	ents, _ := os.ReadDir(filepath.Join(dir, ProfileDir))
	if len(ents) != 3 {
		t.Fatalf("after -force with N=3: %d files", len(ents))
	}
}

func TestSiteYAML(t *testing.T) {
	s := string(SiteYAML())
	for _, want := range []string{
		"title: \"Gương sáng – bộ thử hiệu năng\"\n",
		"description: \"Dữ liệu sinh tự động để đo hiệu năng\"\n",
		"base_url: \"https://bench.example/\"\n",
		"language: vi\n",
		"per_page: 20\n",
		"categories:\n  - {key: lao-dong-san-xuat, name: \"Lao động sản xuất, kinh doanh\"",
		"districts:\n  - {key: pleiku, name: \"Pleiku\"}\n",
		"  - {key: chu-puh, name: \"Chư Pưh\"}\n",
		"criteria:\n  - {key: thanh-tich-xuat-sac, name: ",
		"  - {key: hanh-dong-dung-cam, name: ",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("site.yaml lacks %q", want)
		}
	}
	if len(Categories) != 8 || len(Districts) != 17 || len(Criteria) != 11 {
		t.Errorf("vocabulary sizes %d/%d/%d", len(Categories), len(Districts), len(Criteria))
	}
}

var (
	reQuoted   = regexp.MustCompile(`^"([^"\\]|\\.)*"$`)
	reCriteria = regexp.MustCompile(`^\[([a-z-]+)(, [a-z-]+){0,2}\]$`)
	reAward    = regexp.MustCompile(`^  - \{title: ("[^"]+"), year: (\d{4}), issuer: ("[^"]+"), decision: "Quyết định số \d+/QĐ-[^"]+"\}$`)
	reHeading  = regexp.MustCompile(`(?m)^## \S`)
)

func keySet(ts []Term) map[string]bool {
	m := map[string]bool{}
	for _, x := range ts {
		m[x.Key] = true
	}
	return m
}

// checkProfile hand-parses one profile's front matter and returns key → raw
// value (awards as a count).
func checkProfile(t *testing.T, name string, data []byte) map[string]string {
	t.Helper()
	s := string(data)
	if !utf8.ValidString(s) {
		t.Fatalf("%s: not UTF-8", name)
	}
	if !strings.HasPrefix(s, "---\n") {
		t.Fatalf("%s: no front matter", name)
	}
	end := strings.Index(s[4:], "\n---\n")
	if end < 0 {
		t.Fatalf("%s: unterminated front matter", name)
	}
	fm, body := s[4:4+end], s[4+end+5:]
	cats, dists, crits := keySet(Categories), keySet(Districts), keySet(Criteria)
	order := []string{"title", "kind", "category", "district", "year", "criteria", "summary", "date", "organization", "awards", "featured"}
	got := map[string]string{}
	last := -1
	awards := 0
	inAwards := false
	for _, line := range strings.Split(fm, "\n") {
		if inAwards && strings.HasPrefix(line, "  - ") {
			m := reAward.FindStringSubmatch(line)
			if m == nil {
				t.Fatalf("%s: bad award line %q", name, line)
			}
			awards++
			continue
		}
		inAwards = false
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			t.Fatalf("%s: bad line %q", name, line)
		}
		v = strings.TrimPrefix(v, " ")
		pos := -1
		for i, o := range order {
			if o == k {
				pos = i
			}
		}
		if pos <= last {
			t.Fatalf("%s: key %q unknown, repeated or out of order", name, k)
		}
		last = pos
		got[k] = v
		switch k {
		case "title", "summary", "organization":
			if !reQuoted.MatchString(v) || len(v) < 4 {
				t.Fatalf("%s: %s not a quoted string: %q", name, k, v)
			}
		case "kind":
			if v != "individual" && v != "collective" {
				t.Fatalf("%s: kind %q", name, v)
			}
		case "category":
			if !cats[v] {
				t.Fatalf("%s: category %q", name, v)
			}
		case "district":
			if !dists[v] {
				t.Fatalf("%s: district %q", name, v)
			}
		case "year":
			y, err := strconv.Atoi(v)
			if err != nil || y < FirstYear || y > LastYear {
				t.Fatalf("%s: year %q", name, v)
			}
		case "criteria":
			if !reCriteria.MatchString(v) {
				t.Fatalf("%s: criteria %q", name, v)
			}
			seen := map[string]bool{}
			for _, c := range strings.Split(strings.Trim(v, "[]"), ", ") {
				if !crits[c] || seen[c] {
					t.Fatalf("%s: criteria %q", name, v)
				}
				seen[c] = true
			}
		case "date":
			d, err := time.Parse("2006-01-02", v)
			if err != nil || strconv.Itoa(d.Year()) != got["year"] {
				t.Fatalf("%s: date %q not in year %s", name, v, got["year"])
			}
		case "awards":
			if v != "" {
				t.Fatalf("%s: awards %q", name, v)
			}
			inAwards = true
		case "featured":
			if v != "true" && v != "false" {
				t.Fatalf("%s: featured %q", name, v)
			}
		}
	}
	for _, k := range []string{"title", "kind", "category", "district", "year", "criteria", "date", "organization", "featured"} {
		if _, ok := got[k]; !ok {
			t.Fatalf("%s: missing %s", name, k)
		}
	}
	if _, ok := got["awards"]; ok && (awards < 1 || awards > 3) {
		t.Fatalf("%s: %d awards", name, awards)
	}
	got["awards"] = strconv.Itoa(awards)
	if want := Slugify(strings.Trim(got["title"], `"`)); name != want+".md" && !strings.HasPrefix(name, want+"-") {
		t.Fatalf("%s: file name does not match title %s", name, got["title"])
	}
	if len(body) < 5000 || len(body) > 12000 {
		t.Errorf("%s: body is %d bytes", name, len(body))
	}
	if !reHeading.MatchString(body) || !strings.Contains(body, "**") || !strings.Contains(body, "](https://example.org/") {
		t.Errorf("%s: body lacks headings, bold or links", name)
	}
	return got
}

func TestProfiles(t *testing.T) {
	const n = 1200
	dir := generate(t, n, 1, 0)
	ents, err := os.ReadDir(filepath.Join(dir, ProfileDir))
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != n {
		t.Fatalf("%d profiles, want %d", len(ents), n)
	}
	count := map[string]map[string]int{}
	inc := func(k, v string) {
		if count[k] == nil {
			count[k] = map[string]int{}
		}
		count[k][v]++
	}
	titles := map[string]int{}
	diacritics, summaries, lists, quotes, tables, totalBody := 0, 0, 0, 0, 0, 0
	for _, e := range ents {
		name := e.Name()
		if !regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*\.md$`).MatchString(name) {
			t.Fatalf("bad file name %q", name)
		}
		data, err := os.ReadFile(filepath.Join(dir, ProfileDir, name))
		if err != nil {
			t.Fatal(err)
		}
		fm := checkProfile(t, name, data)
		for _, k := range []string{"kind", "category", "district", "year", "featured"} {
			inc(k, fm[k])
		}
		title := strings.Trim(fm["title"], `"`)
		titles[title]++
		for _, r := range title {
			if r >= 0x80 {
				diacritics++
				break
			}
		}
		if _, ok := fm["summary"]; ok {
			summaries++
		}
		s := string(data)
		totalBody += len(s)
		if strings.Contains(s, "\n- ") && strings.Contains(s, "\n1. ") {
			lists++
		}
		if strings.Contains(s, "\n> ") {
			quotes++
		}
		if strings.Contains(s, "\n|---|") {
			tables++
		}
	}
	if diacritics < n*6/10 {
		t.Errorf("only %d/%d titles carry diacritics", diacritics, n)
	}
	dups := 0
	for _, c := range titles {
		if c > 1 {
			dups++
		}
	}
	if dups < 20 {
		t.Errorf("only %d repeated names", dups)
	}
	if s := float64(summaries) / n; s < 0.6 || s > 0.73 {
		t.Errorf("summary ratio %.2f", s)
	}
	if avg := totalBody / n; avg < 7000 || avg > 9500 {
		t.Errorf("average file size %d bytes", avg)
	}
	if lists < n/4 || quotes < n/4 || tables < n/20 || tables > n/3 {
		t.Errorf("lists %d quotes %d tables %d", lists, quotes, tables)
	}
	even := func(key string, k int) {
		if len(count[key]) != k {
			t.Errorf("%s: %d distinct values, want %d", key, len(count[key]), k)
		}
		for v, c := range count[key] {
			if c < n/k || c > n/k+1 {
				t.Errorf("%s=%s: %d profiles, want %d", key, v, c, n/k)
			}
		}
	}
	even("category", len(Categories))
	even("district", len(Districts))
	even("year", LastYear-FirstYear+1)
	if c := count["kind"]["individual"]; c != n*3/5 {
		t.Errorf("%d individuals, want %d", c, n*3/5)
	}
	if count["featured"]["true"] > n/100 {
		t.Errorf("%d featured", count["featured"]["true"])
	}
}

// TestLongShape checks the second corpus: longer bodies with sub-headings,
// a quote in every profile and a table in about half, 2–5 criteria, 1–5
// awards, and a distinct 640×480 JPEG beside exactly a quarter of profiles;
// and that the same seed gives the same bytes whatever the worker count.
func TestLongShape(t *testing.T) {
	const n = 400
	gen := func(workers int) string {
		dir := t.TempDir()
		st, err := Generate(dir, Options{N: n, Seed: 3, Workers: workers, Shape: ShapeLong})
		if err != nil {
			t.Fatal(err)
		}
		if st.Files != n+n/4+1 {
			t.Fatalf("wrote %d files, want %d", st.Files, n+n/4+1)
		}
		return dir
	}
	dir := gen(1)
	tree := readTree(t, dir)
	if other := readTree(t, gen(3)); !reflect.DeepEqual(tree, other) {
		t.Fatal("same seed, different bytes with 1 and 3 workers")
	}
	photos, tables, total := 0, 0, 0
	sums := map[[32]byte]bool{}
	for name, data := range tree {
		if !strings.HasSuffix(name, ".md") || name == "site.yaml" {
			continue
		}
		s := string(data)
		total += len(s)
		fm, body, _ := strings.Cut(strings.TrimPrefix(s, "---\n"), "\n---\n")
		if crit := regexp.MustCompile(`(?m)^criteria: \[(.*)\]$`).FindStringSubmatch(fm); crit == nil {
			t.Fatalf("%s: no criteria", name)
		} else if k := len(strings.Split(crit[1], ", ")); k < 2 || k > 5 {
			t.Errorf("%s: %d criteria, want 2–5", name, k)
		}
		if k := strings.Count(fm, "\n  - {title: "); k < 1 || k > 5 {
			t.Errorf("%s: %d awards, want 1–5", name, k)
		}
		if !strings.Contains(body, "\n> “") || !strings.Contains(body, "\n### ") || !strings.Contains(body, "\n\n**") {
			t.Errorf("%s: body lacks a quote, a sub-heading or a bold lead", name)
		}
		if strings.Contains(body, "\n|---|") {
			tables++
		}
		if m := regexp.MustCompile(`(?m)^photo: (.*)$`).FindStringSubmatch(fm); m != nil {
			photos++
			jpg := path.Join(path.Dir(name), m[1])
			if m[1] != strings.TrimSuffix(path.Base(name), ".md")+".jpg" {
				t.Errorf("%s: photo %q is not the file's own name", name, m[1])
			}
			cfg, err := jpeg.DecodeConfig(bytes.NewReader(tree[jpg]))
			if err != nil || cfg.Width != 640 || cfg.Height != 480 {
				t.Errorf("%s: %v %+v", jpg, err, cfg)
			}
			sums[sha256.Sum256(tree[jpg])] = true
		}
	}
	if photos != n/4 || len(sums) != photos {
		t.Errorf("%d photos (%d distinct), want %d", photos, len(sums), n/4)
	}
	if tables < n/3 || tables > 2*n/3 {
		t.Errorf("%d tables in %d profiles", tables, n)
	}
	if avg := total / n; avg < 9000 || avg > 13000 {
		t.Errorf("average file size %d bytes", avg)
	}
}

// TestShapeKeepsDefault: adding shapes did not change the default corpus
// (the hash is of the 20-profile site made by the generator before shapes
// existed, files concatenated in path order), so benchmark figures from
// before and after stay comparable.
func TestShapeKeepsDefault(t *testing.T) {
	tree := readTree(t, generate(t, 20, 1, 0))
	names := make([]string, 0, len(tree))
	for name := range tree {
		names = append(names, "./"+name)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		h.Write(tree[name[2:]])
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != "f71d170995e1be8545f4cab44c86fc6d8d8a85b5e45bf34fa5a3ab7bab6914cb" {
		t.Errorf("default corpus changed: sha256 %s", got)
	}
	for _, s := range []string{"", "default", "long"} {
		if _, err := ParseShape(s); err != nil {
			t.Errorf("ParseShape(%q): %v", s, err)
		}
	}
	if _, err := ParseShape("short"); err == nil {
		t.Error("ParseShape(short) accepted")
	}
}
