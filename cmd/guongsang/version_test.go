package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionInfo(t *testing.T) {
	if version != "" || commit != "" || date != "" {
		t.Fatal("the test binary must be unstamped")
	}
	goLine := "go1.26.8 " + runtime.GOOS + "/" + runtime.GOARCH
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		ok   bool
		want buildInfo
	}{
		{"no build info", nil, false, buildInfo{Version: "dev", Go: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH}},
		{"devel, no vcs", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, true,
			buildInfo{Version: "dev", Go: goLine}},
		{"go install @v1.2.0", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}}, true,
			buildInfo{Version: "v1.2.0", Go: goLine}},
		{"working tree", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "abc123"}, {Key: "vcs.time", Value: "2026-11-20T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}, true,
			buildInfo{Version: "dev", Commit: "abc123", Modified: true, Date: "2026-11-20T10:00:00Z", Go: goLine}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionInfo(tt.bi, tt.ok); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestVersionOutput(t *testing.T) {
	var b strings.Builder
	buildInfo{Version: "v1.2.0", Commit: "abc123", Date: "2026-11-20T10:00:00+07:00", Go: "go1.26.8 windows/amd64"}.write(&b)
	want := "guongsang v1.2.0\n" +
		"  mã nguồn (commit): abc123\n" +
		"  ngày dựng:         2026-11-20T10:00:00+07:00\n" +
		"  Go:                go1.26.8 windows/amd64\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	buildInfo{Version: "dev", Go: "go1.26.8 linux/amd64"}.write(&b)
	if !strings.Contains(b.String(), "guongsang dev\n  mã nguồn (commit): không rõ\n") {
		t.Errorf("unstamped: %q", b.String())
	}
	if code, out, _ := runCmd("version", "-h"); code != 0 || !strings.Contains(out, "guongsang version") {
		t.Errorf("version -h: %d %q", code, out)
	}
}

// TestVersionStamp builds the command with the -ldflags stamp the release
// script uses and checks that the binary prints it.
func TestVersionStamp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "guongsang")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	ld := "-X main.version=v9.8.7 -X main.commit=0123456789abcdef -X main.date=2026-11-20T10:00:00+07:00"
	build := exec.Command("go", "build", "-trimpath", "-ldflags", ld, "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"guongsang v9.8.7\n", "0123456789abcdef\n", "2026-11-20T10:00:00+07:00\n", runtime.Version()} {
		if !strings.Contains(string(out), want) {
			t.Errorf("version output lacks %q:\n%s", want, out)
		}
	}
}
