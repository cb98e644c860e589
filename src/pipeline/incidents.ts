import { severityOf } from '../extract/severity.js';
import { assignIncident, isSpecific, reportScene, separationNote } from '../incidents/assign.js';
import { NOTE_NEIGHBOURS } from '../incidents/group.js';
import { type GroupingConfig, groupingConfig, type IncomingReport, type SeverityFunction } from '../incidents/incident.js';
import { neighbourKeys, reportKeys } from '../incidents/keys.js';
import { isoInstant, type MergeResult, mergeReport } from '../incidents/merge.js';
import type { Db } from '../store/database.js';
import { IncidentCache, type IncidentLocks, IncidentWrites, lockIncident, recentIncidents, serializeIncidentWrites } from '../store/incidents.js';

/** The pipeline's incident step (`IncidentRecorder` in process.ts) over the store. */
export class IncidentStore {
  private readonly cfg: GroupingConfig;
  /**
   * Incidents read recently, parsed, kept between reports (bounded, least recently used out).
   * Rows are re-read when their version changed (another process, a rolled-back transaction).
   */
  private readonly cache = new IncidentCache();
  /** Per open transaction, the reports whose locks `lockFor` took in it: recording them takes no more. */
  private readonly locked = new WeakMap<Db, Set<string>>();

  constructor(incidents: { window: number; distanceKm: number }, severity: SeverityFunction = severityOf) {
    this.cfg = groupingConfig(incidents, severity);
  }

  /** Files a report into its incident inside the caller's transaction (or its own); with `writes`, its writes are held there. */
  record(db: Db, report: IncomingReport, now: Date, writes?: IncidentWrites): Promise<MergeResult> {
    return recordReport(db, report, this.cfg, now, this.cache, this.locked.get(db)?.has(report.documentId) ?? false, writes);
  }

  /** Takes, at the start of a transaction that will record several reports, the locks they all need. */
  async lockFor(tx: Db, reports: readonly IncomingReport[]): Promise<void> {
    await serializeIncidentWrites(tx, () => reports.map((r) => incidentLocks(r, this.cfg)));
    this.locked.set(tx, new Set(reports.map((r) => r.documentId)));
  }
}

/** What recording a report reads by, for serializeIncidentWrites. */
function incidentLocks(report: IncomingReport, cfg: GroupingConfig): IncidentLocks {
  return {
    countries: neighbourKeys(report),
    keys: reportKeys(report, cfg.distanceKm),
    wholeCountry: !isSpecific(reportScene(report, cfg.distanceKm)),
  };
}

/**
 * The incident step of the pipeline, for one analysed attack document: finds the incident the
 * report belongs to among the candidates filed under its look-up keys (incidents/keys.ts), merges
 * the report into it (or starts a new one, with a note when it was kept apart from a similar one),
 * saves it and links the document to it, all in one transaction (the caller's, when `db` is one).
 * With `writes`, the caller's transaction holds the saves there and writes them before it commits
 * (IncidentWrites); without, they are written before this returns. Re-recording a report changes nothing.
 */
export async function recordReport(
  db: Db,
  report: IncomingReport,
  cfg: GroupingConfig,
  now: Date,
  cache?: IncidentCache,
  /** The caller's transaction holds this report's locks already (IncidentStore.lockFor). */
  locked = false,
  writes?: IncidentWrites,
): Promise<MergeResult> {
  const published = isoInstant(report.published, report.documentId);
  // The report itself when its time is written as an instant already: what was computed of it
  // (its fingerprint, in lockFor) is not computed again for a copy.
  const normalised = published === report.published ? report : { ...report, published };
  const around = new Date(published);
  const locks = incidentLocks(normalised, cfg);
  const { keys } = locks;
  const specific = !locks.wholeCountry;
  const record = async (tx: Db) => {
    const held = writes ?? new IncidentWrites();
    if (!locked) await serializeIncidentWrites(tx, () => [locks]);
    const candidates = await recentIncidents(tx, around, cfg.windowMs, cache, { keys, held });
    const assignment = assignIncident(normalised, candidates, cfg);
    const chosen = candidates.find((c) => c.id === assignment.incidentId);
    const current = chosen ? await lockIncident(tx, chosen, cache, held) : null;
    const result = mergeReport(current, normalised, cfg);
    if (result.isNew) {
      const neighbours = () => recentIncidents(tx, around, cfg.windowMs, cache, { keys: neighbourKeys(normalised), limit: NOTE_NEIGHBOURS, held });
      const note = assignment.note ?? (specific ? separationNote(normalised, await neighbours(), cfg) : null);
      if (note) result.incident.groupingNote = note;
    }
    if (result.incident !== current) held.save(result.incident, now, cache, result.isNew ? 'new' : current, report.documentId);
    else held.link(report.documentId, result.incident.id);
    if (!writes) await held.write(tx);
    return result;
  };
  return db.isTransaction ? record(db) : db.transaction().execute(record);
}
