/**
 * Round 8, places: how real news names a scene by reference to other places (issue 11), each in
 * a sentence written for this test (names, numbers and wording changed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Extraction, placeLabel } from '../../src/extract/analysis.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const run = (title: string, content = ''): Extraction => engine.extract(prepareDocument({ title, content }));
const labels = (x: Extraction) => x.places.map(placeLabel);

describe('a road between two towns named as the scene', () => {
  it('lists both ends, in the order the text gives them, beside the region the title names', () => {
    const x = run(
      'Landmine kills six traders in Borno',
      'A landmine planted by insurgents killed six traders on the Maiduguri-Bama road on Monday, a militia leader said.',
    );
    expect(x.countries).toEqual(['NG']);
    expect(labels(x)).toContain('Maiduguri');
    expect(labels(x).indexOf('Bama')).toBe(labels(x).indexOf('Maiduguri') + 1);
  });

  it('leaves the ends out when the sentence places the blast on the road more precisely', () => {
    const x = run(
      'Bomb hits army truck in Kashmir',
      'A roadside bomb hit an army truck on the Jammu-Srinagar highway in Anantnag district on Sunday, wounding four soldiers.',
    );
    expect(x.countries).toEqual(['IN']);
    expect(labels(x)).not.toContain('Jammu');
    expect(labels(x)).not.toContain('Srinagar');
  });

  it('does not take a road of an earlier attack for this one', () => {
    const x = run(
      'Gunmen kill three farmers in Nigeria',
      'Gunmen shot dead three farmers in Gwoza on Friday, residents said, a week after a bomb killed nine people on the Maiduguri-Bama road.',
    );
    expect(labels(x)).toContain('Gwoza');
    expect(labels(x)).not.toContain('Bama');
  });
});

describe('a place named only for its distance from the scene', () => {
  it('is not the scene when the text puts the scene tens of kilometres away', () => {
    const x = run(
      'Rebels kill 14 villagers in eastern Congo',
      'Rebels killed 14 villagers in North Kivu province on Tuesday night, in a hamlet some 45 kilometres (28 miles) north of Butembo, a local official said.',
    );
    expect(x.countries).toEqual(['CD']);
    expect(labels(x)).not.toContain('Butembo');
  });

  it('still locates the event when the text names nothing else', () => {
    const x = run(
      'US strikes Islamic State cell in Somalia',
      'US Africa Command said it struck an Islamic State cell in hills about 70 km south-east of Bosaso on Monday.',
    );
    expect(labels(x)).toContain('Bosaso');
  });

  it('stays the scene when it lies close by', () => {
    const x = run(
      'Air strike kills seven in Myanmar village',
      'A military jet bombed a village 5 km east of the town of Monywa on Monday, killing seven people, residents said.',
    );
    expect(labels(x)).toContain('Monywa');
  });
});

describe('wire datelines with an agency tag and no dash', () => {
  it('reads "City, Mon D (AGENCY) Text" as a dateline, not as the scene', () => {
    const x = run(
      'Militants attack police post in Pakistan',
      'Quetta, Mar 3 (PTI) Militants attacked a police post in Turbat district on Sunday night, killing two constables, officials said.',
    );
    expect(x.countries).toEqual(['PK']);
    expect(labels(x)).not.toContain('Quetta');
  });

  it('reads a bracketed country after the city as part of the dateline', () => {
    const x = run(
      'Drone attack wounds six at Saudi airport',
      'Jeddah [Saudi Arabia], May 4 (ANI): A drone launched from Yemen struck Abha airport, wounding six travellers, the coalition said.',
    );
    expect(x.countries).toEqual(['SA']);
    expect(labels(x)).not.toContain('Jeddah');
  });

  it('does not list the dateline when the text names a village the gazetteer lacks', () => {
    const x = run(
      'Gunmen kill nine herders in Burkina Faso',
      'OUAGADOUGOU: Gunmen shot dead nine herders before dawn on Tuesday at their camp in the village of Bani, in Seno province, a local official said.',
    );
    expect(x.countries).toEqual(['BF']);
    expect(labels(x)).not.toContain('Ouagadougou');
  });
});

describe('places that are not where anything hit', () => {
  it('leaves out the towns where sirens sounded', () => {
    const x = run(
      'Rocket from Lebanon hits Kiryat Shmona',
      'A rocket fired from Lebanon hit a house in Kiryat Shmona on Monday, lightly wounding two people, as sirens sounded in Metula and Safed.',
    );
    expect(x.countries).toEqual(['IL']);
    expect(labels(x)).toContain('Kiryat Shmona');
    expect(labels(x)).not.toContain('Metula');
    expect(labels(x)).not.toContain('Safed');
  });

  it('keeps the towns under the sirens when nothing is said to have landed anywhere', () => {
    const x = run(
      'Missile from Yemen intercepted over Israel',
      'A missile launched from Yemen was intercepted early on Sunday, setting off sirens in Tel Aviv, the military said.',
    );
    expect(labels(x)).toContain('Tel Aviv');
  });

  it('leaves out where someone travelled to: "a visit to the nearby province of X"', () => {
    const x = run(
      'Bomb kills ranger in southern Thailand',
      'A roadside bomb killed a ranger in Pattani on Friday. The blast came during a visit by the army chief to the nearby province of Songkhla.',
    );
    expect(labels(x)).toContain('Pattani');
    expect(labels(x)).not.toContain('Songkhla');
  });

  it('reads "from the direction of" as the origin of a strike', () => {
    const x = run(
      'Israeli missiles hit sites near Damascus',
      'Missiles launched from the direction of the occupied Syrian Golan in the north struck army positions near Damascus on Sunday night, the state news agency reported.',
    );
    expect(x.countries).toEqual(['SY']);
    expect(labels(x)).not.toContain('Golan Heights');
  });
});

describe('a province the gazetteer lacks', () => {
  it('is not the city known by that short name', () => {
    const x = run(
      'Rebels kill four militiamen in the Philippines',
      'Communist rebels ambushed a patrol in Quezon province on Friday, killing four militiamen, the military said.',
    );
    expect(x.countries).toEqual(['PH']);
    expect(x.places.map((p) => p.name)).not.toContain('Quezon City');
  });
});
