import type { Host } from '../host/host.js'
import { valueOf, type CounterSnapshot, type Facts } from '../facts/types.js'
import { parseFlatKeyed } from '../facts/parse-cgroup.js'
import { parseNetstat, parseVmstat } from '../facts/parse-proc.js'
import { read } from './util.js'

async function keyed(host: Host, path: string): Promise<Record<string, number> | null> {
  const r = await read(host, path, 16 * 1024)
  return r.ok ? parseFlatKeyed(r.text) : null
}

/** A one-number cgroup file (memory.failcnt, memory.peak, memory.max_usage_in_bytes). */
async function single(host: Host, path: string): Promise<number | null> {
  const r = await read(host, path, 64)
  const t = r.ok ? r.text.trim() : ''
  return /^\d+$/.test(t) ? Number(t) : null
}

/**
 * Counters compared before and after a test run. memory: v2 memory.events (oom_kill, oom, high), else v1
 * memory.oom_control oom_kill and memory.failcnt; pids.events `max`; cpu.stat nr_throttled and
 * throttled_usec (v2) or throttled_time ns (v1); TcpExt ListenOverflows from /proc/net/netstat;
 * oom_kill from /proc/vmstat (host-wide, Linux 4.13+); the memory high-water mark (memory.peak or
 * memory.max_usage_in_bytes). Missing values are null, never an error.
 */
export async function probeCounters(host: Host, cgroup: Facts['cgroup']): Promise<CounterSnapshot> {
  const cg = valueOf(cgroup)
  const mem = valueOf(cg?.memory)
  const pids = valueOf(cg?.pids)
  const cpu = valueOf(cg?.cpu)
  const v2 = cg?.version === 'v2'
  const [events, oomControl, failcnt, peak, pidsEvents, cpuStat, netstat, vmstat] = await Promise.all([
    mem ? keyed(host, `${mem.dir}/memory.events`) : null,
    mem ? keyed(host, `${mem.dir}/memory.oom_control`) : null,
    mem ? single(host, `${mem.dir}/memory.failcnt`) : null,
    mem ? single(host, `${mem.dir}/${v2 ? 'memory.peak' : 'memory.max_usage_in_bytes'}`) : null,
    pids ? keyed(host, `${pids.dir}/pids.events`) : null,
    cpu ? keyed(host, `${cpu.dir}/cpu.stat`) : null,
    read(host, '/proc/net/netstat', 256 * 1024),
    read(host, '/proc/vmstat', 256 * 1024)
  ])
  let memoryOomKill: number | null = null
  let memoryOom: number | null = null
  let memoryHigh: number | null = null
  if (events) {
    memoryOomKill = events.oom_kill ?? null
    memoryOom = events.oom ?? null
    memoryHigh = events.high ?? null
  } else if (oomControl) {
    memoryOomKill = oomControl.oom_kill ?? null
    memoryOom = failcnt ?? null
  }
  let throttledUsec: number | null = null
  if (cpuStat?.throttled_usec !== undefined) throttledUsec = cpuStat.throttled_usec
  else if (cpuStat?.throttled_time !== undefined) throttledUsec = Math.floor(cpuStat.throttled_time / 1000)
  const ns = netstat.ok ? parseNetstat(netstat.text) : null
  const vm = vmstat.ok ? parseVmstat(vmstat.text) : null
  return {
    at: new Date(host.now()).toISOString(),
    memoryOomKill,
    memoryOom,
    memoryHigh,
    pidsEventsMax: pidsEvents?.max ?? null,
    cpuNrThrottled: cpuStat?.nr_throttled ?? null,
    cpuThrottledUsec: throttledUsec,
    listenOverflows: ns?.TcpExt?.ListenOverflows ?? null,
    vmstatOomKill: vm?.oom_kill ?? null,
    memoryPeak: peak ?? null
  }
}
