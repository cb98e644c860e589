/**
 * Round 14: checks generated from the shipped districts (second-level divisions, config/data/
 * districts.json). A plain attack report that names only a district of a conflict-affected country
 * ("in Rutshuru territory", "in the Kurram district", and the bare name where the gazetteer gives
 * the district one) comes out in that country; and a district does not take a name from what the
 * news means by it: its seat town, a big city abroad, a region, a more specific place of the text.
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

let engine: ExtractionEngine;
let districts: GazetteerEntry[];
beforeAll(() => {
  engine = ExtractionEngine.load();
  districts = engine.gazetteer.entries.filter((e) => isDistrict(e) && CONFLICT_COUNTRIES.has(e.country));
});

const extract = (title: string, content: string) => engine.extract(prepareDocument({ title, content }));
const countriesOf = (title: string, content: string) => extract(title, content).countries;
/** A report in words of our own that names the scene once, in the body only. */
const reportIn = (scene: string) =>
  countriesOf('Gunmen kill five villagers', `Gunmen stormed a village in ${scene} late on Thursday and killed five residents, a local official said.`);

/**
 * The district's name and word as a report writes them: "Kurram District" → "Kurram district",
 * "Gao Cercle" → "Gao cercle"; a word of two ("Sub-Prefecture") and "LGA" stay as they are.
 */
const designated = (d: GazetteerEntry) =>
  d.name.replace(/ (\p{Lu}\p{Ll}+)$/u, (whole, w: string) =>
    WORDS.region_words.has(w.toLowerCase()) || WORDS.district_words.has(w.toLowerCase()) ? ` ${w.toLowerCase()}` : whole,
  );
/**
 * A name as English copy writes it: every word capitalised or a particle ("Mayo-Sava", "Ras al
 * Ain"), not GeoNames' transliterations with lower-case joining words ("Qal‘ah-ye Now", "Tālah wa
 * Barfak"), which the news writes otherwise ("Qala-i-Naw").
 */
const titleCased = (name: string) => {
  const words = name.split(/\s+/);
  // A part after a hyphen too ("Mayo-Sava"; not the ezafe of "Darah-ye Nūr", written "Dara-i-Nur").
  const capitalised = (w: string) => w.split('-').every((part) => /^\p{Lu}\p{Ll}/u.test(part));
  return words.length <= 5 && words.every((w) => capitalised(w) || WORDS.particles.has(w.toLowerCase()));
};
/** The name without its word ("Kurram District" → "Kurram"). */
const baseOf = (d: GazetteerEntry) => d.name.replace(/ \S+$/, '');
/** A compass or everyday word ("Centro", a municipality of Tabasco) is read as one, by design. */
const wordLike = (name: string) => WORDS.common_words.has(phraseKey(name)) || WORDS.compass_names.has(phraseKey(name));
/** A town of its country bears its name ("Sinjar District", "Kidal Cercle"; or of a namesake district's region). */
const namedForTown = (d: GazetteerEntry) => engine.gazetteer.candidates(phraseKey(baseOf(d))).some((c) => c.kind === 'city' && c.country === d.country);
/** The bare name, when the gazetteer finds the district by it. */
const bare = (d: GazetteerEntry) => d.aliases.find((a) => phraseKey(a) === phraseKey(baseOf(d)));

describe('districts of conflict-affected countries', () => {
  it('are thousands, each in a region of its country', () => {
    expect(districts.length).toBeGreaterThan(5_000);
    const lost = districts.filter((d) => d.admin1 !== null && engine.gazetteer.byId(d.admin1)?.country !== d.country);
    expect(lost.map((d) => d.id)).toEqual([]);
    expect(districts.filter((d) => d.admin1 === null).length / districts.length).toBeLessThan(0.02);
  });

  it('put a report that names only the district, with its word, in its country', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const d of districts) {
      const form = designated(d);
      // A district whose designated name is also a place abroad's own name goes where the text says.
      if (!titleCased(baseOf(d)) || wordLike(baseOf(d))) continue;
      if (engine.gazetteer.candidates(phraseKey(form)).some((o) => o.country !== d.country)) continue;
      // Named for a town of its region, it is read as the town (checked below).
      if (namedForTown(d) && !WORDS.first_level_region_words.has(form.split(' ').at(-1)!)) continue;
      checked++;
      const got = reportIn(form).join();
      if (got !== d.country) wrong.push(`${form} (${d.country}) → ${got || 'none'}`);
    }
    expect(checked).toBeGreaterThan(3_500);
    expect(wrong, wrong.slice(0, 40).join('\n')).toEqual([]);
  });

  it('put a report that names it bare in its country, where the bare name is the district', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const d of districts) {
      const name = bare(d);
      if (!name || !titleCased(name) || wordLike(name)) continue;
      // Another place of that name, or another district (Russia has a dozen "Petrovsky" raions): the
      // text decides (checked below with the country named).
      if (engine.gazetteer.candidates(phraseKey(name)).length > 1) continue;
      checked++;
      const got = reportIn(name).join();
      if (got !== d.country) wrong.push(`${name} (${d.country}) → ${got || 'none'}`);
    }
    expect(checked).toBeGreaterThan(2_000);
    expect(wrong, wrong.slice(0, 40).join('\n')).toEqual([]);
  });

  it('put a bare name shared with a small place abroad in the district’s country when the text names it', () => {
    const wrong: string[] = [];
    for (const d of districts) {
      const name = bare(d);
      if (!name || !titleCased(name) || wordLike(name)) continue;
      const others = engine.gazetteer.candidates(phraseKey(name)).filter((o) => o !== d);
      if (!others.some((o) => o.country !== d.country) || others.some((o) => o.kind !== 'city' && o.kind !== 'region')) continue;
      const country = engine.gazetteer.country(d.country)!.name;
      const got = countriesOf(
        'Gunmen kill five villagers',
        `Gunmen killed five residents of a village in ${name}, ${country}, on Thursday, officials said.`,
      ).join();
      if (got !== d.country) wrong.push(`${name}, ${country} → ${got || 'none'}`);
    }
    expect(wrong, wrong.slice(0, 40).join('\n')).toEqual([]);
  });
});

describe('a district beside the places the news means', () => {
  const placesOf = (title: string, content: string) => extract(title, content).places.map((p) => p.name);

  it('finds the tribal districts, LGAs, provinces and territories the news names', () => {
    const cases: [string, string][] = [
      ['A drone hit a compound in the Datta Khel area of North Waziristan Agency, killing three men.', 'PK'],
      ['A roadside bomb killed two soldiers in Kurram district on Friday.', 'PK'],
      ['Bandits abducted 14 worshippers from a church in Chikun LGA overnight.', 'NG'],
      ['Jihadists ambushed a convoy in Soum province, killing 12 auxiliaries.', 'BF'],
      ['Rebels burned houses in Rutshuru territory and killed four farmers.', 'CD'],
      ['Insurgents beheaded two villagers in Macomia district on Saturday.', 'MZ'],
      ['Glide bombs hit Pokrovsk raion overnight, wounding six civilians.', 'UA'],
      ['Gunmen killed 9 displaced people at a camp in Djugu territory.', 'CD'],
    ];
    for (const [content, country] of cases) expect(countriesOf('Attack reported', content), content).toEqual([country]);
  });

  it('leaves a seat town’s name to the town, with the district’s word after it too', () => {
    // Gwoza is an LGA and its seat: the bare name is the town.
    expect(placesOf('Attack reported', 'Insurgents raided Gwoza on Tuesday, killing seven traders.')[0]).toBe('Gwoza');
    // A district named for a town of its region is that town's surroundings: the town is the scene
    // (incidents are matched on towns), as it was before districts were known.
    expect(placesOf('Attack reported', 'A car bomb killed four people in Sinjar district on Monday.')[0]).toBe('Sinjār');
    expect(placesOf('Attack reported', 'A drone hit port buildings in Izmail raion overnight, injuring two workers.')[0]).toBe('Izmail');
    // A district named for no town stays the district.
    expect(placesOf('Attack reported', 'Gunmen shot dead six farmers in Chikun Local Government Area on Sunday.')[0]).toBe('Chikun LGA');
  });

  it('does not let a district take a big city abroad, a region or a country', () => {
    // Hyderabad District (PK) and Tripoli District (LB) do not take the bigger cities' names.
    expect(reportIn('Hyderabad')).toEqual(['IN']);
    expect(reportIn('Tripoli')).toEqual(['LY']);
    // Kidal cercle lies in the Kidal region: the bare name stays the region's and the town's.
    expect(engine.gazetteer.candidates('kidal').some(isDistrict)).toBe(false);
    expect(countriesOf('Gunmen kill five villagers', 'Gunmen killed five herders in Kidal cercle, in northern Mali, on Friday.')).toEqual(['ML']);
    // A district named like a country is found only with its word.
    for (const d of districts)
      for (const a of d.aliases)
        expect(
          engine.gazetteer.candidates(phraseKey(a)).some((o) => o.kind === 'country'),
          a,
        ).toBe(false);
  });

  it('does not turn a person, a common word or another continent’s county into a scene', () => {
    // A US county is found by "X County" only: "Harris" alone is a surname.
    expect(engine.gazetteer.candidates('harris').some(isDistrict)).toBe(false);
    expect(countriesOf('Shooting at a mall', 'Harris said a gunman killed three shoppers at a mall in Ohio on Friday.')).toEqual(['US']);
    expect(countriesOf('Shooting at a school', 'A gunman killed two pupils at a school in Harris County, deputies said.')).toEqual(['US']);
    // Generic division names ("Central", "Northern") are no bare names.
    for (const w of ['central', 'north', 'east', 'centre', 'city']) expect(engine.gazetteer.candidates(w).some(isDistrict), w).toBe(false);
  });

  it('keeps a more specific place of the text first', () => {
    const places = placesOf('Attack reported', 'Gunmen attacked the market of Djibo, in Soum province, killing 15 traders.');
    expect(places[0]).toBe('Djibo');
  });
});
