package preview

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/png"
	"maps"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/guongsang/guongsang/generator/build"
)

// site is a site folder driven by a test: it writes files and tells a
// builder which paths changed, as the watcher would.
type site struct {
	t       *testing.T
	dir     string
	b       *build.Session
	changed map[string]bool
	// open holds the output paths of the pages a browser shows, made
	// first (build.Change.Open).
	open    map[string]bool
	failed  bool // the last rebuild failed
	earlies int  // rebuilds that made open pages first
}

func newSite(t *testing.T, files map[string]string, drafts bool) *site {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	s := &site{t: t, dir: dir, changed: map[string]bool{},
		b: build.NewSession(os.DirFS(dir), build.Options{SiteDir: dir, Drafts: drafts, Now: now})}
	res := s.b.Apply(context.Background(), build.Change{All: true}, nil)
	if res.Errors != nil {
		t.Fatalf("first build: %v", texts(res.Errors))
	}
	return s
}

func (s *site) abs(name string) string { return filepath.Join(s.dir, filepath.FromSlash(name)) }

// write writes a file, noting its path and any folder it creates.
func (s *site) write(name, data string) {
	s.t.Helper()
	for d := path.Dir(name); d != "."; d = path.Dir(d) {
		if _, err := os.Stat(s.abs(d)); err != nil {
			s.changed[d] = true
		}
	}
	writeFiles(s.t, s.dir, map[string]string{name: data})
	s.changed[name] = true
}

func (s *site) remove(name string) {
	s.t.Helper()
	if err := os.RemoveAll(s.abs(name)); err != nil {
		s.t.Fatal(err)
	}
	s.changed[name] = true
}

func (s *site) rename(from, to string) {
	s.t.Helper()
	for d := path.Dir(to); d != "."; d = path.Dir(d) {
		if _, err := os.Stat(s.abs(d)); err != nil {
			s.changed[d] = true
		}
	}
	if err := os.MkdirAll(filepath.Dir(s.abs(to)), 0o755); err != nil {
		s.t.Fatal(err)
	}
	if err := os.Rename(s.abs(from), s.abs(to)); err != nil {
		s.t.Fatal(err)
	}
	s.changed[from], s.changed[to] = true, true
}

// rebuild runs the builder on what changed and checks the result against
// a clean build: the same files when that succeeds, the same errors and an
// untouched output when it fails.
func (s *site) rebuild(drafts bool) *build.Update {
	s.t.Helper()
	before := s.b.Output().Files()
	beforeKeys := s.b.JobKeys()
	want, errs := cleanBuild(s.t, s.dir, drafts)
	var early *build.Update
	res := s.b.Apply(context.Background(), build.Change{Paths: s.changed, Open: s.open}, func(r *build.Update) {
		// What the browser is sent to reload: pages already final, the
		// open ones among them.
		early = r
		s.earlies++
		for _, p := range r.Written {
			if got, _ := r.Mem.Get(p); !bytes.Equal(got, want[p]) {
				s.t.Errorf("early: %s is not final yet", p)
			}
		}
	})
	if early != nil && !res.Early {
		s.t.Error("early was called but the result does not say so")
	}
	failedBefore := s.failed
	s.failed = errs != nil
	if errs == nil && early == nil && !res.Quick && !failedBefore && len(s.open) > 0 && onlySources(s.changed) {
		// A profile's text or front matter changed: an open page that
		// shows the difference comes first.
		for p := range s.open {
			if !bytes.Equal(before[p], want[p]) && before[p] != nil && want[p] != nil {
				s.t.Errorf("%s changed and is open, but was not made first (written %v)", p, res.Written)
			}
		}
	}
	s.changed = map[string]bool{}
	if errs != nil {
		if !slices.Equal(texts(res.Errors), errs) {
			s.t.Fatalf("errors:\n  %s\nclean build's:\n  %s", strings.Join(texts(res.Errors), "\n  "), strings.Join(errs, "\n  "))
		}
		if d := sameFiles(s.b.Output().Files(), before); d != "" {
			s.t.Fatalf("a failed rebuild changed the output:\n%s", d)
		}
		return res
	}
	if res.Errors != nil {
		s.t.Fatalf("rebuild failed where a clean build succeeds: %v", texts(res.Errors))
	}
	if d := sameFiles(s.b.Output().Files(), want); d != "" {
		s.t.Fatalf("preview differs from a clean build:\n%s", d)
	}
	// The job-key contract (render.Job): a file whose job kept its Path
	// and Key has the bytes it had, in a clean build too, whatever else
	// changed (site.yaml, the theme), so the preview would be right even
	// if it skipped every such job.
	for p, k := range s.b.JobKeys() {
		if old, ok := beforeKeys[p]; ok && old == k && !bytes.Equal(before[p], want[p]) {
			s.t.Errorf("%s: same Path and Key as before, different bytes", p)
		}
	}
	return res
}

// pageOf returns the output path of the page of the profile at site path
// name, as its file name makes it (a slug in front matter may move it).
func pageOf(name string) string {
	base := strings.TrimSuffix(path.Base(name), ".md")
	if base == "index" {
		base = path.Base(path.Dir(name))
	}
	return "ho-so/" + base + "/index.html"
}

// onlySources reports whether every changed path is a profile's source.
func onlySources(changed map[string]bool) bool {
	for p := range changed {
		if !strings.HasPrefix(p, "content/ho-so/") || !strings.HasSuffix(p, ".md") {
			return false
		}
	}
	return len(changed) > 0
}

var seed = flag.Uint64("preview.seed", 1, "the seed of TestRebuildEqualsCleanBuild's edits")

// TestRebuildEqualsCleanBuild applies a long seeded sequence of random
// edits, a few at a time, and after each rebuild compares the output with
// a clean build of the same files (other sequences: -preview.seed=N). The edits cover every way a profile
// moves between pages and every kind of file a site has.
func TestRebuildEqualsCleanBuild(t *testing.T) {
	for _, drafts := range []bool{true, false} {
		t.Run(fmt.Sprintf("drafts=%v", drafts), func(t *testing.T) {
			t.Parallel()
			steps := 150
			if testing.Short() || raceEnabled {
				steps = 40
			}
			m := newModel(t, drafts, *seed)
			for i := range steps {
				n := 1 + m.rng.IntN(3)
				var did []string
				if m.rng.IntN(2) == 0 {
					// Most errors are fixed soon after they are made: a
					// site that stays broken tests only failed rebuilds.
					did = append(did, m.repair()...)
				}
				for range n {
					did = append(did, m.edit())
				}
				// A browser shows the page of a profile just edited, or of
				// another, or nothing.
				m.s.open = nil
				if k := m.rng.IntN(3); k < 2 && len(m.profiles) > 0 {
					name := m.any()
					if k == 0 && len(m.edited) > 0 {
						name = m.edited[m.rng.IntN(len(m.edited))]
					}
					m.s.open = map[string]bool{pageOf(name): true}
				}
				m.edited = nil
				t.Logf("step %d: %s", i, strings.Join(did, "; "))
				m.s.rebuild(drafts)
			}
			if m.s.earlies == 0 {
				t.Error("no rebuild made an open page first: the test does not reach build.Change.Open")
			}
			t.Logf("%d of %d rebuilds made an open page first", m.s.earlies, steps)
		})
	}
}

// model is the random editor of TestRebuildEqualsCleanBuild.
type model struct {
	s        *site
	rng      *rand.Rand
	profiles map[string]pf // by site path
	broken   map[string]bool
	edited   []string // the profiles of this step's edits
	n        int
	// site.yaml's settings that edits change
	perPage, title, district string
}

func newModel(t *testing.T, drafts bool, seed uint64) *model {
	m := &model{rng: rand.New(rand.NewPCG(seed, 2)), profiles: map[string]pf{}, broken: map[string]bool{},
		perPage: "2", title: "Thử xem trước", district: "Chư Păh"}
	files := map[string]string{"site.yaml": testSiteYAML, "static/img/tram.svg": svg, "content/ho-so/ro-mah-lan/anh.svg": svg}
	for range 8 {
		p, name := m.newProfile()
		m.profiles[name] = p
		files[name] = p.String()
	}
	lan := person("Rơ Mah Lan", "chu-pah", 2020, "Chị Lan.")
	lan.Photo = "anh.svg"
	m.profiles["content/ho-so/ro-mah-lan/index.md"] = lan
	files["content/ho-so/ro-mah-lan/index.md"] = lan.String()
	m.s = newSite(t, files, drafts)
	return m
}

var (
	names     = []string{"Nguyễn Văn An", "Trần Thị Bình", "Ksor Ba", "Đinh Hrak", "Rơ Châm Hoa", "Siu Đoan", "Lê Văn Cường", "Phạm Thu"}
	districts = []string{"chu-pah", "dak-doa", "pleiku"}
)

func (m *model) pick(list []string) string { return list[m.rng.IntN(len(list))] }

func (m *model) newProfile() (pf, string) {
	m.n++
	p := person(fmt.Sprintf("%s %d", m.pick(names), m.n), m.pick(districts), 2018+m.rng.IntN(4),
		fmt.Sprintf("Thân bài %d.", m.rng.IntN(1000)))
	name := fmt.Sprintf("content/ho-so/ho-so-%d.md", m.n)
	if m.rng.IntN(4) == 0 {
		name = fmt.Sprintf("content/ho-so/%d/ho-so-%d.md", p.Year, m.n)
	}
	return p, name
}

// any returns a random existing profile path (in sorted order, so that
// the sequence depends on the seed only).
func (m *model) any() string {
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range m.profiles {
			if !yield(k) {
				return
			}
		}
	})
	return keys[m.rng.IntN(len(keys))]
}

func (m *model) put(name string, p pf) {
	m.edited = append(m.edited, name)
	m.profiles[name] = p
	delete(m.broken, name)
	m.s.write(name, p.String())
}

// repair rewrites the broken profiles and those given a slug (which may
// be another's), and describes what it did.
func (m *model) repair() []string {
	var did []string
	for _, name := range slices.Sorted(maps.Keys(m.profiles)) {
		p := m.profiles[name]
		if m.broken[name] || p.Slug != "" {
			p.Slug = ""
			m.put(name, p)
			did = append(did, "repair "+name)
		}
	}
	return did
}

// edit makes one random change and describes it.
func (m *model) edit() string {
	if len(m.profiles) < 3 {
		p, name := m.newProfile()
		m.put(name, p)
		return "add " + name
	}
	name := m.any()
	p := m.profiles[name]
	switch k := m.rng.IntN(26); k {
	case 0, 1:
		p.Body = fmt.Sprintf("Thân bài mới %d.\n\nĐoạn hai.", m.rng.IntN(1000))
		m.put(name, p)
		return "body " + name
	case 2:
		// The first paragraph, and so the summary, stays: only the
		// profile's own page changes (build.Session's quick path).
		p.Body += fmt.Sprintf("\n\nĐoạn thêm %d.", m.rng.IntN(1000))
		m.put(name, p)
		return "text " + name
	case 3, 4:
		p.District = m.pick(districts)
		m.put(name, p)
		return "district " + name + " " + p.District
	case 5:
		p.Year = 2018 + m.rng.IntN(4)
		m.put(name, p)
		return fmt.Sprintf("year %s %d", name, p.Year)
	case 6:
		p.Category = m.pick([]string{"giao-duc", "y-te"})
		p.Kind = m.pick([]string{"individual", "collective"})
		m.put(name, p)
		return "category/kind " + name
	case 7:
		p.Criteria = [][]string{{"sang-kien"}, {"tuong-than-tuong-ai"}, {"sang-kien", "tuong-than-tuong-ai"}}[m.rng.IntN(3)]
		m.put(name, p)
		return "criteria " + name
	case 8:
		p.Featured = !p.Featured
		m.put(name, p)
		return "featured " + name
	case 9:
		p.Draft = !p.Draft
		m.put(name, p)
		return "draft " + name
	case 10:
		p.Title = fmt.Sprintf("%s %d", m.pick(names), m.rng.IntN(100))
		m.put(name, p)
		return "title " + name
	case 11:
		p.Date = m.pick([]string{"", "2019-03-01", "2020-12-31", "2021-07-04"})
		m.put(name, p)
		return "date " + name
	case 12:
		p.Summary = m.pick([]string{"", "Tóm tắt ngắn.", "Một tóm tắt khác."})
		m.put(name, p)
		return "summary " + name
	case 13:
		if strings.HasSuffix(name, "/index.md") {
			return "skip"
		}
		to := fmt.Sprintf("content/ho-so/%s/doi-ten-%d.md", m.pick([]string{"2019", "2020", "khac"}), m.rng.IntN(50))
		if _, taken := m.profiles[to]; taken {
			return "skip"
		}
		m.s.rename(name, to)
		delete(m.profiles, name)
		m.profiles[to] = p
		if m.broken[name] {
			delete(m.broken, name)
			m.broken[to] = true
		}
		return "rename " + name + " → " + to
	case 14:
		if strings.HasSuffix(name, "/index.md") {
			m.s.remove(path.Dir(name))
		} else {
			m.s.remove(name)
		}
		delete(m.profiles, name)
		delete(m.broken, name)
		return "remove " + name
	case 15, 16:
		q, to := m.newProfile()
		m.put(to, q)
		return "add " + to
	case 17:
		// A new bundle in a new folder, with its photo and another file.
		m.n++
		dir := fmt.Sprintf("content/ho-so/bo-%d", m.n)
		q := person(fmt.Sprintf("Bó %d", m.n), m.pick(districts), 2020, "Hồ sơ có ảnh.")
		q.Photo = "anh.svg"
		m.s.write(dir+"/anh.svg", svg)
		m.s.write(dir+"/tai-lieu.txt", "tài liệu")
		m.put(dir+"/index.md", q)
		return "bundle " + dir
	case 18:
		// Change or add a resource of a bundle.
		for _, k := range slices.Sorted(func(yield func(string) bool) {
			for k := range m.profiles {
				if !yield(k) {
					return
				}
			}
		}) {
			if strings.HasSuffix(k, "/index.md") {
				f := path.Dir(k) + "/" + m.pick([]string{"anh.svg", "tai-lieu.txt", "them.txt"})
				m.s.write(f, fmt.Sprintf("<!-- %d -->%s", m.rng.IntN(1000), svg))
				return "resource " + f
			}
		}
		return "skip"
	case 19:
		f := m.pick([]string{"static/css/them.css", "static/img/tram.svg", "static/robots-note.txt"})
		if m.rng.IntN(3) == 0 {
			m.s.remove(f)
			return "remove " + f
		}
		m.s.write(f, fmt.Sprintf("/* %d */", m.rng.IntN(1000)))
		return "static " + f
	case 20:
		p.Photo = m.pick([]string{"", "/img/tram.svg"})
		m.put(name, p)
		return "photo " + name + " " + p.Photo
	case 21:
		m.s.write(name, "---\ntitle: [hỏng\n---\n")
		m.broken[name] = true
		return "break " + name
	case 22:
		// Two profiles at one URL.
		other := m.any()
		p.Slug = strings.TrimSuffix(path.Base(other), ".md")
		if m.rng.IntN(2) == 0 {
			p.Slug = ""
		}
		m.put(name, p)
		return "slug " + name + " " + p.Slug
	case 23:
		m.s.write(name, p.String()) // the same bytes: a save without changes
		return "touch " + name
	case 24:
		// One setting of site.yaml: what every page shows (the title), a
		// term's name (cards, lists, filters), or the list length.
		switch m.rng.IntN(3) {
		case 0:
			m.perPage = m.pick([]string{"2", "3"})
		case 1:
			m.title = m.pick([]string{"Thử xem trước", "Gương sáng Gia Lai", "Người tốt, việc tốt"})
		default:
			m.district = m.pick([]string{"Chư Păh", "Huyện Chư Păh", "Chư Păh (cũ)"})
		}
		y := strings.Replace(testSiteYAML, "per_page: 2", "per_page: "+m.perPage, 1)
		y = strings.Replace(y, `title: "Thử xem trước"`, fmt.Sprintf("title: %q", m.title), 1)
		y = strings.Replace(y, `name: "Chư Păh"`, fmt.Sprintf("name: %q", m.district), 1)
		m.s.write("site.yaml", y)
		return fmt.Sprintf("site.yaml per_page %s, title %q, district %q", m.perPage, m.title, m.district)
	default:
		// The site's own copy of a theme file: a stylesheet or a partial.
		if m.rng.IntN(2) == 0 {
			m.s.write("themes/default/static/css/site.css", fmt.Sprintf("body{margin:%dpx}", m.rng.IntN(9)))
			return "theme css"
		}
		card, err := os.ReadFile(filepath.Join("..", "..", "themes", "default", "layouts", "partials", "card.html"))
		if err != nil {
			m.s.t.Fatal(err)
		}
		m.s.write("themes/default/layouts/partials/card.html", strings.Replace(string(card), "</h3>", fmt.Sprintf("</h3><!-- %d -->", m.rng.IntN(9)), 1))
		return "theme partial"
	}
}

// TestRebuildReadsOnlyWhatChanged checks that a body edit reads one file
// and writes only the pages that show that profile's text.
func TestRebuildReadsOnlyWhatChanged(t *testing.T) {
	s := newSite(t, testSite(), true)
	p := person("Ksor Ba", "chu-pah", 2019, "Anh Ba trồng cà phê và hồ tiêu.")
	s.write("content/ho-so/ksor-ba.md", p.String())
	res := s.rebuild(true)
	if res.Read != 1 {
		t.Errorf("read %d profiles, want 1", res.Read)
	}
	if !slices.Contains(res.Written, "ho-so/ksor-ba/index.html") {
		t.Errorf("written = %v, want the profile page among them", res.Written)
	}
	if res.Full || len(res.Written) > res.Files/3 {
		t.Errorf("full = %v, written %d of %d files: %v", res.Full, len(res.Written), res.Files, res.Written)
	}

	// A save without changes writes nothing.
	s.write("content/ho-so/ksor-ba.md", p.String())
	if res := s.rebuild(true); len(res.Written) != 0 || len(res.Removed) != 0 {
		t.Errorf("unchanged save wrote %v, removed %v", res.Written, res.Removed)
	}
}

// pngOf returns a w×h PNG.
func pngOf(w, h int) string {
	m := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := range m.Pix {
		m.Pix[i] = byte(i * 7)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, m); err != nil {
		panic(err)
	}
	return b.String()
}

// TestRebuildCases are edits whose effect reaches beyond the edited file.
func TestRebuildCases(t *testing.T) {
	tests := []struct {
		name  string
		edits func(s *site)
	}{
		{"rename with the same text moves the profile", func(s *site) {
			s.rename("content/ho-so/ksor-ba.md", "content/ho-so/ksor-ba-2.md")
		}},
		{"photo in static removed, then restored", func(s *site) {
			s.remove("static/img/tram.svg")
			s.rebuild(true)
			s.write("static/img/tram.svg", svg)
		}},
		{"static folder removed", func(s *site) {
			s.remove("static")
			s.rebuild(true)
			s.write("static/img/tram.svg", svg)
		}},
		{"collection added, reordered, then removed", func(s *site) {
			s.write("content/bo-suu-tap/hoi-nghi.md", "---\ntitle: Hội nghị\ndate: 2020-01-01\nprofiles: [ksor-ba, dinh-hrak]\n---\nGiới thiệu.\n")
			if res := s.rebuild(true); len(res.Errors) > 0 {
				s.t.Fatalf("errors: %v", texts(res.Errors))
			}
			if got, _ := s.b.Output().Get("bo-suu-tap/hoi-nghi/ky-yeu/index.html"); !bytes.Contains(got, []byte("Ksor Ba")) {
				s.t.Error("the preview has no honour book")
			}
			s.write("content/bo-suu-tap/hoi-nghi.md", "---\ntitle: Hội nghị 2020\ndate: 2020-01-01\nprofiles: [dinh-hrak, ksor-ba]\n---\nGiới thiệu.\n")
			s.rebuild(true)
			s.remove("content/bo-suu-tap")
		}},
		{"bundle photo removed", func(s *site) {
			s.remove("content/ho-so/ro-mah-lan/anh.svg")
		}},
		{"bundle folder renamed", func(s *site) {
			s.rename("content/ho-so/ro-mah-lan", "content/ho-so/ro-mah-lan-2")
		}},
		{"folder of profiles removed", func(s *site) {
			s.remove("content/ho-so/2020")
		}},
		{"duplicate URL, then resolved by the other file", func(s *site) {
			p := person("Ksor Ba", "pleiku", 2021, "Trùng địa chỉ.")
			p.Slug = "dinh-hrak"
			s.write("content/ho-so/ksor-ba.md", p.String())
			s.rebuild(true)
			s.remove("content/ho-so/dinh-hrak.md")
		}},
		{"site.yaml broken, content edited, site.yaml fixed", func(s *site) {
			s.write("site.yaml", "title: [\n")
			s.rebuild(true)
			s.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "dak-doa", 2019, "Sửa khi site.yaml hỏng.").String())
			s.rebuild(true)
			s.write("site.yaml", testSiteYAML)
		}},
		{"resource changed while a profile is broken", func(s *site) {
			s.write("content/ho-so/ksor-ba.md", "---\ntitle: [\n---\n")
			s.write("content/ho-so/ro-mah-lan/anh.svg", "<svg/>")
			s.rebuild(true)
			s.write("content/ho-so/ksor-ba.md", person("Ksor Ba", "chu-pah", 2019, "Đã sửa.").String())
		}},
		{"theme template broken and fixed", func(s *site) {
			s.write("themes/default/layouts/partials/card.html", "{{define \"card\"}}{{.Nope}")
			s.rebuild(true)
			s.write("themes/default/layouts/partials/card.html", "{{define \"card\"}}<p>{{.Title}}</p>{{end}}")
		}},
		{"content folder removed", func(s *site) {
			s.remove("content")
		}},
		{"photo with resized copies replaced by a larger one", func(s *site) {
			p := person("Rơ Mah Lan", "chu-pah", 2020, "Chị Lan.")
			p.Photo = "anh.png"
			s.write("content/ho-so/ro-mah-lan/anh.png", pngOf(700, 400))
			s.write("content/ho-so/ro-mah-lan/index.md", p.String())
			res := s.rebuild(true)
			if !slices.Contains(res.Written, "ho-so/ro-mah-lan/anh-640w.png") {
				t.Errorf("no 640w copy written: %v", res.Written)
			}
			s.write("content/ho-so/ro-mah-lan/anh.png", pngOf(1000, 500))
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := newSite(t, testSite(), true)
			tt.edits(s)
			s.rebuild(true)
		})
	}
}
