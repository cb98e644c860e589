import { describe, expect, it } from 'vitest';
import { assignIncident, mergeReport } from '../../src/incidents/index.js';
import { group, type ReportSpec, report, testConfig } from './fixtures.js';

/**
 * One attack told at different moments or by different sides: a first terse report of "an
 * explosion" and a later one naming the suicide bomber; a ministry's "militants neutralised" and
 * the drone strike that killed them. The vaguer report's headline names no means, so its type is
 * the engine's generic reading of "explosion" or "attack", which the other report's named means
 * refine. Busy cities have several attacks a day, and those must stay apart.
 */
const at = (h: number) => new Date(Date.parse('2026-11-03T00:00:00Z') + h * 3_600_000).toISOString();

/** How the last report was filed after the others, with its reasons (and note) in one text. */
function lastFiled(specs: ReportSpec[]) {
  const step = group(specs).at(-1)!;
  return { isNew: step.isNew, score: step.score, why: [...step.reasons, step.note ?? ''].join('\n') };
}

describe('a first report of a blast and a later one of a suicide bombing at the same site', () => {
  const blast: ReportSpec = {
    id: 'blast',
    feed: 'local-tv',
    at: at(4),
    types: ['ied'],
    places: ['quetta'],
    title: 'Explosion at the railway station in Quetta',
    content: 'A loud blast was heard at the main railway station of Quetta early on Tuesday. Rescue teams were sent; there was no word yet on casualties.',
  };
  const bombing: ReportSpec = {
    id: 'bombing',
    feed: 'wire',
    at: at(8),
    types: ['suicide_attack'],
    places: ['quetta'],
    killed: 24,
    injured: 40,
    title: 'Suicide bombing at Quetta station kills 24',
    content:
      'A bomber set off his explosive vest among passengers waiting on a platform in Quetta, killing 24 and wounding 40, police officials told reporters.',
  };

  it('joins: the means the later headline names refine what the first told only as an explosion', () => {
    expect(lastFiled([blast, bombing])).toMatchObject({
      isNew: false,
      why: expect.stringMatching(/a headline names the means \(suicide_attack\) the other side tells without naming any \(read as ied\)/),
    });
  });

  it('joins in either order: the incident of the bombing takes the later terse report too', () => {
    const lateTerse: ReportSpec = { ...blast, id: 'late-terse', feed: 'radio', at: at(9) };
    expect(lastFiled([bombing, lateTerse]).isNew).toBe(false);
  });

  it('joins in French and in Spanish, whose headlines the attack lexicon reads', () => {
    const french = lastFiled([
      { ...blast, id: 'fr-blast', title: 'Explosion à la gare de Quetta', content: 'Une forte explosion a retenti à la gare de Quetta mardi matin.' },
      {
        ...bombing,
        id: 'fr-bombing',
        title: 'Attentat-suicide à la gare de Quetta : 24 morts',
        content: 'Un kamikaze a déclenché sa ceinture d’explosifs sur un quai de la gare, tuant 24 personnes.',
      },
    ]);
    expect(french).toMatchObject({ isNew: false, why: expect.stringMatching(/names the means \(suicide_attack\)/) });
    const spanish = lastFiled([
      {
        ...blast,
        id: 'es-blast',
        title: 'Explosión en la estación de tren de Quetta',
        content: 'Una fuerte explosión sacudió la estación de tren de Quetta el martes.',
      },
      {
        ...bombing,
        id: 'es-bombing',
        title: 'Atentado suicida en la estación de Quetta deja 24 muertos',
        content: 'Un atacante suicida hizo estallar su chaleco entre los pasajeros de un andén, con 24 muertos.',
      },
    ]);
    expect(spanish).toMatchObject({ isNew: false, why: expect.stringMatching(/names the means \(suicide_attack\)/) });
  });

  it('weighs the refined means as a type not known on one side: no more, so time and place still decide', () => {
    const untyped = report({ ...blast, types: [] });
    const typed = report(blast);
    const incident = mergeReport(null, report(bombing), testConfig).incident;
    expect(assignIncident(typed, [incident], testConfig).score).toBe(assignIncident(untyped, [incident], testConfig).score);
  });

  it('does not count when both headlines name their means: a roadside bomb is not the suicide bombing', () => {
    const roadside: ReportSpec = {
      id: 'roadside',
      feed: 'agency',
      at: at(10),
      types: ['ied'],
      places: ['quetta'],
      injured: 3,
      title: 'Roadside bomb wounds three policemen in Quetta',
      content: 'A bomb hidden by the roadside went off as a police van passed on the outskirts of Quetta, wounding three officers.',
    };
    const filed = lastFiled([bombing, roadside]);
    expect(filed.isNew).toBe(true);
    expect(filed.why).not.toMatch(/the other side tells without naming any/);
  });
});

describe("the attacker's side and the victims' side of one strike", () => {
  const drone: ReportSpec = {
    id: 'drone',
    feed: 'wire',
    at: at(13),
    types: ['drone'],
    places: ['kirkuk'],
    killed: 2,
    title: 'Drone strike on a car near Kirkuk kills two',
    content: 'A drone hit a car on a village road outside Kirkuk on Tuesday afternoon, killing the two men inside, a local official said.',
  };
  const ministry: ReportSpec = {
    id: 'ministry',
    feed: 'defence-ministry',
    at: at(16),
    types: ['armed_assault'],
    places: ['kirkuk'],
    killed: 2,
    title: 'Ministry: two militants neutralised in Kirkuk',
    content: 'Two militants were neutralised in an operation in the Kirkuk area, the ministry said in a statement.',
  };

  it("joins the ministry's statement to the drone strike, and the drone strike to the statement", () => {
    expect(lastFiled([drone, ministry])).toMatchObject({
      isNew: false,
      why: expect.stringMatching(/names the means \(drone\) the other side tells without naming any \(read as armed_assault\)/),
    });
    expect(lastFiled([ministry, { ...drone, at: at(17) }]).isNew).toBe(false);
  });

  it('joins in French too', () => {
    const frappe: ReportSpec = {
      ...drone,
      id: 'frappe',
      places: ['kati'],
      title: 'Frappe de drone près de Kati : deux morts',
      content: 'Un drone a frappé un véhicule près de Kati mardi, tuant ses deux occupants.',
    };
    const communique: ReportSpec = {
      ...ministry,
      id: 'communique',
      places: ['kati'],
      title: 'Deux terroristes neutralisés à Kati',
      content: "L'armée annonce que deux terroristes ont été neutralisés lors d'une opération dans la zone de Kati.",
    };
    expect(lastFiled([frappe, communique])).toMatchObject({ isNew: false, why: expect.stringMatching(/names the means \(drone\) the other side tells/) });
  });
});

describe('an air strike first told as a strike, then by its means', () => {
  it('joins a drone strike to an "Israeli strike" on the same town', () => {
    const strike: ReportSpec = {
      id: 'strike',
      feed: 'agency',
      at: at(7),
      types: ['airstrike'],
      places: ['tyre'],
      killed: 1,
      title: 'Israeli strike on a motorcycle kills one in Tyre',
      content: 'One man was killed when his motorcycle was struck on the coastal road into Tyre, the health ministry said.',
    };
    const drone: ReportSpec = {
      id: 'drone-tyre',
      feed: 'wire',
      at: at(10),
      types: ['drone'],
      places: ['tyre'],
      title: 'Drone hits motorcyclist at the entrance of Tyre',
      content: 'An Israeli drone fired a missile at a man riding a motorcycle near the northern entrance of Tyre.',
    };
    expect(lastFiled([strike, drone])).toMatchObject({
      isNew: false,
      why: expect.stringMatching(/names the means \(drone\) the other side tells without naming any \(read as airstrike\)/),
    });
  });
});

describe('several attacks in a busy city the same day stay apart', () => {
  it('a drone wave overnight and a shooting the next afternoon in Kharkiv', () => {
    const wave: ReportSpec = {
      id: 'wave',
      feed: 'governor',
      at: at(2),
      types: ['drone'],
      places: ['kharkiv'],
      killed: 1,
      injured: 11,
      targets: ['civilians'],
      title: 'Overnight drone attack on Kharkiv kills one, injures 11',
      content: 'Drones hit two districts of Kharkiv during the night; one woman died and eleven people were hurt, the governor said.',
    };
    const shooting: ReportSpec = {
      id: 'shooting',
      feed: 'police',
      at: at(14),
      types: ['armed_assault'],
      places: ['kharkiv'],
      killed: 2,
      targets: ['civilians'],
      title: 'Gunman kills two at a Kharkiv cafe',
      content: 'A man opened fire in a cafe in central Kharkiv in the afternoon, killing two customers before he was detained.',
    };
    expect(lastFiled([wave, shooting]).isNew).toBe(true);
  });

  it('air strikes on Khan Younis and a shooting near an aid site there', () => {
    const strikes: ReportSpec = {
      id: 'strikes',
      feed: 'wire',
      at: at(5),
      types: ['airstrike'],
      places: ['khanyounis'],
      killed: 9,
      targets: ['civilians'],
      title: 'Air strikes on Khan Younis homes kill nine',
      content: 'Warplanes struck two houses in Khan Younis before dawn, killing nine people, medics said.',
    };
    const fire: ReportSpec = {
      id: 'fire',
      feed: 'agency',
      at: at(9),
      types: ['armed_assault'],
      places: ['khanyounis'],
      killed: 3,
      targets: ['civilians'],
      title: 'Troops open fire on crowd waiting for aid in Khan Younis',
      content: 'Soldiers fired at people gathered near a food distribution point in Khan Younis, killing three, witnesses said.',
    };
    expect(lastFiled([strikes, fire]).isNew).toBe(true);
  });

  it('a car bomb at a Mogadishu hotel and mortar rounds on the airport', () => {
    const hotel: ReportSpec = {
      id: 'hotel',
      feed: 'wire',
      at: at(11),
      types: ['ied'],
      places: ['mogadishu'],
      killed: 7,
      targets: ['civilians'],
      title: 'Car bomb at a Mogadishu hotel kills seven',
      content: 'A car packed with explosives blew up at the gate of a hotel in Mogadishu, killing seven people, police said.',
    };
    const mortars: ReportSpec = {
      id: 'mortars',
      feed: 'radio',
      at: at(13),
      types: ['mortar_artillery'],
      places: ['mogadishu'],
      targets: ['base'],
      title: 'Mortar rounds land inside Mogadishu airport compound',
      content: 'Several mortar shells fell inside the airport compound in Mogadishu in the afternoon; there was no word on casualties.',
    };
    expect(lastFiled([hotel, mortars]).isNew).toBe(true);
    // Told the other way round, by a headline that names only an explosion: the hotel is not the airport.
    const hotelBlast: ReportSpec = { ...hotel, id: 'hotel-blast', at: at(14), title: 'Explosion at a Mogadishu hotel kills seven' };
    expect(lastFiled([mortars, hotelBlast]).isNew).toBe(true);
  });
});
