/**
 * A regional capital that shares its region's name (Idlib, Hama, Deir ez-Zor, Aleppo) is the
 * region when the text speaks of a side of it or of its countryside; and a name going on with a
 * joined Arabic article ("Bab al-Saray") is not the town called like its first word. Both made
 * reports of one attack land 50 km apart, and so split their incident. Stories of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

const places = (title: string, body: string) => run(title, body).places.map((p) => `${p.name} (${p.kind})`);

describe('a side or the countryside of a seat named like its region is the region', () => {
  it('a compass side before the name', () => {
    expect(places('Two fighters killed in attack in western Deir al-Zour', 'Gunmen opened fire on a checkpoint on Thursday, killing two fighters.')).toEqual([
      'Deir ez-Zor Governorate (region)',
    ]);
    expect(places('Drone hits a van in southern Idleb', 'A drone struck a van on a farm road, wounding its driver.')).toEqual(['Idlib Governorate (region)']);
  });

  it('its countryside, after the name, after a side, or as "rural"', () => {
    expect(places('Shells hit a farm in the Hama countryside', 'Artillery fire hit a farmhouse, killing a shepherd.')).toEqual(['Hama Governorate (region)']);
    expect(places("Mortar rounds fall on Aleppo's northern countryside", 'Mortar rounds hit two villages, wounding four people.')).toEqual([
      'Aleppo Governorate (region)',
    ]);
    expect(places('Bomb kills two in rural Idlib', 'A bomb planted under a car went off near a market, killing two men.')).toEqual([
      'Idlib Governorate (region)',
    ]);
  });

  it('the city itself, and the side of a city whose region has another name, stay the city', () => {
    expect(places('Drone hits a market in Idlib', 'A drone struck a busy market in the city, killing three.')).toEqual(['Idlib (city)']);
    expect(places('Car bomb in western Mosul kills four', 'A car packed with explosives blew up near a bakery, killing four people.')).toEqual([
      'Mosul (city)',
    ]);
  });
});

describe('a name that goes on with a joined Arabic article', () => {
  it('is not the town called like its first word', () => {
    expect(places('Bomb kills five in Mosul market', 'A bomb went off in the Bab al-Saray market of Mosul, killing five shoppers.')).toEqual(['Mosul (city)']);
  });

  it('the town named by itself, article first, is still found', () => {
    expect(places('Blast in al-Bab kills three', 'A motorcycle bomb exploded near a bus station in al-Bab, killing three people.')).toEqual(['Al Bāb (city)']);
  });
});
