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
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, args, stdout, stderr)
}

// serve runs `guongsang serve args` until ctx is done.
func serve(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", i18n.CmdServeSynopsis.T(), i18n.CmdServeExamples.T(), stdout, stderr)
	site := fs.String("site", ".", i18n.FlagSite.T())
	bind := fs.String("bind", "127.0.0.1", i18n.FlagBind.T())
	port := fs.Int("port", 1313, i18n.FlagPort.T())
	drafts := fs.Bool("drafts", true, i18n.FlagDraftsServe.T())
	open := fs.Bool("open", false, i18n.FlagOpen.T())
	allowEdit := fs.Bool("allow-edit", false, i18n.FlagAllowEdit.T())
	var allowed hostNames
	fs.Var(&allowed, "allowed-host", i18n.FlagAllowedHost.T())
	if code, ok := parse(fs, args); !ok {
		return code
	}
	dir, ok := siteArg(fs, *site)
	if !ok {
		return exitUsage
	}
	*site = dir
	if *port < 0 || *port > 65535 {
		return usageError(fs, i18n.CmdPortBad.T(*port))
	}

	addr := net.JoinHostPort(*bind, strconv.Itoa(*port))
	// The address is printed and the browser opened as soon as the server
	// answers, not after the first build: at 10,000 profiles the first
	// page is ready long before the whole site.
	serving := func(srv *preview.Server) {
		fmt.Fprintln(stdout, i18n.CmdServing.T(srv.URL()))
		if url, off := srv.Editor(); off != "" {
			fmt.Fprintln(stdout, off)
		} else {
			fmt.Fprintln(stdout, i18n.EditorAt.T(url))
		}
		if *open {
			if err := openBrowser(srv.URL()); err != nil {
				fmt.Fprintln(stderr, "serve:", i18n.CmdNoBrowser.T(i18n.Cause(err), srv.URL()))
			}
		}
	}
	srv, err := preview.New(preview.Options{SiteDir: *site, Addr: addr, Drafts: *drafts, Log: stdout, AllowedHosts: allowed, AllowEdit: *allowEdit, Serving: serving})
	if he := (*preview.HostError)(nil); errors.As(err, &he) {
		fmt.Fprintln(stderr, "serve:", he)
		return exitUsage
	}
	if errors.Is(err, preview.ErrAddrInUse) {
		fmt.Fprintln(stderr, "serve:", i18n.CmdAddrInUse.T(addr, *port+1))
		return exitUsage
	}
	if err != nil {
		for _, e := range diag.Errors(err) {
			fmt.Fprintln(stderr, "serve:", e)
		}
		return exitContent
	}
	if err := srv.Run(ctx); err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return exitContent
	}
	fmt.Fprintln(stdout, i18n.CmdStopped.T())
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
// for it. Tests replace it.
var openBrowser = func(url string) error {
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
