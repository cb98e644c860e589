/**
 * Round 15, the facts of an attack as real news writes them: a country's name set off as the
 * title's label, a country that carries out an attack after a time, an auxiliary or the craft it
 * sends, German and Dutch perfects with the participle last, the names Ukrainian and Russian outlets
 * give the forces in English and Ecuador's gangs, people seized at sea, an aside between a casualty
 * verb and its victims, attacks told in the passive with their attackers, a ship attacked by means
 * not named, the Portuguese present of dying, Arabic dual and present verbs, Arabic function
 * words that are towns abroad to the gazetteer, and two headlines joined by a semicolon in a title. In our own words with invented places and figures;
 * each class with look-alikes that must stay as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { findFigures, findZeros } from '../../src/extract/casualties.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const read = (title: string, content = '') => engine.extract(prepareDocument({ title, content }));
const actorIds = (title: string, content = '') => read(title, content).actors.map((a) => a.id);
const figures = (sentence: string) => {
  const doc = prepareDocument({ title: '', content: sentence });
  return findFigures(doc.tokens, 0, doc.tokens.length, doc.text).map((f) => `${f.kind} ${f.value}`);
};
const zeros = (sentence: string) => {
  const doc = prepareDocument({ title: '', content: sentence });
  return findZeros(doc.tokens, 0, doc.tokens.length);
};

describe("a country's name set off as the title's label is the scene", () => {
  it.each([
    ['Somalia: Roadside bomb kills five soldiers', 'The device went off as a convoy passed on Tuesday, an officer said.', 'SO'],
    ['Nigeria: Gunmen kill nine at a village market', 'The attackers arrived on motorcycles late on Sunday, residents said.', 'NG'],
    ['South Sudan: Raiders kill 14 cattle keepers', 'Armed youths attacked a cattle camp at dawn, a county official said.', 'SS'],
  ])('%s', (title, content, country) => {
    expect(read(title, content).countries).toEqual([country]);
  });

  it("keeps a city's name before the colon as a bureau, not the scene", () => {
    const x = read('BANGKOK: Air strike kills 12 in Sagaing village', 'Junta jets bombed a monastery in Sagaing Region on Friday, a rescue group said.');
    expect(x.countries).toEqual(['MM']);
  });
});

describe('a country that carries out the attack, with a time, an auxiliary or its craft between', () => {
  it.each([
    [
      'Turkey hits Kurdish fighters in Iraq',
      'Turkey on Sunday carried out air strikes on hideouts in the Gara mountains, killing four fighters.',
      'turkish-military',
    ],
    ['Raids near the border', 'Pakistan conducts airstrikes on two villages in Khost, local officials said on Tuesday.', 'pakistani-military'],
    ['Raids near the border', 'Pakistani jets had bombed a compound in Barmal district before dawn, the spokesman said.', 'pakistani-military'],
    ['Strikes on Gara', 'Turkish warplanes overnight struck a depot near Amedi, the group said.', 'turkish-military'],
  ])('%s / %s', (title, content, id) => {
    expect(actorIds(title, content)).toContain(id);
  });

  it('leaves out a country that only speaks of the strikes or was struck', () => {
    expect(actorIds('Raids near the border', 'Pakistan on Monday condemned airstrikes in Khost that killed eight civilians.')).not.toContain(
      'pakistani-military',
    );
    expect(actorIds('Drone attack on a depot', 'Turkey was attacked with drones on Monday near Hakkari, killing two guards.')).not.toContain(
      'turkish-military',
    );
  });
});

describe('German and Dutch perfects put the participle last', () => {
  it.each([
    ['Verletzte nach Angriffen auf Sumy', 'Nach Angaben der Behörden hat Russland die Stadt Sumy in der Nacht mit Drohnen angegriffen.'],
    ['Drei Tote in Cherson', 'Russland hat die Stadt Cherson am Morgen mit Artillerie beschossen, drei Menschen starben.'],
    ['Doden in Odesa', 'Rusland heeft de haven van Odesa vannacht met drones aangevallen, meldt de gouverneur.'],
  ])('%s', (title, content) => {
    expect(actorIds(title, content)).toContain('russian-forces');
  });

  it('reads no attacker in a perfect of another verb', () => {
    expect(
      actorIds('Angriffe auf Sumy', 'Drohnen haben die Stadt Sumy angegriffen, zwei Menschen wurden verletzt. Russland hat die Vorwürfe zurückgewiesen.'),
    ).not.toContain('russian-forces');
  });
});

describe('the names regional outlets give the forces and the gangs', () => {
  it('reads "Russian invaders" as Russia\'s forces and the "Kiev regime" as Ukraine\'s', () => {
    expect(actorIds('Nikopol shelled', 'On Monday the Russian invaders shelled Nikopol with heavy artillery, wounding two women.')).toContain('russian-forces');
    expect(actorIds('Drones downed over Kursk', 'Air defences downed six drones launched by the Kiev regime at Kursk overnight, the ministry said.')).toContain(
      'ukrainian-forces',
    );
  });

  it("names Ecuador's gangs and their factions", () => {
    const ids = actorIds(
      'Ataque armado en un bar de Esmeraldas deja cinco muertos',
      'Sicarios mataron a cinco personas en un bar de Esmeraldas; la policía atribuye el ataque a una disputa entre Los Choneros y los Tiguerones Igualitos.',
    );
    expect(ids).toContain('los-choneros');
    expect(ids).toContain('los-tiguerones');
  });
});

describe('people seized at sea or from a place are kidnapped', () => {
  it('types the seizing of a crew as a kidnapping, not an assault', () => {
    const x = read(
      'Militants strike again off Pata island',
      'Suspected militants have seized nine Vietnamese fishermen off the island of Pata, officials said. Their boat was intercepted on Tuesday by gunmen who demanded a ransom.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['kidnapping']);
  });

  it('leaves ships, goods and weapons seized as they were', () => {
    expect(read('Navy seizes tanker', 'The navy seized a tanker and its fuel cargo off Jolo on Monday, the coast guard said.').attackTypes).not.toContain(
      'kidnapping',
    );
    expect(read('Fish seized at the port', 'Inspectors seized two tonnes of fish from the fishermen at the port of Zamboanga.').isAttack).toBe(false);
  });
});

describe('an aside between commas after a casualty verb', () => {
  it('reads the victims after the aside', () => {
    expect(figures('The shells hit the market on Monday, killing, according to the governor, two people and wounding nine.')).toEqual([
      'killed 2',
      'injured 9',
    ]);
    expect(figures('Артиллерия ударила по рынку, убив, по предварительным данным, двух человек.')).toEqual(['killed 2']);
  });

  it('takes no figure from the aside and no victims from a list of verbs', () => {
    expect(figures('The blast shook the square, killing, wounding and frightening passers-by.')).toEqual([]);
  });
});

describe('an attack told in the passive with its attackers', () => {
  it('is an attack, an assault by gunmen or militants', () => {
    const x = read('Checkpoint attacked by militants in Tank', 'A police checkpoint was attacked by militants in Tank district on Sunday night, police said.');
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['armed_assault']);
    expect(x.actors.map((a) => `${a.id}:${a.role}`)).not.toContain('security-forces:perpetrator');
  });

  it('is an attack on a ship with no means named when a named group made it', () => {
    const x = read(
      'Bulk carrier attacked by Houthis west of Mokha',
      'A Greek bulk carrier was attacked by Houthi rebels 60 nautical miles west of Mokha on Monday, a maritime agency said.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual([]);
    expect(x.actors.map((a) => a.id)).toContain('houthis');
  });

  it('keeps pirates who shoot at a crew an assault', () => {
    expect(read('Pirates attack tanker', 'Pirates attacked a tanker off Brass on Monday and shot two crew members.').attackTypes).toContain('armed_assault');
  });

  it('is no attack when the passive is feared or long past', () => {
    expect(read('Fears that ships could be attacked by Houthis grow', '').isAttack).toBe(false);
    expect(read('Ships attacked by Houthis last year still idle at Hodeidah', '').isAttack).toBe(false);
  });
});

describe('the Portuguese present of dying in a headline', () => {
  it('reports the deaths as a toll', () => {
    const x = read('Quatro pessoas morrem em ataque em Macomia', 'Os insurgentes atacaram a aldeia durante a madrugada, segundo fontes locais.');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(4);
  });

  it('leaves deaths of no attack as they were', () => {
    expect(read('Duas pessoas morrem em acidente na EN1', 'Um camião e um autocarro chocaram perto de Xai-Xai, segundo a polícia.').isAttack).toBe(false);
  });
});

describe('Arabic dual and present verbs of targeting, and the injured as people', () => {
  it('reads drones that "target" a base in a headline and two drones that "targeted" it', () => {
    const x = read(
      'طائرات درونز تستهدف مطارا عسكريا في حماة',
      'قال مصدر عسكري إن طائرتين مسيرتين استهدفتا المطار العسكري في ريف حماة فجر اليوم، دون وقوع مصابين.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toContain('drone');
    expect(x.casualties).toMatchObject({ killed: 0, injured: 0 });
  });

  it('reads "with no injured" as nobody hurt', () => {
    expect(zeros('سقطت القذيفة في ساحة فارغة دون مصابين.')).toEqual(['killed', 'injured']);
  });

  it('leaves drones on show as no attack', () => {
    expect(read('معرض يعرض طائرات درونز حديثة في الرياض', 'افتتح المعرض أبوابه للزوار يوم الأحد بمشاركة شركات محلية.').isAttack).toBe(false);
  });
});

describe('an Arabic function word that is a town abroad, in a report naming only other countries', () => {
  it('is no place: "for the first time" is not Laval, "they two were" not Vantaa', () => {
    const x = read(
      'استهداف قاعدة عراقية بطائرتين مسيرتين لأول مرة منذ أشهر',
      'قال مصدران عسكريان إن طائرتين مسيرتين مفخختين استهدفتا القاعدة في غرب العراق أمس. وأسقطت الدفاعات الجوية العراقية الطائرتين بعدما كانتا قرب القاعدة، دون وقوع إصابات.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.countries).toEqual(['IQ']);
  });
});

describe('two headlines joined by a semicolon in a title', () => {
  it("keeps the first headline's toll when the second counts a series", () => {
    const x = read('Four soldiers killed in roadside blast in Kurram; third such attack in two months', '');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(4);
  });

  it('still reads a toll told in the second headline', () => {
    const x = read('Jets strike two villages in Idlib; nine people killed', '');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(9);
  });

  it('leaves a semicolon in the body where it was', () => {
    expect(figures('Two guards were killed; three others were wounded in the blast.')).toEqual(['killed 2', 'injured 3']);
  });
});
