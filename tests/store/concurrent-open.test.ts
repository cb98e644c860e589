/** Two processes starting on one new SQLite file at once: both open it, and it is migrated once. */
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';

// The compiled module (tests/global-setup.ts builds dist/), as the bot runs it: plain Node starts it
// without compiling TypeScript first.
const databaseModule = fileURLToPath(new URL('../../dist/store/database.js', import.meta.url));

/** Opens the file in a child process (its own SQLite connection and Kysely migrator) and closes it. */
function openInChild(dir: string, file: string): Promise<{ code: number | null; stderr: string }> {
  const script = join(dir, 'open.mjs');
  writeFileSync(
    script,
    `import { openDatabase } from ${JSON.stringify(databaseModule)};\nconst opened = await openDatabase(process.argv[2]);\nawait opened.db.destroy();\n`,
  );
  return new Promise((resolve) => {
    const child = fork(script, [file], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('opening a new SQLite file from several processes at once', () => {
  it('every process opens it and each migration runs once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-concurrent-'));
    const file = join(dir, 'sitrep.db');
    const results = await Promise.all([1, 2, 3].map(() => openInChild(dir, file)));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const opened = await openDatabase(file);
    const rows = await sql<{ name: string; n: number }>`select name, count(*) as n from kysely_migration group by name`.execute(opened.db);
    await opened.db.destroy();
    expect(rows.rows.length).toBeGreaterThan(5);
    expect(rows.rows.every((r) => Number(r.n) === 1)).toBe(true);
  }, 60_000);
});
