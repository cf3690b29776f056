package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/preview"
)

func cmdServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "serve [--site DIR] [--bind 127.0.0.1] [--port 1313] [--allowed-host NAME]... [--drafts=true] [--open]",
		"  guongsang serve                      # then open http://127.0.0.1:1313/\n"+
			"  guongsang serve --site ../gialai --open\n"+
			"  guongsang serve --port 8080          # when 1313 is taken\n"+
			"  guongsang serve --drafts=false       # see the site as it will be published\n"+
			"  guongsang serve --bind 0.0.0.0       # let other machines on the network see it\n", stderr)
	site := fs.String("site", ".", "the site folder (holds site.yaml and content/)")
	bind := fs.String("bind", "127.0.0.1", "the address to listen on; 127.0.0.1 is this machine only")
	port := fs.Int("port", 1313, "the port to listen on (0 picks a free one)")
	drafts := fs.Bool("drafts", true, "show profiles marked draft: true, with a \"Bản nháp\" badge")
	open := fs.Bool("open", false, "open the preview in the default browser")
	var allowed hostNames
	fs.Var(&allowed, "allowed-host", i18n.FlagAllowedHost.T())
	if code, ok := parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "serve: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	if *port < 0 || *port > 65535 {
		fmt.Fprintf(stderr, "serve: --port %d is not a port (0 to 65535)\n", *port)
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	addr := net.JoinHostPort(*bind, strconv.Itoa(*port))
	srv, err := preview.New(preview.Options{SiteDir: *site, Addr: addr, Drafts: *drafts, Log: stdout, AllowedHosts: allowed})
	if he := (*preview.HostError)(nil); errors.As(err, &he) {
		fmt.Fprintln(stderr, "serve:", he)
		return exitUsage
	}
	if errors.Is(err, preview.ErrAddrInUse) {
		fmt.Fprintf(stderr, "serve: %s is already in use (is another guongsang serve running?); choose another port, e.g. guongsang serve --port %d\n",
			addr, *port+1)
		return exitUsage
	}
	if err != nil {
		for _, e := range diag.Errors(err) {
			fmt.Fprintln(stderr, "serve:", e)
		}
		return exitContent
	}
	fmt.Fprintf(stdout, "serving %s (press Ctrl+C to stop)\n", srv.URL())
	if *open {
		if err := openBrowser(srv.URL()); err != nil {
			fmt.Fprintf(stderr, "serve: cannot open a browser (%v); open %s yourself\n", err, srv.URL())
		}
	}
	if err := srv.Run(ctx); err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return exitContent
	}
	fmt.Fprintln(stdout, "stopped")
	return exitOK
}

// hostNames collects the values of a repeated --allowed-host.
type hostNames []string

func (h *hostNames) String() string { return strings.Join(*h, ", ") }

func (h *hostNames) Set(s string) error {
	*h = append(*h, s)
	return nil
}

// openBrowser opens url in the desktop's default browser, without waiting
// for it.
func openBrowser(url string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	go cmd.Wait() //nolint:errcheck // reap it; the browser's exit status is not ours
	return nil
}
