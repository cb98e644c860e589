/**
 * Round 9 (issue 11): news not in English. Attack reports told with the verbs, weapons and tolls
 * of Somali, Indonesian, Mexican Spanish, Ukrainian, Turkish, Arabic and French copy, and the
 * look-alikes of Russian and German court reporting, gas blasts told in Turkish, Spanish and
 * Indonesian, and a Persian bomber killed by his own bomb. Each story is our own, with invented
 * facts.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

describe('attack reports in more of the ways other languages tell them', () => {
  it('Somali: soldiers killed in an attack on their post ("lagu dilay"), and mortars fired on a district', () => {
    const killed = run(
      'Saddex askari oo lagu dilay weerar habeenimo',
      'Saddex askari ayaa xalay lagu dilay weerar lagu qaaday xero ciidan oo ku taal Afgooye.',
    );
    expect(killed.isAttack).toBe(true);
    expect(killed.countries).toEqual(['SO']);
    const mortars = run(
      'Hoobiyeyaal lagu duqeeyay xaafad ku taal Muqdisho',
      'Laba qof oo shacab ah ayaa ku geeriyooday hoobiyeyaal lagu duqeeyay degmada Hodan.',
    );
    expect(mortars.isAttack).toBe(true);
    expect(mortars.attackTypes).toContain('mortar_artillery');
  });

  it('Indonesian: an armed group shooting at villagers is the attack itself ("tembaki", "ditembak mati")', () => {
    const x = run('KKB tembaki warga di Intan Jaya', 'Seorang petani ditembak mati oleh kelompok bersenjata di Distrik Sugapa, Intan Jaya, Papua Tengah.');
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['armed_assault']);
    expect(x.countries).toEqual(['ID']);
  });

  it('Mexican Spanish: a town hall sprayed with gunfire ("rafaguean") with nobody hurt', () => {
    const x = run(
      'Sujetos armados rafaguean la comandancia de Cuitzeo',
      'Un grupo armado llegó en dos camionetas y rafagueó la comandancia municipal de Cuitzeo, Michoacán; nadie resultó herido.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['armed_assault']);
    expect(x.countries).toEqual(['MX']);
  });

  it('Ukrainian: a multiple rocket launcher named in full is rocket fire', () => {
    const x = run(
      'Окупанти вдарили по Костянтинівці: є поранені',
      'Ввечері росіяни атакували Костянтинівку з реактивної системи залпового вогню. Поранено трьох людей.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['rocket']);
  });

  it('Turkish: attackers who carried out an armed attack, in the plural ("düzenlediler")', () => {
    const x = run('Siirt’te terör saldırısı', 'Teröristler gece saatlerinde Pervari ilçesindeki jandarma karakoluna silahlı saldırı düzenlediler.');
    expect(x.isAttack).toBe(true);
    expect(x.countries).toEqual(['TR']);
  });

  it('Arabic: a headline in the present tense ("غارة تقتل ستة")', () => {
    const x = run('غارة إسرائيلية تقتل ستة أشخاص في بلدة الخيام');
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['airstrike']);
  });

  it('French: villagers gunned down ("villageois abattus") in a raid', () => {
    const x = run(
      'Niger : 40 villageois abattus lors d’une attaque près de Tillabéri',
      'Une quarantaine de villageois ont perdu la vie dimanche près de Tillabéri.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.countries).toEqual(['NE']);
  });

  it('Iran’s Sistan and Baluchestan, written in Persian, is not Pakistan’s Balochistan', () => {
    const x = run('حمله مسلحانه به پاسگاه مرزی در سیستان و بلوچستان', 'در حمله افراد مسلح به یک پاسگاه مرزی در استان سیستان و بلوچستان دو مرزبان کشته شدند.');
    expect(x.isAttack).toBe(true);
    expect(x.countries).toEqual(['IR']);
  });
});

describe('look-alikes in other languages', () => {
  it('Russian: a sentence to a penal colony for preparing a terror attack is no attack', () => {
    expect(run('Жителя Курска приговорили к 15 годам колонии за подготовку теракта', 'Он собирал взрывное устройство у себя дома.').isAttack).toBe(false);
    expect(run('Студент получил 12 лет колонии за попытку теракта у здания суда').isAttack).toBe(false);
  });

  it('German: a trial day hearing the victims of an old bombing is no attack', () => {
    const x = run(
      '42. Prozesstag – Verletzte des Anschlags sagen aus',
      'Am Dienstag sind acht Zeugen geladen, die durch die Explosion einer Rohrbombe vor einem Café verletzt wurden.',
    );
    expect(x.isAttack).toBe(false);
  });

  it('a blast the story puts down to gas, with no weapon or attacker named, is an accident', () => {
    const turkish = run(
      'Kadıköy’de apartmanda patlama',
      'Beş katlı binanın ikinci katında meydana gelen patlamada iki kişi yaralandı. İtfaiye ekipleri bölgeye sevk edildi. Bina sakinleri tahliye edildi. Patlamanın doğal gaz sıkışmasından kaynaklandığı belirtildi.',
    );
    expect(turkish.isAttack).toBe(false);
    expect(run('Tres heridos por la explosión de una bombona de butano en Sevilla').isAttack).toBe(false);
    expect(run('Ledakan di Bekasi, dua orang luka bakar', 'Dua penghuni rumah luka bakar setelah tabung elpiji yang bocor meledak di dapur.').isAttack).toBe(
      false,
    );
  });

  it('a blast blamed on gas does not clear a story that names its bombers', () => {
    const x = run(
      'Terör saldırısı: karakol önünde patlama',
      'Teröristler karakol önünde bombalı araç patlattılar, üç asker yaralandı. Valilik patlamanın doğal gazdan kaynaklanmadığını açıkladı.',
    );
    expect(x.isAttack).toBe(true);
  });

  it('Persian: a militant killed while planting his roadside bomb is no attack', () => {
    const x = run('انفجار بمب در دست تروریست‌ها در نزدیکی خاش', 'یک عامل تروریستی هنگام بمبگذاری در کنار جاده خاش کشته شد و همدستش گریخت.');
    expect(x.isAttack).toBe(false);
  });

  it('Turkish: a decade of attacks recalled is history, not this event', () => {
    const x = run('Türkiye’de yabancı militanlar', 'Terör örgütleri son on yılda Türkiye’de birçok kanlı saldırı düzenlediler, yüzlerce kişi öldü.');
    expect(x.isAttack).toBe(false);
  });
});

describe('tolls and attackers in other languages', () => {
  it('Somali: figures in words with "at least", and the verbs of dying and being killed', () => {
    const x = run(
      'Weerar lagu qaaday saldhig ciidan oo ku yaal Baraawe',
      'Ugu yaraan shan askari ayaa xalay lagu dilay weerar lagu qaaday saldhig ciidan. Laba qof oo shacab ah ayaa ku geeriyooday.',
    );
    expect(x.casualties.killed).toBe(5);
  });

  it('Persian: "five others took wounds" counts the wounded; Ukrainian "died" after the figure', () => {
    expect(run('حمله تروریستی به پاسگاه در زاهدان', 'در این حمله تروریستی یک تن کشته شد و پنج تن دیگر زخم برداشتند.').casualties).toEqual({
      killed: 1,
      injured: 5,
    });
    expect(run('Обстріл Нікополя: є загиблі', 'Унаслідок обстрілу Нікополя 3 людини померли.').casualties.killed).toBe(3);
  });

  it('French: "had gunned down 38 people" is the toll', () => {
    expect(
      run('Attaque jihadiste contre un village du Borno', 'Des combattants islamistes ont abattu 27 personnes lors d’un raid sur le village.').casualties
        .killed,
    ).toBe(27);
  });

  it('Turkish: a name with a derived plural and its case ("PKK’lılar", "PKK’lıların") is the group', () => {
    const x = run(
      'Hakkari’de yola tuzaklanan bomba patladı',
      'PKK’lıların yola tuzakladığı patlayıcı askeri aracın geçişi sırasında infilak etti, 2 asker şehit oldu.',
    );
    expect(x.actors.map((a) => a.id)).toContain('pkk');
  });

  it('Persian and Somali names of groups: Jaish al-Adl, al-Shabaab written as one word', () => {
    expect(run('حمله جیش العدل به مقر سپاه', 'گروه تروریستی جیش العدل به مقر سپاه در راسک حمله کرد و دو تن کشته شدند.').actors.map((a) => a.id)).toContain(
      'jaish-al-adl',
    );
    expect(
      run('Alshabaab oo weerar ku qaaday saldhig', 'Alshabaab ayaa weerar ku qaaday saldhig ciidan, saddex askari ayaa ku dhintay.').actors.map((a) => a.id),
    ).toContain('al-shabaab');
  });

  it('Russian and Ukrainian: forces named by an adjective before a plural attack word in another case', () => {
    expect(
      run('Атака украинских беспилотников на Курскую область', 'Над регионом сбиты восемь украинских беспилотников, пострадал водитель.').actors.map(
        (a) => a.id,
      ),
    ).toContain('ukrainian-forces');
    expect(run('Унаслідок російських атак на Херсонщині загинула людина').actors.map((a) => a.id)).toContain('russian-forces');
  });
});

describe('places and more attack words of other languages', () => {
  it('Hebrew: a town with a joined preposition ("בחדרה", in Hadera) places the attack in Israel', () => {
    const x = run('פיגוע ירי בחדרה: שניים נפצעו', 'שני בני אדם נפצעו הערב בפיגוע ירי ברחוב מרכזי בחדרה, והמחבל נמלט מהמקום.');
    expect(x.isAttack).toBe(true);
    expect(x.countries).toEqual(['IL']);
  });

  it('Hebrew: the article on the second noun ("פיגוע הירי") and fire opened at a car, nobody hurt', () => {
    const x = run('תיעוד מפיגוע הירי ליד אריאל', 'אש נפתחה הלילה לעבר רכב ישראלי ליד אריאל. אין נפגעים.');
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['armed_assault']);
  });

  it('Urdu: a full stop written between two words as a hyphen does not split the name', () => {
    const x = run('ایران: پولیس چوکی پر حملہ، دو اہلکار ہلاک', 'صوبہ سیستان۔بلوچستان میں پولیس چوکی پر حملے میں دو اہلکار ہلاک ہو گئے۔');
    expect(x.countries).toEqual(['IR']);
  });

  it('Portuguese: villagers killed by attackers ("assassinaram oito", "foram assassinadas")', () => {
    const x = run('Novo ataque no norte de Moçambique', 'Durante a noite, os atacantes assassinaram oito pessoas na aldeia de Namaluco.');
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(8);
    expect(run('Ataque em Ancuabe', 'Pelo menos duas pessoas foram assassinadas no ataque a uma aldeia do distrito.').casualties.killed).toBe(2);
  });

  it('Russian: an "unmanned means" repelled on its way to a city is a drone attack', () => {
    const x = run(
      'Мэр сообщил об отражении атаки на Москву',
      'Отражена атака беспилотного средства, летевшего на Москву. На месте падения обломков работают специалисты.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('Colombian Spanish: gas cylinders loaded with explosives are bombs, not a gas accident', () => {
    const x = run(
      'Atacan con cilindros bomba la estación de Policía de Suárez',
      'Disidentes lanzaron cilindros bomba contra la estación; dos policías resultaron heridos.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toContain('ied');
  });
});
