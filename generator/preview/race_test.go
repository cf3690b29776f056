//go:build race

package preview

// raceEnabled is true when tests run with the race detector, which makes
// them several times slower.
const raceEnabled = true
