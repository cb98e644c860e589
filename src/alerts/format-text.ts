import type { Alert } from './alert.js';

function casualtyText(n: number | null, word: string): string {
  return n === null ? `${word} not reported` : `${n} ${word}`;
}

/** A readable multi-line rendering of an alert, for terminals and logs. Pure. */
export function formatAlertText(alert: Alert): string {
  const head = alert.kind === 'update' ? `UPDATE ${alert.severity.toUpperCase()}` : alert.severity.toUpperCase();
  const places = alert.places.map((p) => `${p.name} (${p.country}${p.kind === 'base' ? ', base' : ''})`).join(', ');
  const lines = [
    `[${head}] ${alert.title.replace(/\s+/g, ' ')}`,
    `  attack:     ${alert.attackTypes.join(', ') || 'unspecified'}`,
    `  where:      ${places || alert.countries.join(', ') || 'unknown'}`,
    `  actors:     ${alert.actors.map((a) => (a.role === 'perpetrator' ? a.name : `${a.name} (${a.role})`)).join(', ') || 'none named'}`,
    `  casualties: ${casualtyText(alert.casualties.killed, 'killed')}, ${casualtyText(alert.casualties.injured, 'injured')}`,
    `  published:  ${alert.published}`,
    `  link:       ${alert.link ?? 'none'}`,
    `  rule:       ${alert.ruleName} (${alert.ruleId}); ${alert.reasons.join('; ')}`,
    `  incident:   ${alert.incidentId}, ${alert.sources.length} source${alert.sources.length === 1 ? '' : 's'}`,
  ];
  for (const change of alert.changes) lines.push(`  changed:    ${change}`);
  return lines.join('\n');
}
