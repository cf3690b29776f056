package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"

	"github.com/guongsang/guongsang/generator/i18n"
)

// The release build stamps these with -ldflags "-X main.version=v1.2.0
// -X main.commit=… -X main.date=…" (scripts/release). An unstamped build
// leaves them empty and versionInfo falls back on what the Go toolchain
// recorded.
var (
	version string
	commit  string
	date    string
)

// buildInfo is what `guongsang version` prints.
type buildInfo struct {
	Version  string // "v1.2.0"; "dev" for an unstamped build of a working tree
	Commit   string // "" when unknown
	Modified bool   // built from a tree with uncommitted changes
	Date     string // RFC 3339; "" when unknown
	Go       string // "go1.26.8 linux/amd64"
}

// versionInfo combines the -ldflags stamp with debug.ReadBuildInfo: the
// stamp wins; `go install …@v1.2.0` gives the module version; a build
// of a git working tree gives vcs.revision and vcs.time (unless
// -buildvcs=false). Only a build with neither stamp nor module version is
// "dev".
func versionInfo(bi *debug.BuildInfo, ok bool) buildInfo {
	info := buildInfo{Version: version, Commit: commit, Date: date, Go: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH}
	if ok {
		info.Go = bi.GoVersion + " " + runtime.GOOS + "/" + runtime.GOARCH
		if info.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			info.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if info.Commit == "" {
					info.Commit = s.Value
				}
			case "vcs.time":
				if info.Date == "" {
					info.Date = s.Value
				}
			case "vcs.modified":
				info.Modified = commit == "" && s.Value == "true"
			}
		}
	}
	if info.Version == "" {
		info.Version = "dev"
	}
	return info
}

// write prints info: the first line is "guongsang VERSION", for scripts.
func (info buildInfo) write(w io.Writer) {
	fmt.Fprintln(w, "guongsang", info.Version)
	c := info.Commit
	if c == "" {
		c = i18n.VersionUnknown.T()
	} else if info.Modified {
		c = i18n.VersionModified.T(c)
	}
	d := info.Date
	if d == "" {
		d = i18n.VersionUnknown.T()
	}
	fmt.Fprintln(w, i18n.VersionCommit.T(c))
	fmt.Fprintln(w, i18n.VersionDate.T(d))
	fmt.Fprintln(w, i18n.VersionGo.T(info.Go))
}

func cmdVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", i18n.CmdVersionSyn.T(), "  guongsang version\n", stdout, stderr)
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, i18n.CmdTooManyArgs.T(fs.Arg(0)))
	}
	versionInfo(debug.ReadBuildInfo()).write(stdout)
	return exitOK
}
