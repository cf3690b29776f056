// Package buildinfo tells which version of a module the running binary
// was built with, for the caches whose contents depend on it (share
// pictures on golang.org/x/image, photo sizes on it too, ho-so.xlsx on
// excelize): a new version of the module makes a new cache key.
package buildinfo

import "runtime/debug"

// ModuleVersion returns the version and checksum of the module mod as the
// binary was built with it (its replacement's, if replaced), or "?" when
// the binary carries no build information or does not use mod (tests
// built without module information, for instance).
func ModuleVersion(mod string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "?"
	}
	for _, d := range bi.Deps {
		if d.Path == mod {
			if d.Replace != nil {
				d = d.Replace
			}
			return d.Version + d.Sum
		}
	}
	return "?"
}
