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

export {
  UsageError,
  parseArgs,
  str
};
