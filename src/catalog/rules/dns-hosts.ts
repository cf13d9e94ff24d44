/**
 * dns-hosts: resolving "localhost" fails. Go resolves it like any other name: /etc/hosts first when
 * nsswitch.conf says `hosts: files dns` (or is missing, in current Go; before the fix for golang/go#35305
 * the pure-Go resolver asked DNS first), then DNS (failure catalog 2.33). go1.26.8 has no built-in answer
 * for localhost: it went to DNS in the run below. So a failed lookup of localhost means /etc/hosts has no localhost entry (or nsswitch puts dns
 * first) and DNS did not answer for it. Reproduced in e2e/scenarios/dns-hosts-no-localhost (go1.26.8):
 * `dial tcp: lookup localhost on 10.255.255.53:53: dial udp ...: connect: network is unreachable`.
 *
 * Lookups of other names failing is the test's network dependency, not this rule. No fact reads
 * /etc/hosts yet, so the cause is at most medium.
 */
import { defineRule, type Rule } from '../rule.js'
import { cause, confidenceFor, matchLines, remedyFor } from '../helpers.js'

export const LOOKUP_LOCALHOST = /\blookup (?:[\w-]+\.)*localhost\.?(?: on \S+)?: /i

const rule: Rule = defineRule({
  id: 'dns-hosts',
  title: '"localhost" does not resolve (hosts file or nsswitch)',
  environmental: true,
  severity: 'warning',
  triggers: [LOOKUP_LOCALHOST],

  diagnose(_failure, { facts, lines }) {
    const matched = matchLines(lines, LOOKUP_LOCALHOST)
    if (matched.length === 0) return null
    const confidence = confidenceFor('specific', 'unknown') ?? 'medium'
    return cause(
      'dns-hosts',
      confidence,
      [...matched, 'a lookup of localhost reached the DNS fallback: /etc/hosts did not answer it'],
      remedyFor(facts, {
        githubHosted:
          'the hosted images list localhost for 127.0.0.1 and ::1; check steps that rewrite /etc/hosts: `cat /etc/hosts /etc/nsswitch.conf`.',
        selfHosted:
          'make sure /etc/hosts has `127.0.0.1 localhost` and `::1 localhost ip6-localhost`, and /etc/nsswitch.conf has `hosts: files dns`.',
        container:
          'in the image: `RUN grep -q localhost /etc/hosts || echo "127.0.0.1 localhost" >> /etc/hosts` does not persist (Docker writes /etc/hosts at start); instead add `hosts: files dns` to /etc/nsswitch.conf (`RUN echo "hosts: files dns" > /etc/nsswitch.conf`, as the golang images do) and do not replace /etc/hosts with a volume; `--add-host localhost:127.0.0.1` also works.',
        always: 'Tests can dial 127.0.0.1 instead of localhost.'
      })
    )
  }
})

export default rule
