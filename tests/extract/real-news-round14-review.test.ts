/**
 * Round 14's lead-engineer classes, written in our own words with invented places and figures: a
 * bomb that goes off while its maker is putting it together (in every language the engine reads),
 * mines of a war long over, Indonesian's active "shot dead" before the figure, sales and contracts
 * that are procurement only with weapons named, and the classes found on the round's held-back news
 * after it was scored (drills and war ordnance in Italian, Turkish attack preparations, armed
 * groups burning homes, a ship that sails on after a strike, a suspicious package with no bomb).
 * Each with guards that must stay attacks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const read = (title: string, content: string) => engine.extract(prepareDocument({ title, content }));

describe('a maker killed by the bomb he was making is no attack', () => {
  it.each([
    [
      'fr',
      'Explosion mortelle dans un appartement de Nantes',
      "Un homme de 31 ans est mort mardi quand l'engin qu'il fabriquait a explosé dans sa cuisine, a indiqué le procureur.",
    ],
    [
      'fr',
      'Un jeune homme grièvement blessé à Metz',
      'Un jeune homme a été gravement blessé en fabriquant une bombe artisanale dans sa cave, selon la police.',
    ],
    [
      'es',
      'Muere un hombre en una explosión en Rosario',
      'Un hombre murió el domingo cuando le explotó el artefacto explosivo que fabricaba en el patio de su casa, informó la policía.',
    ],
    [
      'pt',
      'Homem morre em explosão em Campinas',
      'Um homem morreu na segunda-feira quando o explosivo que fabricava em casa detonou, segundo a polícia civil.',
    ],
    [
      'de',
      'Mann bei Explosion in Wohnung schwer verletzt',
      'Ein 40-Jähriger ist beim Bau einer Rohrbombe in seiner Wohnung in Kassel schwer verletzt worden, teilte die Polizei mit.',
    ],
    [
      'it',
      'Esplosione in un garage a Bari, muore un uomo',
      "Un uomo è morto nell'esplosione dell'ordigno che stava costruendo nel suo garage, secondo i carabinieri.",
    ],
    [
      'ru',
      'В Твери мужчина погиб при взрыве в гараже',
      'Мужчина погиб при изготовлении самодельного взрывного устройства в своём гараже в Твери, сообщили в полиции.',
    ],
    ['ru', 'Взрыв в квартире в Омске: погиб жилец', 'В Омске жилец погиб при взрыве самодельной бомбы, которую он собирал на кухне, сообщили следователи.'],
    [
      'uk',
      'У Житомирі чоловік загинув від вибуху',
      'Чоловік загинув під час виготовлення саморобного вибухового пристрою у власному будинку, повідомили в поліції.',
    ],
  ])('%s: %s', (_lang, title, content) => {
    expect(read(title, content).isAttack).toBe(false);
  });
});

describe('a bomb carried to its target and set off stays an attack', () => {
  it.each([
    [
      'fr',
      'Attentat à la bombe contre un poste de police à Gao',
      "Un kamikaze a fait exploser la bombe qu'il transportait devant un poste de police de Gao, tuant trois policiers.",
    ],
    [
      'es',
      'Coche bomba contra una base militar en Cauca',
      'Disidentes de las FARC detonaron un coche bomba contra una base militar en el Cauca el martes, hiriendo a seis soldados.',
    ],
    [
      'ru',
      'Взрыв у здания администрации в Донецке',
      'Неизвестные взорвали самодельное взрывное устройство у здания администрации в Донецке, погибли двое охранников.',
    ],
  ])('%s: %s', (_lang, title, content) => {
    expect(read(title, content).isAttack).toBe(true);
  });
});

describe('a mine laid in a war long over is no attack', () => {
  it('reads the war named with its year between', () => {
    expect(
      read(
        'Shepherd killed by landmine near the Green Line',
        'A shepherd died on Thursday when he stepped on an anti-personnel mine laid during the 1974 war, near a village south of the buffer zone, police said.',
      ).isAttack,
    ).toBe(false);
  });

  it('still reads a mine laid this week for a patrol as an attack', () => {
    expect(
      read(
        'Mine hits army patrol in Kidal region',
        'Militants laid a mine on the road that struck an army patrol near Anefis on Tuesday, killing two soldiers, the army said.',
      ).isAttack,
    ).toBe(true);
  });
});

describe('Indonesian "shot dead" before the figure', () => {
  it('counts the dead after "menembak mati"', () => {
    const x = read(
      'Kelompok bersenjata serang pekerja di Intan Jaya',
      'Kelompok bersenjata menembak mati tiga pekerja jalan di Kabupaten Intan Jaya, Papua Tengah, pada Kamis, kata polisi.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.casualties.killed).toBe(3);
  });
});

describe('a sale or a contract is goods only when weapons or a deal are named', () => {
  it('reads an attack on a shop that sold something, and contract workers shot, as attacks', () => {
    const shop = read(
      'Three dead after night attack in Wajir',
      'Gunmen stormed a bar that sold beer in Wajir town late on Saturday and opened fire, killing three customers, police said.',
    );
    expect(shop.isAttack).toBe(true);
    expect(shop.casualties.killed).toBe(3);
    const workers = read(
      'Attack on road crew in Turbat',
      'Armed men shot dead four contract labourers at a bridge site near Turbat on Sunday, officials said.',
    );
    expect(workers.isAttack).toBe(true);
    expect(workers.casualties.killed).toBe(4);
  });

  it('keeps weapons sales, approvals and supply contracts as no attack', () => {
    expect(
      read(
        'Washington clears sale of air defence missiles to Qatar',
        'The State Department cleared the possible sale of interceptor missiles worth $1 billion to Qatar.',
      ).isAttack,
    ).toBe(false);
    expect(
      read(
        'Ankara signs deal to supply armed drones to Jakarta',
        'A Turkish maker signed a contract to supply 40 armed drones to Indonesia, the ministry said.',
      ).isAttack,
    ).toBe(false);
  });
});

describe('more look-alikes told the way their outlets tell them', () => {
  it.each([
    [
      'makers busy at their work',
      'Blast at a commander’s compound kills six in Logar',
      'Six fighters died in a blast at a commander’s compound in Logar province while the group were busy fitting explosives into motorcycles, officials said.',
    ],
    [
      'Italian war ordnance found',
      'Residuato bellico in un parco di Trieste, evacuate le case vicine',
      'Gli artificieri sono intervenuti a Trieste dopo il ritrovamento di un ordigno bellico nel parco; dieci famiglie sono state evacuate per alcune ore.',
    ],
    [
      'Italian drill',
      'Attacco simulato al porto di Ancona',
      "Spari a salve e finti feriti: al porto di Ancona si è tenuta la simulazione di un attentato, un'esercitazione antiterrorismo con polizia e vigili del fuoco.",
    ],
    [
      'Turkish plot',
      "Ankara'da saldırı hazırlığındaki 4 şüpheli yakalandı",
      "Ankara'da eylem hazırlığında oldukları belirlenen 4 şüpheli jandarma operasyonuyla yakalandı.",
    ],
  ])('%s', (_class, title, content) => {
    expect(read(title, content).isAttack).toBe(false);
  });

  it('still reads a bomb laid for a patrol and a suicide bombing in Italian as attacks', () => {
    expect(
      read(
        'Roadside bomb kills two police in Logar',
        'Militants planted a roadside bomb that hit a police pickup in Logar province on Sunday, killing two officers.',
      ).isAttack,
    ).toBe(true);
    expect(read('Attentato a Mogadiscio, 9 morti', 'Un kamikaze si è fatto esplodere davanti a un hotel di Mogadiscio, uccidendo nove persone.').isAttack).toBe(
      true,
    );
  });
});

describe('attacks told the way local and maritime outlets tell them', () => {
  it.each([
    [
      'Portuguese: an armed group burns homes',
      'Homens armados incendeiam aldeia no Niassa',
      'Um grupo armado queimou 30 casas na aldeia de Naulala, distrito de Mecula, na noite de sábado, segundo moradores.',
    ],
    [
      'German: an arson attack committed',
      'Brandanschlag auf Moschee in Thüringen',
      'Auf eine Moschee in Gera ist in der Nacht zum Sonntag ein Brandanschlag verübt worden, teilte die Polizei mit. Verletzt wurde niemand.',
    ],
    [
      'a ship struck that sailed on',
      'Bulk carrier hit west of Mokha',
      'A bulk carrier reported it had been hit by a missile about 40 nautical miles west of the port of Mokha, the agency said; nobody aboard was hurt and the vessel continued to its planned destination.',
    ],
  ])('%s', (_class, title, content) => {
    expect(read(title, content).isAttack).toBe(true);
  });

  it('keeps fires with no attacker, and a ship that sails on, as they are', () => {
    expect(
      read('Incêndio florestal queima casas em Góis', 'Um incêndio florestal queimou doze casas em Góis no domingo, disseram os bombeiros.').isAttack,
    ).toBe(false);
    expect(
      read(
        'Cargo ship resumes voyage after engine fault',
        'The ship, which lost power off Crete on Monday, proceeded on to its next port after repairs, the coast guard said.',
      ).isAttack,
    ).toBe(false);
  });
});

describe('a suspicious package with no bomb is no attack', () => {
  it('reads packages made safe or found empty, and a parcel bomb that went off', () => {
    expect(
      read(
        'Police blow up suspicious bag at Leeds station',
        'Police cleared Leeds station on Friday after a suspicious bag was reported. Army technicians blew up the object; trains ran again two hours later.',
      ).isAttack,
    ).toBe(false);
    expect(
      read('No explosive in package mailed to city hall', 'The parcel sent to Tulsa city hall did not contain any explosive, police said on Thursday.')
        .isAttack,
    ).toBe(false);
    expect(
      read('Parcel bomb injures two at post office in Lyon', 'A parcel bomb exploded at a post office in Lyon on Monday, injuring two employees, police said.')
        .isAttack,
    ).toBe(true);
  });
});
