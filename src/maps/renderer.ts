import type { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.js';
import { startWorker } from '../threads.js';
import type { CityTable } from './cities.js';
import type { MapJob } from './schema.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export interface MapRendererOptions {
  /**
   * The cities maps may name, made each time a worker starts and not kept: the worker holds its
   * own copy, and a process that never draws a map (a console run) never makes the table.
   */
  cities: () => CityTable;
  /** A render taking longer is given up (the worker is ended) and the message goes without its map. */
  timeoutMs: number;
  log: Logger;
}

/** Discord takes files up to 10 MiB; maps are far smaller, this only guards against the absurd. */
export const MAX_PNG_BYTES = 8 * 1024 * 1024;

interface Pending {
  resolve(png: Uint8Array | null): void;
  timer: NodeJS.Timeout;
  kind: string;
  worker: Worker;
}

/**
 * Renders maps in a worker thread. `render` never throws and never waits longer than the timeout:
 * a failure, a timeout or a crash of the worker gives null and a log line, and the next render
 * starts a fresh worker.
 */
export class MapRenderer {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly opts: MapRendererOptions) {}

  /** Starts the worker now, so that the first map does not pay for loading the world. */
  warm(): void {
    if (!this.closed) this.ensureWorker();
  }

  async render(job: MapJob): Promise<Uint8Array | null> {
    if (this.closed) return null;
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (err) {
      this.opts.log.warn({ err, map: job.kind }, 'map renderer could not start; messages go without maps');
      return null;
    }
    const id = this.nextId++;
    return new Promise<Uint8Array | null>((resolve) => {
      const timer = setTimeout(() => {
        this.opts.log.warn({ map: job.kind, timeoutMs: this.opts.timeoutMs }, 'map render timed out; the message goes without it');
        this.fail(id, null);
        // A stuck render is ended with its worker; the next render starts another.
        this.reset();
      }, this.opts.timeoutMs);
      this.pending.set(id, { resolve, timer, kind: job.kind, worker });
      // An idle worker does not keep the process alive; one with work does.
      worker.ref();
      worker.postMessage({ id, job } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const id of [...this.pending.keys()]) this.fail(id, null);
    await this.reset();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(this.opts.cities());
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      if ('error' in reply) {
        this.opts.log.warn({ map: p.kind, err: reply.error }, 'map render failed; the message goes without it');
        this.fail(reply.id, null);
      } else if (reply.png && reply.png.byteLength > MAX_PNG_BYTES) {
        this.opts.log.warn({ map: p.kind, bytes: reply.png.byteLength }, 'map larger than Discord accepts; the message goes without it');
        this.fail(reply.id, null);
      } else {
        this.fail(reply.id, reply.png ? Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength) : null);
      }
    });
    // A crashed or ended worker takes its own pending renders with it, not a newer worker's.
    const dropAll = () => {
      if (this.worker === worker) this.worker = null;
      for (const [id, p] of [...this.pending]) if (p.worker === worker) this.fail(id, null);
    };
    worker.on('error', (err) => {
      this.opts.log.warn({ err }, 'map worker crashed; its pending maps are dropped');
      dropAll();
    });
    worker.on('exit', dropAll);
    this.worker = worker;
    return worker;
  }

  private fail(id: number, png: Uint8Array | null): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
    p.resolve(png);
  }

  private async reset(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

/** The worker runs worker.js beside this file (worker.ts from the sources). */
function spawnWorker(cities: CityTable): Worker {
  return startWorker(import.meta.url, 'worker', { workerData: { cities }, resourceLimits: WORKER_LIMITS });
}

/**
 * A small young generation keeps the worker's memory close to what it holds (the world's shapes,
 * the towns); a render that would need more old space than this ends the worker, not the bot.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 160 };
