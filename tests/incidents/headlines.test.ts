import { describe, expect, it } from 'vitest';
import { ExtractionSchema, noHeadline } from '../../src/extract/analysis.js';
import { headlinePlaceWords, headlineProperNames, samePlaceWord } from '../../src/incidents/headline.js';
import { assignIncident, IncidentSchema, mergeReport } from '../../src/incidents/index.js';
import { group, headlineOf, oldJson, type ReportSpec, report, testConfig } from './fixtures.js';

/**
 * Headlines name the attack a report is about; bodies recall other attacks ("hours after the night's
 * drone raid…"), so the attack types extracted from the whole text mix events. Two reports of one
 * city are two attacks when their headlines name unrelated means, different kinds of place hit, or
 * day against night.
 */
const at = (h: number) => new Date(Date.parse('2026-10-20T00:00:00Z') + h * 3_600_000).toISOString();

/** How the last report was filed after the others, with its reasons in one text. */
function lastFiled(specs: ReportSpec[]) {
  const step = group(specs).at(-1)!;
  return { ...step, why: step.reasons.join('\n') };
}

describe('what the extraction reads of a headline', () => {
  const first = (title: string) => headlineOf(title).attackTypes[0] ?? null;

  it('names the means in the order the title gives them, a longer phrase before the words in it', () => {
    expect(first('Daytime glide bomb strike hits factory')).toBe('airstrike');
    expect(headlineOf('Explosions heard as missiles and drones target the capital').attackTypes).toEqual(['missile', 'drone']);
    expect(first('Car bomb kills four near a market')).toBe('ied');
    expect(first('Death toll climbs to nine')).toBeNull();
  });

  it('knows the means in the languages of the lexicon, not only English', () => {
    expect(first('Frappe de drone sur un convoi près de Gao')).toBe('drone');
    expect(first('Ataque con drones contra una base militar')).toBe('drone');
    // A bomb dropped from drones is the drones' payload, in Spanish too.
    expect(first('Rechazan ataque con artefactos explosivos lanzados desde drones en La Gabarra')).toBe('drone');
  });

  it('leaves out look-alikes the lexicon knows ("counter-drone")', () => {
    expect(headlineOf('Counter-drone unit deployed at the airport').attackTypes).toEqual([]);
  });

  it("reads day or night and the kinds of place hit from the lexicon's headline lists", () => {
    expect(headlineOf('Overnight raid leaves city dark').timeOfDay).toBe('night');
    expect(headlineOf('Afternoon strike on the outskirts').timeOfDay).toBe('day');
    expect(headlineOf('Strike on the outskirts').timeOfDay).toBeNull();
    expect(headlineOf('Strike on family home and a nearby school').hitPlaces).toEqual(['home', 'school']);
    expect(headlineOf('Car bomb kills four').hitPlaces).toEqual([]);
    expect(headlineOf('Shelling hits a bus stop in the city centre').hitPlaces).toEqual(['transport']);
    expect(headlineOf('Drones damage a substation and power lines').hitPlaces).toEqual(['energy']);
    // A battalion's quarters, in Spanish wire copy, is a base.
    expect(headlineOf('Ataque con drones contra batallón en La Gabarra').hitPlaces).toEqual(['base']);
    // A military school is a base, not a school of children.
    expect(headlineOf('Truck bomb near an air force school kills six').hitPlaces).toEqual(['base']);
    expect(headlineOf('Drone strike on a military academy').hitPlaces).toEqual(['base']);
  });

  it("reads a headline announcing another attack, a repeat or a roundup, from the lexicon's headline lists", () => {
    expect(headlineOf('Second deadly shooting in a week shakes the town').announcesAnother).toBe('Second deadly shooting');
    expect(headlineOf('Une nouvelle attaque contre un convoi').announcesAnother).toBe('nouvelle attaque');
    expect(headlineOf('New school year opens under air-raid alerts').announcesAnother).toBeNull();
    expect(headlineOf('Drones again target the port').repeats).toBe('again');
    expect(headlineOf('Shelling for a second night in a row').repeats).toBe('second night in a row');
    expect(headlineOf('Strikes across the south kill nine').sumsUp).toBe('across');
    expect(headlineOf('Strike on a bridge kills nine').sumsUp).toBeNull();
    expect(headlineOf('Governor condemns the bombing of the stadium').aftermath).toBe('condemns');
    expect(headlineOf('Market blast death toll rises to twelve').aftermath).toBe('toll rises');
    expect(headlineOf('Police detain suspect in market bombing').aftermath).toBe('detain suspect');
    expect(headlineOf('Bomb kills twelve at a market').aftermath).toBeNull();
  });
});

/** A rocket salvo on Kharkiv, and a drone strike there hours later whose body recalls the rockets. */
const kharkivRockets: ReportSpec = {
  id: 'rockets',
  feed: 'wire',
  at: at(0),
  types: ['rocket'],
  places: ['kharkiv'],
  title: 'Rockets fired at Kharkiv, two hurt by shrapnel',
  content: 'Several rockets landed in Kharkiv in the morning, lightly wounding two people.',
};
const kharkivDrone: ReportSpec = {
  id: 'drone',
  feed: 'wire',
  at: at(4),
  types: ['drone', 'rocket'],
  places: ['kharkiv'],
  title: 'Drone hits Kharkiv hours after rocket fire',
  content: 'An explosive drone fell on an empty lot in Kharkiv, hours after the morning rocket fire.',
};

/** A roadside bomb near Mosul, for the reports that name it among other attacks or name only its country. */
const mosul: ReportSpec = {
  id: 'mosul',
  feed: 'wire',
  at: at(0),
  types: ['ied'],
  places: ['mosul'],
  killed: 3,
  title: 'Roadside bomb kills three soldiers near Mosul',
  content: 'A roadside bomb struck an army patrol near Mosul, killing three soldiers.',
};

describe('facts stored before the headline stage', () => {
  it('read back as a headline that says nothing, for extractions and for incident sources alike', () => {
    const { headline: _headline, ...older } = report(kharkivRockets).extraction;
    expect(ExtractionSchema.parse(JSON.parse(JSON.stringify(older))).headline).toEqual(noHeadline());
    const incident = mergeReport(null, report(kharkivRockets), testConfig).incident;
    const stored = JSON.parse(oldJson({ ...incident, sources: incident.sources.map(({ headline: _h, ...source }) => source) }));
    expect(IncidentSchema.parse(stored).sources[0]!.headline).toBeUndefined();
  });

  it('leave an old source out of the headline comparison instead of reading its title again', () => {
    const incident = mergeReport(null, report(kharkivRockets), testConfig).incident;
    const old = IncidentSchema.parse({ ...incident, sources: incident.sources.map(({ headline: _h, ...source }) => source) });
    expect(assignIncident(report(kharkivDrone), [incident], testConfig).reasons.join('\n')).toMatch(/headlines name different attacks: drone vs rocket/);
    expect(assignIncident(report(kharkivDrone), [old], testConfig).reasons.join('\n')).not.toMatch(/headline/);
  });
});

describe('two attacks in one city, told apart by their headlines', () => {
  const nightRaid: ReportSpec = {
    id: 'night-1',
    feed: 'governor',
    at: at(1),
    types: ['drone'],
    places: ['odesa'],
    killed: 1,
    title: 'Overnight drone raid on Odesa damages port',
    content: 'Drones struck the port area of Odesa during the night; one person died, the governor said.',
  };

  it('keeps a daytime strike apart from the night raid, even when its body recalls the drones', () => {
    const daytime: ReportSpec = {
      id: 'day-1',
      feed: 'wire',
      at: at(11),
      types: ['drone', 'missile'],
      places: ['odesa'],
      killed: 1,
      title: 'Daytime strike on Odesa outskirts kills one',
      content: 'A ballistic missile hit the outskirts of Odesa on Tuesday afternoon, hours after a drone raid on the port.',
    };
    const filed = lastFiled([nightRaid, daytime]);
    expect(filed).toMatchObject({ isNew: true, why: expect.stringMatching(/daytime attack, the incident's of a night one/) });
    // The one line `sitrep analyze` and /lookup show for the new incident.
    expect(filed.note).toMatch(/^kept apart from inc_\S+ \("Overnight drone raid on Odesa damages port"\): the headlines tell of a daytime attack/);
    expect(filed.incident.groupingNote).toBe(filed.note);
  });

  it('keeps a rocket salvo and a later drone strike apart although both bodies name both', () => {
    expect(lastFiled([kharkivRockets, kharkivDrone])).toMatchObject({
      isNew: true,
      why: expect.stringMatching(/headlines name different attacks: drone vs rocket/),
    });
  });

  const bombing: ReportSpec = {
    id: 'cafe-bomb',
    feed: 'wire',
    at: at(2),
    types: ['suicide_attack'],
    places: ['mogadishu'],
    targets: ['civilians'],
    killed: 6,
    title: 'Suicide bomber kills six at Mogadishu cafe',
    content: 'A suicide bomber blew himself up inside a busy cafe in Mogadishu, killing six people, police said.',
  };

  it('keeps a shooting apart from a suicide bombing hours before, though gunmen and bombers often attack together', () => {
    const shooting: ReportSpec = {
      id: 'official-shot',
      feed: 'radio',
      at: at(7),
      types: ['armed_assault'],
      places: ['mogadishu'],
      targets: ['civilians'],
      title: 'District official shot dead in Mogadishu',
      content: 'Two men with pistols shot dead a district official outside his house in Mogadishu on the same day as the cafe bombing.',
    };
    expect(lastFiled([bombing, shooting])).toMatchObject({
      isNew: true,
      why: expect.stringMatching(/headlines name different attacks: armed_assault vs suicide_attack/),
    });
  });

  it('lets gunmen and a suicide bomber at the same kind of place be one complex attack', () => {
    const gunmen: ReportSpec = {
      id: 'cafe-gunmen',
      feed: 'agency',
      at: at(3),
      types: ['armed_assault', 'suicide_attack'],
      places: ['mogadishu'],
      targets: ['civilians'],
      killed: 6,
      title: 'Gunmen storm Mogadishu cafe after blast, six dead',
      content: 'Gunmen stormed a cafe in Mogadishu after a suicide bomber blew himself up at its door, killing six people.',
    };
    expect(group([bombing, gunmen])[1]!.isNew).toBe(false);
  });

  it('keeps a strike on a house and a strike on a school apart', () => {
    const house: ReportSpec = {
      id: 'house',
      feed: 'medics',
      at: at(3),
      types: ['airstrike'],
      places: ['khanyounis'],
      killed: 7,
      title: 'Seven killed in strike on a house in Khan Younis',
      content: 'An air strike destroyed a family house in Khan Younis; seven people were killed, medics said.',
    };
    const school: ReportSpec = {
      id: 'school',
      feed: 'wire',
      at: at(9),
      types: ['airstrike'],
      places: ['khanyounis'],
      killed: 11,
      title: 'Strike on school used as shelter in Khan Younis kills 11',
      content: 'Eleven people sheltering in a school in Khan Younis were killed by an air strike, medics said.',
    };
    expect(lastFiled([house, school])).toMatchObject({ isNew: true, why: expect.stringMatching(/headlines name different places hit: school vs home/) });
  });

  it('keeps a drone strike on a market apart from one on a bus stop in the same city that evening', () => {
    const market: ReportSpec = {
      id: 'market',
      feed: 'wire',
      at: at(6),
      types: ['drone'],
      places: ['odesa'],
      killed: 2,
      title: 'Drone hits a market in Odesa, two dead',
      content: 'A drone dropped a charge on a crowded market in Odesa on Tuesday morning, killing two shoppers.',
    };
    const busStop: ReportSpec = {
      id: 'bus-stop',
      feed: 'wire',
      at: at(18),
      types: ['drone'],
      places: ['odesa'],
      title: 'Evening drone strike on Odesa bus stop wounds two',
      content: 'A drone struck a bus stop in Odesa on Tuesday evening, wounding two people waiting for a bus.',
    };
    expect(lastFiled([market, busStop])).toMatchObject({ isNew: true, why: expect.stringMatching(/headlines name different places hit: transport vs market/) });
  });

  it('lets a follow-up whose headline names no means, place hit or time of day join', () => {
    const toll: ReportSpec = {
      id: 'toll',
      feed: 'wire',
      at: at(5),
      types: ['drone', 'missile'],
      places: ['odesa'],
      killed: 2,
      title: 'Toll in Odesa rises to two',
      content: 'A second person died of wounds after the drone attack on Odesa, officials said; a missile was also shot down.',
    };
    const steps = group([nightRaid, toll]);
    expect(steps[1]!.isNew).toBe(false);
  });
});

describe('a report that sets its attack against an earlier one', () => {
  it('names its own means first and the earlier attack after "after"', () => {
    const jets = headlineOf('Jets pound the town hours after deadly drone strike');
    expect(jets.attackTypes).toEqual(['airstrike', 'drone']);
    expect(jets.earlierAttackType).toBe('drone');
    expect(headlineOf('Drone strike kills two after warning').earlierAttackType).toBeNull();
    expect(headlineOf('Drone hits depot hours after drone raid on port').earlierAttackType).toBeNull();
  });

  it('stays apart from the incident of that earlier attack, though the two means are related', () => {
    const drone: ReportSpec = {
      id: 'drone-car',
      feed: 'agency',
      at: at(1),
      types: ['drone'],
      places: ['tyre'],
      killed: 1,
      title: 'Drone strike on car kills one in Tyre',
      content: 'A drone hit a car near Tyre in the morning, killing its driver.',
    };
    const jets: ReportSpec = {
      id: 'jets',
      feed: 'wire',
      at: at(8),
      types: ['airstrike', 'drone'],
      places: ['tyre'],
      killed: 1,
      title: 'Warplanes hit outskirts of Tyre hours after deadly drone strike',
      content: 'Warplanes struck open ground outside Tyre in the afternoon, after a drone killed a driver there in the morning.',
    };
    expect(lastFiled([drone, jets])).toMatchObject({
      isNew: true,
      why: expect.stringMatching(/sets its airstrike attack against an earlier drone attack, the incident's/),
    });
  });
});

describe('a report that names no place', () => {
  const base: ReportSpec = {
    id: 'raid-first',
    feed: 'wire',
    at: at(0),
    types: ['armed_assault'],
    places: ['kirkuk'],
    actors: [['islamic-state', 'perpetrator']],
    title: 'Jihadists raid army post near Kirkuk',
    content: 'Fighters stormed an army post outside Kirkuk before dawn and clashed with soldiers for hours.',
  };
  const placeless = (actor: string): ReportSpec => ({
    id: `placeless-${actor}`,
    feed: 'other',
    at: at(2),
    types: ['armed_assault'],
    places: ['iraq'],
    actors: [[actor, 'perpetrator']],
    title: 'Attack on troops claims lives',
    content: 'Several soldiers are reported dead after the assault, a security source said.',
  });

  it('joins the one incident whose named attacker it names', () => {
    expect(lastFiled([base, placeless('islamic-state')])).toMatchObject({
      isNew: false,
      why: expect.stringMatching(/the report names no place, but the same named attacker/),
    });
  });

  it('does not join on a generic description of the attackers', () => {
    const generic = { ...base, actors: [['militants', 'perpetrator']] as ReportSpec['actors'] };
    const steps = group([generic, placeless('militants')]);
    expect(steps[1]!.isNew).toBe(true);
  });
});

describe('tolls', () => {
  const first: ReportSpec = {
    id: 'toll-first',
    feed: 'wire',
    at: at(0),
    types: ['drone'],
    places: ['kirkuk'],
    targets: ['base'],
    killed: 2,
    title: 'Two soldiers killed in drone attack on Kirkuk post',
    content: 'A drone hit an army post outside Kirkuk, killing two soldiers, the army said.',
  };

  it('keep apart a report stating fewer dead, published many hours after the first', () => {
    const later: ReportSpec = {
      ...first,
      id: 'toll-later',
      at: at(20),
      killed: 1,
      title: 'One killed in drone attack on Kirkuk post',
      content: 'A drone hit a police post outside Kirkuk, killing one officer.',
    };
    const steps = group([first, later]);
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[1]!.note).toMatch(/states 1 killed, 20 h after the incident's first report, which has 2 already/);
  });

  it('keep apart a report that nobody died, published an hour or more after the dead were reported; not one published minutes after', () => {
    const none = (id: string, h: number): ReportSpec => ({
      ...first,
      id,
      at: at(h),
      killed: 0,
      title: 'Drone attack on Kirkuk post',
      content: 'A drone hit an army post outside Kirkuk. No one was killed, the army said.',
    });
    const late = group([first, none('none-late', 2)]);
    expect(late[1]!.isNew).toBe(true);
    expect(late[1]!.note).toMatch(/states that no one was killed, 2 h after a report of the incident stated 2 dead/);
    const soon = group([first, none('none-soon', 0.25)]);
    expect(soon[1]!.reasons.join('\n')).not.toMatch(/no one was killed/);
  });

  it('of a roundup are not the incident’s: its figures add up several attacks', () => {
    const mosulIed = report({ ...first, id: 'mosul-ied', places: ['mosul'], types: ['ied'], killed: 2, title: 'Roadside bomb kills two in Mosul' });
    const roundup = report({
      ...first,
      id: 'roundup',
      at: at(5),
      places: ['mosul', 'erbil'],
      types: ['ied', 'drone'],
      killed: 9,
      title: 'Day of attacks across northern Iraq',
    });
    const start = mergeReport(null, mosulIed, testConfig).incident;
    const merged = mergeReport(start, roundup, testConfig);
    expect(merged.incident.casualties.killed).toBe(2);
    expect(merged.changes.some((c) => c.startsWith('killed'))).toBe(false);
  });

  it('let an early, lower figure re-published soon after join', () => {
    const soon: ReportSpec = {
      ...first,
      id: 'toll-soon',
      at: at(2),
      killed: 1,
      title: 'Drone attack on Kirkuk post kills soldier',
      content: 'A drone hit an army post outside Kirkuk, killing a soldier, officials said.',
    };
    expect(group([first, soon])[1]!.isNew).toBe(false);
  });
});

describe('a headline that sums up several attacks', () => {
  const erbil: ReportSpec = {
    id: 'erbil-drone',
    feed: 'wire',
    at: at(1),
    types: ['drone'],
    places: ['erbil'],
    title: 'Drones shot down near Erbil airport',
    content: 'Air defences brought down two drones approaching the airport of Erbil.',
  };

  it('joins the attack its text tells first, whatever order the places were found in', () => {
    const roundup: ReportSpec = {
      id: 'roundup',
      feed: 'agency',
      at: at(6),
      types: ['ied', 'drone'],
      places: ['erbil', 'mosul'],
      killed: 3,
      title: 'Bombs and drones across northern Iraq',
      content: 'A roadside bomb killed three soldiers near Mosul in the morning. In the evening, drones were shot down near Erbil.',
    };
    const steps = group([mosul, erbil, roundup]);
    expect(steps[2]!.incident.id).toBe(steps[0]!.incident.id);
  });

  it('is not filed as a report of the one attack whose place it names', () => {
    const sums: ReportSpec = {
      id: 'sums',
      feed: 'agency',
      at: at(6),
      types: ['ied'],
      places: ['mosul'],
      killed: 7,
      title: 'Wave of bombings across Nineveh kills seven',
      content: 'Roadside bombs went off in several districts of the province on Tuesday, one of them near Mosul, killing seven people in all.',
    };
    expect(lastFiled([mosul, sums])).toMatchObject({ isNew: true, why: expect.stringMatching(/the headline sums up several attacks \("Wave of"\)/) });
  });
});

describe('why a report of the same place was kept apart', () => {
  it('says that the evidence of one attack did not add up, and what was weighed', () => {
    const market: ReportSpec = {
      id: 'market',
      feed: 'wire',
      at: at(0),
      types: ['ied'],
      places: ['baghdad'],
      targets: ['civilians'],
      killed: 4,
      title: 'Four killed by explosion near Baghdad market',
      content: 'An explosive device went off among stalls in a Baghdad market in the morning, killing four shoppers.',
    };
    const office: ReportSpec = {
      id: 'office',
      feed: 'agency',
      at: at(9),
      types: ['ied'],
      places: ['baghdad'],
      targets: ['infrastructure'],
      injured: 2,
      title: 'Device explodes outside power company office in Baghdad',
      content: 'Two guards were hurt when a device exploded by the gate of the power company in central Baghdad in the evening.',
    };
    const steps = group([market, office]);
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[1]!.note).toMatch(
      /^kept apart from inc_\S+ \("Four killed by explosion near Baghdad market"\): not enough evidence of one attack \(score [\d.]+ < 0\.55: .*different targets/,
    );
  });
});

describe('targets the bodies guess', () => {
  it('do not count against an incident whose headlines name the same kind of place hit', () => {
    const siege: ReportSpec = {
      id: 'court-1',
      feed: 'wire',
      at: at(0),
      types: ['armed_assault'],
      places: ['kabul'],
      targets: ['base'],
      title: 'Gunmen storm courthouse in Kabul, police respond',
      content: 'Armed men forced their way into a courthouse in Kabul; police units surrounded the building.',
    };
    const toll: ReportSpec = {
      id: 'court-2',
      feed: 'agency',
      at: at(5),
      types: ['armed_assault'],
      places: ['kabul'],
      targets: ['civilians'],
      killed: 1,
      title: 'Visitor dies after assault on Kabul court',
      content: 'A woman waiting for a hearing died of her wounds after the assault, hospital staff said.',
    };
    expect(lastFiled([siege, toll])).toMatchObject({ isNew: false, why: expect.stringMatching(/the headlines name the same kind of place hit: court/) });
  });
});

describe('attack types the bodies guess', () => {
  it('do not rule out an incident when a headline names no means', () => {
    const bomb: ReportSpec = {
      id: 'parade-bomb',
      feed: 'wire',
      at: at(0),
      types: ['ied'],
      places: ['kabul'],
      title: 'Bomb goes off by parade stand in Kabul',
      content: 'A bomb went off beside the stand of a military parade in Kabul, wounding several spectators at the parade.',
    };
    const condemn: ReportSpec = {
      id: 'parade-condemn',
      feed: 'ministry',
      at: at(3),
      types: ['armed_assault'],
      places: ['kabul'],
      title: 'Ministry condemns terrorist attack on parade in Kabul',
      content: 'The ministry condemned the terrorist attack on the military parade in Kabul and said attackers had targeted spectators.',
    };
    // The condemnation's "attack", read as an assault, is what the bomb the other headline names refines.
    expect(lastFiled([bomb, condemn])).toMatchObject({
      isNew: false,
      why: expect.stringMatching(/names the means \(ied\) the other side tells without naming any/),
    });
    // A body's guess the other headline's means do not refine is not held against the report either.
    const drones: ReportSpec = { ...condemn, id: 'parade-drones', types: ['drone'] };
    expect(lastFiled([bomb, drones]).why).toMatch(/attack types differ, but a headline names none: drone vs ied/);
  });
});

describe('"again"', () => {
  const first: ReportSpec = {
    id: 'first',
    feed: 'governor',
    at: at(0),
    types: ['drone'],
    places: ['odesa'],
    title: 'Drones attack Odesa port',
    content: 'Drones attacked the port of Odesa during the night, the governor said.',
  };

  it('is a repeat of an earlier night: a report hours into the same raid still joins', () => {
    const sameNight: ReportSpec = { ...first, id: 'same-night', feed: 'wire', at: at(3), title: 'One killed as drones again target Odesa port', killed: 1 };
    expect(group([first, sameNight])[1]!.isNew).toBe(false);
  });

  it('keeps a report apart from an incident first reported many hours before', () => {
    const nextNight: ReportSpec = {
      ...first,
      id: 'next-night',
      feed: 'wire',
      at: at(20),
      title: 'Odesa port attacked by drones again',
      content: 'For the second night running, drones hit the port of Odesa; a warehouse caught fire.',
    };
    expect(lastFiled([first, nextNight])).toMatchObject({ isNew: true, why: expect.stringMatching(/repeated attack \("again"\)/) });
  });
});

describe('towns the gazetteer does not know', () => {
  it('are read from the headline, without the country or region that holds them, nor acronyms', () => {
    expect(headlinePlaceWords('Bomb kills two near Iraq’s Tuz Khurmatu')).toEqual(['tuz', 'khurmatu']);
    expect(headlinePlaceWords('Ten killed in Niger near Mali border')).toEqual([]);
    expect(headlinePlaceWords('Three hurt in IED blast in Wana')).toEqual(['wana']);
    expect(samePlaceWord('kryvyi', 'krivyi')).toBe(true);
    expect(samePlaceWord('qiryat', 'kiryat')).toBe(true);
    expect(samePlaceWord('houla', 'aitaroun')).toBe(false);
  });

  const houla: ReportSpec = {
    id: 'houla',
    feed: 'agency',
    at: at(2),
    types: ['drone'],
    places: ['southlebanon'],
    title: 'Drone hits car in Houla',
    content: 'An Israeli drone struck a car on the main road of the southern village, the agency said.',
  };
  const aitaroun: ReportSpec = {
    id: 'aitaroun',
    feed: 'agency',
    at: at(4),
    types: ['drone'],
    places: ['southlebanon'],
    title: 'Drone hits house in Aitaroun',
    content: 'An Israeli drone struck a house on the edge of the southern village, the agency said.',
  };

  it('keep two reports of a region apart when their headlines name different towns', () => {
    expect(lastFiled([houla, aitaroun])).toMatchObject({ isNew: true, why: expect.stringMatching(/headlines name different places: aitaroun vs houla/) });
  });

  it('are no demonyms, days or acronyms, and a headline opening with a place counts it', () => {
    expect(headlinePlaceWords('Strike hits at Yemeni port')).toEqual([]);
    expect(headlineProperNames('Militants attack Boulkessi camp on Sunday, Malian army says')).toEqual(['boulkessi']);
    expect(headlineProperNames('Wana: ISPR says IED hit FC convoy')).toEqual(['wana']);
  });

  it('let a report without a place join the one incident whose headlines share a proper name with its own', () => {
    const camp: ReportSpec = {
      id: 'camp',
      feed: 'army',
      at: at(0),
      types: ['armed_assault'],
      places: [],
      title: 'Army repels assault on Boulkessi camp',
      content: 'Soldiers pushed back fighters who attacked the camp at dawn, the army said in a statement.',
    };
    const later: ReportSpec = {
      id: 'camp-toll',
      feed: 'wire',
      at: at(6),
      types: ['armed_assault'],
      places: [],
      title: 'Dozens of soldiers dead after jihadists overran Boulkessi base, sources say',
      content: 'Local officials put the number of dead troops at several dozen after the dawn raid near the border.',
    };
    expect(lastFiled([camp, later])).toMatchObject({ isNew: false, why: expect.stringMatching(/the headlines share a name: boulkessi/) });
  });

  it('let a report join when its headline names the same town, spelt otherwise', () => {
    const again: ReportSpec = { ...aitaroun, id: 'aitaroun-2', at: at(5), title: 'One wounded as drone strikes home in Aytaroun', content: aitaroun.content };
    const steps = group([aitaroun, again]);
    expect(steps[1]!.isNew).toBe(false);
  });
});

describe('a report naming only the country', () => {
  const kirkuk: ReportSpec = {
    id: 'kirkuk',
    feed: 'wire',
    at: at(1),
    types: ['ied'],
    places: ['kirkuk'],
    killed: 1,
    title: 'Police officer dies in Kirkuk blast',
    content: 'An improvised explosive device went off beside a police car in Kirkuk; one officer died.',
  };
  const countryOnly: ReportSpec = {
    id: 'country',
    feed: 'agency',
    at: at(3),
    types: ['ied'],
    places: ['iraq'],
    killed: 3,
    title: 'Three troops die as IED hits patrol in northern Iraq',
    content: 'Three members of the Iraqi army were killed when an explosive device hit their vehicle, the ministry said.',
  };

  it('joins the one incident of the same kind that states the same toll, when wording alone does not tell', () => {
    const steps = group([mosul, kirkuk, countryOnly]);
    expect(steps[2]!.incident.id).toBe(steps[0]!.incident.id);
    expect(steps[2]!.reasons.join('\n')).toMatch(/the same death toll \(3\)/);
  });

  it('stands alone when its toll is no incident’s', () => {
    const steps = group([mosul, kirkuk, { ...countryOnly, killed: 5, title: 'Five troops die as IED hits patrol in northern Iraq' }]);
    expect(steps[2]!.isNew).toBe(true);
  });
});
