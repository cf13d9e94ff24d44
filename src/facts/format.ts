/**
 * Byte counts for people: binary units (KiB, MiB...). `auto` prints one decimal below 10 and none from
 * 10 up (rule evidence: "512 MiB", "1.5 GiB"); `1` always prints one (the facts table's column:
 * "77.0 GiB of 252.0 GiB"). A non-finite count is `unlimited`.
 */
export function fmtBytes(n: number, decimals: 'auto' | 1 = 'auto'): string {
  if (!Number.isFinite(n)) return 'unlimited'
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let v = n
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  if (i === 0) return `${v} ${units[i]}`
  return `${v.toFixed(decimals === 1 || v < 10 ? 1 : 0)} ${units[i]}`
}
