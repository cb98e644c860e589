/**
 * Round 16 (det16), attack or not: classes of how news is written, in sentences written for this
 * test (names, places and numbers invented), several variants each, beside the look-alikes of the
 * same shape that must not change.
 */
import { describe } from 'vitest';
import { readsStories as reads } from '../helpers/extraction.js';

describe('an assault told in one sentence and its toll in the next is one report, in any language', () => {
  reads([
    [
      'an English knife assault under a title naming no attack, its toll after it',
      'Terror at Dunmore school',
      'A 13-year-old pupil attacked several people with a knife at a school in Dunmore on Monday. One teacher died and four people were hurt.',
      true,
      'armed_assault',
    ],
    [
      'a Portuguese school assault with a weekday split in two ("nesta terça-feira")',
      'Aluno ataca escola em Vila Serena e mata professora',
      'Nesta terça-feira, um estudante de 15 anos atacou colegas e professores com uma faca numa escola de Vila Serena. Morreu uma professora e três pessoas ficaram feridas.',
      true,
      'armed_assault',
    ],
    [
      'a Spanish assault in the preterite, one victim in the singular',
      'Alumno ataca escuela en Villa Serena',
      'Un alumno de 14 años atacó a varias personas con un cuchillo en una escuela de Villa Serena este martes. Una maestra murió y otras tres personas resultaron heridas.',
      true,
      'armed_assault',
    ],
    [
      'a French assault with a blade, the wounded next',
      'Attaque à Valmont',
      'Un homme a attaqué des passants avec un couteau à Valmont samedi. Deux personnes ont été blessées.',
      true,
      'armed_assault',
    ],
    [
      'an Italian assault with a blade, the dead next',
      'Agguato a Vallombrosa',
      'Un uomo ha attaccato tre persone con un coltello a Vallombrosa lunedì. Una donna è morta.',
      true,
      'armed_assault',
    ],
    [
      'a Spanish arson by hooded men, a guard "lesionado" next',
      'Encapuchados incendian oficinas en Villa Serena',
      'Dos encapuchados incendiaron el lunes una tienda de Villa Serena rociándola con gasolina. Un guardia resultó lesionado al intentar apagar el fuego.',
      true,
    ],
    [
      'a weapon found before a crash toll is no attack',
      'Crash on the Dunmore ring road',
      'Police found a knife in one of the cars on Monday. Two people died in the crash.',
      false,
    ],
    [
      'a hunter firing at a deer before a death is no attack',
      'Man dies in Dunmore forest',
      'A hunter fired his rifle at a deer on Saturday. A man walking nearby was killed.',
      false,
    ],
    [
      'a shark attacking a swimmer is no attack',
      'Surfer dies off Dunmore beach',
      'A shark attacked a swimmer off Dunmore beach on Sunday. The man died of his injuries.',
      false,
    ],
    [
      'a Portuguese shark attack is no attack',
      'Tubarão ataca surfista em Praia Serena',
      'Um tubarão atacou um surfista na Praia Serena nesta segunda-feira. O homem morreu no hospital.',
      false,
    ],
    [
      'a Spanish dog attack is no attack',
      'Perro ataca a niño en Villa Serena',
      'Un perro atacó a un niño en Villa Serena este martes. El niño murió en el hospital.',
      false,
    ],
    [
      'a bull goring a runner is no attack',
      'Toro ataca a corredor en fiestas de Villa Serena',
      'Un toro atacó a un corredor durante el encierro de este martes. El hombre resultó herido.',
      false,
    ],
    [
      'hackers "attacking" a hospital before deaths is no attack',
      'Hospital in Dunmore hit by hackers',
      'Hackers attacked the hospital computers with ransomware on Monday. Two patients died after being sent elsewhere.',
      false,
    ],
    [
      'the assault and toll recalled under a sentence title stay a trial',
      'Hombre condenado a 40 años en Villa Serena',
      'El hombre atacó a tres personas con un cuchillo en 2021. Una de ellas murió.',
      false,
    ],
    [
      'the same in a drill stays a drill',
      'Soldiers train in Dunmore',
      'Soldiers attacked a mock village with rifles during a drill on Monday. Two were injured in a fall.',
      false,
    ],
  ]);
});

describe('a fire bomb thrown at a building or at people is an arson attack', () => {
  reads([
    [
      'a Spanish wire report of an incendiary device thrown at offices',
      'Arrojan un artefacto incendiario contra un bar de Villa Serena',
      'Dos jóvenes arrojaron un artefacto incendiario contra la puerta de un bar de Villa Serena en la madrugada del sábado, según la policía local.',
      true,
      'armed_assault',
    ],
    [
      'an English firebomb thrown at offices',
      'Firebomb thrown at company offices in Dunmore',
      'Unknown people threw a firebomb at the front of a building firm offices in Dunmore overnight, police said.',
      true,
      'armed_assault',
    ],
    [
      'a French Molotov cocktail thrown at a town hall',
      'Mairie de Valmont visée',
      'Des inconnus ont lancé un cocktail Molotov sur la mairie de Valmont dans la nuit de samedi, selon la gendarmerie.',
      true,
      'armed_assault',
    ],
    [
      'an incendiary device found, not thrown, is no attack',
      'Suspicious device found outside Dunmore shop',
      'Staff found what looked like an incendiary device by the bins outside a shop in Dunmore on Tuesday. Army experts took it away and nobody was hurt.',
      false,
    ],
    [
      'Molotov cocktails in a museum are no attack',
      'Museum in Valmont shows wartime objects',
      'The new hall of the Valmont museum shows uniforms, letters and Molotov cocktails that partisans made in 1944.',
      false,
    ],
  ]);
});

describe('years elapsed since an attack tell a story of remembrance, in any language', () => {
  reads([
    [
      'a Turkish title counting the years passed since a bloody attack',
      "Sukamaju'daki saldırının üzerinden 15 yıl geçti",
      "Sukamaju'da 30 kişinin öldüğü bombalı saldırının üzerinden 15 yıl geçti.",
      false,
    ],
    [
      'a Spanish title with "han pasado 20 años" in digits',
      'Han pasado 20 años desde el atentado de Villa Serena',
      'Se cumplen 20 años del atentado del 11 de marzo de 2004 en Villa Serena, en el que murieron 30 personas.',
      false,
    ],
    [
      'a Portuguese "há 20 anos" in digits',
      'Há 20 anos, o atentado de Vila Serena',
      'Em 12 de março de 2004, uma bomba matou 30 pessoas em Vila Serena.',
      false,
    ],
    ['a French "il y a vingt ans" in words', 'Il y a vingt ans, la bombe de Valmont', 'Il y a vingt ans, une bombe tuait 30 personnes à Valmont.', false],
    ['a Russian "20 years ago"', '20 лет назад в Заречном взорвали рынок', '20 лет назад взрыв на рынке в Заречном унёс жизни 30 человек.', false],
    [
      'an English "20 years on"',
      'Dunmore bombing: 20 years on',
      'Twenty years on, survivors of the Dunmore market bomb that killed 30 people still meet every spring.',
      false,
    ],
    [
      'a car bomb reported before the years since the last one stays an attack',
      'Car bomb kills two in Dunmore, 20 years after the last attack',
      'A car bomb killed two people outside the Dunmore town hall on Tuesday.',
      true,
      'ied',
    ],
    [
      'gunmen attacking again, as they did years ago, stay an attack',
      'Gunmen attack village again, as they did 2 years ago',
      'Gunmen attacked the village of Dunmore on Tuesday and killed four people, as they had 2 years ago.',
      true,
    ],
    [
      "an attacker's age in years is no elapsed time",
      'Un hombre de 30 años apuñala a tres personas en Villa Serena',
      'Un hombre de 30 años apuñaló este martes a tres personas en una plaza de Villa Serena; dos resultaron heridas.',
      true,
      'armed_assault',
    ],
    [
      'the first car bomb "in 20 years since the truce" is a report: a span, not time elapsed',
      'Dunmore sees first car bomb in 20 years since the truce',
      'A car bomb exploded outside a police station in Dunmore on Tuesday, wounding five officers.',
      true,
      'ied',
    ],
    [
      'the worst attack "in 20 years" is a report',
      'Hombres armados matan a cinco en Villa Serena, el peor ataque en 20 años',
      'Hombres armados mataron este martes a cinco personas en Villa Serena.',
      true,
      'armed_assault',
    ],
  ]);
});

describe('courts and inquests on an attack, in the languages that lacked their words', () => {
  reads([
    [
      'an Indonesian life sentence ("dijatuhi hukuman penjara seumur hidup")',
      'Penembak Bus Sukamaju Dijatuhi Hukuman Penjara Seumur Hidup',
      'Pria berusia 40 tahun yang menembaki penumpang bus di Sukamaju tahun lalu kini harus mendekam di penjara sampai akhir hayatnya. Enam orang terluka dalam serangan itu.',
      false,
    ],
    [
      'an Indonesian term of years ("dihukum 20 tahun penjara")',
      'Pelaku penembakan di Sukamaju dihukum 20 tahun penjara',
      'Pengadilan Negeri Sukamaju menjatuhkan vonis 20 tahun penjara kepada pria yang menembak tiga orang tahun lalu.',
      false,
    ],
    [
      "a coroner's ruling on a bomber killed by his own device",
      'Dunmore hospital blast: bomber built the device himself, coroner finds',
      'A coroner ruled on Tuesday that the man behind the Dunmore hospital blast made the device at home and died when it went off early, inside a taxi.',
      false,
    ],
    [
      'an inquest into the deaths of a stabbing',
      'Inquest opens into deaths of three in Dunmore stabbing',
      'An inquest opened on Tuesday into the deaths of three people who were stabbed at a Dunmore festival last year.',
      false,
    ],
    [
      'an Indonesian bombing today stays an attack',
      'Bom meledak di pasar Sukamaju, 5 tewas',
      'Sebuah bom meledak di pasar Sukamaju pada Selasa dan menewaskan lima orang.',
      true,
      'ied',
    ],
    [
      "an attack with a coroner named only as a witness's job stays an attack",
      'Gunman kills three in Dunmore pub',
      'A gunman shot dead three people at a Dunmore pub on Tuesday night, police said.',
      true,
      'armed_assault',
    ],
  ]);
});

describe('a car that hit people because its driver was taken ill is a road accident', () => {
  reads([
    [
      'English: a medical episode',
      'Car hits pedestrians in Dunmore',
      'A car mounted the pavement and struck six pedestrians in Dunmore on Tuesday after its driver suffered a medical episode, police said.',
      false,
    ],
    [
      'French: "a fait un malaise"',
      'Voiture dans la foule à Valmont : le conducteur a fait un malaise',
      'Une voiture a percuté six piétons à Valmont mardi après que son conducteur a fait un malaise, selon la police.',
      false,
    ],
    [
      'Portuguese: "teve um mal súbito"',
      'Carro atinge pedestres em Vila Serena',
      'Um carro atropelou seis pedestres em Vila Serena nesta terça-feira depois que o motorista teve um mal súbito, segundo a polícia.',
      false,
    ],
    [
      'a car driven into a crowd on purpose stays an attack',
      'Car rams crowd in Valmont',
      'Un homme a foncé volontairement avec sa voiture dans la foule à Valmont mardi, blessant six personnes.',
      true,
      'armed_assault',
    ],
  ]);
});

describe('a title on the freed, whose kidnapping only describes them, is a release', () => {
  reads([
    [
      'kidnapped aid workers freed',
      'Kidnapped aid workers freed in Dunmore region',
      'Two aid workers kidnapped in March were freed on Tuesday, officials said.',
      false,
    ],
    [
      'abducted pupils released',
      'Abducted pupils released near Dunmore',
      'Twelve pupils abducted from their school last month were released on Tuesday.',
      false,
    ],
    [
      'a kidnapping told as it happened stays an attack',
      'Gunmen kidnap five workers in Dunmore',
      'Gunmen kidnapped five workers from a farm near Dunmore on Tuesday.',
      true,
      'kidnapping',
    ],
  ]);
});

describe("the age someone had at an old harm tells a life's past, in any language", () => {
  reads([
    [
      'a Spanish survivor taught to clear mines ("cuando tenía 12 años")',
      'Campesinos aprenden a retirar minas en Villa Serena',
      'Cuando tenía 12 años, Rosa casi muere al pisar una mina antipersonal cerca de Villa Serena. Hoy aprende a desminar con otros 20 campesinos.',
      false,
    ],
    [
      'an English survivor profile ("when she was 15")',
      'From landmine survivor to deminer',
      'When she was 15, Ana nearly died when a landmine exploded under her near Villa Serena. Now she clears mines for a living.',
      false,
    ],
    [
      'a French survivor ("quand il avait 10 ans")',
      'Le démineur de Valmont',
      'Quand il avait 10 ans, Paul a été grièvement blessé par une mine près de Valmont. Il forme aujourd’hui des démineurs.',
      false,
    ],
    [
      "a victim's age after the attack word stays an attack",
      'Bomb kills girl in Dunmore market',
      'A girl who was 8 was killed when a bomb exploded in Dunmore market on Tuesday.',
      true,
      'ied',
    ],
    [
      'a distance after "when it was" is no age',
      'Gunmen attack bus near Dunmore',
      'Gunmen attacked a bus near Dunmore on Tuesday when it was 5 km from the town, killing three passengers.',
      true,
      'armed_assault',
    ],
  ]);
});

describe('agents and investigators seize and raid as the police do', () => {
  reads([
    [
      'federal agents seizing guns in raids on a gang',
      'Dunmore police, federal agents seize rifles and cash in raids',
      'A gang was the target of raids this month in which Dunmore police and federal agents seized rifles and cash, a police statement said.',
      false,
    ],
    [
      'customs agents seizing rifles',
      'Agents seize rifles bound for gangs in Dunmore',
      'Customs agents seized 40 rifles hidden in a lorry at the Dunmore border post on Tuesday.',
      false,
    ],
    [
      'agents ambushed by gunmen stay the victims of an attack',
      'Federal agents wounded in Dunmore ambush',
      'Gunmen ambushed federal agents who had seized guns in Dunmore on Tuesday, wounding four.',
      true,
      'armed_assault',
    ],
  ]);
});
