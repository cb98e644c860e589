import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Alert } from '../../src/alerts/alert.js';
import { messagesForTargets } from '../../src/alerts/build.js';
import type { DeliveryTarget } from '../../src/alerts/sink.js';
import { type Clock, systemClock } from '../../src/clock.js';
import { type DiscordHandle, type StartDiscordOptions, startDiscord } from '../../src/discord/client.js';
import { silentLogger } from '../../src/logger.js';
import { type Db, type OpenedDatabase, openDatabase } from '../../src/store/database.js';
import { AlertRows } from '../../src/store/outbox.js';
import type { InteractionTarget } from '../fakes/discord/interactions.js';
import { FakeDiscord, MANAGER_PERMISSIONS, snowflake } from '../fakes/discord/server.js';
import { engineStandIn, rulesStandIn } from './standins.js';

export function makeAlert(overrides: Partial<Alert> = {}): Alert {
  const id = overrides.id ?? `alert-${Math.random().toString(36).slice(2, 10)}`;
  return {
    id,
    kind: 'new',
    style: 'attack',
    rules: [{ id: 'iraq-bases', name: 'Attacks on bases in Iraq', guildId: null, reasons: ['attack type drone', 'country IQ'] }],
    incidentId: `inc-${id}`,
    title: 'Drones target al-Harir airbase in Erbil',
    link: 'https://example.org/news/1',
    summary: 'Two drones were shot down near al-Harir airbase; no casualties were reported.',
    published: '2026-11-25T10:00:00.000Z',
    attackTypes: ['drone'],
    places: [{ id: 'base:harir', name: 'Al-Harir Air Base', country: 'IQ', lat: 36.53, lon: 44.35, kind: 'base' }],
    countries: ['IQ'],
    actors: [{ id: 'iran-backed-militias', name: 'Iran-backed militias', role: 'blamed' }],
    casualties: { killed: 0, injured: 0 },
    severity: 'medium',
    sources: [
      {
        documentId: `doc-${id}`,
        feedId: 'wire-iraq',
        title: 'Drones target al-Harir airbase in Erbil',
        link: 'https://example.org/news/1',
        published: '2026-11-25T10:00:00.000Z',
      },
    ],
    changes: [],
    previousSeverity: null,
    previousCasualties: null,
    near: [],
    ...overrides,
  };
}

/** A temporary SQLite store, removed by `cleanup`. */
export async function tempStore(): Promise<OpenedDatabase & { file: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-discord-'));
  const file = join(dir, 'sitrep.db');
  const opened = await openDatabase(file);
  return {
    ...opened,
    file,
    async cleanup() {
      await opened.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Real time plus an offset the test moves forward, so retry backoffs pass instantly. */
export class SteppingClock implements Clock {
  offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** Queues one alert for its targets, as the pipeline does (one message per target); returns the messages queued. */
export async function enqueueAlert(db: Db, alert: Alert, targets: readonly DeliveryTarget[], now: Date): Promise<number> {
  const rows = new AlertRows();
  rows.add([alert], messagesForTargets([{ alert, targets }]), alert.sources.at(-1)!.documentId, now);
  return (await rows.write(db)).size;
}

/** A stored report as the poller files it: a feed item with its analysis, for commands to find. */
export async function insertStoredDocument(
  db: Db,
  doc: {
    id: string;
    title: string;
    content?: string;
    link?: string;
    published: string;
    firstSeen?: string;
    analysis: unknown;
    isAttack?: boolean;
    incidentId?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('documents')
    .values({
      id: doc.id,
      feed_id: 'wire',
      item_key: doc.id,
      guid: null,
      link: doc.link ?? `https://example.org/${doc.id}`,
      title: doc.title,
      content: doc.content ?? '',
      published_at: doc.published,
      first_seen_at: doc.firstSeen ?? doc.published,
      analysis: JSON.stringify(doc.analysis),
      is_attack: doc.isAttack === false ? 0 : 1,
      incident_id: doc.incidentId ?? null,
    })
    .execute();
}

/**
 * The real discord.js client logged in to the fake Discord for one server and ready: the stand-in
 * engine and rules, the system clock and a silent log unless `parts` gives others.
 */
export async function startBotOnFake(
  fake: FakeDiscord,
  guildId: string,
  db: Db,
  parts: Partial<Omit<StartDiscordOptions, 'env' | 'db'>> = {},
): Promise<DiscordHandle> {
  const bot = await startDiscord({
    env: { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: guildId, DISCORD_REST_URL: fake.restUrl },
    db,
    engine: engineStandIn,
    rulesProvider: rulesStandIn(),
    clock: systemClock,
    log: silentLogger,
    version: '0.1.0-test',
    ...parts,
  });
  await bot.ready;
  return bot;
}

/**
 * A fake Discord with one server ("Ops", channel #alerts), a temporary store and a member who may
 * manage the bot there; `close` stops whatever of it was started, the bot first.
 */
export async function opsServerOnFake() {
  const fake = await new FakeDiscord().start();
  const store = await tempStore();
  const guildId = fake.addGuild('Ops');
  const channelId = fake.addChannel(guildId, 'alerts');
  const manager: InteractionTarget = { guildId, channelId, member: { id: snowflake(), name: 'admin', permissions: MANAGER_PERMISSIONS } };
  const close = async (bot?: DiscordHandle) => {
    await bot?.stop();
    await fake.stop();
    await store.cleanup();
  };
  return { fake, store, guildId, channelId, manager, close };
}
export type OpsServer = Awaited<ReturnType<typeof opsServerOnFake>>;
