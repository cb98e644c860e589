/**
 * The layer rule (.dependency-cruiser.cjs, run by `npm run lint`) fails on what it claims to: a
 * copy of src/ with one planted violation per rule must be refused, naming the rule and the import.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  /** For a cycle: the modules on it. */
  cycle?: { name: string }[];
}

/** Runs the project's rule over a copy of src/ changed by `plant`; returns the violations. */
async function violations(plant: (dir: string) => void): Promise<Violation[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-layers-'));
  dirs.push(dir);
  for (const name of ['src', 'tsconfig.json', 'package.json', '.dependency-cruiser.cjs']) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  plant(dir);
  const result = await run(join(root, 'node_modules/.bin/depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout: string }) => error);
  return (JSON.parse(result.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const summary = (v: Violation[]) => v.map((x) => `${x.rule.name}: ${x.from} → ${x.to}`);

describe('the layer rule', () => {
  // One run of the rule (seconds of CPU) serves both claims: the planted imports are refused, and
  // nothing else is, so the code as it is passes.
  it('refuses an upward import (a type-only one too), a cycle, SQL outside the store and a folder in no layer, and nothing else', async () => {
    const planted = [
      'src/extract/numbers.ts',
      'src/alerts/alert.ts',
      'src/pipeline/analyze.ts',
      'src/incidents/geo.ts',
      'src/incidents/fingerprint.ts',
      'src/app.ts',
    ];
    const found = await violations((dir) => {
      appendFileSync(join(dir, 'src/extract/numbers.ts'), "\nimport type { Poller } from '../pipeline/poller.js';\nexport type P = Poller;\n");
      appendFileSync(join(dir, 'src/alerts/alert.ts'), "\nimport { openDatabase } from '../store/database.js';\nexport const o = openDatabase;\n");
      appendFileSync(join(dir, 'src/pipeline/analyze.ts'), "\nimport { sql } from 'kysely';\nexport const s = sql;\n");
      appendFileSync(join(dir, 'src/incidents/geo.ts'), "\nimport { contentWords } from './fingerprint.js';\nexport const cw = contentWords;\n");
      appendFileSync(join(dir, 'src/incidents/fingerprint.ts'), "\nimport { isPointPlace } from './geo.js';\nexport const ip = isPointPlace;\n");
      mkdirSync(join(dir, 'src/misc'));
      writeFileSync(join(dir, 'src/misc/helper.ts'), 'export const m = 1;\n');
      appendFileSync(join(dir, 'src/app.ts'), "\nimport { m } from './misc/helper.js';\nexport const mm = m;\n");
    });
    const lines = summary(found);
    expect(lines).toContain('layer-extract: src/extract/numbers.ts → src/pipeline/poller.ts');
    expect(lines).toContain('layer-domain: src/alerts/alert.ts → src/store/database.ts');
    expect(lines.some((l) => /^no-sql-outside-store: src\/pipeline\/analyze\.ts → .*node_modules\/kysely\//.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('no-circular: src/incidents/'))).not.toEqual([]);
    expect(lines).toContain('every-module-in-a-layer: src/app.ts → src/misc/helper.ts');
    // Every violation comes from a planted import: a cycle passes through a planted module (the
    // upward import closes cycles through the pipeline too).
    const plantedCycle = (v: Violation) => v.rule.name === 'no-circular' && (v.cycle ?? []).some((m) => planted.includes(m.name));
    expect(summary(found.filter((v) => !planted.includes(v.from) && !plantedCycle(v)))).toEqual([]);
  });
});
