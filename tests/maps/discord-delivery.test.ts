import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discordTargets } from '../../src/discord/routing.js';
import { createRest, DiscordSink } from '../../src/discord/sink.js';
import { MapRenderer } from '../../src/maps/renderer.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { upsertSubscription } from '../../src/store/subscriptions.js';
import { enqueueAlert, makeAlert, SteppingClock, tempStore } from '../discord/helpers.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { decodePng, recordingLogger, testCities } from './helpers.js';

type Store = Awaited<ReturnType<typeof tempStore>>;

describe('alerts carry their locator map to Discord', () => {
  let fake: FakeDiscord;
  let store: Store;
  let clock: SteppingClock;
  let channel: string;
  let renderer: MapRenderer;
  let logged: Record<string, unknown>[];

  beforeEach(async () => {
    fake = await new FakeDiscord().start();
    store = await tempStore();
    clock = new SteppingClock();
    const guild = fake.addGuild();
    channel = fake.addChannel(guild);
    await upsertSubscription(
      store.db,
      { guildId: guild, channelId: channel, ruleId: 'iraq-bases', minSeverity: 'low', mentionRole: null, createdBy: null },
      clock.now(),
    );
    const { log, lines } = recordingLogger();
    logged = lines;
    renderer = new MapRenderer({ cities: testCities, timeoutMs: 60_000, log });
  });
  afterEach(async () => {
    await renderer.close();
    await fake.stop();
    await store.cleanup();
  });

  async function deliver(alert: ReturnType<typeof makeAlert>) {
    const dispatcher = new Dispatcher(
      store.db,
      { discord: new DiscordSink(createRest(fake.token, fake.restUrl), store.db, clock, recordingLogger().log, { maps: renderer }) },
      clock,
      recordingLogger().log,
    );
    await enqueueAlert(store.db, alert, await discordTargets(store.db, alert), clock.now());
    return dispatcher.drain();
  }

  it('uploads the PNG with the message (multipart) and shows it as the embed image', async () => {
    const alert = makeAlert({ near: [{ label: 'Erbil', lat: 36.19, lon: 44.01, km: 100 }] });
    expect((await deliver(alert)).sent).toBe(1);
    const [msg] = fake.messagesIn(channel);
    expect(msg!.attachments).toHaveLength(1);
    const file = msg!.attachments[0]!;
    expect(file.filename).toMatch(/^map-[A-Za-z0-9_-]+\.png$/);
    expect(file.content_type).toBe('image/png');
    expect(msg!.embeds[0].image.url).toBe(file.url);
    const png = decodePng(file.data);
    expect([png.width, png.height]).toEqual([800, 500]);
    const post = fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`)!;
    expect(String(post.headers['content-type'])).toMatch(/^multipart\/form-data/);
    expect(post.files.map((f) => f.field)).toEqual(['files[0]']);
    expect(post.body.nonce).toBeTruthy();
    expect(post.body.attachments).toEqual([{ id: 0, filename: file.filename }]);
  });

  it('replaces the map when an update moves the places', async () => {
    const first = makeAlert();
    await deliver(first);
    const before = fake.messagesIn(channel)[0]!.attachments[0]!;
    const update = makeAlert({
      id: `${first.id}-2`,
      kind: 'update',
      incidentId: first.incidentId,
      places: [...first.places, { id: 'base:ain-al-asad', name: 'Ain al-Asad Air Base', country: 'IQ', lat: 33.8, lon: 42.44, kind: 'base' }],
      changes: ['new place Ain al-Asad Air Base'],
    });
    await deliver(update);
    const messages = fake.messagesIn(channel);
    expect(messages).toHaveLength(1);
    const after = messages[0]!.attachments;
    expect(after).toHaveLength(1);
    expect(after[0]!.id).not.toBe(before.id);
    expect(after[0]!.data.equals(before.data)).toBe(false);
    expect(messages[0]!.embeds[0].image.url).toBe(after[0]!.url);
  });

  it('sends the alert without a map, and logs why, when rendering times out', async () => {
    await renderer.close();
    const { log, lines } = recordingLogger();
    renderer = new MapRenderer({ cities: testCities, timeoutMs: 1, log });
    expect((await deliver(makeAlert())).sent).toBe(1);
    const [msg] = fake.messagesIn(channel);
    expect(msg!.attachments).toEqual([]);
    expect(msg!.embeds[0].image).toBeUndefined();
    expect(lines.some((l) => String(l.msg).includes('timed out'))).toBe(true);
  });

  it('posts the alert without its map where the bot may not attach files', async () => {
    fake.channels.get(channel)!.state = 'no-files';
    expect((await deliver(makeAlert())).sent).toBe(1);
    const [msg] = fake.messagesIn(channel);
    expect(msg!.attachments).toEqual([]);
    expect(msg!.embeds[0].image).toBeUndefined();
    expect(fake.errors.map((e) => e.code)).toEqual([50013]);
  });

  it('leaves an alert without places exactly as it was', async () => {
    expect((await deliver(makeAlert({ places: [] }))).sent).toBe(1);
    const [msg] = fake.messagesIn(channel);
    expect(msg!.attachments).toEqual([]);
    expect(msg!.embeds[0].image).toBeUndefined();
    const post = fake.requests.find((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`)!;
    expect(String(post.headers['content-type'])).toMatch(/^application\/json/);
    expect(logged.filter((l) => l.level === 40)).toEqual([]);
  });
});
