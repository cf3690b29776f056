package render

// StatsView is the statistics page (/thong-ke/).
type StatsView struct{}

// statsJobs returns the statistics page.
func (r *Renderer) statsJobs(h *hasher) []Job { return nil }
