/**
 * Places and the country of an attack: the case tables of cases/places.ts, one test a case, and
 * below them the checks that need more than a story read whole (a figure finder, the catalogue, a
 * trace).
 */
import { describe, expect, it } from 'vitest';
import { type Extraction, placeLabel } from '../../src/extract/analysis.js';
import { commonName, writtenName } from '../../src/extract/gazetteer/display-name.js';
import { prepareDocument } from '../../src/extract/index.js';
import { phraseKey } from '../../src/extract/normalize.js';
import { readsCases, extractStory as run, shippedEngine } from '../helpers/extraction.js';
import { placeCases } from './cases/places.js';

readsCases(placeCases);

const labels = (x: Extraction) => x.places.map(placeLabel);

const names = (x: Extraction) => x.places.map((p) => p.name);

describe('the attack country', () => {
  it('finds big cities by the short form without the Arabic article, and with it', () => {
    expect(
      run('Roadside bomb wounds three in Kut', 'A roadside bomb went off in central Kut on Sunday, wounding three people, a police source said.').countries,
    ).toEqual(['IQ']);
    expect(shippedEngine().gazetteer.candidates('al ramadi')[0]?.country).toBe('IQ');
    expect(shippedEngine().gazetteer.candidates('hillah')[0]?.country).toBe('IQ');
  });
});

describe('countries of places named with a region word, borders and territory', () => {
  it("rockets that fell in a neighbour's territory vote for that country", () => {
    const { trace } = shippedEngine().explain(
      prepareDocument({ title: 'Rockets fired at northern Israel', content: 'Two rockets were fired on Monday. Two more rockets fell in Lebanese territory.' }),
    );
    expect(trace.countryVotes.LB).toBeGreaterThan(0);
  });
});

describe('round 26: Hebrew "from" joined to a name or to the word before it gives no vote to the launch site', () => {
  const votes = (title: string, content: string) => shippedEngine().explain(prepareDocument({ title, content })).trace.countryVotes;
  it('"מלבנון" (from Lebanon), "from" joined to the name', () => {
    expect(votes('רקטות שוגרו מלבנון', 'שתי רקטות שוגרו הערב מלבנון לעבר חיפה ויורטו.').LB).toBeUndefined();
  });
  it('"משטח לבנון" (from Lebanese territory), "from" joined to the word before', () => {
    expect(votes('רקטות שוגרו משטח לבנון', 'שתי רקטות שוגרו הערב משטח לבנון לעבר נהריה ויורטו.').LB).toBeUndefined();
  });
  it('look-alike: "בלבנון" (in Lebanon) is the scene', () => {
    expect(votes('תקיפה בלבנון', 'שני אנשים נהרגו הערב בתקיפה אווירית בלבנון.').LB).toBeGreaterThan(0);
  });
});

describe('round 26: a country followed by a Hausa, Swahili or Indonesian function word is a place, not an adjective', () => {
  const votes = (title: string, content: string) => shippedEngine().explain(prepareDocument({ title, content })).trace.countryVotes;
  it('Hausa "a Kamaru tare da" (in Cameroon, together with)', () => {
    expect(votes('Harin yan bindiga', 'Yan bindiga sun kashe mutum biyar a Kamaru tare da raunata wasu uku.').CM).toBeGreaterThanOrEqual(0.4);
  });
  it('Hausa "a Najeriya inda" (in Nigeria, where)', () => {
    expect(votes('Harin yan bindiga', 'Yan bindiga sun kashe mutum biyar a Najeriya inda suka kona gidaje.').NG).toBeGreaterThanOrEqual(0.4);
  });
  it('Swahili "Somalia kwa" (Somalia by)', () => {
    expect(votes('Shambulizi', 'Watu watano waliuawa Somalia kwa bomu la kutegwa barabarani.').SO).toBeGreaterThanOrEqual(0.4);
  });
  it('look-alike: "a US base" is still an adjective, no vote for the US', () => {
    expect(votes('Drone hits base', 'A drone hit a US base in Syria on Monday, wounding two soldiers.').US).toBeUndefined();
  });
});

describe('place names in other scripts come from the gazetteer data', () => {
  it('finds cities and countries by their Cyrillic and Arabic names', () => {
    const g = shippedEngine().gazetteer;
    const first = (name: string) => g.candidates(phraseKey(name))[0]?.id;
    expect(first('Херсон')).toBe(first('Kherson'));
    expect(first('بغداد')).toBe(first('Baghdad'));
    expect(first('العراق')).toBe('country:IQ');
    expect(first('Україна')).toBe('country:UA');
    expect(first('كان')).toBeUndefined();
  });

  it('finds countries by their Chinese, Japanese, Korean and Hebrew names, and a name however its words were cut (round 23)', () => {
    const g = shippedEngine().gazetteer;
    const first = (name: string) => g.candidates(phraseKey(name))[0]?.id;
    expect(['中国', '以色列', '乌克兰', 'ロシア', '러시아', 'ישראל', 'לבנון'].map(first)).toEqual([
      'country:CN',
      'country:IL',
      'country:UA',
      'country:RU',
      'country:RU',
      'country:IL',
      'country:LB',
    ]);
    expect(first('加沙城')).toBe('geonames:281133');
    expect(g.candidates('加 沙 城')[0]?.id).toBe('geonames:281133');
    expect(first('ゴム')).toBeUndefined();
    expect(first('הודו')).toBeUndefined();
  });
});

describe('airports', () => {
  it('reads "<city> airport" as the civil airport, not as an air base', () => {
    const x = run(
      'Drone strikes Erbil airport',
      'A drone loaded with explosives hit Erbil airport late on Monday, the regional counter-terrorism office said.',
    );
    expect(x.places[0]).toMatchObject({ id: 'airport:erbil-airport', kind: 'airport', country: 'IQ' });
    expect(x.places.some((p) => p.kind === 'base')).toBe(false);
    expect(x.targets).not.toContain('base');
  });

  it('still reads an air base named as such', () => {
    const x = run('Rockets hit Erbil air base', 'Three rockets struck the Erbil air base used by coalition troops on Sunday, officials said.');
    expect(x.places[0]).toMatchObject({ kind: 'base', country: 'IQ' });
  });
});

describe('the name shown to readers', () => {
  it('is the text’s own spelling of a town, not the gazetteer’s transliteration', () => {
    const x = run('Market bomb kills nine in Kut', 'A bomb hidden in a cart exploded in a crowded market in Kut on Tuesday evening, police said.');
    expect(x.places[0]).toMatchObject({ name: 'Al Kūt', label: 'Kut', country: 'IQ' });
  });

  it('drops transliteration marks where the text spells no name in Latin letters', () => {
    expect(commonName('Ţarţūs')).toBe('Tartus');
    expect(commonName('Al Ḩasakah')).toBe('Al Hasakah');
    expect(commonName('Şırnak')).toBe('Sirnak');
    expect(writtenName('MOGADISHU')).toBe('Mogadishu');
    expect(writtenName("Somalia's")).toBe('Somalia');
    expect(writtenName('Белгород')).toBeUndefined();
  });
});

describe('datelines and reference places', () => {
  it('takes "N km north of the capital X" for a reference, not a second scene', () => {
    const x = run(
      'Rockets hit Balad air base',
      'Three rockets landed inside Balad air base, 80 km north of the capital Baghdad, causing no casualties, officials said.',
    );
    expect(x.places[0]).toMatchObject({ kind: 'base' });
    expect(labels(x)).not.toContain('Baghdad');
  });
});

describe('a road between two towns named as the scene', () => {
  it('lists both ends, in the order the text gives them, beside the region the title names', () => {
    const x = run(
      'Landmine kills six traders in Borno',
      'A landmine planted by insurgents killed six traders on the Maiduguri-Bama road on Monday, a militia leader said.',
    );
    expect(x.countries).toEqual(['NG']);
    expect(labels(x)).toContain('Maiduguri');
    expect(labels(x).indexOf('Bama')).toBe(labels(x).indexOf('Maiduguri') + 1);
  });
});

describe('a title’s place, a border and a wire’s bureau', () => {
  it('a town the title names as what was shelled is the scene, though the body does not repeat it', () => {
    const x = run('Росіяни обстріляли Добропілля: поранено семеро людей', 'Про це повідомив голова обласної адміністрації. Пошкоджено два будинки.');
    expect(x.countries).toEqual(['UA']);
    expect(names(x)).toEqual(['Dobropillia']);
  });
});

describe('news in Arabic script', () => {
  it('does not read the word for "spring" that opens many names as a town of its own', () => {
    // "عين" opens Ain Issa, Ain al-Arab… and, with the article folded away, is also Al Ain.
    const x = run('هجوم بطائرة مسيرة على قاعدة عين زالة في العراق', 'استهدف هجوم بطائرة مسيرة قاعدة عين زالة في العراق صباح اليوم دون وقوع اصابات.');
    expect(x.countries).toEqual(['IQ']);
    expect(x.places.map((p) => p.country)).not.toContain('AE');
  });

  it('does not read a short everyday word as a foreign town’s transliteration', () => {
    // "وهو" (and it is) was Wuhu, "وان" (and that) Van, "كيف" (how) Kyiv.
    const x = run(
      'مقتل ثلاثة في تفجير',
      'قتل ثلاثة اشخاص في تفجير عبوة ناسفة قرب قرية صغيرة في سوريا، وهو الهجوم الثاني هذا الاسبوع، وان الشرطة لا تعرف كيف وقع.',
    );
    expect(x.countries).toEqual(['SY']);
    expect(x.places.map((p) => p.country)).not.toContain('CN');
  });
});

describe("Arabic news of an armed group's attack", () => {
  it('reads the group after a verb of carrying the attack out as its maker, and the attack as an assault', () => {
    const x = run('مقتل 40 جنديا في هجوم نفذته جماعة بوكو حرام', 'قال الجيش إن 40 جنديا قتلوا في هجوم نفذته جماعة بوكو حرام على قاعدة عسكرية يوم الأحد.');
    expect(x.actors.find((a) => a.id === 'boko-haram')?.role).toBe('perpetrator');
    expect(x.attackTypes).toEqual(['armed_assault']);
  });
});

describe('a word that is a town abroad, unmarked as a name, beside the scene the text names', () => {
  it('is no place when a Title Case title holds it and the report puts the scene far away', () => {
    // "Kian" (ever more) is also Ji'an, a Chinese city of half a million.
    const x = run(
      'Serangan Kian Brutal, Dua Polisi Terluka Ditembak',
      'Dua anggota polisi terluka setelah kelompok bersenjata menembaki pos mereka di Kabupaten Intan Jaya, Papua, Minggu pagi.',
    );
    expect(x.countries).toEqual(['ID']);
    expect(x.places.map((p) => p.country)).not.toContain('CN');
  });
});

describe('a Turkish name with a case ending joined is a place, not an adjective', () => {
  it('keeps an Arabic name ending in a vowel after its apostrophe whole', () => {
    const norms = prepareDocument({ title: "Sana'a and Dar'a, Irak'ı, İsrail'e", content: '' }).tokens.map((t) => t.norm);
    expect(norms).toEqual(['sanaa', 'and', 'dara', 'irak', 'israil']);
  });
});
