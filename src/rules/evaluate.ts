import type { Extraction } from '../extract/analysis.js';
import { distanceKm } from '../extract/gazetteer/distance.js';
import type { Token } from '../extract/normalize.js';
import { severityRank } from '../vocabulary.js';
import { type CompiledRule, gridCell, type RuleSet } from './compile.js';
import type { RuleResolver } from './resolver.js';

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
}

function documentFeatures(set: RuleSet, input: MatchInput, resolver: RuleResolver): DocumentFeatures {
  const places = new Map<string, string>();
  for (const p of input.extraction.places) {
    places.set(p.id, p.name);
    const admin1 = resolver.placeById(p.id)?.admin1;
    if (admin1 && !places.has(admin1)) places.set(admin1, p.name);
    if (!places.has(`country:${p.country}`)) places.set(`country:${p.country}`, p.name);
  }
  for (const c of input.extraction.countries) if (!places.has(`country:${c}`)) places.set(`country:${c}`, c);
  const keywords = new Set<string>();
  for (const m of set.keywords.match(input.tokens)) for (const k of m.values) keywords.add(k);
  return { extraction: input.extraction, places, keywords };
}

/** Evaluates one rule fully; returns the reasons it matches, or null. */
function evaluate(rule: CompiledRule, doc: DocumentFeatures): string[] | null {
  const x = doc.extraction;
  const reasons: string[] = [];
  if (rule.rule.attacksOnly && !x.isAttack) return null;
  if (severityRank(x.severity) < severityRank(rule.minSeverity)) return null;
  if (rule.attackTypes) {
    const hit = x.attackTypes.filter((t) => rule.attackTypes!.has(t));
    if (hit.length === 0) return null;
    reasons.push(`attack type ${hit.join(', ')}`);
  }
  if (rule.countries) {
    const hit = x.countries.filter((c) => rule.countries!.has(c));
    if (hit.length === 0) return null;
    reasons.push(`country ${hit.join(', ')}`);
  }
  if (rule.places) {
    const hit = [...rule.places].filter(([id]) => doc.places.has(id));
    if (hit.length === 0) return null;
    reasons.push(
      `place ${[...new Set(hit.map(([id, ruleName]) => (doc.places.get(id) === ruleName ? ruleName : `${doc.places.get(id)} (${ruleName})`)))].join(', ')}`,
    );
  }
  if (rule.near) {
    let best: { place: string; area: string; km: number } | undefined;
    for (const area of rule.near) {
      for (const p of x.places) {
        if (p.kind === 'country') continue;
        const km = distanceKm(area, p);
        if (km <= area.km && (!best || km < best.km)) best = { place: p.name, area: area.label, km };
      }
    }
    if (!best) return null;
    reasons.push(`${best.place} is ${Math.round(best.km)} km from ${best.area}`);
  }
  if (rule.actors) {
    const hit = x.actors.filter((a) => a.role !== 'denied' && rule.actors!.has(a.id));
    if (hit.length === 0) return null;
    reasons.push(`actor ${hit.map((a) => (a.role === 'perpetrator' ? a.name : `${a.name} (${a.role})`)).join(', ')}`);
  }
  if (rule.targets) {
    const hit = x.targets.filter((t) => rule.targets!.has(t));
    if (hit.length === 0) return null;
    reasons.push(`target ${hit.join(', ')}`);
  }
  if (rule.keywordsAny.length) {
    const hit = rule.keywordsAny.filter((k) => doc.keywords.has(k));
    if (hit.length === 0) return null;
    reasons.push(`keyword ${hit.map((k) => `"${k}"`).join(', ')}`);
  }
  if (rule.keywordsAll.length) {
    if (!rule.keywordsAll.every((k) => doc.keywords.has(k))) return null;
    reasons.push(`keywords ${rule.keywordsAll.map((k) => `"${k}"`).join(' and ')}`);
  }
  if (rule.keywordsNone.some((k) => doc.keywords.has(k))) return null;
  if (reasons.length === 0) reasons.push(x.isAttack ? 'any attack' : 'any report');
  return reasons;
}

/**
 * The rules a document matches, each with its reasons. Only rules filed under one of the
 * document's features (and the few unindexed ones) are evaluated.
 */
export function matchRules(set: RuleSet, input: MatchInput, resolver: RuleResolver): RuleMatchResult[] {
  const doc = documentFeatures(set, input, resolver);
  const x = input.extraction;
  const candidates = new Set<CompiledRule>(set.unindexed);
  const features = [
    ...[...doc.places.keys()].map((id) => `place:${id}`),
    ...x.actors.map((a) => `actor:${a.id}`),
    ...x.places.filter((p) => p.kind !== 'country').map((p) => `cell:${gridCell(p)}`),
    ...x.countries.map((c) => `country:${c}`),
    ...x.targets.map((t) => `target:${t}`),
    ...x.attackTypes.map((t) => `type:${t}`),
    ...[...doc.keywords].map((k) => `kw:${k}`),
  ];
  for (const f of features) for (const r of set.index.get(f) ?? []) candidates.add(r);
  const out: RuleMatchResult[] = [];
  // Evaluate in rule order so results are deterministic.
  for (const rule of [...candidates].sort((a, b) => set.order.get(a)! - set.order.get(b)!)) {
    const reasons = evaluate(rule, doc);
    if (reasons) out.push({ rule, reasons });
  }
  return out;
}
