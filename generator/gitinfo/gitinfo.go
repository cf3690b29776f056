// Package gitinfo reads, from a site that is a git repository, when each
// file was last committed, so feeds and the sitemap can say when a
// profile really changed, as Hugo's enableGitInfo does. The dates come
// from the history, not the clock, so a build of a given checkout is the
// same on every machine.
//
// It runs the git command (one `git log` for the whole folder) rather
// than reading the repository itself: git is what the site's writers
// commit with, it handles every repository layout and pack format, and
// one call reads the history of 10,000 files in a fraction of a second.
package gitinfo

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// ErrNoGit is returned when git is not installed.
var ErrNoGit = errors.New("gitinfo: git is not installed")

// LastCommits returns the time of the last commit that touched each file
// under dir/sub ("" for all of dir), by slash-separated path relative to
// dir, in UTC. Files never committed are absent. It returns an error, and
// no dates, when git is missing, dir is not in a git repository, or git
// fails; callers fall back to dates in the files then. Renames are not
// followed: a moved file's history starts at the move.
func LastCommits(ctx context.Context, dir, sub string) (map[string]time.Time, error) {
	git, err := exec.LookPath("git")
	if err != nil {
		return nil, ErrNoGit
	}
	if sub == "" {
		sub = "."
	}
	// --relative: paths relative to dir even when dir is a sub-folder of
	// the repository. %ct: the committer's time, which a rebase or a
	// merge moves to when the change was published. core.quotePath=false
	// leaves Vietnamese file names as they are.
	cmd := exec.CommandContext(ctx, git, "-c", "core.quotePath=false", "log", "--relative", "--name-only",
		"--no-renames", "--no-merges", "--format=%x01%ct", "--", sub)
	cmd.Dir = dir
	cmd.Env = append(cmd.Environ(), "GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, errors.New("gitinfo: git log: " + strings.TrimSpace(stderr.String()))
	}
	return parse(out)
}

// parse reads `git log --name-only --format=%x01%ct` output: a line
// "\x01<seconds>" per commit, newest first, then the files it touched.
// The first time a file appears is its last commit.
func parse(out []byte) (map[string]time.Time, error) {
	dates := map[string]time.Time{}
	var cur time.Time
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if t, ok := strings.CutPrefix(line, "\x01"); ok {
			s, err := strconv.ParseInt(t, 10, 64)
			if err != nil {
				return nil, errors.New("gitinfo: unexpected git log output: " + strconv.Quote(line))
			}
			cur = time.Unix(s, 0).UTC()
			continue
		}
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, `"`) { // a name with a quote, backslash or control character
			if u, err := strconv.Unquote(line); err == nil {
				line = u
			}
		}
		if _, seen := dates[line]; !seen {
			dates[line] = cur
		}
	}
	return dates, sc.Err()
}
