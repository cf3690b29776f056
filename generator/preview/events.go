package preview

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
)

// Events the live-reload script receives on EventsPath, as Server-Sent
// Events whose data is JSON. The script names the page it shows in the
// request (?page=/ho-so/a/), and the server renders open pages first.
//
//	hello        {"id": "…", "gen": 3}  first on every connection
//	pages        {"gen": 4, "pages": ["/ho-so/a/"]}  these open pages are final
//	reload       {"gen": 5, "pages": [...], "files": [...], "all": false, …}
//	css          {"gen": 6, "paths": ["/css/site.css"], …}  only stylesheets changed
//	build-error  {"errors": [{"path", "line", "col", "field", "msg", "hint", "text"}], …}
//	ok           {…}                    a rebuild changed nothing
//
// Every rebuild ends with exactly one of the last four; reload, css and ok
// also mean the build is good again, so the script removes its error
// overlay. When the change reaches a page a browser shows, that page is
// written first and announced by a pages event before the rest of the
// site is brought up to date; reload then lists the other pages that
// changed (and those removed) and the other files written. A script
// reloads when its page is listed, when a listed file is named in its
// page (a photo, the search index), or when all is set (the templates or
// site.yaml changed, or a script or other static file).
//
// id names the server process and gen counts the changes it has
// published: a script that reconnects and sees another id or gen missed a
// change (or a restart) and reloads the page. The current build-error is
// sent to every new connection after hello.
const (
	evHello  = "hello"
	evPages  = "pages"
	evReload = "reload"
	evCSS    = "css"
	evError  = "build-error"
	evOK     = "ok"
)

// event is one Server-Sent Event.
type event struct {
	name string
	data []byte // JSON, one line
	gen  int    // the generation it leaves the site at
}

// rebuildData is the data of every event but hello.
type rebuildData struct {
	Gen     int       `json:"gen"`
	Pages   []string  `json:"pages,omitempty"` // URL paths of pages written or removed
	Files   []string  `json:"files,omitempty"` // URL paths of images and JSON files written or removed
	All     bool      `json:"all,omitempty"`   // every page may have changed
	Paths   []string  `json:"paths,omitempty"` // css: the stylesheets
	Changed int       `json:"changed"`         // paths that triggered the rebuild
	Sources []string  `json:"sources"`         // up to 10 of them
	Written int       `json:"written"`
	Removed int       `json:"removed"`
	MS      float64   `json:"ms"`
	Errors  []problem `json:"errors,omitempty"`
	Words   *words    `json:"words,omitempty"` // build-error: the overlay's words
}

// words are the overlay's own words, in the language of the messages;
// Title holds "%d" where the number of errors goes.
type words struct {
	Title string `json:"title"`
	Note  string `json:"note"`
	Hint  string `json:"hint"`
	Close string `json:"close"`
}

func overlay() *words {
	return &words{Title: i18n.OverlayTitle.T("%d"), Note: i18n.OverlayNote.T(), Hint: i18n.OverlayHint.T(), Close: i18n.OverlayClose.T()}
}

// problem is a diag.Error as the overlay shows it.
type problem struct {
	Path  string `json:"path"`
	Line  int    `json:"line"`
	Col   int    `json:"col"`
	Field string `json:"field"`
	Msg   string `json:"msg"`
	Hint  string `json:"hint"`
	Text  string `json:"text"` // as the terminal prints it
}

func problems(es []*diag.Error) []problem {
	out := make([]problem, len(es))
	for i, e := range es {
		out[i] = problem{Path: e.Path, Line: e.Line, Col: e.Col, Field: e.Field, Msg: e.Msg, Hint: e.Hint, Text: e.Error()}
	}
	return out
}

// broker fans events out to the connected scripts. One goroutine, run,
// owns the set of clients and the state new clients are told about; the
// other methods talk to it over channels and are safe for concurrent use.
type broker struct {
	id    string
	join  chan *client
	leave chan *client
	send  chan event
	pages chan chan map[string]bool
	quit  chan struct{}
	done  chan struct{} // closed when run has returned
	stop  sync.Once

	// Owned by run once it has started.
	gen     int
	problem *event // the current build-error, if any
}

// client is one connected script. The broker closes ch when it drops the
// client: when it lags too far behind, or at shutdown.
type client struct {
	ch   chan event
	page string // the output path of the page it shows, or ""
}

func newBroker(id string) *broker {
	return &broker{id: id, join: make(chan *client), leave: make(chan *client), send: make(chan event),
		pages: make(chan chan map[string]bool), quit: make(chan struct{}), done: make(chan struct{})}
}

func (b *broker) hello() event {
	data, _ := json.Marshal(struct {
		ID  string `json:"id"`
		Gen int    `json:"gen"`
	}{b.id, b.gen})
	return event{name: evHello, data: data}
}

// run serves the other methods until close.
func (b *broker) run() {
	defer close(b.done)
	clients := map[*client]bool{}
	for {
		select {
		case c := <-b.join:
			clients[c] = true
			c.ch <- b.hello() // the buffer is empty
			if b.problem != nil {
				c.ch <- *b.problem
			}
		case c := <-b.leave:
			if clients[c] {
				delete(clients, c)
				close(c.ch)
			}
		case e := <-b.send:
			b.note(e)
			for c := range clients {
				select {
				case c.ch <- e:
				default: // too slow: it reconnects and is told the state anew
					delete(clients, c)
					close(c.ch)
				}
			}
		case reply := <-b.pages:
			open := map[string]bool{}
			for c := range clients {
				if c.page != "" {
					open[c.page] = true
				}
			}
			reply <- open
		case <-b.quit:
			for c := range clients {
				close(c.ch)
			}
			return
		}
	}
}

// note records the state e leaves: run calls it, or the server before run
// starts.
func (b *broker) note(e event) {
	b.gen = e.gen
	switch e.name {
	case evError:
		b.problem = &e
	default:
		b.problem = nil
	}
}

// open returns the output paths of the pages the connected scripts show.
func (b *broker) open() map[string]bool {
	reply := make(chan map[string]bool, 1)
	select {
	case b.pages <- reply:
		return <-reply
	case <-b.done:
		return nil
	}
}

// subscribe returns a new client showing the output file page, or nil
// once the broker is closed.
func (b *broker) subscribe(page string) *client {
	c := &client{ch: make(chan event, 16), page: page}
	select {
	case b.join <- c:
		return c
	case <-b.done:
		return nil
	}
}

func (b *broker) unsubscribe(c *client) {
	select {
	case b.leave <- c:
	case <-b.done:
	}
}

// publish sends e to every client.
func (b *broker) publish(e event) {
	select {
	case b.send <- e:
	case <-b.done:
	}
}

// close disconnects every client and stops run; it waits for run to
// return. It may be called more than once.
func (b *broker) close() {
	b.stop.Do(func() { close(b.quit) })
	<-b.done
}

// keepAlive is how often an idle event stream gets a comment line, so a
// dead connection is noticed.
const keepAlive = 20 * time.Second

// serveEvents streams events to one script until it disconnects or the
// server shuts down.
func (b *broker) serveEvents(w http.ResponseWriter, r *http.Request) {
	var page string
	if p := r.URL.Query().Get("page"); p != "" {
		page, _ = fileName(p)
	}
	c := b.subscribe(page)
	if c == nil {
		http.Error(w, i18n.PreviewStopping.T(), http.StatusServiceUnavailable)
		return
	}
	defer b.unsubscribe(c)
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	// A restarted server is reconnected to within a second.
	fmt.Fprint(w, "retry: 1000\n\n")
	if rc.Flush() != nil {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case e, ok := <-c.ch:
			if !ok {
				return
			}
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
		case <-tick.C:
			fmt.Fprint(w, ": keep-alive\n\n")
		case <-r.Context().Done():
			return
		}
		if rc.Flush() != nil {
			return
		}
	}
}
