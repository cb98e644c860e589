/**
 * Round 9, English real news (issue 11): phenomena seen in published English reports, each in a
 * sentence written for this test (names, numbers and wording changed).
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

describe('the country of an attack on a foreign force', () => {
  it('reads "US Base" in a Title Case headline as an attribute of the base, not the scene', () => {
    const x = run(
      'Two Killed, Several Hurt In Rocket Strike On US Base In Syria',
      'Two American contractors died and several troops were hurt when rockets hit the base on Tuesday night.',
    );
    expect(x.countries).toEqual(['SY']);
  });

  it('reads "U.S." before a noun as an attribute too', () => {
    const x = run(
      'Drone hits outpost in eastern Syria',
      'A drone struck the U.S. logistics hub in northeast Syria on Friday, wounding five U.S. service members, officials said.',
    );
    expect(x.countries).toEqual(['SY']);
  });

  it('leaves the home state of the victims’ units out of the scene', () => {
    const x = run(
      'Guard confirms 20 soldiers hurt in drone strike',
      'Twenty National Guard soldiers were hurt in Saturday’s drone strike on an American outpost in eastern Syria. ' +
        'Two of the dead came from a signal unit in Georgia. The wounded are from units based in Ohio, Texas and Virginia.',
    );
    expect(x.countries).toEqual(['SY']);
  });
});

describe('the wounded of a stabbing or shooting', () => {
  it('counts people stabbed as wounded, and people stabbed to death as killed', () => {
    expect(run('Four stabbed outside a nightclub in Leeds').casualties).toMatchObject({ injured: 4 });
    expect(run('Two stabbed to death in Glasgow park').casualties).toMatchObject({ killed: 2 });
  });

  it('reads the stabbing of a number of people and a suspect accused of stabbing them', () => {
    expect(run('Knife attack at Bristol bus station', 'The stabbing of four commuters on Friday is being investigated as terrorism.').casualties.injured).toBe(
      4,
    );
    expect(run('Knife attack at Bristol bus station', 'A man accused of stabbing two guards on Friday was detained.').casualties.injured).toBe(2);
  });

  it('reads wounds sustained and a person left with injuries', () => {
    expect(run('Gunmen attack village in Zamfara', 'Gunmen killed four farmers on Sunday and three others sustained gunshot wounds.').casualties).toEqual({
      killed: 4,
      injured: 3,
    });
    expect(run('Knife attack on Oslo tram', 'The attack on Monday left a woman with serious injuries, police said.').casualties.injured).toBe(1);
  });

  it('does not read "not life-threatening" injuries as no injuries', () => {
    const x = run(
      'Three hurt in knife attack at Lyon station',
      'Three travellers were hurt; their injuries are serious but not life-threatening, doctors said.',
    );
    expect(x.casualties).toEqual({ killed: null, injured: 3 });
  });
});

describe('the attacker counted among the dead', () => {
  it('takes the bomber out of a toll that names him aside', () => {
    expect(
      run('Suicide blast at Kismayo checkpoint', 'At least three people, including the bomber, were killed at the checkpoint on Monday.').casualties.killed,
    ).toBe(2);
    expect(
      run('Suicide blast at Kismayo checkpoint', 'Four people were killed on Monday, including a suicide bomber who rammed the gate.').casualties.killed,
    ).toBe(3);
  });

  it('prefers that count to a headline figure that still holds the bomber', () => {
    const x = run('Car bomb kills 5 at checkpoint near Baidoa', 'Five people were killed, including the suicide bomber who drove the car, police said.');
    expect(x.casualties.killed).toBe(4);
  });
});

describe('an arrest headline over the first report of the attack', () => {
  it('reads the stabbing the lead reports as it happened', () => {
    const x = run(
      'Police arrest knifeman after supermarket stabbing',
      'A man armed with a kitchen knife attacked customers at a supermarket in Leicester on Saturday morning, wounding four people, two of them seriously.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['armed_assault']);
    expect(x.casualties.injured).toBe(4);
  });

  it('still leaves out an arrest whose lead is about the arrest', () => {
    const x = run('Police arrest three over bus station stabbing', 'Police arrested three men in connection with the stabbing of two travellers last month.');
    expect(x.isAttack).toBe(false);
  });
});

describe('old mines and car bombs', () => {
  it('reads an old anti-tank mine hit by a tractor as a legacy of war', () => {
    const x = run(
      'Five die in Angola mine blast',
      'Five farmers died on Tuesday when their tractor drove over two old anti-tank mines in Cuando Cubango province.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('types a suicide bomber who blew up a car as a suicide attack and a bomb', () => {
    const x = run(
      'Suicide bomber kills three guards in Somalia',
      'A suicide attacker blew up his car beside a police post in Baidoa on Sunday, and three guards died.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['suicide_attack', 'ied']));
  });
});

describe('a country blamed for a strike', () => {
  it('names the forces of a country blamed in so many words', () => {
    const a = run('Drone strike kills two in Duhok', 'A drone strike killed two men on Monday near Amedi, local officials said, blaming the strike on Turkey.');
    expect(a.actors).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'turkish-military', role: 'blamed' })]));
    const b = run('Drone strike kills two in Duhok', 'A drone hit a car near Amedi on Monday, killing two men. The mayor blamed Turkey.');
    expect(b.actors.map((x) => x.id)).toContain('turkish-military');
  });
});

describe('the toll of an earlier attack named for context', () => {
  it('leaves out the dead of the attack this one follows', () => {
    const x = run(
      'Arson attack on a mosque in Kent',
      'Two men set fire to the door of a mosque in Margate on Saturday night; nobody was hurt. The fire follows last week’s attack on a church in Leeds in which three people died.',
    );
    expect(x.casualties.killed).not.toBe(3);
  });

  it('leaves out the dead of an attack a note referred to', () => {
    const x = run(
      'Arson at Dallas mosque investigated as hate crime',
      'A fire was set at a Dallas mosque early on Sunday, and the arsonist left a note referencing the shootings at a temple in Oak Creek, Wisconsin, that killed six worshippers.',
    );
    expect(x.casualties.killed).toBeNull();
  });
});

describe('wire background about old munitions', () => {
  it('does not let a generality on leftover munitions undo a roadside bombing the title reports', () => {
    const x = run(
      'Roadside bomb planted by insurgents kills 4 in Kunduz',
      'A roadside bomb killed three police officers and a driver in Kunduz province on Friday, an official said. ' +
        'The bomb had been planted by insurgents overnight. ' +
        'Mines left over from decades of fighting still lie across the country and maim dozens of people every month.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(4);
  });

  it('still reads a lead about a mine left over from the war as an accident', () => {
    const x = run(
      'Mine blast kills three boys in Kunduz',
      'Three boys were killed on Friday when a mine left over from the war exploded as they herded goats.',
    );
    expect(x.isAttack).toBe(false);
  });
});

describe('remembrance, accidents and towns in local papers', () => {
  it('reads a mayor honouring the victims on the anniversary as a memorial', () => {
    const x = run(
      'Governor honours victims of the Oak Street shooting',
      'Saturday marks two years since the shooting at a grocery store on Oak Street. Relatives and officials laid wreaths at the site.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('still reads a shooting whose title tells what happened, a year after another', () => {
    const x = run(
      'Gunman kills three at Oak Street store',
      'A gunman opened fire at a grocery store on Oak Street on Saturday, a year after a shooting at the same site, killing three shoppers.',
    );
    expect(x.isAttack).toBe(true);
  });

  it('reads a grenade a passer-by picked up as an accident', () => {
    const x = run(
      'Two hurt in grenade explosion at Wajir market',
      'Two traders were injured on Friday when a grenade went off at a market in Wajir. Police said a boy had picked the grenade from a field and carried it to a shop.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('finds a town written with "Town" after its name', () => {
    const x = run('Six hurt in grenade attack', 'Six people were injured when attackers threw a grenade at a bus stop in Mandera Town on Tuesday night.');
    expect(x.countries).toEqual(['KE']);
  });
});

describe('a warning named as the time before the attack', () => {
  it('does not let an earlier warning of an attack make the report a plan', () => {
    const x = run(
      'Grenade wounds nine in Mombasa nightclub',
      'A grenade exploded in a Mombasa nightclub on Saturday night, injuring nine people, three days after police warned of a planned attack on the coast.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.casualties.injured).toBe(9);
  });
});
