import { describe, expect, it } from '@jest/globals'
import { SYSCTL_KEYS } from '../../src/facts/types.js'
import {
  ALLOWLIST,
  desiredValue,
  normalise,
  procPath,
  refuseChange,
  sameValue,
  specFor
} from '../../src/remediate/allowlist.js'

const spec = (key: string) => {
  const s = specFor(key)
  if (!s) throw new Error(`no spec for ${key}`)
  return s
}

describe('allow-list', () => {
  it('lists only keys the probes read, each once, with a numeric target', () => {
    const keys = ALLOWLIST.map(s => s.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const s of ALLOWLIST) {
      expect(SYSCTL_KEYS).toContain(s.key)
      expect(s.target).toMatch(/^\d+( \d+)?$/)
      expect(s.rules.length).toBeGreaterThan(0)
    }
  })

  it('has the catalog values (runner-images configure-environment.sh, kernel defaults)', () => {
    expect(spec('fs.inotify.max_user_watches').target).toBe('655360')
    expect(spec('fs.inotify.max_user_instances').target).toBe('1280')
    expect(spec('vm.max_map_count').target).toBe('262144')
    expect(spec('net.core.somaxconn').target).toBe('4096')
    expect(spec('vm.mmap_rnd_bits').target).toBe('28')
    expect(spec('kernel.pid_max').target).toBe('4194304')
  })

  it('marks the lowering keys and security relaxations as cause-only, and only net.* as namespaced', () => {
    for (const s of ALLOWLIST) {
      if (s.better === 'lower') expect(s.causeOnly).toBe(true)
      expect(s.namespaced).toBe(s.key.startsWith('net.'))
    }
    expect(spec('kernel.apparmor_restrict_unprivileged_userns').causeOnly).toBe(true)
    expect(spec('user.max_user_namespaces').causeOnly).toBe(true)
    expect(spec('fs.inotify.max_user_watches').causeOnly).toBe(false)
  })

  it('refuses a key that is not listed, for paths too', () => {
    expect(specFor('kernel.core_pattern')).toBeUndefined()
    expect(refuseChange('kernel.core_pattern', '1', '2')).toMatch(/not on the tuning allow-list/)
    expect(() => procPath('kernel.core_pattern')).toThrow(/allow-list/)
    expect(procPath('net.ipv4.ip_local_port_range')).toBe('/proc/sys/net/ipv4/ip_local_port_range')
  })
})

describe('values and ordering', () => {
  it('compares the kernel text form (tab-separated) with the written form', () => {
    // /proc/sys/net/ipv4/ip_local_port_range reads back "32768\t60999" on this kernel.
    expect(normalise('32768\t60999\n')).toBe('32768 60999')
    expect(sameValue('32768\t60999', '32768 60999')).toBe(true)
    expect(sameValue('128', '129')).toBe(false)
  })

  it('raises a "higher" key to the target and never lowers it', () => {
    const s = spec('fs.inotify.max_user_instances')
    expect(desiredValue(s, '128')).toBe('1280')
    expect(desiredValue(s, '1280')).toBeNull()
    expect(desiredValue(s, '8192')).toBeNull()
    expect(refuseChange(s.key, '8192', '1280')).toMatch(/never lowers/)
    expect(refuseChange(s.key, '128', '129')).toBeNull()
    expect(refuseChange(s.key, '128', '1281')).toMatch(/above the safe value/)
    expect(refuseChange(s.key, '128', '128')).toMatch(/already/)
  })

  it('handles values beyond 2^53 (fs.file-max can be LONG_MAX)', () => {
    const s = spec('fs.file-max')
    expect(desiredValue(s, '9223372036854775807')).toBeNull()
    expect(refuseChange(s.key, '9223372036854775807', '2097152')).toMatch(/never lowers/)
  })

  it('widens a port range as the union with the target; never narrows either end', () => {
    const s = spec('net.ipv4.ip_local_port_range')
    expect(desiredValue(s, '32768\t60999')).toBe('1024 65535')
    // A range already lower at the bottom keeps its bottom; only the top moves.
    expect(desiredValue(s, '500 60999')).toBe('500 65535')
    expect(desiredValue(s, '1024 65535')).toBeNull()
    expect(desiredValue(s, '1000 65535')).toBeNull()
    expect(refuseChange(s.key, '32768 60999', '40000 65535')).toMatch(/narrow/)
    expect(refuseChange(s.key, '32768 60999', '1024 65535')).toBeNull()
    expect(refuseChange(s.key, '32768 60999', '2000 1000')).toMatch(/not a range/)
    expect(refuseChange(s.key, '32768 60999', '1 65535')).toMatch(/beyond the safe range/)
    expect(refuseChange(s.key, '32768 60999', '1024')).toMatch(/not a valid value/)
  })

  it('moves a "lower" key only downwards, and not below the target', () => {
    const s = spec('vm.mmap_rnd_bits')
    expect(desiredValue(s, '32')).toBe('28')
    expect(desiredValue(s, '28')).toBeNull()
    expect(desiredValue(s, '24')).toBeNull()
    expect(refuseChange(s.key, '28', '32')).toMatch(/tightens/)
    expect(refuseChange(s.key, '32', '20')).toMatch(/below the safe value/)
  })

  it('leaves a non-numeric value alone', () => {
    expect(desiredValue(spec('vm.max_map_count'), 'abc')).toBeNull()
    expect(refuseChange('vm.max_map_count', 'abc', '262144')).toMatch(/not numeric/)
  })
})
