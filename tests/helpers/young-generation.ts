import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PACKAGE_ROOT } from '../../src/paths.js';

const run = promisify(execFile);
const PROBE = pathToFileURL(join(PACKAGE_ROOT, 'tests', 'helpers', 'young-generation-probe.mjs')).href;

/** What the probe saw inside the started process. */
export interface StartedCli {
  /** The young generation's size, V8's new space grown to its limit. */
  newSpaceMB: number;
  /** MALLOC_ARENA_MAX in its environment (glibc reads it before Node starts), null when unset. */
  mallocArenaMax: string | null;
  /** MALLOC_MMAP_THRESHOLD_ in its environment, null when unset. */
  mallocMmapThreshold: string | null;
}

/**
 * The process that a command starts to run the compiled CLI (dist/cli.js), through whatever
 * starts it (npx, npm, a shell), as measured inside that process, which then ends before the CLI
 * runs. Started without this process's NODE_OPTIONS and glibc's MALLOC_ variables.
 */
export async function startedCli(command: string, args: readonly string[]): Promise<StartedCli> {
  const { NODE_OPTIONS: _inherited, MALLOC_ARENA_MAX: _arenas, MALLOC_MMAP_THRESHOLD_: _threshold, ...env } = process.env;
  const { stdout } = await run(command, [...args], {
    cwd: PACKAGE_ROOT,
    env: { ...env, NODE_OPTIONS: `--import=${PROBE}`, SITREP_PROBE_MAIN: realpathSync(join(PACKAGE_ROOT, 'dist', 'cli.js')) },
  });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as StartedCli;
}
