import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';

/**
 * Integration tests run the compiled CLI (dist/cli.js), exactly what `npx sitrep` runs; build it
 * once per test run, from scratch, so it is never stale.
 */
export default function setup(): void {
  // From scratch: a file left from an older layout (a module since moved) would let a stale import pass.
  rmSync(join(PACKAGE_ROOT, 'dist'), { recursive: true, force: true });
  // The package's own build, so the CLI keeps its executable bit for `npx sitrep` after a test run.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: PACKAGE_ROOT, stdio: 'inherit' });
}
