import type { ResolvedActor } from '../extract/analysis.js';
import type { AttackType } from '../vocabulary.js';
import { compareFingerprints, fingerprintOf, type TextFingerprint, type TextSimilarity } from './fingerprint.js';
import { isScenePlace, nearestPlaces } from './geo.js';
import type { GroupingConfig, Incident, IncomingReport } from './incident.js';

/**
 * Deciding whether a report tells of an incident already known. Two kinds of evidence:
 *
 * 1. The same story: the same article link (tracking parameters and AMP paths aside), a body that
 *    is mostly the same text (syndicated copies, updated articles), or a near-identical title.
 * 2. The same event told differently: compatible attack types, the same or a nearby place, close
 *    publication times and compatible actors and targets, plus some shared vocabulary.
 *
 * Some evidence rules a candidate out outright (published outside the window, places far apart,
 * different countries, unrelated attack types); the rest adds up to a score, and the report joins
 * the best-scoring candidate at or above JOIN_THRESHOLD.
 */

export const JOIN_THRESHOLD = 0.65;

/** Body texts this similar (3-word shingles) are copies of one article. */
const DUPLICATE_BODY = 0.6;
/** Titles this similar are one story, if the bodies do not contradict it. */
const DUPLICATE_TITLE = 0.8;
const TITLE_BODY_FLOOR = 0.2;
/** Without a comparable place, a report joins only on text at least this similar. */
const STRONG_VOCABULARY = 0.35;
const STRONG_TITLE = 0.5;
/** Places further than this many times `distanceKm` apart rule a candidate out. */
const FAR_FACTOR = 3;

/**
 * Attack types that outlets confuse for one event: a "rocket" in one report is a "missile" or a
 * "mortar" in another, a "drone strike" an "airstrike", a suicide car bomb a "car bomb".
 */
const RELATED_TYPES: ReadonlyArray<readonly [AttackType, AttackType]> = [
  ['rocket', 'missile'],
  ['rocket', 'mortar_artillery'],
  ['missile', 'airstrike'],
  ['drone', 'airstrike'],
  ['drone', 'missile'],
  ['ied', 'suicide_attack'],
  ['armed_assault', 'suicide_attack'],
  ['armed_assault', 'kidnapping'],
];

function related(a: AttackType, b: AttackType): boolean {
  return RELATED_TYPES.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Actors said to be behind an attack (not merely mentioned). */
function responsible(actors: readonly ResolvedActor[]): Set<string> {
  return new Set(actors.filter((a) => a.role !== 'involved' && a.role !== 'denied').map((a) => a.id));
}

function hours(ms: number): string {
  const h = ms / 3_600_000;
  return h < 1 ? `${Math.round(ms / 60_000)} min` : `${Math.round(h * 10) / 10} h`;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export interface CandidateVerdict {
  incidentId: string;
  /** 0 when ruled out; above 1 for a copy of one of its sources. */
  score: number;
  ruledOut: boolean;
  reasons: string[];
}

/** The best text similarity between a report and any source of an incident, and which source. */
function bestTextMatch(fp: TextFingerprint, incident: Incident): { sim: TextSimilarity; documentId: string } | null {
  let best: { sim: TextSimilarity; documentId: string } | null = null;
  for (const f of incident.fingerprints) {
    const sim = compareFingerprints(fp, f);
    const rank = (s: TextSimilarity) => (s.sameLink ? 2 : 0) + Math.max(s.body, s.title, s.vocabulary);
    if (!best || rank(sim) > rank(best.sim)) best = { sim, documentId: f.documentId };
  }
  return best;
}

function duplicateReason(sim: TextSimilarity, bodies: boolean): string | null {
  if (sim.sameLink) return 'same article link';
  if (sim.body >= DUPLICATE_BODY) return `near-duplicate text (similarity ${round2(sim.body)})`;
  if (sim.title >= DUPLICATE_TITLE && (!bodies || sim.body >= TITLE_BODY_FLOOR)) {
    return `near-identical title (similarity ${round2(sim.title)})`;
  }
  return null;
}

/** Weighs one candidate incident for a report. Pure. */
export function scoreCandidate(
  report: IncomingReport,
  fp: TextFingerprint,
  incident: Incident,
  cfg: Pick<GroupingConfig, 'windowMs' | 'distanceKm'>,
): CandidateVerdict {
  const out = (score: number, reasons: string[], ruledOut = false): CandidateVerdict => ({
    incidentId: incident.id,
    score: round2(score),
    ruledOut,
    reasons,
  });
  const x = report.extraction;
  const t = Date.parse(report.published);
  const gapFromFirst = Math.abs(t - Date.parse(incident.firstPublished));
  if (gapFromFirst > cfg.windowMs) {
    return out(0, [`published ${hours(gapFromFirst)} from the incident's first report (window ${hours(cfg.windowMs)})`], true);
  }

  // 1. The same story.
  const text = bestTextMatch(fp, incident);
  if (text) {
    const sourceHasBody = incident.fingerprints.find((f) => f.documentId === text.documentId)!.body.length > 0;
    const dup = duplicateReason(text.sim, fp.body.length > 0 && sourceHasBody);
    if (dup) return out(1 + Math.max(text.sim.body, text.sim.title), [`${dup} as ${text.documentId}`]);
  }

  // 2. The same event.
  const reasons: string[] = [];
  let score = 0;

  const sharedCountries = x.countries.filter((c) => incident.countries.includes(c));
  if (x.countries.length && incident.countries.length && sharedCountries.length === 0) {
    return out(0, [`different countries: ${x.countries.join(', ')} vs ${incident.countries.join(', ')}`], true);
  }

  const types = x.attackTypes;
  const sharedTypes = types.filter((a) => incident.attackTypes.includes(a));
  if (sharedTypes.length) {
    score += 0.25;
    reasons.push(`same attack type: ${sharedTypes.join(', ')}`);
  } else if (types.length && incident.attackTypes.length) {
    // Related types do not rule a candidate out, but add nothing: place, time and text must decide.
    const pair = types.flatMap((a) => incident.attackTypes.filter((b) => related(a, b)).map((b) => `${a} / ${b}`));
    if (!pair.length) {
      return out(0, [`different attack types: ${types.join(', ')} vs ${incident.attackTypes.join(', ')}`], true);
    }
    reasons.push(`related attack types: ${pair[0]}`);
  } else {
    score += 0.1;
    reasons.push('attack type not known on one side');
  }

  const vocabulary = text?.sim.vocabulary ?? 0;
  const title = text?.sim.title ?? 0;
  const near = nearestPlaces(x.places, incident.places);
  const hasScene = x.places.some(isScenePlace) && incident.places.some(isScenePlace);
  if (near?.same) {
    score += near.a.kind === 'base' ? 0.4 : near.a.kind === 'city' ? 0.25 : 0.1;
    reasons.push(`same place: ${near.a.name}`);
  } else if (near && (near.a.kind === 'region' || near.b.kind === 'region')) {
    // A region's centre says little about where in it an attack was: weak evidence, never a veto.
    if (near.km <= 2 * cfg.distanceKm) score += 0.1;
    reasons.push(`place in or near region: ${near.a.name} / ${near.b.name} (${Math.round(near.km)} km)`);
  } else if (near && near.km <= cfg.distanceKm) {
    // A base by a city is often one scene told two ways; two different towns close by usually are not.
    const weight = near.a.kind === near.b.kind ? 0.1 : 0.25;
    score += weight * (1 - near.km / (2 * cfg.distanceKm));
    reasons.push(`places ${Math.round(near.km)} km apart: ${near.a.name} / ${near.b.name}`);
  } else if (near && near.km > FAR_FACTOR * cfg.distanceKm) {
    return out(0, [`places ${Math.round(near.km)} km apart: ${near.a.name} / ${near.b.name}`], true);
  } else if (near) {
    reasons.push(`places ${Math.round(near.km)} km apart: ${near.a.name} / ${near.b.name}`);
  } else if (!(vocabulary >= STRONG_VOCABULARY || title >= STRONG_TITLE)) {
    const why = hasScene ? 'no comparable place' : 'no place to compare';
    return out(0, [`${why}, and the text is not similar enough (${round2(Math.max(vocabulary, title))})`], true);
  } else {
    reasons.push(hasScene ? 'no comparable place' : 'no place to compare');
  }

  const gap = Math.max(0, Date.parse(incident.firstPublished) - t, t - Date.parse(incident.lastPublished));
  // Reports of one attack cluster in the first hours; later ones must share more than place and type.
  score += 0.25 * Math.exp(-gap / (cfg.windowMs / 4));
  reasons.push(gap === 0 ? 'published during the incident' : `published ${hours(gap)} apart`);

  if (vocabulary > 0) {
    score += 0.35 * Math.min(1, vocabulary / 0.4);
    reasons.push(`shared wording ${round2(vocabulary)}`);
  }

  const mine = responsible(x.actors);
  const theirs = responsible(incident.actors);
  const sharedActors = [...mine].filter((a) => theirs.has(a));
  if (sharedActors.length) {
    score += 0.1;
    reasons.push(`same actor: ${sharedActors.join(', ')}`);
  } else if (mine.size && theirs.size) {
    score -= 0.2;
    reasons.push(`different actors: ${[...mine].join(', ')} vs ${[...theirs].join(', ')}`);
  }

  const sharedTargets = x.targets.filter((g) => incident.targets.includes(g));
  if (sharedTargets.length) {
    score += 0.05;
    reasons.push(`same target: ${sharedTargets.join(', ')}`);
  } else if (x.targets.length && incident.targets.length) {
    score -= 0.3;
    reasons.push(`different targets: ${x.targets.join(', ')} vs ${incident.targets.join(', ')}`);
  }

  return out(Math.max(0, score), reasons);
}

export interface Assignment {
  /** The incident the report belongs to; null for a new incident. */
  incidentId: string | null;
  score: number;
  /** Why, in words. */
  reasons: string[];
}

/**
 * Picks the incident a report belongs to among the candidates (recent incidents), or null for a new
 * one. Deterministic: ties go to the earlier incident, then the smaller id.
 */
export function assignIncident(
  report: IncomingReport,
  candidates: readonly Incident[],
  cfg: Pick<GroupingConfig, 'windowMs' | 'distanceKm'>,
): Assignment {
  // A report already part of an incident stays there (re-processing is idempotent).
  const owner = candidates.find((c) => c.sources.some((s) => s.documentId === report.documentId));
  if (owner) return { incidentId: owner.id, score: 1, reasons: ['report already part of this incident'] };

  const fp = fingerprintOf(report);
  const verdicts = candidates
    .map((c) => ({ verdict: scoreCandidate(report, fp, c, cfg), first: c.firstPublished }))
    .sort(
      (a, b) =>
        b.verdict.score - a.verdict.score ||
        (a.first < b.first ? -1 : a.first > b.first ? 1 : 0) ||
        (a.verdict.incidentId < b.verdict.incidentId ? -1 : 1),
    );
  const best = verdicts[0]?.verdict;
  if (!best) return { incidentId: null, score: 0, reasons: ['no recent incident to compare with'] };
  if (!best.ruledOut && best.score >= JOIN_THRESHOLD) {
    return { incidentId: best.incidentId, score: best.score, reasons: best.reasons };
  }
  return {
    incidentId: null,
    score: best.score,
    reasons: [`closest incident ${best.incidentId} (score ${best.score} < ${JOIN_THRESHOLD}): ${best.reasons.join('; ')}`],
  };
}
