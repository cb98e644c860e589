/**
 * Round 11, attack or not on real news (issue 11): classes of how news is written that the
 * engine misread, each told in sentences written for this test (names, places and numbers
 * invented), beside the report it must not be confused with.
 */
import { describe } from 'vitest';
import { readsStories as reads } from '../helpers/extraction.js';

describe('a weapon named alone, in any language', () => {
  reads([
    [
      'an Arabic feature on what drones can do is no attack report',
      'الطائرات المسيرة سلاح المرحلة المقبلة في حروب المنطقة',
      'يرى خبراء أن الطائرات المسيرة ستغير شكل المعارك خلال السنوات القادمة بسبب كلفتها المنخفضة وسهولة تصنيعها.',
      false,
    ],
    [
      'an Arabic drone attack that killed people is still one',
      'مقتل ثلاثة في هجوم بطائرة مسيرة على سيارة في مأرب',
      'قتل ثلاثة أشخاص اليوم في هجوم بطائرة مسيرة استهدف سيارة كانت تقلهم شرق مدينة مأرب، بحسب مصادر محلية.',
      true,
    ],
    [
      'a Turkish piece on a ballistic missile programme is no attack report',
      'Balistik füze programı yeni aşamaya geçti',
      'Savunma sanayii yetkilileri, yerli balistik füze projesinde seri üretime geçileceğini açıkladı.',
      false,
    ],
  ]);
});

describe('the time of a report told in another language', () => {
  reads([
    [
      'a Turkish suicide bombing under an editorial title, timed by the clock, is a report',
      'Birlik zamanı',
      'Şehir bir kez daha sarsıldı. Geçen ay da liman bölgesinde bir patlama olmuştu. Çarşı Caddesi’nde kalabalığa karışan bir canlı bomba saat 11.20’de üzerindeki patlayıcıyı ateşledi. Yaralılar hastanelere kaldırıldı ve 5 kişi hayatını kaybetti.',
      true,
      'suicide_attack',
    ],
    [
      'the same editorial title over a column on security with no time or act is no report',
      'Birlik zamanı',
      'Canlı bomba tehdidine karşı şehirlerde yeni güvenlik önlemleri tartışılıyor. Uzmanlar, kalabalık caddelerde daha fazla denetim istiyor.',
      false,
    ],
    [
      'a Spanish count after "las" is no clock time',
      'Opinión: la memoria de las víctimas',
      'Las familias de las 10 víctimas del atentado de hace una década pidieron justicia en una carta abierta.',
      false,
    ],
  ]);
});

describe('a campaign that goes on, as the background of a statement', () => {
  reads([
    [
      'Arabic: a warning while the forces go on launching air raids across the border is no report',
      'وزير الدفاع يحذر جاره من ثمن باهظ',
      'حذر وزير الدفاع اليوم من أن الجار سيدفع ثمنا باهظا إذا سمح بدخول قوات معادية. ويأتي التحذير في وقت تواصل فيه قواته شن غارات جوية على مواقع عسكرية عبر الحدود.',
      false,
    ],
    [
      'a strike that goes on and kills on a given night is still a report',
      'Border town under fire',
      'Arland continues to strike the border town of Pelmo: on Tuesday night an air strike killed four people in its market, medics said.',
      true,
    ],
  ]);
});

describe('a bomb that killed the one holding it', () => {
  reads([
    [
      '"the device he was carrying went off" is his mishap, not an attack',
      'Man killed by homemade bomb in Corvain',
      'Investigators in Corvain say a man was killed on Friday when the device he was carrying went off near a bus stop.',
      false,
    ],
    [
      'Spanish: a bomb that blew up in his hands is his mishap',
      'Muere un hombre al estallar un artefacto explosivo en Valdora',
      'Un hombre murió el jueves en el centro de Valdora cuando un artefacto explosivo casero le estalló en las manos, informó la fiscalía.',
      false,
    ],
    [
      'a bomb carried into a crowd that killed others is an attack',
      'Bomb kills six at Corvain bus stop',
      'A bomb left in a bag at a crowded bus stop in Corvain exploded on Friday, killing six people, police said.',
      true,
    ],
  ]);
});

describe('a missile launch under a headline that shortens the country', () => {
  reads([
    [
      '"N Korea fires ballistic missile" is a launch, not an attack',
      'N Korea fires ballistic missile, Japan says',
      "Japan's coast guard said a ballistic missile was fired from the North on Monday morning. It came down outside the country's exclusive waters.",
      false,
    ],
    [
      '"DPRK launches cruise missiles" is a launch too',
      'DPRK launches two cruise missiles',
      "Japan's coast guard said a ballistic missile was fired from the North on Monday morning. It came down outside the country's exclusive waters.",
      false,
    ],
  ]);
});

describe('how a Hindi report says the attack was done', () => {
  reads([
    [
      'Maoists who "blew up" a police jeep with an IED blast is an attack report',
      'रामपुर के पास जंगल वाले रास्ते पर नक्सलियों ने हमले को अंजाम दिया',
      'रामपुर। शनिवार सुबह जंगल वाले रास्ते पर नक्सलियों ने हमले को अंजाम दिया। उन्होंने IED ब्लास्ट कर गश्त पर निकली पुलिस जीप को उड़ा दिया। हमले में तीन जवान शहीद हो गए।',
      true,
      'ied',
    ],
    [
      'explosives seized from a hideout, with no one hurt, are no attack',
      'रामपुर में पुलिस ने नक्सलियों के ठिकाने से विस्फोटक बरामद किया',
      'रामपुर। पुलिस ने शनिवार को जंगल में तलाशी अभियान के दौरान नक्सलियों के ठिकाने से IED और तार बरामद किए। किसी को चोट नहीं आई।',
      false,
    ],
  ]);
});

describe('a bomb recovered before it went off', () => {
  reads([
    [
      'police recovering an IED from a hideout is a find, not an attack',
      'Police find explosives in rebel hideout near Tarsen',
      'Tarsen. Police on Saturday recovered an IED and a roll of wire from a rebel hideout during a search of the forest. No one was hurt.',
      false,
    ],
    [
      'landmines unearthed beside a road are a find',
      'Two landmines unearthed on Tarsen road',
      'Two landmines were unearthed beside the Tarsen road on Monday and taken away by army engineers, officials said.',
      false,
    ],
    [
      'a roadside bomb that killed soldiers is still an attack when a second one was recovered',
      'Roadside bomb kills three soldiers near Tarsen',
      'A roadside bomb killed three soldiers on patrol near Tarsen on Monday, the army said. Troops later recovered a second device nearby.',
      true,
    ],
  ]);
});

describe('police action against crime under a police title', () => {
  reads([
    [
      'police shooting robbers after a heist is their action, not an attack',
      'Police kill two robbery suspects in shootout',
      'Police shot dead two suspected robbers in a shootout in Norvale on Saturday after a bank heist, officials said.',
      false,
    ],
    [
      'an arrest told with the stabbing it follows is still the first report of the attack',
      'Police arrest man over Pelmo mall stabbing',
      'Police arrested a man on Saturday after he stabbed three shoppers at a mall in Pelmo, wounding two of them seriously.',
      true,
    ],
  ]);
});

describe('a blast with no attacker in everyday life', () => {
  reads([
    [
      'a crude bomb set by poachers for wild boar is a hunting mishap, told after a dateline line',
      'Farm hand dies in field explosion near Ramgarh',
      'Ramgarh, March 3\n\nA 38-year-old farm hand died on the spot today when an explosive device went off in a sugarcane field near the village. He had been working on the farm for six years. Police said the device was most likely a crude bomb made by poachers to kill wild boar.',
      false,
    ],
    [
      'a bomb thrown at a village council office after a dateline line is still an attack',
      'Two hurt as bomb hurled at council office near Ramgarh',
      'Ramgarh, March 3\n\nUnidentified men on a motorbike hurled a crude bomb at the village council office on Sunday, injuring two clerks, police said.',
      true,
    ],
    [
      'a blast at a scrapyard is a works accident',
      'Worker dies in scrapyard blast',
      'A worker died on Tuesday when a shell he was cutting open exploded at a scrapyard in Pelmo, police said.',
      false,
    ],
  ]);
});

describe('a killing told by a past killing verb in another language', () => {
  reads([
    [
      'Spanish: armed men who burst into a party and "asesinaron" eight is an attack',
      'Noche de terror en Tamsa',
      'Hombres armados irrumpieron en una fiesta familiar en el barrio de San Telmo de Tamsa la madrugada del domingo y asesinaron a ocho personas, informó la fiscalía.',
      true,
    ],
    [
      'Russian: militants who "убили" three soldiers at a checkpoint is an attack',
      'Ночь на блокпосту',
      'Боевики в ночь на субботу подошли к блокпосту у села Каво и убили троих военных, сообщили в штабе.',
      true,
    ],
    [
      'Spanish: a court story about men who killed years ago is no report',
      'Condenan a los autores de la masacre de Tamsa',
      'Un tribunal condenó el lunes a cuatro hombres que en 2019 asesinaron a ocho personas en una fiesta en Tamsa.',
      false,
    ],
  ]);
});

describe('old munitions of every kind, and fireworks works', () => {
  reads([
    [
      'an old grenade kept at home that killed a boy is a mishap',
      'Boy killed as old grenade explodes at home in Pelmo',
      'A ten-year-old boy died on Friday when an old grenade his grandfather had kept in a drawer went off at their house in Pelmo.',
      false,
    ],
    [
      'a landmine left from the war that killed shepherds is a mishap',
      'Two shepherds die in mine blast near Kavo',
      'Two shepherds were killed on Sunday when a landmine left from the war exploded as they grazed their flock near Kavo.',
      false,
    ],
    [
      'French: an old shell found in a field is a mishap',
      'Deux enfants tués par un vieil obus à Kavo',
      'Deux enfants ont été tués lundi par l’explosion d’un vieil obus trouvé dans un champ près de Kavo.',
      false,
    ],
    [
      'Spanish: a blast at a fireworks works is an accident',
      'Explosión de pirotecnia deja cinco muertos en Valdo',
      'Una explosión en un depósito de cohetes dejó cinco muertos el lunes en Valdo, según las autoridades.',
      false,
    ],
  ]);
});

describe('a killing in a private quarrel', () => {
  reads([
    [
      'a man who shot his brother in a family dispute committed a crime, not an attack',
      'Man shot dead in family dispute near Pelmo',
      'A man shot dead his brother and sister-in-law in a family dispute in a village near Pelmo on Sunday, police said.',
      false,
    ],
    [
      'Spanish: an armed man who shot two relatives in a family quarrel committed a crime',
      'Dos muertos a tiros en una disputa familiar en Tamsa',
      'Un hombre armado mató a tiros el sábado a su hermano y a su cuñada durante una disputa familiar en Tamsa, informó la policía.',
      false,
    ],
    [
      'gunmen who killed villagers in a land dispute between communities still attacked',
      'Gunmen kill 12 villagers in Kavo amid land dispute',
      'Gunmen killed 12 villagers in an overnight raid in Kavo, officials said on Monday, blaming a long-running land dispute between farmers and herders.',
      true,
    ],
  ]);
});

describe('Brazilian crime-page words for a massacre by gunmen', () => {
  reads([
    [
      '"chacina" with six "executadas" by hooded men is an attack',
      'Chacina em Tamsa: homens encapuzados matam seis',
      'Seis pessoas foram executadas por homens encapuzados em uma casa no bairro Jardim Tamsa na madrugada deste domingo.',
      true,
      'armed_assault',
    ],
  ]);
});
