import { IANAZone } from 'luxon';
import { closeMatches } from './suggest.js';

const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** The IANA name of a time zone as typed (any case), or null. */
export function resolveTimeZone(typed: string): string | null {
  const t = typed.trim();
  if (t.toUpperCase() === 'UTC') return 'UTC';
  const exact = ZONES.find((z) => z.toLowerCase() === t.toLowerCase());
  return exact ?? (IANAZone.isValidZone(t) ? t : null);
}

/** "Asia/Baghdad" → "baghdad", "America/Argentina/Buenos_Aires" → "buenos aires": the city people type. */
const cityOf = (zone: string) =>
  zone
    .slice(zone.lastIndexOf('/') + 1)
    .replace(/_/g, ' ')
    .toLowerCase();

/**
 * Zones for what was typed, for autocomplete and "did you mean": those whose name contains it
 * ("bagh" → Asia/Baghdad), else the closest spellings of the whole name or of its city
 * ("Europe/Berln", "Bagdad").
 */
export function searchTimeZones(typed: string, limit = 25): string[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const hits = q ? ZONES.filter((z) => z.toLowerCase().includes(q)) : ['UTC', ...ZONES];
  if (hits.length) return hits.slice(0, limit);
  const byCity = new Map(ZONES.map((z) => [cityOf(z), z] as const));
  const close = [...closeMatches(typed, ZONES, limit), ...closeMatches(cityOf(typed.trim()), [...byCity.keys()], limit).map((c) => byCity.get(c)!)];
  return [...new Set(close)].slice(0, limit);
}
