/**
 * Second round of real-news error classes (issue 11): attack reports in French, Spanish,
 * Portuguese, Italian, German and Polish, criminal bombings, and look-alikes (mines left from old
 * wars, pit explosions, factory blasts, defused devices, seizures, freed hostages, missile
 * launches into the sea, airport drones, trend pieces, sport). Each is a short story of our own.
 */
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/extract/index.js';
import { extractStory as run } from '../helpers/extraction.js';

describe('attack reports in other languages', () => {
  it('French: a booby-trapped drone, a car bomb, gunmen', () => {
    const a = run(
      'Irak : trois soldats blessés par un drone piégé près de Mossoul',
      'Un drone piégé a explosé mardi au-dessus d’un poste militaire près de Mossoul, en Irak.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.countries).toEqual(['IQ']);
    const b = run(
      'Une voiture piégée explose devant un commissariat à Gao',
      'Quatre morts et onze blessés : une voiture piégée a explosé lundi devant le commissariat de Gao, au Mali.',
    );
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toContain('ied');
    expect(b.countries).toEqual(['ML']);
    expect(b.casualties).toEqual({ killed: 4, injured: 11 });
  });

  it('Spanish: armed men at a party, a car bomb', () => {
    const a = run(
      'Hombres armados atacan una fiesta en Celaya: siete muertos',
      'Un grupo de hombres armados abrió fuego contra los asistentes a una fiesta en Celaya, Guanajuato, México. Siete personas murieron y cinco resultaron heridas.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['MX']);
    expect(a.casualties.killed).toBe(7);
    const b = run(
      'Coche bomba estalla frente a un cuartel en Cali',
      'Un coche bomba estalló frente a un cuartel militar en Cali, Colombia, y dejó tres heridos.',
    );
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toEqual(['ied']);
    expect(b.countries).toEqual(['CO']);
  });

  it('Portuguese: a shooting attack on a bar', () => {
    const a = run(
      'Ataque a tiros em bar deixa quatro mortos em Fortaleza',
      'Homens armados chegaram de carro e abriram fogo contra os clientes de um bar em Fortaleza, no Brasil. Quatro pessoas morreram e duas ficaram feridas.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['BR']);
    expect(a.casualties.killed).toBe(4);
  });

  it('Italian: a suicide bomber', () => {
    const a = run(
      'Attentato suicida a Baghdad: 12 morti e 30 feriti',
      'Un attentatore suicida si è fatto esplodere in un mercato di Baghdad, in Iraq, uccidendo almeno 12 persone.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['suicide_attack']);
    expect(a.countries).toEqual(['IQ']);
    expect(a.casualties).toEqual({ killed: 12, injured: 30 });
  });

  it('German: a drone attack, a rocket attack', () => {
    const a = run(
      'Drohnenangriff auf Charkiw: zwei Tote',
      'Bei einem nächtlichen Drohnenangriff auf Charkiw in der Ukraine sind zwei Menschen getötet und fünf verletzt worden.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.countries).toEqual(['UA']);
    const b = run(
      'Raketenangriff auf Stützpunkt im Irak',
      'Auf einen Stützpunkt in der Nähe von Erbil im Irak ist am Abend ein Raketenangriff verübt worden, mehrere Soldaten wurden verletzt.',
    );
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toEqual(['rocket']);
  });

  it('Polish: a drone attack, shelling', () => {
    const a = run(
      'Atak dronów na Odessę. Zginęły trzy osoby',
      'W nocy rosyjskie drony uderzyły w budynki mieszkalne w Odessie. Zginęły trzy osoby, a 9 zostało rannych.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.casualties.injured).toBe(9);
    const b = run('Ostrzał Chersonia: dwie osoby ranne', 'Rosyjski ostrzał Chersonia w niedzielę rano, dwie osoby zostały ranne.');
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toEqual(['mortar_artillery']);
  });

  it('Italian: a man firing in a bar; German: armed men storm a café', () => {
    const a = run(
      'Milano, uomo spara in un bar: tre morti',
      'Un uomo è entrato in un bar alla periferia di Milano sparando colpi di pistola contro i clienti. Il bilancio è di tre morti e quattro feriti.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['IT']);
    expect(a.casualties).toEqual({ killed: 3, injured: 4 });
    const b = run(
      'Bewaffnete stürmen Café in Ouagadougou',
      'Mehrere Bewaffnete haben am Abend ein Café in Ouagadougou in Burkina Faso gestürmt und mindestens sechs Gäste getötet.',
    );
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toEqual(['armed_assault']);
    expect(b.casualties.killed).toBe(6);
  });

  it('French armed men, Polish verb-first tolls and hedges', () => {
    const a = run(
      'Niger : des individus armés attaquent un marché',
      'Des individus armés ont attaqué un marché près de Tillabéri, au Niger, et au moins neuf personnes ont été tuées.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.casualties.killed).toBe(9);
    const t = run(
      'Mali : huit civils tués dans une attaque terroriste',
      'Une attaque terroriste contre un hameau de la région de Mopti, au Mali, a tué huit civils samedi soir.',
    );
    expect(t.attackTypes).toEqual(['armed_assault']);
    expect(t.countries).toEqual(['ML']);
    const b = run('Atak rakietowy na Zaporoże', 'W rosyjskim ataku rakietowym na Zaporoże zginęło co najmniej 7 osób, a 20 zostało rannych.');
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toEqual(['missile']);
    expect(b.casualties).toEqual({ killed: 7, injured: 20 });
    const c = run('Atak dronów na Sumy', 'Po ataku dronów na Sumy zginęły dwie osoby.');
    expect(c.casualties.killed).toBe(2);
  });

  it('one dead, in languages whose "one" is also the article', () => {
    expect(run('Attentat à Mogadiscio : un mort et douze blessés', 'Une bombe a explosé près du port de Mogadiscio, en Somalie.').casualties).toEqual({
      killed: 1,
      injured: 12,
    });
    expect(
      run('Anschlag in Istanbul: ein Toter', 'Bei einem Bombenanschlag in Istanbul in der Türkei gab es ein Toter und drei Verletzte.').casualties.killed,
    ).toBe(1);
  });

  it('a place name that is also a common word of the language is not the scene', () => {
    const a = run(
      'Ataque a quartel deixa dois mortos na Chechênia, Rússia',
      'Homens armados abriram fogo contra um quartel na Rússia. Perto do quartel explodiu depois um carro-bomba.',
    );
    expect(a.countries).toEqual(['RU']);
  });
});

describe('criminal bombings are attacks', () => {
  it('a grenade thrown into a bar over a drug feud', () => {
    const a = run(
      'Grenade hurled into bar injures nine in Marseille',
      'A man threw a grenade into a crowded bar in Marseille on Friday night, injuring nine people; prosecutors suspect a settling of scores between drug gangs.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['FR']);
  });

  it('a crude bomb thrown at a shop whose owner refused to pay', () => {
    const a = run(
      'Crude bomb thrown at jeweller’s shop in Ludhiana after extortion call',
      'Two men on a motorcycle threw a crude bomb at a jewellery shop in Ludhiana, Punjab, on Monday night, days after its owner refused an extortion demand, police said. No one was hurt.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
  });
});

describe('look-alikes', () => {
  it('a mine from an old war set off by accident', () => {
    expect(
      run(
        'Landmine kills shepherd in Croatia',
        'A shepherd was killed on Sunday after he accidentally set off a landmine while grazing his sheep near Gospic, in Croatia.',
      ).isAttack,
    ).toBe(false);
  });

  it('an explosion in a factory that makes explosives, fireworks or steel', () => {
    expect(
      run('Blast at explosives factory kills six in Telangana', 'Six workers were killed in an explosion at an explosives factory in Telangana on Friday.')
        .isAttack,
    ).toBe(false);
    expect(
      run('Explosion at steel plant kills two workers', 'Two workers died when a furnace exploded at a steel plant in Ohio, officials said.').isAttack,
    ).toBe(false);
    // An attack on such a plant is still an attack.
    expect(
      run('Drone attack sets chemical plant on fire in Russia', 'A Ukrainian drone attack hit a chemical plant in the Tula region, Russia, the governor said.')
        .isAttack,
    ).toBe(true);
  });

  it('a bomb that went off in the hands of those who carried it, in Spanish', () => {
    expect(
      run(
        'Muere un hombre al explotar el artefacto que intentaba colocar en un comercio',
        'Un hombre murió en Guayaquil cuando el explosivo que llevaba estalló de forma accidental mientras manipulaba el artefacto frente a un local.',
      ).isAttack,
    ).toBe(false);
  });

  it('a seized cache of weapons', () => {
    expect(
      run(
        'Police seize cache of arms in Manipur',
        'Police seized a large cache of weapons in Manipur on Tuesday. The recovered weapons included rifles, grenades and locally made bombs.',
      ).isAttack,
    ).toBe(false);
  });

  it('hostages freed, with the kidnapping recalled', () => {
    expect(
      run(
        'Two aid workers back home after year in captivity',
        'Two aid workers were freed on Friday after a year in captivity. They had been abducted by gunmen in northern Mali last spring.',
      ).isAttack,
    ).toBe(false);
  });

  it('a missile launch reported by where it flew', () => {
    expect(
      run(
        'North Korea fires missile, Seoul says',
        'North Korea fired a short-range ballistic missile toward its eastern waters on Wednesday, South Korea’s military said.',
      ).isAttack,
    ).toBe(false);
  });

  it('an explainer whose title names attacks in general', () => {
    expect(
      run(
        'Why Lake Chad is seeing more insurgent attacks',
        'Insurgents have stepped up their raids around Lake Chad this year, exploiting the withdrawal of a regional force.',
      ).isAttack,
    ).toBe(false);
    expect(
      run('Sudan: the upsurge in militia killings', 'Militias have killed hundreds of civilians in Darfur since the spring, aid groups say.').isAttack,
    ).toBe(false);
    // A report in such a title is still a report.
    expect(run('Why it matters: suicide bomber kills 12 in Kabul', 'A suicide bomber killed 12 people at a mosque in Kabul on Friday.').isAttack).toBe(true);
  });

  it('a trend piece about a criminal tactic', () => {
    expect(
      run('Grenades become gangs’ new tactic of fear', 'Gangs in the city have turned to grenades to scare shop owners into paying, police officials said.')
        .isAttack,
    ).toBe(false);
  });
});

describe('sentences', () => {
  it('an initial or an abbreviation does not end a sentence', () => {
    const doc = prepareDocument({ title: 'S. Korea says N. Korea fired a missile', content: 'The U.S. Army said so on Monday. Dr. Lee agreed.' });
    const sentenceOf = (norm: string) => doc.tokens.find((t) => t.norm === norm)!.sentence;
    expect(sentenceOf('s')).toBe(sentenceOf('missile'));
    expect(sentenceOf('army')).toBe(sentenceOf('monday'));
    expect(sentenceOf('lee')).toBe(sentenceOf('agreed'));
    expect(sentenceOf('monday')).not.toBe(sentenceOf('agreed'));
  });
});
