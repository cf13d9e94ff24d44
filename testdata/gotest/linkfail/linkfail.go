// Package linkfail compiles, but its test binary does not link: what cmd/go prints under a
// `# <pkg>.test` header (the linker's step), not under `# <pkg> [<pkg>.test]` (the compiler's).
// Its own module, so that the parent module's `./...` captures stay as they are.
package linkfail

func Answer() int { return 42 }
