/**
 * Typed evidence read from a failure's output, one line at a time: what Go's errors say in their own
 * grammar (`op path: errno`, `dial tcp4 addr: connect: errno`, `runtime: failed to create new OS
 * thread (have N already; errno=11)`, `signal: killed`, goroutine headers...). Rules reason over these
 * records instead of matching raw text, so a word in a file name or a test name never stands for an
 * operation. Pure data.
 */
import type { Errno } from './errno.js'

export type { Errno }

/** Where a path points, as far as its shape tells (temp dirs and Go's own directories). */
export type PathRole =
  'test-binary' | 'build-dir' | 'cache' | 'modcache' | 'go-tool' | 'temp' | 'shm' | 'proc' | 'sys' | 'other'

export type Platform = 'linux' | 'darwin' | 'windows' | 'bsd'

export type EvidenceKind =
  /** A system error: `errno` with the operation, path or address it came from. */
  | 'errno'
  /** A DNS lookup that failed (`lookup HOST on SERVER: ...`), or a missing service name. */
  | 'dns'
  /** Thread or process creation failed (newosproc, pthread_create, the runtime's `ulimit -u` hint). */
  | 'thread'
  /** The Go runtime's own thread cap (`program exceeds 10000-thread limit`, `thread exhaustion`). */
  | 'thread-cap'
  /** The Go heap could not grow: `fatal error: runtime: out of memory` and its kin. */
  | 'runtime-oom'
  /** `signal: killed` and the other signal lines, for the test binary or a tool (`link: signal: killed`). */
  | 'signal'
  /** An exit status (137 and 143 are SIGKILL and SIGTERM through a shell). */
  | 'exit'
  /** `panic: test timed out after D`, `*** Test killed: ran too long (D)`. */
  | 'timeout'
  /** A goroutine header of a dump: `goroutine 7 [chan receive, 9 minutes]:`. */
  | 'goroutine'
  /**
   * A test the timeout panic lists as running, with how long it had run (`running tests:` then
   * `TestName (9m59s)`, Go >= 1.21): `detail` the test, `number` its seconds.
   */
  | 'running-test'
  /** `fatal error: all goroutines are asleep - deadlock!`. */
  | 'deadlock'
  /** cmd/go could not use its build cache. */
  | 'gocache'
  /** cmd/go could not find a standard-library package (a damaged GOROOT, or a full or unusable GOCACHE). */
  | 'std-missing'
  /** `-race requires cgo`, `cgo: C compiler "gcc" not found`. */
  | 'cgo'
  /** `unknown time zone Europe/Paris`. */
  | 'timezone'
  /** x509 certificate errors. */
  | 'x509'
  /** ThreadSanitizer's own fatal messages. */
  | 'tsan'
  /** A line that names a kernel knob, a restriction of namespaces or tracing, or GOMAXPROCS. */
  | 'hint'
  /** A test's own timing assertion: `deadline exceeded`, `timed out waiting`, `took 12.3s`. */
  | 'timing'
  /** `panic: ...` (other than a timeout). */
  | 'panic'

export interface Evidence {
  kind: EvidenceKind
  /** 0-based index of the line in the failure's output. */
  line: number
  /** The line, trimmed and clipped. */
  text: string
  errno?: Errno
  /** The innermost operation: `open`, `fork/exec`, `mkdir`, `inotify_init1`, `watch`, `mmap`, `unshare`... */
  op?: string
  /** The syscall a net error names (`socket`, `bind`, `connect`, `accept4`...). */
  syscall?: string
  /** The words around the error, outermost first, lower-cased, without file:line locations. */
  context?: string[]
  path?: string
  role?: PathRole
  /** net.OpError: `dial`, `listen`, `accept`, `read`, `write`. */
  netOp?: string
  /** `tcp`, `tcp4`, `tcp6`, `udp`, `unix`... */
  network?: string
  address?: string
  port?: number
  /** The address family the text shows: 4, 6, or null for a name or none. */
  family?: 4 | 6 | null
  /** A DNS lookup's host name. */
  host?: string
  /** Free detail: the signal (`killed`), the zone, the x509 case, the goroutine state, the hint. */
  detail?: string
  /** A number the line gives: threads had, exit code, timeout seconds, goroutine minutes, bytes. */
  number?: number
  /** The tool a line comes from: `go`, `compile`, `link`, `vet`, `cgo`, `asm`. */
  tool?: string
  /** A goroutine's top frame (the function on the line after its header): `testing.(*T).Run`. */
  frame?: string
}

/** A failure's evidence and what its output says about where it ran. */
export interface FailureEvidence {
  items: Evidence[]
  /** The platform the paths and wording show; null when nothing tells. */
  platform: Platform | null
}
