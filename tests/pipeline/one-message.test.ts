/**
 * Regressions of issue 14: a channel subscribed to three overlapping rules got three identical
 * embeds for one incident (and updates edited only the first); a rule with `attacksOnly: false`
 * never alerted. The real engine, rules, incident store, outbox, dispatcher and Discord sink,
 * against the fake Discord.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RuleSchema } from '../../src/config/rule-schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import type { FeedItem } from '../../src/feeds/item.js';
import type { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { type PipelineDeps, processBatch } from '../../src/pipeline/process.js';
import { RuleSet } from '../../src/rules/compile.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';
import { pendingCount } from '../../src/store/outbox.js';
import { upsertSubscription } from '../../src/store/subscriptions.js';
import { tempStore } from '../discord/helpers.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { discordPipeline } from '../helpers/pipeline.js';

const [seedTitle, ...seedBody] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');
const engine = ExtractionEngine.load();
const resolver = engineResolver(engine);

const rules = RuleSet.compile(
  [
    { id: 'iraq', name: 'Attacks in Iraq', match: { countries: ['IQ'] } },
    { id: 'drones', name: 'Drone attacks', match: { attackTypes: ['drone'] } },
    { id: 'near-erbil', name: 'Near Erbil', match: { near: [{ place: 'Erbil', km: 100 }] } },
    { id: 'everything', name: 'Every attack', match: {} },
    { id: 'pipelines', name: 'Pipeline watch', attacksOnly: false, match: { keywords: { any: ['oil pipeline'] } } },
  ].map((r) => ({ rule: RuleSchema.parse(r), guildId: null })),
  resolver,
);

describe('one message per incident per channel; keyword watches', () => {
  let fake: FakeDiscord;
  let store: Awaited<ReturnType<typeof tempStore>>;
  let deps: PipelineDeps;
  let dispatcher: Dispatcher;
  let guild: string;
  let channel: string;
  let watch: string;
  const now = new Date();
  const clock = { now: () => now };

  const item = (key: string, title: string, content: string, link = `https://wire.example/${key}`): FeedItem => ({
    key,
    guid: key,
    link,
    title,
    content,
    published: new Date(now.getTime() - 3_600_000).toISOString(),
  });

  beforeAll(async () => {
    fake = await new FakeDiscord().start();
    store = await tempStore();
    guild = fake.addGuild();
    channel = fake.addChannel(guild, 'alerts');
    watch = fake.addChannel(guild, 'watch');
    const sub = (channelId: string, ruleId: string, mentionRole: string | null, minSeverity: 'low' | 'critical' = 'low') =>
      upsertSubscription(store.db, { guildId: guild, channelId, ruleId, minSeverity, mentionRole, createdBy: null }, now);
    // Three overlapping rules in one channel, two of them pinging the same role; a fourth whose
    // threshold the seed article does not reach.
    await sub(channel, 'iraq', '1001');
    await sub(channel, 'drones', '1002');
    await sub(channel, 'near-erbil', '1001');
    await sub(channel, 'everything', '1003', 'critical');
    await sub(watch, 'pipelines', '1004');
    ({ deps, dispatcher } = discordPipeline(store.db, engine, rules, clock, fake));
  });
  afterAll(async () => {
    await fake.stop();
    await store.cleanup();
  });

  it('a channel subscribed to three overlapping rules gets ONE message, listing them and pinging their roles once; an update edits it', async () => {
    const first = await processBatch(deps, { feedId: 'wire', guildId: null, items: [item('seed', seedTitle!, seedBody.join('\n'))], silentBefore: null });
    expect(first).toMatchObject({ stored: 1, attacks: 1, alerts: 1 });
    await dispatcher.drain();
    const [message, ...more] = fake.messagesIn(channel);
    expect(more).toEqual([]);
    const rulesField = message!.embeds[0].fields.find((f: { name: string }) => f.name.startsWith('Rules'));
    expect(rulesField.name).toBe('Rules (3)');
    expect(rulesField.value).toMatch(/Attacks in Iraq \(`iraq`\)/);
    expect(rulesField.value).toMatch(/Drone attacks \(`drones`\)/);
    expect(rulesField.value).toMatch(/Near Erbil \(`near-erbil`\)/);
    expect(rulesField.value).not.toMatch(/everything/);
    expect(message!.content).toBe('<@&1001> <@&1002>');
    expect(message!.allowed_mentions).toEqual({ parse: [], roles: ['1001', '1002'] });

    // The same story from another outlet: the same incident, so the message is edited.
    const copy = await processBatch(deps, {
      feedId: 'other-wire',
      guildId: null,
      items: [item('seed-copy', seedTitle!, seedBody.join('\n'), 'https://other.example/seed')],
      silentBefore: null,
    });
    expect(copy).toMatchObject({ stored: 1, attacks: 1, alerts: 1 });
    await dispatcher.drain();
    expect(fake.messagesIn(channel)).toHaveLength(1);
    expect(message!.edits).toBe(1);
    expect(message!.embeds[0].title).toMatch(/^Update: /);
    expect(message!.embeds[0].fields.find((f: { name: string }) => f.name.startsWith('Sources')).name).toBe('Sources (2)');
    expect(fake.messagesIn(watch)).toEqual([]);
    expect(await pendingCount(store.db)).toBe(0);
  });

  it('a keyword rule alerts on a report that is not an attack, as a plain report', async () => {
    const title = 'Regional ministers discuss the northern oil pipeline';
    const content = 'Energy ministers met on Monday to discuss repairs to the oil pipeline that carries crude to the coast, and its tariffs.';
    expect(engine.extract(await import('../../src/extract/normalize.js').then((m) => m.prepareDocument({ title, content }))).isAttack).toBe(false);
    const r = await processBatch(deps, { feedId: 'wire', guildId: null, items: [item('pipeline-talks', title, content)], silentBefore: null });
    expect(r).toMatchObject({ stored: 1, attacks: 0, alerts: 1 });
    await dispatcher.drain();
    const [report] = fake.messagesIn(watch);
    expect(report).toBeDefined();
    const embed = report!.embeds[0];
    expect(embed.title).toBe(title);
    expect(embed.color).toBeUndefined();
    expect(embed.fields.map((f: { name: string }) => f.name)).not.toContain('Severity');
    expect(embed.fields.find((f: { name: string }) => f.name === 'Rule').value).toMatch(/Pipeline watch \(`pipelines`\): keyword "oil pipeline"/);
    expect(embed.footer.text).toMatch(/^Report/);
    expect(report!.content).toBe('<@&1004>');
    // Attack-only rules did not alert on it.
    expect(fake.messagesIn(channel)).toHaveLength(1);
  });
});

describe('a channel first reached by an update', () => {
  it('gets a full first alert for the incident, not an "Update:"; the channel told before gets the edit', async () => {
    const fake = await new FakeDiscord().start();
    const store = await tempStore();
    try {
      const now = new Date();
      const guild = fake.addGuild();
      const early = fake.addChannel(guild, 'early');
      const late = fake.addChannel(guild, 'late');
      const sub = (channelId: string, ruleId: string, mentionRole: string | null) =>
        upsertSubscription(store.db, { guildId: guild, channelId, ruleId, minSeverity: 'low', mentionRole, createdBy: null }, now);
      await sub(early, 'iraq', null);
      const { deps, dispatcher } = discordPipeline(store.db, engine, rules, { now: () => now }, fake);
      const published = new Date(now.getTime() - 3_600_000).toISOString();
      const report = (key: string, link: string): FeedItem => ({ key, guid: key, link, title: seedTitle!, content: seedBody.join('\n'), published });
      await processBatch(deps, { feedId: 'wire', guildId: null, items: [report('first', 'https://wire.example/first')], silentBefore: null });
      await dispatcher.drain();
      expect(fake.messagesIn(early)).toHaveLength(1);
      // The later channel subscribes to the rule that alerted (and to another) after the incident was posted.
      await sub(late, 'iraq', '2001');
      await sub(late, 'drones', '2002');
      await processBatch(deps, { feedId: 'other-wire', guildId: null, items: [report('second', 'https://other.example/second')], silentBefore: null });
      await dispatcher.drain();
      const [earlier] = fake.messagesIn(early);
      expect(earlier!.edits).toBe(1);
      expect(earlier!.embeds[0].title).toMatch(/^Update: /);
      const [first, ...more] = fake.messagesIn(late);
      expect(more).toEqual([]);
      const embed = first!.embeds[0];
      expect(embed.title).not.toMatch(/Update/);
      expect(embed.title).toBe(seedTitle);
      expect(embed.fields.map((f: { name: string }) => f.name)).not.toContain('What changed');
      expect(embed.fields.find((f: { name: string }) => f.name === 'Severity').value).not.toMatch(/was/);
      expect(embed.fields.find((f: { name: string }) => f.name.startsWith('Sources')).name).toBe('Sources (2)');
      // A first alert pings the channel's roles; nothing replies to it as to an update.
      expect(first!.content).toBe('<@&2001> <@&2002>');
      expect(first!.message_reference ?? null).toBeNull();
    } finally {
      await fake.stop();
      await store.cleanup();
    }
  });
});

describe('reports of one incident queued before the first message went out', () => {
  /** A channel subscribed to three overlapping rules, and the pipeline, on a fresh store. */
  async function channelOfThreeRules() {
    const fake = await new FakeDiscord().start();
    const store = await tempStore();
    const now = new Date();
    const guild = fake.addGuild();
    const channel = fake.addChannel(guild, 'alerts');
    for (const ruleId of ['iraq', 'drones', 'near-erbil']) {
      await upsertSubscription(store.db, { guildId: guild, channelId: channel, ruleId, minSeverity: 'low', mentionRole: null, createdBy: null }, now);
    }
    // A clock that moves, so that the messages queue in the order of their reports.
    let tick = now.getTime();
    const { deps, dispatcher } = discordPipeline(store.db, engine, rules, { now: () => new Date(tick++) }, fake);
    const published = new Date(now.getTime() - 3_600_000).toISOString();
    const report = (key: string, host: string): FeedItem => ({
      key,
      guid: key,
      link: `https://${host}/${key}`,
      title: seedTitle!,
      content: seedBody.join('\n'),
      published,
    });
    const cleanup = async () => {
      await fake.stop();
      await store.cleanup();
    };
    return { fake, store, channel, deps, dispatcher, report, cleanup };
  }

  it('in one transaction: the rules that alerted get updates, each once, but the channel gets ONE first alert with every source, not edits', async () => {
    const { fake, store, channel, deps, dispatcher, report, cleanup } = await channelOfThreeRules();
    try {
      const items = [report('a', 'wire.example'), report('b', 'other.example'), report('c', 'third.example')];
      // The items in one batch: one transaction, whose alert rows are written together at its end.
      expect(await processBatch(deps, { feedId: 'wire', guildId: null, items, silentBefore: null })).toMatchObject({ stored: 3, attacks: 3, alerts: 1 });
      const alerts = await store.db.selectFrom('alerts').select(['rule_id', 'kind']).orderBy('kind').orderBy('rule_id').execute();
      expect(alerts.map((a) => `${a.kind} ${a.rule_id}`)).toEqual([
        'new drones',
        'new everything',
        'new iraq',
        'new near-erbil',
        ...['drones', 'everything', 'iraq', 'near-erbil'].flatMap((r) => [`update ${r}`, `update ${r}`]),
      ]);
      await dispatcher.drain();
      const [message, ...more] = fake.messagesIn(channel);
      expect(more).toEqual([]);
      expect(message!.edits).toBe(0);
      expect(message!.embeds[0].title).toBe(seedTitle);
      expect(message!.embeds[0].fields.map((f: { name: string }) => f.name)).not.toContain('What changed');
      expect(message!.embeds[0].fields.find((f: { name: string }) => f.name.startsWith('Rules')).name).toBe('Rules (3)');
      expect(message!.embeds[0].fields.find((f: { name: string }) => f.name.startsWith('Sources')).name).toBe('Sources (3)');
    } finally {
      await cleanup();
    }
  });

  it('from two feeds of one poll (two transactions): one first alert with both sources; once it is sent, a third report edits it', async () => {
    const { fake, channel, deps, dispatcher, report, cleanup } = await channelOfThreeRules();
    try {
      expect(await processBatch(deps, { feedId: 'wire', guildId: null, items: [report('a', 'wire.example')], silentBefore: null })).toMatchObject({
        alerts: 1,
      });
      // Not sent yet: the second report's message is folded into the first, and no message is added.
      expect(await processBatch(deps, { feedId: 'other', guildId: null, items: [report('b', 'other.example')], silentBefore: null })).toMatchObject({
        attacks: 1,
        alerts: 0,
      });
      await dispatcher.drain();
      const [message, ...more] = fake.messagesIn(channel);
      expect(more).toEqual([]);
      expect(message!.edits).toBe(0);
      expect(message!.embeds[0].title).toBe(seedTitle);
      expect(message!.embeds[0].fields.find((f: { name: string }) => f.name.startsWith('Rules')).name).toBe('Rules (3)');
      expect(message!.embeds[0].fields.find((f: { name: string }) => f.name.startsWith('Sources')).name).toBe('Sources (2)');

      // Sent: a later report is an update of that message.
      expect(await processBatch(deps, { feedId: 'third', guildId: null, items: [report('c', 'third.example')], silentBefore: null })).toMatchObject({
        alerts: 1,
      });
      await dispatcher.drain();
      expect(fake.messagesIn(channel)).toHaveLength(1);
      expect(message!.edits).toBe(1);
      expect(message!.embeds[0].title).toMatch(/^Update: /);
      expect(message!.embeds[0].fields.find((f: { name: string }) => f.name.startsWith('Sources')).name).toBe('Sources (3)');
    } finally {
      await cleanup();
    }
  });
  it('a waiting message already tried once (it may have reached Discord) is left as it is: the next report queues its own', async () => {
    const { store, deps, report, cleanup } = await channelOfThreeRules();
    try {
      await processBatch(deps, { feedId: 'wire', guildId: null, items: [report('a', 'wire.example')], silentBefore: null });
      // A send that timed out: retried later with its nonce, so its text must not change.
      await store.db.updateTable('outbox').set({ attempts: 1, last_error: 'timeout' }).execute();
      expect(await processBatch(deps, { feedId: 'other', guildId: null, items: [report('b', 'other.example')], silentBefore: null })).toMatchObject({
        alerts: 1,
      });
      const rows = await store.db.selectFrom('outbox').select(['payload', 'attempts']).orderBy('created_at').execute();
      expect(rows.map((r) => [JSON.parse(r.payload).kind, JSON.parse(r.payload).sources.length, r.attempts])).toEqual([
        ['new', 1, 1],
        ['update', 2, 0],
      ]);
    } finally {
      await cleanup();
    }
  });
});
