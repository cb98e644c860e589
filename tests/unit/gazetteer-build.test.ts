/**
 * The shipped gazetteer is what its build script makes of the packaged open data: a change to the
 * script, its curation lists or the name folding it shares with the engine has to ship the data it
 * produces, so the data's provenance (config/data/SOURCES.md) stays true.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

const run = promisify(execFile);

describe('the gazetteer build', () => {
  const out = mkdtempSync(join(tmpdir(), 'sitrep-gazetteer-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reproduces the committed data files from the packaged sources', async () => {
    await run(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-gazetteer.ts', '--out', out], {
      cwd: PACKAGE_ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    const read = (dir: string, file: string) => {
      const bytes = readFileSync(join(dir, file));
      return file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    };
    for (const file of ['countries.json', 'regions.json', 'districts.json', 'cities.json.gz']) {
      const built = read(out, file);
      const committed = read(join(PACKAGE_ROOT, 'config', 'data'), file);
      // Compared line by line (one row a line) so a failure names the first rows that differ.
      const builtRows = built.split('\n');
      const drift = committed.split('\n').flatMap((row, i) => (row === builtRows[i] ? [] : [`line ${i + 1}`]));
      expect(drift.slice(0, 5), `${file} differs from what scripts/build-gazetteer.ts makes; rebuild it`).toEqual([]);
      expect(built.length, file).toBe(committed.length);
    }
  }, 120_000);
});
