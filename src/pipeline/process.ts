import type { Alert } from '../alerts/alert.js';
import { buildAlerts, type IncidentView, messagesForTargets, reportView } from '../alerts/build.js';
import type { DeliveryTarget } from '../alerts/sink.js';
import type { Clock } from '../clock.js';
import type { Casualties, Extraction } from '../extract/analysis.js';
import type { FeedItem } from '../feeds/item.js';
import { stableId } from '../ids.js';
import { rememberSketches } from '../incidents/fingerprint.js';
import type { IncomingReport } from '../incidents/incident.js';
import type { Logger } from '../logger.js';
import { metrics, secondsSince } from '../metrics.js';
import { type CompiledRule, type RuleSet, ruleKey } from '../rules/compile.js';
import { matchRules, type RuleMatchResult } from '../rules/evaluate.js';
import type { RuleResolver } from '../rules/resolver.js';
import type { Db } from '../store/database.js';
import { insertDocuments } from '../store/documents.js';
import { IncidentWrites } from '../store/incidents.js';
import { AlertRows, rulesAlertedForIncident } from '../store/outbox.js';
import type { Severity } from '../vocabulary.js';
import { analyseItem, type ExtractionPool, type Extractor, type ItemAnalysis, type PackedAnalysis, unpackAnalysis } from './extraction-pool.js';

export type { Extractor } from './extraction-pool.js';

export interface IncidentOutcome {
  incident: IncidentView;
  isNew: boolean;
  changes: string[];
  previousSeverity: Severity | null;
  previousCasualties: Casualties | null;
}

/** Files an attack report into an incident (new or existing), inside the caller's transaction. */
export interface IncidentRecorder {
  /** With `writes`, the incident's writes are held there until the caller writes them (before it commits). */
  record(tx: Db, report: IncomingReport, now: Date, writes?: IncidentWrites): Promise<IncidentOutcome>;
  /** Takes, first in a transaction that records several reports, what they all need locked (PostgreSQL). */
  lockFor?(tx: Db, reports: readonly IncomingReport[]): Promise<void>;
}

export interface PipelineDeps {
  db: Db;
  extractor: Extractor;
  /** Worker threads that extract items (`polling.extractionWorkers`); none: `extractor` on this thread. */
  pool?: ExtractionPool | null;
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
  /** Items recorded silently whatever their date (a new feed's items without a trustworthy date). */
  silentKeys?: ReadonlySet<string>;
  /** Stops the batch between two items (shutdown); the items left are picked up by a later poll. */
  signal?: AbortSignal;
}

export interface BatchResult {
  stored: number;
  attacks: number;
  /** Alert messages queued (one per target and report, less those folded into a message still waiting). */
  alerts: number;
  /** True when the batch stopped early on its signal. */
  abandoned: boolean;
}

/** The event loop gets a turn at least this often during a batch: slash commands, deliveries and signals wait no longer. */
const SLICE_MS = 20;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The rules that alerted an incident before (stored, or queued earlier in this transaction), as
 * they are compiled now (deleted rules drop out), each once, in the rule set's order. An incident
 * this transaction started has no stored alerts to read.
 */
async function rulesThatAlerted(tx: Db, incidentId: string, set: RuleSet, queued: AlertRows, startedHere: boolean): Promise<CompiledRule[]> {
  const alerted = startedHere ? queued.alertedRules(incidentId) : await rulesAlertedForIncident(tx, incidentId, queued);
  const rules = new Set(alerted.flatMap((r) => set.byKey.get(ruleKey(r.guildId, r.ruleId)) ?? []));
  return [...rules].sort((a, b) => set.order.get(a)! - set.order.get(b)!);
}

/** Items written per transaction: one commit per this many items, not per item. */
const ITEMS_PER_TRANSACTION = 50;

/** An item analysed and matched, ready to write: its tokens are not kept (50 items' worth is a lot of memory). */
interface AnalysedItem {
  item: FeedItem;
  matches: RuleMatchResult[];
  extraction: Extraction;
  /** The extraction as JSON, when the worker that analysed the item wrote it. */
  extractionJson: string | undefined;
  documentId: string;
  published: string;
  silent: boolean;
  report: IncomingReport;
}

interface WrittenItem {
  alerts: Alert[];
  /** Its outbox messages' ids. */
  messages: string[];
}

/**
 * Stores each new item of a feed and runs it through the pipeline: extract → incident (attacks) →
 * rules → alerts written to the outbox, one message per target. Items are written in transactions
 * of up to ITEMS_PER_TRANSACTION, so an item is never marked seen without its document and alerts,
 * and a crash loses nothing; when such a transaction fails, its items are written again one per
 * transaction, so that one bad item holds back no other. The batch runs in slices that give the
 * event loop a turn, and stops between items when its signal fires. A report that is not an attack
 * can still match a keyword watch (`attacksOnly: false`): it then alerts as a plain report, outside
 * any incident.
 */
export async function processBatch(deps: PipelineDeps, batch: FeedBatch): Promise<BatchResult> {
  const result: BatchResult = { stored: 0, attacks: 0, alerts: 0, abandoned: false };
  const set = deps.rules();
  let sliceStart = performance.now();
  const yieldIfDue = async () => {
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  };
  /** Between items: a turn for the event loop when due, and false once the signal fired. */
  const proceed = async () => {
    await yieldIfDue();
    if (batch.signal?.aborted) result.abandoned = true;
    return !result.abandoned;
  };
  const now = () => deps.clock.now();

  const analysed = (item: FeedItem, { extraction, tokens, sketches, extractionJson }: ItemAnalysis): AnalysedItem => {
    const published = item.published ?? now().toISOString();
    const documentId = stableId('doc', batch.feedId, item.key);
    const silent = batch.silentKeys?.has(item.key) || (batch.silentBefore !== null && new Date(published) < batch.silentBefore);
    const report = { documentId, feedId: batch.feedId, title: item.title, content: item.content, link: item.link, published, extraction };
    if (sketches) rememberSketches(report, sketches);
    const matches = silent
      ? []
      : matchRules(set, { extraction, tokens }, deps.resolver).filter(
          // A server's own feed feeds only that server's rules.
          (m) => batch.guildId === null || m.rule.guildId === batch.guildId,
        );
    return { item, matches, extraction, extractionJson, documentId, published, silent, report };
  };
  /**
   * The analyses of a transaction's items: all sent to the pool at once, or one at a time on this
   * thread when asked for. Until a worker has its engine loaded (the first items after start-up,
   * or while a crashed worker is replaced) they are analysed here, with the same results: nothing
   * waits for a worker, and the workers start only once there is work (ExtractionPool). A worker's
   * analysis stays packed until its item's turn (`PackedAnalysis`).
   */
  const analyses = (items: readonly FeedItem[]): Array<() => Promise<PackedAnalysis> | ItemAnalysis> => {
    const pool = deps.pool;
    if (!pool?.ready) {
      pool?.analysedOnCaller(items.length);
      return items.map((item) => () => analyseItem(deps.extractor, item));
    }
    const sent = items.map((item) => pool.analysePacked(item));
    // Items left unawaited when the batch stops early must not fail the process with an unhandled rejection.
    for (const p of sent) p.catch(() => undefined);
    return sent.map((p) => () => p);
  };

  /** An item whose document was just stored (in the same transaction) through the rest of the pipeline. */
  const write = async (tx: Db, a: AnalysedItem, queued: AlertRows, incidentWrites: IncidentWrites): Promise<WrittenItem> => {
    const at = now();
    const { matches, extraction, documentId, report } = a;
    const none = { alerts: [] as Alert[], messages: [] as string[] };
    const groupingStart = performance.now();
    const outcome = extraction.isAttack ? await deps.incidents.record(tx, report, at, incidentWrites) : null;
    if (outcome) metrics.groupingDuration.observe(secondsSince(groupingStart));
    if (a.silent) return none;
    if (!outcome && matches.length === 0) return none;
    const alerts = buildAlerts({
      incident: outcome?.incident ?? reportView(report, extraction),
      style: outcome ? 'attack' : 'report',
      report,
      matches,
      alertedBefore:
        outcome && !outcome.isNew ? await rulesThatAlerted(tx, outcome.incident.id, set, queued, incidentWrites.startedHere(outcome.incident.id)) : [],
      changes: outcome?.changes ?? [],
      previousSeverity: outcome?.previousSeverity ?? null,
      previousCasualties: outcome?.previousCasualties ?? null,
    });
    const routed: { alert: Alert; targets: DeliveryTarget[] }[] = [];
    for (const alert of alerts) routed.push({ alert, targets: await deps.targets(tx, alert) });
    return { alerts, messages: queued.add(alerts, messagesForTargets(routed), documentId, at) };
  };

  const writeAll = (items: readonly AnalysedItem[]) =>
    deps.db.transaction().execute(async (tx) => {
      await deps.incidents.lockFor?.(
        tx,
        items.filter((a) => a.extraction.isAttack).map((a) => a.report),
      );
      const firstSeen = now().toISOString();
      // Items already seen (another process, an earlier run) are not written again.
      const fresh = await insertDocuments(
        tx,
        items.map(({ item, extraction, extractionJson, documentId, published }) => ({
          id: documentId,
          feedId: batch.feedId,
          itemKey: item.key,
          guid: item.guid,
          link: item.link,
          title: item.title,
          content: item.content,
          published,
          firstSeen,
          extraction,
          extractionJson,
        })),
      );
      // Within a transaction the event loop still gets its turns, but every item given is written.
      const queued = new AlertRows();
      // The incidents' writes, each incident once, before the rows that name them.
      const incidentWrites = new IncidentWrites();
      const out: Array<WrittenItem | null> = [];
      for (const [n, a] of items.entries()) {
        await yieldIfDue();
        out.push(fresh[n] ? await write(tx, a, queued, incidentWrites) : null);
      }
      await incidentWrites.write(tx);
      const inserted = await queued.write(tx);
      return out.map((w) => w && { alerts: w.alerts, queued: w.messages.filter((id) => inserted.has(id)).length });
    });

  for (let start = 0; start < batch.items.length && !result.abandoned; start += ITEMS_PER_TRANSACTION) {
    const items = batch.items.slice(start, start + ITEMS_PER_TRANSACTION);
    const pending = analyses(items);
    const ready: AnalysedItem[] = [];
    for (const item of items) {
      if (!(await proceed())) break;
      // Taken out of the list: an analysis's tokens (hundreds of objects an item) must not stay
      // reachable while the rest of the batch is analysed and written, which outlasts many
      // young-generation collections and would move them all into the old generation.
      const got = await pending.shift()!();
      const analysis = 'tokens' in got ? got : unpackAnalysis(got);
      metrics.analysisDuration.observe(analysis.seconds);
      ready.push(analysed(item, analysis));
    }
    if (ready.length === 0) break;
    let written: Array<{ alerts: Alert[]; queued: number } | null>;
    try {
      written = await writeAll(ready);
    } catch (err) {
      if (ready.length === 1) throw err;
      written = [];
      for (const a of ready) written.push(...(await writeAll([a])));
    }
    for (const [n, w] of written.entries()) {
      if (w === null) continue;
      const { extraction, documentId, silent } = ready[n]!;
      // Counted once the transaction committed, per rule. Server rules share one label: their ids are unbounded.
      for (const alert of w.alerts) {
        for (const rule of alert.rules) metrics.alerts.inc({ rule: rule.guildId === null ? rule.id : '(server rule)', severity: alert.severity });
      }
      result.stored++;
      if (extraction.isAttack) result.attacks++;
      result.alerts += w.queued;
      deps.log.debug({ feed: batch.feedId, document: documentId, attack: extraction.isAttack, alerts: w.queued, silent }, 'document processed');
    }
  }
  return result;
}
