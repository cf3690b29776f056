// Package build runs the pipeline end to end: load the configuration and
// theme, load and check content, index, render, write. It is the library's
// front door; cmd/guongsang and the preview server call it.
//
// Stages run in this order and data flows one way: config → content →
// index → render → output. Nothing is written unless every stage
// succeeded.
package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/images"
	"github.com/guongsang/guongsang/generator/index"
	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/generator/render"
	"github.com/guongsang/guongsang/generator/share"
	"github.com/guongsang/guongsang/generator/sitefs"
)

// Options says what to build.
type Options struct {
	SiteDir string // the site folder; "" means the current directory
	OutDir  string // "" means SiteDir/public
	Drafts  bool   // publish drafts
	// Force lets Build replace an existing output folder that guongsang
	// did not make; its contents are moved aside, not deleted (see
	// output.Guard).
	Force bool
	Now   time.Time
	// Hook, if set, is called as Build enters each phase: "load" (the
	// site folder is open, nothing read yet), "write" (half the files
	// are staged) and "swap" (the stage is complete, the swap is next).
	// It may block. Tests use it to kill a build at a known moment.
	Hook func(phase string)
	// ImageCache is the folder resized photos are kept in between builds.
	// Build uses ImageCacheDir when it is ""; Load and Write called
	// directly keep nothing between builds then.
	ImageCache string

	// dropBodies is set by Build and Check, which render each page once
	// right after loading (or none): profiles then keep no Markdown, and
	// their pages read it again (content.Options.DropBodies).
	dropBodies bool
}

func (o Options) site() string {
	if o.SiteDir == "" {
		return "."
	}
	return o.SiteDir
}

// Out returns the output folder the options select.
func (o Options) Out() string {
	if o.OutDir != "" {
		return o.OutDir
	}
	return filepath.Join(o.site(), "public")
}

// Guard returns what a build with these options must never write over:
// the site folder and everything a site is read from.
func (o Options) Guard() output.Guard {
	site := o.site()
	srcs := []string{content.Dir, "static", "themes", config.FileName, ".cache"}
	for i, s := range srcs {
		srcs[i] = filepath.Join(site, s)
	}
	return output.Guard{Site: site, Sources: append(srcs, o.ImageCacheDir()), Force: o.Force}
}

// ImageCacheDir returns the image cache folder the options select:
// ImageCache, or SiteDir/.cache/images. It lives in the site, not the
// user's cache folder, so a CI job can keep it between runs like any other
// folder; sites should list .cache/ in their .gitignore.
func (o Options) ImageCacheDir() string {
	if o.ImageCache != "" {
		return o.ImageCache
	}
	return filepath.Join(o.site(), ".cache", "images")
}

// ShareCacheDir returns the folder share pictures are kept in between
// builds, inside the image cache folder imageCache; "" (no image cache)
// keeps none.
func ShareCacheDir(imageCache string) string {
	if imageCache == "" {
		return ""
	}
	return filepath.Join(imageCache, "share")
}

// DataCacheDir returns the folder the finished open-data workbook
// (ho-so.xlsx) is kept in between builds, inside the image cache folder
// imageCache; "" keeps none.
func DataCacheDir(imageCache string) string {
	if imageCache == "" {
		return ""
	}
	return filepath.Join(imageCache, "data")
}

// ImageCacheMaxAge is how long Build keeps, in the image cache, resized
// copies that no photo of the site uses any more.
const ImageCacheMaxAge = 30 * 24 * time.Hour

// Site is a loaded, checked and indexed site, ready to render.
type Site struct {
	FS      fs.FS
	Config  *config.Site
	Theme   *render.Theme
	Content *content.Set
	Index   *index.Index
	Images  *images.Set  // measured photos; nil resizes nothing
	Share   *share.Cache // share pictures kept between builds; nil keeps none
	// DataCache is the folder the open-data workbook is kept in between
	// builds (DataCacheDir); "" keeps none.
	DataCache string
	Warnings  []*diag.Error
}

// Result summarises a build.
type Result struct {
	Profiles int // published
	Drafts   int // left out
	Pages    int // HTML pages
	Files    int // every output file
	Written  int // files whose bytes changed
	Duration time.Duration
	Warnings []*diag.Error

	// ImagesResized counts the photo copies resized in this build;
	// ImagesCached those taken from the image cache instead.
	ImagesResized int
	ImagesCached  int
	// SharesDrawn counts the share pictures drawn in this build;
	// SharesCached those read from the cache instead.
	SharesDrawn  int
	SharesCached int

	// Replaced is where the output folder's previous contents were moved
	// when Options.Force adopted a folder guongsang had not made, or "".
	Replaced string
}

// halfway is a Dir that calls hook once, when the file numbered at is
// written (Options.Hook's "write").
type halfway struct {
	*output.Dir
	n, at int
	hook  func()
}

// WriteFile is called from Write's one writer goroutine only.
func (h *halfway) WriteFile(name string, data []byte) error {
	if h.n == h.at {
		h.hook()
	}
	h.n++
	return h.Dir.WriteFile(name, data)
}

// IOError is returned by Build and Write when the output could not be
// prepared, written or published for a reason of the system (permissions,
// a full disk), not of the site's content.
type IOError struct {
	Msg string // what failed, in the current language
	Err error  // the system's error
}

func (e *IOError) Error() string { return e.Msg }
func (e *IOError) Unwrap() error { return e.Err }

// Load reads and checks everything in fsys (a site folder) without
// writing: a Session's first, full read. Every problem is in the returned
// error, joined; the *Site is nil when there is any error.
func Load(fsys fs.FS, opts Options) (*Site, error) {
	return NewSession(fsys, opts).Load()
}

// photosOf lists the photos of profiles and the images of their bodies:
// what images.Plan measures.
func photosOf(profiles []*content.Profile) []images.Photo {
	var photos []images.Photo
	for _, p := range profiles {
		if p.Photo != nil {
			photos = append(photos, images.Photo{Src: p.Photo.Src, URL: p.Photo.URL})
		}
		for _, im := range p.Images {
			photos = append(photos, images.Photo{Src: im.Src, URL: im.URL})
		}
		for _, ph := range p.Photos {
			photos = append(photos, images.Photo{Src: ph.Src, URL: ph.URL})
		}
	}
	return photos
}

// Failed is returned when content or configuration has problems. Err joins
// every *diag.Error; Warnings are those found on the way.
type Failed struct {
	Err      error
	Warnings []*diag.Error
}

func (f *Failed) Error() string { return f.Err.Error() }
func (f *Failed) Unwrap() error { return f.Err }

// OpenSite opens the site folder dir for reading. The returned file
// system refuses any path, symlinks included, that resolves outside dir,
// so content cannot publish files from elsewhere on the machine. Close the
// root when done.
func OpenSite(dir string) (*os.Root, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, &diag.Error{Path: dir, Msg: i18n.BuildCannotOpen.T(i18n.Cause(err)), Hint: i18n.BuildCannotOpenHint.T(), Err: err}
	}
	return root, nil
}

// Check loads and checks the site and writes nothing.
func Check(opts Options) (*Result, error) {
	start := time.Now()
	root, err := OpenSite(opts.site())
	if err != nil {
		return nil, err
	}
	defer root.Close()
	site := sitefs.New(root)
	defer site.Close()
	opts.dropBodies = true
	s, err := Load(site, opts)
	if err != nil {
		return nil, err
	}
	return &Result{Profiles: len(s.Content.Profiles), Drafts: s.Content.Drafts, Duration: time.Since(start), Warnings: s.Warnings}, nil
}

// Build loads the site and writes it to the output folder, replacing the
// previous output only when everything succeeded. An output folder that
// Guard refuses is refused before anything is read or written, with an
// error that errors.Is output.ErrRefused; a second build of the same
// output at once gets one that errors.Is output.ErrLocked.
func Build(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	opts.ImageCache = opts.ImageCacheDir()
	if _, err := output.Check(opts.Out(), opts.Guard()); errors.Is(err, output.ErrRefused) {
		return nil, err
	} else if err != nil {
		return nil, &IOError{Msg: i18n.OutPrepare.T(opts.Out(), err), Err: err}
	}
	root, err := OpenSite(opts.site())
	if err != nil {
		return nil, err
	}
	defer root.Close()
	site := sitefs.New(root)
	defer site.Close()
	hook := func(phase string) {
		if opts.Hook != nil {
			opts.Hook(phase)
		}
	}
	hook("load")
	opts.dropBodies = true
	s, err := Load(site, opts)
	if err != nil {
		return nil, err
	}
	// A published site names its stylesheets and scripts by their
	// content, so servers can cache them for a year; the preview, which
	// builds through Load too, keeps the plain names and swaps an edited
	// stylesheet in place.
	if err := s.Theme.Fingerprint(); err != nil {
		return nil, err
	}
	dir, err := output.NewDir(opts.Out(), opts.Guard())
	if errors.Is(err, output.ErrRefused) || errors.Is(err, output.ErrLocked) {
		return nil, err
	}
	if err != nil {
		return nil, &IOError{Msg: i18n.OutPrepare.T(opts.Out(), err), Err: err}
	}
	dir.BeforeSwap = func() { hook("swap") }
	var w output.Writer = dir
	if opts.Hook != nil {
		w = &halfway{Dir: dir, at: len(Files(s, newRenderer(s))) / 2, hook: func() { hook("write") }}
	}
	res, err := Write(ctx, s, newRenderer(s), w)
	if err != nil {
		_ = dir.Abort()
		return nil, err
	}
	if err := dir.Commit(); err != nil {
		return nil, &IOError{Msg: i18n.OutPublish.T(opts.Out(), err), Err: err}
	}
	// The build succeeded: copies of photos no longer in the site, and
	// not used for ImageCacheMaxAge, go. A copy that cannot be removed
	// stays; that is no reason to fail a published build.
	_, _ = s.Images.Prune(ImageCacheMaxAge, time.Now())
	_, _ = s.Share.Prune(ImageCacheMaxAge, time.Now())
	res.Written, _ = dir.Stats()
	res.Replaced = dir.Replaced()
	res.Duration = time.Since(start)
	return res, nil
}

// File is one output file and where its bytes come from.
type File struct {
	Path   string
	Job    *render.Job // rendered, or
	FS     fs.FS       // copied from FS at Src, or,
	Src    string
	Images *images.Set // when set, resized by Images from the photo at Src
	// Strip publishes the JPEG or PNG at Src without its metadata
	// (images.Strip); set for the site's photos unless site.yaml has
	// keep_photo_metadata: true.
	Strip bool
}

// Files lists every output file of s in a fixed order. When two sources
// claim one path, the first wins in this order: generated pages, profile
// resources, resized copies of photos, the site's static/ folder, the
// theme's static files.
func Files(s *Site, r *render.Renderer) []File {
	var out []File
	seen := map[string]bool{}
	add := func(f File) {
		if !seen[f.Path] {
			seen[f.Path] = true
			out = append(out, f)
		}
	}
	jobs := r.Jobs()
	for i := range jobs {
		add(File{Path: jobs[i].Path, Job: &jobs[i]})
	}
	strip := func(name string) bool { return !s.Config.KeepPhotoMetadata && images.IsStrippable(name) }
	for _, p := range s.Content.Profiles {
		for _, res := range p.Resources {
			add(File{Path: res.URL[1:], FS: s.FS, Src: res.Src, Strip: strip(res.Src)})
		}
	}
	for _, im := range s.Images.Images() {
		for _, v := range im.Variants {
			add(File{Path: v.URL[1:], FS: s.FS, Src: im.Src, Images: s.Images})
		}
	}
	_ = fs.WalkDir(s.FS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if p != "static" && content.Ignored(d.Name()) {
				return fs.SkipDir
			}
			return nil
		}
		if !content.Ignored(d.Name()) && d.Type().IsRegular() {
			add(File{Path: p[len("static/"):], FS: s.FS, Src: p, Strip: strip(p)})
		}
		return nil
	})
	for _, st := range s.Theme.Static {
		add(File{Path: st.Path, FS: st.FS, Src: st.Src})
	}
	return out
}

// Produce returns the bytes of f.
func Produce(r *render.Renderer, f File) ([]byte, error) {
	if f.Job != nil {
		return r.Render(*f.Job)
	}
	if f.Images != nil {
		return f.Images.Bytes(f.Path)
	}
	b, err := fs.ReadFile(f.FS, f.Src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Src, err)
	}
	if f.Strip {
		// A file Strip cannot follow is published as it is: Plan has
		// already warned about a photo it cannot read.
		b, _ = images.Strip(b)
	}
	return b, nil
}

// produceFile is Produce for a writer that copies files itself
// (output.FileCopier): a share picture or resized photo a cache folder
// holds comes back as the path of that file (src), not its bytes.
func produceFile(r *render.Renderer, f File) (src string, b []byte, err error) {
	switch {
	case f.Job != nil:
		return r.RenderFile(*f.Job)
	case f.Images != nil:
		return f.Images.File(f.Path)
	}
	b, err = Produce(r, f)
	return "", b, err
}

// Write renders and writes every file of s to w, in parallel.
func Write(ctx context.Context, s *Site, r *render.Renderer, w output.Writer) (*Result, error) {
	files := Files(s, r)
	res := &Result{Profiles: len(s.Content.Profiles), Drafts: s.Content.Drafts, Files: len(files), Warnings: s.Warnings}
	for _, f := range files {
		if f.Job != nil && filepath.Ext(f.Path) == ".html" {
			res.Pages++
		}
	}
	if err := produce(ctx, s.Images, r, files, w, runtime.GOMAXPROCS(0)); err != nil {
		return nil, err
	}
	st := s.Images.Stats()
	res.ImagesResized, res.ImagesCached = st.Resized, st.Cached
	res.SharesDrawn, res.SharesCached = s.Share.Stats()
	return res, nil
}

// produce makes files on workers goroutines and writes them to w, in the
// order they are made, through one writer goroutine: the one worker pool
// and the one write path of every build, whole or incremental. When imgs
// is not nil its resized copies are prepared beside the pool (a whole
// build); otherwise each copy is made when its file is reached.
func produce(ctx context.Context, imgs *images.Set, r *render.Renderer, files []File, w output.Writer, workers int) error {
	wctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	g, gctx := errgroup.WithContext(wctx)
	// Pages render on every core but reach the disk through one writer.
	// Creating folders and files is most of a build's kernel time, and on
	// ext4 creates contend: whole 10k builds on the 2-core benchmark
	// machine took 3.56-3.88 s with one writer against 3.80-4.18 s with
	// the renderers writing, and when the file system still had many
	// recently deleted inodes (see docs/performance.md) concurrent creates
	// spun on its locks, up to 3x slower. The queue is bounded, so at most
	// a few dozen rendered pages wait in memory.
	queue := make(chan outFile, 64)
	// A writer that copies the bytes out (a folder on disk) lets pages be
	// rendered into recycled buffers (Renderer.RenderShared).
	_, copies := w.(output.Copier)
	// A writer that copies files itself (a folder on disk) gets cached
	// share pictures and photo copies as files to link or copy: a cached
	// build read each one (13,500 pictures at 10,000 profiles) only to
	// write the same bytes again.
	fc, _ := w.(output.FileCopier)
	writeErr := make(chan error, 1)
	go func() {
		var first error
		for o := range queue {
			// Not gctx: that ends when the producers are done, while
			// their last files may still be queued.
			if first == nil && wctx.Err() == nil { // else drain, so no producer waits on a dead writer
				var err error
				if o.src != "" {
					// A share picture may be linked (share.Cache checks
					// each file's size against its name, so one edited
					// through the link is drawn again); a photo copy is
					// copied (output.Dir.CopyFile says why).
					err = fc.CopyFile(o.path, o.src, files[o.i].Job != nil)
					if gone(err, o.src) {
						// Removed from the cache since it was looked up:
						// made again (a rare case, on the writer).
						var b []byte
						if b, err = Produce(r, files[o.i]); err == nil {
							err = w.WriteFile(o.path, b)
						}
					}
				} else {
					err = w.WriteFile(o.path, o.data)
				}
				if err != nil {
					first = &IOError{Msg: i18n.OutWrite.T(o.path, err), Err: err}
					stop(first)
				}
			}
			if o.done != nil {
				o.done()
			}
		}
		writeErr <- first
	}()
	// Photos are resized while pages render: Prepare works through them
	// beside the pool below, which reaches their copies last and waits
	// for, or helps with, whatever is left. Its errors are the ones the
	// copies' Bytes return, so they are reported once, below.
	var resize errgroup.Group
	if imgs != nil {
		resize.Go(func() error {
			_ = imgs.Prepare(gctx, runtime.GOMAXPROCS(0))
			return nil
		})
	}
	// One long-lived producer per worker takes the files in order: a
	// goroutine per file grew and copied a fresh stack for every page.
	var next atomic.Int64
	for range min(workers, len(files)) {
		g.Go(func() error {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return nil
				}
				if err := gctx.Err(); err != nil {
					return err
				}
				f := files[i]
				o := outFile{i: i}
				var err error
				if fc != nil && (f.Images != nil || f.Job != nil && f.Job.File()) {
					o.src, o.data, err = produceFile(r, f)
				} else if f.Job != nil && copies {
					o.data, o.done, err = r.RenderShared(*f.Job)
				} else {
					o.data, err = Produce(r, f)
				}
				if err != nil {
					return err
				}
				o.path = f.Path
				select {
				case queue <- o:
				case <-gctx.Done():
					if o.done != nil {
						o.done()
					}
					return gctx.Err()
				}
			}
		})
	}
	err := g.Wait()
	close(queue)
	if werr := <-writeErr; werr != nil {
		err = werr // the cause; producers only saw the cancellation
	}
	_ = resize.Wait()
	if err != nil {
		return err
	}
	return ctx.Err()
}

// outFile is a rendered file on its way to the writer.
type outFile struct {
	path string
	i    int // its index in the files produced
	data []byte
	src  string // else the file to copy data from (output.FileCopier)
	done func() // gives data back to the renderer, when it was lent
}

// gone reports whether err is that of opening src, which does not exist.
func gone(err error, src string) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && pe.Path == src && errors.Is(err, fs.ErrNotExist)
}

// newRenderer returns the renderer a build uses for s.
func newRenderer(s *Site) *render.Renderer {
	r := render.NewWithImages(s.Theme, s.Index, s.Images)
	r.ShareCache = s.Share
	r.DataCache = s.DataCache
	return r
}
