/** The docker/compose/workflow rules, one module each, in report order. */
import type { DockerRule } from '../model.js'
import { rule as cpu } from './docker-cpu-limit-gomaxprocs.js'
import { rule as eol } from './docker-go-eol.js'
import { rule as older } from './docker-go-older-than-gomod.js'
import { rule as testInBuild } from './docker-go-test-in-build.js'
import { rule as memory } from './docker-memory-without-gomemlimit.js'
import { rule as tz } from './docker-missing-tzdata-certs.js'
import { rule as pids } from './docker-pids-limit-low.js'
import { rule as race } from './docker-race-without-cgo.js'
import { rule as shm } from './docker-shm-size.js'
import { rule as sysctl } from './docker-sysctl-rejected.js'
import { rule as tmpfs } from './docker-tmpfs-noexec.js'
import { rule as ulimitRun } from './docker-ulimit-in-run.js'
import { rule as ulimit } from './docker-ulimit-low.js'
import { rule as unconfined } from './docker-unconfined.js'
import { rule as wfRace } from './workflow-race-cgo-disabled.js'
import { rule as wfUlimit } from './workflow-ulimit-lost.js'

export const RULES: readonly DockerRule[] = [
  tmpfs,
  race,
  wfRace,
  memory,
  cpu,
  pids,
  ulimit,
  shm,
  sysctl,
  unconfined,
  testInBuild,
  eol,
  older,
  tz,
  ulimitRun,
  wfUlimit
]
