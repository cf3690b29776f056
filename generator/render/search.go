package render

// SearchView is the search page (/tim-kiem/).
type SearchView struct{}

// BrowseView is the filter panel of /ho-so/.
type BrowseView struct{}

// searchJobs returns the search page and its index files.
func (r *Renderer) searchJobs(h *hasher) []Job { return nil }
