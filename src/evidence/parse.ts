/**
 * Reads a failure's output into typed evidence (model.ts), one line at a time, in Go's own grammar.
 *
 * An error line is cut at its errno text (errno.ts, any OS wording) and what comes before it is split
 * at ": ", the separator every Go error wrapper uses (fmt.Errorf("%s: %w"), os.PathError, net.OpError,
 * os.SyscallError): `x_test.go:12: create watcher: inotify_init1: too many open files` gives the
 * segments `x_test.go:12`, `create watcher`, `inotify_init1`. A `file.go:N` location is dropped, so a
 * file or test name never counts as an operation. The innermost segments name the operation (`open
 * /tmp/x`, `fork/exec /bin/true`, `socket`, `bind`) and a net.OpError's `dial tcp4 127.0.0.1:0`; the
 * others are context (`create watcher`). Addresses (`10.0.0.1:53`) and Windows paths (`C:\x`) have no
 * space after their colon, so the split leaves them whole.
 *
 * Pure and cheap: a line is parsed only when one pre-filter regex says it can hold evidence at all.
 */
import { errnoOfNumber, errnosIn, win32ErrorOf, type Errno } from './errno.js'
import type { Evidence, FailureEvidence, PathRole, Platform } from './model.js'
import { stripPrefix } from '../gotest/prefix.js'

export { stripPrefix }

const MAX_TEXT = 300
/** Lines of one failure parsed at most (the rest of a huge output adds nothing but time). */
const MAX_LINES = 20_000
/** Evidence items kept per failure. */
const MAX_ITEMS = 400

/** Anything that can start evidence; lines without it are skipped unparsed. */
const CANDIDATE =
  /too many open|no space left|system is full|disk is full|system full|disk space|not enough space|quota exceeded|temporarily unavailable|allocate|not enough memory|paging file|denied|forbidden by|not permitted|not implemented|already in use|only one usage|assign requested|not valid in its context|address family|address incompatible|refused|connection reset|forcibly closed|timed out|timeout|did not properly respond|read-only file|buffer space|unreachable|no route to host|exec format|text file busy|no such file|cannot find|signal|^\s*SIG[A-Z]+:|killed|exit (?:status|code)|goroutine \d+ |fatal error|runtime|build cache|GOCACHE|module cache|GOPATH|is not in (?:std|GOROOT)|requires cgo|C compiler|executable file not found|time zone|timezone|missing Location|x509|lookup|could not resolve|getaddrinfo|waiting for|unknown port|token|maxprocs|deadline exceeded|took \d|too long|too slow|no such host|name resolution|not known|servname|does not resolve|no address associated|Sanitizer|namespace|userns|apparmor|ptrace|watchers|max_user|SIGSYS|Bad system call|attach to pid|unexpected fault|deadlock|panic:|Error \d+$|out of memory|reserve|OS thread|did not (?:return|finish|complete|respond|arrive|happen|fire|stop|close)|within [\d.]|never satisfied/i

/** The standard library's log prefix (`2024/10/20 08:06:29 `, with microseconds when asked for). */
const GO_LOG_PREFIX = /^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)? /

/** A `file.go:12` or `file.go:12:5` location (test log prefix, compiler position). */
const LOCATION = /^(?:[\w./\\:-]*[\\/])?[\w.-]+\.go:\d+(?::\d+)?$/

const NET_SEG =
  /^(dial|listen|accept|read|write|close|lookup)\s+(tcp[46]?|udp[46]?|unix(?:gram|packet)?|ip[46]?(?::[\w-]+)?)(?:\s+(\S+))?$/i
const SYSCALLS = new Set([
  'socket',
  'bind',
  'connect',
  'listen',
  'accept',
  'accept4',
  'setsockopt',
  'getsockopt',
  'read',
  'write',
  'sendto',
  'sendmsg',
  'recvfrom',
  'recvmsg',
  'wsarecv',
  'wsasend',
  'connectex',
  'wsasocket'
])
const LOOKUP_SEG = /^lookup\s+(\S+?)(?:\s+on\s+(\S+))?$/i
/** `op path` with op a lower-case word (may hold / _ . -) and path the rest without spaces. */
const OP_PATH = /^([a-z][\w/.-]*)\s+("?)([^\s"]+)\2$/
/** A one-word operation: `socket`, `inotify_init1`, `pipe2`, `mmap`. */
const OP_WORD = /^([a-z][\w]*(?:\([^)]*\))?)$/i
/** The go command and its tools, old ones too (5g, 6l, 8g...). */
const TOOLS = /^(?:.*[\\/])?(go|compile|link|asm|vet|cgo|cover|gofmt|pack|[5689][acgl])(?:\.exe)?$/

export function roleOf(path: string): PathRole {
  if (/^\/dev\/shm(?:\/|$)/.test(path)) return 'shm'
  if (/\.test(?:\.exe)?$/.test(path)) return 'test-binary'
  if (/go-build\d+|\$WORK|^\/?b\d{3}\//.test(path)) return 'build-dir'
  if (
    /[\\/]\.cache[\\/]go-build|[\\/]go-build[\\/][0-9a-f]{2}[\\/]|Caches[\\/]go-build|Local[\\/]go-build|[\\/]gocache[\\/]/i.test(
      path
    )
  )
    return 'cache'
  if (/[\\/]pkg[\\/]mod[\\/]/.test(path)) return 'modcache'
  if (/[\\/]pkg[\\/]tool[\\/]|[\\/]go[\\/]bin[\\/]go(?:\.exe)?$/.test(path)) return 'go-tool'
  if (/^\/proc\//.test(path)) return 'proc'
  if (/^\/sys\//.test(path)) return 'sys'
  if (/^\/(?:tmp|var\/tmp)(?:\/|$)|^\/(?:private\/)?var\/folders\/|[\\/]Temp[\\/]|^\$TMPDIR/i.test(path))
    return 'temp'
  return 'other'
}

function familyOf(address: string | undefined): 4 | 6 | null {
  if (!address) return null
  if (address.startsWith('[')) return 6
  if (/^(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?$/.test(address)) return 4
  return null
}

function portOf(address: string | undefined): number | undefined {
  const m = address ? /:(\d{1,5})$/.exec(address) : null
  return m ? Number(m[1]) : undefined
}

const clip = (s: string): string => (s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) + '…' : s)

/** Splits the text before an errno into its `: `-separated segments, locations dropped. */
function segments(before: string): string[] {
  return before
    .replace(/:\s*$/, '')
    .split(/: /)
    .map(s =>
      s
        .trim()
        .replace(/^["'(]+|["')]+$/g, '')
        .replace(GO_LOG_PREFIX, '')
    )
    .filter(s => s !== '' && !LOCATION.test(s))
}

/** One errno occurrence, read with the segments before it. */
function errnoEvidence(line: number, text: string, errno: Errno, before: string): Evidence {
  const ev: Evidence = { kind: 'errno', line, text: clip(text), errno }
  const segs = segments(before)
  const context: string[] = []
  // Innermost first: the segments next to the errno name the operation.
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i]!
    const low = seg.toLowerCase()
    if (ev.syscall === undefined && ev.op === undefined && SYSCALLS.has(low)) {
      ev.syscall = low
      continue
    }
    const net = NET_SEG.exec(seg)
    if (net && ev.netOp === undefined) {
      ev.netOp = net[1]!.toLowerCase()
      ev.network = net[2]!.toLowerCase()
      if (net[3]) {
        const address = net[3].includes('->') ? net[3].split('->')[0]! : net[3]
        ev.address = address
        ev.port = portOf(address)
        ev.family = familyOf(address)
      } else ev.family = null
      continue
    }
    const lookup = LOOKUP_SEG.exec(seg)
    if (lookup && ev.host === undefined) {
      ev.host = lookup[1]!
      continue
    }
    if (ev.op === undefined && ev.netOp === undefined) {
      const op = OP_PATH.exec(seg)
      if (op && /[\\/.$~]/.test(op[3]!)) {
        ev.op = op[1]!
        ev.path = op[3]!
        ev.role = roleOf(op[3]!)
        continue
      }
      const word = OP_WORD.exec(seg)
      if (word) {
        ev.op = word[1]!.toLowerCase().replace(/\(.*$/, '')
        continue
      }
    }
    context.unshift(low)
  }
  const tool = segs.length ? TOOLS.exec(segs[0]!.split(/\s/)[0]!) : null
  if (tool) ev.tool = tool[1]
  if (context.length) ev.context = context
  return ev
}

interface LineRule {
  re: RegExp
  make(m: RegExpExecArray, line: number, text: string): Evidence | null
}

const ev = (kind: Evidence['kind'], line: number, text: string, extra: Partial<Evidence> = {}): Evidence => ({
  kind,
  line,
  text: clip(text),
  ...extra
})

function seconds(d: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|µs|us|ns)/g
  let total = 0
  let any = false
  const mult: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, µs: 1e-6, us: 1e-6, ns: 1e-9 }
  for (let m = re.exec(d); m; m = re.exec(d)) {
    any = true
    total += Number(m[1]) * mult[m[2]!]!
  }
  return any ? total : undefined
}

const SIGNALS: Readonly<Record<string, string>> = {
  killed: 'killed',
  terminated: 'terminated',
  'segmentation fault': 'segfault',
  'bus error': 'bus',
  aborted: 'abort',
  'bad system call': 'sigsys',
  interrupt: 'interrupt',
  quit: 'quit',
  hangup: 'hangup'
}
const RUNTIME_SIGNALS: Readonly<Record<string, string>> = {
  SIGSYS: 'sigsys',
  SIGBUS: 'bus',
  SIGSEGV: 'segfault',
  SIGABRT: 'abort',
  SIGKILL: 'killed',
  SIGQUIT: 'quit',
  SIGILL: 'ill',
  SIGTRAP: 'trap'
}

/** Evidence that is not an errno (or not only one): each rule reads one line. */
const LINE_RULES: readonly LineRule[] = [
  {
    re: /(?:runtime: )?failed to create new OS thread \(have (\d+) already; errno=(\d+)\)/,
    make: (m, l, t) =>
      ev('thread', l, t, {
        op: 'newosproc',
        number: Number(m[1]),
        // The runtime prints the OS's number: 35 is EAGAIN on FreeBSD and NetBSD (sys/errno.h); Linux's
        // 35, EDEADLK, is not among clone(2)'s errors (see OTHER_OS_EAGAIN for the platform).
        errno: (Number(m[2]) === 35 ? 'EAGAIN' : errnoOfNumber(Number(m[2]))) ?? undefined
      })
  },
  {
    re: /(?:runtime\/cgo: )?pthread_create failed: (.+)/,
    make: (m, l, t) => ev('thread', l, t, { op: 'pthread_create', errno: errnosIn(m[1]!)[0]?.errno })
  },
  { re: /fatal error: newosproc/, make: (_m, l, t) => ev('thread', l, t, { op: 'newosproc' }) },
  {
    // The runtime's bare form (proc.go failthreadcreate): macOS's newosproc prints only this when
    // pthread_create still fails after retryOnEAGAIN, then exits 1; Linux prints it only from
    // newosproc0, before main. No errno is printed.
    re: /^runtime: failed to create new OS thread$/,
    make: (_m, l, t) => ev('thread', l, t, { op: 'newosproc', detail: 'no-errno' })
  },
  {
    re: /runtime: may need to increase max user processes \(ulimit -u\)/,
    make: (_m, l, t) => ev('thread', l, t, { op: 'hint' })
  },
  {
    re: /runtime: program exceeds (\d+)-thread limit|fatal error: thread exhaustion/,
    make: (m, l, t) => ev('thread-cap', l, t, m[1] ? { number: Number(m[1]) } : {})
  },
  {
    // Also the runtime's start-up reservations (`failed to reserve page summary memory`, arena hints)
    // refused under an address-space limit.
    re: /fatal error: (?:runtime: )?(?:out of memory|cannot allocate memory)|runtime: out of memory: cannot allocate (\d+)-byte block|runtime: VirtualAlloc of (\d+) bytes failed with errno=(\d+)|runtime: cannot allocate memory|failed to reserve page summary memory|runtime: cannot reserve arena virtual address space|out of memory allocating heap arena/,
    make: (m, l, t) => ev('runtime-oom', l, t, m[1] || m[2] ? { number: Number(m[1] ?? m[2]) } : {})
  },
  {
    // `signal: killed` alone, after a tool (`/usr/lib/go/pkg/tool/linux_amd64/link: signal: killed`),
    // or inside go test's FAIL line.
    // go test's own line (`signal: killed`), a tool's (`.../link: signal: killed`), a wrapper's
    // (`exec: ...: signal: killed`); not a line a test logged (`x_test.go:3: child got signal: killed`).
    re: /(?:^|\s|:)(?:(\S+?)(?:\.exe)?: )?signal: (killed|terminated|segmentation fault|bus error|aborted|bad system call|interrupt|quit|hangup)\b/,
    make: (m, l, t) => {
      if (/^\S+\.go:\d+(?::\d+)?: /.test(t)) return null
      const tool = m[1] ? TOOLS.exec(m[1]) : null
      return ev('signal', l, t, { detail: SIGNALS[m[2]!], ...(tool ? { tool: tool[1] } : {}) })
    }
  },
  {
    re: /^\s*(SIG[A-Z]+): /,
    make: (m, l, t) =>
      RUNTIME_SIGNALS[m[1]!] ? ev('signal', l, t, { detail: RUNTIME_SIGNALS[m[1]!] }) : null
  },
  { re: /^\s*Killed(?:\s|$)/, make: (_m, l, t) => ev('signal', l, t, { detail: 'killed', tool: 'shell' }) },
  // A shell's report of a child killed by SIGSYS, and the runtime's `[signal SIGSYS: bad system call ...]`.
  {
    re: /\bBad system call\b|\[signal SIGSYS\b|exit status 159\b/,
    make: (_m, l, t) => ev('signal', l, t, { detail: 'sigsys' })
  },
  {
    re: /exit (?:status|code) (\d+)|make: \*\*\* \[[^\]]*\] Error (\d+)$|returned non-zero exit status (\d+)/i,
    make: (m, l, t) => ev('exit', l, t, { number: Number(m[1] ?? m[2] ?? m[3]) })
  },
  {
    re: /panic: test timed out after (\S+)|\*\*\* Test killed(?: with (\w+))?: ran too long \(([^)]+)\)/,
    make: (m, l, t) =>
      ev('timeout', l, t, {
        number: seconds(m[1] ?? m[3] ?? ''),
        detail: m[1] ? 'panic' : (m[2] ?? 'killed')
      })
  },
  {
    // Go >= 1.23 with GOTRACEBACK=system adds `gp=0x... m=...` before the state.
    re: /^goroutine (\d+)(?: gp=\S+ m=\S+(?: mp=\S+)?)? \[([^\]]+)\]:/,
    make: (m, l, t) => {
      const parts = m[2]!.split(', ')
      const minutes = parts.map(p => /^(\d+) minutes?$/.exec(p)).find(Boolean)
      return ev('goroutine', l, t, { detail: parts[0], ...(minutes ? { number: Number(minutes[1]) } : {}) })
    }
  },
  { re: /fatal error: all goroutines are asleep - deadlock!/, make: (_m, l, t) => ev('deadlock', l, t) },
  {
    re: /build cache is required, but could not be located: (.+)|failed to initialize build cache at (\S+): (.+)|GOCACHE is not an absolute path|GOCACHE=off is (?:not|no longer) supported|build cache is disabled by GOCACHE=off|(?:go: )?disabling cache \((\S+)\) due to initialization failure: (.+)|initializing cache in \$GOCACHE: (.+)|module cache not found: neither GOMODCACHE nor GOPATH is set|\$GOPATH not set|GOPATH is not set|neither \$XDG_CACHE_HOME nor \$HOME are defined/,
    make: (m, l, t) => {
      const why = m[1] ?? m[3] ?? m[5] ?? m[6] ?? t
      return ev('gocache', l, t, {
        detail: why,
        ...(m[2] || m[4] ? { path: m[2] ?? m[4] } : {}),
        errno: errnosIn(why)[0]?.errno
      })
    }
  },
  {
    re: /package (\S+) is not in (?:std|GOROOT)|cannot find package "([^"]+)" in any of|could not import (\S+) \(/,
    make: (m, l, t) => ev('std-missing', l, t, { detail: m[1] ?? m[2] ?? m[3] })
  },
  {
    re: /^(?:go(?: \w+)?: )?-(?:race|msan|asan) requires cgo|^(?:go(?: \w+)?: )?-race is not supported on/,
    make: (_m, l, t) => ev('cgo', l, t, { detail: 'race-requires-cgo' })
  },
  {
    re: /cgo: C compiler "([^"]+)" not found|exec: "(gcc|cc|clang|x86_64-linux-gnu-gcc)": executable file not found/,
    make: (m, l, t) => ev('cgo', l, t, { detail: 'no-c-compiler', tool: m[1] ?? m[2] })
  },
  {
    // Go's own texts, and a program's wording of LoadLocation's error (`invalid timezone: Europe/Paris`).
    // The panic of time.In(nil) (a LoadLocation error ignored) is pasted without its `time: ` prefix too.
    re: /unknown time zone ([\w+/-]+)|(?:time: )?missing Location in call to (Time\.In|Date)|zoneinfo\.zip: no such file|\b(?:[Ii]nvalid|[Uu]nknown) (?:IANA )?[Tt]ime ?[Zz]one(?: name)?:? "?([A-Z][A-Za-z]+\/[\w+/-]+)/,
    // The zone that did not load; for time.In(nil) or time.Date(..., nil) the call that got no Location.
    make: (m, l, t) =>
      ev('timezone', l, t, m[1] || m[3] ? { detail: m[1] ?? m[3] } : m[2] ? { op: m[2] } : {})
  },
  {
    re: /x509: certificate has expired or is not yet valid(?:: current time (\S+) is (before|after) (\S+))?|x509: certificate (?:is )?not (?:yet )?valid|x509: certificate signed by unknown authority|x509: failed to load system roots/,
    make: (m, l, t) =>
      ev('x509', l, t, {
        detail: /unknown authority|system roots/.test(t)
          ? 'unknown-authority'
          : m[2] === 'before'
            ? 'not-yet-valid'
            : m[2] === 'after'
              ? 'expired'
              : /not yet valid/.test(t) && !/expired/.test(t)
                ? 'not-yet-valid'
                : 'expired-or-not-yet-valid'
      })
  },
  {
    // Go's own resolver's texts, and the C library's gai_strerror through cgo: glibc ("Name or service
    // not known", "No address associated with hostname", "Non-recoverable failure in name resolution"),
    // musl ("Name does not resolve", "Try again", "Non-recoverable error"), macOS and the BSDs
    // ("nodename nor servname provided, or not known"), Windows (getaddrinfow: ...).
    re: /lookup ([^\s:]+)(?: on (\S+?))?: (no such host|server misbehaving|Temporary failure in name resolution|Non-recoverable failure in name resolution|Name or service not known|No address associated with (?:hostname|nodename)|nodename nor servname provided, or not known|Name does not resolve|Try again|Non-recoverable error|no answer from DNS server|i\/o timeout|getaddrinfow: .+)/i,
    make: (m, l, t) =>
      ev('dns', l, t, { host: m[1], detail: m[3]!.toLowerCase(), ...(m[2] ? { address: m[2] } : {}) })
  },
  {
    // Tools the tests run: curl and git ("Could not resolve host: github.com"), ssh ("Could not resolve
    // hostname"), Node ("getaddrinfo ENOTFOUND registry.npmjs.org", EAI_AGAIN: the resolver did not answer).
    re: /Could not resolve (?:host|hostname|proxy):? '?([^\s':,]+)|getaddrinfo (ENOTFOUND|EAI_AGAIN) (\S+)/i,
    make: (m, l, t) =>
      ev('dns', l, t, {
        host: m[1] ?? m[3],
        detail: m[2] === 'EAI_AGAIN' ? 'temporary failure in name resolution' : 'no such host'
      })
  },
  {
    // A service name that /etc/services does not list (cgo: `Servname not supported for ai_socktype`).
    // Go 1.22 made the pure-Go form a DNSError (`lookup tcp/http: unknown port`, golang/go#63160);
    // before, an AddrError: `address tcp/http: unknown port`.
    re: /unknown port (?:tcp|udp)\/(\S+)|lookup (?:tcp|udp)\/(\S+?): (?:nodename nor servname|Servname not supported|unknown port|Unrecognized service)|address (?:tcp|udp)\/([^\s:]+): unknown port/i,
    make: (m, l, t) => ev('dns', l, t, { detail: 'unknown-service', host: m[1] ?? m[2] ?? m[3] })
  },
  {
    // Go's own net tests: a wrong answer for localhost (duplicate or missing /etc/hosts entries).
    re: /Lookup(?:Host|Addr|IP|Port)?\("localhost"\) = .*(?:duplicate|want|missing)/,
    make: (_m, l, t) => ev('dns', l, t, { host: 'localhost', detail: 'wrong-answer' })
  },
  {
    re: /token used before issued|token is not valid yet|token is not yet valid|nbf claim|issued in the future/i,
    make: (_m, l, t) => ev('x509', l, t, { detail: 'token-early' })
  },
  {
    re: /AddressSanitizer:DEADLYSIGNAL/,
    make: (_m, l, t) => ev('tsan', l, t, { detail: 'asan-deadlysignal' })
  },
  {
    re: /ThreadSanitizer: unexpected memory mapping|(?:Thread|Memory|Address)Sanitizer failed to allocate .*\((errno|error code): (\d+)\)|ThreadSanitizer: CHECK failed: .*personality|ThreadSanitizer: unsupported VMA range|ThreadSanitizer can not mmap the shadow memory|FATAL: Found \d+ - Supported \d+/,
    make: (m, l, t) =>
      ev('tsan', l, t, {
        detail: /unexpected memory mapping/.test(t)
          ? 'mapping'
          : /personality/.test(t)
            ? 'personality'
            : /VMA|Supported/.test(t)
              ? 'vma'
              : 'alloc',
        // Linux prints the errno; Windows the Win32 error code (GetLastError), another numbering.
        ...(m[2]
          ? {
              errno:
                (m[1] === 'errno' ? errnoOfNumber(Number(m[2])) : win32ErrorOf(Number(m[2]))) ?? undefined
            }
          : {})
      })
  },
  {
    re: /user namespaces? (?:are|is) not (?:enabled|supported|permitted)|kernel prohibits user namespace|max_user_namespaces|unprivileged_userns_clone|apparmor_restrict_unprivileged_userns|apparmor="DENIED"|ptrace_scope|could not attach to pid|CLONE_NEWUSER|seccomp|max_user_watches|max_user_instances|inotify (?:watch|instance)(?:es)? limit|file watchers/i,
    make: (m, l, t) => {
      // The words must be the line's, not part of a file, path or package name
      // (`seccomp_userns_test.go:19: ...`, `example.com/e2e/scenarios/seccomp-userns-eperm`).
      const start = t.lastIndexOf(' ', m.index) + 1
      const end = t.indexOf(' ', m.index + m[0].length)
      const token = t.slice(start, end < 0 ? t.length : end)
      if (/[/\\]|\.go\b|_test\b/.test(token)) return null
      return ev('hint', l, t, { detail: m[0].toLowerCase() })
    }
  },
  {
    // automaxprocs' log line, or a GOMAXPROCS value the tests print.
    re: /maxprocs: (?:Leaving|Updating|Resetting) GOMAXPROCS=(\d+)|\bGOMAXPROCS[=:\s]+(\d+)/,
    make: (m, l, t) => ev('hint', l, t, { detail: 'gomaxprocs', number: Number(m[1] ?? m[2]) })
  },
  {
    // A test's own timing assertion: a deadline it set, a duration it measured. Temporal's test
    // environment reports workflow code that did not yield within one second as "[TMPRL1101] Potential
    // deadlock detected": a watchdog on wall time, which a loaded runner trips.
    re: /\[TMPRL1101\]|\b(?:context )?deadline exceeded\b|\btimed out (?:after|waiting)\b|\btimeout (?:while )?waiting for\b|\bTimed out after [\d.]+m?s\b|\btook (?:too long|[\d.]+(?:ms|s|m)\b)|\btoo slow\b|\bCondition never satisfied\b/,
    make: (_m, l, t) => ev('timing', l, t)
  },
  {
    // The same, in a test's own log line (`x_test.go:246: ...`), in the words assertions use: a helper or
    // call that "timed out" (not `connection timed out`, an errno), something that did not happen
    // "immediately", "in time" or "within 1s".
    re: /_test\.go:\d+: .*(?:(?<!connection )\btimed out\b|\bdid not (?:return|finish|complete|respond|arrive|happen|fire|stop|close)\b.*\b(?:immediately|in time|within)\b|\bnot (?:\w+ )?within [\d.]+(?:ms|s|m)\b)/,
    make: (_m, l, t) => ev('timing', l, t)
  },
  {
    re: /^panic: (.+)/,
    make: (m, l, t) =>
      /^test timed out/.test(m[1]!) ? null : ev('panic', l, t, { detail: m[1]!.slice(0, 200) })
  }
]

const PLATFORM_HINTS: readonly { platform: Platform; re: RegExp }[] = [
  {
    platform: 'windows',
    // A sanitizer prints `(error code: N)` (GetLastError) on Windows only; elsewhere `(errno: N)`.
    re: /\b[A-Z]:\\|\\AppData\\|\.exe\b|windows_amd64|windows_arm64|WSA[A-Z]+|Sanitizer failed to allocate .*\(error code: \d+\)/
  },
  {
    platform: 'darwin',
    // The bare `runtime: failed to create new OS thread` is macOS's form since Go went through libc.
    re: /\/Users\/|\/private\/var\/folders\/|\/var\/folders\/|darwin_(?:amd64|arm64)|macOS|^runtime: failed to create new OS thread$/
  },
  {
    platform: 'bsd',
    // OTHER_OS_EAGAIN: a thread refused with errno 35, EAGAIN on FreeBSD and NetBSD (which print the
    // number; Linux's 35, EDEADLK, is not among clone(2)'s errors).
    re: /freebsd|openbsd|netbsd|dragonfly|\/usr\/home\/|failed to create new OS thread \(have \d+ already; errno=35\)/i
  },
  {
    platform: 'linux',
    re: /linux_(?:amd64|arm64|386|arm|ppc64le|s390x|riscv64)|\/proc\/self|\/home\/runner\//
  }
]

/** `running tests:` under a timeout panic (testing.runningList; tab-indented since Go 1.22's printpanicval). */
const RUNNING_HEADER = /^\s*running tests:\s*$/
/** One entry: the test's name and its run time rounded to the second (`TestX/sub (9m59s)`). */
const RUNNING_ENTRY = /^\s+(\S+) \(((?:\d+(?:\.\d+)?(?:h|m|s|ms|µs|us|ns))+)\)\s*$/
/** Entries read at most (a package with thousands of parallel tests lists them all). */
const MAX_RUNNING = 64

/**
 * Reads the `running tests:` list that follows a timeout panic at `from`, pushing one `running-test`
 * item per entry; returns the index of the last line it consumed (the panic's, when there is no list).
 */
function runningTests(lines: readonly string[], from: number, n: number, items: Evidence[]): number {
  if (from >= n || !RUNNING_HEADER.test(stripPrefix(lines[from]!))) return from - 1
  let i = from + 1
  let kept = 0
  for (; i < n; i++) {
    const m = RUNNING_ENTRY.exec(stripPrefix(lines[i]!))
    if (!m) break
    if (kept++ < MAX_RUNNING && items.length < MAX_ITEMS)
      items.push(ev('running-test', i, lines[i]!.trim(), { detail: m[1]!, number: seconds(m[2]!) }))
  }
  return i - 1
}

/**
 * The evidence of one failure's output lines. `prefilter` false reads every line, not only those CANDIDATE
 * lets through: what the tests compare with, so that CANDIDATE never hides a line a rule would read.
 */
export function parseEvidence(lines: readonly string[], prefilter = true): FailureEvidence {
  const items: Evidence[] = []
  let platform: Platform | null = null
  const n = Math.min(lines.length, MAX_LINES)
  for (let i = 0; i < n && items.length < MAX_ITEMS; i++) {
    const raw = lines[i]!
    if (raw.length === 0 || (prefilter && !CANDIDATE.test(raw))) continue
    const text = stripPrefix(raw).trim()
    if (platform === null) platform = PLATFORM_HINTS.find(p => p.re.test(text))?.platform ?? null
    let timeoutPanic = false
    for (const r of LINE_RULES) {
      const m = r.re.exec(text)
      if (!m) continue
      const e = r.make(m, i, text)
      if (!e) continue
      if (e.kind === 'goroutine' && i + 1 < lines.length) {
        // The top frame: `pkg.(*T).Method(args...)`: the name is what comes before the last `(`.
        const call = stripPrefix(lines[i + 1]!).trim()
        const at = call.lastIndexOf('(')
        if (at > 0 && !call.startsWith('created by')) e.frame = call.slice(0, at)
      }
      if (e.kind === 'timeout' && e.detail === 'panic') timeoutPanic = true
      items.push(e)
    }
    // Errno texts the line rules above did not already read (a thread or cache line carries its own).
    const taken = items.length > 0 && items[items.length - 1]!.line === i && items[items.length - 1]!.errno
    for (const hit of errnosIn(text)) {
      if (taken && items.some(x => x.line === i && x.errno === hit.errno)) continue
      items.push(errnoEvidence(i, text, hit.errno, text.slice(0, hit.index)))
    }
    // A timeout panic's `running tests:` list follows it (its lines hold nothing else to read).
    if (timeoutPanic) i = runningTests(lines, i + 1, n, items)
  }
  return { items, platform }
}
