/**
 * os-release(5): KEY=value lines, values optionally in double or single quotes with shell-style
 * backslash escapes inside double quotes. Comments and blank lines are ignored.
 */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of text.split('\n').slice(0, 200)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line)
    if (!m) continue
    let v = m[2]
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
      v = v.slice(1, -1).replace(/\\([$"'`\\])/g, '$1')
    } else if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) {
      v = v.slice(1, -1)
    }
    out[m[1]] = v
  }
  return out
}

/** PRETTY_NAME, or NAME VERSION_ID when PRETTY_NAME is missing (os-release(5) default is "Linux"). */
export function distroName(fields: Record<string, string>): string | null {
  if (fields.PRETTY_NAME) return fields.PRETTY_NAME
  if (fields.NAME) return fields.VERSION_ID ? `${fields.NAME} ${fields.VERSION_ID}` : fields.NAME
  return null
}
