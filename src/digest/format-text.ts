import { SEVERITIES } from '../vocabulary.js';
import { type DigestSummary, TOP_INCIDENTS } from './summary.js';

/** The digest as plain text, for the console and `sitrep digest`. */
export function digestText(s: DigestSummary): string {
  const list = (o: Record<string, number | undefined>) =>
    Object.entries(o)
      .filter(([, n]) => n)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || '–';
  const lines = [
    `SITREP ${s.ruleName} (${s.ruleId}): ${s.total} incident${s.total === 1 ? '' : 's'} from ${s.start} to ${s.end}`,
    `  by attack type: ${list(s.byAttackType)}`,
    `  by country:     ${list(s.byCountry)}`,
    `  by severity:    ${list(Object.fromEntries([...SEVERITIES].reverse().map((sev) => [sev, s.bySeverity[sev]])))}`,
    `  casualties:     killed ${s.killed}, injured ${s.injured}${s.withoutFigures ? ` (${s.withoutFigures} without figures)` : ''}`,
    ...s.incidents
      .slice(0, TOP_INCIDENTS)
      .map((i, k) => `  ${k + 1}. [${i.severity}] ${i.title} — ${[...i.attackTypes, ...i.places.slice(0, 2)].join(', ')}${i.link ? ` ${i.link}` : ''}`),
    `  last 7 days vs the week before: ${s.days.map((d) => `${d.label} ${d.current}/${d.previous}`).join(', ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
