import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/paths.js';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The compiled CLI, as `npx sitrep` runs it (tests/global-setup.ts builds it). */
const CLI = join(PACKAGE_ROOT, 'dist', 'cli.js');

/** Starts the real CLI with a clean environment plus `env`. */
export function startCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], {
    cwd: PACKAGE_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** A running CLI process and what it has printed so far. */
export interface CliProcess {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  /** The exit code (null after a signal), once exited. */
  exit: Promise<number | null>;
  exited: boolean;
  /** The signal that ended it, once exited by one. */
  signal: NodeJS.Signals | null;
}

/** Starts the real CLI (as `startCli`) and collects its output. */
export function startCliProcess(args: string[], env: Record<string, string> = {}): CliProcess {
  const child = startCli(args, env);
  const p: CliProcess = {
    child,
    stdout: '',
    stderr: '',
    exited: false,
    signal: null,
    exit: new Promise((resolve) =>
      child.on('close', (code, signal) => {
        p.exited = true;
        p.signal = signal;
        resolve(code);
      }),
    ),
  };
  child.stdout!.on('data', (d) => (p.stdout += d));
  child.stderr!.on('data', (d) => (p.stderr += d));
  return p;
}

/** SIGTERM to each process still running; one that has not exited `graceMs` later is killed (its code is then null). */
export async function stopCliProcesses(processes: readonly CliProcess[], graceMs = 20_000): Promise<(number | null)[]> {
  for (const p of processes) if (!p.exited) p.child.kill('SIGTERM');
  const timer = setTimeout(() => {
    for (const p of processes) if (!p.exited) p.child.kill('SIGKILL');
  }, graceMs);
  try {
    return await Promise.all(processes.map((p) => p.exit));
  } finally {
    clearTimeout(timer);
  }
}

/** Runs the CLI to completion; `input` goes to stdin. */
export function runCli(args: string[], opts: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  const child = startCli(args, opts.env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdin!.end(opts.input ?? '');
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** What a command printed as JSON, one value a line (blank lines skipped). */
export const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

/** Waits until `child`'s stderr or stdout has printed text matching `pattern`. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  let seen = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${seen}`)), timeoutMs);
    const onData = (d: Buffer) => {
      seen += d.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        resolve(seen);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}
