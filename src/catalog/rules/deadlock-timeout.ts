/**
 * deadlock-timeout (look-alike): a test hung (a deadlock, a goroutine waiting forever, a missing
 * timeout) until the test timeout fired; or the runtime found every goroutine asleep. Doc:
 * docs/rules/deadlock-timeout.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { THROTTLE_CHECK, throttling, timeoutView } from './cpu-throttling-timeout.js'
import { counterDelta } from '../fact-readers.js'

const rule: Rule = defineRule({
  id: 'deadlock-timeout',
  title: 'Test hung (deadlock or missing timeout), not the machine',
  environmental: false,
  severity: 'notice',
  claims: e => e.kind === 'timeout' || e.kind === 'deadlock' || e.kind === 'goroutine',
  fixes: [],
  advice: {
    always:
      'Read the goroutine dump under the panic: the test goroutine and whatever it waits for (a channel nobody sends on, a lock held by a ' +
      'goroutine waiting for it, a server never closed). Run it locally with `go test -run <Test> -timeout 30s -race`; add contexts with ' +
      'deadlines to calls that can block.'
  },

  diagnose(m) {
    if (m.evidence.some(e => e.kind === 'deadlock'))
      return m.cause('high', [
        'the runtime found every goroutine blocked: a deadlock in the code, whatever the machine'
      ])
    const v = timeoutView(m.all, m.lines)
    if (v.timeouts.length === 0) {
      // A goroutine dump alone (a fragment): the code's goroutines blocked on each other is a hang.
      const blocked = v.blocked
      // Two goroutines of the code blocked on each other, or one blocked for many minutes.
      if ((blocked.length < 2 && !blocked.some(e => (e.number ?? 0) >= 10)) || v.working.length > 0)
        return null
      return m.cause(
        'low',
        [
          `${blocked.length} goroutines of the code blocked (${[...new Set(blocked.map(e => e.detail))].join(', ')}): a hang`
        ],
        {
          lines: blocked.slice(0, 3).map(e => `${e.text}${e.frame ? ` in ${e.frame}` : ''}`)
        }
      )
    }
    const t = throttling(m.facts, v.seconds)
    if (v.stuck.length > 0) {
      const lines = v.stuck.slice(0, 2).map(e => `${e.text}${e.frame ? ` in ${e.frame}` : ''}`)
      if (t.support === 'conclusive') return m.cause('low', [...lines, ...t.evidence])
      return m.cause(t.support === 'contradicts' ? 'high' : 'medium', [...lines, ...t.evidence])
    }
    // Held at memory.high during the run: the machine was slowed, by memory (memory-high-throttling).
    if ((counterDelta(m.facts, 'memoryHigh')?.value ?? 0) > 0) return null
    if (t.support === 'contradicts')
      return m.cause('medium', [
        'no CPU quota and no throttling during the run: nothing slowed the machine',
        ...t.evidence
      ])
    if (t.support !== 'unknown') return null
    // No listed test had run half the timeout: the suite outgrew it (cpu-throttling-timeout speaks).
    if (v.outgrown) return null
    if (v.oneTestAllAlong && v.working.length === 0 && !v.slowArch)
      return m.cause(
        'low',
        [
          `one test had run ${v.longestRunning}s of the ${v.seconds}s timeout: it hung (or is that slow on any machine)`
        ],
        { runnerUp: { rule: 'cpu-throttling-timeout', check: THROTTLE_CHECK } }
      )
    // The log shows the code working, or a slow builder: cpu-throttling-timeout speaks.
    if (v.working.length > 0 || v.slowArch || v.progressing) return null
    return m.cause(
      'low',
      ['the dump shows no goroutine of the code: a hang is the commoner cause of a test timeout'],
      {
        runnerUp: { rule: 'cpu-throttling-timeout', check: THROTTLE_CHECK }
      }
    )
  }
})

export default rule
