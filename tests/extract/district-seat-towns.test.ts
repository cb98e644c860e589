/**
 * Round 15: checks generated from the shipped districts (config/data/districts.json). A district
 * named for its seat town ("Anka LGA", "Tal Afar district", "Izmail raion") is read as that town
 * (see docs/gazetteer.md), and a plain report that names it so, with no country, comes out in the
 * town's country: the division's word says the name is a place, as "X, Country" does, so a small
 * town needs no other support. Before, "Anka LGA" and "Tal Afar district" named no place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/extract/gazetteer/index.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { phraseKey } from '../../src/extract/normalize.js';
import { WORDS } from '../../src/extract/words.js';
import { isDistrict } from '../../src/vocabulary.js';

/** The 40 countries most affected by conflict, as in conflict-cities.test.ts. */
const CONFLICT_COUNTRIES = new Set(
  'IQ SY YE AF PK SO NG ML BF NE UA SD SS CD LY MZ ET CM CF TD LB PS IL MM CO MX PH IN KE HT IR TR EG DZ BD TH VE BJ TG RU'.split(' '),
);
/** The word news puts after a district's name in each country, besides "district". */
const COUNTRY_WORD: Record<string, string> = { NG: 'LGA', UA: 'raion', RU: 'raion', ML: 'cercle', CD: 'territory', KE: 'county', SS: 'county' };

let engine: ExtractionEngine;
let seats: { district: GazetteerEntry; base: string }[];
beforeAll(() => {
  engine = ExtractionEngine.load();
  seats = [];
  for (const d of engine.gazetteer.entries) {
    if (!isDistrict(d) || !CONFLICT_COUNTRIES.has(d.country)) continue;
    const base = d.name.replace(/ \S+$/, '');
    // English copy's spelling: capitalised words without marks or lower-case joining words.
    if (!/^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*$/u.test(base) || WORDS.common_words.has(phraseKey(base))) continue;
    const towns = engine.gazetteer.candidates(phraseKey(base)).filter((c) => c.kind === 'city' && c.country === d.country && c.admin1 === d.admin1);
    if (towns.length > 0) seats.push({ district: d, base });
  }
});

describe('a district named for its seat town', () => {
  it('puts a report that names it with a district word, and no country, in its country', () => {
    expect(seats.length).toBeGreaterThan(1_000);
    const wrong: string[] = [];
    let checked = 0;
    for (const { district, base } of seats) {
      for (const word of new Set(['district', COUNTRY_WORD[district.country] ?? 'district'])) {
        const form = `${base} ${word}`;
        // A name with that word abroad too ("Hyderabad district"): the text decides.
        if (engine.gazetteer.candidates(phraseKey(base)).some((o) => o.country !== district.country)) continue;
        checked++;
        const x = engine.extract(
          prepareDocument({
            title: 'Gunmen kill five villagers',
            content: `Gunmen stormed a village in ${form} late on Thursday and killed five residents, a local official said.`,
          }),
        );
        if (x.countries.join() !== district.country) wrong.push(`${form} (${district.country}) → ${x.countries.join() || 'none'}`);
      }
    }
    console.log('district seat forms checked', checked, 'districts', seats.length);
    expect(checked).toBeGreaterThan(1_000);
    expect(wrong, wrong.slice(0, 60).join('\n')).toEqual([]);
  });

  it('finds a raion GeoNames names by a Russian adjective ("Shebekinskiy") as English news spells it ("Shebekinsky district")', () => {
    const raions = engine.gazetteer.entries.filter((d) => isDistrict(d) && /^\p{Lu}\p{Ll}+skiy Raion$/u.test(d.name));
    expect(raions.length).toBeGreaterThan(200);
    const wrong: string[] = [];
    for (const d of raions) {
      const form = d.name.replace(/skiy Raion$/, 'sky district');
      const x = engine.extract(
        prepareDocument({ title: 'Drone attack', content: `A drone dropped explosives on a farm in the ${form} on Friday, wounding two workers.` }),
      );
      if (x.countries.join() !== d.country) wrong.push(`${form} (${d.country}) → ${x.countries.join() || 'none'}`);
    }
    expect(wrong, wrong.slice(0, 40).join('\n')).toEqual([]);
  });
});
