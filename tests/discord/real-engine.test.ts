/** The command helpers against the real extraction engine and rules module (no Discord needed). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineLookups, RulesProvider } from '../../src/discord/context.js';
import { buildRule, emptyRuleInput, optionName, resolvePlace } from '../../src/discord/rule-input.js';
import { rulesProviderFor } from '../../src/discord/rules-adapter.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';

let engine: ExtractionEngine;
let rules: RulesProvider;
const input = emptyRuleInput('r');

beforeAll(() => {
  engine = ExtractionEngine.load();
  rules = rulesProviderFor({ configRules: () => [], resolver: engineResolver(engine) });
}, 60_000);

describe('with the real engine', () => {
  it('the engine fits the lookups the commands use', () => {
    const lookups: EngineLookups = engine;
    expect(resolvePlace(lookups, 'Erbil')?.country).toBe('IQ');
    expect(lookups.actors.lookup('ISIS')?.id).toBeTruthy();
  });

  it('/lookup takes a typed place as a near rule does: the town named, not a base whose name starts so', () => {
    // "Basra" is an alias of the city Basrah; Basra Air Base only starts with it.
    expect(resolvePlace(engine, 'Basra')).toMatchObject({ name: 'Basrah', kind: 'city', country: 'IQ' });
    expect(resolvePlace(engine, 'Mosul')).toMatchObject({ name: 'Mosul', kind: 'city' });
    // A beginning of names is no place ("Bas" was Agadez Air Base 201, in Niger).
    expect(resolvePlace(engine, 'Bas')).toBeNull();
    // An autocompleted choice carries the place's id: two towns of one name stay apart.
    const base = engine.gazetteer.search('Basra Air Base', 1)[0]!;
    expect(resolvePlace(engine, base.id)).toMatchObject({ id: base.id, kind: 'base' });
  });

  it('validates a rule typed in Discord and suggests close names', () => {
    const built = buildRule({ ...input, places: ['Erbill'], actors: ['islamic stat'], near: ['Ain al-Asad'], radiusKm: 80 });
    expect('rule' in built).toBe(true);
    if (!('rule' in built)) return;
    const problems = rules.validate(built.rule).map((p) => `${optionName(p.path)}: ${p.message}`);
    expect(problems.find((p) => p.startsWith('places:'))).toMatch(/Erbil/);
    expect(problems.find((p) => p.startsWith('actors:'))).toBeTruthy();
    expect(problems.some((p) => p.startsWith('near:'))).toBe(false);
  });

  it('a near place that names a country is refused; a capital named like its country is the capital', () => {
    const near = (place: string) => {
      const built = buildRule({ ...input, near: [place] });
      if (!('rule' in built)) throw new Error(JSON.stringify(built));
      return rules.validate(built.rule).map((p) => `${optionName(p.path)}: ${p.message}`);
    };
    expect(near('Iraq')).toEqual([expect.stringMatching(/^near: "Iraq" is a country: a distance is measured from a town, base or region; .*countries.*IQ/)]);
    // Towns of the name lie in another country (the United States): the name means the country.
    expect(near('Lebanon:50')).toEqual([expect.stringMatching(/^near: "Lebanon" is a country/)]);
    // The capital bears the country's name: a circle around it is meant.
    expect(near('Djibouti:30')).toEqual([]);
    expect(resolvePlace(engine, 'Djibouti')).toMatchObject({ kind: 'city', country: 'DJ' });
    expect(resolvePlace(engine, 'Lebanon')).toMatchObject({ kind: 'country', country: 'LB' });
  });

  it('suggests the actor closest to a misspelt name first, and describes a rule by names', () => {
    const resolver = engineResolver(engine);
    expect(resolver.actorSuggestions('islamic-stat')[0]).toBe('Islamic State');
    expect(resolver.actorSuggestions('hezbolah')[0]).toBe('Hezbollah');
    const built = buildRule({ ...input, countries: ['IQ'], actors: ['islamic-state'] });
    if (!('rule' in built)) throw new Error(JSON.stringify(built));
    expect(rules.describe(built.rule)).toBe('Alerts on any attack, in Iraq, involving Islamic State; any severity.');
  });

  it('backtests with the real matcher and says why', () => {
    const built = buildRule({ ...input, attackTypes: ['drone'], countries: ['Iraq'] });
    if (!('rule' in built)) throw new Error(JSON.stringify(built));
    const title = 'Drone attack on US base at Erbil airport in Iraq, no casualties';
    const extraction = engine.extract(prepareDocument({ title, content: '' }));
    const reasons = rules.matcher(built.rule)({
      id: 'd',
      feedId: 'f',
      title,
      content: '',
      link: null,
      published: new Date().toISOString(),
      incidentId: null,
      extraction,
    });
    expect(reasons?.join('; ')).toMatch(/drone/);
    expect(rules.describe(built.rule)).toBeTruthy();
  });
});
