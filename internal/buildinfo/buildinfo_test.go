package buildinfo

import "testing"

func TestModuleVersionUnknown(t *testing.T) {
	if got := ModuleVersion("example.com/not/a/dependency"); got != "?" {
		t.Errorf("ModuleVersion of a module the binary does not use = %q, want ?", got)
	}
}
