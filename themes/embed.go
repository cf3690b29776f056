// Package themes embeds the default theme, so an installed binary needs no
// theme folder. A site overrides any single file of it by placing a file at
// the same path under its own themes/<name>/ folder.
package themes

import "embed"

// Default holds the default theme: layouts/ (html/template files) and
// static/ (files copied to the output root).
//
//go:embed all:default
var Default embed.FS
