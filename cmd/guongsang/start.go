package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/term"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/scaffold"
)

// A console tells how the program's window came to be.
type console interface {
	// OwnsWindow reports whether this process is the only one attached
	// to its console window: Windows opened the window for it (a
	// double-click in Explorer) and closes it, with every message in it,
	// as soon as the process exits.
	OwnsWindow() bool
}

// startEnv is what `guongsang` with no arguments needs from the system;
// tests give their own.
type startEnv struct {
	ctx      context.Context // stops the preview
	stdin    io.Reader
	terminal bool // a person can type into stdin
	console  console
	dir      string // the folder it was started in
	docs     string // where a new site goes by default: the user's Documents folder
	port     int    // the preview's port; 0 picks a free one
}

// stdinTerminal reports whether standard input is a terminal.
var stdinTerminal = func() bool { return term.IsTerminal(int(os.Stdin.Fd())) }

// cmdStart is `guongsang` with no arguments: what a double-click on the
// program runs. See start.
func cmdStart(stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	dir, err := os.Getwd()
	if err != nil {
		dir = "."
	}
	port := 1313
	if ln, err := net.Listen("tcp", "127.0.0.1:1313"); err == nil {
		ln.Close()
	} else {
		port = 0 // another preview has 1313: take any free port
	}
	return start(startEnv{ctx: ctx, stdin: os.Stdin, terminal: stdinTerminal(), console: systemConsole{},
		dir: dir, docs: documentsDir(), port: port}, stdout, stderr)
}

// start decides what `guongsang` with no arguments does:
//
//   - neither a person at a terminal nor a window of its own (a script,
//     CI, a pipe): the usage, exit 2, as before there was anything else;
//   - in a site's folder (one holding site.yaml): the preview of that
//     site, with the browser opened;
//   - elsewhere: what guongsang is, in Vietnamese, and a menu to create a
//     new site (by default under the Documents folder) or open one,
//     whose preview then starts.
//
// When the process owns its console window (Windows, a double-click), it
// waits for Enter before returning, so the window does not close over
// the last messages.
func start(env startEnv, stdout, stderr io.Writer) int {
	owns := env.console.OwnsWindow()
	if !owns && !env.terminal {
		fmt.Fprint(stderr, i18n.CmdUsage.T())
		return exitUsage
	}
	in := bufio.NewReader(env.stdin)
	code := startInteractive(env, in, stdout, stderr)
	if owns {
		fmt.Fprintln(stdout, i18n.StartPressEnter.T())
		in.ReadString('\n') //nolint:errcheck // any end of input closes the window
	}
	return code
}

func startInteractive(env startEnv, in *bufio.Reader, stdout, stderr io.Writer) int {
	if isSite(env.dir) {
		return startPreview(env, env.dir, stdout, stderr)
	}
	fmt.Fprint(stdout, i18n.StartIntro.T(env.dir))
	fmt.Fprint(stdout, i18n.StartMenu.T())
	for {
		choice, ok := readLine(in)
		if !ok {
			fmt.Fprintln(stdout)
			return exitOK
		}
		var site string
		switch strings.TrimSuffix(strings.TrimSpace(choice), ".") {
		case "1":
			site, ok = askNewSite(env, in, stdout)
		case "2":
			site, ok = askSite(env, in, stdout)
		case "3":
			return exitOK
		case "":
			fmt.Fprint(stdout, i18n.StartMenu.T())
			continue
		default:
			fmt.Fprint(stdout, i18n.StartMenuAgain.T(choice))
			continue
		}
		if !ok {
			// The end of the input, or "back" from the question.
			if _, err := in.Peek(1); err != nil {
				fmt.Fprintln(stdout)
				return exitOK
			}
			fmt.Fprint(stdout, i18n.StartMenu.T())
			continue
		}
		return startPreview(env, site, stdout, stderr)
	}
}

// askNewSite asks where the new site goes, creates it there and returns
// its folder; ok is false at the end of the input.
func askNewSite(env startEnv, in *bufio.Reader, stdout io.Writer) (string, bool) {
	def := defaultSiteDir(env.docs)
	shown := def
	if def == "" {
		shown = i18n.StartNoDefault.T()
	}
	fmt.Fprint(stdout, i18n.StartWhere.T(shown))
	for {
		line, ok := readLine(in)
		if !ok {
			return "", false
		}
		dir := typedPath(line, env.dir)
		if dir == "" {
			if def == "" {
				fmt.Fprint(stdout, i18n.StartWhere.T(shown))
				continue
			}
			dir = def
		}
		if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
			fmt.Fprint(stdout, i18n.StartNotEmpty.T(dir))
			continue
		}
		if err := scaffold.Site(dir); err != nil {
			fmt.Fprint(stdout, i18n.StartCannotCreate.T(dir, i18n.Cause(err)))
			continue
		}
		fmt.Fprint(stdout, i18n.StartCreated.T(dir))
		return dir, true
	}
}

// askSite asks for an existing site's folder; ok is false at the end of
// the input or when the answer is empty (back to the menu).
func askSite(env startEnv, in *bufio.Reader, stdout io.Writer) (string, bool) {
	fmt.Fprint(stdout, i18n.StartOpenWhich.T())
	for {
		line, ok := readLine(in)
		if !ok {
			return "", false
		}
		dir := typedPath(line, env.dir)
		if dir == "" {
			return "", false
		}
		if filepath.Base(dir) == config.FileName {
			dir = filepath.Dir(dir)
		}
		if isSite(dir) {
			return dir, true
		}
		fmt.Fprint(stdout, i18n.StartNoSite.T(dir))
	}
}

// startPreview runs the preview of site until env.ctx is done, and opens
// the browser.
func startPreview(env startEnv, site string, stdout, stderr io.Writer) int {
	fmt.Fprint(stdout, i18n.StartPreview.T(site))
	return serve(env.ctx, []string{"--site", site, "--port", strconv.Itoa(env.port), "--open"}, stdout, stderr)
}

// isSite reports whether dir holds site.yaml.
func isSite(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, config.FileName))
	return err == nil && fi.Mode().IsRegular()
}

// readLine reads one line without its end (\n or \r\n); ok is false at
// the end of the input when nothing was typed.
func readLine(in *bufio.Reader) (string, bool) {
	line, err := in.ReadString('\n')
	if err != nil && line == "" {
		return "", false
	}
	return strings.TrimRight(line, "\r\n"), true
}

// typedPath cleans a folder as people type or drag it into a terminal:
// Windows' console wraps a dragged path with spaces in double quotes,
// macOS's Terminal escapes spaces with a backslash or wraps it in single
// quotes, and "~" is the home folder. A relative path is taken from base.
// It returns "" for an empty answer.
func typedPath(s, base string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		s = s[1 : len(s)-1]
	} else if runtime.GOOS != "windows" && strings.Contains(s, `\`) {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' && i+1 < len(s) {
				i++
			}
			b.WriteByte(s[i])
		}
		s = b.String()
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if s == "~" || strings.HasPrefix(s, "~/") || strings.HasPrefix(s, `~\`) {
		if home, err := os.UserHomeDir(); err == nil {
			s = filepath.Join(home, s[1:])
		}
	}
	if !filepath.IsAbs(s) {
		s = filepath.Join(base, s)
	}
	return filepath.Clean(s)
}

// defaultSiteDir returns a folder for a new site under docs that does not
// exist yet or is empty: docs/guong-sang, else guong-sang-2, -3 …; "" when
// docs is "".
func defaultSiteDir(docs string) string {
	if docs == "" {
		return ""
	}
	for i := 1; i < 100; i++ {
		name := "guong-sang"
		if i > 1 {
			name += "-" + strconv.Itoa(i)
		}
		p := filepath.Join(docs, name)
		ents, err := os.ReadDir(p)
		if errors.Is(err, os.ErrNotExist) || err == nil && len(ents) == 0 {
			return p
		}
	}
	return ""
}

// homeDocuments returns the home folder's Documents folder, or the home
// folder when it has none, or "".
func homeDocuments() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	if fi, err := os.Stat(filepath.Join(home, "Documents")); err == nil && fi.IsDir() {
		return filepath.Join(home, "Documents")
	}
	return home
}
