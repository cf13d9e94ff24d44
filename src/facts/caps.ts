import type { CapabilityInfo } from './types.js'

/**
 * Capability numbers from include/uapi/linux/capability.h (Linux 5.9+ for CAP_CHECKPOINT_RESTORE = 40;
 * CAP_LAST_CAP is 40 as of 6.x). Index = bit number in the CapEff mask of /proc/<pid>/status.
 */
export const CAP_NAMES = [
  'CAP_CHOWN', // 0
  'CAP_DAC_OVERRIDE', // 1
  'CAP_DAC_READ_SEARCH', // 2
  'CAP_FOWNER', // 3
  'CAP_FSETID', // 4
  'CAP_KILL', // 5
  'CAP_SETGID', // 6
  'CAP_SETUID', // 7
  'CAP_SETPCAP', // 8
  'CAP_LINUX_IMMUTABLE', // 9
  'CAP_NET_BIND_SERVICE', // 10
  'CAP_NET_BROADCAST', // 11
  'CAP_NET_ADMIN', // 12
  'CAP_NET_RAW', // 13
  'CAP_IPC_LOCK', // 14
  'CAP_IPC_OWNER', // 15
  'CAP_SYS_MODULE', // 16
  'CAP_SYS_RAWIO', // 17
  'CAP_SYS_CHROOT', // 18
  'CAP_SYS_PTRACE', // 19
  'CAP_SYS_PACCT', // 20
  'CAP_SYS_ADMIN', // 21
  'CAP_SYS_BOOT', // 22
  'CAP_SYS_NICE', // 23
  'CAP_SYS_RESOURCE', // 24
  'CAP_SYS_TIME', // 25
  'CAP_SYS_TTY_CONFIG', // 26
  'CAP_MKNOD', // 27
  'CAP_LEASE', // 28
  'CAP_AUDIT_WRITE', // 29
  'CAP_AUDIT_CONTROL', // 30
  'CAP_SETFCAP', // 31
  'CAP_MAC_OVERRIDE', // 32
  'CAP_MAC_ADMIN', // 33
  'CAP_SYSLOG', // 34
  'CAP_WAKE_ALARM', // 35
  'CAP_BLOCK_SUSPEND', // 36
  'CAP_AUDIT_READ', // 37
  'CAP_PERFMON', // 38
  'CAP_BPF', // 39
  'CAP_CHECKPOINT_RESTORE' // 40
] as const

/** Decodes a CapEff hex mask (16 hex digits). Bits above 40 are named `cap_<n>`. Null on bad input. */
export function decodeCaps(hex: string): CapabilityInfo | null {
  const h = hex.trim()
  if (!/^[0-9a-fA-F]{1,16}$/.test(h)) return null
  const mask = BigInt('0x' + h)
  const effective: string[] = []
  for (let bit = 0; bit < 64; bit++) {
    if ((mask >> BigInt(bit)) & 1n) effective.push(CAP_NAMES[bit] ?? `cap_${bit}`)
  }
  const has = (n: string) => effective.includes(n)
  return {
    hex: h.toLowerCase(),
    effective,
    sysAdmin: has('CAP_SYS_ADMIN'),
    sysResource: has('CAP_SYS_RESOURCE'),
    sysPtrace: has('CAP_SYS_PTRACE')
  }
}
