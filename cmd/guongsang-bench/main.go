// Command guongsang-bench generates deterministic benchmark sites.
//
//	guongsang-bench gen -n 10000 [-seed 1] [-shape default|long] [-force] DIR
//
// writes DIR/site.yaml and DIR/content/ho-so/<slug>.md (and, for -shape
// long, <slug>.jpg photos beside a quarter of them). The same -n, -seed and
// -shape always produce the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/guongsang/guongsang/internal/benchgen"
)

func usage() {
	fmt.Fprintf(os.Stderr, "usage: guongsang-bench gen -n N [-seed S] [-shape default|long] [-force] [-workers W] DIR\n")
}

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	switch os.Args[1] {
	case "gen":
		os.Exit(gen(os.Args[2:]))
	case "-h", "-help", "--help", "help":
		usage()
	default:
		fmt.Fprintf(os.Stderr, "guongsang-bench: unknown command %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
}

func gen(args []string) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	n := fs.Int("n", 10000, "number of profiles")
	seed := fs.Uint64("seed", 1, "random seed (same seed → same bytes)")
	force := fs.Bool("force", false, "overwrite an existing site.yaml and content/ho-so")
	workers := fs.Int("workers", 0, "parallel writers (0 = GOMAXPROCS)")
	quiet := fs.Bool("q", false, "no summary line")
	shapeName := fs.String("shape", "default", "corpus shape: default (~7.8 KB bodies, 1–3 criteria) or long (~10 KB bodies with sub-headings, quotes and tables, 2–5 criteria, 1–5 awards, photos on a quarter)")
	fs.Usage = func() { usage(); fs.PrintDefaults() }
	// Allow flags after DIR too (gen DIR -n 5).
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(pos) != 1 || *n < 0 {
		usage()
		return 2
	}
	shape, err := benchgen.ParseShape(*shapeName)
	if err != nil {
		fmt.Fprintln(os.Stderr, "guongsang-bench:", err)
		return 2
	}
	start := time.Now()
	st, err := benchgen.Generate(pos[0], benchgen.Options{N: *n, Seed: *seed, Force: *force, Workers: *workers, Shape: shape})
	if err != nil {
		fmt.Fprintln(os.Stderr, "guongsang-bench:", err)
		return 1
	}
	if !*quiet {
		fmt.Fprintf(os.Stderr, "guongsang-bench: wrote %d files (%.1f MB) to %s in %.2fs\n",
			st.Files, float64(st.Bytes)/1e6, pos[0], time.Since(start).Seconds())
	}
	return 0
}
