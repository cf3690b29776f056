package render

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"

	"github.com/guongsang/guongsang/internal/benchgen"
)

// TestJSONWriters checks the hand-written JSON against encoding/json: on
// the open data and JSON-LD of every profile of the golden site and of
// generated benchmark profiles, and on values of every type filled at
// random by reflection, so a field added to one of the types but not to
// its appendJSON fails here.
func TestJSONWriters(t *testing.T) {
	check := func(what string, v any, got []byte) {
		t.Helper()
		want, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("%s:\n got %s\nwant %s", what, got, want)
		}
	}
	gen := t.TempDir()
	if _, err := benchgen.Generate(gen, benchgen.Options{N: 200, Seed: 5, Force: true}); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*builtSite{buildTestSite(t, goldenSiteFS()), buildTestSite(t, os.DirFS(gen))} {
		recs := s.r.dataRecords()
		for i := range recs {
			check("data record "+recs[i].URL, &recs[i], recs[i].appendJSON(nil))
		}
		for _, p := range s.ix.Profiles {
			page, err := s.r.profile(p, nil)
			if err != nil {
				t.Fatal(err)
			}
			th := s.r.profileThing(p, page.Crumbs)
			check("JSON-LD of "+p.URL, th, th.appendJSON(nil))
		}
		if len(recs) == 0 {
			t.Fatal("no profiles")
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		var rec dataRecord
		fillRandom(rng, reflect.ValueOf(&rec).Elem(), 0)
		check("random data record", &rec, rec.appendJSON(nil))
		var th ldThing
		fillRandom(rng, reflect.ValueOf(&th).Elem(), 0)
		check("random JSON-LD", &th, th.appendJSON(nil))
		if i == 0 {
			check("empty data record", &dataRecord{}, (&dataRecord{}).appendJSON(nil))
			check("empty JSON-LD", &ldThing{}, (&ldThing{}).appendJSON(nil))
		}
	}
}

// fillRandom sets about half of v's fields, recursively, to awkward values.
func fillRandom(rng *rand.Rand, v reflect.Value, depth int) {
	strs := []string{"", "Già làng Đinh", "<script>&</script>", "\"\\\n\t\b\f\x01\x7f", "a\u2028b\u2029", "x\xffy\xe1\xbb", "https://x.vn/a?b=1&c=2"}
	switch v.Kind() {
	case reflect.String:
		v.SetString(strs[rng.IntN(len(strs))])
	case reflect.Int:
		v.SetInt(int64(rng.IntN(4000) - 10))
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Pointer:
		if depth < 3 && rng.IntN(3) > 0 {
			v.Set(reflect.New(v.Type().Elem()))
			fillRandom(rng, v.Elem(), depth+1)
		}
	case reflect.Slice:
		if n := rng.IntN(4) - 1; n >= 0 && depth < 3 {
			v.Set(reflect.MakeSlice(v.Type(), n, n))
			for i := range n {
				fillRandom(rng, v.Index(i), depth+1)
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && rng.IntN(4) > 0 {
				fillRandom(rng, v.Field(i), depth)
			}
		}
	default:
		panic("fillRandom: no case for " + v.Kind().String())
	}
}

func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "Già làng", "<&>", "\x00\x1f\"\\", "\u2028\u2029", "\xff\xe1\xbb", "\U0001F600"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %s, encoding/json writes %s", s, got, want)
		}
	})
}
