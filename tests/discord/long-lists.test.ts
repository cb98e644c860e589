/**
 * Lists longer than one Discord message (2,000 characters): /subscriptions, /rule list, /feed list
 * and /status show as many whole lines as fit and say how many were left out, never a line cut
 * in the middle (a cut channel mention or timestamp shows as raw markup).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RuleSchema } from '../../src/config/rule-schema.js';
import type { DiscordHandle } from '../../src/discord/client.js';
import { addGuildFeed } from '../../src/store/guild-feeds.js';
import { insertGuildRule } from '../../src/store/guild-rules.js';
import { markSubscriptionsFailing, upsertSubscription } from '../../src/store/subscriptions.js';
import { answerText, type InteractionTarget, runCommand } from '../fakes/discord/interactions.js';
import { type FakeDiscord, snowflake } from '../fakes/discord/server.js';
import { type OpsServer, opsServerOnFake, startBotOnFake } from './helpers.js';

let fake: FakeDiscord;
let store: OpsServer['store'];
let bot: DiscordHandle;
let manager: InteractionTarget;
let close: OpsServer['close'] | undefined;
const COUNT = 45;

beforeAll(async () => {
  let guildId: string;
  let channelId: string;
  ({ fake, store, guildId, channelId, manager, close } = await opsServerOnFake());
  const now = new Date();
  for (let n = 0; n < COUNT; n++) {
    const id = `watch-${String(n).padStart(2, '0')}`;
    await insertGuildRule(
      store.db,
      guildId,
      RuleSchema.parse({ id, name: `Attacks watched by desk ${n} `.padEnd(90, '.'), match: { countries: ['IQ'] } }),
      null,
      now,
    );
    const { subscription } = await upsertSubscription(
      store.db,
      { guildId, channelId: fake.addChannel(guildId, `desk-${n}`), ruleId: id, minSeverity: 'low', mentionRole: snowflake(), createdBy: null },
      now,
    );
    await markSubscriptionsFailing(
      store.db,
      [subscription.id],
      'the bot lacks permission to post there (needs Send Messages and Embed Links) (403 50013 Missing Permissions)',
      now,
    );
    await addGuildFeed(store.db, { guildId, url: `https://news-${n}.example/world/rss.xml`, name: `Desk ${n} wire`, channelId, createdBy: null }, now);
  }
  bot = await startBotOnFake(fake, guildId, store.db);
}, 60_000);

afterAll(() => close?.(bot));

/** Whole lines of a list of `total` items (each as `line` says an item is), then how many were left out. */
function expectWholeLines(text: string, line: RegExp, total = COUNT) {
  expect(text.length).toBeLessThanOrEqual(2000);
  const lines = text.split('\n');
  const more = lines.pop()!;
  expect(more).toMatch(/^…and \d+ more$/);
  const items = lines.filter((l) => l.startsWith('•'));
  expect(items.length + Number(more.match(/\d+/)![0])).toBe(total);
  for (const l of items) expect(l).toMatch(line);
}

describe('a list longer than one message', () => {
  it('/subscriptions', async () => {
    const text = answerText(await runCommand(fake, manager, 'subscriptions'));
    expectWholeLines(
      text,
      /^• `watch-\d\d` → <#\d+> \(≥ low, mentions <@&\d+>\): ⚠️ failing since <t:\d+:R>: .+ Fix it, then run `\/subscribe` again to resume\.$/,
    );
  });

  it('/rule list', async () => {
    const text = answerText(await runCommand(fake, manager, 'rule', { subcommand: 'list' }));
    // The configuration's rule, then the server's own.
    expectWholeLines(text, /^• `iraq-bases` — Attacks on bases in Iraq$|^• `watch-\d\d` — Attacks watched by desk \d+ \.+ \*\(this server\)\*$/, COUNT + 1);
  });

  it('/feed list', async () => {
    const text = answerText(await runCommand(fake, manager, 'feed', { subcommand: 'list' }));
    expectWholeLines(text, /^• .*`gf_[^`]+` Desk \d+ wire <https:\/\/news-\d+\.example\/world\/rss\.xml>.*$/);
  });

  it('/status', async () => {
    const text = answerText(await runCommand(fake, manager, 'status'));
    expect(text).toContain(`**Failing subscriptions here:** ${COUNT}`);
    expectWholeLines(
      text,
      /^• `watch-\d\d` → <#\d+>: the bot lacks permission to post there \(needs Send Messages and Embed Links\) \(403 50013 Missing Permissions\)$/,
    );
  });
});
