package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/guongsang/guongsang/generator/diag"
	"github.com/guongsang/guongsang/generator/i18n"
	"github.com/guongsang/guongsang/generator/importer"
	"github.com/guongsang/guongsang/generator/scaffold"
)

// mapFlags collects every --map.
type mapFlags []string

func (m *mapFlags) String() string     { return strings.Join(*m, ", ") }
func (m *mapFlags) Set(s string) error { *m = append(*m, s); return nil }

// cmdImport is `guongsang import FILE`: a list (.xlsx, .csv) into draft
// profiles, or a Word report (.docx) into one profile.
func cmdImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", i18n.ImportSynopsis.T(), i18n.ImportExamples.T(), stdout, stderr)
	site := fs.String("site", ".", i18n.ImportFlagSite.T())
	sheet := fs.String("sheet", "", i18n.ImportFlagSheet.T())
	var maps mapFlags
	fs.Var(&maps, "map", i18n.ImportFlagMap.T())
	dry := fs.Bool("dry-run", false, i18n.ImportFlagDryRun.T())
	profile := fs.String("profile", "", i18n.ImportFlagProfile.T())
	appendBody := fs.Bool("append", false, i18n.ImportFlagAppend.T())
	title := fs.String("title", "", i18n.ImportFlagTitle.T())
	kind := fs.String("kind", "", i18n.ImportFlagKind.T())
	district := fs.String("district", "", i18n.ImportFlagDistrict.T())
	category := fs.String("category", "", i18n.ImportFlagCategory.T())
	year := fs.String("year", "", i18n.ImportFlagYear.T())
	// The file may come before, between or after the flags: parse moves
	// it after them.
	if code, ok := parse(fs, args); !ok {
		return code
	}
	files := fs.Args()
	if len(files) != 1 {
		fmt.Fprintln(stderr, i18n.ImportUsageFile.T())
		return exitUsage
	}
	file := files[0]
	if strings.EqualFold(filepath.Ext(file), ".docx") {
		y := 0
		if *year != "" {
			n, err := strconv.Atoi(*year)
			if err != nil {
				fmt.Fprintln(stderr, i18n.ImportBadYearFlag.T(*year))
				return exitUsage
			}
			y = n
		}
		if *profile == "" && (*kind == "" || *district == "" || *category == "" || y == 0) {
			fmt.Fprintln(stderr, i18n.ImportDocxNeeds.T())
			return exitUsage
		}
		res, err := importer.Report(importer.ReportOptions{SiteDir: *site, File: file, Profile: *profile, Append: *appendBody, DryRun: *dry,
			New: scaffold.NewProfile{Title: *title, Kind: *kind, District: *district, Category: *category, Year: y}})
		if err != nil {
			for _, e := range diag.Errors(err) {
				fmt.Fprintln(stderr, "import:", e)
			}
			return exitContent
		}
		if *dry {
			fmt.Fprintln(stdout, i18n.ImportWouldWrite.T(res.Profile))
			fmt.Fprintf(stdout, "%s\n", res.Text)
		} else {
			fmt.Fprintln(stdout, i18n.ImportWroteReport.T(res.Profile))
		}
		if res.Moved != "" {
			fmt.Fprintln(stdout, i18n.ImportMovedBundle.T(res.Moved, res.Profile))
		}
		for _, im := range res.Images {
			fmt.Fprintln(stdout, i18n.ImportSavedImage.T(im))
		}
		return exitOK
	}
	if *profile != "" || *appendBody {
		fmt.Fprintln(stderr, i18n.ImportProfileOnlyDocx.T())
		return exitUsage
	}
	res, err := importer.Sheets(importer.Options{SiteDir: *site, File: file, Sheet: *sheet, Map: maps, DryRun: *dry})
	if err != nil {
		for _, e := range diag.Errors(err) {
			fmt.Fprintln(stderr, "import:", e)
		}
		return exitContent
	}
	for _, sh := range res.Sheets {
		if sh.HeaderRow == 0 {
			continue
		}
		if sh.Name == "" {
			fmt.Fprintln(stdout, i18n.ImportMappingCSV.T(filepath.Base(file), sh.HeaderRow))
		} else {
			fmt.Fprintln(stdout, i18n.ImportMapping.T(sh.Name, sh.HeaderRow))
		}
		for _, c := range sh.Columns {
			by := ""
			if c.ByMap {
				by = " (--map)"
			}
			fmt.Fprintf(stdout, "  %s «%s» → %s [%s]%s\n", c.Letter, c.Head, c.Label, c.Field, by)
		}
		for _, c := range sh.Unused {
			fmt.Fprintln(stdout, i18n.ImportUnusedColumn.T(c.Letter, c.Head))
		}
	}
	for _, n := range res.Notes {
		fmt.Fprintln(stdout, n)
	}
	for _, d := range res.Written {
		if *dry {
			fmt.Fprintln(stdout, i18n.ImportWouldWrite.T(d.Path))
			fmt.Fprintf(stdout, "%s\n", d.Text)
		} else {
			fmt.Fprintln(stdout, i18n.ImportWrote.T(d.Path, d.Row))
		}
	}
	for _, p := range res.Skipped {
		fmt.Fprintln(stdout, p.Error())
	}
	for _, p := range res.Problems {
		fmt.Fprintln(stderr, p.Error())
	}
	sum := i18n.ImportSummary
	if *dry {
		sum = i18n.ImportSummaryDry
	}
	fmt.Fprintln(stdout, sum.T(i18n.Number(len(res.Written)), i18n.Number(len(res.Skipped)), i18n.Number(len(res.Problems))))
	if len(res.Problems) > 0 {
		return exitContent
	}
	return exitOK
}
