import { describe, expect, it } from '@jest/globals'
import { classifySysctl } from '../../../src/dockerlint/rules/docker-sysctl-rejected.js'
import { fixtureHits } from './cases.js'

const R = 'docker-sysctl-rejected'
describe(R, () => {
  it('fires on vm.max_map_count and on net.* with host networking; IPC keys in a private IPC namespace pass', async () => {
    expect(await fixtureHits('pattern/sysctls', R)).toEqual(['docker-compose.yml:9', 'docker-compose.yml:15'])
  })
  it('follows runc/docker-cli validation', () => {
    const none = { ipc: null, network: null }
    expect(classifySysctl('vm.max_map_count', none)).toBe('not-namespaced')
    expect(classifySysctl('fs.inotify.max_user_watches', none)).toBe('not-namespaced')
    expect(classifySysctl('kernel.pid_max', none)).toBe('not-namespaced')
    expect(classifySysctl('fs.mqueue.msg_max', none)).toBe('ok')
    expect(classifySysctl('kernel.shm_rmid_forced', none)).toBe('ok')
    expect(
      classifySysctl('kernel.msgmax', { ipc: { file: 'f', line: 1, value: 'host' }, network: null })
    ).toBe('host-ipc')
    expect(classifySysctl('net.ipv6.conf.lo.disable_ipv6', none)).toBe('ok')
  })
  it('does not fire on real files without sysctls', async () => {
    expect(await fixtureHits('real/gtrash', R)).toEqual([])
  })
})
