import type { Casualties, Extraction, ResolvedActor, ResolvedPlace } from '../extract/analysis.js';
import { stableId } from '../ids.js';
import type { CompiledRule } from '../rules/compile.js';
import type { RuleMatchResult } from '../rules/evaluate.js';
import type { AttackType, Severity } from '../vocabulary.js';
import type { Alert, AlertSource } from './alert.js';
import type { DeliveryTarget, SinkName } from './sink.js';

/** What an alert shows of an incident: the merged view of all its reports. */
export interface IncidentView {
  id: string;
  title: string;
  attackTypes: AttackType[];
  places: ResolvedPlace[];
  countries: string[];
  actors: ResolvedActor[];
  casualties: Casualties;
  /** The source that stated the toll shown (see Incident.tollSourceId). */
  tollSourceId?: string;
  severity: Severity;
  sources: AlertSource[];
}

export interface AlertInput {
  incident: IncidentView;
  /** 'report' when the report is not an attack (only keyword watches match it). */
  style: Alert['style'];
  /** The report that triggered this round of alerts. */
  report: { documentId: string; content: string; link: string | null; published: string };
  /** The rules the report matches now. */
  matches: readonly RuleMatchResult[];
  /** Rules that alerted this incident before: they get an update instead of a new alert. */
  alertedBefore: readonly CompiledRule[];
  changes: readonly string[];
  previousSeverity: Severity | null;
  previousCasualties: Casualties | null;
}

/**
 * What an alert shows of a report that is not an attack: reports are not grouped into incidents,
 * so each is its own, under an id derived from the document. Pure.
 */
export function reportView(report: AlertSource, x: Extraction): IncidentView {
  const { documentId, feedId, title, link, published } = report;
  return {
    id: stableId('report', report.documentId),
    title: report.title,
    attackTypes: x.attackTypes,
    places: x.places,
    countries: x.countries,
    actors: x.actors,
    casualties: x.casualties,
    severity: x.severity,
    sources: [{ documentId, feedId, title, link, published }],
  };
}

const SUMMARY_CHARS = 400;
/**
 * The longest title an alert or a digest shows: a headline, not an article pasted into the title
 * field (a feed's 3,000-character title filled terminals and digests). Discord's embed titles
 * stop at 256.
 */
export const TITLE_CHARS = 200;
/** What changed, per line: a change quoting a new source's title is cut like a title. */
const CHANGE_CHARS = TITLE_CHARS + 100;

/** Whitespace that `oneLine` changes: other than a single space between two words. */
const NOT_ONE_LINE_RE = /[^\S ]| {2}|^ | $/;

/**
 * Text on one line: every run of whitespace one space, none at either end. Most titles are so
 * already, and an alert clips every source's title: those are returned as they are, not copied.
 */
function oneLine(text: string): string {
  return NOT_ONE_LINE_RE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** Text on one line, cut at a word boundary to at most `max` characters, the cut marked "…". Pure. */
export function clipAtWord(text: string, max: number): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** A title as alerts and digests show it: on one line, at most TITLE_CHARS. Pure. */
export function headline(title: string): string {
  return clipAtWord(title, TITLE_CHARS);
}

/** The first sentences of the text, cut at a sentence or word boundary. Pure. */
export function summarize(text: string, max = SUMMARY_CHARS): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  if (sentenceEnd > max / 2) return cut.slice(0, sentenceEnd + 1);
  return clipAtWord(flat, max);
}

/** The report that opened an incident, whose title the incident took. Pure. */
export function openingSource<S extends { title: string }>(incident: { title: string; sources: readonly S[] }): S | undefined {
  return incident.sources.find((s) => s.title === incident.title);
}

/**
 * The report an alert shows an incident by, so that its title and link name one article: the
 * report stating the toll shown, else the one that opened the incident (a report published
 * earlier but read later sorts before it). Pure.
 */
export function leadSource<S extends { documentId: string; title: string }>(incident: {
  title: string;
  tollSourceId?: string | undefined;
  sources: readonly S[];
}): S | undefined {
  return incident.sources.find((s) => s.documentId === incident.tollSourceId) ?? openingSource(incident);
}

/**
 * The alerts one report causes, one per rule: a new alert for each matching rule that has not
 * alerted the incident yet, and an update for each rule that has. Deterministic ids make
 * re-processing idempotent. Pure.
 */
export function buildAlerts(input: AlertInput): Alert[] {
  const { incident, report } = input;
  const first = incident.sources[0];
  // The toll shown changes as the dead are counted: the title is that of the report stating it.
  const lead = leadSource(incident);
  const base = {
    style: input.style,
    incidentId: incident.id,
    title: headline(lead?.title ?? incident.title),
    link: lead ? lead.link : (first?.link ?? report.link),
    // The report this round of alerts is about: an update is dated by the report that brought it.
    summary: summarize(report.content),
    published: report.published,
    attackTypes: incident.attackTypes,
    places: incident.places,
    countries: incident.countries,
    actors: incident.actors,
    casualties: incident.casualties,
    severity: incident.severity,
    // Only what an alert shows of a source: an incident's sources also carry what grouping compares.
    sources: incident.sources.map(({ documentId, feedId, title, link, published }) => ({ documentId, feedId, title: headline(title), link, published })),
  };
  const before = new Set(input.alertedBefore.map((r) => r.key));
  const alerts: Alert[] = [];
  const make = (rule: CompiledRule, kind: Alert['kind'], reasons: string[]): Alert => ({
    ...base,
    id: stableId('alert', rule.key, incident.id, report.documentId),
    kind,
    rules: [{ id: rule.rule.id, name: rule.rule.name ?? rule.rule.id, guildId: rule.guildId, reasons }],
    changes: kind === 'update' ? input.changes.map((c) => clipAtWord(c, CHANGE_CHARS)) : [],
    previousSeverity: kind === 'update' ? input.previousSeverity : null,
    previousCasualties: kind === 'update' ? input.previousCasualties : null,
    near: (rule.near ?? []).map(({ label, lat, lon, km }) => ({ label, lat, lon, km })),
  });
  for (const m of input.matches) if (!before.has(m.rule.key)) alerts.push(make(m.rule, 'new', m.reasons));
  const reasonsNow = new Map(input.matches.map((m) => [m.rule.key, m.reasons]));
  for (const rule of input.alertedBefore) alerts.push(make(rule, 'update', reasonsNow.get(rule.key) ?? ['earlier report of this incident']));
  return alerts;
}

/**
 * An alert as the first message a target gets for its incident: a channel that subscribed after
 * the incident was posted elsewhere, or whose rule or threshold it reaches only now, is reached
 * by an update of the incident, but has been told nothing yet. It gets the incident in full, not
 * "what changed" since a message it never saw. Pure.
 */
export function asFirstAlert(alert: Alert): Alert {
  return alert.kind === 'new' ? alert : { ...alert, kind: 'new', changes: [], previousSeverity: null, previousCasualties: null };
}

/** One message for one target: the alert to show, and the subscriptions it serves. */
export interface TargetMessage {
  sink: SinkName;
  target: string;
  alert: Alert;
  /** The rule alerts folded into `alert`. */
  alertIds: string[];
  subscriptionIds: string[];
}

/**
 * Folds the alerts of one report (one per rule) into one message per target: however many of a
 * channel's subscriptions match, the channel gets one alert listing their rules. The message is
 * an update when any of its rules alerted the incident before (the target's earlier message is
 * then edited). Pure.
 */
export function messagesForTargets(routed: readonly { alert: Alert; targets: readonly DeliveryTarget[] }[]): TargetMessage[] {
  const byTarget = new Map<string, { sink: SinkName; target: string; alerts: Alert[]; subscriptionIds: string[] }>();
  for (const { alert, targets } of routed) {
    for (const t of targets) {
      const key = `${t.sink}\u0000${t.target}`;
      const entry = byTarget.get(key) ?? { sink: t.sink, target: t.target, alerts: [], subscriptionIds: [] };
      byTarget.set(key, entry);
      if (!entry.alerts.includes(alert)) entry.alerts.push(alert);
      if (t.subscriptionId && !entry.subscriptionIds.includes(t.subscriptionId)) entry.subscriptionIds.push(t.subscriptionId);
    }
  }
  return [...byTarget.values()].map(({ alerts, ...rest }) => ({ ...rest, alert: mergeAlerts(alerts), alertIds: alerts.map((a) => a.id) }));
}

/** Rules' circles for one map, each once. */
function distinctCircles(circles: readonly Alert['near'][number][]): Alert['near'] {
  return [...new Map(circles.map((n) => [`${n.label}|${n.lat}|${n.lon}|${n.km}`, n])).values()];
}

function mergeAlerts(alerts: readonly Alert[]): Alert {
  const [first, ...others] = alerts;
  if (!first) throw new Error('no alerts to merge');
  if (others.length === 0) return first;
  const update = alerts.find((a) => a.kind === 'update');
  return {
    ...first,
    id: stableId('alerts', ...alerts.map((a) => a.id)),
    kind: update ? 'update' : 'new',
    rules: alerts.flatMap((a) => a.rules),
    // Every rule's circles on the one map, each once.
    near: distinctCircles(alerts.flatMap((a) => a.near)),
    changes: update?.changes ?? [],
    previousSeverity: update?.previousSeverity ?? null,
    previousCasualties: update?.previousCasualties ?? null,
  };
}

/**
 * One message for a target from two of an incident's messages, the later queued before the earlier
 * was sent (two reports of one attack in one poll): the later view of the incident, and every rule
 * and circle of both. When the earlier message was the target's first, so is the fold (the channel
 * has seen nothing to update: one alert, not an alert and an "Update:" at once); when it was an
 * update, the fold says all that changed since the message it edits. Pure.
 */
export function foldAlerts(earlier: Alert, later: Alert): Alert {
  const ruleKey = (r: Alert['rules'][number]) => `${r.guildId ?? ''}\u0000${r.id}`;
  const laterRules = new Set(later.rules.map(ruleKey));
  const folded: Alert = {
    ...later,
    rules: [...later.rules, ...earlier.rules.filter((r) => !laterRules.has(ruleKey(r)))],
    near: distinctCircles([...later.near, ...earlier.near]),
  };
  if (earlier.kind === 'new') return asFirstAlert(folded);
  return {
    ...folded,
    kind: 'update',
    changes: [...new Set([...earlier.changes, ...later.changes])],
    previousSeverity: earlier.previousSeverity,
    previousCasualties: earlier.previousCasualties,
  };
}
