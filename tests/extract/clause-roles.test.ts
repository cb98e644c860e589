/**
 * Round 27 (issue 11): clause roles (src/extract/clauses.ts). A clause inside the sentence that
 * tells this attack may refer to another one; its toll, places and means are that other event's,
 * and the types, places/countries and casualties stages all leave it out. Each story is our own;
 * names, places and figures are invented or changed.
 */
import { describe, expect, it } from 'vitest';
import { referenceSpans } from '../../src/extract/clauses.js';
import { prepareDocument } from '../../src/extract/normalize.js';
import { extractStory as run } from '../helpers/extraction.js';

/** The words of the reference clauses of a one-sentence body, joined. */
function referred(content: string): string[] {
  const { tokens, text } = prepareDocument({ title: 'x', content });
  const first = tokens.findIndex((t) => t.sentence === 1);
  return referenceSpans(tokens, text, { first, end: tokens.length }).map(([a, b]) =>
    tokens
      .slice(a, b)
      .map((t) => t.norm)
      .join(' '),
  );
}

describe('the clause map', () => {
  it('marks a compared event, from its "since" to the clauses that go on about it', () => {
    expect(referred('Gunmen shot four guests at a party on Sunday, in the worst shooting since 2021, when a car bomb killed nine.')).toEqual([
      'since 2021 when a car bomb killed nine',
    ]);
  });

  it('marks an earlier event set a span of time back, and a relative clause with a past year', () => {
    expect(referred('Rebels raided a camp on Monday, a week after a drone strike in Tessit left 30 dead.')).toEqual([
      'week after a drone strike in tessit left 30 dead',
    ]);
    expect(referred('A bomb hit a bus near the depot that was shelled in 2019, killing five.')).toEqual(['that was shelled in 2019 killing five']);
  });

  it('marks nothing in a sentence that tells one event at its own time', () => {
    expect(referred('The attack came shortly after 7 p.m., when a man with an axe ran onto the platform.')).toEqual([]);
    expect(referred('Militants who stormed the post on Monday killed three guards.')).toEqual([]);
  });
});

describe('a compared event inside the sentence lends it nothing', () => {
  it('keeps the toll and the city of the sentence, not those of the year compared with (English)', () => {
    const x = run(
      'Gunman kills four at birthday party',
      'A gunman opened fire at a birthday party in Chicago on Sunday, killing four guests, in the deadliest shooting in the city since 2021, when a car bomb in Houston killed nine.',
    );
    expect(x.casualties.killed).toBe(4);
    expect(x.attackTypes).toEqual(['armed_assault']);
    expect(x.places.map((p) => p.name)).toEqual(['Chicago']);
  });

  it('reads "la plus meurtrière depuis" in French', () => {
    const x = run(
      'Voiture piégée à Mogadiscio',
      "Une voiture piégée a explosé jeudi près d'un poste de contrôle à Mogadiscio, tuant neuf personnes, l'attaque la plus meurtrière depuis l'attentat au camion de 2019 qui avait fait 40 morts à Kano.",
    );
    expect(x.casualties.killed).toBe(9);
    expect(x.countries).toEqual(['SO']);
  });

  it('reads "el peor desde" in Spanish', () => {
    const x = run(
      'Coche bomba en Cali',
      'Un coche bomba estalló el jueves frente a una estación de policía en Cali y dejó cuatro muertos, el peor ataque desde el atentado de 2019 en Bogotá que dejó 22 muertos.',
    );
    expect(x.casualties.killed).toBe(4);
    expect(x.places.map((p) => p.name)).toEqual(['Cali']);
  });

  it('reads "der schwerste seit" in German, the sentence still telling its own attack', () => {
    const x = run(
      'Anschlag auf Moschee in Kabul',
      'Bei einem Selbstmordanschlag auf eine Moschee in Kabul sind am Freitag sechs Menschen getötet worden, der schwerste Anschlag seit einem Angriff in Pakistan im vergangenen Jahr, bei dem 40 Menschen starben.',
    );
    expect(x.casualties.killed).toBe(6);
    expect(x.attackTypes).toEqual(['suicide_attack']);
    expect(x.countries).toEqual(['AF']);
  });

  it('keeps the toll of a main clause after a fronted comparison (look-alike)', () => {
    expect(
      run('Ambush kills 24 police', 'In the deadliest ambush since 2010, 24 policemen died when rebels attacked their convoy near Dantewada on Monday.')
        .casualties.killed,
    ).toBe(24);
  });
});

describe('an earlier event set a span of time back, or brought in by a verb, lends nothing', () => {
  it('leaves out a drone strike a month back (French)', () => {
    const x = run(
      'Attaque au Mali',
      'Des hommes armés ont tué sept villageois dimanche dans le centre du Mali, un mois après une frappe de drone au Burkina Faso qui avait fait 30 morts.',
    );
    expect(x.attackTypes).toEqual(['armed_assault']);
    expect(x.casualties.killed).toBe(7);
    expect(x.countries).toEqual(['ML']);
  });

  it('leaves out a car bomb a week back (Spanish), its means and its city', () => {
    const x = run(
      'Ataque con drones en Cauca',
      'Un ataque con drones contra una base militar en Cauca dejó dos soldados muertos el lunes, una semana después de que un coche bomba matara a 13 personas en Cali.',
    );
    expect(x.attackTypes).toEqual(['drone']);
    expect(x.places.map((p) => p.name)).not.toContain('Cali');
  });

  it('leaves out the car bombing an attack "followed"', () => {
    const x = run(
      'Suicide bomber kills 14 at rally',
      'A suicide bomber killed 14 people at a rally in Bajaur on Sunday. The attack followed a car bombing in Peshawar that left 20 dead.',
    );
    expect(x.attackTypes).toEqual(['suicide_attack']);
    expect(x.casualties.killed).toBe(14);
  });

  it('leaves out a past-year bombing told in a relative clause', () => {
    const x = run(
      'Gunmen kill five at checkpoint',
      'Gunmen killed five soldiers at a checkpoint near Gao on Monday, close to a market that was hit by a car bomb in 2019 which killed 31 people in Timbuktu.',
    );
    expect(x.attackTypes).toEqual(['armed_assault']);
    expect(x.casualties.killed).toBe(5);
  });

  it('keeps gunmen who "followed" a taxi, and this attack\'s own hour (look-alikes)', () => {
    expect(
      run('Driver shot dead near Kisumu', 'Two gunmen on a motorbike followed the taxi out of Kisumu and shot the driver dead on Tuesday, police said.')
        .attackTypes,
    ).toEqual(['armed_assault']);
    expect(
      run(
        'Commuters hurt at Tamsby station',
        'Four commuters were taken to hospital on Friday evening. The attack occurred shortly after 7 p.m. at Tamsby central station, where a man with a knife approached passengers.',
      ).isAttack,
    ).toBe(true);
  });
});

describe('another event likened to this one, or told as earlier news', () => {
  it('leaves out the wounded of "a similar incident"', () => {
    const x = run(
      'Rocket falls near embassy',
      'A rocket fell near the embassy compound in Baghdad on Monday, causing no casualties, officials said. Two guards were wounded last spring in a similar incident, when a shell struck their post by the gate.',
    );
    expect(x.casualties).toEqual({ killed: 0, injured: 0 });
  });

  it('leaves out a paragraph that Russian news opens with "Ранее" (earlier)', () => {
    const x = run(
      'Дроны атаковали завод',
      'В понедельник дроны атаковали завод в Курской области, пострадавших нет, сообщил губернатор. Ранее в Брянской области при ударе по грузовику погиб водитель.',
    );
    expect(x.casualties.killed).toBe(0);
    expect(x.places.map((p) => p.name)).toEqual(['Kursk Oblast']);
  });

  it('keeps a second attack of the same day in a roundup (look-alike)', () => {
    const x = run(
      'Two attacks hit Baghdad markets',
      'A car bomb killed nine people at a market in Baghdad on Monday, police said. In another attack on Monday, gunmen killed three shoppers at a market in Baqubah.',
    );
    expect(x.attackTypes).toEqual(['ied', 'armed_assault']);
    expect(x.places.map((p) => p.name)).toContain('Baqubah');
  });
});
