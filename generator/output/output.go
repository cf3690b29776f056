// Package output is the write stage. A build writes every file through a
// Writer; the disk implementation stages the whole site in a temporary
// folder beside the target and swaps it in only when everything has been
// written, so the target always holds a complete site: the previous one
// until Commit, the new one after.
//
// Files whose bytes are unchanged are hard-linked from the previous site
// instead of written, so an unchanged rebuild touches no file (mtimes and
// inodes stay, and rsync or a CDN upload sees nothing new).
//
// Where the swap is atomic (Linux), the site it replaces is kept beside the
// target, unreadable to others, as the next build's staging folder: that
// build updates it in place instead of creating every folder and file anew
// and then deleting the whole previous site, which at 100,000 profiles
// took longer than rendering. Updating never writes into a file that
// exists: a changed file is a new inode, so nothing is written through a
// hard link into the published site.
package output

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/guongsang/guongsang/generator/i18n"
)

// Writer receives output files. Names are slash-separated paths relative
// to the output root, as fs.ValidPath accepts. Implementations are safe for
// concurrent use.
type Writer interface {
	WriteFile(name string, data []byte) error
}

// A Copier is a Writer that is done with the bytes given to WriteFile
// when it returns, so the caller may reuse them.
type Copier interface {
	Writer
	copies()
}

// A FileCopier is a Writer that can also stage a file from a file on
// disk, without the caller reading it: CopyFile(name, src, link) gives
// name the bytes src has when it is called. src must not change while
// CopyFile runs (the caches that use it replace their files by renaming,
// never in place). With link, the file may be a hard link to src (see
// Dir.CopyFile for when that is safe). Implementations are safe for
// concurrent use.
type FileCopier interface {
	Writer
	CopyFile(name, src string, link bool) error
}

// Memory is an in-memory Writer, for tests and the preview server.
type Memory struct {
	mu    sync.RWMutex
	files map[string][]byte
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{files: map[string][]byte{}} }

// WriteFile stores data under name. data must not be modified afterwards.
func (m *Memory) WriteFile(name string, data []byte) error {
	if !fs.ValidPath(name) {
		return fmt.Errorf("output: invalid path %q", name)
	}
	m.mu.Lock()
	m.files[name] = data
	m.mu.Unlock()
	return nil
}

// Get returns the bytes of name.
func (m *Memory) Get(name string) ([]byte, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	b, ok := m.files[name]
	return b, ok
}

// Delete removes name.
func (m *Memory) Delete(name string) {
	m.mu.Lock()
	delete(m.files, name)
	m.mu.Unlock()
}

// Names returns every stored name, sorted.
func (m *Memory) Names() []string {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]string, 0, len(m.files))
	for n := range m.files {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Files returns a copy of the name → bytes map (the byte slices are shared).
func (m *Memory) Files() map[string][]byte {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make(map[string][]byte, len(m.files))
	for k, v := range m.files {
		out[k] = v
	}
	return out
}

// Dir stages a site on disk and swaps it into place.
//
// Beside the target it creates one folder and nothing else: the state
// folder (".public.guongsang" for "public", mode 0700), which holds the
// lock, the stage while a build runs, the previous site kept for the next
// build, and what --force moved out of a folder guongsang had not made.
type Dir struct {
	target  string // the output folder, e.g. site/public
	state   string // stateDir(target)
	stage   string // the folder being written
	stageFD int    // an open descriptor of stage where the system has *at calls, else -1
	lock    *os.File
	mu      sync.Mutex
	dirs    map[string]bool
	hasOld  bool // target existed when staging started
	foreign bool // target is a folder guongsang did not make (Guard.Force)
	created bool // this build created the state folder
	written int  // files whose bytes changed or are new
	linked  int  // files kept from the previous site
	// recycled is set when the stage is the site before the target, kept
	// by the last Commit (prevName): it holds files of its own, so every
	// path is checked before use, and Commit prunes what was not written
	// (files lists what was).
	recycled bool
	files    map[string]bool
	replaced string // where Commit moved a foreign target's contents

	// BeforeSwap, if set, runs in Commit once the stage is complete, just
	// before the swap (tests stop a build there to kill it).
	BeforeSwap func()
}

// prevName is the name, in the state folder, of the site the last Commit
// replaced, kept for the next build to update in place.
const prevName = "prev"

// copies makes Dir a Copier: WriteFile has written or compared the bytes
// when it returns.
func (d *Dir) copies() {}

// Stats tells how many files were written and how many kept unchanged.
func (d *Dir) Stats() (written, kept int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.written, d.linked
}

// Replaced returns the folder Commit moved the target's previous contents
// into when the target was a folder guongsang had not made (Guard.Force),
// or "".
func (d *Dir) Replaced() string { return d.replaced }

func timeStamp() string { return strconv.FormatInt(time.Now().UnixNano(), 36) }

// NewDir starts staging a new site for target, after Check(target, g)
// allowed it; a refused target gets Check's *RefusedError and nothing is
// written. NewDir takes a lock so two builds of the same target cannot
// interleave (the second fails at once with an error that errors.Is
// ErrLocked; it does not wait), and removes leftovers of earlier builds
// that were killed, after putting back a previous site that one of them
// had moved aside (see Commit). Leftovers of versions from before the
// state folder (.public.guongsang-*, beside the target) are moved into it
// or removed: they were guongsang's own.
func NewDir(target string, g Guard) (*Dir, error) {
	foreign, err := Check(target, g)
	if err != nil {
		return nil, err
	}
	target, err = filepath.Abs(target)
	if err != nil {
		return nil, err
	}
	target = filepath.Clean(target)
	parent := filepath.Dir(target)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	state := stateDir(target)
	created := false
	if err := os.Mkdir(state, 0o700); err == nil {
		created = true
	} else if fi, lerr := os.Lstat(state); lerr != nil || !fi.IsDir() {
		// A file or a link where the state folder goes was not made by
		// guongsang: leave it alone.
		return nil, err
	}
	lockPath := filepath.Join(state, "lock")
	lock, err := lockFile(lockPath)
	if errors.Is(err, ErrLocked) {
		return nil, &LockedError{Lock: lockPath}
	}
	if err != nil {
		if created {
			_ = os.Remove(state)
		}
		return nil, err
	}
	adoptLegacy(target, state)
	ents, _ := os.ReadDir(state)
	if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
		// Where Commit cannot swap in one step, it moves the previous site
		// aside first; a build killed before it moved the new one in left
		// no target and the previous site whole under "old-". Put it back,
		// so that a build that fails now still leaves the last good site.
		// ReadDir sorts by name, and the names end in the time: the last
		// is the newest.
		for i := len(ents) - 1; i >= 0; i-- {
			if strings.HasPrefix(ents[i].Name(), "old-") && ents[i].IsDir() {
				if rename(filepath.Join(state, ents[i].Name()), target) == nil {
					// A site from before the marker: mark it now that it
					// is back where it belongs, so it stays ours.
					_ = writeNew(filepath.Join(target, Marker), markerText)
				}
				break
			}
		}
	}
	_, statErr := os.Stat(target)
	hasOld := statErr == nil
	// The site before the target, if the last Commit kept it, becomes the
	// stage. Other stages and swaps are leftovers of builds that were
	// killed (half written: removed, not reused). What --force moved
	// aside is never touched.
	var stage string
	recycled := false
	if prev := filepath.Join(state, prevName); hasOld {
		if fi, err := os.Lstat(prev); err == nil && fi.IsDir() {
			s := filepath.Join(state, "new-"+timeStamp())
			if os.Rename(prev, s) == nil {
				stage, recycled = s, true
			}
		}
	}
	for _, e := range ents {
		n := e.Name()
		p := filepath.Join(state, n)
		if (strings.HasPrefix(n, "new-") || strings.HasPrefix(n, "old-") || n == prevName) && p != stage {
			_ = os.RemoveAll(p)
		}
	}
	if !recycled {
		var err error
		if stage, err = os.MkdirTemp(state, "new-"); err != nil {
			unlock(lock)
			return nil, err
		}
	}
	// The stage stays unreadable to others until Commit (the state folder
	// is too): a web server serving the target's parent folder must not
	// show a half-built site, nor the previous one kept for reuse.
	if err := os.Chmod(stage, 0o700); err != nil {
		unlock(lock)
		return nil, err
	}
	d := &Dir{target: target, state: state, stage: stage, stageFD: openDir(stage), lock: lock,
		dirs: map[string]bool{"": true}, hasOld: hasOld, foreign: foreign, created: created, recycled: recycled}
	if recycled {
		d.files = map[string]bool{}
	}
	return d, nil
}

// adoptLegacy moves the site kept by a version from before the state
// folder into it, and removes that version's lock file and leftovers.
// Only names guongsang made are touched.
func adoptLegacy(target, state string) {
	parent := filepath.Dir(target)
	ents, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	pre := legacyPrefix(target)
	for _, e := range ents {
		n := e.Name()
		if !strings.HasPrefix(n, pre) {
			continue
		}
		p := filepath.Join(parent, n)
		switch rest := n[len(pre):]; {
		case rest == prevName && e.IsDir():
			_ = os.Rename(p, filepath.Join(state, prevName))
		case strings.HasPrefix(rest, "old-") && e.IsDir():
			_ = os.Rename(p, filepath.Join(state, rest))
		case rest == "lock" && e.Type().IsRegular(), strings.HasPrefix(rest, "new-") && e.IsDir():
			_ = os.RemoveAll(p)
		}
	}
}

// ErrLocked matches, with errors.Is, the *LockedError NewDir returns when
// another build holds the target.
var ErrLocked = errors.New("another build of this site is running")

// LockedError is returned by NewDir when another build holds the target.
type LockedError struct {
	Lock string // the lock file
}

func (e *LockedError) Error() string { return i18n.OutLocked.T(e.Lock) + staleLockHint() }

func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// WriteFile stages name. If the previous site has a file with the same
// bytes, it is hard-linked instead of written.
func (d *Dir) WriteFile(name string, data []byte) error {
	linked, err := d.put(name, data)
	if err != nil {
		return err
	}
	d.count(linked)
	return nil
}

// CopyFile stages name with the bytes of the file at src, as WriteFile
// would with them, without reading them into the process. If the previous
// site has a file with the same bytes, that is hard-linked, as WriteFile
// does. Otherwise, with link, the staged file is a hard link to src, or a
// copy where src cannot be linked (another file system, a system that
// refuses); without link, always a copy.
//
// A hard link is one metadata update; a copy, even in the kernel
// (copy_file_range, on Linux), allocates and writes every block again: on
// ext4, 15 µs of CPU per file against 105–230 µs (docs/performance.md).
// But a link shares src's inode with the published site, a folder people
// and tools handle: a picture replaced in place there (cp over it, an
// image optimizer that rewrites in place) changes src too. Guongsang never
// writes into a file that exists (this package makes new inodes; the
// caches write aside and rename), so only such an outside edit can, and
// the caller passes link only for a cache that detects it before handing
// the file out again (share.Cache names each file with its size and
// checks it), so the edit is not published again by later builds. A
// cache that cannot tell (images.Set checks only a header) is copied:
// with copy_file_range, which shares blocks copy-on-write on Btrfs and
// XFS and copies in the kernel elsewhere.
func (d *Dir) CopyFile(name, src string, link bool) error {
	create := func(dst string) error { return d.copyFile(name, dst, src) }
	if link {
		create = func(dst string) error {
			err := os.Link(src, dst)
			if err != nil && !errors.Is(err, fs.ErrExist) {
				// Across file systems, or refused (Windows without the
				// right, some network shares): a copy.
				err = d.copyFile(name, dst, src)
			}
			return err
		}
	}
	linked, err := d.stageFile(name, func(old string) (fs.FileInfo, bool) { return sameContent(old, src) }, create)
	if err != nil {
		return err
	}
	d.count(linked)
	return nil
}

// count counts a staged file as linked from the previous site or written.
func (d *Dir) count(linked bool) {
	d.mu.Lock()
	if linked {
		d.linked++
	} else {
		d.written++
	}
	d.mu.Unlock()
}

// put stages name as WriteFile does, and reports whether it was linked
// from the previous site.
func (d *Dir) put(name string, data []byte) (linked bool, err error) {
	return d.stageFile(name, func(old string) (fs.FileInfo, bool) { return same(old, data) },
		func(dst string) error { return d.writeFile(name, dst, data) })
}

// stageFile stages name: hard-linked from the previous site when
// unchanged reports that the file there (at old) has the new bytes, else
// made by create, which must create dst exclusively. It reports whether
// the file was linked.
func (d *Dir) stageFile(name string, unchanged func(old string) (fs.FileInfo, bool), create func(dst string) error) (linked bool, err error) {
	if !fs.ValidPath(name) || name == "." {
		return false, fmt.Errorf("output: invalid path %q", name)
	}
	dst := filepath.Join(d.stage, filepath.FromSlash(name))
	if err := d.mkdir(path.Dir(name)); err != nil {
		return false, err
	}
	if d.recycled {
		d.mu.Lock()
		d.files[name] = true
		d.mu.Unlock()
	}
	old := filepath.Join(d.target, filepath.FromSlash(name))
	if d.hasOld {
		if fi, ok := unchanged(old); ok {
			err := os.Link(old, dst)
			if err != nil && d.recycled {
				// The stage's own file: kept if it is the target's.
				if st, e := os.Lstat(dst); e == nil && os.SameFile(fi, st) {
					err = nil
				} else if e == nil && removeEntry(dst) == nil {
					err = os.Link(old, dst)
				}
			}
			if err == nil {
				return true, nil
			}
		}
	}
	// A new inode, never an existing file (which may be a hard link into
	// the published site): create makes it exclusively.
	err = create(dst)
	if err != nil && d.recycled && errors.Is(err, fs.ErrExist) {
		if err = removeEntry(dst); err == nil {
			err = create(dst)
		}
	}
	return false, err
}

// writeNew creates the file p with data; it fails if p exists.
func writeNew(p string, data []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err == nil {
		err = err1
	}
	return err
}

// removeEntry removes the file, link or folder at p.
func removeEntry(p string) error {
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return os.RemoveAll(p)
	}
	return nil
}

func (d *Dir) mkdir(dir string) error {
	if dir == "." {
		return nil
	}
	d.mu.Lock()
	done := d.dirs[dir]
	d.mu.Unlock()
	if done {
		return nil
	}
	// Parents first, each made once: a plain Mkdir per folder instead of
	// MkdirAll's stat of every ancestor, which dominated writing 10,000
	// profile folders.
	if err := d.mkdir(path.Dir(dir)); err != nil {
		return err
	}
	if err := d.mkdirAt(dir); err != nil {
		if !errors.Is(err, fs.ErrExist) {
			return err
		}
		if d.recycled {
			// The stage's own entry: used only if it is a real folder, not
			// a file or a symbolic link, which would lead elsewhere.
			abs := filepath.Join(d.stage, filepath.FromSlash(dir))
			if fi, err := os.Lstat(abs); err != nil || !fi.IsDir() {
				if err := removeEntry(abs); err != nil {
					return err
				}
				if err := d.mkdirAt(dir); err != nil {
					return err
				}
			}
		}
	}
	d.mu.Lock()
	d.dirs[dir] = true
	d.mu.Unlock()
	return nil
}

// same reports whether the file at p holds exactly data, and returns its
// information.
func same(p string, data []byte) (fs.FileInfo, bool) {
	fi, err := os.Lstat(p)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
		return nil, false
	}
	old, err := os.ReadFile(p)
	return fi, err == nil && bytes.Equal(old, data)
}

// sameContent reports whether the file at p holds exactly the bytes of the
// file at src, and returns p's information.
func sameContent(p, src string) (fs.FileInfo, bool) {
	fi, err := os.Lstat(p)
	if err != nil || !fi.Mode().IsRegular() {
		return nil, false
	}
	si, err := os.Stat(src)
	if err != nil || si.Size() != fi.Size() {
		return nil, false
	}
	if os.SameFile(fi, si) {
		return fi, true
	}
	a, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	b, err := os.ReadFile(src)
	return fi, err == nil && bytes.Equal(a, b)
}

// Commit writes Marker and swaps the staged site into place. The site it
// replaces is kept in the state folder for the next build to update in
// place (or, if guongsang had not made it, moved whole to Replaced). The
// swap is atomic where the system supports it (Linux renameat2
// RENAME_EXCHANGE); elsewhere there is a moment with no target folder, and
// the next NewDir puts the previous site back if the build was killed in
// it.
func (d *Dir) Commit() error {
	defer d.release()
	if _, err := d.put(Marker, markerText); err != nil {
		_ = os.RemoveAll(d.stage)
		return err
	}
	if d.recycled {
		if err := d.prune("."); err != nil {
			_ = os.RemoveAll(d.stage)
			return i18n.Wrap(i18n.OutPrune.T(err), err)
		}
	}
	if err := os.Chmod(d.stage, 0o755); err != nil {
		_ = os.RemoveAll(d.stage)
		return err
	}
	if d.BeforeSwap != nil {
		d.BeforeSwap()
	}
	if _, err := os.Lstat(d.target); errors.Is(err, fs.ErrNotExist) {
		return rename(d.stage, d.target)
	}
	// keep puts the replaced site, now at p, where it belongs.
	keep := func(p string) error {
		if d.foreign {
			d.replaced = filepath.Join(d.state, replacedName())
			return rename(p, d.replaced)
		}
		if os.Chmod(p, 0o700) == nil && rename(p, filepath.Join(d.state, prevName)) == nil {
			return nil
		}
		return removeAll(p)
	}
	if err := exchange(d.stage, d.target); err == nil {
		return keep(d.stage)
	}
	old := filepath.Join(d.state, "old-"+timeStamp())
	if err := rename(d.target, old); err != nil {
		_ = os.RemoveAll(d.stage)
		return i18n.Wrap(i18n.OutMoveAside.T(err), err)
	}
	if err := rename(d.stage, d.target); err != nil {
		_ = rename(old, d.target)
		_ = os.RemoveAll(d.stage)
		return err
	}
	return keep(old)
}

// prune removes from the recycled stage folder dir (slash-separated,
// relative to the stage) every entry this build did not write.
func (d *Dir) prune(dir string) error {
	abs := filepath.Join(d.stage, filepath.FromSlash(dir))
	ents, err := os.ReadDir(abs)
	if err != nil {
		return err
	}
	for _, e := range ents {
		rel := path.Join(dir, e.Name())
		keep := false
		if e.IsDir() { // not a symbolic link: ReadDir does not follow them
			if d.dirs[rel] {
				if err := d.prune(rel); err != nil {
					return err
				}
				keep = true
			}
		} else {
			keep = d.files[rel] && e.Type().IsRegular()
		}
		if !keep {
			if err := removeAll(filepath.Join(abs, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// Abort removes the staged files and leaves the target untouched. The
// state folder goes too if this build created it and there is no target:
// a first build that failed leaves nothing behind.
func (d *Dir) Abort() error {
	err := removeAll(d.stage)
	d.release()
	if d.created {
		if _, e := os.Lstat(d.target); errors.Is(e, fs.ErrNotExist) {
			_ = os.Remove(filepath.Join(d.state, "lock"))
			_ = os.Remove(d.state)
		}
	}
	return err
}

func (d *Dir) release() {
	closeDir(d.stageFD)
	d.stageFD = -1
	if d.lock != nil {
		unlock(d.lock)
		d.lock = nil
	}
}
