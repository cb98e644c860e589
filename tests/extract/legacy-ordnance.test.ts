/**
 * Munitions left from a past war that a farmer, a shepherd or children find, handle or step on are
 * accidents, even where the story names who laid them long ago; a mine or bomb laid today for a
 * patrol is an attack. Written in our own words with invented places and figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const isAttack = (title: string, content: string) => engine.extract(prepareDocument({ title, content })).isAttack;

describe('old munitions are no attack', () => {
  it('reads a mine that lies there to this day from a past war, though the history names an armed group', () => {
    expect(
      isAttack(
        'Landmine blast kills farmer near Halabja',
        'A farmer was killed on Tuesday when he stepped on a landmine in fields outside Halabja. Mines laid during the Iran-Iraq war and by Islamic State fighters in 2014 lie in the border hills to this day.',
      ),
    ).toBe(false);
  });

  it('reads a shell or grenade the victims found and took home', () => {
    expect(
      isAttack(
        'Two boys killed by blast in Helmand village',
        'Two boys died and a third was wounded when a grenade they found near their school exploded as they carried it home, local officials said.',
      ),
    ).toBe(false);
    expect(isAttack('Explosion injures three in Tete', 'Three people were hurt when an abandoned bomb exploded in a courtyard in Tete on Sunday.')).toBe(false);
  });

  it('reads war remnants in French', () => {
    expect(
      isAttack(
        "Un enfant tué par l'explosion d'un obus près de Kidal",
        "Un enfant a été tué samedi par l'explosion d'un obus, vestige de la guerre, qu'il avait ramassé près de Kidal.",
      ),
    ).toBe(false);
  });
});

describe('a mine or bomb laid today is an attack', () => {
  it('reads militants planting a mine for a patrol', () => {
    expect(
      isAttack(
        'Landmine kills four soldiers in Lower Shabelle',
        'Al-Shabaab militants planted a landmine that struck an army patrol near Afgoye on Monday, killing four soldiers, a commander said.',
      ),
    ).toBe(true);
  });

  it('reads a bomb aimed at a convoy in a region littered with old mines', () => {
    expect(
      isAttack(
        'Roadside bomb targets convoy in Diyala',
        'Militants detonated a roadside bomb targeting a police convoy near Baqubah on Wednesday, wounding five officers. The province is still littered with mines from earlier fighting.',
      ),
    ).toBe(true);
  });
});
