package build

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"maps"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/gitinfo"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/images"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/generator/render"
	"github.com/guongsang/guongsang/generator/share"
)

// Session is the one orchestrator of the pipeline: it runs the stages
// (config → content → index → render → output) over a site folder, and
// keeps what the last run read and produced so that the next one, told
// which paths changed, re-reads only the files that changed and
// re-renders only the outputs whose render.Job key changed. Load (and so
// Build and Check) is a Session's first, full read; the preview server
// calls Apply after every save. The result of any sequence of Apply calls
// is byte for byte what a clean Build of the same files writes.
//
// A Session is used by one goroutine at a time, except Loaded, Output and
// Page (see them), which any goroutine may call.
type Session struct {
	// fsys is the site folder. It must be of a comparable type (those of
	// os.DirFS, os.Root.FS and sitefs are): copied files are told apart
	// from the theme's by comparing File.FS with it.
	fsys  fs.FS
	opts  Options
	copts content.Options

	cfgData  []byte // site.yaml as last read, to tell a real change from a touch
	cfg      *config.Site
	cfgWarn  []*diag.Error
	cfgErr   error
	loader   *content.Loader
	theme    *render.Theme
	themeErr error

	index   index.Builder  // keeps collation keys between runs
	memo    render.Memo    // keeps cards and keys of profiles between runs
	imgs    *images.Set    // the measured photos of the last good run
	photos  []images.Photo // what imgs was measured from
	imgWarn []*diag.Error  // what measuring them found

	// Every profile source under content/, in the order content.Sources
	// lists them, and the result of reading each.
	paths []string
	files map[string]*Source
	// watch holds the sources whose result may hang on other files: those
	// with errors, and those with a photo.
	watch map[string]bool

	// The last good site: what every output file was produced from, and
	// the bytes, served while later runs fail.
	mem  *output.Memory
	outs map[string]outKey

	// What changed since the last good run, so that an edit made while
	// the site is broken is still applied when it is fixed.
	dirty       map[string]bool // site paths
	renderAll   bool            // site.yaml or templates changed
	themeStatic bool            // the theme's static files changed

	loaded atomic.Pointer[Loaded]

	// The renderer of the last good run, and its counts, for Apply's
	// quick path (quick).
	last             *render.Renderer
	profiles, drafts int
	// base holds, by source path, the profile in last's index of each
	// file the quick path read again since: the one others' pages show.
	base map[string]*content.Profile
}

// Loaded is every profile source as one run of a Session left it, for
// readers on other goroutines (the preview's editor). It is never
// modified once published.
type Loaded struct {
	Config *config.Site
	Loader *content.Loader
	Paths  []string  // in content.Sources order
	Files  []*Source // Files[i] is the result of reading Paths[i]
}

// Source is the result of reading one profile file.
type Source struct {
	Profile *content.Profile // nil when it cannot be published
	Errs    diag.List
}

// Failed reports whether the file has an error (not only warnings).
func (s *Source) Failed() bool {
	for _, e := range s.Errs.Items() {
		if e.Sev == diag.SevError {
			return true
		}
	}
	return false
}

// outKey says what an output file was produced from. Equal keys mean equal
// bytes, except for copies whose source was written since (see dirty).
type outKey struct {
	job   bool
	key   uint64 // the job's key
	src   string // a copy's source path
	theme bool   // the copy comes from the theme
}

// Change is what changed since the last run: site-relative,
// slash-separated paths of files and folders that were created, written,
// removed or renamed (in either direction). All means the paths are not
// known and everything must be read again.
type Change struct {
	Paths map[string]bool
	All   bool
	// Open holds the output paths of the pages browsers show now, which
	// Apply writes first.
	Open map[string]bool
}

// Update describes one Apply.
type Update struct {
	Changed  []string      // what triggered it, sorted; nil for a full read
	Errors   []*diag.Error // nil when the site is good
	Warnings []*diag.Error // those of the files read in this run
	Written  []string      // output paths written, sorted
	Removed  []string      // output paths removed, sorted
	Pages    int           // HTML pages among Written
	Read     int           // profile files read
	Profiles int           // published profiles
	Drafts   int           // drafts among them, or left out when drafts are off
	Files    int           // output files of the site
	Full     bool          // every output was produced again
	Quick    bool          // only profiles' texts changed: nothing else was listed (quick)
	Duration time.Duration // of the run; with Early, until early was called

	// Early is set when the pages open in a browser were written and
	// published first: EarlyWritten lists what was written then, and
	// Duration is the time until then. Total is the time of the whole
	// run.
	Early        bool
	EarlyWritten []string
	Total        time.Duration

	Mem *output.Memory // the output to serve; nil until a run succeeds

	// Pending is set only in the Update given to early by a session's
	// first whole run, before any file is made: it makes the bytes of
	// the output file name (false for a name the site has not), so that
	// a server can answer the first requests on demand while Apply fills
	// Mem in. It is safe for concurrent use, and until Apply returns
	// only: the renderer it uses is the session's again afterwards.
	Pending func(name string) ([]byte, bool)
}

// NewSession returns a Session of the site in fsys, read with opts
// (SiteDir names the folder for git dates; Drafts, Now and ImageCache as
// for Build). Nothing is read until Load or Apply.
func NewSession(fsys fs.FS, opts Options) *Session {
	return &Session{fsys: fsys, opts: opts, copts: content.Options{Drafts: opts.Drafts, Now: opts.Now, DropBodies: opts.dropBodies},
		files: map[string]*Source{}, watch: map[string]bool{}, dirty: map[string]bool{}}
}

// Loaded returns what the last run that read the profiles found, or nil
// before the first. It is safe for concurrent use.
func (s *Session) Loaded() *Loaded { return s.loaded.Load() }

// Load reads and checks the whole site and returns it, as the package
// function Load does.
func (s *Session) Load() (*Site, error) {
	return s.load(Change{All: true}, &Update{})
}

// load brings what the session has read up to date with the files after
// the changes in ch, and returns the site. u receives the warnings of
// what was read, and the counts. The error is a *Failed, or the error of
// site.yaml when it could not be read at all.
func (s *Session) load(ch Change, u *Update) (*Site, error) {
	readAll := ch.All
	for p := range ch.Paths {
		s.dirty[p] = true
	}
	if ch.All {
		s.renderAll, s.themeStatic = true, true
	}

	// site.yaml: a change of its bytes invalidates every profile (the
	// vocabularies resolve their fields) and every page.
	if ch.All || ch.Paths[config.FileName] || s.cfg == nil {
		data, _ := fs.ReadFile(s.fsys, config.FileName)
		if s.cfg == nil || data == nil || !bytes.Equal(data, s.cfgData) {
			s.cfgData = data
			s.cfg, s.cfgWarn, s.cfgErr = config.Load(s.fsys)
			u.Warnings = append(u.Warnings, s.cfgWarn...)
			s.theme, s.themeErr = nil, nil
			s.renderAll, readAll = true, true
			if s.cfg != nil {
				// When the site is a git repository, a profile's last
				// change is its file's last commit; outside git there
				// are no dates here and profiles fall back to lastmod:
				// or date:.
				s.copts.Modified, _ = gitinfo.LastCommits(context.Background(), s.opts.site(), content.Dir)
				s.loader = content.NewLoader(s.fsys, s.cfg, s.copts)
			}
		}
	}
	if s.cfg == nil {
		s.paths, s.files, s.watch = nil, map[string]*Source{}, map[string]bool{}
		return nil, s.cfgErr
	}

	// The theme: templates change every page; static files only themselves.
	themeDir := "themes/" + s.cfg.Theme
	reloadTheme := s.theme == nil || s.themeErr != nil
	for p := range ch.Paths {
		if !under(p, "themes") {
			continue
		}
		for _, f := range filesUnder(s.fsys, p) {
			switch {
			case under(f, themeDir+"/static"):
				reloadTheme, s.themeStatic = true, true
			case under(f, themeDir) || under(themeDir, f):
				reloadTheme, s.renderAll = true, true
			}
		}
	}
	if reloadTheme {
		if s.theme == nil || s.themeErr != nil {
			s.renderAll = true // templates may differ from those of the last good run
		}
		s.theme, s.themeErr = render.LoadTheme(s.fsys, s.cfg.Theme)
		s.themeStatic = true
	}

	// Profiles.
	if readAll {
		paths, err := content.Sources(s.fsys)
		if err != nil {
			err = &diag.Error{Path: content.Dir, Msg: i18n.ContentCannotList.T(i18n.Cause(err)), Err: err}
			return nil, &Failed{Err: err, Warnings: u.Warnings}
		}
		got := s.read(paths)
		s.paths, s.files, s.watch = paths, make(map[string]*Source, len(paths)), map[string]bool{}
		for i, p := range paths {
			s.record(p, got[i])
		}
		u.Read, u.Warnings = len(paths), append(u.Warnings, warnings(got)...)
	} else {
		read := s.affected(ch.Paths)
		got := s.read(read)
		for i, p := range read {
			if _, known := s.files[p]; !known {
				j, _ := slices.BinarySearchFunc(s.paths, p, walkOrder)
				s.paths = slices.Insert(s.paths, j, p)
			}
			s.record(p, got[i])
		}
		u.Read, u.Warnings = len(read), append(u.Warnings, warnings(got)...)
	}

	results := make([]content.FileResult, len(s.paths))
	lc := &Loaded{Config: s.cfg, Loader: s.loader, Paths: slices.Clone(s.paths), Files: make([]*Source, len(s.paths))}
	for i, p := range s.paths {
		results[i] = content.FileResult{Profile: s.files[p].Profile, Errs: s.files[p].Errs}
		lc.Files[i] = s.files[p]
	}
	s.loaded.Store(lc)
	set, contentWarn, contentErr := content.Assemble(results, s.opts.Drafts)
	u.Profiles, u.Drafts = len(set.Profiles), set.Drafts
	if s.opts.Drafts {
		for _, p := range set.Profiles {
			if p.Draft {
				u.Drafts++
			}
		}
	}
	site := &Site{FS: s.fsys, Config: s.cfg, Theme: s.theme, Content: set,
		Warnings: append(slices.Clip(s.cfgWarn), contentWarn...)}

	// Photos are measured again only when one of them, or the list of
	// them, changed: measuring reads every photo.
	if photos := photosOf(set.Profiles); s.imgs == nil || !slices.Equal(photos, s.photos) || s.anyDirty(photos) {
		s.imgs, s.imgWarn = images.Plan(s.fsys, photos, s.opts.ImageCache)
		s.photos = photos
		u.Warnings = append(u.Warnings, s.imgWarn...)
	}
	site.Images = s.imgs
	site.Warnings = append(site.Warnings, s.imgWarn...)
	if err := errors.Join(s.cfgErr, s.themeErr, contentErr); err != nil {
		return nil, &Failed{Err: err, Warnings: site.Warnings}
	}

	site.Index = s.index.Build(s.cfg, set.Profiles)
	// Collections name profiles, so they are read once the profiles are;
	// they are few and small, and read again on every run.
	cols, colWarn, colErr := content.LoadCollections(s.fsys, s.cfg, site.Index.Profiles, set.Unpublished)
	u.Warnings = append(u.Warnings, colWarn...)
	site.Warnings = append(site.Warnings, colWarn...)
	if colErr != nil {
		return nil, &Failed{Err: colErr, Warnings: site.Warnings}
	}
	site.Index.Collections = cols
	site.Share = share.NewCache(ShareCacheDir(s.opts.ImageCache))
	site.DataCache = DataCacheDir(s.opts.ImageCache)
	return site, nil
}

// renderer returns the renderer of site, reusing what the session's
// previous renderers derived from unchanged profiles.
func (s *Session) renderer(site *Site) *render.Renderer {
	r := render.NewWithMemo(site.Theme, site.Index, site.Images, &s.memo)
	r.ShareCache = site.Share
	r.DataCache = site.DataCache
	return r
}

// Output returns the output of the last good run of Apply, nil before
// one. It is safe for concurrent use with Apply only in that the Memory
// it returns is; a full run replaces it with another.
func (s *Session) Output() *output.Memory { return s.mem }

// Apply brings the session's in-memory output up to date with the files
// on disk after the changes in ch. Bad content is no failure of Apply:
// problems are in the Update's Errors and the previous output stays as
// it was.
//
// When early is not nil and the change reaches a page open in a browser
// (ch.Open), Apply writes those pages and the copied files first, calls
// early with the update so far, and then makes everything else; the
// update it returns describes the whole run and has Early set. A failure
// after early is in the update's Errors. On the session's first whole
// run, early is called once the site is loaded, before any file is made,
// with Pending set (see Update.Pending).
func (s *Session) Apply(ctx context.Context, ch Change, early func(*Update)) *Update {
	start := time.Now()
	u := &Update{}
	if !ch.All {
		u.Changed = s.shown(ch.Paths)
		if s.quick(ctx, ch, u) {
			u.Duration, u.Total = time.Since(start), time.Since(start)
			return u
		}
	}
	fail := func(err error) *Update {
		u.Errors = diag.Errors(err)
		u.Duration, u.Total = time.Since(start), time.Since(start)
		return u
	}
	site, err := s.load(ch, u)
	if err != nil {
		return fail(err)
	}
	r := s.renderer(site)
	s.since(r, site)
	s.last, s.base, s.profiles, s.drafts = nil, map[string]*content.Profile{}, u.Profiles, u.Drafts
	// A browser showing a profile's page gets it before the site is
	// listed: listing and keying every job is most of a rebuild's fixed
	// cost (openFirst).
	opened := s.openFirst(ctx, ch, site, r, early, u, start)
	files := Files(site, r)
	u.Files = len(files)

	full := s.mem == nil || s.renderAll
	outs := make(map[string]outKey, len(files))
	var todo []File
	for _, f := range files {
		k := outKey{job: f.Job != nil, src: f.Src}
		if f.Job != nil {
			k.key = f.Job.Key
		} else {
			k.theme = f.FS != s.fsys
		}
		outs[f.Path] = k
		if !full {
			old, ok := s.outs[f.Path]
			switch {
			case !ok || old != k:
			case k.job:
				continue
			case k.theme && !s.themeStatic:
				continue
			case !k.theme && !s.isDirty(k.src):
				continue
			}
		}
		todo = append(todo, f)
	}

	// The pages open in a browser come first, with the files they load;
	// everything else follows once the browser has been told.
	now, later := todo, []File(nil)
	if !full && early != nil && !opened && slices.ContainsFunc(todo, func(f File) bool { return ch.Open[f.Path] }) {
		now = nil
		for _, f := range todo {
			if ch.Open[f.Path] || f.Job == nil && f.Images == nil {
				now = append(now, f)
			} else {
				later = append(later, f)
			}
		}
	}

	mem := s.mem
	var written []string
	if full {
		mem = output.NewMemory()
		u.Full = true
		if early != nil && s.mem == nil {
			// Nothing is served yet: whoever waits may have pages made
			// on demand while every file is made below.
			byPath := make(map[string]File, len(now))
			for _, f := range now {
				byPath[f.Path] = f
			}
			eu := *u
			eu.Mem, eu.Duration = mem, time.Since(start)
			eu.Pending = func(name string) ([]byte, bool) {
				f, ok := byPath[name]
				if !ok {
					return nil, false
				}
				data, err := Produce(r, f)
				return data, err == nil
			}
			early(&eu)
		}
		err = produce(ctx, site.Images, r, now, mem, runtime.GOMAXPROCS(0)+1)
		written = mem.Names()
	} else {
		written, err = s.stage(ctx, r, now, mem, runtime.GOMAXPROCS(0)+1)
	}
	if err != nil {
		return fail(err)
	}
	u.Written = written
	if !full {
		for p := range s.outs {
			if _, ok := outs[p]; !ok {
				mem.Delete(p)
				u.Removed = append(u.Removed, p)
			}
		}
	}
	slices.Sort(u.Removed)
	u.Mem = mem
	s.mem = mem
	clear(s.dirty)
	s.renderAll, s.themeStatic = false, false
	if len(later) > 0 {
		final := make(map[string]outKey, len(later))
		for _, f := range later {
			final[f.Path] = outs[f.Path]
			if old, ok := s.outs[f.Path]; ok {
				outs[f.Path] = old // until it is written
			} else {
				delete(outs, f.Path)
			}
		}
		s.outs = outs
		u.Duration = time.Since(start)
		early(u)
		u.Early, u.EarlyWritten = true, u.Written
		// One processor less than the machine has: the browser is reloading
		// the pages just written, and its requests must not wait.
		more, err := s.stage(ctx, r, later, mem, max(1, runtime.GOMAXPROCS(0)-1))
		for _, f := range later {
			if err != nil {
				delete(s.outs, f.Path) // made again by the next run
			} else {
				s.outs[f.Path] = final[f.Path]
			}
		}
		if err != nil {
			u.Errors = diag.Errors(err)
		}
		u.Written = append(u.Written, more...)
		slices.Sort(u.Written)
	} else {
		s.outs = outs
	}
	for _, p := range u.Written {
		if path.Ext(p) == ".html" {
			u.Pages++
		}
	}
	if u.Errors == nil {
		s.last = r
	}
	if opened {
		u.Written = append(u.Written, u.EarlyWritten...)
		slices.Sort(u.Written)
		u.Written = slices.Compact(u.Written)
	}
	u.Total = time.Since(start)
	if !u.Early {
		u.Duration = u.Total
	}
	return u
}

// since tells r, the renderer of site, what changed since the last good
// run (render.Renderer.Since), so that listing the site's jobs computes
// again only the keys a change can reach: when only profiles' sources
// changed since that run.
func (s *Session) since(r *render.Renderer, site *Site) {
	if s.last == nil || s.renderAll || s.themeStatic {
		return
	}
	for p := range s.dirty {
		if !content.IsSource(p) {
			return
		}
	}
	r.Since(s.last, func(p string) (uint64, bool) {
		k, ok := s.outs[p]
		return k.key, ok && k.job
	})
}

// openFirst makes the pages of profiles open in a browser (ch.Open) with
// r, the renderer of the site after the change, writes those that changed
// to the output, calls early with them and reports true; the listing of
// every job that follows finds them made, with the keys it gives them. It
// does nothing and reports false on a session's first or whole run, when
// a file other than a profile's source changed (a copied file, which the
// page may load, would not be written yet), or when no open profile page
// changed.
func (s *Session) openFirst(ctx context.Context, ch Change, site *Site, r *render.Renderer, early func(*Update), u *Update, start time.Time) bool {
	if early == nil || len(ch.Open) == 0 || s.mem == nil || s.renderAll || s.themeStatic {
		return false
	}
	for p := range s.dirty {
		if !content.IsSource(p) {
			return false
		}
	}
	urls := make(map[string]bool, len(ch.Open))
	for p := range ch.Open {
		if base, ok := strings.CutSuffix(p, "index.html"); ok {
			urls["/"+base] = true
		}
	}
	var files []File
	for _, p := range site.Index.Profiles {
		if urls[p.URL] {
			j := r.ProfileJob(p)
			if old, ok := s.outs[j.Path]; ok && old.job && old.key == j.Key {
				continue // made already, and the same
			}
			files = append(files, File{Path: j.Path, Job: &j})
		}
	}
	if len(files) == 0 {
		return false
	}
	written, err := s.stage(ctx, r, files, s.mem, runtime.GOMAXPROCS(0))
	if err != nil {
		return false // the listing makes them again and reports it
	}
	for _, f := range files {
		s.outs[f.Path] = outKey{job: true, key: f.Job.Key}
	}
	if len(written) == 0 {
		return false // the same bytes: nothing to reload
	}
	eu := *u
	eu.Written, eu.Mem, eu.Duration = written, s.mem, time.Since(start)
	for _, p := range written {
		if path.Ext(p) == ".html" {
			eu.Pages++
		}
	}
	early(&eu)
	u.Early, u.EarlyWritten, u.Duration = true, written, eu.Duration
	return true
}

// quick applies a change that edits only the text of profiles, the most
// common save, in time that does not grow with the site: it reads the
// changed files, asks the last good renderer to let each new profile
// stand in for the old (render.Renderer.Replace: only the profile's own
// page shows the difference), and renders those pages, without
// assembling, indexing or listing the site's jobs. It reports false,
// having changed nothing the full path does not redo, when the change is
// anything else: another file, a new, removed, broken or draft profile, a
// change of what other pages show of a profile (its summary, title,
// terms, photo...), or a site whose last run failed.
func (s *Session) quick(ctx context.Context, ch Change, u *Update) bool {
	if s.last == nil || s.mem == nil || s.renderAll || s.themeStatic || len(s.dirty) > 0 || len(ch.Paths) == 0 {
		return false
	}
	for p := range s.watch {
		if s.files[p].Failed() {
			return false // an error elsewhere may hang on the changed file
		}
	}
	paths := slices.Sorted(maps.Keys(ch.Paths))
	for _, p := range paths {
		if old := s.files[p]; !content.IsSource(p) || old == nil || old.Profile == nil {
			return false
		}
		if fi, err := fs.Stat(s.fsys, p); err != nil || !fi.Mode().IsRegular() {
			return false
		}
	}
	got := s.read(paths)
	var files []File
	for i, p := range paths {
		if got[i].Failed() || got[i].Profile == nil {
			return false
		}
		base := s.base[p]
		if base == nil {
			base = s.files[p].Profile
		}
		j, ok := s.last.Replace(base, got[i].Profile)
		if !ok {
			return false
		}
		files = append(files, File{Path: j.Path, Job: &j})
	}
	written, err := s.stage(ctx, s.last, files, s.mem, runtime.GOMAXPROCS(0))
	if err != nil {
		return false // the full path reports it
	}
	for i, p := range paths {
		if s.base[p] == nil {
			s.base[p] = s.files[p].Profile
		}
		s.record(p, got[i])
		s.outs[files[i].Path] = outKey{job: true, key: files[i].Job.Key}
	}
	lc := *s.loaded.Load()
	lc.Files = slices.Clone(lc.Files)
	for i, p := range paths {
		if k, found := slices.BinarySearchFunc(lc.Paths, p, walkOrder); found {
			lc.Files[k] = got[i]
		}
	}
	s.loaded.Store(&lc)
	u.Read, u.Warnings = len(paths), warnings(got)
	u.Profiles, u.Drafts, u.Files = s.profiles, s.drafts, len(s.outs)
	u.Written, u.Mem, u.Quick = written, s.mem, true
	for _, p := range written {
		if path.Ext(p) == ".html" {
			u.Pages++
		}
	}
	return true
}

// stage makes the files fs and writes them to mem only after all of them
// are made, so that a failure leaves mem as it was; files whose bytes did
// not change are not written. It returns the paths written, sorted.
func (s *Session) stage(ctx context.Context, r *render.Renderer, fs []File, mem *output.Memory, workers int) ([]string, error) {
	staged := output.NewMemory()
	if err := produce(ctx, nil, r, fs, staged, workers); err != nil {
		return nil, err
	}
	var written []string
	for p, data := range staged.Files() {
		if old, ok := mem.Get(p); ok && bytes.Equal(old, data) {
			continue
		}
		if err := mem.WriteFile(p, data); err != nil {
			return written, i18n.Wrap(i18n.OutWrite.T(p, err), err)
		}
		written = append(written, p)
	}
	slices.Sort(written)
	return written, nil
}

// shown returns the changed paths worth naming, sorted: those that exist
// or were part of the site, not the temporary files editors and tools
// create and delete while saving. With none of those, it returns them all.
func (s *Session) shown(paths map[string]bool) []string {
	var out []string
	var copied map[string]bool
	for p := range paths {
		if _, err := fs.Stat(s.fsys, p); err == nil || s.files[p] != nil || p == config.FileName {
			out = append(out, p)
			continue
		}
		if copied == nil {
			copied = map[string]bool{}
			for _, k := range s.outs {
				if !k.job && !k.theme {
					copied[k.src] = true
				}
			}
		}
		if copied[p] {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return slices.Sorted(maps.Keys(paths))
	}
	slices.Sort(out)
	return out
}

// affected returns the profile sources to read again after changes to
// paths, and forgets those that are gone. A source is read again when it
// changed or appeared; when a file changed in the folder of a bundle (its
// resources) or at its photo; and when it had errors last time, since an
// error may hang on another file (a missing photo, a duplicate URL).
func (s *Session) affected(paths map[string]bool) []string {
	want := map[string]bool{}
	for c := range paths {
		if !under(c, content.Dir) && !under(c, "static") {
			continue
		}
		fi, err := fs.Stat(s.fsys, c)
		switch {
		case err != nil:
			s.forget(c, nil)
		case fi.IsDir():
			found := map[string]bool{}
			// A folder that cannot be read yields the sources found
			// before the error; the next event reads it again.
			ps, _ := content.SourcesUnder(s.fsys, c)
			for _, p := range ps {
				found[p] = true
				want[p] = true
			}
			s.forget(c, found)
		case content.IsSource(c):
			want[c] = true
		}
		// A bundle owns the files of its folder.
		for d := path.Dir(c); under(d, content.Dir); d = path.Dir(d) {
			if p := d + "/index.md"; s.files[p] != nil && p != c {
				want[p] = true
			}
		}
	}
	for p := range s.watch {
		f := s.files[p]
		switch {
		case f.Failed():
			want[p] = true
		case f.Profile != nil && f.Profile.Photo != nil:
			for c := range paths {
				if under(f.Profile.Photo.Src, c) {
					want[p] = true
				}
			}
		}
	}
	out := slices.Collect(maps.Keys(want))
	slices.SortFunc(out, walkOrder)
	return out
}

// record keeps the result of reading the source p.
func (s *Session) record(p string, src *Source) {
	s.files[p] = src
	if src.Failed() || src.Profile != nil && src.Profile.Photo != nil {
		s.watch[p] = true
	} else {
		delete(s.watch, p)
	}
}

// forget drops the sources at or under p, except those in keep.
func (s *Session) forget(p string, keep map[string]bool) {
	s.paths = slices.DeleteFunc(s.paths, func(q string) bool {
		if under(q, p) && !keep[q] {
			delete(s.files, q)
			delete(s.watch, q)
			return true
		}
		return false
	})
}

// read reads the sources ps in parallel.
func (s *Session) read(ps []string) []*Source {
	got := make([]*Source, len(ps))
	for i, r := range s.loader.Files(ps) {
		got[i] = &Source{Profile: r.Profile, Errs: r.Errs}
	}
	return got
}

// warnings returns the warnings of ss, sorted.
func warnings(ss []*Source) []*diag.Error {
	var out []*diag.Error
	for _, s := range ss {
		for _, e := range s.Errs.Items() {
			if e.Sev == diag.SevWarning {
				out = append(out, e)
			}
		}
	}
	diag.Sort(out)
	return out
}

// isDirty reports whether the copied file at site path p, or a folder
// above it, changed since the last good run.
func (s *Session) isDirty(p string) bool {
	for ; p != "." && p != "/" && p != ""; p = path.Dir(p) {
		if s.dirty[p] {
			return true
		}
	}
	return false
}

// anyDirty reports whether the file of a photo changed since the last
// good run.
func (s *Session) anyDirty(photos []images.Photo) bool {
	if len(s.dirty) == 0 {
		return false
	}
	for _, p := range photos {
		if s.isDirty(p.Src) {
			return true
		}
	}
	return false
}

// filesUnder returns the files under p when p is a folder, else p itself:
// a folder that appears stands for the files in it, and one that goes away
// for itself.
func filesUnder(fsys fs.FS, p string) []string {
	fi, err := fs.Stat(fsys, p)
	if err != nil || !fi.IsDir() {
		return []string{p}
	}
	var out []string
	_ = fs.WalkDir(fsys, p, func(q string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, q)
		}
		return nil
	})
	return out
}

// under reports whether the slash-separated path p is dir or inside it.
func under(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir+"/")
}

// walkOrder orders paths as fs.WalkDir visits them: by name, folder by
// folder ("a/z.md" before "a-b.md", unlike plain string order).
func walkOrder(a, b string) int {
	for {
		as, arest, amore := strings.Cut(a, "/")
		bs, brest, bmore := strings.Cut(b, "/")
		if c := strings.Compare(as, bs); c != 0 {
			return c
		}
		switch {
		case !amore && !bmore:
			return 0
		case !amore:
			return -1
		case !bmore:
			return 1
		}
		a, b = arest, brest
	}
}

// JobKeys returns the render.Job key of every generated file of the last
// good run, by output path, for checking the job-key contract (same Path
// and Key, same bytes) across runs.
func (s *Session) JobKeys() map[string]uint64 {
	out := make(map[string]uint64, len(s.outs))
	for p, k := range s.outs {
		if k.job {
			out[p] = k.key
		}
	}
	return out
}
