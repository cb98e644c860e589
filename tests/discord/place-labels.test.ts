import { describe, expect, it } from 'vitest';
import { alertJson } from '../../src/alerts/alert.js';
import { formatAlertText } from '../../src/alerts/format-text.js';
import { alertEmbed } from '../../src/discord/embeds.js';
import { makeAlert } from './helpers.js';

// Round 7 (places): a place is shown as the news spells it, not in the gazetteer's transliteration.
describe('place names shown to readers', () => {
  const kut = { id: 'geonames:1', name: 'Al Kūt', label: 'Kut', country: 'IQ', lat: 32.5, lon: 45.8, kind: 'city' as const };
  const airport = { id: 'airport:erbil-airport', name: 'Erbil International Airport', country: 'IQ', lat: 36.24, lon: 43.96, kind: 'airport' as const };

  it('uses the label in the embed and marks an airport as an airport, not a base', () => {
    const places = alertEmbed(makeAlert({ places: [kut, airport] })).fields!.find((f) => f.name === 'Places')!.value;
    expect(places).toContain('[Kut](');
    expect(places).not.toContain('Al Kūt');
    expect(places).toContain('[Erbil International Airport](');
    expect(places).toContain('(IQ, airport)');
    expect(places).not.toContain('base');
  });

  it('uses the label in the plain-text alert, and the name when an older extraction has none', () => {
    const text = formatAlertText(makeAlert({ places: [kut, airport] }));
    expect(text).toContain('Kut (IQ)');
    expect(text).toContain('Erbil International Airport (IQ, airport)');
  });

  it('marks a town named only as an end of the road where the attack happened', () => {
    const hilla = { id: 'geonames:2', name: 'Al Ḩillah', label: 'Hilla', country: 'IQ', lat: 32.48, lon: 44.42, kind: 'city' as const, roadEnd: true as const };
    const places = alertEmbed(makeAlert({ places: [hilla] })).fields!.find((f) => f.name === 'Places')!.value;
    expect(places).toContain('[Hilla](');
    expect(places).toContain('(IQ, road end)');
    expect(formatAlertText(makeAlert({ places: [hilla] }))).toContain('Hilla (IQ, road end)');
  });

  it('gives the label and the road end in the --json line, beside the unchanged name', () => {
    const hilla = { id: 'geonames:2', name: 'Al Ḩillah', label: 'Hilla', country: 'IQ', lat: 32.48, lon: 44.42, kind: 'city' as const, roadEnd: true as const };
    const [road, town] = alertJson(makeAlert({ places: [hilla, kut] })).places;
    expect(road).toMatchObject({ name: 'Al Ḩillah', label: 'Hilla', kind: 'city', roadEnd: true });
    expect(town).toMatchObject({ name: 'Al Kūt', label: 'Kut' });
    expect(town).not.toHaveProperty('roadEnd');
  });
});
