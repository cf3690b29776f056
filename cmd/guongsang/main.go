// Command guongsang builds, checks and previews a guongsang site.
//
// It only parses flags, calls the generator library and maps errors to
// exit codes: 0 ok, 1 content errors, 2 usage errors.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/guongsang/guongsang/generator/build"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/scaffold"
)

const (
	exitOK      = 0
	exitContent = 1
	exitUsage   = 2
)

var usage = `guongsang — trình tạo trang "Gương sáng" (gương điển hình tiên tiến)

Usage:
  guongsang <command> [flags]

Commands:
  build     build the site into public/
  serve     preview the site at http://127.0.0.1:1313/, rebuilding on every save
  check     check every profile and site.yaml, write nothing
  new       write a new profile, ready to fill in
  init      create a new site
  version   print the version

Run "guongsang <command> -h" for a command's flags and examples.
`

func main() {
	// A soft memory limit: large sites (100,000 profiles hold about 1.2 GB
	// of rendered text) would otherwise let the heap grow to twice that
	// before collecting. Below the limit it changes nothing; GOMEMLIMIT
	// overrides it. See docs/performance.md.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(2 << 30)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "build":
		return cmdBuild(rest, stdout, stderr)
	case "check":
		return cmdCheck(rest, stdout, stderr)
	case "new":
		return cmdNew(rest, stdout, stderr)
	case "init":
		return cmdInit(rest, stdout, stderr)
	case "import":
		return cmdImport(rest, stdout, stderr)
	case "serve", "server":
		return cmdServe(rest, stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "guongsang", version())
		return exitOK
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "guongsang: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
}

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// newFlags returns a FlagSet whose -h prints the synopsis, flags and
// examples.
func newFlags(name, synopsis, examples string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: guongsang %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExamples:\n%s", examples)
	}
	return fs
}

func parse(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	return 0, true
}

// report prints problems, one per line, and returns the exit code for err.
func report(err error, warnings []*diag.Error, stderr io.Writer) int {
	var f *build.Failed
	if errors.As(err, &f) {
		warnings = append(warnings, f.Warnings...)
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, w)
	}
	if err == nil {
		return exitOK
	}
	es := diag.Errors(err)
	for _, e := range es {
		fmt.Fprintln(stderr, e)
	}
	// Build publishes only after every stage succeeded, so any error
	// means the previous site is untouched.
	fmt.Fprintf(stderr, "%d error(s); nothing was published, the previous site is unchanged\n", len(es))
	return exitContent
}

func cmdBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "build [--site DIR] [--out DIR] [--drafts]",
		"  guongsang build\n  guongsang build --site ../gialai --out /var/www/guongsang\n  guongsang build --drafts --out /tmp/xem-truoc\n", stderr)
	site := fs.String("site", ".", "the site folder (holds site.yaml and content/)")
	out := fs.String("out", "", "output folder (default: DIR/public)")
	drafts := fs.Bool("drafts", false, "also publish profiles marked draft: true")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile to this file (for developers)")
	memprofile := fs.String("memprofile", "", "write a heap profile to this file at the end (for developers)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "build: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(stderr, "build:", err)
			return exitUsage
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if *memprofile != "" {
		defer func() {
			if f, err := os.Create(*memprofile); err == nil {
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		}()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := build.Options{SiteDir: *site, OutDir: *out, Drafts: *drafts}
	res, err := build.Build(ctx, opts)
	if err != nil {
		return report(err, nil, stderr)
	}
	report(nil, res.Warnings, stderr)
	fmt.Fprintf(stdout, "built %d profiles, %d pages, %d files (%d written) in %s → %s\n",
		res.Profiles, res.Pages, res.Files, res.Written, res.Duration.Round(time.Millisecond), opts.Out())
	return exitOK
}

func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "check [--site DIR] [--drafts]", "  guongsang check\n  guongsang check --site ../gialai\n", stderr)
	site := fs.String("site", ".", "the site folder")
	drafts := fs.Bool("drafts", false, "treat drafts as published: their problems become errors")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	res, err := build.Check(build.Options{SiteDir: *site, Drafts: *drafts})
	if err != nil {
		return report(err, nil, stderr)
	}
	report(nil, res.Warnings, stderr)
	fmt.Fprintf(stdout, "ok: %d profiles checked (%d drafts left out), %d warning(s)\n", res.Profiles, res.Drafts, len(res.Warnings))
	return exitOK
}

func cmdNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", `new [--site DIR] --kind individual|collective --district D --category C --year Y "Title"`,
		"  guongsang new --kind individual --district chu-pah --category giao-duc --year 2020 \"Nguyễn Thị Hoa\"\n"+
			"  guongsang new --kind \"tập thể\" --district \"Đak Đoa\" --category \"Y tế\" --year 2019 \"Trạm Y tế xã Hà Bầu\"\n", stderr)
	site := fs.String("site", ".", "the site folder")
	kind := fs.String("kind", "", "individual (cá nhân) or collective (tập thể)")
	district := fs.String("district", "", "a district key or name from site.yaml")
	category := fs.String("category", "", "a category key or name from site.yaml")
	year := fs.String("year", strconv.Itoa(time.Now().Year()), "the year of the achievement")
	if code, ok := parse(fs, reorder(args)); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, `new: give the title as one argument, in quotes: guongsang new … "Nguyễn Văn An"`)
		return exitUsage
	}
	y, err := strconv.Atoi(*year)
	if err != nil {
		fmt.Fprintf(stderr, "new: --year %q is not a year\n", *year)
		return exitUsage
	}
	p, err := scaffold.Profile(*site, scaffold.NewProfile{Title: fs.Arg(0), Kind: *kind, Category: *category, District: *district, Year: y})
	if err != nil {
		for _, e := range diag.Errors(err) {
			fmt.Fprintln(stderr, "new:", e)
		}
		return exitUsage
	}
	fmt.Fprintf(stdout, "wrote %s (draft: true until you change it)\n", p)
	return exitOK
}

// reorder moves a positional title before the flags to after them, so
// `guongsang new "Title" --kind …` works as well as the documented order.
func reorder(args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			flags = append(flags, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && a != "-h" && a != "--help" {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, pos...)
}

func cmdInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", "init DIR", "  guongsang init gialai\n", stderr)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "init: give the folder of the new site: guongsang init DIR")
		return exitUsage
	}
	if err := scaffold.Site(fs.Arg(0)); err != nil {
		fmt.Fprintln(stderr, "init:", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "created a site in %s (%s)\nnext: cd %s && guongsang serve\n", fs.Arg(0), strings.Join(scaffold.Names(), ", "), fs.Arg(0))
	return exitOK
}
