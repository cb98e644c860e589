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

describe('strikes and forces in Arabic and French headlines', () => {
  it('reads "launched" in Arabic, past and headline present, with the coalition\'s aircraft', () => {
    const x = run('طائرات التحالف تشن غارات على مدينة ساحلية', 'شنت طائرات التحالف العربي أربع غارات على المدينة الساحلية.');
    expect(x.isAttack).toBe(true);
    expect(x.actors.map((a) => a.id)).toContain('saudi-led-coalition');
  });

  it('reads the occupation\'s shelling with the joined "li-" and an Arabic dual as two', () => {
    const x = run('قصف مدفعي للاحتلال على بلدة حدودية', 'أسفر قصف مدفعي لقوات الاحتلال على البلدة عن مقتل شخصين.');
    expect(x.actors.map((a) => a.id)).toContain('israeli-military');
    expect(x.casualties.killed).toBe(2);
  });

  it('reads French "frappe" in a headline and "des frappes" with a toll', () => {
    const x = run("L'armée turque frappe des villages kurdes : 6 morts", 'Des frappes de l’armée turque ont fait six morts dans trois villages.');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(6);
    expect(x.actors.map((a) => a.id)).toContain('turkish-military');
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

describe('attack reports in Hebrew, Somali, Indonesian and Turkish', () => {
  it('reads a Hebrew shooting attack, its dead in number words and its wounded', () => {
    const x = run('שלושה נרצחו בפיגוע ירי בצומת', 'מחבל פתח באש לעבר תחנת אוטובוס. שלושה נרצחו ושניים נפצעו בפיגוע.');
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toContain('armed_assault');
    expect(x.casualties.killed).toBe(3);
  });

  it('reads "אין נפגעים" (no casualties) as none hurt', () => {
    const x = run('פיגוע ירי לעבר רכב סמוך לכפר', 'מחבל ביצע פיגוע ירי לעבר רכב ישראלי בכביש הראשי. אין נפגעים.');
    expect(x.casualties).toMatchObject({ killed: 0, injured: 0 });
  });

  it('reads a Somali report of an attack launched on a base', () => {
    const x = run('Al-Shabaab oo weerar ku qaaday saldhig ciidan', 'Al-Shabaab ayaa weerar ku qaaday saldhig ay ciidamada dowladda ku leeyihiin.');
    expect(x.isAttack).toBe(true);
    expect(x.actors.map((a) => a.id)).toContain('al-shabaab');
  });

  it('reads an Indonesian shooting by an armed group, one soldier killed', () => {
    const x = run('Seorang prajurit gugur ditembak KKB', 'Kelompok Kriminal Bersenjata (KKB) melakukan penyerangan terhadap pos TNI. Seorang prajurit gugur.');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(1);
    expect(x.actors.map((a) => a.id)).toContain('tpnpb-opm');
  });

  it('reads a Turkish past-tense attack by a group ("saldırdılar")', () => {
    const x = run('Karakola saldırı: 2 şehit', 'PKK’lı teröristler gece saatlerinde karakola uzun namlulu silahlarla saldırdılar. 2 asker şehit oldu.');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(2);
  });
});

describe('tolls and places in the wire languages, Persian and Ukrainian', () => {
  it('reads the toll after a Portuguese and a Spanish killing verb', () => {
    expect(run('Ataque a aldeia no Níger', 'Homens armados mataram ao menos 31 pessoas numa aldeia do oeste do Níger.').casualties.killed).toBe(31);
    expect(run('Ataque contra un cuartel', 'Un grupo armado mató a 9 policías en el ataque contra un cuartel.').casualties.killed).toBe(9);
    // Not an age: "killed a 9-year-old girl" is one.
    expect(run('Gunmen attack village', 'Gunmen killed a 9-year-old girl in the village.').casualties.killed).toBe(1);
  });

  it('reads French "a causé la mort d\'au moins N"', () => {
    const x = run('Attaque contre un camp militaire', 'L’attaque contre le camp militaire a causé la mort d’au moins 14 soldats.');
    expect(x.casualties.killed).toBe(14);
  });

  it('does not count rockets as the wounded ("rund 40 Raketen – zwei Verletzte")', () => {
    const x = run('Miliz feuert rund 40 Raketen auf Grenzorte – zwei Verletzte', 'Die Miliz feuerte rund 40 Raketen ab, dabei wurden zwei Menschen verletzt.');
    expect(x.casualties.injured).toBe(2);
  });

  it('reads a Persian title of martyrdom as a toll', () => {
    const x = run('شهادت ۷ نظامی در حمله تروریستی', 'در حمله تروریست‌ها به یک پاسگاه مرزی ۷ نظامی به شهادت رسیدند.');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(7);
  });

  it('places "на Сумщині" and "на Донеччині" in their oblasts of Ukraine', () => {
    const x = run('Російські війська обстріляли громаду на Сумщині', 'Внаслідок обстрілу на Сумщині загинула жінка.');
    expect(x.countries).toEqual(['UA']);
  });
});

describe('look-alikes in Russian and Portuguese', () => {
  it('a memorial service for the victims of an attack is no attack', () => {
    expect(run('Панихида у мемориала жертвам теракта', 'У стихийного мемориала прошла панихида по погибшим в теракте в торговом центре.').isAttack).toBe(false);
  });

  it('a sentence for planning a bombing is no attack', () => {
    expect(
      run('Justiça condena dois por plano de atentado a bomba em rodoviária', 'Os dois réus foram acusados de planejar a explosão de um artefato.').isAttack,
    ).toBe(false);
  });

  it('a Persian court hearing for the accused of an attack is no attack', () => {
    expect(
      run('جلسه دادگاه متهمان حمله به بازار برگزار شد', 'جلسه دادگاه متهمان حمله تروریستی به بازار شهر که به کشته شدن ۹ نفر منجر شد برگزار شد.').isAttack,
    ).toBe(false);
  });

  it('a Turkish firedamp blast in a coal mine is an accident', () => {
    expect(run('Kömür ocağında patlama: 4 işçi hayatını kaybetti', 'Madende meydana gelen grizu patlamasında 4 işçi hayatını kaybetti.').isAttack).toBe(false);
  });

  it('knows Russia by its Turkish name, before the army or attack word ("Rusya ordusu", "Rusya\'dan … saldırısı")', () => {
    expect(named('Rusya ordusu')).toEqual(['russian-forces']);
    expect(named('Rusya’dan Kiev’e füze saldırısı')).toEqual(['russian-forces']);
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
