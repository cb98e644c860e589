/** Runs a benchmark part in a fresh Node process (TypeScript through tsx), so its memory is its own. */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ChildOptions {
  args?: readonly string[];
  env?: Record<string, string>;
  /** Kill the child after this long. */
  timeoutMs: number;
  /** Node flags, e.g. --expose-gc. */
  nodeFlags?: readonly string[];
  /** Plain JavaScript (on the compiled app in dist/), run without the TypeScript loader. */
  javascript?: boolean;
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

/**
 * How `sitrep` starts Node, from the first line of src/cli.ts (`#!/usr/bin/env -S [NAME=VALUE …]
 * node [FLAG …]`, as dist/cli.js keeps it): a child that runs the app as users do starts the same way.
 */
export function sitrepStart(): { env: Record<string, string>; nodeFlags: string[] } {
  const shebang = readFileSync(join(REPO_ROOT, 'src', 'cli.ts'), 'utf8').split('\n', 1)[0]!;
  const words = /^#!\/usr\/bin\/env -S (.*)$/.exec(shebang)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  const node = words.indexOf('node');
  if (node < 0) throw new Error(`src/cli.ts does not start with "#!/usr/bin/env -S … node …": ${shebang}`);
  return {
    env: Object.fromEntries(words.slice(0, node).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)])),
    nodeFlags: words.slice(node + 1),
  };
}

/** Extra Node flags for every child, e.g. SITREP_BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile. */
function extraNodeFlags(): string[] {
  return (process.env.SITREP_BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
}

/** Spawns `node --import tsx <script> ...args` (without tsx for a JavaScript child) from the repository root and waits for it. */
export function runTsChild(script: string, opts: ChildOptions): Promise<ChildResult> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const loader = opts.javascript ? [] : ['--import', 'tsx'];
    const child = spawn(process.execPath, [...(opts.nodeFlags ?? []), ...extraNodeFlags(), ...loader, script, ...(opts.args ?? [])], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      // Keep the tail only: a chatty child must not fill memory.
      stderr = (stderr + c.toString()).slice(-20_000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr, wallMs: performance.now() - started });
    });
  });
}

/** The last line of a child's stdout, parsed as the JSON result it prints; a clear error otherwise. */
export function childJson<T>(name: string, r: ChildResult): T {
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    if (r.code !== 0) throw new Error(`exit code ${r.code}`);
    return JSON.parse(line) as T;
  } catch (err) {
    throw new Error(`${name} child failed (${(err as Error).message}); stderr tail:\n${r.stderr.slice(-2000)}`);
  }
}

/** Compiles the app and the engine's data into dist/, as `npm run build` does: a JavaScript child runs it as users do, without the TypeScript loader. */
export function buildDist(): void {
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'extract', 'compile-data.js')], { cwd: REPO_ROOT, stdio: 'inherit' });
}
