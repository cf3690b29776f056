// Package scaffold writes new files for authors: a new profile with every
// front-matter field ready to fill in (`guongsang new`), and a new site
// (`guongsang init`).
package scaffold

import (
	"bytes"
	_ "embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"

	"github.com/guongsang/guongsang/generator/config"
	"github.com/guongsang/guongsang/generator/content"
	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/vntext"
)

// NewProfile describes the profile `guongsang new` writes.
type NewProfile struct {
	Title    string
	Kind     string // as typed; resolved against the vocabulary
	Category string
	District string
	Year     int
}

var profileTmpl = template.Must(template.New("p").Parse(`---
title: {{printf "%q" .Title}}
kind: {{.Kind}}            # {{.KindName}}
category: {{.Category}}   # {{.CategoryName}}
district: {{.District}}   # {{.DistrictName}}
year: {{.Year}}
criteria:                 # một hoặc nhiều tiêu chí trong site.yaml
  - {{.Criterion}}
summary: ""               # một hai câu tóm tắt; để trống thì dùng đoạn đầu tiên
date: {{.Year}}-01-01
author: ""
organization: ""          # nơi công tác, hoặc đơn vị chủ quản của tập thể
sort_name: ""             # để trống thì sắp xếp theo tiêu đề
photo: ""                 # tên tệp ảnh đặt cạnh tệp này, ví dụ chan-dung.jpg
photo_caption: ""
photo_credit: ""
awards:
  - title: ""             # ví dụ: Bằng khen của Chủ tịch UBND tỉnh
    year: {{.Year}}
    issuer: ""
    decision: ""          # ví dụ: Quyết định số 123/QĐ-UBND ngày 20/11/{{.Year}}
featured: false
draft: true               # đổi thành false khi sẵn sàng đăng
slug: ""                  # để trống thì địa chỉ lấy từ tên tệp
---

Viết nội dung ở đây: hoàn cảnh, việc làm cụ thể, kết quả, và sức lan tỏa.

## Thành tích nổi bật

- …
`))

// Profile writes a new profile file under siteDir/content/ho-so/ and
// returns its path. It refuses to overwrite an existing file and checks
// every value against the site's vocabularies first.
func Profile(siteDir string, p NewProfile) (string, error) {
	cfg, _, err := config.Load(os.DirFS(siteDir))
	if err != nil {
		return "", err
	}
	var errs diag.List
	res := func(field, val string, v *config.Vocabulary) config.Term {
		if val == "" {
			errs.Add(&diag.Error{Path: "--" + field, Msg: i18n.ScaffoldRequired.T()})
			return config.Term{}
		}
		t, ok := v.Resolve(val)
		if !ok {
			hint := i18n.ScaffoldSeeList.T(v.List)
			if s, ok := v.Suggest(val); ok {
				hint = i18n.DidYouMeanTerm.T(s.Name, s.Key)
			}
			errs.Add(&diag.Error{Path: "--" + field, Msg: i18n.ScaffoldUnknown.T(val, v.List), Hint: hint})
		}
		return t
	}
	kind := res("kind", p.Kind, cfg.Kinds)
	cat := res("category", p.Category, cfg.Categories)
	dis := res("district", p.District, cfg.Districts)
	if p.Year < 1945 || p.Year > 2100 {
		errs.Add(&diag.Error{Path: "--year", Msg: i18n.ScaffoldYear.T(), Hint: i18n.ScaffoldYearHint.T()})
	}
	slug := vntext.Slug(p.Title)
	if slug == "" {
		errs.Add(&diag.Error{Path: "title", Msg: i18n.ScaffoldTitle.T(), Hint: i18n.ScaffoldTitleHint.T()})
	}
	if _, err := errs.Split(); err != nil {
		return "", err
	}
	crit := ""
	if len(cfg.Criteria.Terms) > 0 {
		crit = cfg.Criteria.Terms[0].Key
	}
	var buf bytes.Buffer
	err = profileTmpl.Execute(&buf, map[string]any{
		"Title": vntext.NFC(p.Title), "Kind": kind.Key, "KindName": kind.Name, "Category": cat.Key, "CategoryName": cat.Name,
		"District": dis.Key, "DistrictName": dis.Name, "Year": strconv.Itoa(p.Year), "Criterion": crit,
	})
	if err != nil {
		return "", err
	}
	rel := filepath.Join(content.Dir, "ho-so", slug+".md")
	dst := filepath.Join(siteDir, rel)
	if _, err := os.Stat(filepath.Join(siteDir, content.Dir, "ho-so", slug, "index.md")); err == nil {
		return "", errors.New(i18n.ScaffoldBundleExist.T(filepath.ToSlash(filepath.Join(content.Dir, "ho-so", slug))))
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return "", err
	}
	f, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return "", errors.New(i18n.ScaffoldExists.T(filepath.ToSlash(rel)))
		}
		return "", err
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return "", err
	}
	return rel, f.Close()
}

//go:embed site.yaml
var siteYAML []byte

//go:embed example.md
var exampleMD []byte

// Site creates a new site in dir: site.yaml with Gia Lai's vocabularies
// and one example profile. dir must not exist or be empty.
func Site(dir string) error {
	if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return errors.New(i18n.ScaffoldNotEmpty.T(dir))
	}
	files := map[string][]byte{
		config.FileName: siteYAML,
		filepath.Join(content.Dir, "ho-so", "vi-du-guong-sang.md"): exampleMD,
		".gitignore": []byte("/public/\n/.cache/\n/.public.guongsang/\n"),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Names lists what Site writes, for messages.
func Names() []string {
	return []string{config.FileName, strings.Join([]string{content.Dir, "ho-so", "vi-du-guong-sang.md"}, "/")}
}
