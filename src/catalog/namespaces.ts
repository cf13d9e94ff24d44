/**
 * What a failure shows about namespaces, shared by the rules that split one EPERM between them:
 * userns-disabled (a kernel knob refuses the clone itself), apparmor-userns (Ubuntu's AppArmor lets the
 * namespace be created, then denies every privileged step inside it), seccomp-blocked (a container's
 * filter refuses the syscall) and userns-test-assumption (nothing refuses it: the test asks for
 * privileges it does not have). Pure.
 */
import type { Evidence, FailureEvidence } from '../evidence/model.js'
import type { Failure } from '../gotest/model.js'
import { USERNS_WORDS } from './signals.js'

/** The privileged steps after creation, which AppArmor's unprivileged_userns profile denies. */
const AFTER_CREATE =
  /uid_map|gid_map|setgroups|network namespace|mount namespace|sethostname|setting up (?:uid|gid) map|pivot_root|mount proc/i
const CONTAINER =
  /\bdocker\b|containerd|kubepods|\bpodman\b|in a container|\/\.dockerenv|\bcri-o\b|\bcontainer\b/i
const UNCONFINED = /seccomp[=:]unconfined|--privileged|privileged: true/i
const APPARMOR = /apparmor|ubuntu[- ]?24\.04|\bnoble\b|ubuntu-latest/i
const KNOB = /unprivileged_userns_clone|max_user_namespaces/i

export interface NamespaceView {
  /** EPERM/EACCES creating a namespace (fork/exec with clone flags, unshare, clone, setns). */
  create: Evidence[]
  /** EPERM/EACCES of a privileged step inside a namespace that was created. */
  after: Evidence[]
  /** ENOSPC creating one: user.max_user_namespaces. */
  enospc: Evidence[]
  /** The test or the output is about namespaces (so a fork/exec EPERM is the clone, not the exec). */
  about: boolean
  container: boolean
  unconfined: boolean
  apparmor: boolean
  knob: boolean
}

const NS_OPS = new Set([
  'unshare',
  'clone',
  'clone3',
  'setns',
  'mount',
  'pivot_root',
  'sethostname',
  'newuidmap',
  'newgidmap'
])

export function namespaceView(
  failure: Failure,
  all: FailureEvidence,
  lines: readonly string[]
): NamespaceView {
  const text = lines.length > 400 ? lines.slice(0, 400).join('\n') : lines.join('\n')
  // User namespaces specifically: "namespace" alone is as often a mount, network or UTS namespace
  // (which need CAP_SYS_ADMIN, not a knob: e2e/scenarios/reexec-privilege-control) or Kubernetes'.
  const about = USERNS_WORDS.test(failure.test ?? '') || USERNS_WORDS.test(text) || /CLONE_NEWUSER/.test(text)
  const create: Evidence[] = []
  const after: Evidence[] = []
  const enospc: Evidence[] = []
  for (const e of all.items) {
    if (e.kind !== 'errno') continue
    const words = [e.op ?? '', e.path ?? '', ...(e.context ?? [])].join(' ')
    const ns = NS_OPS.has(e.op ?? '') || /namespace|unshare|clone/i.test(words)
    // Re-executing /proc/self/exe is how Go programs enter new namespaces (reexec, runc's nsenter).
    const spawn = e.op === 'fork/exec' && (about || /^\/proc\/(?:self|\d+)\/exe$/.test(e.path ?? ''))
    if (e.errno === 'ENOSPC' && (ns || spawn)) enospc.push(e)
    if (e.errno !== 'EPERM' && e.errno !== 'EACCES') continue
    if (AFTER_CREATE.test(words) || AFTER_CREATE.test(e.text)) after.push(e)
    else if (ns || spawn) create.push(e)
  }
  return {
    create,
    after,
    enospc,
    about,
    container: CONTAINER.test(text),
    unconfined: UNCONFINED.test(text),
    apparmor: APPARMOR.test(text),
    knob: KNOB.test(text)
  }
}
