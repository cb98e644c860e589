import { severityOf } from '../alerts/severity.js';
import type { Db } from '../store/database.js';
import { type IncidentCache, recordReport } from '../store/incidents.js';
import { type GroupingConfig, groupingConfig, type IncomingReport, type SeverityFunction } from './incident.js';
import type { MergeResult } from './merge.js';

/** The pipeline's incident step (pipeline/process.ts `IncidentRecorder`) over the store. */
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
