/**
 * Round 15: checks generated from the shipped gazetteer. The towns and districts of Afghanistan,
 * Iran and Tajikistan whose names carry the Persian ezafe (GeoNames "Pul-e Khumrī", "Qal‘ah-ye
 * Now", "Sar-e Pul") are found by each way the news writes it: "-i-", "-e-", "-e ", "-ye" for "-e"
 * and the other way round, and joined to the word before ("Puli Khumri", "Sari Pul"), in a plain
 * attack report that names the country (a small town needs the text's support, by design).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/extract/gazetteer/index.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { phraseKey } from '../../src/extract/normalize.js';
import { isDistrict } from '../../src/vocabulary.js';

const PERSIAN_NAMED = new Set(['AF', 'IR', 'TJ']);
/** "Pul-e Khumrī", "Qal‘ah-ye Now": a name with the ezafe between two words. */
const EZAFE_RE = /^(\p{Lu}[\p{L}‘’ʿ']*)-(e|ye) (\p{Lu}[\p{L}‘’ʿ']*)$/u;

let engine: ExtractionEngine;
let named: { entry: GazetteerEntry; head: string; particle: string; tail: string }[];
beforeAll(() => {
  engine = ExtractionEngine.load();
  named = [];
  for (const e of engine.gazetteer.entries) {
    if (!PERSIAN_NAMED.has(e.country) || (e.kind !== 'city' && !isDistrict(e))) continue;
    const name = isDistrict(e) ? e.name.replace(/ District$/, '') : e.name;
    // A district is found by its bare name only where that is no town's (`bare` in conflict-districts.test.ts).
    if (isDistrict(e) && !e.aliases.some((a) => phraseKey(a) === phraseKey(name))) continue;
    const plain = name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[‘’ʿ']/g, '');
    const m = EZAFE_RE.exec(plain);
    if (m) named.push({ entry: e, head: m[1]!, particle: m[2]!, tail: m[3]! });
  }
});

/** The ways the news writes one ezafe name: "-i-", "-e-", "-e" for GeoNames' "-ye", and joined ("Puli Khumri"). */
function spellings(head: string, particle: string, tail: string): string[] {
  return [`${head}-i-${tail}`, `${head}-e-${tail}`, ...(particle === 'ye' ? [`${head}-e ${tail}`] : []), `${head}i ${tail}`];
}

describe('Persian place names with the ezafe', () => {
  it('are found by each way the news writes the ezafe, in their country', () => {
    expect(named.length).toBeGreaterThan(80);
    const wrong: string[] = [];
    let checked = 0;
    for (const { entry, head, particle, tail } of named) {
      const country = engine.gazetteer.country(entry.country)!.name;
      for (const form of spellings(head, particle, tail)) {
        // A spelling that is another place's name as written goes to that place.
        if (engine.gazetteer.candidates(phraseKey(form)).some((o) => o.id !== entry.id)) continue;
        checked++;
        const x = engine.extract(
          prepareDocument({ title: 'Bomb kills three', content: `A roadside bomb killed three people in ${form}, ${country}, on Monday, police said.` }),
        );
        const place = x.places.find((p) => p.kind !== 'country');
        if (x.countries.join() !== entry.country || !place || (place.id !== entry.id && place.country !== entry.country))
          wrong.push(`${form} (${entry.name}, ${entry.country}) → [${x.countries.join()}] ${place?.name ?? 'no place'}`);
      }
    }
    console.log('ezafe spellings checked', checked, 'names', named.length);
    expect(checked).toBeGreaterThan(250);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
