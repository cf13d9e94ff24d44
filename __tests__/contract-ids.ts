/**
 * The environmental rule ids the contract requires (CONTRACT.md, "Rule ids"; copied in
 * docs/contract-rule-ids.md, which __tests__/catalog/integrity.test.ts compares with this list): users
 * depend on them.
 */
export const CONTRACT_IDS = [
  'nofile-limit',
  'inotify-limit',
  'pids-limit',
  'thread-limit',
  'oom-kill',
  'mmap-enomem',
  'max-map-count',
  'noexec-tmp',
  'disk-full',
  'tsan-mmap-rnd-bits',
  'userns-disabled',
  'apparmor-userns',
  'seccomp-blocked',
  'ptrace-restricted',
  'ipv6-unavailable',
  'ephemeral-ports',
  'somaxconn-backlog',
  'cpu-throttling-timeout',
  'dns-hosts',
  'shm-size',
  'race-requires-cgo',
  'go-cache-unavailable',
  'clock-skew'
] as const
