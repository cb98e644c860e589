/**
 * Round 10: look-alike phrases with a gap ("…", one to three words). A bomb that killed the man
 * making it and old ordnance named by the war that left it are no attacks, whatever modifiers
 * stand in between; a bomb planted by attackers still is. Sentences written for this test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const run = (title: string, content = ''): Extraction => engine.extract(prepareDocument({ title, content }));

describe('a bomb that went off while being made', () => {
  it.each([
    ['while making country bombs', 'Two men died on Friday while making country bombs in a hut near Nadia, police said.'],
    [
      'while assembling improvised explosive devices',
      'A man was killed on Sunday while assembling improvised explosive devices in his shed outside Dayton, the sheriff said.',
    ],
    ['injured … while handling', 'Three men were badly injured on Monday while handling crude explosives at a quarry near Tangail, officers said.'],
    ['accidentally blew himself up', 'A 48-year-old accidentally blew himself up in his garage in Tulsa on Saturday, police said.'],
  ])('is no attack: %s', (_, content) => {
    expect(run('Man dies in blast at home', content).isAttack).toBe(false);
  });

  it('is an attack when bombers planted it among people', () => {
    const x = run(
      'Bomb blast kills four at bus stand in Quetta',
      'A bomb planted on a motorcycle exploded at a bus stand in Quetta on Tuesday, killing four passengers and wounding 11, police said.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toContain('ied');
  });
});

describe('old ordnance named by the war that left it', () => {
  it.each([
    ['a war-left anti-tank mine', 'A war-left anti-tank mine exploded under a tractor in Battambang on Monday, killing the driver, a demining official said.'],
    [
      'shells left behind by',
      'Two boys were killed on Friday when one of the artillery shells left behind by earlier fighting went off near Zinjibar, relatives said.',
    ],
  ])('is no attack: %s', (_, content) => {
    expect(run('Blast kills farmer', content).isAttack).toBe(false);
  });
});
