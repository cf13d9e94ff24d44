/**
 * The rule registry: every rule of the catalog, sorted by id (the integrity test enforces it).
 *
 * To add a rule (see ./README.md for the whole checklist):
 *   1. write src/catalog/rules/<id>.ts exporting `default defineRule({ id: '<id>', ... })`;
 *   2. import it below and insert it into `rules` at its alphabetical place;
 *   3. write docs/rules/<id>.md and __tests__/catalog/rules/<id>.test.ts (firing and silent cases).
 */
import type { Rule, RuleInfo } from './rule.js'
import apparmorUserns from './rules/apparmor-userns.js'
import clockSkew from './rules/clock-skew.js'
import cpuThrottlingTimeout from './rules/cpu-throttling-timeout.js'
import deadlockTimeout from './rules/deadlock-timeout.js'
import diskFull from './rules/disk-full.js'
import dnsHosts from './rules/dns-hosts.js'
import ephemeralPorts from './rules/ephemeral-ports.js'
import fdLeak from './rules/fd-leak.js'
import goCacheUnavailable from './rules/go-cache-unavailable.js'
import goThreadCap from './rules/go-thread-cap.js'
import gomaxprocsQuota from './rules/gomaxprocs-quota.js'
import inotifyLimit from './rules/inotify-limit.js'
import ipv6Unavailable from './rules/ipv6-unavailable.js'
import maxMapCount from './rules/max-map-count.js'
import memoryHighThrottling from './rules/memory-high-throttling.js'
import memoryLimitNoGomemlimit from './rules/memory-limit-no-gomemlimit.js'
import mmapEnomem from './rules/mmap-enomem.js'
import noexecTmp from './rules/noexec-tmp.js'
import nofileLimit from './rules/nofile-limit.js'
import oomKill from './rules/oom-kill.js'
import pidsLimit from './rules/pids-limit.js'
import portInUse from './rules/port-in-use.js'
import ptraceRestricted from './rules/ptrace-restricted.js'
import raceRequiresCgo from './rules/race-requires-cgo.js'
import seccompBlocked from './rules/seccomp-blocked.js'
import shmSize from './rules/shm-size.js'
import somaxconnBacklog from './rules/somaxconn-backlog.js'
import threadLimit from './rules/thread-limit.js'
import tsanMmapRndBits from './rules/tsan-mmap-rnd-bits.js'
import tzdataMissing from './rules/tzdata-missing.js'
import usernsDisabled from './rules/userns-disabled.js'
import usernsTestAssumption from './rules/userns-test-assumption.js'

export const rules: readonly Rule[] = [
  apparmorUserns,
  clockSkew,
  cpuThrottlingTimeout,
  deadlockTimeout,
  diskFull,
  dnsHosts,
  ephemeralPorts,
  fdLeak,
  goCacheUnavailable,
  goThreadCap,
  gomaxprocsQuota,
  inotifyLimit,
  ipv6Unavailable,
  maxMapCount,
  memoryHighThrottling,
  memoryLimitNoGomemlimit,
  mmapEnomem,
  noexecTmp,
  nofileLimit,
  oomKill,
  pidsLimit,
  portInUse,
  ptraceRestricted,
  raceRequiresCgo,
  seccompBlocked,
  shmSize,
  somaxconnBacklog,
  threadLimit,
  tsanMmapRndBits,
  tzdataMissing,
  usernsDisabled,
  usernsTestAssumption
]

const byId = new Map(rules.map(r => [r.id, r]))

export const getRule = (id: string): Rule | undefined => byId.get(id)

export const docsPath = (id: string): string => `docs/rules/${id}.md`

/** What `go-env-guard rules [--json]` lists, in registry (id) order. */
export function ruleInfos(list: readonly Rule[] = rules): RuleInfo[] {
  return list.map(r => ({
    id: r.id,
    title: r.title,
    environmental: r.environmental,
    severity: r.severity,
    docs: docsPath(r.id),
    preflight: typeof r.preflight === 'function',
    diagnose: typeof r.diagnose === 'function'
  }))
}
