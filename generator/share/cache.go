package share

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// settings is everything besides a Card that decides a picture's bytes:
// this package's version, the fonts, Go and golang.org/x/image (which
// rasterizes the glyphs). It is part of every cache name.
var settings = "guongsang-share/2 fonts:" + strconv.Itoa(len(regularTTF)) + "," + strconv.Itoa(len(boldTTF)) +
	" " + runtime.Version() + " x/image@" + moduleVersion("golang.org/x/image")

func moduleVersion(mod string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "?"
	}
	for _, d := range bi.Deps {
		if d.Path == mod {
			if d.Replace != nil {
				d = d.Replace
			}
			return d.Version + d.Sum
		}
	}
	return "?"
}

// Key is a hash of everything c's picture shows and of how it is drawn:
// equal keys, equal bytes.
func (c Card) Key() string {
	h := sha256.New()
	for _, s := range append([]string{settings, c.Kicker, c.Title, c.Brand, c.Host, strconv.Itoa(len(c.Lines))}, c.Lines...) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write(c.Photo)
	if c.Band != (color.RGBA{}) && c.Band != brandBg {
		fmt.Fprintf(h, "\x00band %02x%02x%02x", c.Band.R, c.Band.G, c.Band.B)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Cache keeps share pictures in a folder between builds, named by
// Card.Key, so a picture is drawn once for as long as what it shows does
// not change. A nil *Cache, or one made with an empty folder, draws every
// time. A Cache is safe for concurrent use.
type Cache struct {
	dir  string
	mu   sync.Mutex
	used map[string]bool // names of the files this Cache read or wrote

	drawn, hits atomic.Int64
}

// NewCache returns a Cache keeping pictures in dir, made on first use; ""
// keeps nothing.
func NewCache(dir string) *Cache { return &Cache{dir: dir, used: map[string]bool{}} }

var pngSig = []byte("\x89PNG\r\n\x1a\n")
var pngEnd = []byte("IEND\xae\x42\x60\x82")

// Render returns the picture of c: from the cache folder when it holds
// one, else drawn by Render and stored. A folder that cannot be written is
// no error: the picture is returned all the same.
func (ca *Cache) Render(c Card) ([]byte, error) {
	if ca == nil || ca.dir == "" {
		if ca != nil {
			ca.drawn.Add(1)
		}
		return Render(c)
	}
	name := c.Key() + ".png"
	ca.mu.Lock()
	ca.used[name] = true
	ca.mu.Unlock()
	p := filepath.Join(ca.dir, name)
	// A file cut short (a full disk, a killed build on a file system
	// that does not keep renames in order) is drawn again.
	if b, err := os.ReadFile(p); err == nil && bytes.HasPrefix(b, pngSig) && bytes.HasSuffix(b, pngEnd) {
		ca.hits.Add(1)
		return b, nil
	}
	b, err := Render(c)
	if err != nil {
		return nil, err
	}
	ca.drawn.Add(1)
	_ = ca.write(p, b)
	return b, nil
}

// write stores b at p whole or not at all: written aside, then renamed.
func (ca *Cache) write(p string, b []byte) error {
	if err := os.MkdirAll(ca.dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(ca.dir, ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// Stats returns how many pictures were drawn and how many read from the
// cache folder so far.
func (ca *Cache) Stats() (drawn, cached int) {
	if ca == nil {
		return 0, 0
	}
	return int(ca.drawn.Load()), int(ca.hits.Load())
}

// Prune removes from the cache folder the pictures this Cache did not use
// that are older than maxAge, as images.Set.Prune does for photos. Call it
// after a successful build. It returns how many files it removed and the
// first error.
func (ca *Cache) Prune(maxAge time.Duration, now time.Time) (int, error) {
	if ca == nil || ca.dir == "" {
		return 0, nil
	}
	ents, err := os.ReadDir(ca.dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return 0, nil
		}
		return 0, err
	}
	ca.mu.Lock()
	defer ca.mu.Unlock()
	var first error
	n := 0
	for _, e := range ents {
		if ca.used[e.Name()] || !e.Type().IsRegular() {
			continue
		}
		fi, err := e.Info()
		if err != nil || now.Sub(fi.ModTime()) <= maxAge {
			continue
		}
		if err := os.Remove(filepath.Join(ca.dir, e.Name())); err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		n++
	}
	return n, first
}
