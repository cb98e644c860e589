import type { Alert } from '../alerts/alert.js';
import { buildAlerts, type IncidentView } from '../alerts/build.js';
import type { Clock } from '../clock.js';
import type { Extraction } from '../extract/analysis.js';
import { type PreparedDocument, prepareDocument } from '../extract/normalize.js';
import type { FeedItem } from '../feeds/item.js';
import { stableId } from '../ids.js';
import type { IncomingReport } from '../incidents/incident.js';
import type { Logger } from '../logger.js';
import { metrics, secondsSince } from '../metrics.js';
import { type CompiledRule, type RuleSet, ruleKey } from '../rules/compile.js';
import { matchRules } from '../rules/evaluate.js';
import type { RuleResolver } from '../rules/resolver.js';
import type { Db } from '../store/database.js';
import { insertDocument } from '../store/documents.js';
import { type DeliveryTarget, rulesAlertedForIncident, writeAlert } from '../store/outbox.js';
import type { Severity } from '../vocabulary.js';

export interface Extractor {
  extract(doc: PreparedDocument): Extraction;
}

export interface IncidentOutcome {
  incident: IncidentView;
  isNew: boolean;
  changes: string[];
  previousSeverity: Severity | null;
}

/** Files an attack report into an incident (new or existing), inside the caller's transaction. */
export interface IncidentRecorder {
  record(tx: Db, report: IncomingReport, now: Date): Promise<IncidentOutcome>;
}

export interface PipelineDeps {
  db: Db;
  extractor: Extractor;
  resolver: RuleResolver;
  /** The current rules (config file and every server's own); re-read for every batch. */
  rules: () => RuleSet;
  incidents: IncidentRecorder;
  /** Where an alert goes: the console, or the channels subscribed to its rule. */
  targets: (tx: Db, alert: Alert) => Promise<DeliveryTarget[]>;
  clock: Clock;
  log: Logger;
}

export interface FeedBatch {
  feedId: string;
  /** Server that owns the feed: its items only feed that server's rules. Null for config feeds. */
  guildId: string | null;
  items: readonly FeedItem[];
  /** Items published before this are recorded silently (first poll of a new feed). */
  silentBefore: Date | null;
}

export interface BatchResult {
  stored: number;
  attacks: number;
  alerts: number;
}

/** The rules that alerted an incident before, as they are compiled now (deleted rules drop out). */
async function rulesThatAlerted(tx: Db, incidentId: string, set: RuleSet): Promise<CompiledRule[]> {
  const rules = await rulesAlertedForIncident(tx, incidentId);
  return rules.flatMap((r) => set.byKey.get(ruleKey(r.guildId, r.ruleId)) ?? []);
}

/**
 * Stores each new item of a feed and runs it through the pipeline: extract → incident → rules →
 * alerts written to the outbox. Each item is one transaction, so an item is never marked seen
 * without its document and alerts, and a crash loses nothing.
 */
export async function processBatch(deps: PipelineDeps, batch: FeedBatch): Promise<BatchResult> {
  const result: BatchResult = { stored: 0, attacks: 0, alerts: 0 };
  const set = deps.rules();
  for (const item of batch.items) {
    const now = deps.clock.now();
    const published = item.published ?? now.toISOString();
    const prepared = prepareDocument({ title: item.title, content: item.content });
    const analysisStart = performance.now();
    const extraction = deps.extractor.extract(prepared);
    metrics.analysisDuration.observe(secondsSince(analysisStart));
    const documentId = stableId('doc', batch.feedId, item.key);
    const silent = batch.silentBefore !== null && new Date(published) < batch.silentBefore;
    const written = await deps.db.transaction().execute(async (tx) => {
      const inserted = await insertDocument(tx, {
        id: documentId,
        feedId: batch.feedId,
        itemKey: item.key,
        guid: item.guid,
        link: item.link,
        title: item.title,
        content: item.content,
        published,
        firstSeen: now.toISOString(),
        extraction,
      });
      if (!inserted) return null;
      if (!extraction.isAttack) return [];
      const report = { documentId, feedId: batch.feedId, title: item.title, content: item.content, link: item.link, published, extraction };
      const groupingStart = performance.now();
      const outcome = await deps.incidents.record(tx, report, now);
      metrics.groupingDuration.observe(secondsSince(groupingStart));
      if (silent) return [];
      const matches = matchRules(set, { extraction, tokens: prepared.tokens }, deps.resolver).filter(
        // A server's own feed feeds only that server's rules.
        (m) => batch.guildId === null || m.rule.guildId === batch.guildId,
      );
      const alertedBefore = outcome.isNew ? [] : await rulesThatAlerted(tx, outcome.incident.id, set);
      const alerts = buildAlerts({
        incident: outcome.incident,
        report,
        matches,
        alertedBefore,
        changes: outcome.changes,
        previousSeverity: outcome.previousSeverity,
      });
      for (const alert of alerts) await writeAlert(tx, alert, await deps.targets(tx, alert), now);
      return alerts;
    });
    if (written === null) continue;
    // Counted once the transaction committed. Server rules share one label: their ids are unbounded.
    for (const alert of written) metrics.alerts.inc({ rule: alert.guildId === null ? alert.ruleId : '(server rule)', severity: alert.severity });
    result.stored++;
    if (extraction.isAttack) result.attacks++;
    result.alerts += written.length;
    deps.log.debug({ feed: batch.feedId, document: documentId, attack: extraction.isAttack, alerts: written.length, silent }, 'document processed');
  }
  return result;
}
