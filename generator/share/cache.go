package share

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image/color"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/guongsang/guongsang/internal/buildinfo"
)

// settings is everything besides a Card that decides a picture's bytes:
// this package's version, the fonts, Go and golang.org/x/image (which
// rasterizes the glyphs). It is part of every cache name.
var settings = "guongsang-share/2 fonts:" + strconv.Itoa(len(regularTTF)) + "," + strconv.Itoa(len(boldTTF)) +
	" " + runtime.Version() + " x/image@" + buildinfo.ModuleVersion("golang.org/x/image")

// Key is a hash of everything c's picture shows and of how it is drawn:
// equal keys, equal bytes.
func (c Card) Key() string {
	h := sha256.New()
	for _, s := range append([]string{settings, c.Kicker, c.Title, c.Brand, c.Host, strconv.Itoa(len(c.Lines))}, c.Lines...) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	h.Write(c.Photo)
	if len(c.Photo) > 0 {
		// Cards with a photo were PNGs before; their format is in their
		// key, so a cache from then is not taken for JPEGs.
		typ, _ := c.Format()
		h.Write([]byte{0})
		h.Write([]byte(typ + " q" + strconv.Itoa(jpegQuality) + " 4:2:0 planes"))
	}
	if c.Band != (color.RGBA{}) && c.Band != brandBg {
		fmt.Fprintf(h, "\x00band %02x%02x%02x", c.Band.R, c.Band.G, c.Band.B)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// Cache keeps share pictures in a folder between builds, so a picture is
// drawn once for as long as what it shows does not change. A file is
// named "<Card.Key>-<its size in bytes><ext>" and is never changed in
// place: a picture is written aside and renamed, and Prune removes whole
// files. A nil *Cache, or one made with an empty folder, draws every
// time. A Cache is safe for concurrent use.
type Cache struct {
	dir   string
	mu    sync.Mutex
	used  map[string]bool   // names of the files this Cache read or wrote
	names map[string]string // Key+ext → file name, from the folder's listing

	drawn, hits atomic.Int64
}

// NewCache returns a Cache keeping pictures in dir, made on first use; ""
// keeps nothing.
func NewCache(dir string) *Cache { return &Cache{dir: dir, used: map[string]bool{}} }

// Render returns the picture of c: from the cache folder when it holds
// one, else drawn by Render and stored. A folder that cannot be written is
// no error: the picture is returned all the same.
func (ca *Cache) Render(c Card) ([]byte, error) {
	p, b, err := ca.File(c)
	if err != nil || p == "" {
		return b, err
	}
	if b, err = os.ReadFile(p); err == nil {
		return b, nil
	}
	// Removed since File looked (someone cleaned the cache): draw again.
	return Render(c)
}

// File returns the picture of c as a file of the cache folder (path),
// without reading it, when the folder holds it; else it draws it, stores
// it and returns its bytes (b, path ""). A build hard-links the file into
// the site (output.FileCopier) instead of reading and writing it again,
// which was most of what a cached build spent on share pictures.
//
// A file is taken only if its size is the one in its name, checked by a
// stat: a file cut short (a full disk, a build killed on a file system
// that does not keep renames in order) or rewritten in place through a
// hard link in a published site (a picture edited or replaced there by
// hand or by a tool) is drawn again and replaced, so a change made in the
// site is never published again under the hash of what the card shows.
// Reading the whole file to check it would cost what linking saves. A
// folder that cannot be written is no error: the bytes are returned all
// the same.
func (ca *Cache) File(c Card) (path string, b []byte, err error) {
	if ca == nil || ca.dir == "" {
		if ca != nil {
			ca.drawn.Add(1)
		}
		b, err = Render(c)
		return "", b, err
	}
	_, ext := c.Format()
	base := c.Key() + ext
	if name, size, ok := ca.lookup(base); ok {
		p := filepath.Join(ca.dir, name)
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() && fi.Size() == size {
			ca.mu.Lock()
			ca.used[name] = true
			ca.mu.Unlock()
			ca.hits.Add(1)
			return p, nil, nil
		}
	}
	if b, err = Render(c); err != nil {
		return "", nil, err
	}
	ca.drawn.Add(1)
	name := fileName(base, len(b))
	ca.mu.Lock()
	ca.used[name] = true
	ca.mu.Unlock()
	if ca.write(filepath.Join(ca.dir, name), b) == nil {
		ca.mu.Lock()
		ca.names[base] = name
		ca.mu.Unlock()
	}
	return "", b, nil
}

// fileName is the name of the cached picture base (Key+ext) of size
// bytes.
func fileName(base string, size int) string {
	ext := filepath.Ext(base)
	return strings.TrimSuffix(base, ext) + "-" + strconv.Itoa(size) + ext
}

// lookup returns the name and the size, as its name states it, of the
// cached picture base (Key+ext). The folder is listed on the first call:
// one listing instead of a failed open per picture drawn.
func (ca *Cache) lookup(base string) (name string, size int64, ok bool) {
	ca.mu.Lock()
	defer ca.mu.Unlock()
	if ca.names == nil {
		ca.names = map[string]string{}
		ents, _ := os.ReadDir(ca.dir)
		for _, e := range ents {
			n := e.Name()
			ext := filepath.Ext(n)
			stem := strings.TrimSuffix(n, ext)
			if i := strings.LastIndexByte(stem, '-'); i > 0 {
				ca.names[stem[:i]+ext] = n
			}
		}
	}
	name, ok = ca.names[base]
	if !ok {
		return "", 0, false
	}
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	size, err := strconv.ParseInt(stem[strings.LastIndexByte(stem, '-')+1:], 10, 64)
	return name, size, err == nil && size > 0
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
