package preview

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

	"golang.org/x/sync/errgroup"

	"github.com/guongsang/guongsang/generator/build"
	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/images"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/generator/render"

	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/share"
)

// batch is what changed since the last rebuild: site-relative,
// slash-separated paths of files and folders that were created, written,
// removed or renamed (in either direction). all means events were lost and
// everything must be read again.
type batch struct {
	paths map[string]bool
	all   bool
	bulk  bool // a folder appeared: more files may follow (see burstQuiet)
	// open holds the output paths of the pages browsers show now, which
	// a rebuild writes first.
	open map[string]bool
}

// builder keeps what the last rebuild read and produced, so that the next
// one re-reads only the files that changed and re-renders only the outputs
// whose render.Job key changed. The result of any sequence of rebuilds is
// byte for byte what a clean build.Write of the same files produces.
//
// A builder is used by one goroutine at a time.
type builder struct {
	// fsys is the site folder. It must be of a comparable type (those of
	// os.DirFS and os.Root.FS are): copied files are told apart from the
	// theme's by comparing build.File.FS with it.
	fsys       fs.FS
	opts       content.Options
	liveReload string

	cfgData  []byte // site.yaml as last read, to tell a real change from a touch
	cfg      *config.Site
	cfgWarn  []*diag.Error
	cfgErr   error
	loader   *content.Loader
	theme    *render.Theme
	themeErr error

	index    index.Builder  // keeps collation keys between rebuilds
	memo     render.Memo    // keeps cards and keys of profiles between rebuilds
	imgCache string         // where resized photos are kept, as for build
	imgs     *images.Set    // the measured photos of the last good build
	photos   []images.Photo // what imgs was measured from

	// Every profile source under content/, in the order content.Sources
	// lists them, and the result of reading each.
	paths []string
	files map[string]*source
	// watch holds the sources whose result may hang on other files: those
	// with errors, and those with a photo.
	watch map[string]bool

	// The last good build: what every output file was produced from, and
	// the bytes, served while later builds fail.
	mem  *output.Memory
	outs map[string]outKey

	// What changed since the last good build, so that an edit made while
	// the site is broken is still applied when it is fixed.
	dirty       map[string]bool // site paths
	renderAll   bool            // site.yaml or templates changed
	themeStatic bool            // the theme's static files changed

	// loaded is what the last rebuild that read the profiles found, for
	// the editor's list (soan.go), which reads it from other goroutines.
	loaded atomic.Pointer[loadedContent]
}

// loadedContent is every profile source as one rebuild left it. It is
// never modified once stored.
type loadedContent struct {
	cfg    *config.Site
	loader *content.Loader
	paths  []string  // in content.Sources order
	files  []*source // files[i] is the result of reading paths[i]
}

// source is the result of reading one profile file.
type source struct {
	p    *content.Profile // nil when it cannot be published
	errs diag.List
}

func (s *source) failed() bool {
	for _, e := range s.errs.Items() {
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

// result describes one rebuild.
type result struct {
	Changed  []string      // what triggered it, sorted; nil for a full read
	Errors   []*diag.Error // nil when the build is good
	Warnings []*diag.Error // those of the files read in this rebuild
	Written  []string      // output paths written, sorted
	Removed  []string      // output paths removed, sorted
	Pages    int           // HTML pages among Written
	Read     int           // profile files read
	Profiles int           // published profiles
	Drafts   int           // drafts among them, or left out when drafts are off
	Files    int           // output files of the site
	Full     bool          // every output was produced again
	Duration time.Duration // of the rebuild; with Early, until early was called

	// Early is set when the pages open in a browser were written and
	// published first: EarlyWritten lists what was written then, and
	// Duration is the time until then. Total is the time of the whole
	// rebuild.
	Early        bool
	EarlyWritten []string
	Total        time.Duration

	Mem *output.Memory // the output to serve; nil until a build succeeds
}

// CSS returns the URL paths of the stylesheets written when they are all
// that changed, so the browser can swap them without a reload; otherwise
// nil.
func (r *result) CSS() []string {
	if r.Errors != nil || r.Full || len(r.Removed) > 0 || len(r.Written) == 0 {
		return nil
	}
	var out []string
	for _, p := range r.Written {
		if path.Ext(p) != ".css" {
			return nil
		}
		out = append(out, "/"+p)
	}
	return out
}

// newBuilder returns a builder of the site in fsys. imgCache is the folder
// resized photos are kept in between builds, "" for none (see
// build.Options.ImageCache).
func newBuilder(fsys fs.FS, opts content.Options, imgCache, liveReload string) *builder {
	return &builder{fsys: fsys, opts: opts, imgCache: imgCache, liveReload: liveReload,
		files: map[string]*source{}, watch: map[string]bool{}, dirty: map[string]bool{}}
}

// rebuild brings the output up to date with the files on disk after the
// changes in ch. Bad content is no failure of rebuild: problems are in the
// result's Errors and the previous output stays as it was.
//
// When early is not nil and the change reaches a page open in a browser
// (ch.open), rebuild writes those pages and the copied files first, calls
// early with the result so far, and then makes everything else; the
// result it returns describes the whole rebuild and has Early set. A
// failure after early is in the result's Errors.
func (b *builder) rebuild(ctx context.Context, ch *batch, early func(*result)) *result {
	start := time.Now()
	res := &result{}
	if !ch.all {
		res.Changed = b.shown(ch.paths)
	}
	readAll := ch.all
	for p := range ch.paths {
		b.dirty[p] = true
	}
	if ch.all {
		b.renderAll = true
		b.themeStatic = true
	}

	// site.yaml: a change of its bytes invalidates every profile (the
	// vocabularies resolve their fields) and every page.
	if ch.all || ch.paths[config.FileName] || b.cfg == nil {
		data, _ := fs.ReadFile(b.fsys, config.FileName)
		if b.cfg == nil || data == nil || !bytes.Equal(data, b.cfgData) {
			b.cfgData = data
			b.cfg, b.cfgWarn, b.cfgErr = config.Load(b.fsys)
			res.Warnings = append(res.Warnings, b.cfgWarn...)
			b.theme, b.themeErr = nil, nil
			b.renderAll = true
			readAll = true
			if b.cfg != nil {
				b.loader = content.NewLoader(b.fsys, b.cfg, b.opts)
			}
		}
	}
	if b.cfg == nil {
		b.paths, b.files, b.watch = nil, map[string]*source{}, map[string]bool{}
		res.Errors = diag.Errors(b.cfgErr)
		res.Duration = time.Since(start)
		return res
	}

	// The theme: templates change every page; static files only themselves.
	themeDir := "themes/" + b.cfg.Theme
	reloadTheme := b.theme == nil || b.themeErr != nil
	for p := range ch.paths {
		if !under(p, "themes") {
			continue
		}
		for _, f := range filesUnder(b.fsys, p) {
			switch {
			case under(f, themeDir+"/static"):
				reloadTheme = true
				b.themeStatic = true
			case under(f, themeDir) || under(themeDir, f):
				reloadTheme = true
				b.renderAll = true
			}
		}
	}
	if reloadTheme {
		if b.theme == nil || b.themeErr != nil {
			b.renderAll = true // templates may differ from those of the last good build
		}
		b.theme, b.themeErr = render.LoadTheme(b.fsys, b.cfg.Theme)
		b.themeStatic = true
	}

	// Profiles.
	if readAll {
		paths, err := content.Sources(b.fsys)
		if err != nil {
			res.Errors = []*diag.Error{{Path: content.Dir, Msg: err.Error(), Err: err}}
			res.Duration = time.Since(start)
			return res
		}
		got := b.read(paths)
		b.paths, b.files, b.watch = paths, make(map[string]*source, len(paths)), map[string]bool{}
		for i, p := range paths {
			b.record(p, got[i])
		}
		res.Read, res.Warnings = len(paths), append(res.Warnings, warnings(got)...)
	} else {
		read := b.affected(ch.paths)
		got := b.read(read)
		for i, p := range read {
			if _, known := b.files[p]; !known {
				j, _ := slices.BinarySearchFunc(b.paths, p, walkOrder)
				b.paths = slices.Insert(b.paths, j, p)
			}
			b.record(p, got[i])
		}
		res.Read, res.Warnings = len(read), append(res.Warnings, warnings(got)...)
	}

	results := make([]content.FileResult, len(b.paths))
	lc := &loadedContent{cfg: b.cfg, loader: b.loader, paths: slices.Clone(b.paths), files: make([]*source, len(b.paths))}
	for i, p := range b.paths {
		results[i] = content.FileResult{Profile: b.files[p].p, Errs: b.files[p].errs}
		lc.files[i] = b.files[p]
	}
	b.loaded.Store(lc)
	set, contentWarn, contentErr := content.Assemble(results, b.opts.Drafts)
	res.Profiles = len(set.Profiles)
	res.Drafts = set.Drafts
	if b.opts.Drafts {
		for _, p := range set.Profiles {
			if p.Draft {
				res.Drafts++
			}
		}
	}
	if err := errors.Join(b.cfgErr, b.themeErr, contentErr); err != nil {
		res.Errors = diag.Errors(err)
		res.Duration = time.Since(start)
		return res
	}

	// Photos are measured again only when one of them, or the list of
	// them, changed: measuring reads every photo.
	var photoWarn []*diag.Error
	if photos := photosOf(set.Profiles); b.imgs == nil || !slices.Equal(photos, b.photos) || b.anyDirty(photos) {
		b.imgs, photoWarn = build.PlanImages(b.fsys, set.Profiles, b.imgCache)
		b.photos = photos
		res.Warnings = append(res.Warnings, photoWarn...)
	}

	ix := b.index.Build(b.cfg, set.Profiles)
	// Collections are few and small: read again on every build.
	cols, colWarn, colErr := content.LoadCollections(b.fsys, b.cfg, ix.Profiles, set.Unpublished)
	res.Warnings = append(res.Warnings, colWarn...)
	if colErr != nil {
		res.Errors = diag.Errors(colErr)
		res.Duration = time.Since(start)
		return res
	}
	ix.Collections = cols
	r := render.NewWithMemo(b.theme, ix, b.imgs, &b.memo)
	r.LiveReload = b.liveReload
	r.ShareCache = share.NewCache(build.ShareCacheDir(b.imgCache))
	site := &build.Site{FS: b.fsys, Config: b.cfg, Theme: b.theme, Content: set, Index: ix, Images: b.imgs,
		Warnings: append(slices.Clip(b.cfgWarn), contentWarn...)}
	files := build.Files(site, r)
	res.Files = len(files)

	full := b.mem == nil || b.renderAll
	outs := make(map[string]outKey, len(files))
	var todo []build.File
	for _, f := range files {
		k := outKey{job: f.Job != nil, src: f.Src}
		if f.Job != nil {
			k.key = f.Job.Key
		} else {
			k.theme = f.FS != b.fsys
		}
		outs[f.Path] = k
		if !full {
			old, ok := b.outs[f.Path]
			switch {
			case !ok || old != k:
			case k.job:
				continue
			case k.theme && !b.themeStatic:
				continue
			case !k.theme && !b.isDirty(k.src):
				continue
			}
		}
		todo = append(todo, f)
	}

	// The pages open in a browser come first, with the files they load;
	// everything else follows once the browser has been told.
	now, later := todo, []build.File(nil)
	if !full && early != nil && slices.ContainsFunc(todo, func(f build.File) bool { return ch.open[f.Path] }) {
		now = nil
		for _, f := range todo {
			if ch.open[f.Path] || f.Job == nil && f.Images == nil {
				now = append(now, f)
			} else {
				later = append(later, f)
			}
		}
	}

	mem := b.mem
	if full {
		mem = output.NewMemory()
		res.Full = true
	}
	written, err := produce(ctx, r, now, mem, !full, runtime.GOMAXPROCS(0)+1)
	if err != nil {
		res.Errors = diag.Errors(err)
		res.Duration = time.Since(start)
		return res
	}
	res.Written = written
	if !full {
		for p := range b.outs {
			if _, ok := outs[p]; !ok {
				mem.Delete(p)
				res.Removed = append(res.Removed, p)
			}
		}
	}
	slices.Sort(res.Removed)
	res.Mem = mem
	b.mem = mem
	clear(b.dirty)
	b.renderAll, b.themeStatic = false, false
	if len(later) > 0 {
		final := make(map[string]outKey, len(later))
		for _, f := range later {
			final[f.Path] = outs[f.Path]
			if old, ok := b.outs[f.Path]; ok {
				outs[f.Path] = old // until it is written
			} else {
				delete(outs, f.Path)
			}
		}
		b.outs = outs
		res.Duration = time.Since(start)
		early(res)
		res.Early, res.EarlyWritten = true, res.Written
		// One processor less than the machine has: the browser is reloading
		// the pages just written, and its requests must not wait.
		more, err := produce(ctx, r, later, mem, true, max(1, runtime.GOMAXPROCS(0)-1))
		for _, f := range later {
			if err != nil {
				delete(b.outs, f.Path) // made again by the next rebuild
			} else {
				b.outs[f.Path] = final[f.Path]
			}
		}
		if err != nil {
			res.Errors = diag.Errors(err)
		}
		res.Written = append(res.Written, more...)
		slices.Sort(res.Written)
	} else {
		b.outs = outs
	}
	for _, p := range res.Written {
		if path.Ext(p) == ".html" {
			res.Pages++
		}
	}
	res.Total = time.Since(start)
	if !res.Early {
		res.Duration = res.Total
	}
	return res
}

// produce makes the files fs, workers at a time, and writes them to mem
// only after all of them are made, so that a failure leaves mem as it was.
// When skipSame is set, files whose bytes did not change are not written.
// It returns the paths written, sorted.
func produce(ctx context.Context, r *render.Renderer, fs []build.File, mem *output.Memory, skipSame bool, workers int) ([]string, error) {
	data := make([][]byte, len(fs))
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(workers)
	for i, f := range fs {
		g.Go(func() error {
			if err := gctx.Err(); err != nil {
				return err
			}
			var err error
			data[i], err = build.Produce(r, f)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	var written []string
	for i, f := range fs {
		if skipSame {
			if old, ok := mem.Get(f.Path); ok && bytes.Equal(old, data[i]) {
				continue
			}
		}
		if err := mem.WriteFile(f.Path, data[i]); err != nil {
			return written, i18n.Wrap(i18n.OutWrite.T(f.Path, err), err)
		}
		written = append(written, f.Path)
	}
	slices.Sort(written)
	return written, nil
}

// shown returns the changed paths worth naming, sorted: those that exist
// or were part of the site, not the temporary files editors and tools
// create and delete while saving. With none of those, it returns them all.
func (b *builder) shown(paths map[string]bool) []string {
	var out []string
	var copied map[string]bool
	for p := range paths {
		if _, err := fs.Stat(b.fsys, p); err == nil || b.files[p] != nil || p == config.FileName {
			out = append(out, p)
			continue
		}
		if copied == nil {
			copied = map[string]bool{}
			for _, k := range b.outs {
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
func (b *builder) affected(paths map[string]bool) []string {
	want := map[string]bool{}
	for c := range paths {
		if !under(c, content.Dir) && !under(c, "static") {
			continue
		}
		fi, err := fs.Stat(b.fsys, c)
		switch {
		case err != nil:
			b.forget(c, nil)
		case fi.IsDir():
			found := map[string]bool{}
			for _, p := range sourcesUnder(b.fsys, c) {
				found[p] = true
				want[p] = true
			}
			b.forget(c, found)
		case content.IsSource(c):
			want[c] = true
		}
		// A bundle owns the files of its folder.
		for d := path.Dir(c); under(d, content.Dir); d = path.Dir(d) {
			if p := d + "/index.md"; b.files[p] != nil && p != c {
				want[p] = true
			}
		}
	}
	for p := range b.watch {
		s := b.files[p]
		switch {
		case s.failed():
			want[p] = true
		case s.p != nil && s.p.Photo != nil:
			for c := range paths {
				if under(s.p.Photo.Src, c) {
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
func (b *builder) record(p string, s *source) {
	b.files[p] = s
	if s.failed() || s.p != nil && s.p.Photo != nil {
		b.watch[p] = true
	} else {
		delete(b.watch, p)
	}
}

// forget drops the sources at or under p, except those in keep.
func (b *builder) forget(p string, keep map[string]bool) {
	b.paths = slices.DeleteFunc(b.paths, func(q string) bool {
		if under(q, p) && !keep[q] {
			delete(b.files, q)
			delete(b.watch, q)
			return true
		}
		return false
	})
}

// read reads the sources ps in parallel.
func (b *builder) read(ps []string) []*source {
	got := make([]*source, len(ps))
	for i, r := range b.loader.Files(ps) {
		got[i] = &source{p: r.Profile, errs: r.Errs}
	}
	return got
}

// warnings returns the warnings of ss, sorted.
func warnings(ss []*source) []*diag.Error {
	var out []*diag.Error
	for _, s := range ss {
		for _, e := range s.errs.Items() {
			if e.Sev == diag.SevWarning {
				out = append(out, e)
			}
		}
	}
	diag.Sort(out)
	return out
}

// isDirty reports whether the copied file at site path p, or a folder
// above it, changed since the last good build.
func (b *builder) isDirty(p string) bool {
	for ; p != "." && p != "/" && p != ""; p = path.Dir(p) {
		if b.dirty[p] {
			return true
		}
	}
	return false
}

// photosOf lists the photos of ps as build.PlanImages measures them.
func photosOf(ps []*content.Profile) []images.Photo {
	var out []images.Photo
	for _, p := range ps {
		if p.Photo != nil {
			out = append(out, images.Photo{Src: p.Photo.Src, URL: p.Photo.URL})
		}
	}
	return out
}

// anyDirty reports whether the file of a photo changed since the last
// good build.
func (b *builder) anyDirty(photos []images.Photo) bool {
	if len(b.dirty) == 0 {
		return false
	}
	for _, p := range photos {
		if b.isDirty(p.Src) {
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

// sourcesUnder lists the profile sources under the folder dir, with the
// rules of content.Sources.
func sourcesUnder(fsys fs.FS, dir string) []string {
	var out []string
	_ = fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != dir && content.Ignored(d.Name()) {
				return fs.SkipDir
			}
			return nil
		}
		if content.IsSource(p) {
			out = append(out, p)
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
