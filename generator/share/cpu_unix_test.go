//go:build unix

package share

import (
	"syscall"
	"testing"
	"time"
)

// reportCPU reports the process's CPU time per op (user+system) next to
// ns/op: on a shared machine the wall time per op measures the other
// processes too.
func reportCPU(b *testing.B) func() {
	start := cpuTime()
	return func() {
		b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
