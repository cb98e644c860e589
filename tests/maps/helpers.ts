import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { systemClock } from '../../src/clock.js';
import { type StartDiscordOptions, startDiscord } from '../../src/discord/client.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { type CityTable, cityTable } from '../../src/maps/index.js';
import { MapRenderer } from '../../src/maps/renderer.js';
import { tempStore } from '../discord/helpers.js';
import { engineStandIn, rulesStandIn } from '../discord/standins.js';
import type { InteractionTarget } from '../fakes/discord/interactions.js';
import { FakeDiscord, snowflake } from '../fakes/discord/server.js';

let cities: CityTable | null = null;
/**
 * The gazetteer's towns, loaded once per test file, as the bot makes them: from the names it
 * loads (the compiled data) and their summaries (tests/unit/place-table.test.ts: the same towns as
 * the entries give).
 */
export function testCities(): CityTable {
  cities ??= cityTable(ExtractionEngine.loadNames().gazetteer.summaries());
  return cities;
}

export function decodePng(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

/** The colour at a pixel, as #rrggbb. */
export function pixel(png: PNG, x: number, y: number): string {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return `#${[png.data[i]!, png.data[i + 1]!, png.data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/**
 * Share of pixels that differ from the golden image (pixelmatch, anti-aliasing ignored). With
 * UPDATE_GOLDEN=1, or when the golden file does not exist yet, the image becomes the golden one.
 */
export function goldenDifference(name: string, bytes: Uint8Array): number {
  const file = join(GOLDEN_DIR, `${name}.png`);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(file, bytes);
    return 0;
  }
  const want = PNG.sync.read(readFileSync(file));
  const got = decodePng(bytes);
  if (want.width !== got.width || want.height !== got.height) return 1;
  const diff = pixelmatch(want.data, got.data, undefined, got.width, got.height, { threshold: 0.1 });
  return diff / (got.width * got.height);
}

/** A logger whose lines the test can read. */
export function recordingLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'debug' }, { write: (s: string) => lines.push(JSON.parse(s)) });
  return { log, lines };
}

/**
 * The bot against a fake Discord, with a map renderer, one server and one channel; `stop` ends all
 * of it. `digest` makes /digest work.
 */
export async function startMapBot(opts: { permissions: bigint; digest?: StartDiscordOptions['digest'] }) {
  const fake = await new FakeDiscord().start();
  const store = await tempStore();
  const guildId = fake.addGuild('Ops');
  const channelId = fake.addChannel(guildId, 'general');
  const target: InteractionTarget = { guildId, channelId, member: { id: snowflake(), name: 'someone', permissions: opts.permissions } };
  const renderer = new MapRenderer({ cities: testCities, timeoutMs: 60_000, log: recordingLogger().log });
  const rules = rulesStandIn();
  const bot = await startDiscord({
    env: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: guildId, DISCORD_REST_URL: fake.restUrl },
    db: store.db,
    engine: engineStandIn,
    rulesProvider: rules,
    clock: systemClock,
    log: recordingLogger().log,
    version: '0.1.0-test',
    maps: renderer,
    ...(opts.digest ? { digest: opts.digest } : {}),
  });
  await bot.ready;
  return {
    fake,
    store,
    target,
    rules,
    async stop() {
      await bot.stop();
      await renderer.close();
      await fake.stop();
      await store.cleanup();
    },
  };
}
