/**
 * The render worker: draws and rasterises map jobs off the main thread, so that a slow or stuck
 * render never holds up the bot (the renderer gives up on it and ends the worker).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CityTable } from './cities.js';
import { renderPng } from './index.js';
import type { MapJob } from './schema.js';
import { WorldAtlas } from './world.js';

export interface WorkerRequest {
  id: number;
  job: MapJob;
}
export type WorkerReply = { id: number; png: Uint8Array | null } | { id: number; error: string };

const cities = (workerData as { cities: CityTable }).cities;
const port = parentPort!;
// Loaded now, while the bot starts (MapRenderer.warm), rather than on the first alert.
WorldAtlas.get('50m');
port.on('message', ({ id, job }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, png: renderPng(job, cities) };
  } catch (err) {
    reply = { id, error: (err as Error)?.message ?? String(err) };
  }
  port.postMessage(reply, 'png' in reply && reply.png ? [reply.png.buffer as ArrayBuffer] : []);
});
