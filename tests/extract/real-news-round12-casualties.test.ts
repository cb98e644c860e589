/**
 * Round 12, casualties on real news: the outcome of an attack told as a noun, as a level, in
 * another sentence or language, and the attackers counted beside their victims. Each test is one
 * phenomenon seen in real reports, written in our own words with invented towns and figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Casualties } from '../../src/extract/analysis.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const toll = (title: string, content = ''): Casualties => {
  const { killed, injured } = engine.extract(prepareDocument({ title, content })).casualties;
  return { killed, injured };
};

describe('deaths told as a noun', () => {
  it('reads the victims after "the deaths of", "the death of", "the wounding of"', () => {
    expect(
      toll('Convoy hit by roadside bomb', 'A roadside bomb struck an army convoy near Kidal on Monday, causing the deaths of six soldiers, the army said.'),
    ).toEqual({
      killed: 6,
      injured: null,
    });
    expect(
      toll(
        'Mosque blast',
        'An explosion tore through a mosque in Herat on Friday. Officials confirmed the death of a guard and the wounding of nine worshippers.',
      ),
    ).toEqual({
      killed: 1,
      injured: 9,
    });
  });

  it('reads the dead named as the toll at a level, and keeps the wounded apart', () => {
    expect(toll('Rally bombing', 'A suicide bomber struck a rally in Khar on Sunday. Fatalities stood at 38 and more than 90 were wounded.')).toEqual({
      killed: 38,
      injured: 90,
    });
    expect(toll('Market bombing', 'A bomb went off at a market in Damaturu on Friday. There were 14 deaths and 27 injuries, officials said.')).toEqual({
      killed: 14,
      injured: 27,
    });
  });
});

describe('a sum of this event', () => {
  it('reads "in total" and "so far" about one attack as its toll', () => {
    expect(
      toll('Glide bombs hit Kupiansk', 'Two glide bombs struck a market in Kupiansk on Tuesday. In total, 9 were killed, and 21 others were injured.'),
    ).toEqual({
      killed: 9,
      injured: 21,
    });
    expect(toll('Ferry bombing', 'A bomb exploded on a ferry near Jolo on Monday. Four bodies have been recovered so far, the coast guard said.')).toEqual({
      killed: 4,
      injured: null,
    });
  });

  it('still leaves out a period total', () => {
    expect(
      toll(
        'Bomb kills two in Kupiansk',
        'A bomb killed two people at a market in Kupiansk on Tuesday. So far this year, 310 civilians have been killed in the district.',
      ),
    ).toEqual({ killed: 2, injured: null });
  });
});

describe('none hurt, in the wire languages', () => {
  it('reads a negator before the noun', () => {
    expect(toll('Attaque de drone', 'Un drone a frappé un entrepôt à Valuïki lundi. Aucune victime n’est à déplorer.')).toEqual({ killed: 0, injured: 0 });
    expect(toll('Attaque à la roquette', 'Une roquette a frappé Metoula mardi, sans faire de victimes.')).toEqual({ killed: 0, injured: 0 });
    expect(toll('Drohnenangriff', 'Eine Drohne traf am Dienstag ein Lager in Schebekino. Es gab keine Opfer.')).toEqual({ killed: 0, injured: 0 });
    expect(toll('Attacco con drone', 'Un drone ha colpito un deposito a Rylsk martedì. Nessuna vittima.')).toEqual({ killed: 0, injured: 0 });
    expect(toll('Ataque com drone', 'Um drone atingiu um armazém em Rylsk na terça-feira. Não houve vítimas.')).toEqual({ killed: 0, injured: 0 });
  });

  it('reads a negator after the noun', () => {
    expect(toll('Атака беспилотника', 'Беспилотник атаковал склад в Валуйках во вторник. Жертв нет, сообщил губернатор.')).toEqual({ killed: 0, injured: 0 });
  });

  it('does not read an unknown count as none', () => {
    expect(toll('Ataque con drones', 'Un ataque con drones alcanzó un mercado en Járkov el martes, sin precisar el número de víctimas.')).toEqual({
      killed: null,
      injured: null,
    });
  });
});

describe('attackers beside their victims', () => {
  it('leaves out the attackers joined to the victims by "and"', () => {
    expect(toll('Base attacked', 'Militants attacked an army base in Tank on Monday. Five soldiers and four attackers were killed, the army said.')).toEqual({
      killed: 5,
      injured: null,
    });
  });
});
