/** The Discord repositories and the outbox hold/resume path, on SQLite and (where running) PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RuleSchema } from '../../src/config/rule-schema.js';
import { discordTargets } from '../../src/discord/routing.js';
import type { Db, OpenedDatabase } from '../../src/store/database.js';
import { addGuildFeed, allGuildFeeds, listGuildFeeds, removeGuildFeed } from '../../src/store/guild-feeds.js';
import { allGuildRules, deleteGuildRule, getGuildRule, insertGuildRule } from '../../src/store/guild-rules.js';
import { claimDue, incidentMessageId, pendingBySubscription, recordOutcomes, releaseClaims } from '../../src/store/outbox.js';
import { listSubscriptions, markSubscriptionsFailing, removeSubscriptions, upsertSubscription } from '../../src/store/subscriptions.js';
import { type TestDatabase, testBackends } from '../helpers/databases.js';
import { enqueueAlert, makeAlert } from './helpers.js';

/** The rows a sender could claim now (claimed and released again, so the next look sees them too). */
async function dueEntries(db: Db, now: Date) {
  const rows = await claimDue(db, { owner: 'test', now, leaseMs: 60_000, limit: 10, sinks: ['discord'] });
  await releaseClaims(db, ['test']);
  return rows;
}

const backends = await testBackends();

describe.each(backends)('Discord store on $name', ({ make }) => {
  let handle: TestDatabase;
  let opened: OpenedDatabase;
  const now = new Date('2026-11-25T12:00:00Z');
  beforeAll(async () => {
    handle = await make();
    opened = await handle.open();
  });
  afterAll(async () => {
    await opened?.close();
    await handle?.dispose();
  });

  it('subscriptions: upsert, route, fail, hold, resume, remove', async () => {
    const { db } = opened;
    const base = { guildId: 'g1', ruleId: 'iraq-bases', minSeverity: 'low' as const, mentionRole: null, createdBy: 'u' };
    const a = await upsertSubscription(db, { ...base, channelId: 'c1' }, now);
    expect(a.created).toBe(true);
    const again = await upsertSubscription(db, { ...base, channelId: 'c1', minSeverity: 'high', mentionRole: 'r' }, now);
    expect(again).toMatchObject({ created: false, subscription: { id: a.subscription.id, minSeverity: 'high', mentionRole: 'r' } });
    const b = await upsertSubscription(db, { ...base, channelId: 'c2' }, now);
    expect(b.created).toBe(true);
    expect((await listSubscriptions(db, 'g1')).map((s) => [s.channelId, s.status, s.minSeverity])).toEqual([
      ['c1', 'ok', 'high'],
      ['c2', 'ok', 'low'],
    ]);

    const alert = makeAlert({ severity: 'high', incidentId: 'inc-x' });
    const targets = await discordTargets(db, alert);
    expect(targets.map((t) => t.target).sort()).toEqual(['c1', 'c2']);
    expect(await enqueueAlert(db, alert, targets, now)).toBe(2);
    // Written again (a retried transaction): nothing added.
    expect(await enqueueAlert(db, alert, targets, now)).toBe(0);
    expect((await dueEntries(db, now)).map((e) => e.target).sort()).toEqual(['c1', 'c2']);

    await markSubscriptionsFailing(db, [a.subscription.id], 'missing permission', now);
    expect((await listSubscriptions(db, 'g1')).filter((s) => s.status === 'failing')).toEqual([
      expect.objectContaining({
        id: a.subscription.id,
        channelId: 'c1',
        status: 'failing',
        failureReason: 'missing permission',
        failingSince: now.toISOString(),
      }),
    ]);
    // The failing subscription's row waits; the other is due.
    expect((await dueEntries(db, now)).map((e) => e.target)).toEqual(['c2']);
    expect((await pendingBySubscription(db, [a.subscription.id])).get(a.subscription.id)).toBe(1);
    // /subscribe again resumes it: status ok, reason cleared, its row due again.
    const resumed = await upsertSubscription(db, { ...base, channelId: 'c1' }, now);
    expect(resumed.subscription).toMatchObject({ id: a.subscription.id, status: 'ok', failureReason: null, failingSince: null });
    expect((await listSubscriptions(db, 'g1')).filter((s) => s.status === 'failing')).toEqual([]);
    expect((await dueEntries(db, now)).map((e) => e.target).sort()).toEqual(['c1', 'c2']);

    const [row, other] = await dueEntries(db, now);
    await recordOutcomes(db, [{ id: row!.id, status: 'sent', messageId: 'm1' }], now);
    expect(await incidentMessageId(db, 'inc-x', 'discord', row!.target)).toBe('m1');
    expect(await incidentMessageId(db, 'inc-x', 'discord', other!.target)).toBeNull();
    // Sent: no longer due, nor pending.
    expect((await dueEntries(db, now)).map((e) => e.id)).toEqual([other!.id]);

    const removed = await removeSubscriptions(db, 'g1', 'iraq-bases', null);
    expect(removed.map((s) => s.id).sort()).toEqual([a.subscription.id, b.subscription.id].sort());
    expect(await listSubscriptions(db, 'g1')).toEqual([]);
    expect(await dueEntries(db, now)).toEqual([]);
  });

  it('guild rules: insert once, list, delete with subscriptions', async () => {
    const { db } = opened;
    const rule = RuleSchema.parse({ id: 'mine', match: { countries: ['IQ'] } });
    expect(await insertGuildRule(db, 'g2', rule, 'u', now)).toBe(true);
    expect(await insertGuildRule(db, 'g2', rule, 'u', now)).toBe(false);
    expect((await getGuildRule(db, 'g2', 'mine'))?.rule).toEqual(rule);
    expect((await allGuildRules(db)).map((g) => `${g.guildId}/${g.rule.id}`)).toContain('g2/mine');
    await upsertSubscription(db, { guildId: 'g2', channelId: 'c', ruleId: 'mine', minSeverity: 'low', mentionRole: null, createdBy: null }, now);
    // The channels its subscriptions posted in; null when there was no such rule.
    expect(await deleteGuildRule(db, 'g2', 'mine')).toEqual(['c']);
    expect(await deleteGuildRule(db, 'g2', 'mine')).toBeNull();
    expect(await listSubscriptions(db, 'g2')).toEqual([]);
  });

  it('guild feeds: ids per server and URL, list, remove', async () => {
    const { db } = opened;
    const first = await addGuildFeed(db, { guildId: 'g3', url: 'https://a.example/rss', name: 'A', channelId: 'c', createdBy: 'u' }, now);
    expect(first.created).toBe(true);
    expect(first.feed.feedId).toMatch(/^gf_[a-z0-9_-]+$/);
    expect((await addGuildFeed(db, { guildId: 'g3', url: 'https://a.example/rss', name: null, channelId: null, createdBy: null }, now)).created).toBe(false);
    const other = await addGuildFeed(db, { guildId: 'g4', url: 'https://a.example/rss', name: null, channelId: null, createdBy: null }, now);
    expect(other.feed.feedId).not.toBe(first.feed.feedId);
    expect((await listGuildFeeds(db, 'g3')).map((f) => [f.feedId, f.url, f.name, f.channelId])).toEqual([
      [first.feed.feedId, 'https://a.example/rss', 'A', 'c'],
    ]);
    expect((await allGuildFeeds(db)).map((f) => `${f.guildId} ${f.feedId}`).sort()).toEqual([`g3 ${first.feed.feedId}`, `g4 ${other.feed.feedId}`].sort());
    expect(await removeGuildFeed(db, 'g3', first.feed.feedId)).toMatchObject({ url: 'https://a.example/rss' });
    expect(await removeGuildFeed(db, 'g3', first.feed.feedId)).toBeNull();
  });
});
