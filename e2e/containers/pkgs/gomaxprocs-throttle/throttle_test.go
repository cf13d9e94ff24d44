// Package throttle: the effect docker-cpu-limit-gomaxprocs predicts, measured. The test keeps GOMAXPROCS
// goroutines busy for one second, as a CPU-bound parallel test does, and reads the CPU controller's
// own counters (cpu.stat: nr_periods, nr_throttled) before and after. When GOMAXPROCS is above the
// container's CPU quota, the kernel stops the whole container for the rest of most periods; a
// goroutine that must answer in time (a timer, a handshake, a test deadline) waits out that stop.
package throttle

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// cpuStat reads nr_periods, nr_throttled and the throttled time from the first cpu.stat the container shows (cgroup v2
// at /sys/fs/cgroup, v1 under the cpu controller's mount).
func cpuStat(t *testing.T) (periods, throttled, throttledNs int64, path string) {
	for _, p := range []string{"/sys/fs/cgroup/cpu.stat", "/sys/fs/cgroup/cpu/cpu.stat", "/sys/fs/cgroup/cpu,cpuacct/cpu.stat"} {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Fields(line)
			if len(f) != 2 {
				continue
			}
			n, _ := strconv.ParseInt(f[1], 10, 64)
			switch f[0] {
			case "nr_periods":
				periods = n
			case "nr_throttled":
				throttled = n
			case "throttled_time": // v1, nanoseconds
				throttledNs = n
			case "throttled_usec": // v2
				throttledNs = n * 1000
			}
		}
		return periods, throttled, throttledNs, p
	}
	t.Skip("no cpu.stat: not in a cgroup with the cpu controller")
	return 0, 0, 0, ""
}

// hostBusy reads the first line of /proc/stat (the whole host's CPU time, not namespaced) as busy
// clock ticks (USER_HZ, 100 a second): user, nice, system, irq, softirq and steal.
func hostBusy() int64 {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return -1
	}
	f := strings.Fields(strings.SplitN(string(b), "\n", 2)[0])
	if len(f) < 9 || f[0] != "cpu" {
		return -1
	}
	var busy int64
	for _, i := range []int{1, 2, 3, 6, 7, 8} {
		n, _ := strconv.ParseInt(f[i], 10, 64)
		busy += n
	}
	return busy
}

// ownCPU is this process's user and system time.
func ownCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// busyFor keeps GOMAXPROCS goroutines busy for d, as a CPU-bound parallel test does.
func busyFor(d time.Duration) {
	var wg sync.WaitGroup
	stop := time.Now().Add(d)
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := 0
			for time.Now().Before(stop) {
				for j := 0; j < 1000; j++ {
					x += j
				}
			}
			_ = x
		}()
	}
	wg.Wait()
}

func TestParallelWorkStaysWithinQuota(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	// A host busy with other work gives the container less CPU than its quota: the quota never binds
	// and nothing is throttled, whatever GOMAXPROCS is (seen: the tier's flagged case passed while a
	// benchmark ran on the 2-core host beside it). So a measurement that saw no throttling while other
	// processes used more than a third of a CPU is taken again, up to five times.
	const attempts = 5
	for attempt := 1; ; attempt++ {
		p0, th0, ns0, path := cpuStat(t)
		h0, c0 := hostBusy(), ownCPU()
		start := time.Now()
		busyFor(time.Second)
		p1, th1, ns1, _ := cpuStat(t)
		h1, c1 := hostBusy(), ownCPU()
		wall := time.Since(start)
		periods, throttled, stopped := p1-p0, th1-th0, time.Duration(ns1-ns0)
		others := time.Duration(-1)
		if h0 >= 0 && h1 >= 0 && c0 >= 0 && c1 >= 0 {
			others = time.Duration(h1-h0)*10*time.Millisecond - (c1 - c0)
		}
		t.Logf("GOMAXPROCS=%d, NumCPU=%d; %s: %d of %d periods throttled, stopped %v of %v; this test used %v of CPU, the rest of the host %v", procs, runtime.NumCPU(), path, throttled, periods, stopped.Round(time.Millisecond), wall.Round(time.Millisecond), (c1 - c0).Round(time.Millisecond), others.Round(time.Millisecond))
		if periods == 0 {
			t.Skip("no CPU quota on this cgroup (nr_periods did not move)")
		}
		// throttled_time sums the stop over the CPUs the cgroup ran on. A process that keeps within the
		// quota is stopped for a few milliseconds at period edges (measured here: 7-9 ms of 1 s with
		// GOMAXPROCS=1 under --cpus 1); one above it is stopped for about half of every period on each CPU
		// (975-1034 ms of 1 s with GOMAXPROCS=2).
		if stopped > wall/10 {
			t.Fatalf("the CPU controller stopped this test for %v of %v (throttled in %d of %d periods) with GOMAXPROCS=%d: the Go scheduler runs more threads than the CPU quota", stopped.Round(time.Millisecond), wall.Round(time.Millisecond), throttled, periods, procs)
		}
		if others <= wall/3 || attempt == attempts {
			return
		}
		t.Logf("attempt %d of %d: the host was busy with other work, measuring again", attempt, attempts)
	}
}
