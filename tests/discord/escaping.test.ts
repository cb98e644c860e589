/**
 * Every message Sitrep posts, with hostile text wherever untrusted text can reach it (article
 * titles, feed and rule names, keywords, errors quoting a feed, failure reasons): the text must
 * come out inert: no mention, no masked link, no Markdown. Regression: the "feed disabled" notice
 * posted a server-added feed's name raw. The slash commands are walked from their definitions, so
 * a new command or subcommand fails this test until it is added here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RuleSchema } from '../../src/config/rule-schema.js';
import type { DiscordHandle } from '../../src/discord/client.js';
import { alertEdit, alertMessage, feedDisabledNotice, updateFollowUp } from '../../src/discord/embeds.js';
import { commandDefinitions } from '../../src/discord/interactions.js';
import { rulesProviderFor } from '../../src/discord/rules-adapter.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { validateFeedUrl } from '../../src/feeds/safety.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';
import { ensureFeedState, recordPollFailure } from '../../src/store/feeds.js';
import { addGuildFeed } from '../../src/store/guild-feeds.js';
import { insertGuildRule } from '../../src/store/guild-rules.js';
import { markSubscriptionsFailing, upsertSubscription } from '../../src/store/subscriptions.js';
import { runCommand } from '../fakes/discord/interactions.js';
import { FakeDiscord, MANAGER_PERMISSIONS, snowflake } from '../fakes/discord/server.js';
import { insertStoredDocument, makeAlert, startBotOnFake, tempStore } from './helpers.js';

/**
 * Untrusted text that tries every trick: pings, a masked link, emphasis, a heading, a code fence,
 * and a right-to-left override that shows "report\u202Efdp.exe" as "reportexe.pdf" and, left open,
 * reverses what Sitrep writes after it on the line (the source's feed and time).
 */
const HOSTILE =
  '# @everyone **loud** [pwn](https://evil.example/x) <@&666> <#667> @here ```fence``` ||spoiler|| see https://evil.example/bare report\u202Efdp.exe \u2067isolated';

/** Every string in a message body (content, embeds, components). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** What a hostile string must never become in a message. */
function problems(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const t of texts) {
    if (/@(everyone|here)/.test(t)) found.push(`live @everyone/@here in: ${t}`);
    if (/<[@#]&?66[67]>/.test(t)) found.push(`live mention in: ${t}`);
    if (/(^|[^\\])\]\(https:\/\/evil/.test(t)) found.push(`live masked link in: ${t}`);
    if (/(^|[^\\])\*\*loud/.test(t)) found.push(`live bold in: ${t}`);
    if (/https:\/\/evil\.example\/bare/.test(t)) found.push(`live bare link in: ${t}`);
    if (/(^|[^\\`])`{3}fence/.test(t)) found.push(`live code fence in: ${t}`);
    if (/^#+ @/.test(t)) found.push(`live heading in: ${t}`);
    if (/[\u202A-\u202E\u2066-\u2069]/.test(t)) found.push(`bidirectional override or isolate in: ${t}`);
  }
  return found;
}

describe('escaping in every message Sitrep posts', () => {
  it('the alert, update, follow-up and feed-disabled messages', () => {
    const alert = makeAlert({
      kind: 'update',
      title: HOSTILE,
      summary: HOSTILE,
      link: 'https://example.org/a',
      severity: 'high',
      previousSeverity: 'low',
      places: [{ id: 'p', name: HOSTILE, country: 'IQ', lat: 36, lon: 44, kind: 'city' }],
      actors: [{ id: 'a', name: HOSTILE, role: 'blamed' }],
      sources: [{ documentId: 'd', feedId: HOSTILE, title: HOSTILE, link: 'https://example.org/a', published: HOSTILE }],
      rules: [{ id: 'r', name: HOSTILE, guildId: null, reasons: [HOSTILE] }],
      changes: [HOSTILE],
    });
    const bodies = [
      alertMessage(alert, ['42']),
      alertEdit(alert),
      updateFollowUp(alert, ['42'], '1', { killed: 1, injured: null }),
      feedDisabledNotice({ id: 'gf_x', name: HOSTILE, url: 'https://feed.example/rss' }, HOSTILE),
      feedDisabledNotice({ id: 'gf_x', name: null, url: `https://feed.example/rss?q=${encodeURIComponent(HOSTILE)}` }, HOSTILE),
    ];
    for (const body of bodies) {
      expect(problems(strings(body))).toEqual([]);
      expect(body.allowed_mentions?.parse).toEqual([]);
    }
    // The only mention is the subscription's role, and only in the content.
    expect(bodies[0]!.content).toBe('<@&42>');
    expect(bodies[3]!.content).toContain('\\*\\*loud\\*\\*');
  });

  describe('every slash command', () => {
    let fake: FakeDiscord;
    let store: Awaited<ReturnType<typeof tempStore>>;
    let bot: DiscordHandle;
    let guildId: string;
    let channelId: string;
    const now = new Date();

    beforeAll(async () => {
      fake = await new FakeDiscord().start();
      store = await tempStore();
      guildId = fake.addGuild('Ops');
      channelId = fake.addChannel(guildId, 'general');
      const engine = ExtractionEngine.load();
      const resolver = engineResolver(engine);
      const configRules = [RuleSchema.parse({ id: 'config-rule', name: HOSTILE, match: { countries: ['IQ'] } })];
      // Hostile text wherever it can be stored: a server's rule and feeds, feed errors, a failure reason, reports.
      const ownRule = RuleSchema.parse({ id: 'own-rule', name: HOSTILE, attacksOnly: false, match: { keywords: { any: [HOSTILE] } } });
      await insertGuildRule(store.db, guildId, ownRule, null, now);
      for (const [name, disabled] of [
        ['failing', false],
        ['disabled', true],
      ] as const) {
        const { feed } = await addGuildFeed(store.db, { guildId, url: `https://${name}.example/rss`, name: HOSTILE, channelId, createdBy: null }, now);
        await ensureFeedState(store.db, feed.feedId, feed.url);
        await recordPollFailure(store.db, feed.feedId, { status: 500, error: HOSTILE, nextPollAt: now, now, ...(disabled ? { disabledReason: HOSTILE } : {}) });
      }
      for (const ruleId of ['config-rule', 'own-rule']) {
        const { subscription } = await upsertSubscription(
          store.db,
          { guildId, channelId, ruleId, minSeverity: 'low', mentionRole: null, createdBy: null },
          now,
        );
        await markSubscriptionsFailing(store.db, [subscription.id], HOSTILE, now);
      }
      const extraction = engine.extract(
        (await import('../../src/extract/normalize.js')).prepareDocument({ title: 'Drone attack on Erbil air base', content: '' }),
      );
      await insertStoredDocument(store.db, {
        id: 'doc-hostile',
        title: `Drone attack on Erbil air base ${HOSTILE}`,
        content: HOSTILE,
        link: 'https://example.org/hostile',
        published: new Date(now.getTime() - 3_600_000).toISOString(),
        firstSeen: now.toISOString(),
        analysis: { ...extraction, actors: [{ id: 'x', name: HOSTILE, role: 'perpetrator' }] },
      });
      bot = await startBotOnFake(fake, guildId, store.db, {
        engine,
        rulesProvider: rulesProviderFor({ configRules: () => configRules, resolver }),
        validateFeedUrl: (url) => validateFeedUrl(url, { resolve: async () => [{ address: '93.184.216.34', family: 4 }] }),
      });
    }, 120_000);
    afterAll(async () => {
      await bot?.stop();
      await fake.stop();
      await store.cleanup();
    });

    /** Options for each command and subcommand, chosen to bring stored hostile text into the reply. */
    const WALK: Record<string, Record<string, string | number>> = {
      subscribe: { rule: 'own-rule' },
      unsubscribe: { rule: 'config-rule' },
      subscriptions: {},
      'rule create': { id: 'made-here', keywords_any: HOSTILE, countries: 'IQ' },
      'rule edit': { id: 'made-here', name: HOSTILE, keywords_none: HOSTILE },
      'rule list': {},
      'rule show': { id: 'own-rule' },
      // The server's keyword watch matches the stored report: its keyword, written hostile, is in the reason.
      'rule test': { id: 'own-rule', days: 7 },
      'rule delete': { id: 'made-here' },
      'feed add': { url: 'https://added.example/rss', name: HOSTILE },
      'feed list': {},
      'feed remove': { id: 'gf_none' },
      lookup: { days: 7 },
      status: {},
      digest: { rule: 'own-rule', hours: 24 },
    };

    it('walks every command and subcommand; no reply carries live hostile text', async () => {
      const defined = commandDefinitions.flatMap((c) => {
        const subs = (c.options ?? []).filter((o) => o.type === 1);
        return subs.length ? subs.map((s) => `${c.name} ${s.name}`) : [c.name];
      });
      expect(defined.sort()).toEqual(Object.keys(WALK).sort());
      const manager = { guildId, channelId, member: { id: snowflake(), name: 'admin', permissions: MANAGER_PERMISSIONS } };
      for (const key of Object.keys(WALK)) {
        const [name, subcommand] = key.split(' ');
        const rec = await runCommand(fake, manager, name!, { ...(subcommand ? { subcommand } : {}), options: WALK[key]! });
        const texts = strings([rec.callbackData, rec.original, rec.followUps]);
        expect(texts.join('\n'), `/${key} answered nothing`).not.toBe('');
        expect(problems(texts), `/${key}`).toEqual([]);
      }
    });
  });
});
