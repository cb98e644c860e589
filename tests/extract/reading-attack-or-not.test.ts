/**
 * Attack or not, by the way a story is told: the case tables of cases/attack-or-not.ts, one test a
 * case, and below them the checks that need more than a story read whole (a figure finder, the
 * catalogue, a trace).
 */
import { describe, expect, it } from 'vitest';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { readsCases, extractStory as run } from '../helpers/extraction.js';
import { attackOrNotCases } from './cases/attack-or-not.js';

readsCases(attackOrNotCases);

describe('attacks repelled', () => {
  it('a police station is attacked like a post', () => {
    const a = run('Night attack on Kulachi police station', 'Police repulsed an attack by militants on the police station in Kulachi late on Wednesday.');
    expect(a.isAttack).toBe(true);
    expect(a.targets).toContain('base');
  });
});

describe('a blast is an attack when someone set it off or meant it', () => {
  it('names the cues it weighed in the trace', () => {
    const engine = ExtractionEngine.load();
    const { trace } = engine.explain(
      prepareDocument({
        title: 'Explosion rocks apartment block in Brno, one dead',
        content:
          'One person died after an explosion tore through a residential building in Brno on Friday. Firefighters said a gas leak was the most likely cause.',
      }),
    );
    expect(trace.blastReading?.cues).toContain('accidental_cause');
    expect(trace.blastReading?.attack).toBe(false);
  });
});
