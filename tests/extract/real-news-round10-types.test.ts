/**
 * Round 10, attack types on real news (issue 11): phenomena seen in published reports, each in
 * sentences written for this test (names, numbers, places and wording changed).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const run = (title: string, content = ''): Extraction => engine.extract(prepareDocument({ title, content }));

describe('a drone and what it carries', () => {
  it('types a drone that dropped explosive devices as a drone attack only', () => {
    const x = run(
      'Drones hit police post in Michoacan',
      'Two police officers were hurt on Thursday when drones flown by a cartel dropped explosive devices on their post near Apatzingan, state officials said.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('keeps the charge of a booby-trapped drone as the drone’s, also in a later sentence', () => {
    const x = run(
      'Rebel drone kills three militiamen near Mosul',
      'A small drone flew over a checkpoint north of Mosul on Monday and blew up, killing three militiamen. ' +
        'The drone was carrying an explosive device, officials said. It was not clear whether the bomb was set off remotely.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('keeps a bomb told beside drone strikes in one sentence when no drone carried it', () => {
    const x = run(
      'Bombs and drones strike across Syria in a day of violence',
      'A roadside bomb killed six soldiers near Azaz on Sunday, hours before a wave of drone strikes hit army positions near Aleppo.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['drone', 'ied']));
  });

  it('reads explosives dropped from drones as the drones’ (Spanish)', () => {
    const x = run(
      'Tres heridos en Tierra Caliente por drones con explosivos',
      'Tres personas resultaron heridas en una comunidad de Aguililla, Michoacán, por explosivos arrojados desde drones, informaron las autoridades.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('still types a roadside bomb told beside a drone strike in its own sentence', () => {
    const x = run(
      'Drone strike and roadside bomb kill five in Sahel',
      'A drone strike killed three fighters near Menaka on Tuesday. Hours later a roadside bomb killed two soldiers on the road to Gao.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['drone', 'ied']));
  });
});

describe('an air strike told as a drone’s', () => {
  it('reads an "airstrike" headline over a drone strike as the drone’s, when no warplane is named', () => {
    const x = run(
      'Militia commander killed in Israeli airstrike in south Lebanon',
      'An Israeli drone strike killed a militia commander near Marjayoun on Sunday, security sources said. ' +
        'An enemy drone targeted a motorcycle at the edge of the town, the state news agency reported. ' +
        'The army said its aircraft had carried out the attack.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('keeps both when warplanes are named as well', () => {
    const x = run(
      'Drone kills contractor at base; jets strike back',
      'A drone hit a depot at a base near Deir ez-Zor on Monday, killing one contractor. ' +
        'Hours later two F-16 jets carried out retaliatory airstrikes on depots used by the militia.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['drone', 'airstrike']));
  });
});

describe('a raid or a bombardment named beside a weapon from the air', () => {
  it('reads "a raid on a vehicle" in a drone-strike story as the drone strike', () => {
    const x = run(
      'Israeli strike near Sidon wounds party official',
      'An Israeli strike on Monday north of Sidon wounded a party official, after the state news agency reported a raid on a vehicle. ' +
        '"An enemy drone struck a vehicle on the road along the coast," the agency said.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('keeps a raid on a camp beside drone strikes as a raid', () => {
    const x = run('Israel launches drone strikes and a large raid on Tulkarm camp', 'Five Palestinians were killed, the health ministry said.');
    expect(x.attackTypes).toEqual(expect.arrayContaining(['drone', 'armed_assault']));
  });

  it('reads a bombardment with guided aerial bombs as the air strike', () => {
    const x = run(
      'Five killed in Russian glide bomb attack on Zaporizhzhia',
      'Russian airstrikes killed five people in Zaporizhzhia on Saturday, officials said. ' +
        'Russian forces used guided aerial bombs in the bombardment, prosecutors said.',
    );
    expect(x.attackTypes).toEqual(['airstrike']);
  });
});

describe('what a drone is and what it fires', () => {
  it('reads "kamikaze" beside a drone as the drone’s kind, not a suicide attack (French)', () => {
    const x = run(
      'Un drone kamikaze frappe un immeuble à Mykolaïv',
      'Un drone russe kamikaze a frappé un immeuble de Mykolaïv dans la nuit, tuant trois personnes et en blessant cinq autres, selon le gouverneur.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('reads the missiles a drone fired as the drone’s (Arabic)', () => {
    const x = run(
      'مسيّرة إسرائيلية تقصف سيارة في جنوب لبنان',
      'قصفت مسيّرة إسرائيلية سيارة قرب بلدة الخيام صباح اليوم. وقال مصدر أمني إن المسيرة أطلقت 4 صواريخ باتجاه السيارة مما أدى إلى احتراقها.',
    );
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('keeps missiles told as also used beside the drones (French)', () => {
    const x = run(
      'Nouvelle attaque de drones russes sur Kherson',
      'Une attaque de drones russes a frappé un entrepôt à Kherson, faisant deux morts, a indiqué l’armée. ' +
        'L’armée a ajouté que des missiles ont également été utilisés pendant l’attaque.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['drone', 'missile']));
  });
});

describe('means another time or a question names', () => {
  it('leaves out a kidnapping the soldiers were searching for when they were ambushed', () => {
    const x = run(
      'Rebel ambush kills four soldiers in Basilan',
      'Four soldiers were killed and 11 wounded in an ambush by rebels on Basilan island. ' +
        'The troops were searching for hostages taken by the group last week when the gunmen attacked, a spokesman said.',
    );
    expect(x.attackTypes).toEqual(['armed_assault']);
  });

  it('keeps the hostages a siege ended by freeing', () => {
    const x = run(
      'Gunmen storm hotel in Bamako',
      'Gunmen stormed a hotel in Bamako on Friday, killing 12 people. Troops ended the siege on Saturday, freeing 80 hostages, some of whom were wounded.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['armed_assault', 'kidnapping']));
  });

  it('leaves out a kidnapping the army is checking whether anyone attempted', () => {
    const x = run(
      'Anti-tank missile hits army jeep on the Golan',
      'An anti-tank missile hit an army jeep on the Golan frontier on Monday, wounding two soldiers, the army said. ' +
        'Troops were checking whether there had been an attempt to abduct one of the soldiers.',
    );
    expect(x.attackTypes).toEqual(['missile']);
  });
});

describe('other attacks a report recalls', () => {
  it('leaves out the type of an attack set in a year the lead does not name (Turkish)', () => {
    const x = run(
      "Kayseri'de bombalı saldırı: 2 şehit",
      "Bu sabah Kayseri'de askerleri taşıyan bir otobüse yönelik bombalı saldırıda 2 asker şehit oldu, 9 kişi yaralandı. " +
        'Vali, saldırıda uzaktan kumandalı bir EYP kullanıldığını söyledi. ' +
        "Bunlar arasında 19 Mart 2016'da İstanbul'da düzenlenen canlı bomba saldırısında 4 kişi öldü.",
    );
    expect(x.attackTypes).toEqual(['ied']);
  });

  it('still takes the means from a sentence with a year when it has its own recent time', () => {
    const x = run(
      'Gunmen kill six in Borno village',
      'Six villagers were killed in Borno on Sunday, officials said. ' +
        'The jihadists, who have fought the army since the group split in 2016, stormed the village on Sunday night, shooting residents.',
    );
    expect(x.attackTypes).toEqual(['armed_assault']);
  });

  it('takes the means from title and lead when every sentence naming one also recalls the past', () => {
    const x = run(
      "Eskişehir'de yaşanan bombalı saldırı, son yıllarda yaşanan saldırıları akıllara getirdi",
      "İSTANBUL - Eskişehir'de polis aracına yönelik bombalı saldırı, son yıllarda yaşanan saldırıları akıllara getirdi. " +
        'Saldırıda 1 polis şehit oldu, 3 kişi yaralandı.',
    );
    expect(x.attackTypes).toEqual(['ied']);
  });
});

describe('other stories and first reports', () => {
  it('leaves out the types of the separate incident wire copy ends with', () => {
    const x = run(
      'Suicide bomber kills nine at Tank check-post',
      'A suicide bomber killed nine people on Sunday when he blew himself up beside a police check-post in Tank, officials said. ' +
        'The bomber walked up to the barrier before detonating his vest, a police officer said. ' +
        'In a separate incident, militants shot dead two policemen in Lakki Marwat. ' +
        'The gunmen raided a police post there and fled after shooting them, an official said.',
    );
    expect(x.attackTypes).toEqual(['suicide_attack']);
  });

  it('keeps the weapon a report corrected to, not the one first reported', () => {
    const x = run(
      'Russian missile hits apartment block in Sloviansk; 4 dead',
      'The regional governor initially spoke of a rocket strike, but police later found that an Iskander-M missile had hit the block on Wednesday evening. ' +
        'Four people were killed and 15 wounded, police said.',
    );
    expect(x.attackTypes).toEqual(['missile']);
  });

  it('leaves out the drone strikes a district has historically been the target of', () => {
    const x = run(
      'Suicide bomber kills three at Bannu checkpoint',
      'A suicide bomber killed three policemen at a checkpoint in Bannu on Thursday, officials said. ' +
        'The district has historically been a militant stronghold and the target of US drone strikes during the war in Afghanistan.',
    );
    expect(x.attackTypes).toEqual(['suicide_attack']);
  });
});

describe('kidnappers who hurt someone, and arson', () => {
  it('adds an armed assault when kidnappers wounded people', () => {
    const x = run(
      'Gunmen abduct four students from Zaria seminary',
      'Gunmen who attacked a seminary in Zaria on Sunday night abducted four students, police said. ' +
        'A police spokesman said two other students were injured as the gunmen fired sporadically during the attack.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['kidnapping', 'armed_assault']));
  });

  it('adds an armed assault when kidnappers shot at a guard', () => {
    const x = run(
      'Scores of pupils kidnapped in Sokoto',
      'Gunmen kidnapped scores of pupils from a boarding school in Sokoto State late on Thursday, police said. ' +
        'The gunmen, who invaded the school at about 11 pm, shot at a guard at the gate before taking the pupils into the bush.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['kidnapping', 'armed_assault']));
  });

  it('keeps a kidnapping alone when the shots hurt nobody', () => {
    const x = run(
      'Hoodlums abduct district head in Gusau',
      'Armed hoodlums invaded a village near Gusau early on Friday and abducted the district head and two of his sons. ' +
        'The hoodlums fired into the air, but no one was hurt, residents said.',
    );
    expect(x.attackTypes).toEqual(['kidnapping']);
  });

  it('types a fire an arsonist set at a mosque as an arson attack (an armed assault)', () => {
    const x = run(
      'Arsonist sets fire at Bradford mosque; graffiti praises attacks',
      'Police in Bradford said on Wednesday they were hunting an arsonist suspected of setting a fire at a mosque and scrawling graffiti that praised the deadly attacks on two mosques overseas. ' +
        'Nobody was hurt and worshippers put out the small blaze before firefighters arrived.',
    );
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['armed_assault']);
  });
});

describe('shelling told as rockets', () => {
  it('reads indirect fire from rockets as rocket fire', () => {
    const x = run(
      'Rocket attack targets patrol base near Tanf',
      'At about 9 p.m. local time on Monday, coalition troops at a patrol base near Tanf were targeted by indirect fire from three rockets. No injuries were reported.',
    );
    expect(x.attackTypes).toEqual(['rocket']);
  });

  it('keeps shelling beside rockets when guns are named too', () => {
    const x = run(
      'Shelling and rockets hit Donetsk suburbs',
      'Artillery shelling and rockets hit two suburbs of Donetsk on Friday, killing three people, officials said. Howitzers fired for most of the night.',
    );
    expect(x.attackTypes).toEqual(expect.arrayContaining(['rocket', 'mortar_artillery']));
  });
});
