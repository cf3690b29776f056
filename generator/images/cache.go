package images

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"image"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/guongsang/guongsang/internal/buildinfo"
)

// settings is everything besides the source bytes and the width that
// decides a copy's bytes. It is part of every cache name, so changing the
// filter, the quality, this package's version, Go or golang.org/x/image
// never serves a copy made the old way.
var settings = "guongsang-images/2 " + interpolatorName + " jpeg-q" + strconv.Itoa(jpegQuality) +
	" png-default " + runtime.Version() + " x/image@" + buildinfo.ModuleVersion("golang.org/x/image")

// cacheKey names the copies of the photo whose bytes are src.
func cacheKey(src []byte) string {
	h := sha256.New()
	h.Write([]byte(settings))
	h.Write([]byte{0})
	h.Write(src)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// cachePath is where the copy v of a photo with key is cached:
// "<hash of settings and source>-<width>.<ext>".
func (s *Set) cachePath(key string, v Variant) string {
	return filepath.Join(s.cache, key+"-"+strconv.Itoa(v.Width)+"."+extOf(v.Format))
}

// inCache reports whether the cache holds v, checking its header so a
// damaged file is made again rather than published.
func (s *Set) inCache(key string, v Variant) bool {
	f, err := os.Open(s.cachePath(key, v))
	if err != nil {
		return false
	}
	defer f.Close()
	cfg, format, err := image.DecodeConfig(f)
	return err == nil && format == v.Format && cfg.Width == v.Width && cfg.Height == v.Height
}

// readCache returns the cached bytes of v.
func (s *Set) readCache(key string, v Variant) ([]byte, bool) {
	if s.cache == "" || key == "" {
		return nil, false
	}
	b, err := os.ReadFile(s.cachePath(key, v))
	return b, err == nil && len(b) > 0
}

// writeCache stores b as the copy v. The file appears whole or not at all
// (written aside, then renamed), so builds sharing the cache, or one killed
// midway, never see half a file.
func (s *Set) writeCache(key string, v Variant, b []byte) error {
	if err := os.MkdirAll(s.cache, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(s.cache, ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(0o644) // CreateTemp makes it private; it is a copy of a public photo
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), s.cachePath(key, v))
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// Prune removes from the cache folder the copies this Set did not use
// that are older than maxAge (by modification time, against now): photos
// replaced or deleted leave copies no build reads, and a cache kept
// between CI runs would otherwise grow forever. Copies this Set used are
// kept however old, so a build never removes what it just published;
// young unused copies are kept too, for a photo put back or a branch
// built in turn. Call it after a successful build, once Prepare or Bytes
// has run for every photo: a photo whose copies were not looked at has
// no name yet, and its copies count as unused. It returns how many files
// it removed; removing is best effort and the first error is returned.
func (s *Set) Prune(maxAge time.Duration, now time.Time) (int, error) {
	if s == nil || s.cache == "" {
		return 0, nil
	}
	used := map[string]bool{}
	for im, j := range s.jobs {
		if j.key == "" {
			continue
		}
		for _, v := range im.Variants {
			used[filepath.Base(s.cachePath(j.key, v))] = true
		}
	}
	ents, err := os.ReadDir(s.cache)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return 0, nil
		}
		return 0, err
	}
	var first error
	n := 0
	for _, e := range ents {
		if used[e.Name()] || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil || now.Sub(fi.ModTime()) <= maxAge {
			continue
		}
		if err := os.Remove(filepath.Join(s.cache, e.Name())); err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		n++
	}
	return n, first
}
