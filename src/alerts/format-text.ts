import { placeLabel } from '../extract/analysis.js';
import { isSite } from '../vocabulary.js';
import type { Alert } from './alert.js';

function casualtyText(n: number | null, word: string): string {
  return n === null ? `${word} not reported` : `${n} ${word}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Untrusted text for a terminal: on one line, without control characters (an article title must
 * not move the cursor, recolour or retitle the terminal).
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
}

/** A rule as people read it: its name and id, or its id alone when it has no other name. */
export function ruleName(r: { id: string; name: string }): string {
  return r.name === r.id ? r.id : `${r.name} (${r.id})`;
}

/** A readable multi-line rendering of an alert, for terminals and logs. Pure. */
export function formatAlertText(alert: Alert): string {
  const report = alert.style === 'report';
  const label = report ? 'REPORT' : alert.severity.toUpperCase();
  const head = alert.kind === 'update' ? `UPDATE ${label}` : label;
  const places = alert.places.map((p) => `${placeLabel(p)} (${p.country}${p.roadEnd ? ', road end' : isSite(p) ? `, ${p.kind}` : ''})`).join(', ');
  const lines = [
    `[${head}] ${terminalText(alert.title)}`,
    ...(report ? [] : [`  attack:     ${alert.attackTypes.join(', ') || 'unspecified'}`]),
    `  where:      ${places || alert.countries.join(', ') || 'unknown'}`,
    `  actors:     ${alert.actors.map((a) => (a.role === 'perpetrator' ? a.name : `${a.name} (${a.role})`)).join(', ') || 'none named'}`,
    ...(report ? [] : [`  casualties: ${casualtyText(alert.casualties.killed, 'killed')}, ${casualtyText(alert.casualties.injured, 'injured')}`]),
    `  published:  ${terminalText(alert.published)}`,
    `  link:       ${terminalText(alert.link ?? 'none')}`,
    ...alert.rules.map((r, i) => {
      const label = i > 0 ? '' : alert.rules.length > 1 ? 'rules:' : 'rule:';
      return `  ${label.padEnd(12)}${terminalText(`${ruleName(r)}; ${r.reasons.join('; ')}`)}`;
    }),
    report ? `  report:     ${alert.incidentId}` : `  incident:   ${alert.incidentId}, ${alert.sources.length} source${alert.sources.length === 1 ? '' : 's'}`,
  ];
  for (const change of alert.changes) lines.push(`  changed:    ${terminalText(change)}`);
  return lines.join('\n');
}
