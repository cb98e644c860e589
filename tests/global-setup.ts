import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';

/**
 * Integration tests run the compiled CLI (dist/cli.js), exactly what `npx sitrep` runs; build it
 * once per test run so it is never stale.
 */
export default function setup(): void {
  execFileSync(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: PACKAGE_ROOT,
    stdio: 'inherit',
  });
}
