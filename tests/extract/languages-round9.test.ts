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
