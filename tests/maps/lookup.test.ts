import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { type DiscordHandle, startDiscord } from '../../src/discord/client.js';
import { MapRenderer } from '../../src/maps/index.js';
import { tempStore } from '../discord/helpers.js';
import { engineStandIn, rulesStandIn } from '../discord/standins.js';
import { type InteractionTarget, pressButton, runCommand } from '../fakes/discord/interactions.js';
import { FakeDiscord, MEMBER_PERMISSIONS, snowflake } from '../fakes/discord/server.js';
import { decodePng, recordingLogger, testCities } from './helpers.js';

let fake: FakeDiscord;
let store: Awaited<ReturnType<typeof tempStore>>;
let bot: DiscordHandle;
let renderer: MapRenderer;
let member: InteractionTarget;

const PLACES = [
  { id: 'geonames:99072', name: 'Mosul', country: 'IQ', kind: 'city', lat: 36.34, lon: 43.13 },
  { id: 'geonames:98182', name: 'Baghdad', country: 'IQ', kind: 'city', lat: 33.34, lon: 44.4 },
  { id: 'geonames:95446', name: 'Erbil', country: 'IQ', kind: 'city', lat: 36.19, lon: 44.01 },
];

async function addDocument(k: number) {
  const published = new Date(Date.now() - (k + 1) * 3_600_000).toISOString();
  await store.db
    .insertInto('documents')
    .values({
      id: `doc-${k}`,
      feed_id: 'wire',
      item_key: `doc-${k}`,
      guid: null,
      link: `https://example.org/${k}`,
      title: `Attack ${k}`,
      content: '',
      published_at: published,
      first_seen_at: published,
      analysis: JSON.stringify({
        isAttack: true,
        attackTypes: [k % 2 ? 'ied' : 'drone'],
        places: [PLACES[k % 3]],
        countries: ['IQ'],
        actors: [],
        casualties: { killed: k, injured: null },
        targets: [],
        severity: 'medium',
      }),
      is_attack: 1,
      incident_id: `inc-${k}`,
    })
    .execute();
}

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  store = await tempStore();
  const guildId = fake.addGuild('Ops');
  const channelId = fake.addChannel(guildId, 'general');
  member = { guildId, channelId, member: { id: snowflake(), name: 'reader', permissions: MEMBER_PERMISSIONS } };
  renderer = new MapRenderer({ cities: testCities(), timeoutMs: 60_000, log: recordingLogger().log });
  bot = await startDiscord({
    env: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: guildId, DISCORD_REST_URL: fake.restUrl },
    db: store.db,
    engine: engineStandIn,
    rulesProvider: rulesStandIn(),
    clock: systemClock,
    log: recordingLogger().log,
    version: '0.1.0-test',
    maps: renderer,
  });
  await bot.ready;
  for (let k = 0; k < 7; k++) await addDocument(k);
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await renderer?.close();
  await fake?.stop();
  await store?.cleanup();
});

describe('/lookup on a map', () => {
  it('replies with one map of every incident found, numbered like the list, and keeps it while paging', async () => {
    const rec = await runCommand(fake, member, 'lookup', { options: { country: 'IQ' } }, 60_000);
    const original = rec.original;
    expect(original.attachments).toHaveLength(1);
    const file = original.attachments[0];
    expect(file.filename).toBe('lookup.png');
    expect(original.embeds[0].image.url).toBe(file.url);
    const png = decodePng(file.data);
    expect([png.width, png.height]).toEqual([800, 500]);
    const upload = fake.requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.files.length === 1)!;
    expect(upload.files[0]!.field).toBe('files[0]');
    expect(original.embeds[0].fields.map((f: any) => f.name.split('.')[0])).toEqual(['1', '2', '3', '4', '5']);

    const older = original.components[0].components.find((c: any) => c.label === 'Older');
    const page2 = await pressButton(fake, member, older.custom_id, original);
    expect(page2.original.embeds[0].fields.map((f: any) => f.name.split('.')[0])).toEqual(['6', '7']);
    // The same file, not uploaded again.
    expect(page2.original.attachments.map((a: any) => a.id)).toEqual([file.id]);
    expect(page2.original.embeds[0].image.url).toBe(file.url);
    const edits = fake.requests.filter((r) => r.path.endsWith('/messages/@original') && r.method === 'PATCH' && r.path.includes(page2.token));
    expect(edits.every((r) => r.files.length === 0)).toBe(true);
  });
});
