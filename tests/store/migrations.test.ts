/** Stored rows are migrated: outbox rows stored before one-message-per-channel (pending duplicates become one message), alerts stored with their JSON. */
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { AlertSchema } from '../../src/alerts/alert.js';
import { openDatabase } from '../../src/store/database.js';
import { migrationProvider } from '../../src/store/migrations.js';
import { claimDue, incidentMessageId, pendingBySubscription, rulesAlertedForIncident } from '../../src/store/outbox.js';
import { testBackends } from '../helpers/databases.js';

const backends = await testBackends();

/** An alert as stored before: one rule per alert (ruleId, ruleName, guildId, reasons). */
function oldPayload(id: string, ruleId: string, kind: 'new' | 'update') {
  return {
    id,
    kind,
    ruleId,
    ruleName: `Rule ${ruleId}`,
    guildId: null,
    incidentId: 'inc-1',
    title: 'Drones target al-Harir airbase',
    link: 'https://example.org/1',
    summary: 'Two drones were shot down.',
    published: '2026-11-25T10:00:00.000Z',
    attackTypes: ['drone'],
    places: [],
    countries: ['IQ'],
    actors: [],
    casualties: { killed: 0, injured: 0 },
    severity: 'medium',
    sources: [{ documentId: 'doc-2', feedId: 'wire', title: 't', link: null, published: '2026-11-25T10:00:00.000Z' }],
    reasons: [`reason of ${ruleId}`],
    changes: kind === 'update' ? ['second source'] : [],
    previousSeverity: kind === 'update' ? 'medium' : null,
  };
}

describe.each(backends)('migrating stored outbox rows on $name', ({ make }) => {
  it('folds the pending rows of one report and channel into one message, keeps sent ones for edits', async () => {
    const handle = await make();
    const old = handle.url.startsWith('postgres')
      ? new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: handle.url, max: 1 }) }) })
      : new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(handle.url) }) });
    const schema = handle.url.startsWith('postgres') ? (await sql<{ s: string }>`select current_schema() as s`.execute(old)).rows[0]?.s : undefined;
    expect((await new Migrator({ db: old, provider: migrationProvider, migrationTableSchema: schema }).migrateTo('0001_initial')).error).toBeUndefined();
    const at = '2026-11-25T10:05:00.000Z';
    for (const [sub, rule] of [
      ['sub-a', 'a'],
      ['sub-b', 'b'],
      ['sub-c', 'c'],
    ] as const) {
      await old
        .insertInto('subscriptions')
        .values({ id: sub, guild_id: 'g', channel_id: 'chan', rule_id: rule, min_severity: 'low', mention_role: null, status: 'ok', created_at: at })
        .execute();
    }
    const rows = [
      // The first report of the incident: sent long ago (its message is edited by updates).
      { alert: 'al-0', rule: 'a', doc: 'doc-1', status: 'sent', sub: 'sub-a', message: 'm-1' },
      // The second report matched three rules the channel subscribed to: three rows, one message now.
      { alert: 'al-a', rule: 'a', doc: 'doc-2', status: 'pending', sub: 'sub-a', message: null },
      { alert: 'al-b', rule: 'b', doc: 'doc-2', status: 'pending', sub: 'sub-b', message: null },
      { alert: 'al-c', rule: 'c', doc: 'doc-2', status: 'pending', sub: 'sub-c', message: null },
    ];
    for (const [i, r] of rows.entries()) {
      await old
        .insertInto('alerts')
        .values({
          id: r.alert,
          rule_id: r.rule,
          guild_id: null,
          incident_id: 'inc-1',
          document_id: r.doc,
          kind: r.doc === 'doc-1' ? 'new' : 'update',
          severity: 'medium',
          payload: JSON.stringify(oldPayload(r.alert, r.rule, r.doc === 'doc-1' ? 'new' : 'update')),
          created_at: at,
        })
        .execute();
      await old
        .insertInto('outbox')
        .values({
          id: `out-${i}`,
          alert_id: r.alert,
          sink: 'discord',
          target: 'chan',
          subscription_id: r.sub,
          nonce: `n-${i}`,
          status: r.status,
          attempts: 0,
          next_attempt_at: at,
          message_id: r.message,
          created_at: `2026-11-25T10:0${i}:00.000Z`,
          sent_at: r.message ? at : null,
        })
        .execute();
    }
    await old.destroy();

    const opened = await openDatabase(handle.url);
    try {
      const { db } = opened;
      expect(await incidentMessageId(db, 'inc-1', 'discord', 'chan')).toBe('m-1');
      const due = await claimDue(db, { owner: 't', now: new Date('2026-11-26T00:00:00Z'), leaseMs: 60_000, limit: 10, sinks: ['discord'] });
      expect(due).toHaveLength(1);
      const [message] = due;
      expect(AlertSchema.parse(message!.alert)).toMatchObject({ kind: 'update', style: 'attack', incidentId: 'inc-1' });
      expect(message!.alert.rules).toEqual([
        { id: 'a', name: 'Rule a', guildId: null, reasons: ['reason of a'] },
        { id: 'b', name: 'Rule b', guildId: null, reasons: ['reason of b'] },
        { id: 'c', name: 'Rule c', guildId: null, reasons: ['reason of c'] },
      ]);
      expect(message!.subscriptionIds.sort()).toEqual(['sub-a', 'sub-b', 'sub-c']);
      expect((await pendingBySubscription(db, ['sub-b'])).get('sub-b')).toBe(1);
      expect(await db.selectFrom('outbox').select('id').execute()).toHaveLength(2);
    } finally {
      await opened.close();
      await handle.dispose();
    }
  });
});

describe.each(backends)('migrating stored alerts to rows without their JSON on $name', ({ make }) => {
  it('drops the column, keeps every row and which rules alerted, and answers that from the new index', async () => {
    const handle = await make();
    const postgres = handle.url.startsWith('postgres');
    const old = postgres
      ? new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: handle.url, max: 1 }) }) })
      : new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(handle.url) }) });
    const schema = postgres ? (await sql<{ s: string }>`select current_schema() as s`.execute(old)).rows[0]?.s : undefined;
    expect(
      (
        await new Migrator({ db: old, provider: migrationProvider, migrationTableSchema: schema, allowUnorderedMigrations: true }).migrateTo(
          '0013_incident_fingerprints',
        )
      ).error,
    ).toBeUndefined();
    const at = '2026-12-01T08:00:00.000Z';
    const rows = [
      { id: 'al-1', rule_id: 'iraq', guild_id: null, incident_id: 'inc-1', document_id: 'doc-1', kind: 'new' },
      { id: 'al-2', rule_id: 'bases', guild_id: '42', incident_id: 'inc-1', document_id: 'doc-1', kind: 'new' },
      { id: 'al-3', rule_id: 'iraq', guild_id: null, incident_id: 'inc-1', document_id: 'doc-2', kind: 'update' },
      { id: 'al-4', rule_id: 'syria', guild_id: null, incident_id: 'inc-2', document_id: 'doc-3', kind: 'new' },
    ];
    await old
      .insertInto('alerts')
      .values(rows.map((r) => ({ ...r, severity: 'medium', payload: JSON.stringify({ id: r.id, title: 'a whole alert' }), created_at: at })))
      .execute();
    await old.destroy();

    const opened = await openDatabase(handle.url);
    try {
      const { db } = opened;
      const columns = postgres
        ? (
            await sql<{
              name: string;
            }>`select column_name as name from information_schema.columns where table_name = 'alerts' and table_schema = current_schema()`.execute(db)
          ).rows
        : (await sql<{ name: string }>`select name from pragma_table_info('alerts')`.execute(db)).rows;
      expect(columns.map((c) => c.name).sort()).toEqual(['created_at', 'document_id', 'guild_id', 'id', 'incident_id', 'kind', 'rule_id', 'severity']);
      expect(await db.selectFrom('alerts').select(['id', 'rule_id', 'guild_id', 'incident_id', 'document_id', 'kind']).orderBy('id').execute()).toEqual(rows);
      const alerted = await rulesAlertedForIncident(db, 'inc-1');
      expect(alerted.sort((a, b) => a.ruleId.localeCompare(b.ruleId))).toEqual([
        { ruleId: 'bases', guildId: '42' },
        { ruleId: 'iraq', guildId: null },
      ]);
      if (!postgres) {
        // The rules that alerted come from the index alone, without reading the rows.
        const plan = await sql<{
          detail: string;
        }>`explain query plan select distinct "rule_id", "guild_id" from "alerts" where "incident_id" = ${'inc-1'}`.execute(db);
        expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(/COVERING INDEX alerts_incident_rules/);
      }
    } finally {
      await opened.close();
      await handle.dispose();
    }
  });
});
