// Prints runtime.GOMAXPROCS(0): built by each toolchain of the vm-cgroup2 tier and run under cpu.max.
package main

import (
	"fmt"
	"runtime"
)

func main() { fmt.Println(runtime.GOMAXPROCS(0)) }
