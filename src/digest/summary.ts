/**
 * The SITREP of a period: what a rule's incidents add up to. Pure: the incidents of the last two
 * weeks in, counts, totals, the most severe and the day-by-day comparison out.
 */
import { DateTime } from 'luxon';
import { headline, openingSource } from '../alerts/build.js';
import { placeLabel } from '../extract/analysis.js';
import type { Incident } from '../incidents/incident.js';
import { type DigestJob, incidentDot } from '../maps/index.js';
import { ATTACK_TYPES, type AttackType, SEVERITIES, type Severity, severityRank } from '../vocabulary.js';

export interface DigestPeriod {
  start: Date;
  end: Date;
  /** IANA zone the days of the chart are counted in. */
  timeZone: string;
}

export interface DigestIncident {
  incidentId: string;
  title: string;
  link: string | null;
  published: string;
  severity: Severity;
  attackTypes: AttackType[];
  places: string[];
  countries: string[];
  killed: number | null;
  injured: number | null;
}

export interface DigestSummary {
  ruleId: string;
  ruleName: string;
  start: string;
  end: string;
  timeZone: string;
  total: number;
  byAttackType: Partial<Record<AttackType, number>>;
  byCountry: Record<string, number>;
  bySeverity: Record<Severity, number>;
  killed: number;
  injured: number;
  /** Incidents for which no source stated a figure (counted as none above). */
  withoutFigures: number;
  /** Every incident of the period, most severe first; the first five are "the most severe". */
  incidents: DigestIncident[];
  /**
   * The 7 calendar days (in the time zone) to the end, the last up to the end, each against the
   * same hours of the same weekday a week before.
   */
  days: { date: string; label: string; current: number; previous: number }[];
}

export const TOP_INCIDENTS = 5;

/** Most severe first: severity, then killed, injured, then the latest. */
function bySeverity(a: Incident, b: Incident): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (b.casualties.killed ?? 0) - (a.casualties.killed ?? 0) ||
    (b.casualties.injured ?? 0) - (a.casualties.injured ?? 0) ||
    b.firstPublished.localeCompare(a.firstPublished) ||
    a.id.localeCompare(b.id)
  );
}

const within = (iso: string, start: Date, end: Date) => {
  const t = Date.parse(iso);
  return t >= start.getTime() && t < end.getTime();
};

/**
 * Sums up a rule's incidents for a period. `incidents` may reach back two weeks before the end (for
 * the chart); an incident belongs to the day of its first report.
 */
export function summarizeDigest(rule: { id: string; name?: string | undefined }, period: DigestPeriod, incidents: readonly Incident[]): DigestSummary {
  const inPeriod = incidents.filter((i) => within(i.firstPublished, period.start, period.end)).sort(bySeverity);
  const byAttackType: Partial<Record<AttackType, number>> = {};
  const byCountry: Record<string, number> = {};
  const severityCounts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let killed = 0;
  let injured = 0;
  let withoutFigures = 0;
  for (const i of inPeriod) {
    for (const t of i.attackTypes) byAttackType[t] = (byAttackType[t] ?? 0) + 1;
    for (const c of i.countries) byCountry[c] = (byCountry[c] ?? 0) + 1;
    severityCounts[i.severity]++;
    killed += i.casualties.killed ?? 0;
    injured += i.casualties.injured ?? 0;
    if (i.casualties.killed === null && i.casualties.injured === null) withoutFigures++;
  }
  // Calendar days of the zone, so that each bar is the day its label names: the last is the day
  // the period ends in, up to its end (a digest at 07:00 shows today's first seven hours), and
  // each is compared with the same hours of the same weekday a week before.
  const end = DateTime.fromJSDate(period.end, { zone: period.timeZone });
  const lastDay = end.minus({ milliseconds: 1 }).startOf('day');
  const days = Array.from({ length: 7 }, (_, k) => {
    const dayStart = lastDay.minus({ days: 6 - k });
    const dayEnd = k === 6 ? end : dayStart.plus({ days: 1 });
    const count = (from: DateTime, to: DateTime) => incidents.filter((i) => within(i.firstPublished, from.toJSDate(), to.toJSDate())).length;
    return {
      date: dayStart.toISODate() ?? '',
      label: dayStart.toFormat('ccc d'),
      current: count(dayStart, dayEnd),
      previous: count(dayStart.minus({ days: 7 }), dayEnd.minus({ days: 7 })),
    };
  });
  return {
    ruleId: rule.id,
    ruleName: rule.name ?? rule.id,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
    timeZone: period.timeZone,
    total: inPeriod.length,
    byAttackType: Object.fromEntries(ATTACK_TYPES.filter((t) => byAttackType[t]).map((t) => [t, byAttackType[t]!])),
    byCountry: Object.fromEntries(Object.entries(byCountry).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))),
    bySeverity: severityCounts,
    killed,
    injured,
    withoutFigures,
    incidents: inPeriod.map((i) => ({
      incidentId: i.id,
      // The opening headline (with the toll as it is now), linked to its own article.
      title: headline(i.title),
      link: (openingSource(i) ?? i.sources.find((s) => s.link))?.link ?? null,
      published: i.firstPublished,
      severity: i.severity,
      attackTypes: i.attackTypes,
      places: i.places.map(placeLabel),
      countries: i.countries,
      killed: i.casualties.killed,
      injured: i.casualties.injured,
    })),
    days,
  };
}

/**
 * The picture of a digest: every incident of the period on the map, numbered most severe first
 * (so the five listed are 1–5), beside the chart. `places` gives each incident's places.
 */
export function digestJob(summary: DigestSummary, incidents: readonly Incident[]): DigestJob {
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const dots = summary.incidents.flatMap((d, k) => {
    const i = byId.get(d.incidentId);
    return (i && incidentDot(k + 1, i)) || [];
  });
  const localDate = DateTime.fromISO(summary.end, { zone: summary.timeZone }).toFormat('d LLL yyyy');
  return {
    kind: 'digest',
    title: `SITREP ${summary.ruleName}`,
    facts: [
      `${localDate} · ${summary.total} incident${summary.total === 1 ? '' : 's'}`,
      `killed ${summary.killed} · injured ${summary.injured}`,
      ...SEVERITIES.filter((s) => summary.bySeverity[s])
        .reverse()
        .map((s) => `${s}: ${summary.bySeverity[s]}`),
    ],
    incidents: dots,
    days: summary.days.map(({ label, current, previous }) => ({ label, current, previous })),
  };
}
