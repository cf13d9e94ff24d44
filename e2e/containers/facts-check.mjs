// Compares doctor's facts (inside a container) with `docker inspect` and the files inside it.
//   node facts-check.mjs LABEL DOCTOR_JSON INSPECT_JSON FILES
// Prints one line per fact (ok/MISMATCH with the three values) and exits 1 on any mismatch.
import { readFileSync } from 'node:fs'

const [label, doctorPath, inspectPath, filesPath] = process.argv.slice(2)
const doctor = JSON.parse(readFileSync(doctorPath, 'utf8'))
const hc = JSON.parse(readFileSync(inspectPath, 'utf8'))[0].HostConfig
const files = Object.fromEntries(
  readFileSync(filesPath, 'utf8')
    .split('\n')
    .filter(l => l.includes('='))
    .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
)
const f = doctor.facts
const v = x => (x && 'value' in x ? x.value : undefined)
const cg = v(f.cgroup)
let bad = 0
const check = (what, got, inspect, file, who = 'doctor') => {
  const same = (a, b) => b === undefined || JSON.stringify(a) === JSON.stringify(b)
  const ok = same(got, inspect) && same(got, file)
  if (!ok) bad++
  console.log(
    `facts: ${label}: ${ok ? 'ok      ' : 'MISMATCH'} ${what}: ${who} ${JSON.stringify(got)}` +
      (inspect !== undefined ? `, docker inspect ${JSON.stringify(inspect)}` : '') +
      (file !== undefined ? `, in the container ${JSON.stringify(file)}` : '')
  )
}
const unlimitedV1 = n => (n >= 2 ** 62 ? null : n) // v1 memory "no limit" is PAGE_COUNTER_MAX pages
const num = s => (s === undefined || s === '' ? undefined : Number(s))

// container detection
check('in a container', v(f.system.container)?.inContainer, true, files.dockerenv === 'yes')
check('runtime', v(f.system.container)?.runtime, 'docker')
// cgroup: version and namespace (Docker 20.10 on cgroup v1: the host's cgroup namespace)
check('cgroup version', cg?.version, hc.CgroupnsMode === 'private' ? undefined : 'v1')
check(
  'private cgroup namespace',
  cg?.namespaced,
  hc.CgroupnsMode === 'private',
  files.cgroupns !== 'cgroup:[4026531835]'
)
// memory
const memFile = unlimitedV1(num(files['memory.limit_in_bytes']))
check('memory limit (bytes)', v(cg?.memory)?.max ?? null, hc.Memory > 0 ? hc.Memory : null, memFile)
check('memory limit read from', v(cg?.memory)?.dir, undefined, '/sys/fs/cgroup/memory')
// pids (docker inspect: 0 or null or -1 = unlimited; the file says max)
const pidsFile = files['pids.max'] === 'max' ? null : num(files['pids.max'])
check('pids.max', v(cg?.pids)?.max ?? null, hc.PidsLimit > 0 ? hc.PidsLimit : null, pidsFile)
// cpu
const quota = num(files['cpu.cfs_quota_us'])
const period = num(files['cpu.cfs_period_us'])
check(
  'CPU limit (CPUs)',
  v(cg?.cpu)?.limitCpus ?? null,
  hc.NanoCpus > 0 ? hc.NanoCpus / 1e9 : null,
  quota > 0 ? quota / period : null
)
// seccomp: inspect's SecurityOpt is empty for the default profile
const unconfined = (hc.SecurityOpt ?? []).some(o => /seccomp[=:]unconfined/.test(o))
const seccompMode = { 0: 'disabled', 1: 'strict', 2: 'filter' }[files.seccomp]
check('seccomp mode', v(f.security.seccomp)?.mode, unconfined ? 'disabled' : 'filter', seccompMode)
// rlimits: the hard limit is what Docker set; node raises its own soft limit to the hard one at
// startup, so the soft limit doctor sees (and the go test it starts gets) is the hard one.
const ul = (hc.Ulimits ?? []).find(u => u.Name === 'nofile')
const [shSoft, shHard] = (files['nofile.sh'] ?? '').split(' ').map(Number)
const [nodeSoft] = (files['nofile.node'] ?? '').split(' ').map(Number)
const nf = v(f.rlimits.nofile)
check('nofile hard', nf?.hard, ul ? ul.Hard : undefined, shHard)
check('nofile soft of a shell in the container', shSoft, ul ? ul.Soft : undefined, undefined, 'sh')
check('nofile soft (doctor, as node sees it)', nf?.soft, undefined, nodeSoft)
// /dev/shm: size from the mount options; inspect's ShmSize (64 MiB when not given)
const sizeOf = line => {
  const m = / size=(\d+)k/.exec(line ?? '') ?? /,size=(\d+)k/.exec(line ?? '')
  return m ? Number(m[1]) * 1024 : undefined
}
check('/dev/shm size', v(f.mounts.devShm)?.sizeBytes, hc.ShmSize, sizeOf(files.shm))
// /tmp: a tmpfs when --tmpfs /tmp was given, noexec unless the options say exec
const tmp = f.mounts.tempDirs.find(t => t.path === '/tmp')
const tmpMount = v(tmp?.mount)
const wantTmpfs = hc.Tmpfs && '/tmp' in hc.Tmpfs
check(
  '/tmp fs type',
  tmpMount?.fsType,
  wantTmpfs ? 'tmpfs' : 'overlay',
  (files.tmp ?? '').split(' - ')[1]?.split(' ')[0]
)
const tmpOpts = (files.tmp ?? '').split(' ')[5] ?? ''
check(
  '/tmp noexec',
  tmpMount?.noexec,
  wantTmpfs ? !/(^|,)exec(,|$)/.test(hc.Tmpfs['/tmp']) : false,
  tmpOpts.split(',').includes('noexec')
)
process.exit(bad ? 1 : 0)
