// Command releasedoc writes the documents that go into a release archive
// beside the binary (scripts/release runs it):
//
//	releasedoc guide docs/huong-dan-viet-ho-so.md > huong-dan-viet-ho-so.html
//	releasedoc licenses [-targets "windows/amd64 linux/arm64 …"] > THIRD_PARTY_LICENSES.txt
//
// guide renders the writers' guide with guongsang's own Markdown stage
// (generator/markdown) into one self-contained HTML page that opens from
// the unzipped folder, with no network.
//
// licenses collects, from the module graph of ./cmd/guongsang (go list
// -deps, once per target, so test-only modules such as chromedp are left
// out and a module linked only on one system is kept), the licence files
// of every module linked into the binary, of the Go standard library and
// runtime, and any licence file under themes/ or the preview's assets
// (fonts, vendored scripts). A linked module without a licence file is an
// error: a release must not ship code whose terms it cannot show.
//
// Both write the same bytes for the same input, so release archives are
// reproducible. Run from the repository root.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/guongsang/guongsang/generator/markdown"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: releasedoc guide FILE.md | releasedoc licenses [-targets LIST]")
		os.Exit(2)
	}
	var err error
	w := bufio.NewWriter(os.Stdout)
	switch os.Args[1] {
	case "guide":
		if len(os.Args) != 3 {
			err = errors.New("usage: releasedoc guide FILE.md")
			break
		}
		var src []byte
		if src, err = os.ReadFile(os.Args[2]); err == nil {
			err = guide(w, src)
		}
	case "licenses":
		fl := flag.NewFlagSet("licenses", flag.ExitOnError)
		targets := fl.String("targets", "", "space-separated GOOS/GOARCH pairs (default: this system)")
		fl.Parse(os.Args[2:])
		err = licenses(w, strings.Fields(*targets))
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "releasedoc:", err)
		os.Exit(1)
	}
}

// guide writes src, Markdown, as a standalone HTML page. Its title is the
// first level-1 heading.
func guide(w io.Writer, src []byte) error {
	res, err := markdown.New(false).Convert(src)
	if err != nil {
		return err
	}
	title := "guongsang"
	for _, line := range strings.Split(string(src), "\n") {
		if t, ok := strings.CutPrefix(line, "# "); ok {
			title = strings.TrimSpace(t)
			break
		}
	}
	_, err = fmt.Fprintf(w, `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title>
<style>
body{font:1.05rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
code{font-family:ui-monospace,Consolas,monospace;background:#f2f2f2;padding:.1em .3em;border-radius:3px}
pre{background:#f2f2f2;padding:.8rem;overflow-x:auto}pre code{padding:0}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
h1,h2,h3{line-height:1.25}a{color:#0b57d0}
</style>
</head>
<body>
<main>
%s</main>
</body>
</html>
`, html.EscapeString(title), res.HTML)
	return err
}

// module is one entry of `go list -deps -json`'s Module.
type module struct {
	Path    string
	Version string
	Dir     string
	Main    bool
	Replace *module
}

// licenseName matches the names of licence files, in any case:
// LICENSE, LICENCE.md, COPYING, NOTICE, PATENTS, LICENSE-APACHE, OFL.txt.
var licenseName = regexp.MustCompile(`(?i)^(licen[cs]e|copying|notice|patents|ofl)([-._].*)?$`)

// licenses writes the licence texts; see the package comment.
func licenses(w io.Writer, targets []string) error {
	mods := map[string]module{}
	if len(targets) == 0 {
		targets = []string{""}
	}
	for _, t := range targets {
		ms, err := linked(t)
		if err != nil {
			return err
		}
		for _, m := range ms {
			mods[m.Path] = m
		}
	}
	paths := make([]string, 0, len(mods))
	for p := range mods {
		paths = append(paths, p)
	}
	sort.Strings(paths)

	fmt.Fprint(w, "guongsang is built from the following third-party software, whose licences follow.\n"+
		"guongsang được dựng từ các thành phần dưới đây; giấy phép của từng thành phần ở sau.\n")
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %w", err)
	}
	gover, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return fmt.Errorf("go env GOVERSION: %w", err)
	}
	if err := section(w, "Go standard library and runtime "+strings.TrimSpace(string(gover)), strings.TrimSpace(string(goroot)), true); err != nil {
		return err
	}
	var missing []string
	for _, p := range paths {
		m := mods[p]
		dir := m.Dir
		if m.Replace != nil && m.Replace.Dir != "" {
			dir = m.Replace.Dir
		}
		if err := section(w, m.Path+" "+m.Version, dir, false); err != nil {
			missing = append(missing, fmt.Sprintf("%s %s (%s): %v", m.Path, m.Version, dir, err))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("modules linked into guongsang without a licence file:\n  %s", strings.Join(missing, "\n  "))
	}
	// Fonts and scripts shipped inside the binary carry their licence
	// beside them.
	for _, root := range []string{"themes", filepath.Join("generator", "preview", "assets")} {
		var files []string
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && licenseName.MatchString(d.Name()) {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			return err
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			writeText(w, filepath.ToSlash(f), "", b)
		}
	}
	return nil
}

// linked lists the modules of the packages linked into ./cmd/guongsang
// for target ("GOOS/GOARCH", or "" for this system), without the main
// module.
func linked(target string) ([]module, error) {
	cmd := exec.Command("go", "list", "-deps", "-json=Module", "./cmd/guongsang")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if target != "" {
		goos, goarch, ok := strings.Cut(target, "/")
		if !ok {
			return nil, fmt.Errorf("target %q is not GOOS/GOARCH", target)
		}
		cmd.Env = append(cmd.Env, "GOOS="+goos, "GOARCH="+goarch)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list %s: %v\n%s", target, err, stderr.Bytes())
	}
	var mods []module
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p struct{ Module *module }
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		if p.Module != nil && !p.Module.Main {
			mods = append(mods, *p.Module)
		}
	}
	return mods, nil
}

// section writes the heading title and every licence file at the top of
// dir, sorted by name. It fails when there is none.
func section(w io.Writer, title, dir string, top bool) error {
	if dir == "" {
		return errors.New("the module's source is not downloaded (run go mod download)")
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var names []string
	for _, e := range ents {
		if e.Type().IsRegular() && licenseName.MatchString(e.Name()) {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return errors.New("no LICENSE, COPYING or NOTICE file")
	}
	for i, n := range names {
		b, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return err
		}
		t := title
		if i > 0 {
			t = ""
		}
		writeText(w, t, n, b)
	}
	return nil
}

// writeText writes one licence file under a rule and its heading.
func writeText(w io.Writer, title, file string, text []byte) {
	if title != "" {
		fmt.Fprintf(w, "\n%s\n%s\n", strings.Repeat("=", 72), title)
	}
	if file != "" {
		fmt.Fprintf(w, "--- %s ---\n", file)
	}
	text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
	w.Write(bytes.TrimRight(text, "\n"))
	fmt.Fprintln(w)
}
