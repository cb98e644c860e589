/** Timing and summary helpers shared by the benchmarks. */
import { cpus, loadavg, totalmem } from 'node:os';

/** Milliseconds since an arbitrary point, with sub-microsecond resolution. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `fn` once and returns its duration in milliseconds with its result. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = nowMs();
  const value = fn();
  return { ms: nowMs() - start, value };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = nowMs();
  const value = await fn();
  return { ms: nowMs() - start, value };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Rounds to a few significant digits for reports (numbers stay numbers in JSON). */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const scale = 10 ** Math.max(0, digits - Math.ceil(Math.log10(Math.abs(value))));
  return Math.round(value * scale) / scale;
}

export const MB = 1024 * 1024;

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryMB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: other work on the machine skews absolute numbers, not ratios. */
  loadAverage: number;
  date: string;
}

export function machineInfo(): MachineInfo {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    memoryMB: Math.round(totalmem() / MB),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage: round(loadavg()[0] ?? 0, 2),
    date: new Date().toISOString(),
  };
}
