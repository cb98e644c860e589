import { genericActorIds } from '../extract/actors.js';
import type { Headline, ResolvedActor, ResolvedPlace } from '../extract/analysis.js';
import { ARTICLE_TYPE_YIELDS, type AttackType, isDistrict, isSite } from '../vocabulary.js';
import {
  compareFingerprints,
  fingerprintOf,
  partSimilarityAbove,
  type SketchPart,
  sketchLength,
  type TextFingerprint,
  type TextSimilarity,
} from './fingerprint.js';
import { isPointPlace, isScenePlace, nearestPlaces, sceneConflict, sceneReachKm } from './geo.js';
import { headlineCapitalised, headlineLandmarkWords, headlinePlaceWords, headlineProperNames, incidentHeadlines, samePlaceWord } from './headline.js';
import { type GroupingConfig, type Incident, type IncomingReport, perIncident, SPAN_WINDOWS } from './incident.js';
import { perReport } from './memo.js';

/**
 * Deciding whether a report tells of an incident already known. Place comes first:
 *
 * 0. The veto: a report whose scene is a specific place (city, town, village, base) never joins an
 *    incident with a specific scene farther away than the configured distance (`sceneConflict`),
 *    whatever the wording, titles or times; only the same article link overrides it. Nor does it
 *    join an incident that has no specific scene (a country or region only): such a report is
 *    never an anchor ("no magnets").
 * 1. The same story: the same article link, or — when the places agree — a body that is mostly the
 *    same text (syndicated copies, updated articles) or a near-identical title.
 * 2. The same event told differently: headlines that do not tell of two attacks (headline.ts),
 *    compatible scenes, attack types, close publication times, tolls, compatible actors and
 *    targets, shared vocabulary, adding up to a score; the report joins the best-scoring
 *    candidate at or above JOIN_THRESHOLD.
 *
 * A report that names no specific place joins only when exactly one candidate fits; otherwise it
 * stands alone. Roundups covering several known incidents join the one they describe first.
 */

export const JOIN_THRESHOLD = 0.55;
/** Candidates named in the reasons for a new incident. */
const MAX_EXPLAINED = 5;

/** Body texts this similar (3-word shingles) are copies of one article. */
const DUPLICATE_BODY = 0.6;
/** Titles this similar are one story, if the bodies do not contradict it. */
const DUPLICATE_TITLE = 0.8;
const TITLE_BODY_FLOOR = 0.2;
/** Without a comparable place, a report joins only on text at least this similar. */
const STRONG_VOCABULARY = 0.25;
const STRONG_TITLE = 0.5;
/** Reports naming different places within the distance are one story only when their wording is this close. */
const SAME_STORY_VOCABULARY = 0.45;
/** Evidence of one scene from two towns within the distance, each report naming the other's. */
const NAMED_NEARBY = 0.1;
/** A region is compatible with places up to this many times `distanceKm` from its centre… */
const REGION_FACTOR = 2;
/** …or, in the same country, up to the half-width of a large province (not of a district: those are compared within REGION_FACTOR × the distance only). */
const REGION_REACH_KM = 300;

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

/**
 * A report's scene: the first city or base it names, else the first region. The extraction engine
 * lists places in order of first mention (title first), so this is the place the report is about;
 * later places are often other events it mentions ("… a day after the strike on Nabatieh"). A region
 * named first is usually context for the town that follows ("Chhattisgarh: nine killed in Bijapur").
 */
export function primaryScene(places: readonly ResolvedPlace[]): ResolvedPlace | null {
  return places.find(isPointPlace) ?? places.find(isScenePlace) ?? null;
}

/**
 * A wire dateline opening the text ("BOGOTA, March 4 (Reuters) -", "PESHAWAR, Pakistan (AP) —")
 * names where the story was filed, usually the capital, not where the attack was.
 */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,40}?)\s*(?:,[^()\n]{0,40})?\(\p{L}[^()\n]{0,30}\)\s*[-–—]/u;

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The places a report tells of: the extracted ones, less a city named only in its dateline
 * (a Reuters story filed in Bamako about an attack in Boulkessi is not a report of Bamako).
 */
export function reportPlaces(report: Pick<IncomingReport, 'title' | 'content' | 'extraction'>, distanceKm: number): ResolvedPlace[] {
  return [...placesKept(report, distanceKm)];
}

/**
 * Recording a report asks for its places many times (keys, each candidate, the merge); they are a
 * pure function of its text, extraction and the distance.
 */
const placesKept = perReport(
  (report: Pick<IncomingReport, 'title' | 'content' | 'extraction'>, distanceKm: number): readonly ResolvedPlace[] =>
    townByLandmarkFirst(headlineTownFirst(withoutDateline(report), report.title), report.title, distanceKm),
  (report, distanceKm) => [report.title, report.content, report.extraction, distanceKm],
);

function withoutDateline(report: Pick<IncomingReport, 'title' | 'content' | 'extraction'>): ResolvedPlace[] {
  const places = report.extraction.places;
  const dateline = DATELINE.exec(report.content);
  if (!dateline) return places;
  const filedIn = folded(dateline[1]!.trim());
  const rest = folded(`${report.title}\n${report.content.slice(dateline[0].length)}`);
  if (rest.includes(filedIn)) return places;
  return places.filter((p) => !(isPointPlace(p) && folded(p.name) === filedIn));
}

/**
 * A town the headline says the attack happened in ("Belgorod governor: drone hits car in
 * Shebekino") comes first, whatever the headline names before it: the scene is where it happened.
 */
function headlineTownFirst(places: readonly ResolvedPlace[], title: string): ResolvedPlace[] {
  const said = headlinePlaceWords(title);
  const town = places.find((p) => isPointPlace(p) && namedBy(p, said));
  return town ? [town, ...places.filter((p) => p !== town)] : [...places];
}

/** Whether a place is one of the names whose folded words are given (headlinePlaceWords, headlineLandmarkWords). */
const namedBy = (p: ResolvedPlace, words: readonly string[]) => headlinePlaceWords(`in ${p.name}`).some((w) => words.includes(w));

/**
 * A headline that places the attack near or outside a town ("car bomb near Moscow") names a
 * landmark: when the text names another town within the distance of it (Balashikha, "just outside
 * Moscow"), that town is where it happened.
 */
function townByLandmarkFirst(places: readonly ResolvedPlace[], title: string, maxKm: number): ResolvedPlace[] {
  const landmarks = headlineLandmarkWords(title);
  const scene = places.find(isPointPlace);
  if (!scene || !namedBy(scene, landmarks)) return [...places];
  const town = places.find((p) => isPointPlace(p) && p.id !== scene.id && !namedBy(p, landmarks) && sceneConflict(p, scene, maxKm) === null);
  return town ? [town, ...places.filter((p) => p !== town)] : [...places];
}

/** A report's scene (see primaryScene), its dateline aside. */
export const reportScene = (report: Pick<IncomingReport, 'title' | 'content' | 'extraction'>, distanceKm: number) =>
  primaryScene(reportPlaces(report, distanceKm));

/** The scenes of an incident: the scene of each of its reports (asked by every report that has it as a candidate). */
const sceneList = perIncident((incident): readonly ResolvedPlace[] => incident.scenes.flatMap((id) => incident.places.find((p) => p.id === id) ?? []));

/** The documents whose reports an incident holds. */
const sourceIds = perIncident((incident): ReadonlySet<string> => new Set(incident.sources.map((s) => s.documentId)));

/** Whether a report names a specific scene (city, town, village, base): only such a report anchors an incident. */
export const isSpecific = (scene: ResolvedPlace | null): scene is ResolvedPlace => scene !== null && isPointPlace(scene);

interface SceneRelation {
  kind: 'same' | 'near' | 'region' | 'different';
  score: number;
  describe: string;
}

/**
 * How a report's scene relates to an incident's scenes that it does not conflict with (the veto
 * comes first): the closest relation wins.
 */
function relateScene(scene: ResolvedPlace, scenes: readonly ResolvedPlace[], maxKm: number): SceneRelation {
  const near = nearestPlaces([scene], scenes);
  if (!near) {
    // Nothing to compare with.
    return { kind: 'different', score: 0, describe: `${scene.name} vs ${scenes.map((p) => p.name).join(', ')}` };
  }
  const km = Math.round(near.km);
  const pair = `${near.a.name} / ${near.b.name}`;
  if (near.same) {
    return { kind: 'same', score: isSite(near.a) ? 0.4 : near.a.kind === 'city' ? 0.25 : 0.1, describe: `same place: ${near.a.name}` };
  }
  // A road's end against a town or base: somewhere along the road is not that town.
  if (!near.a.roadEnd !== !near.b.roadEnd && near.a.kind !== 'region' && near.b.kind !== 'region') {
    return { kind: 'different', score: 0, describe: `a road's end is not the town: ${pair}` };
  }
  if (near.a.kind === 'region' || near.b.kind === 'region') {
    // A region's centre says little about where in it an attack was (nor do two neighbouring
    // regions' centres: a province split in two, "Papua" and "Highland Papua").
    // A district (round 14) is a town's surroundings: "Izmail district" is no report of an attack on Odesa, 180 km away.
    const province = (near.a.kind === 'region' && !isDistrict(near.a)) || (near.b.kind === 'region' && !isDistrict(near.b));
    const reach = near.a.country === near.b.country && province ? Math.max(REGION_REACH_KM, REGION_FACTOR * maxKm) : REGION_FACTOR * maxKm;
    if (near.km <= reach) return { kind: 'region', score: 0.1, describe: `place in or near region: ${pair} (${km} km)` };
    return { kind: 'different', score: 0, describe: `${pair}, ${km} km apart` };
  }
  // A base near a town is one scene told two ways; two different towns, or two bases, within the
  // distance are one scene only when the wording says so.
  if (near.a.kind !== near.b.kind && near.km <= sceneReachKm(near.a, near.b, maxKm)) {
    return { kind: 'near', score: 0.25 * (1 - near.km / (2 * sceneReachKm(near.a, near.b, maxKm))), describe: `places ${km} km apart: ${pair}` };
  }
  return { kind: 'different', score: 0, describe: `${pair}, ${km} km apart` };
}

export interface CandidateVerdict {
  incidentId: string;
  /** 0 when ruled out; above 1 for a copy of one of its sources. */
  score: number;
  ruledOut: boolean;
  reasons: string[];
  /**
   * Why, in one line, when ruled out although similar: by the place veto despite similar wording,
   * or in the same place because titles or attack types tell of another attack.
   */
  keptApart?: string;
}

/**
 * A verdict whose `keptApart` is worked out the first time it is read. A vetoed candidate's note
 * compares the report's text with every source of the incident, and most reports have several
 * candidates in other towns of their cells; the note is read only for a report that starts an
 * incident (the first one in ranking order, then no more), so reports that join one never pay it.
 */
function withNoteWhenRead(verdict: CandidateVerdict, note: () => string | undefined): CandidateVerdict {
  let known: { note: string | undefined } | null = null;
  Object.defineProperty(verdict, 'keptApart', {
    enumerable: true,
    get: () => {
      known ??= { note: note() };
      return known.note;
    },
  });
  return verdict;
}

const textRank = (s: TextSimilarity) => (s.sameLink ? 2 : 0) + Math.max(s.body, s.title, s.vocabulary);
/** Far more than a rank's rounding error, far less than the gap between two different similarities (1/64). */
const RANK_SLACK = 1e-9;

/**
 * The best text similarity between a report and any source of an incident, and which source (the
 * first of the best). An incident keeps up to 50 sources' sketches: a source is compared in full
 * only when it could rank above the best so far, since most sources of a busy incident are copies
 * of one text and a later one rarely beats the first.
 */
function bestTextMatch(fp: TextFingerprint, incident: Incident): { sim: TextSimilarity; documentId: string } | null {
  let best: { sim: TextSimilarity; documentId: string } | null = null;
  for (const f of incident.fingerprints) {
    if (best) {
      const floor = textRank(best.sim) - (fp.link !== null && fp.link === f.link ? 2 : 0) - RANK_SLACK;
      const above = (part: SketchPart) => partSimilarityAbove(fp, f, part, floor) !== null;
      if (!above('body') && !above('title') && !above('vocabulary')) continue;
    }
    const sim = compareFingerprints(fp, f);
    if (!best || textRank(sim) > textRank(best.sim)) best = { sim, documentId: f.documentId };
  }
  return best;
}

function duplicateReason(sim: TextSimilarity, bodies: boolean): string | null {
  if (sim.body >= DUPLICATE_BODY) return `near-duplicate text (similarity ${round2(sim.body)})`;
  if (sim.title >= DUPLICATE_TITLE && (!bodies || sim.body >= TITLE_BODY_FLOOR)) {
    return `near-identical title (similarity ${round2(sim.title)})`;
  }
  return null;
}

/** Whether wording alone would have suggested one story: what makes a veto worth explaining. */
const similarWording = (sim: TextSimilarity) => sim.body >= DUPLICATE_BODY || sim.title >= STRONG_TITLE || sim.vocabulary >= STRONG_VOCABULARY;

/** The place veto for a report with a specific scene: why it may not join, or null. */
function placeVeto(scene: ResolvedPlace, incident: Incident, maxKm: number): string | null {
  const points = sceneList(incident).filter(isPointPlace);
  if (points.length === 0) return 'the incident names no specific place, and a report of a specific place never joins one';
  for (const p of points) {
    const conflict = sceneConflict(scene, p, maxKm);
    if (conflict) return `different place: ${conflict}`;
  }
  return null;
}

/**
 * Why the headlines tell of two attacks, or null: one says day and the other night, they name
 * unrelated means (a rocket salvo and a drone strike), the report's sets its own means against the
 * incident's ("… hours after the drone strike"), or they name different kinds of place hit. Bodies
 * are not compared: they recall other attacks. A roundup's headline sums up several attacks and is
 * not compared either.
 */
function headlineConflict(headline: Headline, incident: Incident): string | null {
  const known = incidentHeadlines(incident);
  const when = headline.timeOfDay;
  if (when && known.timesOfDay.size > 0 && !known.timesOfDay.has(when)) {
    return `the headlines tell of a ${when === 'day' ? 'daytime' : 'night'} attack, the incident's of a ${when === 'day' ? 'night' : 'daytime'} one`;
  }
  const hit = headline.hitPlaces;
  const sameHit = hit.some((k) => known.hitPlaces.has(k));
  const type = headline.attackTypes[0];
  const confused = (k: AttackType) => (sameHit ? related(k, type!) : relatedInHeadlines(k, type!));
  if (type && known.types.size > 0 && !known.types.has(type) && ![...known.types].some(confused)) {
    return `the headlines name different attacks: ${type} vs ${[...known.types].join(', ')}`;
  }
  // "Jets hit the town hours after a drone strike": the drone strike is the incident, not this report.
  const earlier = headline.earlierAttackType;
  if (type && earlier && known.types.has(earlier) && !known.types.has(type)) {
    return `the headline sets its ${type} attack against an earlier ${earlier} attack, the incident's`;
  }
  if (hit.length > 0 && known.hitPlaces.size > 0 && !sameHit) {
    return `the headlines name different places hit: ${hit.join(', ')} vs ${[...known.hitPlaces].join(', ')}`;
  }
  return null;
}

/**
 * Means headlines confuse for one event (`related`), less gunfire and suicide bombing: a headline
 * saying someone was shot does not tell of a suicide bombing, unless both name the same kind of
 * place hit (a complex attack on a hotel, told by either means).
 */
const relatedInHeadlines = (a: AttackType, b: AttackType) =>
  related(a, b) && !(a === 'armed_assault' && b === 'suicide_attack') && !(a === 'suicide_attack' && b === 'armed_assault');

/**
 * For a report without a specific scene: its headline may still name a town the gazetteer does not
 * know ("attack on police station in Tank"). When the incident's headlines or scenes name where it
 * happened too, and neither side's names appear anywhere in the other's headlines, the two tell of
 * different places. The words of a country or region ("in Zamfara") are no town's name.
 */
function unknownPlaceConflict(report: IncomingReport, incident: Incident): string | null {
  const { town, points } = namedPlaces(report, incident);
  const mine = headlinePlaceWords(report.title).filter(town);
  if (mine.length === 0) return null;
  const known = incidentHeadlines(incident);
  const theirs = [...known.placeWords, ...points(incident.places)].filter(town);
  if (theirs.length === 0) return null;
  const theirWords = [...theirs, ...known.capitalised];
  const myWords = headlineCapitalised(report.title);
  const shared = mine.some((w) => theirWords.some((v) => samePlaceWord(v, w))) || theirs.some((w) => myWords.some((v) => samePlaceWord(v, w)));
  return shared ? null : `the headlines name different places: ${mine.join(' ')} vs ${[...new Set(theirs)].join(', ')}`;
}

/** How to tell the words of a town's name from those of a country, region or actor, for two reports' headlines. */
function namedPlaces(report: IncomingReport, incident: Incident) {
  const places = [...report.extraction.places, ...incident.places];
  const wordsOf = (ps: readonly ResolvedPlace[]) => ps.flatMap((p) => headlinePlaceWords(`in ${p.name}`));
  const points = (ps: readonly ResolvedPlace[]) => wordsOf(ps.filter(isPointPlace));
  // A town that gives its name to its district ("Mandera", "Mandera County") stays a town.
  const pointWords = points(places);
  const wide = wordsOf(places.filter((p) => !isPointPlace(p))).filter((w) => !pointWords.includes(w));
  const actors = [...report.extraction.actors, ...incident.actors].flatMap((a) => headlineCapitalised(a.name));
  const town = (w: string) => !wide.some((v) => samePlaceWord(v, w));
  return { town, points, notActor: (w: string) => !actors.includes(w) };
}

/**
 * For a report without a specific scene: a proper name its headline shares with the incident's
 * headlines ("Boulkessi", "Khor Mor", "Sayyida Zeinab") — a town the gazetteer does not know, a
 * landmark, a victim — says which story it is, as a shared scene would. Names of countries, regions
 * and actors say nothing of the kind.
 */
function sharedHeadlineName(report: IncomingReport, incident: Incident): string | null {
  const { town, notActor } = namedPlaces(report, incident);
  const mine = headlineProperNames(report.title).filter((w) => town(w) && notActor(w));
  if (mine.length === 0) return null;
  return mine.find((w) => incidentHeadlines(incident).properNames.has(w)) ?? null;
}

/**
 * Outlets round and count differently ("over 50" against 52, 15 against 16): a toll this close to
 * the incident's is the same count told another way, not a lower one.
 */
const TOLL_AGREEMENT = 0.8;

/**
 * "No casualties" published this long after a report of the incident stated its dead is another
 * attack (a second drone on the same city that evening), not a late copy: an outlet that lags
 * repeats the first toll it heard, it does not deny one.
 */
const NONE_AFTER_DEAD_MS = 3_600_000;

/**
 * Tolls rise as the dead are counted; a report published hours after an incident's first one that
 * states clearly fewer dead than the incident already has tells of a smaller, later attack. A
 * report saying nobody died, an hour after the incident's toll was reported, does too.
 */
function lowerTollLater(report: IncomingReport, incident: Incident, windowMs: number): string | null {
  const { killed, diedOfWounds } = report.extraction.casualties;
  const known = incident.casualties.killed;
  const t = Date.parse(report.published);
  const after = t - Date.parse(incident.firstPublished);
  // "Two more wounded guards have died": deaths added to a toll, not a lower toll.
  const addsToToll = killed !== null && diedOfWounds !== undefined && killed <= diedOfWounds;
  if (killed === null || known === null || addsToToll || killed >= TOLL_AGREEMENT * known) return null;
  if (after >= windowMs / 4) return `states ${killed} killed, ${hours(after)} after the incident's first report, which has ${known} already`;
  const tollReported = incident.sources.find((s) => s.documentId === incident.tollSourceId)?.published;
  const sinceToll = tollReported === undefined ? 0 : t - Date.parse(tollReported);
  if (killed === 0 && sinceToll >= NONE_AFTER_DEAD_MS) {
    return `states that no one was killed, ${hours(sinceToll)} after a report of the incident stated ${known} dead`;
  }
  return null;
}

interface Toll {
  count: number;
  of: 'killed' | 'injured';
}

/**
 * The toll a report states when it is the incident's: outlets reporting one attack give the same
 * figure, so it singles out an incident that the place cannot. The dead (one or more), or, when
 * neither side states anyone killed, the wounded ("rocket fire wounds two").
 */
function sameToll(report: IncomingReport, incident: Incident): Toll | null {
  const mine = report.extraction.casualties;
  const theirs = incident.casualties;
  if (mine.killed !== null && mine.killed > 0) return mine.killed === theirs.killed ? { count: mine.killed, of: 'killed' } : null;
  if (theirs.killed !== null && theirs.killed > 0) return null;
  return mine.injured !== null && mine.injured > 0 && mine.injured === theirs.injured ? { count: mine.injured, of: 'injured' } : null;
}

/**
 * One or two dead is the toll of many attacks on a busy day: with nothing else to go on, it tells
 * which incident a report is about only when its headline names the incident's means too (a body's
 * type is a guess when the headline names none: "Militants kill two policemen"). A larger toll does.
 */
const DISTINCT_TOLL = 3;
const headlineNamesKind = (headline: Headline, incident: Incident) =>
  headline.attackTypes.some((a) => incident.attackTypes.some((b) => a === b || related(a, b)));

/** Headlines naming the same means against the same kind of place ("drones target base"): as telling as a toll. */
const sameHeadlineAttack = (headline: Headline, incident: Incident) => {
  const known = incidentHeadlines(incident);
  return headline.attackTypes.some((a) => known.types.has(a)) && headline.hitPlaces.some((k) => known.hitPlaces.has(k));
};

/** What a type not known on one side adds: it neither agrees nor disagrees. */
const UNKNOWN_TYPE = 0.15;

/**
 * A headline that names no means ("explosion at the station", "two militants neutralised") leaves
 * the report's type to words that tell only that something blew up or that someone attacked: the
 * engine's generic reading, which yields to a weapon an article names with it (ARTICLE_TYPE_YIELDS:
 * a bombing to a suicide bombing, an assault to a drone strike). When the other side's headlines
 * name such a weapon, one side tells the attack with less detail (the first word of a blast, the
 * attacker's statement), not another attack: that weighs as a type not known on one side, no more.
 * Every type of the vaguer side must yield to the means named. Two headlines that both name their
 * means are compared as means (headlineConflict, `related`), not by this.
 */
function untoldMeans(x: IncomingReport['extraction'], incident: Incident): string | null {
  const named = incidentHeadlines(incident).types;
  const fits = (vague: readonly AttackType[], means: AttackType) => vague.every((t) => t === means || (ARTICLE_TYPE_YIELDS[t] ?? []).includes(means));
  const told = (vague: readonly AttackType[], means: AttackType) =>
    `a headline names the means (${means}) the other side tells without naming any (read as ${vague.join(', ')})`;
  const mine = x.headline.attackTypes[0];
  if (mine === undefined) {
    const means = [...named].find((m) => fits(x.attackTypes, m));
    return means ? told(x.attackTypes, means) : null;
  }
  return named.size === 0 && fits(incident.attackTypes, mine) ? told(incident.attackTypes, mine) : null;
}

/** Weighs one candidate incident for a report, whose scene is its first place unless given. Pure. */
export function scoreCandidate(
  report: IncomingReport,
  fp: TextFingerprint,
  incident: Incident,
  cfg: Pick<GroupingConfig, 'windowMs' | 'distanceKm'>,
  scene: ResolvedPlace | null = reportScene(report, cfg.distanceKm),
  asRoundup = false,
): CandidateVerdict {
  const out = (score: number, reasons: string[], ruledOut = false): CandidateVerdict => ({
    incidentId: incident.id,
    score: round2(score),
    ruledOut,
    reasons,
  });
  const x = report.extraction;
  const t = Date.parse(report.published);
  // Within the window of the latest report, and of the first but for a follow-up of the same town
  // (claims, arrests, funerals come a day or two after): an incident never spans more than
  // SPAN_WINDOWS windows (what the store's look-up by first publication time relies on).
  const gapFromFirst = Math.abs(t - Date.parse(incident.firstPublished));
  const gapFromLatest = Math.abs(t - Date.parse(incident.lastPublished));
  const followUp = gapFromFirst > cfg.windowMs;
  if (gapFromFirst > SPAN_WINDOWS * cfg.windowMs) {
    return out(0, [`published ${hours(gapFromFirst)} from the incident's first report (window ${hours(cfg.windowMs)})`], true);
  }
  if (gapFromLatest > cfg.windowMs) {
    return out(0, [`published ${hours(gapFromLatest)} from the incident's latest report (window ${hours(cfg.windowMs)})`], true);
  }

  // The same article (once tracking is stripped) is the one thing that overrides the place veto.
  const sameLink = fp.link !== null && incident.fingerprints.find((f) => f.link === fp.link);
  if (sameLink) return out(3, [`same article link as ${sameLink.documentId}`]);

  if (isSpecific(scene)) {
    const veto = placeVeto(scene, incident, cfg.distanceKm);
    if (veto) {
      const verdict = out(0, [veto], true);
      if (!veto.startsWith('different place')) return verdict;
      return withNoteWhenRead(verdict, () => {
        const text = bestTextMatch(fp, incident);
        if (!text || !similarWording(text.sim)) return undefined;
        return `kept apart from ${incident.id} ("${incident.title}"): ${veto.replace('different place: ', '')}; similar wording does not make reports of different places one incident`;
      });
    }
  }

  const sharedCountries = x.countries.filter((c) => incident.countries.includes(c));
  if (x.countries.length > 0 && incident.countries.length > 0 && sharedCountries.length === 0) {
    return out(0, [`different countries: ${x.countries.join(', ')} vs ${incident.countries.join(', ')}`], true);
  }

  const scenes = sceneList(incident);
  const where = scene && scenes.length ? relateScene(scene, scenes, cfg.distanceKm) : null;
  if (where?.kind === 'different' && !isSpecific(scene)) return out(0, [`different place: ${where.describe}`], true);
  if (followUp) {
    const past = `published ${hours(gapFromFirst)} from the incident's first report, past the window (${hours(cfg.windowMs)})`;
    if (!(isSpecific(scene) && where?.kind === 'same')) return out(0, [`${past}: only a report of the same town may join`], true);
    // The next day's attack on the same town reads much like the first: a claim of responsibility,
    // the same toll or a headline about the aftermath ("condemns", "funerals held") says the report
    // is about the known one.
    const claim = x.actors.find((a) => a.role === 'claimed');
    const toll = sameToll(report, incident);
    if (!claim && toll?.of !== 'killed' && !x.headline.aftermath) {
      const reason = `${past}: neither a claim of responsibility, the same death toll nor a headline about the aftermath`;
      return { ...out(0, [reason], true), keptApart: `kept apart from ${incident.id} ("${incident.title}"): ${reason}` };
    }
  }

  // 1. The same story, now that the places agree (or one side names none).
  const text = bestTextMatch(fp, incident);
  if (text) {
    const sourceHasBody = sketchLength(incident.fingerprints.find((f) => f.documentId === text.documentId)!, 'body') > 0;
    const dup = duplicateReason(text.sim, sketchLength(fp, 'body') > 0 && sourceHasBody);
    if (dup) return out(1 + Math.max(text.sim.body, text.sim.title), [`${dup} as ${text.documentId}`]);
  }

  // 2. The same event; a title announcing another attack is not a report of a known one.
  const another = report.extraction.headline.announcesAnother;
  // Ruled out although in the same place: a new incident says why in its note.
  const apart = (reason: string): CandidateVerdict => {
    const verdict = out(0, [reason], true);
    if (where && where.kind !== 'different') verdict.keptApart = `kept apart from ${incident.id} ("${incident.title}"): ${reason}`;
    return verdict;
  };
  if (another) return apart(`the title tells of another attack ("${another}")`);
  // "Attacked again": a repeat of an earlier day's or night's attack, so only against an incident
  // first reported a quarter of the window before; a roundup's "again" is about the pattern.
  const repeated = asRoundup ? null : report.extraction.headline.repeats;
  if (repeated && t - Date.parse(incident.firstPublished) >= cfg.windowMs / 4) {
    return apart(
      `the title tells of a repeated attack ("${repeated}") and the incident was first reported ${hours(t - Date.parse(incident.firstPublished))} before`,
    );
  }
  if (!asRoundup) {
    const headlines = headlineConflict(x.headline, incident);
    if (headlines) return apart(headlines);
  }
  const reasons: string[] = [];
  let score = 0;

  const types = x.attackTypes;
  const sharedTypes = types.filter((a) => incident.attackTypes.includes(a));
  const untold = sharedTypes.length === 0 && types.length && incident.attackTypes.length ? untoldMeans(x, incident) : null;
  if (sharedTypes.length) {
    score += 0.25;
    reasons.push(`same attack type: ${sharedTypes.join(', ')}`);
  } else if (untold) {
    score += UNKNOWN_TYPE;
    reasons.push(untold);
  } else if (types.length && incident.attackTypes.length) {
    // Related types do not rule a candidate out, but add nothing: place, time and text must decide.
    const pair = types.flatMap((a) => incident.attackTypes.filter((b) => related(a, b)).map((b) => `${a} / ${b}`));
    // Headlines that name no means ("terrorist attack", "massacre") leave the type to the bodies'
    // guesses, which mix in other attacks: they do not rule a candidate out then.
    if (pair.length) reasons.push(`related attack types: ${pair[0]}`);
    else if (x.headline.attackTypes.length === 0 || incidentHeadlines(incident).types.size === 0)
      reasons.push(`attack types differ, but a headline names none: ${types.join(', ')} vs ${incident.attackTypes.join(', ')}`);
    else return apart(`different attack types: ${types.join(', ')} vs ${incident.attackTypes.join(', ')}`);
  } else {
    score += UNKNOWN_TYPE;
    reasons.push('attack type not known on one side');
  }

  const vocabulary = text?.sim.vocabulary ?? 0;
  const strongText = vocabulary >= STRONG_VOCABULARY || (text?.sim.title ?? 0) >= STRONG_TITLE;
  const textLevel = round2(Math.max(vocabulary, text?.sim.title ?? 0));
  const toll = sameToll(report, incident);
  // A roundup's figures add up several attacks (or are another's): they say nothing of this one's toll.
  const lower = asRoundup || x.headline.sumsUp ? null : lowerTollLater(report, incident, cfg.windowMs);
  if (lower) return apart(lower);
  const sharedName = isSpecific(scene) ? null : sharedHeadlineName(report, incident);
  if (!isSpecific(scene)) {
    const named = unknownPlaceConflict(report, incident);
    if (named) return out(0, [named], true);
  }
  if (sharedName) {
    score += 0.25;
    reasons.push(`the headlines share a name: ${sharedName}`);
  }
  const mine = responsible(x.actors);
  const theirs = responsible(incident.actors);
  const sharedActors = [...mine].filter((a) => theirs.has(a));
  // A shared generic description ("militants", "gunmen") fits more attacks than a shared name:
  // half the weight, so that it alone never makes a report a copy (a score above 1).
  const sharedNamed = sharedActors.filter((a) => !genericActorIds().has(a));
  if (!where) {
    // Nothing to compare places with: only a shared name, the wording, or the same toll of the same kind of attack can tell.
    const why = scene ? 'the incident has no place to compare' : 'the report names no place';
    if (sharedName) reasons.push(why);
    else if (strongText) reasons.push(`${why}; similar text (${textLevel})`);
    else if (toll !== null && sharedTypes.length && (toll.count >= DISTINCT_TOLL || headlineNamesKind(x.headline, incident)))
      reasons.push(`${why}, but the same toll of the same kind of attack`);
    else if (sameHeadlineAttack(x.headline, incident)) reasons.push(`${why}, but the headlines name the same means and the same kind of place hit`);
    // A named group behind both (not "gunmen") is as telling as the same toll; as for every report
    // without a specific place, it joins only when one incident fits.
    else if (sharedNamed.length) reasons.push(`${why}, but the same named attacker`);
    else return out(0, [`${why}, and the text is not similar enough (${textLevel})`], true);
  } else if (where.kind === 'different') {
    // Two towns (or two bases) within the distance: one scene when each side names the other's town
    // too (a port and the city it serves: outlets pick either as the scene; one side naming the
    // other's is only a reference, "27 km from the capital"), or when the wording says so.
    const crossNamed =
      isSpecific(scene) &&
      incident.places.some((p) => p.id === scene.id) &&
      scenes.some((s) => reportPlaces(report, cfg.distanceKm).some((p) => p.id === s.id));
    // A headline placing the attack near or outside a town ("car bomb outside Moscow") does not say
    // which town of its surroundings it was in.
    const landmark =
      isSpecific(scene) && (namedBy(scene, headlineLandmarkWords(report.title)) || scenes.some((s) => namedBy(s, incidentHeadlines(incident).landmarkWords)));
    if (crossNamed) {
      score += NAMED_NEARBY;
      reasons.push(`nearby place, each side naming the other's: ${where.describe}`);
    } else if (landmark) {
      score += NAMED_NEARBY;
      reasons.push(`nearby place, a headline placing the attack near or outside the town: ${where.describe}`);
    } else {
      if (vocabulary < SAME_STORY_VOCABULARY) return out(0, [`different place: ${where.describe}`], true);
      score -= 0.15;
      reasons.push(`nearby place: ${where.describe}, with much the same wording (${round2(vocabulary)})`);
    }
  } else {
    score += where.score;
    reasons.push(where.describe);
  }

  const gap = Math.max(0, Date.parse(incident.firstPublished) - t, t - Date.parse(incident.lastPublished));
  // Reports of one attack cluster in the first hours; later ones must share more than place and type.
  score += 0.25 * Math.exp(-gap / (cfg.windowMs / 4));
  reasons.push(gap === 0 ? 'published during the incident' : `published ${hours(gap)} apart`);

  if (vocabulary > 0) {
    score += 0.35 * Math.min(1, vocabulary / 0.4);
    reasons.push(`shared wording ${round2(vocabulary)}`);
  }

  if (sharedActors.length) {
    score += sharedNamed.length ? 0.1 : 0.05;
    reasons.push(`same actor: ${sharedActors.join(', ')}`);
  } else if (mine.size && theirs.size) {
    score -= 0.1;
    reasons.push(`different actors: ${[...mine].join(', ')} vs ${[...theirs].join(', ')}`);
  }

  // "Governor condemns attack", "toll rises to 52": a headline about the aftermath tells of an attack already reported.
  const aftermath = asRoundup ? null : x.headline.aftermath;
  if (aftermath) {
    score += 0.1;
    reasons.push(`the headline tells of the aftermath of an attack ("${aftermath}")`);
  }

  if (toll !== null) {
    score += 0.1;
    reasons.push(toll.of === 'killed' ? `the same death toll (${toll.count})` : `the same number wounded (${toll.count})`);
  }

  const sharedTargets = x.targets.filter((g) => incident.targets.includes(g));
  const sameHit = x.headline.hitPlaces.find((k) => incidentHeadlines(incident).hitPlaces.has(k));
  if (sameHit) {
    // The headlines name the same kind of place hit: the bodies' target categories need not agree.
    score += 0.1;
    reasons.push(`the headlines name the same kind of place hit: ${sameHit}`);
  } else if (sharedTargets.length) {
    score += 0.05;
    reasons.push(`same target: ${sharedTargets.join(', ')}`);
  } else if (x.targets.length && incident.targets.length && toll === null) {
    score -= 0.3;
    reasons.push(`different targets: ${x.targets.join(', ')} vs ${incident.targets.join(', ')}`);
  } else if (x.targets.length && incident.targets.length) {
    // The bodies' target categories are guesses ("soldiers" at a school escort); the same toll is not.
    reasons.push(`different targets (${x.targets.join(', ')} vs ${incident.targets.join(', ')}), but the same toll`);
  }

  return out(Math.max(0, score), reasons);
}

export interface Assignment {
  /** The incident the report belongs to; null for a new incident. */
  incidentId: string | null;
  score: number;
  /** Why, in words. */
  reasons: string[];
  /**
   * For a new incident kept apart from a similar one (another place; the same place but another
   * attack, or too little evidence; several fitting incidents): why, in one line.
   */
  note: string | null;
}

/**
 * Picks the incident a report belongs to among the candidates (recent incidents), or null for a new
 * one. Deterministic: ties go to the earlier incident, then the smaller id.
 */
export function assignIncident(report: IncomingReport, candidates: readonly Incident[], cfg: Pick<GroupingConfig, 'windowMs' | 'distanceKm'>): Assignment {
  // A report already part of an incident stays there (re-processing is idempotent).
  const owner = candidates.find((c) => sourceIds(c).has(report.documentId));
  if (owner) return { incidentId: owner.id, score: 1, reasons: ['report already part of this incident'], note: null };

  const fp = fingerprintOf(report);
  const scene = reportScene(report, cfg.distanceKm);
  const ranked = rank(
    candidates.map((c) => scoreCandidate(report, fp, c, cfg, scene)),
    candidates,
  );
  const best = ranked[0];
  if (!best) return { incidentId: null, score: 0, reasons: ['no recent incident to compare with'], note: null };
  const fits = ranked.filter(joins);
  // A headline summing up several attacks is a roundup, whatever place it names first.
  const summing = report.extraction.headline.sumsUp;
  if (summing && !fits.some((v) => v.score > 1)) {
    // Its first place need not be the attack it tells first: only the roundup rule may file it.
    const roundup = roundupAssignment(report, fp, candidates, cfg);
    if (roundup) return roundup;
    const reason = `the headline sums up several attacks ("${summing}"): it joins no incident but as a roundup of known ones, or as a copy`;
    return { incidentId: null, score: best.score, reasons: [reason], note: null };
  }
  if (fits.length > 0 && isSpecific(scene)) {
    // A report whose towns each cover a known incident tells of them all: the one it describes first is its own.
    const roundup = best.score > 1 ? null : roundupAssignment(report, fp, candidates, cfg);
    if (roundup) return roundup;
    return { incidentId: best.incidentId, score: best.score, reasons: best.reasons, note: null };
  }
  if (fits.length > 0) {
    // No specific place: join only the one incident that fits (or the one it is a copy of, or the one whose toll it states).
    const copies = fits.filter((v) => v.score > 1);
    const sameTolls = fits.filter((v) => sameToll(report, candidates.find((c) => c.id === v.incidentId)!) !== null);
    const only = fits.length === 1 ? fits[0]! : copies.length === 1 ? copies[0]! : sameTolls.length === 1 ? sameTolls[0]! : null;
    if (only) return { incidentId: only.incidentId, score: only.score, reasons: only.reasons, note: null };
    const note = `names no specific place and fits ${fits.length} incidents (${fits.map((v) => v.incidentId).join(', ')}): filed on its own`;
    return { incidentId: null, score: best.score, reasons: [note], note };
  }
  const roundup = roundupAssignment(report, fp, candidates, cfg);
  if (roundup) return roundup;
  return {
    incidentId: null,
    score: best.score,
    reasons: ranked
      .slice(0, MAX_EXPLAINED)
      .map((v) => `not ${v.incidentId} (${v.ruledOut ? 'ruled out' : `score ${v.score} < ${JOIN_THRESHOLD}`}): ${v.reasons.join('; ')}`),
    note: ranked.find((v) => v.keptApart)?.keptApart ?? closeCall(best, candidates),
  };
}

/**
 * Why a report that starts an incident was kept apart from a similar one among `others` (recent
 * incidents elsewhere in its country), in one line; null when none has similar wording.
 */
export function separationNote(report: IncomingReport, others: readonly Incident[], cfg: Pick<GroupingConfig, 'windowMs' | 'distanceKm'>): string | null {
  const scene = reportScene(report, cfg.distanceKm);
  if (!isSpecific(scene) || others.length === 0) return null;
  const fp = fingerprintOf(report);
  for (const incident of others) {
    const note = scoreCandidate(report, fp, incident, cfg, scene).keptApart;
    if (note) return note;
  }
  return null;
}

/**
 * A candidate that was not ruled out but scored below the threshold: the evidence of one attack
 * (place, type, time, wording) did not add up. Says so in one line, with what was weighed.
 */
function closeCall(best: CandidateVerdict, candidates: readonly Incident[]): string | null {
  if (best.ruledOut || best.score <= 0) return null;
  const incident = candidates.find((c) => c.id === best.incidentId)!;
  return `kept apart from ${incident.id} ("${incident.title}"): not enough evidence of one attack (score ${best.score} < ${JOIN_THRESHOLD}: ${best.reasons.join('; ')})`;
}

const joins = (v: CandidateVerdict) => !v.ruledOut && v.score >= JOIN_THRESHOLD;

/** Best first; ties go to the earlier incident, then the smaller id. */
function rank(verdicts: CandidateVerdict[], candidates: readonly Incident[]): CandidateVerdict[] {
  const first = new Map(candidates.map((c) => [c.id, c.firstPublished]));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return verdicts.sort((a, b) => b.score - a.score || cmp(first.get(a.incidentId)!, first.get(b.incidentId)!) || cmp(a.incidentId, b.incidentId));
}

/**
 * Places in the order the text first names them (title, then body); a place whose name does not
 * appear as written (an alias, another spelling) keeps its place after those found. Which attack a
 * roundup describes first is a matter of where its text names it.
 */
function inOrderOfMention(places: readonly ResolvedPlace[], report: IncomingReport): ResolvedPlace[] {
  const text = folded(`${report.title}\n${report.content}`);
  const at = (p: ResolvedPlace) => {
    const i = text.indexOf(folded(p.name));
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  return places
    .map((p, n) => ({ p, n, i: at(p) }))
    .sort((a, b) => a.i - b.i || a.n - b.n)
    .map((x) => x.p);
}

/**
 * A roundup ("three attacks on US forces today") names the scenes of several known incidents, not
 * always first (it may open with the capital or the country). It joins the incident it describes
 * first, if the evidence holds with that scene. A report that merely mentions one other event is
 * not a roundup: it has to match on its own scene.
 */
function roundupAssignment(
  report: IncomingReport,
  fp: TextFingerprint,
  candidates: readonly Incident[],
  cfg: Pick<GroupingConfig, 'windowMs' | 'distanceKm'>,
): Assignment | null {
  // Regions are too wide to tell which attacks a report covers: only cities and bases count.
  const places = inOrderOfMention(reportPlaces(report, cfg.distanceKm).filter(isPointPlace), report);
  if (places.length < 2) return null;
  const covers = (p: ResolvedPlace, incident: Incident) => {
    const kind = relateScene(p, sceneList(incident).filter(isPointPlace), cfg.distanceKm).kind;
    return kind === 'same' || kind === 'near';
  };
  const covered = candidates
    .map((incident) => ({ incident, at: places.findIndex((p) => covers(p, incident)) }))
    .filter((c) => c.at >= 0)
    .sort((a, b) => a.at - b.at);
  // Several of its places must each cover an incident: one place covering two is not a roundup.
  const coveringPlaces = new Set(covered.map((c) => c.at)).size;
  if (coveringPlaces < 2) return null;
  const { incident, at } = covered[0]!;
  const verdict = scoreCandidate(report, fp, incident, cfg, places[at]!, true);
  if (!joins(verdict)) return null;
  const reason = `roundup of ${coveringPlaces} known incidents; joins the one it describes first (${places[at]!.name})`;
  return { incidentId: verdict.incidentId, score: verdict.score, reasons: [reason, ...verdict.reasons], note: null };
}
