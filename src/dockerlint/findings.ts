/** Findings about the linter's own input: files skipped or not parseable. Never silent. */
import type { Finding } from '../core/model.js'

export const SKIPPED_ID = 'docker-lint-skipped'
export const PARSE_ERROR_ID = 'docker-lint-parse-error'

export function skipped(file: string, why: string, remedy: string): Finding {
  return {
    rule: SKIPPED_ID,
    severity: 'notice',
    title: 'File not linted',
    message: `${file}: ${why}`,
    evidence: [why],
    remedy,
    file
  }
}

export function parseError(
  file: string,
  line: number,
  why: string,
  remedy = 'Fix the syntax error; until then the container settings in this file are not checked.'
): Finding {
  return {
    rule: PARSE_ERROR_ID,
    severity: 'warning',
    title: 'File could not be parsed',
    message: `${file}:${line}: ${why}`,
    evidence: [why],
    remedy,
    file,
    line
  }
}
