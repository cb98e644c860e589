/**
 * `analyze --map FILE` and `digest --out FILE` given a path they cannot write (a folder, a folder
 * that does not exist): one line naming the path and why, exit 1, never a stack trace.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writeConfig } from '../helpers/config-file.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-pictures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = writeConfig(join(dir, 'sitrep.yaml'), {
  feeds: [{ id: 'wire', url: 'http://127.0.0.1:9/feed.xml' }],
  rules: [{ id: 'iraq', match: { countries: ['IQ'] } }],
});
const report = `${JSON.stringify({ id: 'r1', title: 'Drone attack on Erbil airport wounds two' })}\n`;

/** The unwritable destinations, each with what the line says of it. */
const destinations = [
  { path: dir, why: 'it is a folder; give a file name' },
  { path: join(dir, 'no-such-folder', 'picture.png'), why: `the folder ${join(dir, 'no-such-folder')} does not exist` },
];

describe('a picture that cannot be written', () => {
  for (const { path, why } of destinations) {
    it(`analyze --map ${path.replace(dir, 'DIR')}: one line, exit 1`, async () => {
      const r = await runCli(['analyze', '--config', config, '--map', path], { input: report });
      expect(r.stderr).toBe(`sitrep analyze: cannot write the map to ${path}: ${why}\n`);
      expect(r.code).toBe(1);
      // The analysis itself was written.
      expect(JSON.parse(r.stdout).id).toBe('r1');
    });

    it(`digest --out ${path.replace(dir, 'DIR')}: one line, exit 1`, async () => {
      const r = await runCli(['digest', '--config', config, '--rule', 'iraq', '--out', path], {
        env: { SITREP_DB: join(dir, 'sitrep.db'), LOG_LEVEL: 'silent' },
      });
      expect(r.stderr).toBe(`sitrep digest: cannot write the picture to ${path}: ${why}\n`);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^SITREP iraq: 0 incidents/);
    });
  }
});
