import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_CITIES } from '../../src/maps/cities.js';
import { MapRenderer } from '../../src/maps/renderer.js';
import { decodePng, recordingLogger, testCities } from './helpers.js';

const erbil = { name: 'Erbil', country: 'IQ', lat: 36.19, lon: 44.01, kind: 'city' as const };
const renderers: MapRenderer[] = [];
afterEach(async () => {
  for (const r of renderers.splice(0)) await r.close();
});
function renderer(timeoutMs: number) {
  const { log, lines } = recordingLogger();
  const r = new MapRenderer({ cities: testCities, timeoutMs, log });
  renderers.push(r);
  return { r, lines };
}

describe('map renderer (worker thread)', () => {
  it('renders a PNG off the main thread, and again with the same worker', async () => {
    const { r } = renderer(60_000);
    const png = await r.render({ kind: 'locator', places: [erbil] });
    expect(decodePng(png!).width).toBe(800);
    const again = await r.render({ kind: 'locator', places: [{ ...erbil, name: 'Erbil again' }] });
    expect(again!.length).toBeGreaterThan(1000);
  });

  it('makes the city table when its worker starts, not before, and names those cities on the map', async () => {
    let made = 0;
    const { log } = recordingLogger();
    const named = new MapRenderer({
      cities: () => {
        made++;
        return testCities();
      },
      timeoutMs: 60_000,
      log,
    });
    const unnamed = new MapRenderer({ cities: () => EMPTY_CITIES, timeoutMs: 60_000, log });
    renderers.push(named, unnamed);
    expect(made).toBe(0);
    const png = await named.render({ kind: 'locator', places: [erbil] });
    await named.render({ kind: 'locator', places: [erbil] });
    expect(made).toBe(1);
    // Without the table the same map has no town names around Erbil: the table made late reached the worker.
    const bare = await unnamed.render({ kind: 'locator', places: [erbil] });
    expect(Buffer.compare(Buffer.from(png!), Buffer.from(bare!))).not.toBe(0);
  });

  it('gives null, not an error, when there is nothing to draw', async () => {
    const { r, lines } = renderer(60_000);
    expect(await r.render({ kind: 'locator', places: [] })).toBeNull();
    expect(lines.filter((l) => l.level === 40)).toEqual([]);
  });

  it('gives null and logs when a render fails', async () => {
    const { r, lines } = renderer(60_000);
    expect(await r.render({ kind: 'locator', places: [{ ...erbil, lat: 123 }] })).toBeNull();
    expect(lines.some((l) => String(l.msg).includes('map render failed'))).toBe(true);
    // The worker keeps serving.
    expect(await r.render({ kind: 'locator', places: [erbil] })).not.toBeNull();
  });

  it('gives up on a render that takes too long, logs it, and renders the next one with a fresh worker', async () => {
    const { r, lines } = renderer(1);
    expect(await r.render({ kind: 'locator', places: [erbil] })).toBeNull();
    expect(lines.some((l) => String(l.msg).includes('timed out'))).toBe(true);
    (r as unknown as { opts: { timeoutMs: number } }).opts.timeoutMs = 60_000;
    expect(await r.render({ kind: 'locator', places: [erbil] })).not.toBeNull();
  });
});
