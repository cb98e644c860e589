import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

const run = promisify(execFile);

describe('npx sitrep', () => {
  // The README's promise: after `npm ci` (and after a test run, which rebuilds dist/) the package's
  // own command runs. npm runs the bin file itself, so it must keep its executable bit.
  it('runs the built CLI by its package name', async () => {
    const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    const { stdout } = await run('npx', ['--no-install', 'sitrep', '--version'], { cwd: PACKAGE_ROOT });
    expect(stdout.trim()).toBe(version);
  });
});
