import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/config/rule-schema.js';
import { resolvePlace } from '../../src/discord/rule-input.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { RuleSet, validateRule } from '../../src/rules/compile.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';

/**
 * A name several countries' towns bear ("Tripoli": Libya, Lebanon, Greece) is taken as the most
 * important of them; the other is reached by naming its country after a comma, as people write it.
 */
const engine = ExtractionEngine.load();
const resolver = engineResolver(engine);

describe('a place named with its country', () => {
  it('keeps the places of that country, by English name or ISO code, in any case', () => {
    const bare = new Set(resolver.resolvePlace('Tripoli').map((p) => p.country));
    expect(bare.has('LY') && bare.has('LB')).toBe(true);
    for (const [input, country] of [
      ['Tripoli, Lebanon', 'LB'],
      ['tripoli,lb', 'LB'],
      ['Tripoli, Libya', 'LY'],
      ['Tripoli , LY', 'LY'],
    ] as const) {
      const found = resolver.resolvePlace(input);
      expect({ input, found: found.length > 0 }).toEqual({ input, found: true });
      expect({ input, countries: [...new Set(found.map((p) => p.country))] }).toEqual({ input, countries: [country] });
    }
  });

  it('finds nothing for a country that has no place of that name, or a word that is no country', () => {
    expect(resolver.resolvePlace('Tripoli, Iraq')).toEqual([]);
    expect(resolver.resolvePlace('Tripoli, Nowhere')).toEqual([]);
  });

  it('is accepted by a near rule, whose circle is drawn round the town of that country', () => {
    const rule = {
      id: 'north-lebanon',
      name: 'North Lebanon',
      match: { near: [{ place: 'Tripoli, Lebanon', km: 30 }] },
      minSeverity: 'low',
      attacksOnly: true,
    } as Rule;
    const set = RuleSet.compile([{ rule, guildId: null }], resolver);
    expect(validateRule(rule, resolver)).toEqual([]);
    const circle = set.rules[0]!.near![0]!;
    expect(resolver.placeById(circle.placeId)?.country).toBe('LB');
  });

  it('is taken by /lookup place', () => {
    expect(resolvePlace(engine, 'Tripoli, Lebanon')?.country).toBe('LB');
    expect(resolvePlace(engine, 'Tripoli, Libya')?.country).toBe('LY');
  });
});
