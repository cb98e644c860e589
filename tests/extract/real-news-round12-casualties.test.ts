/**
 * Round 12, casualties on real news: the outcome of an attack told as a noun, as a level, in
 * another sentence or language, and the attackers counted beside their victims. Each test is one
 * phenomenon seen in real reports, written in our own words with invented towns and figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Casualties } from '../../src/extract/analysis.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const toll = (title: string, content = ''): Casualties => {
  const { killed, injured } = engine.extract(prepareDocument({ title, content })).casualties;
  return { killed, injured };
};

describe('deaths told as a noun', () => {
  it('reads the victims after "the deaths of", "the death of", "the wounding of"', () => {
    expect(
      toll('Convoy hit by roadside bomb', 'A roadside bomb struck an army convoy near Kidal on Monday, causing the deaths of six soldiers, the army said.'),
    ).toEqual({
      killed: 6,
      injured: null,
    });
    expect(
      toll(
        'Mosque blast',
        'An explosion tore through a mosque in Herat on Friday. Officials confirmed the death of a guard and the wounding of nine worshippers.',
      ),
    ).toEqual({
      killed: 1,
      injured: 9,
    });
  });

  it('reads the dead named as the toll at a level, and keeps the wounded apart', () => {
    expect(toll('Rally bombing', 'A suicide bomber struck a rally in Khar on Sunday. Fatalities stood at 38 and more than 90 were wounded.')).toEqual({
      killed: 38,
      injured: 90,
    });
    expect(toll('Market bombing', 'A bomb went off at a market in Damaturu on Friday. There were 14 deaths and 27 injuries, officials said.')).toEqual({
      killed: 14,
      injured: 27,
    });
  });
});

describe('figures that are names or ages', () => {
  it('does not count a unit number as people', () => {
    expect(
      toll(
        'Mine blast',
        'Three soldiers, including a sergeant of the 212 Battalion, 41 Task Force Brigade, were killed when their truck hit a landmine planted by insurgents near Gwoza on Friday.',
      ),
    ).toEqual({ killed: 3, injured: null });
    expect(toll('Bomb hits rangers', 'A bomb hit a patrol in Yala on Friday. Three members of Ranger Company 4207 sustained injuries.')).toEqual({
      killed: null,
      injured: 3,
    });
  });

  it('does not add ages set off by commas', () => {
    expect(toll('Arson attack', 'Someone set fire to a house in Dewsbury on Sunday. A man and two boys, aged 14 and 9, were taken to hospital.')).toEqual({
      killed: null,
      injured: 3,
    });
  });

  it('does not count settlements in a roundup', () => {
    expect(toll('Обстріли', 'Минулої доби обстрілів зазнав 27 населений пункт у Херсонській області – дві людини загинули, ще п’ятеро – поранені.')).toEqual({
      killed: 2,
      injured: 5,
    });
  });
});

describe('the wounded told as carried to hospital, or among the wounded', () => {
  it('counts people taken or rushed to hospital as wounded', () => {
    expect(toll('Grenade attack', 'A grenade exploded outside a shop in Sopore on Monday. Four people were rushed to hospital.')).toEqual({
      killed: null,
      injured: 4,
    });
  });

  it('reads "among the wounded" as a part, the toll only when no other figure is told', () => {
    expect(toll('Police post bombed', 'A suicide bomber struck a police post in Khost on Monday. Six civilians were among the wounded.')).toEqual({
      killed: null,
      injured: 6,
    });
    expect(
      toll('Convoy ambushed', 'Rebels ambushed a convoy near Tessalit, killing "dozens", they said. A local official said a colonel was among the dead.'),
    ).toEqual({ killed: null, injured: null });
  });
});

describe('tolls in other languages', () => {
  it('reads a casualty word used as a label before its figure', () => {
    expect(toll('Обстріл Херсона', 'Внаслідок обстрілу Херсона загинули 3 людини, поранені – 14.')).toEqual({ killed: 3, injured: 14 });
  });

  it('reads singular and collective forms', () => {
    expect(toll('Удар по Одесі', 'Внаслідок удару по Одесі відомо про одного загиблого, ще семеро поранені.')).toEqual({ killed: 1, injured: 7 });
    expect(toll('Удар по Белгороду', 'Удар по Белгороду: один погибший и девять раненых.')).toEqual({ killed: 1, injured: 9 });
    expect(toll('Обстрел', 'Поселок в Курской области был обстрелян. Один мирный житель получил осколочное ранение.')).toEqual({ killed: null, injured: 1 });
  });

  it('reads Arabic "met their death", German verb-first deaths, French "a tué", act nouns in Romance languages', () => {
    expect(toll('هجوم انتحاري', 'لقي أربعة أشخاص على الأقل مصرعهم وأصيب 11 آخرون في هجوم انتحاري استهدف حافلة في كويتا.')).toEqual({ killed: 4, injured: 11 });
    expect(toll('Anschlag', 'Am Abend raste ein Auto in eine Menschenmenge in Halle. Dabei starben drei Menschen, zwölf wurden verletzt.')).toEqual({
      killed: 3,
      injured: 12,
    });
    expect(toll('Anschlag', 'Bei einem Bombenanschlag auf einen Markt in Halle kamen drei Menschen ums Leben.')).toEqual({ killed: 3, injured: null });
    expect(toll('Frappe de drone', 'Une frappe de drone a tué trois civils à Soumy mardi.')).toEqual({ killed: 3, injured: null });
    expect(toll('Ataque', 'Un coche bomba explotó en Popayán, causando la muerte de cuatro policías.')).toEqual({ killed: 4, injured: null });
    expect(toll('Attacco', 'Un attacco con droni a Sumy ha causato la morte di tre persone e il ferimento di altre dieci.')).toEqual({
      killed: 3,
      injured: 10,
    });
  });
});

describe('round figures and number words', () => {
  it('reads round figures in Portuguese, Italian, German, Russian and Ukrainian', () => {
    expect(toll('Ataque', 'Uma bomba explodiu num mercado em Pemba na terça-feira, deixando cinco mortos e uma dezena de feridos.')).toEqual({
      killed: 5,
      injured: 10,
    });
    expect(toll('Attentato', 'Una bomba è esplosa in un mercato a Mosul martedì: cinque morti e una ventina di feriti.')).toEqual({ killed: 5, injured: 20 });
    expect(toll('Anschlag', 'Bei einem Bombenanschlag auf einen Markt in Mossul wurden fünf Menschen getötet und ein Dutzend verletzt.')).toEqual({
      killed: 5,
      injured: 12,
    });
    expect(toll('Удар по рынку', 'В результате удара по рынку в Херсоне погибли пять человек, около десятка получили ранения.')).toEqual({
      killed: 5,
      injured: 10,
    });
  });

  it('reads Arabic teens', () => {
    expect(toll('انفجار', 'انفجرت سيارة مفخخة في سوق في الموصل، ما أسفر عن مقتل خمسة أشخاص وإصابة ثلاثة عشر آخرين.')).toEqual({ killed: 5, injured: 13 });
  });

  it('gives no figure for "several" or "dozens" in the wire languages', () => {
    expect(toll('Frappe de drone', 'Une frappe de drone a tué un civil à Kherson mardi. Plusieurs personnes ont été blessées, dont deux enfants.')).toEqual({
      killed: 1,
      injured: null,
    });
  });

  it('reads the part named after "among the dead were" or "the dead included" only when no toll is told', () => {
    expect(toll('Mosque bombing', 'A suicide bomber struck a mosque in Herat on Friday. Among the dead were four children and an imam.')).toEqual({
      killed: 5,
      injured: null,
    });
    expect(toll('Hotel attack', 'Gunmen stormed a hotel in Baidoa on Friday, killing 12 people. The dead included two MPs.')).toEqual({
      killed: 12,
      injured: null,
    });
  });
});

describe('attackers named after the dead', () => {
  it('takes out the attacker named after "among them"', () => {
    expect(toll('Market blast', 'Eight people died, among them the bomber, when a blast hit a market in Tank.')).toEqual({ killed: 7, injured: null });
  });
});

describe('an earlier attack dated after the lead', () => {
  it('leaves out the toll of a sentence opening with another date, day first, in several languages', () => {
    expect(
      toll(
        'Suicide bombing in Bannu',
        'At least six soldiers were killed and 11 wounded in a suicide bombing in Bannu on Tuesday. A bomber on a motorcycle rammed a convoy. It is the second such attack this month. On 12 March, a suicide bomber killed at least 43 people at a rally in Bajaur.',
      ),
    ).toEqual({ killed: 6, injured: 11 });
    expect(
      toll(
        'Attentat à Bannu',
        'Au moins six soldats ont été tués et onze blessés dans un attentat suicide à Bannu mardi. Un kamikaze à moto a percuté un convoi. Le 12 mars, un kamikaze avait tué au moins 43 personnes lors d’un meeting à Bajaur.',
      ),
    ).toEqual({ killed: 6, injured: 11 });
    expect(
      toll(
        'बन्नू में आत्मघाती हमला',
        'बन्नू में एक आत्मघाती बम विस्फोट में कम से कम छह सैनिक मारे गए और 11 अन्य घायल हो गए। हमलावर मोटरसाइकिल पर सवार था। 12 मार्च को बाजौर में एक रैली में हुए विस्फोट में कम से कम 43 लोग मारे गए थे।',
      ),
    ).toEqual({ killed: 6, injured: 11 });
  });
});

describe('a sum of this event', () => {
  it('reads "in total" and "so far" about one attack as its toll', () => {
    expect(
      toll('Glide bombs hit Kupiansk', 'Two glide bombs struck a market in Kupiansk on Tuesday. In total, 9 were killed, and 21 others were injured.'),
    ).toEqual({
      killed: 9,
      injured: 21,
    });
    expect(toll('Ferry bombing', 'A bomb exploded on a ferry near Jolo on Monday. Four bodies have been recovered so far, the coast guard said.')).toEqual({
      killed: 4,
      injured: null,
    });
  });

  it('still leaves out a period total', () => {
    expect(
      toll(
        'Bomb kills two in Kupiansk',
        'A bomb killed two people at a market in Kupiansk on Tuesday. So far this year, 310 civilians have been killed in the district.',
      ),
    ).toEqual({ killed: 2, injured: null });
  });
});

describe('none hurt, in the wire languages', () => {
  it('reads a negator before the noun', () => {
    expect(toll('Attaque de drone', 'Un drone a frappé un entrepôt à Valuïki lundi. Aucune victime n’est à déplorer.')).toEqual({ killed: 0, injured: 0 });
    expect(toll('Attaque à la roquette', 'Une roquette a frappé Metoula mardi, sans faire de victimes.')).toEqual({ killed: 0, injured: 0 });
    expect(toll('Drohnenangriff', 'Eine Drohne traf am Dienstag ein Lager in Schebekino. Es gab keine Opfer.')).toEqual({ killed: 0, injured: 0 });
    expect(toll('Attacco con drone', 'Un drone ha colpito un deposito a Rylsk martedì. Nessuna vittima.')).toEqual({ killed: 0, injured: 0 });
    expect(toll('Ataque com drone', 'Um drone atingiu um armazém em Rylsk na terça-feira. Não houve vítimas.')).toEqual({ killed: 0, injured: 0 });
  });

  it('reads a negator after the noun', () => {
    expect(toll('Атака беспилотника', 'Беспилотник атаковал склад в Валуйках во вторник. Жертв нет, сообщил губернатор.')).toEqual({ killed: 0, injured: 0 });
  });

  it('does not read an unknown count as none', () => {
    expect(toll('Ataque con drones', 'Un ataque con drones alcanzó un mercado en Járkov el martes, sin precisar el número de víctimas.')).toEqual({
      killed: null,
      injured: null,
    });
  });
});

describe('attackers beside their victims', () => {
  it('leaves out the attackers joined to the victims by "and"', () => {
    expect(toll('Base attacked', 'Militants attacked an army base in Tank on Monday. Five soldiers and four attackers were killed, the army said.')).toEqual({
      killed: 5,
      injured: null,
    });
  });
});
