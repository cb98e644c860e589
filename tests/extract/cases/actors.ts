/**
 * Actors. Who carried out the attack, as the text names them: groups and forces in many languages
 * and spellings, and not the ones hit, the teller of the news or a name in passing.
 *
 * Adding a case: put `{ says, title, content, expect }` in the class it belongs to, or add a
 * class named for why its cases are there. `expect` gives only what the case is about; the
 * fields are `Expected` in tests/helpers/extraction.ts. Stories are written for the tests in
 * our own words, not copied from articles. reading-actors.test.ts runs them, one test a case.
 * A test file in the older shape (a table of `[says, title, content, isAttack, type?]` stories, or
 * an `it` reading one story and expecting on it) folds in the same way: one case a story, its `it`
 * name as `says`; a story tuple's flag and type as `expect: { attack, hasTypes: [type] }`.
 */
import type { CaseClass } from '../../helpers/extraction.js';

export const actorCases: CaseClass[] = [
  {
    class: 'actors and bases as wire copy names them',
    cases: [
      {
        says: '"the Russians" who shelled a town are Russian forces',
        title: 'The Russians shelled Nikopol overnight',
        content: 'Two people were wounded, the regional governor said.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'an actor alias never swallows the place it names',
        title: 'Gunmen kill two policemen in Khyber Pakhtunkhwa',
        content: 'The Khyber Pakhtunkhwa police said the attackers fled.',
        expect: { placeNames: ['Khyber Pakhtunkhwa'] },
      },
    ],
  },
  {
    class: 'actors',
    cases: [
      {
        says: '"The Russians shelled…" and "an attack by Ukraine" name the forces',
        title: 'The Russians shelled Kherson overnight, killing two',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: '"The Russians shelled…" and "an attack by Ukraine" name the forces',
        title: 'Refinery ablaze after drone attack by Ukraine',
        content: 'The drone struck the refinery in the Volgograd region, the governor said.',
        expect: { actors: ['ukrainian-forces'] },
      },
      {
        says: 'reads a capital’s troops as the attacker, not the scene',
        title: 'Shelling kills two in Kherson',
        content: "Moscow's troops shelled Kherson on Monday, killing two residents.",
        expect: { countries: ['UA'] },
      },
      {
        says: 'reads "the regime" of a Syrian story as the Syrian forces',
        title: 'Shelling kills five in Idlib',
        content: 'Syrian regime artillery shelled the village on Sunday, killing five civilians, a war monitor said.',
        expect: { actors: ['syrian-army'] },
      },
    ],
  },
  {
    class: "an attack named after a country's forces",
    cases: [
      {
        says: 'Ataque con drones rusos contra Járkov deja dos muertos',
        title: 'Ataque con drones rusos contra Járkov deja dos muertos',
        content: 'Dos civiles murieron en el barrio de Saltivka.',
        expect: { attack: true, countries: ['UA'], actors: ['russian-forces'] },
      },
      {
        says: 'Frappe de missiles russes sur Odessa',
        title: 'Frappe de missiles russes sur Odessa',
        content: 'Un entrepôt du port a été touché, deux blessés.',
        expect: { attack: true, countries: ['UA'], actors: ['russian-forces'] },
      },
      {
        says: 'Russischer Drohnenangriff auf Sumy',
        title: 'Russischer Drohnenangriff auf Sumy',
        content: 'Zwei Menschen wurden verletzt.',
        expect: { attack: true, countries: ['UA'], actors: ['russian-forces'] },
      },
      {
        says: 'Rysk robotattack mot Dnipro',
        title: 'Rysk robotattack mot Dnipro',
        content: 'Tre personer skadades.',
        expect: { attack: true, countries: ['UA'], actors: ['russian-forces'] },
      },
      {
        says: 'Российский удар по Запорожью',
        title: 'Российский удар по Запорожью',
        content: 'Ракета попала в склад, пострадали двое.',
        expect: { attack: true, countries: ['UA'], actors: ['russian-forces'] },
      },
    ],
  },
  {
    class: 'who was hit is not an actor of the attack',
    cases: [
      {
        says: 'keeps forces that fire on others',
        title: 'Police kill robbers in Kano',
        content: 'Police shot dead three gunmen who attacked a bank in Kano on Thursday.',
        expect: { notActors: ['security-forces'] },
      },
    ],
  },
  {
    class: 'actors named in other scripts and forms',
    cases: [
      {
        says: 'reads an acronym with a Turkish suffix after the apostrophe',
        title: "Siirt'te karakola saldırı",
        content: "PKK'lı teröristler Pervari'deki jandarma karakoluna saldırdı, 2 asker yaralandı.",
        expect: { actors: ['pkk'] },
      },
      {
        says: 'reads an acronym with the English possessive',
        title: 'Drone strike on Kadugli market',
        content: "The RSF's drone strike on a market in Kadugli killed nine people on Saturday.",
        expect: { actors: ['rsf'] },
      },
      {
        says: 'knows the full Russian name of the Ukrainian armed forces',
        title: 'Удар по автобусу в Каховке',
        content: 'Вооруженные силы Украины ударили дроном по автобусу в Каховке, погибли три человека.',
        expect: { actors: ['ukrainian-forces'] },
      },
      {
        says: 'knows the Arabic name of the Rapid Support Forces',
        title: 'قصف على الأبيض',
        content: 'قتل ستة مدنيين في قصف بطائرة مسيرة شنته قوات الدعم السريع على مدينة الأبيض.',
        expect: { actors: ['rsf'] },
      },
      {
        says: 'reads "Russian drone" in the singular',
        title: 'В Харькове российский беспилотник попал в дом',
        content: 'Российский беспилотник попал в жилой дом в Харькове, ранены два человека.',
        expect: { actors: ['russian-forces'] },
      },
    ],
  },
  {
    class: 'forces of a country, from one list of army words per language',
    cases: [
      {
        says: 'finds the attacker in a whole story in Arabic and in French',
        title: 'قصف مدفعي للجيش الإسرائيلي على بلدة حدودية',
        content: 'قتل مدنيان في قصف مدفعي للجيش الإسرائيلي على بلدة حدودية صباح اليوم.',
        expect: { actors: ['israeli-military'] },
      },
      {
        says: 'finds the attacker in a whole story in Arabic and in French',
        title: 'Des frappes de drones tuent trois civils',
        content: 'Les troupes russes ont lancé des drones sur un village, tuant trois civils.',
        expect: { actors: ['russian-forces'] },
      },
    ],
  },
  {
    class: 'strikes and forces in Arabic and French headlines',
    cases: [
      {
        says: 'reads "launched" in Arabic, past and headline present, with the coalition\'s aircraft',
        title: 'طائرات التحالف تشن غارات على مدينة ساحلية',
        content: 'شنت طائرات التحالف العربي أربع غارات على المدينة الساحلية.',
        expect: { attack: true, actors: ['saudi-led-coalition'] },
      },
      {
        says: 'reads the occupation\'s shelling with the joined "li-" and an Arabic dual as two',
        title: 'قصف مدفعي للاحتلال على بلدة حدودية',
        content: 'أسفر قصف مدفعي لقوات الاحتلال على البلدة عن مقتل شخصين.',
        expect: { killed: 2, actors: ['israeli-military'] },
      },
      {
        says: 'reads French "frappe" in a headline and "des frappes" with a toll',
        title: "L'armée turque frappe des villages kurdes : 6 morts",
        content: 'Des frappes de l’armée turque ont fait six morts dans trois villages.',
        expect: { attack: true, killed: 6, actors: ['turkish-military'] },
      },
    ],
  },
  {
    class: 'a country that fired, told with an auxiliary',
    cases: [
      {
        says: 'reads "X a tiré", "X ha lanzado" and a simple past "X lanzó" as that country\'s forces attacking',
        title: 'Nuit de frappes sur Odessa',
        content: 'La Russie a tiré douze missiles sur Odessa dans la nuit, blessant quatre personnes.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'reads "X a tiré", "X ha lanzado" and a simple past "X lanzó" as that country\'s forces attacking',
        title: 'Ataque nocturno contra Járkov',
        content: 'Rusia lanzó cuarenta drones contra Járkov durante la noche y hirió a cinco personas.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'does not read "a" as an auxiliary when no participle of firing follows',
        title: 'La Russie a annoncé des exercices',
        content: 'La Russie a annoncé des exercices navals en mer Noire.',
        expect: { notActors: ['russian-forces'] },
      },
    ],
  },
  {
    class: 'tolls and attackers in other languages',
    cases: [
      {
        says: 'Somali: figures in words with "at least", and the verbs of dying and being killed',
        title: 'Weerar lagu qaaday saldhig ciidan oo ku yaal Baraawe',
        content: 'Ugu yaraan shan askari ayaa xalay lagu dilay weerar lagu qaaday saldhig ciidan. Laba qof oo shacab ah ayaa ku geeriyooday.',
        expect: { killed: 5 },
      },
      {
        says: 'Persian: "five others took wounds" counts the wounded; Ukrainian "died" after the figure',
        title: 'حمله تروریستی به پاسگاه در زاهدان',
        content: 'در این حمله تروریستی یک تن کشته شد و پنج تن دیگر زخم برداشتند.',
        expect: { toll: { killed: 1, injured: 5 } },
      },
      {
        says: 'Persian: "five others took wounds" counts the wounded; Ukrainian "died" after the figure',
        title: 'Обстріл Нікополя: є загиблі',
        content: 'Унаслідок обстрілу Нікополя 3 людини померли.',
        expect: { killed: 3 },
      },
      {
        says: 'French: "had gunned down 38 people" is the toll',
        title: 'Attaque jihadiste contre un village du Borno',
        content: 'Des combattants islamistes ont abattu 27 personnes lors d’un raid sur le village.',
        expect: { killed: 27 },
      },
      {
        says: 'Turkish: a name with a derived plural and its case ("PKK’lılar", "PKK’lıların") is the group',
        title: 'Hakkari’de yola tuzaklanan bomba patladı',
        content: 'PKK’lıların yola tuzakladığı patlayıcı askeri aracın geçişi sırasında infilak etti, 2 asker şehit oldu.',
        expect: { actors: ['pkk'] },
      },
      {
        says: 'Persian and Somali names of groups: Jaish al-Adl, al-Shabaab written as one word',
        title: 'حمله جیش العدل به مقر سپاه',
        content: 'گروه تروریستی جیش العدل به مقر سپاه در راسک حمله کرد و دو تن کشته شدند.',
        expect: { actors: ['jaish-al-adl'] },
      },
      {
        says: 'Persian and Somali names of groups: Jaish al-Adl, al-Shabaab written as one word',
        title: 'Alshabaab oo weerar ku qaaday saldhig',
        content: 'Alshabaab ayaa weerar ku qaaday saldhig ciidan, saddex askari ayaa ku dhintay.',
        expect: { actors: ['al-shabaab'] },
      },
      {
        says: 'Russian and Ukrainian: forces named by an adjective before a plural attack word in another case',
        title: 'Атака украинских беспилотников на Курскую область',
        content: 'Над регионом сбиты восемь украинских беспилотников, пострадал водитель.',
        expect: { actors: ['ukrainian-forces'] },
      },
      {
        says: 'Russian and Ukrainian: forces named by an adjective before a plural attack word in another case',
        title: 'Унаслідок російських атак на Херсонщині загинула людина',
        expect: { actors: ['russian-forces'] },
      },
    ],
  },
  {
    class: 'actors met in the same reports',
    cases: [
      {
        says: 'matches a mixed-case acronym only in its own case',
        title: 'Árás á þorp',
        content: 'Maður lét lífið í árásinni á þorpið í nótt.',
        expect: { notActors: ['lashkar-e-taiba'] },
      },
      {
        says: 'matches a mixed-case acronym only in its own case',
        title: 'Militants attack army camp in Kupwara',
        content: 'LeT militants attacked an army camp in Kupwara on Sunday, killing two soldiers.',
        expect: { actors: ['lashkar-e-taiba'] },
      },
    ],
  },
  {
    class: 'a country written in several words standing for its forces',
    cases: [
      {
        says: 'reads "a U.S. drone strike" as US forces',
        title: 'Drone strike kills four militants in Somalia',
        content: 'A U.S. drone strike killed four militants near Jilib on Tuesday, officials said.',
        expect: { actors: ['us-forces'] },
      },
      {
        says: 'reads "United States airstrikes" and "Saudi Arabia bombed" the same way',
        title: 'United States airstrikes hit targets in Syria',
        content: 'United States airstrikes hit two sites near Deir ez-Zor overnight, killing six fighters.',
        expect: { actors: ['us-forces'] },
      },
      {
        says: 'reads "United States airstrikes" and "Saudi Arabia bombed" the same way',
        title: 'Saudi Arabia bombed a market in Saada',
        content: 'Saudi Arabia bombed a market in Saada on Monday, killing 12 people, health officials said.',
        expect: { actors: ['saudi-led-coalition'] },
      },
      // طائرة أمريكية: an American aircraft; the drone words come after it.
      {
        says: 'reads an aircraft named after its country in Arabic as that country’s forces',
        title: 'مقتل اثنين بغارة في اليمن',
        content: 'قتل اثنان في غارة شنتها طائرة أمريكية من دون طيار على سيارة في مأرب باليمن.',
        expect: { actors: ['us-forces'] },
      },
      {
        says: 'does not take "Sudan" inside "South Sudan" for Sudan’s forces',
        title: 'Village shelled near border',
        content: 'South Sudan shelled a village near the border on Friday, killing five, residents said.',
        expect: { actors: ['south-sudan-forces'], notActors: ['sudanese-army'] },
      },
    ],
  },
  {
    class: 'a state force in the perfect tense with its victims after it is the attacker',
    cases: [
      {
        says: 'keeps the coalition and the army that "have killed"',
        title: 'Coalition raid hits Hajjah market',
        content: 'An air raid by the Saudi-led coalition has killed 14 shoppers at a market in Hajjah, medics said.',
        expect: { actorRoles: ['saudi-led-coalition:perpetrator'] },
      },
      {
        says: 'keeps the coalition and the army that "have killed"',
        title: 'Three Palestinians killed in Tubas',
        content: 'Israeli forces have killed three Palestinians during a raid on Tubas, the health ministry said.',
        expect: { actorRoles: ['israeli-military:perpetrator'] },
      },
      {
        says: 'reads "an airstrike by a coalition" with its article as the attack of that coalition',
        title: 'Airstrike kills nine in Saada',
        content: 'An airstrike by a Saudi-led coalition struck a bus in Saada on Sunday, killing nine people.',
        expect: { actorRoles: ['saudi-led-coalition:perpetrator'] },
      },
    ],
  },
  {
    class: 'groups by the names wire copy of their region gives them',
    cases: [
      {
        says: 'Israeli occupation drone kills two in Bint Jbeil',
        title: 'Israeli occupation drone kills two in Bint Jbeil',
        content: 'A drone of the Israeli occupation struck a motorcycle in Bint Jbeil, killing two men.',
        expect: { actors: ['israeli-military'] },
      },
      {
        says: 'Gunmen kill three road workers in Puncak',
        title: 'Gunmen kill three road workers in Puncak',
        content: 'Police blamed the West Papua Liberation Army for the attack that killed three road workers in Puncak.',
        expect: { actors: ['tpnpb-opm'] },
      },
      {
        says: 'Free Papua Organization fighters burn school',
        title: 'Free Papua Organization fighters burn school',
        content: 'Fighters of the Free Papua Organization set fire to a school in Intan Jaya and shot a teacher dead.',
        expect: { actors: ['tpnpb-opm'] },
      },
      {
        says: 'Police post attacked in Huila',
        title: 'Police post attacked in Huila',
        content: 'Authorities blamed the Revolutionary Armed Forces of Colombia for a drone attack that wounded two police officers in Huila.',
        expect: { actors: ['farc-dissidents'] },
      },
      {
        says: 'Two soldiers killed in Amba attack in Bamenda',
        title: 'Two soldiers killed in Amba attack in Bamenda',
        content: 'Two soldiers were killed when Amba militias attacked a checkpoint outside Bamenda overnight.',
        expect: { actors: ['ambazonian-separatists'] },
      },
      {
        says: 'reads a German attack wave by its adjective',
        title: 'Tote nach Angriffen',
        content: 'Bei einer russischen Angriffswelle auf Charkiw sind in der Nacht drei Menschen getötet worden.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'does not take Amba alone (a name in India) for the Cameroonian fighters',
        title: 'Blast near temple',
        content: 'A bomb went off near the Amba temple in Palanpur, wounding four pilgrims.',
        expect: { notActors: ['ambazonian-separatists'] },
      },
    ],
  },
  {
    class: 'a country that carries out the attack, with a time, an auxiliary or its craft between',
    cases: [
      {
        says: 'Turkey hits Kurdish fighters in Iraq / Turkey on Sunday carried out air strikes on hideouts in the Gara mountains, killing four fighters.',
        title: 'Turkey hits Kurdish fighters in Iraq',
        content: 'Turkey on Sunday carried out air strikes on hideouts in the Gara mountains, killing four fighters.',
        expect: { actors: ['turkish-military'] },
      },
      {
        says: 'Raids near the border / Pakistan conducts airstrikes on two villages in Khost, local officials said on Tuesday.',
        title: 'Raids near the border',
        content: 'Pakistan conducts airstrikes on two villages in Khost, local officials said on Tuesday.',
        expect: { actors: ['pakistani-military'] },
      },
      {
        says: 'Raids near the border / Pakistani jets had bombed a compound in Barmal district before dawn, the spokesman said.',
        title: 'Raids near the border',
        content: 'Pakistani jets had bombed a compound in Barmal district before dawn, the spokesman said.',
        expect: { actors: ['pakistani-military'] },
      },
      {
        says: 'Strikes on Gara / Turkish warplanes overnight struck a depot near Amedi, the group said.',
        title: 'Strikes on Gara',
        content: 'Turkish warplanes overnight struck a depot near Amedi, the group said.',
        expect: { actors: ['turkish-military'] },
      },
      {
        says: 'leaves out a country that only speaks of the strikes or was struck',
        title: 'Raids near the border',
        content: 'Pakistan on Monday condemned airstrikes in Khost that killed eight civilians.',
        expect: { notActors: ['pakistani-military'] },
      },
      {
        says: 'leaves out a country that only speaks of the strikes or was struck',
        title: 'Drone attack on a depot',
        content: 'Turkey was attacked with drones on Monday near Hakkari, killing two guards.',
        expect: { notActors: ['turkish-military'] },
      },
    ],
  },
  {
    class: 'German and Dutch perfects put the participle last',
    cases: [
      {
        says: 'Verletzte nach Angriffen auf Sumy',
        title: 'Verletzte nach Angriffen auf Sumy',
        content: 'Nach Angaben der Behörden hat Russland die Stadt Sumy in der Nacht mit Drohnen angegriffen.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'Drei Tote in Cherson',
        title: 'Drei Tote in Cherson',
        content: 'Russland hat die Stadt Cherson am Morgen mit Artillerie beschossen, drei Menschen starben.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'Doden in Odesa',
        title: 'Doden in Odesa',
        content: 'Rusland heeft de haven van Odesa vannacht met drones aangevallen, meldt de gouverneur.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'reads no attacker in a perfect of another verb',
        title: 'Angriffe auf Sumy',
        content: 'Drohnen haben die Stadt Sumy angegriffen, zwei Menschen wurden verletzt. Russland hat die Vorwürfe zurückgewiesen.',
        expect: { notActors: ['russian-forces'] },
      },
    ],
  },
  {
    class: 'the names regional outlets give the forces and the gangs',
    cases: [
      {
        says: 'reads "Russian invaders" as Russia\'s forces and the "Kiev regime" as Ukraine\'s',
        title: 'Nikopol shelled',
        content: 'On Monday the Russian invaders shelled Nikopol with heavy artillery, wounding two women.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'reads "Russian invaders" as Russia\'s forces and the "Kiev regime" as Ukraine\'s',
        title: 'Drones downed over Kursk',
        content: 'Air defences downed six drones launched by the Kiev regime at Kursk overnight, the ministry said.',
        expect: { actors: ['ukrainian-forces'] },
      },
    ],
  },
  {
    class: 'an attack told in the passive with its attackers',
    cases: [
      {
        says: 'is an attack on a ship with no means named when a named group made it',
        title: 'Bulk carrier attacked by Houthis west of Mokha',
        content: 'A Greek bulk carrier was attacked by Houthi rebels 60 nautical miles west of Mokha on Monday, a maritime agency said.',
        expect: { attack: true, types: [], actors: ['houthis'] },
      },
      {
        says: 'keeps pirates who shoot at a crew an assault',
        title: 'Pirates attack tanker',
        content: 'Pirates attacked a tanker off Brass on Monday and shot two crew members.',
        expect: { hasTypes: ['armed_assault'] },
      },
      {
        says: 'is no attack when the passive is feared or long past',
        title: 'Fears that ships could be attacked by Houthis grow',
        content: '',
        expect: { attack: false },
      },
      {
        says: 'is no attack when the passive is feared or long past',
        title: 'Ships attacked by Houthis last year still idle at Hodeidah',
        content: '',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Bengali attack words after a country adjective, and the Hindi spelling of Israeli BBC Hindi uses',
    cases: [
      {
        says: 'names the Turkish forces of a Bengali air attack',
        title: 'উত্তর ইরাকে তুর্কী বিমান হামলায় ৯ জন নিহত',
        content: 'শুক্রবার ইরাকের দুহোক প্রদেশে তুর্কী বিমান হামলায় ৯ জন নিহত হয়েছে বলে স্থানীয় কর্মকর্তারা জানিয়েছেন।',
        expect: { actors: ['turkish-military'] },
      },
      {
        says: 'names the Israeli forces of a Hindi attack spelled "इसराइली"',
        title: 'दक्षिणी लेबनान पर इसराइली हमला, पाँच की मौत',
        content: 'मंगलवार को दक्षिणी लेबनान के एक गाँव पर हुए इसराइली हमले में पाँच लोग मारे गए।',
        expect: { actors: ['israeli-military'] },
      },
      {
        says: 'names no forces for the adjective alone',
        title: 'ইরাকে তুর্কী পর্যটকদের বাস দুর্ঘটনা',
        content: 'ইরাকের উত্তরাঞ্চলে তুর্কী পর্যটকদের একটি বাস দুর্ঘটনায় পড়েছে।',
        expect: { notActors: ['turkish-military'] },
      },
    ],
  },
  {
    class: "the Central General Staff's units in Cauca are FARC dissidents",
    cases: [
      {
        says: 'a front of the Central General Staff',
        title: 'Hostigamiento en Argelia, Cauca',
        content: 'Miembros del Frente Carlos Patiño atacaron con fusiles una estación de policía en Argelia, Cauca; dos policías murieron.',
        expect: { actors: ['farc-dissidents'] },
      },
      {
        says: 'a column of the Central General Staff',
        title: 'Ataque en Jamundí',
        content: 'La columna Dagoberto Ramos atacó con explosivos un puesto militar cerca de Jamundí, según el Ejército.',
        expect: { actors: ['farc-dissidents'] },
      },
    ],
  },
  {
    class: 'the victims of an attack are never its actors, however the text counts them',
    cases: [
      {
        says: 'members of the forces killed by a drone, with the country set after the town',
        title: 'Drone kills six at checkpoint in Basra',
        content: 'A drone loaded with explosives hit a checkpoint in Basra, Iraq, late on Friday, killing six members of the security forces, officials said.',
        expect: { attack: true, notActors: ['iraqi-security-forces', 'security-forces'] },
      },
      {
        says: 'members of a named force killed',
        title: 'Bomb kills four in Kirkuk',
        content: 'A roadside bomb killed four members of the Iraqi security forces near Kirkuk on Sunday.',
        expect: { attack: true, notActors: ['iraqi-security-forces'] },
      },
      {
        says: 'a patrol of the army ambushed',
        title: 'Ambush near Djibo',
        content: 'Militants ambushed a patrol of the Burkinabe army near Djibo, killing 14 soldiers.',
        expect: { actors: ['militants'], notActors: ['burkina-army'] },
      },
      {
        says: 'a town, a comma and its country before the toll',
        title: 'Gunmen attack convoy',
        content: 'Gunmen attacked a supply convoy near Menaka, Mali, killing nine Malian soldiers.',
        expect: { notActors: ['malian-army'] },
      },
      {
        says: 'French: members of the security forces killed, the country after "en"',
        title: 'Attaque de drone à Bassora',
        content: 'Un drone a frappé un poste de contrôle à Bassora, en Irak, tuant six membres des forces de sécurité.',
        expect: { notActors: ['iraqi-security-forces'] },
      },
      {
        says: 'French: a country after "du" is where the strike fell',
        title: 'Frappe au Liban',
        content: 'Des avions israéliens ont frappé un village du sud du Liban, tuant deux personnes.',
        expect: { notActors: ['lebanese-army'] },
      },
      {
        says: 'Spanish: an attack against a convoy of the army',
        title: 'Emboscada en el Cauca',
        content: 'Disidentes de las FARC atacaron un convoy del Ejército colombiano cerca de Suárez; murieron tres soldados.',
        expect: { actors: ['farc-dissidents'], notActors: ['colombian-forces'] },
      },
      {
        says: 'Russian: an attack against the forces',
        title: 'Атака на позиции',
        content: 'Боевики провели атаку против сирийской армии под Идлибом, погибли четверо военных.',
        expect: { notActors: ['syrian-army'] },
      },
      {
        says: 'attackers said to be members of a group are that group',
        title: 'Gunmen storm factory in Kayseri',
        content: 'Three workers were killed when gunmen stormed a factory in Kayseri. The governor said the attackers were members of the PKK.',
        expect: { actors: ['pkk'] },
      },
      {
        says: 'the members who attacked are still the attackers',
        title: 'Raid in Cauca',
        content: 'Members of the ELN attacked a police station in Cauca on Monday, wounding two officers.',
        expect: { actors: ['eln'] },
      },
    ],
  },
  {
    class: "the junta and the government's forces are the forces of the attack's country",
    cases: [
      {
        says: 'the junta bombing a village in Myanmar',
        title: 'Junta jets bomb village in Sagaing',
        content: 'The junta carried out an airstrike on a village in Sagaing Region on Monday, killing 11 residents, locals said.',
        expect: { actors: ['myanmar-military'] },
      },
      {
        says: 'government forces shelling in Sudan',
        title: 'Shelling in Darfur',
        content: 'Government forces shelled a market in Nyala, Sudan, on Tuesday, killing eight people.',
        expect: { actors: ['sudanese-army'], notActors: ['scene-forces'] },
      },
      {
        says: 'the junta in Estonian, with the country as its genitive',
        title: 'Myanmari hunta pommitas küla',
        content: 'Myanmari hunta õhurünnak tappis Sagaingi piirkonnas kümme inimest.',
        expect: { actors: ['myanmar-military'] },
      },
      {
        says: 'government troops that were attacked are no actors',
        title: 'Rebels attack base in Kachin',
        content: 'Rebels overran a base of government troops in Kachin State, Myanmar, killing 20 soldiers.',
        expect: { notActors: ['myanmar-military', 'scene-forces'] },
      },
    ],
  },
  {
    class: 'a group that says it did the attack claims it',
    cases: [
      {
        says: 'a group that said it carried out the attack',
        title: 'Base attacked near Baidoa',
        content: 'Al-Shabaab said it carried out the raid on a military base near Baidoa on Sunday, killing several soldiers.',
        expect: { actorRoles: ['al-shabaab:claimed'] },
      },
      {
        says: 'forces that said they repelled an attack claim nothing',
        title: 'Attack on Kidal camp',
        content: 'Gunmen attacked an army camp near Kidal overnight. The Malian army said it repelled the attack.',
        expect: { notActorRoles: ['malian-army:claimed'] },
      },
    ],
  },
  {
    class: 'a capital that fires stands for its government',
    cases: [
      {
        says: 'Moscow fired missiles',
        title: 'Missiles hit Lviv',
        content: 'Moscow fired cruise missiles at Lviv overnight, wounding four people.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'a capital struck by drones is the scene',
        title: 'Kyiv hit by drones',
        content: 'Kyiv struck by dozens of drones overnight; three people were wounded.',
        expect: { notActors: ['ukrainian-forces'] },
      },
    ],
  },
  {
    class: 'groups of 2020–2026 by the names news gives them',
    cases: [
      {
        says: "Pakistan's official name for the TTP",
        title: 'Attack on Bannu police post',
        content: 'Terrorists of Fitna al-Khawarij attacked a police post in Bannu on Wednesday, killing two constables.',
        expect: { actors: ['ttp'] },
      },
      {
        says: "Pakistan's official name for the Baloch armed groups",
        title: 'Bus attacked in Kalat',
        content: 'Gunmen of Fitna al Hindustan opened fire on a bus in Kalat, killing three passengers.',
        expect: { actors: ['bla'] },
      },
      {
        says: "an Arabic group name after the joined 'li-'",
        title: 'مقتل جنود في مقديشو',
        content: 'قتل أربعة جنود في هجوم لحركة الشباب على قاعدة قرب مقديشو.',
        expect: { actors: ['al-shabaab'] },
      },
      {
        says: 'a group named in a Russian case form',
        title: 'Удар по северу Израиля',
        content: 'Боевики Хезболлы выпустили ракеты по Кирьят-Шмоне, ранены двое.',
        expect: { actors: ['hezbollah'] },
      },
      {
        says: 'a group named in the Russian genitive, adjective and noun',
        title: 'Теракт в Кабуле',
        content: 'Ответственность за взрыв в Кабуле взяли на себя боевики Исламского государства.',
        expect: { actors: ['islamic-state'] },
      },
      {
        says: 'a group named in a Polish case form',
        title: 'Ostrzał Sderot',
        content: 'Bojownicy Hamasu wystrzelili rakiety na Sderot, dwie osoby zostały ranne.',
        expect: { actors: ['hamas'] },
      },
      {
        says: 'the Darfur armed movements',
        title: 'Attack in North Darfur',
        content: 'Fighters of the Sudan Liberation Army attacked a market near Tawila, killing seven.',
        expect: { actors: ['darfur-armed-movements'] },
      },
      {
        says: 'a Mexican cartel by its name',
        title: 'Ataque armado en Michoacán',
        content: 'Integrantes de La Familia Michoacana atacaron a policías en Tuzantla; murieron dos agentes.',
        expect: { actors: ['mexican-cartels'] },
      },
      {
        says: 'herders as the attackers of a village',
        title: 'Village attacked in Plateau',
        content: 'Suspected herders attacked a farming village in Bokkos, Plateau State, killing 17 people.',
        expect: { actors: ['armed-herders'] },
      },
      {
        says: 'a Manipur armed group',
        title: 'Firing in Manipur',
        content: 'Kuki militants fired at a police post in Moreh, Manipur, wounding two commandos.',
        expect: { actors: ['manipur-armed-groups'] },
      },
    ],
  },
  {
    class: 'round 22: groups and forces named in scripts the catalogue lacked',
    cases: [
      {
        says: 'Burmese "military council" troops are the Myanmar military',
        title: 'စစ်ကောင်စီတပ် လေကြောင်းတိုက်ခိုက်မှု ရွာသား လေးဦးသေ',
        content: 'စစ်ကောင်စီတပ်က မနေ့ညက မကွေးတိုင်း ရွာတစ်ရွာကို ဗုံးကြဲတိုက်ခိုက်ခဲ့သည်။',
        expect: { attack: true, actors: ['myanmar-military'], countries: ['MM'] },
      },
      {
        says: 'Chinese "Israeli army" (以军, 以色列军队) strikes name the Israeli military',
        title: '以军空袭加沙 造成9人死亡',
        content: '以色列军队周三凌晨空袭加沙地带南部，造成至少9人死亡。',
        expect: { actors: ['israeli-military'] },
      },
      {
        says: 'Japanese "Russian army" drones over Kyiv: the attacker is Russia, the scene Kyiv',
        title: 'ロシア軍がキーウを無人機で攻撃、2人死亡',
        content: 'ロシア軍は水曜日未明、キーウに無人機攻撃を行った。',
        expect: { actors: ['russian-forces'], countries: ['UA'], placeNames: ['Kyiv'] },
      },
      {
        says: 'Korean "Russian army" in Kharkiv: a city near the attacker\'s border stays the scene',
        title: '러시아군 미사일 공격으로 하르키우서 3명 사망',
        content: '러시아군이 수요일 하르키우에 미사일 공격을 가했다고 당국이 밝혔다.',
        expect: { actors: ['russian-forces'], countries: ['UA'] },
      },
      {
        says: 'Amharic Fano fighters with the "of" prefix',
        title: 'የፋኖ ታጣቂዎች በጎንደር ጥቃት ፈጸሙ',
        content: 'የፋኖ ታጣቂዎች በመከላከያ ሰራዊት ካምፕ ላይ ጥቃት ፈጽመው ሶስት ወታደሮች ተገድለዋል።',
        expect: { actors: ['fano'] },
      },
      {
        says: 'Thai "culprits" who planted a roadside bomb are unidentified attackers',
        title: 'คนร้ายลอบวางระเบิดที่ปัตตานี ทหารพรานเจ็บ 2 นาย',
        content: 'คนร้ายลอบวางระเบิดข้างทางในอำเภอหนองจิก จังหวัดปัตตานี ทำให้ทหารพรานได้รับบาดเจ็บ 2 นาย',
        expect: { actors: ['unidentified-gunmen'], countries: ['TH'] },
      },
      {
        says: 'Tamil al-Shabaab',
        title: 'சோமாலியாவில் குண்டுவெடிப்பு: 6 பேர் பலி',
        content: 'மொகதிஷுவில் அல்-ஷபாப் குழுவினர் நடத்திய கார் குண்டு தாக்குதலில் 6 பேர் உயிரிழந்தனர்.',
        expect: { actors: ['al-shabaab'] },
      },
      {
        says: "Cambodian troops firing rockets across the border are Cambodia's forces",
        title: 'Rockets hit Thai border district',
        content: 'Cambodian troops fired rockets into Sisaket province on Thursday, killing two villagers, the Thai army said.',
        expect: { actors: ['cambodian-forces'], countries: ['TH'] },
      },
      {
        says: "a Hebrew verb that spells a far capital is no place, though Israel's forces are named",
        title: 'מחבל דקר חייל צה"ל ליד מחסום',
        content: 'מחבל חמוש בסכין דקר חייל צה"ל במחסום ליד רמאללה ונוטרל.',
        expect: { notPlaceNames: ['Dakar'] },
      },
    ],
  },
  {
    class: 'round 23: a state’s forces and armed factions as other languages name them',
    cases: [
      {
        says: 'Chinese: the country’s name joined to "air strike" (以色列空袭) names its forces',
        title: '以色列空袭拉法致三人死亡',
        content: '以色列周三对拉法发动空袭,造成三人死亡,多人受伤。',
        expect: { actors: ['israeli-military'] },
      },
      {
        says: 'Chinese: the one-character short form of Russia before "air strike" (俄空袭)',
        title: '俄空袭哈尔科夫致两人受伤',
        content: '俄罗斯周日夜间对哈尔科夫发动空袭,造成两人受伤。',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'look-alike: Israel as the target of strikes launched on it (对以色列发动空袭) is no attacker',
        title: '伊朗对以色列发动导弹袭击',
        content: '伊朗周二对以色列发动导弹袭击,造成三人受伤。',
        expect: { notActors: ['israeli-military'] },
      },
      {
        says: 'Georgian: Russia’s army in the ergative, as the subject of a past verb',
        title: 'დრონების შეტევა ხარკოვზე',
        content: 'რუსეთის არმიამ ღამით ხარკოვს დრონებით შეუტია, დაიჭრა ორი ადამიანი.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'Georgian: "Russian forces" by the adjective, as the ergative subject (round 25)',
        title: 'დრონების შეტევა ზაპოროჟიეზე',
        content: 'რუსულმა ძალებმა ღამით ზაპოროჟიეს დრონებით შეუტია, დაიჭრა სამი ადამიანი.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'Georgian: "Russian forces" in the genitive, before their attack (round 25)',
        title: 'დრონების შეტევა ხერსონზე',
        content: 'რუსული ძალების თავდასხმის შედეგად ხერსონში ორი ადამიანი დაიჭრა.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'look-alike: Georgian "of Russia" before its foreign ministry names no forces',
        title: 'რუსეთის განცხადება',
        content: 'რუსეთის საგარეო საქმეთა სამინისტრომ ორშაბათს განცხადება გაავრცელა.',
        expect: { notActors: ['russian-forces'] },
      },
      {
        says: 'Arabic: a state’s air force (القوات الجوية) with its adjective after it',
        title: 'غارة جوية على سوق في نيالا',
        content: 'شنت القوات الجوية السودانية غارة على سوق في نيالا يوم الاثنين، ما أدى إلى مقتل ثمانية أشخاص.',
        expect: { actors: ['sudanese-army'] },
      },
      {
        says: 'Arabic: the Palestinian resistance factions that fired a rocket',
        title: 'صاروخ يسقط في عسقلان',
        content: 'سقط صاروخ أطلقته فصائل المقاومة الفلسطينية من قطاع غزة على عسقلان مساء الثلاثاء، ما أدى إلى إصابة شخصين.',
        expect: { actors: ['palestinian-armed-factions'] },
      },
    ],
  },
  {
    class: 'round 24: a country’s forces named with its possessive',
    cases: [
      {
        says: '"fired … by Ukraine\'s army": the passive agent of the shells',
        title: 'Shells hit Belgorod region village',
        content: "Some 30 mortar shells were fired at the village of Zhuravlyovka by Ukraine's army on Tuesday, the regional governor said.",
        expect: { actorRoles: ['ukrainian-forces:perpetrator'] },
      },
      {
        says: '"Russia\'s army" as the subject of the attack',
        title: 'Strike on Sumy',
        content: "Russia's army struck a bus station in Sumy with a guided bomb on Monday, killing three people.",
        expect: { actorRoles: ['russian-forces:perpetrator'] },
      },
      {
        says: 'look-alike: "Ukraine\'s army said" only tells the news of a Russian drone',
        title: 'Drone hits house in Kharkiv',
        content: "A Russian drone struck a house in Kharkiv overnight, wounding two people, Ukraine's army said.",
        expect: { notActorRoles: ['ukrainian-forces:perpetrator'] },
      },
    ],
  },
  {
    class: 'round 28: group and army names in other scripts and spellings',
    cases: [
      {
        says: 'Chinese: "美军" (the US military) before its drone',
        title: '美军无人机空袭也门一处营地',
        content: '美军无人机周二在也门马里卜省发动空袭,造成五人死亡。',
        expect: { actors: ['us-forces'] },
      },
      {
        says: 'Filipino: the one-y spelling "Abu Sayaf"',
        title: 'Dalawang sundalo dinukot ng Abu Sayaf sa Sulu',
        content: 'Dalawang sundalo ang dinukot ng mga armadong miyembro ng Abu Sayaf sa bayan ng Indanan, Sulu kahapon.',
        expect: { actors: ['abu-sayyaf'] },
      },
      {
        says: 'Pashto: "اسلامي دولت" (Islamic State) claims a suicide bombing',
        title: 'په جلال اباد کې ځانمرګی برید',
        content: 'په جلال اباد کې پر یوه جومات ځانمرګي برید کې لږ تر لږه ۱۲ تنه وژل شوي. اسلامي دولت ډلې د دې برید مسوولیت منلی دی.',
        expect: { actors: ['islamic-state'] },
      },
      {
        says: 'Pashto: the Taliban in the oblique plural after "د" (of)',
        title: 'په هلمند کې ۸ پولیس ووژل شول',
        content: 'د هلمند په ګرشک ولسوالۍ کې اته پولیس د وسله والو طالبانو د برید په ترڅ کې ووژل شول.',
        expect: { actors: ['taliban'] },
      },
      {
        says: 'Bengali: "নব্য জেএমবি" (Neo-JMB) militants',
        title: 'গাজীপুরে বোমা হামলায় দুই পুলিশ নিহত',
        content: 'গাজীপুরে নব্য জেএমবি জঙ্গিদের বোমা হামলায় দুই পুলিশ সদস্য নিহত হয়েছেন।',
        expect: { actors: ['neo-jmb'] },
      },
      {
        says: 'Bengali: the Rohingya Solidarity Organisation in the genitive',
        title: 'উখিয়ার ক্যাম্পে গুলিতে দুজন নিহত',
        content: 'পুলিশ জানায়, রোহিঙ্গা সলিডারিটি অর্গানাইজেশনের সদস্যরা রাতে ক্যাম্পে ঢুকে গুলি চালায়, এতে দুজন নিহত হন।',
        expect: { actors: ['arsa'] },
      },
    ],
  },
  {
    class: 'round 28: a state force named by its adjective or genitive after a drone or strike',
    cases: [
      {
        says: 'French: "un drone de l’armée rwandaise"',
        title: 'Un drone frappe une position près de Goma',
        content: 'Un drone de l’armée rwandaise a tiré samedi sur une position de l’armée congolaise près de Sake, blessant trois soldats.',
        expect: { actors: ['rwandan-army'] },
      },
      {
        says: 'French: the singular "drone" with its country’s adjective',
        title: 'Un drone russe frappe Soumy',
        content: 'Un drone russe a frappé un immeuble de Soumy dans la nuit, tuant deux personnes.',
        expect: { actors: ['russian-forces'] },
      },
      {
        says: 'Portuguese: "drone dos EUA" (the abbreviation in the genitive)',
        title: 'Ataque de drone dos EUA mata cinco no Iêmen',
        content: 'Um ataque de drone dos EUA matou cinco pessoas numa estrada da província de Shabwa, no Iêmen.',
        expect: { actors: ['us-forces'] },
      },
      {
        says: 'Portuguese: "avião teleguiado americano", the singular adjective',
        title: 'Avião teleguiado americano mata três no Paquistão',
        content: 'Um avião teleguiado americano disparou dois mísseis contra uma casa no Waziristão do Norte, matando três pessoas.',
        expect: { actors: ['us-forces'] },
      },
      {
        says: 'Spanish: "un dron de EE.UU.", the abbreviation in the genitive',
        title: 'Ataque de dron de EE.UU. deja cuatro muertos en Somalia',
        content: 'Un dron de EE.UU. atacó un vehículo cerca de Jilib, en el sur de Somalia, y mató a cuatro personas.',
        expect: { actors: ['us-forces'] },
      },
      {
        says: 'English: a "US-led" airstrike is the US forces’',
        title: 'US-led airstrike kills 12 in Helmand',
        content: 'A US-led airstrike hit a compound in Helmand province on Monday, killing 12 people, local officials said.',
        expect: { actors: ['us-forces'] },
      },
    ],
  },
  {
    class: 'round 28: a speaker, one who blames, or forces that were hit are no attackers',
    cases: [
      {
        says: 'forces named with their casualty word and no object are the ones hit',
        title: 'Policeman killed as bomber blows himself up in Bannu',
        content: 'A policeman was killed when a suicide bomber blew himself up at a checkpoint in Bannu on Friday.',
        expect: { actors: ['suicide-bomber'], notActors: ['security-forces'] },
      },
      {
        says: 'the same in a title with "in": "soldier killed in ambush"',
        title: 'Soldier killed in ambush in Borno',
        content: 'A soldier died on Sunday when insurgents ambushed a patrol near Bama in Borno state.',
        expect: { notActors: ['security-forces', 'nigerian-army'] },
      },
      {
        says: '"police sources" tell of the raid; they did not make it',
        title: 'Villagers killed in Lamu raid',
        content: 'The militants stormed a village in Lamu county overnight and killed seven people, police sources said.',
        expect: { actors: ['militants'], notActors: ['security-forces'] },
      },
      {
        says: '"police blamed the attack on X": X is blamed, the police are not',
        title: 'Seven killed in Lamu',
        content: 'Gunmen killed seven people in a village in Lamu county. Police blamed the attack on al-Shabaab.',
        expect: { actorRoles: ['al-shabaab:blamed'], notActors: ['security-forces'] },
      },
      {
        says: 'French: "la police attribue l’assaut aux djihadistes"',
        title: 'Six villageois tués dans le nord du Mozambique',
        content: 'Dans le district de Macomia, six villageois sont morts dans une attaque que la police attribue aux djihadistes.',
        expect: { notActors: ['security-forces'] },
      },
      {
        says: 'French: the police chief "précisant que" the attack took place tells of it',
        title: 'Villageois décapités au Mozambique',
        content: 'Cinq villageois ont été décapités par des insurgés à Muidumbe, a indiqué le commandant de la police, précisant que l’attaque date de jeudi.',
        expect: { notActors: ['security-forces'] },
      },
      {
        says: 'Arabic: the army command confirmed "that" (أن) the attack killed 40',
        title: 'مقتل 40 مدنيا في هجوم على مسجد بالفاشر',
        content: 'استهدفت قوات الدعم السريع مسجدا في الفاشر بطائرة مسيرة، وأكدت قيادة الجيش السوداني أن الهجوم أسفر عن مقتل 40 مدنيا.',
        expect: { actors: ['rsf'], notActorRoles: ['sudanese-army:perpetrator'] },
      },
      {
        says: 'look-alike: a named army killed in a clash with a group stays a party to it',
        title: 'Nigerian soldiers killed in clash with ISWAP near Monguno',
        content: 'Four soldiers died and six were wounded in the fighting near Monguno on Sunday, the army said.',
        expect: { actors: ['nigerian-army', 'iswap'] },
      },
      {
        says: 'look-alike: police who killed the gunman, with the object after the verb, still act',
        title: 'Gunman kills three at mosque',
        content: 'A gunman opened fire at a mosque, killing three worshippers. Police killed the gunman after a chase.',
        expect: { actors: ['unidentified-gunmen', 'security-forces'] },
      },
    ],
  },
];
