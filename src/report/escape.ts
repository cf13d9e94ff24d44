/**
 * Escaping for untrusted text (test output, test names, Dockerfile content from a pull request) on
 * every surface we write to: Markdown/HTML (job summary, PR comment), workflow commands (the log,
 * annotations). Pure: the random token for `::stop-commands::` is passed in.
 *
 * Sources:
 * - actions/toolkit packages/core/src/command.ts `escapeData` / `escapeProperty` (copied rules below).
 * - github/docs workflow-commands.md "Stopping and starting workflow commands": `::stop-commands::{token}`
 *   turns command processing off until a line `::{token}::`; the token should be random per run.
 * - GitHub autolinks `@user` mentions and `#123` references in Markdown text but not inside code blocks
 *   or code spans; a zero-width space after `@`/`#` keeps the text readable and inert.
 */

const ZWSP = '\u200b'

/** ANSI colour/cursor sequences and other C0 controls except tab and newline. */
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g

/** Normalises line endings and removes terminal escapes and control characters. */
export function sanitize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ANSI, '').replace(CONTROLS, '')
}

/** Our sticky-comment marker must never be forged by echoed text. */
const MARKER_WORD = /go-env-guard:sticky/gi
export function neutraliseMarker(text: string): string {
  return text.replace(MARKER_WORD, m => m.replace(':', ':' + ZWSP))
}

/** `@someone` -> `@\u200bsomeone`, `#12` / `GH-12` -> `#\u200b12` (no notification, no cross-link). */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, '@' + ZWSP)
    .replace(/#(?=\d)/g, '#' + ZWSP)
    .replace(/\bGH-(?=\d)/gi, m => m + ZWSP)
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Inline untrusted text in Markdown (paragraphs, list items, table cells, `<summary>`): HTML is
 * escaped, Markdown punctuation backslash-escaped, newlines folded to spaces, mentions neutralised.
 */
export function md(text: string): string {
  const flat = sanitize(text).replace(/\s*\n\s*/g, ' ')
  // Quotes only matter inside attributes; in text they stay readable.
  const html = flat.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const punct = html.replace(/[\\`*_{}[\]()!|~+]/g, c => '\\' + c)
  return neutraliseMarker(neutraliseMentions(punct))
}

/** Untrusted text inside raw HTML (`<summary>`, `<td>`): no Markdown is processed there. */
export function htmlText(text: string): string {
  return neutraliseMarker(neutraliseMentions(escapeHtml(sanitize(text).replace(/\s*\n\s*/g, ' '))))
}

/** Inline code span for untrusted text: a fence longer than any backtick run inside. */
export function mdCode(text: string): string {
  const flat = neutraliseMarker(sanitize(text).replace(/\n/g, ' '))
  if (flat === '') return '` `'
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(r => r.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A fenced code block for untrusted multi-line text; no mention or reference is processed inside. */
export function mdBlock(text: string, lang = 'text'): string {
  const body = neutraliseMarker(sanitize(text)).replace(/\n+$/, '')
  const longest = Math.max(0, ...(body.match(/^ {0,3}(`{3,}|~{3,})/gm) ?? []).map(r => r.trim().length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${lang}\n${body}\n${fence}`
}

/** Workflow-command message data (toolkit `escapeData`). */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Workflow-command property values such as `title` and `file` (toolkit `escapeProperty`). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * Wraps text echoed to the log so that no line in it is read as a workflow command. `token` must be
 * unpredictable to whoever wrote the text (a random token per block); a token found inside the text
 * is refused rather than risked.
 */
export function stopCommands(text: string, token: string): string {
  if (!/^[A-Za-z0-9_-]{16,}$/.test(token))
    throw new Error('stop-commands token must be 16+ URL-safe characters')
  if (text.includes(token))
    throw new Error('stop-commands token occurs in the text; use a fresh random token')
  const body = text.endsWith('\n') ? text : text + '\n'
  return `::stop-commands::${token}\n${body}::${token}::\n`
}

/**
 * Default-ignorable code points (zero-width spaces and joiners, bidi marks, soft hyphen, BOM,
 * variation selectors): invisible, and a culture-sensitive comparison may skip them, so the runner's
 * StartsWith("::") / IndexOf("##[") might see through them.
 */
const IGN =
  '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0'

/**
 * What the runner's command parser skips before looking for `::` (actions/runner ActionCommand.TryParseV2
 * calls .NET `string.TrimStart()`, which trims every Char.IsWhiteSpace character: \t-\r, space, U+0085,
 * U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), widened to control
 * characters and the ignorable ones above.
 */
/* eslint-disable no-misleading-character-class -- IGN lists combining marks on purpose */
const LEADING_COMMAND = new RegExp(`^[\\s\\u0000-\\u001f\\u007f\\u0085${IGN}]*:[${IGN}]*:`, 'u')
const LEGACY_COMMAND = new RegExp(`#[${IGN}]*#[${IGN}]*\\[`, 'gu')
/** What may be the start of a legacy command cut by a chunk's end. */
const TRAILING_HASHES = new RegExp(`#[${IGN}]*(?:#[${IGN}]*)?$`, 'u')
/* eslint-enable no-misleading-character-class */

/** One line (no line break inside) with its workflow commands disarmed; see inertText. */
function inertOne(line: string): string {
  const out = line.replace(LEGACY_COMMAND, '#\\#[')
  const lead = LEADING_COMMAND.exec(out)
  if (!lead) return out
  const at = lead[0].lastIndexOf(':', lead[0].length - 2)
  return `${out.slice(0, at)}\\${out.slice(at)}`
}

/**
 * Untrusted text made inert for the Actions runner, which reads every line a step prints, on stdout
 * and stderr, as a possible workflow command (actions/runner OutputManager.OnDataReceived): lines are
 * split at \r as well as \n (.NET StreamReader.ReadLine), a line whose text after leading whitespace
 * starts with `::` is a command (ActionCommand.TryParseV2), and so is one holding the old `##[name]`
 * form anywhere (ActionCommand.TryParse, tried second; names compared case-insensitively). So: line
 * breaks are normalised to \n, terminal escapes and control characters dropped, a `\` put before a
 * leading `::`, and `##[` written `#\#[`. Visible characters, not zero-width ones: see LEADING.
 */
export function inertText(text: string): string {
  const clean = sanitize(text)
  if (!clean.includes(':') && !clean.includes('#')) return clean
  return clean.split('\n').map(inertOne).join('\n')
}

/**
 * The same for JSON text: JSON.stringify escapes every line break and control character inside
 * strings and puts none of its own before `::`, so only `##[` is left, written `##\u005b` (the same
 * string once parsed).
 */
export function inertJson(text: string): string {
  return text.includes('#') ? text.replace(LEGACY_COMMAND, m => m.slice(0, -1) + '\\u005b') : text
}

/** inertText for one line: a line break inside becomes a space (a title, a test name in a header). */
export function inertLine(line: string): string {
  return inertOne(sanitize(line).replace(/\n/g, ' '))
}

/**
 * A stream of text (the CLI's stdout or stderr in CI) made inert as it is written: whole lines go out
 * through inertText and an unfinished line waits for its end. A line longer than `maxCarry` is broken
 * there (a line break is added), so that every line the runner sees has been checked whole. JSON mode
 * carries only a trailing `#` or `##`, so that a `##[` cut in two is still seen.
 */
export class InertWriter {
  private carry = ''

  constructor(
    private readonly out: (text: string) => void,
    private readonly mode: 'text' | 'json' = 'text',
    private readonly maxCarry = 64 * 1024
  ) {}

  write(chunk: string): void {
    let text = this.carry + chunk
    this.carry = ''
    if (this.mode === 'json') {
      const keep = TRAILING_HASHES.exec(text)?.[0].length ?? 0
      this.carry = text.slice(text.length - keep)
      text = text.slice(0, text.length - keep)
      if (text) this.out(inertJson(text))
      return
    }
    // A \r at the very end may be the first half of \r\n: it waits with the unfinished line.
    const body = text.endsWith('\r') ? text.slice(0, -1) : text
    const end = Math.max(body.lastIndexOf('\n'), body.lastIndexOf('\r'))
    let out = ''
    if (end >= 0) {
      out = inertText(text.slice(0, end + 1))
      text = text.slice(end + 1)
    }
    if (text.length > this.maxCarry) {
      out += inertText(text) + '\n'
      text = ''
    }
    this.carry = text
    if (out) this.out(out)
  }

  end(): void {
    const rest = this.mode === 'json' ? inertJson(this.carry) : inertText(this.carry)
    this.carry = ''
    if (rest) this.out(rest)
  }
}

/** Cuts text to at most `max` UTF-16 code units at a line boundary when possible, with a marker. */
export function truncate(text: string, max: number, marker = '… (truncated)'): string {
  if (text.length <= max) return text
  const room = Math.max(0, max - marker.length - 1)
  let cut = text.slice(0, room)
  const nl = cut.lastIndexOf('\n')
  if (nl > room / 2) cut = cut.slice(0, nl)
  // Do not leave half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}\n${marker}`
}

/** One line cut to at most `max` UTF-16 code units, `…` last when cut; never half a surrogate pair. */
export function ellipsis(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, Math.max(0, max - 1))
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut) + '…'
}

/** UTF-8 byte length (the step-summary limit is in bytes). */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
