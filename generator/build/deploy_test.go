package build

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNginxConfig builds the golden site and runs scripts/check-nginx on
// it: Debian's nginx serving it with docs/deploy.md's configuration, and
// the status codes, content types, gzip, cache headers and 404 page
// checked. It skips when nginx is not installed, unless
// GUONGSANG_NGINX=required (CI), where that is a failure.
func TestNginxConfig(t *testing.T) {
	nginx, err := exec.LookPath("nginx")
	if err != nil {
		if _, err := os.Stat("/usr/sbin/nginx"); err == nil {
			nginx = "/usr/sbin/nginx"
		}
	}
	_, curlErr := exec.LookPath("curl")
	if nginx == "" || curlErr != nil {
		if os.Getenv("GUONGSANG_NGINX") == "required" {
			t.Fatal("nginx or curl is not installed (apt-get install nginx-light curl) and GUONGSANG_NGINX=required")
		}
		t.Skip("nginx or curl is not installed; set GUONGSANG_NGINX=required to make this a failure")
	}
	dir := copyDir(t, "testdata/golden/site")
	if _, err := Build(context.Background(), Options{SiteDir: dir, Now: now}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", filepath.Join("..", "..", "scripts", "check-nginx"), filepath.Join(dir, "public"))
	cmd.Env = append(os.Environ(), "NGINX="+nginx)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "check-nginx: ok") {
		t.Fatalf("scripts/check-nginx: %v\n%s", err, out)
	}
	t.Log(strings.TrimSpace(string(out)))
}
