/**
 * Round 27: actors' names in the forms news writes them beyond the catalogue's listed ones, made
 * when the catalogue is compiled (src/extract/actor-forms.ts): traditional Chinese, Slavic
 * adjectives in every case, genitive links to a country's name, Arabic prepositions joined to a head.
 */
import { describe, expect, it } from 'vitest';
import { adjectiveForms, genitiveForms, traditionalForm } from '../../src/extract/actor-forms.js';
import { extractStory as run } from '../helpers/extraction.js';

const actorIds = (title: string, content = '') => run(title, content).actors.map((a) => a.id);

describe('traditional Chinese', () => {
  it('reads the simplified names of the catalogue in traditional characters', () => {
    expect(actorIds('以色列軍隊昨晚空襲加沙北部，至少九人喪生')).toContain('israeli-military');
    expect(actorIds('俄軍無人機襲擊哈爾科夫，兩名平民死亡')).toContain('russian-forces');
    expect(actorIds('青年黨武裝分子在摩加迪沙發動自殺式炸彈襲擊，十二人死亡')).toContain('al-shabaab');
    expect(actorIds('真主黨向以色列北部發射火箭')).toContain('hezbollah');
  });

  it('the names Taiwan gives the Taliban and Hamas', () => {
    expect(actorIds('神學士槍手襲擊喀布爾一處檢查站，三名警察死亡')).toContain('taliban');
    expect(actorIds('哈瑪斯武裝人員向以色列南部發射火箭')).toContain('hamas');
  });

  it('a word between the name and the attack word still makes another phrase', () => {
    // Iran launched strikes on Israel: no Israeli attack.
    expect(actorIds('伊朗對以色列發動空襲，以色列稱攔截多數飛彈')).not.toContain('israeli-military');
  });

  it('the table maps character for character', () => {
    expect(traditionalForm('俄军', { 军: '軍' })).toBe('俄軍');
    expect(traditionalForm('塔利班', { 军: '軍' })).toBeUndefined();
    expect(traditionalForm('Hamas', { 军: '軍' })).toBeUndefined();
  });
});

describe('Slavic adjectives and nouns in their cases', () => {
  it('Polish adjectives of a country before its forces or its attacks', () => {
    expect(actorIds('Ostrzał rosyjskich sił zabił czterech mieszkańców Chersonia')).toContain('russian-forces');
    expect(actorIds('Atak rosyjskich wojsk na Zaporoże, nie żyje sześć osób')).toContain('russian-forces');
    expect(actorIds('Izraelskie naloty na Strefę Gazy: zginęło co najmniej 15 osób')).toContain('israeli-military');
    expect(actorIds('Nad ranem Charków zaatakowały rosyjskie drony, dwie osoby nie żyją')).toContain('russian-forces');
  });

  it('Czech and Slovak adjectives in their cases', () => {
    expect(actorIds('Útok ruských vojsk na Charkov zabil tři civilisty')).toContain('russian-forces');
    expect(actorIds('Při ruském útoku na Oděsu zemřeli dva lidé')).toContain('russian-forces');
    expect(actorIds('Izraelské nálety na Gazu zabily nejméně deset lidí')).toContain('israeli-military');
  });

  it('the Taliban and the Houthis as Polish and Czech news name them', () => {
    expect(actorIds('Zamach talibów w prowincji Kunduz, zginęło siedmiu policjantów')).toContain('taliban');
    expect(actorIds('Statek na Morzu Czerwonym trafiony pociskiem hutystów')).toContain('houthis');
    expect(actorIds('Útok tálibánců na kontrolní stanoviště zabil pět vojáků')).toContain('taliban');
  });

  it('a country adjective before no word for forces or attacks names no actor', () => {
    expect(actorIds('Autobus z rosyjskimi turystami spadł w przepaść, zginęło dziesięć osób')).not.toContain('russian-forces');
    expect(actorIds('Nehoda autobusu s ruskými turisty si vyžádala osm obětí')).not.toContain('russian-forces');
  });

  it('an adjective is written in the other endings of its family; a short stem and acronyms are not', () => {
    const forms = adjectiveForms(['rosyjskie', 'wojska'], [['skie', 'skich', 'skimi']]).map((f) => f.join(' '));
    expect(forms).toEqual(['rosyjskich wojska', 'rosyjskimi wojska']);
    expect(adjectiveForms(['skie'], [['skie', 'skich']])).toEqual([]);
  });
});

describe('a country named in the genitive names its forces', () => {
  it('a link before the name, after the head (Spanish, Italian, Portuguese, French)', () => {
    expect(actorIds("L'esercito di Israele ha colpito un campo profughi a Gaza: 11 morti")).toContain('israeli-military');
    expect(actorIds('Un ataque de Irán con misiles deja dos heridos en Haifa')).toContain('iranian-forces');
    expect(actorIds("Les frappes de l'Ukraine sur la région de Belgorod font trois morts")).toContain('ukrainian-forces');
  });

  it('a postposition between name and head (Hindi, Urdu) or an ending joined to the name (Bengali)', () => {
    expect(actorIds('इज़राइल की सेना ने गाज़ा में एक स्कूल पर बमबारी की, 20 लोगों की मौत')).toContain('israeli-military');
    expect(actorIds('रूस के ड्रोन हमले में कीव में चार लोगों की मौत')).toContain('russian-forces');
    expect(actorIds('ইসরায়েলের বিমান হামলায় গাজায় দশজন নিহত')).toContain('israeli-military');
  });

  it('Japanese "no" between the name and the weapon', () => {
    expect(actorIds('ウクライナのドローンがロシア南部の製油所を攻撃、1人死亡')).toContain('ukrainian-forces');
    expect(actorIds('イスラエルのミサイルがベイルート郊外に着弾、4人死亡')).toContain('israeli-military');
    // An attack "on" Israel: "への" is no genitive of the attacker.
    expect(actorIds('イランによるイスラエルへの攻撃で3人負傷')).not.toContain('israeli-military');
  });

  it('a word between the genitive and the head makes it no genitive of the attack', () => {
    // An attack against Israel, by Hezbollah.
    const x = actorIds('इज़राइल के खिलाफ हमला: हिज़्बुल्लाह ने रॉकेट दागे');
    expect(x).not.toContain('israeli-military');
    // An attack "on" Iran is no Iranian attack.
    expect(actorIds('Un ataque contra Irán deja cinco muertos en Teherán')).not.toContain('iranian-forces');
  });

  it('makes each name with each link, the elided ones joined to a vowel', () => {
    const g = genitiveForms(['Israel', 'Iran', 'US'], { links: ['de'], elided: ['d'], postpositions: ['की'], endings: ['ের'] });
    expect(g.suffixes.map((s) => s.join(' '))).toEqual(['de israel', 'disrael', 'de iran', 'diran']);
    // "की" is Devanagari, the names Latin; "US" is too short to be read as a genitive.
    expect(g.linked).toEqual([]);
  });
});

describe('Arabic prepositions joined to a head', () => {
  it('"bi-" and "li-" before the attack word or the forces', () => {
    expect(actorIds('مقتل ثلاثة في هجوم بطائرة مسيرة إسرائيلية على سيارة جنوب لبنان')).toContain('israeli-military');
    expect(actorIds('قتلى بغارة إسرائيلية على منزل في خان يونس')).toContain('israeli-military');
    expect(actorIds('تقدم لقوات روسية قرب بلدة في دونيتسك بعد قصف عنيف')).toContain('russian-forces');
  });
});

describe('a name joined to an elided article or preposition (French, Italian)', () => {
  it('reads "l\'", "d\'", "dell\'" joined to a name that starts with a vowel', () => {
    expect(actorIds("L'Ambazonia Defense Force revendique l'enlèvement de vingt villageois près de Bamenda")).toContain('ambazonian-separatists');
    expect(actorIds("Un attentato dell'Isis contro una moschea in Siria uccide dieci fedeli")).toContain('islamic-state');
    expect(actorIds("Des combattants d'Al-Shabaab attaquent une base militaire en Somalie")).toContain('al-shabaab');
  });

  it('a word that only starts like a name is none', () => {
    expect(actorIds("L'isolement des villages inquiète les autorités après les pluies")).toEqual([]);
  });
});
