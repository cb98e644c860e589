import { DateTime } from 'luxon';
import { ruleName, terminalText } from '../alerts/format-text.js';
import { SEVERITIES } from '../vocabulary.js';
import { type DigestIncident, type DigestSummary, TOP_INCIDENTS } from './summary.js';

/** The incident's toll now (the latest figures of all its reports, which a first headline may not say). */
export function toll(i: Pick<DigestIncident, 'killed' | 'injured'>): string[] {
  return [i.killed === null ? [] : [`${i.killed} killed`], i.injured === null ? [] : [`${i.injured} injured`]].flat();
}

/** The digest as plain text, for the console and `sitrep digest`. */
export function digestText(s: DigestSummary): string {
  const list = (o: Record<string, number | undefined>) =>
    Object.entries(o)
      .filter(([, n]) => n)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || '–';
  const local = (iso: string) => DateTime.fromISO(iso, { zone: s.timeZone }).toFormat('ccc d LLL HH:mm');
  const lines = [
    `SITREP ${ruleName({ id: s.ruleId, name: s.ruleName })}: ${s.total} incident${s.total === 1 ? '' : 's'} from ${local(s.start)} to ${local(s.end)} ${s.timeZone}`,
    `  by attack type: ${list(s.byAttackType)}`,
    `  by country:     ${list(s.byCountry)}`,
    `  by severity:    ${list(Object.fromEntries([...SEVERITIES].reverse().map((sev) => [sev, s.bySeverity[sev]])))}`,
    `  casualties:     killed ${s.killed}, injured ${s.injured}${s.withoutFigures ? ` (${s.withoutFigures} without figures)` : ''}`,
    ...s.incidents
      .slice(0, TOP_INCIDENTS)
      .map(
        (i, k) =>
          `  ${k + 1}. [${i.severity}] ${terminalText(i.title)} — ${[...i.attackTypes, ...i.places.slice(0, 2), ...toll(i)].join(', ')}${i.link ? ` ${terminalText(i.link)}` : ''}`,
      ),
    `  incidents a day, the last 7 days (the week before): ${s.days.map((d) => `${d.label} ${d.current} (${d.previous})`).join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
