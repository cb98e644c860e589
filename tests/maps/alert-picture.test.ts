import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

const run = promisify(execFile);

describe("docs/discord.md's alert picture", () => {
  it('is rendered from a real embed of the seed article, with its map', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sitrep-alert-picture-')), 'alert.png');
    const { stdout } = await run(process.execPath, [join(PACKAGE_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/render-alert-embed.ts', out], {
      cwd: PACKAGE_ROOT,
    });
    expect(stdout).toMatch(/: 8 fields, map included/);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // As wide as drawn, and tall enough for the fields and the map.
    expect(png.readUInt32BE(16)).toBe(640);
    expect(png.readUInt32BE(20)).toBeGreaterThan(800);
  }, 60_000);
});
