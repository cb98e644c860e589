import { describe, expect, it } from 'vitest';
import { reportScene } from '../../src/incidents/assign.js';
import { group, type ReportSpec, report, testConfig } from './fixtures.js';

/**
 * Follow-up reports of one attack that share little wording with the first: another outlet's count,
 * a country-only wire line, a report naming only the toll.
 */
const at = (h: number) => new Date(Date.parse('2026-11-03T00:00:00Z') + h * 3_600_000).toISOString();

describe('tolls told another way', () => {
  const first: ReportSpec = {
    id: 'raid-1',
    feed: 'local',
    at: at(0),
    types: ['armed_assault'],
    places: ['maiduguri'],
    targets: ['civilians'],
    killed: 52,
    title: 'Gunmen raid villages outside Maiduguri, 52 dead',
    content: 'Attackers on motorbikes stormed three farming villages at dawn and shot residents.',
  };

  it('join when a later report gives a slightly lower figure ("over 50" against 52)', () => {
    const later: ReportSpec = {
      ...first,
      id: 'raid-2',
      feed: 'wire',
      at: at(8),
      killed: 50,
      title: 'Insurgents kill more than 50 near Maiduguri',
      content: 'More than fifty people died when militants overran settlements, officials said.',
    };
    expect(group([first, later])[1]!.isNew).toBe(false);
  });

  it('stay apart when the later figure is clearly lower, hours on: another, smaller attack', () => {
    const later: ReportSpec = {
      ...first,
      id: 'raid-3',
      feed: 'wire',
      at: at(8),
      killed: 20,
      title: 'Gunmen kill 20 near Maiduguri',
      content: 'Twenty people died when attackers reached a market town in the evening.',
    };
    const steps = group([first, later]);
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[1]!.note).toMatch(/states 20 killed/);
  });
});

describe('a report naming only its country, joining on its toll', () => {
  const post: ReportSpec = {
    id: 'post-1',
    feed: 'local',
    at: at(0),
    types: ['armed_assault'],
    places: ['mosul'],
    killed: 2,
    title: 'Two policemen shot dead at a Mosul checkpoint',
    content: 'Attackers opened fire on officers at a checkpoint on the western edge of the city.',
  };
  const countryOnly = (over: Partial<ReportSpec>): ReportSpec => ({
    id: 'country-1',
    feed: 'wire',
    at: at(1),
    types: ['armed_assault'],
    places: ['iraq'],
    killed: 2,
    title: 'Militants kill two policemen in Iraq',
    content: 'Two members of the police died on Tuesday, officials said, without giving details.',
    ...over,
  });

  it('does not join on a toll of one or two when its headline names no means: many attacks kill two', () => {
    const steps = group([post, countryOnly({})]);
    expect(steps[1]!.isNew).toBe(true);
  });

  it('joins on a toll of one or two when its headline names the same means', () => {
    const steps = group([post, countryOnly({ title: 'Gunmen shoot dead two policemen in Iraq' })]);
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons.join('; ')).toMatch(/the same toll of the same kind of attack/);
  });

  it('joins on a larger toll, even when its headline names no means', () => {
    const big = { ...post, killed: 17, title: 'Seventeen killed at a Mosul checkpoint' };
    const steps = group([big, countryOnly({ killed: 17, title: 'Death toll in Iraq attack climbs to 17' })]);
    expect(steps[1]!.isNew).toBe(false);
  });

  it('counts the wounded as the toll when neither side states anyone killed', () => {
    const rockets: ReportSpec = {
      id: 'rockets-1',
      feed: 'local',
      at: at(0),
      types: ['rocket'],
      places: ['erbil'],
      injured: 2,
      title: 'Sirens in Erbil as rockets land near the airport',
      content: 'Two people were lightly hurt by shrapnel, the civil defence said.',
    };
    const wire = countryOnly({ id: 'rockets-2', types: ['rocket'], killed: null, injured: 2, title: 'Rocket fire wounds two in northern Iraq' });
    const steps = group([rockets, wire]);
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons.join('; ')).toMatch(/the same number wounded \(2\)/);
  });
});

describe('follow-ups past the window', () => {
  const market: ReportSpec = {
    id: 'market-1',
    feed: 'local',
    at: at(0),
    types: ['ied'],
    places: ['kirkuk'],
    targets: ['civilians'],
    killed: 4,
    title: 'Bomb at Kirkuk vegetable market kills four',
    content: 'A device hidden in a handcart went off among the stalls in the morning.',
  };
  const update: ReportSpec = {
    ...market,
    id: 'market-2',
    feed: 'wire',
    at: at(10),
    title: 'Four dead in Kirkuk market blast',
    content: 'Police said four shoppers died.',
  };
  const claim: ReportSpec = {
    id: 'market-claim',
    feed: 'monitor',
    at: at(30),
    types: ['ied'],
    places: ['kirkuk'],
    actors: [['islamic-state', 'claimed']],
    title: 'Islamic State says it planted the Kirkuk market bomb',
    content: 'The group posted a statement on its channels a day after the explosion.',
  };

  it('join an incident of the same town when they claim the attack, a day after its first report', () => {
    const steps = group([market, update, claim]);
    expect(steps[2]!.isNew).toBe(false);
  });

  it('join when they state the same death toll', () => {
    const funeral: ReportSpec = { ...claim, id: 'market-funeral', actors: [], killed: 4, title: 'Kirkuk buries the four market victims' };
    expect(group([market, update, funeral])[2]!.isNew).toBe(false);
  });

  it('join when their headline tells of the aftermath (a condemnation, an arrest), with no toll', () => {
    const condemns: ReportSpec = { ...claim, id: 'market-condemned', actors: [], title: 'Governor condemns Kirkuk market bombing' };
    const steps = group([market, update, condemns]);
    expect(steps[2]!.isNew).toBe(false);
    expect(steps[2]!.reasons.join('; ')).toMatch(/the headline tells of the aftermath of an attack \("condemns"\)/);
  });

  it("stay apart with neither: the next day's attack on the same town reads much like the first", () => {
    const nextDay: ReportSpec = { ...market, id: 'market-next', at: at(30), killed: null, title: 'Bomb at Kirkuk vegetable market' };
    const steps = group([market, update, nextDay]);
    expect(steps[2]!.isNew).toBe(true);
    expect(steps[2]!.reasons.join('; ')).toMatch(/neither a claim of responsibility, the same death toll nor a headline about the aftermath/);
    expect(steps[2]!.note).toMatch(
      /^kept apart from inc_\S+ \("Bomb at Kirkuk vegetable market kills four"\): published 30 h from the incident's first report/,
    );
  });

  it('stay apart when they name no town, or another one', () => {
    const elsewhere: ReportSpec = { ...claim, id: 'claim-erbil', places: ['erbil'] };
    const nowhere: ReportSpec = { ...claim, id: 'claim-iraq', places: ['iraq'] };
    expect(group([market, update, elsewhere])[2]!.isNew).toBe(true);
    const steps = group([market, update, nowhere]);
    expect(steps[2]!.isNew).toBe(true);
    expect(steps[2]!.reasons.join('; ')).toMatch(/only a report of the same town may join/);
  });

  it('never join past two windows from the first report', () => {
    const late: ReportSpec = { ...claim, id: 'claim-late', at: at(49) };
    const later: ReportSpec = { ...update, id: 'market-3', at: at(30), killed: 4 };
    expect(group([market, update, later, late])[3]!.isNew).toBe(true);
  });
});

describe('two towns within the distance', () => {
  const depot: ReportSpec = {
    id: 'depot-1',
    feed: 'local',
    at: at(0),
    types: ['drone'],
    places: ['kati', 'bamako'],
    title: 'Drone hits fuel depot in Kati',
    content: 'Flames rose over the garrison town outside the capital Bamako after the strike.',
  };

  it('are one scene when each report names the other’s town too', () => {
    const other: ReportSpec = {
      id: 'depot-2',
      feed: 'wire',
      at: at(2),
      types: ['drone'],
      places: ['bamako', 'kati'],
      title: 'Fire at a Bamako storage site after an unmanned aircraft attack',
      content: 'Residents of Kati saw the blaze for hours.',
    };
    const steps = group([depot, other]);
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons.join('; ')).toMatch(/nearby place, each side naming the other's/);
  });

  it('stay two when only one side names the other’s town: a reference, not the scene', () => {
    const other: ReportSpec = {
      id: 'depot-3',
      feed: 'wire',
      at: at(2),
      types: ['drone'],
      places: ['bamako'],
      title: 'Fire at a storage site in Bamako after an unmanned aircraft attack',
      content: 'Firefighters worked through the night in the capital.',
    };
    expect(group([depot, other])[1]!.isNew).toBe(true);
  });
});

describe('roundups', () => {
  const mosul: ReportSpec = {
    id: 'mosul-1',
    feed: 'local',
    at: at(0),
    types: ['ied'],
    places: ['mosul'],
    killed: 7,
    title: 'Roadside bomb kills seven in Mosul',
    content: 'The device went off as a minibus passed on the old city road.',
  };
  const erbil: ReportSpec = {
    id: 'erbil-1',
    feed: 'local',
    at: at(1),
    types: ['drone'],
    places: ['erbil'],
    title: 'Drone hits a checkpoint outside Erbil',
    content: 'Guards at the post were unhurt, the security council said.',
  };

  it('join the incident they describe first, even when the place listed first is another known one', () => {
    const roundup: ReportSpec = {
      id: 'iraq-day',
      feed: 'wire',
      at: at(3),
      types: ['ied', 'drone'],
      places: ['erbil', 'mosul'],
      killed: 7,
      title: 'Bomb and drone attacks in the north, officials say',
      content: 'In Mosul a roadside bomb killed seven people. Hours later a drone struck a post near Erbil.',
    };
    const steps = group([mosul, erbil, roundup]);
    expect(steps[2]!.incident.id).toBe(steps[0]!.incident.id);
    expect(steps[2]!.reasons[0]).toMatch(/roundup of 2 known incidents; joins the one it describes first \(Mosul\)/);
  });

  it('are not ruled out by a lower toll: their figures add up other attacks, or are another’s', () => {
    const later: ReportSpec = {
      id: 'iraq-evening',
      feed: 'wire',
      at: at(8),
      types: ['ied', 'drone'],
      places: ['mosul', 'erbil'],
      killed: 2,
      title: 'Day of attacks in northern Iraq',
      content: 'After the morning bombing in Mosul, two guards died when a drone hit a post near Erbil.',
    };
    const steps = group([mosul, erbil, later]);
    expect(steps[2]!.incident.id).toBe(steps[0]!.incident.id);
  });
});

describe('a report naming no place, whose headline names the same means and kind of place hit', () => {
  it('joins the one incident whose headlines say the same', () => {
    const conoco: ReportSpec = {
      id: 'conoco-1',
      feed: 'local',
      at: at(0),
      types: ['drone'],
      places: ['conoco'],
      killed: 0,
      title: 'Drones target the Conoco gas field base',
      content: 'Two unmanned aircraft were shot down over the field in the evening.',
    };
    const countryOnly: ReportSpec = {
      id: 'syria-1',
      feed: 'wire',
      at: at(1),
      types: ['drone'],
      places: ['syria'],
      killed: 0,
      title: 'Drone attack on a base hosting foreign troops in Syria',
      content: 'No one was hurt, a spokesman said.',
    };
    const steps = group([conoco, countryOnly]);
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons.join('; ')).toMatch(/the headlines name the same means and the same kind of place hit/);
  });
});

describe('the scene', () => {
  it('is the town the headline says it happened in, whatever place the headline names before it', () => {
    const r = report({
      id: 'kati-gov',
      feed: 'local',
      at: at(0),
      types: ['drone'],
      places: ['bamako', 'kati'],
      title: 'Bamako governor: drone hits fuel truck in Kati',
      content: 'The governor said the truck burned on the main road.',
    });
    expect(reportScene(r, testConfig.distanceKm)?.name).toBe('Kati');
    expect(reportScene({ ...r, title: 'Bamako governor: drone hits fuel truck' }, testConfig.distanceKm)?.name).toBe('Bamako');
  });
});

describe('target categories read from the bodies', () => {
  const escort: ReportSpec = {
    id: 'escort-1',
    feed: 'local',
    at: at(0),
    types: ['ied'],
    places: ['maiduguri'],
    targets: ['base'],
    killed: 3,
    title: 'Roadside bomb kills three guards in Maiduguri',
    content: 'The device hit a patrol escorting a convoy on the ring road.',
  };
  const other = (over: Partial<ReportSpec>): ReportSpec => ({
    id: 'escort-2',
    feed: 'wire',
    at: at(8),
    types: ['ied'],
    places: ['maiduguri'],
    targets: ['civilians'],
    title: 'Blast hits teachers’ convoy in Maiduguri',
    content: 'Teachers on their way to a school were caught in an explosion, officials said.',
    ...over,
  });

  it('count against a report hours later that states no toll', () => {
    const steps = group([escort, other({})]);
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[1]!.note).toMatch(/different targets: civilians vs base/);
  });

  it('do not count against one stating the same toll: the categories are guesses, the count is not', () => {
    const steps = group([escort, other({ killed: 3 })]);
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons.join('; ')).toMatch(/different targets \(civilians vs base\), but the same toll/);
  });
});

describe('two regions', () => {
  const first: ReportSpec = {
    id: 'region-1',
    feed: 'local',
    at: at(0),
    types: ['armed_assault'],
    places: ['nineveh'],
    killed: 6,
    title: 'Gunmen kill six shepherds in Nineveh',
    content: 'The attackers fired on a camp of herders in the hills before dawn.',
  };

  it('compare by their centres: a report naming the neighbouring province may still be of the same attack', () => {
    const next: ReportSpec = {
      ...first,
      id: 'region-2',
      feed: 'wire',
      at: at(2),
      places: ['dohuk'],
      title: 'Six herders shot dead in Dohuk province',
      content: 'Officials said six men died.',
    };
    expect(group([first, next])[1]!.isNew).toBe(false);
  });

  it('far apart are two places', () => {
    const next: ReportSpec = {
      ...first,
      id: 'region-3',
      feed: 'wire',
      at: at(2),
      places: ['basra'],
      title: 'Six herders shot dead in Basra province',
      content: 'Officials said six men died.',
    };
    const steps = group([first, next]);
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[1]!.reasons.join('; ')).toMatch(/different place: Basra \/ Nineveh, \d+ km apart/);
  });
});

describe('a headline placing the attack near or outside a town', () => {
  const inKati: ReportSpec = {
    id: 'kati-1',
    feed: 'local',
    at: at(0),
    types: ['ied'],
    places: ['kati'],
    killed: 1,
    title: 'Car explodes in Kati, officer killed',
    content: 'A device under the vehicle went off as the colonel left his home.',
  };

  it('names a landmark: a town the text names within the distance of it is the scene', () => {
    const r = report({
      ...inKati,
      id: 'kati-2',
      places: ['bamako', 'kati'],
      title: 'Colonel killed in car bomb near Bamako',
      content: 'The bomb went off in Kati.',
    });
    expect(reportScene(r, testConfig.distanceKm)?.name).toBe('Kati');
    expect(group([inKati, { ...inKati, id: 'kati-2', places: ['bamako', 'kati'], at: at(1), title: 'Colonel killed in car bomb near Bamako' }])[1]!.isNew).toBe(
      false,
    );
  });

  it('is one scene with a town of its surroundings, when the text names no other town', () => {
    const outside: ReportSpec = {
      ...inKati,
      id: 'kati-3',
      feed: 'wire',
      at: at(3),
      places: ['bamako'],
      title: 'Car bomb kills army colonel outside Bamako',
      content: 'The army blamed militants.',
    };
    const steps = group([inKati, outside]);
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons.join('; ')).toMatch(/a headline placing the attack near or outside the town: Bamako \/ Kati/);
    // The same in the other order: the incident's headline gave the landmark.
    expect(
      group([
        { ...outside, at: at(0) },
        { ...inKati, at: at(3) },
      ])[1]!.isNew,
    ).toBe(false);
  });

  it('says nothing when a headline also puts the attack in that town', () => {
    const rafah: ReportSpec = {
      id: 'aid-1',
      feed: 'local',
      at: at(0),
      types: ['armed_assault'],
      places: ['rafah'],
      killed: 4,
      title: 'Troops open fire near aid site in Rafah',
      content: 'Four people waiting for food were shot.',
    };
    const khanYounis: ReportSpec = {
      id: 'home-1',
      feed: 'wire',
      at: at(1),
      types: ['airstrike'],
      places: ['khanyounis'],
      killed: 4,
      title: 'Four killed in strike on home in Khan Younis',
      content: 'The strike hit a family home.',
    };
    expect(group([rafah, khanYounis])[1]!.isNew).toBe(true);
  });
});

describe('the source stating the toll', () => {
  const first: ReportSpec = {
    id: 'toll-1',
    feed: 'local',
    at: at(0),
    types: ['ied'],
    places: ['kirkuk'],
    killed: 4,
    title: 'Bomb kills four at Kirkuk market',
    content: 'A device went off among the stalls.',
  };

  it('is the report that last raised a figure; one stating no more leaves it', () => {
    const risen: ReportSpec = { ...first, id: 'toll-2', feed: 'wire', at: at(2), killed: 11, title: 'Kirkuk market blast toll rises to eleven' };
    const silent: ReportSpec = { ...first, id: 'toll-3', feed: 'agency', at: at(3), killed: null, title: 'Kirkuk market bombing: governor orders inquiry' };
    const steps = group([first, risen, silent]);
    expect(steps.map((s) => s.incident.tollSourceId)).toEqual(['toll-1', 'toll-2', 'toll-2']);
    expect(steps[1]!.previousCasualties).toEqual({ killed: 4, injured: null });
  });
});
