import { type LoadedConfig, loadConfig } from '../config/load.js';
import type { Rule } from '../config/rule-schema.js';
import { quotedSuggestions } from '../config/suggest.js';
import { countryQualified } from '../config/terms.js';
import { phraseKey } from '../extract/normalize.js';
import { PhraseMatcher } from '../extract/phrase-matcher.js';
import type { AttackType, PlaceKind, Severity, Target } from '../vocabulary.js';
import { KeywordForms } from './keyword-forms.js';
import type { RuleResolver } from './resolver.js';

export interface RuleProblem {
  /** Path inside the rule, e.g. "match.places[1]". */
  path: string;
  message: string;
}

export interface NearArea {
  label: string;
  lat: number;
  lon: number;
  km: number;
  /** The circle's place, and the first-level region it lies in: a report placed only in a region matches when the circle's place lies in it. */
  placeId: string;
  admin1: string | null;
}

/** Index cells are 1° × 1°; a `near` circle covering more than this many is not indexed by cell. */
const MAX_NEAR_CELLS = 400;
const KM_PER_DEGREE = 111.2;

/** The grid cell of a point, as used by the rule index. */
export function gridCell(p: { lat: number; lon: number }): string {
  return `${Math.floor(p.lat)}:${Math.floor(p.lon)}`;
}

/**
 * Every grid cell a set of `near` circles touches (their bounding boxes), or null when they cover
 * too much of the map to be worth indexing.
 */
function nearCells(areas: readonly NearArea[]): string[] | null {
  const cells = new Set<string>();
  for (const a of areas) {
    const dLat = a.km / KM_PER_DEGREE;
    const cos = Math.cos((Math.min(89, Math.abs(a.lat) + dLat) * Math.PI) / 180);
    const dLon = Math.min(180, a.km / (KM_PER_DEGREE * Math.max(cos, 0.01)));
    const lat0 = Math.floor(Math.max(-90, a.lat - dLat));
    const lat1 = Math.floor(Math.min(89.999, a.lat + dLat));
    const lon0 = Math.floor(a.lon - dLon);
    const lon1 = Math.floor(a.lon + dLon);
    if ((lat1 - lat0 + 1) * (lon1 - lon0 + 1) + cells.size > MAX_NEAR_CELLS) return null;
    for (let lat = lat0; lat <= lat1; lat++) {
      // Longitudes wrap at the antimeridian.
      for (let lon = lon0; lon <= lon1; lon++) cells.add(`${lat}:${((((lon + 180) % 360) + 360) % 360) - 180}`);
    }
  }
  return [...cells];
}

/** A rule with every name resolved: what evaluation needs and nothing else. */
export interface CompiledRule {
  key: string;
  rule: Rule;
  guildId: string | null;
  attackTypes: ReadonlySet<AttackType> | null;
  countries: ReadonlySet<string> | null;
  /** Place ids; a region or country id also matches the places inside it. */
  places: ReadonlyMap<string, string> | null;
  near: readonly NearArea[] | null;
  actors: ReadonlyMap<string, string> | null;
  targets: ReadonlySet<Target> | null;
  /** Phrase keys of the keywords, each once: what the text's tokens are matched against. */
  keywordsAny: readonly string[];
  keywordsAll: readonly string[];
  keywordsNone: readonly string[];
  /** Each phrase key as the rule writes it ("哈尔科夫", not the key's "哈 尔 科 夫"), for the reasons readers see. */
  keywordsWritten: ReadonlyMap<string, string>;
  minSeverity: Severity;
}

export interface RuleSource {
  rule: Rule;
  /** Discord server that owns the rule; null for config-file rules. */
  guildId: string | null;
}

export function ruleKey(guildId: string | null, ruleId: string): string {
  return `${guildId ?? '*'}/${ruleId}`;
}

/** Checks every name in a rule against the gazetteer and actor list; problems suggest close matches. */
export function validateRule(rule: Rule, resolver: RuleResolver): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const m = rule.match;
  m.countries?.forEach((code, i) => {
    if (!resolver.countryName(code)) {
      problems.push({ path: `match.countries[${i}]`, message: `unknown country code "${code}"${quotedSuggestions(resolver.countrySuggestions(code))}` });
    }
  });
  m.places?.forEach((name, i) => {
    if (resolver.resolvePlace(name).length === 0) {
      problems.push({ path: `match.places[${i}]`, message: `unknown place "${name}"${quotedSuggestions(resolver.placeSuggestions(name))}` });
    }
  });
  m.near?.forEach((n, i) => {
    const place = primaryPlace(resolver.resolvePlace(n.place));
    if (!place) {
      problems.push({ path: `match.near[${i}].place`, message: `unknown place "${n.place}"${quotedSuggestions(resolver.placeSuggestions(n.place))}` });
    } else if (place.kind === 'country') {
      problems.push({
        path: `match.near[${i}].place`,
        message: `${countryIsNoCentre(n.place)}; to watch the whole country, name it among the countries (${place.country}), or name a town in it`,
      });
    }
  });
  m.actors?.forEach((name, i) => {
    if (!resolver.resolveActor(name)) {
      problems.push({ path: `match.actors[${i}]`, message: `unknown actor "${name}"${quotedSuggestions(resolver.actorSuggestions(name))}` });
    }
  });
  for (const kind of ['any', 'all', 'none'] as const) {
    m.keywords?.[kind].forEach((k, i) => {
      if (!phraseKey(k)) problems.push({ path: `match.keywords.${kind}[${i}]`, message: `keyword "${k}" has no letters or digits` });
    });
  }
  return problems;
}

/**
 * The places a name means: those `candidates` gives for it as written, else, for a name followed
 * by a comma and a country ("Tripoli, Lebanon"), those of that country that bear the name.
 */
export function placesNamed<P extends { country: string }>(input: string, candidates: (name: string) => readonly P[]): P[] {
  const exact = candidates(input);
  if (exact.length > 0) return [...exact];
  const qualified = countryQualified(input);
  return qualified ? candidates(qualified.name).filter((p) => p.country === qualified.country) : [];
}

/**
 * The place a name means where one point is needed (a `near` circle, `/lookup place`): the most
 * important of the places it names exactly (bases first, then by kind) — but a country's name
 * means the country when no place of that country bears it: "Lebanon" is not Lebanon,
 * Pennsylvania, while "Djibouti" and "Kuwait" are the capitals.
 */
export function primaryPlace<P extends { kind: PlaceKind; country: string }>(candidates: readonly P[]): P | undefined {
  const country = candidates.find((p) => p.kind === 'country');
  if (country && !candidates.some((p) => p.kind !== 'country' && p.country === country.country)) return country;
  const order = { base: 0, airport: 0, city: 1, region: 2, country: 3 } as const;
  return [...candidates].sort((a, b) => order[a.kind] - order[b.kind])[0];
}

/** Why a country is no `near` place: a circle needs a point, and a country's centre is none. */
export function countryIsNoCentre(name: string): string {
  return `"${name}" is a country: a distance is measured from a town, base or region`;
}

/** The distinct phrase keys of keywords ("Saldırı" and "saldırı" are one). */
function phraseKeys(keywords: readonly string[] | undefined): string[] {
  return [...new Set((keywords ?? []).map(phraseKey))];
}

/** Each keyword's phrase key → the keyword as first written in the rule. */
function keywordsAsWritten(keywords: Rule['match']['keywords']): Map<string, string> {
  const written = new Map<string, string>();
  for (const k of [...(keywords?.any ?? []), ...(keywords?.all ?? []), ...(keywords?.none ?? [])]) {
    const key = phraseKey(k);
    if (!written.has(key)) written.set(key, k.trim());
  }
  return written;
}

export function compileRule(source: RuleSource, resolver: RuleResolver): CompiledRule {
  const { rule, guildId } = source;
  const m = rule.match;
  const places = m.places ? new Map(m.places.flatMap((name) => resolver.resolvePlace(name).map((p) => [p.id, name] as const))) : null;
  const near = m.near
    ? m.near.flatMap((n) => {
        const p = primaryPlace(resolver.resolvePlace(n.place));
        return p ? [{ label: n.place, lat: p.lat, lon: p.lon, km: n.km, placeId: p.id, admin1: p.admin1 }] : [];
      })
    : null;
  const actors = m.actors
    ? new Map(
        m.actors.flatMap((a) => {
          const r = resolver.resolveActor(a);
          return r ? [[r.id, r.name] as const] : [];
        }),
      )
    : null;
  return {
    key: ruleKey(guildId, rule.id),
    rule,
    guildId,
    attackTypes: m.attackTypes ? new Set(m.attackTypes) : null,
    countries: m.countries ? new Set(m.countries) : null,
    places,
    near,
    actors,
    targets: m.targets ? new Set(m.targets) : null,
    keywordsAny: phraseKeys(m.keywords?.any),
    keywordsAll: phraseKeys(m.keywords?.all),
    keywordsNone: phraseKeys(m.keywords?.none),
    keywordsWritten: keywordsAsWritten(m.keywords),
    minSeverity: rule.minSeverity,
  };
}

/**
 * All rules, compiled once, with an inverted index: each rule is filed under the values of its
 * most selective condition, so a document only evaluates the rules that could match it.
 */
export class RuleSet {
  readonly rules: readonly CompiledRule[];
  readonly byKey: ReadonlyMap<string, CompiledRule>;
  readonly keywords = new PhraseMatcher<string>();
  /** Reads a report's words in the forms of the keywords' words ("drones" as "drone"). */
  readonly keywordForms: KeywordForms;
  /** Index: feature ("place:<id>", "actor:<id>", "cell:36:44", "country:IQ", "target:base", "type:drone", "kw:<phrase>") → rules. */
  readonly index = new Map<string, CompiledRule[]>();
  /** Rules with no indexable condition (nothing, or a `near` wider than the index): always evaluated. */
  readonly unindexed: CompiledRule[] = [];
  /** Position of each rule, to report matches in rule order. */
  readonly order: ReadonlyMap<CompiledRule, number>;

  constructor(rules: readonly CompiledRule[]) {
    this.rules = rules;
    this.byKey = new Map(rules.map((r) => [r.key, r]));
    this.order = new Map(rules.map((r, i) => [r, i]));
    const keywordWords = new Set<string>();
    for (const r of rules) {
      for (const k of [...r.keywordsAny, ...r.keywordsAll, ...r.keywordsNone]) {
        this.keywords.add(k.split(' '), k);
        for (const w of k.split(' ')) keywordWords.add(w);
      }
      const features = RuleSet.indexFeatures(r);
      if (!features) this.unindexed.push(r);
      else for (const f of features) (this.index.get(f) ?? this.index.set(f, []).get(f)!).push(r);
    }
    this.keywordForms = new KeywordForms(keywordWords);
  }

  /** The features of the rule's most selective condition (any of them must be present to match). */
  private static indexFeatures(r: CompiledRule): string[] | null {
    if (r.places?.size) return [...r.places.keys()].map((id) => `place:${id}`);
    if (r.keywordsAll.length) return [`kw:${r.keywordsAll[0]}`];
    if (r.actors?.size) return [...r.actors.keys()].map((id) => `actor:${id}`);
    const cells = r.near ? nearCells(r.near) : null;
    // A report placed only in a region matches through the region, wherever its centre's cell is.
    if (cells) return [...cells.map((c) => `cell:${c}`), ...r.near!.flatMap((a) => [a.placeId, ...(a.admin1 ? [a.admin1] : [])]).map((id) => `place:${id}`)];
    if (r.keywordsAny.length) return r.keywordsAny.map((k) => `kw:${k}`);
    if (r.countries?.size) return [...r.countries].map((c) => `country:${c}`);
    if (r.targets?.size) return [...r.targets].map((t) => `target:${t}`);
    if (r.attackTypes?.size) return [...r.attackTypes].map((t) => `type:${t}`);
    return null;
  }

  static compile(sources: readonly RuleSource[], resolver: RuleResolver): RuleSet {
    return new RuleSet(sources.map((s) => compileRule(s, resolver)));
  }
}

/**
 * The config file with every problem found at once: its shape, and its rules' names (places,
 * actors, countries). Here rather than in app.ts, so that `check-config` and `analyze` need not
 * load the whole app (Discord, maps, the store) to read a config.
 */
export function loadCheckedConfig(file: string, resolver: RuleResolver): LoadedConfig {
  return loadConfig(file, { rule: (rule) => validateRule(rule, resolver) });
}
