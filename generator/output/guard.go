package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/guongsang/guongsang/generator/i18n"
)

// Marker is the name of the file every site a Dir publishes carries at its
// root. A folder that holds it was made by guongsang, and only such a
// folder (or one that does not exist, or is empty) is ever replaced.
const Marker = ".guongsang-output"

// markerText is the marker's content: the same bytes whatever the
// language of the messages, so that output stays deterministic.
var markerText = []byte(i18n.OutMarker.In(i18n.Vi) + "\n" + i18n.OutMarker.In(i18n.En))

// Guard says what a build must never write over.
type Guard struct {
	// Site is the site folder; the output may be neither it nor a folder
	// that contains it.
	Site string
	// Sources are the files and folders the site is read from (content/,
	// static/, themes/, site.yaml, the image cache); the output may not be
	// inside any of them. Missing ones are skipped.
	Sources []string
	// Force adopts an existing folder that guongsang did not make. Its
	// contents are not deleted: Commit moves them, whole, into the state
	// folder beside it (Dir.Replaced names where).
	Force bool
}

// Reason tells why Check refused an output folder.
type Reason int

const (
	NotOurs   Reason = iota // a non-empty folder without Marker
	IsFile                  // a file, not a folder
	IsSite                  // the site folder itself
	HoldsSite               // a folder that contains the site folder
	InSource                // inside a folder the site is read from
	WorkDir                 // the current working folder
	Root                    // the root of a file system
	Symlink                 // a symbolic link
)

// RefusedError is returned by Check and NewDir when the output folder is
// not one a build may replace. Nothing has been written when it is
// returned.
type RefusedError struct {
	Target string
	Reason Reason
	// Other is the site folder (HoldsSite), the source (InSource) or the
	// link's destination (Symlink).
	Other string
	// Entries are the first few names in the folder (NotOurs), Count how
	// many there are in all.
	Entries []string
	Count   int
	// Keep is where --force would move the folder's contents (NotOurs).
	Keep string
}

// ErrRefused matches every *RefusedError with errors.Is.
var ErrRefused = errors.New("output folder refused")

func (e *RefusedError) Is(target error) bool { return target == ErrRefused }

// Error returns what is wrong and how to proceed, in the current language.
func (e *RefusedError) Error() string {
	var msg, hint string
	switch e.Reason {
	case NotOurs:
		shown := strings.Join(e.Entries, ", ")
		if e.Count > len(e.Entries) {
			shown = i18n.OutMore.T(shown, e.Count-len(e.Entries))
		}
		msg, hint = i18n.OutNotOurs.T(e.Target, i18n.Number(e.Count), shown), i18n.OutNotOursHint.T(e.Keep)
	case IsFile:
		msg, hint = i18n.OutIsFile.T(e.Target), i18n.OutIsFileHint.T()
	case IsSite:
		msg, hint = i18n.OutIsSite.T(e.Target), i18n.OutSiteHint.T()
	case HoldsSite:
		msg, hint = i18n.OutHoldsSite.T(e.Target, e.Other), i18n.OutSiteHint.T()
	case InSource:
		msg, hint = i18n.OutInSource.T(e.Target, e.Other), i18n.OutSiteHint.T()
	case WorkDir:
		msg, hint = i18n.OutWorkDir.T(e.Target), i18n.OutWorkDirHint.T()
	case Root:
		msg, hint = i18n.OutRoot.T(e.Target), i18n.OutWorkDirHint.T()
	case Symlink:
		msg, hint = i18n.OutSymlink.T(e.Target, e.Other), i18n.OutSymlinkHint.T(e.Other)
	}
	return msg + "; " + hint
}

// stateDir returns the folder beside target that holds a build's lock,
// its stage and the previous site kept for the next build: the only thing
// a build creates outside the output folder.
func stateDir(target string) string {
	return filepath.Join(filepath.Dir(target), "."+filepath.Base(target)+".guongsang")
}

// legacyPrefix names what builds before the marker left beside target
// (.public.guongsang-lock, -prev, -new-*, -old-*).
func legacyPrefix(target string) string { return "." + filepath.Base(target) + ".guongsang-" }

// Check reports whether a build may replace target, without writing
// anything. It returns nil for a folder that does not exist, an empty
// folder, a folder carrying Marker, a folder published by a version of
// guongsang from before the marker (its lock file or kept site lie beside
// it), and, with g.Force, any other folder; otherwise a *RefusedError. The
// second result tells whether target exists and is not guongsang's (so
// Commit must keep its contents).
func Check(target string, g Guard) (foreign bool, err error) {
	abs, err := filepath.Abs(target)
	if err != nil {
		return false, err
	}
	abs = filepath.Clean(abs)
	if filepath.Dir(abs) == abs {
		return false, &RefusedError{Target: abs, Reason: Root}
	}
	if wd, err := os.Getwd(); err == nil && sameFile(abs, wd) {
		return false, &RefusedError{Target: target, Reason: WorkDir, Other: wd}
	}
	fi, err := os.Lstat(abs)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, err
	}
	if exists && fi.Mode()&fs.ModeSymlink != 0 {
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			real = abs
		}
		return false, &RefusedError{Target: target, Reason: Symlink, Other: real}
	}
	if exists && !fi.IsDir() {
		return false, &RefusedError{Target: target, Reason: IsFile}
	}
	if g.Site != "" {
		if sameFile(abs, g.Site) {
			return false, &RefusedError{Target: target, Reason: IsSite}
		}
		if exists && within(g.Site, abs) {
			return false, &RefusedError{Target: target, Reason: HoldsSite, Other: g.Site}
		}
	}
	for _, src := range g.Sources {
		if within(abs, src) {
			return false, &RefusedError{Target: target, Reason: InSource, Other: src}
		}
	}
	if !exists {
		return false, nil
	}
	ents, err := os.ReadDir(abs)
	if err != nil {
		return false, err
	}
	if len(ents) == 0 || ours(abs) {
		return false, nil
	}
	if g.Force {
		return true, nil
	}
	e := &RefusedError{Target: target, Reason: NotOurs, Count: len(ents), Keep: filepath.Join(stateDir(abs), replacedPrefix+"…")}
	for _, d := range ents[:min(len(ents), 5)] {
		n := d.Name()
		if d.IsDir() {
			n += string(filepath.Separator)
		}
		e.Entries = append(e.Entries, n)
	}
	return false, e
}

// ours reports whether the folder target is guongsang's output: it holds
// Marker, or a build from before the marker left its lock file or kept
// site beside it.
func ours(target string) bool {
	if fi, err := os.Lstat(filepath.Join(target, Marker)); err == nil && fi.Mode().IsRegular() {
		return true
	}
	for _, n := range []string{"lock", prevName} {
		if _, err := os.Lstat(filepath.Join(filepath.Dir(target), legacyPrefix(target)+n)); err == nil {
			return true
		}
	}
	return false
}

// sameFile reports whether a and b name the same existing file or folder,
// whatever the spelling (case on Windows and macOS, symbolic links).
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// within reports whether p is dir or lies below it. Neither need exist:
// where dir exists, p's existing ancestors are compared with it as files
// (so a different spelling on a case-insensitive system still matches);
// otherwise the paths are compared after resolving the links in their
// existing parts.
func within(p, dir string) bool {
	if di, err := os.Stat(dir); err == nil && di.IsDir() {
		for a := resolve(p); ; {
			if fi, err := os.Stat(a); err == nil && os.SameFile(fi, di) {
				return true
			}
			parent := filepath.Dir(a)
			if parent == a {
				return false
			}
			a = parent
		}
	}
	rp, rd := resolve(p), resolve(dir)
	rel, err := filepath.Rel(rd, rp)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// resolve returns p as an absolute path with the symbolic links of its
// longest existing part resolved.
func resolve(p string) string {
	p, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	rest := ""
	for a := p; ; {
		if r, err := filepath.EvalSymlinks(a); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(a)
		if parent == a {
			return p
		}
		rest = filepath.Join(filepath.Base(a), rest)
		a = parent
	}
}

// replacedPrefix names, in the state folder, what --force moved out of an
// output folder guongsang had not made. Nothing removes these.
const replacedPrefix = "noi-dung-cu-"

func replacedName() string { return fmt.Sprintf("%s%s", replacedPrefix, timeStamp()) }
