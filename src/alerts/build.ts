import type { Casualties, ResolvedActor, ResolvedPlace } from '../extract/analysis.js';
import { stableId } from '../ids.js';
import type { CompiledRule } from '../rules/compile.js';
import type { RuleMatchResult } from '../rules/evaluate.js';
import type { AttackType, Severity } from '../vocabulary.js';
import type { Alert, AlertSource } from './alert.js';

/** What an alert shows of an incident: the merged view of all its reports. */
export interface IncidentView {
  id: string;
  title: string;
  attackTypes: AttackType[];
  places: ResolvedPlace[];
  countries: string[];
  actors: ResolvedActor[];
  casualties: Casualties;
  severity: Severity;
  sources: AlertSource[];
}

export interface AlertInput {
  incident: IncidentView;
  /** The report that triggered this round of alerts. */
  report: { documentId: string; content: string; link: string | null; published: string };
  /** The rules the report matches now. */
  matches: readonly RuleMatchResult[];
  /** Rules that alerted this incident before: they get an update instead of a new alert. */
  alertedBefore: readonly CompiledRule[];
  changes: readonly string[];
  previousSeverity: Severity | null;
}

const SUMMARY_CHARS = 400;

/** The first sentences of the text, cut at a sentence or word boundary. Pure. */
export function summarize(text: string, max = SUMMARY_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  if (sentenceEnd > max / 2) return cut.slice(0, sentenceEnd + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

/**
 * The alerts one report causes: a new alert for each matching rule that has not alerted the
 * incident yet, and an update for each rule that has. Deterministic ids make re-processing
 * idempotent. Pure.
 */
export function buildAlerts(input: AlertInput): Alert[] {
  const { incident, report } = input;
  const first = incident.sources[0];
  const base = {
    incidentId: incident.id,
    title: incident.title,
    link: first?.link ?? report.link,
    summary: summarize(report.content),
    published: first?.published ?? report.published,
    attackTypes: incident.attackTypes,
    places: incident.places,
    countries: incident.countries,
    actors: incident.actors,
    casualties: incident.casualties,
    severity: incident.severity,
    sources: incident.sources,
  };
  const before = new Set(input.alertedBefore.map((r) => r.key));
  const alerts: Alert[] = [];
  const make = (rule: CompiledRule, kind: Alert['kind'], reasons: string[]): Alert => ({
    ...base,
    id: stableId('alert', rule.key, incident.id, report.documentId),
    kind,
    ruleId: rule.rule.id,
    ruleName: rule.rule.name ?? rule.rule.id,
    guildId: rule.guildId,
    reasons,
    changes: kind === 'update' ? [...input.changes] : [],
    previousSeverity: kind === 'update' ? input.previousSeverity : null,
    near: (rule.near ?? []).map(({ label, lat, lon, km }) => ({ label, lat, lon, km })),
  });
  for (const m of input.matches) if (!before.has(m.rule.key)) alerts.push(make(m.rule, 'new', m.reasons));
  const reasonsNow = new Map(input.matches.map((m) => [m.rule.key, m.reasons]));
  for (const rule of input.alertedBefore) alerts.push(make(rule, 'update', reasonsNow.get(rule.key) ?? ['earlier report of this incident']));
  return alerts;
}
