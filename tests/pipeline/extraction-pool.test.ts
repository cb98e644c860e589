/**
 * Extraction on worker threads (ExtractionPool): the same analyses as on the main thread, the same
 * documents, incidents and alerts through the pipeline, and a worker that stops or hangs or an
 * extraction that throws fails only its item, with an error saying so, and loses nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/clock.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import type { FeedItem } from '../../src/feeds/item.js';
import { fingerprintOf, rememberSketches, textSketches } from '../../src/incidents/fingerprint.js';
import { silentLogger } from '../../src/logger.js';
import { analyseItem, ExtractionPool, packNorms, unpackAnalysis } from '../../src/pipeline/extraction-pool.js';
import { StandInExtractor } from '../../src/pipeline/memo.js';
import { type PipelineDeps, processBatch } from '../../src/pipeline/process.js';
import type { Db } from '../../src/store/database.js';
import { tempStore } from '../discord/helpers.js';
import { consolePipeline } from '../helpers/pipeline.js';

const engine = ExtractionEngine.load();
/** Labelled attack reports and everyday news of the evaluation set: many places, types, tolls and languages. */
const docs = readFileSync(new URL('../eval/data/attacks.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; title: string; content?: string | null })
  .slice(0, 80)
  .map((d) => ({ id: d.id, title: d.title, content: d.content ?? '' }));

const faultyWorker = { moduleUrl: new URL('../fixtures/faulty-extraction-worker.ts', import.meta.url).href, name: 'faulty-extraction-worker' };
const clock: Clock = { now: () => new Date('2026-11-20T12:00:00Z') };

/**
 * Pools shared by the tests that use the same kind: each worker costs an engine load (seconds of
 * CPU), and what a test checks (its analyses, the replacements a faulty item causes) does not
 * depend on the pool being new. The faulty one answers in 3 s or is hung, for the hang tests.
 */
const allPools: ExtractionPool[] = [];
const shared = (options: ConstructorParameters<typeof ExtractionPool>[0]) => {
  let pool: ExtractionPool | undefined;
  return () => {
    if (!pool) allPools.push((pool = new ExtractionPool(options)));
    return pool;
  };
};
const twoWorkers = shared({ size: 2, gazetteer: engine.gazetteer.shared, log: silentLogger });
const faulty = shared({ size: 1, gazetteer: engine.gazetteer.shared, log: silentLogger, entry: faultyWorker, answerTimeoutMs: 3_000 });
afterAll(async () => {
  await Promise.all(allPools.map((p) => p.close()));
});

function item(n: number, title: string, content: string): FeedItem {
  return {
    key: `item-${n}`,
    guid: `item-${n}`,
    link: `https://news.example/${n}`,
    title,
    content,
    published: new Date(Date.UTC(2026, 10, 20, 6, n % 60)).toISOString(),
  };
}

describe('ExtractionPool', () => {
  const pools: ExtractionPool[] = [];
  const pool = (size: number, limits: { loadTimeoutMs?: number } = {}) => {
    const p = new ExtractionPool({ size, gazetteer: engine.gazetteer.shared, log: silentLogger, ...limits });
    pools.push(p);
    return p;
  };
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('gives every document the analysis the main thread gives it', async () => {
    const two = twoWorkers();
    const pooled = await Promise.all(docs.map((d) => two.analyse(d)));
    for (const [n, d] of docs.entries()) {
      const here = analyseItem(engine, d);
      expect(JSON.stringify(pooled[n]!.extraction), d.id).toBe(JSON.stringify(here.extraction));
      expect(
        pooled[n]!.tokens.map((t) => t.norm),
        d.id,
      ).toEqual(here.tokens.map((t) => t.norm));
      // An attack report comes with the sketches its fingerprint would be computed from here; other items without.
      const link = `https://wire.example/${d.id}`;
      expect(pooled[n]!.sketches, d.id).toEqual(here.extraction.isAttack ? textSketches(d) : undefined);
      if (pooled[n]!.sketches) {
        const report = { ...d, link };
        rememberSketches(report, pooled[n]!.sketches!);
        expect(fingerprintOf(report), d.id).toEqual(fingerprintOf({ ...d, link }));
      }
    }
    expect(pooled.some((a) => a.sketches)).toBe(true);
  });

  it("hands an analysis back packed as strings until it is unpacked, then equal to the main thread's", async () => {
    const two = twoWorkers();
    const packed = await Promise.all(docs.slice(0, 20).map((d) => two.analysePacked(d)));
    for (const [n, d] of docs.slice(0, 20).entries()) {
      const p = packed[n]!;
      // What waits for its item's turn on the main thread: no object per token, no extraction objects.
      expect(typeof p.extractionJson, d.id).toBe('string');
      expect(typeof p.norms, d.id).toBe('string');
      const here = analyseItem(engine, d);
      const unpacked = unpackAnalysis(p);
      expect(unpacked.extraction, d.id).toStrictEqual(here.extraction);
      expect(unpacked.extractionJson, d.id).toBe(JSON.stringify(here.extraction));
      expect(unpacked.tokens, d.id).toStrictEqual(here.tokens.map((t) => ({ norm: t.norm })));
    }
  });

  it('packs norms that hold the separator, and none, without losing a token', () => {
    const base = { extractionJson: '{"isAttack":false}', seconds: 0 };
    for (const norms of [[], ['one'], ['a', 'b', 'c'], ['odd\u0000word', 'x'], ['']]) {
      const packed = { ...base, norms: packNorms(norms), tokenCount: norms.length };
      expect(unpackAnalysis(packed).tokens.map((t) => t.norm)).toEqual(norms);
    }
  });

  it('sends the items asked for at once to a worker in one message', async () => {
    const one = faulty();
    const received = async (items: Array<{ title: string; content: string }>) => {
      const results = await Promise.allSettled([...items, { title: '[messages]', content: '' }].map((i) => one.analyse(i)));
      expect(results.slice(0, -1).every((r) => r.status === 'fulfilled')).toBe(true);
      const last = results.at(-1) as PromiseRejectedResult;
      return Number(/messages received: (\d+)$/.exec((last.reason as Error).message)?.[1]);
    };
    const before = await received([]);
    expect(await received(docs.slice(0, 30))).toBe(before + 1);
  });

  it('fails only the item whose worker stops twice or whose extraction throws, and goes on', async () => {
    const one = faulty();
    const [a, b, c] = docs;
    const results = await Promise.allSettled([
      one.analyse(a!),
      one.analyse({ title: `[exit] ${b!.title}`, content: b!.content }),
      one.analyse(c!),
      one.analyse({ title: `[throw] ${c!.title}`, content: c!.content }),
      one.analyse(b!),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    const reason = (r: PromiseSettledResult<unknown>) => ((r as PromiseRejectedResult).reason as Error).message;
    expect(reason(results[1]!)).toMatch(/^extraction failed: the worker analysing this item stopped 2 times \(last: it exited with code 70\): "\[exit\] /);
    expect(reason(results[3]!)).toBe('extraction failed: the engine could not read this item');
    for (const [n, d] of [
      [0, a!],
      [2, c!],
      [4, b!],
    ] as const) {
      const r = results[n] as PromiseFulfilledResult<{ extraction: unknown }>;
      expect(JSON.stringify(r.value.extraction)).toBe(JSON.stringify(analyseItem(engine, d).extraction));
    }
    // The pool still works after its worker was replaced.
    expect(JSON.stringify((await one.analyse(a!)).extraction)).toBe(JSON.stringify(analyseItem(engine, a!).extraction));
  });

  it('replaces a worker that answers nothing, sends its other items again, and fails only the item that hangs it', async () => {
    const one = faulty();
    await one.warm();
    const [a, b, c] = docs;
    const results = await Promise.allSettled([one.analyse(a!), one.analyse({ title: `[hang] ${b!.title}`, content: b!.content }), one.analyse(c!)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(((results[1] as PromiseRejectedResult).reason as Error).message).toMatch(
      /^extraction failed: the worker analysing this item stopped 2 times \(last: it answered nothing for 3 s\): "\[hang\] /,
    );
    // The item queued behind the hung one was analysed by a fresh worker, as the main thread would.
    const r = results[2] as PromiseFulfilledResult<{ extraction: unknown }>;
    expect(JSON.stringify(r.value.extraction)).toBe(JSON.stringify(analyseItem(engine, c!).extraction));
    expect(JSON.stringify((await one.analyse(a!)).extraction)).toBe(JSON.stringify(analyseItem(engine, a!).extraction));
  }, 240_000); // two replacement engines load here: slow on a busy machine

  it('gives up on a worker that does not load its engine in time, and fails the item it was given', async () => {
    const slow = pool(1, { loadTimeoutMs: 50 });
    await expect(slow.analyse(docs[0]!)).rejects.toThrow(/stopped 2 times \(last: it had not loaded its engine after 0\.05 s\)/);
  });

  it("lets the caller's stand-in engine go once a worker has loaded its own", async () => {
    let loads = 0;
    const standIn = new StandInExtractor(() => {
      loads++;
      return engine;
    });
    const p = new ExtractionPool({ size: 1, gazetteer: engine.gazetteer.shared, log: silentLogger, onReady: () => standIn.release() });
    pools.push(p);
    const first = analyseItem(standIn, docs[0]!);
    analyseItem(standIn, docs[1]!);
    expect(loads).toBe(1);
    await p.warm();
    // Let go when the worker was ready: the next extraction on this thread loads the engine again.
    const again = analyseItem(standIn, docs[0]!);
    expect(loads).toBe(2);
    expect(JSON.stringify(again.extraction)).toBe(JSON.stringify(first.extraction));
  });

  it('refuses work once closed', async () => {
    const p = pool(1);
    await p.close();
    await expect(p.analyse(docs[0]!)).rejects.toThrow('the extraction pool is closed');
  });
});

describe('the pipeline with an extraction pool', () => {
  const stores: Array<Awaited<ReturnType<typeof tempStore>>> = [];
  let items: FeedItem[];
  beforeAll(() => {
    items = docs.map((d, n) => item(n, d.title, d.content));
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.cleanup()));
  });
  const store = async () => {
    const s = await tempStore();
    stores.push(s);
    return s;
  };
  /** The pipeline with the pool given, its workers loaded (until then the pipeline extracts on its own thread). */
  const withPool = async (db: Db, p: ExtractionPool | null): Promise<PipelineDeps> => {
    await p?.warm();
    if (p) expect(p.ready).toBe(true);
    return { ...consolePipeline(db, engine, clock), pool: p };
  };
  /** What a batch left in the store: each document's analysis and incident, and the alerts, in a stable order. */
  const stored = async (db: Db) => ({
    documents: await db.selectFrom('documents').select(['id', 'analysis', 'is_attack', 'incident_id']).orderBy('id').execute(),
    incidents: await db.selectFrom('incidents').select(['id', 'title', 'severity', 'source_count', 'data']).orderBy('id').execute(),
    alerts: await db.selectFrom('alerts').select(['id', 'rule_id', 'incident_id', 'document_id', 'kind', 'severity']).orderBy('id').execute(),
    outbox: await db.selectFrom('outbox').select(['id', 'alert_id', 'payload']).orderBy('id').execute(),
  });

  it('stores the same documents, incidents and alerts as without it', async () => {
    const here = await store();
    const pooled = await store();
    const batch = { feedId: 'wire', guildId: null, items, silentBefore: null };
    const a = await processBatch(await withPool(here.db, null), batch);
    const b = await processBatch(await withPool(pooled.db, twoWorkers()), batch);
    expect(b).toEqual(a);
    expect(a.attacks).toBeGreaterThan(10);
    expect(await stored(pooled.db)).toEqual(await stored(here.db));
  });

  it.each([
    ['stops', '[exit]', /stopped 2 times \(last: it exited/],
    ['hangs', '[hang]', /stopped 2 times \(last: it answered nothing for 3 s\)/],
  ])(
    'fails a batch whose item %s the worker, with the reason, and stores its items on the next try',
    async (_, mark, reason) => {
      const s = await store();
      const poisoned = items.slice(0, 6).map((it, n) => (n === 3 ? { ...it, title: `${mark} ${it.title}` } : it));
      const batch = { feedId: 'wire', guildId: null, items: poisoned, silentBefore: null };
      await expect(processBatch(await withPool(s.db, faulty()), batch)).rejects.toThrow(reason);
      expect(await s.db.selectFrom('seen_items').select('item_key').execute()).toEqual([]);
      // Taken again (as the next poll does, here once the fault is gone), the items are all stored: none was marked seen without its document.
      const again = await processBatch(await withPool(s.db, null), batch);
      expect(again.stored).toBe(6);
    },
    240_000,
  );
});
