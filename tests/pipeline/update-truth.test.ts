/**
 * Issue 10, item 6: an update tells the truth. When a later report raises an incident's toll, the
 * edited alert leads with that report's title (not the first one's, which states the old toll), and
 * the channel gets a short reply saying the toll rose. The real engine, incident store, outbox,
 * dispatcher and Discord sink, against the fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RuleSchema } from '../../src/config/rule-schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import type { FeedItem } from '../../src/feeds/item.js';
import type { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { type PipelineDeps, processBatch } from '../../src/pipeline/process.js';
import { RuleSet } from '../../src/rules/compile.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';
import { upsertSubscription } from '../../src/store/subscriptions.js';
import { tempStore } from '../discord/helpers.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { discordPipeline } from '../helpers/pipeline.js';

const engine = ExtractionEngine.load();
const resolver = engineResolver(engine);
const rules = RuleSet.compile([{ rule: RuleSchema.parse({ id: 'iraq', name: 'Attacks in Iraq', match: { countries: ['IQ'] } }), guildId: null }], resolver);

describe('an update that raises the toll', () => {
  let fake: FakeDiscord;
  let store: Awaited<ReturnType<typeof tempStore>>;
  let deps: PipelineDeps;
  let dispatcher: Dispatcher;
  let channel: string;
  const now = new Date();
  const clock = { now: () => now };
  const item = (key: string, hoursAgo: number, title: string, content: string): FeedItem => ({
    key,
    guid: key,
    link: `https://wire.example/${key}`,
    title,
    content,
    published: new Date(now.getTime() - hoursAgo * 3_600_000).toISOString(),
  });

  beforeAll(async () => {
    fake = await new FakeDiscord().start();
    store = await tempStore();
    const guild = fake.addGuild();
    channel = fake.addChannel(guild, 'alerts');
    await upsertSubscription(store.db, { guildId: guild, channelId: channel, ruleId: 'iraq', minSeverity: 'low', mentionRole: null, createdBy: null }, now);
    ({ deps, dispatcher } = discordPipeline(store.db, engine, rules, clock, fake));
  });
  afterAll(async () => {
    await fake.stop();
    await store.cleanup();
  });

  it('edits the alert to lead with the report stating the new toll, and replies in the channel', async () => {
    const first = item(
      'kirkuk-1',
      4,
      'Gunmen kill four soldiers at checkpoint in Kirkuk',
      'Gunmen opened fire on an army checkpoint in Kirkuk on Monday night, killing four soldiers, police said.',
    );
    const later = item(
      'kirkuk-2',
      2,
      'Kirkuk checkpoint attack: death toll rises to eleven',
      'The toll of the attack by gunmen on an army checkpoint in Kirkuk rose to eleven soldiers killed, officials said on Tuesday.',
    );
    await processBatch(deps, { feedId: 'local', guildId: null, items: [first], silentBefore: null });
    await dispatcher.drain();
    await processBatch(deps, { feedId: 'wire', guildId: null, items: [later], silentBefore: null });
    await dispatcher.drain();

    const [message, reply, ...more] = fake.messagesIn(channel);
    expect(more).toEqual([]);
    expect(message!.edits).toBe(1);
    const embed = message!.embeds[0];
    expect(embed.title).toBe('Update: Kirkuk checkpoint attack: death toll rises to eleven');
    expect(embed.url).toBe('https://wire.example/kirkuk-2');
    expect(embed.fields.find((f: { name: string }) => f.name === 'Casualties').value).toContain('killed: 11');
    expect(embed.fields.find((f: { name: string }) => f.name === 'What changed').value).toContain('killed 4 → 11');
    expect(reply!.message_reference.message_id).toBe(message!.id);
    expect(reply!.content).toContain('Toll now **11 killed** (was 4 killed)');
  });

  it('dates the update by the report that brought it, not by the first report', () => {
    const [message] = fake.messagesIn(channel);
    const embed = message!.embeds[0];
    const later = new Date(now.getTime() - 2 * 3_600_000);
    expect(embed.timestamp).toBe(new Date(Math.floor(later.getTime() / 1000) * 1000).toISOString());
  });

  it('states each change once in the reply: the toll and severity in words, then only what else changed', () => {
    const [, reply] = fake.messagesIn(channel);
    expect(reply!.content).toBe(
      'Severity raised from **high** to **critical**. Toll now **11 killed** (was 4 killed): new source: wire — Kirkuk checkpoint attack: death toll rises to eleven; Unidentified gunmen: involved → perpetrator',
    );
  });
});
