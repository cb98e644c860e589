/** Stage 8, targets and severity: what the reporting sentences say was hit, and how bad it was. */
import type { AttackType, Severity, Target } from '../../vocabulary.js';
import type { Casualties, ResolvedPlace } from '../analysis.js';
import { severityOf } from '../severity.js';
import type { SentenceFacts } from './sentences.js';

export function targetsAndSeverity(
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
  attackTypes: AttackType[],
  casualties: Casualties,
  places: ResolvedPlace[],
): { targets: Target[]; severity: Severity } {
  const found = new Set<Target>();
  for (let s = 0; s < facts.length; s++) if (evidence[s]) for (const t of facts[s]!.targets) found.add(t);
  // An attack at a base is an attack on the base.
  if (places.some((p) => p.kind === 'base')) found.add('base');
  const targets = [...found].sort();
  return { targets, severity: severityOf({ attackTypes, casualties, targets, places }) };
}
