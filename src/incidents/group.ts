import { assignIncident } from './assign.js';
import type { GroupingConfig, Incident, IncomingReport } from './incident.js';
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
}

/**
 * Incidents kept in memory, one report at a time, in arrival order: what the store's `recordReport`
 * does, without a store (`sitrep analyze`, the evaluation).
 */
export class IncidentGrouper {
  private readonly incidents = new Map<string, Incident>();

  constructor(private readonly cfg: GroupingConfig) {}

  add(report: IncomingReport): GroupedReport {
    const around = new Date(report.published);
    const candidates = [...this.incidents.values()].filter((i) => isCandidate(i, around, this.cfg.windowMs));
    const assignment = assignIncident(report, candidates, this.cfg);
    const result = mergeReport(assignment.incidentId ? this.incidents.get(assignment.incidentId)! : null, report, this.cfg);
    this.incidents.set(result.incident.id, result.incident);
    return { documentId: report.documentId, score: assignment.score, reasons: assignment.reasons, ...result };
  }

  /** The incidents so far, in order of creation. */
  all(): Incident[] {
    return [...this.incidents.values()];
  }
}

/** Groups reports into incidents in the order given. Returns the incidents and what happened to each report. */
export function groupReports(reports: readonly IncomingReport[], cfg: GroupingConfig): { incidents: Incident[]; steps: GroupedReport[] } {
  const grouper = new IncidentGrouper(cfg);
  const steps = reports.map((r) => grouper.add(r));
  return { incidents: grouper.all(), steps };
}
