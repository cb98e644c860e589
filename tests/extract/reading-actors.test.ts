/**
 * Actors: the case tables of cases/actors.ts, one test a case, and below them the checks that need
 * more than a story read whole (a figure finder, the catalogue, a trace).
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { namedActors, readsCases, extractStory as run, shippedEngine } from '../helpers/extraction.js';
import { actorCases } from './cases/actors.js';

readsCases(actorCases);

const ids = (x: Extraction): string[] => x.actors.map((a) => a.id);

const actorIds = (title: string, content = '') => run(title, content).actors.map((a) => a.id);

const actors = (title: string, content = '') => run(title, content).actors.map((a) => `${a.id}:${a.role}`);

describe('actors and bases as wire copy names them', () => {
  it('other languages’ names of groups and armed forces', () => {
    expect(shippedEngine().actors.lookup('Stato islamico')?.id).toBe('islamic-state');
    expect(shippedEngine().actors.lookup('État islamique')?.id).toBe('islamic-state');
    expect(shippedEngine().actors.lookup('coalición árabe')?.id).toBe('saudi-led-coalition');
    expect(shippedEngine().actors.lookup('armée israélienne')?.id).toBe('israeli-military');
    expect(shippedEngine().actors.lookup('russische Armee')?.id).toBe('russian-forces');
    expect(shippedEngine().actors.lookup('rebeldes hutíes')?.id).toBe('houthis');
    const x = run('Al menos 12 civiles muertos en ataques aéreos de la coalición árabe en Saada, Yemen.');
    expect(ids(x)).toContain('saudi-led-coalition');
  });

  it('armed forces of more countries: their country stands for the attack when no place is known', () => {
    const x = run('Jihadists kill 12 Beninese soldiers in an ambush', 'The attackers struck a patrol of Beninese troops in a national park at dawn.');
    // The soldiers hit place the attack in their country but are not its actors (round 19).
    expect(ids(x)).not.toContain('benin-forces');
    expect(x.countries).toEqual(['BJ']);
    expect(shippedEngine().actors.lookup('SSPDF')?.country).toBe('SS');
    expect(shippedEngine().actors.lookup('Haitian National Police')?.country).toBe('HT');
  });

  it('"DRG" is left alone: Indian reserve guards and Russian reports of Ukrainian sabotage groups both use it', () => {
    expect(shippedEngine().actors.lookup('DRG')).toBeUndefined();
  });

  it('common spellings: Israeli Defence Force, Shaabab; al-Shabaab’s Kenyan unit', () => {
    expect(shippedEngine().actors.lookup('Israeli Defence Force')?.id).toBe('israeli-military');
    expect(shippedEngine().actors.lookup('Al-Shaabab')?.id).toBe('al-shabaab');
    expect(shippedEngine().actors.lookup('Jaysh Ayman')?.affiliation).toBe('al-shabaab');
  });

  it('a base named with the Arabic article ("the Al Balad airbase") is the base', () => {
    const x = run('Rockets hit Iraqi airbase', 'Five rockets struck the Al Balad airbase north of Baghdad on Sunday, wounding two soldiers.');
    expect(x.places[0]?.id).toBe('base:balad-air-base');
  });
});

describe('actors', () => {
  it('the catalogue finds "Name (ACRONYM)" by either', () => {
    expect(shippedEngine().actors.lookup('Allied Democratic Forces (ADF)')?.id).toBeDefined();
    expect(shippedEngine().actors.lookup('Ejército de Liberación Nacional (ELN)')?.id).toBe('eln');
  });

  it('reads forces named after an attack word as the ones hit', () => {
    const x = run('Jihadists attack army camp', 'Jihadist fighters attacked a Malian army camp near Ténenkou at dawn, killing at least 20 soldiers.');
    const roles = Object.fromEntries(x.actors.map((a) => [a.id, a.role]));
    expect(roles['malian-army']).not.toBe('perpetrator');
  });
});

describe('who was hit is not an actor of the attack', () => {
  it('leaves out the police whose station a drone hit', () => {
    expect(
      actorIds(
        'Drone strikes police post in Lakki Marwat',
        'A quadcopter dropped explosives on a police post in Lakki Marwat on Sunday, wounding four constables, officials said.',
      ),
    ).toEqual([]);
  });

  it('leaves out the soldiers counted among the dead, keeps the attackers', () => {
    expect(
      actorIds('Militants ambush army convoy in Khyber', 'Militants ambushed an army convoy in the Tirah valley on Monday, killing three soldiers.'),
    ).toEqual(['militants']);
  });

  it('leaves out forces named as the target, even with the group blamed', () => {
    const a = run(
      'Quadcopter hits checkpoint in Bannu',
      'A drone attack blamed on the TTP struck a police checkpoint in Bannu, injuring five police officers.',
    );
    expect(a.actors.map((x) => x.id)).toEqual(['ttp']);
  });
});

describe('forces of a country, from one list of army words per language', () => {
  it('reads the adjective after the army word: French, Spanish, Italian, Arabic, Persian, Indonesian, Kurdish', () => {
    expect(namedActors('les troupes ukrainiennes avançaient')).toEqual(['ukrainian-forces']);
    expect(namedActors('las fuerzas armadas rusas')).toEqual(['russian-forces']);
    expect(namedActors("l'esercito israeliano")).toEqual(['israeli-military']);
    expect(namedActors('القوات التركية')).toEqual(['turkish-military']);
    expect(namedActors('نیروهای آمریکایی')).toEqual(['us-forces']);
    expect(namedActors('pasukan Rusia')).toEqual(['russian-forces']);
    expect(namedActors('hêzên Tirk')).toEqual(['turkish-military']);
  });

  it('reads the adjective before the army word: Russian, Ukrainian, Turkish, Hindi, Urdu', () => {
    expect(namedActors('украинские военные')).toEqual(['ukrainian-forces']);
    expect(namedActors('Rus askerleri')).toEqual(['russian-forces']);
    expect(namedActors('रूसी सेना')).toEqual(['russian-forces']);
    expect(namedActors('اسرائیلی فوج')).toEqual(['israeli-military']);
    expect(namedActors('ABD güçleri')).toEqual(['us-forces']);
  });

  it('reads a genitive country after the army word ("Збройні сили Росії", "армия РФ")', () => {
    expect(namedActors('Збройні сили Росії')).toEqual(['russian-forces']);
    expect(namedActors('войска России')).toEqual(['russian-forces']);
  });

  it('needs the army or attack word: the adjective or the country alone names nobody', () => {
    expect(namedActors('турецкие туристы')).toEqual([]);
    expect(namedActors('tentara')).toEqual([]);
    expect(namedActors('Rusia')).toEqual([]);
  });

  it("does not read an English country after an English attack verb as that country's forces", () => {
    expect(namedActors('Officials feared the militia would attack Israel again')).toEqual([]);
  });
});

describe('group names as other languages write them', () => {
  it('knows Turkish, Italian, Hebrew, Hindi and Somali names of the Islamic State, Hamas and al-Shabaab', () => {
    expect(namedActors('DAİŞ militanları')).toEqual(['islamic-state']);
    expect(namedActors("un commando dell'Isis")).toEqual(['islamic-state']);
    expect(namedActors('חמאס')).toEqual(['hamas']);
    expect(namedActors('इस्लामिक स्टेट')).toEqual(['islamic-state']);
    expect(namedActors('Ciidanka Xoogga Dalka')).toEqual(['somali-national-army']);
  });

  it('keeps "dais" an English word: the Turkish name must be in capitals', () => {
    expect(namedActors('the speaker stepped onto the dais')).toEqual([]);
  });

  it('knows the Papuan armed group by the labels Indonesian news gives it', () => {
    expect(namedActors('KKB menembak seorang prajurit')).toEqual(['tpnpb-opm']);
    expect(namedActors('Kelompok Separatis Teroris')).toEqual(['tpnpb-opm']);
  });

  it('knows the Revolutionary Guards, the Houthis and the Syrian regime in Arabic, Persian and Bulgarian', () => {
    expect(namedActors('الحرس الثوري')).toEqual(['iranian-forces']);
    expect(namedActors('سپاه پاسداران')).toEqual(['iranian-forces']);
    expect(namedActors('хутите')).toEqual(['houthis']);
    expect(namedActors('قوات النظام')).toEqual(['syrian-army']);
  });
});

describe('claims in other languages', () => {
  it('reads a claim of responsibility in French, Arabic and Hindi', () => {
    const fr = run('Attaque contre un poste militaire', 'Le JNIM a revendiqué l’attaque qui a tué six gendarmes près de la frontière.');
    expect(fr.actors.find((a) => a.id === 'jnim')?.role).toBe('claimed');
    const ar = run('هجوم على حاجز أمني', 'تبنت حركة الشباب الهجوم الذي أسفر عن مقتل أربعة جنود.');
    expect(ar.actors.find((a) => a.id === 'al-shabaab')).toBeDefined();
  });
});

describe('the maker of an attack named after the attack noun', () => {
  it('is its perpetrator: "attaque de Boko Haram", "ataque del ELN"', () => {
    const role = (title: string, content: string, id: string) => run(title, content).actors.find((a) => a.id === id)?.role;
    expect(
      role('Tchad : neuf soldats tués près de Bol', "Une attaque de Boko Haram contre un poste de l'armée a tué neuf soldats jeudi près de Bol.", 'boko-haram'),
    ).toBe('perpetrator');
    expect(role('Colombia: mueren dos policías', 'Un ataque del ELN contra una patrulla mató a dos policías el lunes en Arauca.', 'eln')).toBe('perpetrator');
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

describe('actors met in the same reports', () => {
  it('reads "an attack … claimed by" a group as its claim, with the speakers after a comma', () => {
    const x = run(
      'Gunmen storm ministry in Kandahar',
      'Gunmen stormed a ministry office in Kandahar on Tuesday in an attack claimed by the Islamic State group, a provincial spokesman said.',
    );
    expect(x.actors).toContainEqual(expect.objectContaining({ id: 'islamic-state', role: 'claimed' }));
  });
});

describe('a state force in the perfect tense with its victims after it is the attacker', () => {
  it('still reads soldiers who "have been killed" as the ones hit', () => {
    const found = actors('Soldiers killed in ambush', 'Four Israeli soldiers have been killed in a Hamas ambush near Rafah, the army said.');
    expect(found).toContain('hamas:perpetrator');
    expect(found).not.toContain('israeli-military:perpetrator');
  });
});

describe('the names regional outlets give the forces and the gangs', () => {
  it("names Ecuador's gangs and their factions", () => {
    const ids = actorIds(
      'Ataque armado en un bar de Esmeraldas deja cinco muertos',
      'Sicarios mataron a cinco personas en un bar de Esmeraldas; la policía atribuye el ataque a una disputa entre Los Choneros y los Tiguerones Igualitos.',
    );
    expect(ids).toContain('los-choneros');
    expect(ids).toContain('los-tiguerones');
  });
});

describe('an attack told in the passive with its attackers', () => {
  it('is an attack, an assault by gunmen or militants', () => {
    const x = run('Checkpoint attacked by militants in Tank', 'A police checkpoint was attacked by militants in Tank district on Sunday night, police said.');
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['armed_assault']);
    expect(x.actors.map((a) => `${a.id}:${a.role}`)).not.toContain('security-forces:perpetrator');
  });
});
