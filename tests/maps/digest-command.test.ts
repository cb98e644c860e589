import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import type { Rule } from '../../src/config/rule-schema.js';
import { type DiscordHandle, startDiscord } from '../../src/discord/client.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { MapRenderer } from '../../src/maps/index.js';
import { buildDigest } from '../../src/pipeline/digests.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';
import { listSubscriptions } from '../../src/store/subscriptions.js';
import { tempStore } from '../discord/helpers.js';
import { engineStandIn, rulesStandIn } from '../discord/standins.js';
import { answerText, autocomplete, type InteractionTarget, runCommand } from '../fakes/discord/interactions.js';
import { FakeDiscord, MANAGER_PERMISSIONS, snowflake } from '../fakes/discord/server.js';
import { PLACES, storeReport } from './digest-fixtures.js';
import { decodePng, recordingLogger, testCities } from './helpers.js';

let fake: FakeDiscord;
let store: Awaited<ReturnType<typeof tempStore>>;
let bot: DiscordHandle;
let renderer: MapRenderer;
let admin: InteractionTarget;
let guildId: string;
const rules = rulesStandIn();

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  store = await tempStore();
  guildId = fake.addGuild('Ops');
  const channelId = fake.addChannel(guildId, 'general');
  admin = { guildId, channelId, member: { id: snowflake(), name: 'admin', permissions: MANAGER_PERMISSIONS } };
  renderer = new MapRenderer({ cities: testCities(), timeoutMs: 60_000, log: recordingLogger().log });
  const resolver = engineResolver(ExtractionEngine.load());
  bot = await startDiscord({
    env: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: guildId, DISCORD_REST_URL: fake.restUrl },
    db: store.db,
    engine: engineStandIn,
    rulesProvider: rules,
    clock: systemClock,
    log: recordingLogger().log,
    version: '0.1.0-test',
    maps: renderer,
    digest: (rule: Rule, g, period) => buildDigest(store.db, resolver, rule, g, period),
  });
  await bot.ready;
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  await storeReport(store.db, {
    id: 'r1',
    title: 'Drones hit base near Erbil',
    published: hoursAgo(3),
    attackTypes: ['drone'],
    place: PLACES.erbil,
    killed: 0,
    injured: 2,
  });
  await storeReport(store.db, {
    id: 'r2',
    title: 'Rockets hit Baghdad airport',
    published: hoursAgo(5),
    attackTypes: ['rocket'],
    place: PLACES.baghdad,
    killed: 6,
    injured: 11,
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await renderer?.close();
  await fake?.stop();
  await store?.cleanup();
});

describe('digests from Discord', () => {
  it('/subscribe digest:daily keeps the hour and time zone; a wrong zone is explained', async () => {
    const ruleId = rules.configRules()[0]!.id;
    const ok = await runCommand(fake, admin, 'subscribe', { options: { rule: ruleId, digest: 'daily', digest_hour: 6, timezone: 'asia/baghdad' } });
    expect(answerText(ok)).toMatch(/daily SITREP is posted there at 06:00 Asia\/Baghdad/);
    expect((await listSubscriptions(store.db, guildId))[0]!.digest).toEqual({ hour: 6, timeZone: 'Asia/Baghdad' });
    const bad = await runCommand(fake, admin, 'subscribe', { options: { rule: ruleId, digest: 'daily', timezone: 'Asia/Bagdad' } });
    expect(answerText(bad)).toMatch(/Unknown time zone `Asia\/Bagdad`/);
    const zones = await autocomplete(fake, admin, 'subscribe', { options: { rule: ruleId, timezone: 'bagh' }, focused: 'timezone' });
    expect(zones.map((z) => z.value)).toContain('Asia/Baghdad');
    await runCommand(fake, admin, 'subscribe', { options: { rule: ruleId, digest: 'off' } });
    expect((await listSubscriptions(store.db, guildId))[0]!.digest).toBeNull();
  });

  it('/digest answers with the SITREP of the last hours and its picture', async () => {
    const rec = await runCommand(fake, admin, 'digest', { options: { rule: rules.configRules()[0]!.id, hours: 24 } }, 60_000);
    const embed = rec.original.embeds[0];
    expect(embed.title).toMatch(/^SITREP — /);
    expect(embed.description).toMatch(/^\*\*2 incidents\*\*/);
    expect(embed.fields.find((f: { name: string }) => f.name === 'Casualties').value).toContain('killed **6**');
    expect(rec.original.attachments).toHaveLength(1);
    expect(embed.image.url).toBe(rec.original.attachments[0].url);
    expect(decodePng(rec.original.attachments[0].data).width).toBe(1100);
  });
});
