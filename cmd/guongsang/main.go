// Command guongsang builds, checks and previews a guongsang site.
//
// It only parses flags, calls the generator library and maps errors to
// exit codes: 0 ok, 1 content or configuration errors, 2 usage errors
// (a wrong flag, an output folder that is refused), 3 input/output or
// lock errors (the disk, permissions, another build running).
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
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/output"
	"github.com/guongsang/guongsang/generator/scaffold"
	"github.com/guongsang/guongsang/generator/vntext"
)

const (
	exitOK      = 0
	exitContent = 1
	exitUsage   = 2
	exitIO      = 3
)

// commands lists the commands, for "có phải bạn muốn …".
var commands = []string{"build", "serve", "check", "new", "init", "import", "version"}

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
	args, lang, ok := langFlag(args)
	if !ok {
		fmt.Fprintln(stderr, "guongsang:", i18n.CmdLangBad.T(lang))
		return exitUsage
	}
	if len(args) == 0 {
		return cmdStart(stdout, stderr) // a double-click; see start.go
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
		return cmdVersion(rest, stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, i18n.CmdUsage.T())
		return exitOK
	}
	msg := i18n.CmdUnknown.T(cmd)
	if i := vntext.Closest(cmd, commands); i >= 0 {
		msg += "; " + i18n.DidYouMean.T("guongsang "+commands[i])
	}
	fmt.Fprintf(stderr, "guongsang: %s\n\n%s", msg, i18n.CmdUsage.T())
	return exitUsage
}

// langFlag takes --lang (or -lang, with the value after = or as the next
// argument) out of args, wherever it is, and sets the language of every
// message: from it, else from GUONGSANG_LANG, else Vietnamese. ok is false
// for a language the catalog does not speak; lang is then what was typed.
func langFlag(args []string) (rest []string, lang string, ok bool) {
	l := i18n.FromEnv()
	rest = make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			rest = append(rest, a)
			continue
		}
		if !hasVal && i+1 < len(args) {
			i++
			val = args[i]
		}
		if l, ok = i18n.ParseLang(val); !ok {
			i18n.SetLang(i18n.FromEnv())
			return nil, val, false
		}
	}
	i18n.SetLang(l)
	return rest, "", true
}

// flags is a command's FlagSet with its help and where it prints.
type flags struct {
	*flag.FlagSet
	help           func(io.Writer)
	stdout, stderr io.Writer
}

// newFlags returns a FlagSet whose help (-h) prints the synopsis, flags
// and examples to stdout, in the current language. The flag package's own
// English messages are discarded: parse explains a wrong flag itself.
func newFlags(name, synopsis, examples string, stdout, stderr io.Writer) *flags {
	fs := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), stdout: stdout, stderr: stderr}
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.help = func(w io.Writer) {
		fmt.Fprint(w, i18n.CmdHelpHead.T(synopsis))
		printFlags(w, fs.FlagSet)
		fmt.Fprint(w, i18n.CmdHelpExamples.T()+examples)
	}
	return fs
}

// printFlags lists the flags of fs like flag.PrintDefaults, in the
// current language, with two dashes as the examples write them.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
			switch name {
			case "int":
				name = i18n.CmdNumberArg.T()
			case "", "string", "value":
				name = i18n.CmdValueArg.T()
			}
			line += " " + name
		}
		fmt.Fprintf(w, "%s\n    \t%s", line, usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
			fmt.Fprintf(w, " (%s)", i18n.CmdDefault.T(f.DefValue))
		}
		fmt.Fprintln(w)
	})
}

// parse parses args into fs. On -h it prints the command's help to stdout
// and returns exitOK; on a wrong flag it says what is wrong, in the
// current language, then prints the help, and returns exitUsage.
func parse(fs *flags, args []string) (int, bool) {
	if fs.Lookup("lang") == nil {
		fs.String("lang", "", i18n.FlagLang.T()) // taken out by run; listed for -h
	}
	err := fs.Parse(reorder(fs.FlagSet, args))
	if err == nil {
		return 0, true
	}
	if errors.Is(err, flag.ErrHelp) {
		fs.help(fs.stdout)
		return exitOK, false
	}
	return usageError(fs, flagError(fs.FlagSet, err)), false
}

// usageError prints msg and the command's help to stderr and returns
// exitUsage.
func usageError(fs *flags, msg string) int {
	fmt.Fprintf(fs.stderr, "%s: %s\n\n", fs.Name(), msg)
	fs.help(fs.stderr)
	return exitUsage
}

// flagError says in the current language what the flag package's err
// means, with "có phải bạn muốn …" for a misspelt flag.
func flagError(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		out := i18n.CmdFlagUnknown.T("--" + strings.TrimLeft(f, "-"))
		var names []string
		fs.VisitAll(func(fl *flag.Flag) { names = append(names, fl.Name) })
		if i := vntext.Closest(strings.TrimLeft(f, "-"), names); i >= 0 {
			out += "; " + i18n.DidYouMean.T("--"+names[i])
		}
		return out
	}
	if f, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return i18n.CmdFlagNeedsArg.T("--" + strings.TrimLeft(f, "-"))
	}
	var val, name string
	if _, e := fmt.Sscanf(msg, "invalid value %q for flag -%s", &val, &name); e == nil {
		return i18n.CmdFlagBadValue.T(val, "--"+strings.TrimSuffix(name, ":"))
	}
	if _, e := fmt.Sscanf(msg, "invalid boolean value %q for -%s", &val, &name); e == nil {
		return i18n.CmdFlagBadValue.T(val, "--"+strings.TrimSuffix(name, ":"))
	}
	if f, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return i18n.CmdFlagSyntax.T(f)
	}
	return msg
}

// siteArg returns the site folder: the one argument after the command,
// or --site, or ".". ok is false, after printing why, when both are given
// or there are more arguments.
func siteArg(fs *flags, site string) (string, bool) {
	switch fs.NArg() {
	case 0:
		return site, true
	case 1:
		if set(fs.FlagSet, "site") && site != fs.Arg(0) {
			usageError(fs, i18n.CmdTwoSites.T(fs.Arg(0), site))
			return "", false
		}
		return fs.Arg(0), true
	}
	usageError(fs, i18n.CmdTooManyArgs.T(fs.Arg(1)))
	return "", false
}

// set reports whether the flag name was given.
func set(fs *flag.FlagSet, name string) bool {
	found := false
	fs.Visit(func(f *flag.Flag) { found = found || f.Name == name })
	return found
}

// report prints problems, one per line, and returns the exit code for err.
// A check publishes nothing, so its last line does not speak of the
// published site.
func report(err error, warnings []*diag.Error, checking bool, stderr io.Writer) int {
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
	if checking {
		fmt.Fprintln(stderr, i18n.CheckFailed.T(i18n.Number(len(es))))
		return exitContent
	}
	// Build publishes only after every stage succeeded, so any error
	// means the previous site is untouched.
	fmt.Fprintln(stderr, i18n.ExitNothingPublished.T(i18n.Number(len(es))))
	return exitCode(err)
}

// exitCode maps a failed command's error to the exit code: a refused
// output folder is a usage error, the system's errors and a held lock are
// input/output errors, everything else is the site's content.
func exitCode(err error) int {
	var ioErr *build.IOError
	switch {
	case errors.Is(err, output.ErrRefused):
		return exitUsage
	case errors.Is(err, output.ErrLocked), errors.As(err, &ioErr):
		return exitIO
	}
	return exitContent
}

func cmdBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", i18n.CmdBuildSynopsis.T(), i18n.CmdBuildExamples.T(), stdout, stderr)
	site := fs.String("site", ".", i18n.FlagSite.T())
	out := fs.String("out", "", i18n.FlagOut.T())
	drafts := fs.Bool("drafts", false, i18n.FlagDraftsBuild.T())
	force := fs.Bool("force", false, i18n.FlagForce.T())
	cpuprofile := fs.String("cpuprofile", "", i18n.FlagCPUProfile.T())
	memprofile := fs.String("memprofile", "", i18n.FlagMemProfile.T())
	if code, ok := parse(fs, args); !ok {
		return code
	}
	dir, ok := siteArg(fs, *site)
	if !ok {
		return exitUsage
	}
	*site = dir
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(stderr, "build:", i18n.CmdCannotCreate.T(*cpuprofile, i18n.Cause(err)))
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
	opts := build.Options{SiteDir: *site, OutDir: *out, Drafts: *drafts, Force: *force}
	if phase := os.Getenv("GUONGSANG_TEST_STOP"); phase != "" {
		// For TestBuildKilled: stop at a phase of the build, say so, and
		// wait to be killed there.
		opts.Hook = func(p string) {
			if p == phase {
				fmt.Fprintln(stderr, "guongsang-test: stopped at", p)
				time.Sleep(time.Hour)
			}
		}
	}
	res, err := build.Build(ctx, opts)
	if err != nil {
		return report(err, nil, false, stderr)
	}
	report(nil, res.Warnings, false, stderr)
	if res.Replaced != "" {
		fmt.Fprintln(stderr, i18n.OutReplacedKept.T(opts.Out(), res.Replaced))
	}
	fmt.Fprintln(stdout, i18n.CmdBuilt.T(i18n.Number(res.Profiles), i18n.Number(res.Pages), i18n.Number(res.Files),
		i18n.Number(res.Written), res.Duration.Round(time.Millisecond), opts.Out()))
	return exitOK
}

func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", i18n.CmdCheckSynopsis.T(), "  guongsang check\n  guongsang check gialai\n", stdout, stderr)
	site := fs.String("site", ".", i18n.FlagSite.T())
	drafts := fs.Bool("drafts", false, i18n.FlagDraftsCheck.T())
	if code, ok := parse(fs, args); !ok {
		return code
	}
	dir, ok := siteArg(fs, *site)
	if !ok {
		return exitUsage
	}
	res, err := build.Check(build.Options{SiteDir: dir, Drafts: *drafts})
	if err != nil {
		return report(err, nil, true, stderr)
	}
	report(nil, res.Warnings, true, stderr)
	fmt.Fprintln(stdout, i18n.CmdChecked.T(i18n.Number(res.Profiles), i18n.Number(res.Drafts), i18n.Number(len(res.Warnings))))
	return exitOK
}

func cmdNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", i18n.CmdNewSynopsis.T(), i18n.CmdNewExamples.T(), stdout, stderr)
	site := fs.String("site", ".", i18n.FlagSite.T())
	kind := fs.String("kind", "", i18n.FlagKind.T())
	district := fs.String("district", "", i18n.FlagDistrict.T())
	category := fs.String("category", "", i18n.FlagCategory.T())
	year := fs.String("year", strconv.Itoa(time.Now().Year()), i18n.FlagYear.T())
	var set []string
	fs.Func("set", i18n.FlagSet.T(), func(s string) error { set = append(set, s); return nil })
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(fs, i18n.CmdNewTitle.T())
	}
	terms := map[string][]string{}
	for _, s := range set {
		k, v, ok := strings.Cut(s, "=")
		if k = strings.TrimSpace(k); !ok || k == "" || strings.TrimSpace(v) == "" {
			return usageError(fs, i18n.FlagSetBad.T(s))
		}
		terms[k] = append(terms[k], strings.TrimSpace(v))
	}
	y, err := strconv.Atoi(*year)
	if err != nil {
		return usageError(fs, i18n.CmdNewYear.T(*year))
	}
	p, err := scaffold.Profile(*site, scaffold.NewProfile{Title: fs.Arg(0), Kind: *kind, Category: *category, District: *district, Year: y, Terms: terms})
	if err != nil {
		for _, e := range diag.Errors(err) {
			fmt.Fprintln(stderr, "new:", e)
		}
		return exitUsage
	}
	fmt.Fprintln(stdout, i18n.CmdWrote.T(p))
	return exitOK
}

// reorder moves the positional arguments (a title, a folder) before
// and between the flags to after them, so `guongsang new "Title" --kind …`
// and `guongsang check mysite --drafts` work as well as the documented
// order. A flag other than a boolean one takes the next argument as its
// value unless written --flag=value; after "--" nothing is a flag.
func reorder(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") || i+1 >= len(args) {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
					continue
				}
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	if len(pos) == 0 {
		return flags
	}
	return append(append(flags, "--"), pos...)
}

func cmdInit(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("init", i18n.CmdInitSynopsis.T(), "  guongsang init gialai\n", stdout, stderr)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 1 {
		return usageError(fs, i18n.CmdInitFolder.T())
	}
	if err := scaffold.Site(fs.Arg(0)); err != nil {
		fmt.Fprintln(stderr, "init:", i18n.Cause(err))
		return exitUsage
	}
	fmt.Fprintln(stdout, i18n.CmdCreated.T(fs.Arg(0), strings.Join(scaffold.Names(), ", ")))
	return exitOK
}
