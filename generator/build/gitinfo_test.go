package build

import (
	"context"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// git runs git in dir with a fixed identity and the given dates, isolated
// from the machine's configuration.
func git(t *testing.T, dir, date string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=Thử", "-c", "user.email=thu@example.vn", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// hoaDates returns what the built site at dir says of Nguyễn Thị Hoa's
// last change: her feed entry's updated, the feed's updated, her sitemap
// lastmod and her page's JSON-LD dateModified.
func hoaDates(t *testing.T, dir string) (entry, feed, lastmod, modified string) {
	t.Helper()
	pub := filepath.Join(dir, "public")
	var f struct {
		Updated string `xml:"updated"`
		Entries []struct {
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
		} `xml:"entry"`
	}
	b, _ := os.ReadFile(filepath.Join(pub, "dia-ban", "chu-pah", "index.xml"))
	if err := xml.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	for _, e := range f.Entries {
		if e.Title == "Nguyễn Thị Hoa" {
			entry = e.Updated
		}
	}
	var sm struct {
		URLs []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"url"`
	}
	b, _ = os.ReadFile(filepath.Join(pub, "sitemap.xml"))
	if err := xml.Unmarshal(b, &sm); err != nil {
		t.Fatal(err)
	}
	for _, u := range sm.URLs {
		if strings.HasSuffix(u.Loc, "/ho-so/nguyen-thi-hoa/") {
			lastmod = u.LastMod
		}
	}
	page, _ := os.ReadFile(filepath.Join(pub, "ho-so", "nguyen-thi-hoa", "index.html"))
	if _, rest, ok := strings.Cut(string(page), `"dateModified":"`); ok {
		modified, _, _ = strings.Cut(rest, `"`)
	}
	return entry, f.Updated, lastmod, modified
}

// TestLastmodFromGit: in a git repository a profile's last change is its
// file's last commit: commit, build, edit and commit later, build again,
// and the feed, the sitemap and JSON-LD follow the commit. Outside git,
// the same site falls back to date:, then to lastmod: when given.
func TestLastmodFromGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := copyDir(t, "testdata/golden/site")
	ctx := context.Background()
	build := func() {
		t.Helper()
		if _, err := Build(ctx, Options{SiteDir: dir, Now: now}); err != nil {
			t.Fatal(err)
		}
	}

	// Outside git: the profile's date (2020-05-01).
	build()
	entry, feed, lastmod, modified := hoaDates(t, dir)
	if entry != "2020-05-01T00:00:00Z" || feed != entry || lastmod != "2020-05-01" || modified != "2020-05-01T00:00:00Z" {
		t.Errorf("outside git: entry %s, feed %s, lastmod %s, dateModified %s; want the date, 2020-05-01", entry, feed, lastmod, modified)
	}

	git(t, dir, "2021-03-04T05:06:07Z", "init", "-q")
	git(t, dir, "2021-03-04T05:06:07Z", "add", "site.yaml", "content")
	git(t, dir, "2021-03-04T05:06:07Z", "commit", "-q", "-m", "hồ sơ đầu tiên")
	build()
	entry, feed, lastmod, modified = hoaDates(t, dir)
	if entry != "2021-03-04T05:06:07Z" || feed != entry || lastmod != "2021-03-04" || modified != entry {
		t.Errorf("first commit: entry %s, feed %s, lastmod %s, dateModified %s; want 2021-03-04T05:06:07Z", entry, feed, lastmod, modified)
	}

	md := filepath.Join(dir, "content", "ho-so", "nguyen-thi-hoa.md")
	b, _ := os.ReadFile(md)
	if err := os.WriteFile(md, append(b, "\nMột đoạn mới.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	git(t, dir, "2022-07-08T09:10:11+07:00", "commit", "-q", "-am", "thêm một đoạn")
	build()
	entry, feed, lastmod, modified = hoaDates(t, dir)
	if entry != "2022-07-08T02:10:11Z" || feed != entry || lastmod != "2022-07-08" || modified != entry {
		t.Errorf("after the edit: entry %s, feed %s, lastmod %s, dateModified %s; want 2022-07-08T02:10:11Z", entry, feed, lastmod, modified)
	}

	// Out of git again (the history removed), lastmod: is used.
	if err := os.RemoveAll(filepath.Join(dir, ".git")); err != nil {
		t.Fatal(err)
	}
	b, _ = os.ReadFile(md)
	if err := os.WriteFile(md, []byte(strings.Replace(string(b), "---\n", "---\nlastmod: 2023-01-02\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	build()
	if entry, _, lastmod, _ = hoaDates(t, dir); entry != "2023-01-02T00:00:00Z" || lastmod != "2023-01-02" {
		t.Errorf("lastmod: entry %s, sitemap %s; want 2023-01-02", entry, lastmod)
	}
}
