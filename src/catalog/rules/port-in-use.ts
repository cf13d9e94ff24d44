/**
 * port-in-use (look-alike): a listen on a fixed port fails because something else holds it: a test
 * design problem (parallel packages, a server not closed), not the machine. Doc: docs/rules/port-in-use.md.
 */
import { defineRule, type Rule } from '../rule.js'
import { valueOf } from '../../facts/types.js'
import { confidenceFor, type Support } from '../confidence.js'

const rule: Rule = defineRule({
  id: 'port-in-use',
  title: 'Fixed port already in use (test design)',
  environmental: false,
  severity: 'notice',
  claims: e =>
    e.kind === 'errno' &&
    (e.errno === 'EADDRINUSE' ||
      (e.errno === 'EACCES' && /forbidden by its access permissions/i.test(e.text))) &&
    e.port !== 0 &&
    e.netOp !== 'dial' &&
    (e.netOp === 'listen' || e.syscall === 'bind' || e.netOp === undefined),
  fixes: [],
  advice: {
    always:
      'Listen on port 0 and read the address back (`net.Listen("tcp", "127.0.0.1:0")`, `httptest.NewServer`) instead of a fixed or pre-picked port; ' +
      'for a Unix socket, remove the stale file first or use a path under `t.TempDir()`; close servers with `t.Cleanup`; if packages must share a port, run them with `go test -p 1`.'
  },

  diagnose(m) {
    const fixed = m.evidence.find(e => e.port !== undefined && e.port > 0)
    if (!fixed) return m.cause('low', [])
    const range = m.facts ? valueOf(m.facts.network?.portRange) : undefined
    let support: Support = 'unknown'
    let note: string | undefined
    if (range) {
      const inRange = fixed.port! >= range.low && fixed.port! <= range.high
      note = `port ${fixed.port} is ${inRange ? 'inside' : 'outside'} the ephemeral range ${range.low}-${range.high}`
      // Outside the ephemeral range only something that chose this port can hold it.
      support = inRange ? 'unknown' : 'corroborates'
    }
    const confidence = confidenceFor('specific', support)
    return confidence ? m.cause(confidence, [note]) : null
  }
})

export default rule
