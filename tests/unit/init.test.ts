import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ask, starterConfig } from '../../src/cli/init.js';
import { parseConfig } from '../../src/config/load.js';

describe('sitrep init', () => {
  it('asks three questions and reads the answers (empty: none)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let asked = '';
    output.on('data', (d) => (asked += d));
    const answers = ask(input, output);
    input.write('iq, Syria\n');
    await new Promise((r) => setImmediate(r));
    input.write('Erbil:100, Ain al-Asad: 40 km\n');
    await new Promise((r) => setImmediate(r));
    input.write('\n');
    expect(await answers).toEqual({
      countries: ['iq', 'Syria'],
      near: [
        { place: 'Erbil', km: 100 },
        { place: 'Ain al-Asad', km: 40 },
      ],
      feeds: [],
    });
    expect(asked).toMatch(/Countries to watch.*Places to watch around.*Feed addresses/s);
  });

  it('writes a config the loader accepts, with a rule per wish and the feeds given or shipped', () => {
    const shipped = [{ id: 'bbc-world', name: 'BBC News — World', url: 'https://feeds.bbci.co.uk/news/world/rss.xml' }];
    const text = starterConfig(
      { countries: ['IQ'], near: [{ place: 'Ain al-Asad', km: 40 }], feeds: ['https://www.example.org/a.xml', 'https://example.org/b.xml'] },
      shipped,
    );
    const { config } = parseConfig(text, 'starter.yaml');
    expect(config.feeds.map((f) => f.id)).toEqual(['example-org', 'example-org-2']);
    expect(config.rules).toEqual([
      expect.objectContaining({ id: 'attacks-in-countries', name: 'Attacks in Iraq', match: { countries: ['IQ'] } }),
      expect.objectContaining({ id: 'near-ain-al-asad', match: { near: [{ place: 'Ain al-Asad', km: 40 }] } }),
    ]);
    const plain = parseConfig(starterConfig({ countries: [], near: [], feeds: [] }, shipped), 'plain.yaml').config;
    expect(plain.feeds).toEqual([expect.objectContaining({ id: 'bbc-world', name: 'BBC News — World' })]);
    expect(plain.rules).toEqual([expect.objectContaining({ id: 'all-attacks', match: {}, minSeverity: 'medium' })]);
  });
});
