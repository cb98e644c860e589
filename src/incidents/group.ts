import { assignIncident, separationNote } from './assign.js';
import type { GroupingConfig, Incident, IncomingReport } from './incident.js';
import { incidentKeys, neighbourKeys, reportKeys } from './keys.js';
import { type MergeResult, mergeReport } from './merge.js';

/** An incident is a candidate for a report published at `around` if its reports come within the window. */
export function isCandidate(incident: Incident, around: Date, windowMs: number): boolean {
  const t = around.getTime();
  return Date.parse(incident.lastPublished) >= t - windowMs && Date.parse(incident.firstPublished) <= t + windowMs;
}

export interface GroupedReport extends MergeResult {
  documentId: string;
  score: number;
  reasons: string[];
  /** For a report that starts an incident apart from a similar one: why, in one line. */
  note: string | null;
}

/** Incidents elsewhere in the country looked at for a separation note: the most recent ones. */
export const NOTE_NEIGHBOURS = 20;

/** Incidents whose latest report is this many windows older than the latest report seen are forgotten. */
const EVICT_AFTER_WINDOWS = 2;
/** Eviction runs when this many incidents were added since the last run (amortised cost). */
const EVICT_EVERY = 256;

/** The recent incidents among `incidents`, most recent first, at most `limit`. */
export function mostRecent(incidents: Iterable<Incident>, around: Date, windowMs: number, limit: number): Incident[] {
  return [...incidents]
    .filter((i) => isCandidate(i, around, windowMs))
    .sort((a, b) => (a.lastPublished < b.lastPublished ? 1 : a.lastPublished > b.lastPublished ? -1 : 0))
    .slice(0, limit);
}

/**
 * Incidents kept in memory, one report at a time, in arrival order: what the store's `recordReport`
 * does, without a store (`sitrep analyze`, the evaluation). Candidates come from an index by the
 * same keys as the store's (keys.ts), and incidents far older than the latest report are forgotten,
 * so the cost per report does not grow with the reports seen.
 */
export class IncidentGrouper {
  private readonly incidents = new Map<string, Incident>();
  private readonly index = new Map<string, Set<string>>();
  private latest = Number.NEGATIVE_INFINITY;
  private addedSinceEviction = 0;

  constructor(private readonly cfg: GroupingConfig) {}

  add(report: IncomingReport): GroupedReport {
    const around = new Date(report.published);
    const candidates = this.lookUp(reportKeys(report, this.cfg.distanceKm)).filter((i) => isCandidate(i, around, this.cfg.windowMs));
    const assignment = assignIncident(report, candidates, this.cfg);
    const result = mergeReport(assignment.incidentId ? this.incidents.get(assignment.incidentId)! : null, report, this.cfg);
    let note = assignment.note;
    if (result.isNew && note === null) {
      note = separationNote(report, mostRecent(this.lookUp(neighbourKeys(report)), around, this.cfg.windowMs, NOTE_NEIGHBOURS), this.cfg);
    }
    if (result.isNew && note) result.incident.groupingNote = note;
    this.file(result.incident);
    this.evictOld(around.getTime());
    return { documentId: report.documentId, score: assignment.score, reasons: assignment.reasons, note, ...result };
  }

  /** The incidents held now (the recent ones), in order of creation. */
  all(): Incident[] {
    return [...this.incidents.values()];
  }

  private lookUp(keys: readonly string[]): Incident[] {
    const ids = new Set<string>();
    for (const key of keys) for (const id of this.index.get(key) ?? []) ids.add(id);
    return [...ids].flatMap((id) => this.incidents.get(id) ?? []);
  }

  private file(incident: Incident): void {
    if (!this.incidents.has(incident.id)) this.addedSinceEviction++;
    this.incidents.set(incident.id, incident);
    for (const key of incidentKeys(incident)) {
      const ids = this.index.get(key) ?? new Set<string>();
      ids.add(incident.id);
      this.index.set(key, ids);
    }
  }

  private evictOld(published: number): void {
    this.latest = Math.max(this.latest, published);
    if (this.addedSinceEviction < EVICT_EVERY) return;
    this.addedSinceEviction = 0;
    const before = this.latest - EVICT_AFTER_WINDOWS * this.cfg.windowMs;
    for (const incident of [...this.incidents.values()]) {
      if (Date.parse(incident.lastPublished) >= before) continue;
      this.incidents.delete(incident.id);
      for (const key of incidentKeys(incident)) {
        const ids = this.index.get(key);
        ids?.delete(incident.id);
        if (ids?.size === 0) this.index.delete(key);
      }
    }
  }
}

/** Groups reports into incidents in the order given. Returns the incidents and what happened to each report. */
export function groupReports(reports: readonly IncomingReport[], cfg: GroupingConfig): { incidents: Incident[]; steps: GroupedReport[] } {
  const grouper = new IncidentGrouper(cfg);
  const steps = reports.map((r) => grouper.add(r));
  // Every incident formed, in order of creation, as it ended (the grouper forgets old ones).
  const incidents = new Map<string, Incident>();
  for (const step of steps) incidents.set(step.incident.id, step.incident);
  return { incidents: [...incidents.values()], steps };
}
