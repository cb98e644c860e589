/**
 * Round 12, attack types and countries in real news (issue 11): classes of how published reports
 * name several means of one attack, the plain word for an attack in Urdu, and the scene of
 * cross-border fire, each in sentences written for this test (other places, people and figures).
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

describe('the plain word for an attack in Urdu', () => {
  it('is no bombing: Urdu "میں" (in) is not the Persian mine', () => {
    const x = run(
      'لکی مروت میں پولیس موبائل پر حملہ، چار اہلکار شہید',
      'لکی مروت میں نامعلوم مسلح افراد نے پولیس موبائل پر حملہ کیا جس میں چار اہلکار شہید ہو گئے۔',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).not.toContain('ied');
  });

  it('still reads a Persian mine blast as a bomb', () => {
    const { trace } = engine.explain(prepareDocument({ title: 'انفجار مین در قندهار', content: '' }));
    expect(trace.sentences[0]!.types).toContain('ied');
  });
});

describe('several means of one attack', () => {
  it('keeps the shooting told beside a bomb', () => {
    const x = run(
      'Attack on army post in Burkina Faso kills 14',
      'Jihadists attacked an army post near Djibasso on Saturday with a car bomb and gunfire, killing 14 soldiers, a security source said.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['ied', 'armed_assault']));
  });

  it('keeps the knives told beside a bomb, and the gunfire beside drones', () => {
    expect(
      run(
        'Attackers with knives and a bomb kill four at a bus station',
        'Two attackers stabbed passengers with knives and set off a homemade bomb at a bus station in Urumqi on Monday, killing four people, police said.',
      ).attackTypes,
    ).toEqual(expect.arrayContaining(['ied', 'armed_assault']));
    expect(
      run(
        'Insurgents overrun outpost with drones and gunfire',
        'Insurgents overran an army outpost in Damasak on Sunday night after attacking it with armed drones and heavy gunfire, killing six soldiers.',
      ).attackTypes,
    ).toEqual(expect.arrayContaining(['drone', 'armed_assault']));
  });

  it('reads gunfire heard after a blast as a sound, not a means', () => {
    const x = run(
      'Roadside bomb kills two soldiers in Kumba',
      'Two soldiers were killed on Friday when a roadside bomb exploded under their truck near Kumba. Residents said they heard a loud blast and then gunfire.',
    );
    expect(x.attackTypes).toEqual(['ied']);
  });

  it('keeps helicopter gunships that strike beside drones, not jets that intercept or are hit', () => {
    expect(
      run(
        'Gunships and drones pound rebel positions',
        'Army helicopter gunships and drones struck rebel positions in Nyala on Sunday, killing 30 fighters, witnesses said.',
      ).attackTypes,
    ).toEqual(expect.arrayContaining(['airstrike', 'drone']));
    const hit = run(
      'Drones hit air base in Kursk region',
      'Drones struck an air base near Khalino overnight, the governor said. A source claimed four warplanes had been destroyed.',
    );
    expect(hit.attackTypes).toEqual(['drone']);
  });
});

describe('strike and raid words for a strike from the air', () => {
  it('reads a raid done with bombs from the air, and the title that names it, as the air strike', () => {
    const x = run(
      'Russian raid on Sloviansk kills six',
      'Russian forces hit Sloviansk before dawn with guided aerial bombs in a raid that killed six people, the city council said.',
    );
    expect(x.attackTypes).toEqual(['airstrike']);
  });

  it('reads "the second raid on the town" after a drone strike as the drone strike', () => {
    const x = run(
      'Strike on car in south Lebanon kills one',
      'An Israeli drone strike hit a car in the village of Houla on Thursday, killing one man. It was the second raid on the village in three days.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('keeps a raid by troops beside a drone strike', () => {
    const x = run(
      'Troops raid Nablus old city as drone strike kills two',
      'Israeli troops raided the old city of Nablus on Monday, arresting six men. A drone strike later hit a group in the Balata camp, killing two.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['armed_assault', 'drone']));
  });

  it("reads a country's forces or its air force striking, and a bare strike, as an air strike", () => {
    expect(
      run('Israeli forces strike house in Rafah, killing four', 'Israeli forces struck a house in Rafah on Sunday, killing four people, medics said.')
        .attackTypes,
    ).toEqual(['airstrike']);
    expect(run('Strike kills three in Tyre', 'A strike on an apartment in Tyre killed three people overnight, the health ministry said.').attackTypes).toEqual([
      'airstrike',
    ]);
    expect(
      run(
        'Air force strikes bandit enclave, kills 25',
        'The Nigerian Air Force struck a bandit enclave in Tsafe on Thursday, killing 25 bandits, a spokesman said.',
      ).attackTypes,
    ).toEqual(['airstrike']);
  });
});

describe('shots fired into the air', () => {
  it('are no armed assault beside a kidnapping', () => {
    const x = run(
      'Trois hommes enlevés près de Ménaka',
      "Mardi soir, cinq hommes armés à moto ont arrêté un véhicule près de Ménaka et ont enlevé trois passagers. Des coups de feu ont été tirés en l'air.",
    );
    expect(x.attackTypes).toEqual(['kidnapping']);
  });
});

describe('the scene of cross-border fire', () => {
  it('is the land of the place hit, not that of the forces firing', () => {
    expect(
      run(
        'Afghan forces fire on Pakistani border posts',
        'Afghan forces opened fire on Pakistani border posts in the Chaman area on Friday, killing three soldiers, the army said.',
      ).countries,
    ).toContain('PK');
    const x = run(
      'Azerbaijani shelling hits Armenian village',
      'Azerbaijani forces shelled the Armenian village of Sotk on Monday, wounding two farmers, the defence ministry said.',
    );
    expect(x.countries).toContain('AM');
  });

  it('does not take the land of a post its army holds abroad', () => {
    const x = run('Drone strike hurts soldiers at outpost', 'A drone strike on an American outpost in eastern Syria wounded five soldiers on Saturday.');
    expect(x.countries).toEqual(['SY']);
  });
});

describe("Arabic news of an armed group's attack", () => {
  it('reads the group after a verb of carrying the attack out as its maker, and the attack as an assault', () => {
    const x = run('مقتل 40 جنديا في هجوم نفذته جماعة بوكو حرام', 'قال الجيش إن 40 جنديا قتلوا في هجوم نفذته جماعة بوكو حرام على قاعدة عسكرية يوم الأحد.');
    expect(x.actors.find((a) => a.id === 'boko-haram')?.role).toBe('perpetrator');
    expect(x.attackTypes).toEqual(['armed_assault']);
  });

  it('finds El Fasher, which GeoNames names in no Arabic', () => {
    const x = run('مقتل 5 مدنيين في قصف مدفعي على الفاشر', 'قتل 5 مدنيين اليوم الأحد في قصف مدفعي استهدف سوقا في مدينة الفاشر.');
    expect(x.countries).toEqual(['SD']);
  });
});

describe('the Arabic article inside a place name', () => {
  it('is found written "al" or "el"', () => {
    expect(run('Strike hits tents in Deir al-Balah', 'An air strike hit tents in Deir al-Balah on Monday, killing four people.').countries).toEqual(['PS']);
  });
});

describe('a weapon told as one more means', () => {
  it('keeps the group\'s assault beside a bomb that "also" hit', () => {
    const x = run(
      'Insurgent attack kills 8 police in Faryab',
      'Insurgents attacked a police checkpoint in Faryab late on Friday, killing eight policemen, officials said. A roadside bomb also hit a police vehicle sent to help.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['armed_assault', 'ied']));
  });
});

describe('a landmine and machetes as French and Portuguese copy tell them', () => {
  it('types a vehicle that hit a mine as a bombing', () => {
    const x = run(
      'Mali : un véhicule militaire saute sur une mine',
      'Quatre soldats ont perdu la vie lundi quand leur véhicule a sauté sur une mine près de Boulkessi.',
    );
    expect(x.attackTypes).toEqual(['ied']);
  });

  it('types insurgents who used machetes as an assault', () => {
    const { trace } = engine.explain(prepareDocument({ title: 'Os insurgentes usaram catanas contra os aldeões', content: '' }));
    expect(trace.sentences[0]!.types).toEqual(['armed_assault']);
  });
});
