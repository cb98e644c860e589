/**
 * Sixth round of real-news error classes (issue 11, items 1, 3 and 4): attacks told in Ukrainian,
 * Russian, Arabic, Turkish, Dutch and Swahili; accidents at workplaces, bombs that go off while
 * being made, munitions left from past wars; histories and guides; suspects charged; the types of
 * suicide attacks, drone strikes and kidnappings. Each is a short story of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractStory as run } from '../helpers/extraction.js';

describe('attacks told in other scripts and languages', () => {
  it('Ukrainian: shelling of a city centre with one dead', () => {
    const a = run('Окупанти обстріляли центр Нікополя, є загиблий', 'Внаслідок обстрілу загинула одна людина, ще двоє поранені.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['mortar_artillery']);
  });

  it('Ukrainian: a missile strike with a ballistic missile', () => {
    const a = run('Ворог завдав ракетного удару по Кременчуку', 'Росіяни вдарили балістичною ракетою по місту, пошкоджено школу, троє поранених.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['missile']);
  });

  it('Russian: shelling of a district with dead and wounded', () => {
    const a = run('ВСУ обстреляли Шебекино: есть погибший', 'В результате обстрела погиб один человек, ранены четверо.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['mortar_artillery']);
  });

  it('Ukrainian and Russian drone attacks', () => {
    expect(run('Атака дронів на Черкаси: двоє поранених', 'Уночі ворог атакував місто ударними безпілотниками.').attackTypes).toEqual(['drone']);
    expect(run('Атака беспилотников на Тулу', 'Беспилотник попал в жилой дом, пострадали два человека.').attackTypes).toEqual(['drone']);
  });

  it('Arabic: a roadside bomb against an army patrol', () => {
    const a = run('مقتل جندي بانفجار عبوة ناسفة شمال الموصل', 'انفجرت عبوة ناسفة على دورية للجيش مما ادى الى مقتل جندي واصابة ثلاثة اخرين.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
  });

  it('Arabic: a suicide bomber in a booby-trapped car is a suicide attack and a bombing', () => {
    const a = run('تفجير انتحاري بسيارة مفخخة قرب مخفر حدودي', 'فجر انتحاري سيارة مفخخة قرب مخفر للشرطة مما اسفر عن مقتل خمسة جنود.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied', 'suicide_attack']);
  });

  it('Turkish: a planted explosive and a rocket-launcher attack on soldiers', () => {
    const ied = run("Van'da askeri araca saldırı: 2 şehit", 'Teröristlerin yola tuzakladığı el yapımı patlayıcının infilak etmesi sonucu 2 asker şehit oldu.');
    expect(ied.isAttack).toBe(true);
    expect(ied.attackTypes).toEqual(['ied']);
    const rpg = run('Askeri konvoya roketatarlı saldırı', 'Roketatarlı saldırıda 3 asker yaralandı.');
    expect(rpg.attackTypes).toEqual(['rocket']);
  });

  it('Dutch: a drone attack that killed fighters', () => {
    const a = run('Droneaanval doodt drie strijders', 'Bij een droneaanval zijn zaterdag drie strijders om het leven gekomen.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
  });

  it('Swahili: militants attack police vehicles with grenades and burn them', () => {
    const a = run('Magaidi washambulia magari ya polisi', 'Magaidi walishambulia na kuteketeza magari mawili ya polisi, afisa mmoja alijeruhiwa.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toContain('armed_assault');
  });
});

describe('Spanish, Dutch and wire copy of shootings and rocket fire', () => {
  it('Spanish: gunmen kill drinkers at a bar, told without an attack word in the title', () => {
    const a = run(
      'Asesinan a 7 en bar de Salamanca',
      'Siete personas fueron asesinadas la madrugada del domingo; un grupo armado abrió fuego contra los clientes.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    const b = run('Confirman 9 muertos tras masacre en un bar de Celaya', 'Sujetos armados ingresaron disparando contra los presentes.');
    expect(b.isAttack).toBe(true);
    expect(b.attackTypes).toEqual(['armed_assault']);
  });

  it('rockets fired and intercepted, in Spanish and Dutch', () => {
    expect(run('Tres cohetes hacia el norte de Israel', 'Se han disparado tres cohetes desde el sur del Líbano; uno fue interceptado.').attackTypes).toEqual([
      'rocket',
    ]);
    expect(run('Raket afgevuurd op Noord-Israël', 'Donderdag is vanuit Libanon een raket afgevuurd; de raket werd onderschept.').attackTypes).toEqual([
      'rocket',
    ]);
  });

  it('a North Korean launch told with a hedge is a test', () => {
    const a = run('North Korea fired what may be a ballistic missile, Seoul says', 'The projectile has already fallen, the coast guard said.');
    expect(a.isAttack).toBe(false);
  });
});

describe('attacks repelled', () => {
  it('"May" in a date is the month, not a modal that makes the event a possibility', () => {
    const a = run(
      'Army communiqué from Dras',
      'On Monday 12 May 2026 troops repelled an attack by militants on the outpost at Dras; two soldiers were killed.',
    );
    expect(a.isAttack).toBe(true);
  });

  it('a police station is attacked like a post', () => {
    const a = run('Night attack on Kulachi police station', 'Police repulsed an attack by militants on the police station in Kulachi late on Wednesday.');
    expect(a.isAttack).toBe(true);
    expect(a.targets).toContain('base');
  });
});

describe('drones shot down, in Russian and Ukrainian', () => {
  it('air defence that shot down drones reports a drone attack', () => {
    expect(run('ПВО сбила 9 беспилотников над Курской областью', 'Ночью силы ПВО уничтожили девять БПЛА.').attackTypes).toEqual(['drone']);
    expect(run('Над Одещиною збито 15 шахедів', 'Ворог атакував область ударними БпЛА, 15 з них знищено.').attackTypes).toEqual(['drone']);
  });

  it('a drill on repelling a drone attack is an exercise', () => {
    expect(run('В Казани прошли учения по отражению атаки беспилотников', 'Спасатели отработали действия при атаке дронов.').isAttack).toBe(false);
  });
});

describe('look-alikes in the same languages', () => {
  it('Spanish: a drill that simulates a drone attack, and a North Korean missile into the sea', () => {
    expect(run('Ejercicio militar simula ataque con drones en Zaragoza', 'El simulacro incluyó un ataque con drones contra la base.').isAttack).toBe(false);
    expect(run('Misil norcoreano cae en el mar de Japón', 'Corea del Norte lanzó un misil balístico, según Tokio.').isAttack).toBe(false);
  });

  it('Russian: a court sentences the organiser of a bombing', () => {
    const a = run(
      'Суд приговорил организатора теракта в Самаре',
      'Суд приговорил мужчину к 20 годам лишения свободы за взрыв, в котором погибли три человека.',
    );
    expect(a.isAttack).toBe(false);
  });

  it('Arabic: the anniversary of an old bombing', () => {
    const a = run('احياء ذكرى ضحايا تفجير الكرادة', 'احيا الاهالي الذكرى السنوية للتفجير الذي اسفر عن مقتل العشرات.');
    expect(a.isAttack).toBe(false);
  });

  it('Turkish: a court sentence for an old bomb attack', () => {
    const a = run('Bombalı saldırı davasında karar', 'Mahkeme, saldırıda 5 kişinin hayatını kaybettiği olay nedeniyle sanığa 30 yıl hapis cezası verdi.');
    expect(a.isAttack).toBe(false);
  });

  it('Ukrainian: a household gas explosion', () => {
    const a = run('Вибух газу в будинку у Полтаві: двоє загиблих', 'Внаслідок вибуху газу в житловому будинку загинули двоє людей.');
    expect(a.isAttack).toBe(false);
  });
});

describe('accidents and old munitions are no attacks', () => {
  it('a blast and fire at a refinery is a workplace accident', () => {
    const a = run(
      'Three dead in fiery blast at Corvell refinery',
      'An explosion and fire at the oil refinery in Corvell shot flames into the sky on Monday, killing three workers, the company said.',
    );
    expect(a.isAttack).toBe(false);
  });

  it('a drone that sets a refinery ablaze is still an attack', () => {
    const a = run('Drone strike sets refinery ablaze', 'A drone hit the refinery in Tuapse overnight, causing an explosion at the plant, officials said.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
  });

  it('a landmine left from a war decades ago', () => {
    const a = run(
      'Landmine kills boy herding goats',
      'The landmine, a remnant of the 1979-84 border war, exploded under a boy near Delvar on Sunday, killing him.',
    );
    expect(a.isAttack).toBe(false);
  });

  it('a group\u2019s remnants who attack are still attackers', () => {
    const a = run('IS remnants attack army post', 'Remnants of the Islamic State group attacked an army post near Hawija, killing two soldiers.');
    expect(a.isAttack).toBe(true);
  });

  it('a bomb that goes off while it is being made', () => {
    const a = run(
      'Man killed as crude bomb goes off at home',
      'A man was killed in an accidental blast while making crude bombs to scare wild boars off his fields, police said.',
    );
    expect(a.isAttack).toBe(false);
  });

  it('old shells picked up by children', () => {
    expect(
      run('Ordnance explosion kills three boys', 'The boys picked up an old artillery shell near their village and it exploded, police said.').isAttack,
    ).toBe(false);
    expect(run('Two children die as mortar shell explodes at home', 'A live mortar shell kept in the family store exploded on Friday.').isAttack).toBe(false);
  });

  it('a feature on munitions that still kill decades after a war', () => {
    const a = run(
      'Forty-year-old bombs still kill in the hills of Xiengkor',
      'A farmer was killed last week when he struck a bomblet with his hoe. The war here ended decades ago.',
    );
    expect(a.isAttack).toBe(false);
  });
});

describe('types', () => {
  it("a suicide bomber's shots are part of the suicide attack; gunmen who storm in are an assault", () => {
    const bomber = run(
      'Suicide attack on police patrol kills officer',
      'Police stopped two men on a motorbike at Sarwan; one of them opened fire and then detonated a suicide vest, killing an officer.',
    );
    expect(bomber.attackTypes).toEqual(['suicide_attack']);
    const complex = run('Militants overrun army base', 'A suicide bomber blew himself up at the gate before gunmen stormed the base, killing nine soldiers.');
    expect(complex.attackTypes).toEqual(['suicide_attack', 'armed_assault']);
  });

  it('a "terror attack" carried out with a roadside bomb is a bombing', () => {
    const a = run('Two officers hurt in Garba terror attack', 'Two police officers were wounded when their vehicle ran over an improvised explosive device.');
    expect(a.attackTypes).toEqual(['ied']);
  });

  it('missiles a drone fires are the drone strike; drones and missiles launched together are both', () => {
    const strike = run('Drone strike kills two in Nabatieh', 'A drone hit a car, killing two men, and the drone fired two more missiles at the rescuers.');
    expect(strike.attackTypes).toEqual(['drone']);
    const barrage = run('Russia launches 40 drones and six missiles at Lviv', 'The drones and missiles hit power stations, injuring four people.');
    expect(barrage.attackTypes).toEqual(['drone', 'missile']);
  });

  it('a missile told apart from the drone that fired it is the drone strike; named beside drones it is a missile', () => {
    const a = run('Drone strikes car near Bint Jbeil', 'An Israeli drone struck a car, wounding two men. A guided missile struck the car, the agency said.');
    expect(a.attackTypes).toEqual(['drone']);
  });

  it('fire opened with rocket launchers or artillery is no shooting', () => {
    expect(run('Бойовики обстріляли позиції', 'Бойовики відкрили вогонь з Градів по селу, один снаряд влучив у будинок, є поранені.').attackTypes).toEqual([
      'rocket',
    ]);
    expect(
      run('Separatists open fire with artillery on Avdiivka', 'Separatists opened fire with artillery on the town, wounding three civilians.').attackTypes,
    ).toEqual(['mortar_artillery']);
  });

  it('shelling with Grad launchers is rocket fire; rocket and artillery fire together stay both', () => {
    expect(run('Russian forces shell Nikopol with Grad launchers', 'The shelling damaged ten houses and wounded two people.').attackTypes).toEqual(['rocket']);
    expect(run('Town shelled with rockets and artillery', 'Grad rockets and artillery shells hit the town, killing one man.').attackTypes).toEqual([
      'rocket',
      'mortar_artillery',
    ]);
  });

  it('German: a town fired on with multiple rocket launchers', () => {
    const a = run('Russen beschießen Orichiw mit Raketenwerfern', 'Die Stadt wurde mit Mehrfachraketenwerfern beschossen, zwei Menschen wurden getötet.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['rocket']);
  });

  it('a unit named after a weapon is no weapon', () => {
    const a = run(
      'Militants attack artillery regiment camp',
      'Terrorists attacked the camp of an artillery regiment near Uri before dawn, killing three soldiers.',
    );
    expect(a.attackTypes).toEqual(['armed_assault']);
  });

  it('what often happens in a region is no type of this attack', () => {
    const a = run(
      'Rockets hit base in eastern Syria',
      'Two rockets struck a base housing coalition troops on Monday. Bases there regularly come under rocket fire or mortar attacks.',
    );
    expect(a.attackTypes).toEqual(['rocket']);
  });

  it('an earlier drone named after "dias após" in Portuguese is not this attack', () => {
    const a = run(
      'Foguetes atingem base perto de Erbil',
      'Dois foguetes atingiram uma base militar. O ataque acontece dias após um drone ser abatido sobre o aeroporto.',
    );
    expect(a.attackTypes).toEqual(['rocket']);
  });

  it('pirates who fire at the crew and take sailors away: a kidnapping and an assault', () => {
    const a = run('Pirates kidnap tanker crew', 'Armed pirates boarded the tanker, began firing at the crew and kidnapped four sailors.');
    expect(a.attackTypes).toEqual(['armed_assault', 'kidnapping']);
  });
});

describe('knife attacks', () => {
  it('a man who stabs passengers, and a knife-wielding attacker', () => {
    expect(run('Man stabs three at Halden tram stop', 'Police said the victims were taken to hospital.').attackTypes).toEqual(['armed_assault']);
    expect(run('Knife-wielding man wounds two in Lyon station', 'Police arrested the attacker at the scene.').attackTypes).toEqual(['armed_assault']);
    expect(run('Coach takes a stab at the title', 'The team hopes to win the cup this year.').isAttack).toBe(false);
  });
});

describe('attacks told without a weapon word', () => {
  it('a car that ploughs through a pedestrian zone', () => {
    const a = run('Five killed as car ploughs through pedestrian zone in Lindau', 'The driver was arrested at the scene.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
  });

  it('French: villagers massacred with machetes, some beheaded', () => {
    const a = run('RDC : 12 civils tués à la machette près de Butembo', 'Douze personnes ont été tuées à la machette, trois ont été décapitées.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
  });

  it('Spanish: guerrillas harass a police station with gunfire', () => {
    const a = run('Atacan estación de policía en Tibú', 'Una célula guerrillera hostigó la estación durante la noche y dos policías resultaron heridos.');
    expect(a.attackTypes).toContain('armed_assault');
  });

  it('gangsters who kill residents and burn homes; settlers who attack homes', () => {
    expect(run('Gangsters kill nine, burn homes in Mirebel', 'The gang returned at night, the mayor said.').isAttack).toBe(true);
    const settlers = run('Settlers rampage through two villages', 'Dozens of settlers attacked homes and burned cars in Qaryut, residents said.');
    expect(settlers.isAttack).toBe(true);
    expect(settlers.attackTypes).toEqual(['armed_assault']);
  });
});

describe('look-alikes', () => {
  it('a bombing suspect charged, and a man charged with a stabbing', () => {
    expect(run('Stadium bombing suspect charged', 'The suspect was charged on Monday; the bombing killed two people last week.').isAttack).toBe(false);
    expect(run('Police charge man with double stabbing in Ferrow shop', 'Two women were stabbed in the shop on 2 March.').isAttack).toBe(false);
  });

  it('Spanish: kidnapped villagers freed is a release, not a new kidnapping', () => {
    const a = run('Liberados 9 de los 12 secuestrados en Tierra Blanca', 'Los liberados fueron secuestrados el pasado lunes por un grupo armado.');
    expect(a.isAttack).toBe(false);
  });

  it('French: a country commemorates the victims of old attacks', () => {
    const a = run('La ville commémore les victimes des attentats de 2016', 'Les attentats avaient fait 86 morts.');
    expect(a.isAttack).toBe(false);
  });

  it('histories, guides and essays about drone warfare', () => {
    expect(run('Armed drones: a brief history', 'Drone strikes have killed thousands of people in two decades.').isAttack).toBe(false);
    expect(run('Everything we know about the drone strikes', 'Drone strikes killed militants and civilians in three countries.').isAttack).toBe(false);
    expect(run('Five ways in which drone warfare is different', 'Armed drones can strike a target after watching it for hours.').isAttack).toBe(false);
  });

  it('a prison as the place of an attack is no trial; a prison sentence is', () => {
    expect(run('Car bomb explodes outside Tarvo prison', 'A car bomb exploded near the prison gate on Friday, wounding three guards.').isAttack).toBe(true);
    expect(run('Bomber sentenced to life in prison', 'The man set off a bomb that killed four people in 2019.').isAttack).toBe(false);
  });

  it('animals, money, sport, reviews, obituaries, films, sanctions, start-ups and denied reports', () => {
    const lookAlikes: [string, string][] = [
      ['Swarm of bees attacked hikers on Mesa trail', 'One hiker died after hundreds of stings; two were treated in hospital.'],
      ['Drivers shelling out more as diesel hits record', 'Prices hit a new high at the pumps this week.'],
      ['Rovers thrash City as striker bags a brace', 'The attack fired 20 shots and two goals came in five minutes.'],
      ['Frontline Ops review: the bunker assault mission shines', 'You call in drone strikes and mortar fire before a night raid on an enemy outpost.'],
      ['OBITUARY: Tom Reyes, 1950-2026, survived a roadside bomb in 1970', 'He later ran a bakery for forty years.'],
      ['Netflix film dramatises the 2015 Sousse beach attack', 'A gunman killed 38 tourists on the beach that day.'],
      ['US sanctions firms supplying drone engines', 'The engines were used in drone attacks on cities and shipping.'],
      ['Drone start-up raises $30 million', 'It will build interceptor drones that shoot down attack drones.'],
      ['Army denies reports of drone attack on Balad base', 'The blasts heard there were a controlled demolition of expired munitions.'],
      ['Troops recover rifles and ammunition in forest raid', 'Soldiers raided a camp abandoned by bandits and found 12 rifles.'],
      ['Kidnapped engineer released after four months', 'He was abducted by gunmen in March and is in good health.'],
    ];
    for (const [title, content] of lookAlikes) expect(run(title, content).isAttack, title).toBe(false);
  });

  it('armed men who fire on a village attack it', () => {
    const a = run(
      'Villager wounded as armed men fire on Lamka village',
      'Armed miscreants fired on the village from the hills on Saturday evening, wounding one volunteer.',
    );
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
  });

  it('a war that drags on is the setting, not this attack', () => {
    const a = run(
      'Drone strike kills six in Kadugli market',
      'A drone strike killed six people at the market on Sunday. As the war drags on, militias continue to shell towns.',
    );
    expect(a.attackTypes).toEqual(['drone']);
  });
});
