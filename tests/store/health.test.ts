import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { DatabaseHealth, databaseFault, describeStoreError } from '../../src/store/health.js';

const sqlite = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('database health', () => {
  it('tells store faults (they pass) from bugs (they do not)', () => {
    expect(databaseFault(sqlite('SQLITE_BUSY'))).toBe('locked');
    expect(databaseFault(sqlite('SQLITE_BUSY_SNAPSHOT'))).toBe('locked');
    expect(databaseFault(sqlite('SQLITE_FULL'))).toBe('full');
    expect(databaseFault(sqlite('SQLITE_READONLY_DBMOVED'))).toBe('read-only');
    expect(databaseFault(sqlite('SQLITE_IOERR_WRITE'))).toBe('io');
    expect(databaseFault(sqlite('57P01', 'terminating connection due to administrator command'))).toBe('connection');
    expect(databaseFault(sqlite('08006'))).toBe('connection');
    expect(databaseFault(sqlite('ECONNREFUSED'))).toBe('connection');
    expect(databaseFault(new Error('Connection terminated unexpectedly'))).toBe('connection');
    expect(databaseFault(sqlite('SQLITE_CONSTRAINT_PRIMARYKEY'))).toBeNull();
    expect(databaseFault(sqlite('23505'))).toBeNull();
    expect(databaseFault(new TypeError('x is undefined'))).toBeNull();
    expect(describeStoreError(sqlite('SQLITE_IOERR_WRITE', 'disk I/O error'), '/d/s.db', () => true)).toBe(
      'the disk holding the database is full (/d/s.db): disk I/O error',
    );
  });

  it('logs an episode once when it starts and once when it ends; backs off meanwhile; a flapping store is one episode', () => {
    let now = 0;
    const logs: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void logs.push(JSON.parse(l).msg) });
    const health = new DatabaseHealth('/d/s.db', log, { now: () => new Date(now) });
    expect(health.state()).toMatchObject({ up: true, lastError: null });
    health.failed(new TypeError('a bug'));
    expect(health.state().up).toBe(true);

    health.failed(sqlite('SQLITE_FULL', 'database or disk is full'));
    expect(health.state()).toMatchObject({ up: false, lastError: 'the disk holding the database is full (/d/s.db): database or disk is full' });
    expect(health.available()).toBe(false);
    now = 1_000;
    expect(health.available()).toBe(true);
    // Small writes get through, big ones fail: still the same episode, and the waits grow.
    for (let i = 0; i < 5; i++) {
      health.succeeded();
      health.failed(sqlite('SQLITE_FULL'));
      now += 500;
    }
    expect(health.available()).toBe(false);
    now += 60_000;
    health.succeeded();
    expect(health.state().up).toBe(false);
    now += 10_000;
    health.succeeded();
    expect(health.state()).toMatchObject({ up: true, since: new Date(now).toISOString() });
    expect(logs).toEqual(['database unavailable; work waits and is retried with backoff, nothing is lost', 'database is back; resuming work']);
  });

  it('an idle bot recovers too: ten quiet seconds after one good write end the episode', () => {
    let now = 0;
    const logs: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => void logs.push(JSON.parse(l).msg) });
    const health = new DatabaseHealth('pg', log, { now: () => new Date(now) });
    health.failed(sqlite('57P01', 'terminating connection due to administrator command'));
    now = 1_000;
    health.succeeded();
    now = 9_000;
    expect(health.state().up).toBe(false);
    now = 11_000;
    expect(health.available()).toBe(true);
    expect(health.state().up).toBe(true);
    expect(logs.at(-1)).toBe('database is back; resuming work');
  });

  it('a store lost for good stays down until restart', () => {
    let gone = false;
    const health = new DatabaseHealth('/d/s.db', undefined, undefined, () => (gone ? 'the database file /d/s.db was deleted' : null));
    expect(health.available()).toBe(true);
    gone = true;
    expect(health.available()).toBe(false);
    health.succeeded();
    expect(health.state()).toMatchObject({ up: false, lastError: 'the database file /d/s.db was deleted' });
  });
});
