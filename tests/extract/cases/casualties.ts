/**
 * Casualties. The toll of this event: killed and injured as the text states them, in any language
 * and word order, and not a campaign total, an earlier attack, the attackers or a figure that is a
 * name or an age.
 *
 * Adding a case: put `{ says, title, content, expect }` in the class it belongs to, or add a
 * class named for why its cases are there. `expect` gives only what the case is about; the
 * fields are `Expected` in tests/helpers/extraction.ts. Stories are written for the tests in
 * our own words, not copied from articles. reading-casualties.test.ts runs them, one test a case.
 * A test file in the older shape (a table of `[says, title, content, isAttack, type?]` stories, or
 * an `it` reading one story and expecting on it) folds in the same way: one case a story, its `it`
 * name as `says`; a story tuple's flag and type as `expect: { attack, hasTypes: [type] }`.
 */
import type { CaseClass } from '../../helpers/extraction.js';

export const casualtyCases: CaseClass[] = [
  {
    class: 'casualties of this event only',
    cases: [
      {
        says: 'a war or campaign toll is not the event toll',
        title: 'Airstrike kills 11 in Khan Younis',
        content:
          'An airstrike killed 11 people in Khan Younis on Monday, medics said. The offensive has killed more than 40,000 people, the health ministry says.',
        expect: { killed: 11 },
      },
      {
        says: 'a war or campaign toll is not the event toll',
        title: 'Bomb kills 3 soldiers in Hakkari',
        content: 'Three soldiers were killed by a roadside bomb in Hakkari province. The conflict has claimed 40,000 lives over three decades.',
        expect: { killed: 3 },
      },
      {
        says: 'an earlier attack introduced by its year is not this one',
        title: 'Car bomb kills five at market in Azaz',
        content:
          'A car bomb killed five people at a market in Azaz on Sunday. In 2017, more than 40 people were killed when a car bomb exploded outside the courthouse.',
        expect: { killed: 5 },
      },
    ],
  },
  {
    class: 'casualties',
    cases: [
      {
        says: 'a crew reported safe, an elderly couple, Polish victims',
        title: 'Tanker hit by missile in Gulf of Aden',
        content: 'The ship was damaged but the crew were reported safe.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'a crew reported safe, an elderly couple, Polish victims',
        title: 'Shelling kills couple in Kherson region',
        content: 'Russian shelling hit a house on Monday, killing an elderly couple.',
        expect: { killed: 2 },
      },
      {
        says: 'a crew reported safe, an elderly couple, Polish victims',
        title: 'Atak nożownika w Gdańsku',
        content: 'Bilans ataku: trzy ofiary.',
        expect: { killed: 3 },
      },
      {
        says: 'Portuguese gerunds after the blast',
        title: 'Atentado suicida em Peshawar',
        content: 'O bombista acionou o colete junto a um posto policial, matando uma pessoa e ferindo quatro.',
        expect: { toll: { killed: 1, injured: 4 } },
      },
      {
        says: 'an aside naming part of the group does not replace the toll',
        title: 'Bomb kills 14 in market',
        content: 'At least 14 people, including three children, were killed on Sunday.',
        expect: { killed: 14 },
      },
      {
        says: 'an aside naming part of the group does not replace the toll',
        title: 'Attaque au Niger',
        content: 'Au moins 17 personnes, dont cinq soldats, ont été tuées dans une attaque.',
        expect: { killed: 17 },
      },
      {
        says: 'Spanish verbs after the figure, a day inside the verb, beheading verbs',
        title: 'Ataque con explosivos contra una base',
        content: 'Al menos tres soldados murieron y 12 resultaron heridos.',
        expect: { toll: { killed: 3, injured: 12 } },
      },
      {
        says: 'Spanish verbs after the figure, a day inside the verb, beheading verbs',
        title: 'IED blast kills two policemen',
        content: 'Two policemen were on Monday killed and three others injured in the blast.',
        expect: { toll: { killed: 2, injured: 3 } },
      },
      {
        says: 'Spanish verbs after the figure, a day inside the verb, beheading verbs',
        title: 'Insurgents behead villagers',
        content: 'Insurgents decapitated six people in two villages on Sunday night.',
        expect: { killed: 6 },
      },
      {
        says: 'Spanish tolls after an auxiliary',
        title: 'Ataque aéreo en Saada',
        content: 'Al menos 9 civiles han muerto en ataques aéreos contra la ciudad.',
        expect: { killed: 9 },
      },
      {
        says: 'Spanish tolls after an auxiliary',
        title: 'Ataque armado en un bar de León',
        content: 'En el tiroteo, siete personas fueron asesinadas frente al local.',
        expect: { killed: 7 },
      },
    ],
  },
  {
    class: 'a part of the toll named in an aside is not a toll of its own',
    cases: [
      {
        says: '"N people including a child were killed" without commas is N',
        title: 'Nine herders including a boy were killed in a raid on their camp',
        content: 'Gunmen on motorbikes opened fire at dusk.',
        expect: { killed: 9 },
      },
      {
        says: 'a group, an aside, then one more group joined by "and" adds up',
        title: 'Ambush on a convoy in the hills',
        content: 'Seven police officers, including a district commander, and a driver were killed when rebels opened fire on their trucks.',
        expect: { killed: 8 },
      },
      {
        says: 'the aside with commas still leaves the whole group',
        title: 'Bomb hits a market',
        content: 'Fourteen people, including three children, were killed when the device went off.',
        expect: { killed: 14 },
      },
    ],
  },
  {
    class: 'killed and injured',
    cases: [
      {
        says: 'does not add the people named again after a comma or dash',
        title: 'Drone attack on Kherbet kills two',
        content: 'In Kherbet, two locals, a farmer and his wife, were killed by the drone.',
        expect: { killed: 2 },
      },
      {
        says: 'does not add the people named again after a comma or dash',
        title: 'Shelling kills a family',
        content: 'The family of five – a man, his wife and three children – were killed in the shelling.',
        expect: { killed: 5 },
      },
      {
        says: 'reads a whole list inside an aside as part of the group',
        title: 'Rebels kill villagers in Ituri',
        content: 'Residents found the bodies of 14 villagers, including seven women, five men and two children.',
        expect: { killed: 14 },
      },
      {
        says: 'does not count the attackers named beside the victims',
        title: 'Camp attack: four soldiers, three terrorists killed',
        content: 'At least four soldiers were killed as terrorists stormed their camp before sunrise.',
        expect: { killed: 4 },
      },
      {
        says: 'does not count the attackers named beside the victims',
        title: 'Militants ambush a border post',
        content:
          'Militants attacked a border post on Tuesday, killing 9 soldiers and wounding 12 others. Twenty militants were also killed in the fighting that followed, the army said.',
        expect: { toll: { killed: 9, injured: 12 } },
      },
      {
        says: 'counts the militants when they are the ones the attack killed',
        title: 'Air strike kills 14 militants',
        content: 'An air strike on a hideout killed 14 militants on Sunday, the army said.',
        expect: { killed: 14 },
      },
      {
        says: 'does not read weapons as people',
        title: 'Bomb kills three police officers near Garissa',
        content: 'A roadside bomb killed three police officers near Garissa on Monday. Last week, four roadside bombs killed 12 officers along the same road.',
        expect: { killed: 3 },
      },
      {
        says: 'takes the lower end of a French range',
        title: 'Mali : une attaque fait des morts',
        content: 'Des sources locales font état de 40 à 45 morts après l’attaque du camp.',
        expect: { killed: 40 },
      },
      {
        says: 'reads a Spanish verb before a list of victims',
        title: 'Coche bomba en Ocaña',
        content: 'Un coche bomba estalló frente a una estación de policía. Fallecieron tres policías y dos civiles, dijo el comandante.',
        expect: { killed: 5 },
      },
      {
        says: 'reads "without causing human losses" as none',
        title: 'Rockets hit a base in eastern Syria',
        content: 'Three rockets struck the base on Monday without causing any human or material losses.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'reads one group’s safety as nothing about the event',
        title: 'Drones attack an airport in Erbil',
        content: 'Two drones attacked the airport in Erbil on Friday. No U.S. personnel were injured, the coalition said.',
        expect: { toll: { killed: null, injured: null } },
      },
      {
        says: 'keeps a toll compared with a whole campaign',
        title: 'Air strike kills family in Rafah',
        content:
          'An air strike killed nine people on Friday, including four children, in the deadliest single strike of the week since the start of the offensive, medics said.',
        expect: { killed: 9 },
      },
    ],
  },
  {
    class: 'the wounded who died',
    cases: [
      {
        says: 'counts "two more wounded guards have died" as deaths of the wounded, not as wounded',
        title: 'Two more wounded guards die after Jalalabad attack',
        content: "Two more wounded guards have died after last week's attack on a checkpoint in Jalalabad, officials said.",
        expect: { killed: 2, injured: null, diedOfWounds: 2 },
      },
      {
        says: 'reads "wounded in the ambush, died of his wounds"',
        title: 'Soldier dies of wounds',
        content: "A soldier wounded in Thursday's ambush near Gao died of his wounds on Saturday, the army said.",
        expect: { killed: 1, diedOfWounds: 1 },
      },
    ],
  },
  {
    class: 'tolls in other languages and word orders',
    cases: [
      {
        says: 'reads Portuguese "at least" before a number word',
        title: 'Explosão em Beledweyne',
        content: 'Um carro-bomba explodiu perto de um quartel em Beledweyne, matando ao menos cinco pessoas, disse a polícia.',
        expect: { killed: 5 },
      },
      {
        says: 'reads Arabic "killing" with its joined preposition, and "wounding" after it',
        title: 'هجوم على نقطة تفتيش',
        content: 'هاجم مسلحون نقطة تفتيش قرب تكريت ما تسبب بمقتل ثلاثة جنود وإصابة خمسة آخرين.',
        expect: { killed: 3, injured: 5 },
      },
      {
        says: 'reads French "lost their lives", and the soldiers who lost them are no actor',
        title: 'Mali : embuscade jihadiste près de Douentza',
        content: 'Trois soldats maliens ont perdu la vie dimanche dans une embuscade tendue par des jihadistes près de Douentza.',
        expect: { killed: 3, notActors: ['malian-army'] },
      },
      {
        says: 'reads a Ukrainian feminine verb and an age joined to its figure as one person',
        title: 'Удар по Костянтинівці',
        content: 'Внаслідок ракетного удару по Костянтинівці загинула людина. Росіяни вбили 47-річну жінку, ще двоє людей поранені.',
        expect: { killed: 1 },
      },
      {
        says: 'reads "ранена 68-летняя женщина" as one wounded',
        title: 'Дрон атаковал автобус в Алешках',
        content: 'Украинский дрон атаковал автобус в Алешках, погиб водитель, ранена 72-летняя женщина.',
        expect: { injured: 1 },
      },
      {
        says: 'does not add drones counted before a comma to the dead',
        title: 'Россия атаковала Украину 41 беспилотником, два человека погибли',
        content: 'Ночью Россия атаковала Украину 41 беспилотником, погибли два человека, еще пятеро ранены.',
        expect: { killed: 2 },
      },
      {
        says: 'keeps the dead and the wounded apart after a verb joined by "and"',
        title: 'Удар по Сумам',
        content: 'В результате удара по Сумам погиб один человек и как минимум шесть получили ранения.',
        expect: { killed: 1, injured: 6 },
      },
      {
        says: 'sums Turkish groups joined by "ve"',
        title: 'Şırnak’ta saldırı',
        content: "Şırnak'ta PKK'lı teröristlerin saldırısında 2 korucu ve 3 asker yaralandı.",
        expect: { injured: 5 },
      },
      {
        says: 'counts "another wounded" as one',
        title: 'Drone strike in Marjayoun',
        content: 'An Israeli drone struck a motorbike near Marjayoun, killing one man, and another was wounded in a second strike on a car.',
        expect: { injured: 1 },
      },
      {
        says: "does not take the attackers' claimed toll over the officials' figure",
        title: 'Car bomb hits base near Baidoa',
        content:
          'A suicide bomber drove a vehicle packed with explosives into the gate of a base near Baidoa, killing three soldiers, officials said. Al-Shabaab claimed the attack, saying 25 soldiers had been killed.',
        expect: { killed: 3 },
      },
      {
        says: "reads the toll after 'has risen to' further on in a long sentence",
        title: 'Toll rises',
        content: "The death toll from Friday's gun and bomb attack on a crowded cattle market in the town of Gwoza has risen to 41, local officials said.",
        expect: { killed: 41 },
      },
      {
        says: 'prefers the victims to the other side killed in an earlier operation',
        title: 'Two CRPF jawans killed in IED blast in Sukma',
        content:
          'Two CRPF jawans were killed in an IED blast triggered by Maoists in Sukma on Friday. Last month, security forces gunned down 29 Maoists in the same district.',
        expect: { killed: 2 },
      },
    ],
  },
  {
    class: 'tolls and places in the wire languages, Persian and Ukrainian',
    cases: [
      {
        says: 'reads the toll after a Portuguese and a Spanish killing verb',
        title: 'Ataque a aldeia no Níger',
        content: 'Homens armados mataram ao menos 31 pessoas numa aldeia do oeste do Níger.',
        expect: { killed: 31 },
      },
      {
        says: 'reads the toll after a Portuguese and a Spanish killing verb',
        title: 'Ataque contra un cuartel',
        content: 'Un grupo armado mató a 9 policías en el ataque contra un cuartel.',
        expect: { killed: 9 },
      },
      // Not an age: "killed a 9-year-old girl" is one.
      {
        says: 'reads the toll after a Portuguese and a Spanish killing verb',
        title: 'Gunmen attack village',
        content: 'Gunmen killed a 9-year-old girl in the village.',
        expect: { killed: 1 },
      },
      {
        says: 'reads French "a causé la mort d\'au moins N"',
        title: 'Attaque contre un camp militaire',
        content: 'L’attaque contre le camp militaire a causé la mort d’au moins 14 soldats.',
        expect: { killed: 14 },
      },
      {
        says: 'does not count rockets as the wounded ("rund 40 Raketen – zwei Verletzte")',
        title: 'Miliz feuert rund 40 Raketen auf Grenzorte – zwei Verletzte',
        content: 'Die Miliz feuerte rund 40 Raketen ab, dabei wurden zwei Menschen verletzt.',
        expect: { injured: 2 },
      },
      {
        says: 'reads a Persian title of martyrdom as a toll',
        title: 'شهادت ۷ نظامی در حمله تروریستی',
        content: 'در حمله تروریست‌ها به یک پاسگاه مرزی ۷ نظامی به شهادت رسیدند.',
        expect: { attack: true, killed: 7 },
      },
      {
        says: 'places "на Сумщині" and "на Донеччині" in their oblasts of Ukraine',
        title: 'Російські війська обстріляли громаду на Сумщині',
        content: 'Внаслідок обстрілу на Сумщині загинула жінка.',
        expect: { countries: ['UA'] },
      },
    ],
  },
  {
    class: 'the wounded of a stabbing or shooting',
    cases: [
      {
        says: 'counts people stabbed as wounded, and people stabbed to death as killed',
        title: 'Four stabbed outside a nightclub in Leeds',
        expect: { injured: 4 },
      },
      { says: 'counts people stabbed as wounded, and people stabbed to death as killed', title: 'Two stabbed to death in Glasgow park', expect: { killed: 2 } },
      {
        says: 'reads the stabbing of a number of people and a suspect accused of stabbing them',
        title: 'Knife attack at Bristol bus station',
        content: 'The stabbing of four commuters on Friday is being investigated as terrorism.',
        expect: { injured: 4 },
      },
      {
        says: 'reads the stabbing of a number of people and a suspect accused of stabbing them',
        title: 'Knife attack at Bristol bus station',
        content: 'A man accused of stabbing two guards on Friday was detained.',
        expect: { injured: 2 },
      },
      {
        says: 'reads wounds sustained and a person left with injuries',
        title: 'Gunmen attack village in Zamfara',
        content: 'Gunmen killed four farmers on Sunday and three others sustained gunshot wounds.',
        expect: { toll: { killed: 4, injured: 3 } },
      },
      {
        says: 'reads wounds sustained and a person left with injuries',
        title: 'Knife attack on Oslo tram',
        content: 'The attack on Monday left a woman with serious injuries, police said.',
        expect: { injured: 1 },
      },
      {
        says: 'does not read "not life-threatening" injuries as no injuries',
        title: 'Three hurt in knife attack at Lyon station',
        content: 'Three travellers were hurt; their injuries are serious but not life-threatening, doctors said.',
        expect: { toll: { killed: null, injured: 3 } },
      },
    ],
  },
  {
    class: 'the attacker counted among the dead',
    cases: [
      {
        says: 'takes the bomber out of a toll that names him aside',
        title: 'Suicide blast at Kismayo checkpoint',
        content: 'At least three people, including the bomber, were killed at the checkpoint on Monday.',
        expect: { killed: 2 },
      },
      {
        says: 'takes the bomber out of a toll that names him aside',
        title: 'Suicide blast at Kismayo checkpoint',
        content: 'Four people were killed on Monday, including a suicide bomber who rammed the gate.',
        expect: { killed: 3 },
      },
      {
        says: 'prefers that count to a headline figure that still holds the bomber',
        title: 'Car bomb kills 5 at checkpoint near Baidoa',
        content: 'Five people were killed, including the suicide bomber who drove the car, police said.',
        expect: { killed: 4 },
      },
    ],
  },
  {
    class: 'the toll of an earlier attack named for context',
    cases: [
      {
        says: 'leaves out the dead of an attack a note referred to',
        title: 'Arson at Dallas mosque investigated as hate crime',
        content:
          'A fire was set at a Dallas mosque early on Sunday, and the arsonist left a note referencing the shootings at a temple in Oak Creek, Wisconsin, that killed six worshippers.',
        expect: { killed: null },
      },
    ],
  },
  {
    class: 'a figure the report has revised',
    cases: [
      {
        says: 'keeps the upgraded toll, not the one reported before it',
        title: 'Nine dead in shooting at Ohio warehouse',
        content:
          'A former worker opened fire at a warehouse in Dayton on Tuesday, killing nine people and wounding three, police said. ' +
          'Police raised the toll to nine dead and three wounded late Tuesday, after earlier reporting eight dead and five wounded.',
        expect: { toll: { killed: 9, injured: 3 } },
      },
      {
        says: 'still reads an earlier report when the text gives no other figure',
        title: 'Bomb hits bus in Quetta',
        content: 'A bomb tore through a bus in Quetta on Monday. Officials initially said six people were killed.',
        expect: { killed: 6 },
      },
      {
        says: 'leaves out the figure a toll rose from',
        title: 'Market bombing toll rises',
        content: 'The toll from the bombing of a market in Kirkuk rose to 31 on Sunday, up from 24, hospital staff said.',
        expect: { killed: 31 },
      },
    ],
  },
  {
    class: 'what happened at the place before',
    cases: [
      {
        says: 'leaves out a toll told in a relative clause dated by its year',
        title: 'Two stabbed at Leeds station',
        content:
          'A man stabbed two commuters at Leeds station on Friday. The station stands beside the square where 14 people were killed in a bombing in June 2015.',
        expect: { toll: { killed: null, injured: 2 } },
      },
      {
        says: 'leaves out a later sentence about an attack weeks ago',
        title: 'Gunmen kill nine in Sokoto village',
        content:
          'Gunmen killed nine villagers in Tangaza on Wednesday, police said. ' +
          'Residents blamed the same gang for the killing of over 30 people in a nearby village about three weeks ago.',
        expect: { killed: 9 },
      },
    ],
  },
  {
    class: 'wounded people who later died',
    cases: [
      {
        says: 'takes those who died out of the wounded',
        title: 'Gunman kills six at Tulsa church',
        content:
          'A gunman shot and killed six people at a church in Tulsa on Sunday, police said. ' +
          'Paramedics took eleven victims with gunshot wounds to hospitals, three of whom died.',
        expect: { injured: 8 },
      },
      {
        says: 'reads a wounded soldier who died as killed, not wounded',
        title: 'Rebels kill four in ambush on patrol',
        content:
          'Rebels ambushed a patrol near Beni on Tuesday and killed four soldiers, the army said. Another soldier wounded in the ambush died on Wednesday.',
        expect: { injured: null },
      },
    ],
  },
  {
    class: 'one more person after the verb',
    cases: [
      {
        says: 'counts "injured another" as one',
        title: 'Roadside bomb kills five soldiers',
        content: 'A roadside bomb in Kech has killed at least five soldiers, including a captain, and has injured another, the army said.',
        expect: { toll: { killed: 5, injured: 1 } },
      },
    ],
  },
  {
    class: 'groups that are not one person',
    cases: [
      {
        says: 'reads "security forces" after a counted group as part of that group',
        title: 'Attack on government compound in Kunduz',
        content:
          'Gunmen stormed a government compound in Kunduz on Monday. "Seven civilians and security forces were killed and 30 wounded," the governor said.',
        expect: { toll: { killed: 7, injured: 30 } },
      },
      {
        says: 'reads "none of the security personnel were hurt" as nobody of the victims hurt',
        title: 'Five militants killed in attack on Lakki check post',
        content:
          'Five militants died on Sunday when security forces in Lakki returned fire on attackers who had stormed a check post. None of the security personnel were hurt, according to a police spokesman.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
    ],
  },
  {
    class: 'victims counted with the other side',
    cases: [
      {
        says: 'leaves out a headline figure that adds the attackers to the victims',
        title: '6 policemen among 15 killed in Dera attack',
        content:
          'Six policemen and nine alleged militants were killed in an attack on a police station in Dera on Monday, officials said. ' +
          'The attackers first set off a car bomb by the gate, which killed six policemen. All nine militants died in the gunfight that followed.',
        expect: { killed: 6 },
      },
      {
        says: 'keeps the list going after an aside closed by ", and"',
        title: 'Suicide bombers hit base in Bannu',
        content:
          'Suicide bombers rammed vehicles into a base in Bannu on Tuesday, killing at least 11 civilians, including four children, and three soldiers, officials said.',
        expect: { killed: 14 },
      },
      {
        says: 'reads "claimed the death of" as a toll',
        title: 'Car bomb claimed the death of 8 civilians in Beledweyne',
        content: 'Police said a car bomb went off on Saturday morning beside a crowded livestock market in the town.',
        expect: { killed: 8 },
      },
    ],
  },
  {
    class: 'tolls in other languages',
    cases: [
      {
        says: 'reads German "Ein Toter" opening a title and an age before one person',
        title: 'Ein Toter, zwei Verletzte: Drohnenangriff auf Sumy',
        content: 'Russische Drohnen haben in der Nacht Sumy getroffen. Eine Person wurde getötet. Ein 37-jähriger Mann wurde verletzt, ebenso eine Frau.',
        expect: { toll: { killed: 1, injured: 2 } },
      },
      {
        says: 'reads Spanish zeros and half a round figure',
        title: 'Explota coche bomba en Arauca sin dejar víctimas',
        content: 'Un coche bomba explotó el martes junto a una base militar en Arauca, sin dejar víctimas.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'reads Spanish zeros and half a round figure',
        title: 'Coche bomba en Cali',
        content: 'Un coche bomba estalló el viernes frente a una comisaría en Cali y dejó cuatro muertos y medio centenar de heridos.',
        expect: { toll: { killed: 4, injured: 50 } },
      },
      {
        says: 'reads Spanish "lesionadas", Romanian tolls and French "aucun blessé"',
        title: 'Ataque con drones en Aguililla',
        content: 'Un ataque con drones dejó tres personas lesionadas en Aguililla el lunes.',
        expect: { injured: 3 },
      },
      {
        says: 'reads Spanish "lesionadas", Romanian tolls and French "aucun blessé"',
        title: 'Atac terorist la Constanța: cel puțin 3 morți și 8 răniți',
        expect: { toll: { killed: 3, injured: 8 } },
      },
      {
        says: 'reads Spanish "lesionadas", Romanian tolls and French "aucun blessé"',
        title: 'Lyon : un policier visé par une attaque au couteau',
        content: "Un homme a attaqué un policier au couteau lundi à Lyon. Aucun blessé n'est à déplorer.",
        // Round 25: nobody hurt, so nobody killed either, as "no one was injured" (docs/labelling.md).
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'reads Italian verbs before the figure, and "due" as two only where it counts people',
        title: 'Un attentato suicida a Kabul uccide quattro persone',
        expect: { killed: 4 },
      },
      {
        says: 'reads Italian verbs before the figure, and "due" as two only where it counts people',
        title: 'Un attentato suicida a Herat uccide cinque persone e ne ferisce due',
        expect: { toll: { killed: 5, injured: 2 } },
      },
      {
        says: 'reads Italian verbs before the figure, and "due" as two only where it counts people',
        title: 'Suicide bomber kills five in Herat',
        content: 'A suicide bomber killed five people in Herat on Monday. Seven were injured due to the blast.',
        expect: { toll: { killed: 5, injured: 7 } },
      },
      {
        says: 'reads a casualty word used as a label before its figure',
        title: 'Обстріл Херсона',
        content: 'Внаслідок обстрілу Херсона загинули 3 людини, поранені – 14.',
        expect: { killed: 3, injured: 14 },
      },
      {
        says: 'reads singular and collective forms',
        title: 'Удар по Одесі',
        content: 'Внаслідок удару по Одесі відомо про одного загиблого, ще семеро поранені.',
        expect: { killed: 1, injured: 7 },
      },
      {
        says: 'reads singular and collective forms',
        title: 'Удар по Белгороду',
        content: 'Удар по Белгороду: один погибший и девять раненых.',
        expect: { killed: 1, injured: 9 },
      },
      {
        says: 'reads singular and collective forms',
        title: 'Обстрел',
        content: 'Поселок в Курской области был обстрелян. Один мирный житель получил осколочное ранение.',
        expect: { killed: null, injured: 1 },
      },
      {
        says: 'reads Arabic "met their death", German verb-first deaths, French "a tué", act nouns in Romance languages',
        title: 'هجوم انتحاري',
        content: 'لقي أربعة أشخاص على الأقل مصرعهم وأصيب 11 آخرون في هجوم انتحاري استهدف حافلة في كويتا.',
        expect: { killed: 4, injured: 11 },
      },
      {
        says: 'reads Arabic "met their death", German verb-first deaths, French "a tué", act nouns in Romance languages',
        title: 'Anschlag',
        content: 'Am Abend raste ein Auto in eine Menschenmenge in Halle. Dabei starben drei Menschen, zwölf wurden verletzt.',
        expect: { killed: 3, injured: 12 },
      },
      {
        says: 'reads Arabic "met their death", German verb-first deaths, French "a tué", act nouns in Romance languages',
        title: 'Anschlag',
        content: 'Bei einem Bombenanschlag auf einen Markt in Halle kamen drei Menschen ums Leben.',
        expect: { killed: 3, injured: null },
      },
      {
        says: 'reads Arabic "met their death", German verb-first deaths, French "a tué", act nouns in Romance languages',
        title: 'Frappe de drone',
        content: 'Une frappe de drone a tué trois civils à Soumy mardi.',
        expect: { killed: 3, injured: null },
      },
      {
        says: 'reads Arabic "met their death", German verb-first deaths, French "a tué", act nouns in Romance languages',
        title: 'Ataque',
        content: 'Un coche bomba explotó en Popayán, causando la muerte de cuatro policías.',
        expect: { killed: 4, injured: null },
      },
      {
        says: 'reads Arabic "met their death", German verb-first deaths, French "a tué", act nouns in Romance languages',
        title: 'Attacco',
        content: 'Un attacco con droni a Sumy ha causato la morte di tre persone e il ferimento di altre dieci.',
        expect: { killed: 3, injured: 10 },
      },
    ],
  },
  {
    class: 'counts that rose',
    cases: [
      {
        says: 'reads where the number of wounded rose to, not where it rose from',
        title: 'Twin bombing kills 22 in Kirkuk',
        content:
          'Two suicide bombers struck a market in Kirkuk on Monday, killing 22 people. The number of people wounded in the two bombings rose from 40 to 57 by the evening.',
        expect: { toll: { killed: 22, injured: 57 } },
      },
      {
        says: 'leaves out an earlier toll named as such',
        title: 'Bombing toll rises to 19 in Peshawar',
        content: 'The toll of the bombing at a bus stand in Peshawar rose to 19 on Sunday. An earlier toll had put the dead at 11.',
        expect: { killed: 19 },
      },
      {
        says: 'reads French "sept", an aside of the dead and an elided verb',
        title: "Le bilan de l'attentat de Quetta s'est alourdi à sept morts",
        content:
          'Un kamikaze a visé samedi une procession à Quetta. "Il y a eu sept morts, dont trois enfants, et une vingtaine de blessés", a déclaré un médecin. Un précédent bilan faisait état de quatre morts.',
        expect: { toll: { killed: 7, injured: 20 } },
      },
      {
        says: 'reads French "sept", an aside of the dead and an elided verb',
        title: 'Drone attack near base',
        content: 'A drone struck near the base on Sept. 30, officials said.',
        expect: { killed: null },
      },
    ],
  },
  {
    class: 'one strike among many',
    cases: [
      {
        says: 'leaves out a later, larger toll of the night’s strikes after a lead about one strike',
        title: 'Three children among 9 killed in strike on house in Rafah',
        content:
          'At least nine people were killed, including three children, when an Israeli airstrike hit a house in Rafah, medics said. ' +
          'Israeli strikes have hit southern and central Gaza overnight, killing at least 23 people.',
        expect: { killed: 9 },
      },
      {
        says: 'keeps the roundup a title reports',
        title: 'Israeli air raids across Gaza kill 26',
        content:
          'At least 26 people have been killed by Israeli airstrikes throughout the Gaza Strip, health officials said. ' +
          'One strike killed seven people in a house in Deir al-Balah, and another in Khan Younis killed five.',
        expect: { killed: 26 },
      },
    ],
  },
  {
    class: 'another day, another event',
    cases: [
      {
        says: 'leaves out a killing on an earlier weekday told after the lead',
        title: 'Two policemen hurt in grenade attack in Sopore',
        content:
          'Militants hurled a grenade at a police party in Sopore on Thursday, wounding two policemen, officials said. ' +
          'The injured were taken to hospital. The area was cordoned off for searches. ' +
          'A soldier was killed in a gunfight with militants in the forests of Kupwara district on Monday.',
        expect: { toll: { killed: null, injured: 2 } },
      },
      {
        says: 'keeps a later day’s deaths of the wounded, and a day told as the statement’s',
        title: 'Bomb kills four at bus stop in Kano',
        content:
          'A bomb went off at a bus stop in Kano on Friday, killing four people, police said on Saturday. The blast began a day of panic on Friday morning. Two of the wounded died on Saturday, raising the toll to six.',
        expect: { killed: 6 },
      },
      {
        says: 'leaves out what happened "prior to that" and a period’s total',
        title: 'Three policemen hurt in grenade attack in Bandipora',
        content:
          'Three policemen were injured in a grenade attack in Bandipora on Sunday. Prior to that, militants had thrown a grenade at a bus stand in Sopore, injuring 12 civilians. ' +
          'A ministry report said 52 civilians were also killed during this period.',
        expect: { toll: { killed: null, injured: 3 } },
      },
    ],
  },
  {
    class: 'guesses and long unit names',
    cases: [
      {
        says: 'leaves out a witness’s guess told after the figure',
        title: 'Car bomb kills five in Baidoa',
        content:
          'A car bomb exploded near a hotel in Baidoa on Sunday, killing at least five people, police said. A witness said more than 20 might have been killed.',
        expect: { killed: 5 },
      },
      {
        says: 'reads a counted group whose unit has a long name',
        title: 'Grenade attack in Tral',
        content: 'Four Central Reserve Police Force troopers and a civilian were wounded when militants lobbed a grenade in Tral on Monday.',
        expect: { injured: 5 },
      },
    ],
  },
  {
    class: 'victims one after the other',
    cases: [
      {
        says: 'adds up the victims of acts told in sequence',
        title: 'Driver rams crowds in two towns',
        content:
          'A man drove his car into a crowd in Gladbeck on Sunday injuring three, then drove on toward Marl injuring two people before police stopped him.',
        expect: { injured: 5 },
      },
      {
        says: 'adds up the victims of acts told in sequence',
        title: 'Gunman kills four in Kent',
        content: 'The gunman fatally shot his girlfriend at a flat in Kent on Sunday, then killed three men in the car park, police said.',
        expect: { killed: 4 },
      },
      {
        says: 'does not add another side’s act',
        title: 'Militants attack outpost in Zhob',
        content: 'Militants attacked an outpost in Zhob on Monday, killing four soldiers, then troops killed six militants, the army said.',
        expect: { killed: 4 },
      },
    ],
  },
  {
    class: 'what a denial leaves open',
    cases: [
      {
        says: 'reads "none … seriously wounded" as no zero',
        title: 'Gunmen ambush convoy near Gao',
        content: 'Gunmen ambushed a convoy near Gao on Monday. The army said none of its soldiers were seriously wounded.',
        expect: { injured: null },
      },
      {
        says: 'reads "none … seriously wounded" as no zero',
        title: 'Rocket hits base near Erbil',
        content: 'A rocket hit a base near Erbil on Monday, causing no serious injuries.',
        expect: { injured: null },
      },
    ],
  },
  {
    class: 'a toll in the word order of the wire languages',
    cases: [
      {
        says: 'reads Polish with the verb after the figure',
        title: 'Zamach bombowy w Mosulu',
        content: 'Co najmniej 8 osób zginęło, a 20 zostały ranne po wybuchu bomby na targu w Mosulu.',
        expect: { toll: { killed: 8, injured: 20 } },
      },
      {
        says: 'reads a Spanish or Portuguese headline in the present tense',
        title: 'Un ataque armado mata a cinco personas en Culiacán',
        content: 'Hombres armados atacaron un bar de Culiacán.',
        expect: { killed: 5 },
      },
      {
        says: 'reads a Spanish or Portuguese headline in the present tense',
        title: 'Ataque com drones mata duas pessoas em Kharkiv',
        content: 'Drones russos atingiram um prédio em Kharkiv.',
        expect: { killed: 2 },
      },
      {
        says: 'reads Polish killed before the figure',
        title: 'Dron zabił dwie osoby w Charkowie',
        content: 'Rosyjski dron uderzył w dom w Charkowie.',
        expect: { killed: 2 },
      },
      {
        says: 'reads the Italian wounded who "remained hurt"',
        title: 'Droni su Kharkiv nella notte',
        content: 'A Kharkiv tre donne sono rimaste ferite quando droni russi hanno colpito un palazzo.',
        expect: { injured: 3 },
      },
      {
        says: 'counts one Russian or Ukrainian driver who died',
        title: 'Дрон атакував Херсон',
        content: 'Дрон атакував автомобіль у Херсоні, його водій загинув.',
        expect: { killed: 1 },
      },
      {
        says: 'counts one Russian or Ukrainian driver who died',
        title: 'Дрон атаковал Херсон',
        content: 'Дрон атаковал автомобиль в Херсоне, водитель погиб.',
        expect: { killed: 1 },
      },
    ],
  },
  {
    class: 'one person killed or hurt, in the singular of the wire languages',
    cases: [
      {
        says: 'reads Italian, Spanish, Portuguese and French',
        title: 'Attacco di droni su Sumy',
        content: 'Un uomo è morto e una donna è rimasta ferita in un attacco di droni su Sumy.',
        expect: { toll: { killed: 1, injured: 1 } },
      },
      {
        says: 'reads Italian, Spanish, Portuguese and French',
        title: 'Ataque con drones en Sumy',
        content: 'Un hombre fue asesinado y una mujer resultó herida en un ataque con drones en Sumy.',
        expect: { toll: { killed: 1, injured: 1 } },
      },
      {
        says: 'reads Italian, Spanish, Portuguese and French',
        title: 'Ataque com drones em Sumy',
        content: 'Um homem foi morto e uma mulher ficou ferida num ataque com drones em Sumy.',
        expect: { toll: { killed: 1, injured: 1 } },
      },
      {
        says: 'reads Italian, Spanish, Portuguese and French',
        title: 'Attaque de drones à Soumy',
        content: 'Un homme a été tué et une femme blessée dans une attaque de drones à Soumy.',
        expect: { toll: { killed: 1, injured: 1 } },
      },
      {
        says: 'still reads "e" as "and" and "a" as "to"',
        title: 'Attacco a Sumy',
        content: 'Due morti e tre feriti in un attacco di droni su Sumy.',
        expect: { toll: { killed: 2, injured: 3 } },
      },
      {
        says: 'still reads "e" as "and" and "a" as "to"',
        title: 'Ataque en Navolato',
        content: 'Cinco personas a bordo resultaron heridas en un ataque armado en Navolato.',
        expect: { injured: 5 },
      },
    ],
  },
  {
    class: 'a toll split by side',
    cases: [
      {
        says: 'leaves out the dead on the attackers’ side, in English and French',
        title: 'Jihadists attack army post',
        content: "Jihadists attacked an army post in Dorana on Monday. The toll was three dead on the army side and seven dead on the attackers' side.",
        expect: { killed: 3 },
      },
      {
        says: 'leaves out the dead on the attackers’ side, in English and French',
        title: 'Attaque contre un poste militaire',
        content: 'Des jihadistes ont attaqué le poste de Dorana. Le bilan est de deux morts côté armée et cinq morts côté assaillants.',
        expect: { killed: 2 },
      },
    ],
  },
  {
    class: 'victims listed by who they were',
    cases: [
      {
        says: 'adds up a family told with possessives',
        title: 'Gunmen kill family in Tsafe',
        content: 'Gunmen stormed a village near Tsafe on Sunday and killed a farmer, his wife and their three children.',
        expect: { killed: 5 },
      },
      {
        says: 'counts one person named by a people’s name',
        title: 'Airstrike on Wadi Sur',
        content: 'A Palestinian man was killed and three more people were hurt when an Israeli airstrike hit Wadi Sur on Monday.',
        expect: { toll: { killed: 1, injured: 3 } },
      },
      {
        says: 'reads "stabbed N people to death", and does not count the one who stabbed',
        title: 'Knife attack at fair',
        content: 'A man stabbed three people to death at a fair in Kettwig on Friday night.',
        expect: { toll: { killed: 3, injured: null } },
      },
      {
        says: 'reads "stabbed N people to death", and does not count the one who stabbed',
        title: 'Knife attack at fair',
        content: 'A man stabbed three people at a fair in Kettwig on Friday night.',
        expect: { toll: { killed: null, injured: 3 } },
      },
      {
        says: 'leaves out a suicide bomber named first among the dead',
        title: 'Suicide bombing at checkpoint',
        content: 'A suicide bomber blew himself up at a checkpoint in Dera Bugti on Monday, killing himself and six others.',
        expect: { killed: 6 },
      },
      {
        says: 'leaves out a suicide bomber named first among the dead',
        title: 'Suicide bombing at checkpoint',
        content: 'A suicide bombing at a checkpoint in Dera Bugti on Monday killed the bomber and two policemen.',
        expect: { killed: 2 },
      },
    ],
  },
  {
    class: 'a count of the dead and the hurt together',
    cases: [
      {
        says: 'is neither kind’s figure, only the dead it names inside it',
        title: 'Grenades hit market',
        content: 'Two grenades were thrown into a market in Kirundo on Saturday, leaving 27 casualties including three dead, police said.',
        expect: { toll: { killed: 3, injured: 24 } },
      },
    ],
  },
  {
    class: 'a toll brought up by this event',
    cases: [
      {
        says: 'is the wider count after this event’s own figure',
        title: 'Airstrike hits house in Beit Rima',
        content: 'An Israeli airstrike hit a house in Beit Rima on Monday, killing 12 people, bringing the death toll in the territory to 40,000.',
        expect: { killed: 12 },
      },
      {
        says: 'is this event’s toll after later deaths',
        title: 'Mosque bombing toll rises',
        content: 'A bomb exploded at a mosque in Tal Hamra on Friday, killing 12. Another worshipper died overnight, bringing the toll to 13.',
        expect: { killed: 13 },
      },
    ],
  },
  {
    class: 'deaths told as a noun',
    cases: [
      {
        says: 'reads the victims after "the deaths of", "the death of", "the wounding of"',
        title: 'Convoy hit by roadside bomb',
        content: 'A roadside bomb struck an army convoy near Kidal on Monday, causing the deaths of six soldiers, the army said.',
        expect: { killed: 6, injured: null },
      },
      {
        says: 'reads the victims after "the deaths of", "the death of", "the wounding of"',
        title: 'Mosque blast',
        content: 'An explosion tore through a mosque in Herat on Friday. Officials confirmed the death of a guard and the wounding of nine worshippers.',
        expect: { killed: 1, injured: 9 },
      },
      {
        says: 'reads the dead named as the toll at a level, and keeps the wounded apart',
        title: 'Rally bombing',
        content: 'A suicide bomber struck a rally in Khar on Sunday. Fatalities stood at 38 and more than 90 were wounded.',
        expect: { killed: 38, injured: 90 },
      },
      {
        says: 'reads the dead named as the toll at a level, and keeps the wounded apart',
        title: 'Market bombing',
        content: 'A bomb went off at a market in Damaturu on Friday. There were 14 deaths and 27 injuries, officials said.',
        expect: { killed: 14, injured: 27 },
      },
    ],
  },
  {
    class: 'figures that are names or ages',
    cases: [
      {
        says: 'does not count a unit number as people',
        title: 'Mine blast',
        content:
          'Three soldiers, including a sergeant of the 212 Battalion, 41 Task Force Brigade, were killed when their truck hit a landmine planted by insurgents near Gwoza on Friday.',
        expect: { killed: 3, injured: null },
      },
      {
        says: 'does not count a unit number as people',
        title: 'Bomb hits rangers',
        content: 'A bomb hit a patrol in Yala on Friday. Three members of Ranger Company 4207 sustained injuries.',
        expect: { killed: null, injured: 3 },
      },
      {
        says: 'does not add ages set off by commas',
        title: 'Arson attack',
        content: 'Someone set fire to a house in Dewsbury on Sunday. A man and two boys, aged 14 and 9, were taken to hospital.',
        expect: { killed: null, injured: 3 },
      },
      {
        says: 'does not count settlements in a roundup',
        title: 'Обстріли',
        content: 'Минулої доби обстрілів зазнав 27 населений пункт у Херсонській області – дві людини загинули, ще п’ятеро – поранені.',
        expect: { killed: 2, injured: 5 },
      },
    ],
  },
  {
    class: 'the wounded told as carried to hospital, or among the wounded',
    cases: [
      {
        says: 'counts people taken or rushed to hospital as wounded',
        title: 'Grenade attack',
        content: 'A grenade exploded outside a shop in Sopore on Monday. Four people were rushed to hospital.',
        expect: { killed: null, injured: 4 },
      },
      {
        says: 'reads "among the wounded" as a part, the toll only when no other figure is told',
        title: 'Police post bombed',
        content: 'A suicide bomber struck a police post in Khost on Monday. Six civilians were among the wounded.',
        expect: { killed: null, injured: 6 },
      },
      {
        says: 'reads "among the wounded" as a part, the toll only when no other figure is told',
        title: 'Convoy ambushed',
        content: 'Rebels ambushed a convoy near Tessalit, killing "dozens", they said. A local official said a colonel was among the dead.',
        expect: { killed: null, injured: null },
      },
    ],
  },
  {
    class: 'round figures and number words',
    cases: [
      {
        says: 'reads round figures in Portuguese, Italian, German, Russian and Ukrainian',
        title: 'Ataque',
        content: 'Uma bomba explodiu num mercado em Pemba na terça-feira, deixando cinco mortos e uma dezena de feridos.',
        expect: { killed: 5, injured: 10 },
      },
      {
        says: 'reads round figures in Portuguese, Italian, German, Russian and Ukrainian',
        title: 'Attentato',
        content: 'Una bomba è esplosa in un mercato a Mosul martedì: cinque morti e una ventina di feriti.',
        expect: { killed: 5, injured: 20 },
      },
      {
        says: 'reads round figures in Portuguese, Italian, German, Russian and Ukrainian',
        title: 'Anschlag',
        content: 'Bei einem Bombenanschlag auf einen Markt in Mossul wurden fünf Menschen getötet und ein Dutzend verletzt.',
        expect: { killed: 5, injured: 12 },
      },
      {
        says: 'reads round figures in Portuguese, Italian, German, Russian and Ukrainian',
        title: 'Удар по рынку',
        content: 'В результате удара по рынку в Херсоне погибли пять человек, около десятка получили ранения.',
        expect: { killed: 5, injured: 10 },
      },
      {
        says: 'reads Arabic teens',
        title: 'انفجار',
        content: 'انفجرت سيارة مفخخة في سوق في الموصل، ما أسفر عن مقتل خمسة أشخاص وإصابة ثلاثة عشر آخرين.',
        expect: { killed: 5, injured: 13 },
      },
      {
        says: 'gives no figure for "several" or "dozens" in the wire languages',
        title: 'Frappe de drone',
        content: 'Une frappe de drone a tué un civil à Kherson mardi. Plusieurs personnes ont été blessées, dont deux enfants.',
        expect: { killed: 1, injured: null },
      },
      {
        says: 'reads the part named after "among the dead were" or "the dead included" only when no toll is told',
        title: 'Mosque bombing',
        content: 'A suicide bomber struck a mosque in Herat on Friday. Among the dead were four children and an imam.',
        expect: { killed: 5, injured: null },
      },
      {
        says: 'reads the part named after "among the dead were" or "the dead included" only when no toll is told',
        title: 'Hotel attack',
        content: 'Gunmen stormed a hotel in Baidoa on Friday, killing 12 people. The dead included two MPs.',
        expect: { killed: 12, injured: null },
      },
    ],
  },
  {
    class: 'attackers named after the dead',
    cases: [
      {
        says: 'takes out the attacker named after "among them"',
        title: 'Market blast',
        content: 'Eight people died, among them the bomber, when a blast hit a market in Tank.',
        expect: { killed: 7, injured: null },
      },
    ],
  },
  {
    class: 'an earlier attack dated after the lead',
    cases: [
      {
        says: 'leaves out the toll of a sentence opening with another date, day first, in several languages',
        title: 'Suicide bombing in Bannu',
        content:
          'At least six soldiers were killed and 11 wounded in a suicide bombing in Bannu on Tuesday. A bomber on a motorcycle rammed a convoy. It is the second such attack this month. On 12 March, a suicide bomber killed at least 43 people at a rally in Bajaur.',
        expect: { killed: 6, injured: 11 },
      },
      {
        says: 'leaves out the toll of a sentence opening with another date, day first, in several languages',
        title: 'Attentat à Bannu',
        content:
          'Au moins six soldats ont été tués et onze blessés dans un attentat suicide à Bannu mardi. Un kamikaze à moto a percuté un convoi. Le 12 mars, un kamikaze avait tué au moins 43 personnes lors d’un meeting à Bajaur.',
        expect: { killed: 6, injured: 11 },
      },
      {
        says: 'leaves out the toll of a sentence opening with another date, day first, in several languages',
        title: 'बन्नू में आत्मघाती हमला',
        content:
          'बन्नू में एक आत्मघाती बम विस्फोट में कम से कम छह सैनिक मारे गए और 11 अन्य घायल हो गए। हमलावर मोटरसाइकिल पर सवार था। 12 मार्च को बाजौर में एक रैली में हुए विस्फोट में कम से कम 43 लोग मारे गए थे।',
        expect: { killed: 6, injured: 11 },
      },
    ],
  },
  {
    class: 'a sum of this event',
    cases: [
      {
        says: 'reads "in total" and "so far" about one attack as its toll',
        title: 'Glide bombs hit Kupiansk',
        content: 'Two glide bombs struck a market in Kupiansk on Tuesday. In total, 9 were killed, and 21 others were injured.',
        expect: { killed: 9, injured: 21 },
      },
      {
        says: 'reads "in total" and "so far" about one attack as its toll',
        title: 'Ferry bombing',
        content: 'A bomb exploded on a ferry near Jolo on Monday. Four bodies have been recovered so far, the coast guard said.',
        expect: { killed: 4, injured: null },
      },
      {
        says: 'still leaves out a period total',
        title: 'Bomb kills two in Kupiansk',
        content: 'A bomb killed two people at a market in Kupiansk on Tuesday. So far this year, 310 civilians have been killed in the district.',
        expect: { killed: 2, injured: null },
      },
    ],
  },
  {
    class: 'none hurt, in the wire languages',
    cases: [
      {
        says: 'reads a negator before the noun',
        title: 'Attaque de drone',
        content: 'Un drone a frappé un entrepôt à Valuïki lundi. Aucune victime n’est à déplorer.',
        expect: { killed: 0, injured: 0 },
      },
      {
        says: 'reads a negator before the noun',
        title: 'Attaque à la roquette',
        content: 'Une roquette a frappé Metoula mardi, sans faire de victimes.',
        expect: { killed: 0, injured: 0 },
      },
      {
        says: 'reads a negator before the noun',
        title: 'Drohnenangriff',
        content: 'Eine Drohne traf am Dienstag ein Lager in Schebekino. Es gab keine Opfer.',
        expect: { killed: 0, injured: 0 },
      },
      {
        says: 'reads a negator before the noun',
        title: 'Attacco con drone',
        content: 'Un drone ha colpito un deposito a Rylsk martedì. Nessuna vittima.',
        expect: { killed: 0, injured: 0 },
      },
      {
        says: 'reads a negator before the noun',
        title: 'Ataque com drone',
        content: 'Um drone atingiu um armazém em Rylsk na terça-feira. Não houve vítimas.',
        expect: { killed: 0, injured: 0 },
      },
      {
        says: 'reads a negator after the noun',
        title: 'Атака беспилотника',
        content: 'Беспилотник атаковал склад в Валуйках во вторник. Жертв нет, сообщил губернатор.',
        expect: { killed: 0, injured: 0 },
      },
      {
        says: 'does not read an unknown count as none',
        title: 'Ataque con drones',
        content: 'Un ataque con drones alcanzó un mercado en Járkov el martes, sin precisar el número de víctimas.',
        expect: { killed: null, injured: null },
      },
    ],
  },
  {
    class: 'attackers beside their victims',
    cases: [
      {
        says: 'leaves out the attackers joined to the victims by "and"',
        title: 'Base attacked',
        content: 'Militants attacked an army base in Tank on Monday. Five soldiers and four attackers were killed, the army said.',
        expect: { killed: 5, injured: null },
      },
    ],
  },
  {
    class: 'tolls in Bengali',
    cases: [
      {
        says: 'reads the casualty word before its figure in headlines, with a comma or a hyphen',
        title: 'সীমান্তে বোমা হামলা, নিহত ৪, আহত ১৫',
        expect: { killed: 4, injured: 15 },
      },
      {
        says: 'reads the casualty word before its figure in headlines, with a comma or a hyphen',
        title: 'বাজারে দুর্বৃত্তদের বোমা হামলায় নিহত-২ ॥ আহত-৬',
        expect: { killed: 2, injured: 6 },
      },
      {
        says: 'reads the casualty word before its figure in headlines, with a comma or a hyphen',
        title: '৫ জন নিহত, আহত ১১ বোমা হামলায়',
        expect: { killed: 5, injured: 11 },
      },
      {
        says: 'reads "became wounded more at least N people" and person counts written as words',
        title: 'ট্রেনে বোমা হামলা',
        content: 'ট্রেনে বোমা হামলায় ৭ জন নিহত হয়েছে। আহত হয়েছেন আরও অন্তত ১৯ জন।',
        expect: { killed: 7, injured: 19 },
      },
      {
        says: 'reads "became wounded more at least N people" and person counts written as words',
        title: 'বাজারে আত্মঘাতী হামলা',
        content: 'বাজারে এক আত্মঘাতী বোমা হামলায় আটজন নিহত ও ২২জন আহত হয়।',
        expect: { killed: 8, injured: 22 },
      },
    ],
  },
  {
    class: 'tolls in Swahili and Somali',
    cases: [
      {
        says: 'reads Swahili numbers that agree with people, and the noun before its figure',
        title: 'Mlipuko wa bomu Kismayo',
        content: 'Watu wanne wameuawa na wengine watatu kujeruhiwa katika mlipuko wa bomu mjini Kismayo.',
        expect: { killed: 4, injured: 3 },
      },
      {
        says: 'reads Swahili numbers that agree with people, and the noun before its figure',
        title: 'Shambulio la bomu Garissa',
        content: 'Bomu lililotegwa barabarani liliua watu 6 na wengine 9 walijeruhiwa karibu na Garissa.',
        expect: { killed: 6, injured: 9 },
      },
      {
        says: 'reads "claims N lives" as the toll of the attack it names',
        title: 'Rebel raid claims 12 lives near Beni',
        content: 'Officials in the district gave no further details.',
        expect: { attack: true, killed: 12 },
      },
      {
        says: 'reads "claimed the lives of N" in the lead',
        title: 'Night of terror in Oicha',
        content: 'An attack by armed men on Oicha on Tuesday night claimed the lives of nine villagers, a local official said.',
        expect: { attack: true, killed: 9 },
      },
      {
        says: 'reads "cost the lives of people N"',
        title: 'Shambulio la bomu liligharimu maisha ya watu 13 mjini Baidoa',
        expect: { killed: 13, injured: null },
      },
      {
        says: 'reads the Somali verb told first, tens as words and a long subject before "ayaa"',
        title: 'Qarax ka dhacay Beledweyne',
        content: 'Qaraxa ayaa lala eegtay gaari ciidan, waxaana ku dhintay 4 askari, sidoo kale waxaa ku dhaawacmeen in ka badan 7 kale.',
        expect: { killed: 4, injured: 7 },
      },
      {
        says: 'reads the Somali verb told first, tens as words and a long subject before "ayaa"',
        title: 'Qarax Kismaayo',
        content: 'Ugu yaraan shan qof ayaa ku dhintay, labaatan kale ayaa ku dhaawacmeen qaraxa suuqa.',
        expect: { killed: 5, injured: 20 },
      },
      {
        says: 'reads the Somali verb told first, tens as words and a long subject before "ayaa"',
        title: 'Qarax Baydhabo',
        content: 'Ugu yaraan 6 qof oo ka mid ah dadka rayidka ah ee suuqa joogay ayaa ku dhintay qaraxa.',
        expect: { killed: 6, injured: null },
      },
    ],
  },
  {
    class: 'tolls in Indonesian and Tagalog',
    cases: [
      {
        says: 'does not count the items of a listicle as the dead',
        title: '5 Fakta Penembakan Warga Sipil',
        content: 'Dua warga sipil ditembak mati kelompok bersenjata di Puncak Jaya.',
        expect: { killed: 2, injured: null },
      },
      {
        says: 'reads Tagalog numbers with their linker and "bumulagta"',
        title: 'NPA ambush: 5 sundalo bulagta, 7 pa sugatan',
        expect: { killed: 5, injured: 7 },
      },
      {
        says: 'reads Tagalog numbers with their linker and "bumulagta"',
        title: 'Pananambang sa Samar',
        content: 'Tatlong sundalo ang patay sa pananambang ng mga rebelde sa Samar.',
        expect: { killed: 3, injured: null },
      },
    ],
  },
  {
    class: 'tolls in Arabic, Russian, Ukrainian, Turkish and Hindi',
    cases: [
      {
        says: 'reads a bare singular casualty noun beside another, and "another" after a casualty verb',
        title: 'شهيد وجريح في غارة على دراجة نارية جنوب لبنان',
        expect: { killed: 1, injured: 1 },
      },
      {
        says: 'reads a bare singular casualty noun beside another, and "another" after a casualty verb',
        title: 'غارة على سيارة',
        content: 'استشهد شاب وأصيب آخر جراء غارة نفذتها طائرة مسيرة على سيارة في بلدة حولا.',
        expect: { killed: 1, injured: 1 },
      },
      {
        says: 'reads no one person in a noun counted before it ("some jawans", "two jawans")',
        title: 'बीजापुर में सड़क पर धमाका',
        content: 'माओवादियों ने गश्ती दल पर आईईडी विस्फोट किया, जिसमें दो जवान शहीद हुए। कुछ जवान घायल भी हुए हैं।',
        expect: { killed: 2, injured: null },
      },
      { says: 'reads one person named by post, without an article', title: 'Hakkari’de patlama: Korucu şehit oldu', expect: { killed: 1, injured: null } },
      { says: 'reads one person named by post, without an article', title: 'सुकमा: आईईडी विस्फोट में CRPF जवान शहीद', expect: { killed: 1, injured: null } },
    ],
  },
  {
    class: 'French ambush tolls',
    cases: [
      {
        says: 'reads an army that "lost" its men, and a following sentence opening with "Sept" (seven, not September)',
        title: 'Niger : des soldats tués dans une embuscade',
        content:
          "L'armée a perdu neuf hommes dans une embuscade tendue par des terroristes près de Ouallam, selon un communiqué. Sept autres militaires ont été blessés.",
        expect: { killed: 9, injured: 7 },
      },
    ],
  },
  {
    class: 'a group with a verb of its own after the victims',
    cases: [
      {
        says: 'does not add the people of another clause ("and four were abducted") to the dead',
        title: 'Gunmen storm supply boat off Bayelsa',
        content:
          'Gunmen boarded a supply boat off the Bayelsa coast on Friday. "We lost three of our guards and five workers were taken away," a company official said.',
        expect: { killed: 3, injured: null },
      },
      {
        says: 'does not add the people of another clause ("and four were abducted") to the dead',
        title: 'Attack on convoy in Borno',
        content: 'Militants killed two soldiers and six traders were abducted near Gwoza on Tuesday.',
        expect: { killed: 2 },
      },
      {
        says: 'still adds a second group that shares the verb, and reads a wounded group as wounded',
        title: 'Attack on convoy in Borno',
        content: 'Militants killed two soldiers and six traders near Gwoza on Tuesday.',
        expect: { killed: 8 },
      },
      {
        says: 'still adds a second group that shares the verb, and reads a wounded group as wounded',
        title: 'Attack on convoy in Borno',
        content: 'Militants killed two soldiers and six traders were wounded near Gwoza on Tuesday.',
        expect: { killed: 2, injured: 6 },
      },
    ],
  },
  {
    class: 'a roundup by place',
    cases: [
      {
        says: 'adds the dead counted town by town',
        title: 'Strikes across Gaza',
        content: 'Israeli strikes killed 9 people in Gaza City, 6 in Deir al-Balah and 4 in Khan Younis on Sunday, medics said.',
        expect: { killed: 19, injured: null },
      },
      {
        says: 'keeps the dead and the wounded of two places apart',
        title: 'Russian strikes',
        content: 'Russian drones killed two people in Kherson and wounded five in Mykolaiv overnight.',
        expect: { killed: 2, injured: 5 },
      },
    ],
  },
  {
    class: 'a source named after the toll',
    cases: [
      {
        says: 'does not count "security" in "security sources said" as one more person',
        title: 'Ambush in northern Burkina',
        content: 'Jihadists ambushed a supply convoy near Djibo, killing at least 18 soldiers and volunteers, security sources said.',
        expect: { killed: 18, injured: null },
      },
    ],
  },
  {
    class: 'the bomber in the toll',
    cases: [
      {
        says: 'takes the suicide bomber named among the dead out of the French and Spanish toll',
        title: 'Attentat-suicide à Baidoa',
        content: "Un kamikaze s'est fait exploser devant un hôtel de Baidoa, faisant six morts, dont le kamikaze, selon la police.",
        expect: { killed: 5, injured: null },
      },
      {
        says: 'takes the suicide bomber named among the dead out of the French and Spanish toll',
        title: 'Atentado suicida en Kandahar',
        content: 'Un atacante suicida se hizo estallar frente a una mezquita en Kandahar y mató a nueve personas, incluido el propio atacante.',
        expect: { killed: 8, injured: null },
      },
    ],
  },
  {
    class: 'zeros told with "nor"',
    cases: [
      {
        says: 'reads "no wounded nor dead" as none of either',
        title: 'Ataque con drones en Tepalcatepec',
        content: 'Drones lanzaron explosivos sobre casas de Tepalcatepec. Hasta ahora no se han reportado heridos ni fallecidos.',
        expect: { killed: 0, injured: 0 },
      },
    ],
  },
  {
    class: 'Indonesian "shot dead" before the figure',
    cases: [
      {
        says: 'counts the dead after "menembak mati"',
        title: 'Kelompok bersenjata serang pekerja di Intan Jaya',
        content: 'Kelompok bersenjata menembak mati tiga pekerja jalan di Kabupaten Intan Jaya, Papua Tengah, pada Kamis, kata polisi.',
        expect: { attack: true, killed: 3 },
      },
    ],
  },
  {
    class: 'casualty figures',
    cases: [
      {
        says: 'reads a fake checkpoint as the attackers’ roadblock, not a hoax',
        title: 'Gunmen kill four, abduct two at fake checkpoint in Diyala',
        content: 'Gunmen at a fake checkpoint in Diyala killed four travellers and abducted two others on Tuesday night.',
        expect: { killed: 4, injured: null },
      },
      {
        says: 'reads a fake checkpoint as the attackers’ roadblock, not a hoax',
        title: 'Gunmen kill four, abduct two at fake checkpoint in Diyala',
        content: 'Gunmen at a fake checkpoint in Diyala killed four travellers and abducted two others.',
        expect: { typeSet: ['armed_assault', 'kidnapping'] },
      },
      // A hoax stays a look-alike.
      {
        says: 'reads a fake checkpoint as the attackers’ roadblock, not a hoax',
        title: 'Fake bomb alert empties station',
        content: 'A fake bomb threat emptied the central station in Lyon for two hours.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'the Portuguese present of dying in a headline',
    cases: [
      {
        says: 'reports the deaths as a toll',
        title: 'Quatro pessoas morrem em ataque em Macomia',
        content: 'Os insurgentes atacaram a aldeia durante a madrugada, segundo fontes locais.',
        expect: { attack: true, killed: 4 },
      },
      {
        says: 'leaves deaths of no attack as they were',
        title: 'Duas pessoas morrem em acidente na EN1',
        content: 'Um camião e um autocarro chocaram perto de Xai-Xai, segundo a polícia.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Arabic dual and present verbs of targeting, and the injured as people',
    cases: [
      {
        says: 'reads drones that "target" a base in a headline and two drones that "targeted" it',
        title: 'طائرات درونز تستهدف مطارا عسكريا في حماة',
        content: 'قال مصدر عسكري إن طائرتين مسيرتين استهدفتا المطار العسكري في ريف حماة فجر اليوم، دون وقوع مصابين.',
        expect: { attack: true, hasTypes: ['drone'], killed: 0, injured: 0 },
      },
      {
        says: 'leaves drones on show as no attack',
        title: 'معرض يعرض طائرات درونز حديثة في الرياض',
        content: 'افتتح المعرض أبوابه للزوار يوم الأحد بمشاركة شركات محلية.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'two headlines joined by a semicolon in a title',
    cases: [
      {
        says: "keeps the first headline's toll when the second counts a series",
        title: 'Four soldiers killed in roadside blast in Kurram; third such attack in two months',
        content: '',
        expect: { attack: true, killed: 4 },
      },
      {
        says: 'still reads a toll told in the second headline',
        title: 'Jets strike two villages in Idlib; nine people killed',
        content: '',
        expect: { attack: true, killed: 9 },
      },
    ],
  },
  {
    class: 'wounds "incompatible with life" are deaths',
    cases: [
      {
        says: 'English: injuries sustained incompatible with life',
        title: 'Shelling of Dovhe',
        content: 'Russian artillery shelled Dovhe on Sunday. Two residents sustained injuries incompatible with life.',
        expect: { toll: { killed: 2, injured: null } },
      },
      {
        says: 'English: injuries received incompatible with life, the speaker after',
        title: 'Drone hits a car near Vyshneve',
        content: 'A Russian drone struck a car near Vyshneve. Three people received injuries incompatible with life, the governor said.',
        expect: { toll: { killed: 3, injured: null } },
      },
      {
        says: 'Russian: "травмы, несовместимые с жизнью"',
        title: 'Удар по Малиновке',
        content: 'Российский дрон атаковал автомобиль в Малиновке. Два человека получили травмы, несовместимые с жизнью.',
        expect: { toll: { killed: 2, injured: null } },
      },
      {
        says: 'Ukrainian: "травми, несумісні з життям"',
        title: 'Удар по Зеленому',
        content: 'Російський дрон атакував автобус у Зеленому. Двоє людей отримали травми, несумісні з життям.',
        expect: { toll: { killed: 2, injured: null } },
      },
      {
        says: 'Spanish: "heridas incompatibles con la vida"',
        title: 'Ataque con drones en Lozova',
        content: 'Un dron ruso atacó un autobús en Lozova. Cuatro personas sufrieron heridas incompatibles con la vida.',
        expect: { toll: { killed: 4, injured: null } },
      },
      {
        says: 'keeps wounds without the phrase, and other things incompatible, among the wounded',
        title: 'Shelling of Dovhe',
        content: 'Russian artillery shelled Dovhe on Sunday. Two residents sustained serious injuries.',
        expect: { toll: { killed: null, injured: 2 } },
      },
      {
        says: 'keeps wounds without the phrase, and other things incompatible, among the wounded',
        title: 'Удар по Зеленому',
        content: 'Російський дрон атакував автобус у Зеленому. Двоє людей отримали травми.',
        expect: { toll: { killed: null, injured: 2 } },
      },
      {
        says: 'keeps wounds without the phrase, and other things incompatible, among the wounded',
        title: 'Shelling of Dovhe',
        content: 'Russian artillery shelled Dovhe on Sunday. Two residents sustained injuries, incompatible with the official account of a quiet night.',
        expect: { toll: { killed: null, injured: 2 } },
      },
    ],
  },
  {
    class: "a toll counted in thousands by a scale word is a war's, not the attack's",
    cases: [
      {
        says: 'Spanish: "220 mil muertos"',
        title: 'Coche bomba en Miranda deja 21 heridos',
        content:
          'Un coche bomba estalló frente a la alcaldía de Miranda, en el Cauca, y dejó 21 heridos. El ministro recordó que el conflicto armado ha dejado 220 mil muertos.',
        expect: { toll: { killed: null, injured: 21 } },
      },
      {
        says: 'English: "220 thousand dead"',
        title: 'Car bomb in Miranda wounds 21',
        content:
          'A car bomb exploded outside the town hall of Miranda and wounded 21 people. The minister recalled that the war, which he called senseless, left 220 thousand dead.',
        expect: { toll: { killed: null, injured: 21 } },
      },
      {
        says: 'Russian: "12 тысяч человек"',
        title: 'Взрыв в Каменке: 21 раненый',
        content: 'В Каменке взорвался заминированный автомобиль, ранены 21 человек. За годы войны погибли 12 тысяч человек.',
        expect: { toll: { killed: null, injured: 21 } },
      },
      {
        says: 'keeps a toll written in digits, even a large one',
        title: 'Car bomb in Miranda kills 1,200',
        content: 'A truck bomb exploded at a market in Miranda, killing 1,200 people, officials said.',
        expect: { killed: 1200 },
      },
    ],
  },
  {
    class: 'Russian and Ukrainian reports: buildings that "suffered", one casualty told after "about"',
    cases: [
      {
        says: 'Russian: people and then houses that suffered',
        title: 'Обстрел Грайворона',
        content: 'ВСУ обстреляли Грайворон. Три человека пострадали. Также пострадали 11 жилых домов и пять автомобилей.',
        expect: { toll: { killed: null, injured: 3 } },
      },
      {
        says: 'Ukrainian: people who suffered, houses damaged',
        title: 'Обстріл Марганця',
        content: 'Російська армія обстріляла Марганець. Двоє людей постраждали, пошкоджено 8 будинків.',
        expect: { toll: { killed: null, injured: 2 } },
      },
      {
        says: 'Russian: one dead told after "о" in the title',
        title: 'Губернатор сообщил о погибшем при обстреле Шебекино',
        content: 'ВСУ обстреляли Шебекино из артиллерии. Еще два человека ранены.',
        expect: { toll: { killed: 1, injured: 2 } },
      },
      {
        says: 'Ukrainian: one dead told after "про" in the title',
        title: 'Голова ОВА повідомив про загиблого внаслідок обстрілу Нікополя',
        content: 'Російська армія обстріляла Нікополь з артилерії.',
        expect: { toll: { killed: 1, injured: null } },
      },
      {
        says: 'counts people who suffered as before',
        title: 'Обстрел Грайворона',
        content: 'ВСУ обстреляли Грайворон. Пострадали 11 человек.',
        expect: { toll: { killed: null, injured: 11 } },
      },
    ],
  },
  {
    class: '"no causalities", as wire copy misspells it, is nobody hurt',
    cases: [
      {
        says: 'reads the misspelling as the word',
        title: 'Jets strike two villages near Zakho',
        content: 'Warplanes struck two villages near Zakho on Friday; the raids caused no causalities, a local official said.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'leaves causality in its own sense alone',
        title: 'Jets strike two villages near Zakho',
        content: 'Warplanes struck two villages near Zakho on Friday. Officials gave no causality for the timing.',
        expect: { toll: { killed: null, injured: null } },
      },
    ],
  },
  {
    class: 'Greek tolls: number words and the verb before its figure',
    cases: [
      {
        says: 'a number word before the dead',
        title: 'Πέντε νεκροί από επίθεση με drone στη Χάρκοβο',
        content: 'Ένα ρωσικό drone χτύπησε ένα λεωφορείο την Τρίτη, ανακοίνωσαν οι αρχές.',
        expect: { toll: { killed: 5, injured: null } },
      },
      {
        says: 'the verbs before their figures',
        title: 'Επίθεση με drone στη Χάρκοβο: σκοτώθηκαν τρεις άνθρωποι και τραυματίστηκαν έξι',
        content: 'Ένα ρωσικό drone χτύπησε ένα λεωφορείο την Τρίτη, ανακοίνωσαν οι αρχές.',
        expect: { toll: { killed: 3, injured: 6 } },
      },
    ],
  },
  {
    class: 'bodies that speak are organisations, not the dead',
    cases: [
      {
        says: 'maritime security bodies said',
        title: 'Missile hits bulk carrier off Yemen',
        content: 'A bulk carrier was hit by a missile off Mukalla on Sunday but sailed on with no injuries to the crew, two maritime security bodies said.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'UN bodies reported',
        title: 'Missile hits bulk carrier off Yemen',
        content: 'A bulk carrier was hit by a missile off Mukalla on Sunday, causing no casualties, three UN bodies reported.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'still counts bodies found',
        title: 'Gunmen attack village in Zamfara',
        content: 'Gunmen stormed a village in Zamfara on Sunday. Residents said four bodies were recovered.',
        expect: { killed: 4 },
      },
    ],
  },
  {
    class: 'German: two participles joined at the end of the clause, the casualty word second',
    cases: [
      {
        says: 'a pluperfect: "attackiert und verletzt"',
        title: 'Messerangriff in Lindau',
        content: 'Zwei Täter hatten am Abend am Hafen von Lindau drei Fußgänger mit einem Messer attackiert und verletzt.',
        expect: { toll: { killed: null, injured: 3 } },
      },
      {
        says: 'a passive: "angegriffen und verletzt"',
        title: 'Messerangriff in Lindau',
        content: 'Drei Jugendliche wurden angegriffen und verletzt, als sie am Bahnhof von Lindau warteten.',
        expect: { toll: { killed: null, injured: 3 } },
      },
      {
        says: 'a perfect: "angegriffen und verletzt"',
        title: 'Messerangriff in Lindau',
        content: 'Zwei Männer haben in Lindau fünf Gäste einer Bar mit Messern angegriffen und verletzt.',
        expect: { toll: { killed: null, injured: 5 } },
      },
      {
        says: 'keeps a group whose words run on past a lowercase word with no casualty after "und"',
        title: 'Messerangriff in Lindau',
        content: 'Ein Mann hat in Lindau vier Passanten mit einem Messer verletzt.',
        expect: { toll: { killed: null, injured: 4 } },
      },
    ],
  },
  {
    class: 'a life lost, in the singular and the plural of the wire languages',
    cases: [
      {
        says: 'English "lost their lives" after the counted group',
        title: 'Militants ambush patrol near Wajir',
        content: 'Four reservists lost their lives when militants ambushed their patrol outside Wajir on Tuesday evening.',
        expect: { toll: { killed: 4, injured: null } },
      },
      {
        says: 'English "lost his life" of one person, beside the wounded',
        title: 'Drone strike on a truck near Sinjar',
        content: 'One driver lost his life and three passengers were hurt when a drone hit their truck outside Sinjar on Friday.',
        expect: { toll: { killed: 1, injured: 3 } },
      },
      {
        says: 'Spanish singular "perdió la vida"',
        title: 'Emboscada de disidencias en el Cauca',
        content: 'Un policía perdió la vida en una emboscada de disidencias en zona rural de Suárez, Cauca, el martes.',
        expect: { killed: 1 },
      },
      {
        says: 'Portuguese "perderam a vida", the article after a verb the auxiliaries already skip',
        title: 'Emboscada de insurgentes em Cabo Delgado',
        content: 'Cinco militares perderam a vida numa emboscada de insurgentes perto de Mocímboa da Praia, no domingo.',
        expect: { killed: 5 },
      },
      {
        says: 'guard: a life not lost ("saved their lives") is no toll',
        title: 'Militants ambush patrol near Wajir',
        content: 'Militants ambushed a patrol outside Wajir on Tuesday; the armoured truck saved their lives, officers said.',
        expect: { toll: { killed: null, injured: null } },
      },
    ],
  },
  {
    class: '"not" that denies another clause is no zero',
    cases: [
      {
        says: 'a participle negated before the copula of the casualty word',
        title: 'Roadside bomb kills three soldiers near Tikrit',
        content:
          'Three soldiers died when a roadside bomb hit their truck near Tikrit on Monday. A contractor not attached to the convoy was hurt by the same blast.',
        expect: { toll: { killed: 3, injured: null } },
      },
      {
        says: 'a relative clause with "not" before the casualty word',
        title: 'Roadside bomb kills three soldiers near Tikrit',
        content: 'Three soldiers died when a roadside bomb hit their truck near Tikrit on Monday. A shepherd who was not near the road was wounded.',
        expect: { toll: { killed: 3, injured: null } },
      },
      {
        says: 'guard: "were not injured" still denies the injuries',
        title: 'Roadside bomb hits army truck near Tikrit',
        content: 'A roadside bomb hit an army truck near Tikrit on Monday. The soldiers inside were not injured, a police officer said.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
    ],
  },
  {
    class: 'Turkish groups joined by "ile"',
    cases: [
      {
        says: '"bir asker ile 3 korucu" are four killed',
        title: "Hakkari'de karakola saldırı",
        content: "Hakkari'de bir karakola yapılan bombalı saldırıda bir asker ile 3 korucu şehit oldu, 5 kişi yaralandı.",
        expect: { toll: { killed: 4, injured: 5 } },
      },
      {
        says: 'guard: "ile" meaning "with" before the verb is no second group',
        title: "Siirt'te karakola bombalı saldırı",
        content: 'Teröristler bomba yüklü bir kamyonet ile karakola saldırdı, 2 asker şehit oldu.',
        expect: { toll: { killed: 2, injured: null } },
      },
    ],
  },
  {
    class: 'one Spanish victim named by post, age or trade',
    cases: [
      {
        says: 'an agent, a young woman, a soldier: one each',
        title: 'Atacan una patrulla en Guayaquil',
        content: 'Hombres armados dispararon contra una patrulla en Guayaquil, Ecuador; un agente murió en el lugar.',
        expect: { killed: 1 },
      },
      {
        says: 'an agent, a young woman, a soldier: one each',
        title: 'Balacera en un parque de León',
        content: 'Sujetos armados abrieron fuego en un parque de León, Guanajuato. Una joven resultó herida.',
        expect: { toll: { killed: null, injured: 1 } },
      },
      {
        says: 'an agent, a young woman, a soldier: one each',
        title: 'Emboscada a una patrulla militar en Arauca',
        content: 'Un militar perdió la vida en una emboscada de guerrilleros contra una patrulla en Arauca.',
        expect: { killed: 1 },
      },
      {
        says: 'lost their lives, in the headline present',
        title: 'Tres jóvenes pierden la vida en un ataque armado en Irapuato',
        content: 'El ataque armado ocurrió la noche del sábado en una cancha de Irapuato.',
        expect: { killed: 3 },
      },
    ],
  },
  {
    class: 'tolls told in the ways of other languages (round 18)',
    cases: [
      {
        says: 'French: a teen written with a hyphen, and guesses with a conditional modal are not the toll',
        title: 'Attaque contre un poste militaire au Niger',
        content:
          'Dix-neuf soldats ont été tués lundi lors d’une attaque contre un poste militaire près de Tillabéri. Selon des sources locales, le bilan pourrait dépasser la quarantaine de morts.',
        expect: { killed: 19 },
      },
      {
        says: 'Spanish: one word of tens and unit, thousands grouped by a dot, and one more wounded as "otro"',
        title: 'Atentado junto a una plaza de Tumaco',
        content: 'Veintiocho personas murieron y 1.317 resultaron heridas cuando estalló un coche bomba junto a una plaza de Tumaco, según la alcaldía.',
        expect: { toll: { killed: 28, injured: 1317 } },
      },
      {
        says: 'Arabic: the accusative after 11–99, the dual, and a war total since the start of the war',
        title: 'تفجير انتحاري يضرب سوقا في بلدة بريف إدلب',
        content: 'ارتفعت حصيلة التفجير الانتحاري في السوق إلى 14 قتيلا و 22 جريحا. وبلغ عدد القتلى في المحافظة منذ بدء الحرب 5300 قتيل.',
        expect: { toll: { killed: 14, injured: 22 } },
      },
      {
        says: 'Arabic: two martyrs told by the dual, the wounded by a figure',
        title: 'استشهاد شابين في قصف على مخيم',
        content: 'استشهد شابان وأصيب 6 آخرون، الاثنين، في قصف استهدف منزلا في المخيم.',
        expect: { toll: { killed: 2, injured: 6 } },
      },
      {
        says: 'Hindi: two victims joined by "and" are two',
        title: 'पुलवामा में आतंकी हमला',
        content: 'पुलवामा में आतंकियों ने चौकी पर हमला किया जिसमें एक सिपाही और एक ग्रामीण घायल हो गए।',
        expect: { toll: { killed: null, injured: 2 } },
      },
      {
        says: 'the attackers’ losses told as "lost N men" are not the victims’ toll',
        title: 'Attaque jihadiste contre une patrouille au Burkina Faso',
        content:
          'Huit gendarmes ont été tués dans l’attaque de leur patrouille près de Djibo. Les assaillants jihadistes auraient perdu 21 hommes, et une trentaine de suspects auraient été arrêtés.',
        expect: { killed: 8 },
      },
    ],
  },
  {
    class: 'tolls told in the ways real news tells them (round 19)',
    cases: [
      {
        says: 'animals that died in the shelling are not people',
        title: 'Shelling kills three villagers near the Working Boundary',
        content:
          'Three villagers died on Sunday when mortar shells landed on homes near Sialkot, officials said. Eleven others were hurt, and 40 head of cattle and 12 domestic animals also perished.',
        expect: { toll: { killed: 3, injured: 11 } },
      },
      {
        says: 'a family counted by the figure after "of"',
        title: 'Air strike kills family of seven near Mosul',
        content: 'An air strike on a farmhouse south of Mosul killed a family of seven late on Friday, local officials said.',
        expect: { killed: 7 },
      },
      {
        says: 'an aside that points back at the group ("two of them children", "a minor among them") is part of it',
        title: 'Mortar fire hits border hamlet',
        content:
          'Five people, two of them children, were killed when mortar rounds struck a hamlet near Kotli on Tuesday. Four more, a teacher among them, were wounded.',
        expect: { toll: { killed: 5, injured: 4 } },
      },
      {
        says: 'a toll that "could pass" a figure is a guess',
        title: 'Soldiers killed in attack on army post in Burkina Faso',
        content:
          'Over a dozen soldiers were killed on Tuesday when gunmen overran an army post near Djibo, the army said. With several soldiers missing, the toll could pass 25, a security source said.',
        expect: { killed: 12 },
      },
      {
        says: 'an adverb between the counted group and its casualty word',
        title: 'Gunmen attack checkpoint in Zamfara',
        content: 'Nine vigilantes were allegedly killed when bandits stormed a checkpoint in Zamfara state on Saturday.',
        expect: { killed: 9 },
      },
      {
        says: 'a modal of one clause is no guess about the next clause after "dead and"',
        title: 'Strike on apartment block in Jabalia',
        content:
          'At least 40 people were killed in a strike on an apartment block in Jabalia on Monday. A health official said 12 people were still under the rubble and should be listed as dead and 90 others were hurt.',
        expect: { toll: { killed: 40, injured: 90 } },
      },
      {
        says: 'the dead and wounded counted together in a headline are neither figure',
        title: 'More than 60 dead and wounded in twin bombing at Baghdad market',
        content: 'Two suicide bombers blew themselves up at a crowded market in central Baghdad on Thursday, killing 19 people and wounding 44, police said.',
        expect: { toll: { killed: 19, injured: 44 } },
      },
      {
        says: 'a year ending the sentence before is no range with the figure opening the next',
        title: 'Serangan di pos jaga Nduga',
        content: 'Kelompok bersenjata menyerang pos jaga di Nduga pada Senin (4/3/2024). 2 guru dan seorang petani tewas dalam serangan itu.',
        expect: { killed: 3 },
      },
      {
        says: 'Indonesian headline "kills" before the groups it counts',
        title: 'Serangan KKB Tewaskan 2 Guru dan 1 Petani di Nduga',
        content: 'Kelompok bersenjata menyerang sebuah sekolah di Nduga pada Senin malam.',
        expect: { killed: 3 },
      },
      {
        says: 'Spanish: "uno" after "and" is one more person, and "un fallecido" is one dead',
        title: 'Ataque armado deja tres policías heridos y un fallecido',
        content: 'Los agentes repelieron la agresión en Zitácuaro, pero tres fueron heridos y uno finalmente murió en el hospital, informó la fiscalía.',
        expect: { toll: { killed: 1, injured: 3 } },
      },
      {
        says: 'Polish "is not alive" before and after its figure',
        title: 'Nie żyje pięć osób po ataku nożownika w Łodzi',
        content: 'Co najmniej 5 osób nie żyje, 8 jest rannych po ataku w centrum miasta, podała policja.',
        expect: { killed: 5 },
      },
      {
        says: 'Turkish: the count after what it counts, the figure with its case ending',
        title: 'Bombalı saldırıda ölü sayısı yükseldi',
        content: 'Valilik, saldırıda ölü sayısının 7\'ye yükseldiğini açıkladı. Bakan, "Yaralı sayımız 15" dedi.',
        expect: { toll: { killed: 7, injured: 15 } },
      },
      {
        says: 'Arabic and Persian: the dead and wounded of a headline counted together, the figures in the body',
        title: 'أكثر من 50 قتيل وجريح في تفجير سيارة مفخخة في سوق',
        content: 'أعلنت الشرطة أن حصيلة تفجير السيارة المفخخة في السوق بلغت 12 قتيلا و40 جريحا.',
        expect: { toll: { killed: 12, injured: 40 } },
      },
      {
        says: 'Persian: the dead and wounded of a headline counted together; "at least" as one word',
        title: '۹ کشته و زخمی در حمله پهپادی به یک روستا',
        content: 'حمله پهپادی به یک روستا به کشته شدن دستکم 4 نفر و زخمی شدن 5 تن دیگر منجر شد.',
        expect: { toll: { killed: 4, injured: 5 } },
      },
      {
        says: 'Italian: the figure first, the wounded after their article',
        title: 'Attentato kamikaze a Kandahar, cinque morti',
        content: 'Un kamikaze si è fatto esplodere davanti a una moschea di Kandahar. Dodici i feriti, secondo la polizia.',
        expect: { toll: { killed: 5, injured: 12 } },
      },
      {
        says: 'German: nobody else lost their life',
        title: 'Anschlag in Göteborg: Attentäter tot',
        content: 'Der Sprengsatz detonierte vor einem Café. Außer dem Attentäter kam niemand ums Leben.',
        expect: { killed: 0 },
      },
      {
        says: 'an earlier attack dated by a month in a relative clause is not this one',
        title: 'Eight soldiers killed in attack on army post in Mali',
        content:
          'Eight soldiers were killed when gunmen attacked an army post near Menaka on Friday, the army said. The region has been tense since an attack on a market in Gao that killed 31 people in February.',
        expect: { killed: 8 },
      },
      {
        says: 'the attackers named among the dead are taken out of the toll they were counted in',
        title: 'Car bomb hits police station in Mogadishu',
        content:
          'A car bomb went off outside the entrance of a police station in Mogadishu on Sunday, killing six people, police said. Among the dead were four police officers and two attackers.',
        expect: { killed: 4 },
      },
      {
        says: 'the attackers joined to the victims among the dead',
        title: 'Suicide attack on checkpoint in Kabul',
        content:
          'Seven people were killed when a suicide bomber and a gunman attacked a checkpoint in Kabul on Monday. Five guards and two assailants were among those killed, officials said.',
        expect: { killed: 5 },
      },
      {
        says: 'a part of the dead with no attackers in it stays a part',
        title: 'Bombing at market in Maiduguri',
        content: 'A bomb killed 12 people at a market in Maiduguri on Friday. Among the dead were three children.',
        expect: { killed: 12 },
      },
    ],
  },
  {
    class: 'tolls told in unselected news (round 20)',
    cases: [
      {
        says: 'a wound named by where it is, after a verb of suffering',
        title: 'Rockets fired at border town',
        content: 'Rockets struck the border town of Shlomi on Wednesday evening. Two farmers sustained minor head wounds, medics said.',
        expect: { toll: { killed: null, injured: 2 } },
      },
      {
        says: 'light injuries are injuries',
        title: 'Barrage hits Nahariya overnight',
        content: 'A rocket barrage hit Nahariya overnight. Five people suffered light injuries while running to shelters, the ambulance service said.',
        expect: { toll: { killed: null, injured: 5 } },
      },
      {
        says: 'the others sustaining injuries after a toll',
        title: 'Air strike on village school kills 9',
        content: 'An air strike on a village school killed at least nine people on Friday and left about 30 others sustaining injuries, a rescuer said.',
        expect: { toll: { killed: 9, injured: 30 } },
      },
      {
        says: 'look-alike: an age before the verb of suffering is no count',
        title: 'Drone hits house in Sumy',
        content: 'A drone hit a house in Sumy on Sunday. A man aged 58 suffered shrapnel injuries, the governor said.',
        expect: { toll: { killed: null, injured: 1 } },
      },
      {
        says: 'look-alike: a distance before a wound word is no count',
        title: 'Shelling hits Kherson suburb',
        content: 'Shelling hit a suburb of Kherson, 12 km from the river, on Monday. A woman suffered burn injuries.',
        expect: { toll: { killed: null, injured: 1 } },
      },
      {
        says: 'a teen killed, named alone',
        title: 'Troops kill teen during raid in Nablus',
        content: 'Troops killed a Palestinian teen and wounded another during an overnight raid in Nablus, the health ministry said.',
        expect: { toll: { killed: 1, injured: 1 } },
      },
      {
        says: 'look-alike: a person noun before a plural is an uncounted group, not one person',
        title: 'Gunmen storm district office in Mogadishu',
        content: 'Gunmen stormed a district office in Mogadishu on Sunday, killing security guards before troops retook the building.',
        expect: { killed: null },
      },
      {
        says: 'a list in parentheses names the people of the figure before it',
        title: 'Rocket strike on camp near Idlib',
        content:
          'Two civilians were killed (a boy and his grandmother) and three others were hurt (two women and a man) when rockets struck a camp near Idlib on Sunday.',
        expect: { toll: { killed: 2, injured: 3 } },
      },
      {
        says: 'look-alike: a wire dateline in parentheses does not hide the toll after it',
        title: 'Bomb kills four at bus stop',
        content: 'QUETTA, Pakistan (AP) — Four people were killed when a bomb went off at a bus stop on Thursday, police said.',
        expect: { killed: 4 },
      },
      {
        says: 'Polish: a person named by age is one person, not that many',
        title: 'Atak nożownika na przystanku',
        content: 'Nieznany mężczyzna zaatakował nożem pasażera na przystanku. 45-latek został ciężko ranny i trafił do szpitala.',
        expect: { toll: { killed: null, injured: 1 } },
      },
      {
        says: 'Polish look-alike: two persons named by age are no count of their age (the figure before them is not read yet)',
        title: 'Napad nożownika w Gdańsku',
        content: 'Napastnik zaatakował nożem dwóch mężczyzn na przystanku. Dwaj 30-latkowie zostali ranni.',
        expect: { injured: null },
      },
      {
        says: 'Bulgarian: one killed, two wounded',
        title: 'Ракетен удар по Одеса',
        content: 'При ракетния удар по Одеса има един убит и трима ранени, съобщиха властите.',
        expect: { toll: { killed: 1, injured: 3 } },
      },
      {
        says: 'Ukrainian: the number of wounded rose to a figure',
        title: 'Кількість поранених унаслідок удару по Дніпру зросла до 14',
        content: 'Російські війська вдарили ракетою по Дніпру, пошкоджено житловий будинок.',
        expect: { toll: { killed: null, injured: 14 } },
      },
      {
        says: 'Ukrainian look-alike: the number of dead since the start of the war is no toll of this strike',
        title: 'Кількість загиблих цивільних від початку війни перевищила 400',
        content: 'Російський дрон атакував Херсон, двоє людей загинули.',
        expect: { toll: { killed: 2, injured: null } },
      },
      {
        says: 'Ukrainian look-alike: the number of strikes is no toll',
        title: 'Кількість ударів по Харкову зросла до 20 за добу',
        content: 'Російські війська обстріляли Харків, одна людина отримала поранення.',
        expect: { killed: null },
      },
      {
        says: 'the dead counted by village after their casualty word add up',
        title: 'Rebels raid two villages near Oicha',
        content: 'Rebels raided two villages near Oicha overnight, local officials said. In all, 21 people were killed in Kalau and nine in Mamove.',
        expect: { killed: 30 },
      },
      {
        says: 'look-alike: a distance after the place is no second figure',
        title: 'Bomb hits market in Kirkuk',
        content: 'A bomb hit a market in Kirkuk on Friday. Four people were killed in Kirkuk and 40 kilometres away police found a second device.',
        expect: { killed: 4 },
      },
      {
        says: 'Arabic: the dual verb after a dual noun',
        title: 'هجوم على حاجز قرب درعا',
        content: 'قال مصدر أمني إن جنديين قتلا وأصيب ثلاثة آخرون في هجوم مسلح على حاجز قرب درعا اليوم الخميس.',
        expect: { toll: { killed: 2, injured: 3 } },
      },
      {
        says: 'Arabic look-alike: the toll of an attack dated "last Monday" that this blast comes after',
        title: 'انفجار لغم في سوق بدرعا',
        content:
          'أفاد مصدر طبي بأن رجلين أصيبا بجروح إثر انفجار لغم في سوق بدرعا اليوم الخميس. وهذا الانفجار يأتي بعد هجوم استهدف حافلة في ريف حمص الأحد الماضي وأسفر عن مقتل 14 عسكريا.',
        expect: { toll: { killed: null, injured: 2 } },
      },
      {
        says: 'nobody hurt in a second strike says nothing of deaths beside the wounded of the first',
        title: 'Night attack on Zaporizhzhia: man wounded',
        content:
          'A Russian drone hit a garage in Zaporizhzhia overnight, wounding a 40-year-old man, the governor said. Toward morning a second drone struck a warehouse. Nobody was hurt there, he added.',
        expect: { toll: { killed: null, injured: 1 } },
      },
      {
        says: 'nobody else hurt beside the wounded named: nobody died',
        title: 'Grenade thrown at shop in Imphal',
        content: 'A grenade was thrown at a shop in Imphal on Monday. A shopkeeper was slightly wounded; no one else was hurt, police said.',
        expect: { toll: { killed: 0, injured: 1 } },
      },
      {
        says: 'nobody hurt with no wounded stated: nobody killed or hurt',
        title: 'Rocket lands near base in Erbil',
        content: 'A rocket landed near a base in Erbil on Tuesday night. No one was hurt, the ministry said.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'the other side named after the victims in an aside is taken out of the toll',
        title: 'Raids in Khyber district',
        content: 'Seven people, including four policemen and three militants, were killed in two raids in Khyber district on Wednesday, officials said.',
        expect: { killed: 4 },
      },
      {
        says: '"as many" in such an aside repeats the part before it',
        title: 'Attack on village in Zamfara',
        content: 'In Zamfara on Friday, six men, including three vigilantes and as many militants, were killed in a raid on a village, police said.',
        expect: { killed: 3 },
      },
      {
        says: 'look-alike: an aside naming victims only leaves the toll whole',
        title: 'Bomb in Quetta',
        content: 'Six people, including two policemen and a child, were killed when a bomb went off in Quetta on Monday, officials said.',
        expect: { killed: 6 },
      },
    ],
  },
  {
    class: 'tolls told in unselected news (round 21)',
    cases: [
      {
        says: 'one of a group, then its verb, in English',
        title: 'Knife attack on patrol in Antwerp',
        content: 'A man attacked two officers on patrol near the station on Thursday. One of the officers died of his stab wounds, prosecutors said.',
        expect: { killed: 1 },
      },
      {
        says: 'one of the wounded who died, in Spanish',
        title: 'Ataque armado contra un bar en Celaya',
        content: 'Hombres armados atacaron un bar de Celaya la noche del viernes. Uno de los heridos murió horas después en el hospital.',
        expect: { killed: 1 },
      },
      {
        says: 'one of the wounded who died, in Russian',
        title: 'Удар по Херсону',
        content: 'Российские войска обстреляли Херсон в понедельник. Один из раненых скончался в больнице, сообщил губернатор.',
        expect: { killed: 1 },
      },
      {
        says: 'one of the wounded who died, in German',
        title: 'Angriff auf Dorf in Mali',
        content: 'Bewaffnete haben am Sonntag ein Dorf im Zentrum Malis überfallen. Einer der Verletzten starb später im Krankenhaus.',
        expect: { killed: 1 },
      },
      {
        says: 'look-alike: Portuguese "dos" after "um" is "of the", not two',
        title: 'Ataque a aldeia em Cabo Delgado',
        content: 'Insurgentes atacaram uma aldeia em Cabo Delgado no domingo. Um dos feridos morreu a caminho do hospital.',
        expect: { killed: 1, injured: null },
      },
      {
        says: 'look-alike: one of the wounded still in hospital is no death',
        title: 'Bomb blast at bus stop in Kaduna',
        content: 'A bomb exploded at a bus stop in Kaduna on Monday. One of the wounded was taken to hospital in critical condition.',
        expect: { toll: { killed: null, injured: 1 } },
      },
      {
        says: 'look-alike: one of the attackers is no victim',
        title: 'Gunmen storm checkpoint in Diyala',
        content: 'Gunmen stormed a checkpoint in Diyala overnight. One of the attackers was killed when soldiers returned fire.',
        expect: { killed: null },
      },
      {
        says: 'two of the wounded who later died',
        title: 'Car bomb in Mogadishu',
        content: 'A car bomb exploded outside a hotel in Mogadishu on Saturday. Two of the wounded later died, a police officer said.',
        expect: { killed: 2 },
      },
      {
        says: 'a person named, and others counted after "and"',
        title: 'Bomb kills district official in Kunduz',
        content: 'The district governor of Imam Sahib and two others were killed when a bomb went off under his car on Sunday, police said.',
        expect: { killed: 3 },
      },
      {
        says: 'a named person and two of his colleagues',
        title: 'Magnetic bomb blast in Kabul',
        content:
          'Wahid Karimi and two of his co-workers were killed, and one more person was hurt, when a magnetic bomb went off under their car in Kabul, the ministry said.',
        expect: { toll: { killed: 3, injured: 1 } },
      },
      {
        says: 'look-alike: others after a clause that already killed someone',
        title: 'Gunman opens fire at wedding in Sindh',
        content: 'A gunman opened fire at a wedding, killed the driver and two others were wounded, police said.',
        expect: { toll: { killed: 1, injured: 2 } },
      },
      {
        says: 'look-alike: a counted group before the others is summed once',
        title: 'Ambush on convoy in Borno',
        content: 'Two soldiers and three others were killed when insurgents ambushed a convoy in Borno on Tuesday.',
        expect: { killed: 5 },
      },
      {
        says: 'injuries to a group after "to"',
        title: 'Drones hit Kharkiv overnight',
        content: 'Russian drones struck Kharkiv overnight, causing damage to six houses and injuries to four people, the mayor said.',
        expect: { toll: { killed: null, injured: 4 } },
      },
      {
        says: 'look-alike: injuries to a body part are no group',
        title: 'Stabbing at market in Lyon',
        content: 'A man stabbed a trader at a market in Lyon on Saturday. The trader suffered injuries to his arm.',
        expect: { toll: { killed: null, injured: 1 } },
      },
      {
        says: 'an ordinal counts on from the people stated before it',
        title: 'Two officers stabbed in Ghent',
        content: 'A man stabbed two police officers in Ghent on Tuesday. A third officer was slightly hurt while the attacker was being overpowered.',
        expect: { toll: { killed: null, injured: 3 } },
      },
      {
        says: 'look-alike: an ordinal with no one of its kind before it is one person',
        title: 'Shooting at café in Marseille',
        content: 'A gunman opened fire at a café in Marseille on Friday. A man was killed and a second man was wounded.',
        expect: { toll: { killed: 1, injured: 1 } },
      },
      {
        says: 'a partition of the group named without commas after "including"',
        title: 'Car bomb near district office in Logar',
        content: 'A car bomb went off near a district office in Logar on Monday. 31 people including 25 pupils and six guards were wounded.',
        expect: { toll: { killed: null, injured: 31 } },
      },
      {
        says: 'look-alike: a list after "including" that exceeds the group adds people',
        title: 'Raid on village in Plateau',
        content: 'Gunmen raided a village in Plateau State on Sunday. Four people including a child and 12 farmers were killed.',
        expect: { killed: 16 },
      },
      {
        says: 'a part of the day between the auxiliary and the verb',
        title: 'Gunmen raid Garissa estate',
        content: 'A watchman was Tuesday night shot dead when gunmen raided an estate in Garissa town.',
        expect: { killed: 1 },
      },
      {
        says: 'a zero limited to one side leaves the other unknown',
        title: 'Guard killed in border shootout',
        content: 'A border guard was shot dead in a shootout at the frontier on Monday. The other country did not report any casualties on its side.',
        expect: { toll: { killed: 1, injured: null } },
      },
      {
        says: "look-alike: a zero on either side is the event's",
        title: 'Border posts exchange fire',
        content: 'Border guards of the two countries exchanged fire overnight after mortar rounds hit a post. There were no casualties on either side.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'the suspect named among the dead is left out',
        title: 'Gunman opens fire at shopping centre',
        content: 'Two people including the suspect died after a gunman opened fire at a shopping centre in Tulsa on Saturday.',
        expect: { killed: 1 },
      },
      {
        says: 'a victim named by sex',
        title: 'Shooting outside nightclub in Memphis',
        content: 'Officers said one victim, a male in his thirties, was killed in the shooting outside the bar.',
        expect: { killed: 1 },
      },
      {
        says: 'the short plural of jihadists is the other side',
        title: 'Militants overrun army post in Tillabéri',
        content: 'Militants killed 14 soldiers when they stormed a military post near Tillabéri on Friday, and the army said 22 jihadis were also killed.',
        expect: { killed: 14 },
      },
      {
        says: 'people delivered to hospitals are wounded',
        title: 'Shelling of Nikopol overnight',
        content: 'Russian forces shelled Nikopol overnight, damaging houses and a school. Four people have been delivered to hospitals.',
        expect: { toll: { killed: null, injured: 4 } },
      },
      {
        says: 'a person after the verb, then others counted after "and"',
        title: 'Gunmen attack convoy in Zabul',
        content: 'Gunmen attacked a convoy on the highway in Zabul on Monday, killing the provincial spokesman and two others, officials said.',
        expect: { killed: 3 },
      },
      {
        says: 'a person and others, in French',
        title: 'Attaque contre un village au Burkina Faso',
        content: 'Des hommes armés ont attaqué un village du nord dimanche soir, tuant le chef du village et deux autres personnes.',
        expect: { killed: 3 },
      },
      {
        says: 'a person and others, in Spanish, the others before their number',
        title: 'Ataque armado en un taller de Uruapan',
        content: 'Un comando armado irrumpió en un taller de Uruapan el martes. El dueño y otras dos personas murieron en el lugar.',
        expect: { killed: 3 },
      },
      {
        says: 'look-alike: the others with a verb of their own',
        title: 'Gunmen attack convoy in Zabul',
        content: 'Gunmen attacked a convoy in Zabul on Monday, killing the district chief of Shahjoy and two others wounded in the crossfire.',
        expect: { killed: 1 },
      },
      {
        says: 'a Polish number that is also a word, before an auxiliary and its casualty word',
        title: 'Atak nożownika w Poznaniu',
        content: 'Napastnik zaatakował przechodniów w centrum Poznania. Trzy osoby zginęły, a pięć zostało rannych.',
        expect: { toll: { killed: 3, injured: 5 } },
      },
    ],
  },
  {
    class: 'tolls told in unselected news (round 23)',
    cases: [
      {
        says: 'a date before a comma, then the toll: the day is no lower end of a range',
        title: 'Bomb attack at a bus stand in Quetta',
        content: 'On December 3, 11 people were killed when a bomb planted at a bus stand in Quetta went off, police said.',
        expect: { killed: 11 },
      },
      {
        says: 'a year before a comma, then the toll',
        title: 'Gunmen attack a checkpoint in Borno',
        content: 'In the worst raid on the town since 2019, 14 vigilantes died and nine were wounded when gunmen stormed a checkpoint on Sunday.',
        expect: { toll: { killed: 14, injured: 9 } },
      },
      {
        says: 'look-alike: a range written with a dash stays its lower end',
        title: 'Bomb attack at a bus stand in Quetta',
        content: 'Some 10–15 people were killed when a bomb went off at a bus stand in Quetta on Monday.',
        expect: { killed: 10 },
      },
      {
        says: 'look-alike: the figure of the compared attack, opened by "when", is not this one',
        title: 'Car bomb hits army post in Mogadishu',
        content: 'A car bomb hit an army post in Mogadishu on Friday, the deadliest attack on the city since 2017, when a truck bomb killed 500 people.',
        expect: { killed: null },
      },
      {
        says: 'an aside between dashes names the people of the count before it',
        title: 'Air strike hits a house in Rafah',
        content:
          'Five members of one family – a grandmother, her son and three grandchildren – were killed when an air strike hit their house in Rafah on Tuesday.',
        expect: { killed: 5 },
      },
      {
        says: 'an aside between dashes with a part of the group is no more people',
        title: 'Air strike hits a house in Rafah',
        content: 'Six people – two of them children – were killed when an air strike hit a house in Rafah on Tuesday.',
        expect: { killed: 6 },
      },
      {
        says: 'look-alike: a dash after the toll that opens another clause keeps both kinds',
        title: 'Air strike hits a house in Rafah',
        content: 'Two people were killed – and four more were hurt – when an air strike hit a house in Rafah on Tuesday.',
        expect: { toll: { killed: 2, injured: 4 } },
      },
      {
        says: 'a count whose group goes on with "of …", then a verb of dying with no object',
        title: 'Rebels attack a convoy in Sukma',
        content: 'Seven members of the district reserve guard died when rebels attacked their convoy near Sukma on Monday.',
        expect: { killed: 7 },
      },
      {
        says: 'look-alike: a group with "of …" whose verb has an object of its own did the killing',
        title: 'Gang attacks a bank in Lagos',
        content: 'Three members of the gang shot a guard dead during a raid on a bank in Lagos on Monday.',
        expect: { killed: 1 },
      },
      {
        says: 'a toll owned by a period counts every attack of that period',
        title: 'Driver rams car into soldiers near Hebron, four hurt',
        content: "A driver rammed his car into soldiers at a junction near Hebron on Friday, which took this week's toll in the unrest to nine.",
        expect: { toll: { killed: null, injured: 4 } },
      },
      {
        says: "look-alike: the toll of one earlier attack named by its week is that attack's",
        title: 'Market bombing toll rises in Maiduguri',
        content: "The death toll from last week's bombing of a market in Maiduguri rose to 31, officials said on Monday.",
        expect: { killed: 31 },
      },
      {
        says: 'one person described with "of …", then "and" and a counted group after the verb',
        title: 'Strike on a car near Tyre',
        content: 'A drone strike on a car near Tyre on Wednesday killed a local commander of the group and two bodyguards, sources said.',
        expect: { killed: 3 },
      },
      {
        says: 'one person described with "of …" and a counted group before the verb',
        title: 'Gunmen attack a convoy in Kunduz',
        content: 'The deputy governor of the province and three guards were killed when gunmen attacked their convoy in Kunduz on Monday.',
        expect: { killed: 4 },
      },
      {
        says: 'look-alike: the counted group after "and" has a verb of its own',
        title: 'Gunmen attack a convoy in Kunduz',
        content: 'Gunmen attacked a convoy in Kunduz on Monday and killed the deputy governor of the province and three guards were wounded.',
        expect: { toll: { killed: 1, injured: 3 } },
      },
    ],
  },
  {
    class: 'round 23: Hausa tolls, the people before their figure',
    cases: [
      {
        says: 'reads "sun hallaka" (they slew) before the people and their figure',
        title: "'Yan bindiga sun kai hari a Borno",
        content: "'Yan bindiga sun kai hari a wani kauye a jihar Borno ranar Lahadi, inda suka hallaka mutane 23.",
        expect: { killed: 23 },
      },
      {
        says: 'reads a noun of trade before its figure ("masunta", fishermen)',
        title: 'Boko Haram ta kai hari a Tafkin Chadi',
        content: "'Yan Boko Haram sun kashe masunta 17 a wani tsibiri a arewacin Kamaru.",
        expect: { killed: 17 },
      },
      {
        says: 'reads the relative passive after the figure ("mutane 9 aka kashe", nine people were killed)',
        title: "'Yan bindiga sun kai hari a jihar Katsina",
        content: "'Yan bindiga sun kai hari a wani kauye a jihar Katsina. 'Yan sanda sun ce mutane 9 aka kashe a harin.",
        expect: { killed: 9 },
      },
      {
        says: 'look-alike: the attackers counted before the verb are not its victims',
        title: "'Yan bindiga sun kai hari a jihar Katsina",
        content: "'Yan bindiga 30 sun kashe mutane 6 a wani kauye a jihar Katsina ranar Asabar.",
        expect: { killed: 6 },
      },
    ],
  },
  {
    class: 'round 23: one person and "the other" of two, in more languages',
    cases: [
      {
        says: 'Urdu: one official martyred and "the other" (دوسرا) wounded',
        title: 'دستی بم حملہ',
        content: 'کوئٹہ میں پولیس چوکی پر دستی بم حملے میں ایک سپاہی شہید اور دوسرا زخمی ہوگیا۔',
        expect: { killed: 1, injured: 1 },
      },
      {
        says: 'Hindi: one constable dead and "the second" (दूसरा) hurt',
        title: 'ग्रेनेड हमले में सिपाही की मौत',
        content: 'क्वेटा में पुलिस चौकी पर हथगोला फेंके जाने से एक सिपाही की मौत हो गई और दूसरा घायल हो गया.',
        expect: { killed: 1, injured: 1 },
      },
      {
        says: 'Turkish: one soldier died and "the other" (diğeri) was wounded',
        title: 'Karakola saldırı',
        content: 'Şırnak’ta bir karakola düzenlenen silahlı saldırıda bir asker öldü, diğeri yaralandı.',
        expect: { killed: 1, injured: 1 },
      },
      {
        says: 'Russian: one killed, "the second" (второй) wounded',
        title: 'Обстрел Горловки',
        content: 'При обстреле Горловки один мирный житель погиб, второй ранен.',
        expect: { killed: 1, injured: 1 },
      },
      {
        says: 'German: "ein Mensch" (a human being) killed, and one more hurt',
        title: 'Messerangriff in Bremen',
        content: 'Ein Mann hat in Bremen Passanten mit einem Messer angegriffen. Ein Mensch wurde getötet, ein weiterer wurde schwer verletzt.',
        expect: { killed: 1, injured: 1 },
      },
      {
        says: 'look-alike: Polish "Drugi dzień" (the second day) is nobody',
        title: 'Atak na posterunek',
        content: 'W ataku na posterunek w Charkowie zginęło dwóch policjantów. Drugi dzień trwa śledztwo.',
        expect: { killed: 2, injured: null },
      },
    ],
  },
  {
    class: 'round 23: Arabic victims named by one noun, and a dead-and-wounded pair that sorts a crowd',
    cases: [
      {
        says: 'one settler killed (مقتل مستوطن) and 13 others wounded',
        title: 'صاروخ يصيب مبنى في أسدود',
        content: 'أصاب صاروخ مبنى سكنيا في أسدود مساء الخميس، ما أدى إلى مقتل مستوطن وإصابة 13 آخرين.',
        expect: { killed: 1, injured: 13 },
      },
      {
        says: '"victims between dead and wounded" gives neither figure',
        title: 'قصف بطائرة مسيرة على سوق في الفاشر',
        content: 'استهدفت طائرة مسيرة سوقا في الفاشر يوم الأحد، فسقط عدد من الضحايا بين قتيل وجريح.',
        expect: { killed: null, injured: null },
      },
      {
        says: 'look-alike: a martyr and a wounded side by side are still one each',
        title: 'قصف بطائرة مسيرة على سوق في الفاشر',
        content: 'استهدفت طائرة مسيرة سوقا في الفاشر يوم الأحد، ما أسفر عن شهيد وجريح.',
        expect: { killed: 1, injured: 1 },
      },
    ],
  },
  {
    class: 'round 24: an Arabic toll told as the lives an attack took',
    cases: [
      {
        says: '"took the life of 7 soldiers" (أودى بحياة) counts seven killed',
        title: 'مسلحون يهاجمون حاجزا للجيش قرب الموصل',
        content: 'شن مسلحون من داعش هجوما على حاجز للجيش العراقي قرب الموصل الليلة الماضية، مما أودى بحياة 7 جنود.',
        expect: { killed: 7 },
      },
    ],
  },
  {
    class: 'round 23: things counted with the noun before the figure',
    cases: [
      {
        says: 'Hausa "gidaje 40" (40 houses) burnt is no toll; the people killed after it are',
        title: "'Yan bindiga sun kai hari a jihar Sokoto",
        content: "'Yan bindiga sun kai hari a wani kauye a jihar Sokoto, suka kona gidaje akalla 40, suka kashe mutane 7.",
        expect: { killed: 7 },
      },
    ],
  },
  {
    class: 'a knife wounds whom it reaches unless "to death" follows',
    cases: [
      {
        says: 'a man stabbed two people: two injured',
        title: 'Stabbing at a Lyon bus station',
        content: 'A man stabbed two people at a bus station in Lyon on Monday morning, police said.',
        expect: { attack: true, toll: { killed: null, injured: 2 } },
      },
      {
        says: 'stabbing three passers-by: three injured, and the one who died counted apart',
        title: 'Knife attack in Graz',
        content: 'An attacker ran through the old town of Graz on Tuesday stabbing three passers-by. A fourth person was killed, police said.',
        expect: { attack: true, toll: { killed: 1, injured: 3 } },
      },
      {
        says: 'stabbed to death is still killed',
        title: 'Farmers attacked near Jos',
        content: 'Attackers stabbed two farmers to death near Jos on Sunday, a local official said.',
        expect: { attack: true, killed: 2 },
      },
      {
        says: 'look-alike: stabbed three times counts no people',
        title: 'Man stabbed in Malmo',
        content: 'A man was stabbed three times in a street in Malmo on Friday night and taken to hospital, police said.',
        expect: { attack: true, injured: 1 },
      },
      {
        says: 'look-alike: the attacker stabbed by the guard is not a victim',
        title: 'Guard stops a knife attack in Lyon',
        content: 'A security guard stabbed the attacker at a Lyon market on Monday after he wounded two shoppers, police said.',
        expect: { attack: true, injured: 2 },
      },
    ],
  },
  {
    class: 'round 24: tolls told by reference to another figure, pronoun or single wound',
    cases: [
      {
        says: '"as many others wounded" repeats the killed figure for the wounded',
        title: 'Police station attacked in Tank',
        content: 'Three constables were killed and as many others wounded when militants stormed a police station in Tank on Monday night.',
        expect: { killed: 3, injured: 3 },
      },
      {
        says: '"wounded as many" after the verb repeats the killed figure too',
        title: 'Bomb hits market in Bannu',
        content: 'A bomb planted on a motorcycle killed five shoppers and wounded as many in a market in Bannu on Friday.',
        expect: { killed: 5, injured: 5 },
      },
      {
        says: 'look-alike: "as many as" is a hedge before its own figure',
        title: 'Bomb hits market in Bannu',
        content: 'A bomb killed five shoppers in a market in Bannu on Friday, and as many as 20 people were wounded.',
        expect: { killed: 5, injured: 20 },
      },
      {
        says: '"killing seven of them" after the attackers counts the attackers, not the victims',
        title: 'Checkpoint attacked in Sheikh Zuweid',
        content:
          'Two soldiers died when militants stormed an army post outside Sheikh Zuweid. The troops fought back against the raiders, killing seven of them.',
        expect: { killed: 2 },
      },
      {
        says: 'look-alike: "killing four of them" after the villagers counts the victims',
        title: 'Gunmen attack village in Zamfara',
        content: 'Gunmen opened fire on villagers gathered at a market in Zamfara, killing four of them, police said.',
        expect: { killed: 4 },
      },
      {
        says: 'a killing dated by its year after the verb is an earlier event, not this one',
        title: 'Gunmen kidnap two priests in Cameroon',
        content:
          'Two priests were seized by gunmen on a road outside Bamenda late on Thursday. In the same diocese a visiting priest was shot dead in 2019 near his parish.',
        expect: { killed: null },
      },
      {
        says: 'look-alike: a toll dated by its day stays this event',
        title: 'Gunmen kill two traders in Bamenda',
        content: 'Gunmen shot dead two traders in Bamenda on Thursday, police said, the second such attack in 2024.',
        expect: { killed: 2 },
      },
      {
        says: 'one wound after an article: "received a concussion"',
        title: 'Shells hit village in Kursk region',
        content: 'Shells fired across the border hit the village of Tetkino in Kursk region on Sunday, and a pensioner received a concussion.',
        expect: { injured: 1 },
      },
      {
        says: 'one wound after an article: "suffered a shrapnel wound"',
        title: 'Drone hits car in Kherson',
        content: 'A drone dropped a grenade on a car in Kherson on Tuesday; the driver suffered a shrapnel wound, the regional governor said.',
        expect: { injured: 1 },
      },
    ],
  },
  {
    class: 'round 25: a war noun inside a compound adjective describes the scene, it scopes no war toll',
    cases: [
      {
        says: 'the "war-torn" region after the figures: both kinds are this event\'s',
        title: 'Roadside bomb kills four soldiers',
        content: 'Four soldiers died and three others were hurt in Helmand when a buried bomb hit their truck in the war-torn south, police said.',
        expect: { toll: { killed: 4, injured: 3 } },
      },
      {
        says: 'an "insurgency-hit" province, another word order',
        title: 'Bomb hits patrol in Narathiwat',
        content: 'A bomb wounded six rangers on patrol in Rueso on Monday in the insurgency-hit province of Narathiwat, officials said.',
        expect: { toll: { killed: null, injured: 6 } },
      },
      {
        says: 'a "conflict-ravaged" district, in the lead after the killed',
        title: 'Gunmen attack village in Ituri',
        content: 'Gunmen killed nine villagers and injured two others near Djugu on Sunday in the conflict-ravaged district, a local official said.',
        expect: { toll: { killed: 9, injured: 2 } },
      },
      {
        says: 'look-alike: the dead of a war, the war noun standing alone, stay out',
        title: 'Bomb kills three police officers in Hakkari',
        content: 'A bomb killed three police officers in Hakkari on Friday. About 40,000 people have died in the insurgency since 1984.',
        expect: { killed: 3 },
      },
    ],
  },
  {
    class: 'round 25: "no wounded" in other languages is nobody hurt, as "no injuries" is',
    cases: [
      {
        says: 'French "aucun blessé" alone: nobody killed or hurt',
        title: 'Attaque de missile contre un cargo en mer Rouge',
        content: 'Les rebelles houthis ont attaqué un cargo avec un missile au large du Yémen samedi. Aucun blessé n’a été signalé à bord.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'Spanish "sin heridos", Italian "nessun ferito", German "keine Verletzten"',
        title: 'Ataque con drones contra una refinería en Samara',
        content: 'Varios drones atacaron una refinería en Syzran durante la noche, sin heridos, según el gobernador.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'German "keine Verletzten" after a drone strike',
        title: 'Drohne trifft Raffinerie in Samara',
        content: 'Eine Drohne hat in der Nacht eine Raffinerie in Sysran getroffen. Es gab keine Verletzten, teilte der Gouverneur mit.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'Hebrew "לא היו נפגעים" (there were no casualties)',
        title: 'רקטות נורו לעבר שדרות',
        content: 'שמונה רקטות נורו הבוקר מרצועת עזה לעבר שדרות. רוב הרקטות יורטו. לא היו נפגעים.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'Hebrew "נפגעו" (were hurt) after its figure',
        title: 'פיגוע דריסה ליד צומת הגוש',
        content: 'ארבעה חיילים נפגעו הבוקר מרכב שדהר לעברם ליד צומת הגוש. אחד מהם במצב קשה.',
        expect: { toll: { killed: null, injured: 4 } },
      },
      {
        says: 'look-alike: "לא היו נפגעים" of one impact beside the wounded of another says nothing of deaths',
        title: 'מטח רקטות לעבר אשקלון',
        content: 'שלושה אנשים נפצעו באורח קל מרסיסים באשקלון. רקטה נוספת נפלה בשדרות וגרמה נזק לבית. לא היו נפגעים.',
        expect: { toll: { killed: null, injured: 3 } },
      },
      {
        says: 'look-alike: "aucun blessé" beside the dead keeps the dead',
        title: 'Attaque contre un poste de police au Niger',
        content: 'Des hommes armés ont tué deux policiers à Tillabéri lundi. Aucun blessé n’a été signalé.',
        expect: { toll: { killed: 2, injured: 0 } },
      },
    ],
  },
  {
    class: 'round 25: a harm verb denied with "any" is nobody hurt',
    cases: [
      {
        says: '"did not injure any soldiers"',
        title: 'Rockets hit near base in Iraq',
        content: 'Two rockets landed near a base in Erbil early on Monday. The salvo did not injure any soldiers, a coalition spokesman said.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: '"didn\'t hurt anyone", another verb',
        title: 'Drone hits tanker in Black Sea',
        content: 'A naval drone struck an oil tanker in the Black Sea on Saturday but didn’t hurt anyone on board, the owners said.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: '"did not kill anyone": only the dead denied',
        title: 'Bomb explodes at police station in Quetta',
        content: 'A bomb went off outside a police station in Quetta on Sunday. It did not kill anyone, but four officers were wounded.',
        expect: { toll: { killed: 0, injured: 4 } },
      },
      {
        says: '"did not kill or injure anyone": two verbs joined by "or"',
        title: 'Mortar shells hit base in Somalia',
        content: 'Militants fired mortar shells at an AU base near Baidoa overnight but did not kill or injure anyone, the mission said.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'look-alike: "did not say whether anyone was hurt" denies nothing',
        title: 'Rockets hit near base in Iraq',
        content: 'Two rockets landed near a base in Erbil early on Monday. The spokesman did not say whether anyone was hurt.',
        expect: { toll: { killed: null, injured: null } },
      },
    ],
  },
  {
    class: 'round 25: Arabic "مصرع" (the death of) before its figure, as "مقتل"',
    cases: [
      {
        says: 'a headline "مصرع N شخصا"',
        title: 'مصرع 12 شخصا في انفجار سيارة مفخخة في منبج',
        content: '',
        expect: { killed: 12 },
      },
      {
        says: 'joined "بمصرع" after a verb of reporting, with the wounded after it',
        title: 'انفجار سيارة مفخخة في الباب',
        content: 'أفاد الدفاع المدني، اليوم الأحد، بمصرع سبعة أشخاص وإصابة 20 آخرين في انفجار سيارة مفخخة في مدينة الباب.',
        expect: { toll: { killed: 7, injured: 20 } },
      },
      {
        says: 'look-alike: "لقي ثلاثة أشخاص مصرعهم" (met their death) still counts three',
        title: 'انفجار عبوة ناسفة في درعا',
        content: 'لقي ثلاثة أشخاص مصرعهم في انفجار عبوة ناسفة في درعا.',
        expect: { killed: 3 },
      },
    ],
  },
  {
    class: 'round 25: Hausa "a ƙalla" (at least) written as two words',
    cases: [
      {
        says: '"sun kashe a ƙalla mutum bakwai"',
        title: 'Yan bindiga sun kai hari a Zamfara',
        content: 'Ƴan bindiga sun kai hari ƙauyen Dansadau a jihar Zamfara ranar Talata, kuma sun kashe a ƙalla mutum bakwai.',
        expect: { killed: 7 },
      },
      {
        says: 'with digits and the plural noun',
        title: 'Yan bindiga sun kai hari a Katsina',
        content: 'Ƴan bindiga sun kai hari a kauyen Shau inda suka kashe a kalla mutane 14.',
        expect: { killed: 14 },
      },
      {
        says: 'look-alike: the one-word "akalla" still reads',
        title: 'Yan bindiga sun kai hari a Sokoto',
        content: 'Ƴan bindiga sun kai hari a kauyen Gidan Bawa inda suka kashe akalla mutane 11.',
        expect: { killed: 11 },
      },
    ],
  },
  {
    class: 'round 25: French "d’un mort" — the article "un" (one) behind an elided "de"',
    cases: [
      {
        says: '"la police parle d’un mort et de 14 blessés"',
        title: 'Attentat-suicide à Kaboul',
        content: 'Un kamikaze s’est fait exploser jeudi devant un lycée de Kaboul. La police parle d’un mort et de 14 blessés.',
        expect: { toll: { killed: 1, injured: 14 } },
      },
      {
        says: '"d’un blessé" after the dead, the other kind',
        title: 'Fusillade à Marseille',
        content: 'Des tireurs ont ouvert le feu dans la nuit sur un groupe de jeunes à Marseille. La police parle de trois morts et d’un blessé grave.',
        expect: { toll: { killed: 3, injured: 1 } },
      },
      {
        says: '"d’un policier tué": the one before a person noun and its participle',
        title: 'Attaque contre un commissariat à Grenoble',
        content: 'Des hommes armés ont attaqué un commissariat de Grenoble dans la nuit. Le parquet fait état d’un policier tué et de trois passants blessés.',
        expect: { toll: { killed: 1, injured: 3 } },
      },
      {
        says: 'look-alike: "d’une dizaine de blessés" reads the round figure',
        title: 'Explosion d’une bombe à Bamako',
        content: 'Une bombe a explosé sur un marché de Bamako, faisant deux morts et une dizaine de blessés.',
        expect: { toll: { killed: 2, injured: 10 } },
      },
    ],
  },
  {
    class: 'round 25: an approximation after the figure ("or so", "or more") is part of it',
    cases: [
      {
        says: '"another 30 or so wounded" after the dead',
        title: 'Suicide bomber hits mosque in Kunduz',
        content:
          'A suicide bomber blew himself up inside a mosque in Kunduz during Friday prayers. At least 25 have been confirmed dead, and another 30 or so wounded.',
        expect: { toll: { killed: 25, injured: 30 } },
      },
      {
        says: '"20 or more" before the noun and its verb',
        title: 'Car bomb explodes in Mogadishu market',
        content: 'A car bomb exploded at a busy market in Mogadishu on Saturday. Police said 20 or more people were wounded and six were killed.',
        expect: { toll: { killed: 6, injured: 20 } },
      },
      {
        says: 'French "ou plus" after the figure',
        title: 'Attentat à la voiture piégée à Gao',
        content: 'Une voiture piégée a explosé samedi près du marché de Gao, faisant 12 morts et 30 ou plus blessés selon les secours.',
        expect: { toll: { killed: 12, injured: 30 } },
      },
      {
        says: 'look-alike: "two or three" is still a range read at its lower end',
        title: 'Grenade attack in Srinagar',
        content: 'Militants hurled a grenade at a police vehicle in Srinagar on Monday, and two or three officers were wounded.',
        expect: { toll: { killed: null, injured: 2 } },
      },
    ],
  },
  {
    class: 'round 25: "one of them a child" after a figure says who one of them is, no more people',
    cases: [
      {
        says: 'the passive dead, the apposition, then the wounded of their own clause',
        title: 'Truck rams crowd at fair in Nantes',
        content: 'A truck drove into a crowd at a fair in Nantes on Saturday. Four people died, one of them a teenager, and 31 were hurt, police said.',
        expect: { toll: { killed: 4, injured: 31 } },
      },
      {
        says: 'a plural apposition "two of them women" before the wounded',
        title: 'Gunmen attack wedding in Zamfara',
        content: 'Gunmen stormed a wedding in Gusau on Sunday night. Six guests were shot dead, two of them women, and 14 were wounded.',
        expect: { toll: { killed: 6, injured: 14 } },
      },
      {
        says: 'the apposition after the wounded, another order',
        title: 'Grenade attack on bus stop in Bujumbura',
        content: 'A grenade was thrown at a bus stop in Bujumbura on Monday. Nine people were injured, one of them a police officer, and two were killed.',
        expect: { toll: { killed: 2, injured: 9 } },
      },
      {
        says: 'look-alike: "two of them died" is still the part that died',
        title: 'Bomb hits police van in Peshawar',
        content: 'A bomb hit a police van in Peshawar on Tuesday, wounding seven officers; two of them died later in hospital.',
        expect: { toll: { killed: 2, injured: 5 } },
      },
    ],
  },
  {
    class: "round 25: a later sentence that retells the lead's toll is this event, with the wounded beside it",
    cases: [
      {
        says: 'the raids that "killed seven civilians" again, now with the wounded',
        title: 'Coalition airstrikes kill seven civilians in Saada',
        content:
          'Local officials said coalition airstrikes killed seven civilians near the border on Monday. The coalition air raids killed seven civilians and wounded three others in the Razih area.',
        expect: { toll: { killed: 7, injured: 3 } },
      },
      {
        says: '"the bombings killed 12 … and wounded 25 others"',
        title: 'Israeli airstrikes kill 12 in Deir al-Balah',
        content:
          'Israeli airstrikes killed 12 Palestinians in Deir al-Balah on Saturday, the health ministry said. The bombings killed 12 people and wounded 25 others in a residential block.',
        expect: { toll: { killed: 12, injured: 25 } },
      },
      {
        says: '"the attacks killed ten soldiers and wounded eight", another country',
        title: 'Militants kill ten soldiers near Tillaberi',
        content:
          'Militants killed ten soldiers near Tillaberi on Monday, the army said. The attacks killed ten soldiers and wounded eight in the region of Tillaberi.',
        expect: { toll: { killed: 10, injured: 8 } },
      },
      {
        says: "look-alike: a campaign's total with another figure stays out",
        title: 'Russian strikes kill five in Kharkiv',
        content:
          "Russian missile strikes killed five people in Kharkiv on Sunday, the governor said. Russia's strikes have killed 340 people and wounded 1,200 in the region since January.",
        expect: { toll: { killed: 5, injured: null } },
      },
    ],
  },
  {
    class: 'round 26: the others hurt, counted after the verb, in the Romance languages',
    cases: [
      {
        says: 'Portuguese "ferindo outros dois" after the killed',
        title: 'Drone armadilhado explode em base no Iraque',
        content: 'Um drone carregado de explosivos rebentou numa base curda perto de Erbil, matando três combatentes e ferindo outros dois militares.',
        expect: { toll: { killed: 3, injured: 2 } },
      },
      {
        says: 'Spanish "hiriendo a otros cuatro", the object marker before the others',
        title: 'Ataque con explosivos contra un cuartel en Cauca',
        content: 'Un artefacto explotó frente a un cuartel de policía en Cauca, matando a un agente e hiriendo a otros cuatro uniformados.',
        expect: { toll: { killed: 1, injured: 4 } },
      },
      {
        says: 'Italian "ferendo altri sei", a number that is also a word ("sei") after the others',
        title: 'Attentato suicida contro una caserma a Kabul',
        content: 'Un attentatore suicida ha fatto esplodere una bomba davanti a una caserma di Kabul, uccidendo cinque soldati e ferendo altri sei passanti.',
        expect: { toll: { killed: 5, injured: 6 } },
      },
      {
        says: 'look-alike: "others" with no figure after it counts nobody',
        title: 'Ataque con explosivos contra un cuartel en Cauca',
        content: 'Un artefacto explotó frente a un cuartel de policía en Cauca, matando a tres agentes e hiriendo a otros uniformados.',
        expect: { toll: { killed: 3, injured: null } },
      },
    ],
  },
  {
    class: 'round 26: a part named without a figure after "including" is among the counted',
    cases: [
      {
        says: '"including women and children" with no commas',
        title: 'Gunmen attack church in Ondo',
        content:
          'Gunmen opened fire on worshippers at a church in Ondo on Sunday. At least 35 people including women and children died in the attack, police said.',
        expect: { toll: { killed: 35, injured: null } },
      },
      {
        says: '"including children" alone, the wounded',
        title: 'Suicide bomber strikes market in Maiduguri',
        content: 'A suicide bomber blew herself up at a market in Maiduguri on Friday. Some 18 people including children were wounded, officials said.',
        expect: { toll: { killed: null, injured: 18 } },
      },
      {
        says: '"including soldiers and civilians", plurals of person nouns',
        title: 'Car bomb hits checkpoint in Mogadishu',
        content:
          'A car bomb exploded at a checkpoint in Mogadishu on Tuesday. Nine people including soldiers and civilians were killed in the blast, police said.',
        expect: { toll: { killed: 9, injured: null } },
      },
      {
        says: 'look-alike: a counted part after "including" still breaks the group down',
        title: 'Car bomb hits checkpoint in Mogadishu',
        content: 'A car bomb exploded at a checkpoint in Mogadishu on Tuesday. Nine people including two soldiers were killed in the blast, police said.',
        expect: { toll: { killed: 9, injured: null } },
      },
    ],
  },
  {
    class: 'round 26: "also" between the group and its casualty word in other languages; a couple is two',
    cases: [
      {
        says: 'Spanish "una pareja también resultó herida" after the killed',
        title: 'Ataque armado en una funeraria de Ciudad de Guatemala',
        content:
          'Hombres armados dispararon contra una funeraria de la zona 6 el sábado. Tres personas murieron. Una pareja también resultó herida en el ataque.',
        expect: { toll: { killed: 3, injured: 2 } },
      },
      {
        says: 'German "wurden ebenfalls verletzt"',
        title: 'Anschlag auf Polizeiwache in Diyarbakir',
        content:
          'Bei einem Bombenanschlag auf eine Polizeiwache in Diyarbakir wurden am Montag zwei Polizisten getötet. Vier Passanten wurden ebenfalls verletzt.',
        expect: { toll: { killed: 2, injured: 4 } },
      },
      {
        says: 'Italian "è anche rimasto ferito", one',
        title: 'Attentato a Mogadiscio, morti due soldati',
        content: 'Un’autobomba è esplosa a Mogadiscio vicino a un posto di blocco, uccidendo due soldati. Un agente è anche rimasto ferito.',
        expect: { toll: { killed: 2, injured: 1 } },
      },
      {
        says: 'look-alike: "a couple of" is no pair of people',
        title: 'Roadside bomb hits convoy in Helmand',
        content: 'A roadside bomb hit a police convoy in Helmand on Monday, killing four officers. A couple of vehicles were also damaged.',
        expect: { toll: { killed: 4, injured: null } },
      },
    ],
  },
  {
    class: "round 26: the attacker's death told alone is no victim's: killed 0",
    cases: [
      {
        says: '"kills only himself" in the title',
        title: 'Suicide bomber kills only himself outside Kano mosque',
        content: 'A suicide bomber detonated his explosives early outside a mosque in Kano on Friday before worshippers arrived, police said.',
        expect: { toll: { killed: 0, injured: null } },
      },
      {
        says: '"only managed to kill himself", "only" before the verb',
        title: 'Failed suicide attack near checkpoint in Mogadishu',
        content:
          'A suicide bomber tried to reach a checkpoint in Mogadishu on Monday but only managed to kill himself when his vest went off early, police said.',
        expect: { toll: { killed: 0, injured: null } },
      },
      {
        says: 'German "der Täter starb" beside the wounded',
        title: 'Sprengstoffanschlag vor Konzert in Würzburg',
        content: 'Vor einem Konzert in Würzburg explodierte am Samstag ein Sprengsatz. Es gab fünfzehn Verletzte, der Täter starb.',
        expect: { toll: { killed: 0, injured: 15 } },
      },
      {
        says: 'Spanish "el agresor murió" after the wounded',
        title: 'Ataque armado en una discoteca de Medellín',
        content: 'Un hombre armado abrió fuego en una discoteca de Medellín el sábado. Seis personas resultaron heridas y el agresor murió.',
        expect: { toll: { killed: 0, injured: 6 } },
      },
      {
        says: 'look-alike: "killing himself and six others" counts the others',
        title: 'Suicide bomber strikes market in Maiduguri',
        content: 'A suicide bomber blew himself up at a market in Maiduguri on Friday, killing himself and six traders, police said.',
        expect: { toll: { killed: 6, injured: null } },
      },
      {
        says: 'look-alike: the gunman died beside victims killed in no figure: not none',
        title: 'Gunman opens fire at a church in Ohio',
        content: 'A gunman opened fire at a church in Ohio on Sunday, killing dozens of worshippers. The gunman died later in hospital.',
        expect: { toll: { killed: null, injured: null } },
      },
    ],
  },
  {
    class: 'round 27: beheadings in Spanish, Portuguese and Italian, passive and active',
    cases: [
      {
        says: 'Spanish "fueron decapitadas" after the figure',
        title: 'Ataque yihadista contra una aldea en Cabo Delgado',
        content: 'Al menos seis personas fueron decapitadas el martes por insurgentes en una aldea del distrito de Meluco, en Cabo Delgado.',
        expect: { toll: { killed: 6, injured: null } },
      },
      {
        says: 'Portuguese "decapitaram" before its victims',
        title: 'Insurgentes atacam aldeia no norte de Moçambique',
        content: 'Os insurgentes entraram de madrugada na aldeia de Mucojo e decapitaram oito pessoas, segundo fontes locais.',
        expect: { toll: { killed: 8, injured: null } },
      },
      {
        says: 'Italian "decapitati" after the figure',
        title: 'Attacco jihadista in un villaggio del Mozambico',
        content: 'Tre contadini sono stati decapitati sabato da uomini armati in un villaggio della provincia di Cabo Delgado.',
        expect: { toll: { killed: 3, injured: null } },
      },
      {
        says: 'look-alike: a statue beheaded counts nobody',
        title: 'Ataque yihadista contra una iglesia en Cabo Delgado',
        content: 'Los insurgentes incendiaron una iglesia en Cabo Delgado y decapitaron una estatua de la Virgen, sin causar víctimas.',
        expect: { killed: 0 },
      },
    ],
  },
  {
    class: 'round 27: the slaughter or murder of a counted group in Spanish, Portuguese and Italian',
    cases: [
      {
        says: 'Spanish "la matanza de 12 policías"',
        title: 'Emboscada contra la policía en Guerrero',
        content: 'La matanza de 12 policías en una emboscada en Guerrero ha desatado un operativo contra el cártel, informaron las autoridades.',
        expect: { killed: 12 },
      },
      {
        says: 'Portuguese "a chacina de seis jovens"',
        title: 'Ataque armado em bairro de Salvador',
        content: 'A chacina de seis jovens num ataque armado em Salvador na noite de sábado foi condenada pelo governador.',
        expect: { killed: 6 },
      },
      {
        says: 'Italian "la strage di tre soldati"',
        title: 'Mali, jihadisti attaccano una pattuglia con un ordigno esplosivo',
        content: 'Un ordigno è esploso al passaggio di una pattuglia nel nord del Mali. La strage di tre soldati è stata rivendicata dai jihadisti.',
        expect: { killed: 3 },
      },
      {
        says: 'look-alike: the massacre of a year is no figure',
        title: 'Ataque armado contra una comisaría en Guerrero',
        content: 'Hombres armados atacaron una comisaría en Guerrero el lunes. Los vecinos recordaron la matanza de 2014 en la misma región.',
        expect: { killed: null },
      },
    ],
  },
  {
    class: 'round 27: the lives a verb took, the victims after them',
    cases: [
      {
        says: 'Spanish "cobró la vida de tres personas"',
        title: 'Atentado con explosivos en Cauca',
        content: 'Un atentado con explosivos contra una estación de policía en Cauca cobró la vida de tres personas el domingo.',
        expect: { killed: 3 },
      },
      {
        says: 'Ukrainian "забрали життя двох жителів", the genitive after the life noun',
        title: 'Обстріл Херсона',
        content: "Російські обстріли Херсона за добу забрали життя двох жителів міста, ще п'ятеро осіб отримали поранення.",
        expect: { toll: { killed: 2, injured: 5 } },
      },
      {
        says: 'French "a coûté la vie à quatre soldats"',
        title: 'Attaque contre un poste militaire au Niger',
        content: "L'attaque d'un poste militaire près de Tillabéri a coûté la vie à quatre soldats, selon l'armée.",
        expect: { killed: 4 },
      },
      {
        says: 'look-alike: the life taken with no victims after it',
        title: 'Atentado con explosivos en Cauca',
        content: 'Un atentado con explosivos contra una estación de policía en Cauca cobró la vida de varios agentes el domingo.',
        expect: { killed: null },
      },
    ],
  },
  {
    class: 'round 27: the dead told by two words in Vietnamese and Portuguese',
    cases: [
      {
        says: 'Vietnamese "người thiệt mạng" after the figure',
        title: 'Đánh bom xe ở Kabul',
        content: 'Một vụ đánh bom xe tại Kabul hôm thứ Hai khiến 14 người thiệt mạng và 20 người khác bị thương.',
        expect: { toll: { killed: 14, injured: 20 } },
      },
      {
        says: 'Portuguese "vítimas mortais" after the figure',
        title: 'Ataque armado contra aldeia em Cabo Delgado',
        content: 'O ataque armado contra uma aldeia de Cabo Delgado resultou em pelo menos nove vítimas mortais, segundo a polícia.',
        expect: { killed: 9 },
      },
      {
        says: 'Spanish "víctimas mortales" beside the wounded',
        title: 'Atentado contra un cuartel en Arauca',
        content: 'El atentado con coche bomba contra un cuartel en Arauca dejó dos víctimas mortales y cinco heridos.',
        expect: { toll: { killed: 2, injured: 5 } },
      },
      {
        says: 'look-alike: victims alone are neither kind',
        title: 'Ataque armado contra aldeia em Cabo Delgado',
        content: 'O ataque armado contra uma aldeia de Cabo Delgado fez nove vítimas, segundo a polícia.',
        expect: { killed: null },
      },
    ],
  },
  {
    class: 'round 27: a number that is also a word, before its noun and casualty word',
    cases: [
      {
        says: 'Spanish "once soldados muertos"',
        title: 'Ataque del ELN contra una patrulla',
        content: 'El ataque contra una patrulla en Arauca dejó once soldados muertos, según el ejército.',
        expect: { killed: 11 },
      },
      {
        says: 'Italian "sei agenti feriti"',
        title: 'Attacco con granate contro una caserma',
        content: "L'attacco con granate contro una caserma di Kabul ha lasciato sei agenti feriti.",
        expect: { injured: 6 },
      },
      {
        says: 'Italian "otto civili morti"',
        title: 'Bombardamento su un mercato ad Aleppo',
        content: 'Il bombardamento di un mercato ad Aleppo ha provocato otto civili morti.',
        expect: { killed: 8 },
      },
      {
        says: 'look-alike: English "once" before a verb and its casualty word',
        title: 'Gunman kills guard at bank in Ohio',
        content: 'A gunman killed a guard at a bank in Ohio on Monday. The suspect had once shot dead a man in a robbery, police said.',
        expect: { killed: 1 },
      },
    ],
  },
  {
    class: 'round 27: Amharic linking verb forms (killed and, when one died)',
    cases: [
      {
        says: '"ተገድለው" (were killed and), then the wounded',
        title: 'በወለጋ ታጣቂዎች ጥቃት ፈጸሙ',
        content: 'ታጣቂዎች በፈጸሙት ጥቃት ሰባት ሰዎች ተገድለው አራት ሰዎች ቆሰሉ።',
        expect: { toll: { killed: 7, injured: 4 } },
      },
      {
        says: '"አንድ ሰው ሲሞት" (when one person died)',
        title: 'በወለጋ ታጣቂዎች ጥቃት ፈጸሙ',
        content: 'ታጣቂዎች በፈጸሙት ጥቃት አንድ ሰው ሲሞት ሁለት ሰዎች ቆሰሉ።',
        expect: { toll: { killed: 1, injured: 2 } },
      },
      {
        says: '"እንደቆሰሉ" (that they were wounded) after the killed',
        title: 'በወለጋ ታጣቂዎች ጥቃት ፈጸሙ',
        content: 'ታጣቂዎች በፈጸሙት ጥቃት ስድስት ሰዎች ተገድለው ሦስት ሰዎች እንደቆሰሉ ነዋሪዎች ተናገሩ።',
        expect: { toll: { killed: 6, injured: 3 } },
      },
      {
        says: 'look-alike: "one" as the article of a vehicle counts nobody',
        title: 'በወለጋ ታጣቂዎች ጥቃት ፈጸሙ',
        content: 'ታጣቂዎች አንድ ተሽከርካሪ ላይ ጥቃት ፈጸሙ፣ ሰባት ሰዎች ተገደሉ።',
        expect: { toll: { killed: 7, injured: null } },
      },
    ],
  },
  {
    class: "round 27: the attackers' own tally in the wire languages is their claim",
    cases: [
      {
        says: 'French "le groupe terroriste affirme avoir tué"',
        title: 'Mali : deux soldats tués dans une embuscade',
        content: "Deux soldats maliens ont été tués dans une embuscade près de Boni, selon l'armée. Le groupe terroriste affirme avoir tué quinze soldats.",
        expect: { killed: 2 },
      },
      {
        says: 'Spanish "los yihadistas aseguran que mataron"',
        title: 'Cuatro soldados muertos en un ataque en Burkina Faso',
        content: 'Cuatro soldados murieron en un ataque contra un puesto militar, según el ejército. Los yihadistas aseguran que mataron a veinte soldados.',
        expect: { killed: 4 },
      },
      {
        says: 'Portuguese "os insurgentes afirmaram que mataram"',
        title: 'Três militares mortos em ataque em Cabo Delgado',
        content: 'Três militares morreram num ataque a uma base em Cabo Delgado, segundo o exército. Os insurgentes afirmaram que mataram doze militares.',
        expect: { killed: 3 },
      },
      {
        says: "look-alike: the army's own tally is told as it is",
        title: 'Mali : attaque contre un convoi',
        content: "Un convoi de l'armée a été attaqué près de Boni. L'armée affirme que cinq soldats ont été tués dans l'attaque.",
        expect: { killed: 5 },
      },
    ],
  },
  {
    class: 'round 27: a rounded figure yields to the exact one it approximates',
    cases: [
      {
        says: 'French "une trentaine" in the title, 27 in the body',
        title: 'Djibo : une trentaine de militaires tués, un convoi pris pour cible',
        content: 'Vingt-sept soldats ont été tués lundi dans une attaque contre un convoi près de Djibo, selon un nouveau bilan.',
        expect: { killed: 27 },
      },
      {
        says: 'Portuguese "uma dezena" before the exact eight',
        title: 'Ataque a aldeia em Cabo Delgado',
        content: 'Os insurgentes mataram uma dezena de moradores. O ataque resultou em oito mortos, segundo a polícia.',
        expect: { killed: 8 },
      },
      {
        says: 'Italian "una ventina" of wounded, 18 in the body',
        title: 'Attentato a Mogadiscio: una ventina di feriti',
        content: "Un'autobomba è esplosa a Mogadiscio. Diciotto persone sono rimaste ferite, secondo la polizia.",
        expect: { injured: 18 },
      },
      {
        says: 'look-alike: a rounded figure alone stands',
        title: 'Djibo : une trentaine de militaires tués, un convoi pris pour cible',
        content: "Des djihadistes ont attaqué un convoi près de Djibo lundi, selon l'armée.",
        expect: { killed: 30 },
      },
    ],
  },
  {
    class: 'round 27: German "hat die" is not the Hungarian six before "die"',
    cases: [
      {
        says: '"hat die Polizei" before an attacker shot',
        title: 'Messerangriff in Köln',
        content: 'In Köln hat die Polizei am Abend einen Messerangreifer erschossen, der zwei Passanten verletzt hatte.',
        expect: { killed: null },
      },
      {
        says: '"hat die Bundespolizei" in a report of the wounded',
        title: 'Messerangriff am Bahnhof in Hamburg',
        content: 'Am Hamburger Bahnhof hat die Bundespolizei einen Mann festgenommen. Er hatte drei Reisende mit einem Messer verletzt.',
        expect: { toll: { killed: null, injured: 3 } },
      },
      {
        says: '"hat die Feuerwehr" after an explosion',
        title: 'Sprengstoffanschlag in Berlin',
        content: 'Nach dem Sprengstoffanschlag in Berlin hat die Feuerwehr vier Verletzte versorgt.',
        expect: { toll: { killed: null, injured: 4 } },
      },
      {
        says: 'look-alike: Hungarian "hat ember" is six',
        title: 'Robbantásos merénylet Kabulban',
        content: 'Robbantásos merénylet történt Kabulban, hat ember meghalt.',
        expect: { killed: 6 },
      },
    ],
  },
  {
    class:
      'round 28: nobody hurt in Russian, Macedonian and Arabic: the crew "not hurt", none "among" them, injuries "not reported", the "absence" of casualties',
    cases: [
      {
        says: 'the crew "не пострадал" (was not hurt)',
        title: 'Беспилотник атаковал танкер у берегов Турции',
        content: 'Безэкипажный катер атаковал танкер Mira в Черном море у берегов Турции. Судно повреждено, экипаж танкера не пострадал.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'none hurt "среди" (among) the crew, the negator after them',
        title: 'Дрон ударил по сухогрузу в Черном море',
        content: 'Дрон ударил по сухогрузу Orion в Черном море, повредив его палубу. Пострадавших среди моряков нет, сообщили в береговой охране.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'injuries "не сообщалось" (were not reported)',
        title: 'Хуситы атаковали судно в Красном море',
        content: 'Хуситы атаковали грузовое судно ракетой в Красном море у берегов Йемена. Судно получило повреждения, о травмах не сообщалось.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'the "отсутствии" (absence) of casualties',
        title: 'Хуситы обстреляли танкер в Аденском заливе',
        content: 'Хуситы обстреляли танкер двумя ракетами в Аденском заливе. Капитан сообщил об отсутствии пострадавших.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'Macedonian "нема жртви" (no victims)',
        title: 'Напад со беспилотно летало врз брод во Црвеното Море',
        content: 'Беспилотно летало со експлозив го погоди бродот во Црвеното Море. Нема жртви, соопшти морнарицата.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'Arabic "عدم وجود إصابات" (the absence of injuries)',
        title: 'انفجار عبوة ناسفة يستهدف رتلا في جنوب العراق',
        content: 'انفجرت عبوة ناسفة على رتل ينقل معدات على طريق سريع جنوب العراق، وأكد مصدر أمني عدم وجود إصابات.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'look-alike: no information on casualties is nothing said',
        title: 'Беспилотник атаковал нефтебазу',
        content: 'Беспилотник атаковал нефтебазу в Брянской области, начался пожар. Информации о пострадавших не поступало.',
        expect: { toll: { killed: null, injured: null } },
      },
      {
        says: 'look-alike: the crew not hurt beside the wounded of the attack',
        title: 'Дрон атаковал автобус',
        content: 'Дрон атаковал автобус в Херсоне, ранены четыре пассажира. Водитель не пострадал.',
        expect: { toll: { killed: null, injured: 4 } },
      },
    ],
  },
  {
    class: 'round 28: the beheaded in French, and the dead counted as bodies found in Spanish and Portuguese',
    cases: [
      {
        says: 'French masculine "décapités" after its figure',
        title: 'Attaque jihadiste au Mozambique',
        content: 'Au moins douze villageois ont été décapités lors d’une attaque jihadiste dans la province de Cabo Delgado.',
        expect: { killed: 12 },
      },
      {
        says: 'a French round figure before "décapités"',
        title: 'Une vingtaine de civils décapités au Mozambique',
        content: 'Des insurgés ont attaqué un village du district de Macomia, selon la police.',
        expect: { killed: 20 },
      },
      {
        says: 'Spanish "los cadáveres de" before the figure',
        title: 'Emboscada contra policías en Guerrero',
        content: 'Tras una emboscada en una carretera de Guerrero, las autoridades hallaron los cadáveres de nueve policías.',
        expect: { killed: 9 },
      },
      {
        says: 'Spanish bodies counted before the noun, and a part of them named after it',
        title: 'Ataque armado en Michoacán',
        content: 'Tras el ataque armado, la fiscalía halló siete cuerpos, entre ellos los de cuatro hombres decapitados.',
        expect: { killed: 7 },
      },
      {
        says: 'Portuguese "corpos" retrieved',
        title: 'Ataque de drone no Paquistão',
        content: 'Um drone disparou dois mísseis contra uma casa no Waziristão. Cinco corpos foram retirados dos escombros, disse a polícia.',
        expect: { killed: 5 },
      },
      {
        says: 'a part "de ellos" after the group is no more people',
        title: 'Masacre en Sinaloa',
        content: 'Hombres armados atacaron una fiesta en Culiacán; los cadáveres de 15 personas, tres de ellas menores, fueron hallados en el lugar.',
        expect: { killed: 15 },
      },
      {
        says: 'look-alike: a body "of" the army is no toll',
        title: 'Ataque armado en Michoacán',
        content: 'Un cuerpo de élite de la policía respondió al ataque armado contra la alcaldía; no hubo heridos.',
        expect: { toll: { killed: 0, injured: 0 } },
      },
    ],
  },
  {
    class: 'round 28: Hausa "more than" and "about" between the people and their figure, and Hausa tens joined to a unit',
    cases: [
      {
        says: '"fiye da" (more than) before a tens word',
        title: "'Yan bindiga sun kai hari a Zamfara",
        content: "'Yan bindiga sun kai hari a wani kauye a jihar Zamfara, an kashe mutane fiye da talatin.",
        expect: { killed: 30 },
      },
      {
        says: '"kimanin" (about) before digits',
        title: "'Yan bindiga sun kai hari a Sokoto",
        content: "'Yan bindiga sun kai hari a wani kauye a jihar Sokoto, sun kashe mutane kimanin 25.",
        expect: { killed: 25 },
      },
      {
        says: 'a tens word joined to its unit by "da"',
        title: "'Yan bindiga sun kai hari a Katsina",
        content: "'Yan bindiga sun kai hari a kauyukan jihar Katsina, sun kashe mutane arba'in da biyu.",
        expect: { killed: 42 },
      },
      {
        says: 'look-alike: Indonesian "lebih dari" keeps its figure',
        title: 'Bom meledak di pasar',
        content: 'Sebuah bom meledak di pasar di Poso, lebih dari 20 orang tewas.',
        expect: { killed: 20 },
      },
    ],
  },
];
