// go-env-guard's Go runtime probe (issue 8). Standard library only, Linux only, Go >= 1.16.
//
// It answers, from inside a Go program built by the job's own `go`, the questions a Node process can
// only guess at: what GOMAXPROCS the runtime computes, the NOFILE limit after the runtime's own raise
// (Go >= 1.19 raises the soft limit to the hard one at start-up, os/rlimit.go), whether a binary copied
// into GOTMPDIR/TMPDIR can be executed (what `go test` does with its test binary), whether exec.Cmd can
// create a user namespace the way tests do, how raw system calls that seccomp profiles commonly refuse
// behave, whether loopback listening works, and whether 64 more OS threads can be created.
//
// go-env-guard writes this file to a temporary directory with a throwaway go.mod, builds it with
// CGO_ENABLED=0 and runs it (src/goprobe/index.ts). Modes, chosen with -mode:
//
//	syscalls NAME...  one raw system call per NAME, with arguments the kernel rejects cheaply. Prints
//	                  "ctx {json}" once, then "try NAME" before and "res NAME ERRNO CALL" after each call,
//	                  so that when a filter kills the process with SIGSYS the caller knows which call did
//	                  it and runs the rest again. Never execs anything: Go >= 1.23 probes pidfd_open on
//	                  the first exec (os.checkPidfd), which a trapping filter turns into a crash.
//	main              everything else; one "section NAME {json}" line per finished section, in an order
//	                  that puts the sections that exec (and can crash the process) last.
//	threads N         child: lock N goroutines to OS threads, print "started I" for each.
//	exec-ok           child: print "exec-ok" (the copy in the temporary directory runs this).
//	userns-child      child: print "uid N gid N" as seen inside the new user namespace.
//
// The errno expectations (what the kernel returns when the call is allowed) and the verdicts are
// decided by the TypeScript side (src/goprobe/classify.ts), which keeps this program small.
// Sources: failure catalog 2.20-2.23 (docs/go-probe.md); Go's os/pidfd_linux.go (checkPidfd);
// moby profiles/seccomp/default.json; the kernel's syscall entry points named next to each call.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

var out = bufio.NewWriter(os.Stdout)

func emit(format string, args ...interface{}) {
	fmt.Fprintf(out, format+"\n", args...)
	out.Flush()
}

func main() {
	mode := flag.String("mode", "main", "syscalls | main | threads | exec-ok | userns-child")
	gotmpdir := flag.String("gotmpdir", "", "GOTMPDIR as `go env GOTMPDIR` reports it")
	threadTimeout := flag.Duration("thread-timeout", 2*time.Second, "bound of the thread check")
	flag.Parse()
	switch *mode {
	case "syscalls":
		probeSyscalls(flag.Args())
	case "main":
		probeMain(*gotmpdir, *threadTimeout)
	case "threads":
		n, _ := strconv.Atoi(flag.Arg(0))
		childThreads(n, *threadTimeout)
	case "exec-ok":
		emit("exec-ok")
	case "userns-child":
		emit("uid %d gid %d", os.Getuid(), os.Getgid())
	default:
		fmt.Fprintf(os.Stderr, "unknown mode %q\n", *mode)
		os.Exit(2)
	}
}

// ---- syscalls ----

// Numbers from the kernel's tables: arch/x86/entry/syscalls/syscall_64.tbl and
// include/uapi/asm-generic/unistd.h (arm64, riscv64, loong64). From 424 on the numbers are the same on
// every architecture. The syscall package has no constants for the newer calls.
var sysnums = map[string]map[string]uintptr{
	"amd64": {"personality": 135, "ptrace": 101, "mount": 165, "unshare": 272, "setns": 308,
		"memfd_create": 319, "copy_file_range": 326, "waitid": 247},
	"arm64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,
		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},
	"riscv64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,
		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},
	"loong64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,
		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},
}

const (
	sysPidfdSendSignal = 424
	sysIoUringSetup    = 425
	sysPidfdOpen       = 434
	sysClone3          = 435
	sysFaccessat2      = 439
)

func num(name string) (uintptr, bool) {
	switch name {
	case "pidfd_send_signal":
		return sysPidfdSendSignal, true
	case "io_uring_setup":
		return sysIoUringSetup, true
	case "pidfd_open":
		return sysPidfdOpen, true
	case "clone3":
		return sysClone3, true
	case "faccessat2":
		return sysFaccessat2, true
	}
	n, ok := sysnums[runtime.GOARCH][name]
	return n, ok
}

const (
	atFdcwd          = -100
	pPidfd           = 3         // waitid idtype P_PIDFD (include/uapi/linux/wait.h)
	wExited          = 4         // WEXITED
	ptracePeekdata   = 2         // PTRACE_PEEKDATA: needs a tracee; pid 0 never is one
	addrNoRandomize  = 0x0040000 // ADDR_NO_RANDOMIZE (include/uapi/linux/personality.h)
	personalityQuery = 0xffffffff
)

type call struct {
	sig  string
	args [6]uintptr
}

// The calls. Each is made with arguments that the kernel rejects before doing anything, or that change
// nothing, so the result says whether the call reached the kernel and nothing is created or leaked.
func callFor(name string) (call, bool) {
	neg1 := ^uintptr(0) // -1 as a file descriptor
	switch name {
	case "clone3": // kernel/fork.c: size < CLONE_ARGS_SIZE_VER0 -> EINVAL
		return call{"clone3(NULL, 0)", [6]uintptr{0, 0}}, true
	case "pidfd_open": // kernel/pid.c: pid <= 0 -> EINVAL
		return call{"pidfd_open(0, 0)", [6]uintptr{0, 0}}, true
	case "pidfd_send_signal": // kernel/signal.c: fdget(-1) -> EBADF
		return call{"pidfd_send_signal(-1, 0, NULL, 0)", [6]uintptr{neg1, 0, 0, 0}}, true
	case "waitid": // kernel/exit.c: P_PIDFD with a closed fd -> EBADF (P_PIDFD unknown before 5.4: EINVAL), as os.checkPidfd
		return call{"waitid(P_PIDFD, INT_MAX, NULL, WEXITED, NULL)", [6]uintptr{pPidfd, 0x7fffffff, 0, wExited, 0}}, true
	case "unshare": // kernel/fork.c: no flags -> 0, changes nothing
		return call{"unshare(0)", [6]uintptr{0}}, true
	case "setns": // kernel/nsproxy.c: fdget(-1) -> EBADF
		return call{"setns(-1, 0)", [6]uintptr{neg1, 0}}, true
	case "mount": // fs/namespace.c: user_path_at(NULL target) -> EFAULT before any permission check
		return call{"mount(NULL, NULL, NULL, 0, NULL)", [6]uintptr{0, 0, 0, 0, 0}}, true
	case "memfd_create": // mm/memfd.c: unknown flags -> EINVAL
		return call{"memfd_create(NULL, 0xffffffff)", [6]uintptr{0, 0xffffffff}}, true
	case "copy_file_range": // fs/read_write.c: fdget(-1) -> EBADF
		return call{"copy_file_range(-1, NULL, -1, NULL, 0, 0)", [6]uintptr{neg1, 0, neg1, 0, 0, 0}}, true
	case "io_uring_setup": // io_uring/io_uring.c: copy_from_user(NULL params) -> EFAULT
		return call{"io_uring_setup(0, NULL)", [6]uintptr{0, 0}}, true
	case "faccessat2": // fs/open.c: mode outside S_IRWXO -> EINVAL
		return call{"faccessat2(AT_FDCWD, NULL, 0xff, 0)", [6]uintptr{uintptr(atFdcwdU()), 0, 0xff, 0}}, true
	case "ptrace": // kernel/ptrace.c: no task with pid 0 -> ESRCH
		return call{"ptrace(PTRACE_PEEKDATA, 0, NULL, NULL)", [6]uintptr{ptracePeekdata, 0, 0, 0}}, true
	case "personality": // kernel/exec_domain.c: 0xffffffff only queries
		return call{"personality(0xffffffff)", [6]uintptr{personalityQuery}}, true
	}
	return call{}, false
}

func atFdcwdU() uintptr { v := int64(atFdcwd); return uintptr(v) }

var errnoNames = map[syscall.Errno]string{
	syscall.EPERM: "EPERM", syscall.ENOENT: "ENOENT", syscall.ESRCH: "ESRCH", syscall.EINTR: "EINTR",
	syscall.EIO: "EIO", syscall.E2BIG: "E2BIG", syscall.EBADF: "EBADF", syscall.ECHILD: "ECHILD",
	syscall.EAGAIN: "EAGAIN", syscall.ENOMEM: "ENOMEM", syscall.EACCES: "EACCES", syscall.EFAULT: "EFAULT",
	syscall.EBUSY: "EBUSY", syscall.EEXIST: "EEXIST", syscall.ENODEV: "ENODEV", syscall.ENOTDIR: "ENOTDIR",
	syscall.EINVAL: "EINVAL", syscall.ENFILE: "ENFILE", syscall.EMFILE: "EMFILE", syscall.ENOSPC: "ENOSPC",
	syscall.EROFS: "EROFS", syscall.ENOSYS: "ENOSYS", syscall.EOPNOTSUPP: "EOPNOTSUPP",
	syscall.EXDEV: "EXDEV",
}

func errnoName(e syscall.Errno) string {
	if e == 0 {
		return "OK"
	}
	if n, ok := errnoNames[e]; ok {
		return n
	}
	return "errno" + strconv.Itoa(int(e))
}

func probeSyscalls(names []string) {
	ctx := map[string]interface{}{
		"arch":            runtime.GOARCH,
		"kernel":          kernelRelease(),
		"seccomp":         nil,
		"seccompFilters":  nil,
		"noNewPrivs":      nil,
		"ioUringDisabled": nil,
	}
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := cut(line, ":")
			if !ok {
				continue
			}
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				continue
			}
			switch k {
			case "Seccomp":
				ctx["seccomp"] = n
			case "Seccomp_filters":
				ctx["seccompFilters"] = n
			case "NoNewPrivs":
				ctx["noNewPrivs"] = n
			}
		}
	}
	// kernel.io_uring_disabled (Linux 6.6+): 2 refuses io_uring_setup with EPERM for everyone, 1 for
	// processes outside kernel.io_uring_group; that EPERM is not a seccomp filter.
	if b, err := os.ReadFile("/proc/sys/kernel/io_uring_disabled"); err == nil {
		if n, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
			ctx["ioUringDisabled"] = n
		}
	}
	j, _ := json.Marshal(ctx)
	emit("ctx %s", j)

	// personality(ADDR_NO_RANDOMIZE) is what the race detector's runtime and `setarch -R` do to turn off
	// ASLR; Docker's default profile allows personality only for 0, 8, 0x20000, 0x20008 and 0xffffffff.
	// It changes the calling thread's persona, so it is restored at once, on a locked thread.
	runtime.LockOSThread()
	for _, name := range names {
		if name == "personality(ADDR_NO_RANDOMIZE)" {
			nr, ok := num("personality")
			if !ok {
				emit("res %s UNSUPPORTED %s", name, "no syscall number for "+runtime.GOARCH)
				continue
			}
			emit("try %s", name)
			cur, _, e := syscall.RawSyscall(nr, personalityQuery, 0, 0)
			if e == 0 {
				_, _, e = syscall.RawSyscall(nr, uintptr(uint32(cur))|addrNoRandomize, 0, 0)
				if e == 0 {
					syscall.RawSyscall(nr, cur, 0, 0)
				}
			}
			emit("res %s %s personality(persona|ADDR_NO_RANDOMIZE)", name, errnoName(e))
			continue
		}
		c, ok := callFor(name)
		nr, ok2 := num(name)
		if !ok || !ok2 {
			emit("res %s UNSUPPORTED %s", name, "no probe for this call on "+runtime.GOARCH)
			continue
		}
		emit("try %s", name)
		r, _, e := syscall.RawSyscall6(nr, c.args[0], c.args[1], c.args[2], c.args[3], c.args[4], c.args[5])
		if e == 0 && (name == "memfd_create" || name == "pidfd_open" || name == "io_uring_setup") {
			// Unexpected success returns a descriptor: close it.
			syscall.Close(int(r))
		}
		emit("res %s %s %s", name, errnoName(e), c.sig)
	}
}

func kernelRelease() string {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return ""
	}
	b := make([]byte, 0, len(u.Release))
	for _, c := range u.Release {
		if c == 0 {
			break
		}
		b = append(b, byte(c))
	}
	return string(b)
}

// strings.Cut arrived in Go 1.18; this program builds with 1.16.
func cut(s, sep string) (string, string, bool) {
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// ---- main ----

type result struct {
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
}

func section(name string, v interface{}) {
	j, err := json.Marshal(v)
	if err != nil {
		j = []byte(`{}`)
	}
	emit("section %s %s", name, j)
}

func probeMain(gotmpdir string, threadTimeout time.Duration) {
	var lim syscall.Rlimit
	var soft, hard interface{}
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil {
		soft, hard = limitValue(lim.Cur), limitValue(lim.Max)
	}
	section("runtime", map[string]interface{}{
		"goVersion":  runtime.Version(),
		"gomaxprocs": runtime.GOMAXPROCS(0),
		"numCPU":     runtime.NumCPU(),
		"nofileSoft": soft,
		"nofileHard": hard,
		"kernel":     kernelRelease(),
		"uid":        os.Getuid(),
	})

	section("listen", map[string]interface{}{
		"ipv4": listen("tcp4", "127.0.0.1:0"),
		"ipv6": listen("tcp6", "[::1]:0"),
	})

	self, selfErr := os.Executable()

	// The first exec: on Go >= 1.23 it runs os.checkPidfd (pidfd_open, waitid, pidfd_send_signal).
	section("threads", threads(self, selfErr, 64, threadTimeout))

	var dirs []map[string]interface{}
	seen := map[string]bool{}
	add := func(role, dir string) {
		if dir == "" {
			return
		}
		if seen[dir] {
			return
		}
		seen[dir] = true
		r := execIn(self, selfErr, dir)
		entry := map[string]interface{}{"role": role, "dir": dir, "ok": r.OK}
		if r.Error != "" {
			entry["error"] = r.Error
		}
		dirs = append(dirs, entry)
	}
	// What go test does: the test binary is linked into $GOTMPDIR (or os.TempDir()) and executed there;
	// t.TempDir() and os.MkdirTemp("", ...) are under os.TempDir().
	add("GOTMPDIR", gotmpdir)
	tmpRole := "/tmp"
	if os.Getenv("TMPDIR") != "" {
		tmpRole = "TMPDIR"
	}
	add(tmpRole, os.TempDir())
	section("execInTemp", dirs)

	section("userns", userns(self, selfErr))
}

func limitValue(v uint64) interface{} {
	if v > 1<<53 {
		return nil // RLIM_INFINITY (not reachable for NOFILE: the kernel caps it at fs.nr_open)
	}
	return v
}

func listen(network, addr string) result {
	l, err := net.Listen(network, addr)
	if err != nil {
		return result{false, err.Error()}
	}
	l.Close()
	return result{OK: true}
}

// run starts cmd, bounded by timeout, and keeps at most 64 KiB of each stream.
func run(cmd *exec.Cmd, timeout time.Duration) (string, string, error) {
	var stdout, stderr limited
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		return "", "", err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return stdout.String(), stderr.String(), err
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		return stdout.String(), stderr.String(), fmt.Errorf("timed out after %s", timeout)
	}
}

type limited struct{ b []byte }

func (l *limited) Write(p []byte) (int, error) {
	if room := 64<<10 - len(l.b); room > 0 {
		if len(p) < room {
			room = len(p)
		}
		l.b = append(l.b, p[:room]...)
	}
	return len(p), nil
}
func (l *limited) String() string { return string(l.b) }

func threads(self string, selfErr error, n int, timeout time.Duration) map[string]interface{} {
	res := map[string]interface{}{"created": 0, "limit": n}
	if selfErr != nil {
		res["error"] = "cannot locate the probe binary: " + selfErr.Error()
		return res
	}
	cmd := exec.Command(self, "-mode=threads", "-thread-timeout="+timeout.String(), strconv.Itoa(n))
	stdout, stderr, err := run(cmd, timeout+time.Second)
	created := 0
	for _, line := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(line, "started ") {
			if v, e := strconv.Atoi(strings.TrimPrefix(line, "started ")); e == nil && v > created {
				created = v
			}
		}
	}
	res["created"] = created
	if err != nil || created < n {
		msg := firstLines(stderr, 3)
		if err != nil {
			msg = strings.TrimSpace(err.Error() + ": " + msg)
		}
		if msg == "" {
			msg = fmt.Sprintf("only %d of %d threads started within %s", created, n, timeout)
		}
		res["error"] = msg
	}
	return res
}

func childThreads(n int, timeout time.Duration) {
	if n <= 0 || n > 256 {
		n = 64
	}
	// One at a time, so that "started I" counts threads that exist when the runtime fails to make the
	// next one (it then dies with "runtime: failed to create new OS thread" / "fatal error: newosproc").
	started := make(chan struct{})
	release := make(chan struct{})
	deadline := time.After(timeout)
	for i := 1; i <= n; i++ {
		go func() {
			runtime.LockOSThread()
			started <- struct{}{}
			<-release
		}()
		select {
		case <-started:
			emit("started %d", i)
		case <-deadline:
			close(release)
			os.Exit(3)
		}
	}
	close(release)
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, " | ")
}

// execIn copies this binary into a new directory under dir and runs the copy, as go test runs the test
// binary it linked into $GOTMPDIR/go-build*/b001/.
func execIn(self string, selfErr error, dir string) result {
	if selfErr != nil {
		return result{false, "cannot locate the probe binary: " + selfErr.Error()}
	}
	d, err := os.MkdirTemp(dir, "go-env-guard-exec-")
	if err != nil {
		return result{false, "cannot create a directory: " + err.Error()}
	}
	defer os.RemoveAll(d)
	dst := filepath.Join(d, "probe.test")
	if err := copyFile(self, dst); err != nil {
		return result{false, "cannot copy a binary there: " + err.Error()}
	}
	stdout, stderr, err := run(exec.Command(dst, "-mode=exec-ok"), 2*time.Second)
	if err != nil {
		if msg := firstLines(stderr, 2); msg != "" {
			return result{false, err.Error() + ": " + msg}
		}
		return result{false, err.Error()}
	}
	if strings.TrimSpace(stdout) != "exec-ok" {
		return result{false, "the copy ran but printed " + strconv.Quote(firstLines(stdout, 1))}
	}
	return result{OK: true}
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, io.LimitReader(in, 256<<20)); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}

// userns starts this binary in a new user namespace with the current uid/gid mapped to 0, as tests that
// use SysProcAttr{Cloneflags: CLONE_NEWUSER, UidMappings, GidMappings} do.
func userns(self string, selfErr error) result {
	if selfErr != nil {
		return result{false, "cannot locate the probe binary: " + selfErr.Error()}
	}
	cmd := exec.Command(self, "-mode=userns-child")
	cmd.SysProcAttr = &syscall.SysProcAttr{
		Cloneflags:  syscall.CLONE_NEWUSER,
		UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}},
		GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}},
	}
	stdout, stderr, err := run(cmd, 2*time.Second)
	if err != nil {
		if msg := firstLines(stderr, 2); msg != "" {
			return result{false, err.Error() + ": " + msg}
		}
		return result{false, err.Error()}
	}
	if strings.TrimSpace(stdout) != "uid 0 gid 0" {
		return result{false, "the child ran but saw " + strconv.Quote(firstLines(stdout, 1))}
	}
	return result{OK: true}
}
