/**
 * A check generated from the gazetteer itself (issue 11): every city of 100,000 people or more in
 * the countries most affected by conflict is found by its name in a plain attack sentence and put
 * in its own country. Homonyms of bigger cities elsewhere (Tripoli, Hyderabad, Santa Cruz) are
 * the expected exceptions, so the check is a rate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

const CONFLICT_COUNTRIES = new Set(
  'IQ SY YE AF PK SO NG ML BF NE UA SD SS CD LY MZ ET CM CF TD LB PS IL MM CO MX PH IN KE HT IR TR EG DZ BD TH VE BJ TG RU'.split(' '),
);

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});

const countriesOf = (name: string) =>
  engine.extract(
    prepareDocument({ title: `Bomb kills three in ${name}`, content: `A roadside bomb exploded in ${name} on Monday, killing three people, police said.` }),
  ).countries;

describe('big cities of conflict-affected countries', () => {
  it('are found by name and resolved to their country', () => {
    const cities = engine.gazetteer.entries.filter((e) => e.kind === 'city' && e.population >= 100_000 && CONFLICT_COUNTRIES.has(e.country));
    expect(cities.length).toBeGreaterThan(1_500);
    const wrong = cities.filter((c) => countriesOf(c.name).join() !== c.country).map((c) => `${c.name} (${c.country})`);
    expect(wrong.length / cities.length, wrong.join(', ')).toBeLessThan(0.02);
  });

  it('are found without their Arabic article too', () => {
    const cities = engine.gazetteer.entries.filter(
      (e) => e.kind === 'city' && e.population >= 100_000 && CONFLICT_COUNTRIES.has(e.country) && /^(?:al|an|ar|as|ash|ad|az)[\s-]/i.test(e.name),
    );
    expect(cities.length).toBeGreaterThan(20);
    const wrong = cities.filter((c) => countriesOf(c.name.replace(/^\S+[\s-]+/, '')).join() !== c.country).map((c) => c.name);
    expect(wrong.length / cities.length, wrong.join(', ')).toBeLessThan(0.1);
  });
});
