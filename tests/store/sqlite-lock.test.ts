/**
 * The lock that keeps a SQLite file to one `sitrep run`, when its holder was killed: a service
 * manager restarts the bot at once (systemd's RestartSec is 100 ms, Docker's first restart
 * comes as fast), and that restart must not be refused as "in use" for the 15 s the lock takes
 * to go stale; systemd gives up after five refusals in ten seconds.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';

// The compiled module (tests/global-setup.ts builds dist/), as the bot runs it.
const databaseModule = fileURLToPath(new URL('../../dist/store/database.js', import.meta.url));

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** A process that opens the file as `sitrep run` does (holding the lock) and says so. */
async function holder(dir: string, file: string): Promise<ChildProcess> {
  const script = join(dir, 'hold.mjs');
  writeFileSync(
    script,
    `import { openDatabase } from ${JSON.stringify(databaseModule)};\nawait openDatabase(process.argv[2], { exclusive: true });\nprocess.send('locked');\nsetInterval(() => {}, 1000);\n`,
  );
  const child = fork(script, [file], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`holder exited ${code}: ${stderr}`)));
  });
  return child;
}

describe('the SQLite lock of a killed process', () => {
  it('a process started right after the holder was killed takes the lock; a live holder still refuses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-lock-'));
    const file = join(dir, 'sitrep.db');
    const live = await holder(dir, file);
    await expect(openDatabase(file, { exclusive: true })).rejects.toThrow(/in use by another Sitrep process/);

    live.kill('SIGKILL');
    await new Promise((resolve) => live.once('exit', resolve));
    // Well within the 15 s after which the lock would go stale by itself.
    const started = Date.now();
    const opened = await openDatabase(file, { exclusive: true });
    expect(Date.now() - started).toBeLessThan(5000);
    await opened.close();
    // Released with the owner it names: the next start finds no lock.
    expect(existsSync(`${file}.lock`)).toBe(false);
  }, 60_000);

  it('a holder whose lock was found compromised (its refresh came too late) takes it again, so a second process is still refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-lock-'));
    const file = join(dir, 'sitrep.db');
    const opened = await openDatabase(file, { exclusive: true });
    try {
      // What an event loop blocked past the stale time leaves: the lock's time is old, and the
      // next refresh finds the lock compromised.
      const old = new Date(Date.now() - 60_000);
      utimesSync(`${file}.lock`, old, old);
      await new Promise((resolve) => setTimeout(resolve, 7000));
      // Left as it was, the lock is stale and a second `sitrep run` would open the same file.
      await expect(holder(dir, file)).rejects.toThrow(/in use by another Sitrep process/);
    } finally {
      await opened.close();
    }
    expect(existsSync(`${file}.lock`)).toBe(false);
  }, 60_000);

  it('a holder keeps its lock quietly: naming itself in the lock does not make its next refresh find the lock compromised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-lock-'));
    const file = join(dir, 'sitrep.db');
    const logs: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line).msg) });
    const opened = await openDatabase(file, { exclusive: true, log });
    try {
      // Past the first refresh (every 5 s).
      await new Promise((resolve) => setTimeout(resolve, 7000));
      expect(logs.filter((m) => /lock/.test(m))).toEqual([]);
    } finally {
      await opened.close();
    }
  }, 60_000);
});
