package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/scaffold"
)

// ReportOptions says which Word report Report imports and where to.
type ReportOptions struct {
	SiteDir string
	File    string // the .docx report
	// Profile is the profile that receives the report's body, relative
	// to SiteDir (content/ho-so/x.md) or as a path. "" makes a new
	// draft from New.
	Profile string
	// Append adds the report after a body that already holds writing;
	// without it such a profile is refused. An empty body, or the one
	// `guongsang new` writes, is replaced either way.
	Append bool
	// New describes the new draft when Profile is "": title, kind,
	// category, district and year, as `guongsang new` takes them.
	New    scaffold.NewProfile
	DryRun bool
}

// ReportResult is what Report did (or, with DryRun, would do).
type ReportResult struct {
	Profile  string   // the profile written, site-relative, slash-separated
	Moved    string   // the file it was before it became a bundle, or ""
	Images   []string // pictures saved beside it, site-relative
	Markdown string   // the body taken from the report
	Text     []byte   // the whole profile as written
}

// Report converts a Word report and puts its body into a profile. The
// front matter of an existing profile is kept byte for byte; only the
// body changes, and only when it is empty, the placeholder `guongsang new`
// writes, or Append is set. Pictures go beside the profile: a profile
// that is a single file becomes a bundle first (x.md moves to x/index.md,
// which keeps its address). No existing picture is overwritten, and the
// profile itself is replaced in one rename, never left half written.
func Report(opts ReportOptions) (*ReportResult, error) {
	data, err := os.ReadFile(opts.File)
	if err != nil {
		return nil, err
	}
	doc, err := Word(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(opts.File), err)
	}
	if strings.TrimSpace(doc.Markdown) == "" {
		return nil, errors.New(i18n.ImportDocxEmpty.T(filepath.Base(opts.File)))
	}
	if opts.Profile == "" {
		return newReport(opts, doc)
	}
	rel, err := siteRel(opts.SiteDir, opts.Profile)
	if err != nil {
		return nil, err
	}
	abs := filepath.Join(opts.SiteDir, filepath.FromSlash(rel))
	src, err := os.ReadFile(abs)
	if err != nil {
		return nil, err
	}
	off, ok := content.BodyStart(src)
	if !ok {
		return nil, errors.New(i18n.ImportNoFrontMatter.T(rel))
	}
	head, body := src[:off], src[off:]
	var text []byte
	if scaffold.IsPlaceholderBody(string(body)) {
		text = append(append(bytes.Clone(head), '\n'), doc.Markdown...)
	} else if opts.Append {
		text = append(bytes.TrimRight(bytes.Clone(src), " \t\r\n"), "\n\n"...)
		text = append(text, doc.Markdown...)
	} else {
		return nil, errors.New(i18n.ImportBodyNotEmpty.T(rel))
	}
	text = keepLineEndings(src, text)
	res := &ReportResult{Profile: rel, Markdown: doc.Markdown, Text: text}
	dir := path.Dir(rel)
	if len(doc.Images) > 0 && path.Base(rel) != "index.md" {
		// Become a bundle: x.md → x/index.md, same slug, same address.
		dir = strings.TrimSuffix(rel, path.Ext(rel))
		res.Moved, res.Profile = rel, path.Join(dir, "index.md")
		if _, err := os.Lstat(filepath.Join(opts.SiteDir, filepath.FromSlash(dir))); err == nil {
			return nil, errors.New(i18n.ImportBundleExists.T(rel, dir))
		}
	}
	if opts.DryRun {
		res.Images = imageNames(opts.SiteDir, dir, doc, true)
		return res, nil
	}
	if res.Moved != "" {
		if err := scaffold.CreateFile(filepath.Join(opts.SiteDir, filepath.FromSlash(res.Profile)), text); err != nil {
			return nil, err
		}
		if err := os.Remove(abs); err != nil {
			return nil, err
		}
	} else {
		// Replace the profile only if nobody changed it meanwhile.
		if now, err := os.ReadFile(abs); err != nil || !bytes.Equal(now, src) {
			return nil, errors.New(i18n.ImportProfileChanged.T(rel))
		}
		if err := scaffold.ReplaceFile(abs, text); err != nil {
			return nil, err
		}
	}
	res.Images = imageNames(opts.SiteDir, dir, doc, false)
	return res, nil
}

// newReport writes a new draft whose body is the report.
func newReport(opts ReportOptions, doc *Document) (*ReportResult, error) {
	cfg, _, err := config.Load(os.DirFS(opts.SiteDir))
	if err != nil {
		return nil, err
	}
	np := opts.New
	if np.Title == "" {
		np.Title = doc.Title
	}
	np.Body = doc.Markdown
	text, slug, err := scaffold.Draft(cfg, np)
	if err != nil {
		return nil, err
	}
	rel := path.Join(content.Dir, "ho-so", slug+".md")
	dir := path.Join(content.Dir, "ho-so")
	if len(doc.Images) > 0 {
		dir = path.Join(content.Dir, "ho-so", slug)
		rel = path.Join(dir, "index.md")
	}
	for _, p := range []string{path.Join(content.Dir, "ho-so", slug+".md"), path.Join(content.Dir, "ho-so", slug, "index.md")} {
		if _, err := os.Lstat(filepath.Join(opts.SiteDir, filepath.FromSlash(p))); err == nil {
			return nil, errors.New(i18n.ImportReportExists.T(p))
		}
	}
	res := &ReportResult{Profile: rel, Markdown: doc.Markdown, Text: text}
	if !opts.DryRun {
		if err := scaffold.CreateFile(filepath.Join(opts.SiteDir, filepath.FromSlash(rel)), text); err != nil {
			if errors.Is(err, fs.ErrExist) {
				return nil, errors.New(i18n.ImportReportExists.T(rel))
			}
			return nil, err
		}
	}
	res.Images = imageNames(opts.SiteDir, dir, doc, opts.DryRun)
	return res, nil
}

// imageNames saves the report's pictures in dir (unless dry) and returns
// their site-relative paths. A picture whose name is taken is not
// written: the file there is the writer's, and may be the same picture
// from an earlier import.
func imageNames(siteDir, dir string, doc *Document, dry bool) []string {
	var out []string
	for _, im := range doc.Images {
		rel := path.Join(dir, im.Name)
		if !dry {
			if err := scaffold.CreateFile(filepath.Join(siteDir, filepath.FromSlash(rel)), im.Data); err != nil {
				continue
			}
		}
		out = append(out, rel)
	}
	return out
}

// siteRel returns p relative to the site, slash-separated: p may be given
// relative to the site or as a path from the current folder.
func siteRel(siteDir, p string) (string, error) {
	if _, err := os.Stat(filepath.Join(siteDir, p)); err == nil && !filepath.IsAbs(p) {
		return filepath.ToSlash(filepath.Clean(p)), nil
	}
	absSite, err1 := filepath.Abs(siteDir)
	absP, err2 := filepath.Abs(p)
	if err1 == nil && err2 == nil {
		if r, err := filepath.Rel(absSite, absP); err == nil && !strings.HasPrefix(r, "..") {
			return filepath.ToSlash(r), nil
		}
	}
	return "", errors.New(i18n.ImportProfileNotInSite.T(p, siteDir))
}
