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
			checkRecord(t, "data record "+recs[i].URL, &recs[i])
		}
		in := s.r.memberships()
		for _, p := range s.ix.Profiles {
			page, err := s.r.profile(p, nil, in[p])
			if err != nil {
				t.Fatal(err)
			}
			th := s.r.profileThing(p, page.Crumbs, page.Profile.Collections)
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
		checkRecord(t, "random data record", &rec)
		var th ldThing
		fillRandom(rng, reflect.ValueOf(&th).Elem(), 0)
		check("random JSON-LD", &th, th.appendJSON(nil))
		if i == 0 {
			checkRecord(t, "empty data record", &dataRecord{})
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
	case reflect.Array:
		for i := range v.Len() {
			fillRandom(rng, v.Index(i), depth+1)
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

// checkRecord compares rec.appendJSON with encoding/json's output for the
// same keys in the same order: the fixed fields of dataRecord, with the
// dimensions' columns between url and summary.
func checkRecord(t *testing.T, what string, rec *dataRecord) {
	t.Helper()
	var b []byte
	put := func(k string, v any) {
		if len(b) > 0 {
			b = append(b, ',')
		}
		kb, _ := json.Marshal(k)
		vb, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		b = append(append(append(b, kb...), ':'), vb...)
	}
	// The fixed fields, by their json tags, in order.
	fixed, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(fixed, &m); err != nil {
		t.Fatal(err)
	}
	typ := reflect.TypeFor[dataRecord]()
	for i := range typ.NumField() {
		tag := typ.Field(i).Tag.Get("json")
		if tag == "-" {
			for _, v := range rec.Dims {
				switch {
				case v.Fields[1] == "":
					put(v.Fields[0], v.Year)
				case v.Multi:
					put(v.Fields[0], v.Codes)
					put(v.Fields[1], v.Names)
				default:
					put(v.Fields[0], v.first(v.Codes))
					put(v.Fields[1], v.first(v.Names))
				}
			}
			continue
		}
		put(tag, m[tag])
	}
	want := "{" + string(b) + "}"
	if got := string(rec.appendJSON(nil)); got != want {
		t.Errorf("%s:\n got %s\nwant %s", what, got, want)
	}
}
