import { assignIncident } from './assign.js';
import type { GroupingConfig, Incident, IncomingReport } from './incident.js';
import { mergeReport, type MergeResult } from './merge.js';

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
 * Groups reports into incidents in memory, in the order given (the store's `recordReport` does the
 * same one report at a time). Returns the incidents, oldest first, and what happened to each report.
 */
export function groupReports(reports: readonly IncomingReport[], cfg: GroupingConfig): { incidents: Incident[]; steps: GroupedReport[] } {
  const incidents = new Map<string, Incident>();
  const steps: GroupedReport[] = [];
  for (const report of reports) {
    const around = new Date(report.published);
    const candidates = [...incidents.values()].filter((i) => isCandidate(i, around, cfg.windowMs));
    const assignment = assignIncident(report, candidates, cfg);
    const result = mergeReport(assignment.incidentId ? incidents.get(assignment.incidentId)! : null, report, cfg);
    incidents.set(result.incident.id, result.incident);
    steps.push({ documentId: report.documentId, score: assignment.score, reasons: assignment.reasons, ...result });
  }
  return { incidents: [...incidents.values()], steps };
}
