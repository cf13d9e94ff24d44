/**
 * Errno names from their text, on every OS wording Go prints. Go formats a syscall error with
 * strerror-like text from its own tables (syscall/zerrors_*.go, syscall/types_windows.go): Linux,
 * macOS and the BSDs share most strings ("too many open files"), macOS and BSD say "can't assign
 * requested address", and Windows errors are the system's sentences ("Only one usage of each socket
 * address (protocol/network address/port) is normally permitted."). Longest and most specific first:
 * ENFILE's text contains EMFILE's.
 */

export type Errno =
  | 'ENFILE'
  | 'EMFILE'
  | 'ENOSPC'
  | 'EDQUOT'
  | 'EAGAIN'
  | 'ENOMEM'
  | 'EACCES'
  | 'EPERM'
  | 'ENOSYS'
  | 'EADDRINUSE'
  | 'EADDRNOTAVAIL'
  | 'EAFNOSUPPORT'
  | 'ECONNREFUSED'
  | 'ECONNRESET'
  | 'ETIMEDOUT'
  | 'EROFS'
  | 'ENOENT'
  | 'ENOBUFS'
  | 'ENETUNREACH'
  | 'EHOSTUNREACH'
  | 'ENOEXEC'
  | 'ETXTBSY'

export interface ErrnoWording {
  errno: Errno
  /** Matched case-insensitively anywhere in the line. */
  re: RegExp
}

export const ERRNO_WORDINGS: readonly ErrnoWording[] = [
  { errno: 'ENFILE', re: /too many open files in system/i },
  // Windows WSAEMFILE: "Too many open sockets."
  { errno: 'EMFILE', re: /too many open (?:files|sockets)/i },
  // Windows ERROR_DISK_FULL: "There is not enough space on the disk."
  // Node's fs.watch: "ENOSPC: System limit for number of file watchers reached".
  // The BSD kernels' console message for a full file system: "/home: write failed, file system is full".
  // SQLite's SQLITE_FULL ("database or disk is full", mattn/go-sqlite3 and modernc.org/sqlite alike);
  // programs' own words for it ("disk is full", "file system full", "out of disk space").
  {
    errno: 'ENOSPC',
    re: /no space left on device|not enough space on the disk|limit for number of file watchers reached|write failed, file system is full|\bdatabase or disk is full\b|\bdisk is full\b|\bfile ?system (?:is )?full\b|\bout of disk space\b|\b(?:insufficient|not enough) (?:free )?disk space\b/i
  },
  { errno: 'EDQUOT', re: /disk quota exceeded/i },
  { errno: 'EAGAIN', re: /resource temporarily unavailable/i },
  // Windows ERROR_NOT_ENOUGH_MEMORY / ERROR_COMMITMENT_LIMIT.
  {
    errno: 'ENOMEM',
    re: /cannot allocate memory|not enough memory resources are available|paging file is too small/i
  },
  // Windows ERROR_ACCESS_DENIED; WSAEACCES ("...forbidden by its access permissions": a port in an
  // excluded range, or one another process holds exclusively).
  { errno: 'EACCES', re: /permission denied|access is denied|forbidden by its access permissions/i },
  { errno: 'EPERM', re: /operation not permitted/i },
  { errno: 'ENOSYS', re: /function not implemented/i },
  { errno: 'EADDRINUSE', re: /address already in use|only one usage of each socket address/i },
  {
    errno: 'EADDRNOTAVAIL',
    re: /(?:cannot|can't) assign requested address|requested address is not valid in its context/i
  },
  {
    errno: 'EAFNOSUPPORT',
    re: /address family not supported|address incompatible with the requested protocol/i
  },
  { errno: 'ECONNREFUSED', re: /connection refused|target machine actively refused it/i },
  { errno: 'ECONNRESET', re: /connection reset by peer|forcibly closed by the remote host/i },
  // Go's own deadline error (os.ErrDeadlineExceeded) prints "i/o timeout": a timeout all the same.
  { errno: 'ETIMEDOUT', re: /connection timed out|connected party did not properly respond|i\/o timeout/i },
  { errno: 'EROFS', re: /read-only file system/i },
  { errno: 'ENOBUFS', re: /no buffer space available|lacked sufficient buffer space/i },
  { errno: 'ENETUNREACH', re: /network is unreachable/i },
  { errno: 'EHOSTUNREACH', re: /no route to host/i },
  { errno: 'ENOEXEC', re: /exec format error/i },
  { errno: 'ETXTBSY', re: /text file busy/i },
  { errno: 'ENOENT', re: /no such file or directory|cannot find the (?:file|path) specified/i }
]

/** `errno=N` as the runtime prints it (Linux numbering; the runtime's own messages are Linux-side). */
const BY_NUMBER: Readonly<Record<number, Errno>> = {
  1: 'EPERM',
  2: 'ENOENT',
  11: 'EAGAIN',
  12: 'ENOMEM',
  13: 'EACCES',
  23: 'ENFILE',
  24: 'EMFILE',
  28: 'ENOSPC',
  38: 'ENOSYS'
}

export function errnoOfNumber(n: number): Errno | null {
  return BY_NUMBER[n] ?? null
}

/**
 * Win32 error codes (winerror.h) that mean an errno this module knows: a sanitizer on Windows prints
 * `(error code: 1455)`, GetLastError's number, not an errno. 8 ERROR_NOT_ENOUGH_MEMORY, 14
 * ERROR_OUTOFMEMORY, 1455 ERROR_COMMITMENT_LIMIT (the paging file is too small), 112 ERROR_DISK_FULL,
 * 5 ERROR_ACCESS_DENIED, 4 ERROR_TOO_MANY_OPEN_FILES.
 */
const BY_WIN32: Readonly<Record<number, Errno>> = {
  4: 'EMFILE',
  5: 'EACCES',
  8: 'ENOMEM',
  14: 'ENOMEM',
  112: 'ENOSPC',
  1455: 'ENOMEM'
}

export function win32ErrorOf(n: number): Errno | null {
  return BY_WIN32[n] ?? null
}

/** The errno texts found in a line, in the order they appear, each once. */
export function errnosIn(line: string): { errno: Errno; index: number; length: number }[] {
  const out: { errno: Errno; index: number; length: number }[] = []
  for (const w of ERRNO_WORDINGS) {
    const m = w.re.exec(line)
    if (!m) continue
    // ENFILE's text holds EMFILE's: the longer match wins where they overlap.
    if (out.some(o => m.index >= o.index && m.index < o.index + o.length)) continue
    out.push({ errno: w.errno, index: m.index, length: m[0].length })
  }
  return out.sort((a, b) => a.index - b.index)
}
