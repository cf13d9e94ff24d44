/**
 * tzdata-missing: `time.LoadLocation` finds no zoneinfo (`unknown time zone Europe/Berlin`): the image
 * or build root has no /usr/share/zoneinfo, and the test binary does not embed time/tzdata. Doc:
 * docs/rules/tzdata-missing.md.
 */
import { defineRule, type Rule } from '../rule.js'

/** The IANA database's areas: `Europe/Berlin`, `America/Argentina/Buenos_Aires`, `Etc/GMT+3`, `US/Pacific`. */
const IANA =
  /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Mexico|Brazil|Chile)\/[A-Za-z0-9_+-]+(?:\/[A-Za-z_]+)?$|^(?:UTC|GMT|EST5EDT|CST6CDT|MST7MDT|PST8PDT|Japan|Singapore|Turkey|Israel|Egypt|Iran|Hongkong|Cuba|Jamaica|Poland|Portugal|Eire|Iceland|Navajo|Zulu)$/

const rule: Rule = defineRule({
  id: 'tzdata-missing',
  title: 'No time zone database (zoneinfo) where the tests run',
  environmental: true,
  severity: 'warning',
  claims: e => e.kind === 'timezone',
  fixes: [],
  advice: {
    githubHosted: 'the hosted images ship tzdata: a job container or a minimal build root lacks it.',
    selfHosted:
      'install the time zone database on the runner (`sudo apt-get install -y tzdata`, `dnf install tzdata`, `apk add tzdata`).',
    container:
      'install it in the image (`RUN apt-get install -y tzdata` / `RUN apk add --no-cache tzdata`), or copy `/usr/share/zoneinfo` into a scratch or distroless image.',
    always:
      'Or embed the database in the binary: `import _ "time/tzdata"` in a test file, or `go test -tags timetzdata` (Go >= 1.15, about 450 KB). Packaging build roots need tzdata as a test dependency.'
  },

  diagnose(m) {
    const zones = [...new Set(m.evidence.map(e => e.detail).filter((z): z is string => !!z))]
    // time.In(nil) alone: a LoadLocation error the code ignored (most often no database), or a nil
    // *Location of its own making.
    if (zones.length === 0 && m.evidence.every(e => e.op !== undefined))
      return m.cause(
        'low',
        [
          'time.In was given a nil *Location: the usual source is a time.LoadLocation error the code ignored, and the usual cause of that error is no zoneinfo'
        ],
        { advice: { always: 'Check the error of time.LoadLocation where the location is made.' } }
      )
    // A real IANA name that does not load means no database; another name may be the test's own typo.
    const real = zones.length === 0 || zones.some(z => IANA.test(z))
    // The Go runtime finds $GOROOT/lib/time/zoneinfo.zip too: a failure means neither was there.
    return m.cause(real ? 'medium' : 'low', [
      zones.length
        ? `time.LoadLocation could not find ${zones.slice(0, 3).join(', ')}: no zoneinfo in /usr/share/zoneinfo, $ZONEINFO or $GOROOT/lib/time`
        : null
    ])
  }
})

export default rule
