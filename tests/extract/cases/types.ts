/**
 * Attack types. What kind of attack a report tells of: the weapon or the way, told in many words
 * and languages, and not the means of another event it recalls.
 *
 * Adding a case: put `{ says, title, content, expect }` in the class it belongs to, or add a
 * class named for why its cases are there. `expect` gives only what the case is about; the
 * fields are `Expected` in tests/helpers/extraction.ts. Stories are written for the tests in
 * our own words, not copied from articles. reading-types.test.ts runs them, one test a case.
 * A test file in the older shape (a table of `[says, title, content, isAttack, type?]` stories, or
 * an `it` reading one story and expecting on it) folds in the same way: one case a story, its `it`
 * name as `says`; a story tuple's flag and type as `expect: { attack, hasTypes: [type] }`.
 */
import type { CaseClass } from '../../helpers/extraction.js';

export const typeCases: CaseClass[] = [
  {
    class: 'attack styles that read as attacks',
    cases: [
      {
        says: 'a vehicle driven into a crowd, in any word order',
        title: 'Driver steers van into holiday crowd, two dead',
        content:
          'Two people died and 40 were hurt on Saturday when a man steered his rented van at speed into a crowd at the holiday fair in Lyon, police said.',
        expect: { attack: true, types: ['armed_assault'], countries: ['FR'] },
      },
      {
        says: 'a vehicle driven into a crowd, in any word order',
        title: 'Car barrels through festival crowd in Leipzig',
        content: 'A car barrelled through a festival crowd in Leipzig on Friday night, leaving one dead and 30 injured.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'attackers attacking a camp, and people killed by an armed group',
        title: 'Jihadists attack army camp near Timbuktu',
        content: 'Jihadists attacked an army camp near Timbuktu before dawn on Sunday, the army said, without giving a toll.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'attackers attacking a camp, and people killed by an armed group',
        title: 'Bodies of six loggers recovered',
        content: 'Police recovered the bodies of six loggers killed by an armed group in a forest of Papua province on Tuesday.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a bus that crashed into a ravine is not a ramming',
        title: 'Bus plunges into ravine',
        content: 'A bus crashed into a ravine in the hills, killing 20 people, police said.',
        expect: { attack: false },
      },
      {
        says: 'beheadings reported in the passive',
        title: 'Four villagers beheaded in northern Mozambique',
        content: 'Four villagers were beheaded near Macomia in Cabo Delgado province on Tuesday, local sources said.',
        expect: { attack: true, types: ['armed_assault'], countries: ['MZ'] },
      },
      {
        says: 'gunmen killing at a gathering, under a title that names the gathering',
        title: 'Gunmen storm naming ceremony, kill seven',
        content: 'Seven people were killed when gunmen stormed a naming ceremony in a village of Plateau State late on Sunday.',
        expect: { attack: true, types: ['armed_assault'], killed: 7 },
      },
      {
        says: 'rockets fired from one territory toward another',
        title: 'Two rockets fired from Gaza toward Israel',
        content: 'Two rockets were fired from the Gaza Strip toward southern Israel on Monday; one was intercepted, the army said.',
        expect: { attack: true, types: ['rocket'] },
      },
    ],
  },
  {
    class: 'attack types',
    cases: [
      {
        says: 'a suicide car bomb is a suicide attack and a bombing',
        title: 'Suicide car bomb kills 9 at Mogadishu checkpoint',
        content: 'A suicide car bomber struck a checkpoint in Mogadishu, killing nine people.',
        expect: { types: ['ied', 'suicide_attack'] },
      },
      {
        says: 'no armed assault beside a kidnapping told with attacker words',
        title: 'Bandits abduct 30 travellers in Zamfara',
        content: 'Bandits abducted 30 travellers on a highway in Zamfara State on Monday. The bandits shot sporadically to scare passers-by.',
        expect: { types: ['kidnapping'] },
      },
      {
        says: 'two weapon words that each yield to the other both stay',
        title: 'Israel strikes depots near Damascus',
        content: 'Israel struck weapons depots near Damascus overnight, killing four fighters. Missiles hit a radar site near the airport, a war monitor said.',
        expect: { types: ['missile', 'airstrike'] },
      },
      {
        says: "an earlier attack named as the cause is not this attack's type",
        title: 'Militia fires rockets at base after US strikes',
        content:
          'Four rockets landed near a base hosting US troops north of Baghdad, shortly after Washington carried out airstrikes on the militia, officials said.',
        expect: { types: ['rocket'] },
      },
      {
        says: "an earlier attack named as the cause is not this attack's type",
        title: 'Hezbollah fires rockets at Kiryat Shmona',
        content: 'The group fired a barrage of rockets at the town in response to an Israeli airstrike in southern Lebanon.',
        expect: { types: ['rocket'] },
      },
      {
        says: '"terrorist attack" with a named weapon, and attackers who only attack, give way to the weapon',
        title: 'Two soldiers killed in attack on army base in Arauca',
        content: 'The terrorist attack on the base was carried out with explosives and killed two soldiers, the army said.',
        expect: { types: ['ied'] },
      },
      {
        says: '"terrorist attack" with a named weapon, and attackers who only attack, give way to the weapon',
        title: 'Ship damaged in Red Sea attack',
        content: 'An attack by Houthi rebels struck a tanker in the Red Sea on Friday. The crew said the ship was struck by a missile.',
        expect: { types: ['missile'] },
      },
      {
        says: 'a drone raid, a device dropped from a drone, an aircraft opening fire',
        title: 'Drone attack sets refinery ablaze',
        content: 'The overnight raid was repelled by air defences, but a falling drone started a fire, the governor said.',
        expect: { types: ['drone'] },
      },
      {
        says: 'a drone raid, a device dropped from a drone, an aircraft opening fire',
        title: 'Drone attack kills two in Kherson',
        content: 'Russian forces dropped an explosive device from a drone on a bus stop, killing two.',
        expect: { types: ['drone'] },
      },
      {
        says: 'a drone raid, a device dropped from a drone, an aircraft opening fire',
        title: 'Air strike on village kills 30',
        content: 'Warplanes bombed the village at dawn. Later the helicopters returned and opened fire on people fleeing.',
        expect: { types: ['airstrike'] },
      },
      {
        says: 'reads the guns named after a Spanish, Portuguese or Italian bombardment as shelling',
        title: 'Tres muertos en Jersón',
        content: 'Un bombardeo de artillería rusa mató a tres vecinos en Jersón el lunes.',
        expect: { typeSet: ['mortar_artillery'] },
      },
      {
        says: 'reads the guns named after a Spanish, Portuguese or Italian bombardment as shelling',
        title: 'Ataque em Sumy',
        content: 'O fogo de artilharia russa matou dois civis em Sumy.',
        expect: { typeSet: ['mortar_artillery'] },
      },
      // "bombardeo" alone stays the air raid.
      {
        says: 'reads the guns named after a Spanish, Portuguese or Italian bombardment as shelling',
        title: 'Bombardeo en Jartum',
        content: 'Un bombardeo de la aviación mató a doce personas en un mercado de Jartum.',
        expect: { typeSet: ['airstrike'] },
      },
      {
        says: 'reads a grenade "was hurled" into a place as a bombing',
        title: 'Two dead in bar attack',
        content: 'Two people died and four were hurt after a grenade was hurled into a bar in Gitega late on Friday.',
        expect: { typeSet: ['ied'] },
      },
      {
        says: 'reads a German drone dropping its charge at the end of the clause as the drone alone',
        title: 'Drohnenangriff in Kursk',
        content:
          'Eine ukrainische Drohne habe in dem Dorf Plechowo nahe der Grenze einen Sprengsatz auf einen Lieferwagen abgeworfen, zwei Menschen seien getötet worden.',
        expect: { typeSet: ['drone'] },
      },
      // A bomb planted under a car, with drones elsewhere, stays a bombing.
      {
        says: 'reads a German drone dropping its charge at the end of the clause as the drone alone',
        title: 'Autobombe in Donezk',
        content: 'Ein Sprengsatz unter einem Auto explodierte in Donezk und tötete einen Offizier.',
        expect: { hasTypes: ['ied'] },
      },
      {
        says: 'reads suicide vehicles as suicide vehicle bombs',
        title: 'Soldiers killed in attack on Menaka camp',
        content: 'Militants attacked the Menaka army camp with suicide vehicles at dawn, killing nine soldiers, the army said.',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: "an earlier car bombing the report recalls is not this suicide attack's vehicle bomb",
        title: 'Suicide bomb at Kohat market kills 9',
        content:
          'A suicide bomber blew himself up in a busy market in Kohat on Friday, killing nine people, about ten days after a huge car bombing in the same town left 60 dead.',
        expect: { typeSet: ['suicide_attack'] },
      },
      // A suicide bomber who hit a car is no car bomb.
      {
        says: 'reads suicide vehicles as suicide vehicle bombs',
        title: 'Suicide bomber kills four',
        content: 'A suicide bomber blew himself up next to a car at a market in Kunduz, killing four people.',
        expect: { typeSet: ['suicide_attack'] },
      },
      {
        says: 'reads Portuguese blades and shooting as an armed assault',
        title: 'Ataque em escola deixa dois mortos',
        content: 'Um homem invadiu uma escola em Cascavel e atingiu as vítimas com uma faca. Dois alunos morreram, segundo a polícia.',
        expect: { typeSet: ['armed_assault'] },
      },
      {
        says: 'reads Portuguese blades and shooting as an armed assault',
        title: 'Ataque em Macomia faz três mortos',
        content: 'Três pessoas foram mortas depois de supostos insurgentes entrarem a disparar numa aldeia de Macomia no domingo.',
        expect: { typeSet: ['armed_assault'] },
      },
      {
        says: 'reads a gang looting and burning homes, or killing with automatic weapons, as an armed assault',
        title: 'Twenty dead in gang attack on Cité Soleil',
        content: 'Gang members looted and burned homes in Cité Soleil on Monday; twenty residents were killed, rights groups said.',
        expect: { typeSet: ['armed_assault'] },
      },
      {
        says: 'names the word that is rocket and missile at once by who fired it',
        title: 'Russische Rakete trifft Klinik in Sumy',
        content: 'Eine russische Rakete hat am Morgen eine Klinik in Sumy getroffen, elf Menschen wurden verletzt.',
        expect: { typeSet: ['missile'] },
      },
      {
        says: 'names the word that is rocket and missile at once by who fired it',
        title: 'Hamas feuert Raketen auf Sderot',
        content: 'Die Hamas hat am Abend mehrere Raketen auf Sderot abgefeuert, drei Menschen wurden verletzt.',
        expect: { typeSet: ['rocket'] },
      },
      {
        says: 'names the word that is rocket and missile at once by who fired it',
        title: 'ХАМАС выпустил ракеты по Сдероту',
        content: 'Боевики ХАМАС выпустили ракеты по Сдероту, ранены три человека.',
        expect: { typeSet: ['rocket'] },
      },
      // A Russian strike named as such stays a missile.
      {
        says: 'names the word that is rocket and missile at once by who fired it',
        title: 'Ракетный удар по Одессе',
        content: 'Российские войска нанесли ракетный удар по Одессе, погибли два человека.',
        expect: { typeSet: ['missile'] },
      },
    ],
  },
  {
    class: 'roles and types in local-paper phrasing',
    cases: [
      {
        says: 'a demonym after "in" still names the attacking forces; the Shebab are al-Shabaab',
        title: '7 Killed in Russian Drone Attack on Sumy',
        content: 'A drone hit a bus stop in Sumy on Monday, killing seven, the regional governor said.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'a demonym after "in" still names the attacking forces; the Shebab are al-Shabaab',
        title: "Somalia's Shebab kill two in Baidoa market bomb",
        content: 'A bomb planted by the Shebab killed two people in Baidoa market.',
        expect: { actors: ['al-shabaab'] },
      },
      {
        says: 'an explosion claimed by a group is a bombing',
        title: 'Islamic State claims Herat mosque attack',
        content: 'At least nine people were killed in an explosion at a mosque in Herat during Friday prayers. Islamic State claimed responsibility.',
        expect: { types: ['ied'] },
      },
      {
        says: 'a bombardment by aircraft is an airstrike',
        title: 'Three civilians killed in Saada',
        content: 'Three civilians were killed on Friday in a coalition aircraft bombardment of a house in Saada province.',
        expect: { types: ['airstrike'] },
      },
    ],
  },
  {
    class: 'criminal bombings are attacks',
    cases: [
      {
        says: 'a grenade thrown into a bar over a drug feud',
        title: 'Grenade hurled into bar injures nine in Marseille',
        content:
          'A man threw a grenade into a crowded bar in Marseille on Friday night, injuring nine people; prosecutors suspect a settling of scores between drug gangs.',
        expect: { attack: true, types: ['ied'], countries: ['FR'] },
      },
      {
        says: 'a crude bomb thrown at a shop whose owner refused to pay',
        title: 'Crude bomb thrown at jeweller’s shop in Ludhiana after extortion call',
        content:
          'Two men on a motorcycle threw a crude bomb at a jewellery shop in Ludhiana, Punjab, on Monday night, days after its owner refused an extortion demand, police said. No one was hurt.',
        expect: { attack: true, types: ['ied'] },
      },
    ],
  },
  {
    class: 'attack styles',
    cases: [
      {
        says: 'a sea drone that hits a ship is a drone attack',
        title: 'Cargo ship takes on water after rebel strike off Yemen',
        content: 'An explosive-laden unmanned surface vessel sent by the Houthis rammed a tanker off Hodeidah on Sunday, the ship’s managers reported.',
        expect: { attack: true, types: ['drone'], actors: ['houthis'] },
      },
      { says: 'arson attacks, in English and German, are attacks', title: 'Arson attack damages mosque in Leeds', expect: { attack: true } },
      {
        says: 'arson attacks, in English and German, are attacks',
        title: 'Brandanschlag auf Flüchtlingsheim in Cottbus',
        content: 'Unbekannte legten in der Nacht Feuer. Verletzt wurde niemand.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Polish: a knifeman’s attack and a stabbing',
        title: 'Atak nożownika w Krakowie. Dwie osoby ranne',
        content: 'Napastnik dźgnął przechodnia na przystanku tramwajowym.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'French: a deadly assault by jihadists, and an attack with an explosive device',
        title: 'Nouvel assaut meurtrier contre une garnison au Niger',
        content: 'Au moins neuf personnes ont été tuées lundi dans une attaque menée par des djihadistes présumés.',
        expect: { attack: true },
      },
      {
        says: 'French: a deadly assault by jihadists, and an attack with an explosive device',
        title: 'Une attaque à l’engin explosif vise un convoi militaire dans l’est du Burkina Faso',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'Portuguese warplanes that launched attacks carry out an air strike',
        title: 'Os aviões de guerra lançaram ataques contra casas em Khan Younis, na Faixa de Gaza.',
        expect: { attack: true, types: ['airstrike'] },
      },
      {
        says: 'Spanish: armed men who fired at customers',
        title: 'Un grupo armado disparó contra los clientes de una cantina en Zacatecas, México; hay cuatro muertos.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a title that names the ramming is a report even when it names the arrest',
        title: 'Driver rammed the crowd at a street festival, police arrested him',
        content: 'Nine people were injured.',
        expect: { attack: true, injured: 9 },
      },
      {
        says: 'a title saying the arrested driver drove into crowds reports the ramming',
        title: 'Police arrest man accused of driving into crowds at a carnival parade',
        content: 'He steered his van into a crowd of spectators, injuring six people, before officers stopped him.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a helicopter that opens fire carries out an air attack, not an armed assault',
        title: 'Army helicopter fires on village in Sagaing, Myanmar',
        content: 'A military helicopter opened fire on villagers gathering the harvest, killing seven people.',
        expect: { types: ['airstrike'] },
      },
      {
        says: 'Italian: a suicide bomber in a car packed with explosives is a suicide attack and a bombing',
        title: 'Attentatore suicida colpisce un posto di blocco a Mogadiscio',
        content: 'L’attentatore suicida era alla guida di una vettura imbottita di esplosivo e ha ucciso sei soldati.',
        expect: { attack: true, hasTypes: ['suicide_attack', 'ied'] },
      },
      {
        says: 'knife attacks in German, French, Spanish, Portuguese and Italian',
        title: 'Messerangriff in Hamburg: ein Toter',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'knife attacks in German, French, Spanish, Portuguese and Italian',
        title: 'Un passant poignardé à Lyon, l’agresseur en fuite',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'knife attacks in German, French, Spanish, Portuguese and Italian',
        title: 'Dos heridos en un ataque con cuchillo en Bilbao',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'knife attacks in German, French, Spanish, Portuguese and Italian',
        title: 'Homem esfaqueado em Lisboa; suspeito detido',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'knife attacks in German, French, Spanish, Portuguese and Italian',
        title: 'Studente accoltellato a Milano',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'pirates who hijack a ship, arsonists who torch a station, attack in person',
        title: 'Pirates hijack fishing vessel off Puntland',
        content: 'They took the crew hostage and sailed toward the coast.',
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
      {
        says: 'pirates who hijack a ship, arsonists who torch a station, attack in person',
        title: 'Arsonists torch polling station in Kivu',
        expect: { attack: true },
      },
      {
        says: 'present-tense headline verbs: armed men kill, kidnappers seize; French bombardments',
        title: 'Homens armados matam quatro agricultores em Niassa',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'present-tense headline verbs: armed men kill, kidnappers seize; French bombardments',
        title: 'Uomini armati uccidono due guardie in Burkina Faso',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'present-tense headline verbs: armed men kill, kidnappers seize; French bombardments',
        title: 'Secuestran a nueve jornaleros en Michoacán',
        expect: { attack: true, types: ['kidnapping'] },
      },
      {
        says: 'present-tense headline verbs: armed men kill, kidnappers seize; French bombardments',
        title: 'Bombardements sur Donetsk : deux morts',
        expect: { attack: true, types: ['mortar_artillery'] },
      },
      {
        says: 'another event named for context ("comes a day after") gives no attack type',
        title: 'Gunmen kill five at a market in Borno',
        content:
          'Gunmen on motorbikes killed five traders at a market in Borno state on Monday. The attack comes a day after a roadside bomb hit a convoy nearby.',
        expect: { attack: true, types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'attack reports',
    cases: [
      {
        says: 'a sea drone hitting a ship',
        title: 'Cargo ship damaged off Hodeidah',
        content: 'The vessel was hit by an unmanned surface vessel on Tuesday, the maritime agency said.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'a French report with an elided article ("l’engin explosif")',
        title: 'Mali : une attaque à l’engin explosif fait six morts près de Mopti',
        expect: { attack: true, types: ['ied'], countries: ['ML'] },
      },
      {
        says: 'arson attacks, in English and German',
        title: 'Arson attack on asylum hostel in Dresden',
        content: 'Nobody was hurt, police said.',
        expect: { attack: true, types: ['armed_assault'], toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'arson attacks, in English and German',
        title: 'Brandanschlag auf Flüchtlingsheim in Dresden',
        content: 'Verletzt wurde niemand.',
        expect: { attack: true, toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'a knife attack told in Polish',
        title: 'Atak nożownika w Krakowie. Dwie osoby ranne',
        content: 'Napastnik zaatakował przechodniów na ulicy.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'rammings told without a vehicle, or with the verb taking the crowd',
        title: 'Man held after driving into crowds at a street festival',
        content: 'He drove into crowds of revellers on Saturday night, injuring six.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'rammings told without a vehicle, or with the verb taking the crowd',
        title: 'Driver rammed the crowd outside a stadium, injuring 14',
        expect: { attack: true },
      },
      {
        says: 'an attack under a headline about the investigation it started',
        title: 'Police open an investigation after four travellers are stabbed at a Leeds railway station',
        content: 'Two of the victims were taken to hospital.',
        expect: { attack: true, countries: ['GB'] },
      },
      {
        says: 'attackers killing say in the title that an attack happened, even beside an arrest',
        title: 'Gunmen kill six at a bar in Celaya; police arrest two suspects',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'an air strike story quoting a witness on a "massacre" is an air strike only',
        title: 'Air strike kills 12 in Gaza',
        content: 'Israeli warplanes struck a house overnight, killing 12. "This is a massacre," a neighbour said.',
        expect: { types: ['airstrike'] },
      },
    ],
  },
  {
    class: 'attack types of projectiles and shootings',
    cases: [
      {
        says: 'a "missile" in a story of a rocket barrage is one of the rockets, unless named beside them',
        title: 'Militants fire 20 rockets at northern town',
        content: 'About 20 rockets were fired at the town on Tuesday night. Residents said one missile landed in the yard of a family home.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'a "missile" in a story of a rocket barrage is one of the rockets, unless named beside them',
        title: 'Militia fires missiles and rockets at air base',
        content: 'The militia fired ballistic missiles and rockets at the base on Saturday, the military said.',
        expect: { types: ['rocket', 'missile'] },
      },
      {
        says: 'Spanish: shot at the customers of a bar',
        title: 'Diez muertos en un ataque a un bar',
        content: 'Varios hombres armados irrumpieron en el local y dispararon contra los clientes que bebían.',
        expect: { types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'an armed group named by its name that kills is an attacker',
    cases: [
      {
        says: 'a group killing in the active voice, with no weapon named, is an armed assault',
        title: 'Night raid on a fishing camp in Borno',
        content: 'Boko Haram killed twelve fishermen on the shore of the lake, a local official said.',
        expect: { attack: true, types: ['armed_assault'], killed: 12 },
      },
      {
        says: 'and in the passive, after "by the suspected"',
        title: 'Grief in Ituri after a deadly night',
        content: 'Villagers said eight people tending their crops were killed by the suspected Allied Democratic Forces overnight.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a group claiming a bombing adds no armed assault to it',
        title: 'Roadside bomb kills three soldiers near Baidoa',
        content: 'The bomb exploded beneath an army lorry as it drove past. Al-Shabaab said it was behind the blast.',
        expect: { types: ['ied'] },
      },
      {
        says: 'secessionists who kill are attackers like separatists',
        title: 'Mourning at a police post in Bamenda',
        content: 'Armed secessionists killed two police officers at a checkpoint outside Bamenda on Monday.',
        expect: { types: ['armed_assault'] },
      },
    ],
  },
  {
    class: '"hit" and "targeted" in other languages report the event',
    cases: [
      {
        says: 'Portuguese drones that hit a plant',
        title: 'Drones atingiram um depósito de combustível perto de Belgorod durante a noite',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'Italian rockets that targeted an airport',
        title: "Tre razzi hanno preso di mira l'aeroporto di Erbil nella notte",
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'Spanish gunmen who opened fire, told in the subjunctive after "luego de que"',
        title: 'Seis muertos en una cantina',
        content: 'Seis personas murieron luego de que varios sujetos llegaran al local y abrieran fuego contra los presentes.',
        expect: { attack: true, types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'Spanish, Dutch and wire copy of shootings and rocket fire',
    cases: [
      {
        says: 'Spanish: gunmen kill drinkers at a bar, told without an attack word in the title',
        title: 'Asesinan a 7 en bar de Salamanca',
        content: 'Siete personas fueron asesinadas la madrugada del domingo; un grupo armado abrió fuego contra los clientes.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Spanish: gunmen kill drinkers at a bar, told without an attack word in the title',
        title: 'Confirman 9 muertos tras masacre en un bar de Celaya',
        content: 'Sujetos armados ingresaron disparando contra los presentes.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'rockets fired and intercepted, in Spanish and Dutch',
        title: 'Tres cohetes hacia el norte de Israel',
        content: 'Se han disparado tres cohetes desde el sur del Líbano; uno fue interceptado.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'rockets fired and intercepted, in Spanish and Dutch',
        title: 'Raket afgevuurd op Noord-Israël',
        content: 'Donderdag is vanuit Libanon een raket afgevuurd; de raket werd onderschept.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'a North Korean launch told with a hedge is a test',
        title: 'North Korea fired what may be a ballistic missile, Seoul says',
        content: 'The projectile has already fallen, the coast guard said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'drones shot down, in Russian and Ukrainian',
    cases: [
      {
        says: 'air defence that shot down drones reports a drone attack',
        title: 'ПВО сбила 9 беспилотников над Курской областью',
        content: 'Ночью силы ПВО уничтожили девять БПЛА.',
        expect: { types: ['drone'] },
      },
      {
        says: 'air defence that shot down drones reports a drone attack',
        title: 'Над Одещиною збито 15 шахедів',
        content: 'Ворог атакував область ударними БпЛА, 15 з них знищено.',
        expect: { types: ['drone'] },
      },
      {
        says: 'a drill on repelling a drone attack is an exercise',
        title: 'В Казани прошли учения по отражению атаки беспилотников',
        content: 'Спасатели отработали действия при атаке дронов.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'types',
    cases: [
      {
        says: "a suicide bomber's shots are part of the suicide attack; gunmen who storm in are an assault",
        title: 'Suicide attack on police patrol kills officer',
        content: 'Police stopped two men on a motorbike at Sarwan; one of them opened fire and then detonated a suicide vest, killing an officer.',
        expect: { types: ['suicide_attack'] },
      },
      {
        says: "a suicide bomber's shots are part of the suicide attack; gunmen who storm in are an assault",
        title: 'Militants overrun army base',
        content: 'A suicide bomber blew himself up at the gate before gunmen stormed the base, killing nine soldiers.',
        expect: { types: ['suicide_attack', 'armed_assault'] },
      },
      {
        says: 'a "terror attack" carried out with a roadside bomb is a bombing',
        title: 'Two officers hurt in Garba terror attack',
        content: 'Two police officers were wounded when their vehicle ran over an improvised explosive device.',
        expect: { types: ['ied'] },
      },
      {
        says: 'missiles a drone fires are the drone strike; drones and missiles launched together are both',
        title: 'Drone strike kills two in Nabatieh',
        content: 'A drone hit a car, killing two men, and the drone fired two more missiles at the rescuers.',
        expect: { types: ['drone'] },
      },
      {
        says: 'missiles a drone fires are the drone strike; drones and missiles launched together are both',
        title: 'Russia launches 40 drones and six missiles at Lviv',
        content: 'The drones and missiles hit power stations, injuring four people.',
        expect: { types: ['drone', 'missile'] },
      },
      {
        says: 'a missile told apart from the drone that fired it is the drone strike; named beside drones it is a missile',
        title: 'Drone strikes car near Bint Jbeil',
        content: 'An Israeli drone struck a car, wounding two men. A guided missile struck the car, the agency said.',
        expect: { types: ['drone'] },
      },
      {
        says: 'fire opened with rocket launchers or artillery is no shooting',
        title: 'Бойовики обстріляли позиції',
        content: 'Бойовики відкрили вогонь з Градів по селу, один снаряд влучив у будинок, є поранені.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'fire opened with rocket launchers or artillery is no shooting',
        title: 'Separatists open fire with artillery on Avdiivka',
        content: 'Separatists opened fire with artillery on the town, wounding three civilians.',
        expect: { types: ['mortar_artillery'] },
      },
      {
        says: 'shelling with Grad launchers is rocket fire; rocket and artillery fire together stay both',
        title: 'Russian forces shell Nikopol with Grad launchers',
        content: 'The shelling damaged ten houses and wounded two people.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'shelling with Grad launchers is rocket fire; rocket and artillery fire together stay both',
        title: 'Town shelled with rockets and artillery',
        content: 'Grad rockets and artillery shells hit the town, killing one man.',
        expect: { types: ['rocket', 'mortar_artillery'] },
      },
      {
        says: 'German: a town fired on with multiple rocket launchers',
        title: 'Russen beschießen Orichiw mit Raketenwerfern',
        content: 'Die Stadt wurde mit Mehrfachraketenwerfern beschossen, zwei Menschen wurden getötet.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'a unit named after a weapon is no weapon',
        title: 'Militants attack artillery regiment camp',
        content: 'Terrorists attacked the camp of an artillery regiment near Uri before dawn, killing three soldiers.',
        expect: { types: ['armed_assault'] },
      },
      {
        says: 'what often happens in a region is no type of this attack',
        title: 'Rockets hit base in eastern Syria',
        content: 'Two rockets struck a base housing coalition troops on Monday. Bases there regularly come under rocket fire or mortar attacks.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'an earlier drone named after "dias após" in Portuguese is not this attack',
        title: 'Foguetes atingem base perto de Erbil',
        content: 'Dois foguetes atingiram uma base militar. O ataque acontece dias após um drone ser abatido sobre o aeroporto.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'pirates who fire at the crew and take sailors away: a kidnapping and an assault',
        title: 'Pirates kidnap tanker crew',
        content: 'Armed pirates boarded the tanker, began firing at the crew and kidnapped four sailors.',
        expect: { types: ['armed_assault', 'kidnapping'] },
      },
    ],
  },
  {
    class: 'knife attacks',
    cases: [
      {
        says: 'a man who stabs passengers, and a knife-wielding attacker',
        title: 'Man stabs three at Halden tram stop',
        content: 'Police said the victims were taken to hospital.',
        expect: { types: ['armed_assault'] },
      },
      {
        says: 'a man who stabs passengers, and a knife-wielding attacker',
        title: 'Knife-wielding man wounds two in Lyon station',
        content: 'Police arrested the attacker at the scene.',
        expect: { types: ['armed_assault'] },
      },
      {
        says: 'a man who stabs passengers, and a knife-wielding attacker',
        title: 'Coach takes a stab at the title',
        content: 'The team hopes to win the cup this year.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'attacks told without a weapon word',
    cases: [
      {
        says: 'a car that ploughs through a pedestrian zone',
        title: 'Five killed as car ploughs through pedestrian zone in Lindau',
        content: 'The driver was arrested at the scene.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'French: villagers massacred with machetes, some beheaded',
        title: 'RDC : 12 civils tués à la machette près de Butembo',
        content: 'Douze personnes ont été tuées à la machette, trois ont été décapitées.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Spanish: guerrillas harass a police station with gunfire',
        title: 'Atacan estación de policía en Tibú',
        content: 'Una célula guerrillera hostigó la estación durante la noche y dos policías resultaron heridos.',
        expect: { hasTypes: ['armed_assault'] },
      },
      {
        says: 'gangsters who kill residents and burn homes; settlers who attack homes',
        title: 'Gangsters kill nine, burn homes in Mirebel',
        content: 'The gang returned at night, the mayor said.',
        expect: { attack: true },
      },
      {
        says: 'gangsters who kill residents and burn homes; settlers who attack homes',
        title: 'Settlers rampage through two villages',
        content: 'Dozens of settlers attacked homes and burned cars in Qaryut, residents said.',
        expect: { attack: true, types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a named group that attacked',
    cases: [
      {
        says: 'under a title that names no attack, "Boko Haram attacked a village" in the lead reports it; the same words set in a past year do not',
        title: 'Night of terror leaves Dalwa village empty',
        content:
          'Boko Haram attacked the village of Dalwa in Borno State on Tuesday night. The fighters burned the market and left at least nine traders dead.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'under a title that names no attack, "Boko Haram attacked a village" in the lead reports it; the same words set in a past year do not',
        title: 'Dalwa school reopens with 300 pupils',
        content: 'In 2016, Boko Haram attacked the school and took away 40 pupils. The new classrooms were paid for by donors.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'an accident title and the lead that names an attack',
    cases: [
      {
        says: '"mine blast" with a lead about a bomb that killed soldiers is an attack; with a lead about a coal mine it is not',
        title: 'Mine blast kills four soldiers in Tillaberi',
        content: 'An improvised explosive device killed four soldiers on patrol near Ayorou on Thursday, the defence ministry said.',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: '"mine blast" with a lead about a bomb that killed soldiers is an attack; with a lead about a coal mine it is not',
        title: 'Mine blast kills four workers in Zonguldak',
        content: 'An explosion tore through a coal mine shaft on Thursday, killing four workers, the governor said.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'attack types of real reports',
    cases: [
      {
        says: 'a suicide car bomb named by its load is both a suicide attack and a bomb',
        title: 'Suicide attack on base in Jowhar',
        content: 'A suicide bomber blew up a vehicle packed with explosives by the gate of a military base in Jowhar, killing four soldiers.',
        expect: { hasTypes: ['suicide_attack', 'ied'] },
      },
      {
        says: 'reads a Portuguese suicide car bomb',
        title: 'Ataque em Mogadíscio',
        content: 'Um carro-bomba suicida explodiu junto a um hotel em Mogadíscio, matando seis pessoas.',
        expect: { hasTypes: ['suicide_attack', 'ied'] },
      },
      {
        says: 'reads the jihadist word for a suicide bomber in Arabic',
        title: 'تفجير في الموصل',
        content: 'قال التنظيم إن استشهاديا فجر سيارته المفخخة قرب ثكنة للجيش في الموصل، ما أسفر عن مقتل خمسة جنود.',
        expect: { hasTypes: ['suicide_attack'] },
      },
      {
        says: 'a "suicide bomb attack" is a suicide attack',
        title: 'Suicide bomb attack kills 9 at Maiduguri mosque',
        content: 'A suicide bomb attack at a mosque in Maiduguri killed nine worshippers on Friday, police said.',
        expect: { hasTypes: ['suicide_attack'] },
      },
    ],
  },
  {
    class: 'a vehicle driven into a crowd in more languages',
    cases: [
      {
        says: 'is a ramming in Italian, Portuguese, Indonesian and Arabic',
        title: 'Camion sulla folla a Trieste',
        content: 'Un camion si è lanciato sulla folla in una piazza di Trieste sabato sera, uccidendo sei persone.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'is a ramming in Italian, Portuguese, Indonesian and Arabic',
        title: 'Caminhão atropela multidão em Lisboa',
        content: 'Um caminhão avançou contra uma multidão numa feira em Lisboa no domingo, matando sete pessoas.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'is a ramming in Italian, Portuguese, Indonesian and Arabic',
        title: 'Mobil tabrak kerumunan di Makassar',
        content: 'Sebuah mobil menabrak kerumunan warga di Makassar pada Sabtu, menewaskan tiga orang.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'is a ramming in Italian, Portuguese, Indonesian and Arabic',
        title: 'شاحنة تدهس حشدا في ليون',
        content: 'دهست شاحنة حشدا من الناس في ليون مساء السبت ما أدى إلى مقتل 9 أشخاص.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'is a road accident when the brakes failed or the driver lost control of the vehicle',
        title: 'Truk tabrak kerumunan di pasar, 3 tewas',
        content: 'Sebuah truk yang mengalami rem blong menabrak kerumunan warga di pasar pada Senin, menewaskan tiga orang.',
        expect: { attack: false },
      },
      {
        says: 'is a road accident when the brakes failed or the driver lost control of the vehicle',
        title: 'Driver loses control, van ploughs into crowd at fair',
        content: 'A driver lost control of his van and ploughed into a crowd at a county fair on Sunday, injuring nine people.',
        expect: { attack: false },
      },
      {
        says: 'still reports an attack after which the army lost control of a town',
        title: 'Militants overrun Dire, army loses control of town',
        content: 'Militants attacked Dire on Monday, killing 14 soldiers, and the army lost control of the town.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'arson told without the word',
    cases: [
      {
        says: 'a mosque set on fire in a suspected hate crime is an arson attack',
        title: 'Mosque set ablaze in suspected hate crime',
        content:
          'A mosque in Dunmore was set on fire late on Friday in what police are treating as a hate crime. Nobody was hurt, but the doors were destroyed.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a hate crime counted in a year is a statistic',
        title: 'Hate crimes rose 12 percent last year, police figures show',
        content: 'Police recorded 4,100 hate crimes in the county last year, up 12 percent.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'air defences that repel an attack',
    cases: [
      {
        says: 'a title saying air defences repel a drone attack reports the intercepted attack',
        title: 'Air defences repel drone attack on Tarkhan air base',
        content: 'Militants launched a drone attack on the Tarkhan air base overnight, the defence ministry said on Monday. All nine drones were shot down.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'a title on learning to repel drone attacks is about a capability, even over a sentence of drones shot down',
        title: 'Army says it has learned to repel drone attacks',
        content:
          'Air defence crews now shoot down more than 80 percent of the drones fired at the country, officers said, as new mobile fire teams are trained.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a drone and what it carries',
    cases: [
      {
        says: 'types a drone that dropped explosive devices as a drone attack only',
        title: 'Drones hit police post in Michoacan',
        content:
          'Two police officers were hurt on Thursday when drones flown by a cartel dropped explosive devices on their post near Apatzingan, state officials said.',
        expect: { types: ['drone'] },
      },
      {
        says: 'keeps the charge of a booby-trapped drone as the drone’s, also in a later sentence',
        title: 'Rebel drone kills three militiamen near Mosul',
        content:
          'A small drone flew over a checkpoint north of Mosul on Monday and blew up, killing three militiamen. ' +
          'The drone was carrying an explosive device, officials said. It was not clear whether the bomb was set off remotely.',
        expect: { types: ['drone'] },
      },
      {
        says: 'keeps a bomb told beside drone strikes in one sentence when no drone carried it',
        title: 'Bombs and drones strike across Syria in a day of violence',
        content: 'A roadside bomb killed six soldiers near Azaz on Sunday, hours before a wave of drone strikes hit army positions near Aleppo.',
        expect: { hasTypes: ['drone', 'ied'] },
      },
      {
        says: 'reads explosives dropped from drones as the drones’ (Spanish)',
        title: 'Tres heridos en Tierra Caliente por drones con explosivos',
        content:
          'Tres personas resultaron heridas en una comunidad de Aguililla, Michoacán, por explosivos arrojados desde drones, informaron las autoridades.',
        expect: { types: ['drone'] },
      },
      {
        says: 'still types a roadside bomb told beside a drone strike in its own sentence',
        title: 'Drone strike and roadside bomb kill five in Sahel',
        content: 'A drone strike killed three fighters near Menaka on Tuesday. Hours later a roadside bomb killed two soldiers on the road to Gao.',
        expect: { hasTypes: ['drone', 'ied'] },
      },
    ],
  },
  {
    class: 'an air strike told as a drone’s',
    cases: [
      {
        says: 'reads an "airstrike" headline over a drone strike as the drone’s, when no warplane is named',
        title: 'Militia commander killed in Israeli airstrike in south Lebanon',
        content:
          'An Israeli drone strike killed a militia commander near Marjayoun on Sunday, security sources said. ' +
          'An enemy drone targeted a motorcycle at the edge of the town, the state news agency reported. ' +
          'The army said its aircraft had carried out the attack.',
        expect: { types: ['drone'] },
      },
      {
        says: 'keeps both when warplanes are named as well',
        title: 'Drone kills contractor at base; jets strike back',
        content:
          'A drone hit a depot at a base near Deir ez-Zor on Monday, killing one contractor. ' +
          'Hours later two F-16 jets carried out retaliatory airstrikes on depots used by the militia.',
        expect: { hasTypes: ['drone', 'airstrike'] },
      },
    ],
  },
  {
    class: 'a raid or a bombardment named beside a weapon from the air',
    cases: [
      {
        says: 'reads "a raid on a vehicle" in a drone-strike story as the drone strike',
        title: 'Israeli strike near Sidon wounds party official',
        content:
          'An Israeli strike on Monday north of Sidon wounded a party official, after the state news agency reported a raid on a vehicle. ' +
          '"An enemy drone struck a vehicle on the road along the coast," the agency said.',
        expect: { types: ['drone'] },
      },
      {
        says: 'keeps a raid on a camp beside drone strikes as a raid',
        title: 'Israel launches drone strikes and a large raid on Tulkarm camp',
        content: 'Five Palestinians were killed, the health ministry said.',
        expect: { hasTypes: ['drone', 'armed_assault'] },
      },
      {
        says: 'reads a bombardment with guided aerial bombs as the air strike',
        title: 'Five killed in Russian glide bomb attack on Zaporizhzhia',
        content:
          'Russian airstrikes killed five people in Zaporizhzhia on Saturday, officials said. ' +
          'Russian forces used guided aerial bombs in the bombardment, prosecutors said.',
        expect: { types: ['airstrike'] },
      },
    ],
  },
  {
    class: 'what a drone is and what it fires',
    cases: [
      {
        says: 'reads "kamikaze" beside a drone as the drone’s kind, not a suicide attack (French)',
        title: 'Un drone kamikaze frappe un immeuble à Mykolaïv',
        content:
          'Un drone russe kamikaze a frappé un immeuble de Mykolaïv dans la nuit, tuant trois personnes et en blessant cinq autres, selon le gouverneur.',
        expect: { types: ['drone'] },
      },
      {
        says: 'reads the missiles a drone fired as the drone’s (Arabic)',
        title: 'مسيّرة إسرائيلية تقصف سيارة في جنوب لبنان',
        content: 'قصفت مسيّرة إسرائيلية سيارة قرب بلدة الخيام صباح اليوم. وقال مصدر أمني إن المسيرة أطلقت 4 صواريخ باتجاه السيارة مما أدى إلى احتراقها.',
        expect: { types: ['drone'] },
      },
      {
        says: 'keeps missiles told as also used beside the drones (French)',
        title: 'Nouvelle attaque de drones russes sur Kherson',
        content:
          'Une attaque de drones russes a frappé un entrepôt à Kherson, faisant deux morts, a indiqué l’armée. ' +
          'L’armée a ajouté que des missiles ont également été utilisés pendant l’attaque.',
        expect: { hasTypes: ['drone', 'missile'] },
      },
    ],
  },
  {
    class: 'means another time or a question names',
    cases: [
      {
        says: 'leaves out a kidnapping the soldiers were searching for when they were ambushed',
        title: 'Rebel ambush kills four soldiers in Basilan',
        content:
          'Four soldiers were killed and 11 wounded in an ambush by rebels on Basilan island. ' +
          'The troops were searching for hostages taken by the group last week when the gunmen attacked, a spokesman said.',
        expect: { types: ['armed_assault'] },
      },
      {
        says: 'keeps the hostages a siege ended by freeing',
        title: 'Gunmen storm hotel in Bamako',
        content:
          'Gunmen stormed a hotel in Bamako on Friday, killing 12 people. Troops ended the siege on Saturday, freeing 80 hostages, some of whom were wounded.',
        expect: { hasTypes: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'leaves out a kidnapping the army is checking whether anyone attempted',
        title: 'Anti-tank missile hits army jeep on the Golan',
        content:
          'An anti-tank missile hit an army jeep on the Golan frontier on Monday, wounding two soldiers, the army said. ' +
          'Troops were checking whether there had been an attempt to abduct one of the soldiers.',
        expect: { types: ['missile'] },
      },
    ],
  },
  {
    class: 'other attacks a report recalls',
    cases: [
      {
        says: 'leaves out the type of an attack set in a year the lead does not name (Turkish)',
        title: "Kayseri'de bombalı saldırı: 2 şehit",
        content:
          "Bu sabah Kayseri'de askerleri taşıyan bir otobüse yönelik bombalı saldırıda 2 asker şehit oldu, 9 kişi yaralandı. " +
          'Vali, saldırıda uzaktan kumandalı bir EYP kullanıldığını söyledi. ' +
          "Bunlar arasında 19 Mart 2016'da İstanbul'da düzenlenen canlı bomba saldırısında 4 kişi öldü.",
        expect: { types: ['ied'] },
      },
      {
        says: 'still takes the means from a sentence with a year when it has its own recent time',
        title: 'Gunmen kill six in Borno village',
        content:
          'Six villagers were killed in Borno on Sunday, officials said. ' +
          'The jihadists, who have fought the army since the group split in 2016, stormed the village on Sunday night, shooting residents.',
        expect: { types: ['armed_assault'] },
      },
      {
        says: 'takes the means from title and lead when every sentence naming one also recalls the past',
        title: "Eskişehir'de yaşanan bombalı saldırı, son yıllarda yaşanan saldırıları akıllara getirdi",
        content:
          "İSTANBUL - Eskişehir'de polis aracına yönelik bombalı saldırı, son yıllarda yaşanan saldırıları akıllara getirdi. " +
          'Saldırıda 1 polis şehit oldu, 3 kişi yaralandı.',
        expect: { types: ['ied'] },
      },
    ],
  },
  {
    class: 'other stories and first reports',
    cases: [
      {
        says: 'leaves out the types of the separate incident wire copy ends with',
        title: 'Suicide bomber kills nine at Tank check-post',
        content:
          'A suicide bomber killed nine people on Sunday when he blew himself up beside a police check-post in Tank, officials said. ' +
          'The bomber walked up to the barrier before detonating his vest, a police officer said. ' +
          'In a separate incident, militants shot dead two policemen in Lakki Marwat. ' +
          'The gunmen raided a police post there and fled after shooting them, an official said.',
        expect: { types: ['suicide_attack'] },
      },
      {
        says: 'keeps the weapon a report corrected to, not the one first reported',
        title: 'Russian missile hits apartment block in Sloviansk; 4 dead',
        content:
          'The regional governor initially spoke of a rocket strike, but police later found that an Iskander-M missile had hit the block on Wednesday evening. ' +
          'Four people were killed and 15 wounded, police said.',
        expect: { types: ['missile'] },
      },
      {
        says: 'leaves out the drone strikes a district has historically been the target of',
        title: 'Suicide bomber kills three at Bannu checkpoint',
        content:
          'A suicide bomber killed three policemen at a checkpoint in Bannu on Thursday, officials said. ' +
          'The district has historically been a militant stronghold and the target of US drone strikes during the war in Afghanistan.',
        expect: { types: ['suicide_attack'] },
      },
    ],
  },
  {
    class: 'shelling told as rockets',
    cases: [
      {
        says: 'reads indirect fire from rockets as rocket fire',
        title: 'Rocket attack targets patrol base near Tanf',
        content:
          'At about 9 p.m. local time on Monday, coalition troops at a patrol base near Tanf were targeted by indirect fire from three rockets. No injuries were reported.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'keeps shelling beside rockets when guns are named too',
        title: 'Shelling and rockets hit Donetsk suburbs',
        content:
          'Artillery shelling and rockets hit two suburbs of Donetsk on Friday, killing three people, officials said. Howitzers fired for most of the night.',
        expect: { hasTypes: ['rocket', 'mortar_artillery'] },
      },
    ],
  },
  {
    class: 'a group’s killing told by the weapon named elsewhere',
    cases: [
      {
        says: 'is the suicide bombing the article describes, not also an armed assault',
        title: 'Al-Shabaab attack kills 9 in Baidoa',
        content:
          'A suicide bombing killed at least nine people in Baidoa on Tuesday, officials said. A bomber walked into a restaurant and set off an explosive vest.',
        expect: { types: ['suicide_attack'] },
      },
      {
        says: 'is the roadside bomb that hit the convoy',
        title: 'Seven police killed in attack by Maoists',
        content:
          'Seven policemen were killed following an attack by Maoists in Sukma district on Monday. Their vehicle was blown up by an IED planted under the road.',
        expect: { types: ['ied'] },
      },
      {
        says: 'stays an armed assault when the article says how they fought in person',
        title: 'Militants storm base after car bomb',
        content: 'Al-Shabaab militants attacked a base near Jowhar with a car bomb before storming it with gunfire, killing 10 soldiers.',
        expect: { hasTypes: ['armed_assault', 'ied'] },
      },
    ],
  },
  {
    class: 'an attack told first without its weapon',
    cases: [
      {
        says: 'takes the weapon a witness or agency names later, not the wider campaign',
        title: 'Suspected rebel attack targets tanker off Yemen',
        content:
          'A suspected attack by rebels targeted a tanker late on Sunday off the coast of Yemen, causing no damage, officials said. ' +
          'The attack comes as the rebels keep up their monthslong assault on shipping in the region. ' +
          'The master said a missile splashed into the sea close to the vessel, a maritime security agency reported.',
        expect: { types: ['missile'] },
      },
      {
        says: 'does not take a weapon from a threat told later',
        title: 'Rebels attack army post in Kordo',
        content: 'Rebels attacked an army post in Kordo on Monday, killing three soldiers. The group has threatened to use drones against the capital.',
        expect: { types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'missiles that are not the attack’s own means',
    cases: [
      {
        says: 'reads missiles fired by a helicopter or jets as an air strike',
        title: 'Helicopter strike on car',
        content: 'An Israeli helicopter fired a missile at a car near Tubas on Monday, killing two men.',
        expect: { types: ['airstrike'] },
      },
      {
        says: 'leaves out the defenders’ missiles',
        title: 'Drone attack on Vinnytsia',
        content:
          'Russia launched a drone attack on Vinnytsia overnight. Air defence units shot down 14 drones with surface-to-air missiles, and debris fell on a house, injuring two.',
        expect: { types: ['drone'] },
      },
      {
        says: 'keeps the attackers’ missiles beside the interceptors',
        title: 'Missile attack on Vinnytsia',
        content:
          'Russia fired ballistic missiles at Vinnytsia overnight, killing three. Air defences shot down most of them with Patriot interceptor missiles.',
        expect: { types: ['missile'] },
      },
    ],
  },
  {
    class: 'kidnappers who shoot someone',
    cases: [
      {
        says: 'assault as well as kidnap',
        title: 'Travellers abducted near Birnin Gwari',
        content: 'Gunmen abducted 20 travellers near Birnin Gwari on Sunday after shooting the driver.',
        expect: { types: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'assault as well as kidnap',
        title: 'Trader abducted in Funtua',
        content: 'Gunmen shot two policemen and abducted a trader in Funtua on Sunday.',
        expect: { types: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'only kidnap when the shots went into the air',
        title: 'Travellers abducted near Birnin Gwari',
        content: 'Gunmen abducted 20 travellers near Birnin Gwari on Sunday after shooting into the air.',
        expect: { types: ['kidnapping'] },
      },
    ],
  },
  {
    class: 'the plain word for an attack in Urdu',
    cases: [
      {
        says: 'is no bombing: Urdu "میں" (in) is not the Persian mine',
        title: 'لکی مروت میں پولیس موبائل پر حملہ، چار اہلکار شہید',
        content: 'لکی مروت میں نامعلوم مسلح افراد نے پولیس موبائل پر حملہ کیا جس میں چار اہلکار شہید ہو گئے۔',
        expect: { attack: true, notTypes: ['ied'] },
      },
    ],
  },
  {
    class: 'strike and raid words for a strike from the air',
    cases: [
      {
        says: 'reads a raid done with bombs from the air, and the title that names it, as the air strike',
        title: 'Russian raid on Sloviansk kills six',
        content: 'Russian forces hit Sloviansk before dawn with guided aerial bombs in a raid that killed six people, the city council said.',
        expect: { types: ['airstrike'] },
      },
      {
        says: 'reads "the second raid on the town" after a drone strike as the drone strike',
        title: 'Strike on car in south Lebanon kills one',
        content: 'An Israeli drone strike hit a car in the village of Houla on Thursday, killing one man. It was the second raid on the village in three days.',
        expect: { types: ['drone'] },
      },
      {
        says: 'keeps a raid by troops beside a drone strike',
        title: 'Troops raid Nablus old city as drone strike kills two',
        content: 'Israeli troops raided the old city of Nablus on Monday, arresting six men. A drone strike later hit a group in the Balata camp, killing two.',
        expect: { hasTypes: ['armed_assault', 'drone'] },
      },
      {
        says: "reads a country's forces or its air force striking, and a bare strike, as an air strike",
        title: 'Israeli forces strike house in Rafah, killing four',
        content: 'Israeli forces struck a house in Rafah on Sunday, killing four people, medics said.',
        expect: { types: ['airstrike'] },
      },
      {
        says: "reads a country's forces or its air force striking, and a bare strike, as an air strike",
        title: 'Strike kills three in Tyre',
        content: 'A strike on an apartment in Tyre killed three people overnight, the health ministry said.',
        expect: { types: ['airstrike'] },
      },
      {
        says: "reads a country's forces or its air force striking, and a bare strike, as an air strike",
        title: 'Air force strikes bandit enclave, kills 25',
        content: 'The Nigerian Air Force struck a bandit enclave in Tsafe on Thursday, killing 25 bandits, a spokesman said.',
        expect: { types: ['airstrike'] },
      },
    ],
  },
  {
    class: 'shots fired into the air',
    cases: [
      {
        says: 'are no armed assault beside a kidnapping',
        title: 'Trois hommes enlevés près de Ménaka',
        content:
          "Mardi soir, cinq hommes armés à moto ont arrêté un véhicule près de Ménaka et ont enlevé trois passagers. Des coups de feu ont été tirés en l'air.",
        expect: { types: ['kidnapping'] },
      },
    ],
  },
  {
    class: 'a landmine and machetes as French and Portuguese copy tell them',
    cases: [
      {
        says: 'types a vehicle that hit a mine as a bombing',
        title: 'Mali : un véhicule militaire saute sur une mine',
        content: 'Quatre soldats ont perdu la vie lundi quand leur véhicule a sauté sur une mine près de Boulkessi.',
        expect: { types: ['ied'] },
      },
    ],
  },
  {
    class: 'suicide vehicle bombs are suicide attacks and bombs (labelling rule)',
    cases: [
      {
        says: 'reads the mined car of Russian and Ukrainian copy in its cases',
        title: 'Взрыв у отдела полиции',
        content: 'Смертник на заминированной машине взорвал себя у ворот отдела полиции в Хасавюрте, погибли трое полицейских.',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'reads the explosive, not "filled" or "laden", beside the vehicle in Urdu, Hindi and Bengali',
        title: 'لکی مروت میں خودکش حملہ',
        content: 'ایک خودکش حملہ آور نے بارود سے بھری گاڑی تھانے کے گیٹ سے ٹکرا دی جس سے 4 پولیس اہلکار شہید ہوگئے۔',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'reads the explosive, not "filled" or "laden", beside the vehicle in Urdu, Hindi and Bengali',
        title: 'आत्मघाती हमला',
        content: 'एक आत्मघाती हमलावर ने विस्फोटक से भरी कार पुलिस चौकी से टकरा दी, जिसमें 3 जवान शहीद हो गए।',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'reads the explosive, not "filled" or "laden", beside the vehicle in Urdu, Hindi and Bengali',
        title: 'আত্মঘাতী হামলা',
        content: 'আত্মঘাতী হামলাকারী বিস্ফোরক বোঝাই একটি গাড়ি নিয়ে ঘাঁটির ফটকে আঘাত করে। এতে ৮ জন নিহত হয়েছেন।',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'reads the car bomb of Persian, Turkish, Indonesian and Swahili copy',
        title: 'حمله انتحاری در سراوان',
        content: 'یک مهاجم انتحاری خودروی بمب‌گذاری‌شده را به پاسگاه مرزی کوبید و ۴ مرزبان کشته شدند.',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'reads the car bomb of Persian, Turkish, Indonesian and Swahili copy',
        title: 'Karakola canlı bomba saldırısı',
        content: 'Bir canlı bomba, bomba yüklü aracı jandarma karakolunun önünde patlattı; 3 asker şehit oldu.',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'reads the car bomb of Persian, Turkish, Indonesian and Swahili copy',
        title: 'Serangan bom bunuh diri',
        content: 'Seorang pelaku bom bunuh diri meledakkan bom mobil di depan kantor polisi dan menewaskan dua orang.',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'reads the car bomb of Persian, Turkish, Indonesian and Swahili copy',
        title: 'Shambulio la kujitoa muhanga Baidoa',
        content: 'Mshambuliaji wa kujitoa mhanga aliendesha gari lenye vilipuzi hadi lango la kambi na kuua askari wanne.',
        expect: { typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'leaves a suicide bomber on foot, or a bus full of passengers, a suicide attack only',
        title: 'Suicide bomber hits bus stand',
        content: 'A suicide bomber walked into a bus stand in Kohat and blew himself up beside a parked car, killing five people.',
        expect: { typeSet: ['suicide_attack'] },
      },
      {
        says: 'leaves a suicide bomber on foot, or a bus full of passengers, a suicide attack only',
        title: 'বাসে আত্মঘাতী হামলা',
        content: 'যাত্রী বোঝাই একটি বাসে আত্মঘাতী বোমা হামলায় ৬ জন নিহত হয়েছেন।',
        expect: { typeSet: ['suicide_attack'] },
      },
    ],
  },
  {
    class: 'a ship taken with its crew is a kidnapping',
    cases: [
      {
        says: 'gives no assault for pirates who storm or hijack a vessel and hold its crew',
        title: 'Pirates seize sailors from tanker',
        content: 'Armed pirates stormed a product tanker off Sao Tome on Tuesday and abducted seven of its sailors, the operator said.',
        expect: { typeSet: ['kidnapping'] },
      },
      {
        says: 'gives no assault for pirates who storm or hijack a vessel and hold its crew',
        title: 'Gunmen hijack fishing vessel off Somalia',
        content: 'Gunmen in a skiff boarded and hijacked a fishing dhow near Hobyo, holding its 11 crew members hostage, officials said.',
        expect: { typeSet: ['kidnapping'] },
      },
      {
        says: 'keeps the assault when the pirates shot at the crew, and a raid on a place beside a kidnapping',
        title: 'Pirates fire on ship, kidnap crew',
        content: 'Pirates opened fire on a cargo ship off Brass, boarded it and kidnapped four sailors.',
        expect: { typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'keeps the assault when the pirates shot at the crew, and a raid on a place beside a kidnapping',
        title: 'Gunmen kidnap engineers',
        content: 'Gunmen stormed a quarry in Kogi state and kidnapped three engineers, police said.',
        expect: { typeSet: ['armed_assault', 'kidnapping'] },
      },
    ],
  },
  {
    class: 'an ambush made with a bomb',
    cases: [
      {
        says: "reads a bomb or IED ambush as a bombing, and keeps a gunmen's ambush an assault",
        title: 'Two rangers hurt in Pattani bomb ambush',
        content: 'Two rangers were wounded when a bomb hidden under a culvert went off beside their patrol in Pattani.',
        expect: { typeSet: ['ied'] },
      },
      {
        says: "reads a bomb or IED ambush as a bombing, and keeps a gunmen's ambush an assault",
        title: 'IED ambush kills 3 policemen',
        content: 'Three policemen died in an IED ambush on their van in Kurram.',
        expect: { typeSet: ['ied'] },
      },
      {
        says: "reads a bomb or IED ambush as a bombing, and keeps a gunmen's ambush an assault",
        title: 'Soldiers killed in ambush',
        content: 'Gunmen ambushed an army patrol near Menaka, killing five soldiers.',
        expect: { typeSet: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'air or ground',
    cases: [
      {
        says: 'reads a bombardment told beside strikes, with no gun or shell named, as from the air',
        title: 'Bombardment kills 22 across Gaza',
        content:
          'Israeli bombing across the Gaza Strip killed at least 22 people on Monday, medics said. In Beit Lahia a strike levelled a house sheltering two families.',
        expect: { typeSet: ['airstrike'] },
      },
      {
        says: 'keeps a bombardment with shelling named as shelling',
        title: 'Bombardment of Kherson kills 2',
        content: 'Russian bombardment of Kherson killed two people on Monday, the governor said. Shelling hit a bus stop in the city centre.',
        expect: { typeSet: ['mortar_artillery'] },
      },
      {
        says: 'reads the militants killed in a drone strike as people, not fighter planes',
        title: 'US drone strike kills militants',
        content: 'The US military said it conducted an airstrike near Bu’aale, killing four al-Shabaab fighters. The strike was carried out by a drone.',
        expect: { typeSet: ['drone'] },
      },
    ],
  },
  {
    class: 'people seized at sea or from a place are kidnapped',
    cases: [
      {
        says: 'types the seizing of a crew as a kidnapping, not an assault',
        title: 'Militants strike again off Pata island',
        content:
          'Suspected militants have seized nine Vietnamese fishermen off the island of Pata, officials said. Their boat was intercepted on Tuesday by gunmen who demanded a ransom.',
        expect: { attack: true, types: ['kidnapping'] },
      },
      {
        says: 'leaves ships, goods and weapons seized as they were',
        title: 'Navy seizes tanker',
        content: 'The navy seized a tanker and its fuel cargo off Jolo on Monday, the coast guard said.',
        expect: { notTypes: ['kidnapping'] },
      },
      {
        says: 'leaves ships, goods and weapons seized as they were',
        title: 'Fish seized at the port',
        content: 'Inspectors seized two tonnes of fish from the fishermen at the port of Zamboanga.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Arabic drones with adjectives before "without a pilot", and what craft fire',
    // Whether the drone's missile is a type of its own is the yield rule's (stages/types.ts); no rocket either way.
    cases: [
      {
        says: 'American spy aircraft "without a pilot" that fired missiles',
        title: 'ستة قتلى بهجوم لطائرات أمريكية بدون طيار في محافظة شبوة',
        content: 'قال مسؤولون محليون إن طائرات تجسس بغير طيار أطلقت صاروخين على سيارة في شبوة ما أسفر عن مقتل ستة مسلحين.',
        expect: { hasTypes: ['drone'], notTypes: ['rocket'] },
      },
      {
        says: 'a Russian aircraft "without a pilot" that fired a missile',
        title: 'مقتل ستة في غارة بطائرة روسية بدون طيار في إدلب',
        content: 'أطلقت الطائرة صاروخا على منزل في إدلب ما أدى إلى مقتل ستة مدنيين.',
        expect: { hasTypes: ['drone'], notTypes: ['rocket'] },
      },
      {
        says: "keeps an armed group's salvo a rocket attack",
        title: 'حماس تطلق صواريخ على عسقلان',
        content: 'أطلقت حركة حماس عشرة صواريخ على عسقلان صباح اليوم ما أدى إلى إصابة ثلاثة أشخاص.',
        expect: { types: ['rocket'] },
      },
    ],
  },
  {
    class: 'small arms named beside shelling are a shooting of their own',
    cases: [
      {
        says: 'the firing of small arms, then shelling with mortars',
        title: 'Two villagers killed in shelling along the border',
        content:
          'Soldiers on the other side began the exchange with the firing of small arms, then shelling with mortars, at two posts near Rajgarh, according to an army spokesman.',
        expect: { types: ['mortar_artillery', 'armed_assault'] },
      },
      {
        says: 'small arms and mortar shelling',
        title: 'Two villagers killed in shelling along the border',
        content: 'The posts near Rajgarh came under small arms and mortar shelling from across the line on Tuesday, an army spokesman said.',
        expect: { types: ['mortar_artillery', 'armed_assault'] },
      },
      {
        says: 'leaves small arms seized or traded alone',
        title: 'Police seize small arms in Rajgarh raid on a warehouse',
        content: 'Officers found 40 small arms and ammunition in a warehouse, the police said; two men were arrested.',
        expect: { notTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'Somali and Amharic name the means with a word beside the attack word',
    cases: [
      {
        says: 'a Somali suicide car bomb is a suicide attack and a bomb',
        title: 'Qarax ismiidaamin ah oo ka dhacay Baydhabo',
        content:
          'Qarax ismiidaamin ah ayaa ka dhacay Baydhabo, gaariga walxaha qarxa laga soo buuxiyay ayaa lagu qarxiyay meel u dhow saldhig ciidan, waxaana ku dhintay 6 qof.',
        expect: { typeSet: ['suicide_attack', 'ied'] },
      },
      {
        says: 'an Amharic attack from the air with its postposition is an airstrike',
        title: 'በሶማሊያ የአየር ላይ ጥቃት 5 ታጣቂዎች ተገደሉ',
        content: 'በደቡብ ሶማሊያ በተፈጸመ የአየር ላይ ጥቃት አምስት ታጣቂዎች መገደላቸው ተገልጿል።',
        expect: { types: ['airstrike'] },
      },
    ],
  },
  {
    class: 'round 20: means told in a list, beside insurgent forces, or on a day of their own',
    cases: [
      {
        says: 'a firefight with forces an insurgent word names stays an assault beside helicopter fire',
        title: 'Troops battle rebels in hills of Davao',
        content:
          'Soldiers fought a long firefight with the rebel forces near a village in Davao on Monday, killing four guerrillas, and two army helicopters fired rockets at the rebel positions.',
        expect: { typeSet: ['armed_assault', 'airstrike'] },
      },
      {
        says: 'a rebel killed in a firefight with government forces is still the forces’ killing, no assault',
        title: 'Rebel leader killed in clash with troops',
        content: 'A rebel leader was killed in a firefight with government forces near a village in Davao on Monday, the army said.',
        expect: { notTypes: ['armed_assault'] },
      },
      {
        says: '"air" opening a list of means that share one attack noun is an airstrike beside the drones',
        title: 'Strikes pound Rafah overnight',
        content: 'Air, drone and artillery attacks by Israel struck several districts of Rafah overnight, killing 12 people, the civil defence said.',
        expect: { typeSet: ['airstrike', 'drone', 'mortar_artillery'] },
      },
      {
        says: 'air and sea ports are no list of means',
        title: 'Ports shut after drone attack',
        content: 'Air and sea ports in Odesa were closed on Monday after a drone attack killed two people.',
        expect: { notTypes: ['airstrike'] },
      },
      {
        says: 'bombardment "since dawn" is this day’s, not a running total',
        title: 'Fourteen killed in Nuseirat camp',
        content:
          'At least 14 people were killed in Nuseirat on Tuesday, medics said. The camp has been under heavy artillery bombardment since dawn, residents said.',
        expect: { types: ['mortar_artillery'] },
      },
      {
        says: 'a Swahili car that exploded in an attack is a bombing',
        title: 'Polisi watatu wauawa Mandera',
        content: 'Polisi watatu wameuawa katika shambulio baada ya gari lao limelipuka karibu na mpaka wa Somalia, polisi walisema.',
        expect: { types: ['ied'] },
      },
      {
        says: 'a French ambush with its elided article names the assault',
        title: 'Mali : huit soldats tués près de Mopti',
        content: 'Huit soldats ont été tués dimanche près de Mopti, a indiqué l’armée, qui attribue l’embuscade à des jihadistes.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a hostage freed months after a French kidnapping with its elided article is no attack',
        title: 'Mali : un travailleur humanitaire libéré',
        content: 'L’ONG a confirmé la libération de son employé, trois mois après l’enlèvement survenu près de Gao.',
        expect: { attack: false },
      },
      {
        says: 'Urdu terrorists written as one word who fire and then blow themselves up: an assault and a suicide attack',
        title: 'چیک پوسٹ پر حملہ، تین اہلکار شہید',
        content: 'پولیس نے بتایا کہ دہشتگردوں نے رات گئے چوکی پر فائرنگ کی، بعد میں ایک حملہ آور نے خودکش دھماکا کیا جس سے تین اہلکار شہید ہو گئے۔',
        expect: { typeSet: ['suicide_attack', 'armed_assault'] },
      },
    ],
  },
  {
    class: 'round 20: means of another act, of a role, of another month or of a habit are not this attack’s',
    cases: [
      {
        says: 'the shooting a strike is said to answer ("launched the strikes after…") is the earlier act',
        title: 'Strikes hit Gaza, 9 killed',
        content:
          'Nine people were killed in strikes on Khan Younis on Tuesday. According to the army, its jets carried out the strikes after militants fired rockets at troops.',
        expect: { types: ['airstrike'] },
      },
      {
        says: 'an attack "after gunmen opened fire" with no strike launched before it is one event',
        title: 'Three killed in attack on bus',
        content: 'Three passengers were killed in an attack after gunmen opened fire on a bus near Quetta on Sunday.',
        expect: { types: ['armed_assault'] },
      },
      {
        says: 'missiles a target was in charge of are his role, not the drone’s means',
        title: 'Israeli drone hits car in Tyre',
        content:
          'An Israeli drone struck a car in Tyre on Monday, wounding two. Army radio said the drone strike was aimed at a commander in charge of missile launches at Haifa.',
        expect: { types: ['drone'] },
      },
      {
        says: 'a group saying it was responsible for the rocket fire names this attack’s means',
        title: 'Rockets hit Kiryat Shmona',
        content: 'Rockets hit Kiryat Shmona on Monday, wounding two people. Hezbollah said it was responsible for the rocket fire.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'a strike dated to another month after the lead is another attack',
        title: 'Car bomb kills man in Damascus',
        content:
          'DAMASCUS, June 2 -- A bomb fixed under a car exploded in Damascus on Sunday, killing its driver, police said. The street is close to a building that was destroyed in an Israeli missile strike in March.',
        expect: { types: ['ied'] },
      },
      {
        says: 'a second strike later the same day is this report’s',
        title: 'Missile hits Idlib house',
        content:
          'IDLIB, June 2 -- A missile hit a house in Idlib on Sunday, killing three, rescuers said. Another missile strike in the town later on Sunday wounded two.',
        expect: { types: ['missile'] },
      },
      {
        says: 'a terrorist attack told beside the explosion the title names is a bombing',
        title: 'Two soldiers killed in explosion blamed on rebels',
        content: 'Two soldiers were killed on Sunday in Arauca in what the army called a terrorist attack by the rebels.',
        expect: { types: ['ied'] },
      },
      {
        says: 'gunmen who opened fire stay an assault when an explosion is heard too',
        title: 'Gunmen attack police post',
        content: 'Gunmen opened fire on a police post in Arauca on Sunday, killing two officers; residents said an explosion was heard during the attack.',
        expect: { types: ['armed_assault'] },
      },
      {
        says: 'what armed gangs do, told in a present relative clause, is their habit, not this attack',
        title: 'Gunmen kill nine in Zamfara village',
        content:
          'Gunmen killed nine people in a village of Zamfara on Sunday, police said. The state is one of several troubled by armed gangs, who raid villages, killing and kidnapping residents for ransom.',
        expect: { types: ['armed_assault'] },
      },
      {
        says: 'bandits described by a relative clause who then abducted travellers kidnapped',
        title: 'Bandits abduct 12 travellers',
        content: 'Bandits who roam the forest abducted 12 travellers on the Kaduna road on Monday, police said.',
        expect: { types: ['kidnapping'] },
      },
    ],
  },
  {
    class: 'round 21: means named in other words, and means that belong to the answer or to an earlier attack',
    cases: [
      {
        says: 'Ukrainian one-word artillery shelling names a gun, so the Grads beside it are rockets of their own',
        title: 'Окупанти обстріляли Нікопольщину',
        content:
          'Упродовж доби окупанти завдали трьох артобстрілів по Марганцю та обстріляли Червоногригорівську громаду з «Градів». Поранено двох людей, повідомив голова ОВА.',
        expect: { attack: true, types: ['rocket', 'mortar_artillery'] },
      },
      {
        says: 'shelling with Grads and no gun named stays rocket fire',
        title: 'Окупанти обстріляли Нікопольщину',
        content: 'Упродовж доби окупанти обстріляли Червоногригорівську громаду з «Градів». Поранено двох людей, повідомив голова ОВА.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'Urdu hand grenades the attackers carried are part of their assault',
        title: 'پشاور: تھانے پر دہشت گردوں کا حملہ، دو اہلکار شہید',
        content: 'پولیس نے بتایا کہ دہشتگردوں نے آدھی رات کو تھانے پر اچانک دھاوا بولا اور رائفل اور دستی بم سے فائرنگ کی، جس میں دو اہلکار شہید ہوگئے۔',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'an Urdu hand grenade thrown as the attack is a bombing',
        title: 'کوئٹہ: بازار میں دستی بم حملہ، چار افراد زخمی',
        content: 'کوئٹہ کے ایک بازار میں نامعلوم افراد نے دستی بم پھینکا جس سے چار افراد زخمی ہوگئے۔',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'Urdu rifles beside rocket launchers are shots of their own',
        title: 'بنوں: دہشت گردوں کا چیک پوسٹ پر حملہ',
        content: 'رات گئے دہشت گردوں نے چیک پوسٹ پر راکٹ لانچرز اور رائفلز سے حملہ کیا جس میں ایک اہلکار شہید ہوگیا، پولیس نے بتایا۔',
        expect: { attack: true, types: ['rocket', 'armed_assault'] },
      },
      {
        says: 'Urdu terrorists written in two words who attack and kill commit an assault',
        title: 'مردان: دہشت گردوں کا پولیس چوکی پر حملہ، دو اہلکار شہید',
        content: 'مردان کے ایک گاؤں میں دہشت گردوں نے پولیس چوکی پر دھاوا بول دیا، دو اہلکار شہید ہو گئے۔',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a country’s strike is the artillery shelling the report names, and a birth year dates no other attack',
        title: 'Ukrainian strike kills four in Donetsk village, Moscow-appointed officials say',
        content:
          'Four civilians died when a Ukrainian strike hit a village near Horlivka late on Sunday, Moscow-appointed officials said. The strike hit Novoselivka, they said. An official said Ukrainian guns had shelled Novoselivka with artillery, and that a boy born in 2016 was among the four dead.',
        expect: { attack: true, types: ['mortar_artillery'] },
      },
      {
        says: 'an artillery strike in another year after the lead is still another attack',
        title: 'Shelling kills three in Novoselivka',
        content:
          'Shelling killed three civilians in Novoselivka on Sunday, officials said. The strike hit a market, officials said. A missile strike on the same village in 2016 killed ten people, they added.',
        expect: { attack: true, types: ['mortar_artillery'] },
      },
      {
        says: '"aerial attacks" beside the drones and missiles a report names, no warplane, are those',
        title: 'Russian drone and missile attacks on Sumy region kill two',
        content:
          'Two people died in a Russian night-time strike on the Sumy region, its governor said on Saturday, while both sides spoke of another wave of aerial attacks overnight. In Okhtyrka, a missile attack wounded five, he said.',
        expect: { attack: true, types: ['drone', 'missile'] },
      },
      {
        says: 'aerial attacks by warplanes stay an airstrike',
        title: 'Russian jets pound Idlib',
        content: 'Russian warplanes carried out aerial attacks on Idlib on Saturday, killing four, rescuers said. A missile also hit a depot.',
        expect: { attack: true, hasTypes: ['airstrike'] },
      },
      {
        says: 'tanks and the air force firing back at the gunmen after the shooting are the forces’ answer',
        title: 'Soldier badly hurt in Gaza shooting',
        content:
          'Gunmen opened fire on troops in the north of Gaza overnight, badly wounding a reservist, the army said. Once the shots were over, tanks fired back at the gunmen and the air force struck the area.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'a drone firing at militants, opening the report, is the attack itself',
        title: 'Drone strike kills four militants',
        content: 'A drone fired a missile at the militants in a car near Mir Ali on Sunday, killing four, officials said.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'bombings a city is still reeling from are an earlier attack',
        title: 'Guard stabbed in Antwerp',
        content: 'A man stabbed a security guard in Antwerp on Tuesday, police said; the port city is still reeling from bombings that left 12 dead in May.',
        expect: { attack: true, types: ['armed_assault'] },
      },
    ],
  },
  {
    // Round 23: means told in other languages by words the lists had only in part.
    class: 'grenades thrown in Urdu and Hindi, named rockets called missiles, bladed weapons in French (round 23)',
    cases: [
      {
        says: 'Urdu: a grenade attack on a police post is a bombing',
        title: 'لکی مروت میں پولیس چوکی پر گرینیڈ حملہ، دو اہلکار زخمی',
        content: 'نامعلوم افراد نے رات گئے پولیس چوکی پر دستی بم پھینکا جس سے دو اہلکار زخمی ہو گئے۔',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'Hindi: a hand grenade thrown at a patrol is a bombing',
        title: 'गश्त कर रहे जवानों पर हथगोला फेंका, एक जवान घायल',
        content: 'अज्ञात हमलावरों ने शुक्रवार शाम गश्ती दल पर हथगोला फेंका, जिसमें एक जवान घायल हो गया।',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'Urdu look-alike: grenades carried by gunmen who opened fire stay their assault',
        title: 'دہشت گردوں کا پولیس چوکی پر حملہ',
        content: 'دہشت گردوں نے دستی بموں اور خودکار ہتھیاروں سے لیس ہو کر پولیس چوکی پر فائرنگ کی جس سے ایک اہلکار شہید ہو گیا۔',
        expect: { attack: true, notTypes: ['ied'] },
      },
      {
        says: 'Hebrew: a Grad called "missile" (טיל) is a rocket',
        title: 'כיפת ברזל יירטה טיל גראד מעל אשקלון',
        content: 'טיל גראד ששוגר הלילה לעבר אשקלון יורט, ולא היו נפגעים.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'Arabic: a Grad called "صاروخ" is a rocket',
        title: 'سقوط صاروخ غراد على بلدة حدودية',
        content: 'سقط صاروخ غراد صباح اليوم على منزل في بلدة حدودية، ما أدى إلى إصابة شخصين.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'French: killed with a bladed weapon, heads cut off',
        title: 'Sept villageois tués dans une attaque près de Beni',
        content: "Les victimes ont été tuées à l'arme blanche lundi soir, et certaines ont eu la tête coupée, selon la société civile.",
        expect: { attack: true, types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'attack types told in unselected news (round 23)',
    cases: [
      {
        says: 'kidnappers who ambush a bus to take its passengers, harming nobody, kidnap (labelling rule)',
        title: 'Gunmen abduct bus passengers on the Lokoja road',
        content: 'Gunmen ambushed a commercial bus on the Lokoja road on Monday and marched its passengers into the forest, police said.',
        expect: { attack: true, types: ['kidnapping'] },
      },
      {
        says: 'kidnappers who intercept vehicles in a violent ambush, harming nobody, kidnap',
        title: 'Bandits seize travellers on a Taraba highway',
        content: 'Armed men intercepted three vehicles in a violent ambush near Wukari on Sunday night and abducted the travellers inside them.',
        expect: { attack: true, types: ['kidnapping'] },
      },
      {
        says: 'look-alike: kidnappers who shot the driver of the bus they stopped assaulted too',
        title: 'Gunmen abduct bus passengers on the Lokoja road',
        content: 'Gunmen ambushed a commercial bus on the Lokoja road on Monday, shot the driver dead and marched its passengers into the forest.',
        expect: { attack: true, types: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'look-alike: passengers wounded in a later sentence make the ambush an assault',
        title: 'Gunmen abduct bus passengers on the Lokoja road',
        content:
          'Gunmen ambushed a commercial bus on the Lokoja road on Monday and marched its passengers into the forest. Two passengers were wounded, police said.',
        expect: { attack: true, types: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'look-alike: kidnappers who storm a school raid a place (labelling rule)',
        title: 'Pupils seized from a school in Kebbi',
        content: 'Gunmen stormed a school in Kebbi on Monday and abducted 20 pupils, police said. The kidnappers fled in two cars.',
        expect: { attack: true, types: ['armed_assault', 'kidnapping'] },
      },
      {
        says: '"executed" with a thing after it is "carried out", no killing',
        title: 'Herders seize 30 passengers near Birnin Gwari',
        content: 'Armed herders executed a bold plan on Tuesday when they abducted about 30 passengers near Birnin Gwari, a union official said.',
        expect: { attack: true, types: ['kidnapping'] },
      },
      {
        says: 'look-alike: "executed" with people after it kills',
        title: 'Militants seize traders near Gao',
        content: 'Militants executed the captured policemen and abducted two traders near Gao on Sunday, officials said.',
        expect: { attack: true, types: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'a drone "with" a guided missile: the missile is the drone\'s weapon (labelling rule)',
        title: 'Man killed on the road to Toul',
        content: 'A man driving near Nabatieh was killed on Friday when a drone armed with a guided missile hit his car.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'look-alike: a drone and a missile named apart are two means',
        title: 'Strikes on south Lebanon',
        content: 'Israel attacked southern Lebanon with a drone and a ballistic missile on Friday, killing two people.',
        expect: { attack: true, types: ['drone', 'missile'] },
      },
      {
        says: 'look-alike: "with" after a comma opens another clause',
        title: 'Overnight attack on Kharkiv',
        content: 'Russia attacked Kharkiv with 40 drones, with missiles following at dawn, the mayor said.',
        expect: { attack: true, types: ['drone', 'missile'] },
      },
      {
        says: "the fire an offensive is meant to stop is the other side's means",
        title: 'Family killed in Gaza strike',
        content: 'Israeli warplanes struck a house in Gaza on Monday, killing four, in an offensive Israel says is meant to stop rocket fire at its towns.',
        expect: { attack: true, types: ['airstrike'] },
      },
      {
        says: "look-alike: rocket fire the army failed to stop is the attack's own",
        title: 'Rockets hit Sderot',
        content: 'Militants fired rockets at Sderot on Monday, wounding two; the army failed to stop the rocket fire.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: "a patrol fired upon by the attackers after a blast: their fire, not the forces' answer",
        title: 'Rebels ambush a road-opening party in Dantewada',
        content:
          'One policeman was killed and four hurt in a rebel ambush in Dantewada on Monday. The party was clearing the road when an explosive device went off and the party was fired upon by rebels.',
        expect: { attack: true, types: ['ied', 'armed_assault'] },
      },
      {
        says: 'a bombing followed by an exchange of fire with its attackers was an ambush by both means',
        title: 'Soldiers killed in Buleda blast',
        content:
          'Five soldiers were killed when a roadside bomb hit their vehicle in Buleda on Saturday. The blast was followed by a long exchange of fire between the soldiers and the militants, the army said.',
        expect: { attack: true, types: ['ied', 'armed_assault'] },
      },
      {
        says: 'look-alike: an exchange of goods is no exchange of fire',
        title: 'Soldiers killed in Buleda blast',
        content:
          'Five soldiers were killed when a roadside bomb hit their vehicle in Buleda on Saturday. The militants who planted it fund themselves through an exchange of smuggled fuel, officials said.',
        expect: { attack: true, types: ['ied'] },
      },
    ],
  },
  {
    class: 'a suicide attack whose vehicle blew up (round 24)',
    cases: [
      {
        says: 'a car that exploded in a suicide attack was a car bomb: suicide_attack and ied',
        title: 'Suicide attack kills soldiers at checkpoint',
        content: 'A car has exploded at an army checkpoint near Baiji, killing four soldiers. Officers said it was a suicide attack.',
        expect: { attack: true, types: ['ied', 'suicide_attack'] },
      },
      {
        says: 'look-alike: a car damaged beside a suicide bomber on foot is no car bomb',
        title: 'Suicide bomber kills soldiers at checkpoint',
        content: 'A suicide bomber blew himself up at an army checkpoint near Baiji, killing four soldiers. A car parked nearby was damaged.',
        expect: { attack: true, types: ['suicide_attack'] },
      },
    ],
  },
  {
    class: 'a vessel or airliner hijacked is a kidnapping of those aboard (round 25)',
    cases: [
      {
        says: 'a ship hijacked with its crew, told with no word of kidnapping, is a kidnapping',
        title: 'Pirates hijack bulk carrier east of Eyl',
        content: 'A bulk carrier with 19 crew on board was hijacked by pirates in the Indian Ocean on Friday, a maritime agency said.',
        expect: { attack: true, typeSet: ['kidnapping'] },
      },
      {
        says: 'a ship hijacked with its crew, told with no word of kidnapping, is a kidnapping',
        title: 'Pirates seize oil tanker near Socotra',
        content: 'Pirates hijacked an oil tanker east of Socotra on Sunday with its crew of 21 aboard and steered it toward the coast, the navy said.',
        expect: { attack: true, typeSet: ['kidnapping'] },
      },
      {
        says: 'an airliner hijacked is a kidnapping of its passengers',
        title: 'Gunmen hijack airliner after take-off from Sebha',
        content: 'Two armed men hijacked a domestic airliner with 90 passengers shortly after it left Sebha on Monday, officials said.',
        expect: { attack: true, typeSet: ['kidnapping'] },
      },
      {
        says: 'pirates who fired on the ship before hijacking it assaulted too',
        title: 'Pirates hijack freighter off Hobyo',
        content:
          'Pirates hijacked a Liberian-flagged freighter off Hobyo on Tuesday. The master radioed that the pirates had opened fire with rifles on the bridge before they climbed aboard.',
        expect: { attack: true, typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'pirates who fired on the ship before hijacking it assaulted too',
        title: 'Pirates hijack cargo ship off Brava',
        content:
          'Pirates hijacked a cargo ship off Brava on Thursday. The vessel had signalled that armed men were attacking it with small arms fire, the naval force said.',
        expect: { attack: true, typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'look-alike: pirates armed with rifles who board and take the crew, firing no shot, kidnap only',
        title: 'Pirates hijack trawler off Garacad',
        content: 'Pirates armed with rifles hijacked a fishing trawler off Garacad on Friday and took its crew of 12 ashore, officials said.',
        expect: { attack: true, typeSet: ['kidnapping'] },
      },
      {
        says: 'look-alike: a lorry hijacked on a highway and its driver shot is an assault, not a kidnapping',
        title: 'Gunmen hijack lorry and shoot driver dead near Zaria',
        content: 'Gunmen stopped a lorry carrying grain near Zaria on Wednesday, shot the driver dead and drove off with the load, police said.',
        expect: { attack: true, typeSet: ['armed_assault'] },
      },
    ],
  },
  {
    class: "a bomber's explosive belt or vest names the suicide attack, in the languages that lacked it (round 25)",
    cases: [
      {
        says: 'Persian: an attacker set off his explosive belt',
        title: 'انفجار در کابل',
        content: 'یک مهاجم کمربند انفجاری خود را در نزدیکی یک مسجد در کابل منفجر کرد و ۱۰ نفر کشته شدند.',
        expect: { attack: true, typeSet: ['suicide_attack'] },
      },
      {
        says: 'French: a man set off his explosive belt at a market',
        title: 'Explosion sur un marché de Maiduguri',
        content: 'Un homme a actionné sa ceinture explosive au milieu d’un marché de Maiduguri samedi, tuant cinq personnes.',
        expect: { attack: true, typeSet: ['suicide_attack'] },
      },
      {
        says: 'Spanish: an attacker wearing an explosive vest',
        title: 'Explosión en una mezquita de Peshawar',
        content: 'Un atacante con un chaleco explosivo lo detonó en la entrada de una mezquita de Peshawar, matando a nueve fieles.',
        expect: { attack: true, typeSet: ['suicide_attack'] },
      },
      {
        says: 'Russian: a shahid belt set off at a checkpoint',
        title: 'Взрыв на блокпосту в Багдаде',
        content: 'Мужчина привел в действие пояс шахида у блокпоста в Багдаде, погибли шесть человек.',
        expect: { attack: true, typeSet: ['suicide_attack'] },
      },
      {
        says: 'Chinese: a suicide attacker with a word between',
        title: '集市发生爆炸',
        content: '一名自杀式恐怖袭击者在集市引爆炸弹,造成12人死亡。',
        expect: { attack: true, typeSet: ['suicide_attack'] },
      },
      {
        says: 'Chinese: a suicide attacker who set off a truck loaded with explosives drove a vehicle bomb too',
        title: '检查站发生卡车炸弹袭击',
        content: '一名自杀式袭击者在检查站引爆了一辆装满炸药的卡车,造成20人死亡。',
        expect: { attack: true, typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'Korean: a suicide bomber with a car bomb',
        title: '자살 폭탄 테러로 15명 사망',
        content: '자살 폭탄 테러범이 차량 폭탄을 검문소에서 터뜨려 15명이 숨졌다.',
        expect: { attack: true, typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'look-alike: a Chinese suicide attacker on foot, a car merely parked nearby, is a suicide attack only',
        title: '集市发生自杀式爆炸',
        content: '一名自杀式袭击者在集市入口引爆身上的炸弹,造成9人死亡,附近一辆汽车受损。',
        expect: { attack: true, typeSet: ['suicide_attack'] },
      },
      {
        says: "look-alike: a police officer's bulletproof vest in a shooting names no suicide attack",
        title: 'Policier blessé par balle à Marseille',
        content: 'Un policier qui portait un gilet pare-balles a été blessé par balle lors d’une fusillade à Marseille mardi soir.',
        expect: { attack: true, typeSet: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'Vietnamese attacks "with a knife" or "with a gun" (round 25)',
    cases: [
      {
        says: 'a knife attack named by its weapon in the headline',
        title: 'Tấn công bằng dao tại ga tàu ở Osaka, 2 người bị thương',
        content: 'Cảnh sát cho biết một người đàn ông đã làm 2 hành khách bị thương tại nhà ga vào tối thứ Sáu.',
        expect: { attack: true, typeSet: ['armed_assault'] },
      },
      {
        says: 'a knife attack told as an event in the body',
        title: '4 người bị thương ở Lyon',
        content: 'Sáng thứ Bảy, tại một khu chợ ở Lyon, một vụ tấn công bằng dao làm 4 người bị thương.',
        expect: { attack: true, typeSet: ['armed_assault'] },
      },
      {
        says: 'a gun attack named by its weapon',
        title: 'Tấn công bằng súng tại Texas',
        content: 'Cảnh sát cho biết 3 người đã chết trong cuộc tấn công bằng súng tại một quán bar ở Texas tối thứ Bảy.',
        expect: { attack: true, typeSet: ['armed_assault'] },
      },
      {
        says: 'look-alike: an attack "with drones" is the drones, not an assault',
        title: 'Tấn công bằng máy bay không người lái vào Odesa, 2 người chết',
        content: 'Nga đã tấn công bằng máy bay không người lái vào thành phố Odesa đêm thứ Hai khiến 2 người chết.',
        expect: { attack: true, typeSet: ['drone'] },
      },
    ],
  },
  {
    class: 'missiles a means of their own beside drones: named by their kind, or listed with them (round 25)',
    cases: [
      {
        says: 'a cruise missile at an airport and a drone downed in another sentence are two means',
        title: 'Houthis fire cruise missile at Jizan airport',
        content:
          'The Houthis said they fired a cruise missile at Jizan airport on Tuesday, halting flights. Saudi air defences said separately they had downed a drone launched from Saada.',
        expect: { attack: true, typeSet: ['drone', 'missile'] },
      },
      {
        says: 'a ballistic missile on a port city beside drones shot down over it',
        title: 'Russian strike on Odesa port kills two',
        content:
          'Russia struck the port of Odesa overnight with a ballistic missile, killing two dock workers, the governor said. Drones attacked the region in the same night and five were shot down.',
        expect: { attack: true, typeSet: ['drone', 'missile'] },
      },
      {
        says: 'drones and missiles listed together in a hedged lead, each told apart after it',
        title: 'Mer Rouge : deux pétroliers visés par des drones et des missiles houthis, selon des sources maritimes',
        content:
          "Selon les premiers éléments, les Houthis auraient visé mardi, avec des drones et des missiles, deux pétroliers en mer Rouge. Le premier équipage dit avoir vu un missile juste avant l'explosion ; le second parle de drones aperçus avant qu'une charge n'explose à bord.",
        expect: { attack: true, typeSet: ['drone', 'missile'] },
      },
      {
        says: "look-alike: the missiles a drone fired are the drone's munitions",
        title: 'Drone strike on car near Tyre kills driver',
        content: 'A drone fired two missiles at a car near Tyre on Monday, killing its driver, the health ministry said.',
        expect: { attack: true, typeSet: ['drone'] },
      },
    ],
  },
  {
    class: 'Arabic air raids with a joined "by" or "of" (round 25)',
    cases: [
      {
        says: 'raids "of the coalition\'s aviation", the aviation joined to its "of"',
        title: 'قتلى في قصف لطيران التحالف على مأرب',
        content: 'قتل خمسة مدنيين بغارات لطيران التحالف على مديرية صرواح مساء الاثنين.',
        expect: { attack: true, typeSet: ['airstrike'] },
      },
      {
        says: 'killed "by raids", the raids joined to their "by"',
        title: 'مقتل ستة أشخاص في حلب',
        content: 'قتل ستة أشخاص بغارات استهدفت سوقا شعبيا في حلب صباح اليوم.',
        expect: { attack: true, typeSet: ['airstrike'] },
      },
      {
        says: 'a bombardment "by the army\'s aviation" on a village',
        title: 'قصف لطيران الجيش على قرية في إدلب يقتل ثلاثة',
        content: 'قتل ثلاثة مدنيين في قصف لطيران الجيش على قرية قرب إدلب.',
        expect: { attack: true, typeSet: ['airstrike'] },
      },
      {
        says: 'look-alike: artillery shelling on a village stays shelling',
        title: 'قصف مدفعي على قرية في إدلب يقتل ثلاثة',
        content: 'قتل ثلاثة مدنيين في قصف مدفعي على قرية قرب إدلب.',
        expect: { attack: true, typeSet: ['mortar_artillery'] },
      },
    ],
  },
  {
    class: 'an explosion a group claimed, its toll told as "the attack" (round 25)',
    cases: [
      {
        says: 'the blast is named only where the group claims it: a bombing, not an assault',
        title: 'Islamic State claims Kabul explosion',
        content:
          'Islamic State said on Telegram it was behind the explosion in western Kabul on Sunday evening. The Taliban government said the attack killed one person and wounded 11.',
        expect: { attack: true, typeSet: ['ied'] },
      },
      {
        says: 'the blast is named only where the group claims it: a bombing, not an assault',
        title: 'داعش مسئولیت انفجار کابل را برعهده گرفت',
        content: 'داعش در بیانیه‌ای مسئولیت این حمله را به عهده گرفت. دولت گفت در این حمله دو نفر کشته و ۹ نفر زخمی شدند.',
        expect: { attack: true, typeSet: ['ied'] },
      },
      {
        says: 'the blast is named only where the group claims it: a bombing, not an assault',
        title: "L'État islamique revendique l'explosion de Jalalabad",
        content: "L'État islamique a revendiqué l'explosion survenue dimanche à Jalalabad. Selon les autorités, l'attaque a fait trois morts.",
        expect: { attack: true, typeSet: ['ied'] },
      },
      {
        says: 'look-alike: a group claiming an attack with no blast named is an assault',
        title: 'Al-Shabaab claims attack on base',
        content: "Al-Shabaab claimed Sunday's assault on a military camp in Lower Shabelle. Three soldiers died in the attack, according to the army.",
        expect: { attack: true, typeSet: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'an ambush or "armed attack" whose own sentence says it was made with a bomb or drones (round 25)',
    cases: [
      {
        says: 'an ambush told as the bomb set off: a bombing',
        title: 'Bomb kills three soldiers in Narathiwat',
        content: 'Three soldiers were killed in an ambush when militants set off a bomb hidden under a bridge in Narathiwat on Monday.',
        expect: { attack: true, typeSet: ['ied'] },
      },
      {
        says: 'an ambush told as the bomb set off: a bombing',
        title: 'Landmine kills two policemen in Sukma',
        content: 'Two policemen died in an ambush in which insurgents detonated a landmine beneath their truck near Sukma, officials said.',
        expect: { attack: true, typeSet: ['ied'] },
      },
      {
        says: 'a Spanish "armed attack" carried out with drones: a drone attack',
        title: 'Ataque con drones deja dos soldados heridos en Cauca',
        content: 'Un ataque armado, esta vez con drones cargados de explosivos, dejó dos soldados heridos en zona rural de Cauca.',
        expect: { attack: true, typeSet: ['drone'] },
      },
      {
        says: 'look-alike: an ambush with gunfire and a bomb is both',
        title: 'Four soldiers killed in ambush',
        content: 'Militants ambushed an army patrol with gunfire and a roadside bomb near Wana, killing four soldiers.',
        expect: { attack: true, typeSet: ['armed_assault', 'ied'] },
      },
    ],
  },
  {
    class: 'a missile the text says a drone or aircraft fired, in the passive or with the verb last (round 26)',
    cases: [
      {
        says: 'a missile "fired by" a helicopter is the helicopter\'s strike',
        title: 'Missile hits house in Khan Younis',
        content: 'A missile fired by an Israeli helicopter struck a house in Khan Younis on Tuesday, wounding three people.',
        expect: { attack: true, typeSet: ['airstrike'] },
      },
      {
        says: 'the craft named in another sentence of the story than the one that gives the missile',
        title: 'Ministry says missile damaged hospital wards',
        content:
          'The health ministry condemned the firing of a missile near the hospital in Deir al-Balah. It said the missile, fired by a warplane of the Israeli air force late on Friday at a nearby block, damaged two wards.',
        expect: { attack: true, typeSet: ['airstrike'] },
      },
      {
        says: 'Hindi: drones, the subject marked by "ने", fire missiles with the verb at the end',
        title: 'वजीरिस्तान में ड्रोन हमला, पांच संदिग्ध आतंकी मारे गए',
        content: 'सोमवार को दो अमेरिकी ड्रोन ने एक मकान पर तीन मिसाइलें दागीं, जिसमें पांच संदिग्ध आतंकी मारे गए।',
        expect: { attack: true, typeSet: ['drone'] },
      },
      {
        says: 'look-alike: a missile fired by rebels is a missile',
        title: 'Missile strikes market in Marib',
        content: 'A missile fired by the rebels struck a crowded market in Marib on Sunday, killing four people.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
      {
        says: 'look-alike: rebels, not a craft, fire the missiles with the verb last',
        title: 'लाल सागर में जहाज पर हमला',
        content: 'हूती विद्रोहियों ने मंगलवार को एक मालवाहक जहाज पर दो मिसाइलें दागीं, जिससे जहाज में आग लग गई।',
        expect: { attack: true, hasTypes: ['missile'] },
      },
    ],
  },
  {
    class: 'suicide bombers and suicide drones in Chinese, Japanese and German word forms (round 26)',
    cases: [
      {
        says: 'Chinese "自殺炸彈" with no "式": a suicide bombing',
        title: '自殺炸彈襲擊喀布爾警察局 10人死亡',
        content: '塔利班周二以自殺炸彈襲擊喀布爾一處警察局,造成至少10名警察死亡。',
        expect: { attack: true, typeSet: ['suicide_attack'] },
      },
      {
        says: 'Chinese car suicide bomb: a suicide attack and a vehicle bomb',
        title: '汽車自殺炸彈襲擊軍營 20士兵死亡',
        content: '武裝分子周日以汽車自殺炸彈襲擊赫爾曼德一處軍營,造成至少20名士兵死亡。',
        expect: { attack: true, typeSet: ['suicide_attack', 'ied'] },
      },
      {
        says: 'German: the bomber in the genitive ("eines Selbstmordattentäters") makes the blast a suicide attack',
        title: 'Sprengsatz explodiert vor Polizeiwache in Mardin',
        content:
          'Vor einer Polizeiwache in Mardin explodierte am Montag ein Sprengsatz, zwei Beamte wurden getötet. Die Polizei sprach von der Tat eines Selbstmordattentäters.',
        expect: { attack: true, typeSet: ['suicide_attack'] },
      },
      {
        says: 'Japanese suicide drone ("自爆型無人機"): the drone\'s kind, no suicide bomber',
        title: '自爆型無人機がオデーサを襲撃 2人死亡',
        content: 'ロシア軍は夜間、南部オデーサに対し自爆型無人機による攻撃を行い、2人が死亡した。',
        expect: { attack: true, typeSet: ['drone'] },
      },
      {
        says: 'look-alike: a Chinese car bomb with no suicide bomber stays a bombing',
        title: '巴格達市場汽車炸彈爆炸 8人死亡',
        content: '一枚汽車炸彈周五在巴格達一處市場爆炸,造成至少8人死亡。',
        expect: { attack: true, typeSet: ['ied'] },
      },
    ],
  },
  {
    class: 'kidnappers who broke into, stormed or invaded a place assaulted it too (round 26)',
    cases: [
      {
        says: 'gunmen storming a school to take teachers',
        title: 'Gunmen kidnap five teachers in Kaduna',
        content: 'Gunmen stormed a school in Kaduna on Monday night and kidnapped five teachers, police said.',
        expect: { attack: true, typeSet: ['kidnapping', 'armed_assault'] },
      },
      {
        says: 'the break-in told in a later sentence that is no evidence on its own',
        title: 'Armed group abducts three engineers near Sabha',
        content:
          'An armed group abducted three foreign engineers near Sabha last week, the company said. The company said the attackers broke into the compound and went on to the staff housing.',
        expect: { attack: true, typeSet: ['kidnapping', 'armed_assault'] },
      },
      {
        says: 'bandits invading a village to abduct its people',
        title: 'Bandits abduct 40 villagers in Zamfara',
        content: 'Bandits invaded Gidan Dawa village in Zamfara on Friday night and abducted 40 people, mostly women, residents said.',
        expect: { attack: true, typeSet: ['kidnapping', 'armed_assault'] },
      },
      {
        says: 'look-alike: travellers taken on a road, no place raided, stay a kidnapping',
        title: 'Gunmen abduct two priests on highway',
        content: 'Gunmen abducted two priests travelling on the Benin–Auchi road on Sunday, police said.',
        expect: { attack: true, typeSet: ['kidnapping'] },
      },
      {
        says: 'look-alike: pirates storming a tanker to take its crew stay a kidnapping',
        title: 'Pirates seize eight crew off Bioko',
        content: 'Pirates stormed an oil tanker off Bioko on Tuesday and abducted eight crew members, the owner said.',
        expect: { attack: true, typeSet: ['kidnapping'] },
      },
    ],
  },
  {
    class: 'drones shot down in the "-ing" form are no shooting of the attack (round 26)',
    cases: [
      {
        says: 'a headline that tells the drones shot down with "shooting down"',
        title: 'Ukraine repels drone attack, shooting down 20 of 25',
        content: 'Russia launched 25 attack drones at Ukraine overnight, and air defences shot down 20 of them, the air force said.',
        expect: { attack: true, typeSet: ['drone'] },
      },
      {
        says: 'look-alike: gunmen shooting at people are still an assault',
        title: 'Gunmen kill three, shooting at a bus in Kurram',
        content: 'Gunmen opened fire on a passenger bus in Kurram on Monday, killing three people, police said.',
        expect: { attack: true, typeSet: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'a grenade or explosives thrown, in Hindi word orders, Hausa and English (round 26)',
    cases: [
      {
        says: 'Hindi headline with the verb before the grenade',
        title: 'पुलवामा में आतंकियों ने सेना के वाहन पर फेंका ग्रेनेड, दो जवान घायल',
        content: 'पुलवामा में मंगलवार को आतंकियों ने सेना के एक वाहन पर ग्रेनेड से हमला किया, जिसमें दो जवान घायल हो गए।',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'Hausa: the attackers threw a grenade',
        title: "'Yan bindiga sun kashe mutum biyar a Maiduguri",
        content: 'Maharan sun jefa gurneti a cikin kasuwa a Maiduguri ranar Talata, inda suka kashe mutum biyar, in ji ’yan sanda.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'English: gunmen shooting and throwing dynamite, both means',
        title: 'Gunmen attack market in Ondo',
        content: 'Gunmen stormed a market in Ondo on Sunday, firing at traders and throwing dynamite into the stalls, killing 12 people.',
        expect: { attack: true, typeSet: ['armed_assault', 'ied'] },
      },
      {
        says: 'look-alike: farmers tossing sacks is no bomb thrown',
        title: 'Gunmen kill two in Ondo',
        content: 'Gunmen shot dead two farmers in Ondo on Sunday while they were tossing sacks onto a truck, police said.',
        expect: { attack: true, typeSet: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'an attack whose article names no means at all is an armed assault (round 27)',
    cases: [
      {
        says: 'English: police killed in an attack, no weapon named',
        title: 'Twelve police officers killed in attack near Mali border',
        content:
          'Twelve police officers were killed on Saturday in a fresh attack in the south-west of the country, near the border with Mali, the interior minister said.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'English: a brigade attacked by separatist forces',
        title: 'Two gendarmes die as their brigade is attacked',
        content: 'Two gendarmes died on Monday after armed separatist forces attacked their brigade in the north-west region, an army spokesman said.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'French: gendarmes killed in an attack',
        title: 'Niger : trois gendarmes tués dans une attaque',
        content: "Samedi, une attaque a coûté la vie à trois gendarmes dans l'ouest du pays, d'après le ministère de l'Intérieur.",
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'look-alike: a Chinese restaurant explosion names its blast, so no assault is guessed',
        title: '北京一餐馆燃气爆炸 致三人受伤',
        content: '今天中午,北京一家餐馆发生爆炸,造成三人受伤。',
        expect: { types: [] },
      },
    ],
  },
  {
    class: 'kidnappers who also killed assaulted too (round 27, labelling rule)',
    cases: [
      {
        says: 'Swahili: eight killed after militants attacked, two soldiers taken',
        title: 'Al Shabaab yashambulia kambi',
        content:
          'Wanajeshi wanane wameuawa baada ya wanamgambo wa al Shabaab kushambulia kambi yao katika kaunti ya Mandera. Wanamgambo hao pia wamewateka nyara wanajeshi wawili wa Kenya.',
        expect: { attack: true, typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'French: armed men raid villages, six dead and residents taken',
        title: 'RDC: des villages attaqués dans le territoire de Beni',
        content:
          'Des hommes armés ont attaqué samedi deux villages du territoire de Beni, où les autorités locales comptent au moins six morts. Plusieurs habitants ont été enlevés, selon la société civile.',
        expect: { attack: true, typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'English: bandits attack villages where eight died, then kidnap',
        title: 'Bandits attack Kaura villages',
        content:
          'Bandits attacked two villages in Kaura on Sunday, where residents counted at least eight dead. The bandits also kidnapped 30 people, police said.',
        expect: { attack: true, typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'look-alike: nobody killed, the kidnapping alone',
        title: 'Gunmen abduct 12 in Katsina',
        content: 'Gunmen abducted 12 people from a village in Katsina State on Sunday night. No one was killed, police said.',
        expect: { attack: true, types: ['kidnapping'] },
      },
    ],
  },
  {
    class: 'a suicide bomber in or on his vehicle, in the languages that tell it after the vehicle or with "himself" (round 27)',
    cases: [
      {
        says: 'Hindi: the motorcycle rider blew himself up',
        title: 'क्वेटा में मोटरसाइकिल सवार ने खुद को उड़ाया',
        content: 'क्वेटा में मंगलवार को हुए एक आत्मघाती विस्फोट में तीन पुलिसकर्मियों की मौत हो गई।',
        expect: { attack: true, typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'Arabic: blew himself up in his car',
        title: 'انتحاري يفجر نفسه في سيارته عند حاجز شمال بغداد',
        content: 'قتل خمسة من عناصر الأمن في هجوم انتحاري عند حاجز شمال بغداد، وقال مسؤول إن انتحاريا فجر نفسه في سيارته قرب الحاجز.',
        expect: { attack: true, typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'Pashto: the attacker sat in a car and drove himself into the police',
        title: 'پاکستان کې ځانمرګی برید',
        content: 'په کوټه کې د یوه ځانمرګي برید له امله څلور پولیس ووژل شول. بریدګر په یوه موټر کې ناست و او ځان یې د پولیسو له موټر سره وجنګاوه.',
        expect: { attack: true, typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'look-alike, Hindi: blew himself up near a police vehicle',
        title: 'पेशावर में आत्मघाती हमला',
        content: 'पेशावर में मंगलवार को हुए आत्मघाती हमले में चार लोगों की मौत हो गई। हमलावर ने पुलिस वाहन के पास खुद को उड़ा लिया।',
        expect: { attack: true, types: ['suicide_attack'] },
      },
      {
        says: 'look-alike, Arabic: blew himself up near a police car',
        title: 'هجوم انتحاري في كابول',
        content: 'قتل أربعة أشخاص في هجوم انتحاري في كابول، وقال مسؤول إن الانتحاري فجر نفسه قرب سيارة للشرطة.',
        expect: { attack: true, types: ['suicide_attack'] },
      },
    ],
  },
  {
    class: "Korean compounds written joined, and the suicide bomber's vest (round 27)",
    cases: [
      {
        says: 'a suicide bombing written joined',
        title: '시리아 자살폭탄 테러로 12명 사망',
        content: '시리아 북부의 한 시장에서 자살폭탄 테러가 일어나 12명이 숨졌다.',
        expect: { attack: true, types: ['suicide_attack'] },
      },
      {
        says: 'a drone attack written joined',
        title: '이라크 드론공격으로 군인 3명 사망',
        content: '이라크 북부 기지에 드론공격이 가해져 군인 3명이 숨졌다.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'a bomb vest worn by a bomber who blew himself up',
        title: '아프간 시장서 테러 7명 사망',
        content: '아프간 남부 시장에서 폭탄 조끼를 입은 테러범이 자폭해 7명이 숨졌다.',
        expect: { attack: true, types: ['suicide_attack'] },
      },
      {
        says: 'look-alike: a suicide that is no attack',
        title: '유명 배우 자살 충격',
        content: '유명 배우가 자택에서 숨진 채 발견됐다. 경찰은 자살로 보고 있다.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Arabic ballistic missiles with the joined "with" and either spelling (round 27)',
    cases: [
      {
        says: 'with a ballistic missile, spelt without its ya',
        title: 'الحوثيون يستهدفون مأرب بصاروخ بالستي',
        content: 'استهدفت ميليشيا الحوثي مساء الخميس حيا سكنيا في مدينة مأرب بصاروخ بالستي، ما أدى إلى إصابة ثلاثة مدنيين.',
        expect: { attack: true, types: ['missile'] },
      },
      {
        says: 'with ballistic missiles, plural',
        title: 'الحوثيون يقصفون مأرب',
        content: 'قصفت ميليشيا الحوثي مدينة مأرب بصواريخ بالستية، ما أدى إلى مقتل مدنيين اثنين.',
        expect: { attack: true, types: ['missile'] },
      },
      {
        says: 'the ballistic missile with its article',
        title: 'سقوط صاروخ على مأرب',
        content: 'سقط الصاروخ الباليستي الذي أطلقته ميليشيا الحوثي على حي سكني في مأرب، ما أدى إلى إصابة طفلين.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
      {
        says: 'look-alike: a bare rocket fired by an armed group stays a rocket',
        title: 'حماس تقصف عسقلان',
        content: 'أطلقت حركة حماس بصاروخ على مدينة عسقلان، ما أدى إلى إصابة شخصين.',
        expect: { attack: true, types: ['rocket'] },
      },
    ],
  },
  {
    class: 'Hebrew mortars and the air force striking (round 27)',
    cases: [
      {
        says: 'rockets and mortar bombs',
        title: 'ירי מעזה',
        content: 'מאז הבוקר שוגרו לעבר יישובי עוטף עזה 30 רקטות ופצצות מרגמה, ושני אזרחים נפצעו.',
        expect: { attack: true, typeSet: ['mortar_artillery', 'rocket'] },
      },
      {
        says: 'the mortar abbreviation',
        title: 'פצמ"ר נפל בעוטף',
        content: 'פצמ"ר שנורה מרצועת עזה פגע במבנה במועצה האזורית אשכול ופצע חייל.',
        expect: { attack: true, types: ['mortar_artillery'] },
      },
      {
        says: 'the air force struck targets',
        title: 'חיל האוויר תקף ברצועה',
        content: 'חיל האוויר תקף הלילה יעדים של חמאס ברצועת עזה, ושני פעילים נהרגו.',
        expect: { attack: true, types: ['airstrike'] },
      },
    ],
  },
  {
    class: 'fire the forces opened is no assault of the attack (round 27)',
    cases: [
      {
        says: 'soldiers firing wildly after a roadside bomb',
        title: 'Roadside bomb hits convoy near Muri',
        content: 'A roadside bomb hit a military convoy near Muri on Monday. The soldiers then fired wildly into the bush, and nobody was hurt, the army said.',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'forces answering a rocket by opening fire at its launch site',
        title: 'Rocket from Lebanon hits field',
        content:
          'A rocket fired from Lebanon hit a field in northern Israel on Friday. In response, army forces opened fire at the launch site, the military said.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'look-alike: militants opening fire on soldiers assault',
        title: 'Militants open fire on army post',
        content: 'Militants opened fire on an army post near the border on Friday, wounding two soldiers, the army said.',
        expect: { attack: true, types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'attackers firing beside their bomb used both means (round 27)',
    cases: [
      {
        says: 'English: a grenade followed by firing',
        title: 'Grenade attack in Srinagar',
        content: 'Militants hurled a grenade at a police post in Srinagar on Saturday, followed by firing, the police said. Four policemen were injured.',
        expect: { attack: true, typeSet: ['armed_assault', 'ied'] },
      },
      {
        says: 'Hindi: an IED blast and firing by the Naxals',
        title: 'नारायणपुर में आईईडी ब्लास्ट',
        content: 'नारायणपुर में नक्सलियों ने आईईडी विस्फोट और फायरिंग की, जिसमें एक जवान शहीद हो गया।',
        expect: { attack: true, typeSet: ['armed_assault', 'ied'] },
      },
      {
        says: 'English: a landmine blast, then firing on the troops',
        title: 'Landmine blast in Bijapur',
        content: 'Maoists triggered a landmine blast in Bijapur on Tuesday and then resorted to firing on the jawans, police said. Two jawans were injured.',
        expect: { attack: true, typeSet: ['armed_assault', 'ied'] },
      },
      {
        says: 'look-alike: troops firing after the blast, no attackers in the sentence',
        title: 'Roadside bomb hits patrol',
        content: 'A roadside bomb hit a patrol near the town, killing two soldiers. Troops then began firing into the fields, residents said.',
        expect: { attack: true, types: ['ied'] },
      },
    ],
  },
  {
    class: 'Arabic suicide bombings: the truck or car bomb of the bomber, and his vest (round 28)',
    cases: [
      {
        says: 'a bomber driving a mined army truck, an adjective between the truck and "mined"',
        title: 'مقتل 12 جنديا بتفجير انتحاري في الرمادي',
        content: 'قتل 12 جنديا عراقيا الاثنين عندما فجر انتحاري يقود شاحنة عسكرية ملغومة نفسه عند مدخل قاعدة قرب الرمادي، بحسب مصادر أمنية.',
        expect: { attack: true, typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'a car bomb spelt "ملغمة" with its joined "with", then a suicide belt',
        title: 'تفجير انتحاري مزدوج يستهدف حاجزا في حمص',
        content: 'قتل تسعة أشخاص بتفجير مزدوج استهدف حاجزا للجيش في حمص. وقال المحافظ إن التفجير الأول تم بسيارة ملغمة وتبعه تفجير انتحاري بحزام ناسف.',
        expect: { attack: true, typeSet: ['ied', 'suicide_attack'] },
      },
      {
        says: 'the bomber set off his explosive vest',
        title: 'هجوم على حاجز في الحسكة',
        content: 'قتل خمسة من عناصر الأمن الاثنين عندما فجر أحد المهاجمين سترته الناسفة وسط حاجز في مدينة الحسكة.',
        expect: { attack: true, types: ['suicide_attack'] },
      },
      {
        says: 'look-alike: a bomber blowing himself up near a parked car is no car bomb',
        title: 'انتحاري يفجر نفسه قرب سوق في بغداد',
        content: 'قتل سبعة أشخاص الأحد عندما فجر انتحاري نفسه قرب سيارة متوقفة عند مدخل سوق في بغداد.',
        expect: { attack: true, types: ['suicide_attack'] },
      },
    ],
  },
  {
    class: 'people taken captive or prisoner are a kidnapping (round 28)',
    cases: [
      {
        says: 'French: civilians captured after the attackers killed villagers',
        title: 'Niger : attaque meurtrière contre un village près de Tillabéri',
        content:
          'Des hommes armés ont attaqué un village près de Tillabéri mardi, tuant cinq villageois. Plusieurs civils ont été capturés et emmenés vers la frontière, selon des sources locales.',
        expect: { attack: true, typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'French: gendarmes made prisoners after a post was attacked',
        title: 'Burkina : un poste de gendarmerie attaqué dans le nord',
        content:
          'Des jihadistes ont attaqué un poste de gendarmerie dans le nord du Burkina Faso lundi, tuant un gendarme, et deux autres ont été faits prisonniers.',
        expect: { attack: true, typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'English: workers taken prisoner by the gunmen who killed the guards',
        title: 'Gunmen kill two guards at mine in Zamfara',
        content: 'Gunmen killed two guards at a mine in Zamfara on Monday and took three workers prisoner, police said.',
        expect: { attack: true, typeSet: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'Persian: workers taken captive, nobody hurt',
        title: 'ربودن کارگران در فراه',
        content: 'افراد مسلح شب گذشته به یک کارگاه در فراه حمله کردند و چهار کارگر را به اسارت گرفتند.',
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
      {
        says: 'look-alike: a town captured is no kidnapping',
        title: 'Des rebelles capturent la ville de Kitchanga',
        content: "Des rebelles ont attaqué et capturé la ville de Kitchanga dimanche, tuant trois soldats, selon l'armée.",
        expect: { attack: true, types: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'anti-ship missiles and fire at a ship in Russian and Ukrainian (round 28)',
    cases: [
      {
        says: 'Russian: two anti-ship missiles at a tanker, fired by an armed group',
        title: 'Хуситы атаковали танкер в Красном море',
        content: 'Хуситы атаковали греческий танкер двумя противокорабельными ракетами в Красном море, судно получило повреждения, сообщило командование США.',
        expect: { attack: true, types: ['missile'] },
      },
      {
        says: 'Ukrainian: three anti-ship missiles at a cargo ship',
        title: 'Хусити атакували судно в Аденській затоці',
        content: 'Єменські хусити атакували вантажне судно трьома протикорабельними ракетами в Аденській затоці, повідомило командування США.',
        expect: { attack: true, types: ['missile'] },
      },
      {
        says: 'Russian: the rebels "fired on" a dry-cargo ship with anti-ship missiles, no shelling',
        title: 'Хуситы обстреляли сухогруз в Красном море',
        content: 'Хуситы обстреляли сухогруз в Красном море и выпустили по нему две противокорабельные ракеты, сообщило командование США. Пострадавших нет.',
        expect: { attack: true, types: ['missile'] },
      },
      {
        says: 'Russian: a ship damaged by a projectile in a drone attack',
        title: 'Хуситы атаковали судно у берегов Йемена',
        content: 'У берегов Йемена беспилотник атаковал сухогруз. Снаряд немного повредил судно, пострадавших нет.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'Russian: the kind named in a sentence that is no evidence, then "the missiles" fell near the tanker',
        title: 'Хуситы обстреляли танкер в Аденском заливе',
        content:
          'Две противокорабельные ракеты выпустили в сторону танкера в Аденском заливе в среду, сообщает CENTCOM. Ракеты упали в воду рядом с судном, пострадавших нет.',
        expect: { attack: true, types: ['missile'] },
      },
      {
        says: 'look-alike: a bare "ракеты" fired by an armed group stays the rocket',
        title: 'Хуситы атаковали танкер в Красном море',
        content: 'Хуситы атаковали греческий танкер двумя ракетами в Красном море, судно получило повреждения, сообщило командование США.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'look-alike: a city shelled beside a drone attack keeps its shelling',
        title: 'Обстрел Херсона',
        content: 'Российские войска обстреляли Херсон, ранены два человека, сообщила областная администрация. Также дрон атаковал автомобиль в пригороде.',
        expect: { attack: true, typeSet: ['drone', 'mortar_artillery'] },
      },
    ],
  },
  {
    class: 'an Arabic drone that "raided" its target made the raid (round 28)',
    cases: [
      {
        says: 'the raid on a car, then an enemy drone raided it in a sentence of the agency',
        title: 'غارة إسرائيلية على سيارة في بنت جبيل',
        content:
          'قتل شخص نتيجة غارة إسرائيلية استهدفت سيارة في بنت جبيل بجنوب لبنان. وأفادت الوكالة الوطنية للإعلام بأن مسيرة معادية أغارت على السيارة عند مدخل البلدة.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'a drone raided a motorcycle with two missiles',
        title: 'غارة على دراجة نارية في النبطية',
        content: 'أصيب شخصان الثلاثاء في غارة إسرائيلية استهدفت دراجة نارية قرب النبطية. وقالت مصادر محلية إن مسيرة إسرائيلية أغارت على الدراجة بصاروخين.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'look-alike: warplanes that raided a house stay the air strike',
        title: 'غارة إسرائيلية على منزل في الخيام',
        content: 'قتل شخصان نتيجة غارة إسرائيلية استهدفت منزلا في الخيام بجنوب لبنان. وأفادت الوكالة الوطنية للإعلام بأن طائرات حربية معادية أغارت على المنزل.',
        expect: { attack: true, types: ['airstrike'] },
      },
    ],
  },
  {
    class: 'bombs, mortars and bombers in the words of local copy (round 28)',
    cases: [
      {
        says: 'Turkish: an attack "with a mortar" on a base',
        title: "Şemdinli'de üs bölgesine saldırı",
        content: "Hakkari'nin Şemdinli ilçesinde teröristler tarafından üs bölgesine havanla yapılan saldırıda iki asker yaralandı.",
        expect: { attack: true, types: ['mortar_artillery'] },
      },
      {
        says: 'Pashto: the suicide bomber alone, who then blew himself up',
        title: 'په کابل کې چاودنه',
        content: 'پولیس وايي یو ځانمرګی پلی د یوه روغتون دروازې ته ورسید، ساتونکو ودراوه او هغه ځان والوځاوه، درې تنه ووژل شول.',
        expect: { attack: true, types: ['suicide_attack'] },
      },
      {
        says: 'Thai: the culprits "boomed" a ranger patrol',
        title: 'เหตุร้ายที่นราธิวาส',
        content: 'คนร้ายบึ้ม ตชด. ที่ อ.ระแงะ จ.นราธิวาส เสียชีวิต 2 นาย บาดเจ็บ 1 นาย',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'Bengali: militants caused an explosion at a checkpoint',
        title: 'কিশোরগঞ্জে জঙ্গি হামলা',
        content: 'কিশোরগঞ্জে পুলিশের চেকপোস্টে বিস্ফোরণ ঘটায় জঙ্গিরা। এতে দুই পুলিশকর্মী নিহত হন।',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'look-alike: Bengali, a gas cylinder explosion happened',
        title: 'ঢাকায় গ্যাস সিলিন্ডার বিস্ফোরণ',
        content: 'ঢাকার একটি রেস্তোরাঁয় গ্যাস সিলিন্ডার থেকে বিস্ফোরণ ঘটে। এতে তিনজন আহত হন।',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'missiles fired by a drone, told in the passive in Portuguese and Spanish (round 28)',
    cases: [
      {
        says: 'Portuguese: an attack with missiles launched by an unmanned plane',
        title: 'Ataque de drone mata três no Waziristão',
        content:
          'Pelo menos três pessoas morreram nesta segunda-feira em um ataque com mísseis lançados por um avião não tripulado no Waziristão do Sul, informou a polícia paquistanesa.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'Spanish: two missiles fired from a drone',
        title: 'Ataque con dron en Yemen deja cinco muertos',
        content:
          'Cinco presuntos militantes murieron el martes por dos misiles disparados desde un dron en la provincia de Marib, en Yemen, según fuentes locales.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'Portuguese: a missile launched by a drone',
        title: 'Drone atinge carro no sul do Líbano',
        content:
          'Um homem morreu nesta quarta-feira quando um míssil disparado por um drone israelense atingiu seu carro no sul do Líbano, segundo a agência oficial.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'look-alike: missiles launched by ships stay missiles',
        title: 'Ataque com mísseis atinge porto de Odessa',
        content:
          'Dois mísseis lançados por navios russos atingiram o porto de Odessa nesta terça-feira, ferindo quatro pessoas, segundo as autoridades ucranianas.',
        expect: { attack: true, types: ['missile'] },
      },
    ],
  },
];
