/**
 * Round 15, attack or not on real news (issue 11): each class of how news is written that
 * the round's development set showed or that stories written for the round found, in sentences
 * written for this test (names, places and numbers invented), several variants each, beside the
 * look-alikes or attacks that must stay as they are.
 */
import { describe } from 'vitest';
import { readsStories as reads } from '../helpers/extraction.js';

describe('a bomb maker killed by his own bomb where he made it', () => {
  reads([
    [
      'a device that went off in the yard of his home, with bomb-making things found there',
      'Man killed when homemade device explodes behind his house',
      'A 34-year-old man died on Friday evening after a homemade explosive device went off in the yard behind his house, the county sheriff said. ' +
        'Deputies later found items used to make pipe bombs in a shed on the property.',
      false,
    ],
    [
      'a teenager and the powder for making bombs in the family’s backyard',
      'Teen dies as device explodes in back yard',
      'A 17-year-old died on Saturday after a homemade explosive device went off in the backyard of his family’s house. ' +
        'Investigators found pipes and powder for the making of explosive devices in a shed.',
      false,
    ],
    [
      'a blast in his garage and a bomb-making kit',
      'Explosion in garage kills man in Dunmore',
      'A man was killed when an explosive device detonated in the garage of his home in Dunmore on Tuesday. ' +
        'Police said they recovered bomb-making materials from the garage.',
      false,
    ],
    [
      'a bomb outside a shop stays an attack though the suspect built bombs at home',
      'Bomb outside pharmacy kills one in Harwick',
      'A bomb exploded outside a pharmacy in Harwick on Monday, killing a passer-by and wounding three. ' +
        'A man arrested that night had been making pipe bombs in his garage, detectives said.',
      true,
      'ied',
    ],
    [
      'a bomb planted at a judge’s home stays an attack',
      'Bomb planted at judge’s home kills guard',
      'A bomb planted outside the home of a judge in Sibi exploded on Saturday, killing a guard, police said.',
      true,
      'ied',
    ],
    [
      'a parcel bomb that killed a man at his home stays an attack',
      'Parcel bomb kills trader at his home',
      'A parcel bomb exploded at the home of a trader in Tapachula on Friday, killing him, prosecutors said.',
      true,
      'ied',
    ],
  ]);
});

describe('a space launch is told by the satellite its rocket carries', () => {
  reads([
    [
      'satellites put into orbit by a carrier rocket',
      'Iran puts three satellites into orbit',
      'Iran said on Sunday it had put three small satellites into orbit with its Simorgh carrier rocket, the first such launch this year.',
      false,
    ],
    [
      'a rocket carrying a spy satellite, with a missile programme feared beside it',
      'North Korea fires rocket carrying spy satellite',
      'North Korea fired a rocket carrying a military reconnaissance satellite late on Tuesday, Japan said, as neighbours fear the launches help its missile programme.',
      false,
    ],
    [
      'a satellite put in orbit on an army-built rocket, under a title on missile fears',
      'Country says it launched satellite despite Western missile concerns',
      'The country launched an imaging satellite on Friday aboard a rocket built by its armed forces, state television said; Western governments say the work aids its long-range missiles.',
      false,
    ],
    [
      'a French satellite launch',
      'L’Inde lance un satellite d’observation',
      'L’Inde a lancé avec succès un satellite d’observation de la Terre depuis sa base de Sriharikota, a annoncé l’agence spatiale.',
      false,
    ],
    [
      'a Russian carrier rocket with a communications satellite',
      'Россия вывела на орбиту спутник связи',
      'Ракета-носитель со спутником связи стартовала с космодрома в четверг утром, сообщили в госкорпорации.',
      false,
    ],
    [
      'an Arabic satellite launch',
      'الهند تطلق قمرا صناعيا لرصد الطقس',
      'أعلنت وكالة الفضاء الهندية الأربعاء أنها أطلقت قمرا صناعيا جديدا لرصد الطقس من قاعدتها في الجنوب.',
      false,
    ],
    [
      'satellite images of a drone strike stay an attack',
      'Satellite images show hangars hit in drone strike on air base',
      'Satellite images released on Tuesday show damaged hangars at the Morozovsk air base after a drone attack on Monday that killed three servicemen.',
      true,
      'drone',
    ],
    [
      'rockets that hit near a launch site stay an attack',
      'Rockets hit near missile base, wounding four guards',
      'Two rockets fired by militants struck near a missile base outside the city on Tuesday, wounding four guards, officials said.',
      true,
      'rocket',
    ],
  ]);
});

describe('an Indonesian bombing told as "the bomb incident", its bomber "detonating"', () => {
  reads([
    [
      'a police account naming the bombing and its toll at the end',
      'Polisi jelaskan kronologi bom di depan gereja',
      'Wakil Kapolres menjelaskan kronologi aksi peledakan bom di depan sebuah gereja di Samarinda, Minggu pagi. ' +
        'Pelaku disebut membawa bom rakitan di dalam tas. Menurut dia, satu bom lain tidak meledak. ' +
        'Dua jemaat tewas dan 19 orang luka-luka akibat bom tersebut.',
      true,
    ],
    [
      'a bomber who blew himself up at a police post',
      'Pelaku bom bunuh diri serang pos polisi, satu polisi tewas',
      'Seorang pelaku meledakkan diri di halaman pos polisi di Pekanbaru pada Rabu pagi. Satu polisi tewas dan enam orang terluka.',
      true,
      'suicide_attack',
    ],
    [
      'the anniversary of a bombing stays a remembrance',
      'Peringatan 15 tahun peristiwa bom Kuningan',
      'Ratusan orang menghadiri peringatan 15 tahun peristiwa bom Kuningan di Jakarta pada Kamis.',
      false,
    ],
    [
      'a court hearing in a bombing case stays a trial',
      'Sidang kasus peristiwa bom Sarinah digelar',
      'Pengadilan negeri menggelar sidang terdakwa kasus peristiwa bom Sarinah pada Selasa.',
      false,
    ],
  ]);
});

describe('Spanish and Portuguese armed groups that burst in and murder, insurgents, and mines laid on roads', () => {
  reads([
    [
      'an armed group that burst into a bar and murdered six, told in the preterite singular',
      'Asesinan a seis personas en un bar de Zamora',
      'Un grupo armado irrumpió en un bar de Zamora la noche del sábado y asesinó a seis personas, informó la fiscalía estatal.',
      true,
      'armed_assault',
    ],
    [
      'a hitman who murdered a shopkeeper',
      'Sicario asesinó a comerciante en Chilpancingo',
      'Un sicario asesinó a balazos a un comerciante en el centro de Chilpancingo la tarde del lunes, informaron las autoridades.',
      true,
      'armed_assault',
    ],
    [
      'Portuguese insurgents who killed villagers',
      'Insurgentes matam cinco pessoas em Cabo Delgado',
      'Insurgentes mataram cinco pessoas numa aldeia do distrito de Muidumbe na segunda-feira, disseram fontes locais.',
      true,
      'armed_assault',
    ],
    [
      'Portuguese armed men who invaded a house and killed',
      'Homens armados invadem casa e matam família',
      'Homens armados invadiram uma casa em Feira de Santana na madrugada de domingo e mataram quatro pessoas, segundo a polícia.',
      true,
      'armed_assault',
    ],
    [
      'a Spanish anti-personnel mine that wounded two soldiers',
      'Mina antipersonal deja dos soldados heridos en Antioquia',
      'Dos soldados resultaron heridos al pisar una mina antipersonal instalada por disidencias en zona rural de Briceño, informó el Ejército.',
      true,
      'ied',
    ],
    [
      'a Portuguese soldier who stepped on a mine laid by insurgents',
      'Militar morre ao pisar numa mina em Cabo Delgado',
      'Um militar morreu ao pisar numa mina colocada pelos insurgentes numa estrada de Mocímboa da Praia, disse uma fonte militar.',
      true,
      'ied',
    ],
    [
      'the police bursting into a safe house to free hostages is their rescue',
      'Policía irrumpe en casa de seguridad y rescata a secuestrados',
      'Agentes de la policía irrumpieron en una casa de seguridad en Tlaquepaque y liberaron a tres personas secuestradas, informó la fiscalía.',
      false,
    ],
    [
      'a murderer arrested, named by the same word, is an arrest',
      'Detienen al presunto asesino de una joven',
      'La policía detuvo al presunto asesino de una joven de 19 años hallada muerta en su casa el mes pasado.',
      false,
    ],
    [
      'a history of the insurgency is no attack',
      'Cabo Delgado: o que se sabe sobre os insurgentes',
      'Os insurgentes começaram a atacar a província em 2017 e milhares de pessoas fugiram desde então.',
      false,
    ],
  ]);
});

describe('a ship struck by an unknown projectile', () => {
  reads([
    [
      'a merchant vessel struck off a port',
      'Merchant ship hit by projectile off Yemen',
      'A merchant vessel was struck by an unknown projectile about 50 nautical miles west of Hodeidah on Sunday, a maritime security agency said. The crew were safe.',
      true,
    ],
    [
      'a tanker hit and set on fire',
      'Tanker catches fire after being hit off Aden',
      'A tanker was hit by a projectile 80 nautical miles east of Aden on Wednesday, causing a small fire that the crew put out, a security firm said.',
      true,
    ],
    [
      'a projectile launched off a coast is a test',
      'North Korea fires unidentified projectile',
      'North Korea fired an unidentified projectile off its east coast on Thursday, the South’s military said.',
      false,
    ],
    [
      'an old projectile found in a field is a find',
      'Farmers find old projectile in field',
      'Farmers found a rusty projectile from the war in a field near Ypres on Monday; the army took it away.',
      false,
    ],
  ]);
});

describe('two sides exchanging fire, told by the toll', () => {
  reads([
    [
      'border guards of two states',
      'Border guards exchange fire, one killed',
      'A border guard was killed on Tuesday when the forces of the two neighbours exchanged fire at the Dorah crossing, officials said.',
      true,
      'armed_assault',
    ],
    [
      'troops and militants who traded fire',
      'Two soldiers killed as troops, militants trade fire in Kurram',
      'Two soldiers were killed when troops and militants exchanged fire near a checkpoint in Kurram on Sunday, the army said.',
      true,
      'armed_assault',
    ],
    [
      'an exchange of fire with no harm named is no attack report by itself',
      'Border guards exchange fire at crossing',
      'Guards on both sides of the border exchanged fire briefly on Friday evening, officials said, and the crossing reopened on Saturday.',
      false,
    ],
  ]);
});

describe('a police gunfight with crime suspects is the police’s operation', () => {
  reads([
    [
      'police killing robbery suspects in a shootout',
      'Police kill two robbery suspects in shootout',
      'Police shot dead two suspected armed robbers after a shootout in the Mathare area of the capital on Monday, a police spokesman said.',
      false,
    ],
    [
      'police killing kidnapping suspects in a gun battle',
      'Police kill three kidnapping suspects in gun battle',
      'Police said on Sunday they had killed three suspected kidnappers in a gun battle in a forest and freed two hostages.',
      false,
    ],
    [
      'gunmen killing police officers in a shootout stays an attack',
      'Gunmen kill two police officers in shootout',
      'Gunmen killed two police officers in a shootout at a checkpoint in Gusau on Tuesday, police said.',
      true,
      'armed_assault',
    ],
    [
      'militants storming a camp, with attackers killed in the gunfight, stays an attack',
      'Militants attack army camp; three soldiers, two attackers killed',
      'Militants stormed an army camp in Kupwara on Monday, killing three soldiers; two attackers died in the gunfight that followed.',
      true,
      'armed_assault',
    ],
  ]);
});

describe('a car driven into a crowd, told in Russian and Ukrainian', () => {
  reads([
    [
      'a Russian driver who drove into a crowd on purpose',
      'Водитель въехал в толпу у рынка в Омске',
      'Мужчина на автомобиле намеренно въехал в толпу людей у входа на рынок, пострадали шесть человек, сообщили в полиции.',
      true,
      'armed_assault',
    ],
    [
      'a Ukrainian driver who drove into pedestrians',
      'У Житомирі водій в’їхав у натовп',
      'Чоловік на автомобілі навмисно в’їхав у натовп пішоходів біля зупинки, постраждали четверо людей, повідомила поліція.',
      true,
      'armed_assault',
    ],
    [
      'a car that crashed into a ditch is a road accident',
      'Автомобиль съехал в кювет под Тверью',
      'Легковой автомобиль съехал в кювет на трассе, водитель получил травмы, сообщили в ГИБДД.',
      false,
    ],
  ]);
});

describe('lightning is told as a strike that kills', () => {
  reads([
    [
      'lightning strikes that killed farmers',
      'Lightning strikes kill 11 farmers in Sirajganj',
      'Eleven farmers were killed by lightning strikes while working in paddy fields in several villages on Sunday, officials said.',
      false,
    ],
    [
      'people struck by lightning, in Hindi',
      'आकाशीय बिजली गिरने से चार लोगों की मौत',
      'जिले के तीन गांवों में रविवार शाम आकाशीय बिजली गिरने से चार लोगों की मौत हो गई।',
      false,
    ],
    [
      'Spanish farmworkers hit by lightning',
      'Mueren dos jornaleros alcanzados por un rayo',
      'Dos jornaleros murieron alcanzados por un rayo mientras trabajaban en una parcela de Chiapas el domingo por la tarde.',
      false,
    ],
    [
      'an air strike told beside a thunderstorm stays an attack',
      'Air strike kills five in Idlib village',
      'An air strike hit a house in a village south of Idlib on Monday night, killing five people, as a thunderstorm swept the region, rescuers said.',
      true,
      'airstrike',
    ],
  ]);
});

describe('hostages taken, with their number or who they are between', () => {
  reads([
    [
      'militants who take hostages at a plant',
      'Militants take 40 hostages at oil field',
      'Militants stormed an oil field in the desert on Thursday and took dozens of foreign engineers captive, officials said.',
      true,
      'kidnapping',
    ],
    [
      'gunmen who took bank staff hostage',
      'Gunmen take bank staff hostage in Tarlac',
      'Armed men entered a bank in Tarlac on Monday morning and took six employees hostage, police said.',
      true,
      'kidnapping',
    ],
    [
      'a film in which gunmen take hostages is a film',
      'Siege thriller in which gunmen take 20 hostages opens this week',
      'The film, shot in Cape Town, follows a negotiator over one long night.',
      false,
    ],
    [
      'hostages freed after months are a release',
      'Militants free 12 hostages taken in March',
      'The twelve workers kidnapped at a mine in March were released on Sunday after talks, their employer said.',
      false,
    ],
  ]);
});
