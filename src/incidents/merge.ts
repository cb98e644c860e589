import type { Casualties, ResolvedActor, ResolvedPlace } from '../extract/analysis.js';
import { distanceKm } from '../extract/gazetteer/distance.js';
import { stableId } from '../ids.js';
import { ATTACK_TYPES, type Severity, severityRank } from '../vocabulary.js';
import { primaryScene, reportPlaces } from './assign.js';
import { fingerprintOf } from './fingerprint.js';
import { isPointPlace, isScenePlace, sceneConflict } from './geo.js';
import type { GroupingConfig, Incident, IncomingReport } from './incident.js';

export interface MergeResult {
  incident: Incident;
  isNew: boolean;
  /** What the report changed, in words ("killed 3 → 12"); empty for a new incident or a known report. */
  changes: string[];
  severityRaised: boolean;
  previousSeverity: Severity | null;
  /** The toll before this report; null for a new incident. */
  previousCasualties: Casualties | null;
}

const byIsoThenId = (a: { published: string; documentId: string }, b: { published: string; documentId: string }) =>
  a.published < b.published ? -1 : a.published > b.published ? 1 : a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0;

function maxSeverity(...all: Severity[]): Severity {
  return all.reduce((a, b) => (severityRank(b) > severityRank(a) ? b : a));
}

/** The higher stated figure; a report that says nothing (null) never lowers a stated one. */
function maxFigure(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * The incident's toll with a report's: the higher stated figure of each kind (tolls rise as reports
 * are updated), except that the wounded a report says have died since move from the injured to the
 * killed. A report that gives only those deaths ("two more wounded guards have died") adds them to
 * the known dead; one that gives a new total keeps it. `diedOfWounds` remembers how many moved, so
 * that another outlet telling the same deaths moves nobody twice.
 */
export function mergeTolls(known: Casualties, report: Casualties): Casualties {
  const killed = maxFigure(known.killed, report.killed);
  const injured = maxFigure(known.injured, report.injured);
  const moved = Math.max(0, (report.diedOfWounds ?? 0) - (known.diedOfWounds ?? 0));
  if (moved === 0) return { killed, injured, ...(known.diedOfWounds ? { diedOfWounds: known.diedOfWounds } : {}) };
  const onlyTheseDeaths = report.killed === null || report.killed <= report.diedOfWounds!;
  return {
    killed: onlyTheseDeaths ? Math.max(killed ?? 0, (known.killed ?? 0) + moved) : killed,
    // The report's own count of the wounded is after the deaths; else the known one less the dead.
    injured: report.injured ?? (known.injured === null ? null : Math.max(0, known.injured - moved)),
    diedOfWounds: report.diedOfWounds!,
  };
}

/** Whether a report states a toll: anyone killed or wounded. */
const stated = (c: Casualties) => (c.killed ?? 0) > 0 || (c.injured ?? 0) > 0;

function describeFigure(n: number | null): string {
  return n === null ? 'unknown' : String(n);
}

/** The changes a new toll makes, in words ("killed 3 → 12"), as updates list them. Pure. */
export function casualtyChanges(before: Casualties, after: Casualties): string[] {
  const out: string[] = [];
  for (const key of ['killed', 'injured'] as const) {
    if (before[key] !== after[key]) out.push(`${key} ${describeFigure(before[key])} → ${describeFigure(after[key])}`);
  }
  return out;
}

/** A raised severity in words ("severity medium → high"), as updates list it. Pure. */
export function severityChange(before: Severity, after: Severity): string {
  return `severity ${before} → ${after}`;
}

/** Who is said to be behind an attack matters more than who is merely mentioned. */
const ROLE_WEIGHT: Record<ResolvedActor['role'], number> = { claimed: 4, perpetrator: 3, blamed: 2, involved: 1, denied: 0 };

/**
 * The places of a report that describe this incident. A report that also covers other attacks
 * (a roundup: "three attacks on US forces today") names scenes far from this incident's; those
 * belong to the other attacks and stay out, and so do its attack types that this incident lacks
 * and its casualty figures.
 */
function placesOfThisIncident(incident: Incident, places: readonly ResolvedPlace[], maxKm: number) {
  const known = incident.places.filter(isPointPlace);
  if (known.length === 0) return { places, roundup: false };
  const near = (p: ResolvedPlace) => incident.places.some((q) => q.id === p.id) || (isPointPlace(p) && known.some((q) => distanceKm(p, q) <= maxKm));
  const scenes = places.filter(isScenePlace);
  const kept = scenes.filter(near);
  const roundup = kept.length > 0 && scenes.some((p) => isPointPlace(p) && !near(p));
  return { places: roundup ? kept : places, roundup };
}

/**
 * Adds a report to an incident (or starts one from it). Pure; re-merging a report that is already a
 * source changes nothing. Lists stay in a stable order (attack types in vocabulary order, the rest
 * in order of first appearance) so that the same reports in the same order give the same incident.
 */
export function mergeReport(incident: Incident | null, report: IncomingReport, cfg: Pick<GroupingConfig, 'distanceKm' | 'severityOf'>): MergeResult {
  const x = report.extraction;
  const published = isoInstant(report.published, report.documentId);
  // What later reports are compared with (SourceHeadlineSchema); the rest is about this report.
  const headline = { attackTypes: x.headline.attackTypes, hitPlaces: x.headline.hitPlaces, timeOfDay: x.headline.timeOfDay };
  const source = { documentId: report.documentId, feedId: report.feedId, title: report.title, link: report.link, published, headline };
  const fingerprint = { documentId: report.documentId, ...fingerprintOf(report) };

  if (!incident) {
    const fresh: Incident = {
      id: stableId('inc', report.documentId),
      title: report.title,
      firstPublished: published,
      lastPublished: published,
      attackTypes: ATTACK_TYPES.filter((a) => x.attackTypes.includes(a)),
      places: uniqueBy(reportPlaces(report, cfg.distanceKm), (p) => p.id),
      scenes: sceneIds([], reportPlaces(report, cfg.distanceKm), [], cfg.distanceKm),
      countries: [...new Set(x.countries)],
      actors: uniqueActors([], x.actors),
      casualties: { ...x.casualties },
      ...(stated(x.casualties) ? { tollSourceId: report.documentId } : {}),
      severity: x.severity,
      targets: [...new Set(x.targets)],
      sources: [source],
      fingerprints: [fingerprint],
    };
    fresh.severity = maxSeverity(x.severity, cfg.severityOf(fresh));
    return { incident: fresh, isNew: true, changes: [], severityRaised: false, previousSeverity: null, previousCasualties: null };
  }

  if (incident.sources.some((s) => s.documentId === report.documentId)) {
    return { incident, isNew: false, changes: [], severityRaised: false, previousSeverity: incident.severity, previousCasualties: incident.casualties };
  }

  const changes: string[] = [`new source: ${report.feedId} — ${report.title}`];
  const { places: ownPlaces, roundup } = placesOfThisIncident(incident, reportPlaces(report, cfg.distanceKm), cfg.distanceKm);

  const attackTypes = roundup ? incident.attackTypes : ATTACK_TYPES.filter((a) => incident.attackTypes.includes(a) || x.attackTypes.includes(a));
  for (const a of attackTypes) if (!incident.attackTypes.includes(a)) changes.push(`new attack type: ${a}`);

  const places = uniqueBy([...incident.places, ...ownPlaces], (p) => p.id);
  for (const p of places.slice(incident.places.length)) if (p.kind !== 'country') changes.push(`new place: ${p.name}`);

  const reportCountries = roundup ? ownPlaces.map((p) => p.country) : x.countries;
  const countries = [...new Set([...incident.countries, ...reportCountries])];

  const actors = uniqueActors(incident.actors, x.actors);
  for (const a of actors) {
    const before = incident.actors.find((b) => b.id === a.id);
    if (!before) changes.push(`new actor: ${a.name} (${a.role})`);
    else if (before.role !== a.role) changes.push(`${a.name}: ${before.role} → ${a.role}`);
  }

  // A roundup's figures add up several attacks: they are not this incident's toll.
  const casualties = mergeTolls(incident.casualties, roundup ? incident.casualties : x.casualties);
  changes.push(...casualtyChanges(incident.casualties, casualties));
  const raised = (['killed', 'injured'] as const).some((k) => (casualties[k] ?? 0) > (incident.casualties[k] ?? 0));

  const targets = [...new Set([...incident.targets, ...(roundup ? [] : x.targets)])];
  for (const g of targets.slice(incident.targets.length)) changes.push(`new target: ${g}`);

  const sources = [...incident.sources, source].sort(byIsoThenId);
  const merged: Incident = {
    ...incident,
    firstPublished: sources[0]!.published,
    lastPublished: sources.at(-1)!.published,
    attackTypes,
    places,
    scenes: sceneIds(incident.scenes, ownPlaces, incident.places, cfg.distanceKm),
    countries,
    actors,
    casualties,
    // The report that raised a figure states the toll now shown.
    ...(raised ? { tollSourceId: report.documentId } : {}),
    targets,
    sources,
    fingerprints: boundFingerprints([...incident.fingerprints, fingerprint]),
  };
  // Severity never drops: a later, vaguer report does not make an attack less serious.
  merged.severity = maxSeverity(incident.severity, roundup ? incident.severity : x.severity, cfg.severityOf(merged));
  const severityRaised = severityRank(merged.severity) > severityRank(incident.severity);
  if (severityRaised) changes.push(severityChange(incident.severity, merged.severity));
  return { incident: merged, isNew: false, changes, severityRaised, previousSeverity: incident.severity, previousCasualties: incident.casualties };
}

/** An ISO-8601 time in one canonical form (UTC, milliseconds), so that times sort as text. */
export function isoInstant(text: string, documentId: string): string {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`report ${documentId}: published time "${text}" is not an ISO-8601 date`);
  return new Date(ms).toISOString();
}

/**
 * Fingerprints kept per incident: the first reports (the ones most often syndicated) and the latest
 * (the ones being re-published now). Bounds the incident's size when hundreds of outlets report it.
 */
const KEEP_FIRST_FINGERPRINTS = 20;
const KEEP_LATEST_FINGERPRINTS = 30;

function boundFingerprints<T>(list: T[]): T[] {
  if (list.length <= KEEP_FIRST_FINGERPRINTS + KEEP_LATEST_FINGERPRINTS) return list;
  return [...list.slice(0, KEEP_FIRST_FINGERPRINTS), ...list.slice(-KEEP_LATEST_FINGERPRINTS)];
}

/**
 * The incident's scenes with the report's added. A scene in conflict with a known one (a copy of
 * the same article whose title names another town) is not added: an incident never spans two
 * specific scenes farther apart than the distance.
 */
function sceneIds(known: readonly string[], places: readonly ResolvedPlace[], knownPlaces: readonly ResolvedPlace[], maxKm: number): string[] {
  const scene = primaryScene(places);
  if (!scene || known.includes(scene.id)) return [...known];
  const conflicts = isPointPlace(scene) && knownPlaces.some((p) => known.includes(p.id) && isPointPlace(p) && sceneConflict(scene, p, maxKm) !== null);
  return conflicts ? [...known] : [...known, scene.id];
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}

/** One entry per actor id, keeping the strongest role any report gave it. */
function uniqueActors(known: readonly ResolvedActor[], incoming: readonly ResolvedActor[]): ResolvedActor[] {
  const out = known.map((a) => ({ ...a }));
  for (const a of incoming) {
    const existing = out.find((b) => b.id === a.id);
    if (!existing) out.push({ ...a });
    else if (ROLE_WEIGHT[a.role] > ROLE_WEIGHT[existing.role]) existing.role = a.role;
  }
  return out;
}
