import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PACKAGE_ROOT } from '../../src/paths.js';

const run = promisify(execFile);
const PROBE = pathToFileURL(join(PACKAGE_ROOT, 'tests', 'helpers', 'young-generation-probe.mjs')).href;

/**
 * The young generation's size (MB, V8's new space grown to its limit) in the process that a
 * command starts to run the compiled CLI (dist/cli.js), through whatever starts it (npx, npm, a
 * shell): measured inside that process, which then ends before the CLI runs.
 */
export async function youngGenerationOfCli(command: string, args: readonly string[]): Promise<number> {
  const { NODE_OPTIONS: _inherited, ...env } = process.env;
  const { stdout } = await run(command, [...args], {
    cwd: PACKAGE_ROOT,
    env: { ...env, NODE_OPTIONS: `--import=${PROBE}`, SITREP_PROBE_MAIN: realpathSync(join(PACKAGE_ROOT, 'dist', 'cli.js')) },
  });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return (JSON.parse(line) as { newSpaceMB: number }).newSpaceMB;
}
