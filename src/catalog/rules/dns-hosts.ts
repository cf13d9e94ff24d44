/**
 * dns-hosts: a name the machine should answer itself does not resolve (`localhost` missing from
 * /etc/hosts, no nsswitch.conf, no /etc/services), or DNS is unavailable where the tests run (a
 * sandboxed build: Nix, Bazel, distribution build chroots). Doc: docs/rules/dns-hosts.md.
 */
import { defineRule, type Rule } from '../rule.js'
import type { Evidence } from '../../evidence/model.js'

const LOCAL = /^(?:[\w-]+\.)*localhost\.?$|^ip6-(?:localhost|loopback)$|^localhost\.localdomain$/i
const NAME_FILES = /^\/etc\/(?:hosts|services|nsswitch\.conf|resolv\.conf|protocols)$/

export const isLocalName = (host: string | undefined): boolean => host !== undefined && LOCAL.test(host)

/** A lookup that failed (by its detail, or through the errno of the DNS query behind it). */
const isLookup = (e: Evidence): boolean =>
  (e.kind === 'dns' && e.detail !== 'unknown-service') || (e.kind === 'errno' && e.host !== undefined)

const rule: Rule = defineRule({
  id: 'dns-hosts',
  title: 'Name resolution broken (hosts file, nsswitch, /etc/services or no DNS)',
  environmental: true,
  severity: 'warning',
  claims: e =>
    isLookup(e) ||
    (e.kind === 'dns' && e.detail === 'unknown-service') ||
    (e.kind === 'errno' && e.errno === 'ENOENT' && NAME_FILES.test(e.path ?? '')),
  fixes: [],
  advice: {
    githubHosted:
      'the hosted images list localhost for 127.0.0.1 and ::1 and have DNS; check steps that rewrite /etc/hosts: `cat /etc/hosts /etc/nsswitch.conf`.',
    selfHosted:
      'make sure /etc/hosts has `127.0.0.1 localhost` and `::1 localhost ip6-localhost`, /etc/nsswitch.conf has `hosts: files dns`, and /etc/services exists (Debian: `netbase`, Fedora: `setup`, Alpine: `netbase`/`iana-etc`).',
    container:
      'in the image add `hosts: files dns` to /etc/nsswitch.conf (`RUN echo "hosts: files dns" > /etc/nsswitch.conf`, as the golang images do), install /etc/services (`netbase` / `iana-etc`), and do not replace /etc/hosts with a volume; `--add-host localhost:127.0.0.1` also works.',
    always:
      'Tests can dial 127.0.0.1 instead of localhost; tests that need the network should skip when it is absent (sandboxed builds such as Nix or Bazel have no DNS).'
  },

  diagnose(m) {
    const local = m.evidence.filter(e => isLookup(e) && isLocalName(e.host))
    const files = m.evidence
      .filter(e => e.kind === 'errno' || e.detail === 'unknown-service')
      .filter(e => !isLookup(e))
    if (local.length > 0)
      return m.cause(
        'medium',
        [
          'localhost did not resolve from /etc/hosts: the lookup fell through to DNS, or the hosts file answers it wrong'
        ],
        {
          lines: local.map(e => e.text)
        }
      )
    if (files.length > 0)
      return m.cause(
        'medium',
        [
          'a name database the Go resolver and cgo read is missing (/etc/services, /etc/hosts or nsswitch.conf)'
        ],
        {
          lines: files.map(e => e.text)
        }
      )
    // Another name that did not resolve: DNS missing where the tests ran, or a name that does not exist.
    const other = m.evidence.filter(isLookup)
    if (other.length === 0) return null
    return m.cause(
      'low',
      [
        'a DNS lookup failed: no resolver where the tests ran (a sandbox or an offline runner), or a name that does not exist'
      ],
      {
        lines: other.map(e => e.text),
        advice: { always: 'Check on the runner: `getent hosts <name>` and `cat /etc/resolv.conf`.' }
      }
    )
  }
})

export default rule
