/**
 * Checks generated from the shipped gazetteer itself (issue 11, item 2): every city of 100,000
 * people or more in the countries most affected by conflict is found by its name, its spellings
 * and its short forms in a plain attack sentence and put in its own country; first-level regions
 * named like countries never become those countries; a person's name, a unit's home state or a
 * place named for reference never becomes the attack's country; nor does a soldier's home town
 * and state (round 10). Round 12: the same cities by their names in Cyrillic, Arabic script and
 * Devanagari, in a plain attack sentence in those languages; and every conflict country's demonym
 * as the scene ("a Malian village") and as the forces of a neighbour's attack ("Malian forces shelled
 * …"), beside the speaker's, the source's, the launcher's and a border country.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/extract/gazetteer/index.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { phraseKey } from '../../src/extract/normalize.js';
import { WORDS } from '../../src/extract/words.js';

/**
 * The 40 countries most affected by conflict: those ranked extreme, high or turbulent by the ACLED
 * Conflict Index (2024), with the countries of UCDP's state-based and non-state conflicts of the
 * same years where they rank lower. Countries only: no text of either source.
 */
const CONFLICT_COUNTRIES = new Set(
  'IQ SY YE AF PK SO NG ML BF NE UA SD SS CD LY MZ ET CM CF TD LB PS IL MM CO MX PH IN KE HT IR TR EG DZ BD TH VE BJ TG RU'.split(' '),
);
/** Arabic-speaking countries among them: the news writes their towns with and without "al-". */
const ARABIC = new Set(['IQ', 'SY', 'YE', 'LY', 'SD', 'EG', 'LB', 'PS', 'DZ']);
/** Countries with first-level regions named like countries or like each other's (Georgia, Punjab, Niger). */
const REGION_COUNTRIES = ['US', 'IN', 'NG', 'PK', 'MX', 'BR'];
const ARTICLE = /^(?:al|el|an|ar|as|ash|ad|az|at|ath|adh)[\s-]+/i;
const LINKING = /^(?:al|el|an|ar|as|ash|ad|az|at|e|i|de|del|la|las|los|du|des|y|et|min)$/i;

let engine: ExtractionEngine;
let cities: GazetteerEntry[];
beforeAll(() => {
  engine = ExtractionEngine.load();
  cities = engine.gazetteer.entries.filter((e) => e.kind === 'city' && e.population >= 100_000 && CONFLICT_COUNTRIES.has(e.country));
});

const countriesOf = (title: string, content: string) => engine.extract(prepareDocument({ title, content })).countries;
/**
 * The countries of a plain attack report in `name`. Kept per name: the spelling checks below ask
 * again about many names the first one read (extraction is deterministic).
 */
const attacks = new Map<string, string[]>();
const attackIn = (name: string) => {
  let found = attacks.get(name);
  if (!found) {
    found = countriesOf(`Bomb kills three in ${name}`, `A roadside bomb exploded in ${name} on Monday, killing three people, police said.`);
    attacks.set(name, found);
  }
  return found;
};

const withoutMarks = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');
/**
 * An alternate name as English copy could write it inside a sentence: every word capitalised or a
 * linking particle, no digits or abbreviations, not in capitals throughout ("MINUF" reads as an acronym).
 */
const titleCased = (s: string) =>
  /^[\p{L}\p{M}\s'’‘ʿ-]+$/u.test(s) &&
  s !== s.toUpperCase() &&
  s.split(/[\s-]+/).length <= 6 &&
  s.split(/[\s-]+/).every((w) => /^\p{Lu}/u.test(w) || LINKING.test(w));

/** The spellings of a city a report may use, each with what it tests. */
function spellings(c: GazetteerEntry): Map<string, string> {
  const out = new Map<string, string>();
  const add = (form: string, why: string) => {
    if (form.trim() && !out.has(form)) out.set(form, why);
  };
  for (const name of [c.name, ...c.aliases.filter(titleCased)]) {
    const what = name === c.name ? 'name' : 'alternate name';
    add(name, what);
    const plain = withoutMarks(name);
    add(plain, `${what} without accents`);
    // The ayn written as an apostrophe or left out: "Ba'qubah", "Baqubah".
    add(plain.replace(/[‘ʿ]/g, "'"), `${what}, ayn as apostrophe`);
    add(plain.replace(/[‘ʿ]/g, ''), `${what}, ayn left out`);
    if (ARTICLE.test(plain)) {
      const bare = plain.replace(ARTICLE, '');
      add(bare, `${what} without its article`);
      add(`al-${bare}`, `${what} with "al-"`);
      add(`Al-${bare}`, `${what} with "Al-"`);
    } else if (ARABIC.has(c.country) && name === c.name) {
      add(`al-${plain}`, 'name with an "al-" its spelling lacks');
    }
    // The Persian ezafe: GeoNames "Mazār-e Sharīf", English "Mazar-i-Sharif".
    if (/-e[\s-]/.test(plain)) add(plain.replace(/-e[\s-]/g, '-i-'), `${what}, ezafe as "-i-"`);
  }
  return out;
}

/** A spelling that is also a country's or a region's name elsewhere, or a bigger place's there, goes to that one. */
function homonym(c: GazetteerEntry, form: string): boolean {
  return engine.gazetteer
    .candidates(phraseKey(form))
    .some((o) => o !== c && o.country !== c.country && (o.kind === 'country' || o.kind === 'region' || o.population > c.population));
}

describe('big cities of conflict-affected countries', () => {
  it('are found by every spelling and short form and resolved to their country', () => {
    expect(cities.length).toBeGreaterThan(1_500);
    let checked = 0;
    let homonyms = 0;
    const wrong: string[] = [];
    for (const c of cities) {
      for (const [form, why] of spellings(c)) {
        // Capitalised everyday words ("Zion") are no place without support, by design.
        if (WORDS.common_words.has(phraseKey(form))) continue;
        if (homonym(c, form)) {
          homonyms++;
          continue;
        }
        checked++;
        const got = attackIn(form).join();
        if (got !== c.country) wrong.push(`${form} (${why} of ${c.name}, ${c.country}) → ${got || 'none'}`);
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    // Homonyms of a bigger place elsewhere (Tripoli, Hyderabad, Santa Cruz) are the only exceptions.
    expect(homonyms / checked).toBeLessThan(0.02);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

/**
 * Round 13: the ways transliterations of one name differ, as other outlets write them: k for q,
 * French "ou" for u, i for e, no final h, a doubled letter single.
 */
const TRANSLITERATIONS: [RegExp, string][] = [
  [/q/g, 'k'],
  [/Q/g, 'K'],
  [/(?<=[^o])u/g, 'ou'],
  [/(?<![ei])e(?=[^aeiouy])/g, 'i'],
  [/ah$/, 'a'],
  [/([bdfklmnrst])\1/g, '$1'],
];

describe('big cities of conflict-affected countries spelt another way', () => {
  it('are found by the usual variants of their transliteration and resolved to their country', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const c of cities) {
      for (const name of [c.name, ...c.aliases.filter(titleCased)]) {
        const plain = withoutMarks(name).replace(/[‘ʿ’']/g, '');
        // Spellings in Latin letters that are found as written, each capitalised word spelt another way.
        if (!/^[A-Za-z -]+$/.test(plain) || attackIn(plain).join() !== c.country) continue;
        for (const [from, to] of TRANSLITERATIONS) {
          const form = plain
            .split(' ')
            .map((w) => (/^[A-Z]/.test(w) ? w.replace(from, to) : w))
            .join(' ');
          const key = phraseKey(form);
          // Only a spelling the gazetteer does not hold as written, and that is no other big place's variant.
          // Names of five letters or more: shorter ones are words too often to look up by their skeleton.
          if (form === plain || Math.min(phraseKey(plain).length, key.length) < 5 || engine.gazetteer.candidates(key).length > 0) continue;
          if (engine.gazetteer.spellingVariants(key).some((o) => o.country !== c.country)) continue;
          checked++;
          const got = attackIn(form).join();
          if (got !== c.country) wrong.push(`${form} (${c.name}, ${c.country}) → ${got || 'none'}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(3_000);
    // When written: 4 of 6,300, each a lower-case particle spelt another way inside a hyphenated
    // name ("Port-aou-Prince"), which ends the name as the text is read.
    expect(wrong.length / checked, wrong.join('\n')).toBeLessThan(0.002);
  });
});

/** A plain attack title and sentence in each language of a script, with the name as written. */
const SCRIPT_SENTENCES: [RegExp, (name: string) => [string, string]][] = [
  [/\p{Script=Cyrillic}/u, (n) => [`Взрыв в городе ${n}`, `В городе ${n} взорвалась бомба, погибли три человека.`]],
  [/\p{Script=Arabic}/u, (n) => [`انفجار في ${n}`, `قتل ثلاثة أشخاص في انفجار عبوة ناسفة في ${n} اليوم.`]],
  [/\p{Script=Devanagari}/u, (n) => [`${n} में बम धमाका`, `${n} में बम धमाके में तीन लोगों की मौत हो गई।`]],
];
/** Cyrillic names are stored folded (lower case); a report capitalises each word. */
const capitalised = (n: string) => n.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());

describe('big cities of conflict-affected countries in other scripts', () => {
  it('are found by their Cyrillic, Arabic-script and Devanagari names and resolved to their country', () => {
    const names = JSON.parse(readFileSync('config/data/script-names.json', 'utf8')) as Record<string, string>;
    // The country's own name in the same script: "في طرابلس في لبنان".
    const countryName = (country: string, script: RegExp) => names[`country:${country}`]?.split('|').find((n) => script.test(n));
    let checked = 0;
    let homonyms = 0;
    const wrong: string[] = [];
    for (const c of cities) {
      for (const name of names[c.id]?.split('|') ?? []) {
        const found = SCRIPT_SENTENCES.find(([script]) => script.test(name));
        if (!found) continue;
        const [script, sentence] = found;
        // Round 13: a name two cities share (Tripoli in Libya and in Lebanon) is each city's; alone it
        // is the bigger one's, beside its country's name the one there.
        const shared = homonym(c, name);
        const country = shared ? countryName(c.country, script) : '';
        if (shared) homonyms++;
        if (country === undefined) continue;
        checked++;
        const [title, content] = sentence(capitalised(name));
        const got = countriesOf(title, shared ? `${content} ${sentence(capitalised(country))[1]}` : content).join();
        if (got !== c.country) wrong.push(`${name} (${c.name}, ${c.country}${shared ? ', with its country' : ''}) → ${got || 'none'}`);
      }
    }
    expect(checked).toBeGreaterThan(4_000);
    expect(homonyms / checked).toBeLessThan(0.05);
    // When written: a generic word that is also a town's name ("وادي", a valley, for El Oued) and a
    // Persian spelling split in two words, 2 of 5,049.
    expect(wrong.length / checked, wrong.join('\n')).toBeLessThan(0.001);
  });
});

describe('a country named by its demonym', () => {
  it('is the scene when the demonym places the attack, and not when it names the forces of an attack abroad', () => {
    const g = engine.gazetteer;
    const wrong: string[] = [];
    const check = (title: string, content: string, want: string) => {
      const got = countriesOf(title, content).join();
      if (got !== want) wrong.push(`${content} → ${got || 'none'} (want ${want})`);
    };
    // The one-word demonyms that name the country itself ("Malian", "Yemeni", not "Congolese" for CG).
    const demonymsOf = (code: string) => g.country(code)!.demonyms.filter((d) => /^[A-Z][a-z]+$/.test(d) && g.demonym(phraseKey(d)) === code);
    for (const { city, neighbours } of scenesAndNeighbours()) {
      const code = city.country;
      for (const d of demonymsOf(code)) {
        check('Gunmen kill five villagers', `Gunmen killed five villagers in a ${d} village on Sunday, officials said.`, code);
        check('Gunmen kill five villagers', `Gunmen killed five people on Sunday in the ${d} town of Zerbatu, officials said.`, code);
        check('Bomb kills three soldiers', `A roadside bomb killed three ${d} soldiers on Monday, the army said.`, code);
        for (const n of neighbours) {
          const name = g.country(n.country)!.name;
          check('Attack kills 12', `Gunmen killed 12 people in the ${d} town of Zerbatu, 40 km from the ${name} border, on Friday.`, code);
          const target = cities.filter((c) => c.country === n.country).sort((a, b) => b.population - a.population)[0];
          if (target)
            check(
              `Shelling kills three in ${target.name}`,
              `${d} forces shelled ${target.name} overnight, killing three civilians, officials said.`,
              n.country,
            );
        }
      }
      for (const n of neighbours) {
        const name = g.country(n.country)!.name;
        check('Attack kills 12', `${name} condemned the bombing that killed 12 people at a market in ${city.name} on Friday.`, code);
        check('Attack kills 12', `A bomb killed 12 people at a market in ${city.name} on Friday, ${name}'s foreign ministry said in a statement.`, code);
        check('Attack kills 12', `A car bomb killed 12 people in ${city.name} on Friday, according to ${name}'s state news agency.`, code);
        check('Attack kills 12', `Rockets fired from ${name} struck ${city.name} on Friday, killing two people.`, code);
        for (const d of demonymsOf(n.country)) {
          check('Attack kills 12', `Gunmen killed 12 people in ${city.name} on Friday, the ${d} ambassador said.`, code);
          check('Attack kills 12', `A ${d} drone struck a convoy in ${city.name} on Friday, killing four.`, code);
        }
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

describe('first-level regions named like countries or other regions', () => {
  it('stay regions of their country when the text places them', () => {
    const wrong: string[] = [];
    const regions = engine.gazetteer.entries.filter((e) => e.kind === 'region' && REGION_COUNTRIES.includes(e.country) && e.id.startsWith('admin1:'));
    expect(regions.length).toBeGreaterThan(150);
    for (const r of regions) {
      const seat =
        cities.find((c) => c.admin1 === r.id) ?? engine.gazetteer.entries.find((c) => c.kind === 'city' && c.admin1 === r.id && c.featureCode === 'PPLA');
      const country = engine.gazetteer.country(r.country)!.name;
      const short = r.name.replace(/\s+(?:State|Province|Region|Territory|Department)$/i, '');
      const texts: [string, string][] = [
        [`Gunmen kill three in ${country}`, `Gunmen shot dead three people in the ${country} state of ${short} on Monday, police said.`],
        [`Gunmen kill three in ${short}`, `Gunmen shot dead three people in ${short}, ${country}, on Monday, police said.`],
      ];
      if (seat) texts.push([`Gunmen kill three in ${seat.name}`, `Gunmen shot dead three people in ${seat.name}, ${short}, on Monday, police said.`]);
      for (const [title, content] of texts) {
        const got = countriesOf(title, content).join();
        if (got !== r.country) wrong.push(`${content} → ${got || 'none'}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

/** Each conflict country's biggest city and the three countries whose centres lie nearest. */
function scenesAndNeighbours(): { city: GazetteerEntry; neighbours: GazetteerEntry[] }[] {
  const countries = engine.gazetteer.entries.filter((e) => e.kind === 'country' && e.population > 1_000_000);
  return [...CONFLICT_COUNTRIES].map((code) => {
    const city = cities.filter((c) => c.country === code).sort((a, b) => b.population - a.population)[0]!;
    const self = countries.find((c) => c.country === code)!;
    const neighbours = countries
      .filter((c) => c.country !== code)
      .sort((a, b) => Math.hypot(a.lat - self.lat, a.lon - self.lon) - Math.hypot(b.lat - self.lat, b.lon - self.lon))
      .slice(0, 3);
    return { city, neighbours };
  });
}

describe('names that are not the scene', () => {
  it('a neighbouring country or a distant capital named for reference is not the attack’s country', () => {
    const wrong: string[] = [];
    for (const { city, neighbours } of scenesAndNeighbours()) {
      for (const n of neighbours) {
        const capital = engine.gazetteer.entries.find((e) => e.kind === 'city' && e.country === n.country && e.featureCode === 'PPLC');
        const texts = [
          `Gunmen killed five villagers in ${city.name}, near the border with ${n.name}, on Sunday, officials said.`,
          `Gunmen killed five villagers on Sunday in ${city.name}, close to the ${n.name} border, officials said.`,
          ...(capital ? [`A drone struck a market in ${city.name}, about 130 km from ${capital.name}, killing four people.`] : []),
        ];
        for (const content of texts) {
          const got = countriesOf(`Attack kills villagers in ${city.name}`, content).join();
          if (got !== city.country) wrong.push(`${content} → ${got || 'none'}`);
        }
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('a person named like a country is not the attack’s country', () => {
    // Every country with a one-word name, the small island states too ("Tonga", "Palau" are surnames).
    const named = engine.gazetteer.entries.filter((e) => e.kind === 'country' && /^[A-Z][a-z]+$/.test(e.name));
    expect(named.length).toBeGreaterThan(150);
    const wrong: string[] = [];
    for (const { city } of scenesAndNeighbours()) {
      for (const n of named) {
        if (n.country === city.country) continue;
        const texts = [
          `A roadside bomb killed three soldiers in ${city.name} on Monday, spokesman Ahmed ${n.name} told reporters.`,
          `A roadside bomb killed three soldiers in ${city.name} on Monday, ${n.name} Okafor, a police spokesman, said.`,
          `A roadside bomb killed three soldiers in ${city.name} on Monday, according to Mr ${n.name}, the local police chief.`,
        ];
        for (const content of texts) {
          const got = countriesOf(`Bomb kills three soldiers in ${city.name}`, content).join();
          if (got !== city.country) wrong.push(`${content} → ${got || 'none'}`);
        }
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('a soldier’s home town and state, after the age or the name, are not the attack’s country', () => {
    const states = engine.gazetteer.entries.filter((e) => e.kind === 'region' && e.country === 'US' && e.id.startsWith('admin1:'));
    const wrong: string[] = [];
    for (const s of states) {
      const seat = engine.gazetteer.entries.find((c) => c.kind === 'city' && c.admin1 === s.id && c.featureCode === 'PPLA');
      if (!seat) continue;
      const short = s.name.replace(/\s+State$/, '');
      for (const content of [
        `A drone struck a base in western Iraq on Sunday, killing two soldiers. Spc. Jane Roe, 24, of ${seat.name}, ${short}, was one of them.`,
        `A drone struck a base in western Iraq on Sunday, killing two soldiers, among them Sgt. John Doe, of ${seat.name}, ${short}.`,
      ]) {
        const got = countriesOf('Drone attack kills two US soldiers in Iraq', content).join();
        if (got !== 'IQ') wrong.push(`${content} → ${got || 'none'}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('a unit’s home state is not the attack’s country', () => {
    const states = engine.gazetteer.entries.filter((e) => e.kind === 'region' && e.country === 'US' && e.id.startsWith('admin1:'));
    expect(states.length).toBeGreaterThan(49);
    const wrong: string[] = [];
    for (const s of states) {
      const short = s.name.replace(/\s+State$/, '');
      for (const [scene, code] of [
        ['Baghdad', 'IQ'],
        ['Kabul', 'AF'],
      ] as const) {
        const content = `Two soldiers of the ${short} National Guard were killed when a drone struck their base near ${scene} on Sunday, the Pentagon said.`;
        const got = countriesOf(`Drone attack kills two US soldiers near ${scene}`, content).join();
        if (got !== code) wrong.push(`${content} → ${got || 'none'}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});
