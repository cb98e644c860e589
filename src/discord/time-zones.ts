import { IANAZone } from 'luxon';
import { closeMatches } from '../config/suggest.js';

const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** The IANA name of a time zone as typed (any case), or null. */
export function resolveTimeZone(typed: string): string | null {
  const t = typed.trim();
  if (t.toUpperCase() === 'UTC') return 'UTC';
  const exact = ZONES.find((z) => z.toLowerCase() === t.toLowerCase());
  return exact ?? (IANAZone.isValidZone(t) ? t : null);
}

/** Zones whose name contains what was typed ("bagh" → Asia/Baghdad), for autocomplete and suggestions. */
export function searchTimeZones(typed: string, limit = 25): string[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const hits = q ? ZONES.filter((z) => z.toLowerCase().includes(q)) : ['UTC', ...ZONES];
  return hits.length ? hits.slice(0, limit) : closeMatches(typed, [...ZONES]).slice(0, limit);
}
