// The gomaxprocs-quota finding of a doctor run against what Go itself reported in the same cgroup.
//
//   node gomaxprocs.mjs DOCTOR_JSON GOT_GOMAXPROCS CPUS TOOLCHAIN
//
// The rule must fire exactly when the runtime's GOMAXPROCS exceeds what the quota allows (Go 1.25
// keeps at least 2: max(2, ceil(quota))), and then say the GOMAXPROCS Go really picked.
// Prints "PASS|FAIL<TAB>got<TAB>confidence<TAB>expected".
import { readFileSync } from 'node:fs'

const [doctorPath, gotStr, cpusStr, toolchain] = process.argv.slice(2)
const got = Number(gotStr)
const problems = []
let doctor = null
try {
  doctor = JSON.parse(readFileSync(doctorPath, 'utf8'))
} catch (e) {
  problems.push(`doctor output is not JSON: ${e.message}`)
}
const cpu = doctor?.facts?.cgroup?.value?.cpu?.value
const limit = cpu ? (cpu.effectiveLimitCpus ?? cpu.limitCpus) : null
const goVersion = doctor?.facts?.go?.value?.version ?? '?'
const goMod = doctor?.facts?.go?.value?.goModGo ?? '?'
const want = limit === null ? null : Math.max(2, Math.ceil(limit))
const shouldFire = want !== null && got > want
const f = (doctor?.findings ?? []).find(x => x.rule === 'gomaxprocs-quota')
if (!Number.isInteger(got) || got < 1) problems.push(`GOMAXPROCS from Go: ${gotStr}`)
if (limit === null) problems.push('doctor saw no cpu.max quota')
// doctor must have run this case's toolchain, not another go found on PATH
if (toolchain && goVersion !== toolchain) problems.push(`doctor ran ${goVersion}, not ${toolchain}`)
if (shouldFire && !f)
  problems.push(`Go picked GOMAXPROCS=${got} > ${want} but there is no gomaxprocs-quota finding`)
if (!shouldFire && f)
  problems.push(`Go picked GOMAXPROCS=${got} (quota ${limit}) but gomaxprocs-quota fired: ${f.message}`)
if (f && !f.message.includes(`GOMAXPROCS will be ${got} `))
  problems.push(`the finding says "${f.message.slice(0, 60)}", Go reported ${got}`)
const expected = `GOMAXPROCS=${got}: ${shouldFire ? 'finding' : 'no finding'} (${goVersion}, go ${goMod}, ${cpusStr} CPUs)`
process.stdout.write(
  [
    problems.length ? 'FAIL' : 'PASS',
    f ? 'gomaxprocs-quota' : 'none',
    f ? f.severity : '-',
    expected + (problems.length ? ` | ${problems.join('; ')}` : '')
  ].join('\t') + '\n'
)
