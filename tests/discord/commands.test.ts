import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/clock.js';
import type { DiscordHandle } from '../../src/discord/client.js';
import { validateFeedUrl } from '../../src/feeds/safety.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { listGuildFeeds } from '../../src/store/guild-feeds.js';
import { getGuildRule } from '../../src/store/guild-rules.js';
import { listSubscriptions, markSubscriptionsFailing, removeSubscriptions, upsertSubscription } from '../../src/store/subscriptions.js';
import { answerText, autocomplete, type InteractionTarget, pressButton, runCommand, wasEphemeral } from '../fakes/discord/interactions.js';
import { FakeDiscord, MANAGER_PERMISSIONS, MEMBER_PERMISSIONS, snowflake } from '../fakes/discord/server.js';
import { enqueueAlert, insertStoredDocument, makeAlert, startBotOnFake, tempStore } from './helpers.js';
import { rulesStandIn } from './standins.js';

let fake: FakeDiscord;
let store: Awaited<ReturnType<typeof tempStore>>;
let bot: DiscordHandle;
let guildId: string;
let channelId: string;
let otherChannel: string;
let manager: InteractionTarget;
let member: InteractionTarget;
const rules = rulesStandIn();

async function addDocument(id: string, title: string, daysAgo: number, extraction: Record<string, unknown>, incidentId: string | null = null) {
  const published = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
  await insertStoredDocument(store.db, {
    id,
    title,
    published,
    analysis: {
      isAttack: true,
      attackTypes: [],
      places: [],
      countries: [],
      actors: [],
      casualties: { killed: null, injured: null },
      targets: [],
      severity: 'medium',
      ...extraction,
    },
    incidentId,
  });
}

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  store = await tempStore();
  guildId = fake.addGuild('Ops');
  channelId = fake.addChannel(guildId, 'general');
  otherChannel = fake.addChannel(guildId, 'alerts');
  manager = { guildId, channelId, member: { id: snowflake(), name: 'admin', permissions: MANAGER_PERMISSIONS } };
  member = { guildId, channelId, member: { id: snowflake(), name: 'reader', permissions: MEMBER_PERMISSIONS } };
  bot = await startBotOnFake(fake, guildId, store.db, {
    rulesProvider: rules,
    log: process.env.SITREP_TEST_LOG ? createLogger('debug') : silentLogger,
    // No DNS here: news.example resolves to a public address, intranet.example to a private one.
    validateFeedUrl: (url) =>
      validateFeedUrl(url, { resolve: async (host) => [{ address: host.startsWith('intranet') ? '10.0.0.7' : '93.184.216.34', family: 4 }] }),
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await store?.cleanup();
  // Every interaction of this file was answered within Discord's 3-second deadline.
  const late = [...(fake?.interactions.values() ?? [])].filter((r) => r.errors.some((e) => e.code === 10062));
  expect(late).toEqual([]);
});

describe('registration and login', () => {
  it('registers every command in the configured server, configuration commands for Manage Server only', () => {
    const cmds = fake.guildCommands.get(guildId)!;
    expect(cmds.map((c) => c.name).sort()).toEqual(['digest', 'feed', 'lookup', 'rule', 'status', 'subscribe', 'subscriptions', 'unsubscribe']);
    for (const name of ['subscribe', 'unsubscribe', 'rule', 'feed']) expect(cmds.find((c) => c.name === name).default_member_permissions).toBe('32');
    for (const name of ['subscriptions', 'lookup', 'digest', 'status']) expect(cmds.find((c) => c.name === name).default_member_permissions).toBeUndefined();
    expect(fake.globalCommands).toEqual([]);
  });

  it('identifies with the Guilds intent only', () => {
    expect(fake.identifies[0].intents).toBe(1);
  });
});

describe('/subscribe, /unsubscribe, /subscriptions', () => {
  it('refuses members without Manage Server, even though the command reached them', async () => {
    const rec = await runCommand(fake, member, 'subscribe', { options: { rule: 'iraq-bases' } });
    expect(answerText(rec)).toContain('Manage Server');
    expect(wasEphemeral(rec)).toBe(true);
    expect(await listSubscriptions(store.db, guildId)).toEqual([]);
  });

  it('autocompletes rules visible to the server', async () => {
    const got = await autocomplete(fake, manager, 'subscribe', { options: { rule: 'iraq' }, focused: 'rule' });
    expect(got.map((c) => c.value)).toEqual(['iraq-bases']);
  });

  it('subscribes a channel, ephemerally, deferring first', async () => {
    const role = snowflake();
    const rec = await runCommand(fake, manager, 'subscribe', {
      options: { rule: 'iraq-bases', channel: otherChannel, min_severity: 'high', mention_role: role },
    });
    expect(rec.callbackType).toBe(5);
    expect(answerText(rec)).toContain(`Subscribed <#${otherChannel}> to \`iraq-bases\` — Attacks on bases in Iraq (`);
    expect(wasEphemeral(rec)).toBe(true);
    const [sub] = await listSubscriptions(store.db, guildId);
    expect(sub).toMatchObject({ channelId: otherChannel, ruleId: 'iraq-bases', minSeverity: 'high', mentionRole: role, status: 'ok' });
  });

  it('warns when the bot cannot post in the chosen channel', async () => {
    const locked = fake.addChannel(guildId, 'locked', 'forbidden');
    fake.dispatch('CHANNEL_CREATE', {
      id: locked,
      type: 0,
      guild_id: guildId,
      name: 'locked',
      position: 1,
      permission_overwrites: [{ id: guildId, type: 0, allow: '0', deny: String(1n << 11n) }],
      nsfw: false,
      parent_id: null,
    });
    await vi.waitFor(() => expect(bot.client.channels.cache.has(locked)).toBe(true));
    const rec = await runCommand(fake, manager, 'subscribe', { options: { rule: 'iraq-bases', channel: locked } });
    expect(answerText(rec)).toContain('I lack Send Messages in <#');
    const ok = await runCommand(fake, manager, 'subscribe', { options: { rule: 'iraq-bases', channel: otherChannel } });
    expect(answerText(ok)).not.toContain('I lack');
    await removeSubscriptions(store.db, guildId, 'iraq-bases', locked);
  });

  it('an unknown rule gets a clear error with a suggestion', async () => {
    const rec = await runCommand(fake, manager, 'subscribe', { options: { rule: 'iraq-base' } });
    expect(answerText(rec)).toMatch(/no rule `iraq-base`.*Did you mean `iraq-bases`/);
  });

  it('tells every mistake at once and subscribes nothing: rule, @everyone, time zone, digest off with an hour', async () => {
    const before = await listSubscriptions(store.db, guildId);
    const all = answerText(
      await runCommand(fake, manager, 'subscribe', { options: { rule: 'iraq-base', mention_role: guildId, timezone: 'Europe/Berln', digest_hour: 7 } }),
    );
    expect(all.split('\n')).toEqual([
      expect.stringContaining('Nothing was subscribed'),
      expect.stringMatching(/^• There is no rule `iraq-base`\. Did you mean `iraq-bases`/),
      '• Mentioning @everyone is not allowed; create a role for alerts instead.',
      expect.stringMatching(/^• Unknown time zone `Europe\/Berln`\. Did you mean `Europe\/Berlin`/),
    ]);
    const off = answerText(await runCommand(fake, manager, 'subscribe', { options: { rule: 'iraq-bases', digest: 'off', digest_hour: 7 } }));
    expect(off).toMatch(/`digest:off` removes the daily SITREP: leave out `digest_hour`/);
    // Discord's app enforces the option's 0-23, but an interaction is not bound to it: an hour 30
    // was saved and confirmed as "posted there at 30:00 UTC".
    const late = answerText(await runCommand(fake, manager, 'subscribe', { options: { rule: 'iraq-bases', digest_hour: 30 } }));
    expect(late).toBe('❌ `digest_hour` is a local hour from 0 to 23 (got 30).');
    expect(await listSubscriptions(store.db, guildId)).toEqual(before);
  });

  it('lists subscriptions with their health, failing ones with the reason', async () => {
    const [sub] = await listSubscriptions(store.db, guildId);
    await markSubscriptionsFailing(store.db, [sub!.id], 'the bot lacks permission to post there (403 50013)', new Date());
    const rec = await runCommand(fake, member, 'subscriptions');
    expect(answerText(rec)).toContain('failing since');
    expect(answerText(rec)).toContain('50013');
    // /status shows it too
    const status = await runCommand(fake, member, 'status');
    expect(answerText(status)).toContain('Failing subscriptions here:** 1');
    expect(answerText(status)).toContain('Sitrep 0.1.0-test');
    // Subscribing again clears the failure, and keeps what it does not give: the threshold and the
    // role to mention (a fixed channel must not lose its on-call ping).
    const kept = await runCommand(fake, manager, 'subscribe', { options: { rule: 'iraq-bases', channel: otherChannel } });
    expect(answerText(kept)).toMatch(
      /^Updated the subscription of <#\d+> to `iraq-bases` — Attacks on bases in Iraq \(alerts at or above \*\*high\*\*, mentioning <@&\d+>\)\./,
    );
    expect((await listSubscriptions(store.db, guildId))[0]).toMatchObject({ status: 'ok', minSeverity: 'high', mentionRole: expect.any(String) });
    // A threshold given replaces the one kept.
    await runCommand(fake, manager, 'subscribe', { options: { rule: 'iraq-bases', channel: otherChannel, min_severity: 'medium' } });
    expect((await listSubscriptions(store.db, guildId))[0]).toMatchObject({ minSeverity: 'medium', mentionRole: expect.any(String) });
  });

  it('unsubscribes, and says so when there was nothing to remove', async () => {
    expect(answerText(await runCommand(fake, member, 'unsubscribe', { options: { rule: 'iraq-bases' } }))).toContain('Manage Server');
    const rec = await runCommand(fake, manager, 'unsubscribe', { options: { rule: 'iraq-bases' } });
    expect(answerText(rec)).toContain('Unsubscribed');
    expect(await listSubscriptions(store.db, guildId)).toEqual([]);
    const again = await runCommand(fake, manager, 'unsubscribe', { options: { rule: 'iraq-bases' } });
    expect(answerText(again)).toContain('No subscription');
  });

  it('says when there is nothing to list', async () => {
    expect(answerText(await runCommand(fake, member, 'subscriptions'))).toContain('No subscriptions yet');
  });
});

describe('/rule', () => {
  it('creates a rule from comma-separated lists, validating every value', async () => {
    const rec = await runCommand(fake, manager, 'rule', {
      subcommand: 'create',
      options: { id: 'north-iraq', attack_types: 'drone, IED', countries: 'iq', near: 'Erbil', radius_km: 120, actors: 'ISIS', keywords_none: 'exercise' },
    });
    expect(answerText(rec)).toContain('Created rule `north-iraq`');
    const saved = await getGuildRule(store.db, guildId, 'north-iraq');
    expect(saved?.rule.match).toEqual({
      attackTypes: ['drone', 'ied'],
      countries: ['IQ'],
      near: [{ place: 'Erbil', km: 120 }],
      actors: ['ISIS'],
      keywords: { any: [], all: [], none: ['exercise'] },
    });
    expect(rules.changed).toContain(guildId);
  });

  it('creates a rule with every field the config file has: name, targets, several near places, all keywords, attacks_only', async () => {
    const rec = await runCommand(fake, manager, 'rule', {
      subcommand: 'create',
      options: {
        id: 'pipelines',
        name: 'Pipeline news',
        targets: 'infrastructure, Shipping',
        near: 'Erbil:100, Mosul',
        radius_km: 30,
        keywords_all: 'oil, pipeline',
        keywords_none: 'exercise',
        min_severity: 'medium',
        attacks_only: false,
      },
    });
    expect(answerText(rec)).toContain('Created rule `pipelines`');
    expect((await getGuildRule(store.db, guildId, 'pipelines'))?.rule).toEqual({
      id: 'pipelines',
      name: 'Pipeline news',
      match: {
        near: [
          { place: 'Erbil', km: 100 },
          { place: 'Mosul', km: 30 },
        ],
        targets: ['infrastructure', 'shipping'],
        keywords: { any: [], all: ['oil', 'pipeline'], none: ['exercise'] },
      },
      minSeverity: 'medium',
      attacksOnly: false,
    });
    const bad = await runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'bad-target', targets: 'bases' } });
    expect(answerText(bad)).toMatch(/`targets`: "bases" is not one of base, .*; did you mean "base"\?/);
  });

  it('edits a rule of the server: given options replace those fields, "-" empties one, the rest is kept', async () => {
    const rec = await runCommand(fake, manager, 'rule', {
      subcommand: 'edit',
      options: { id: 'pipelines', keywords_none: '-', countries: 'Iraq', attacks_only: true },
    });
    expect(answerText(rec)).toContain('Changed rule `pipelines`');
    expect(wasEphemeral(rec)).toBe(true);
    const saved = (await getGuildRule(store.db, guildId, 'pipelines'))?.rule;
    expect(saved).toMatchObject({ name: 'Pipeline news', minSeverity: 'medium', attacksOnly: true });
    expect(saved?.match).toMatchObject({
      countries: ['IQ'],
      targets: ['infrastructure', 'shipping'],
      keywords: { any: [], all: ['oil', 'pipeline'], none: [] },
    });
    expect(saved?.match.near).toEqual([
      { place: 'Erbil', km: 100 },
      { place: 'Mosul', km: 30 },
    ]);
    expect(rules.changed.filter((g) => g === guildId).length).toBeGreaterThanOrEqual(2);
    // Checked as on creation: nothing is saved when a value is wrong.
    const typo = await runCommand(fake, manager, 'rule', { subcommand: 'edit', options: { id: 'pipelines', countries: 'Irak' } });
    expect(answerText(typo)).toMatch(/not changed:[\s\S]*`countries`: unknown country "Irak"/);
    expect((await getGuildRule(store.db, guildId, 'pipelines'))?.rule.match.countries).toEqual(['IQ']);
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'edit', options: { id: 'iraq-bases', countries: 'SY' } }))).toContain(
      "bot's configuration file and cannot be edited",
    );
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'edit', options: { id: 'pipelines' } }))).toContain('at least one option');
    expect(answerText(await runCommand(fake, member, 'rule', { subcommand: 'edit', options: { id: 'pipelines', name: 'x' } }))).toContain('Manage Server');
    // A radius alone is the new distance of every near place (it was ignored).
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'edit', options: { id: 'pipelines', radius_km: 60 } }))).toContain(
      'Changed rule `pipelines`',
    );
    expect((await getGuildRule(store.db, guildId, 'pipelines'))?.rule.match.near).toEqual([
      { place: 'Erbil', km: 60 },
      { place: 'Mosul', km: 60 },
    ]);
  });

  it('a command slower than 3 seconds still answers: it deferred first', async () => {
    rules.delayMs = 3_300;
    try {
      const rec = await runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'slow', countries: 'SY' } }, 10_000);
      expect(rec.callbackType).toBe(5);
      expect(rec.callbackAt! - rec.createdAt).toBeLessThan(3_000);
      expect(answerText(rec)).toContain('Created rule `slow`');
      expect(rec.errors).toEqual([]);
    } finally {
      rules.delayMs = 0;
    }
  }, 15_000);

  it('rejects unknown places, countries, actors and attack types, suggesting close matches', async () => {
    const rec = await runCommand(fake, manager, 'rule', {
      subcommand: 'create',
      options: { id: 'bad', attack_types: 'drones, lasers', countries: 'Irak, XX', places: 'Erbill', actors: 'islamic-stat' },
    });
    const text = answerText(rec);
    expect(text).toContain('not created');
    // The same words and messages as in the config file; "drones" is read as drone.
    expect(text).toMatch(/`attack_types`: unknown attack type "lasers"/);
    expect(text).not.toMatch(/"drones"/);
    expect(text).toMatch(/`countries`: unknown country "Irak"; did you mean .*"IQ \(Iraq\)"/);
    expect(text).toMatch(/`countries`: unknown country "XX"/);
    // The names are checked in the same reply: every mistake at once.
    expect(text).toMatch(/`places`: unknown place "Erbill"; did you mean "Erbil"/);
    expect(text).toMatch(/`actors`: unknown actor "islamic-stat"; did you mean "islamic-state"/);
    expect(await getGuildRule(store.db, guildId, 'bad')).toBeNull();
    const names = answerText(
      await runCommand(fake, manager, 'rule', {
        subcommand: 'create',
        options: { id: 'bad', places: 'Erbill', near: 'Mosull, Erbil:abc, Baghdad:-4', actors: 'islamic-stat', radius_km: 30 },
      }),
    );
    expect(names).toMatch(/`places`: unknown place "Erbill"; did you mean "Erbil"/);
    expect(names).toMatch(/`near`: unknown place "Mosull"/);
    expect(names).toMatch(/`near`: "Erbil:abc" is not Place or Place:km: the distance after ":" must be a number of km more than 0/);
    expect(names).toMatch(/`near`: "Baghdad:-4" is not Place or Place:km/);
    // Two distances: not a place named "Erbil:100".
    const twice = answerText(await runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'bad', near: 'Erbil:100:5' } }));
    expect(twice).toMatch(/`near`: "Erbil:100:5" is not Place or Place:km/);
    expect(twice).not.toMatch(/unknown place/);
    expect(names).toMatch(/`actors`: unknown actor "islamic-stat"; did you mean "islamic-state"/);
    expect(await getGuildRule(store.db, guildId, 'bad')).toBeNull();
    // A radius without a place to measure from is refused, together with the other mistakes.
    const radius = answerText(await runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'bad', radius_km: 30, countries: 'Irak' } }));
    expect(radius).toMatch(/`radius_km` needs `near`/);
    expect(radius).toMatch(/`countries`: unknown country "Irak"; did you mean "IQ \(Iraq\)", "IR \(Iran\)"/);
  });

  it('rejects a rule without conditions, a bad id, and a config rule id', async () => {
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'empty' } }))).toContain('at least one condition');
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'Bad Id!', countries: 'IQ' } }))).toMatch(
      /ids are 1-64 lowercase/,
    );
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'iraq-bases', countries: 'IQ' } }))).toContain(
      "bot's configuration",
    );
  });

  it('an option given empty (",", spaces) is told by name with what to write, not as a rule without conditions', async () => {
    const create = (options: Record<string, unknown>) => runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'empty-kw', ...options } });
    const any = answerText(await create({ keywords_any: ', ,', attacks_only: false }));
    expect(any).toMatch(/`keywords_any` is empty: write one or more words or phrases, separated by commas, e.g\. `keywords_any:oil pipeline, refinery`/);
    expect(any).not.toMatch(/at least one condition/);
    expect(answerText(await create({ countries: ',' }))).toMatch(/`countries` is empty: write .* e\.g\. `countries:IQ, Syria`/);
    // Told with the other mistakes, and nothing is created.
    const both = answerText(await create({ keywords_all: ' , ', countries: 'Irak' }));
    expect(both).toMatch(/`keywords_all` is empty/);
    expect(both).toMatch(/unknown country "Irak"/);
    // Words to exclude alone match nothing: the reply says what else a rule needs.
    expect(answerText(await create({ keywords_none: 'exercise' }))).toMatch(/`keywords_none` only rules reports out/);
    expect(await getGuildRule(store.db, guildId, 'empty-kw')).toBeNull();
    // In an edit, an empty value does not silently empty the list: `-` does.
    expect(
      answerText(await runCommand(fake, manager, 'rule', { subcommand: 'create', options: { id: 'kw-edit', keywords_any: 'convoy', countries: 'IQ' } })),
    ).toContain('Created');
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'edit', options: { id: 'kw-edit', keywords_any: ',' } }))).toMatch(
      /`keywords_any` is empty: .*; `-` empties it/,
    );
    expect((await getGuildRule(store.db, guildId, 'kw-edit'))?.rule.match.keywords?.any).toEqual(['convoy']);
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'edit', options: { id: 'kw-edit', keywords_any: '-' } }))).toContain('Changed');
    expect((await getGuildRule(store.db, guildId, 'kw-edit'))?.rule.match.keywords?.any ?? []).toEqual([]);
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'delete', options: { id: 'kw-edit' } }))).toContain('Deleted');
  });

  it('needs Manage Server to create or delete, not to list or show', async () => {
    expect(answerText(await runCommand(fake, member, 'rule', { subcommand: 'create', options: { id: 'x', countries: 'IQ' } }))).toContain('Manage Server');
    expect(answerText(await runCommand(fake, member, 'rule', { subcommand: 'delete', options: { id: 'north-iraq' } }))).toContain('Manage Server');
    const listed = await runCommand(fake, member, 'rule', { subcommand: 'list' });
    expect(answerText(listed)).toContain('`iraq-bases`');
    expect(answerText(listed)).toContain('`north-iraq` *(this server)*');
    const shown = await runCommand(fake, member, 'rule', { subcommand: 'show', options: { id: 'north-iraq' } });
    expect(answerText(shown)).toBe(
      '`north-iraq` (this server)\nAlerts on attacks (drone or IED), in IQ, within 120 km of Erbil, involving ISIS, not mentioning "exercise"; any severity.',
    );
    expect(wasEphemeral(shown)).toBe(false);
  });

  it('autocompletes places and actors inside comma-separated lists', async () => {
    const places = await autocomplete(fake, manager, 'rule', { subcommand: 'create', options: { id: 'x', places: 'Erbil, mos' }, focused: 'places' });
    expect(places).toEqual([{ name: 'Mosul (IQ, city)', value: 'Erbil, Mosul' }]);
    const actors = await autocomplete(fake, manager, 'rule', { subcommand: 'create', options: { id: 'x', actors: 'daesh' }, focused: 'actors' });
    expect(actors.map((a) => a.value)).toEqual(['islamic-state']);
  });

  it('backtests a rule over stored documents of the last days, with reasons', async () => {
    await addDocument(
      'd1',
      'Drone hits base near Erbil',
      1,
      { attackTypes: ['drone'], countries: ['IQ'], places: [{ id: 'geonames:95446', name: 'Erbil', country: 'IQ', kind: 'city', lat: 36.19, lon: 44.01 }] },
      'inc-a',
    );
    await addDocument(
      'd2',
      'Rockets fired at Baghdad',
      3,
      { attackTypes: ['rocket'], countries: ['IQ'], places: [{ id: 'geonames:98182', name: 'Baghdad', country: 'IQ', kind: 'city', lat: 33.34, lon: 44.4 }] },
      'inc-b',
    );
    await addDocument('d3', 'Old drone attack', 20, { attackTypes: ['drone'], countries: ['IQ'] }, 'inc-c');
    await addDocument('d4', 'Drone strike in Syria', 2, { attackTypes: ['drone'], countries: ['SY'] }, 'inc-d');
    const rec = await runCommand(fake, member, 'rule', { subcommand: 'test', options: { id: 'iraq-bases' } });
    const text = answerText(rec);
    expect(text).toContain('would have matched **2** of 3');
    expect(text.indexOf('Drone hits base')).toBeLessThan(text.indexOf('Rockets fired'));
    expect(text).toContain('attack type drone; country IQ');
    const longer = await runCommand(fake, member, 'rule', { subcommand: 'test', options: { id: 'iraq-bases', days: 30 } });
    expect(answerText(longer)).toContain('would have matched **3** of 4');
  });

  it('deletes a server rule but not a config rule', async () => {
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'delete', options: { id: 'iraq-bases' } }))).toContain('cannot be deleted');
    expect(answerText(await runCommand(fake, manager, 'rule', { subcommand: 'delete', options: { id: 'north-iraq' } }))).toBe(
      'Deleted rule `north-iraq`; no channel was subscribed to it.',
    );
    expect(await getGuildRule(store.db, guildId, 'north-iraq')).toBeNull();
    expect(answerText(await runCommand(fake, member, 'rule', { subcommand: 'show', options: { id: 'north-iraq' } }))).toContain('There is no rule');
  });
});

describe('/feed', () => {
  it('adds a valid http(s) feed, rejects others, lists and removes', async () => {
    expect(answerText(await runCommand(fake, member, 'feed', { subcommand: 'add', options: { url: 'https://news.example/rss' } }))).toContain('Manage Server');
    const refused = async (url: string) => answerText(await runCommand(fake, manager, 'feed', { subcommand: 'add', options: { url } }));
    expect(await refused('ftp://news.example/rss')).toContain('cannot be added');
    expect(await refused('not a url')).toContain('cannot be added');
    expect(await refused('http://intranet.example/feed')).toMatch(/cannot be added.*10\.0\.0\.7/);
    expect(await refused('http://127.0.0.1/feed')).toContain('cannot be added');
    expect(await listGuildFeeds(store.db, guildId)).toEqual([]);
    const added = await runCommand(fake, manager, 'feed', { subcommand: 'add', options: { url: 'https://news.example/rss', name: 'Local news' } });
    expect(answerText(added)).toContain('Added feed');
    const [saved] = await listGuildFeeds(store.db, guildId);
    expect(saved).toMatchObject({ url: 'https://news.example/rss', name: 'Local news', channelId });
    expect(answerText(await runCommand(fake, manager, 'feed', { subcommand: 'add', options: { url: 'https://news.example/rss' } }))).toContain(
      'already has that feed',
    );
    const listed = await runCommand(fake, member, 'feed', { subcommand: 'list' });
    expect(answerText(listed)).toContain(saved!.feedId);
    expect(answerText(listed)).toContain('not polled yet');
    const choicesOffered = await autocomplete(fake, manager, 'feed', { subcommand: 'remove', options: { id: 'local' }, focused: 'id' });
    expect(choicesOffered.map((c) => c.value)).toEqual([saved!.feedId]);
    expect(answerText(await runCommand(fake, manager, 'feed', { subcommand: 'remove', options: { id: saved!.feedId } }))).toContain('Removed');
    expect(answerText(await runCommand(fake, manager, 'feed', { subcommand: 'remove', options: { id: saved!.feedId } }))).toContain('no feed');
  });
});

describe('/lookup', () => {
  it('lists recent incidents near a place, newest first, paged with buttons', async () => {
    for (let k = 0; k < 7; k++) {
      await addDocument(
        `near-${k}`,
        `Mosul report ${k}`,
        0.1 * (k + 1),
        { attackTypes: ['ied'], countries: ['IQ'], places: [{ id: 'geonames:99072', name: 'Mosul', country: 'IQ', kind: 'city', lat: 36.34, lon: 43.13 }] },
        `inc-m${k}`,
      );
    }
    const rec = await runCommand(fake, member, 'lookup', { options: { place: 'Mosul', radius_km: 30 } });
    const embed = rec.original.embeds[0];
    expect(embed.title).toContain('7 incidents');
    expect(embed.fields.map((f: any) => f.name)).toEqual([
      '1. Mosul report 0',
      '2. Mosul report 1',
      '3. Mosul report 2',
      '4. Mosul report 3',
      '5. Mosul report 4',
    ]);
    const older = rec.original.components[0].components.find((c: any) => c.label === 'Older');
    const page2 = await pressButton(fake, member, older.custom_id, rec.original);
    expect(page2.callbackType).toBe(6);
    expect(page2.original.embeds[0].fields.map((f: any) => f.name)).toEqual(['6. Mosul report 5', '7. Mosul report 6']);
    expect(page2.original.embeds[0].footer.text).toBe('Page 2 of 2');
  });

  it('filters by attack type and country, and explains unknown input', async () => {
    const rockets = await runCommand(fake, member, 'lookup', { options: { attack_type: 'rocket', country: 'Iraq' } });
    expect(rockets.original.embeds[0].fields.map((f: any) => f.name)).toEqual(['1. Rockets fired at Baghdad']);
    const bad = await runCommand(fake, member, 'lookup', { options: { place: 'Mosull' } });
    expect(answerText(bad)).toMatch(/`place`: unknown place "Mosull"; did you mean "Mosul"/);
    expect(wasEphemeral(bad)).toBe(true);
  });

  it('tells every mistake at once, refuses a radius without a place, and names actors and countries by name', async () => {
    const bad = answerText(await runCommand(fake, member, 'lookup', { options: { place: 'Mosull', country: 'Irak', actor: 'islamic-stat' } }));
    expect(bad.split('\n')).toEqual([
      expect.stringContaining('Nothing was looked up'),
      '• `country`: unknown country "Irak"; did you mean "IQ (Iraq)", "IR (Iran)"?',
      expect.stringMatching(/^• `place`: unknown place "Mosull"; did you mean "Mosul"/),
      expect.stringMatching(/^• `actor`: unknown actor "islamic-stat"; did you mean "islamic-state"/),
    ]);
    expect(answerText(await runCommand(fake, member, 'lookup', { options: { radius_km: 30 } }))).toMatch(/`radius_km` needs `place`/);
    // Discord's own app holds users to the options' bounds; other clients are not, so they are checked here too.
    expect(answerText(await runCommand(fake, member, 'lookup', { options: { days: 500, place: 'Mosul', radius_km: 0 } })).split('\n')).toEqual([
      expect.stringContaining('Nothing was looked up'),
      '• `days` is from 1 to 90 (got 500).',
      '• `radius_km` is from 1 to 2000 (got 0).',
    ]);
    const named = await runCommand(fake, member, 'lookup', { options: { actor: 'ISIS', country: 'iq' } });
    expect(named.original.embeds[0].title).toMatch(/ — Iraq, Islamic State$/);
  });
});

describe('gateway', () => {
  it('resumes after the connection drops, and keeps answering commands', async () => {
    const identifiesBefore = fake.identifies.length;
    const resumed = new Promise<void>((resolve) => bot.client.once(Events.ShardResume, () => resolve()));
    fake.dropGateway();
    await resumed;
    expect(fake.gatewayLog.some((e) => e.dir === 'in' && e.op === 6)).toBe(true);
    expect(fake.identifies.length).toBe(identifiesBefore);
    const rec = await runCommand(fake, member, 'rule', { subcommand: 'list' });
    expect(answerText(rec)).toContain('iraq-bases');
  }, 20_000);
});

describe('gateway, continued', () => {
  it('reconnects and resumes when Discord asks it to (op 7)', async () => {
    const resumes = fake.gatewayLog.filter((e) => e.dir === 'in' && e.op === 6).length;
    const resumed = new Promise<void>((resolve) => bot.client.once(Events.ShardResume, () => resolve()));
    fake.requestReconnect();
    await resumed;
    expect(fake.gatewayLog.filter((e) => e.dir === 'in' && e.op === 6).length).toBe(resumes + 1);
    expect(answerText(await runCommand(fake, member, 'rule', { subcommand: 'list' }))).toContain('iraq-bases');
  }, 20_000);

  it('identifies again after an invalid session', async () => {
    const identifies = fake.identifies.length;
    fake.invalidateSessions();
    // discord.js waits 1-5 s before identifying again after INVALID_SESSION, as Discord asks.
    await vi.waitFor(() => expect(fake.identifies.length).toBe(identifies + 1), { timeout: 10_000, interval: 100 });
    await vi.waitFor(() => expect(bot.client.ws.status).toBe(0), { timeout: 5_000, interval: 50 });
    expect(answerText(await runCommand(fake, member, 'rule', { subcommand: 'list' }))).toContain('iraq-bases');
  }, 20_000);

  it('delivers alerts over REST while the gateway is down', async () => {
    const ch = fake.addChannel(guildId, 'outage');
    const { subscription } = await upsertSubscription(
      store.db,
      { guildId, channelId: ch, ruleId: 'iraq-bases', minSeverity: 'low', mentionRole: null, createdBy: null },
      new Date(),
    );
    fake.acceptGateway = false;
    fake.dropGateway();
    try {
      const alert = makeAlert();
      await enqueueAlert(store.db, alert, [{ sink: 'discord', target: ch, subscriptionId: subscription.id }], new Date());
      const summary = await new Dispatcher(store.db, { discord: bot.sink }, systemClock, silentLogger).drain();
      expect(summary.sent).toBe(1);
      expect(fake.messagesIn(ch)).toHaveLength(1);
    } finally {
      fake.acceptGateway = true;
    }
    await vi.waitFor(() => expect(bot.client.ws.status).toBe(0), { timeout: 15_000, interval: 100 });
  }, 30_000);
});

describe('fake Discord', () => {
  it('fails an interaction callback later than 3 seconds with 10062, as Discord does', async () => {
    const rec = fake.newInteraction();
    rec.createdAt -= 3_500; // as if dispatched 3.5 s ago
    const res = await fetch(`${fake.restUrl}/v10/interactions/${rec.id}/${rec.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'late' } }),
    });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: number }).code).toBe(10062);
    rec.errors.length = 0; // this one was late on purpose
  });

  it('a subscription added for another server does not show here', async () => {
    await upsertSubscription(
      store.db,
      { guildId: 'elsewhere', channelId: '1', ruleId: 'iraq-bases', minSeverity: 'low', mentionRole: null, createdBy: null },
      new Date(),
    );
    const text = answerText(await runCommand(fake, member, 'subscriptions'));
    expect(text).toContain('`iraq-bases` → <#');
    expect(text).not.toContain('<#1>');
  });
});
