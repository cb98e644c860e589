/**
 * Feed text on the operator's terminal (`poll --once`, `run` without Discord, digests, `analyze
 * --explain`): what Discord's messages drop, the console drops too.
 */
import { describe, expect, it } from 'vitest';
import { formatAlertText, terminalText } from '../../src/alerts/format-text.js';
import { makeAlert } from '../discord/helpers.js';

describe('untrusted text on a terminal', () => {
  it('drops bidirectional overrides and isolates: an override left open reverses the rest of the line on screen', () => {
    expect(terminalText('Rocket attack\u202E on Erbil base')).toBe('Rocket attack on Erbil base');
    expect(terminalText('report\u202Efdp.exe \u2066x\u2069 \u202Ay\u202C')).toBe('reportfdp.exe x y');
    const [head] = formatAlertText(makeAlert({ title: 'Blast\u202D in Mosul\u2067 market' })).split('\n');
    expect(head).toMatch(/\] Blast in Mosul market$/);
  });

  it('cleans place labels and actor names too: a label is the article’s own spelling of the place', () => {
    const place = { id: 'geonames:1', name: 'Mosul', label: 'Mos\u202Eul\u001b[31m', country: 'IQ', lat: 36.34, lon: 43.13, kind: 'city' as const };
    const actor = { id: 'unknown', name: 'Gun\u2066men\n', role: 'perpetrator' as const };
    const text = formatAlertText(makeAlert({ places: [place], actors: [actor] }));
    expect(text).toContain('  where:      Mosul [31m (IQ)');
    expect(text).toContain('  actors:     Gunmen\n');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u001b]/);
  });

  it('keeps right-to-left text and the marks that only nudge neutral characters', () => {
    expect(terminalText('\u0647\u062c\u0648\u0645 \u0641\u064a \u0627\u0644\u0645\u0648\u0635\u0644 \u200F(3)')).toBe(
      '\u0647\u062c\u0648\u0645 \u0641\u064a \u0627\u0644\u0645\u0648\u0635\u0644 \u200F(3)',
    );
  });

  it('still takes out control characters and line breaks', () => {
    expect(terminalText('Drone\u001b[2J strike\r\nin Kharkiv\u0085')).toBe('Drone [2J strike in Kharkiv');
  });
});
