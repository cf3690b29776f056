// Package benchgen generates a deterministic benchmark site for guongsang:
// a site.yaml and N Vietnamese profile pages under content/ho-so/.
package benchgen

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// Options controls Generate.
type Options struct {
	N       int    // number of profiles
	Seed    uint64 // same seed → same bytes
	Force   bool   // overwrite an existing site.yaml / content/ho-so
	Workers int    // 0 → GOMAXPROCS
	Shape   Shape  // which corpus; the zero value is ShapeDefault
}

// Shape names a corpus shape: what the profiles look like.
type Shape string

const (
	// ShapeDefault is the benchmark site the project has always measured:
	// ~7.8 KB bodies, 1–3 criteria, 0–3 awards, no photos.
	ShapeDefault Shape = ""
	// ShapeLong is a second corpus with a different shape: longer bodies
	// (~9–11 KB) with sub-headings, bold phrases, a quote in every profile
	// and a table in half of them; 2–5 criteria; 1–5 awards; and a photo
	// (a generated 640×480 JPEG beside the file) on a quarter of profiles.
	ShapeLong Shape = "long"
)

// ParseShape returns the shape named s ("", "default" or "long").
func ParseShape(s string) (Shape, error) {
	switch s {
	case "", "default":
		return ShapeDefault, nil
	case "long":
		return ShapeLong, nil
	}
	return "", fmt.Errorf("benchgen: unknown shape %q (want default or long)", s)
}

// Stats reports what Generate wrote.
type Stats struct {
	Files int
	Bytes int64
}

// ProfileDir is the content section holding the profiles.
const ProfileDir = "content/ho-so"

const (
	kinh = iota
	jrai
	bahnar
)

// profile is the part of a page decided sequentially up front (everything
// else is derived from a per-profile random stream).
type profile struct {
	title, slug string
	individual  bool
	female      bool
	ethnic      int
	category    int
	district    int
	year        int
	commune     string
	village     string
	shape       Shape
	photo       bool // ShapeLong: a JPEG <slug>.jpg beside the profile
}

// Generate writes DIR/site.yaml and DIR/content/ho-so/*.md.
func Generate(dir string, opt Options) (Stats, error) {
	var st Stats
	if opt.N < 0 {
		return st, errors.New("benchgen: negative N")
	}
	siteFile := filepath.Join(dir, "site.yaml")
	pdir := filepath.Join(dir, filepath.FromSlash(ProfileDir))
	if !opt.Force {
		if _, err := os.Stat(siteFile); err == nil {
			return st, fmt.Errorf("benchgen: %s exists (use -force to overwrite)", siteFile)
		}
		if ents, err := os.ReadDir(pdir); err == nil && len(ents) > 0 {
			return st, fmt.Errorf("benchgen: %s is not empty (use -force to overwrite)", pdir)
		}
	} else if err := os.RemoveAll(pdir); err != nil {
		return st, err
	}
	if err := os.MkdirAll(pdir, 0o755); err != nil {
		return st, err
	}
	site := SiteYAML()
	if err := os.WriteFile(siteFile, site, 0o644); err != nil {
		return st, err
	}
	st.Files++
	st.Bytes += int64(len(site))

	plan := PlanShape(opt.N, opt.Seed, opt.Shape)
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		next    atomic.Int64
		written atomic.Int64
		photos  atomic.Int64
		wg      sync.WaitGroup
		errOnce sync.Once
		firstEr error
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			buf.Grow(12 << 10)
			for {
				i := int(next.Add(1) - 1)
				if i >= len(plan) {
					return
				}
				buf.Reset()
				RenderProfile(&buf, &plan[i], opt.Seed, i)
				if err := os.WriteFile(filepath.Join(pdir, plan[i].slug+".md"), buf.Bytes(), 0o644); err != nil {
					errOnce.Do(func() { firstEr = err })
					next.Store(int64(len(plan)))
					return
				}
				written.Add(int64(buf.Len()))
				if plan[i].photo {
					buf.Reset()
					Photo(&buf, opt.Seed, i)
					if err := os.WriteFile(filepath.Join(pdir, plan[i].slug+".jpg"), buf.Bytes(), 0o644); err != nil {
						errOnce.Do(func() { firstEr = err })
						next.Store(int64(len(plan)))
						return
					}
					written.Add(int64(buf.Len()))
					photos.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if firstEr != nil {
		return st, firstEr
	}
	st.Files += len(plan) + int(photos.Load())
	st.Bytes += written.Load()
	return st, nil
}

// balanced returns n values in [0,k) with counts differing by at most one,
// in a seeded random order.
func balanced(r *rng, n, k int) []int {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i % k
	}
	shuffle(r, xs)
	return xs
}

// Plan decides names, slugs and the taxonomy spread for n profiles of the
// default shape.
func Plan(n int, seed uint64) []profile { return PlanShape(n, seed, ShapeDefault) }

// PlanShape is Plan for a given shape. The default shape's plan does not
// depend on the other shapes (it draws no extra random numbers).
func PlanShape(n int, seed uint64, shape Shape) []profile {
	r := newRNG(seed)
	cats := balanced(r, n, len(Categories))
	dists := balanced(r, n, len(Districts))
	years := balanced(r, n, LastYear-FirstYear+1)
	kinds := balanced(r, n, 5) // 0,1,2 → individual (60%), 3,4 → collective
	var photos []int
	if shape == ShapeLong {
		photos = balanced(r, n, 4) // 0 → photo: exactly a quarter
	}
	used := make(map[string]bool, n)
	plan := make([]profile, n)
	for i := range plan {
		p := &plan[i]
		p.shape = shape
		p.photo = photos != nil && photos[i] == 0
		p.category, p.district, p.year = cats[i], dists[i], FirstYear+years[i]
		p.individual = kinds[i] < 3
		dkey := Districts[p.district].Key
		p.commune = pick(r, communes[dkey])
		p.village = pick(r, villages)
		if p.individual {
			p.female = r.chance(1, 2)
			p.ethnic = ethnicFor(r, dkey)
			p.title = personName(r, p.ethnic, p.female)
		} else {
			p.title = collectiveName(r, p)
		}
		base := Slugify(p.title)
		if base == "" {
			base = "ho-so"
		}
		slug := base
		for k := 2; used[slug]; k++ {
			slug = base + "-" + strconv.Itoa(k)
		}
		used[slug] = true
		p.slug = slug
	}
	return plan
}

func ethnicFor(r *rng, district string) int {
	x := r.intn(100)
	switch district {
	case "kbang", "mang-yang", "kong-chro", "dak-doa", "dak-po", "an-khe":
		switch {
		case x < 45:
			return kinh
		case x < 85:
			return bahnar
		}
		return jrai
	case "pleiku":
		switch {
		case x < 70:
			return kinh
		case x < 85:
			return jrai
		}
		return bahnar
	}
	switch {
	case x < 45:
		return kinh
	case x < 90:
		return jrai
	}
	return bahnar
}

func personName(r *rng, ethnic int, female bool) string {
	switch ethnic {
	case jrai:
		if female {
			return pick(r, jraiClan) + " " + pick(r, jraiGivenF)
		}
		return pick(r, jraiClan) + " " + pick(r, jraiGivenM)
	case bahnar:
		if r.chance(1, 2) {
			if female {
				return "Đinh Thị " + pick(r, bahnarGivenF)
			}
			return "Đinh Văn " + pick(r, bahnarGivenM)
		}
		if female {
			return "Y " + pick(r, bahnarGivenF)
		}
		return "A " + pick(r, bahnarGivenM)
	}
	if female {
		return pick(r, kinhFamily) + " " + pick(r, kinhMidF) + " " + pick(r, kinhGivenF)
	}
	return pick(r, kinhFamily) + " " + pick(r, kinhMidM) + " " + pick(r, kinhGivenM)
}

func collectiveName(r *rng, p *profile) string {
	d := Districts[p.district]
	xa, lang := p.commune, p.village
	switch Categories[p.category].Key {
	case "giao-duc":
		switch r.intn(5) {
		case 0:
			return "Trường Tiểu học " + pick(r, schoolHeroes)
		case 1:
			return "Trường Tiểu học xã " + xa
		case 2:
			return "Trường THCS xã " + xa
		case 3:
			return "Trường PTDTBT THCS " + pick(r, schoolHeroes)
		}
		return "Trường Mầm non xã " + xa
	case "y-te":
		switch r.intn(4) {
		case 0, 1:
			return "Trạm Y tế xã " + xa
		case 2:
			return "Trung tâm Y tế " + districtUnit(d.Key) + " " + d.Name
		}
		return "Khoa Nhi Trung tâm Y tế " + districtUnit(d.Key) + " " + d.Name
	case "quoc-phong-an-ninh":
		switch r.intn(3) {
		case 0:
			return "Đồn Biên phòng " + pick(r, borderPosts)
		case 1:
			return "Công an xã " + xa
		}
		return "Ban Chỉ huy Quân sự xã " + xa
	case "lao-dong-san-xuat":
		switch r.intn(4) {
		case 0:
			return "Hợp tác xã nông nghiệp " + xa
		case 1:
			return "Hợp tác xã cà phê " + xa
		case 2:
			return "Hợp tác xã dịch vụ tổng hợp " + xa
		}
		return "Tổ hợp tác trồng hồ tiêu làng " + lang
	case "nong-thon-moi":
		switch r.intn(3) {
		case 0:
			return "Làng " + lang + ", xã " + xa
		case 1:
			return "Thôn " + strconv.Itoa(r.between(1, 12)) + ", xã " + xa
		}
		return "Ban Phát triển làng " + lang
	case "nhan-dao-tu-thien":
		switch r.intn(3) {
		case 0:
			return "Chi hội Phụ nữ làng " + lang
		case 1:
			return "Hội Chữ thập đỏ xã " + xa
		}
		return "Chi hội Cựu chiến binh làng " + lang
	case "van-hoa-the-thao":
		switch r.intn(3) {
		case 0:
			return "Đội cồng chiêng làng " + lang
		case 1:
			return "Câu lạc bộ văn nghệ dân gian xã " + xa
		}
		return "Đội bóng chuyền thanh niên làng " + lang
	}
	switch r.intn(4) {
	case 0:
		return "Làng " + lang
	case 1:
		return "Ban Công tác Mặt trận làng " + lang
	case 2:
		return "Chi đoàn Thanh niên làng " + lang
	}
	return "Tổ tự quản làng " + lang
}

// SiteYAML returns the site.yaml of the benchmark site.
func SiteYAML() []byte {
	var b bytes.Buffer
	b.WriteString(`title: "Gương sáng – bộ thử hiệu năng"
description: "Dữ liệu sinh tự động để đo hiệu năng"
base_url: "https://bench.example/"
language: vi
per_page: 20
`)
	list := func(name string, ts []Term) {
		b.WriteString(name + ":\n")
		for _, t := range ts {
			fmt.Fprintf(&b, "  - {key: %s, name: %s", t.Key, yamlQuote(t.Name))
			if t.Description != "" {
				fmt.Fprintf(&b, ", description: %s", yamlQuote(t.Description))
			}
			b.WriteString("}\n")
		}
	}
	list("categories", Categories)
	list("districts", Districts)
	list("criteria", Criteria)
	return b.Bytes()
}

// yamlQuote renders s as a YAML double-quoted scalar.
func yamlQuote(s string) string {
	if !strings.ContainsAny(s, "\"\\\n\t") {
		return `"` + s + `"`
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
