/**
 * Every command's options, defined once: the parser's FlagSpec (`flagSpec`) and the `COMMAND --help`
 * text (`commandHelp`) are both derived from them, so an option cannot be accepted without being
 * explained, nor explained without being accepted.
 */
import type { FlagSpec } from './args.js'

interface OptionDef {
  name: string
  /** The value's placeholder (`DIR`); absent for a boolean flag. */
  value?: string
  choices?: readonly string[]
  /** The help text; a `\n` starts a continuation line. */
  help: string
  /** Several rows for one option (`--facts here`, `--facts FILE`): [label, help] each. */
  rows?: readonly (readonly [string, string])[]
}

interface CommandDef {
  /** The synopsis after `Usage: go-env-guard `. */
  usage: string
  about: string
  options: readonly OptionDef[]
  passthrough?: boolean
  /** Text after the options (the exit status). */
  end?: string
}

const JSON_OPT = (help: string): OptionDef => ({ name: 'json', help })

export const COMMANDS: Readonly<Record<string, CommandDef>> = {
  doctor: {
    usage: 'doctor [--dir DIR] [--json] [--go-probe auto|off] [--fail-on never|error|warning]',
    about: `Probes this machine (limits, cgroups, sysctls, mounts, security) and lints the Dockerfiles, compose
files and workflows of the repository that holds DIR, then prints the facts and the findings.`,
    options: [
      { name: 'dir', value: 'DIR', help: 'the Go module to check (default: .)' },
      JSON_OPT('print the JSON report instead of text'),
      {
        name: 'go-probe',
        value: 'MODE',
        choices: ['auto', 'off'],
        help: 'auto: build and run a small Go program to see what the Go runtime sees (needs go\non PATH); off: skip it (default: auto)'
      },
      {
        name: 'fail-on',
        value: 'LEVEL',
        choices: ['never', 'error', 'warning'],
        help: 'exit 1 when a finding is at LEVEL or above: never, error, warning (default: never)'
      }
    ],
    end: 'Exit status: 0; 1 when --fail-on is met; 2 bad usage.'
  },
  explain: {
    usage: 'explain [FILE ...|-] [--facts here|FACTS.json] [--dir DIR] [--json]',
    about: `Reads saved go test output (go test -json, or plain go test -v text) and explains each failure: the
likely environmental cause, its evidence and the fix. With no FILE, or -, it reads standard input.

The log usually comes from another machine (a CI runner), so explain does not use this machine's
facts unless asked: without --facts the diagnosis rests on the log alone, and says so.`,
    options: [
      {
        name: 'facts',
        value: 'FILE',
        help: '',
        rows: [
          [
            '--facts here',
            'also probe this machine and use its facts (right only if the log was written here)'
          ],
          [
            '--facts FILE',
            'use the facts (or the whole JSON report) recorded where the tests ran: the action\'s\nreport file, or "go-env-guard doctor --json" run there'
          ]
        ]
      },
      {
        name: 'dir',
        value: 'DIR',
        help: 'the repository checkout, to map failures to files and lines (default: .)'
      },
      JSON_OPT('print the JSON report instead of text'),
      { name: 'no-probe', help: 'the default; kept for old scripts' }
    ],
    end: 'Exit status: 0; 2 bad usage, or an input that holds no go test output (its reason on stderr).'
  },
  test: {
    usage: 'test [--dir DIR] [--json] -- <go test arguments>',
    about: `Runs "go test -json <arguments>" in DIR, prints readable output as it arrives, then explains the
failures with this machine's facts.`,
    options: [
      { name: 'dir', value: 'DIR', help: 'where to run go test (default: .)' },
      JSON_OPT('print the JSON report on stdout (the live output goes to stderr)')
    ],
    passthrough: true,
    end: "Exit status: go test's own (0 pass, 1 failures, 2 build or usage errors); 2 bad usage."
  },
  tune: {
    usage: 'tune plan|apply|restore [--rule ID[,ID...]] [--report FILE] [--state FILE] [--dir DIR] [--json]',
    about: `plan: print the commands and settings that fix what this machine's facts (or a report) show.
apply: perform the automatic, allow-listed steps (never lowering a value), recording the originals.
restore: put recorded originals back (idempotent).`,
    options: [
      {
        name: 'rule',
        value: 'IDS',
        help: 'act on these rules only, as if a failing test had been diagnosed with them'
      },
      {
        name: 'report',
        value: 'FILE',
        help: "also fix the causes in a JSON report (explain --json, the action's report)"
      },
      {
        name: 'state',
        value: 'FILE',
        help: 'where apply records the originals (default: RUNNER_TEMP or HOME)'
      },
      { name: 'dir', value: 'DIR', help: 'the Go module, for the probes (default: .)' },
      JSON_OPT('print JSON')
    ],
    end: 'Exit status: 0; 1 when a step failed; 2 bad usage or unreadable input.'
  },
  rules: {
    usage: 'rules [ID] [--json]',
    about: 'Lists the rules; with an ID, shows what the rule detects, why, and how to fix it.',
    options: [JSON_OPT('print JSON')]
  }
}

/** What `parseArgs` accepts for `command`: exactly the options its help lists. */
export function flagSpec(command: string): FlagSpec {
  const def = COMMANDS[command]!
  const choices: Record<string, readonly string[]> = {}
  for (const o of def.options) if (o.choices) choices[o.name] = o.choices
  return {
    values: def.options.filter(o => o.value).map(o => o.name),
    booleans: def.options.filter(o => !o.value).map(o => o.name),
    ...(Object.keys(choices).length ? { choices } : {}),
    ...(def.passthrough ? { passthrough: true } : {})
  }
}

const LABEL_WIDTH = 19

function optionRows(o: OptionDef): string[] {
  const rows = o.rows ?? [[`--${o.name}${o.value ? ` ${o.value}` : ''}`, o.help] as const]
  return rows.map(([label, help]) =>
    `  ${label.padEnd(LABEL_WIDTH)}${help.split('\n').join('\n' + ' '.repeat(LABEL_WIDTH + 2))}`.trimEnd()
  )
}

/** `go-env-guard COMMAND --help`: what the command does and every option it takes. */
export function commandHelp(command: string): string | null {
  const def = COMMANDS[command]
  if (!def) return null
  const options = [
    ...def.options.flatMap(optionRows),
    ...optionRows({ name: 'help', help: 'show this help', rows: [['-h, --help', 'show this help']] })
  ]
  return [
    `Usage: go-env-guard ${def.usage}`,
    '',
    def.about,
    '',
    'Options:',
    ...options,
    ...(def.end ? ['', def.end] : [])
  ].join('\n')
}
