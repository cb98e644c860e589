import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { Gazetteer } from '../../src/extract/gazetteer/index.js';
import { type CityTable, cityTable } from '../../src/maps/index.js';

let cities: CityTable | null = null;
/** The gazetteer's towns, loaded once per test file. */
export function testCities(): CityTable {
  cities ??= cityTable(Gazetteer.load().entries);
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
