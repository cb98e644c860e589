import type { AttackType, Severity, Target } from '../vocabulary.js';
import type { Casualties, ResolvedPlace } from './analysis.js';

export interface SeverityInput {
  attackTypes: readonly AttackType[];
  casualties: Casualties;
  targets: readonly Target[];
  places: readonly Pick<ResolvedPlace, 'kind'>[];
}

/** Weapons whose use alone makes an attack serious: they reach far and hit hard. */
const HEAVY_WEAPONS: ReadonlySet<AttackType> = new Set(['missile', 'airstrike', 'suicide_attack']);

/**
 * Severity of an attack (one document or a merged incident), from what happened, not from how
 * the article reads:
 * - critical: 10 or more killed, or 50 or more injured;
 * - high: anyone killed, 10 or more injured, or a heavy weapon (missile, airstrike, suicide attack)
 *   used against a base, a diplomatic mission or shipping;
 * - medium: anyone injured, a heavy weapon, or any attack on a base, diplomatic mission,
 *   infrastructure or shipping (the seed article: drones on two bases, no casualties → medium);
 * - low: everything else, including reports without attack types.
 * Unknown casualty figures (null) count as none: severity rises when a figure is reported.
 */
export function severityOf(input: SeverityInput): Severity {
  const killed = input.casualties.killed ?? 0;
  const injured = input.casualties.injured ?? 0;
  if (killed >= 10 || injured >= 50) return 'critical';
  const targets = new Set(input.targets);
  if (input.places.some((p) => p.kind === 'base')) targets.add('base');
  const heavy = input.attackTypes.some((t) => HEAVY_WEAPONS.has(t));
  const sensitive = targets.has('base') || targets.has('diplomatic') || targets.has('shipping');
  if (killed > 0 || injured >= 10 || (heavy && sensitive)) return 'high';
  if (input.attackTypes.length === 0) return 'low';
  if (injured > 0 || heavy || sensitive || targets.has('infrastructure')) return 'medium';
  return 'low';
}
