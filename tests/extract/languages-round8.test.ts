/**
 * Round 8 (issue 11): news not in English. Who attacked, as other languages name armed groups and
 * state forces: a word for an army or its troops with the country's adjective before it (Slavic,
 * German, Turkish, Hindi, Urdu) or after it (Romance, Arabic, Persian, Indonesian, Kurdish),
 * group names in more languages and scripts, and a country that fires after an auxiliary. Each
 * story is our own, with invented facts.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/normalize.js';
import { extractStory as run, shippedEngine } from '../helpers/extraction.js';

const ids = (title: string, content = '') => run(title, content).actors.map((a) => a.id);
const named = (text: string) =>
  shippedEngine()
    .actors.mentions(tokenize(text), text)
    .map((m) => m.actor.id);

describe('forces of a country, from one list of army words per language', () => {
  it('reads the adjective after the army word: French, Spanish, Italian, Arabic, Persian, Indonesian, Kurdish', () => {
    expect(named('les troupes ukrainiennes avançaient')).toEqual(['ukrainian-forces']);
    expect(named('las fuerzas armadas rusas')).toEqual(['russian-forces']);
    expect(named("l'esercito israeliano")).toEqual(['israeli-military']);
    expect(named('القوات التركية')).toEqual(['turkish-military']);
    expect(named('نیروهای آمریکایی')).toEqual(['us-forces']);
    expect(named('pasukan Rusia')).toEqual(['russian-forces']);
    expect(named('hêzên Tirk')).toEqual(['turkish-military']);
  });

  it('reads the adjective before the army word: Russian, Ukrainian, Turkish, Hindi, Urdu', () => {
    expect(named('украинские военные')).toEqual(['ukrainian-forces']);
    expect(named('Rus askerleri')).toEqual(['russian-forces']);
    expect(named('रूसी सेना')).toEqual(['russian-forces']);
    expect(named('اسرائیلی فوج')).toEqual(['israeli-military']);
    expect(named('ABD güçleri')).toEqual(['us-forces']);
  });

  it('reads a genitive country after the army word ("Збройні сили Росії", "армия РФ")', () => {
    expect(named('Збройні сили Росії')).toEqual(['russian-forces']);
    expect(named('войска России')).toEqual(['russian-forces']);
  });

  it('needs the army or attack word: the adjective or the country alone names nobody', () => {
    expect(named('турецкие туристы')).toEqual([]);
    expect(named('tentara')).toEqual([]);
    expect(named('Rusia')).toEqual([]);
  });

  it("does not read an English country after an English attack verb as that country's forces", () => {
    expect(named('Officials feared the militia would attack Israel again')).toEqual([]);
  });

  it('finds the attacker in a whole story in Arabic and in French', () => {
    expect(ids('قصف مدفعي للجيش الإسرائيلي على بلدة حدودية', 'قتل مدنيان في قصف مدفعي للجيش الإسرائيلي على بلدة حدودية صباح اليوم.')).toContain(
      'israeli-military',
    );
    expect(ids('Des frappes de drones tuent trois civils', 'Les troupes russes ont lancé des drones sur un village, tuant trois civils.')).toContain(
      'russian-forces',
    );
  });
});

describe('group names as other languages write them', () => {
  it('knows Turkish, Italian, Hebrew, Hindi and Somali names of the Islamic State, Hamas and al-Shabaab', () => {
    expect(named('DAİŞ militanları')).toEqual(['islamic-state']);
    expect(named("un commando dell'Isis")).toEqual(['islamic-state']);
    expect(named('חמאס')).toEqual(['hamas']);
    expect(named('इस्लामिक स्टेट')).toEqual(['islamic-state']);
    expect(named('Ciidanka Xoogga Dalka')).toEqual(['somali-national-army']);
  });

  it('keeps "dais" an English word: the Turkish name must be in capitals', () => {
    expect(named('the speaker stepped onto the dais')).toEqual([]);
  });

  it('knows the Papuan armed group by the labels Indonesian news gives it', () => {
    expect(named('KKB menembak seorang prajurit')).toEqual(['tpnpb-opm']);
    expect(named('Kelompok Separatis Teroris')).toEqual(['tpnpb-opm']);
  });

  it('knows the Revolutionary Guards, the Houthis and the Syrian regime in Arabic, Persian and Bulgarian', () => {
    expect(named('الحرس الثوري')).toEqual(['iranian-forces']);
    expect(named('سپاه پاسداران')).toEqual(['iranian-forces']);
    expect(named('хутите')).toEqual(['houthis']);
    expect(named('قوات النظام')).toEqual(['syrian-army']);
  });
});

describe('a country that fired, told with an auxiliary', () => {
  it('reads "X a tiré", "X ha lanzado" and a simple past "X lanzó" as that country\'s forces attacking', () => {
    expect(ids('Nuit de frappes sur Odessa', 'La Russie a tiré douze missiles sur Odessa dans la nuit, blessant quatre personnes.')).toContain(
      'russian-forces',
    );
    expect(ids('Ataque nocturno contra Járkov', 'Rusia lanzó cuarenta drones contra Járkov durante la noche y hirió a cinco personas.')).toContain(
      'russian-forces',
    );
  });

  it('does not read "a" as an auxiliary when no participle of firing follows', () => {
    expect(ids('La Russie a annoncé des exercices', 'La Russie a annoncé des exercices navals en mer Noire.')).not.toContain('russian-forces');
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
