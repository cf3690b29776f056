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
type Dir struct {
	target  string // the output folder, e.g. site/public
	stage   string // the folder being written
	stageFD int    // an open descriptor of stage where the system has *at calls, else -1
	lock    *os.File
	mu      sync.Mutex
	dirs    map[string]bool
	hasOld  bool // target existed when staging started
	written int  // files whose bytes changed or are new
	linked  int  // files kept from the previous site
	// recycled is set when the stage is the site before the target, kept
	// by the last Commit (prevName): it holds files of its own, so every
	// path is checked before use, and Commit prunes what was not written
	// (files lists what was).
	recycled bool
	files    map[string]bool
}

// prevName is the suffix, after prefix, of the site the last Commit
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

// prefix names the leftovers of builds of target, so a later build can
// remove them.
func prefix(target string) string { return "." + filepath.Base(target) + ".guongsang-" }

// NewDir starts staging a new site for target. It takes a lock so two
// builds of the same target cannot interleave (the second fails at once
// with an error that errors.Is ErrLocked; it does not wait), and removes
// leftovers of earlier builds that were killed, after putting back a
// previous site that one of them had moved aside (see Commit).
func NewDir(target string) (*Dir, error) {
	target = filepath.Clean(target)
	parent := filepath.Dir(target)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	lockPath := filepath.Join(parent, prefix(target)+"lock")
	lock, err := lockFile(lockPath)
	if errors.Is(err, ErrLocked) {
		return nil, fmt.Errorf("%w (it holds %s); wait for it to finish, then build again%s", ErrLocked, lockPath, staleLockHint)
	}
	if err != nil {
		return nil, err
	}
	ents, _ := os.ReadDir(parent)
	if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
		// Where Commit cannot swap in one step, it moves the previous site
		// aside first; a build killed before it moved the new one in left
		// no target and the previous site whole under "old-". Put it back,
		// so that a build that fails now still leaves the last good site.
		// ReadDir sorts by name, and the names end in the time: the last
		// is the newest.
		for i := len(ents) - 1; i >= 0; i-- {
			if strings.HasPrefix(ents[i].Name(), prefix(target)+"old-") && ents[i].IsDir() {
				_ = os.Rename(filepath.Join(parent, ents[i].Name()), target)
				break
			}
		}
	}
	_, statErr := os.Stat(target)
	hasOld := statErr == nil
	// The site before the target, if the last Commit kept it, becomes the
	// stage. Anything else of earlier builds is a leftover of one that was
	// killed (a stage half written: removed, not reused).
	var stage string
	recycled := false
	if prev := filepath.Join(parent, prefix(target)+prevName); hasOld {
		if fi, err := os.Lstat(prev); err == nil && fi.IsDir() {
			s := filepath.Join(parent, prefix(target)+"new-"+strconv.FormatInt(time.Now().UnixNano(), 36))
			if os.Rename(prev, s) == nil {
				stage, recycled = s, true
			}
		}
	}
	for _, e := range ents {
		p := filepath.Join(parent, e.Name())
		if strings.HasPrefix(e.Name(), prefix(target)) && e.Name() != prefix(target)+"lock" && p != stage {
			_ = os.RemoveAll(p)
		}
	}
	if !recycled {
		var err error
		if stage, err = os.MkdirTemp(parent, prefix(target)+"new-"); err != nil {
			unlock(lock)
			return nil, err
		}
	}
	// The stage stays unreadable to others until Commit: a web server
	// serving the target's parent folder must not show a half-built site,
	// nor the previous one kept for reuse.
	if err := os.Chmod(stage, 0o700); err != nil {
		unlock(lock)
		return nil, err
	}
	d := &Dir{target: target, stage: stage, stageFD: openDir(stage), lock: lock, dirs: map[string]bool{"": true}, hasOld: hasOld, recycled: recycled}
	if recycled {
		d.files = map[string]bool{}
	}
	return d, nil
}

// ErrLocked is returned (wrapped, with the lock file's path) by NewDir when
// another build holds the target.
var ErrLocked = errors.New("another build of this site is running")

// WriteFile stages name. If the previous site has a file with the same
// bytes, it is hard-linked instead of written.
func (d *Dir) WriteFile(name string, data []byte) error {
	if !fs.ValidPath(name) || name == "." {
		return fmt.Errorf("output: invalid path %q", name)
	}
	dst := filepath.Join(d.stage, filepath.FromSlash(name))
	if err := d.mkdir(path.Dir(name)); err != nil {
		return err
	}
	if d.recycled {
		d.mu.Lock()
		d.files[name] = true
		d.mu.Unlock()
	}
	old := filepath.Join(d.target, filepath.FromSlash(name))
	if d.hasOld {
		if fi, ok := same(old, data); ok {
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
				d.mu.Lock()
				d.linked++
				d.mu.Unlock()
				return nil
			}
		}
	}
	// A new inode, never an existing file (which may be a hard link into
	// the published site): writeFile creates exclusively.
	err := d.writeFile(name, dst, data)
	if err != nil && d.recycled && errors.Is(err, fs.ErrExist) {
		if err = removeEntry(dst); err == nil {
			err = d.writeFile(name, dst, data)
		}
	}
	if err != nil {
		return err
	}
	d.mu.Lock()
	d.written++
	d.mu.Unlock()
	return nil
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

// Commit swaps the staged site into place and removes the previous one.
// The swap is atomic where the system supports it (Linux renameat2
// RENAME_EXCHANGE); elsewhere there is a moment with no target folder, and
// the next NewDir puts the previous site back if the build was killed in
// it.
func (d *Dir) Commit() error {
	defer d.release()
	if d.recycled {
		if err := d.prune("."); err != nil {
			_ = os.RemoveAll(d.stage)
			return fmt.Errorf("cannot remove the previous site's files from the new one: %w", err)
		}
	}
	if err := os.Chmod(d.stage, 0o755); err != nil {
		_ = os.RemoveAll(d.stage)
		return err
	}
	if _, err := os.Lstat(d.target); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(d.stage, d.target)
	}
	old := filepath.Join(filepath.Dir(d.target), prefix(d.target)+"old-"+fmt.Sprint(time.Now().UnixNano()))
	if err := exchange(d.stage, d.target); err == nil {
		// The stage path now holds the previous site: keep it, unreadable
		// to others, for the next build to update in place.
		prev := filepath.Join(filepath.Dir(d.target), prefix(d.target)+prevName)
		if os.Chmod(d.stage, 0o700) == nil && os.Rename(d.stage, prev) == nil {
			return nil
		}
		return os.RemoveAll(d.stage)
	}
	if err := os.Rename(d.target, old); err != nil {
		_ = os.RemoveAll(d.stage)
		return fmt.Errorf("cannot move the previous site aside: %w", err)
	}
	if err := os.Rename(d.stage, d.target); err != nil {
		_ = os.Rename(old, d.target)
		_ = os.RemoveAll(d.stage)
		return err
	}
	return os.RemoveAll(old)
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
			if err := os.RemoveAll(filepath.Join(abs, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// Abort removes the staged files and leaves the target untouched.
func (d *Dir) Abort() error {
	defer d.release()
	return os.RemoveAll(d.stage)
}

func (d *Dir) release() {
	closeDir(d.stageFD)
	d.stageFD = -1
	if d.lock != nil {
		unlock(d.lock)
		d.lock = nil
	}
}
