/**
 * Places and the country of an attack. Where an attack was: the scene and its country, not a
 * dateline, a bureau, a border named for reference, where victims came from, or a word that is a
 * town elsewhere.
 *
 * Adding a case: put `{ says, title, content, expect }` in the class it belongs to, or add a
 * class named for why its cases are there. `expect` gives only what the case is about; the
 * fields are `Expected` in tests/helpers/extraction.ts. Stories are written for the tests in
 * our own words, not copied from articles. reading-places.test.ts runs them, one test a case.
 * A test file in the older shape (a table of `[says, title, content, isAttack, type?]` stories, or
 * an `it` reading one story and expecting on it) folds in the same way: one case a story, its `it`
 * name as `says`; a story tuple's flag and type as `expect: { attack, hasTypes: [type] }`.
 */
import type { CaseClass } from '../../helpers/extraction.js';

export const placeCases: CaseClass[] = [
  {
    class: 'the attack country',
    cases: [
      {
        says: 'does not take the origin of a cross-border salvo for the scene',
        title: 'Rockets fired at northern Israel from Lebanon',
        content: 'Two rockets were fired at northern Israel on Tuesday from the Lebanese port city of Sidon and fell in open ground, the army said.',
        expect: { countries: ['IL'] },
      },
      {
        says: 'takes the target named by its demonym, not the launch site',
        title: 'Militants fire rockets from Gaza',
        content: 'Militants fired four rockets from the Hamas-run Gaza Strip toward southern Israeli towns on Friday; two were intercepted, the army said.',
        expect: { countries: ['IL'] },
      },
      {
        says: 'leaves out where the speaker was and whose agency reported it',
        title: 'Drone wounds two soldiers at base in Syria',
        content:
          'A drone attacked a base in eastern Syria on Tuesday, wounding two soldiers of the Georgia National Guard, the Pentagon said in Washington, according to Turkey’s Anadolu news agency.',
        expect: { countries: ['SY'] },
      },
      {
        says: 'does not add the neighbour named as a border reference',
        title: 'Soldiers killed in bomb attack in Colombia',
        content: 'Four Colombian soldiers were killed by a roadside bomb in Arauca province near the border with Venezuela, the army said.',
        expect: { countries: ['CO'] },
      },
      {
        says: 'reads a group named with its homeland as the attackers, not the scene',
        title: 'Port in Saudi Arabia hit in attack by the Houthis in Yemen',
        content: 'An explosive drone struck a fuel depot at the Saudi port of Jizan overnight, the coalition said; nobody was hurt.',
        expect: { countries: ['SA'] },
      },
      {
        says: 'does not take a county the gazetteer lacks for a town abroad known by its first word',
        title: 'Four dead after gunfire at a school',
        content: 'Deputies in Barrow County said a 15-year-old opened fire in a classroom on Tuesday, killing two pupils and two staff members.',
        expect: { notCountries: ['GB'] },
      },
      {
        says: 'reads the state after a county and a comma as the US state, not the country of that name',
        title: 'Gunman kills three at a supermarket',
        content: 'A gunman killed three shoppers at a supermarket in Barrow County, Georgia, on Saturday before he was arrested, the sheriff said.',
        expect: { countries: ['US'] },
      },
      {
        says: 'reads a mixed-case "Place, Country —" opening as a dateline, not the scene',
        title: 'Ship hit by missile off Yemen',
        content: 'Doha, Qatar — A merchant ship was struck by a missile off the Yemeni port of Mokha on Tuesday, a maritime agency said.',
        expect: { countries: ['YE'] },
      },
    ],
  },
  {
    class: 'the country when no known place is named',
    cases: [
      {
        says: 'is where the named group fights, when it fights in one country',
        title: 'Naxals blow up police jeep in Sukma district',
        content: 'Naxals blew up a police jeep with an IED in a forest of Sukma district, killing three policemen.',
        expect: { countries: ['IN'] },
      },
      {
        says: 'is the country of the one force the text names',
        title: 'Three soldiers martyred as terrorists attack check post',
        content: 'Three soldiers of the Pakistan Army embraced martyrdom when terrorists attacked a check post, the ISPR said.',
        expect: { countries: ['PK'] },
      },
    ],
  },
  {
    class: 'countries',
    cases: [
      {
        says: 'a dateline with a colon, in the content and opening a title',
        title: 'BANGKOK: A military airstrike on a village in Myanmar’s Sagaing region killed nine civilians',
        content: 'BANGKOK: A military airstrike on a village in Myanmar’s Sagaing region killed nine civilians, residents said.',
        expect: { countries: ['MM'] },
      },
      {
        says: 'an acronym spelled out beside it is not a place',
        title: 'Burkina : onze soldats tués dans une embuscade',
        content: 'Des GAT (groupes armés terroristes) ont tendu une embuscade à un convoi de soldats près de Djibo, au Burkina Faso.',
        expect: { countries: ['BF'] },
      },
      // Round 10: the labelling rule settled since the fourth sets (docs/labelling.md, "Ships at sea")
      // gives no country when only open sea is named; the attackers' home is no scene.
      {
        says: 'an attack at sea with only the open sea named is in no country, whoever attacked',
        title: 'Ship Struck In Red Sea In Latest Maritime Attack By Yemen’s Houthi Rebels',
        content: 'A tanker sailing through the Red Sea was hit by a missile on Monday in an attack claimed by the Houthi rebels, the British military said.',
        expect: { attack: true, countries: [] },
      },
    ],
  },
  {
    class: 'countries of places named with a region word, borders and territory',
    cases: [
      {
        says: '"the Beni region" of a Congo story is Beni in Congo, not a region of the same name elsewhere',
        title: 'Rebels kill 14 in Congo',
        content: 'Rebels hacked 14 villagers to death overnight in the troubled Beni region, local officials said.',
        expect: { countries: ['CD'] },
      },
      {
        says: 'a Polish place in the locative case after "w"',
        title: 'Atak nożownika w Warszawie',
        content: 'Napastnik zaatakował przechodnia.',
        expect: { countries: ['PL'] },
      },
      {
        says: 'a country named as the border in Spanish is a reference',
        title: 'Ataque con drones contra una base militar en Arauca',
        content: 'El ataque con drones contra la base, en el departamento de Arauca, fronterizo con Venezuela, dejó tres soldados heridos.',
        expect: { countries: ['CO'] },
      },
    ],
  },
  {
    class: 'a country the scene borders is a reference',
    cases: [
      {
        says: '"a province bordering Malaysia" keeps the attack in Thailand',
        title: 'Three soldiers hurt in suspected rebel bomb blast',
        content: 'Three soldiers were hurt in a bomb blast in Pattani, a southern province bordering Malaysia where separatists have fought for years.',
        expect: { countries: ['TH'] },
      },
    ],
  },
  {
    class: 'country of the attack',
    cases: [
      {
        says: 'reads a name written with an ayn sign or a Persian ezafe',
        title: 'Roadside bomb kills four in Ba‘qūbah',
        content: 'A bomb hit a police patrol in Ba‘qūbah on Sunday, killing four officers.',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'reads a name written with an ayn sign or a Persian ezafe',
        title: 'Gunmen kill three guards in Mazar-i-Sharif',
        content: 'Gunmen shot dead three guards at a bank in Mazar-i-Sharif late on Monday.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'reads Spanish town names with plural articles',
        title: 'Gunmen kill five at a bar',
        content: 'Armed men opened fire in a bar in San Nicolás de los Garza on Saturday night, killing five people.',
        expect: { countries: ['MX'] },
      },
      {
        says: 'puts a repeated name where the text ties it to a country',
        title: 'Car bomb kills six in Tripoli',
        content: 'A car bomb exploded outside a mosque in Tripoli, Lebanon, on Friday, killing six worshippers.',
        expect: { countries: ['LB'] },
      },
      {
        says: 'reads a US state written after a town as that state',
        title: 'Gunman kills four in Dover',
        content: 'A gunman killed four people at a warehouse in Dover, Delaware, on Tuesday, police said.',
        expect: { countries: ['US'] },
      },
      {
        says: 'reads a state named like a country after it as that state',
        title: 'Gunmen kill nine in Niger',
        content: 'Gunmen killed nine farmers in Niger, Nigeria, on Sunday, the state police said.',
        expect: { countries: ['NG'] },
      },
      {
        says: 'takes a large region’s bare name for the region, not a village of that name',
        title: 'Gunmen kill six at a party in Tamaulipas',
        content: 'Armed men stormed a family party in Tamaulipas late on Saturday, killing six people.',
        expect: { countries: ['MX'], placeNames: ['Tamaulipas'] },
      },
      {
        says: 'takes a mid-sized town the title puts the attack in when no other place has its name',
        title: 'Three officers hurt in Wajir bomb attack',
        content: 'Three police officers were injured when their vehicle ran over an explosive device on a dirt road.',
        expect: { countries: ['KE'] },
      },
      // "in Barrow County": a county the gazetteer does not hold is not the town of that name elsewhere.
      {
        says: 'takes a mid-sized town the title puts the attack in when no other place has its name',
        title: 'Gunman kills two in Barrow County',
        content: 'A gunman killed two people at a school on Wednesday, the sheriff said.',
        expect: { notCountries: ['GB'] },
      },
      {
        says: 'reads a news agency’s acronym as no place',
        title: 'Gunmen kill two border guards',
        content: 'Gunmen opened fire on a border post in southeastern Iran on Monday, killing two guards, IRNA reported.',
        expect: { countries: ['IR'] },
      },
      {
        says: 'reads a news agency’s acronym as no place',
        title: 'Shelling kills four',
        content: 'Shelling killed four civilians in northern Syria on Sunday, the agency SANA reported.',
        expect: { countries: ['SY'] },
      },
      {
        says: 'reads a French compass word before "du" as a direction, not a region',
        title: 'Ouest du Niger : douze soldats tombés dans une embuscade',
        content: 'Samedi, près de Tillabéri, des assaillants armés ont abattu douze soldats.',
        expect: { countries: ['NE'] },
      },
      {
        says: 'reads a place of an earlier attack told "days after" in Portuguese as context',
        title: 'Foguetes atingem base perto do aeroporto de Bagdá',
        content:
          'Dois foguetes atingiram uma base perto do aeroporto de Bagdá. O ataque acontece dias após um drone atingir uma base perto de Deir ez-Zor, na Síria.',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'does not read a town as an actor’s short acronym written in lower case',
        title: 'Bomb kills two in Bang Pla Soi',
        content: 'A bomb hidden on a motorcycle exploded at a market in Bang Pla Soi on Monday, killing two.',
        expect: { countries: ['TH'], notActors: ['chinese-forces'] },
      },
    ],
  },
  {
    class: 'a pipeline or road named after its two ends',
    cases: [
      {
        says: 'names both ends and both countries when the text locates the blast nowhere else',
        title: 'Blast hits Kirkuk-Ceyhan oil pipeline',
        content: 'Saboteurs blew up part of the Kirkuk-Ceyhan pipeline late on Friday, halting the flow of crude, an energy official said.',
        expect: { attack: true, hasCountries: ['IQ', 'TR'], places: ['Kirkuk', 'Ceyhan'] },
      },
      {
        says: 'puts the scene where the text locates it, not at the far end',
        title: 'Blast hits Kirkuk-Ceyhan oil pipeline',
        content: 'Saboteurs blew up part of the Kirkuk-Ceyhan pipeline in Batman province late on Friday, halting the flow of crude, an energy official said.',
        expect: { countries: ['TR'], notPlaces: ['Ceyhan', 'Kirkuk'] },
      },
      {
        says: 'does not take the line’s ends for the scene when a distance locates it elsewhere',
        title: 'Bombs hit Kirkuk-Ceyhan line',
        content: 'Four bombs went off along the Kirkuk-Ceyhan line near a hamlet 60 km south of Mosul on Thursday, setting it ablaze.',
        expect: { countries: ['IQ'], notPlaces: ['Ceyhan'] },
      },
    ],
  },
  {
    class: 'the name shown to readers',
    cases: [
      {
        says: 'keeps a region’s word when the text gives one, apart from the city of the same name',
        title: 'Gunmen kill six in Kaduna',
        content: 'Gunmen stormed a hamlet near Kaduna in Kaduna state on Sunday, killing six people, police said.',
        expect: { places: ['Kaduna', 'Kaduna state'] },
      },
    ],
  },
  {
    class: 'words that are places elsewhere',
    cases: [
      {
        says: 'does not read German nouns and adverbs as towns',
        title: 'Elf Tote bei Luftangriff in Afghanistan',
        content:
          'Bei einem Luftangriff in der Provinz Kandahar sind nach Angaben der Behörden elf Menschen getötet worden, darunter Kinder. Dabei wurde ein Haus zerstört.',
        expect: { countries: ['AF'], notCountries: ['US', 'AE'] },
      },
      {
        says: 'reads a German region word before a name as no first name',
        title: 'Zwei Tote bei Drohnenangriff in der Region Charkiw',
        content: 'Bei einem russischen Drohnenangriff auf ein Dorf in der Region Charkiw sind in der Nacht zwei Menschen getötet worden.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'takes a French compass word alone for a direction, not for a Haitian department',
        title: 'Mali : embuscade meurtrière dans le nord',
        content: 'Six civils ont été tués dans une embuscade près de Kidal. Les attaques se sont étendues vers le centre, puis au Sud, près des frontières.',
        expect: { countries: ['ML'] },
      },
      // "خالص تعازيها" (sincere condolences), "ولاية" (province): neither is a town.
      {
        says: 'does not read Arabic everyday words as towns',
        title: 'الخارجية تدين تفجيرا في كابل',
        content: 'أدانت الوزارة التفجير الذي استهدف سوقا في مدينة كابل وقدمت خالص تعازيها لأسر الضحايا في ولاية كابل.',
        expect: { countries: ['AF'] },
      },
    ],
  },
  {
    class: 'datelines and reference places',
    cases: [
      // "Khar" is a town in Pakistan and an old name of a town in Germany.
      {
        says: 'reads the dateline’s town in the country the dateline names',
        title: 'Soldier killed in raid on border post',
        content: 'KHAR, Pakistan — Militants killed a soldier in an attack on a security post on Monday, the army said.',
        expect: { countries: ['PK'] },
      },
      {
        says: 'reads a mixed-case opening name and a dash as a dateline, not as the scene',
        title: 'Gunmen kill nine in village raid',
        content: 'Abuja — Gunmen killed nine villagers in a raid on Tuesday night in Zamfara state, police said.',
        expect: { countries: ['NG'], notPlaces: ['Abuja'] },
      },
      {
        says: 'takes a clock’s city for no scene ("hora de Moscú")',
        title: 'Dron ucraniano ataca una base aérea rusa',
        content: 'Un dron golpeó la base aérea de Engels, en la provincia de Sarátov, hacia las 03:40 hora de Moscú, y mató a dos soldados.',
        expect: { countries: ['RU'], notPlaces: ['Moscú'] },
      },
    ],
  },
  {
    class: 'a road between two towns named as the scene',
    cases: [
      {
        says: 'leaves the ends out when the sentence places the blast on the road more precisely',
        title: 'Bomb hits army truck in Kashmir',
        content: 'A roadside bomb hit an army truck on the Jammu-Srinagar highway in Anantnag district on Sunday, wounding four soldiers.',
        expect: { countries: ['IN'], notPlaces: ['Jammu', 'Srinagar'] },
      },
      {
        says: 'does not take a road of an earlier attack for this one',
        title: 'Gunmen kill three farmers in Nigeria',
        content: 'Gunmen shot dead three farmers in Gwoza on Friday, residents said, a week after a bomb killed nine people on the Maiduguri-Bama road.',
        expect: { places: ['Gwoza'], notPlaces: ['Bama'] },
      },
    ],
  },
  {
    class: 'a place named only for its distance from the scene',
    cases: [
      {
        says: 'is not the scene when the text puts the scene tens of kilometres away',
        title: 'Rebels kill 14 villagers in eastern Congo',
        content:
          'Rebels killed 14 villagers in North Kivu province on Tuesday night, in a hamlet some 45 kilometres (28 miles) north of Butembo, a local official said.',
        expect: { countries: ['CD'], notPlaces: ['Butembo'] },
      },
      {
        says: 'still locates the event when the text names nothing else',
        title: 'US strikes Islamic State cell in Somalia',
        content: 'US Africa Command said it struck an Islamic State cell in hills about 70 km south-east of Bosaso on Monday.',
        expect: { places: ['Bosaso'] },
      },
      {
        says: 'stays the scene when it lies close by',
        title: 'Air strike kills seven in Myanmar village',
        content: 'A military jet bombed a village 5 km east of the town of Monywa on Monday, killing seven people, residents said.',
        expect: { places: ['Monywa'] },
      },
    ],
  },
  {
    class: 'wire datelines with an agency tag and no dash',
    cases: [
      {
        says: 'reads "City, Mon D (AGENCY) Text" as a dateline, not as the scene',
        title: 'Militants attack police post in Pakistan',
        content: 'Quetta, Mar 3 (PTI) Militants attacked a police post in Turbat district on Sunday night, killing two constables, officials said.',
        expect: { countries: ['PK'], notPlaces: ['Quetta'] },
      },
      {
        says: 'reads a bracketed country after the city as part of the dateline',
        title: 'Drone attack wounds six at Saudi airport',
        content: 'Jeddah [Saudi Arabia], May 4 (ANI): A drone launched from Yemen struck Abha airport, wounding six travellers, the coalition said.',
        expect: { countries: ['SA'], notPlaces: ['Jeddah'] },
      },
      {
        says: 'does not list the dateline when the text names a village the gazetteer lacks',
        title: 'Gunmen kill nine herders in Burkina Faso',
        content:
          'OUAGADOUGOU: Gunmen shot dead nine herders before dawn on Tuesday at their camp in the village of Bani, in Seno province, a local official said.',
        expect: { countries: ['BF'], notPlaces: ['Ouagadougou'] },
      },
    ],
  },
  {
    class: 'places that are not where anything hit',
    cases: [
      {
        says: 'leaves out the towns where sirens sounded',
        title: 'Rocket from Lebanon hits Kiryat Shmona',
        content: 'A rocket fired from Lebanon hit a house in Kiryat Shmona on Monday, lightly wounding two people, as sirens sounded in Metula and Safed.',
        expect: { countries: ['IL'], places: ['Kiryat Shmona'], notPlaces: ['Metula', 'Safed'] },
      },
      {
        says: 'keeps the towns under the sirens when nothing is said to have landed anywhere',
        title: 'Missile from Yemen intercepted over Israel',
        content: 'A missile launched from Yemen was intercepted early on Sunday, setting off sirens in Tel Aviv, the military said.',
        expect: { places: ['Tel Aviv'] },
      },
      {
        says: 'leaves out where someone travelled to: "a visit to the nearby province of X"',
        title: 'Bomb kills ranger in southern Thailand',
        content: 'A roadside bomb killed a ranger in Pattani on Friday. The blast came during a visit by the army chief to the nearby province of Songkhla.',
        expect: { places: ['Pattani'], notPlaces: ['Songkhla'] },
      },
      {
        says: 'reads "from the direction of" as the origin of a strike',
        title: 'Israeli missiles hit sites near Damascus',
        content:
          'Missiles launched from the direction of the occupied Syrian Golan in the north struck army positions near Damascus on Sunday night, the state news agency reported.',
        expect: { countries: ['SY'], notPlaces: ['Golan Heights'] },
      },
    ],
  },
  {
    class: 'a province the gazetteer lacks',
    cases: [
      {
        says: 'is not the city known by that short name',
        title: 'Rebels kill four militiamen in the Philippines',
        content: 'Communist rebels ambushed a patrol in Quezon province on Friday, killing four militiamen, the military said.',
        expect: { countries: ['PH'], notPlaceNames: ['Quezon City'] },
      },
    ],
  },
  {
    class: 'the country of an attack on a foreign force',
    cases: [
      {
        says: 'reads "US Base" in a Title Case headline as an attribute of the base, not the scene',
        title: 'Two Killed, Several Hurt In Rocket Strike On US Base In Syria',
        content: 'Two American contractors died and several troops were hurt when rockets hit the base on Tuesday night.',
        expect: { countries: ['SY'] },
      },
      {
        says: 'reads "U.S." before a noun as an attribute too',
        title: 'Drone hits outpost in eastern Syria',
        content: 'A drone struck the U.S. logistics hub in northeast Syria on Friday, wounding five U.S. service members, officials said.',
        expect: { countries: ['SY'] },
      },
      {
        says: 'leaves the home state of the victims’ units out of the scene',
        title: 'Guard confirms 20 soldiers hurt in drone strike',
        content:
          'Twenty National Guard soldiers were hurt in Saturday’s drone strike on an American outpost in eastern Syria. ' +
          'Two of the dead came from a signal unit in Georgia. The wounded are from units based in Ohio, Texas and Virginia.',
        expect: { countries: ['SY'] },
      },
    ],
  },
  {
    class: 'where the victims come from is not the scene',
    cases: [
      {
        says: 'reads ", 31, of Macon, Ga." after a name and age as the soldier’s home town',
        title: 'Army names two soldiers killed in Syria rocket attack',
        content:
          'The Army on Tuesday named the two soldiers killed when rockets struck their patrol base in eastern Syria. ' +
          'Sgt. Dana Whitfield, 31, of Macon, Ga., and Spc. Omar Reyes, 22, of Albany, Georgia, died at the scene.',
        expect: { countries: ['SY'], notPlaceNames: ['Macon'] },
      },
      {
        says: 'reads a name set off by a comma before "of" the same way',
        title: 'Sailor killed in drone strike on base in Iraq',
        content: 'A drone hit a base in western Iraq on Friday, killing a sailor. Petty Officer Lee Tran, of Dayton, Ohio, was 27.',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'does not let a state’s Guard in the headline or soldiers "from" states outvote the scene',
        title: 'Ohio National Guardsmen among wounded in drone attack on Syria outpost',
        content:
          'Some of the 30 Guard soldiers wounded in the drone attack on an outpost in eastern Syria on Sunday are soldiers from Ohio. ' +
          'The others wounded were from Texas, Utah and New Mexico, the Guard said.',
        expect: { countries: ['SY'] },
      },
      {
        says: 'still places an attack in the home town where it happened',
        title: 'Gunmen kidnap singer’s mother in Colombia',
        content: 'Gunmen seized the mother of a pop singer at her shop in her hometown of Fonseca, in Colombia’s La Guajira province, police said on Monday.',
        expect: { countries: ['CO'] },
      },
    ],
  },
  {
    class: 'a divided land',
    cases: [
      {
        says: 'bare "Kashmir" and "Indian Kashmir" are the Indian side, beside a mention of Pakistan',
        title: 'Militants kill four soldiers in Indian Kashmir',
        content:
          'Militants in Indian-administered Kashmir fired on an army truck on Wednesday, killing four soldiers, officials said. ' +
          'Kashmir is claimed in full by both India and Pakistan.',
        expect: { countries: ['IN'] },
      },
      {
        says: '"Pakistan-administered Kashmir" is the Pakistani side',
        title: 'Cross-border fire kills three villagers',
        content: 'Indian shelling killed three villagers in Pakistan-administered Kashmir on Thursday, local officials said.',
        expect: { countries: ['PK'] },
      },
      {
        says: 'a town of the holder’s country with the same name is no side: "Russian-held Donetsk" stays in Ukraine',
        title: 'Shelling hits bus stop in Russian-held Donetsk',
        content: 'Shelling hit a bus stop in Russian-controlled Donetsk in eastern Ukraine on Monday, killing six people.',
        expect: { countries: ['UA'] },
      },
    ],
  },
  {
    class: 'an attack at sea',
    cases: [
      {
        says: 'is in no country when only open sea, a distant port, the ship’s flag and the wire’s dateline are named',
        title: 'Missile strikes tanker in Gulf of Aden',
        content:
          'MUSCAT, Oman (AP) — Houthi rebels in Yemen hit a tanker flying Panama’s flag with a missile in the Gulf of Aden on Tuesday, ' +
          'some 90 nautical miles southeast of the port of Mukalla, according to the British military. Nobody aboard was hurt.',
        expect: { attack: true, countries: [] },
      },
      {
        says: 'is in the coastal country the text puts the ship off',
        title: 'Drone boat hits freighter off Yemen',
        content:
          'DUBAI, United Arab Emirates (AP) — An explosive drone boat hit a Malta-flagged freighter in the Red Sea off the port city of Mokha on Sunday, the British military said.',
        expect: { countries: ['YE'] },
      },
      {
        says: 'a port named after its sea is on land: the target’s country votes as usual',
        title: 'Drone hits Black Sea port',
        content: 'KYIV (Reuters) - A drone hit a Ukrainian Black Sea port overnight, injuring three dock workers, officials said.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'does not take the land of the wider war a shipping attack is set in for its scene',
        title: 'Houthis hit cargo ship off Hodeidah',
        content:
          'A missile struck a cargo ship off the port of Hodeidah on Monday, the latest in the rebels’ campaign over Israel’s war on Hamas in the Gaza Strip.',
        expect: { countries: ['YE'] },
      },
    ],
  },
  {
    class: 'a title’s place, a border and a wire’s bureau',
    cases: [
      {
        says: 'a country named only as the border the scene lies near is not the scene',
        title: 'Anti-tank missile hits army jeep near Lebanon frontier',
        content: 'HAIFA - An anti-tank missile struck an army jeep near the Lebanon frontier on Tuesday, wounding three soldiers, a military source said.',
        expect: { countries: ['IL'] },
      },
      {
        says: 'a regional bureau’s dateline yields to the soldiers’ country when the text names a province the gazetteer lacks',
        title: 'Nine soldiers killed in ambush',
        content:
          'Dakar – Nine Malian soldiers were killed on Sunday when jihadists ambushed their convoy near the Mauritanian border in Wagadou province, security sources said.',
        expect: { countries: ['ML'] },
      },
    ],
  },
  {
    class: 'German country adjectives',
    cases: [
      {
        says: 'name the country of an attack that names no place, in any declined form',
        title: 'Kanadische Polizei erschießt Angreifer nach Messerattacke',
        content:
          'Der Mann habe zwei Passanten mit einem Messer verletzt, sagte ein Sprecher bei einer Pressekonferenz. Die Verletzten seien in stabilem Zustand.',
        expect: { attack: true, countries: ['CA'] },
      },
    ],
  },
  {
    class: 'a dateline glued to the story by a colon is still a dateline',
    cases: [
      {
        says: 'does not take the capital of the country that condemns for the scene',
        title: 'India condemns bombing in Colombo',
        content: 'NEW DELHI:India on Friday condemned the car bombing that struck a market in Colombo, Sri Lanka, killing nine people.',
        expect: { countries: ['LK'], notPlaceNames: ['New Delhi'] },
      },
      {
        says: 'reads "PESHAWAR:Two policemen…" as the dateline of an attack there',
        title: 'Two policemen shot dead',
        content: 'PESHAWAR:Two policemen were shot dead by gunmen on motorcycles on Ring Road on Monday, police said.',
        expect: { countries: ['PK'] },
      },
      {
        says: 'does not read a sentence with a colon as a dateline',
        title: 'Blast hits market',
        content: 'Police said:Three people were hurt when a bomb went off in a market in Maiduguri on Sunday.',
        expect: { countries: ['NG'] },
      },
    ],
  },
  {
    class: 'the speaker’s capital and the victims’ home are not the scene',
    cases: [
      {
        says: 'reads "what New Delhi called" as the government speaking, though a bigger Delhi shares the name',
        title: 'India strikes targets in Pakistan',
        content: 'Indian jets struck what New Delhi called militant camps in Pakistan early on Wednesday, killing 14 people, Pakistani officials said.',
        expect: { countries: ['PK'] },
      },
      {
        says: 'reads "an aid worker from Denver, Colorado" as where the victim comes from',
        title: 'Foreign aid worker shot dead',
        content: 'An aid worker from Denver, Colorado, was shot dead by gunmen in Kandahar on Monday, officials said.',
        expect: { countries: ['AF'], notPlaceNames: ['Denver'] },
      },
      {
        says: 'still places an attack on villagers from a village there',
        title: 'Gunmen kill villagers',
        content: 'Gunmen killed nine villagers from Kadisau in Zamfara State on Sunday, residents said.',
        expect: { countries: ['NG'] },
      },
    ],
  },
  {
    class: 'a sentence opening with the word for "in" of another language',
    cases: [
      {
        says: 'reads "En Irak" as the place, not as a first name and a surname',
        title: 'Un drone s’écrase sur une base',
        content: 'En Irak, un drone chargé d’explosifs a frappé une base militaire mardi, selon l’armée. Les États-Unis accusent des milices pro-Iran.',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'reads "Im Jemen" and "Em Moçambique" the same way',
        title: 'Drohnenangriff auf Hafen',
        content: 'Im Jemen hat ein Drohnenangriff am Montag einen Hafen getroffen, zwei Menschen wurden getötet.',
        expect: { countries: ['YE'] },
      },
      {
        says: 'reads "Im Jemen" and "Em Moçambique" the same way',
        title: 'Ataque armado mata cinco',
        content: 'Em Moçambique, homens armados mataram cinco pessoas numa aldeia no domingo.',
        expect: { countries: ['MZ'] },
      },
      {
        says: 'still reads a capitalised first name before a country’s name as a person',
        title: 'Gunmen kill three in Mali',
        content: 'Gunmen killed three traders near Gao on Sunday, said local official Moussa Chad Traoré.',
        expect: { countries: ['ML'] },
      },
    ],
  },
  {
    class: 'news in Arabic script',
    cases: [
      // بالعراق: in Iraq; the war on Gaza is only background.
      {
        says: 'reads "in" joined to a country’s name as the scene, over a country named in passing',
        title: 'هجوم بطائرة مسيرة على قاعدة بالعراق',
        content: 'استهدف هجوم بطائرة مسيرة قوات متمركزة في قاعدة جوية بالعراق اليوم. وياتي الهجوم بعد اشهر من الهجمات بسبب الحرب على قطاع غزة.',
        expect: { countries: ['IQ'] },
      },
    ],
  },
  {
    class: 'a name in Devanagari with its i or u written long or short',
    cases: [
      // GeoNames writes "काबुल"; Hindi papers also write "काबूल".
      {
        says: 'finds the city however the vowel length is written',
        title: 'काबूल में आत्मघाती हमला, छह की मौत',
        content: 'काबूल के एक बाजार में मंगलवार को एक आत्मघाती हमलावर ने खुद को उड़ा लिया, जिसमें छह लोगों की मौत हो गई।',
        expect: { countries: ['AF'], placeNames: ['Kabul'] },
      },
    ],
  },
  {
    class: 'Turkish places its events in case endings',
    cases: [
      {
        says: 'reads a locative ending in the title as "in" that town',
        title: "Mardin'de askeri araca saldırı: 2 şehit",
        content: 'Saldırıda iki asker şehit oldu, üç asker yaralandı.',
        expect: { countries: ['TR'], placeNames: ['Mardin'] },
      },
      {
        says: 'does not take a capitalised district word after a town for a surname',
        title: 'Karakola saldırı',
        content: 'Teröristler dün akşam Cizre İlçesine bağlı bir köyde karakola saldırdı, 1 korucu şehit oldu.',
        expect: { countries: ['TR'], placeNames: ['Cizre'] },
      },
      {
        says: 'reads an ablative ending as where the fire came from',
        title: "Irak'tan atılan roketler Şırnak'a düştü",
        content: "Irak'tan atılan iki roket Silopi'de bir eve isabet etti, 3 kişi yaralandı.",
        expect: { countries: ['TR'] },
      },
    ],
  },
  {
    class: 'cross-border fire in other languages: where it landed, not where it came from',
    cases: [
      {
        says: 'reads the Russian "from the side of" a country as the origin',
        title: 'Обстрел со стороны Армении',
        content: 'Со стороны Армении был обстрелян пост в Тертере, ранены двое азербайджанских военнослужащих.',
        expect: { countries: ['AZ'] },
      },
      {
        says: 'reads a Russian country adjective after "по" (fire at) as the side that was hit',
        title: 'Ранены двое грузинских пограничников',
        content: 'Вооруженные силы соседней страны открыли огонь по грузинским позициям, ранены двое пограничников, сообщило ведомство.',
        expect: { countries: ['GE'] },
      },
      {
        says: 'reads the French "depuis" and the German "aus" as the origin',
        title: 'Tirs de roquettes',
        content: 'Trois roquettes tirées depuis la Syrie ont frappé Metula, blessant deux personnes.',
        expect: { countries: ['IL'] },
      },
      {
        says: 'reads the French "depuis" and the German "aus" as the origin',
        title: 'Raketenangriff',
        content: 'Zwei Raketen aus dem Libanon schlugen in Nahariya ein, drei Menschen wurden verletzt.',
        expect: { countries: ['IL'] },
      },
    ],
  },
  {
    class: 'islands named as the scene',
    cases: [
      {
        says: 'reads "X island" as the island, not a city abroad that has the name among its others',
        title: 'Rebels ambush patrol',
        content: 'Guerrillas killed four soldiers and wounded three in an ambush on northern Samar island on Friday, the army said.',
        expect: { countries: ['PH'] },
      },
      {
        says: 'finds an island named bare, over a village of that name elsewhere',
        title: 'Church bombing on Java',
        content: 'A bomb went off outside a church on Java on Sunday, wounding nine worshippers, police said.',
        expect: { countries: ['ID'], placeNames: ['Java'] },
      },
    ],
  },
  {
    class: 'small towns and spellings the wire uses',
    cases: [
      {
        says: 'reads the Arabic article inside a name as "al" or "el" alike',
        title: 'Strike hits tent camp',
        content: 'An air strike hit a tent camp in Deir al-Balah overnight, killing seven people, medics said.',
        expect: { countries: ['PS'] },
      },
      {
        says: 'finds the short forms the regional press writes',
        title: 'Blast in Mazar',
        content: 'A bomb went off at a mosque in Mazar on Friday, killing six worshippers.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'finds the short forms the regional press writes',
        title: 'Police post attacked',
        content: 'Militants attacked a police post in D.I. Khan late on Monday, killing two constables.',
        expect: { countries: ['PK'] },
      },
    ],
  },
  {
    class: 'a text that names no place',
    cases: [
      {
        says: 'is in the one country where the named group fights',
        title: 'Rebels overrun police post',
        content: 'Arakan Army fighters overran a police post on Tuesday, killing six officers, the junta said.',
        expect: { countries: ['MM'] },
      },
      {
        says: 'is in the one country where the named group fights',
        title: 'Camp shelled',
        content: 'RSF fighters shelled a camp for displaced people on Sunday, killing 14, medics said.',
        expect: { countries: ['SD'] },
      },
    ],
  },
  {
    class: 'the scene of cross-border fire',
    cases: [
      {
        says: 'is the land of the place hit, not that of the forces firing',
        title: 'Afghan forces fire on Pakistani border posts',
        content: 'Afghan forces opened fire on Pakistani border posts in the Chaman area on Friday, killing three soldiers, the army said.',
        expect: { hasCountries: ['PK'] },
      },
      {
        says: 'is the land of the place hit, not that of the forces firing',
        title: 'Azerbaijani shelling hits Armenian village',
        content: 'Azerbaijani forces shelled the Armenian village of Sotk on Monday, wounding two farmers, the defence ministry said.',
        expect: { hasCountries: ['AM'] },
      },
      {
        says: 'does not take the land of a post its army holds abroad',
        title: 'Drone strike hurts soldiers at outpost',
        content: 'A drone strike on an American outpost in eastern Syria wounded five soldiers on Saturday.',
        expect: { countries: ['SY'] },
      },
    ],
  },
  {
    class: "Arabic news of an armed group's attack",
    cases: [
      {
        says: 'finds El Fasher, which GeoNames names in no Arabic',
        title: 'مقتل 5 مدنيين في قصف مدفعي على الفاشر',
        content: 'قتل 5 مدنيين اليوم الأحد في قصف مدفعي استهدف سوقا في مدينة الفاشر.',
        expect: { countries: ['SD'] },
      },
    ],
  },
  {
    class: 'the Arabic article inside a place name',
    cases: [
      {
        says: 'is found written "al" or "el"',
        title: 'Strike hits tents in Deir al-Balah',
        content: 'An air strike hit tents in Deir al-Balah on Monday, killing four people.',
        expect: { countries: ['PS'] },
      },
    ],
  },
  {
    class: 'a name in Arabic script that towns of several countries share',
    cases: [
      // Tripoli: Libya's capital and Lebanon's second city.
      {
        says: 'is the town in the country the text names, not the bigger one abroad',
        title: 'انفجار في طرابلس',
        content: 'قتل شخصان وأصيب خمسة في انفجار عبوة ناسفة في طرابلس شمال لبنان مساء الأحد.',
        expect: { countries: ['LB'] },
      },
      {
        says: 'is the town in the country the text names, not the bigger one abroad',
        title: 'انفجار في طرابلس',
        content: 'قتل شخصان وأصيب خمسة في انفجار سيارة مفخخة في طرابلس غرب ليبيا مساء الأحد.',
        expect: { countries: ['LY'] },
      },
      {
        says: 'is the bigger town when the text names no country',
        title: 'انفجار في طرابلس',
        content: 'قتل شخصان في انفجار عبوة ناسفة في طرابلس مساء الأحد.',
        expect: { countries: ['LY'] },
      },
      {
        says: 'does not add a Gulf city to a Lebanese strike because a village name holds its name',
        title: 'غارة على جنوب لبنان',
        content: 'قتل ثلاثة أشخاص في غارة إسرائيلية على بلدة في قضاء بنت جبيل في جنوب لبنان صباح اليوم.',
        expect: { countries: ['LB'] },
      },
    ],
  },
  {
    class: 'a word that is a town abroad, unmarked as a name, beside the scene the text names',
    cases: [
      {
        says: 'stays the scene when the body names it with a capital',
        title: 'Blast In Kian Market',
        content: 'A bomb went off in a market in Kian on Monday, killing three people, police in Jiangxi said.',
        expect: { countries: ['CN'] },
      },
      {
        says: 'stays the scene across a border: a Title Case title names the town hit, the body only where the fire came from',
        title: 'Rockets Hit Haifa, Two Hurt',
        content: 'Two rockets fired from southern Lebanon struck a building on Sunday, wounding two people, police said.',
        expect: { countries: ['IL'] },
      },
      {
        says: 'stays the scene when the text puts the scene nowhere else',
        title: 'Gunmen Kill Five In Kandahar',
        content: 'Five people were killed on Friday when gunmen opened fire on a wedding party, officials said.',
        expect: { countries: ['AF'] },
      },
    ],
  },
  {
    class: 'a big city or a region spelt as another transliteration',
    cases: [
      {
        says: 'is found where the text puts the attack',
        title: 'Drone strike in Shabwa',
        content: 'A drone strike killed three suspected militants in Shabwa province on Sunday, local officials said.',
        expect: { countries: ['YE'], placeNames: ['Shabwah'] },
      },
      {
        says: 'is found where the text puts the attack',
        title: 'Blast in Marsa Matrouh',
        content: 'A bomb exploded near a checkpoint in Marsa Matrouh on Monday, wounding four policemen.',
        expect: { countries: ['EG'] },
      },
      // "Piter" is a name of Saint Petersburg; "Peter" spelt so is a man.
      {
        says: 'is not read into a capitalised word the text does not put anywhere',
        title: 'Gunmen attack checkpoint',
        content: 'Gunmen attacked a checkpoint near Maiduguri, killing two soldiers, a witness, Peter, said.',
        expect: { countries: ['NG'] },
      },
      // A territory of Ituri whose name folds to a Beninese town's (Djougou) by its spelling skeleton.
      {
        says: 'is no town abroad when the name is a local place the gazetteer lacks, far from the scene the text names',
        title: 'Militia attack on camp kills 12',
        content:
          'At least 12 people were killed when militiamen attacked a displacement camp in Djugu territory, Ituri province, on Tuesday night, local officials said.',
        expect: { countries: ['CD'] },
      },
    ],
  },
  {
    class: 'a Turkish name with a case ending joined is a place, not an adjective',
    cases: [
      {
        says: 'reads the dative and the genitive as the name of the struck country',
        title: "Lübnan'a İHA saldırısı: 2 ölü",
        content: 'Saldırıda kişiler hayatını kaybetti.',
        expect: { countries: ['LB'] },
      },
      {
        says: 'reads the dative and the genitive as the name of the struck country',
        title: "İsrail'den Lübnan'a saldırı: 4 ölü",
        content: 'Saldırıda kişiler hayatını kaybetti.',
        expect: { countries: ['LB'] },
      },
      {
        says: 'reads the dative and the genitive as the name of the struck country',
        title: "Lübnan'ın güneyinde İHA saldırısı: 3 ölü",
        content: 'Saldırıda kişiler hayatını kaybetti.',
        expect: { countries: ['LB'] },
      },
    ],
  },
  {
    class: "a country's name set off as the title's label is the scene",
    cases: [
      {
        says: 'Somalia: Roadside bomb kills five soldiers',
        title: 'Somalia: Roadside bomb kills five soldiers',
        content: 'The device went off as a convoy passed on Tuesday, an officer said.',
        expect: { countries: ['SO'] },
      },
      {
        says: 'Nigeria: Gunmen kill nine at a village market',
        title: 'Nigeria: Gunmen kill nine at a village market',
        content: 'The attackers arrived on motorcycles late on Sunday, residents said.',
        expect: { countries: ['NG'] },
      },
      {
        says: 'South Sudan: Raiders kill 14 cattle keepers',
        title: 'South Sudan: Raiders kill 14 cattle keepers',
        content: 'Armed youths attacked a cattle camp at dawn, a county official said.',
        expect: { countries: ['SS'] },
      },
      {
        says: "keeps a city's name before the colon as a bureau, not the scene",
        title: 'BANGKOK: Air strike kills 12 in Sagaing village',
        content: 'Junta jets bombed a monastery in Sagaing Region on Friday, a rescue group said.',
        expect: { countries: ['MM'] },
      },
    ],
  },
  {
    class: 'an Arabic function word that is a town abroad, in a report naming only other countries',
    cases: [
      {
        says: 'is no place: "for the first time" is not Laval, "they two were" not Vantaa',
        title: 'استهداف قاعدة عراقية بطائرتين مسيرتين لأول مرة منذ أشهر',
        content:
          'قال مصدران عسكريان إن طائرتين مسيرتين مفخختين استهدفتا القاعدة في غرب العراق أمس. وأسقطت الدفاعات الجوية العراقية الطائرتين بعدما كانتا قرب القاعدة، دون وقوع إصابات.',
        expect: { attack: true, countries: ['IQ'] },
      },
    ],
  },
  {
    class: "a country's name before the means in a Title Case title sends them; the scene is elsewhere",
    cases: [
      {
        says: 'a US drone strike in Somalia',
        title: 'At Least 30 Killed In US Drone Strike',
        content: 'At least 30 people died when a drone fired on a compound in Somalia, officials said.',
        expect: { countries: ['SO'] },
      },
      {
        says: 'a Turkey air raid in Iraq',
        title: 'Four Killed In Turkey Air Raid',
        content: 'Jets hit a village in northern Iraq on Friday, killing four people, local officials said.',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'a Russia missile strike in Ukraine',
        title: 'Nine Hurt In Russia Missile Strike',
        content: 'A missile hit a school in Ukraine on Sunday, wounding nine people, the mayor said.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'keeps a country named before other words of a Title Case title, and a sentence-case title, as the scene',
        title: 'Five Killed In Pakistan Blast',
        content: 'A bomb went off at a market on Monday, the police said.',
        expect: { countries: ['PK'] },
      },
      {
        says: 'keeps a country named before other words of a Title Case title, and a sentence-case title, as the scene',
        title: 'Gunmen In Nigeria Abduct 20 Villagers',
        content: 'The attackers came on motorcycles at night, residents said.',
        expect: { countries: ['NG'] },
      },
      {
        says: 'keeps a country named before other words of a Title Case title, and a sentence-case title, as the scene',
        title: 'Five killed in Pakistan',
        content: 'A drone strike hit a house on Monday, the police said.',
        expect: { countries: ['PK'] },
      },
    ],
  },
  {
    class: 'a sentence saying where the attack took place puts it at sea',
    cases: [
      {
        says: '"the attack took place" off a strait',
        title: 'Drone hits cargo ship: British officials',
        content:
          'A bulk carrier caught fire after an explosive drone hit it on Sunday; nobody was hurt. The attack took place about 70 nautical miles south of the Strait of Hormuz.',
        expect: { countries: [] },
      },
      {
        says: '"the strike happened" off a strait',
        title: 'Drone hits cargo ship: British officials',
        content:
          'A bulk carrier caught fire after an explosive drone hit it on Sunday; nobody was hurt. The strike happened roughly 40 miles west of the Bab al-Mandab Strait, officials said.',
        expect: { countries: [] },
      },
      {
        says: 'keeps a port or a coast named where the attack took place',
        title: 'Drone hits cargo ship: British officials',
        content:
          'A bulk carrier caught fire after an explosive drone hit it on Sunday; nobody was hurt. The attack took place in the port of Mokpo in South Korea.',
        expect: { countries: ['KR'] },
      },
    ],
  },
  {
    class: "a region named by its capital's adjective in Ukrainian and Russian, in any case",
    cases: [
      {
        says: 'Ukrainian "зьк" from a name in -жжя, with the oblast word: the oblast, in Ukraine, not the attackers\' country',
        title: 'Росіяни атакували дронами Запорізьку область',
        content: 'Росіяни атакували дронами Запорізьку область вночі, загинув чоловік. Ще двоє людей поранені в Запорізькій області.',
        expect: { countries: ['UA'], placeNames: ['Zaporizhzhia Oblast'] },
      },
      {
        says: 'Ukrainian "-цьк-" from a name in -ця',
        title: 'Удар по Вінницькій області',
        content: 'Окупанти вдарили ракетою по Вінницькій області, пошкоджено підприємство, поранено двох людей.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'a district named with "-ан-" after a town in -а',
        title: 'Дрони атакували Бучанський район',
        content: 'Уночі російські дрони атакували Бучанський район, поранено трьох людей, горіли приватні будинки.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'Russian: the adjective of Nikolaev is Mykolaiv, not the small Russian town its stem spells',
        title: 'Удар по Николаевской области',
        content: 'Российские войска нанесли ракетный удар по Николаевской области, погибли два человека.',
        expect: { countries: ['UA'] },
      },
      {
        says: "a name whose с merges with the adjective's: Odesa",
        title: 'Атака дронів на Одеську область',
        content: 'Ворог атакував ударними дронами Одеську область, пошкоджено портову інфраструктуру, поранено водія.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'guard: a town of its own in the nominative stays the town ("Херсоні" is Kherson)',
        title: 'Обстріл Херсона',
        content: 'Російські війська обстріляли Херсон з артилерії, у Херсоні поранено жінку.',
        expect: { countries: ['UA'], placeNames: ['Kherson'], notPlaceNames: ['Kherson Oblast'] },
      },
    ],
  },
  {
    class: "Arabic script: a country's adjective, a capital in apposition and a news agency",
    cases: [
      {
        says: 'the capital after "the capital" is the scene though an agency named for another country reports it',
        title: 'اختطاف مهندسين في صنعاء',
        content: 'خطف مسلحون مجهولون مهندسين اثنين مساء الاثنين في العاصمة صنعاء، وقال مصدر أمني لوكالة فرانس برس إن الخاطفين فروا إلى جهة مجهولة.',
        expect: { countries: ['YE'], notCountries: ['FR'] },
      },
      {
        says: "the country's adjective supports its capital against the victims' nationalities",
        title: 'اختطاف صحفي ألماني في كابول',
        content: 'اختطف مسلحون صحفيا ألمانيا وآخر بريطانيا من فندق في العاصمة الأفغانية كابول ليل السبت.',
        expect: { countries: ['AF'], notCountries: ['DE', 'GB'] },
      },
      {
        says: "soldiers named by their country's adjective in the dual place an attack the text places nowhere else",
        title: 'هجوم بطائرة مسيرة',
        content: 'قتل جنديان عراقيان وأصيب ثلاثة آخرون في هجوم بطائرة مسيرة على موقع عسكري قرب الحدود.',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'French: the agency named after its word is a source, not the scene',
        title: 'Enlèvement de deux humanitaires près de Ménaka',
        content: "Des hommes armés ont enlevé deux humanitaires mardi près de Ménaka, a indiqué une source sécuritaire à l'agence France-Presse.",
        expect: { notCountries: ['FR'] },
      },
    ],
  },
  {
    class: 'a dateline with its year',
    cases: [
      {
        says: 'a bureau dated with day and year is no scene ("WASHINGTON, Sept. 14, 2007 –")',
        title: 'Bomb kills two Marines',
        content: 'WASHINGTON, Sept. 14, 2007 – Two Marines died after an explosive device hit their convoy outside Baqubah, the Pentagon announced.',
        expect: { countries: ['IQ'], notPlaceNames: ['Washington'] },
      },
      {
        says: "guard: a dateline in the attack's own country, dated with its year, still places it when nothing else does",
        title: 'Car bomb kills six at a market',
        content: 'KIRKUK, Iraq, March 3, 2007 – A car bomb killed six shoppers at a crowded market on Saturday, police said.',
        expect: { countries: ['IQ'] },
      },
    ],
  },
  {
    class: 'everyday words of Turkish and Indonesian that open a sentence and name a town abroad',
    cases: [
      {
        says: 'Turkish "Karakola" (to the post) is no town in Kyrgyzstan',
        title: 'Karakola roketli saldırı',
        content: 'Karakola gece saatlerinde teröristler roketli saldırı düzenledi, iki asker şehit oldu.',
        expect: { notCountries: ['KG'], notPlaceNames: ['Karakol'] },
      },
      {
        says: 'Indonesian "Ada" (there was) is no town in the United States',
        title: 'KKB serang pekerja jalan di Maybrat',
        content: 'Ada serangan kelompok bersenjata terhadap pekerja jalan di Kabupaten Maybrat, Papua Barat, pada Kamis pagi, satu pekerja tewas.',
        expect: { countries: ['ID'], notCountries: ['US'] },
      },
    ],
  },
  {
    class: 'news in Greek, Georgian, Gujarati and Thai names its places in its own script',
    cases: [
      {
        says: 'Greek: a city and its country in the genitive',
        title: 'Έκρηξη σε αγορά της Καμπούλ',
        content: 'Τρεις άνθρωποι σκοτώθηκαν από έκρηξη βόμβας σε αγορά στην Καμπούλ του Αφγανιστάν το πρωί της Τρίτης.',
        expect: { attack: true, countries: ['AF'] },
      },
      {
        says: 'Greek: the country alone, in the genitive',
        title: 'Επίθεση με drone στο νότο της Ουκρανίας',
        content: 'Δύο πολίτες τραυματίστηκαν από επίθεση με drone σε χωριό του νότου της Ουκρανίας, ανέφεραν οι αρχές.',
        expect: { attack: true, countries: ['UA'] },
      },
      {
        says: 'Georgian: the country in the genitive (-ის) before a town the gazetteer lacks',
        title: 'დრონის შეტევა სასაზღვრო სოფელზე',
        content: 'რუსეთის სასაზღვრო სოფელში სახლს დრონი მოხვდა; შეტევისას ერთი ადამიანი დაიღუპა და სამი დაიჭრა.',
        expect: { countries: ['RU'] },
      },
      {
        says: 'Georgian: a city with the ending for "in" (-ში), its -ი dropped',
        title: 'აფეთქება ქაბულში',
        content: 'ქაბულში, ბაზართან, ბომბის აფეთქებას ოთხი ადამიანი ემსხვერპლა.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'Georgian: "at home" (-ში on an everyday word) is no place',
        title: 'ქაბულში ბომბის აფეთქება',
        content: 'ბომბის აფეთქებისას ქაბულში ორი ადამიანი დაიღუპა; ერთი მათგანი სახლში იმყოფებოდა.',
        expect: { countries: ['AF'], placeNames: ['Kabul'] },
      },
      {
        says: 'Gujarati: the country with the ending for "of" (-ના) and a province with the ending for "in" (-માં)',
        title: 'પોલીસ ચોકી પર ડ્રોન હુમલો',
        content: 'આતંકવાદીઓએ ડ્રોન વડે પોલીસ ચોકી પર હુમલો કર્યો; ચોકી પાકિસ્તાનના ઉત્તરમાં ખૈબર પખ્તુનખ્વામાં છે.',
        expect: { attack: true, countries: ['PK'] },
      },
      {
        says: 'Thai: a province of the Deep South after its abbreviation (จ.)',
        title: 'คนร้ายลอบวางระเบิดรถทหาร',
        content: 'คนร้ายลอบวางระเบิดรถทหารพรานริมถนน อ.ระแงะ จ.นราธิวาส ทำให้ทหารได้รับบาดเจ็บ 3 นาย',
        expect: { attack: true, countries: ['TH'], placeNames: ['Narathiwat'] },
      },
      {
        says: 'Thai: a town named bare after the verb',
        title: 'ระเบิดริมทางที่ยะลา',
        content: 'คนร้ายจุดชนวนระเบิดริมทางที่ยะลา ทำให้ตำรวจได้รับบาดเจ็บ 2 นาย',
        expect: { attack: true, countries: ['TH'] },
      },
    ],
  },
  {
    class: 'round 20: a district seat GeoNames gives no population, and the homonym it places',
    cases: [
      {
        says: 'a Thai district seat puts the province named in the title in Thailand, not Nigeria or Kenya',
        title: 'Ranger hurt in Yala bomb',
        content: 'A roadside bomb wounded a ranger in Raman district on Friday as his unit patrolled a rubber plantation.',
        expect: { countries: ['TH'], placeNames: ['Yala', 'Raman'] },
      },
      {
        says: 'an Indian district seat named bare is the scene',
        title: 'Sukma: two jawans hurt in IED blast',
        content: 'Two CRPF jawans were injured when Maoists set off a pressure bomb during a search operation in Sukma on Sunday morning, police said.',
        expect: { countries: ['IN'], placeNames: ['Sukma'] },
      },
      {
        says: 'look-alike: the seat’s name as a person’s name is no place',
        title: 'Gunmen shoot shopkeeper in Ludhiana',
        content: 'Gunmen shot dead a shopkeeper in Ludhiana on Monday, police officer Raman Kumar said.',
        expect: { countries: ['IN'], notPlaceNames: ['Raman'] },
      },
    ],
  },
  {
    class: 'round 20: a short name read by its skeleton as a town abroad, beside the scene the body names',
    cases: [
      {
        says: '"Vegas" in the title is no Vigo, Spain, when the body says Las Vegas',
        title: 'Three hurt in shooting at Vegas casino',
        content: 'Three people were wounded when a man opened fire at a casino in Las Vegas on Saturday, police said.',
        expect: { countries: ['US'], notPlaceNames: ['Vigo'] },
      },
      {
        says: 'look-alike: Vigo written as itself stays the scene',
        title: 'Knife attack in Vigo',
        content: 'A man stabbed two people in Vigo on Saturday before police arrested him.',
        expect: { countries: ['ES'] },
      },
    ],
  },
  {
    class: 'round 20: Swahili puts the event after a noun in the locative, and the group’s seat is not the scene',
    cases: [
      {
        says: '"nchini Kenya" is the scene; "karibu na mpaka na Somalia" a border; "makao yake nchini Somalia" the group’s seat',
        title: 'Askari watatu wauawa',
        content:
          'Askari watatu wa polisi nchini Kenya wameuawa katika shambulio la bomu lililotegwa barabarani karibu na mpaka na Somalia. Polisi walilaumu kundi la al-Shabab lenye makao yake nchini Somalia.',
        expect: { countries: ['KE'] },
      },
      {
        says: 'look-alike: a blast in the town and country it names',
        title: 'Watu kumi wauawa Mogadishu',
        content: 'Watu kumi wameuawa katika shambulio la bomu mjini Mogadishu nchini Somalia siku ya Jumatatu.',
        expect: { countries: ['SO'], placeNames: ['Mogadishu'] },
      },
    ],
  },
  {
    class: 'round 20: Arabic "من" (from) before the launch site, and a country before an Arabic word',
    cases: [
      {
        says: 'rockets "from southern Lebanon" hit a house in northern Israel: Israel alone',
        title: 'صواريخ تصيب منزلا شمالي إسرائيل',
        content: 'أصاب صاروخ منزلا في مستوطنة شمالي إسرائيل، الجمعة، جراء إطلاق صواريخ من جنوبي لبنان، دون وقوع إصابات.',
        expect: { countries: ['IL'] },
      },
      {
        says: 'look-alike: "بالقرب من" (near) locates the strike by the town',
        title: 'غارة تقتل شخصين في جنوب لبنان',
        content: 'قتل شخصان في غارة استهدفت سيارة بالقرب من مدينة صور في جنوب لبنان مساء الأحد.',
        expect: { countries: ['LB'], placeNames: ['Tyre'] },
      },
    ],
  },
  {
    class: 'round 20: a region named for its side, as French and Spanish write it',
    cases: [
      {
        says: 'French "au Nord-Kivu" is North Kivu',
        title: 'Attaque au Nord-Kivu',
        content: 'Des rebelles ont tué six civils dans un village au Nord-Kivu dans la nuit de samedi, selon la société civile.',
        expect: { countries: ['CD'], placeNames: ['North Kivu'] },
      },
      {
        says: 'Spanish "Darfur del Norte" is North Darfur',
        title: 'Ataque con drones en Darfur del Norte',
        content: 'Un ataque con drones mató a diez personas en un mercado de Darfur del Norte el domingo, según médicos locales.',
        expect: { countries: ['SD'], placeNames: ['Northern Darfur'] },
      },
    ],
  },
  {
    class: 'round 21: a country named only as the border, the strike’s origin or an attribute is not the scene',
    cases: [
      {
        says: '"in Kashmir … the de facto border with Pakistan" is Indian Kashmir',
        title: 'Two villagers shot dead in Kashmir',
        content: 'Gunmen shot dead two villagers in Kashmir near the Line of Control, the de facto border with Pakistan, police said on Sunday.',
        expect: { countries: ['IN'], placeNames: ['Jammu and Kashmir'] },
      },
      {
        says: 'look-alike: "Pakistan-administered Kashmir near the border with India" is Pakistan’s',
        title: 'Shelling kills two in Kashmir',
        content: 'Indian shelling killed two civilians in Pakistan-administered Kashmir near the border with India on Monday, officials said.',
        expect: { countries: ['PK'] },
      },
      {
        says: 'a drone strike "launched from Turkey" on a Syrian group’s commander, told by a "UK-based" monitor, is in Syria',
        title: 'Kurdish commander killed in drone strike',
        content:
          'A commander of the Syrian Democratic Forces was killed on Sunday in a drone strike launched from Turkey, according to the Syrian Observatory for Human Rights, which works from Britain.',
        expect: { countries: ['SY'] },
      },
    ],
  },
  {
    class: 'round 21: a town of the text’s scene written without capitals, beside the forces of its neighbour',
    cases: [
      {
        says: 'Hebrew "באזור שכם" (near Nablus) beside the Israeli army is in the Palestinian territories',
        title: 'חייל נפצע בפיגוע ירי',
        content: 'מחבל ירה לעבר רכב צבאי באזור שכם ופצע חייל צה"ל, כוחות צה"ל פתחו במרדף.',
        expect: { countries: ['PS'], placeNames: ['Nablus'] },
      },
      {
        says: 'Hebrew "רצועת עזה" (the Gaza Strip), which GeoNames names in no Hebrew, beside the Israeli army',
        title: 'קצין נפצע מירי מחבלים',
        content: 'קצין נפצע קשה אחרי שמחבלים פתחו באש על כוח צה"ל בצפון רצועת עזה.',
        expect: { countries: ['PS'], placeNames: ['Gaza Strip'] },
      },
      {
        says: 'Urdu: a town GeoNames names in no Urdu, and "چیک پوسٹ" (check post) no Czechia',
        title: 'ڈیرہ اسماعیل خان میں پولیس چیک پوسٹ پر حملہ',
        content: 'ڈیرہ اسماعیل خان میں نامعلوم دہشتگردوں نے پولیس چیک پوسٹ پر فائرنگ کی جس سے دو اہلکار شہید ہو گئے۔',
        expect: { countries: ['PK'], placeNames: ['Dera Ismail Khan'] },
      },
      {
        says: 'look-alike: Czechia named in Urdu by its long name stays Czechia',
        title: 'پراگ میں فائرنگ، تین افراد ہلاک',
        content: 'چیک جمہوریہ کے دارالحکومت پراگ میں ایک یونیورسٹی میں فائرنگ سے تین افراد ہلاک ہو گئے۔',
        expect: { countries: ['CZ'] },
      },
      {
        says: 'Persian "آمریکا" (America), the short name, is the United States',
        title: 'تیراندازی در آمریکا',
        content: 'یک مرد مسلح در یک فروشگاه در آمریکا به روی مردم آتش گشود و دو نفر را کشت.',
        expect: { countries: ['US'] },
      },
    ],
  },
  {
    class: 'round 21: everyday words of other languages that are towns abroad',
    cases: [
      {
        says: 'Italian "all’alba" (at dawn) is no Alba County, Romania',
        title: 'Ordigno esplode davanti alla caserma',
        content: 'Un ordigno è esploso all’alba di martedì davanti alla caserma dei carabinieri di Bari, senza ferire nessuno.',
        expect: { countries: ['IT'], notPlaceNames: ['Alba County', 'Alba'] },
      },
      {
        says: 'look-alike: "nell’Iraq settentrionale" is the scene, the side written after the name',
        title: 'Attentato contro una pattuglia',
        content: 'Un ordigno è esploso al passaggio di una pattuglia nell’Iraq settentrionale, uccidendo tre soldati.',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'Indonesian "Tewas Lagi" (killed again) in a Title Case title is no La Gi, Vietnam',
        title: 'Pria Bersenjata Tembak Mati Dua Polisi Lagi',
        content: 'Kelompok bersenjata menembak mati dua polisi di Kabupaten Puncak, Papua, pada Minggu malam.',
        expect: { countries: ['ID'], notPlaceNames: ['La Gi'] },
      },
      {
        says: 'look-alike: La Gi written as a town with its country stays the scene',
        title: 'Bomb blast in La Gi kills two',
        content: 'A bomb exploded at a market in La Gi, Vietnam, on Monday, killing two people.',
        expect: { countries: ['VN'], placeNames: ['La Gi'] },
      },
    ],
  },
  {
    class: 'round 23: place names in Chinese, Japanese, Korean and Hebrew, found in text written without spaces',
    cases: [
      {
        says: 'a Chinese report of a drone strike on a Ukrainian city named in simplified characters',
        title: '无人机袭击哈尔科夫 三人死亡',
        content: '俄军周二夜间用无人机袭击了哈尔科夫市，造成三人死亡，多栋住宅受损。',
        expect: { attack: true, countries: ['UA'], placeNames: ['Kharkiv'] },
      },
      {
        says: 'a Chinese report names Gaza in two characters and the strip as "加沙地带"',
        title: '以军空袭加沙 造成9人死亡',
        content: '以色列军队周三凌晨空袭加沙地带南部，造成至少9人死亡。',
        expect: { attack: true, countries: ['PS'], notCountries: ['IL'] },
      },
      {
        says: 'a Japanese report of shelling in Gaza, with Khan Younis in katakana',
        title: 'ガザで砲撃、5人死亡',
        content: 'イスラエル軍は火曜日、ガザ地区南部のハンユニスを砲撃し、5人が死亡した。',
        expect: { attack: true, countries: ['PS'], placeNames: ['Khān Yūnis'] },
      },
      {
        says: 'a Korean report of a missile strike in Kharkiv, with the Russian army as subject',
        title: '러시아군, 하르키우에 미사일 공격',
        content: '러시아군이 목요일 새벽 하르키우 도심에 미사일 공격을 가해 2명이 숨지고 10명이 다쳤다.',
        expect: { attack: true, countries: ['UA'], placeNames: ['Kharkiv'] },
      },
      {
        says: 'a Hebrew report of a rocket that fell on Sderot, fired from the Gaza Strip',
        title: 'רקטה נפלה בשדרות',
        content: 'רקטה ששוגרה מרצועת עזה נפלה הבוקר בשדרות, שני אנשים נפצעו קל.',
        expect: { attack: true, countries: ['IL'], placeNames: ['Sderot'] },
      },
      {
        says: 'a Hebrew country name from CLDR: an Israeli strike in Lebanon',
        title: 'תקיפה בלבנון',
        content: 'צה"ל תקף הלילה מטרות בדרום לבנון, שלושה בני אדם נהרגו.',
        expect: { placeNames: ['Lebanon'] },
      },
      {
        says: 'a Chinese name the word cutter splits differently in the text than alone (Zaporizhzhia)',
        title: '无人机袭击扎波罗热',
        content: '周四凌晨，一架无人机袭击了扎波罗热的一座住宅楼，两人受伤。',
        expect: { attack: true, countries: ['UA'], placeNames: ['Zaporizhzhya'] },
      },
      {
        says: 'a Chinese name whose last letter the word cutter joined to the side after it ("班加西南部": "班", "加", "西南部")',
        title: '检查站遇袭 两名士兵死亡',
        content: '武装分子周五袭击了班加西南部的一处检查站，两名士兵死亡。',
        expect: { attack: true, countries: ['LY'], placeNames: ['Benghazi'] },
      },
    ],
  },
  {
    class: 'round 23: Swahili and Hausa name the country in their own words',
    cases: [
      {
        says: 'Swahili "Msumbiji" is Mozambique, and the neighbour named near it is a reference',
        title: 'Wanamgambo washambulia kijiji kaskazini mwa Msumbiji',
        content: 'Wanamgambo walivamia kijiji kimoja kaskazini mwa Msumbiji, karibu na mpaka wa Tanzania, na kuua watu saba siku ya Jumamosi.',
        expect: { countries: ['MZ'] },
      },
      {
        says: 'Hausa "Kamaru" is Cameroon, and "Haka" (thus) opening a sentence is no Hakha, Myanmar',
        title: "'Yan bindiga sun kai hari a arewacin Kamaru",
        content: "'Yan bindiga sun kai hari a wani kauye a arewacin Kamaru ranar Talata, sun kashe mutane 3. Haka kuma sun kona gidaje da dama a kauyen.",
        expect: { countries: ['CM'], notPlaceNames: ['Hakha'] },
      },
      {
        says: 'Hausa "Kafin" (before) opening a sentence is no Kapan, Armenia',
        title: "'Yan bindiga sun kai hari a jihar Zamfara",
        content: "'Yan bindiga sun kai hari a jihar Zamfara. Kafin wannan harin, sun sace mutane a wani gari na kusa.",
        expect: { countries: ['NG'], notPlaceNames: ['Kapan'] },
      },
      {
        says: 'look-alike: a Hausa report naming Cameroon only as the border keeps the scene in Nigeria',
        title: "'Yan bindiga sun kai hari a Borno",
        content: "'Yan bindiga sun kai hari a wani gari a jihar Borno kusa da kan iyaka da Kamaru, sun kashe mutane 4.",
        expect: { countries: ['NG'] },
      },
    ],
  },
  {
    class: 'round 23: a short Han or katakana name inside a longer word, or an everyday word, is no place',
    cases: [
      {
        says: '"海法" (Haifa) across two words, "上海" (Shanghai) and "法院" (court), is no place',
        title: '上海法院审理一起爆炸案',
        content: '上海法院周二审理一起爆炸案，被告当庭认罪。',
        expect: { notPlaceNames: ['Haifa'], notCountries: ['IL'] },
      },
      {
        says: '"多哈" (Doha) across "很多" (many) and "哈密瓜" (Hami melons) is no place',
        title: '新疆瓜农丰收',
        content: '今年新疆很多哈密瓜丰收，价格下降。',
        expect: { notPlaceNames: ['Doha'], notCountries: ['QA'] },
      },
      {
        says: '"ゴム" (rubber) is not Qom in Iran',
        title: '工場で火災',
        content: 'ゴム工場で火災が発生し、2人がけがをした。',
        expect: { notPlaceNames: ['Qom'] },
      },
      {
        says: '"新港" (a new port) is not Porto-Novo in Benin',
        title: '新港建设',
        content: '新港码头今年将扩建，预计明年投入使用。',
        expect: { notPlaceNames: ['Porto-Novo'] },
      },
      {
        says: 'Korean "저지" (stopping) is not Jersey',
        title: '경찰, 시위대 진입 저지',
        content: '경찰이 시위대의 청사 진입을 저지했다.',
        expect: { notPlaceNames: ['Jersey'] },
      },
      {
        says: 'Hebrew "הודו" (they admitted) is not India',
        title: 'החשודים הודו',
        content: 'החשודים הודו בחקירה כי תכננו את הפריצה.',
        expect: { notPlaceNames: ['India'] },
      },
    ],
  },
  {
    class: 'round 23: water written first, then its name',
    cases: [
      {
        says: 'Arabic "خليج عدن" (the Gulf of Aden) is water, not the city of Aden',
        title: 'صاروخ يسقط قرب سفينة تجارية',
        content: 'أطلق الحوثيون صاروخا على سفينة تجارية في خليج عدن يوم الأربعاء، دون أن يسفر عن إصابات.',
        expect: { notPlaceNames: ['Aden'] },
      },
      {
        says: 'look-alike: "في عدن" (in Aden) is the city',
        title: 'انفجار عبوة ناسفة في عدن',
        content: 'انفجرت عبوة ناسفة في عدن يوم الأربعاء استهدفت دورية أمنية، ما أدى إلى مقتل جنديين.',
        expect: { countries: ['YE'], placeNames: ['Aden'] },
      },
    ],
  },
  {
    class: "Iraq's governorates by their Arabic names",
    cases: [
      {
        says: 'an attack placed only "in Diyala" (ديالى) is in Iraq, in that governorate',
        title: 'هجوم على ثكنة عسكرية في ديالى',
        content: 'قتل خمسة جنود عراقيين الليلة الماضية في هجوم شنه مسلحون على ثكنة عسكرية في ديالى.',
        expect: { attack: true, countries: ['IQ'], placeNames: ['Diyala'] },
      },
      {
        says: 'Nineveh (نينوى) and Salah ad Din (صلاح الدين) too',
        title: 'عبوتان ناسفتان في نينوى وصلاح الدين',
        content: 'انفجرت عبوتان ناسفتان على طريقين في نينوى وصلاح الدين صباح اليوم، ما أدى إلى إصابة ثلاثة من عناصر الشرطة.',
        expect: { attack: true, countries: ['IQ'], placeNames: ['Nineveh', 'Salah ad Din'] },
      },
    ],
  },
  {
    class: 'round 25: an everyday word of a language without capitals is no town abroad',
    cases: [
      {
        says: 'Ukrainian "Вони" (they), cut to "Вон" as a declined name would be, is not Vaughan in Canada',
        title: 'Російський дрон поранив двох жінок',
        content: 'Вони були на подвір’ї, коли дрон скинув вибухівку, повідомила військова адміністрація.',
        expect: { attack: true, notCountries: ['CA'], notPlaceNames: ['Vaughan'] },
      },
      {
        says: 'Persian "دوشنبه" (Monday), a weekday of the language, is not Dushanbe',
        title: 'پیکارجویان به پاسگاه پلیس حمله کردند',
        content: 'روز دوشنبه افراد مسلح به یک پاسگاه پلیس حمله کردند و دو مامور را کشتند.',
        expect: { attack: true, notCountries: ['TJ'] },
      },
      {
        says: 'Hebrew "פונה" (was taken, to hospital) is not Pune: a short Hebrew name of a town far from the news',
        title: 'פיגוע דקירה',
        content: 'מחבל דקר אדם בתחנת אוטובוס. הפצוע פונה לבית החולים במצב בינוני.',
        expect: { attack: true, notCountries: ['IN'] },
      },
      {
        says: 'Hebrew "מכה" (a blow) is not Mecca',
        title: 'תקיפה: מכה קשה לחמאס',
        content: 'מטוסי חיל האוויר תקפו בלילה מחסן נשק ברצועת עזה והרגו שלושה מחבלים. בצבא אמרו כי זו מכה קשה לארגון.',
        expect: { notPlaceNames: ['Mecca'] },
      },
      {
        says: 'Arabic "جديدة" (new) is not El Jadida in Morocco',
        title: 'قتيلان في غارة على سيارة',
        content: 'قتل شخصان الثلاثاء في غارة جوية جديدة استهدفت سيارة قرب الحدود.',
        expect: { attack: true, notCountries: ['MA'] },
      },
      {
        says: 'look-alike: a short Hebrew name of a town the news reports from is still that town (Tehran)',
        title: 'פיצוץ בטהרן',
        content: 'פיצוץ עז נשמע הלילה בטהרן, לפי דיווחים ברשתות.',
        expect: { placeNames: ['Tehran'] },
      },
    ],
  },
  {
    class: 'round 25: a weekday written straight after the place, as wire copy dates an event',
    cases: [
      {
        says: '"in northern Burkina Faso Sunday morning" is Burkina Faso, the day no surname',
        title: 'Six worshippers killed in church attack',
        content: 'Gunmen shot dead six worshippers during mass at a church in northern Burkina Faso Sunday morning, local officials said.',
        expect: { attack: true, countries: ['BF'] },
      },
      {
        says: '"in Kabul Tuesday" is Kabul',
        title: 'Bomb kills four',
        content: 'A bomb hidden in a cart killed four people in Kabul Tuesday, police said.',
        expect: { attack: true, countries: ['AF'], placeNames: ['Kabul'] },
      },
      {
        says: 'a month too: "in Mogadishu March 3"',
        title: 'Car bomb kills nine',
        content: 'A car bomb exploded outside a hotel in Mogadishu March 3, killing nine people, officials said.',
        expect: { attack: true, countries: ['SO'] },
      },
      {
        says: 'look-alike: a place name before a capitalised surname is still a person ("Paris Hilton")',
        title: 'Gunman kills two at a hotel',
        content: 'A gunman killed two guards at a hotel in Las Vegas on Friday, where Paris Hilton was staying, police said.',
        expect: { attack: true, countries: ['US'], notCountries: ['FR'] },
      },
    ],
  },
  {
    class: 'round 25: Arabic "من" after a part of a place is "of", not where fire came from',
    cases: [
      {
        says: '"على أجزاء واسعة من مدينة الفاشر" (on wide parts of El Fasher) puts the shelling in El Fasher',
        title: 'قصف مدفعي على الأحياء السكنية',
        content: 'سقط 12 قتيلا مدنيا بعد أن قصفت قوات الدعم السريع بالمدفعية أجزاء واسعة من مدينة الفاشر ليلا.',
        expect: { attack: true, countries: ['SD'], placeNames: ['El Fasher'] },
      },
      {
        says: '"في مناطق متفرقة من محافظة درعا" (in scattered areas of Daraa) is in Syria',
        title: 'هجمات مسلحة في الجنوب السوري',
        content: 'قتل ثلاثة عناصر من الشرطة في هجمات شنها مسلحون مجهولون في مناطق متفرقة من محافظة درعا.',
        expect: { attack: true, countries: ['SY'], placeNames: ['Dar‘ā'] },
      },
      {
        says: '"استهدف أجزاء من مدينة حمص" (hit parts of Homs) is Homs',
        title: 'قصف مدفعي',
        content: 'قتل ثمانية مدنيين في قصف مدفعي استهدف أجزاء من مدينة حمص.',
        expect: { attack: true, countries: ['SY'], placeNames: ['Homs'] },
      },
      {
        says: 'look-alike: rockets "من جنوب لبنان" (from south Lebanon) still came from there',
        title: 'صواريخ على الجليل',
        content: 'أطلقت صواريخ من جنوب لبنان على بلدة شلومي في شمال إسرائيل، دون وقوع إصابات.',
        expect: { notCountries: ['LB'] },
      },
    ],
  },
  {
    class: 'round 25: a word for a town before a name in a script without capitals marks it a name',
    cases: [
      {
        says: '"في مدينة الموصل" beside American media named as the source is Mosul, not the US',
        title: 'انفجار سيارة مفخخة',
        content: 'قتل أربعة أشخاص في انفجار سيارة مفخخة في مدينة الموصل، وفق ما أفادت وسائل إعلام أمريكية.',
        expect: { attack: true, countries: ['IQ'] },
      },
      {
        says: '"على مدينة الفاشر" beside "the Saudi hospital" (a hospital\'s name) is El Fasher',
        title: 'قصف على الأحياء',
        content: 'قتل خمسة مدنيين في قصف على مدينة الفاشر، وأصيب آخرون نقلوا إلى المستشفى السعودي.',
        expect: { attack: true, countries: ['SD'], placeNames: ['El Fasher'] },
      },
      {
        says: 'with the preposition joined: "بمدينة مقديشو" beside a Turkish agency',
        title: 'انفجار سيارة مفخخة',
        content: 'قتل سبعة أشخاص في انفجار سيارة مفخخة بمدينة مقديشو، بحسب وكالة أنباء تركية.',
        expect: { attack: true, countries: ['SO'] },
      },
      {
        says: 'look-alike: a common word after no town word, beside a named country, stays no place ("لأول مرة")',
        title: 'قصف مطار المدينة لأول مرة',
        content: 'قصفت طائرات مسيرة مطار المدينة لأول مرة، في هجوم قالت وزارة الدفاع العراقية إنه لم يسفر عن إصابات.',
        expect: { notCountries: ['CA'] },
      },
    ],
  },
  {
    class: "round 25: regions named in their own script that had no name in it (Russia's republics, Crimea, Sistan and Baluchestan in Hindi)",
    cases: [
      {
        says: 'Russian "в ... районе Дагестана" (genitive of Dagestan) is Russia',
        title: 'Нападение на полицейских',
        content: 'В одном из районов Дагестана неизвестные обстреляли патрульную машину, один полицейский погиб, трое ранены.',
        expect: { attack: true, countries: ['RU'] },
      },
      {
        says: 'Russian "в Чечне" (locative of Chechnya) is Russia',
        title: 'Перестрелка с боевиками',
        content: 'В Чечне боевики открыли огонь по сотрудникам полиции, двое погибли.',
        expect: { attack: true, countries: ['RU'] },
      },
      {
        says: 'Ukrainian "у Криму" (in Crimea) is the Crimea region of Ukraine',
        title: 'Вибухи на аеродромі',
        content: 'Дрони атакували військовий аеродром у Криму, внаслідок удару знищено два літаки.',
        expect: { countries: ['UA'], placeNames: ['Crimea'] },
      },
      {
        says: 'Hindi "सिस्तान बलूचिस्तान" is Iran\'s province, not Pakistan\'s Balochistan',
        title: 'पुलिस गश्ती दल पर हमला',
        content: 'बंदूकधारियों ने ईरान के सिस्तान बलूचिस्तान प्रांत में एक थाने पर गोलियां चलाईं, जिसमें तीन सिपाही मारे गए।',
        expect: { attack: true, countries: ['IR'] },
      },
      {
        says: 'look-alike: Hindi "बलूचिस्तान" alone stays Pakistan\'s',
        title: 'बलूचिस्तान में धमाका',
        content: 'पाकिस्तान के बलूचिस्तान प्रांत में एक बम धमाके में तीन सैनिक मारे गए।',
        expect: { attack: true, countries: ['PK'] },
      },
    ],
  },
  {
    class: 'round 25: "X, at the border with Y" sets the scene in X and names Y as the reference',
    cases: [
      {
        says: 'French "dans le nord du Burkina Faso, à la frontière avec le Niger" is Burkina Faso',
        title: 'Soldats tués dans une embuscade',
        content:
          'Huit soldats ont été tués dans une embuscade dans le nord du Burkina Faso, à la frontière avec le Niger, a annoncé le ministère de la Défense.',
        expect: { attack: true, countries: ['BF'] },
      },
      {
        says: '"in northern Mali, on the border with Niger" is Mali, not the speaker\'s country',
        title: 'Gunmen kill soldiers',
        content: 'Gunmen killed eight soldiers in northern Mali, on the border with Niger, the French defence ministry said in Paris.',
        expect: { attack: true, countries: ['ML'] },
      },
      {
        says: '"in eastern Congo, near the border with Rwanda" is DR Congo, not where the wounded were flown',
        title: 'Rebels kill 12 villagers',
        content: 'Rebels killed 12 villagers in eastern Congo, near the border with Rwanda. Aid workers flew the wounded to Kampala.',
        expect: { attack: true, countries: ['CD'] },
      },
      {
        says: 'look-alike: "near the Niger, Burkina border" names both as the border',
        title: 'Soldiers killed in ambush',
        content: 'Gunmen killed six soldiers in an ambush in Tillaberi region near the Niger, Burkina border on Monday.',
        expect: { attack: true, countries: ['NE'], notCountries: ['BF'] },
      },
    ],
  },
  {
    class: 'round 25: the second of two places joined after "in" is in the event too',
    cases: [
      {
        says: '"soldiers in Iraq and Syria were hit" names both countries',
        title: 'Drone and rocket attacks on bases',
        content: 'Coalition soldiers in Iraq and Syria were hit by drone and rocket attacks overnight; four were hurt, officials said.',
        expect: { attack: true, countries: ['IQ', 'SY'] },
      },
      {
        says: 'French "en Irak et en Syrie" already names both; "au Mali et Niger" the second too',
        title: 'Attaques contre des soldats',
        content: 'Des soldats déployés au Mali et Niger ont été visés par deux attaques à la roquette dimanche, faisant trois blessés.',
        expect: { attack: true, hasCountries: ['ML', 'NE'] },
      },
      {
        says: 'look-alike: a country that speaks after "and" is no scene ("in Sudan and Egypt said")',
        title: 'Drone strike on market',
        content: 'A drone struck a market in El Obeid, killing nine people, officials in Khartoum said; Egypt condemned the attack.',
        expect: { attack: true, countries: ['SD'] },
      },
    ],
  },
  {
    class: 'round 26: Hebrew joins "from" to the word before a name; that place is whence fire came',
    cases: [
      {
        says: '"מרצועת עזה" (from the Gaza Strip) is the launch site, the town fired at the scene',
        title: 'רקטות שוגרו מרצועת עזה',
        content: 'שתי רקטות שוגרו הערב מרצועת עזה לעבר שדרות ויורטו.',
        expect: { countries: ['IL'] },
      },
    ],
  },
  {
    class: 'round 26: Tamil doubles a final stop of the name before -இல் (in)',
    cases: [
      {
        says: '"ஈராக்கில்" is in Iraq',
        title: 'குண்டுவெடிப்பு',
        content: 'ஈராக்கில் நடந்த குண்டுவெடிப்பில் ஐந்து பேர் கொல்லப்பட்டனர்.',
        expect: { countries: ['IQ'] },
      },
      {
        says: '"சியால்கோட்டில்" is in Sialkot, Pakistan',
        title: 'துப்பாக்கிச் சூடு',
        content: 'சியால்கோட்டில் நடந்த துப்பாக்கிச் சூட்டில் மூன்று பேர் கொல்லப்பட்டனர்.',
        expect: { countries: ['PK'] },
      },
      {
        says: '"மீரட்டில்" is in Meerut, India',
        title: 'குண்டுவெடிப்பு',
        content: 'மீரட்டில் நடந்த குண்டுவெடிப்பில் இரண்டு பேர் கொல்லப்பட்டனர்.',
        expect: { countries: ['IN'] },
      },
      {
        says: 'look-alike: a name ending in a vowel, "சென்னையில்", still reads as before',
        title: 'குண்டுவெடிப்பு',
        content: 'சென்னையில் நடந்த குண்டுவெடிப்பில் இரண்டு பேர் கொல்லப்பட்டனர்.',
        expect: { countries: ['IN'] },
      },
    ],
  },
  {
    class: 'round 27: a make of vehicle or arms named like a town abroad is the make, not a place',
    cases: [
      {
        says: 'a pickup named by its make ("their Toyota pickup") is no town in Japan',
        title: 'Roadside bomb kills four soldiers in Somalia',
        content: 'Four soldiers died on Tuesday when their Toyota pickup drove over a buried bomb outside Afgoye, officials said.',
        expect: { countries: ['SO'], notPlaces: ['Toyota'] },
      },
      {
        says: 'a make written bare before its noun ("hit Toyota car") is no town either',
        title: 'Landmine kills three soldiers near Qoryoley',
        content: 'Al-Shabaab said its landmine hit Toyota car carrying government troops near Qoryoley in Somalia, killing three.',
        expect: { countries: ['SO'], notCountries: ['JP'] },
      },
      {
        says: 'gunmen "on a Honda motorcycle" are not in Honda, Colombia',
        title: 'Gunmen kill two police officers',
        content: 'Two gunmen on a Honda motorcycle shot dead two police officers at a checkpoint in Maiduguri on Sunday.',
        expect: { countries: ['NG'] },
      },
      {
        says: '"Iskander missiles" are the missile, not Iskandar in Uzbekistan',
        title: 'Missiles hit city overnight',
        content: 'Russian forces fired two Iskander missiles at Kharkiv overnight, killing three residents, the governor said.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'look-alike: a report put "in Toyota" is in the Japanese city',
        title: 'Man stabs three at station',
        content: 'A man stabbed three commuters at a railway station in Toyota on Monday morning, police said.',
        expect: { countries: ['JP'] },
      },
    ],
  },
  {
    class: 'round 27: fire returned across the border makes the launch country a scene too',
    cases: [
      {
        says: 'troops hitting back "over the border" at a salvo from Lebanon add Lebanon',
        title: 'Rocket from Lebanon hits northern Israel',
        content: 'A rocket launched from Lebanon fell in an orchard near Shlomi overnight, and troops hit back with tank fire over the border, the army said.',
        expect: { countries: ['IL', 'LB'] },
      },
      {
        says: 'fire returned "at the source" of mortar rounds from Syria adds Syria',
        title: 'Mortar shells from Syria land in Turkey',
        content:
          'Two mortar shells fired from Syria landed in a field outside Akcakale on Friday; Turkish artillery returned fire at the source of the shelling, officials said.',
        expect: { countries: ['TR', 'SY'] },
      },
      {
        says: 'artillery answering "across the border" at the launch sites in Gaza adds Palestine',
        title: 'Rockets from Gaza hit Sderot',
        content: 'Rockets from Gaza struck a house in Sderot on Saturday, and the army retaliated with shelling across the border at the launch sites.',
        expect: { countries: ['IL', 'PS'] },
      },
      {
        says: 'look-alike: "the army responded" with no word of where keeps only the country hit',
        title: 'Rocket from Lebanon hits northern Israel',
        content: 'A rocket launched from Lebanon fell in an orchard near Shlomi overnight; the army said it responded to the attack.',
        expect: { countries: ['IL'] },
      },
    ],
  },
  {
    class: 'round 27: the words for yesterday and today are no names, cut as Thai writes them',
    cases: [
      {
        says: 'Thai "เมื่อวาน" (yesterday), cut into "เมื่อ" and "วาน", is not Van in Turkey',
        title: 'ระเบิดที่ยะลา',
        content: 'เมื่อวานนี้ คนร้ายลอบวางระเบิดทหารพรานที่จังหวัดยะลา บาดเจ็บ 3 ราย',
        expect: { countries: ['TH'] },
      },
      {
        says: 'the same word before the province of Pattani',
        title: 'ลอบวางระเบิด',
        content: 'เหตุเกิดเมื่อวาน ที่จังหวัดปัตตานี คนร้ายลอบวางระเบิดรถทหาร ทหารได้รับบาดเจ็บ 2 นาย',
        expect: { countries: ['TH'] },
      },
      {
        says: 'and after a time of day, before Narathiwat',
        title: 'ระเบิดในนราธิวาส',
        content: 'เวลา 07.00 น. เมื่อวานซืน เกิดเหตุระเบิดที่นราธิวาส มีผู้บาดเจ็บ 1 ราย',
        expect: { countries: ['TH'] },
      },
      {
        says: 'look-alike: a Thai report of a bomb in Bangkok still reads Bangkok',
        title: 'ระเบิดในกรุงเทพ',
        content: 'เมื่อวานนี้ เกิดเหตุระเบิดในกรุงเทพมหานคร มีผู้บาดเจ็บ 4 ราย',
        expect: { countries: ['TH'] },
      },
    ],
  },
  {
    class: "round 27: Afghanistan's provinces as Dari and Pashto news name them",
    cases: [
      {
        says: 'Dari "در بدخشان" is Badakhshan, not a name in the text taken for a town abroad',
        title: 'انفجار در بدخشان',
        content: 'مقام‌های محلی می‌گویند که امروز یک موتر بمب در بدخشان منفجر شد و سه تن کشته شدند.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'Pashto "په کاپیسا ولایت کې" is Kapisa, written with Arabic or Persian kaf and yeh alike',
        title: 'ځانمرګی برید',
        content: 'په كاپيسا ولايت كي يو ځانمرګی برید وسو او څلور کسان ووژل سول.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'Dari "در ولایت هلمند" is Helmand',
        title: 'حمله بر پوسته پولیس',
        content: 'افراد مسلح شب گذشته بر یک پوسته پولیس در ولایت هلمند حمله کردند و دو سرباز کشته شدند.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'look-alike: Persian news of Zabol in Iran stays in Iran (Zabul province is left out)',
        title: 'انفجار در زابل',
        content: 'یک بمب کنار جاده در شهر زابل منفجر شد و دو مامور پلیس کشته شدند.',
        expect: { countries: ['IR'] },
      },
    ],
  },
  {
    class: 'round 27: Vietnamese puts the modifier after the noun; a country before a Vietnamese word is a place',
    cases: [
      {
        says: '"dân thường Afghanistan thiệt mạng" is in Afghanistan, not "Tuy" (however) as Tuy province',
        title: 'Không kích khiến 12 người thiệt mạng',
        content: 'Vụ không kích bằng máy bay không người lái khiến 12 dân thường Afghanistan thiệt mạng. Tuy nhiên, quân đội chưa bình luận.',
        expect: { countries: ['AF'] },
      },
      {
        says: '"dân thường Syria thiệt mạng": Syria is where civilians died',
        title: 'Đánh bom xe khiến dân thường Syria thiệt mạng',
        content: 'Một vụ đánh bom xe khiến 9 dân thường Syria thiệt mạng. Tuy vậy, chưa nhóm nào nhận trách nhiệm.',
        expect: { countries: ['SY'] },
      },
      {
        says: '"binh sĩ Mali thiệt mạng": soldiers of Mali killed in Mali',
        title: 'Đánh bom ven đường khiến binh sĩ Mali thiệt mạng',
        content: 'Một quả bom ven đường khiến 7 binh sĩ Mali thiệt mạng. Tuy nhiên, quân đội nói đoàn xe vẫn tiếp tục hành trình.',
        expect: { countries: ['ML'] },
      },
      {
        says: 'look-alike: in English "Afghanistan war veterans" still names no scene in Afghanistan',
        title: 'Gunman kills two veterans at Ohio bar',
        content: 'A gunman shot dead two Afghanistan war veterans at a bar in Columbus, Ohio, on Friday, police said.',
        expect: { countries: ['US'] },
      },
    ],
  },
  {
    class: 'round 28: provinces and states as Chinese and Japanese news name them',
    cases: [
      {
        says: 'Chinese "赫尔曼德省" is Helmand: the province word is cut off the name',
        title: '赫尔曼德省市场爆炸',
        content: '赫尔曼德省一处市场周日发生爆炸，造成四名平民死亡。',
        expect: { countries: ['AF'] },
      },
      {
        says: 'Japanese "ボルノ州" is Borno State',
        title: 'ボルノ州で村が襲撃される',
        content: 'ボルノ州の村が武装集団に襲撃され、住民十数人が死亡した。',
        expect: { countries: ['NG'] },
      },
      {
        says: 'Chinese "北瓦济里斯坦" is North Waziristan',
        title: '无人机袭击造成三人死亡',
        content: '一架无人机当天在北瓦济里斯坦地区向一处房屋发射导弹，造成三人死亡。',
        expect: { countries: ['PK'] },
      },
      {
        says: 'look-alike: a Japanese report of a province named after its seat town is still found by the town',
        title: 'イドリブ県で空爆',
        content: 'イドリブ県の市場が空爆を受け、少なくとも六人が死亡した。',
        expect: { countries: ['SY'] },
      },
    ],
  },
  {
    class: 'round 28: Japanese writes a town with or without its long-vowel marks',
    cases: [
      {
        says: '"ペシャワル" is Peshawar, which the gazetteer spells "ペシャーワル"',
        title: 'ペシャワルで自爆テロ',
        content: 'ペシャワルの警察署で自爆テロがあり、警官ら九人が死亡した。',
        expect: { countries: ['PK'] },
      },
      {
        says: '"カンダハル" is Kandahar ("カンダハール")',
        title: 'カンダハルのモスクで爆発',
        content: 'カンダハルのモスクで金曜礼拝中に爆発があり、十人が死亡した。',
        expect: { countries: ['AF'] },
      },
      {
        says: '"バグダド" is Baghdad ("バグダード")',
        title: 'バグダドで自動車爆弾',
        content: 'バグダドの市場で自動車爆弾が爆発し、七人が死亡した。',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'look-alike: the long form of a town the gazetteer holds is found as before',
        title: 'カンダハールで爆発',
        content: 'カンダハールで爆発があり、三人が死亡した。',
        expect: { countries: ['AF'] },
      },
    ],
  },
  {
    class: "round 28: Colombia's Catatumbo named alone, and Venezuela's municipality of that name by its word",
    cases: [
      {
        says: '"en el Catatumbo" is the Colombian region, not the Venezuelan municipality',
        title: 'Mina antipersonal mata a un soldado en el Catatumbo',
        content: 'Un soldado murió y otro resultó herido al pisar una mina antipersonal en una vereda del Catatumbo, informó el Ejército.',
        expect: { countries: ['CO'] },
      },
      {
        says: '"la región del Catatumbo" is Colombia',
        title: 'Ataque con dron en Catatumbo',
        content: 'Un ataque con dron contra una base militar en la región del Catatumbo dejó dos soldados heridos, dijo la gobernación.',
        expect: { countries: ['CO'] },
      },
      {
        says: 'a town of Norte de Santander beside Catatumbo names Colombia alone',
        title: 'Emboscada en el Catatumbo deja tres soldados muertos',
        content: 'Tres soldados murieron en una emboscada del ELN en zona rural de Tibú, en el Catatumbo.',
        expect: { countries: ['CO'] },
      },
      {
        says: 'look-alike: "el municipio Catatumbo" of Zulia, in Venezuela, stays the Venezuelan municipality',
        title: 'Ataque en el municipio Catatumbo',
        content: 'Hombres armados mataron a dos personas en el municipio Catatumbo del estado Zulia, en Venezuela, informó la policía.',
        expect: { countries: ['VE'] },
      },
    ],
  },
  {
    class: 'round 28: Pashto writes gaf as "ګ" where Dari and Urdu write "گ"',
    cases: [
      {
        says: 'Pashto "په اروزګان کې" is Uruzgan',
        title: 'په اروزګان کې برید',
        content: 'په اروزګان ولایت کې وسله والو په یوه پوسته برید وکړ او اته پولیس ووژل شول.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'Pashto "ننګرهار" is Nangarhar',
        title: 'په ننګرهار کې ځانمرګی برید',
        content: 'په ننګرهار ولایت کې یو ځانمرګی برید وشو او درې ملکیان ووژل شول.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'Pashto "لوګر" is Logar',
        title: 'په لوګر کې برید',
        content: 'په لوګر ولایت کې وسله والو پر یوه پوسته برید وکړ او دوه پولیس ووژل شول.',
        expect: { countries: ['AF'] },
      },
      {
        says: 'look-alike: the Dari spelling with "گ" is found as before',
        title: 'حمله در ارزگان',
        content: 'افراد مسلح در ولایت ارزگان بر یک پاسگاه حمله کردند و پنج سرباز کشته شدند.',
        expect: { countries: ['AF'] },
      },
    ],
  },
  {
    class: 'round 28: a Hebrew name of two words with "in", "to" or "from" joined to its first word',
    cases: [
      {
        says: '"בקריית שמונה" is in Kiryat Shmona',
        title: 'כטב"ם פגע בצפון',
        content: 'כטב"ם פגע הבוקר בבניין בקריית שמונה ושני אזרחים נפצעו.',
        expect: { countries: ['IL'] },
      },
      {
        says: '"בבאר שבע" is in Beersheba',
        title: 'רקטה פגעה בעיר',
        content: 'רקטה פגעה בבית מגורים בבאר שבע ושלושה בני אדם נפצעו באורח קל.',
        expect: { countries: ['IL'] },
      },
      {
        says: '"בתל אביב" is in Tel Aviv, beside a launch "from Lebanon"',
        title: 'טיל פגע במרכז',
        content: 'טיל ששוגר מלבנון פגע בבניין בתל אביב ושניים נפצעו.',
        expect: { countries: ['IL'] },
      },
      {
        says: 'look-alike: a one-word name with its prefix is read as before ("בשדרות")',
        title: 'רקטה פגעה בשדרות',
        content: 'רקטה פגעה בבית בשדרות ושני אנשים נפצעו.',
        expect: { countries: ['IL'] },
      },
    ],
  },
  {
    class: "round 28: Cox's Bazar in Bengali",
    cases: [
      {
        says: '"কক্সবাজারের উখিয়ায়" (in Ukhia, of Cox\'s Bazar) is Bangladesh',
        title: 'রোহিঙ্গা ক্যাম্পে সন্ত্রাসী হামলা, নিহত ২',
        content: 'কক্সবাজারের উখিয়ায় একটি রোহিঙ্গা ক্যাম্পে সন্ত্রাসী হামলায় দুজন নিহত হয়েছেন।',
        expect: { countries: ['BD'] },
      },
      {
        says: '"কক্সবাজারে" (in Cox\'s Bazar) is Bangladesh',
        title: 'ক্যাম্পে সন্ত্রাসী হামলা',
        content: 'কক্সবাজারে রাতে একটি ক্যাম্পে সন্ত্রাসী হামলায় তিনজন নিহত হয়েছেন।',
        expect: { countries: ['BD'] },
      },
      {
        says: '"টেকনাফে" (in Teknaf) is Bangladesh',
        title: 'টেকনাফে সন্ত্রাসী হামলা',
        content: 'টেকনাফে একটি ক্যাম্পে সন্ত্রাসী হামলায় একজন নিহত হয়েছেন।',
        expect: { countries: ['BD'] },
      },
      {
        says: 'look-alike: Dhaka, which GeoNames names in Bengali, is found as before',
        title: 'ঢাকায় বোমা হামলা',
        content: 'ঢাকায় একটি বাজারে বোমা হামলায় দুজন নিহত হয়েছেন।',
        expect: { countries: ['BD'] },
      },
    ],
  },
];
