/**
 * The shipped names in Cyrillic and Arabic script (config/data/script-names.json) are what
 * scripts/build-script-names.ts makes of the packaged open data and the committed gazetteer: a
 * change to the script, the folding of those scripts or the vocabulary it keeps out of names has to
 * ship the file it produces.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SCRIPT_NAMES_FILE } from '../../src/extract/gazetteer/script-names.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const run = promisify(execFile);

describe('the build of names in other scripts', () => {
  const out = mkdtempSync(join(tmpdir(), 'sitrep-script-names-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reproduces the committed file', async () => {
    await run(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-script-names.ts', '--out', out], {
      cwd: PACKAGE_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const built = readFileSync(join(out, SCRIPT_NAMES_FILE), 'utf8').split('\n');
    const committed = readFileSync(join(PACKAGE_ROOT, 'config', 'data', SCRIPT_NAMES_FILE), 'utf8').split('\n');
    const drift = committed.flatMap((row, i) => (row === built[i] ? [] : [`line ${i + 1}`]));
    expect(drift.slice(0, 5), `${SCRIPT_NAMES_FILE} differs from what scripts/build-script-names.ts makes; rebuild it`).toEqual([]);
    expect(built.length).toBe(committed.length);
  }, 120_000);
});
