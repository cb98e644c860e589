import { placeLabel } from '../extract/analysis.js';
import { isSite } from '../vocabulary.js';
import type { Alert } from './alert.js';

function casualtyText(n: number | null, word: string): string {
  return n === null ? `${word} not reported` : `${n} ${word}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), dropped from
 * untrusted text in Discord's messages and on the terminal alike: an override
 * shows "report\u202Efdp.exe" as "reportexe.pdf", and one left open reverses the rest of the line
 * Sitrep writes after the text (feed, time). Arabic, Hebrew or Persian text needs none of them to
 * read right to left (the Unicode bidi algorithm orders it by its letters); the marks U+200E and
 * U+200F, which only nudge neutral characters, are kept.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Untrusted text for a terminal: on one line, without control characters (an article title must
 * not move the cursor, recolour or retitle the terminal) or bidirectional overrides.
 */
export function terminalText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
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
  // Labels and actor names are the article's own spelling: as untrusted as its title.
  const places = alert.places
    .map((p) => `${terminalText(placeLabel(p))} (${p.country}${p.roadEnd ? ', road end' : isSite(p) ? `, ${p.kind}` : ''})`)
    .join(', ');
  const lines = [
    `[${head}] ${terminalText(alert.title)}`,
    ...(report ? [] : [`  attack:     ${alert.attackTypes.join(', ') || 'unspecified'}`]),
    `  where:      ${places || alert.countries.join(', ') || 'unknown'}`,
    `  actors:     ${alert.actors.map((a) => terminalText(a.role === 'perpetrator' ? a.name : `${a.name} (${a.role})`)).join(', ') || 'none named'}`,
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
