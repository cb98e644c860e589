import type { Extraction } from '../extract/analysis.js';
import { commonName } from '../extract/gazetteer/display-name.js';
import { distanceKm } from '../extract/gazetteer/distance.js';
import type { Token } from '../extract/normalize.js';
import { isSite, severityRank } from '../vocabulary.js';
import { type CompiledRule, gridCell, type NearArea, type RuleSet } from './compile.js';
import type { PlaceRef, RuleResolver } from './resolver.js';

export interface RuleMatchResult {
  rule: CompiledRule;
  /** Why it matched, in words: "attack type drone", "place Erbil", "within 100 km of Erbil". */
  reasons: string[];
}

export interface MatchInput {
  extraction: Extraction;
  tokens: readonly Pick<Token, 'norm'>[];
}

interface DocumentFeatures {
  extraction: Extraction;
  /** Place ids of the document and of the regions and countries containing them → the place's name. */
  places: Map<string, string>;
  keywords: Set<string>;
  /**
   * The places a distance is measured from: the document's places less countries, and less any
   * region in which it also names a town or base. "Malam Fatori, Borno State" is 200 km from
   * Maiduguri, though the state's centre is Maiduguri itself; a region counts only when nothing
   * inside it is named.
   */
  scenes: Extraction['places'];
  /** Each region among the scenes: a first-level "province", or a "district" inside one. */
  regionLevels: Map<string, 'province' | 'district'>;
}

/** The places a distance is measured from, and the level of each region among them (see DocumentFeatures). */
function sceneFeatures(extraction: Extraction, regionOf: (placeId: string) => string | null | undefined): Pick<DocumentFeatures, 'scenes' | 'regionLevels'> {
  const named = extraction.places.filter((p) => p.kind === 'city' || isSite(p));
  const regionsWithin = new Set(named.map((p) => regionOf(p.id)).filter((id): id is string => Boolean(id)));
  const scenes = extraction.places.filter((p) => p.kind !== 'country' && !(p.kind === 'region' && regionsWithin.has(p.id)));
  const regionLevels = new Map(scenes.filter((p) => p.kind === 'region').map((p) => [p.id, regionOf(p.id) ? ('district' as const) : ('province' as const)]));
  return { scenes, regionLevels };
}

function documentFeatures(set: RuleSet, input: MatchInput, resolver: RuleResolver): DocumentFeatures {
  const places = new Map<string, string>();
  // Each place's region, looked up once: the gazetteer decodes the place's fields for every look-up.
  const regionOf = new Map<string, string | null | undefined>();
  for (const p of input.extraction.places) {
    places.set(p.id, p.name);
    const admin1 = resolver.placeById(p.id)?.admin1;
    regionOf.set(p.id, admin1);
    if (admin1 && !places.has(admin1)) places.set(admin1, p.name);
    if (!places.has(`country:${p.country}`)) places.set(`country:${p.country}`, p.name);
  }
  for (const c of input.extraction.countries) if (!places.has(`country:${c}`)) places.set(`country:${c}`, c);
  const keywords = new Set<string>();
  for (const m of set.keywords.match(set.keywordForms.read(input.tokens))) for (const k of m.values) keywords.add(k);
  return { extraction: input.extraction, places, keywords, ...sceneFeatures(input.extraction, (id) => regionOf.get(id)) };
}

/** A rule's verdict on a document, in words: why it matched, or the first condition that failed. */
export type Verdict = { matched: true; reasons: string[] } | { matched: false; reason: string };

const found = (items: readonly string[]) => (items.length ? `found ${items.join(', ')}` : 'found none');

/** Evaluates one rule fully, condition by condition. */
function evaluate(rule: CompiledRule, doc: DocumentFeatures): Verdict {
  const x = doc.extraction;
  const reasons: string[] = [];
  const no = (reason: string): Verdict => ({ matched: false, reason });
  if (rule.rule.attacksOnly && !x.isAttack) return no('not an attack report (the rule only considers attacks)');
  if (severityRank(x.severity) < severityRank(rule.minSeverity)) return no(`severity ${x.severity} is below the rule's ${rule.minSeverity}`);
  if (rule.attackTypes) {
    const hit = x.attackTypes.filter((t) => rule.attackTypes!.has(t));
    if (hit.length === 0) return no(`attack type is not ${[...rule.attackTypes].join(' or ')} (${found(x.attackTypes)})`);
    reasons.push(`attack type ${hit.join(', ')}`);
  }
  if (rule.countries) {
    const hit = x.countries.filter((c) => rule.countries!.has(c));
    if (hit.length === 0) return no(`country is not ${[...rule.countries].join(' or ')} (${found(x.countries)})`);
    reasons.push(`country ${hit.join(', ')}`);
  }
  if (rule.places) {
    const hit = [...rule.places].filter(([id]) => doc.places.has(id));
    if (hit.length === 0) return no(`no place in ${[...new Set(rule.places.values())].join(', ')} (${found(x.places.map((p) => p.name))})`);
    reasons.push(
      `place ${[...new Set(hit.map(([id, ruleName]) => (doc.places.get(id) === ruleName ? ruleName : `${doc.places.get(id)} (${ruleName})`)))].join(', ')}`,
    );
  }
  if (rule.near) {
    const near = nearVerdict(rule.near, doc);
    if (!near.matched) return near;
    reasons.push(...near.reasons);
  }
  if (rule.actors) {
    const hit = x.actors.filter((a) => a.role !== 'denied' && rule.actors!.has(a.id));
    if (hit.length === 0) return no(`actor is not ${[...rule.actors.values()].join(' or ')} (${found(x.actors.map((a) => a.name))})`);
    reasons.push(`actor ${hit.map((a) => (a.role === 'perpetrator' ? a.name : `${a.name} (${a.role})`)).join(', ')}`);
  }
  if (rule.targets) {
    const hit = x.targets.filter((t) => rule.targets!.has(t));
    if (hit.length === 0) return no(`target is not ${[...rule.targets].join(' or ')} (${found(x.targets)})`);
    reasons.push(`target ${hit.join(', ')}`);
  }
  const quoted = (ks: readonly string[]) => ks.map((k) => `"${rule.keywordsWritten.get(k) ?? k}"`);
  if (rule.keywordsAny.length) {
    const hit = rule.keywordsAny.filter((k) => doc.keywords.has(k));
    if (hit.length === 0) return no(`none of the keywords ${quoted(rule.keywordsAny).join(', ')}`);
    reasons.push(`keyword ${quoted(hit).join(', ')}`);
  }
  if (rule.keywordsAll.length) {
    const missing = rule.keywordsAll.filter((k) => !doc.keywords.has(k));
    if (missing.length) return no(`missing the keyword${missing.length > 1 ? 's' : ''} ${quoted(missing).join(' and ')}`);
    reasons.push(`keywords ${quoted(rule.keywordsAll).join(' and ')}`);
  }
  const excluded = rule.keywordsNone.filter((k) => doc.keywords.has(k));
  if (excluded.length) return no(`has the excluded keyword${excluded.length > 1 ? 's' : ''} ${quoted(excluded).join(', ')}`);
  if (reasons.length === 0) reasons.push(x.isAttack ? 'any attack' : 'any report');
  return { matched: true, reasons };
}

/**
 * Whether a document lies within any of the circles, in words. A region named alone is somewhere
 * inside it, not at its centre: not known to be within any distance, it counts only when the
 * circle's place lies in it.
 */
function nearVerdict(circles: readonly NearArea[], doc: Pick<DocumentFeatures, 'scenes' | 'regionLevels'>): Verdict {
  let best: { place: string; area: string; km: number; within: boolean; same: boolean } | undefined;
  let region: { scene: string; level: string; area: string; isArea: boolean } | undefined;
  for (const area of circles) {
    for (const p of doc.scenes) {
      if (p.kind === 'region') {
        if (!region && (p.id === area.placeId || p.id === area.admin1))
          region = { scene: p.name, level: doc.regionLevels.get(p.id)!, area: area.label, isArea: p.id === area.placeId };
        continue;
      }
      const km = distanceKm(area, p);
      const within = km <= area.km;
      if (!best || (within && !best.within) || (within === best.within && km < best.km))
        best = { place: p.name, area: area.label, km, within, same: p.id === area.placeId };
    }
  }
  const areas = circles.map((a) => `${a.km} km of ${a.label}`).join(' or ');
  if (best?.within) {
    // The circle's own place is "in Basra", not "Basrah is 0 km from Basra".
    return { matched: true, reasons: [best.same ? `in ${best.area}` : `${best.place} is ${Math.round(best.km)} km from ${best.area}`] };
  }
  if (region) {
    const where = region.isArea ? `in ${region.scene}` : `somewhere in ${region.scene}, which contains ${region.area}`;
    return { matched: true, reasons: [`${where} (the report names no place more precise than the ${region.level})`] };
  }
  if (best) return { matched: false, reason: `no place within ${areas} (closest: ${best.place}, ${Math.round(best.km)} km from ${best.area})` };
  const other = doc.scenes.find((p) => p.kind === 'region');
  const centres = [...new Set(circles.map((a) => a.label))].join(' or ');
  return {
    matched: false,
    reason: `no place within ${areas} (${other ? `found only ${other.name}, a ${doc.regionLevels.get(other.id)} that does not contain ${centres}` : 'found no place'})`,
  };
}

/**
 * Whether a document lies within `km` of a place, as a rule's `near` circle around it decides
 * (`/lookup place: radius_km:`): the reason in words, or null.
 */
export function nearPlace(place: PlaceRef, km: number, extraction: Extraction, resolver: RuleResolver): string | null {
  const circle: NearArea = { label: commonName(place.name), lat: place.lat, lon: place.lon, km, placeId: place.id, admin1: place.admin1 };
  const verdict = nearVerdict(
    [circle],
    sceneFeatures(extraction, (id) => resolver.placeById(id)?.admin1),
  );
  return verdict.matched ? verdict.reasons.join('; ') : null;
}

/** Every rule's verdict on a document, in rule order: `analyze --explain` and `/rule test`. */
export function explainRules(set: RuleSet, input: MatchInput, resolver: RuleResolver): { rule: CompiledRule; verdict: Verdict }[] {
  const doc = documentFeatures(set, input, resolver);
  return set.rules.map((rule) => ({ rule, verdict: evaluate(rule, doc) }));
}

/**
 * The rules a document matches, each with its reasons. Only rules filed under one of the
 * document's features (and the few unindexed ones) are evaluated.
 */
export function matchRules(set: RuleSet, input: MatchInput, resolver: RuleResolver): RuleMatchResult[] {
  const doc = documentFeatures(set, input, resolver);
  const x = input.extraction;
  const candidates = new Set<CompiledRule>(set.unindexed);
  // The rules filed under each of the document's features, taken as the features are named: no
  // list of features, nor one per kind of feature spread into it (eight arrays a document).
  const addFiledUnder = (feature: string) => {
    const filed = set.index.get(feature);
    if (filed) for (const r of filed) candidates.add(r);
  };
  for (const id of doc.places.keys()) addFiledUnder(`place:${id}`);
  for (const a of x.actors) addFiledUnder(`actor:${a.id}`);
  for (const p of doc.scenes) addFiledUnder(`cell:${gridCell(p)}`);
  for (const c of x.countries) addFiledUnder(`country:${c}`);
  for (const t of x.targets) addFiledUnder(`target:${t}`);
  for (const t of x.attackTypes) addFiledUnder(`type:${t}`);
  for (const k of doc.keywords) addFiledUnder(`kw:${k}`);
  const out: RuleMatchResult[] = [];
  // Evaluate in rule order so results are deterministic.
  for (const rule of [...candidates].sort((a, b) => set.order.get(a)! - set.order.get(b)!)) {
    const verdict = evaluate(rule, doc);
    if (verdict.matched) out.push({ rule, reasons: verdict.reasons });
  }
  return out;
}
