import { type CreateTableBuilder, type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { itemKey } from '../identity.js';
import { fingerprintRow, insertKeyRows, keyRowsOf, parseIncident } from './incident-rows.js';
import { insertRows } from './insert-rows.js';

/** Migrations run against the schema as it was when they were written, not today's table types (Kysely's own advice). */
// biome-ignore lint/suspicious/noExplicitAny: an untyped schema is the point of a migration
type AnySchema = Kysely<any>;

/** Every stored incident's row, read in batches by id: for the migrations that rework what an incident keeps. */
async function forEachIncidentRow(db: AnySchema, each: (row: { id: string; data: string }) => Promise<void>): Promise<void> {
  const BATCH = 200;
  let after = '';
  for (;;) {
    const { rows } = await sql<{ id: string; data: string }>`select "id", "data" from "incidents" where "id" > ${after} order by "id" limit ${BATCH}`.execute(
      db,
    );
    if (rows.length === 0) return;
    after = rows.at(-1)!.id;
    for (const row of rows) await each(row);
  }
}

/**
 * Schema migrations, written with Kysely's schema builder so the same code creates the schema on
 * SQLite and PostgreSQL. Append new migrations; never edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: AnySchema) {
      await db.schema
        .createTable('feed_state')
        .addColumn('feed_id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('last_poll_at', 'text')
        .addColumn('last_success_at', 'text')
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('first_poll_at', 'text')
        .addColumn('next_poll_at', 'text')
        .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('disabled_at', 'text')
        .addColumn('disabled_reason', 'text')
        .execute();

      await db.schema
        .createTable('seen_items')
        .addColumn('feed_id', 'text', (c) => c.notNull())
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('seen_items_pk', ['feed_id', 'item_key'])
        .execute();
      await db.schema.createIndex('seen_items_seen_at').on('seen_items').column('seen_at').execute();

      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('feed_id', 'text', (c) => c.notNull())
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('guid', 'text')
        .addColumn('link', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('analysis', 'text', (c) => c.notNull())
        .addColumn('is_attack', 'integer', (c) => c.notNull())
        .addColumn('incident_id', 'text')
        .execute();
      await db.schema.createIndex('documents_published').on('documents').column('published_at').execute();
      await db.schema.createIndex('documents_incident').on('documents').column('incident_id').execute();

      await db.schema
        .createTable('incidents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('first_published_at', 'text', (c) => c.notNull())
        .addColumn('last_published_at', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('source_count', 'integer', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('incidents_last_published').on('incidents').column('last_published_at').execute();

      await db.schema
        .createTable('alerts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('guild_id', 'text')
        .addColumn('incident_id', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('alerts_incident').on('alerts').column('incident_id').execute();

      await db.schema
        .createTable('outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('alert_id', 'text', (c) => c.notNull())
        .addColumn('sink', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('subscription_id', 'text')
        .addColumn('nonce', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('message_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addUniqueConstraint('outbox_alert_target', ['alert_id', 'sink', 'target'])
        .execute();
      await db.schema.createIndex('outbox_pending').on('outbox').columns(['status', 'next_attempt_at']).execute();

      await db.schema
        .createTable('subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('min_severity', 'text', (c) => c.notNull())
        .addColumn('mention_role', 'text')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('ok'))
        .addColumn('failure_reason', 'text')
        .addColumn('failing_since', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('subscriptions_unique', ['guild_id', 'channel_id', 'rule_id'])
        .execute();
      await db.schema.createIndex('subscriptions_rule').on('subscriptions').column('rule_id').execute();

      await db.schema
        .createTable('guild_rules')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('guild_rules_pk', ['guild_id', 'rule_id'])
        .execute();

      await db.schema
        .createTable('guild_feeds')
        .addColumn('guild_id', 'text', (c) => c.notNull())
        .addColumn('feed_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('channel_id', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('guild_feeds_pk', ['guild_id', 'feed_id'])
        .execute();
    },
  },
  '0002_incident_keys': {
    /**
     * Candidates for a report come from an index by key (country, geographic cell, link) and time
     * instead of every recent incident. Incidents stored before get their keys from their data.
     */
    async up(db: AnySchema) {
      await db.schema
        .createTable('incident_keys')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('incident_id', 'text', (c) => c.notNull())
        .addColumn('first_published_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_keys_pk', ['key', 'incident_id'])
        .execute();
      await db.schema.createIndex('incident_keys_key_first').on('incident_keys').columns(['key', 'first_published_at']).execute();
      await db.schema.createIndex('incident_keys_incident').on('incident_keys').column('incident_id').execute();
      await forEachIncidentRow(db, (row) => insertKeyRows(db, keyRowsOf(parseIncident(row))));
    },
  },
  '0003_outbox_claims': {
    async up(db: AnySchema) {
      // A sender claims rows before sending them, for a while: no two senders (a timer and the
      // poller, or two processes) send one row at once, and a dead sender's claims run out.
      await db.schema.alterTable('outbox').addColumn('claimed_by', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('claimed_until', 'text').execute();
    },
  },
  '0003_outbox_one_message_per_channel': {
    async up(db: AnySchema) {
      // An outbox row becomes one message to one target for one report of an incident, listing
      // every matching rule the target subscribed to; which subscriptions it serves moves to a
      // table of its own.
      await db.schema.alterTable('outbox').addColumn('incident_id', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('document_id', 'text').execute();
      await db.schema.alterTable('outbox').addColumn('payload', 'text').execute();
      await db.schema
        .createTable('outbox_subscriptions')
        .addColumn('outbox_id', 'text', (c) => c.notNull())
        .addColumn('subscription_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('outbox_subscriptions_pk', ['outbox_id', 'subscription_id'])
        .execute();
      await db.schema.createIndex('outbox_subscriptions_subscription').on('outbox_subscriptions').column('subscription_id').execute();

      const rows = await db
        .selectFrom('outbox')
        .innerJoin('alerts', 'alerts.id', 'outbox.alert_id')
        .select([
          'outbox.id',
          'outbox.sink',
          'outbox.target',
          'outbox.status',
          'outbox.subscription_id',
          'alerts.incident_id',
          'alerts.document_id',
          'alerts.payload',
        ])
        .orderBy('outbox.created_at')
        .orderBy('outbox.id')
        .execute();
      // Rows still pending for one report and one target (one per matching rule until now) become one.
      const carriers = new Map<string, { id: string; payload: Record<string, unknown>; rules: unknown[] }>();
      for (const r of rows) {
        const old = JSON.parse(r.payload);
        const { ruleId, ruleName, guildId, reasons, ...rest } = old;
        const rules = [{ id: ruleId, name: ruleName, guildId, reasons }];
        const key = `${r.incident_id}\u0000${r.document_id}\u0000${r.sink}\u0000${r.target}`;
        const carrier = r.status === 'pending' ? carriers.get(key) : undefined;
        if (carrier) {
          carrier.rules.push(...rules);
          if (old.kind === 'update') carrier.payload.kind = 'update';
          await db
            .updateTable('outbox')
            .set({ payload: JSON.stringify({ ...carrier.payload, rules: carrier.rules }) })
            .where('id', '=', carrier.id)
            .execute();
          if (r.subscription_id) {
            await db
              .insertInto('outbox_subscriptions')
              .values({ outbox_id: carrier.id, subscription_id: r.subscription_id })
              .onConflict((oc) => oc.doNothing())
              .execute();
          }
          await db.deleteFrom('outbox').where('id', '=', r.id).execute();
          continue;
        }
        const payload = { ...rest, style: 'attack', rules };
        await db
          .updateTable('outbox')
          .set({ incident_id: r.incident_id, document_id: r.document_id, payload: JSON.stringify(payload) })
          .where('id', '=', r.id)
          .execute();
        if (r.subscription_id) await db.insertInto('outbox_subscriptions').values({ outbox_id: r.id, subscription_id: r.subscription_id }).execute();
        if (r.status === 'pending') carriers.set(key, { id: r.id, payload, rules });
      }
      await db.schema.alterTable('outbox').dropColumn('subscription_id').execute();
      await db.schema.createIndex('outbox_incident_target').on('outbox').columns(['incident_id', 'sink', 'target']).execute();
    },
  },
  '0005_digests': {
    async up(db: AnySchema) {
      // A subscription's daily digest: the local hour and time zone it is posted at (null: none).
      await db.schema.alterTable('subscriptions').addColumn('digest_hour', 'integer').execute();
      await db.schema.alterTable('subscriptions').addColumn('digest_time_zone', 'text').execute();
      // One row per schedule and period, claimed before posting: the unique key makes a period's
      // digest go out once, across restarts and across processes sharing the database.
      await db.schema
        .createTable('digests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('schedule_key', 'text', (c) => c.notNull())
        .addColumn('period_start', 'text', (c) => c.notNull())
        .addColumn('period_end', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('claimed_by', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('message_id', 'text')
        .addColumn('sent_at', 'text')
        .addUniqueConstraint('digests_schedule_period', ['schedule_key', 'period_end'])
        .execute();
    },
  },
  '0006_cluster_leases': {
    async up(db: AnySchema) {
      // A process leases a feed before polling it (one poll per interval across processes; a dead
      // process's lease runs out), and claims cluster-wide jobs by name for a period.
      await db.schema.alterTable('feed_state').addColumn('lease_owner', 'text').execute();
      await db.schema.alterTable('feed_state').addColumn('lease_until', 'text').execute();
      await db.schema.createIndex('feed_state_next_poll').on('feed_state').column('next_poll_at').execute();
      await db.schema
        .createTable('cluster_jobs')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('last_run_at', 'text', (c) => c.notNull())
        .addColumn('next_run_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0007_seen_items_by_link_identity': {
    /**
     * Items without a guid were keyed by their link less fragment and utm_*, fbclid, gclid
     * (https://www.example.org/a/); they are now keyed by the link's identity (example.org/a),
     * the one incident grouping uses. Each such item seen before gets a record under its new key
     * too, so that it does not come back as new. The key is recomputed from the stored document's
     * link with today's itemKey, which is what the poller will look up.
     */
    async up(db: AnySchema) {
      const BATCH = 300; // 3 parameters a row: under SQLite's smallest bound-parameter limit
      let after = '';
      for (;;) {
        const documents: Array<{ id: string; feed_id: string; item_key: string; link: string; title: string; published_at: string; first_seen_at: string }> =
          await db
            .selectFrom('documents')
            .select(['id', 'feed_id', 'item_key', 'link', 'title', 'published_at', 'first_seen_at'])
            .where('guid', 'is', null)
            .where('link', 'is not', null)
            .where('id', '>', after)
            .orderBy('id')
            .limit(BATCH)
            .execute();
        if (documents.length === 0) return;
        after = documents.at(-1)!.id;
        const records = documents.flatMap((d) => {
          const key = itemKey({ guid: null, link: d.link, title: d.title, published: d.published_at });
          return key === d.item_key ? [] : [{ feed_id: d.feed_id, item_key: key, seen_at: d.first_seen_at }];
        });
        if (records.length > 0) {
          await db
            .insertInto('seen_items')
            .values(records)
            .onConflict((oc) => oc.columns(['feed_id', 'item_key']).doNothing())
            .execute();
        }
      }
    },
  },
  '0007_outbox_due_order': {
    /**
     * The outbox is claimed oldest first, a few rows at a time. Indexed by status and age, a claim
     * reads the oldest pending rows and stops at its limit. By status and due time, the index the
     * planners chose, it read and sorted every pending row: draining a backlog took time growing
     * with its square. Rows not due yet (retries) are few, and skipped on the way.
     */
    async up(db: AnySchema) {
      await db.schema.dropIndex('outbox_pending').execute();
      await db.schema.createIndex('outbox_pending_age').on('outbox').columns(['status', 'created_at', 'id']).execute();
    },
  },
  '0012_incident_follow_ups': {
    /**
     * The last follow-up posted to a channel about an incident (toll risen, severity raised): what it
     * told, and when. Follow-ups compare with it and are spaced out by it.
     */
    async up(db: AnySchema) {
      await db.schema
        .createTable('incident_follow_ups')
        .addColumn('incident_id', 'text', (c) => c.notNull())
        .addColumn('sink', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text')
        .addColumn('killed', 'integer')
        .addColumn('injured', 'integer')
        .addColumn('posted_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_follow_ups_pk', ['incident_id', 'sink', 'target'])
        .execute();
      await db.schema.createIndex('incident_follow_ups_posted').on('incident_follow_ups').column('posted_at').execute();
    },
  },
  '0013_incident_fingerprints': {
    /**
     * An incident's kept fingerprints (up to 50 of three 64-hash sketches, about 100 KB of JSON)
     * move from its JSON to rows of their own: a report that joins it writes its own fingerprint,
     * not the incident's whole JSON with every fingerprint again. Stored incidents are moved over.
     */
    async up(db: AnySchema) {
      let table: CreateTableBuilder<'incident_fingerprints', string> = db.schema
        .createTable('incident_fingerprints')
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('link', 'text');
      // The incident, the source, and the three sketches (base64 of their 32-bit words).
      for (const column of ['incident_id', 'document_id', 'title', 'body', 'vocabulary']) table = table.addColumn(column, 'text', (c) => c.notNull());
      await table.addPrimaryKeyConstraint('incident_fingerprints_pk', ['incident_id', 'seq']).execute();
      const ROWS = 100; // 7 parameters a row: under SQLite's smallest bound-parameter limit
      await forEachIncidentRow(db, async (row) => {
        const { fingerprints } = parseIncident(row);
        const { fingerprints: _moved, ...rest } = JSON.parse(row.data);
        await db
          .updateTable('incidents')
          .set({ data: JSON.stringify(rest) })
          .where('id', '=', row.id)
          .execute();
        const moved = fingerprints.map((f, seq) => fingerprintRow(row.id, seq, f));
        for (let i = 0; i < moved.length; i += ROWS) await insertRows('incident_fingerprints', moved.slice(i, i + ROWS)).execute(db);
      });
    },
  },
  '0014_alerts_without_payload': {
    /**
     * An alert row keeps which rule alerted which incident, through which report, not the alert's
     * JSON: nothing read it (the outbox row carries the message sent), and it was almost half of
     * what a poll cycle wrote. The rules that alerted an incident are read from an index that holds
     * them, without visiting the rows. SQLite reuses the freed pages; VACUUM gives them back to the disk.
     */
    async up(db: AnySchema) {
      await db.schema.alterTable('alerts').dropColumn('payload').execute();
      await db.schema.dropIndex('alerts_incident').execute();
      await db.schema.createIndex('alerts_incident_rules').on('alerts').columns(['incident_id', 'rule_id', 'guild_id']).execute();
    },
  },
  '0015_incident_versions': {
    /**
     * Every attack report reads the row versions of its candidates (store/incidents.ts
     * recentIncidents) by id and time. From the table, each is a page of its own (a row holds the
     * incident's JSON, about 2.6 KB), which SQLite's small page cache has mostly let go of: the
     * read was a tenth of the poll's main thread. This index holds what it reads, a few hundred
     * KB for the thousands of incidents of a window, and stays cached.
     */
    async up(db: AnySchema) {
      await db.schema
        .createIndex('incidents_versions')
        .on('incidents')
        .columns(['id', 'first_published_at', 'last_published_at', 'updated_at', 'source_count'])
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
