import type { Rule } from '../config/rule-schema.js';
import { attackTypeWord } from '../vocabulary.js';
import type { RuleResolver } from './resolver.js';

const list = (items: readonly string[], joiner = 'or') => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`);

/**
 * The rule in words: "Alerts on attacks (drone or suicide attack), in Iraq or Syria, within 100 km
 * of Erbil; severity medium or higher." With `names`, countries and actors are named as people
 * read them ("Iraq", "Islamic State"), not by the codes and ids a rule may hold.
 */
export function describeRule(rule: Rule, names?: Pick<RuleResolver, 'countryName' | 'resolveActor'>): string {
  const m = rule.match;
  const parts: string[] = [];
  parts.push(m.attackTypes ? `attacks (${list(m.attackTypes.map(attackTypeWord))})` : rule.attacksOnly ? 'any attack' : 'any report');
  if (m.countries) parts.push(`in ${list(m.countries.map((c) => names?.countryName(c) ?? c))}`);
  if (m.places) parts.push(`at ${list(m.places)}`);
  if (m.near) parts.push(`within ${list(m.near.map((n) => `${n.km} km of ${n.place}`))}`);
  if (m.actors) parts.push(`involving ${list(m.actors.map((a) => names?.resolveActor(a)?.name ?? a))}`);
  if (m.targets) parts.push(`against ${list(m.targets.map((t) => (t === 'base' ? 'military bases' : t)))}`);
  if (m.keywords?.any.length) parts.push(`mentioning ${list(m.keywords.any.map((k) => `"${k}"`))}`);
  if (m.keywords?.all.length)
    parts.push(
      `mentioning all of ${list(
        m.keywords.all.map((k) => `"${k}"`),
        'and',
      )}`,
    );
  if (m.keywords?.none.length) parts.push(`not mentioning ${list(m.keywords.none.map((k) => `"${k}"`))}`);
  const sev = rule.minSeverity === 'low' ? 'any severity' : `severity ${rule.minSeverity} or higher`;
  return `Alerts on ${parts.join(', ')}; ${sev}.`;
}
