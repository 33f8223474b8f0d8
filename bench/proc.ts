import { readFileSync } from 'node:fs';
import { childrenOf, statFields } from '../scripts/processes';

/**
 * What the benchmark reads of the processes it measures, from Linux's /proc: CPU time
 * (user + system) and resident memory. A process that is gone reads as zero, so a
 * sample never fails a run.
 */

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** utime + stime of a process in milliseconds; with `children`, also what its reaped children spent. */
export function cpuMs(pid: number, children = false): number {
  const fields = statFields(pid);
  if (!fields) return 0;
  // After the name: state is field 3 (index 0), utime 14, stime 15, cutime 16, cstime 17.
  const ticks = Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * PostgreSQL's CPU in milliseconds: the postmaster, its live backends, and what its
 * exited backends spent (counted in the postmaster's children times once reaped).
 */
export function postgresCpuMs(postmaster: number): number {
  return cpuMs(postmaster, true) + childrenOf(postmaster).reduce((sum, child) => sum + cpuMs(child), 0);
}

/** Resident memory in megabytes (VmRSS). */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * A server's own figures with its children's: with GATEWAY_WORKERS the gateway's
 * primary holds the port and its workers (its children) do the work.
 */
export function familyCpuMs(pid: number): number {
  return cpuMs(pid) + childrenOf(pid).reduce((sum, child) => sum + cpuMs(child), 0);
}

/** Resident memory of a process and its children, in megabytes. */
export function familyRssMb(pid: number): number {
  return rssMb(pid) + childrenOf(pid).reduce((sum, child) => sum + rssMb(child), 0);
}
