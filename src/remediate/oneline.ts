/**
 * Text from a state file, a ledger or the kernel is data: before it reaches a log line it loses every
 * control character (CR and LF included, which would start a new line that the runner reads as a
 * workflow command), DEL, the C1 controls and the Unicode line and paragraph separators. Each run of
 * them becomes one space. Callers validate values first (allowlist.validValue); this is the last guard.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
}
