/**
 * Seventh round (issue 11): attack detection on real published news. A report says that a specific
 * attack happened; look-alikes name weapons or violence without an event (purchases, habits,
 * aggregates, wars of the past, trials). Each case pairs the look-alike with the nearest true
 * attack. Every story is short and of our own writing.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

describe('a report needs something that happened', () => {
  it('a weapon described as a product in the body is no attack; a lead that says the attack took place is', () => {
    const product = run(
      'Norland signs for 20 Falcon-7 drones',
      'The defence ministry of Norland signed the contract on Monday. The Falcon-7, built by the state aircraft works, is a long-range reconnaissance and strike drone with a 30-hour endurance.',
    );
    expect(product.isAttack).toBe(false);
    const report = run(
      'Commuters hurt at Velmar station',
      'Four commuters were taken to hospital on Friday evening. The attack occurred shortly after 7 p.m. on platform 3 of Velmar central station, where a man with a knife approached passengers.',
    );
    expect(report.isAttack).toBe(true);
  });

  it('a group that "has continued to launch" attacks is a habit; rockets that struck near an airport are an event', () => {
    const habit = run(
      'Treasury names six leaders of the Qarun Brigades, blamed for attacks in Iraq',
      'The Qarun Brigades have continued to launch drone and rocket attacks on bases in the region, the Treasury said on Thursday.',
    );
    expect(habit.isAttack).toBe(false);
    const event = run(
      'Rocket attack on Sulaymaniyah airport',
      'Three rockets struck near the airport runway before dawn on Tuesday, the airport authority said.',
    );
    expect(event.isAttack).toBe(true);
    expect(event.attackTypes).toEqual(['rocket']);
  });

  it('a headline future ("X to buy armed drones") is no attack; armed drones that struck are', () => {
    expect(run('Peru to buy 12 armed drones from Turkey', 'The purchase was approved by the defence committee on Wednesday.').isAttack).toBe(false);
    expect(
      run(
        'Norland to import 20 Falcon-7 drones from Tarsk',
        'The Falcon-7, built by the state aircraft works, is a long-range reconnaissance and strike drone with a 30-hour endurance.',
      ).isAttack,
    ).toBe(false);
    expect(run('Ghana to acquire combat drones', 'Officials said the first aircraft would arrive next year.').isAttack).toBe(false);
    const strike = run('Armed drones strike fuel depot in Kherson', 'Two workers were wounded when the drones hit the depot overnight, the governor said.');
    expect(strike.isAttack).toBe(true);
    expect(strike.attackTypes).toEqual(['drone']);
  });

  it('attacks counted vaguely over weeks are an aggregate; a roundup of named attacks is a report', () => {
    const aggregate = run(
      'Unrest across the Lake region worries neighbours',
      'Armed groups have grown bolder this season. Governments in the region are struggling to respond. Dozens of police officers have been killed in various attacks blamed on the insurgents.',
    );
    expect(aggregate.isAttack).toBe(false);
    const roundup = run(
      'Two attacks in northern Benin',
      'Gunmen killed six police officers at a checkpoint near Banikoara on Sunday, and a second attack hit a patrol the same night.',
    );
    expect(roundup.isAttack).toBe(true);
  });
});

describe('munitions of a war with a name', () => {
  it('a shell "from the Korean War" is an old munition; a shell fired in the war going on is an attack', () => {
    const old = run(
      'Mortar round from the Korean War kills two farmers',
      'Two farmers were killed near Cheorwon when the mortar round went off as they ploughed a field.',
    );
    expect(old.isAttack).toBe(false);
    const shelling = run(
      'Shelling kills two farmers in Zaporizhzhia region',
      'Two farmers were killed when Russian shells hit a field near Orikhiv on Tuesday.',
    );
    expect(shelling.isAttack).toBe(true);
  });
});

describe('trials told in German', () => {
  it('a trial and "months after" a bombing are about the court; a bombing reported in German is an attack', () => {
    expect(
      run(
        'Prozess um Anschlag auf Moschee beginnt',
        'In Kassel steht ein 31-jähriger Mann vor Gericht. Knapp acht Monate nach dem Sprengstoffanschlag beginnt der Prozess.',
      ).isAttack,
    ).toBe(false);
    const report = run('Sprengstoffanschlag auf Moschee in Kassel', 'Bei der Explosion wurden am Freitagabend drei Menschen verletzt.');
    expect(report.isAttack).toBe(true);
  });
});

describe('rammings and hit squads in other languages', () => {
  it('French: a car driven into a crowd; a car that hit a wall is no attack', () => {
    const a = run(
      'Une voiture fonce dans la foule à Rennes',
      'Le conducteur a foncé dans la foule sur la place du marché samedi soir: deux morts et 14 blessés.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    const b = run('Un camion percute des piétons à Lille, trois morts', 'Le conducteur a été interpellé.');
    expect(b.isAttack).toBe(true);
    expect(run('Une voiture percute un mur à Rennes', 'Le conducteur a été légèrement blessé.').isAttack).toBe(false);
  });

  it('Spanish and German: a van into a crowd', () => {
    expect(run('Una furgoneta arrolla a peatones en Sevilla', 'El conductor embistió contra la multitud: un muerto y nueve heridos.').isAttack).toBe(true);
    expect(run('Auto rast in Menschenmenge in Kiel', 'Ein Fahrer steuerte in die Menge, zwei Menschen wurden verletzt.').isAttack).toBe(true);
  });

  it('Spanish: an armed squad that kills; a squad named in a football report is no attack', () => {
    const a = run('Comando armado mata a seis hombres en Zacatecas', 'Los agresores huyeron en dos camionetas.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(run('Un grupo armado masacra a cinco jornaleros', 'Ocurrió en una finca de Tolima.').isAttack).toBe(true);
    expect(run('El comando técnico presenta la lista de convocados', 'El seleccionador anunció 23 nombres.').isAttack).toBe(false);
  });
});

describe('retrospectives and books', () => {
  it('a look back at past attacks and a ranking of the deadliest are no report; "one of the deadliest" stays one', () => {
    expect(
      run(
        'Attentats au camion : retour sur dix ans de drames',
        'En juillet, un conducteur a foncé dans la foule sur le port de Sète, faisant 12 morts. Ces attaques frappent des foules sans armes.',
      ).isAttack,
    ).toBe(false);
    expect(run('Les attentats les plus meurtriers du continent', 'Des bombes et des fusillades ont tué des centaines de personnes.').isAttack).toBe(false);
    const report = run('Une voiture piégée tue 31 personnes à Mogadiscio', "L'attentat, l'un des plus meurtriers de l'année, a visé un marché samedi matin.");
    expect(report.isAttack).toBe(true);
    expect(report.attackTypes).toEqual(['ied']);
  });

  it('a list of books about terrorism is no report; a bombing is', () => {
    expect(
      run(
        'The best books to understand political violence',
        'The first hijacking of an airliner was in 1931, and 70 people were killed by such attacks in the decade that followed. Our critic picks eight titles.',
      ).isAttack,
    ).toBe(false);
    expect(run('Bomb kills eight at bookshop in Quetta', 'The device went off at the entrance on Saturday afternoon.').isAttack).toBe(true);
  });
});

describe('a context in a later clause', () => {
  it('an attack reported before "as" keeps its report; a threat or a sentence in the main clause is still no attack', () => {
    const report = run(
      'A missile struck a tanker off Mokha, as the rebels threatened to widen their campaign against shipping',
      'The crew were unhurt and the vessel sailed on, a maritime security firm said.',
    );
    expect(report.isAttack).toBe(true);
    expect(report.attackTypes).toEqual(['missile']);
    expect(
      run('Rebels threaten to strike more tankers off Mokha, as talks stall', 'The group said ships linked to its enemies would be targets.').isAttack,
    ).toBe(false);
    expect(run('Court sentences bomber of Arlow market to life, as the town remembers its 14 dead', 'The judge called the attack cowardly.').isAttack).toBe(
      false,
    );
  });
});

describe('a named group that attacked', () => {
  it('under a title that names no attack, "Boko Haram attacked a village" in the lead reports it; the same words set in a past year do not', () => {
    const report = run(
      'Night of terror leaves Dalwa village empty',
      'Boko Haram attacked the village of Dalwa in Borno State on Tuesday night. The fighters burned the market and left at least nine traders dead.',
    );
    expect(report.isAttack).toBe(true);
    expect(report.attackTypes).toEqual(['armed_assault']);
    expect(
      run(
        'Dalwa school reopens with 300 pupils',
        'In 2016, Boko Haram attacked the school and took away 40 pupils. The new classrooms were paid for by donors.',
      ).isAttack,
    ).toBe(false);
  });
});

describe('an accident title and the lead that names an attack', () => {
  it('"mine blast" with a lead about a bomb that killed soldiers is an attack; with a lead about a coal mine it is not', () => {
    const attack = run(
      'Mine blast kills four soldiers in Tillaberi',
      'An improvised explosive device killed four soldiers on patrol near Ayorou on Thursday, the defence ministry said.',
    );
    expect(attack.isAttack).toBe(true);
    expect(attack.attackTypes).toEqual(['ied']);
    expect(
      run('Mine blast kills four workers in Zonguldak', 'An explosion tore through a coal mine shaft on Thursday, killing four workers, the governor said.')
        .isAttack,
    ).toBe(false);
  });
});
