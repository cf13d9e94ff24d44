import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SYSCALLS,
  SYSCALL_NAMES,
  blockedSyscalls,
  classifySyscall,
  classifySyscalls,
  known,
  unknown
} from "./chunk-3EDJN4LH.js";
import "./chunk-6DG7BXTN.js";

// src/goprobe/index.ts
import { createHash, randomBytes } from "node:crypto";
import { posix } from "node:path";

// src/goprobe/output.ts
var intOrNull = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null;
var strOrNull = (v) => typeof v === "string" && v !== "" ? v.slice(0, 200) : null;
var NAME = /^[a-z0-9_]+(?:\([A-Z_]+\))?$/;
var ERRNO = /^(?:OK|UNSUPPORTED|E[A-Z0-9]+|errno\d+)$/;
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function parseSyscallOutput(stdout) {
  const run = { ctx: null, results: {}, pending: null };
  for (const line of stdout.split("\n").slice(0, 1e3)) {
    if (line.startsWith("ctx ")) {
      const j = parseJson(line.slice(4));
      if (j && typeof j === "object" && !Array.isArray(j)) {
        const o = j;
        run.ctx = {
          kernel: strOrNull(o.kernel),
          seccomp: intOrNull(o.seccomp),
          seccompFilters: intOrNull(o.seccompFilters),
          noNewPrivs: intOrNull(o.noNewPrivs),
          ioUringDisabled: intOrNull(o.ioUringDisabled)
        };
      }
      continue;
    }
    const t = /^try (\S+)$/.exec(line);
    if (t && NAME.test(t[1])) {
      run.pending = t[1];
      continue;
    }
    const r = /^res (\S+) (\S+)(?: (.*))?$/.exec(line);
    if (r && NAME.test(r[1]) && ERRNO.test(r[2])) {
      run.results[r[1]] = { errno: r[2], ...r[3] ? { call: r[3].slice(0, 200) } : {} };
      if (run.pending === r[1]) run.pending = null;
    }
  }
  return run;
}
var okResult = (v) => {
  if (!v || typeof v !== "object") return void 0;
  const o = v;
  if (typeof o.ok !== "boolean") return void 0;
  const error = strOrNull(o.error);
  return error && !o.ok ? { ok: false, error } : { ok: o.ok };
};
var ROLES = ["GOTMPDIR", "TMPDIR", "/tmp"];
function parseMainOutput(stdout) {
  const out = {};
  for (const line of stdout.split("\n").slice(0, 100)) {
    const m = /^section (\w+) (.*)$/.exec(line);
    if (!m) continue;
    const j = parseJson(m[2]);
    if (j === void 0) continue;
    const o = j && typeof j === "object" ? j : {};
    switch (m[1]) {
      case "runtime": {
        const gomaxprocs = intOrNull(o.gomaxprocs);
        const numCPU = intOrNull(o.numCPU);
        const goVersion = strOrNull(o.goVersion);
        if (gomaxprocs === null || numCPU === null || !goVersion) break;
        out.runtime = {
          goVersion,
          gomaxprocs,
          numCPU,
          nofileSoft: intOrNull(o.nofileSoft),
          nofileHard: intOrNull(o.nofileHard),
          kernel: strOrNull(o.kernel)
        };
        break;
      }
      case "listen": {
        const ipv4 = okResult(o.ipv4);
        const ipv6 = okResult(o.ipv6);
        if (ipv4 && ipv6) out.listen = { ipv4, ipv6 };
        break;
      }
      case "threads": {
        const created = intOrNull(o.created);
        const limit = intOrNull(o.limit);
        if (created === null || limit === null) break;
        const error = strOrNull(o.error);
        out.threads = { created, limit, ...error ? { error } : {} };
        break;
      }
      case "execInTemp": {
        if (!Array.isArray(j)) break;
        out.execInTemp = j.slice(0, 8).flatMap((e) => {
          const r = okResult(e);
          const dir = strOrNull(e?.dir);
          if (!r || !dir) return [];
          const role = e.role;
          return [{ dir, ...r, ...ROLES.includes(role) ? { role } : {} }];
        });
        break;
      }
      case "userns": {
        const r = okResult(o);
        if (r) out.userns = r;
        break;
      }
    }
  }
  return out;
}
function describeExit(r, stderr) {
  if (r.startError) return `could not start: ${r.startError}`;
  if (r.timedOut) return "timed out";
  const crash = /^(SIGSYS: bad system call|fatal error: .*|runtime: .*|panic: .*|SIG[A-Z]+: .*)$/m.exec(
    stderr
  );
  const how = r.signal ? `killed by ${r.signal}` : `exit status ${r.code}`;
  return crash ? `${how}: ${crash[1].slice(0, 200)}` : how;
}

// src/goprobe/source.ts
var PROBE_SOURCE = '// go-env-guard\'s Go runtime probe (issue 8). Standard library only, Linux only, Go >= 1.16.\n//\n// It answers, from inside a Go program built by the job\'s own `go`, the questions a Node process can\n// only guess at: what GOMAXPROCS the runtime computes, the NOFILE limit after the runtime\'s own raise\n// (Go >= 1.19 raises the soft limit to the hard one at start-up, os/rlimit.go), whether a binary copied\n// into GOTMPDIR/TMPDIR can be executed (what `go test` does with its test binary), whether exec.Cmd can\n// create a user namespace the way tests do, how raw system calls that seccomp profiles commonly refuse\n// behave, whether loopback listening works, and whether 64 more OS threads can be created.\n//\n// go-env-guard writes this file to a temporary directory with a throwaway go.mod, builds it with\n// CGO_ENABLED=0 and runs it (src/goprobe/index.ts). Modes, chosen with -mode:\n//\n//	syscalls NAME...  one raw system call per NAME, with arguments the kernel rejects cheaply. Prints\n//	                  "ctx {json}" once, then "try NAME" before and "res NAME ERRNO CALL" after each call,\n//	                  so that when a filter kills the process with SIGSYS the caller knows which call did\n//	                  it and runs the rest again. Never execs anything: Go >= 1.23 probes pidfd_open on\n//	                  the first exec (os.checkPidfd), which a trapping filter turns into a crash.\n//	main              everything else; one "section NAME {json}" line per finished section, in an order\n//	                  that puts the sections that exec (and can crash the process) last.\n//	threads N         child: lock N goroutines to OS threads, print "started I" for each.\n//	exec-ok           child: print "exec-ok" (the copy in the temporary directory runs this).\n//	userns-child      child: print "uid N gid N" as seen inside the new user namespace.\n//\n// The errno expectations (what the kernel returns when the call is allowed) and the verdicts are\n// decided by the TypeScript side (src/goprobe/classify.ts), which keeps this program small.\n// Sources: failure catalog 2.20-2.23 (docs/go-probe.md); Go\'s os/pidfd_linux.go (checkPidfd);\n// moby profiles/seccomp/default.json; the kernel\'s syscall entry points named next to each call.\npackage main\n\nimport (\n	"bufio"\n	"encoding/json"\n	"flag"\n	"fmt"\n	"io"\n	"net"\n	"os"\n	"os/exec"\n	"path/filepath"\n	"runtime"\n	"strconv"\n	"strings"\n	"syscall"\n	"time"\n)\n\nvar out = bufio.NewWriter(os.Stdout)\n\nfunc emit(format string, args ...interface{}) {\n	fmt.Fprintf(out, format+"\\n", args...)\n	out.Flush()\n}\n\nfunc main() {\n	mode := flag.String("mode", "main", "syscalls | main | threads | exec-ok | userns-child")\n	gotmpdir := flag.String("gotmpdir", "", "GOTMPDIR as `go env GOTMPDIR` reports it")\n	threadTimeout := flag.Duration("thread-timeout", 2*time.Second, "bound of the thread check")\n	flag.Parse()\n	switch *mode {\n	case "syscalls":\n		probeSyscalls(flag.Args())\n	case "main":\n		probeMain(*gotmpdir, *threadTimeout)\n	case "threads":\n		n, _ := strconv.Atoi(flag.Arg(0))\n		childThreads(n, *threadTimeout)\n	case "exec-ok":\n		emit("exec-ok")\n	case "userns-child":\n		emit("uid %d gid %d", os.Getuid(), os.Getgid())\n	default:\n		fmt.Fprintf(os.Stderr, "unknown mode %q\\n", *mode)\n		os.Exit(2)\n	}\n}\n\n// ---- syscalls ----\n\n// Numbers from the kernel\'s tables: arch/x86/entry/syscalls/syscall_64.tbl and\n// include/uapi/asm-generic/unistd.h (arm64, riscv64, loong64). From 424 on the numbers are the same on\n// every architecture. The syscall package has no constants for the newer calls.\nvar sysnums = map[string]map[string]uintptr{\n	"amd64": {"personality": 135, "ptrace": 101, "mount": 165, "unshare": 272, "setns": 308,\n		"memfd_create": 319, "copy_file_range": 326, "waitid": 247},\n	"arm64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,\n		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},\n	"riscv64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,\n		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},\n	"loong64": {"personality": 92, "ptrace": 117, "mount": 40, "unshare": 97, "setns": 268,\n		"memfd_create": 279, "copy_file_range": 285, "waitid": 95},\n}\n\nconst (\n	sysPidfdSendSignal = 424\n	sysIoUringSetup    = 425\n	sysPidfdOpen       = 434\n	sysClone3          = 435\n	sysFaccessat2      = 439\n)\n\nfunc num(name string) (uintptr, bool) {\n	switch name {\n	case "pidfd_send_signal":\n		return sysPidfdSendSignal, true\n	case "io_uring_setup":\n		return sysIoUringSetup, true\n	case "pidfd_open":\n		return sysPidfdOpen, true\n	case "clone3":\n		return sysClone3, true\n	case "faccessat2":\n		return sysFaccessat2, true\n	}\n	n, ok := sysnums[runtime.GOARCH][name]\n	return n, ok\n}\n\nconst (\n	atFdcwd          = -100\n	pPidfd           = 3         // waitid idtype P_PIDFD (include/uapi/linux/wait.h)\n	wExited          = 4         // WEXITED\n	ptracePeekdata   = 2         // PTRACE_PEEKDATA: needs a tracee; pid 0 never is one\n	addrNoRandomize  = 0x0040000 // ADDR_NO_RANDOMIZE (include/uapi/linux/personality.h)\n	personalityQuery = 0xffffffff\n)\n\ntype call struct {\n	sig  string\n	args [6]uintptr\n}\n\n// The calls. Each is made with arguments that the kernel rejects before doing anything, or that change\n// nothing, so the result says whether the call reached the kernel and nothing is created or leaked.\nfunc callFor(name string) (call, bool) {\n	neg1 := ^uintptr(0) // -1 as a file descriptor\n	switch name {\n	case "clone3": // kernel/fork.c: size < CLONE_ARGS_SIZE_VER0 -> EINVAL\n		return call{"clone3(NULL, 0)", [6]uintptr{0, 0}}, true\n	case "pidfd_open": // kernel/pid.c: pid <= 0 -> EINVAL\n		return call{"pidfd_open(0, 0)", [6]uintptr{0, 0}}, true\n	case "pidfd_send_signal": // kernel/signal.c: fdget(-1) -> EBADF\n		return call{"pidfd_send_signal(-1, 0, NULL, 0)", [6]uintptr{neg1, 0, 0, 0}}, true\n	case "waitid": // kernel/exit.c: P_PIDFD with a closed fd -> EBADF (P_PIDFD unknown before 5.4: EINVAL), as os.checkPidfd\n		return call{"waitid(P_PIDFD, INT_MAX, NULL, WEXITED, NULL)", [6]uintptr{pPidfd, 0x7fffffff, 0, wExited, 0}}, true\n	case "unshare": // kernel/fork.c: no flags -> 0, changes nothing\n		return call{"unshare(0)", [6]uintptr{0}}, true\n	case "setns": // kernel/nsproxy.c: fdget(-1) -> EBADF\n		return call{"setns(-1, 0)", [6]uintptr{neg1, 0}}, true\n	case "mount": // fs/namespace.c: user_path_at(NULL target) -> EFAULT before any permission check\n		return call{"mount(NULL, NULL, NULL, 0, NULL)", [6]uintptr{0, 0, 0, 0, 0}}, true\n	case "memfd_create": // mm/memfd.c: unknown flags -> EINVAL\n		return call{"memfd_create(NULL, 0xffffffff)", [6]uintptr{0, 0xffffffff}}, true\n	case "copy_file_range": // fs/read_write.c: fdget(-1) -> EBADF\n		return call{"copy_file_range(-1, NULL, -1, NULL, 0, 0)", [6]uintptr{neg1, 0, neg1, 0, 0, 0}}, true\n	case "io_uring_setup": // io_uring/io_uring.c: copy_from_user(NULL params) -> EFAULT\n		return call{"io_uring_setup(0, NULL)", [6]uintptr{0, 0}}, true\n	case "faccessat2": // fs/open.c: mode outside S_IRWXO -> EINVAL\n		return call{"faccessat2(AT_FDCWD, NULL, 0xff, 0)", [6]uintptr{uintptr(atFdcwdU()), 0, 0xff, 0}}, true\n	case "ptrace": // kernel/ptrace.c: no task with pid 0 -> ESRCH\n		return call{"ptrace(PTRACE_PEEKDATA, 0, NULL, NULL)", [6]uintptr{ptracePeekdata, 0, 0, 0}}, true\n	case "personality": // kernel/exec_domain.c: 0xffffffff only queries\n		return call{"personality(0xffffffff)", [6]uintptr{personalityQuery}}, true\n	}\n	return call{}, false\n}\n\nfunc atFdcwdU() uintptr { v := int64(atFdcwd); return uintptr(v) }\n\nvar errnoNames = map[syscall.Errno]string{\n	syscall.EPERM: "EPERM", syscall.ENOENT: "ENOENT", syscall.ESRCH: "ESRCH", syscall.EINTR: "EINTR",\n	syscall.EIO: "EIO", syscall.E2BIG: "E2BIG", syscall.EBADF: "EBADF", syscall.ECHILD: "ECHILD",\n	syscall.EAGAIN: "EAGAIN", syscall.ENOMEM: "ENOMEM", syscall.EACCES: "EACCES", syscall.EFAULT: "EFAULT",\n	syscall.EBUSY: "EBUSY", syscall.EEXIST: "EEXIST", syscall.ENODEV: "ENODEV", syscall.ENOTDIR: "ENOTDIR",\n	syscall.EINVAL: "EINVAL", syscall.ENFILE: "ENFILE", syscall.EMFILE: "EMFILE", syscall.ENOSPC: "ENOSPC",\n	syscall.EROFS: "EROFS", syscall.ENOSYS: "ENOSYS", syscall.EOPNOTSUPP: "EOPNOTSUPP",\n	syscall.EXDEV: "EXDEV",\n}\n\nfunc errnoName(e syscall.Errno) string {\n	if e == 0 {\n		return "OK"\n	}\n	if n, ok := errnoNames[e]; ok {\n		return n\n	}\n	return "errno" + strconv.Itoa(int(e))\n}\n\nfunc probeSyscalls(names []string) {\n	ctx := map[string]interface{}{\n		"arch":            runtime.GOARCH,\n		"kernel":          kernelRelease(),\n		"seccomp":         nil,\n		"seccompFilters":  nil,\n		"noNewPrivs":      nil,\n		"ioUringDisabled": nil,\n	}\n	if b, err := os.ReadFile("/proc/self/status"); err == nil {\n		for _, line := range strings.Split(string(b), "\\n") {\n			k, v, ok := cut(line, ":")\n			if !ok {\n				continue\n			}\n			n, err := strconv.Atoi(strings.TrimSpace(v))\n			if err != nil {\n				continue\n			}\n			switch k {\n			case "Seccomp":\n				ctx["seccomp"] = n\n			case "Seccomp_filters":\n				ctx["seccompFilters"] = n\n			case "NoNewPrivs":\n				ctx["noNewPrivs"] = n\n			}\n		}\n	}\n	// kernel.io_uring_disabled (Linux 6.6+): 2 refuses io_uring_setup with EPERM for everyone, 1 for\n	// processes outside kernel.io_uring_group; that EPERM is not a seccomp filter.\n	if b, err := os.ReadFile("/proc/sys/kernel/io_uring_disabled"); err == nil {\n		if n, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {\n			ctx["ioUringDisabled"] = n\n		}\n	}\n	j, _ := json.Marshal(ctx)\n	emit("ctx %s", j)\n\n	// personality(ADDR_NO_RANDOMIZE) is what the race detector\'s runtime and `setarch -R` do to turn off\n	// ASLR; Docker\'s default profile allows personality only for 0, 8, 0x20000, 0x20008 and 0xffffffff.\n	// It changes the calling thread\'s persona, so it is restored at once, on a locked thread.\n	runtime.LockOSThread()\n	for _, name := range names {\n		if name == "personality(ADDR_NO_RANDOMIZE)" {\n			nr, ok := num("personality")\n			if !ok {\n				emit("res %s UNSUPPORTED %s", name, "no syscall number for "+runtime.GOARCH)\n				continue\n			}\n			emit("try %s", name)\n			cur, _, e := syscall.RawSyscall(nr, personalityQuery, 0, 0)\n			if e == 0 {\n				_, _, e = syscall.RawSyscall(nr, uintptr(uint32(cur))|addrNoRandomize, 0, 0)\n				if e == 0 {\n					syscall.RawSyscall(nr, cur, 0, 0)\n				}\n			}\n			emit("res %s %s personality(persona|ADDR_NO_RANDOMIZE)", name, errnoName(e))\n			continue\n		}\n		c, ok := callFor(name)\n		nr, ok2 := num(name)\n		if !ok || !ok2 {\n			emit("res %s UNSUPPORTED %s", name, "no probe for this call on "+runtime.GOARCH)\n			continue\n		}\n		emit("try %s", name)\n		r, _, e := syscall.RawSyscall6(nr, c.args[0], c.args[1], c.args[2], c.args[3], c.args[4], c.args[5])\n		if e == 0 && (name == "memfd_create" || name == "pidfd_open" || name == "io_uring_setup") {\n			// Unexpected success returns a descriptor: close it.\n			syscall.Close(int(r))\n		}\n		emit("res %s %s %s", name, errnoName(e), c.sig)\n	}\n}\n\nfunc kernelRelease() string {\n	var u syscall.Utsname\n	if err := syscall.Uname(&u); err != nil {\n		return ""\n	}\n	b := make([]byte, 0, len(u.Release))\n	for _, c := range u.Release {\n		if c == 0 {\n			break\n		}\n		b = append(b, byte(c))\n	}\n	return string(b)\n}\n\n// strings.Cut arrived in Go 1.18; this program builds with 1.16.\nfunc cut(s, sep string) (string, string, bool) {\n	if i := strings.Index(s, sep); i >= 0 {\n		return s[:i], s[i+len(sep):], true\n	}\n	return s, "", false\n}\n\n// ---- main ----\n\ntype result struct {\n	OK    bool   `json:"ok"`\n	Error string `json:"error,omitempty"`\n}\n\nfunc section(name string, v interface{}) {\n	j, err := json.Marshal(v)\n	if err != nil {\n		j = []byte(`{}`)\n	}\n	emit("section %s %s", name, j)\n}\n\nfunc probeMain(gotmpdir string, threadTimeout time.Duration) {\n	var lim syscall.Rlimit\n	var soft, hard interface{}\n	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err == nil {\n		soft, hard = limitValue(lim.Cur), limitValue(lim.Max)\n	}\n	section("runtime", map[string]interface{}{\n		"goVersion":  runtime.Version(),\n		"gomaxprocs": runtime.GOMAXPROCS(0),\n		"numCPU":     runtime.NumCPU(),\n		"nofileSoft": soft,\n		"nofileHard": hard,\n		"kernel":     kernelRelease(),\n		"uid":        os.Getuid(),\n	})\n\n	section("listen", map[string]interface{}{\n		"ipv4": listen("tcp4", "127.0.0.1:0"),\n		"ipv6": listen("tcp6", "[::1]:0"),\n	})\n\n	self, selfErr := os.Executable()\n\n	// The first exec: on Go >= 1.23 it runs os.checkPidfd (pidfd_open, waitid, pidfd_send_signal).\n	section("threads", threads(self, selfErr, 64, threadTimeout))\n\n	var dirs []map[string]interface{}\n	seen := map[string]bool{}\n	add := func(role, dir string) {\n		if dir == "" {\n			return\n		}\n		if seen[dir] {\n			return\n		}\n		seen[dir] = true\n		r := execIn(self, selfErr, dir)\n		entry := map[string]interface{}{"role": role, "dir": dir, "ok": r.OK}\n		if r.Error != "" {\n			entry["error"] = r.Error\n		}\n		dirs = append(dirs, entry)\n	}\n	// What go test does: the test binary is linked into $GOTMPDIR (or os.TempDir()) and executed there;\n	// t.TempDir() and os.MkdirTemp("", ...) are under os.TempDir().\n	add("GOTMPDIR", gotmpdir)\n	tmpRole := "/tmp"\n	if os.Getenv("TMPDIR") != "" {\n		tmpRole = "TMPDIR"\n	}\n	add(tmpRole, os.TempDir())\n	section("execInTemp", dirs)\n\n	section("userns", userns(self, selfErr))\n}\n\nfunc limitValue(v uint64) interface{} {\n	if v > 1<<53 {\n		return nil // RLIM_INFINITY (not reachable for NOFILE: the kernel caps it at fs.nr_open)\n	}\n	return v\n}\n\nfunc listen(network, addr string) result {\n	l, err := net.Listen(network, addr)\n	if err != nil {\n		return result{false, err.Error()}\n	}\n	l.Close()\n	return result{OK: true}\n}\n\n// run starts cmd, bounded by timeout, and keeps at most 64 KiB of each stream.\nfunc run(cmd *exec.Cmd, timeout time.Duration) (string, string, error) {\n	var stdout, stderr limited\n	cmd.Stdout, cmd.Stderr = &stdout, &stderr\n	if err := cmd.Start(); err != nil {\n		return "", "", err\n	}\n	done := make(chan error, 1)\n	go func() { done <- cmd.Wait() }()\n	select {\n	case err := <-done:\n		return stdout.String(), stderr.String(), err\n	case <-time.After(timeout):\n		cmd.Process.Kill()\n		<-done\n		return stdout.String(), stderr.String(), fmt.Errorf("timed out after %s", timeout)\n	}\n}\n\ntype limited struct{ b []byte }\n\nfunc (l *limited) Write(p []byte) (int, error) {\n	if room := 64<<10 - len(l.b); room > 0 {\n		if len(p) < room {\n			room = len(p)\n		}\n		l.b = append(l.b, p[:room]...)\n	}\n	return len(p), nil\n}\nfunc (l *limited) String() string { return string(l.b) }\n\nfunc threads(self string, selfErr error, n int, timeout time.Duration) map[string]interface{} {\n	res := map[string]interface{}{"created": 0, "limit": n}\n	if selfErr != nil {\n		res["error"] = "cannot locate the probe binary: " + selfErr.Error()\n		return res\n	}\n	cmd := exec.Command(self, "-mode=threads", "-thread-timeout="+timeout.String(), strconv.Itoa(n))\n	stdout, stderr, err := run(cmd, timeout+time.Second)\n	created := 0\n	for _, line := range strings.Split(stdout, "\\n") {\n		if strings.HasPrefix(line, "started ") {\n			if v, e := strconv.Atoi(strings.TrimPrefix(line, "started ")); e == nil && v > created {\n				created = v\n			}\n		}\n	}\n	res["created"] = created\n	if err != nil || created < n {\n		msg := firstLines(stderr, 3)\n		if err != nil {\n			msg = strings.TrimSpace(err.Error() + ": " + msg)\n		}\n		if msg == "" {\n			msg = fmt.Sprintf("only %d of %d threads started within %s", created, n, timeout)\n		}\n		res["error"] = msg\n	}\n	return res\n}\n\nfunc childThreads(n int, timeout time.Duration) {\n	if n <= 0 || n > 256 {\n		n = 64\n	}\n	// One at a time, so that "started I" counts threads that exist when the runtime fails to make the\n	// next one (it then dies with "runtime: failed to create new OS thread" / "fatal error: newosproc").\n	started := make(chan struct{})\n	release := make(chan struct{})\n	deadline := time.After(timeout)\n	for i := 1; i <= n; i++ {\n		go func() {\n			runtime.LockOSThread()\n			started <- struct{}{}\n			<-release\n		}()\n		select {\n		case <-started:\n			emit("started %d", i)\n		case <-deadline:\n			close(release)\n			os.Exit(3)\n		}\n	}\n	close(release)\n}\n\nfunc firstLines(s string, n int) string {\n	lines := strings.Split(strings.TrimSpace(s), "\\n")\n	if len(lines) > n {\n		lines = lines[:n]\n	}\n	return strings.Join(lines, " | ")\n}\n\n// execIn copies this binary into a new directory under dir and runs the copy, as go test runs the test\n// binary it linked into $GOTMPDIR/go-build*/b001/.\nfunc execIn(self string, selfErr error, dir string) result {\n	if selfErr != nil {\n		return result{false, "cannot locate the probe binary: " + selfErr.Error()}\n	}\n	d, err := os.MkdirTemp(dir, "go-env-guard-exec-")\n	if err != nil {\n		return result{false, "cannot create a directory: " + err.Error()}\n	}\n	defer os.RemoveAll(d)\n	dst := filepath.Join(d, "probe.test")\n	if err := copyFile(self, dst); err != nil {\n		return result{false, "cannot copy a binary there: " + err.Error()}\n	}\n	stdout, stderr, err := run(exec.Command(dst, "-mode=exec-ok"), 2*time.Second)\n	if err != nil {\n		if msg := firstLines(stderr, 2); msg != "" {\n			return result{false, err.Error() + ": " + msg}\n		}\n		return result{false, err.Error()}\n	}\n	if strings.TrimSpace(stdout) != "exec-ok" {\n		return result{false, "the copy ran but printed " + strconv.Quote(firstLines(stdout, 1))}\n	}\n	return result{OK: true}\n}\n\nfunc copyFile(src, dst string) error {\n	in, err := os.Open(src)\n	if err != nil {\n		return err\n	}\n	defer in.Close()\n	o, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)\n	if err != nil {\n		return err\n	}\n	if _, err := io.Copy(o, io.LimitReader(in, 256<<20)); err != nil {\n		o.Close()\n		return err\n	}\n	return o.Close()\n}\n\n// userns starts this binary in a new user namespace with the current uid/gid mapped to 0, as tests that\n// use SysProcAttr{Cloneflags: CLONE_NEWUSER, UidMappings, GidMappings} do.\nfunc userns(self string, selfErr error) result {\n	if selfErr != nil {\n		return result{false, "cannot locate the probe binary: " + selfErr.Error()}\n	}\n	cmd := exec.Command(self, "-mode=userns-child")\n	cmd.SysProcAttr = &syscall.SysProcAttr{\n		Cloneflags:  syscall.CLONE_NEWUSER,\n		UidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}},\n		GidMappings: []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}},\n	}\n	stdout, stderr, err := run(cmd, 2*time.Second)\n	if err != nil {\n		if msg := firstLines(stderr, 2); msg != "" {\n			return result{false, err.Error() + ": " + msg}\n		}\n		return result{false, err.Error()}\n	}\n	if strings.TrimSpace(stdout) != "uid 0 gid 0" {\n		return result{false, "the child ran but saw " + strconv.Quote(firstLines(stdout, 1))}\n	}\n	return result{OK: true}\n}\n';
var PROBE_SOURCE_SHA256 = "a362d98db00b3c466b5226c186c14223bae0a6d242a8f0894f1050931a5074dc";

// src/goprobe/index.ts
var MAX_OUTPUT = 256 * 1024;
var PROBE_GO_MOD = "module goenvguard.invalid/probe\n\ngo 1.16\n";
function goMinor(version) {
  if (/devel/.test(version)) return 1e3;
  const m = /go1\.(\d+)/.exec(version);
  return m ? Number(m[1]) : null;
}
function buildFlags(minor, modFile) {
  const f = ["-mod=mod", "-a=false", "-race=false", "-msan=false", "-linkshared=false"];
  f.push("-toolexec=", "-ldflags=-s -w", `-modfile=${modFile}`);
  if (minor >= 16) f.push("-overlay=");
  if (minor >= 18) f.push("-asan=false", "-buildvcs=false");
  if (minor >= 20) f.push("-cover=false", "-pgo=off");
  return f;
}
var toolchainName = (v) => /^go1\.(\d+)(?:\.\d+)?(?:rc\d+)?$/.test(v) && (goMinor(v) ?? 0) >= 21 ? v : null;
function firstLines(s, n = 3) {
  return s.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, n).join(" | ").slice(0, 400);
}
function defaultCacheRoot(env) {
  if (env.RUNNER_TOOL_CACHE) return posix.join(env.RUNNER_TOOL_CACHE, "go-env-guard", "probe");
  const base = env.XDG_CACHE_HOME || (env.HOME ? posix.join(env.HOME, ".cache") : null);
  return base && base.startsWith("/") ? posix.join(base, "go-env-guard", "probe") : null;
}
function splitCommand(cc) {
  return (cc.match(/"[^"]*"|'[^']*'|\S+/g) ?? []).map((w) => w.replace(/^(["'])(.*)\1$/, "$2")).slice(0, 32);
}
var C_CHECK = `#include <pthread.h>
#include <stdio.h>
static void *f(void *p) { return p; }
int main(void) { pthread_t t; if (pthread_create(&t, 0, f, 0)) return 1; pthread_join(t, 0); puts("ok"); return 0; }
`;
async function runGoProbe(host, opts = {}) {
  try {
    return await probe(host, opts);
  } catch (e) {
    return unknown(`the Go probe failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
async function goEnv(host, go, cwd) {
  const result = await host.exec(
    go,
    ["env", "-json", "GOVERSION", "GOTMPDIR", "CC", "CGO_ENABLED", "GOHOSTOS", "GOHOSTARCH"],
    { cwd, timeoutMs: 3e4, env: { ...host.env, GOWORK: "off" }, maxOutputBytes: 64 * 1024 }
  );
  if (result.code !== 0) return { result };
  try {
    const j = JSON.parse(result.stdout);
    if (j && typeof j === "object") return { env: j, result };
  } catch {
  }
  return { result };
}
async function isFile(host, path) {
  try {
    const st = await host.lstat(path);
    return st.kind === "file";
  } catch {
    return false;
  }
}
async function probe(host, opts) {
  if (host.platform !== "linux")
    return unknown(`the Go runtime probe runs on Linux only (this is ${host.platform})`);
  const go = opts.go ?? "go";
  const notes = [];
  const wd = opts.workingDirectory || host.env.GITHUB_WORKSPACE || ".";
  let ge = await goEnv(host, go, wd);
  if (ge.result.startError) {
    return unknown(
      /ENOENT/.test(ge.result.startError) ? "go is not on PATH" : `go could not be started: ${ge.result.startError.slice(0, 200)}`
    );
  }
  if (!ge.env) {
    const why = ge.result.timedOut ? "timed out" : firstLines(ge.result.stderr) || `exit ${ge.result.code}`;
    const retry = await goEnv(host, go, "/");
    if (!retry.env) return unknown(`\`go env\` failed: ${why}`);
    notes.push(`\`go env\` failed in ${wd} (${why}); used the default toolchain`);
    ge = retry;
  }
  const env = ge.env;
  const version = (env.GOVERSION ?? "").trim();
  const minor = goMinor(version);
  if (minor === null)
    return unknown(`cannot tell the Go version from \`go env GOVERSION\` (${JSON.stringify(version)})`);
  if (minor < 16) return unknown(`the Go probe needs Go >= 1.16 (this is ${version})`);
  const hostOS = env.GOHOSTOS || "linux";
  const hostArch = env.GOHOSTARCH || "";
  const key = createHash("sha256").update(`${PROBE_SOURCE_SHA256}\0${version}\0${hostOS}/${hostArch}`).digest("hex").slice(0, 16);
  const cacheRoot = opts.cacheDir === void 0 ? defaultCacheRoot(host.env) : opts.cacheDir;
  const safeVersion = version.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 40);
  const keyDir = cacheRoot ? posix.join(cacheRoot, `${key}-${safeVersion}`) : null;
  const tmpBase = host.env.RUNNER_TEMP || host.env.TMPDIR || "/tmp";
  const work = posix.join(tmpBase, `go-env-guard-probe-${host.pid}-${randomBytes(4).toString("hex")}`);
  await host.mkdir(work);
  try {
    const marker = keyDir ? posix.join(keyDir, "ok") : null;
    const stamp = `${PROBE_SOURCE_SHA256} ${version}`;
    let bin = posix.join(work, "probe");
    let cached = false;
    if (keyDir && marker && await isFile(host, marker)) {
      const m2 = (await host.readFile(marker, 4096).catch(() => "")).trim();
      const name = m2.startsWith(stamp + " ") ? m2.slice(stamp.length + 1) : "";
      if (/^probe-[0-9a-f]{8}$/.test(name) && await isFile(host, posix.join(keyDir, name))) {
        bin = posix.join(keyDir, name);
        cached = true;
      }
    }
    let buildMs = 0;
    if (!cached) {
      const t0 = host.now();
      const src = posix.join(work, "src");
      await host.mkdir(src);
      await host.writeFile(posix.join(src, "go.mod"), PROBE_GO_MOD);
      await host.writeFile(posix.join(src, "main.go"), PROBE_SOURCE);
      let name = null;
      if (keyDir) {
        try {
          await host.mkdir(keyDir);
          name = `probe-${randomBytes(4).toString("hex")}`;
          bin = posix.join(keyDir, name);
        } catch (e) {
          notes.push(
            `cache ${keyDir} not writable (${e.code ?? e}); built in a temporary directory`
          );
        }
      }
      const built = await build(host, go, { src, bin, minor, version, hostOS, hostArch, work, opts, notes });
      buildMs = host.now() - t0;
      if (!built.ok) {
        if (name && keyDir) await host.rm(posix.join(keyDir, name)).catch(() => void 0);
        return unknown(built.reason);
      }
      if (name && keyDir && marker) {
        await host.writeFile(marker, `${stamp} ${name}
`).catch(() => void 0);
      }
    }
    const t1 = host.now();
    const runBudget = opts.runTimeoutMs ?? 1e4;
    const left = () => Math.max(1, runBudget - (host.now() - t1));
    const names = opts.syscalls ?? SYSCALL_NAMES;
    const raw = {};
    let ctx = null;
    let remaining = [...names];
    for (let i = 0; i <= names.length && remaining.length > 0; i++) {
      const r = await host.exec(bin, ["-mode=syscalls", ...remaining], {
        timeoutMs: left(),
        env: host.env,
        maxOutputBytes: MAX_OUTPUT
      });
      if (r.startError) return unknown(`cannot execute the Go probe ${bin}: ${r.startError.slice(0, 200)}`);
      const p = parseSyscallOutput(r.stdout);
      ctx ??= p.ctx;
      Object.assign(raw, p.results);
      if (r.code === 0 && !r.timedOut) break;
      const sigsys = r.signal === "SIGSYS" || /^SIGSYS: bad system call/m.test(r.stderr);
      if (p.pending && sigsys) raw[p.pending] = { errno: "SIGSYS" };
      else {
        notes.push(`system call probe ${describeExit(r, r.stderr)}${p.pending ? ` during ${p.pending}` : ""}`);
        break;
      }
      remaining = remaining.filter((n) => !(n in raw));
    }
    const args = ["-mode=main", ...env.GOTMPDIR ? [`-gotmpdir=${env.GOTMPDIR}`] : []];
    const m = await host.exec(bin, args, { timeoutMs: left(), env: host.env, maxOutputBytes: MAX_OUTPUT });
    const runMs = host.now() - t1;
    if (m.startError) return unknown(`cannot execute the Go probe ${bin}: ${m.startError.slice(0, 200)}`);
    const sections = parseMainOutput(m.stdout);
    const died = m.code !== 0 || m.timedOut ? describeExit(m, m.stderr) : null;
    if (!sections.runtime)
      return unknown(
        died ? `the Go probe ${died}` : `the Go probe printed no runtime section: ${firstLines(m.stderr, 2) || "no error output"}`
      );
    const cgo = await checkCgo(host, env, work, opts.ccTimeoutMs ?? 2e4);
    return known(
      assemble(
        { ...sections, runtime: sections.runtime },
        {
          died,
          syscalls: classifySyscalls(raw, {
            kernel: ctx?.kernel ?? sections.runtime.kernel,
            seccomp: ctx?.seccomp ?? null,
            ioUringDisabled: ctx?.ioUringDisabled ?? null
          }),
          kernel: ctx?.kernel ?? sections.runtime.kernel,
          seccomp: ctx ? { mode: ctx.seccomp, filters: ctx.seccompFilters } : void 0,
          cgo,
          timing: { buildMs, runMs, cached },
          notes
        }
      )
    );
  } finally {
    await host.rm(work).catch(() => void 0);
  }
}
async function build(host, go, a) {
  const budget = a.opts.buildTimeoutMs ?? 6e4;
  const t0 = host.now();
  const args = ["build", ...buildFlags(a.minor, posix.join(a.src, "go.mod")), "-o", a.bin, "."];
  const baseEnv = {
    ...host.env,
    CGO_ENABLED: "0",
    GOOS: a.hostOS,
    GOARCH: a.hostArch || host.env.GOARCH,
    GOWORK: "off",
    GO111MODULE: "on"
  };
  const tc = toolchainName(a.version);
  if (tc) baseEnv.GOTOOLCHAIN = tc;
  const first = await host.exec(go, args, {
    cwd: a.src,
    env: baseEnv,
    timeoutMs: budget,
    maxOutputBytes: 64 * 1024
  });
  if (first.code === 0 && !first.timedOut) return { ok: true };
  const why1 = first.timedOut ? `timed out after ${budget} ms` : firstLines(first.stderr) || describeExit(first, "");
  const left = budget - (host.now() - t0);
  if (first.timedOut || left < 1e3) return { ok: false, reason: `building the Go probe failed: ${why1}` };
  const retryEnv = { ...baseEnv, GOFLAGS: "-mod=mod" };
  if (/GOCACHE|build cache/i.test(first.stderr)) retryEnv.GOCACHE = posix.join(a.work, "gocache");
  const second = await host.exec(go, args, {
    cwd: a.src,
    env: retryEnv,
    timeoutMs: left,
    maxOutputBytes: 64 * 1024
  });
  if (second.code === 0 && !second.timedOut) {
    a.notes.push(
      `the first build failed (${why1}); built again with GOFLAGS=-mod=mod${retryEnv.GOCACHE ? " and a private GOCACHE" : ""}`
    );
    return { ok: true };
  }
  const why2 = second.timedOut ? "timed out" : firstLines(second.stderr) || describeExit(second, "");
  return {
    ok: false,
    reason: `building the Go probe failed: ${why1}${why2 !== why1 ? `; retry: ${why2}` : ""}`
  };
}
async function checkCgo(host, env, work, timeoutMs) {
  const enabled = env.CGO_ENABLED === "1";
  const cc = (env.CC ?? "").trim();
  if (!enabled) return { enabled: false, ccWorks: null, ...cc ? { cc } : {} };
  const words = splitCommand(cc || "gcc");
  const file = posix.join(work, "cgo-check.c");
  await host.writeFile(file, C_CHECK);
  const r = await host.exec(
    words[0],
    [...words.slice(1), "-pthread", "-o", posix.join(work, "cgo-check"), file],
    {
      cwd: work,
      env: host.env,
      timeoutMs,
      maxOutputBytes: 64 * 1024
    }
  );
  if (r.code === 0 && !r.timedOut) return { enabled, ccWorks: true, cc: cc || "gcc" };
  const error = r.startError ? /ENOENT/.test(r.startError) ? `C compiler "${words[0]}" not found` : `C compiler "${words[0]}" could not be started: ${r.startError.slice(0, 200)}` : r.timedOut ? `C compiler "${words[0]}" timed out after ${timeoutMs} ms` : `C compiler "${words[0]}" failed: ${firstLines(r.stderr) || describeExit(r, "")}`;
  return { enabled, ccWorks: false, error, cc: cc || "gcc" };
}
function assemble(s, extra) {
  const notes = [...extra.notes];
  const skipped = [];
  const missing = (what) => {
    skipped.push(what);
    return `not checked: the probe ended (${extra.died ?? "without printing it"}) before the ${what} check`;
  };
  const listen = s.listen ?? {
    ipv4: { ok: false, error: missing("listen") },
    ipv6: { ok: false, error: "not checked" }
  };
  const threads = s.threads ?? { created: 0, limit: 64, error: missing("threads") };
  const execInTemp = s.execInTemp ?? (missing("exec-in-temp"), []);
  const userns = s.userns ?? { ok: false, error: missing("user namespace") };
  if (skipped.length)
    notes.push(
      `the probe ended (${extra.died ?? "early"}) before the ${skipped.join(", ")} check${skipped.length > 1 ? "s" : ""}`
    );
  return {
    goVersion: s.runtime.goVersion,
    gomaxprocs: s.runtime.gomaxprocs,
    numCPU: s.runtime.numCPU,
    nofileSoft: s.runtime.nofileSoft,
    nofileHard: s.runtime.nofileHard,
    execInTemp,
    userns,
    syscalls: extra.syscalls,
    listen,
    threads,
    cgo: extra.cgo,
    timing: extra.timing,
    kernel: extra.kernel,
    ...extra.seccomp ? { seccomp: extra.seccomp } : {},
    ...notes.length ? { notes } : {}
  };
}
export {
  PROBE_GO_MOD,
  PROBE_SOURCE,
  PROBE_SOURCE_SHA256,
  SYSCALLS,
  SYSCALL_NAMES,
  assemble,
  blockedSyscalls,
  buildFlags,
  classifySyscall,
  classifySyscalls,
  goMinor,
  runGoProbe,
  splitCommand
};
