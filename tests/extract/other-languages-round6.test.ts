/**
 * Sixth round (issue 11): news not in English. Cyrillic (Russian, Ukrainian, Bulgarian), Arabic and
 * Persian script, and Latin-script languages beyond the wire six (Turkish, Dutch, Swedish,
 * Indonesian): folding, attack words, tolls, number words, actors and place names in those
 * scripts. Each story is our own, with invented or paraphrased facts.
 */
import { describe, expect, it } from 'vitest';
import { phraseKey, prepareDocument } from '../../src/extract/normalize.js';
import { extractStory as run, shippedEngine } from '../helpers/extraction.js';

const countries = (title: string, content = '') => run(title, content).countries;

describe('folding of other scripts', () => {
  it('reads Arabic letter variants, the article and joined "and" as one word', () => {
    expect(phraseKey('المدينة')).toBe(phraseKey('مدينه'));
    expect(phraseKey('والموصل')).toBe(phraseKey('الموصل'));
    expect(phraseKey('بالموصل')).toBe(phraseKey('موصل'));
    expect(phraseKey('وإصابة')).toBe(phraseKey('اصابة'));
    expect(phraseKey('کشته')).toBe(phraseKey('كشته'));
    expect(phraseKey('إيران')).toBe(phraseKey('ايران'));
  });

  it('reads Eastern Arabic and Persian digits as figures', () => {
    expect(phraseKey('٢٥')).toBe('25');
    expect(phraseKey('۱۲')).toBe('12');
  });

  it('drops a Turkish case suffix after an apostrophe in text, not in the data names', () => {
    const doc = prepareDocument({ title: "Van'da patlama, Ankara'nın açıklaması" });
    expect(doc.tokens.map((t) => t.norm)).toContain('van');
    expect(doc.tokens.map((t) => t.norm)).toContain('ankara');
    // A transliterated soft sign is part of a name.
    expect(phraseKey("Ful'da")).toBe('fulda');
  });

  it('ends sentences before an Arabic word', () => {
    const doc = prepareDocument({ title: 'عنوان', content: 'انفجرت سيارة في السوق. وقالت الشرطة إن التحقيق بدأ' });
    const last = doc.tokens.at(-1)!;
    expect(last.sentence).toBeGreaterThan(doc.tokens[1]!.sentence);
    expect(last.caseless).toBe(true);
  });
});

describe('Cyrillic reports', () => {
  it('a Russian report of shelling with the toll after the verb', () => {
    const a = run(
      'Армия РФ обстреляла Харьков',
      'Российские военные утром обстреляли Харьков. Погибли по меньшей мере два человека. Ещё шесть человек ранены.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['mortar_artillery']);
    expect(a.countries).toEqual(['UA']);
    expect(a.casualties).toEqual({ killed: 2, injured: 6 });
    expect(a.actors.map((x) => x.id)).toContain('russian-forces');
  });

  it('a verb-first toll followed by "ещё N" after a comma is two groups', () => {
    const a = run('Обстрел Херсона', 'Российские войска обстреляли Херсон: погибли два человека, ещё шесть ранены.');
    expect(a.casualties).toEqual({ killed: 2, injured: 6 });
  });

  it('a Ukrainian missile strike on a declined city name, with number words', () => {
    const a = run('Ракетний удар по Одесі', 'Росіяни завдали ракетного удару по Одесі. Троє людей загинули, ще п’ятеро отримали поранення.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['missile']);
    expect(a.countries).toEqual(['UA']);
    expect(a.casualties).toEqual({ killed: 3, injured: 5 });
  });

  it('a Ukrainian report that no one was hurt', () => {
    const a = run('Дрони атакували Полтаву', 'Уночі ворожі дрони атакували Полтаву. Обійшлося без жертв, пошкоджено склад.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.casualties).toEqual({ killed: 0, injured: 0 });
  });

  it('a country named in a declined form', () => {
    expect(countries('Авиаудар в Сирии', 'Самолеты нанесли авиаудар по окраине Идлиба в Сирии, погибли четыре человека.')).toEqual(['SY']);
  });

  it("a region named by its city's adjective, after a capitalised preposition", () => {
    expect(countries('В Курской области при обстреле погиб один человек', 'Снаряд попал в частный дом в селе у границы.')).toEqual(['RU']);
    expect(countries('Удар по Сумській громаді', 'Дрон влучив у житловий будинок, двоє людей загинули.')).toEqual(['UA']);
  });

  it('a household gas explosion in Russian is no attack', () => {
    const a = run('Взрыв газа в жилом доме в Самаре', 'В пятиэтажном доме произошел взрыв бытового газа. Погибли три человека, пятеро пострадали.');
    expect(a.isAttack).toBe(false);
  });

  it('exercises with ballistic missile launches are no attack', () => {
    const a = run('Учения ракетных войск', 'Министр наблюдал за учебными пусками баллистических ракет, учебные цели поражены.');
    expect(a.isAttack).toBe(false);
  });

  it('a farmer killed by an old mine while ploughing (Bulgarian) is no attack', () => {
    const a = run('Фермер загина след взрив на мина', 'Край Харков трактор натъкнал на мина от войната, докато фермерът орал нивата си.');
    expect(a.isAttack).toBe(false);
  });
});

describe('Arabic and Persian reports', () => {
  it('a roadside bomb with Eastern Arabic digits and the wounded after the killed', () => {
    const a = run('مقتل ٣ جنود وإصابة ٥ آخرين بانفجار عبوة ناسفة في الموصل', 'انفجرت عبوة ناسفة على جانب الطريق أثناء مرور دورية للجيش في الموصل.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['IQ']);
    expect(a.casualties).toEqual({ killed: 3, injured: 5 });
  });

  it('"killing and wounding of N" is a figure of neither kind', () => {
    const a = run('مقتل وإصابة 12 بتفجير سيارة مفخخة في كركوك', 'فجر انتحاري سيارة مفخخة قرب سوق شعبي في كركوك.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied', 'suicide_attack']);
    expect(a.casualties).toEqual({ killed: null, injured: null });
  });

  it('a group named in Arabic and no casualties', () => {
    const a = run('هجوم بطائرة مسيرة على قاعدة عسكرية', 'تبنى تنظيم داعش هجوما بطائرة مسيرة على قاعدة في دير الزور دون وقوع أي إصابات.');
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.actors.map((x) => x.id)).toContain('islamic-state');
    expect(a.casualties).toEqual({ killed: 0, injured: 0 });
  });

  it('a Persian drone attack with Persian digits', () => {
    const a = run('حمله پهپادی به یک پایگاه در کرمانشاه', 'در این حمله ۴ نفر کشته و ۷ نفر زخمی شدند.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.countries).toEqual(['IR']);
    expect(a.casualties).toEqual({ killed: 4, injured: 7 });
  });

  it('an Israeli drone strike told in Arabic names the Israeli forces, and "البلاد" (the land) is no town', () => {
    const a = run('مقتل رجلين في غارة إسرائيلية بطائرة مسيرة جنوب لبنان', 'استهدفت الغارة دراجة نارية قرب بلدة في جنوب البلاد، بحسب الوكالة الوطنية.');
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.actors.map((x) => x.id)).toContain('israeli-military');
    expect(a.countries).toEqual(['LB']);
  });

  it('an everyday Arabic word is no place ("كان", was, is also a French city)', () => {
    const a = run('انفجار عبوة ناسفة في البصرة', 'قال مصدر أمني إن عبوة ناسفة كان قد زرعها مجهولون انفجرت قرب سوق في البصرة.');
    expect(a.countries).toEqual(['IQ']);
  });
});

describe('Latin-script languages beyond the wire six', () => {
  it('a Turkish roadside bomb with the place carrying a case suffix', () => {
    const a = run("Diyarbakır'da bombalı saldırı: 2 şehit, 4 yaralı", "Diyarbakır'ın kırsalında askeri araca el yapımı patlayıcı ile saldırı düzenlendi.");
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['TR']);
    expect(a.casualties).toEqual({ killed: 2, injured: 4 });
  });

  it('a Turkish gas explosion is no attack', () => {
    const a = run('Bursa’da doğalgaz patlaması', 'Bir apartman dairesinde doğalgaz patlaması meydana geldi, 2 kişi yaralandı.');
    expect(a.isAttack).toBe(false);
  });

  it('a Dutch roadside bomb and the Turkish army named in Dutch', () => {
    const a = run('Bermbom doodt zes soldaten in Kandahar', 'Het Turkse leger was niet betrokken. De aanslag werd niet opgeëist.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['AF']);
    expect(a.casualties.killed).toBe(6);
  });

  it('a Swedish shooting with the toll after the figure', () => {
    const a = run('Skottlossning i Uppsala', 'Två personer dödades och tre skadades vid en skottlossning på en pizzeria i Uppsala i kväll.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['SE']);
    expect(a.casualties).toEqual({ killed: 2, injured: 3 });
  });

  it('Turkish wounded in the perfect, Indonesian "no loss of life"', () => {
    const tr = run("Siirt'te karakola saldırı", 'Karakola roketatarlı saldırı düzenlendi, 3 asker yaralanmış oldu.');
    expect(tr.casualties.injured).toBe(3);
    const id = run('Bom meledak di pos polisi di Poso', 'Ledakan bom terjadi pagi ini di depan pos polisi. Tidak ada korban jiwa dalam peristiwa itu.');
    expect(id.isAttack).toBe(true);
    expect(id.casualties.killed).toBe(0);
  });

  it('an Indonesian suicide bombing', () => {
    const a = run('Bom bunuh diri di gereja Makassar', 'Ledakan bom bunuh diri di depan gereja menewaskan dua orang dan melukai 14 jemaat.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toContain('suicide_attack');
    expect(a.countries).toEqual(['ID']);
    expect(a.casualties).toEqual({ killed: 2, injured: 14 });
  });
});

describe("an attack named after a country's forces", () => {
  it.each([
    ['Ataque con drones rusos contra Járkov deja dos muertos', 'Dos civiles murieron en el barrio de Saltivka.'],
    ['Frappe de missiles russes sur Odessa', 'Un entrepôt du port a été touché, deux blessés.'],
    ['Russischer Drohnenangriff auf Sumy', 'Zwei Menschen wurden verletzt.'],
    ['Rysk robotattack mot Dnipro', 'Tre personer skadades.'],
    ['Российский удар по Запорожью', 'Ракета попала в склад, пострадали двое.'],
  ])('%s', (title, content) => {
    const a = run(title, content);
    expect(a.isAttack).toBe(true);
    expect(a.actors.map((x) => x.id)).toContain('russian-forces');
    expect(a.countries).toEqual(['UA']);
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
});
