// Compares doctor's cgroup v2 facts with the cgroup files, read here directly (in the guest, in the
// same cgroup and namespaces as the doctor run).
//
//   node facts.mjs DOCTOR_JSON --dir DIR --path PATH [--binding DIR] [--namespaced] [--no-memory]
//                  [--text DOCTOR_TEXT] [--report FILE]
//
// DIR: the cgroup's directory the doctor must find; PATH: what /proc/self/cgroup must say (0::PATH);
// --binding: where the tightest memory/pids/cpu limit sits (default DIR: the ancestors' files are
// read here too, up to the mount point, and must agree); --no-memory: the memory controller is not
// enabled for DIR, so the memory fact must be unknown with the reason (and the text must not call the
// memory limit unlimited). Limits and event counters must be equal; usage (memory.current,
// pids.current, cpu.stat) changes between the two reads, so only its presence and bounds are checked.
// Prints one JSON line: {"ok", "got", "confidence", "problems"} (with VERDICT_TSV set, also written there
// as "PASS|FAIL<TAB>got<TAB>-<TAB>problems", see e2e/lib/check.mjs); --report writes the side-by-side table.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const argv = process.argv.slice(2)
const doctorPath = argv.shift()
const opt = { namespaced: false, noMemory: false }
while (argv.length) {
  const a = argv.shift()
  if (a === '--namespaced') opt.namespaced = true
  else if (a === '--no-memory') opt.noMemory = true
  else opt[a.replace(/^--/, '')] = argv.shift()
}
const problems = []
const rows = []
const done = got => {
  if (opt.report) writeFileSync(opt.report, rows.map(r => r.join('\t')).join('\n') + '\n')
  process.stdout.write(JSON.stringify({ ok: problems.length === 0, got, confidence: '-', problems }) + '\n')
  if (process.env.VERDICT_TSV) {
    const cells = [problems.length === 0 ? 'PASS' : 'FAIL', got, '-', problems.join('; ')]
    writeFileSync(
      process.env.VERDICT_TSV,
      cells.map(x => String(x).replace(/[\t\n\r]/g, ' ')).join('\t') + '\n'
    )
  }
  process.exit(0)
}
const read = p => {
  try {
    return readFileSync(p, 'utf8')
  } catch {
    return null
  }
}
const num = p => {
  const t = read(p)
  if (t === null) return undefined
  const s = t.trim()
  return s === 'max' ? null : /^\d+$/.test(s) ? Number(s) : `bad:${s}`
}
const keyed = (p, k) => {
  const t = read(p)
  if (t === null) return undefined
  const m = new RegExp(`^${k} (\\d+)$`, 'm').exec(t)
  return m ? Number(m[1]) : null
}
const cpuMax = dir => {
  const t = read(`${dir}/cpu.max`)
  if (t === null) return undefined
  const [q, p] = t.trim().split(/\s+/)
  return { quota: q === 'max' ? null : Number(q), period: Number(p) }
}
/** What the doctor said must equal what the file says. */
const eq = (what, doctor, file) => {
  const ok = JSON.stringify(doctor) === JSON.stringify(file)
  rows.push([what, JSON.stringify(doctor), JSON.stringify(file), ok ? '=' : 'DIFFERS'])
  if (!ok) problems.push(`${what}: doctor ${JSON.stringify(doctor)}, file ${JSON.stringify(file)}`)
}
const check = (what, cond, detail) => {
  rows.push([what, detail, '', cond ? 'ok' : 'WRONG'])
  if (!cond) problems.push(`${what}: ${detail}`)
}

let doctor
try {
  doctor = JSON.parse(readFileSync(doctorPath, 'utf8'))
} catch (e) {
  problems.push(`doctor output is not JSON: ${e.message}`)
  done('no report')
}
const cgf = doctor?.facts?.cgroup
if (!cgf || !('value' in cgf)) {
  problems.push(`cgroup fact unknown: ${cgf?.unknown ?? 'absent'}`)
  done('cgroup unknown')
}
const cg = cgf.value
rows.push(['field', 'doctor', 'file (read directly)', ''])

const selfCgroup = (read('/proc/self/cgroup') ?? '').trim()
eq('/proc/self/cgroup', `0::${cg.paths?.unified?.path}`, selfCgroup)
eq('cgroup path', cg.paths?.unified?.path, opt.path)
eq('cgroup dir', cg.paths?.unified?.dir, opt.dir)
eq('version', cg.version, existsSync('/sys/fs/cgroup/cgroup.controllers') ? 'v2' : 'not v2')
const nsLink = (() => {
  try {
    return readFileSync('/proc/self/ns/cgroup', 'utf8')
  } catch {
    return null
  }
})()
void nsLink
eq('namespaced', cg.namespaced, opt.namespaced)

const dir = opt.dir
const top = '/sys/fs/cgroup'
const chain = [dir]
for (let d = dir; d !== top && d.length > top.length;) {
  d = d.slice(0, d.lastIndexOf('/')) || '/'
  chain.push(d)
}
/** The tightest value among DIR and its ancestors (files read here), and where it is. */
const tightest = get => {
  let best = { value: null, dir: null }
  for (const d of chain) {
    const v = get(d)
    if (typeof v === 'number' && (best.value === null || v < best.value)) best = { value: v, dir: d }
  }
  return best
}
const binding = opt.binding ?? dir

// memory
const mem = cg.memory
if (opt.noMemory) {
  check(
    'memory.max absent',
    !existsSync(`${dir}/memory.max`),
    `${dir}/memory.max exists: ${existsSync(`${dir}/memory.max`)}`
  )
  const ctl = (read(`${dir}/cgroup.controllers`) ?? '').trim()
  check(
    'memory not in cgroup.controllers',
    !ctl.split(/\s+/).includes('memory'),
    `cgroup.controllers: ${ctl}`
  )
  const reason = mem && 'unknown' in mem ? mem.unknown : null
  check(
    'memory fact unknown with the reason',
    typeof reason === 'string' && /memory controller is not enabled/.test(reason) && reason.includes(dir),
    `doctor: ${JSON.stringify(mem)}`
  )
  const memFindings = (doctor.findings ?? []).filter(f => /memory|oom|gomemlimit/i.test(f.rule))
  check('no memory-limit finding', memFindings.length === 0, memFindings.map(f => f.rule).join(',') || 'none')
  if (opt.text) {
    const text = read(opt.text) ?? ''
    const lines = text.split('\n').filter(l => /memory/i.test(l))
    check(
      'text: memory unknown, not unlimited',
      lines.some(l => /unknown|not enabled/i.test(l)) && !lines.some(l => /unlimited|no limit/i.test(l)),
      lines.map(l => l.trim()).join(' | ') || 'no memory line'
    )
  }
} else if (!mem || !('value' in mem)) {
  problems.push(`memory fact unknown: ${mem?.unknown}`)
} else {
  const m = mem.value
  eq('memory dir', m.dir, dir)
  eq('memory.max', m.max, num(`${dir}/memory.max`))
  eq('memory.high', m.high, num(`${dir}/memory.high`))
  eq('memory.events oom_kill', m.oomKill, keyed(`${dir}/memory.events`, 'oom_kill'))
  eq('memory.events oom', m.oom, keyed(`${dir}/memory.events`, 'oom'))
  const t = tightest(d => num(`${d}/memory.max`))
  eq('effective memory.max', m.effectiveMax, t.value)
  eq('effective memory.max dir', m.effectiveMaxDir, t.dir)
  if (t.value !== null) eq('binding memory.max dir (expected)', m.effectiveMaxDir, binding)
  check(
    'memory.current',
    typeof m.current === 'number' && m.current > 0,
    `doctor ${m.current}, file now ${num(`${dir}/memory.current`)}`
  )
  check(
    'memory.peak (Linux 5.19+)',
    typeof m.peak === 'number' && m.peak >= (m.current ?? 0),
    `doctor ${m.peak}, file now ${num(`${dir}/memory.peak`)}`
  )
}

// pids
const pids = cg.pids
if (!pids || !('value' in pids)) problems.push(`pids fact unknown: ${pids?.unknown}`)
else {
  const p = pids.value
  eq('pids dir', p.dir, dir)
  eq('pids.max', p.max, num(`${dir}/pids.max`))
  eq('pids.events max', p.eventsMax, keyed(`${dir}/pids.events`, 'max'))
  const t = tightest(d => num(`${d}/pids.max`))
  eq('effective pids.max', p.effectiveMax, t.value)
  eq('effective pids.max dir', p.effectiveMaxDir, t.dir)
  if (t.value !== null) eq('binding pids.max dir (expected)', p.effectiveMaxDir, binding)
  check(
    'pids.current',
    typeof p.current === 'number' && p.current > 0,
    `doctor ${p.current}, file now ${num(`${dir}/pids.current`)}`
  )
}

// cpu
const cpu = cg.cpu
if (!cpu || !('value' in cpu)) problems.push(`cpu fact unknown: ${cpu?.unknown}`)
else {
  const c = cpu.value
  const f = cpuMax(dir)
  eq('cpu dir', c.dir, dir)
  eq('cpu.max quota', c.quotaUs, f?.quota)
  eq('cpu.max period', c.periodUs, f?.period)
  eq('cpu limit (CPUs)', c.limitCpus, f && f.quota !== null ? f.quota / f.period : null)
  const t = tightest(d => {
    const x = cpuMax(d)
    return x && x.quota !== null ? x.quota / x.period : undefined
  })
  eq('effective cpu limit', c.effectiveLimitCpus, t.value)
  eq('effective cpu limit dir', c.effectiveLimitDir, t.dir)
  if (t.value !== null) eq('binding cpu limit dir (expected)', c.effectiveLimitDir, binding)
  for (const [k, key] of [
    ['nrPeriods', 'nr_periods'],
    ['nrThrottled', 'nr_throttled'],
    ['throttledUsec', 'throttled_usec']
  ]) {
    const now = keyed(`${dir}/cpu.stat`, key)
    check(`cpu.stat ${key}`, typeof c[k] === 'number' && c[k] <= now, `doctor ${c[k]}, file now ${now}`)
  }
}

done(problems.length === 0 ? `equal (${rows.length - 1} fields)` : `${problems.length} differ`)
