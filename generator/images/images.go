// Package images is the image stage: it measures profile photos and makes
// smaller copies of JPEG and PNG photos for srcset, so a phone on a slow
// connection downloads a 640-pixel photo instead of the 4000-pixel original.
//
// Plan reads only the head of each photo (its size, EXIF orientation and,
// for PNG, whether it has an alpha channel) and decides which copies to
// make and where they are published; rendering needs nothing more. The
// pixels are resized later, when the output is written, by Set.Bytes and
// Set.Prepare, in parallel with the rendering of pages.
//
// Resized copies are kept between builds in a cache folder, named by a hash
// of the source bytes, the width and the encoder settings, so an unchanged
// photo is never resized twice. Resizing is deterministic: the same photo
// gives the same bytes on every build, from the cache or not.
//
// JPEG, PNG, GIF, WebP and SVG photos are measured; only JPEG and PNG are
// resized. The others are published as they are.
package images

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/sync/errgroup"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
)

// widths are the widths, in pixels, JPEG and PNG photos are resized to.
// They cover a card thumbnail on a phone (96 CSS pixels at 3x) up to the
// profile page's main column on a desktop (70rem at 1x, 1120 pixels).
// A photo is never enlarged: only widths smaller than the photo are made.
var widths = [...]int{320, 640, 960, 1280}

// MaxWidth is the widest copy made. Originals no wider than this are
// offered in srcset beside their copies; wider ones are published but not
// offered, so no phone downloads a camera's full-size original.
const MaxWidth = 1280

// maxPixels bounds the photos this package decodes (a 100-megapixel RGBA
// image takes 400 MB): larger ones are published as they are, with a
// warning, rather than crash a small CI machine out of memory.
const maxPixels = 100_000_000

// Photo is a photo to publish: where it is read from and where it goes.
type Photo struct {
	Src string // path in the site's file system, e.g. "content/ho-so/a/anh.jpg"
	URL string // output URL path of the original, e.g. "/ho-so/a/anh.jpg"
}

// Image is a measured photo.
type Image struct {
	Photo
	// Format is "jpeg", "png", "gif", "webp" or "svg": for raster images
	// from the file's bytes, not its name.
	Format string
	// Width and Height are the size the photo is shown at, in pixels, with
	// its EXIF orientation applied: a portrait taken with the phone on its
	// side is taller than wide. Both are 0 for an SVG without a usable
	// width, height or viewBox.
	Width, Height int
	// Variants are the resized copies, narrowest first; none for GIF, WebP
	// and SVG photos, or photos 320 pixels wide or less.
	Variants []Variant

	orientation int  // EXIF orientation, 1..8
	opaque      bool // a PNG without an alpha channel or transparent colour
}

// Variant is one resized copy of a photo.
type Variant struct {
	URL           string // output URL path, e.g. "/ho-so/a/anh-640w.jpg"
	Width, Height int
	Format        string // "jpeg" or "png"
}

// Srcset returns the copies a browser may choose from, narrowest first:
// the variants and, when it is no wider than MaxWidth, the original. It is
// empty when the photo has no variants, since one candidate is no choice.
func (im *Image) Srcset() []Variant {
	if len(im.Variants) == 0 {
		return nil
	}
	out := im.Variants
	if im.Width <= MaxWidth {
		out = append(out[:len(out):len(out)], Variant{URL: im.URL, Width: im.Width, Height: im.Height, Format: im.Format})
	}
	return out
}

// variantWidths returns the widths a photo w pixels wide is resized to.
func variantWidths(w int) []int {
	var out []int
	for _, x := range widths {
		if x < w {
			out = append(out, x)
		}
	}
	return out
}

// Set is the measured photos of a site. Plan returns one; rendering reads
// it with Lookup and the write stage gets resized bytes with Bytes. A Set
// is safe for concurrent use.
type Set struct {
	fsys     fs.FS
	cache    string // folder of resized copies; "" keeps them in memory only
	images   []*Image
	byURL    map[string]*Image
	variants map[string]variantRef // output path (no leading slash) → copy
	jobs     map[*Image]*job

	resized atomic.Int64
	hits    atomic.Int64
	gen     uint64 // see Gen
}

// plans counts the Sets Plan made in this process.
var plans atomic.Uint64

// Gen returns a number no other Set of this process has: a Set is planned
// from the photos' bytes as they were then, so work derived from those
// bytes (a share picture showing a photo) can key on it. A nil Set's is 0.
func (s *Set) Gen() uint64 {
	if s == nil {
		return 0
	}
	return s.gen
}

type variantRef struct {
	im *Image
	i  int
}

// job is the resizing of one photo; it runs once per Set.
type job struct {
	once sync.Once
	err  error
	mu   sync.Mutex
	mem  map[int][]byte // variant index → bytes, when not in the cache folder
	key  string         // cache name prefix
}

// Plan measures every photo, in parallel, and decides its variants.
// Photos with the same URL are measured once. cacheDir is the folder that
// keeps resized copies between builds; "" keeps nothing between builds.
//
// A photo that cannot be measured (not an image, damaged, too large) is
// left out of the Set, so it is published as it is with a plain <img>, and
// reported in the returned warnings, ordered by URL: a broken photo should
// not keep a whole site from being published, but its author should hear
// of it.
func Plan(fsys fs.FS, photos []Photo, cacheDir string) (*Set, []*diag.Error) {
	s := &Set{fsys: fsys, cache: cacheDir, byURL: map[string]*Image{},
		variants: map[string]variantRef{}, jobs: map[*Image]*job{}, gen: plans.Add(1)}
	seen := map[string]bool{}
	var unique []Photo
	for _, p := range photos {
		if !seen[p.URL] {
			seen[p.URL] = true
			unique = append(unique, p)
		}
	}
	sort.Slice(unique, func(i, j int) bool { return unique[i].URL < unique[j].URL })

	measured := make([]*Image, len(unique))
	errs := make([]error, len(unique))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, p := range unique {
		g.Go(func() error {
			measured[i], errs[i] = Measure(fsys, p)
			return nil
		})
	}
	_ = g.Wait()
	var warnings []*diag.Error
	for i, err := range errs {
		var e *diag.Error
		if errors.As(err, &e) {
			w := *e
			w.Sev = diag.SevWarning
			w.Msg += "; " + i18n.ImgPublishedAsIs.T()
			warnings = append(warnings, &w)
		}
		if measured[i] != nil {
			s.images = append(s.images, measured[i])
		}
	}
	for _, im := range s.images {
		s.byURL[im.URL] = im
		s.jobs[im] = &job{}
		for i, v := range im.Variants {
			s.variants[strings.TrimPrefix(v.URL, "/")] = variantRef{im, i}
		}
	}
	return s, warnings
}

// Measure reads the head of one photo and returns its size and variants.
// It reports a problem as a *diag.Error naming p.Src; the Image is nil then.
func Measure(fsys fs.FS, p Photo) (*Image, error) {
	im, err := measure(fsys, p.Src)
	if err != nil {
		return nil, &diag.Error{Path: p.Src, Msg: i18n.ImgCannotRead.T(imgCause(err)),
			Hint: i18n.ImgSaveAgainHint.T(), Err: err}
	}
	im.Photo = p
	if im.Format != "jpeg" && im.Format != "png" {
		return im, nil
	}
	if int64(im.Width)*int64(im.Height) > maxPixels {
		return nil, &diag.Error{Path: p.Src, Msg: i18n.ImgTooLarge.T(im.Width, im.Height),
			Hint: i18n.ImgTooLargeHint.T()}
	}
	out := "jpeg"
	if im.Format == "png" && !im.opaque {
		out = "png"
	}
	for _, w := range variantWidths(im.Width) {
		h := max(1, (im.Height*w+im.Width/2)/im.Width)
		im.Variants = append(im.Variants, Variant{URL: variantURL(p.URL, im.Format, out, w), Width: w, Height: h, Format: out})
	}
	return im, nil
}

// variantURL names the copy of the photo at u resized to w pixels:
// "anh.jpg" → "anh-640w.jpg". A PNG photo made into JPEG copies keeps a
// trace of its format, "anh.png" → "anh-png-640w.jpg", so it cannot collide
// with the copies of an "anh.jpg" beside it.
func variantURL(u, from, to string, w int) string {
	ext := path.Ext(u)
	stem := strings.TrimSuffix(u, ext)
	suffix := "-" + strconv.Itoa(w) + "w"
	if from == to {
		return stem + suffix + ext
	}
	return stem + "-" + strings.TrimPrefix(strings.ToLower(ext), ".") + suffix + "." + extOf(to)
}

func extOf(format string) string {
	if format == "jpeg" {
		return "jpg"
	}
	return format
}

// Lookup returns the photo published at url, or nil. A nil Set has no
// photos.
func (s *Set) Lookup(url string) *Image {
	if s == nil {
		return nil
	}
	return s.byURL[url]
}

// Images returns every photo, ordered by URL.
func (s *Set) Images() []*Image {
	if s == nil {
		return nil
	}
	return s.images
}

// Stats counts what a Set did.
type Stats struct {
	Resized int // copies resized and encoded
	Cached  int // copies found in the cache folder
}

// Stats returns what s has done so far.
func (s *Set) Stats() Stats {
	if s == nil {
		return Stats{}
	}
	return Stats{Resized: int(s.resized.Load()), Cached: int(s.hits.Load())}
}

// Prepare resizes every photo that needs it, at most limit at a time, so
// the work runs alongside the rendering of pages; Bytes then only reads
// the results. It stops starting new photos when ctx is done. It returns
// the problems of every photo it could not resize, joined; Bytes reports
// the same problem for that photo's copies.
func (s *Set) Prepare(ctx context.Context, limit int) error {
	if s == nil {
		return nil
	}
	var g errgroup.Group
	g.SetLimit(max(1, limit))
	errs := make([]error, len(s.images))
	for i, im := range s.images {
		if len(im.Variants) == 0 {
			continue
		}
		if ctx.Err() != nil {
			break
		}
		g.Go(func() error {
			errs[i] = s.run(im)
			return nil
		})
	}
	_ = g.Wait()
	return errors.Join(errs...)
}

// Bytes returns the bytes of the variant published at name, a
// slash-separated output path without a leading slash. It resizes the
// photo if Prepare has not already done so. Bytes of one variant are the
// same on every call and every build.
func (s *Set) Bytes(name string) ([]byte, error) {
	ref, ok := s.variants[name]
	if !ok {
		return nil, fmt.Errorf("images: no variant %q", name)
	}
	if err := s.run(ref.im); err != nil {
		return nil, err
	}
	j := s.jobs[ref.im]
	j.mu.Lock()
	b := j.mem[ref.i]
	j.mu.Unlock()
	if b != nil {
		return b, nil
	}
	v := ref.im.Variants[ref.i]
	if b, ok := s.readCache(j.key, v); ok {
		return b, nil
	}
	// The cached copy vanished since run wrote it (someone cleaned the
	// cache during the build): make it again.
	src, err := fs.ReadFile(s.fsys, ref.im.Src)
	if err != nil {
		return nil, readError(ref.im, err)
	}
	m, err := decode(src, ref.im)
	if err != nil {
		return nil, err
	}
	s.resized.Add(1)
	return encodeVariant(m, ref.im, v)
}

// File is Bytes for a writer that copies files itself
// (output.FileCopier): it returns the path of the variant's file in the
// cache folder, without reading it, when the cache holds it, and its bytes
// (path "") otherwise. A cached file is never changed in place (see
// writeCache), so a copy made from path has the variant's bytes.
func (s *Set) File(name string) (path string, b []byte, err error) {
	ref, ok := s.variants[name]
	if !ok {
		return "", nil, fmt.Errorf("images: no variant %q", name)
	}
	if err := s.run(ref.im); err != nil {
		return "", nil, err
	}
	j := s.jobs[ref.im]
	j.mu.Lock()
	b = j.mem[ref.i]
	j.mu.Unlock()
	if b == nil && s.cache != "" {
		p := s.cachePath(j.key, ref.im.Variants[ref.i])
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
			return p, nil, nil
		}
	}
	b, err = s.Bytes(name)
	return "", b, err
}

// run resizes im once: it reads the source, looks every variant up in the
// cache and resizes only the missing ones, decoding the source once.
func (s *Set) run(im *Image) error {
	j := s.jobs[im]
	j.once.Do(func() { j.err = s.resize(im, j) })
	return j.err
}

func (s *Set) resize(im *Image, j *job) error {
	src, err := fs.ReadFile(s.fsys, im.Src)
	if err != nil {
		return readError(im, err)
	}
	j.key = cacheKey(src)
	var missing []int
	for i, v := range im.Variants {
		if s.cache != "" && s.inCache(j.key, v) {
			s.hits.Add(1)
			continue
		}
		missing = append(missing, i)
	}
	if len(missing) == 0 {
		return nil
	}
	m, err := decode(src, im)
	if err != nil {
		return err
	}
	for _, i := range missing {
		v := im.Variants[i]
		b, err := encodeVariant(m, im, v)
		if err != nil {
			return err
		}
		s.resized.Add(1)
		if s.cache != "" && s.writeCache(j.key, v, b) == nil {
			continue
		}
		// No cache folder, or it cannot be written (read-only checkout,
		// full disk): keep the bytes for Bytes; the build still succeeds.
		j.mu.Lock()
		if j.mem == nil {
			j.mem = map[int][]byte{}
		}
		j.mem[i] = b
		j.mu.Unlock()
	}
	return nil
}

func readError(im *Image, err error) error {
	return &diag.Error{Path: im.Src, Msg: i18n.ImgCannotRead.T(imgCause(err)), Err: err}
}

// imgCause says in the writer's words why a photo could not be read.
func imgCause(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return i18n.ImgTruncated.T()
	}
	return i18n.Cause(unwrapPath(err))
}
