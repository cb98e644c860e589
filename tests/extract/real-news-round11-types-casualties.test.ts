/**
 * Round 11, attack types and casualties in real news (issue 11): classes of how published reports
 * tell a toll or a weapon, each in sentences written for this test (invented places and people).
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

describe('a toll in the word order of the wire languages', () => {
  it('reads Polish with the verb after the figure', () => {
    const x = run('Zamach bombowy w Mosulu', 'Co najmniej 8 osób zginęło, a 20 zostały ranne po wybuchu bomby na targu w Mosulu.');
    expect(x.casualties).toEqual({ killed: 8, injured: 20 });
  });

  it('reads a Spanish or Portuguese headline in the present tense', () => {
    expect(run('Un ataque armado mata a cinco personas en Culiacán', 'Hombres armados atacaron un bar de Culiacán.').casualties.killed).toBe(5);
    expect(run('Ataque com drones mata duas pessoas em Kharkiv', 'Drones russos atingiram um prédio em Kharkiv.').casualties.killed).toBe(2);
  });

  it('reads Polish killed before the figure', () => {
    expect(run('Dron zabił dwie osoby w Charkowie', 'Rosyjski dron uderzył w dom w Charkowie.').casualties.killed).toBe(2);
  });

  it('reads the Italian wounded who "remained hurt"', () => {
    const x = run('Droni su Kharkiv nella notte', 'A Kharkiv tre donne sono rimaste ferite quando droni russi hanno colpito un palazzo.');
    expect(x.casualties.injured).toBe(3);
  });

  it('counts one Russian or Ukrainian driver who died', () => {
    expect(run('Дрон атакував Херсон', 'Дрон атакував автомобіль у Херсоні, його водій загинув.').casualties.killed).toBe(1);
    expect(run('Дрон атаковал Херсон', 'Дрон атаковал автомобиль в Херсоне, водитель погиб.').casualties.killed).toBe(1);
  });
});

describe('one person killed or hurt, in the singular of the wire languages', () => {
  it('reads Italian, Spanish, Portuguese and French', () => {
    expect(run('Attacco di droni su Sumy', 'Un uomo è morto e una donna è rimasta ferita in un attacco di droni su Sumy.').casualties).toEqual({
      killed: 1,
      injured: 1,
    });
    expect(run('Ataque con drones en Sumy', 'Un hombre fue asesinado y una mujer resultó herida en un ataque con drones en Sumy.').casualties).toEqual({
      killed: 1,
      injured: 1,
    });
    expect(run('Ataque com drones em Sumy', 'Um homem foi morto e uma mulher ficou ferida num ataque com drones em Sumy.').casualties).toEqual({
      killed: 1,
      injured: 1,
    });
    expect(run('Attaque de drones à Soumy', 'Un homme a été tué et une femme blessée dans une attaque de drones à Soumy.').casualties).toEqual({
      killed: 1,
      injured: 1,
    });
  });

  it('still reads "e" as "and" and "a" as "to"', () => {
    expect(run('Attacco a Sumy', 'Due morti e tre feriti in un attacco di droni su Sumy.').casualties).toEqual({ killed: 2, injured: 3 });
    expect(run('Ataque en Navolato', 'Cinco personas a bordo resultaron heridas en un ataque armado en Navolato.').casualties.injured).toBe(5);
  });
});

describe('a toll split by side', () => {
  it('leaves out the dead on the attackers\u2019 side, in English and French', () => {
    expect(
      run(
        'Jihadists attack army post',
        "Jihadists attacked an army post in Dorana on Monday. The toll was three dead on the army side and seven dead on the attackers' side.",
      ).casualties.killed,
    ).toBe(3);
    expect(
      run(
        'Attaque contre un poste militaire',
        'Des jihadistes ont attaqué le poste de Dorana. Le bilan est de deux morts côté armée et cinq morts côté assaillants.',
      ).casualties.killed,
    ).toBe(2);
  });
});

describe('victims listed by who they were', () => {
  it('adds up a family told with possessives', () => {
    const x = run('Gunmen kill family in Tsafe', 'Gunmen stormed a village near Tsafe on Sunday and killed a farmer, his wife and their three children.');
    expect(x.casualties.killed).toBe(5);
  });

  it('counts one person named by a people\u2019s name', () => {
    const x = run('Airstrike on Wadi Sur', 'A Palestinian was killed and three others were wounded in an Israeli airstrike on Wadi Sur on Monday.');
    expect(x.casualties).toEqual({ killed: 1, injured: 3 });
  });

  it('reads "stabbed N people to death", and does not count the one who stabbed', () => {
    expect(run('Knife attack at fair', 'A man stabbed three people to death at a fair in Kettwig on Friday night.').casualties).toEqual({
      killed: 3,
      injured: null,
    });
    expect(run('Knife attack at fair', 'A man stabbed three people at a fair in Kettwig on Friday night.').casualties).toEqual({ killed: null, injured: null });
  });

  it('leaves out a suicide bomber named first among the dead', () => {
    expect(
      run('Suicide bombing at checkpoint', 'A suicide bomber blew himself up at a checkpoint in Dera Bugti on Monday, killing himself and six others.')
        .casualties.killed,
    ).toBe(6);
    expect(
      run('Suicide bombing at checkpoint', 'A suicide bombing at a checkpoint in Dera Bugti on Monday killed the bomber and two policemen.').casualties.killed,
    ).toBe(2);
  });
});

describe('a count of the dead and the hurt together', () => {
  it('is neither kind\u2019s figure, only the dead it names inside it', () => {
    const x = run(
      'Grenades hit market',
      'Two grenades were thrown into a market in Kirundo on Saturday, leaving 27 casualties including three dead, police said.',
    );
    expect(x.casualties).toEqual({ killed: 3, injured: 24 });
  });
});

describe('a toll brought up by this event', () => {
  it('is the wider count after this event\u2019s own figure', () => {
    const x = run(
      'Airstrike hits house in Beit Rima',
      'An Israeli airstrike hit a house in Beit Rima on Monday, killing 12 people, bringing the death toll in the territory to 40,000.',
    );
    expect(x.casualties.killed).toBe(12);
  });

  it('is this event\u2019s toll after later deaths', () => {
    const x = run(
      'Mosque bombing toll rises',
      'A bomb exploded at a mosque in Tal Hamra on Friday, killing 12. Another worshipper died overnight, bringing the toll to 13.',
    );
    expect(x.casualties.killed).toBe(13);
  });
});

describe('a group\u2019s killing told by the weapon named elsewhere', () => {
  it('is the suicide bombing the article describes, not also an armed assault', () => {
    const x = run(
      'Al-Shabaab attack kills 9 in Baidoa',
      'A suicide bombing killed at least nine people in Baidoa on Tuesday, officials said. A bomber walked into a restaurant and set off an explosive vest.',
    );
    expect(x.attackTypes).toEqual(['suicide_attack']);
  });

  it('is the roadside bomb that hit the convoy', () => {
    const x = run(
      'Seven police killed in attack by Maoists',
      'Seven policemen were killed following an attack by Maoists in Sukma district on Monday. Their vehicle was blown up by an IED planted under the road.',
    );
    expect(x.attackTypes).toEqual(['ied']);
  });

  it('stays an armed assault when the article says how they fought in person', () => {
    const x = run(
      'Militants storm base after car bomb',
      'Al-Shabaab militants attacked a base near Jowhar with a car bomb before storming it with gunfire, killing 10 soldiers.',
    );
    expect(x.attackTypes).toContain('armed_assault');
    expect(x.attackTypes).toContain('ied');
  });
});

describe('a suicide bomber riding a vehicle', () => {
  it('is a vehicle bomb as well as a suicide attack', () => {
    const x = run('Suicide attack in Lakki', 'A suicide bomber on a motorcycle rammed into a police van in Lakki on Monday, killing four policemen.');
    expect(x.attackTypes).toEqual(expect.arrayContaining(['suicide_attack', 'ied']));
  });

  it('is not when the bomber only blew up near a car', () => {
    const x = run('Suicide attack in Lakki', 'A suicide bomber blew himself up near a parked car in Lakki on Monday, killing four.');
    expect(x.attackTypes).toEqual(['suicide_attack']);
  });
});

describe('an attack told first without its weapon', () => {
  it('takes the weapon a witness or agency names later, not the wider campaign', () => {
    const x = run(
      'Suspected rebel attack targets tanker off Yemen',
      'A suspected attack by rebels targeted a tanker late on Sunday off the coast of Yemen, causing no damage, officials said. ' +
        'The attack comes as the rebels keep up their monthslong assault on shipping in the region. ' +
        'The master said a missile splashed into the sea close to the vessel, a maritime security agency reported.',
    );
    expect(x.attackTypes).toEqual(['missile']);
  });

  it('does not take a weapon from a threat told later', () => {
    const x = run(
      'Rebels attack army post in Kordo',
      'Rebels attacked an army post in Kordo on Monday, killing three soldiers. The group has threatened to use drones against the capital.',
    );
    expect(x.attackTypes).toEqual(['armed_assault']);
  });
});

describe('a digest of several dated attacks', () => {
  it('keeps the armed assault of one attack beside the weapons of the others', () => {
    const x = run(
      'Weekly overview: Sahel',
      'In Burkina Faso, militants attacked an army detachment in Koudougou on 3 May, killing 20 soldiers. ' +
        'In Mali, a drone strike killed 6 civilians near Segou on 5 May. In Niger, an IED killed 2 soldiers near Dosso on 6 May.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['armed_assault', 'drone', 'ied']));
  });
});

describe('missiles that are not the attack\u2019s own means', () => {
  it('reads missiles fired by a helicopter or jets as an air strike', () => {
    const x = run('Helicopter strike on car', 'An Israeli helicopter fired a missile at a car near Tubas on Monday, killing two men.');
    expect(x.attackTypes).toEqual(['airstrike']);
  });

  it('leaves out the defenders\u2019 missiles', () => {
    const x = run(
      'Drone attack on Vinnytsia',
      'Russia launched a drone attack on Vinnytsia overnight. Air defence units shot down 14 drones with surface-to-air missiles, and debris fell on a house, injuring two.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('keeps the attackers\u2019 missiles beside the interceptors', () => {
    const x = run(
      'Missile attack on Vinnytsia',
      'Russia fired ballistic missiles at Vinnytsia overnight, killing three. Air defences shot down most of them with Patriot interceptor missiles.',
    );
    expect(x.attackTypes).toEqual(['missile']);
  });
});

describe('kidnappers who shoot someone', () => {
  it('assault as well as kidnap', () => {
    expect(
      run('Travellers abducted near Birnin Gwari', 'Gunmen abducted 20 travellers near Birnin Gwari on Sunday after shooting the driver.').attackTypes,
    ).toEqual(['armed_assault', 'kidnapping']);
    expect(run('Trader abducted in Funtua', 'Gunmen shot two policemen and abducted a trader in Funtua on Sunday.').attackTypes).toEqual([
      'armed_assault',
      'kidnapping',
    ]);
  });

  it('only kidnap when the shots went into the air', () => {
    const x = run('Travellers abducted near Birnin Gwari', 'Gunmen abducted 20 travellers near Birnin Gwari on Sunday after shooting into the air.');
    expect(x.attackTypes).toEqual(['kidnapping']);
  });
});
