/**
 * Round 26 (look26): a sentence that counts attacks by a figure over a year is a statistic, not the
 * report of one event (src/extract/stages/reading.ts, `tally`). The look-alikes are the nearest
 * true reports. Every story is short and of our own writing.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

describe('attacks counted over a year', () => {
  it('a count of kidnappings or bombings over a year is a statistic, in English and Spanish', () => {
    const english = run(
      'Rebels carried out 45 kidnappings in 2024, police figures show',
      'Police figures show that 45 cases of kidnapping were recorded across the province during 2024. Eleven of the victims are still held.',
    );
    expect(english.isAttack).toBe(false);
    const spanish = run(
      'La guerrilla ha cometido 27 secuestros en lo que va de 2024',
      'Según cifras oficiales, durante 2024 se han registrado al menos 190 casos de secuestro en el país. Seis personas siguen en manos del grupo.',
    );
    expect(spanish.isAttack).toBe(false);
    const bombings = run(
      'Study counts 312 suicide bombings worldwide in 2023',
      'A research institute counted 312 suicide bombings across the world in 2023, it said in its yearly report.',
    );
    expect(bombings.isAttack).toBe(false);
  });

  it('look-alikes that stay reports: counted victims, or counted attacks with their own day', () => {
    const victims = run('Gunmen kidnap 32 passengers on highway', 'Gunmen kidnapped 32 bus passengers on the Talo highway on Sunday evening, police said.');
    expect(victims.isAttack).toBe(true);
    const twoBlasts = run(
      'Two suicide bombings kill 20 in Dessa',
      'Two suicide bombings struck a market in Dessa on Monday, 4 March 2024, killing 20 people, officials said.',
    );
    expect(twoBlasts.isAttack).toBe(true);
    const toll = run(
      'Attacks killed 32 people in 2024, ministry says',
      'Bandit attacks killed 32 people in Zuru district in 2024, the ministry said, and gunmen stormed a village there on Friday.',
    );
    expect(toll.isAttack).toBe(true);
  });
});
