import { describe, expect, it } from 'vitest';
import { RuleSchema } from '../../src/config/rule-schema.js';
import { type Extraction, noHeadline } from '../../src/extract/analysis.js';
import { phraseKey, tokenize } from '../../src/extract/normalize.js';
import { RuleSet, validateRule } from '../../src/rules/compile.js';
import { describeRule } from '../../src/rules/describe.js';
import { explainRules, matchRules } from '../../src/rules/evaluate.js';
import type { PlaceRef, RuleResolver } from '../../src/rules/resolver.js';

// A small gazetteer and actor list standing in for the engine's (the real one is tested with the engine).
const PLACES: PlaceRef[] = [
  { id: 'city:erbil', name: 'Erbil', kind: 'city', country: 'IQ', lat: 36.19, lon: 44.01, admin1: 'region:erbil' },
  { id: 'region:erbil', name: 'Erbil Governorate', kind: 'region', country: 'IQ', lat: 36.2, lon: 44.3, admin1: null },
  { id: 'base:harir', name: 'al-Harir Air Base', kind: 'base', country: 'IQ', lat: 36.54, lon: 44.35, admin1: 'region:erbil' },
  { id: 'base:asad', name: 'Ain al-Asad Air Base', kind: 'base', country: 'IQ', lat: 33.8, lon: 42.44, admin1: 'region:anbar' },
  { id: 'region:anbar', name: 'Anbar', kind: 'region', country: 'IQ', lat: 33.4, lon: 42.0, admin1: null },
  { id: 'city:mosul', name: 'Mosul', kind: 'city', country: 'IQ', lat: 36.34, lon: 43.13, admin1: null },
];
const ALIASES: Record<string, string[]> = {
  erbil: ['city:erbil', 'region:erbil'],
  arbil: ['city:erbil', 'region:erbil'],
  anbar: ['region:anbar'],
  'ain al asad': ['base:asad'],
  mosul: ['city:mosul'],
};
const ACTORS: Record<string, { id: string; name: string }> = {
  isis: { id: 'islamic-state', name: 'Islamic State' },
  'islamic state': { id: 'islamic-state', name: 'Islamic State' },
  'kataib hezbollah': { id: 'kataib-hezbollah', name: 'Kataib Hezbollah' },
};
const resolver: RuleResolver = {
  resolvePlace: (n) => (ALIASES[phraseKey(n)] ?? []).map((id) => PLACES.find((p) => p.id === id)!),
  placeById: (id) => PLACES.find((p) => p.id === id),
  placeSuggestions: (n) => (phraseKey(n).startsWith('erb') ? ['Erbil'] : []),
  resolveActor: (n) => ACTORS[phraseKey(n)] ?? Object.values(ACTORS).find((a) => a.id === n),
  actorSuggestions: () => ['Islamic State'],
  countryName: (c) => (({ IQ: 'Iraq', SY: 'Syria' }) as Record<string, string>)[c],
  countrySuggestions: () => ['IQ (Iraq)'],
};

const place = (id: string) => {
  const { admin1: _admin1, ...p } = PLACES.find((x) => x.id === id)!;
  return p;
};
function extraction(over: Partial<Extraction>): Extraction {
  return {
    isAttack: true,
    attackTypes: ['drone'],
    places: [place('base:harir')],
    countries: ['IQ'],
    actors: [],
    casualties: { killed: 0, injured: 0 },
    targets: ['base'],
    severity: 'medium',
    headline: noHeadline(),
    ...over,
  };
}
const rule = (r: unknown) => RuleSchema.parse(r);
const setOf = (...rules: unknown[]) =>
  RuleSet.compile(
    rules.map((r) => ({ rule: rule(r), guildId: null })),
    resolver,
  );
const matchIds = (set: RuleSet, x: Extraction, text = '') => matchRules(set, { extraction: x, tokens: tokenize(text) }, resolver).map((m) => m.rule.rule.id);

describe('rule evaluation', () => {
  const set = setOf(
    { id: 'bases-iq', match: { attackTypes: ['drone', 'rocket'], countries: ['IQ'], targets: ['base'] } },
    { id: 'erbil-region', match: { places: ['Erbil'] } },
    { id: 'near-erbil', match: { near: [{ place: 'Erbil', km: 60 }] } },
    { id: 'isis', match: { actors: ['ISIS'] } },
    { id: 'kw', match: { keywords: { any: ['fuel depot'], none: ['exercise'] } } },
    { id: 'severe', match: {}, minSeverity: 'high' },
    { id: 'anbar', match: { places: ['Anbar'] } },
  );

  it('matches every condition that holds and explains why', () => {
    const x = extraction({});
    const res = matchRules(set, { extraction: x, tokens: tokenize('A fire broke out in a fuel depot.') }, resolver);
    expect(res.map((m) => m.rule.rule.id)).toEqual(['bases-iq', 'erbil-region', 'near-erbil', 'kw']);
    expect(res[0]!.reasons).toEqual(['attack type drone', 'country IQ', 'target base']);
    expect(res[1]!.reasons).toEqual(['place al-Harir Air Base (Erbil)']);
    expect(res[2]!.reasons[0]).toMatch(/^al-Harir Air Base is \d+ km from Erbil$/);
    expect(res[3]!.reasons).toEqual(['keyword "fuel depot"']);
  });

  it('says a report in the town a circle is drawn around is in it, not 0 km from it', () => {
    const res = matchRules(set, { extraction: extraction({ places: [place('city:erbil')], targets: [] }), tokens: tokenize('') }, resolver);
    expect(res.find((m) => m.rule.rule.id === 'near-erbil')!.reasons).toEqual(['in Erbil']);
    // Also when the rule spells the town otherwise than the gazetteer ("Basra" for Basrah).
    const alias = setOf({ id: 'near-arbil', match: { near: [{ place: 'Arbil', km: 60 }] } });
    expect(matchRules(alias, { extraction: extraction({ places: [place('city:erbil')] }), tokens: [] }, resolver)[0]!.reasons).toEqual(['in Arbil']);
  });

  it('needs every given key to hold', () => {
    expect(matchIds(set, extraction({ attackTypes: ['ied'] }))).not.toContain('bases-iq');
    expect(matchIds(set, extraction({ countries: ['SY'] }))).not.toContain('bases-iq');
    expect(matchIds(set, extraction({ places: [place('city:mosul')] }))).toEqual(['bases-iq']);
    expect(matchIds(set, extraction({}), 'fuel depot during an exercise')).not.toContain('kw');
  });

  it('matches places inside a named region', () => {
    expect(matchIds(set, extraction({ places: [place('base:asad')] }))).toEqual(['bases-iq', 'anbar']);
  });

  it('respects severity, attack-only and actor roles', () => {
    expect(matchIds(set, extraction({ severity: 'high' }))).toContain('severe');
    expect(matchIds(set, extraction({ isAttack: false }))).toEqual([]);
    const claimed = extraction({ actors: [{ id: 'islamic-state', name: 'Islamic State', role: 'claimed' }] });
    expect(matchRules(set, { extraction: claimed, tokens: [] }, resolver).find((m) => m.rule.rule.id === 'isis')?.reasons).toEqual([
      'actor Islamic State (claimed)',
    ]);
    const denied = extraction({ actors: [{ id: 'islamic-state', name: 'Islamic State', role: 'denied' }] });
    expect(matchIds(set, denied)).not.toContain('isis');
  });

  it('a keyword watch (attacksOnly: false) matches a report that is not an attack; attack rules do not', () => {
    const watch = setOf(
      { id: 'watch', attacksOnly: false, match: { keywords: { any: ['fuel depot'] } } },
      { id: 'kw', match: { keywords: { any: ['fuel depot'] } } },
    );
    const report = extraction({ isAttack: false, attackTypes: [], places: [], countries: [], severity: 'low' });
    const res = matchRules(watch, { extraction: report, tokens: tokenize('Ministers visit the new fuel depot') }, resolver);
    expect(res.map((m) => [m.rule.rule.id, m.reasons])).toEqual([['watch', ['keyword "fuel depot"']]]);
    expect(matchIds(watch, report, 'Ministers visit the harbour')).toEqual([]);
  });

  it('says which keyword matched as the rule writes it, in any script, each once', () => {
    const watch = setOf(
      { id: 'zh', attacksOnly: false, match: { keywords: { any: ['哈尔科夫'] } } },
      { id: 'ja', attacksOnly: false, match: { keywords: { all: ['ドローン攻撃'] } } },
      { id: 'tr', attacksOnly: false, match: { keywords: { any: ['Saldırı', 'saldırı'] } } },
      { id: 'de', attacksOnly: false, match: { keywords: { any: ['Anschlag'] }, countries: ['SY'] } },
      { id: 'fr', attacksOnly: false, match: { keywords: { any: ['attentat'], none: ['Exercice'] } } },
    );
    const report = extraction({ isAttack: false, attackTypes: [], places: [], countries: [], severity: 'low' });
    const text = '哈尔科夫遭到无人机袭击。ロシア軍のドローン攻撃。Terör SALDIRISI değil, saldırı. ANSCHLAG. Attentat pendant un exercice.';
    const verdicts = explainRules(watch, { extraction: report, tokens: tokenize(text) }, resolver);
    expect(Object.fromEntries(verdicts.map((v) => [v.rule.rule.id, v.verdict.matched ? v.verdict.reasons : v.verdict.reason]))).toEqual({
      zh: ['keyword "哈尔科夫"'],
      ja: ['keywords "ドローン攻撃"'],
      tr: ['keyword "Saldırı"'],
      de: 'country is not SY (found none)',
      fr: 'has the excluded keyword "Exercice"',
    });
    const nothing = explainRules(watch, { extraction: report, tokens: tokenize('Nothing here.') }, resolver);
    expect(nothing.map((v) => (v.verdict.matched ? '' : v.verdict.reason))).toEqual([
      'none of the keywords "哈尔科夫"',
      'missing the keyword "ドローン攻撃"',
      'none of the keywords "Saldırı"',
      'country is not SY (found none)',
      'none of the keywords "attentat"',
    ]);
  });

  it('reads a keyword in its plural, possessive and case forms, in several languages, and not in other words', () => {
    const watch = setOf(
      { id: 'drone', attacksOnly: false, match: { keywords: ['drone'] } },
      { id: 'drohne', attacksOnly: false, match: { keywords: ['Drohne'] } },
      { id: 'kharkiv', attacksOnly: false, match: { keywords: ['Kharkiv', 'Charkiw', 'Харків'] } },
      { id: 'odesa', attacksOnly: false, match: { keywords: ['Одеса'] } },
      { id: 'phrase', attacksOnly: false, match: { keywords: { all: ['drone strike'] } } },
      { id: 'ied', attacksOnly: false, match: { keywords: ['IED'] } },
      { id: 'hama', attacksOnly: false, match: { keywords: ['Hama'] } },
      { id: 'arm', attacksOnly: false, match: { keywords: ['arm'] } },
      { id: 'attack', attacksOnly: false, match: { keywords: { any: ['attack'], none: ['exercise'] } } },
    );
    const report = extraction({ isAttack: false, attackTypes: [], places: [], countries: [], severity: 'low' });
    const ids = (text: string) => matchIds(watch, report, text);
    expect(ids('Two drones were shot down over the bay')).toEqual(['drone']);
    expect(ids('Drohnen über dem Hafen gesichtet')).toEqual(['drohne']);
    expect(ids("The mayor of Kharkiv's eastern district spoke")).toEqual(['kharkiv']);
    expect(ids('Charkiws Bürgermeister sprach am Abend')).toEqual(['kharkiv']);
    expect(ids('У Харкові вимкнули світло')).toEqual(['kharkiv']);
    expect(ids('Потяг із Харкова запізнився')).toEqual(['kharkiv']);
    expect(ids('Концерт в Одесі скасували')).toEqual(['odesa']);
    expect(ids('More drone strikes were reported')).toEqual(['drone', 'phrase']);
    expect(ids('Drones strike the depot')).toEqual(['drone', 'phrase']);
    expect(ids('Two IEDs found beside the road')).toEqual(['ied']);
    // Other words that only look like a form of a keyword.
    expect(ids('Hamas fighters and the army met')).toEqual([]);
    expect(ids('The attack was planned')).toEqual(['attack']);
    expect(ids('The attacked town was quiet')).toEqual([]);
    expect(ids('The attacks were staged for the exercises')).toEqual([]);
    const [verdict] = explainRules(watch, { extraction: report, tokens: tokenize('Drones were seen') }, resolver);
    expect(verdict!.verdict).toEqual({ matched: true, reasons: ['keyword "drone"'] });
  });

  it('indexes near rules by the grid cells their circle covers', () => {
    const near = setOf(
      { id: 'near-erbil-60', match: { near: [{ place: 'Erbil', km: 60 }] } },
      { id: 'near-mosul-20', match: { near: [{ place: 'Mosul', km: 20 }] } },
      { id: 'near-erbil-world', match: { near: [{ place: 'Erbil', km: 4000 }] } },
    );
    expect(near.unindexed.map((r) => r.rule.id)).toEqual(['near-erbil-world']);
    // al-Harir (36.54, 44.35) lies in another 1° cell than Erbil's centre is near the edge of.
    expect(matchIds(near, extraction({}))).toEqual(['near-erbil-60', 'near-erbil-world']);
    // Mosul is about 80 km from Erbil.
    expect(matchIds(near, extraction({ places: [place('city:mosul')] }))).toEqual(['near-mosul-20', 'near-erbil-world']);
    expect(matchIds(near, extraction({ places: [place('base:asad')] }))).toEqual(['near-erbil-world']);
  });

  it('measures a distance from the named town or base, not from the centre of the region it lies in', () => {
    const near = setOf({ id: 'near-anbar-centre', match: { near: [{ place: 'Anbar', km: 30 }] } });
    // Ain al-Asad is about 60 km from the region's centre: naming its region too does not bring it closer.
    const baseInRegion = extraction({ places: [place('base:asad'), place('region:anbar')] });
    expect(matchIds(near, baseInRegion)).toEqual([]);
    expect(explainRules(near, { extraction: baseInRegion, tokens: [] }, resolver)[0]!.verdict).toEqual({
      matched: false,
      reason: 'no place within 30 km of Anbar (closest: Ain al-Asad Air Base, 60 km from Anbar)',
    });
    // A region named alone, or beside a town elsewhere, still counts as the scene.
    expect(matchIds(near, extraction({ places: [place('region:anbar')] }))).toEqual(['near-anbar-centre']);
    expect(matchIds(near, extraction({ places: [place('city:mosul'), place('region:anbar')] }))).toEqual(['near-anbar-centre']);
  });

  it('matches a report placed only in a region when the circle is drawn around a place inside it, and says so', () => {
    const provinceOnly = extraction({ places: [place('region:erbil')] });
    const aroundErbil = setOf({ id: 'near-erbil', match: { near: [{ place: 'Erbil', km: 60 }] } });
    expect(matchRules(aroundErbil, { extraction: provinceOnly, tokens: [] }, resolver).map((m) => m.reasons)).toEqual([
      ['somewhere in Erbil Governorate, which contains Erbil (the report names no place more precise than the province)'],
    ]);
    // Mosul is about 100 km from the governorate's centre, but a report placed only somewhere in the
    // governorate is not known to be within 200 km of Mosul.
    const aroundMosul = setOf({ id: 'near-mosul', match: { near: [{ place: 'Mosul', km: 200 }] } });
    expect(matchIds(aroundMosul, provinceOnly)).toEqual([]);
    expect(explainRules(aroundMosul, { extraction: provinceOnly, tokens: [] }, resolver)[0]!.verdict).toEqual({
      matched: false,
      reason: 'no place within 200 km of Mosul (found only Erbil Governorate, a province that does not contain Mosul)',
    });
    // A circle around a base inside a region is found through the region, however far its centre.
    const aroundAsad = setOf({ id: 'near-asad', match: { near: [{ place: 'Ain al-Asad', km: 5 }] } });
    expect(matchIds(aroundAsad, extraction({ places: [place('region:anbar')] }))).toEqual(['near-asad']);
  });

  it('only evaluates rules the index points at, whatever the number of rules', () => {
    const many = setOf(...Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}`, match: { keywords: { all: [`word${i}`] } } })));
    expect(many.unindexed).toHaveLength(0);
    expect(matchIds(many, extraction({}), 'only word1234 here')).toEqual(['r1234']);
  });
});

describe('rule verdicts in words (analyze --explain, /rule test)', () => {
  it('says why each rule matched, or which condition failed and what was found', () => {
    const set = setOf(
      { id: 'drones-iq', match: { attackTypes: ['drone'], countries: ['IQ'] } },
      { id: 'rockets', match: { attackTypes: ['rocket', 'missile'] } },
      { id: 'syria', match: { countries: ['SY'] } },
      { id: 'anbar', match: { places: ['Anbar'] } },
      { id: 'near-mosul', match: { near: [{ place: 'Mosul', km: 50 }] } },
      { id: 'isis', match: { actors: ['ISIS'] } },
      { id: 'shipping', match: { targets: ['shipping'] } },
      { id: 'critical', minSeverity: 'critical' },
      { id: 'kw-any', match: { keywords: { any: ['airport'] } } },
      { id: 'kw-all', match: { keywords: { all: ['drone', 'airport'] } } },
      { id: 'kw-none', match: { keywords: { none: ['drone'] } } },
      { id: 'watch', attacksOnly: false, match: { keywords: { any: ['drone'] } } },
    );
    const verdicts = explainRules(set, { extraction: extraction({}), tokens: tokenize('A drone hit the al-Harir base.') }, resolver);
    expect(
      Object.fromEntries(verdicts.map((v) => [v.rule.rule.id, v.verdict.matched ? `yes: ${v.verdict.reasons.join('; ')}` : `no: ${v.verdict.reason}`])),
    ).toEqual({
      'drones-iq': 'yes: attack type drone; country IQ',
      rockets: 'no: attack type is not rocket or missile (found drone)',
      syria: 'no: country is not SY (found IQ)',
      anbar: 'no: no place in Anbar (found al-Harir Air Base)',
      'near-mosul': 'no: no place within 50 km of Mosul (closest: al-Harir Air Base, 111 km from Mosul)',
      isis: 'no: actor is not Islamic State (found none)',
      shipping: 'no: target is not shipping (found base)',
      critical: "no: severity medium is below the rule's critical",
      'kw-any': 'no: none of the keywords "airport"',
      'kw-all': 'no: missing the keyword "airport"',
      'kw-none': 'no: has the excluded keyword "drone"',
      watch: 'yes: keyword "drone"',
    });
    const report = explainRules(set, { extraction: extraction({ isAttack: false, attackTypes: [] }), tokens: tokenize('Talks on drones.') }, resolver);
    expect(report[0]!.verdict).toEqual({ matched: false, reason: 'not an attack report (the rule only considers attacks)' });
    // The verdicts agree with the matcher the pipeline uses.
    expect(verdicts.filter((v) => v.verdict.matched).map((v) => v.rule.rule.id)).toEqual(matchIds(set, extraction({}), 'A drone hit the al-Harir base.'));
  });
});

describe('rule validation and description', () => {
  it('rejects unknown names with suggestions', () => {
    const problems = validateRule(
      rule({ id: 'x', match: { places: ['Erbill'], actors: ['Daesh2'], countries: ['FR'], near: [{ place: 'Nowhere', km: 5 }] } }),
      resolver,
    );
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'match.countries[0]: unknown country code "FR"; did you mean "IQ (Iraq)"?',
      'match.places[0]: unknown place "Erbill"; did you mean "Erbil"?',
      'match.near[0].place: unknown place "Nowhere"',
      'match.actors[0]: unknown actor "Daesh2"; did you mean "Islamic State"?',
    ]);
  });

  it('describes a rule in words', () => {
    expect(
      describeRule(
        rule({
          id: 'x',
          match: { attackTypes: ['drone', 'suicide_attack'], countries: ['IQ', 'SY'], near: [{ place: 'Erbil', km: 100 }] },
          minSeverity: 'medium',
        }),
      ),
    ).toBe('Alerts on attacks (drone or suicide attack), in IQ or SY, within 100 km of Erbil; severity medium or higher.');
    // With the names known, countries and actors are named, not coded.
    expect(describeRule(rule({ id: 'x', match: { countries: ['IQ', 'SY'], actors: ['islamic-state', 'ISIS'] } }), resolver)).toBe(
      'Alerts on any attack, in Iraq or Syria, involving Islamic State or Islamic State; any severity.',
    );
  });
});
