import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeEngineData } from '../src/extract/engine-data.js';
import { ENGINE_DATA_FILE } from '../src/extract/engine-data-file.js';
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
  // The tests run the engine from src/: its compiled data beside that code (fingerprinted with the
  // TypeScript, src/extract/engine-data.bin, not committed), as the build does for dist/. Each test
  // file and worker thread that loads an engine then reads it in a fraction of a second instead of
  // compiling the data files for seconds of CPU; tests/extract/engine-data.test.ts checks both ways
  // give the same engine.
  writeEngineData();
  console.log(`engine data compiled for the tests: ${ENGINE_DATA_FILE}`);
}
