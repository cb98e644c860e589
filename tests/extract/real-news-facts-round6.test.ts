/**
 * Sixth round, the facts of an attack on real news: the country, the killed and injured figures
 * and the actors. Each test is one phenomenon seen in real reports, written in our own words with
 * invented towns and figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { findFigures } from '../../src/extract/casualties.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { resolvePlaces } from '../../src/extract/places.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const run = (title: string, content = ''): Extraction => engine.extract(prepareDocument({ title, content }));

describe('country of the attack', () => {
  it('reads a name written with an ayn sign or a Persian ezafe', () => {
    expect(run('Roadside bomb kills four in Ba‘qūbah', 'A bomb hit a police patrol in Ba‘qūbah on Sunday, killing four officers.').countries).toEqual(['IQ']);
    expect(run('Gunmen kill three guards in Mazar-i-Sharif', 'Gunmen shot dead three guards at a bank in Mazar-i-Sharif late on Monday.').countries).toEqual([
      'AF',
    ]);
  });

  it('reads Spanish town names with plural articles', () => {
    expect(
      run('Gunmen kill five at a bar', 'Armed men opened fire in a bar in San Nicolás de los Garza on Saturday night, killing five people.').countries,
    ).toEqual(['MX']);
  });

  it('puts a repeated name where the text ties it to a country', () => {
    const x = run('Car bomb kills six in Tripoli', 'A car bomb exploded outside a mosque in Tripoli, Lebanon, on Friday, killing six worshippers.');
    expect(x.countries).toEqual(['LB']);
  });

  it('reads a US state written after a town as that state', () => {
    expect(run('Gunman kills four in Dover', 'A gunman killed four people at a warehouse in Dover, Delaware, on Tuesday, police said.').countries).toEqual([
      'US',
    ]);
  });

  it('reads a state named like a country after it as that state', () => {
    expect(run('Gunmen kill nine in Niger', 'Gunmen killed nine farmers in Niger, Nigeria, on Sunday, the state police said.').countries).toEqual(['NG']);
  });

  it('takes a large region’s bare name for the region, not a village of that name', () => {
    const x = run('Gunmen kill six at a party in Tamaulipas', 'Armed men stormed a family party in Tamaulipas late on Saturday, killing six people.');
    expect(x.countries).toEqual(['MX']);
    expect(x.places.map((p) => p.name)).toContain('Tamaulipas');
  });

  it('takes a mid-sized town the title puts the attack in when no other place has its name', () => {
    const x = run(
      'Three officers hurt in Wajir bomb attack',
      'Three police officers were injured when their vehicle ran over an explosive device on a dirt road.',
    );
    expect(x.countries).toEqual(['KE']);
    // "in Barrow County": a county the gazetteer does not hold is not the town of that name elsewhere.
    expect(run('Gunman kills two in Barrow County', 'A gunman killed two people at a school on Wednesday, the sheriff said.').countries).not.toContain('GB');
  });

  it('reads a news agency’s acronym as no place', () => {
    const x = run('Gunmen kill two border guards', 'Gunmen opened fire on a border post in southeastern Iran on Monday, killing two guards, IRNA reported.');
    expect(x.countries).toEqual(['IR']);
    expect(run('Shelling kills four', 'Shelling killed four civilians in northern Syria on Sunday, the agency SANA reported.').countries).toEqual(['SY']);
  });

  it('reads a French compass word before "du" as a direction, not a region', () => {
    const x = run('Ouest du Niger : douze soldats tombés dans une embuscade', 'Samedi, près de Tillabéri, des assaillants armés ont abattu douze soldats.');
    expect(x.countries).toEqual(['NE']);
  });

  it('reads a place of an earlier attack told "days after" in Portuguese as context', () => {
    const x = run(
      'Foguetes atingem base perto do aeroporto de Bagdá',
      'Dois foguetes atingiram uma base perto do aeroporto de Bagdá. O ataque acontece dias após um drone atingir uma base perto de Deir ez-Zor, na Síria.',
    );
    expect(x.countries).toEqual(['IQ']);
  });

  it('does not read a town as an actor’s short acronym written in lower case', () => {
    const x = run('Bomb kills two in Bang Pla Soi', 'A bomb hidden on a motorcycle exploded at a market in Bang Pla Soi on Monday, killing two.');
    expect(x.actors.map((a) => a.id)).not.toContain('chinese-forces');
    expect(x.countries).toEqual(['TH']);
  });
});

describe('killed and injured', () => {
  it('does not add the people named again after a comma or dash', () => {
    expect(
      run('Drone attack on Kherbet kills two', 'In the village of Kherbet, two residents, a man and a woman, were killed by the drone.').casualties.killed,
    ).toBe(2);
    expect(run('Shelling kills a family', 'The family of five – a man, his wife and three children – were killed in the shelling.').casualties.killed).toBe(5);
  });

  it('reads a whole list inside an aside as part of the group', () => {
    const x = run('Rebels kill villagers in Ituri', 'Residents found the bodies of 14 villagers, including seven women, five men and two children.');
    expect(x.casualties.killed).toBe(14);
  });

  it('does not count the attackers named beside the victims', () => {
    expect(
      run('Camp attack: four soldiers, three terrorists killed', 'At least four soldiers were killed when terrorists attacked a camp at dawn.').casualties
        .killed,
    ).toBe(4);
    const x = run(
      'Militants ambush a border post',
      'Militants attacked a border post on Tuesday, killing 9 soldiers and wounding 12 others. Twenty militants were also killed in the fighting that followed, the army said.',
    );
    expect(x.casualties).toEqual({ killed: 9, injured: 12 });
  });

  it('counts the militants when they are the ones the attack killed', () => {
    expect(run('Air strike kills 14 militants', 'An air strike on a hideout killed 14 militants on Sunday, the army said.').casualties.killed).toBe(14);
  });

  it('does not read weapons as people', () => {
    const x = run(
      'Bomb kills three police officers near Garissa',
      'A roadside bomb killed three police officers near Garissa on Monday. Last week, four roadside bombs killed 12 officers along the same road.',
    );
    expect(x.casualties.killed).toBe(3);
  });

  it('takes the lower end of a French range', () => {
    expect(run('Mali : une attaque fait des morts', 'Des sources locales font état de 40 à 45 morts après l’attaque du camp.').casualties.killed).toBe(40);
  });

  it('reads a Spanish verb before a list of victims', () => {
    const x = run(
      'Coche bomba en Ocaña',
      'Un coche bomba estalló frente a una estación de policía. Fallecieron tres policías y dos civiles, dijo el comandante.',
    );
    expect(x.casualties.killed).toBe(5);
  });

  it('reads "without causing human losses" as none', () => {
    expect(
      run('Rockets hit a base in eastern Syria', 'Three rockets struck the base on Monday without causing any human or material losses.').casualties,
    ).toEqual({
      killed: 0,
      injured: 0,
    });
  });

  it('reads one group’s safety as nothing about the event', () => {
    const x = run(
      'Drones attack an airport in Erbil',
      'Two drones attacked the airport in Erbil on Friday. No U.S. personnel were injured, the coalition said.',
    );
    expect(x.casualties).toEqual({ killed: null, injured: null });
  });

  it('keeps a toll compared with a whole campaign', () => {
    const x = run(
      'Air strike kills family in Rafah',
      'An air strike killed nine people on Friday, including four children, in the deadliest single strike of the week since the start of the offensive, medics said.',
    );
    expect(x.casualties.killed).toBe(9);
  });
});

describe('actors', () => {
  it('reads forces named after an attack word as the ones hit', () => {
    const x = run('Jihadists attack army camp', 'Jihadist fighters attacked a Malian army camp near Ténenkou at dawn, killing at least 20 soldiers.');
    const roles = Object.fromEntries(x.actors.map((a) => [a.id, a.role]));
    expect(roles['malian-army']).not.toBe('perpetrator');
  });

  it('reads a capital’s troops as the attacker, not the scene', () => {
    expect(run('Shelling kills two in Kherson', "Moscow's troops shelled Kherson on Monday, killing two residents.").countries).toEqual(['UA']);
  });

  it('reads "the regime" of a Syrian story as the Syrian forces', () => {
    const x = run('Shelling kills five in Idlib', 'Syrian regime artillery shelled the village on Sunday, killing five civilians, a war monitor said.');
    expect(x.actors.map((a) => a.id)).toContain('syrian-army');
  });
});

describe('other languages', () => {
  const figures = (text: string) => {
    const doc = prepareDocument({ title: text });
    return findFigures(doc.tokens, 0, doc.tokens.length, doc.text).map((f) => `${f.kind} ${f.value}`);
  };
  const placesIn = (text: string) => {
    const doc = prepareDocument({ title: 'Haber', content: text });
    const opts = {
      masked: new Uint8Array(doc.tokens.length),
      titleEnd: doc.titleEnd,
      dateline: null,
      titleDateline: null,
      contextCountries: new Set<string>(),
    };
    return resolvePlaces(doc.tokens, doc.text, engine.gazetteer, opts).map((m) => m.entry.country);
  };

  it('reads Turkish, French and Dutch tolls', () => {
    expect(figures('Yola tuzaklanan patlayıcıyla 2 asker şehit oldu, 5 asker yaralandı')).toEqual(expect.arrayContaining(['killed 2', 'injured 5']));
    expect(figures('au moins 23 personnes massacrées')).toContain('killed 23');
    expect(figures('bij de aanval gedood: drie agenten')).toEqual([]);
    expect(figures('Een drone doodt vier strijders')).toContain('killed 4');
  });

  it('reads a Turkish place with its case ending after the apostrophe', () => {
    expect(placesIn('Bir karakola Hakkari’de saldırı düzenlendi')).toEqual(['TR']);
    expect(placesIn('Hakkari’nin Şemdinli ilçesinde bir asker yaralandı')).toEqual(['TR', 'TR']);
  });
});
