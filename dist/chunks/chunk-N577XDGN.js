import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/commands/args.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function parseArgs(argv, spec) {
  const flags = {};
  const positionals = [];
  let rest = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      if (!spec.passthrough) throw new UsageError('unexpected "--"');
      rest = argv.slice(i + 1);
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      if (spec.values?.includes(name)) {
        const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
        if (value === void 0 || value === "") throw new UsageError(`--${name} needs a value`);
        const allowed = spec.choices?.[name];
        if (allowed && !allowed.includes(value)) {
          throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
        }
        flags[name] = value;
      } else if (spec.booleans?.includes(name) && eq === -1) {
        flags[name] = true;
      } else {
        throw new UsageError(`unknown option --${name}`);
      }
    } else if (arg.length > 1 && arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positionals.push(arg);
    }
  }
  return { flags, positionals, rest };
}
var str = (v) => typeof v === "string" ? v : void 0;

// src/commands/help.ts
var JSON_OPT = (help) => ({ name: "json", help });
var COMMANDS = {
  doctor: {
    usage: "doctor [--dir DIR] [--json] [--go-probe auto|off] [--fail-on never|error|warning]",
    about: `Probes this machine (limits, cgroups, sysctls, mounts, security) and lints the Dockerfiles, compose
files and workflows of the repository that holds DIR, then prints the facts and the findings.`,
    options: [
      { name: "dir", value: "DIR", help: "the Go module to check (default: .)" },
      JSON_OPT("print the JSON report instead of text"),
      {
        name: "go-probe",
        value: "MODE",
        choices: ["auto", "off"],
        help: "auto: build and run a small Go program to see what the Go runtime sees (needs go\non PATH); off: skip it (default: auto)"
      },
      {
        name: "fail-on",
        value: "LEVEL",
        choices: ["never", "error", "warning"],
        help: "exit 1 when a finding is at LEVEL or above: never, error, warning (default: never)"
      }
    ],
    end: "Exit status: 0; 1 when --fail-on is met; 2 bad usage."
  },
  explain: {
    usage: "explain [FILE ...|-] [--facts here|FACTS.json] [--dir DIR] [--json]",
    about: `Reads saved go test output (go test -json, or plain go test -v text) and explains each failure: the
likely environmental cause, its evidence and the fix. With no FILE, or -, it reads standard input.

The log usually comes from another machine (a CI runner), so explain does not use this machine's
facts unless asked: without --facts the diagnosis rests on the log alone, and says so.`,
    options: [
      {
        name: "facts",
        value: "FILE",
        help: "",
        rows: [
          [
            "--facts here",
            "also probe this machine and use its facts (right only if the log was written here)"
          ],
          [
            "--facts FILE",
            `use the facts (or the whole JSON report) recorded where the tests ran: the action's
report file, or "go-env-guard doctor --json" run there`
          ]
        ]
      },
      {
        name: "dir",
        value: "DIR",
        help: "the repository checkout, to map failures to files and lines (default: .)"
      },
      JSON_OPT("print the JSON report instead of text"),
      { name: "no-probe", help: "the default; kept for old scripts" }
    ],
    end: "Exit status: 0; 2 bad usage, or an input that holds no go test output (its reason on stderr)."
  },
  test: {
    usage: "test [--dir DIR] [--json] -- <go test arguments>",
    about: `Runs "go test -json <arguments>" in DIR, prints readable output as it arrives, then explains the
failures with this machine's facts.`,
    options: [
      { name: "dir", value: "DIR", help: "where to run go test (default: .)" },
      JSON_OPT("print the JSON report on stdout (the live output goes to stderr)")
    ],
    passthrough: true,
    end: "Exit status: go test's own (0 pass, 1 failures, 2 build or usage errors); 2 bad usage."
  },
  tune: {
    usage: "tune plan|apply|restore [--rule ID[,ID...]] [--report FILE] [--state FILE] [--dir DIR] [--json]",
    about: `plan: print the commands and settings that fix what this machine's facts (or a report) show.
apply: perform the automatic, allow-listed steps (never lowering a value), recording the originals.
restore: put recorded originals back (idempotent).`,
    options: [
      {
        name: "rule",
        value: "IDS",
        help: "act on these rules only, as if a failing test had been diagnosed with them"
      },
      {
        name: "report",
        value: "FILE",
        help: "also fix the causes in a JSON report (explain --json, the action's report)"
      },
      {
        name: "state",
        value: "FILE",
        help: "where apply records the originals (default: RUNNER_TEMP or HOME)"
      },
      { name: "dir", value: "DIR", help: "the Go module, for the probes (default: .)" },
      JSON_OPT("print JSON")
    ],
    end: "Exit status: 0; 1 when a step failed; 2 bad usage or unreadable input."
  },
  rules: {
    usage: "rules [ID] [--json]",
    about: "Lists the rules; with an ID, shows what the rule detects, why, and how to fix it.",
    options: [JSON_OPT("print JSON")]
  }
};
function flagSpec(command) {
  const def = COMMANDS[command];
  const choices = {};
  for (const o of def.options) if (o.choices) choices[o.name] = o.choices;
  return {
    values: def.options.filter((o) => o.value).map((o) => o.name),
    booleans: def.options.filter((o) => !o.value).map((o) => o.name),
    ...Object.keys(choices).length ? { choices } : {},
    ...def.passthrough ? { passthrough: true } : {}
  };
}
var LABEL_WIDTH = 19;
function optionRows(o) {
  const rows = o.rows ?? [[`--${o.name}${o.value ? ` ${o.value}` : ""}`, o.help]];
  return rows.map(
    ([label, help]) => `  ${label.padEnd(LABEL_WIDTH)}${help.split("\n").join("\n" + " ".repeat(LABEL_WIDTH + 2))}`.trimEnd()
  );
}
function commandHelp(command) {
  const def = COMMANDS[command];
  if (!def) return null;
  const options = [
    ...def.options.flatMap(optionRows),
    ...optionRows({ name: "help", help: "show this help", rows: [["-h, --help", "show this help"]] })
  ];
  return [
    `Usage: go-env-guard ${def.usage}`,
    "",
    def.about,
    "",
    "Options:",
    ...options,
    ...def.end ? ["", def.end] : []
  ].join("\n");
}

export {
  UsageError,
  parseArgs,
  str,
  flagSpec,
  commandHelp
};
