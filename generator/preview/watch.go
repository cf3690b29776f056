package preview

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/guongsang/guongsang/generator/build"
	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
)

// Timing of the watcher. A save is built once no event has come for quiet,
// so the several events of one save (editors write, rename and delete
// temporary files: at most three paths) give one rebuild. Once a batch
// names more than burstPaths paths, or a new folder, it is a bulk change,
// a `git checkout`, a copy or an unpacked archive, and it waits for
// burstQuiet instead, so that a writer slowed down for a moment does not
// split it. A stream of events that never pauses is still built every
// maxWait.
const (
	quiet      = 20 * time.Millisecond
	burstPaths = 3
	burstQuiet = 150 * time.Millisecond
	maxWait    = 2 * time.Second
)

// watchedRoots are the folders of a site the preview watches, recursively.
// The site folder itself is watched too, for site.yaml and for these
// folders appearing or disappearing.
var watchedRoots = []string{content.Dir, "themes", "static"}

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

// change is the batch as the build session takes it.
func (b *batch) change() build.Change {
	return build.Change{Paths: b.paths, All: b.all, Open: b.open}
}

// watcher turns file system events under a site folder into batches of
// changed paths. fsnotify watches single folders, so watcher adds a watch
// for every folder below the roots, including folders created later, and
// removes them when folders go away or move.
type watcher struct {
	root string // absolute site folder
	fw   *fsnotify.Watcher
	dirs map[string]bool // watched folders, site-relative; "." is the root
	// warn reports a folder that could not be watched while running.
	warn func(error)
}

// newWatcher starts watching the site folder root.
func newWatcher(root string) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, &msgError{i18n.PreviewCannotWatch.T(i18n.Cause(err)), err}
	}
	w := &watcher{root: root, fw: fw, dirs: map[string]bool{}, warn: func(error) {}}
	if err := w.add("."); err != nil {
		fw.Close()
		return nil, err
	}
	for _, r := range watchedRoots {
		if _, err := w.addTree(r); err != nil {
			fw.Close()
			return nil, err
		}
	}
	return w, nil
}

func (w *watcher) close() error { return w.fw.Close() }

func (w *watcher) add(rel string) error {
	if w.dirs[rel] {
		return nil
	}
	if err := w.fw.Add(filepath.Join(w.root, filepath.FromSlash(rel))); err != nil {
		if errors.Is(err, syscall.ENOSPC) {
			return errors.New(i18n.PreviewWatchLimit.T(rel))
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil // gone already; its removal is a pending event
		}
		return &msgError{i18n.PreviewWatchFolder.T(rel, i18n.Cause(err)), err}
	}
	w.dirs[rel] = true
	return nil
}

// addTree watches the folder rel and every folder below it that the site
// does not ignore, and returns the files already in them: they were made
// before there was a watch to tell. A missing rel is not an error.
func (w *watcher) addTree(rel string) ([]string, error) {
	var files []string
	err := fs.WalkDir(os.DirFS(w.root), rel, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if skip(p) {
			if d.IsDir() && p != rel {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			files = append(files, p)
			return nil
		}
		return w.add(p)
	})
	return files, err
}

// dropTree forgets the watches of the folder rel and those below it. The
// kernel drops a watch when its folder is deleted, but not when it is
// moved, and events would then come under the old name.
func (w *watcher) dropTree(rel string) {
	for d := range w.dirs {
		if d != "." && under(d, rel) {
			_ = w.fw.Remove(filepath.Join(w.root, filepath.FromSlash(d)))
			delete(w.dirs, d)
		}
	}
}

// rel returns the site-relative slash path of an event's file name.
func (w *watcher) rel(name string) (string, bool) {
	r, err := filepath.Rel(w.root, name)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// skip reports whether a change at the site-relative path p cannot affect
// the site: anything outside site.yaml and the watched folders (public/
// among them), dot files, and under content/ and static/ the files the
// build ignores (editor backups and temporary files). Under themes/ only
// dot files are skipped, since a theme publishes every other file.
func skip(p string) bool {
	top, _, _ := strings.Cut(p, "/")
	switch top {
	case config.FileName:
		return p != config.FileName
	case content.Dir, "static", "themes":
	default:
		return true
	}
	for _, seg := range strings.Split(p, "/") {
		if strings.HasPrefix(seg, ".") || top != "themes" && content.Ignored(seg) {
			return true
		}
	}
	return false
}

// run sends a batch to out whenever changes have been followed by quiet,
// until ctx is done. While the receiver is busy, changes keep adding to
// the next batch, so a rebuild is never queued behind another.
func (w *watcher) run(ctx context.Context, out chan<- *batch) {
	pending := &batch{paths: map[string]bool{}}
	var first time.Time // of the pending batch
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	var send chan<- *batch // out when pending is ready, else nil
	note := func() {
		if first.IsZero() {
			first = time.Now()
		}
		if time.Since(first) >= maxWait {
			send = out
			return
		}
		send = nil
		if len(pending.paths) > burstPaths || pending.bulk || pending.all {
			timer.Reset(burstQuiet)
		} else {
			timer.Reset(quiet)
		}
	}
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			p, ok := w.rel(ev.Name)
			if !ok || p == "." || skip(p) || ev.Op == fsnotify.Chmod {
				continue
			}
			if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				w.dropTree(p)
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
					// A new folder: a copy, a checkout or an unpacked
					// archive is under way, whose files follow.
					files, err := w.addTree(p)
					if err != nil {
						w.warn(err)
					}
					for _, f := range files {
						pending.paths[f] = true
					}
					pending.bulk = true
				}
			}
			pending.paths[path.Clean(p)] = true
			note()
		case err, ok := <-w.fw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				// Events were lost, folder creations among them perhaps.
				for _, r := range watchedRoots {
					if _, err := w.addTree(r); err != nil {
						w.warn(err)
					}
				}
				pending.all = true
				note()
			} else {
				w.warn(err)
			}
		case <-timer.C:
			send = out
		case send <- pending:
			pending = &batch{paths: map[string]bool{}}
			first = time.Time{}
			send = nil
		}
	}
}

// msgError is an error with a message from the catalog and the cause it
// explains.
type msgError struct {
	msg string
	err error
}

func (e *msgError) Error() string { return e.msg }

func (e *msgError) Unwrap() error { return e.err }

// under reports whether the slash-separated path p is dir or inside it.
func under(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir+"/")
}
