/**
 * Benchmark 4: latency from an item appearing in a feed to its alert arriving — a POST at the
 * fake Discord, or (while `sitrep run` does not deliver to Discord) the alert printed on the
 * console. The bot runs as users run it (`sitrep run`, a child process) with one feed on a local
 * server polled every `intervalMs`; attack items appear at random times.
 */

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractionEngine } from '../src/extract/index.js';
import { prepareDocument } from '../src/extract/normalize.js';
import { openDatabase } from '../src/store/database.js';
import { upsertSubscription } from '../src/store/subscriptions.js';
import { FakeDiscord } from '../tests/fakes/discord/server.js';
import { startFeedServer } from '../tests/fakes/feed-server.js';
import { REPO_ROOT } from './child.js';
import { writeBenchConfig } from './config.js';
import { type BenchDocument, generateCorpus, Rng, vocabularyFromEngine } from './corpus.js';
import { type BenchItem, itemFromArticle, rssFeed } from './feeds.js';
import { median, round } from './stats.js';

export interface LatencyOptions {
  seed: number;
  items: number;
  /** Poll interval of the feed. */
  intervalMs: number;
  /** Items appear at random times within this long after the first poll. */
  windowMs: number;
}

export interface LatencyItem {
  appearedAtMs: number;
  /** Appearance → alert, and the part of it after the fetch that first saw the item. */
  latencyMs: number | null;
  afterFetchMs: number | null;
  via: 'discord' | 'console' | null;
}

export interface LatencyResult {
  items: number;
  intervalMs: number;
  delivered: number;
  via: 'discord' | 'console' | 'mixed' | null;
  medianMs: number | null;
  worstMs: number | null;
  /** Fetch that saw the item → alert: Sitrep's own work, without the wait for the next poll. */
  medianAfterFetchMs: number | null;
  worstAfterFetchMs: number | null;
  perItem: LatencyItem[];
  /** Stderr tail of the bot when something did not arrive. */
  problem: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Attack articles the engine sees as attacks in distinct countries, so each one is its own incident. */
function distinctAttacks(engine: ExtractionEngine, seed: number, n: number): BenchDocument[] {
  const out: BenchDocument[] = [];
  const countries = new Set<string>();
  const docs = generateCorpus(vocabularyFromEngine(engine), { seed, documents: 40 * n, attackShare: 1 });
  for (const d of docs) {
    const x = engine.extract(prepareDocument({ title: d.title, content: d.content.split('\n\n').slice(0, 2).join('\n\n') }));
    if (!x.isAttack || x.countries.length !== 1 || countries.has(x.countries[0]!)) continue;
    countries.add(x.countries[0]!);
    out.push(d);
    if (out.length === n) return out;
  }
  throw new Error(`latency: found only ${out.length} of ${n} distinct attack articles`);
}

/** Subscribes the fake channel to the watch rule, as /subscribe would. */
async function subscribe(dbFile: string, guildId: string, channelId: string, ruleId: string): Promise<void> {
  const opened = await openDatabase(dbFile);
  try {
    await upsertSubscription(opened.db, { guildId, channelId, ruleId, minSeverity: 'low', mentionRole: null, createdBy: null }, new Date());
  } finally {
    await opened.close();
  }
}

export async function runLatencyBench(engine: ExtractionEngine, opts: LatencyOptions, log: (line: string) => void = () => {}): Promise<LatencyResult> {
  const r = new Rng(opts.seed);
  const articles = distinctAttacks(engine, opts.seed, opts.items);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-latency-'));
  const discord = await new FakeDiscord().start();
  const feedServer = await startFeedServer();
  const guildId = discord.addGuild('Bench');
  const channelId = discord.addChannel(guildId, 'alerts');

  // The feed: old items first (recorded silently on the first poll), new ones prepended as they appear.
  const old = generateCorpus(vocabularyFromEngine(engine), { seed: opts.seed + 1, documents: 10 });
  let items: BenchItem[] = old.map((d, i) => itemFromArticle(d, { guid: `latency-old-${i}`, paragraphs: 2, published: new Date(Date.now() - 3 * 86_400_000) }));
  let version = 0;
  let body = rssFeed('Latency feed', items);
  const fetches: number[] = [];
  feedServer.route('/latency.xml', {
    handler: (req, res) => {
      fetches.push(Date.now());
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    },
  });

  const ruleId = 'latency-watch';
  const config = writeBenchConfig(join(dir, 'sitrep.yaml'), {
    feeds: [{ id: 'latency', url: feedServer.url('/latency.xml'), interval: `${Math.max(1, Math.round(opts.intervalMs / 1000))}s` }],
    extraRules: [{ id: ruleId, name: 'Any attack', match: {}, minSeverity: 'low', attacksOnly: true }],
    replaceRules: true,
  });
  const dbFile = join(dir, 'sitrep.db');
  await subscribe(dbFile, guildId, channelId, ruleId);

  const consoleSeen = new Map<string, number>();
  let stdout = '';
  let stderr = '';
  const bot = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'run', '--config', config.file], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      SITREP_DB: dbFile,
      SITREP_CONFIG: '',
      LOG_LEVEL: 'warn',
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_REST_URL: discord.restUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  bot.stdout.on('data', (c: Buffer) => {
    const at = Date.now();
    stdout = (stdout + c.toString()).slice(-100_000);
    for (const m of stdout.matchAll(/https:\/\/news\.example\.org\/(latency-new-\d+)/g)) if (!consoleSeen.has(m[1]!)) consoleSeen.set(m[1]!, at);
  });
  bot.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => bot.on('close', () => resolve()));

  const perItem: LatencyItem[] = [];
  try {
    // Wait for the bot's first poll (start-up loads the gazetteer).
    const startDeadline = Date.now() + 120_000;
    while (fetches.length === 0) {
      if (Date.now() > startDeadline || bot.exitCode !== null) throw new Error(`latency: the bot never polled the feed; stderr:\n${stderr.slice(-2000)}`);
      await sleep(50);
    }
    await sleep(1000);
    const t0 = Date.now();
    const offsets = Array.from({ length: opts.items }, () => r.int(0, opts.windowMs)).sort((a, b) => a - b);
    const appeared: { guid: string; at: number }[] = [];
    for (let i = 0; i < opts.items; i++) {
      await sleep(Math.max(0, t0 + offsets[i]! - Date.now()));
      const guid = `latency-new-${i}`;
      const at = Date.now();
      items = [itemFromArticle(articles[i]!, { guid, paragraphs: 2, published: new Date(at) }), ...items];
      body = rssFeed('Latency feed', items);
      version++;
      appeared.push({ guid, at });
      log(`latency: item ${i + 1}/${opts.items} appeared`);
    }
    // Everything should arrive within one interval, one scheduler tick (10 s) and some work.
    const deadline = Date.now() + opts.intervalMs + 30_000;
    const arrival = (guid: string): { at: number; via: 'discord' | 'console' } | null => {
      const msg = [...discord.messages.values()].find((m) => JSON.stringify(m).includes(`news.example.org/${guid}`));
      if (msg) return { at: Date.parse(msg.timestamp), via: 'discord' };
      const at = consoleSeen.get(guid);
      return at !== undefined ? { at, via: 'console' } : null;
    };
    while (Date.now() < deadline && !appeared.every((a) => arrival(a.guid))) await sleep(100);
    for (const a of appeared) {
      const got = arrival(a.guid);
      const fetchedAt = fetches.find((f) => f >= a.at);
      perItem.push({
        appearedAtMs: a.at - t0,
        latencyMs: got ? got.at - a.at : null,
        afterFetchMs: got && fetchedAt !== undefined ? got.at - fetchedAt : null,
        via: got?.via ?? null,
      });
    }
  } finally {
    bot.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    if (bot.exitCode === null) bot.kill('SIGKILL');
    await feedServer.close();
    await discord.stop();
    rmSync(dir, { recursive: true, force: true });
  }

  const lat = perItem.flatMap((p) => (p.latencyMs === null ? [] : [p.latencyMs]));
  const after = perItem.flatMap((p) => (p.afterFetchMs === null ? [] : [p.afterFetchMs]));
  const vias = new Set(perItem.flatMap((p) => (p.via ? [p.via] : [])));
  return {
    items: opts.items,
    intervalMs: opts.intervalMs,
    delivered: lat.length,
    via: vias.size === 0 ? null : vias.size > 1 ? 'mixed' : [...vias][0]!,
    medianMs: lat.length ? round(median(lat)) : null,
    worstMs: lat.length ? round(Math.max(...lat)) : null,
    medianAfterFetchMs: after.length ? round(median(after)) : null,
    worstAfterFetchMs: after.length ? round(Math.max(...after)) : null,
    perItem,
    problem: lat.length < opts.items ? `only ${lat.length} of ${opts.items} alerts arrived; bot stderr tail: ${stderr.slice(-1500)}` : null,
  };
}
