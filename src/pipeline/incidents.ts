import { severityOf } from '../extract/severity.js';
import { assignIncident } from '../incidents/assign.js';
import { type GroupingConfig, groupingConfig, type IncomingReport, type SeverityFunction } from '../incidents/incident.js';
import { isoInstant, type MergeResult, mergeReport } from '../incidents/merge.js';
import type { Db } from '../store/database.js';
import { type IncidentCache, linkDocumentToIncident, recentIncidents, saveIncident, serializeIncidentWrites } from '../store/incidents.js';

/** The pipeline's incident step (`IncidentRecorder` in process.ts) over the store. */
export class IncidentStore {
  private readonly cfg: GroupingConfig;
  /**
   * The recent incidents, parsed, kept between reports: each report compares with all of them.
   * Rows are re-read when their version changed (another process, a rolled-back transaction).
   */
  private readonly cache: IncidentCache = new Map();

  constructor(incidents: { window: number; distanceKm: number }, severity: SeverityFunction = severityOf) {
    this.cfg = groupingConfig(incidents, severity);
  }

  /** Files a report into its incident inside the caller's transaction (or its own). */
  record(db: Db, report: IncomingReport, now: Date): Promise<MergeResult> {
    return recordReport(db, report, this.cfg, now, this.cache);
  }
}

/**
 * The incident step of the pipeline, for one analysed attack document: finds the incident the
 * report belongs to among recent ones, merges the report into it (or starts a new one), saves it
 * and links the document to it, all in one transaction (the caller's, when `db` is one).
 * Re-recording a report changes nothing.
 */
export async function recordReport(db: Db, report: IncomingReport, cfg: GroupingConfig, now: Date, cache?: IncidentCache): Promise<MergeResult> {
  const published = isoInstant(report.published, report.documentId);
  const normalised = { ...report, published };
  const record = async (tx: Db) => {
    await serializeIncidentWrites(tx);
    const candidates = await recentIncidents(tx, new Date(published), cfg.windowMs, cache);
    const { incidentId } = assignIncident(normalised, candidates, cfg);
    const current = incidentId ? (candidates.find((c) => c.id === incidentId) ?? null) : null;
    const result = mergeReport(current, normalised, cfg);
    if (result.incident !== current) await saveIncident(tx, result.incident, now, cache);
    await linkDocumentToIncident(tx, report.documentId, result.incident.id);
    return result;
  };
  return db.isTransaction ? record(db) : db.transaction().execute(record);
}
