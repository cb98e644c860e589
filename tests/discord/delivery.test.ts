import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliveryTargets, discordTargets } from '../../src/discord/routing.js';
import { createRest, DiscordSink } from '../../src/discord/sink.js';
import { silentLogger } from '../../src/logger.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { pendingCount } from '../../src/store/outbox.js';
import { getSubscription, upsertSubscription } from '../../src/store/subscriptions.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { enqueueAlert, makeAlert, SteppingClock, tempStore } from './helpers.js';

type Store = Awaited<ReturnType<typeof tempStore>>;

describe('Discord delivery through the outbox', () => {
  let fake: FakeDiscord;
  let store: Store;
  let clock: SteppingClock;
  let guild: string;
  let channel: string;
  let dispatcher: Dispatcher;

  beforeEach(async () => {
    fake = await new FakeDiscord().start();
    store = await tempStore();
    clock = new SteppingClock();
    guild = fake.addGuild();
    channel = fake.addChannel(guild);
    const rest = createRest(fake.token, fake.restUrl);
    dispatcher = new Dispatcher(store.db, { discord: new DiscordSink(rest, store.db, clock, silentLogger) }, clock, silentLogger);
  });
  afterEach(async () => {
    await fake.stop();
    await store.cleanup();
  });

  async function subscribe(channelId = channel, extra: { mentionRole?: string; minSeverity?: 'low' | 'medium' | 'high' | 'critical' } = {}) {
    return (
      await upsertSubscription(
        store.db,
        { guildId: guild, channelId, ruleId: 'iraq-bases', minSeverity: extra.minSeverity ?? 'low', mentionRole: extra.mentionRole ?? null, createdBy: null },
        clock.now(),
      )
    ).subscription;
  }

  async function enqueue(alert: ReturnType<typeof makeAlert>) {
    return enqueueAlert(store.db, alert, await discordTargets(store.db, alert), clock.now());
  }

  /** Drains until nothing is pending, moving the clock past each backoff. */
  async function drainAll(maxRounds = 200) {
    const totals = { sent: 0, retried: 0, held: 0, failed: 0 };
    for (let i = 0; i < maxRounds; i++) {
      const s = await dispatcher.drain();
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += s[k];
      if ((await pendingCount(store.db)) === 0) return totals;
      clock.advance(6 * 60_000);
    }
    throw new Error('outbox did not drain');
  }

  /** The n-th report of the incident of `first`, with a toll of `killed` where the channel was told `previous`. */
  function tollUpdate(first: ReturnType<typeof makeAlert>, n: number, killed: number, previous: number) {
    const source = (k: number) => ({
      documentId: `toll-doc-${k}`,
      feedId: `wire-${k}`,
      title: `Report ${k}`,
      link: null,
      published: '2026-11-25T11:00:00.000Z',
    });
    return makeAlert({
      id: `toll-${n}`,
      incidentId: first.incidentId,
      kind: 'update',
      severity: first.severity,
      previousSeverity: first.severity,
      casualties: { killed, injured: null },
      previousCasualties: { killed: previous, injured: null },
      changes: [`new source: wire-${n} — Report ${n}`, ...(killed > previous ? [`killed ${previous} → ${killed}`] : [])],
      sources: [...first.sources, ...Array.from({ length: n - 1 }, (_, i) => source(i + 2))],
    });
  }

  it('routes by rule, server and minimum severity', async () => {
    const sub = await subscribe();
    const other = { ...sub, id: 'x', guildId: 'other', channelId: 'c2' };
    const high = { ...sub, id: 'y', channelId: 'c3', minSeverity: 'high' as const };
    const wrongRule = { ...sub, id: 'z', channelId: 'c4', ruleId: 'else' };
    const all = [sub, other, high, wrongRule];
    expect(
      deliveryTargets(makeAlert(), all)
        .map((t) => t.target)
        .sort(),
    ).toEqual([channel, 'c2'].sort());
    expect(deliveryTargets(makeAlert({ rules: [{ id: 'iraq-bases', name: 'Mine', guildId: guild, reasons: [] }] }), all).map((t) => t.target)).toEqual([
      channel,
    ]);
    expect(
      deliveryTargets(makeAlert({ severity: 'critical' }), all)
        .map((t) => t.target)
        .sort(),
    ).toEqual([channel, 'c2', 'c3'].sort());
  });

  it('posts one well-formed embed with a nonce Discord enforces', async () => {
    await subscribe();
    const alert = makeAlert();
    expect(await enqueue(alert)).toBe(1);
    expect(await drainAll()).toMatchObject({ sent: 1 });
    const [msg] = fake.messagesIn(channel);
    expect(msg).toBeDefined();
    expect(msg!.embeds).toHaveLength(1);
    const embed = msg!.embeds[0];
    expect(embed.title).toContain('Drones target al-Harir airbase');
    expect(embed.url).toBe('https://example.org/news/1');
    expect(embed.footer.text).toContain(alert.incidentId);
    expect(embed.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(['Severity', 'Attack', 'Places', 'Actors', 'Source', 'Rule']));
    expect(embed.fields.find((f: any) => f.name === 'Places').value).toContain('openstreetmap.org/?mlat=36.5300&mlon=44.3500');
    const post = fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`)!;
    expect(post.body.enforce_nonce).toBe(true);
    expect(post.body.nonce.length).toBeLessThanOrEqual(25);
    expect(post.body.allowed_mentions).toEqual({ parse: [], roles: [] });
  });

  it('an article titled "@everyone click here" pings no one; only the subscribed role is mentioned', async () => {
    await subscribe(channel, { mentionRole: '123456789012345678' });
    const quiet = fake.addChannel(guild, 'quiet');
    await upsertSubscription(
      store.db,
      { guildId: guild, channelId: quiet, ruleId: 'iraq-bases', minSeverity: 'low', mentionRole: null, createdBy: null },
      clock.now(),
    );
    await enqueue(makeAlert({ title: '@everyone click here', summary: '<@&999> [free](https://evil.example) @here **bold**' }));
    await drainAll();
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    expect(posts).toHaveLength(2);
    for (const p of posts) {
      expect(p.body.allowed_mentions.parse).toEqual([]);
      const text = JSON.stringify(p.body.embeds);
      expect(text).not.toMatch(/@everyone|@here|<@&999>/);
      // The masked link is escaped (shown as text, not a link).
      expect(text).not.toMatch(/(?<!\\\\)\[free\]\(/);
      expect(text).toContain('\\\\[free\\\\]');
    }
    const withRole = posts.find((p) => p.path.includes(channel))!;
    expect(withRole.body.content).toBe('<@&123456789012345678>');
    expect(withRole.body.allowed_mentions.roles).toEqual(['123456789012345678']);
    const without = posts.find((p) => p.path.includes(quiet))!;
    expect(without.body.content ?? '').toBe('');
    expect(without.body.allowed_mentions.roles).toEqual([]);
  });

  it('with 20% of sends failing (429 or 5xx), every alert arrives exactly once', async () => {
    await subscribe();
    let injected = 0;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Seeded faults on 20% of channel POSTs, independent per request, so some come twice in a row
    // (past discord.js's one quick retry, into the outbox's backoff).
    fake.faultFor = (method, path) => {
      if (method !== 'POST' || !path.startsWith('/channels/') || random() >= 0.2) return null;
      injected++;
      const kind = Math.floor(random() * 3);
      return kind === 0 ? { status: 429, retryAfterMs: 30 } : kind === 1 ? { status: 500 } : { status: 503 };
    };
    const alerts = Array.from({ length: 40 }, (_, i) => makeAlert({ id: `a${i}`, title: `Attack ${i}` }));
    for (const a of alerts) await enqueue(a);
    const totals = await drainAll();
    const msgs = fake.messagesIn(channel);
    expect(msgs).toHaveLength(40);
    expect(new Set(msgs.map((m) => m.embeds[0].title))).toEqual(new Set(alerts.map((a) => a.title)));
    expect(injected).toBeGreaterThanOrEqual(8);
    expect(totals.sent).toBe(40);
    expect(totals.retried).toBeGreaterThan(0);
    expect(fake.errors.filter((e) => e.status === 429).length).toBeGreaterThan(0);
    const posts = fake.requests.filter((r) => r.method === 'POST').length;
    console.info(`20% faults: ${injected} injected (429/500/503) in ${posts} POSTs; ${totals.retried} outbox retries; 40 alerts, 40 messages`);
  });

  it('a deleted channel or missing permission holds the alerts and marks the subscription failing until fixed', async () => {
    const sub = await subscribe();
    fake.channels.get(channel)!.state = 'forbidden';
    await enqueue(makeAlert({ id: 'one' }));
    await enqueue(makeAlert({ id: 'two' }));
    const first = await dispatcher.drain();
    expect(first).toMatchObject({ sent: 0, held: 1 });
    const failing = await getSubscription(store.db, sub.id);
    expect(failing?.status).toBe('failing');
    expect(failing?.failureReason).toContain('50013');
    // Nothing more is tried while it is failing, and nothing is dropped.
    clock.advance(60 * 60_000);
    expect(await dispatcher.drain()).toMatchObject({ sent: 0, held: 0 });
    expect(await pendingCount(store.db)).toBe(2);

    fake.channels.get(channel)!.state = 'ok';
    await subscribe(); // subscribing again clears the failure
    clock.advance(60 * 60_000);
    await drainAll();
    expect(fake.messagesIn(channel)).toHaveLength(2);
    expect((await getSubscription(store.db, sub.id))?.status).toBe('ok');
  });

  it('a 404 channel is held with a readable reason', async () => {
    const sub = await subscribe();
    fake.channels.get(channel)!.state = 'deleted';
    await enqueue(makeAlert());
    await dispatcher.drain();
    expect((await getSubscription(store.db, sub.id))?.failureReason).toMatch(/deleted.*10003/);
  });

  it('an update edits the earlier message and, when severity rose, posts a follow-up', async () => {
    await subscribe(channel, { mentionRole: '42' });
    const first = makeAlert({ id: 'first', incidentId: 'inc-1' });
    await enqueue(first);
    await drainAll();
    const [original] = fake.messagesIn(channel);
    const update = makeAlert({
      id: 'second',
      incidentId: 'inc-1',
      kind: 'update',
      severity: 'high',
      previousSeverity: 'medium',
      changes: ['second source: Reuters', 'severity medium → high'],
      sources: [
        ...first.sources,
        { documentId: 'd2', feedId: 'reuters', title: 'Second report', link: 'https://example.com/2', published: '2026-11-25T11:00:00.000Z' },
      ],
    });
    await enqueue(update);
    await drainAll();
    const msgs = fake.messagesIn(channel);
    expect(msgs).toHaveLength(2);
    expect(original!.edits).toBe(1);
    expect(original!.embeds[0].fields.find((f: any) => f.name.startsWith('Sources')).name).toBe('Sources (2)');
    expect(original!.embeds[0].fields.find((f: any) => f.name === 'Severity').value).toBe('HIGH (was medium)');
    const follow = msgs.find((m) => m.id !== original!.id)!;
    expect(follow.content).toContain('Severity raised from **medium** to **high**');
    expect(follow.message_reference.message_id).toBe(original!.id);
    expect(follow.allowed_mentions).toEqual({ parse: [], roles: ['42'] });

    // An update that does not raise severity only edits.
    await enqueue({
      ...update,
      id: 'third',
      severity: 'high',
      previousSeverity: 'high',
      changes: ['third source'],
      sources: [...update.sources, { documentId: 'd3', feedId: 'ap', title: 'Third report', link: null, published: '2026-11-25T12:00:00.000Z' }],
    });
    await drainAll();
    expect(fake.messagesIn(channel)).toHaveLength(2);
    expect(original!.edits).toBe(2);
  });

  it('a risen toll gets a reply that pings no one, at most one per incident every half hour; a held-back rise is told by the next update', async () => {
    await subscribe(channel, { mentionRole: '42' });
    const first = makeAlert({ id: 'toll-1', incidentId: 'inc-toll', severity: 'critical', casualties: { killed: 3, injured: null } });
    await enqueue(first);
    await drainAll();
    const [original] = fake.messagesIn(channel);
    const update = (n: number, killed: number, previous: number) => tollUpdate(first, n, killed, previous);

    await enqueue(update(2, 12, 3));
    await drainAll();
    let replies = fake.messagesIn(channel).filter((m) => m.id !== original!.id);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.content).toBe('Toll now **12 killed** (was 3 killed): new source: wire-2 — Report 2');
    expect(replies[0]!.message_reference.message_id).toBe(original!.id);
    expect(replies[0]!.allowed_mentions).toEqual({ parse: [], roles: [] });

    // Ten minutes on, a higher toll only edits: one reply per half hour.
    clock.advance(10 * 60_000);
    await enqueue(update(3, 20, 12));
    await drainAll();
    expect(fake.messagesIn(channel)).toHaveLength(2);
    expect(original!.embeds[0].fields.find((f: any) => f.name === 'Casualties').value).toContain('killed: 20');

    // The next update past the half hour tells the rise held back, though it raises nothing itself.
    clock.advance(30 * 60_000);
    await enqueue(update(4, 20, 20));
    await drainAll();
    replies = fake.messagesIn(channel).filter((m) => m.id !== original!.id);
    expect(replies).toHaveLength(2);
    expect(replies[1]!.content).toMatch(/^Toll now \*\*20 killed\*\* \(was 12 killed\)/);

    // Then a new source with the same toll only edits.
    clock.advance(60 * 60_000);
    await enqueue(update(5, 20, 20));
    await drainAll();
    expect(fake.messagesIn(channel)).toHaveLength(3);
    expect(original!.edits).toBe(4);
  });

  it('the spacing of toll replies is a setting (incidents.tollReplySpacing)', async () => {
    const rest = createRest(fake.token, fake.restUrl);
    dispatcher = new Dispatcher(
      store.db,
      { discord: new DiscordSink(rest, store.db, clock, silentLogger, { tollReplySpacingMs: 5 * 60_000 }) },
      clock,
      silentLogger,
    );
    await subscribe(channel);
    const first = makeAlert({ id: 'spaced-1', incidentId: 'inc-spaced', severity: 'critical', casualties: { killed: 2, injured: null } });
    await enqueue(first);
    await drainAll();
    await enqueue(tollUpdate(first, 2, 6, 2));
    await drainAll();
    // Ten minutes on is past a five-minute spacing: this rise gets its own reply (the default half hour would hold it back).
    clock.advance(10 * 60_000);
    await enqueue(tollUpdate(first, 3, 9, 6));
    await drainAll();
    const replies = fake.messagesIn(channel).slice(1);
    expect(replies.map((m) => m.content.split(':')[0])).toEqual(['Toll now **6 killed** (was 2 killed)', 'Toll now **9 killed** (was 6 killed)']);
  });

  it('a long rate limit is not waited out in memory: the outbox row is retried after it', async () => {
    await subscribe();
    let first = true;
    fake.faultFor = (method, path) => {
      if (method === 'POST' && path.startsWith('/channels/') && first) {
        first = false;
        return { status: 429, retryAfterMs: 60_000, global: true };
      }
      return null;
    };
    await enqueue(makeAlert());
    const started = Date.now();
    const s = await dispatcher.drain();
    expect(s).toMatchObject({ sent: 0, retried: 1 });
    const row = await store.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    // The next attempt waits at least the minute Discord asked for.
    expect(Date.parse(row.next_attempt_at) - started).toBeGreaterThanOrEqual(59_000);
    expect(row.last_error).toContain('rate limited');
    // While the limit lasts, the REST client refuses locally: Discord is not hammered.
    clock.advance(61_000);
    expect(await dispatcher.drain()).toMatchObject({ sent: 0, retried: 1 });
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    // Once it has passed (a fresh client here, as after the minute), the row goes out.
    clock.advance(61_000);
    const later = new Dispatcher(
      store.db,
      { discord: new DiscordSink(createRest(fake.token, fake.restUrl), store.db, clock, silentLogger) },
      clock,
      silentLogger,
    );
    expect(await later.drain()).toMatchObject({ sent: 1 });
    expect(fake.messagesIn(channel)).toHaveLength(1);
  });

  it('a connection cut mid-request is retried, and the nonce keeps it to one message', async () => {
    await subscribe();
    let drops = 0;
    fake.faultFor = (method, path) => (method === 'POST' && path.startsWith('/channels/') && drops++ < 3 ? { status: 'drop' } : null);
    for (let i = 0; i < 3; i++) await enqueue(makeAlert({ id: `net-${i}` }));
    const totals = await drainAll();
    expect(totals.sent).toBe(3);
    expect(fake.messagesIn(channel)).toHaveLength(3);
  });
});
