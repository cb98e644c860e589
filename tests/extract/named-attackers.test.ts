/**
 * Who an alert lists as the attackers: a named group makes the generic descriptions of the same
 * attackers redundant ("ISWAP fighters", "al-Shabaab gunmen"), and a group counted among the dead
 * ("killing three YPG fighters") was hit, not attacking. Stories of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

const actors = (title: string, body: string) => run(title, body).actors.map((a) => `${a.id}:${a.role}`);

describe('the attackers an alert names', () => {
  it('a named group that attacked stands for the gunmen or militants it sent', () => {
    expect(
      actors('Gunmen storm guesthouse in Kismayo', 'Al-Shabaab gunmen stormed a guesthouse in Kismayo on Friday, killing four guests, police said.'),
    ).toEqual(['al-shabaab:perpetrator']);
  });

  it('without a named group, the description stays', () => {
    expect(actors('Gunmen storm guesthouse in Kismayo', 'Gunmen stormed a guesthouse in Kismayo on Friday, killing four guests, police said.')).toEqual([
      'unidentified-gunmen:perpetrator',
    ]);
  });

  it('a group counted among the dead was hit', () => {
    const found = actors(
      'Three YPG fighters killed near Hasakah',
      'Islamic State militants ambushed a patrol near Hasakah on Sunday, killing three YPG fighters.',
    );
    expect(found).toContain('islamic-state:perpetrator');
    expect(found.some((a) => a.startsWith('ypg') || a.startsWith('sdf'))).toBe(false);
  });

  it('police or soldiers counted in a rising toll were hit, not attacking', () => {
    expect(
      actors(
        'Toll from Kirkuk drone strike rises to five',
        'The number of policemen killed when a drone struck a police post in Kirkuk on Friday has risen to five, an official said.',
      ),
    ).toEqual([]);
    // Police who do the killing are still actors.
    expect(actors('Police kill gunmen in Kirkuk', 'Police killed three gunmen who attacked a checkpoint in Kirkuk on Friday.')).toContain(
      'security-forces:perpetrator',
    );
  });
});
