/** The GOMEMLIMIT policy: one figure for the rules, the Dockerfile lint and `tune`. */
/**
 * GOMEMLIMIT as this share of the memory limit; the rest is headroom for memory outside the Go heap.
 * The failure catalog gives 80-90%; 90% is automemlimit's default (github.com/KimMachineGun/automemlimit,
 * which gitlab-runner uses). One figure for the rules, the Dockerfile lint and `tune`.
 */
const GOMEMLIMIT_SHARE = 0.9

/** GOMEMLIMIT, in whole MiB, for a memory limit in bytes: 1843 for 2 GiB, 115 for 128 MiB. */
export function gomemlimitMiB(limitBytes: number): number {
  return Math.floor((limitBytes * GOMEMLIMIT_SHARE) / 1048576)
}

/** `90%`: GOMEMLIMIT_SHARE as the rules' texts say it. */
export const GOMEMLIMIT_PERCENT = `${Math.round(GOMEMLIMIT_SHARE * 100)}%`
