import { availableParallelism } from 'node:os';
import { parentPort, type Worker, workerData } from 'node:worker_threads';
import type { Extraction } from '../extract/analysis.js';
import { Gazetteer, type SharedGazetteer } from '../extract/gazetteer/index.js';
import { ExtractionEngine, type ExtractionTrace } from '../extract/index.js';
import { type PreparedDocument, prepareDocument } from '../extract/normalize.js';
import { preparedTextSketches, type TextSketches } from '../incidents/fingerprint.js';
import type { Logger } from '../logger.js';
import { startWorker } from '../threads.js';

export interface Extractor {
  extract(doc: PreparedDocument): Extraction;
  /** The extraction with the trace of its stages (`analyze --explain`); an extractor that keeps none omits it. */
  explain?(doc: PreparedDocument): { extraction: Extraction; trace: ExtractionTrace };
}

/** An item's text, as the pipeline analyses it. */
export interface ItemText {
  title: string;
  content: string;
}

/** What the pipeline needs of an item's analysis: its extraction, the tokens keyword rules match on, and how long the extraction took (a metric). */
export interface ItemAnalysis {
  extraction: Extraction;
  tokens: readonly { norm: string }[];
  seconds: number;
  /** An attack report's text sketches (the grouping's fingerprint), when a worker worked them out. */
  sketches?: TextSketches;
  /** The extraction as JSON (what the store keeps), when a worker wrote it: the main thread does not write it again. */
  extractionJson?: string;
}

/**
 * A worker's analysis as it waits on the main thread for its item's turn (the items of eight feeds
 * come back long before the store takes them): a few strings instead of the extraction's objects and
 * one string per token, which would outlive the young generation and be promoted, to be marked and
 * collected later by the whole heap's collections. `unpackAnalysis` makes the objects at the turn.
 */
export interface PackedAnalysis {
  /** The extraction as JSON, which the store keeps as it is. */
  extractionJson: string;
  /** The tokens' norms joined by NORMS_SEPARATOR (a norm is never empty and never holds it), or the list when one did hold it. */
  norms: string | readonly string[];
  tokenCount: number;
  seconds: number;
  sketches?: TextSketches;
}

/** Joins a packed analysis's norms: a word's norm is letters, marks and digits (normalize.ts `forEachWord`), never this. */
const NORMS_SEPARATOR = '\u0000';

/** Tokens' norms as `PackedAnalysis.norms`: joined, or the list itself when a norm holds the separator. */
export function packNorms(norms: readonly string[]): string | readonly string[] {
  return norms.some((n) => n.includes(NORMS_SEPARATOR)) ? norms : norms.join(NORMS_SEPARATOR);
}

/** The analysis a packed one stands for: the extraction parsed from its JSON, one token per norm. */
export function unpackAnalysis(packed: PackedAnalysis): ItemAnalysis {
  const norms = typeof packed.norms !== 'string' ? packed.norms : packed.tokenCount === 0 ? [] : packed.norms.split(NORMS_SEPARATOR);
  return {
    extraction: JSON.parse(packed.extractionJson) as Extraction,
    tokens: norms.map((norm) => ({ norm })),
    seconds: packed.seconds,
    extractionJson: packed.extractionJson,
    ...(packed.sketches ? { sketches: packed.sketches } : {}),
  };
}

/** An item's analysis with the document prepared for it (its tokens are the analysis's). */
export interface PreparedAnalysis extends ItemAnalysis {
  prepared: PreparedDocument;
}

/** An item analysed on this thread: the document prepared once, for the extraction and for the rules. */
export function analyseItem(extractor: Extractor, item: ItemText): PreparedAnalysis {
  const start = performance.now();
  const prepared = prepareDocument(item);
  const extraction = extractor.extract(prepared);
  return { extraction, tokens: prepared.tokens, seconds: (performance.now() - start) / 1000, prepared };
}

export interface ExtractionRequest extends ItemText {
  id: number;
}
/** An analysis travels packed (`PackedAnalysis`): a worker's tokens (offsets, flags) are not needed here and cost to copy. */
export type ExtractionReply = ({ id: number } & PackedAnalysis) | { id: number; error: string } | { ready: true };

/**
 * The loop of an extraction worker: requests come in lists (one message for the items queued at
 * once), one reply per request, an extraction that throws answered with its message.
 */
export function serveExtractions(analyse: (item: ItemText) => PreparedAnalysis): void {
  const port = parentPort;
  if (!port) throw new Error('serveExtractions runs in a worker thread');
  port.on('message', (requests: readonly ExtractionRequest[]) => {
    // One reply per item as soon as it is done: the pipeline awaits the first item of a batch first.
    for (const { id, title, content } of requests) {
      let reply: ExtractionReply;
      try {
        const { extraction, prepared, seconds } = analyse({ title, content });
        // An attack report is grouped on the main thread, which would tokenise its text again for
        // its fingerprint: the worker, mostly idle while the main thread stores and groups, does it,
        // from the words it has prepared when they are the fingerprint's.
        const norms = prepared.tokens.map((t) => t.norm);
        const sketches = extraction.isAttack ? preparedTextSketches({ title, content }, prepared, norms) : undefined;
        reply = {
          id,
          extractionJson: JSON.stringify(extraction),
          norms: packNorms(norms),
          tokenCount: norms.length,
          seconds,
          ...(sketches ? { sketches } : {}),
        };
      } catch (err) {
        reply = { id, error: err instanceof Error ? err.message : String(err) };
      }
      port.postMessage(reply);
    }
  });
  port.postMessage({ ready: true } satisfies ExtractionReply);
}

/** What a pool hands each of its workers. */
interface ExtractionWorkerData {
  gazetteer: SharedGazetteer;
}

/**
 * The engine of an extraction worker: the gazetteer the main thread loaded and shares (its packed
 * table is read in place, not copied), the actor catalogue and lexicon (small) loaded here.
 */
export function workerEngine(): ExtractionEngine {
  const { gazetteer } = workerData as ExtractionWorkerData;
  return ExtractionEngine.load(undefined, { gazetteer: Gazetteer.fromShared(gazetteer) });
}

/** Extraction threads when the config sets none: every core but the one the main thread uses, at least one. */
export function defaultExtractionWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

export interface ExtractionPoolOptions {
  /** Worker threads, at least 1 (no pool at all: analyse on this thread with `analyseItem`). */
  size: number;
  /** The main thread's gazetteer (Gazetteer.shared), which every worker reads instead of loading its own. */
  gazetteer: SharedGazetteer;
  log: Logger;
  /** The worker's entry: extraction-worker beside this file unless given (tests start workers that misbehave). */
  entry?: { moduleUrl: string; name: string };
  /** A worker with items in flight that answers none for this long is hung: it is replaced (default ANSWER_TIMEOUT_MS). */
  answerTimeoutMs?: number;
  /** A worker given items that has not loaded its engine after this long is hung too (default LOAD_TIMEOUT_MS). */
  loadTimeoutMs?: number;
  /** Told each time a worker has loaded its engine: the caller's own extraction is no longer needed. */
  onReady?: () => void;
}

interface Task {
  id: number;
  item: ItemText;
  /** Workers that stopped while this task was in flight. */
  crashes: number;
  resolve(analysis: PackedAnalysis): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
  /** Runs one task that was in flight when a worker stopped, and nothing else until it is done. */
  alone: boolean;
  /** Settles once the worker's engine is loaded, or the worker stopped. */
  started: Promise<void>;
  markStarted(): void;
  /** The worker said its engine is loaded. */
  loaded: boolean;
  /** Fires when the worker, with items in flight, has answered nothing for too long. */
  watchdog: NodeJS.Timeout | null;
}

/**
 * Items a pool leaves to the caller's thread before it starts its workers: a worker costs an
 * engine's load (seconds of CPU on a busy machine) and its memory, which a short `poll --once`
 * over a few small feeds never earns back.
 */
const ITEMS_BEFORE_START = 100;
/**
 * Requests sent ahead to one worker: a transaction's items (50, process.ts) go out in one message
 * (each message costs the main thread a copy and a wake-up of the worker, whatever its size); the
 * least busy worker takes each item, so they still spread over the pool.
 */
const IN_FLIGHT_PER_WORKER = 64;
/** A task in flight on this many workers that stopped is given up with an error: the item itself stops them. */
const CRASHES_GIVEN_UP = 2;
/**
 * A worker answers an item in milliseconds (a long article under a heavy load: well under a
 * second). One with items in flight that answers none for this long is stuck (an extraction
 * that never ends, a thread that stopped answering): it is ended and its items are sent again,
 * as when it crashes, so that a batch never waits on it for good.
 */
const ANSWER_TIMEOUT_MS = 30_000;
/** Loading the engine takes seconds (3 s on a quiet machine of two cores, over 10 s under a heavy load). */
const LOAD_TIMEOUT_MS = 120_000;
/**
 * A worker holds the actors, the lexicon and the entries it has looked up (the gazetteer's table
 * is the main thread's, shared). A small young generation keeps its memory down (V8's default
 * costs more for no measurable gain in speed); the old generation is capped so that a document that makes the
 * extraction run away ends the worker, not the bot.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 };

/**
 * Extraction on worker threads. The extraction is a pure function of an item's text, so where it
 * runs changes nothing of its result; the pipeline awaits the items in their order and does
 * everything else (store, incidents, rules, alerts) on the main thread, in order, as before.
 * A worker that stops (a crash, an exit) or hangs (no answer for ANSWER_TIMEOUT_MS) is replaced;
 * the items it had in flight are sent again, each alone on a worker, and an item in flight on two
 * workers that stopped fails with an error
 * (the pipeline then handles it as any failed item: the feed's poll fails and the item is taken
 * again next poll). An extraction that throws fails its item only.
 */
export class ExtractionPool {
  private readonly slots: Array<Slot | null>;
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;
  private analysedElsewhere = 0;
  private pumpQueued = false;

  constructor(private readonly opts: ExtractionPoolOptions) {
    if (!Number.isInteger(opts.size) || opts.size < 1) throw new Error(`an extraction pool needs at least one worker, not ${opts.size}`);
    this.slots = Array.from({ length: opts.size }, () => null);
  }

  get size(): number {
    return this.slots.length;
  }

  /** A worker has its engine loaded: until then (start-up, a crashed worker replaced) items are better analysed on the caller's thread. */
  get ready(): boolean {
    return this.slots.some((slot) => slot?.loaded);
  }

  /** The caller analysed these items itself (the pool was not ready): once there is enough work, the workers start. */
  analysedOnCaller(items: number): void {
    this.analysedElsewhere += items;
    if (this.analysedElsewhere >= ITEMS_BEFORE_START && !this.closed) void this.warm();
  }

  /**
   * Starts every worker now, so that their engines load while the bot starts rather than on the
   * first item; settles when they are loaded (or stopped: items then start them again).
   */
  async warm(): Promise<void> {
    await Promise.all(this.slots.map((_, i) => this.slotAt(i).started));
  }

  analyse(item: ItemText): Promise<ItemAnalysis> {
    return this.analysePacked(item).then(unpackAnalysis);
  }

  /** The item's analysis as it came from the worker: `unpackAnalysis` when it is needed (the pipeline: at its item's turn). */
  analysePacked(item: ItemText): Promise<PackedAnalysis> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise<PackedAnalysis>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, item: { title: item.title, content: item.content }, crashes: 0, resolve, reject });
      // Items asked for in one go (a transaction's) are sent together, once the caller is done asking.
      if (!this.pumpQueued) {
        this.pumpQueued = true;
        queueMicrotask(() => {
          this.pumpQueued = false;
          this.pump();
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the extraction pool is closed');
    for (const task of this.queue.splice(0)) task.reject(stopped);
    const slots = this.slots.splice(0, this.slots.length, ...this.slots.map(() => null));
    for (const slot of slots) {
      if (!slot) continue;
      this.unwatch(slot);
      for (const task of slot.tasks.values()) task.reject(stopped);
    }
    await Promise.all(slots.map((slot) => slot?.worker.terminate()));
  }

  /**
   * Sends queued tasks to workers, in queue order, one message per worker: a task sent again after
   * a crash waits for an idle worker.
   */
  private pump(): void {
    const sends = new Map<Slot, ExtractionRequest[]>();
    while (this.queue.length > 0 && !this.closed) {
      const task = this.queue[0]!;
      const slot = task.crashes > 0 ? this.idleSlot() : this.leastBusySlot();
      if (!slot) break;
      this.queue.shift();
      slot.tasks.set(task.id, task);
      slot.alone = task.crashes > 0;
      const request = { id: task.id, ...task.item };
      const list = sends.get(slot);
      if (list) list.push(request);
      else sends.set(slot, [request]);
    }
    for (const [slot, requests] of sends) {
      // A worker with work keeps the process alive; an idle one does not.
      slot.worker.ref();
      slot.worker.postMessage(requests);
      if (!slot.watchdog) this.watch(slot);
    }
  }

  /** (Re)starts the slot's watchdog: the worker must answer (or, while loading, load) within its limit. */
  private watch(slot: Slot): void {
    if (slot.watchdog) clearTimeout(slot.watchdog);
    const ms = slot.loaded ? (this.opts.answerTimeoutMs ?? ANSWER_TIMEOUT_MS) : (this.opts.loadTimeoutMs ?? LOAD_TIMEOUT_MS);
    slot.watchdog = setTimeout(() => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const why = slot.loaded ? `it answered nothing for ${ms / 1000} s` : `it had not loaded its engine after ${ms / 1000} s`;
      this.stopped(i, slot, why);
      void slot.worker.terminate().catch(() => undefined);
    }, ms);
    // The items in flight keep the process alive (the worker is ref'ed), not the watchdog.
    slot.watchdog.unref();
  }

  private unwatch(slot: Slot): void {
    if (slot.watchdog) clearTimeout(slot.watchdog);
    slot.watchdog = null;
  }

  private leastBusySlot(): Slot | null {
    let best: Slot | null = null;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slotAt(i);
      if (slot.alone || slot.tasks.size >= IN_FLIGHT_PER_WORKER) continue;
      if (!best || slot.tasks.size < best.tasks.size) best = slot;
    }
    return best;
  }

  private idleSlot(): Slot | null {
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slotAt(i);
      if (slot.tasks.size === 0) return slot;
    }
    return null;
  }

  private slotAt(i: number): Slot {
    const existing = this.slots[i];
    if (existing) return existing;
    const entry = this.opts.entry ?? { moduleUrl: import.meta.url, name: 'extraction-worker' };
    const worker = startWorker(entry.moduleUrl, entry.name, {
      resourceLimits: WORKER_LIMITS,
      workerData: { gazetteer: this.opts.gazetteer } satisfies ExtractionWorkerData,
    });
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => {
      markStarted = resolve;
    });
    const slot: Slot = { worker, tasks: new Map(), alone: false, started, markStarted, loaded: false, watchdog: null };
    worker.unref();
    worker.on('message', (reply: ExtractionReply) => this.settle(slot, reply));
    // 'error' then 'exit' for an uncaught error, 'exit' alone for process.exit(): the first one counts.
    worker.on('error', (err) => this.stopped(i, slot, `it failed: ${err.message}`));
    worker.on('exit', (code) => this.stopped(i, slot, `it exited with code ${code}`));
    this.slots[i] = slot;
    return slot;
  }

  private settle(slot: Slot, reply: ExtractionReply): void {
    if ('ready' in reply) {
      slot.loaded = true;
      slot.markStarted();
      this.opts.onReady?.();
      if (slot.watchdog) this.watch(slot);
      return;
    }
    const task = slot.tasks.get(reply.id);
    if (!task) return;
    slot.tasks.delete(reply.id);
    if (slot.tasks.size === 0) {
      slot.alone = false;
      slot.worker.unref();
      this.unwatch(slot);
    } else this.watch(slot);
    if ('error' in reply) task.reject(new Error(`extraction failed: ${reply.error}`));
    else task.resolve(reply);
    this.pump();
  }

  private stopped(i: number, slot: Slot, why: string): void {
    slot.markStarted();
    this.unwatch(slot);
    if (this.slots[i] !== slot || this.closed) return;
    this.slots[i] = null;
    const inFlight = [...slot.tasks.values()];
    slot.tasks.clear();
    if (inFlight.length > 0) this.opts.log.warn({ why, items: inFlight.length }, 'extraction worker stopped; its items are analysed again');
    const again: Task[] = [];
    for (const task of inFlight) {
      task.crashes++;
      if (task.crashes >= CRASHES_GIVEN_UP) {
        task.reject(
          new Error(`extraction failed: the worker analysing this item stopped ${task.crashes} times (last: ${why}): "${task.item.title.slice(0, 80)}"`),
        );
      } else again.push(task);
    }
    this.queue.unshift(...again);
    this.pump();
  }
}
