/**
 * Fourth round of real-news error classes (issue 11), found on a second blind-labelled set: a
 * title about something else with a passing attack word in the lead, remembrance pieces in other
 * languages, killings by an armed group named by its name, a toll's group with a part named in an
 * aside, a country named as what a province borders, 'hit' and 'targeted' in other languages, weapons made or supplied as products, household gas blasts and mining disasters. Each is a short story of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

describe('a title silent on any attack sets the topic', () => {
  it('a passing mention of ongoing strikes in a story about a harbour reopening is no report', () => {
    const a = run(
      'Grain ships leave the port of Odesa for the first time in weeks',
      'Four vessels loaded with wheat sailed on Monday. Insurers remain cautious while airstrikes by the navy go on along the coast.',
    );
    expect(a.isAttack).toBe(false);
  });

  it('a shot fired during a shop robbery is no attack report', () => {
    const a = run(
      'Thieves empty a watch shop in downtown Chicago',
      'Two men in masks broke the glass counters and left with several bags. A third man fired one shot into the ceiling as staff hid.',
    );
    expect(a.isAttack).toBe(false);
  });

  it('the same silent title still reports an attack when its lead gives a toll', () => {
    const a = run('Night of fear in a village near Maiduguri', 'Gunmen stormed the village at dawn and shot dead nine farmers, residents said.');
    expect(a.isAttack).toBe(true);
    expect(a.casualties.killed).toBe(9);
  });
});

describe('remembrance in other languages', () => {
  it('a Spanish ceremony years after a bombing is no attack report', () => {
    const a = run(
      'Familias y vecinos recuerdan a las víctimas del atentado de la estación',
      'Veinte años después de la explosión que mató a 40 viajeros, cientos de personas se reunieron en el andén.',
    );
    expect(a.isAttack).toBe(false);
  });

  it('an Italian and a Portuguese remembrance likewise', () => {
    expect(run('Dieci anni dopo la strage, la città ricorda le vittime della bomba').isAttack).toBe(false);
    expect(run('Cinco anos depois do atentado, moradores relembram as vítimas da explosão').isAttack).toBe(false);
  });
});

describe('an armed group named by its name that kills is an attacker', () => {
  it('a group killing in the active voice, with no weapon named, is an armed assault', () => {
    const a = run('Night raid on a fishing camp in Borno', 'Boko Haram killed twelve fishermen on the shore of the lake, a local official said.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.casualties.killed).toBe(12);
  });

  it('and in the passive, after "by the suspected"', () => {
    const a = run(
      'Grief in Ituri after a deadly night',
      'Villagers said eight people tending their crops were killed by the suspected Allied Democratic Forces overnight.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
  });

  it('a group claiming a bombing adds no armed assault to it', () => {
    const a = run(
      'Roadside bomb kills three soldiers near Baidoa',
      'The device went off under a passing truck. Al-Shabaab claimed responsibility for the attack.',
    );
    expect(a.attackTypes).toEqual(['ied']);
  });

  it('secessionists who kill are attackers like separatists', () => {
    const a = run('Mourning at a police post in Bamenda', 'Armed secessionists killed two police officers at a checkpoint outside Bamenda on Monday.');
    expect(a.attackTypes).toEqual(['armed_assault']);
  });
});

describe('a part of the toll named in an aside is not a toll of its own', () => {
  it('"N people including a child were killed" without commas is N', () => {
    const a = run('Nine herders including a boy were killed in a raid on their camp', 'Gunmen on motorbikes opened fire at dusk.');
    expect(a.casualties.killed).toBe(9);
  });

  it('a group, an aside, then one more group joined by "and" adds up', () => {
    const a = run(
      'Ambush on a convoy in the hills',
      'Seven police officers, including a district commander, and a driver were killed when rebels opened fire on their trucks.',
    );
    expect(a.casualties.killed).toBe(8);
  });

  it('the aside with commas still leaves the whole group', () => {
    const a = run('Bomb hits a market', 'Fourteen people, including three children, were killed when the device went off.');
    expect(a.casualties.killed).toBe(14);
  });
});

describe('weapons as products, gas blasts and mining disasters are look-alikes', () => {
  it('a country producing its own attack drones, or one state supplying missiles to another', () => {
    expect(run('Factories in the west are now producing their own attack drones by the thousand').isAttack).toBe(false);
    expect(
      run('Ministers weigh new penalties', 'Diplomats say one government is supplying drones to an army at war, and strike drones are cheap to build.')
        .isAttack,
    ).toBe(false);
  });

  it('a locally made bomb that exploded is still an attack', () => {
    const a = run('Homemade bomb kills two at a bus stop', 'The locally manufactured device exploded as commuters waited, police said.');
    expect(a.isAttack).toBe(true);
  });

  it('a household gas blast that kills is no bombing', () => {
    expect(run('Methane blast kills four in an apartment block', 'Rescuers searched the rubble for two missing tenants.').isAttack).toBe(false);
  });

  it('a mine roof that caved in, killing rescuers', () => {
    const a = run('Rescue halted after cave-in kills two', 'Officials said the shaft exploded and buried the men who were digging towards the trapped miners.');
    expect(a.isAttack).toBe(false);
  });
});

describe('"hit" and "targeted" in other languages report the event', () => {
  it('Portuguese drones that hit a plant', () => {
    const a = run('Drones atingiram um depósito de combustível perto de Belgorod durante a noite');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
  });

  it('Italian rockets that targeted an airport', () => {
    const a = run("Tre razzi hanno preso di mira l'aeroporto di Erbil nella notte");
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['rocket']);
  });

  it('Spanish gunmen who opened fire, told in the subjunctive after "luego de que"', () => {
    const a = run('Seis muertos en una cantina', 'Seis personas murieron luego de que varios sujetos llegaran al local y abrieran fuego contra los presentes.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
  });
});

describe('a country the scene borders is a reference', () => {
  it('"a province bordering Malaysia" keeps the attack in Thailand', () => {
    const a = run(
      'Three soldiers hurt in suspected rebel bomb blast',
      'Three soldiers were hurt in a bomb blast in Pattani, a southern province bordering Malaysia where separatists have fought for years.',
    );
    expect(a.countries).toEqual(['TH']);
  });
});

describe('an everyday thing that blew up is no bombing', () => {
  it('reads a cylinder, canister or boiler named before the blast as its cause', () => {
    expect(
      run(
        'Three dead, five hurt in cylinder blast at a roadside eatery',
        'A cooking cylinder exploded in the kitchen of a small restaurant on Monday, officials said.',
      ).isAttack,
    ).toBe(false);
    expect(run('Boiler explosion at a textile mill kills two workers', 'The blast tore through the dyeing section late on Friday.').isAttack).toBe(false);
    expect(run('Gas canister blast in a market leaves four dead').isAttack).toBe(false);
  });

  it('still reads a bomb at a gas station, and a strike that set off a gas blast, as attacks', () => {
    const bomb = run('Car bomb explodes at gas station in the city centre, killing six', 'The bomb went off as drivers queued for fuel, police said.');
    expect(bomb.isAttack).toBe(true);
    expect(bomb.attackTypes).toContain('ied');
    const strike = run('Drone strike sets off gas explosion in apartment block, three dead', 'A drone hit the building overnight and a gas pipe exploded.');
    expect(strike.isAttack).toBe(true);
    expect(strike.attackTypes).toContain('drone');
  });
});
