import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStoredDocument } from '../discord/helpers.js';
import { pressButton, runCommand } from '../fakes/discord/interactions.js';
import { MEMBER_PERMISSIONS } from '../fakes/discord/server.js';
import { decodePng, startMapBot } from './helpers.js';

let bot: Awaited<ReturnType<typeof startMapBot>>;

const PLACES = [
  { id: 'geonames:99072', name: 'Mosul', country: 'IQ', kind: 'city', lat: 36.34, lon: 43.13 },
  { id: 'geonames:98182', name: 'Baghdad', country: 'IQ', kind: 'city', lat: 33.34, lon: 44.4 },
  { id: 'geonames:95446', name: 'Erbil', country: 'IQ', kind: 'city', lat: 36.19, lon: 44.01 },
];

async function addDocument(k: number) {
  const published = new Date(Date.now() - (k + 1) * 3_600_000).toISOString();
  await insertStoredDocument(bot.store.db, {
    id: `doc-${k}`,
    title: `Attack ${k}`,
    link: `https://example.org/${k}`,
    published,
    analysis: {
      isAttack: true,
      attackTypes: [k % 2 ? 'ied' : 'drone'],
      places: [PLACES[k % 3]],
      countries: ['IQ'],
      actors: [],
      casualties: { killed: k, injured: null },
      targets: [],
      severity: 'medium',
    },
    incidentId: `inc-${k}`,
  });
}

beforeAll(async () => {
  bot = await startMapBot({ permissions: MEMBER_PERMISSIONS });
  for (let k = 0; k < 7; k++) await addDocument(k);
}, 30_000);

afterAll(() => bot?.stop());

describe('/lookup on a map', () => {
  it('replies with one map of every incident found, numbered like the list, and keeps it while paging', async () => {
    const rec = await runCommand(bot.fake, bot.target, 'lookup', { options: { country: 'IQ' } }, 60_000);
    const original = rec.original;
    expect(original.attachments).toHaveLength(1);
    const file = original.attachments[0];
    expect(file.filename).toBe('lookup.png');
    expect(original.embeds[0].image.url).toBe(file.url);
    const png = decodePng(file.data);
    expect([png.width, png.height]).toEqual([800, 500]);
    const upload = bot.fake.requests.find((r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original') && r.files.length === 1)!;
    expect(upload.files[0]!.field).toBe('files[0]');
    expect(original.embeds[0].fields.map((f: any) => f.name.split('.')[0])).toEqual(['1', '2', '3', '4', '5']);

    const older = original.components[0].components.find((c: any) => c.label === 'Older');
    const page2 = await pressButton(bot.fake, bot.target, older.custom_id, original);
    expect(page2.original.embeds[0].fields.map((f: any) => f.name.split('.')[0])).toEqual(['6', '7']);
    // The same file, not uploaded again.
    expect(page2.original.attachments.map((a: any) => a.id)).toEqual([file.id]);
    expect(page2.original.embeds[0].image.url).toBe(file.url);
    const edits = bot.fake.requests.filter((r) => r.path.endsWith('/messages/@original') && r.method === 'PATCH' && r.path.includes(page2.token));
    expect(edits.every((r) => r.files.length === 0)).toBe(true);
  });
});
