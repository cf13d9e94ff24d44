import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/dockerlint/findings.ts
var SKIPPED_ID = "docker-lint-skipped";
var PARSE_ERROR_ID = "docker-lint-parse-error";
function skipped(file, why, remedy) {
  return {
    rule: SKIPPED_ID,
    severity: "notice",
    title: "File not linted",
    message: `${file}: ${why}`,
    evidence: [why],
    remedy,
    file
  };
}
function parseError(file, line, why, remedy = "Fix the syntax error; until then the container settings in this file are not checked.") {
  return {
    rule: PARSE_ERROR_ID,
    severity: "warning",
    title: "File could not be parsed",
    message: `${file}:${line}: ${why}`,
    evidence: [why],
    remedy,
    file,
    line
  };
}

export {
  SKIPPED_ID,
  PARSE_ERROR_ID,
  skipped,
  parseError
};
