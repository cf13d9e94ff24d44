/**
 * port-in-use (look-alike): `bind: address already in use` on a fixed, non-zero port: two tests,
 * parallel packages (go test runs packages in parallel) or a leftover server hold the same port. Test
 * design, not a sysctl. Failure catalog section 5. Reproduced with two parallel tests on
 * 127.0.0.1:47123 (e2e/scenarios/port-in-use-control).
 *
 * Pasted logs often lose the address (`...bind: address already in use...`, filecoin-project/venus#3145)
 * and Unix sockets have none (`listen unix /tmp/x.sock: bind: address already in use`, a socket file a
 * previous run left behind). EADDRINUSE has no environmental reading either way, so those still name the
 * look-alike, at low confidence (the port cannot be checked against the ephemeral range).
 */
import { defineRule, type Rule } from '../rule.js'
import type { Support } from '../helpers.js'
import { cause, confidenceFor, firstMatch, matchLines } from '../helpers.js'
import { valueOf } from '../../facts/types.js'

export const EADDRINUSE = /(?:listen|bind) (?:tcp|udp)[46]? (\S*):(\d+): bind: address already in use/
export const ANY_EADDRINUSE = /bind: address already in use/i

const rule: Rule = defineRule({
  id: 'port-in-use',
  title: 'Fixed port already in use (test design)',
  environmental: false,
  severity: 'notice',
  triggers: [/bind: address already in use/],

  diagnose(_failure, { facts, lines }) {
    const m = firstMatch(lines, EADDRINUSE)
    if (!m) {
      const any = matchLines(lines, ANY_EADDRINUSE)
      if (any.length === 0) return null
      return cause(
        'port-in-use',
        'low',
        any,
        'Something else holds the address the test binds. Listen on port 0 and read the address back ' +
          '(`net.Listen("tcp", "127.0.0.1:0")`, `httptest.NewServer`) instead of a fixed or pre-picked port; for a Unix ' +
          'socket, remove the stale file first or use a path under `t.TempDir()`; close servers with `t.Cleanup`.'
      )
    }
    const port = Number(m[2])
    if (port === 0) return null
    const range = facts ? valueOf(facts.network?.portRange) : undefined
    const evidence = matchLines(lines, EADDRINUSE)
    let support: Support = 'unknown'
    if (range) {
      const inRange = port >= range.low && port <= range.high
      evidence.push(
        `port ${port} is ${inRange ? 'inside' : 'outside'} the ephemeral range ${range.low}-${range.high}`
      )
      // Outside the ephemeral range only something that chose this port can hold it.
      support = inRange ? 'unknown' : 'corroborates'
    }
    const confidence = confidenceFor('specific', support)
    if (confidence === null) return null
    return cause(
      'port-in-use',
      confidence,
      evidence,
      `Listen on port 0 and read the address back (\`net.Listen("tcp", "127.0.0.1:0")\`, \`httptest.NewServer\`) instead of the fixed port ${port}; ` +
        'close servers with `t.Cleanup`; if packages must share a port, run them with `go test -p 1`.'
    )
  }
})

export default rule
