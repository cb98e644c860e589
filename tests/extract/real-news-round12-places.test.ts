/**
 * Round 12, the attack's country (issue 11): classes of how published reports are written, each in
 * sentences written for this test (names, numbers, places and wording invented).
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
const names = (x: Extraction) => x.places.map((p) => p.name);

describe('Turkish places its events in case endings', () => {
  it('reads a locative ending in the title as "in" that town', () => {
    const x = run("Mardin'de askeri araca saldırı: 2 şehit", 'Saldırıda iki asker şehit oldu, üç asker yaralandı.');
    expect(x.countries).toEqual(['TR']);
    expect(names(x)).toContain('Mardin');
  });

  it('does not take a capitalised district word after a town for a surname', () => {
    const x = run('Karakola saldırı', 'Teröristler dün akşam Cizre İlçesine bağlı bir köyde karakola saldırdı, 1 korucu şehit oldu.');
    expect(x.countries).toEqual(['TR']);
    expect(names(x)).toContain('Cizre');
  });

  it('reads an ablative ending as where the fire came from', () => {
    const x = run("Irak'tan atılan roketler Şırnak'a düştü", "Irak'tan atılan iki roket Silopi'de bir eve isabet etti, 3 kişi yaralandı.");
    expect(x.countries).toEqual(['TR']);
  });
});

describe('cross-border fire in other languages: where it landed, not where it came from', () => {
  it('reads the Russian "from the side of" a country as the origin', () => {
    const x = run('Обстрел со стороны Армении', 'Со стороны Армении был обстрелян пост в Тертере, ранены двое азербайджанских военнослужащих.');
    expect(x.countries).toEqual(['AZ']);
  });

  it('reads a Russian country adjective after "по" (fire at) as the side that was hit', () => {
    const x = run(
      'Ранены двое грузинских пограничников',
      'Вооруженные силы соседней страны открыли огонь по грузинским позициям, ранены двое пограничников, сообщило ведомство.',
    );
    expect(x.countries).toEqual(['GE']);
  });

  it('reads the French "depuis" and the German "aus" as the origin', () => {
    const fr = run('Tirs de roquettes', 'Trois roquettes tirées depuis la Syrie ont frappé Metula, blessant deux personnes.');
    expect(fr.countries).toEqual(['IL']);
    const de = run('Raketenangriff', 'Zwei Raketen aus dem Libanon schlugen in Nahariya ein, drei Menschen wurden verletzt.');
    expect(de.countries).toEqual(['IL']);
  });
});

describe('islands named as the scene', () => {
  it('reads "X island" as the island, not a city abroad that has the name among its others', () => {
    const x = run('Rebels ambush patrol', 'Guerrillas killed four soldiers and wounded three in an ambush on northern Samar island on Friday, the army said.');
    expect(x.countries).toEqual(['PH']);
  });

  it('finds an island named bare, over a village of that name elsewhere', () => {
    const x = run('Church bombing on Java', 'A bomb went off outside a church on Java on Sunday, wounding nine worshippers, police said.');
    expect(x.countries).toEqual(['ID']);
    expect(names(x)).toContain('Java');
  });
});

describe('small towns and spellings the wire uses', () => {
  it('reads the Arabic article inside a name as "al" or "el" alike', () => {
    const x = run('Strike hits tent camp', 'An air strike hit a tent camp in Deir al-Balah overnight, killing seven people, medics said.');
    expect(x.countries).toEqual(['PS']);
  });

  it('finds the short forms the regional press writes', () => {
    expect(run('Blast in Mazar', 'A bomb went off at a mosque in Mazar on Friday, killing six worshippers.').countries).toEqual(['AF']);
    expect(run('Police post attacked', 'Militants attacked a police post in D.I. Khan late on Monday, killing two constables.').countries).toEqual(['PK']);
  });
});

describe('a text that names no place', () => {
  it('is in the one country where the named group fights', () => {
    expect(run('Rebels overrun police post', 'Arakan Army fighters overran a police post on Tuesday, killing six officers, the junta said.').countries).toEqual(
      ['MM'],
    );
    expect(run('Camp shelled', 'RSF fighters shelled a camp for displaced people on Sunday, killing 14, medics said.').countries).toEqual(['SD']);
  });
});
