package preview

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/guongsang/guongsang/generator/i18n"
)

// TestFailedPage: until the site builds once, every page is the list of
// errors, in the catalog's words, naming the file.
func TestFailedPage(t *testing.T) {
	files := testSite()
	files["site.yaml"] = "title: [\n"
	h := start(t, files, false)
	deadline := time.Now().Add(eventTimeout)
	for {
		status, _, body := h.get("/ho-so/")
		if status == http.StatusInternalServerError || strings.Contains(body, "site.yaml") {
			for _, want := range []string{"<title>" + i18n.PreviewFailedTitle.T() + " – guongsang serve</title>", "<h1>" + i18n.PreviewFailedTitle.T() + "</h1>", i18n.PreviewFailedHint.T(), "site.yaml:"} {
				if !strings.Contains(body, want) {
					t.Errorf("the failed page lacks %q:\n%s", want, body)
				}
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no failed page: %d\n%s", status, body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
