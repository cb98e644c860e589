import type { AttackType, Severity } from '../vocabulary.js';
import type { MapIncident } from './schema.js';

/** What an incident or a report says that a dot shows. */
export interface DotSource {
  places: readonly { lat: number; lon: number; kind: string }[];
  attackTypes: readonly AttackType[];
  casualties: { killed: number | null; injured: number | null };
  severity: Severity;
}

/**
 * The dot of an incident numbered `number`: at its first city, base or region (its scene), else at
 * its country's centre; null when it has no place at all.
 */
export function incidentDot(number: number, s: DotSource): MapIncident | null {
  const at = s.places.find((p) => p.kind !== 'country') ?? s.places[0];
  if (!at) return null;
  return {
    number,
    lat: at.lat,
    lon: at.lon,
    attackType: s.attackTypes[0] ?? null,
    casualties: (s.casualties.killed ?? 0) + (s.casualties.injured ?? 0),
    severity: s.severity,
  };
}
