/**
 * Issue 12: SQLite is one process (a second `sitrep run` on the same file is refused at start, in
 * one line that says to use PostgreSQL). A PostgreSQL server that does not answer at start (one
 * line and exit 1, not a stack trace): tests/integration/startup-faults.test.ts.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, startCliProcess, stopCliProcesses } from '../helpers/cli.js';
import { until } from '../helpers/until.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-start-'));
const config = join(dir, 'sitrep.yaml');
writeFileSync(config, 'feeds: []\nmaps:\n  enabled: false\nrules:\n  - id: all\n    match: {}\n');

describe('starting a process', () => {
  it('a second `sitrep run` on one SQLite file is refused in one line that points to PostgreSQL; the first runs on', async () => {
    const db = join(dir, 'one.db');
    const first = startCliProcess(['run', '--json', '--config', config], { SITREP_DB: db });
    try {
      await until('the first process to start', () => /sitrep starting/.test(first.stderr), { processes: [first], timeoutMs: 60_000 });
      const second = await runCli(['run', '--json', '--config', config], { env: { SITREP_DB: db } });
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split('\n')).toHaveLength(1);
      expect(second.stderr).toMatch(/is in use by another Sitrep process.*set SITREP_DB to a postgres:\/\/ URL/);
      expect(first.exited).toBe(false);
    } finally {
      expect(await stopCliProcesses([first])).toEqual([0]);
    }
    // Released when the holder stops: the next process starts.
    const next = startCliProcess(['run', '--json', '--config', config], { SITREP_DB: db });
    await until('the next process to start', () => /sitrep starting/.test(next.stderr), { processes: [next], timeoutMs: 60_000 });
    expect(await stopCliProcesses([next])).toEqual([0]);
  });
});
