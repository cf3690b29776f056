// Command releasepack packs a folder into a release archive, the same
// bytes every time (scripts/release runs it):
//
//	releasepack pack -epoch SECONDS -o guongsang_v1.2.0_windows_amd64.zip DIR
//	releasepack sums -o SHA256SUMS FILE...
//
// pack writes a .zip or a .tar.gz (by the name of -o) of every file under
// DIR, at the top of the archive (no folder around them: Windows' "Extract
// all" and macOS's Archive Utility make one, named after the archive).
// Entries are sorted by path; every entry's time is -epoch (the release
// commit's time, SOURCE_DATE_EPOCH); owners are 0 with no names; a file
// that is executable in DIR gets mode 0755, every other file 0644 and
// every folder 0755. The gzip header carries no name and no time. So two
// runs on the same files give byte-identical archives, whatever the
// umask, the user or the clock.
//
// sums writes one "HEX  NAME" line per file, sorted by name, in the
// format sha256sum -c reads.
package main

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"compress/flate"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: releasepack pack -epoch N -o OUT DIR | releasepack sums -o OUT FILE…")
		os.Exit(2)
	}
	fl := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	out := fl.String("o", "", "the file to write")
	epoch := fl.Int64("epoch", -1, "the time of every entry, in seconds since 1970 (SOURCE_DATE_EPOCH)")
	fl.Parse(os.Args[2:])
	var err error
	switch {
	case *out == "":
		err = errors.New("-o is required")
	case os.Args[1] == "pack" && fl.NArg() == 1 && *epoch >= 0:
		err = Pack(*out, fl.Arg(0), time.Unix(*epoch, 0).UTC())
	case os.Args[1] == "sums" && fl.NArg() > 0:
		err = Sums(*out, fl.Args())
	default:
		err = errors.New("usage: releasepack pack -epoch N -o OUT DIR | releasepack sums -o OUT FILE…")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "releasepack:", err)
		os.Exit(1)
	}
}

// entry is one file or folder to pack.
type entry struct {
	name string // slash-separated, relative to the folder; folders end in "/"
	path string // on disk
	mode fs.FileMode
	dir  bool
}

// walk lists the files and folders under dir, sorted by name, with the
// modes they get in the archive. Links and other special files are
// refused: an archive for writers holds plain files.
func walk(dir string) ([]entry, error) {
	var es []entry
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		name := filepath.ToSlash(rel)
		switch {
		case d.IsDir():
			es = append(es, entry{name: name + "/", path: p, mode: 0o755, dir: true})
		case d.Type().IsRegular():
			fi, err := d.Info()
			if err != nil {
				return err
			}
			mode := fs.FileMode(0o644)
			if fi.Mode()&0o111 != 0 {
				mode = 0o755
			}
			es = append(es, entry{name: name, path: p, mode: mode})
		default:
			return fmt.Errorf("%s: not a plain file or folder", p)
		}
		return nil
	})
	sort.Slice(es, func(i, j int) bool { return es[i].name < es[j].name })
	return es, err
}

// Pack writes the archive out of every file under dir; see the package
// comment. out is written whole or removed.
func Pack(out, dir string, mtime time.Time) (err error) {
	es, err := walk(dir)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(out)
		}
	}()
	bw := bufio.NewWriter(f)
	switch {
	case strings.HasSuffix(out, ".zip"):
		err = packZip(bw, es, mtime)
	case strings.HasSuffix(out, ".tar.gz"), strings.HasSuffix(out, ".tgz"):
		err = packTarGz(bw, es, mtime)
	default:
		err = fmt.Errorf("%s: the name must end in .zip or .tar.gz", out)
	}
	if err == nil {
		err = bw.Flush()
	}
	return err
}

func packZip(w io.Writer, es []entry, mtime time.Time) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestCompression)
	})
	for _, e := range es {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mtime}
		if e.dir {
			h.Method = zip.Store
		}
		// SetMode records Unix permissions (creator "Unix"), which
		// macOS's Archive Utility and unzip apply: the binary stays
		// executable.
		mode := e.mode
		if e.dir {
			mode |= fs.ModeDir
		}
		h.SetMode(mode)
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if e.dir {
			continue
		}
		if err := copyFile(fw, e.path); err != nil {
			return err
		}
	}
	return zw.Close()
}

func packTarGz(w io.Writer, es []entry, mtime time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	// gzip.Header's zero ModTime and Name write no time and no name.
	tw := tar.NewWriter(gz)
	for _, e := range es {
		h := &tar.Header{Name: e.name, Mode: int64(e.mode), ModTime: mtime, Format: tar.FormatPAX}
		if e.dir {
			h.Typeflag = tar.TypeDir
		} else {
			fi, err := os.Stat(e.path)
			if err != nil {
				return err
			}
			h.Typeflag = tar.TypeReg
			h.Size = fi.Size()
		}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if !e.dir {
			if err := copyFile(tw, e.path); err != nil {
				return err
			}
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func copyFile(w io.Writer, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

// Sums writes the SHA-256 of every file to out; see the package comment.
func Sums(out string, files []string) error {
	type sum struct{ name, hex string }
	var ss []sum
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return err
		}
		ss = append(ss, sum{path.Base(filepath.ToSlash(p)), hex.EncodeToString(h.Sum(nil))})
	}
	sort.Slice(ss, func(i, j int) bool { return ss[i].name < ss[j].name })
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "%s  %s\n", s.hex, s.name)
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
