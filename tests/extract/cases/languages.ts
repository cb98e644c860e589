/**
 * Attack or not, and whole reports, in other languages. Reports and look-alikes in languages other
 * than English and in other scripts, by language or by the way the language tells the event:
 * whether they are attacks and, for whole reports, what else they read as.
 *
 * Adding a case: put `{ says, title, content, expect }` in the class it belongs to, or add a
 * class named for why its cases are there. `expect` gives only what the case is about; the
 * fields are `Expected` in tests/helpers/extraction.ts. Stories are written for the tests in
 * our own words, not copied from articles. reading-languages.test.ts runs them, one test a case.
 * A test file in the older shape (a table of `[says, title, content, isAttack, type?]` stories, or
 * an `it` reading one story and expecting on it) folds in the same way: one case a story, its `it`
 * name as `says`; a story tuple's flag and type as `expect: { attack, hasTypes: [type] }`.
 */
import type { CaseClass } from '../../helpers/extraction.js';

export const languageCases: CaseClass[] = [
  {
    class: 'text as the web delivers it',
    cases: [
      {
        says: 'soft hyphens, as entities or characters, do not split words',
        title: 'Sui&shy;cide bom&shy;ber kills 9 in Mo&shy;ga&shy;dishu',
        content: 'A sui\u00ADcide bom\u00ADber killed nine people at a café in Mo\u00ADgadishu.',
        expect: { attack: true, types: ['suicide_attack'], countries: ['SO'] },
      },
      {
        says: 'decomposed accents (NFD) are composed before matching',
        title: 'Gunmen kill four near Se\u0301gou',
        content: 'Gunmen killed four villagers near Se\u0301gou in central Mali on Friday.',
        expect: { placeNames: ['Ségou'] },
      },
    ],
  },
  {
    // Round 18: Chinese and Japanese write no spaces (a Han or kana run is cut into words by
    // Intl.Segmenter); Korean joins particles and "to do" endings to its nouns ("공격으로", "사망했다").
    class: 'Chinese, Japanese and Korean attack reports',
    cases: [
      {
        says: 'Chinese (simplified): a suicide bombing in Pakistan with its dead and wounded, counted with 名',
        title: '巴基斯坦西北部发生自杀式袭击 12名警察丧生',
        content: '一名自杀式袭击者在检查站引爆炸药,造成12名警察死亡,另有7人受伤。',
        expect: { attack: true, types: ['suicide_attack'], countries: ['PK'], toll: { killed: 12, injured: 7 } },
      },
      {
        says: 'Chinese (traditional): a drone attack in Yemen',
        title: '無人機在也門發動襲擊 4人喪生',
        content: '一架無人機襲擊了一輛汽車,車上4人喪生。',
        expect: { attack: true, types: ['drone'], countries: ['YE'], killed: 4 },
      },
      {
        says: 'Japanese: a rocket attack, the dead counted with 人 and the subject particle が',
        title: 'イスラエル北部にロケット攻撃 3人が死亡',
        content: 'イスラエル北部の町にロケット弾が着弾し、少なくとも3人が死亡した。',
        expect: { attack: true, types: ['rocket'], countries: ['IL'], killed: 3 },
      },
      {
        says: 'Korean: particles and verb endings fold off the noun, figures counted with 명',
        title: '이라크 차량 폭탄 테러로 5명 숨지고 8명 부상',
        content: '이라크에서 폭탄 테러가 발생해 5명이 숨지고 8명이 다쳤다.',
        expect: { attack: true, hasTypes: ['ied'], countries: ['IQ'], toll: { killed: 5, injured: 8 } },
      },
    ],
  },
  {
    class: 'attack reports in other languages',
    cases: [
      {
        says: 'French: a booby-trapped drone, a car bomb, gunmen',
        title: 'Irak : trois soldats blessés par un drone piégé près de Mossoul',
        content: 'Un drone piégé a explosé mardi au-dessus d’un poste militaire près de Mossoul, en Irak.',
        expect: { attack: true, types: ['drone'], countries: ['IQ'] },
      },
      {
        says: 'French: a booby-trapped drone, a car bomb, gunmen',
        title: 'Une voiture piégée explose devant un commissariat à Gao',
        content: 'Quatre morts et onze blessés : une voiture piégée a explosé lundi devant le commissariat de Gao, au Mali.',
        expect: { attack: true, hasTypes: ['ied'], countries: ['ML'], toll: { killed: 4, injured: 11 } },
      },
      {
        says: 'Spanish: armed men at a party, a car bomb',
        title: 'Hombres armados atacan una fiesta en Celaya: siete muertos',
        content:
          'Un grupo de hombres armados abrió fuego contra los asistentes a una fiesta en Celaya, Guanajuato, México. Siete personas murieron y cinco resultaron heridas.',
        expect: { attack: true, types: ['armed_assault'], countries: ['MX'], killed: 7 },
      },
      {
        says: 'Spanish: armed men at a party, a car bomb',
        title: 'Coche bomba estalla frente a un cuartel en Cali',
        content: 'Un coche bomba estalló frente a un cuartel militar en Cali, Colombia, y dejó tres heridos.',
        expect: { attack: true, types: ['ied'], countries: ['CO'] },
      },
      {
        says: 'Portuguese: a shooting attack on a bar',
        title: 'Ataque a tiros em bar deixa quatro mortos em Fortaleza',
        content:
          'Homens armados chegaram de carro e abriram fogo contra os clientes de um bar em Fortaleza, no Brasil. Quatro pessoas morreram e duas ficaram feridas.',
        expect: { attack: true, types: ['armed_assault'], countries: ['BR'], killed: 4 },
      },
      {
        says: 'Italian: a suicide bomber',
        title: 'Attentato suicida a Baghdad: 12 morti e 30 feriti',
        content: 'In un mercato di Baghdad, in Iraq, un attentatore suicida si è fatto saltare in aria tra la folla, uccidendo almeno 12 persone.',
        expect: { attack: true, types: ['suicide_attack'], countries: ['IQ'], toll: { killed: 12, injured: 30 } },
      },
      {
        says: 'German: a drone attack, a rocket attack',
        title: 'Drohnenangriff auf Charkiw: zwei Tote',
        content: 'Bei einem nächtlichen Drohnenangriff auf Charkiw in der Ukraine sind zwei Menschen getötet und fünf verletzt worden.',
        expect: { attack: true, types: ['drone'], countries: ['UA'] },
      },
      {
        says: 'German: a drone attack, a rocket attack',
        title: 'Raketenangriff auf Stützpunkt im Irak',
        content: 'Auf einen Stützpunkt in der Nähe von Erbil im Irak ist am Abend ein Raketenangriff verübt worden, mehrere Soldaten wurden verletzt.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'Polish: a drone attack, shelling',
        title: 'Atak dronów na Odessę. Zginęły trzy osoby',
        content: 'W nocy rosyjskie drony uderzyły w budynki mieszkalne w Odessie. Zginęły trzy osoby, a 9 zostało rannych.',
        expect: { attack: true, types: ['drone'], injured: 9 },
      },
      {
        says: 'Polish: a drone attack, shelling',
        title: 'Ostrzał Chersonia: dwie osoby ranne',
        content: 'Rosyjski ostrzał Chersonia w niedzielę rano, dwie osoby zostały ranne.',
        expect: { attack: true, types: ['mortar_artillery'] },
      },
      {
        says: 'Italian: a man firing in a bar; German: armed men storm a café',
        title: 'Milano, uomo spara in un bar: tre morti',
        content:
          'Un uomo è entrato in un bar alla periferia di Milano sparando colpi di pistola contro i clienti. Il bilancio è di tre morti e quattro feriti.',
        expect: { attack: true, types: ['armed_assault'], countries: ['IT'], toll: { killed: 3, injured: 4 } },
      },
      {
        says: 'Italian: a man firing in a bar; German: armed men storm a café',
        title: 'Bewaffnete stürmen Café in Ouagadougou',
        content: 'Mehrere Bewaffnete haben am Abend ein Café in Ouagadougou in Burkina Faso gestürmt und mindestens sechs Gäste getötet.',
        expect: { attack: true, types: ['armed_assault'], killed: 6 },
      },
      {
        says: 'French armed men, Polish verb-first tolls and hedges',
        title: 'Niger : des individus armés attaquent un marché',
        content: 'Des individus armés ont attaqué un marché près de Tillabéri, au Niger, et au moins neuf personnes ont été tuées.',
        expect: { attack: true, types: ['armed_assault'], killed: 9 },
      },
      {
        says: 'French armed men, Polish verb-first tolls and hedges',
        title: 'Mali : huit civils tués dans une attaque terroriste',
        content: 'Une attaque terroriste contre un hameau de la région de Mopti, au Mali, a tué huit civils samedi soir.',
        expect: { types: ['armed_assault'], countries: ['ML'] },
      },
      {
        says: 'French armed men, Polish verb-first tolls and hedges',
        title: 'Atak rakietowy na Zaporoże',
        content: 'W rosyjskim ataku rakietowym na Zaporoże zginęło co najmniej 7 osób, a 20 zostało rannych.',
        expect: { attack: true, types: ['missile'], toll: { killed: 7, injured: 20 } },
      },
      {
        says: 'French armed men, Polish verb-first tolls and hedges',
        title: 'Atak dronów na Sumy',
        content: 'Po ataku dronów na Sumy zginęły dwie osoby.',
        expect: { killed: 2 },
      },
      {
        says: 'one dead, in languages whose "one" is also the article',
        title: 'Attentat à Mogadiscio : un mort et douze blessés',
        content: 'Une bombe a explosé près du port de Mogadiscio, en Somalie.',
        expect: { toll: { killed: 1, injured: 12 } },
      },
      {
        says: 'one dead, in languages whose "one" is also the article',
        title: 'Anschlag in Istanbul: ein Toter',
        content: 'Bei einem Bombenanschlag in Istanbul in der Türkei gab es ein Toter und drei Verletzte.',
        expect: { killed: 1 },
      },
      {
        says: 'a place name that is also a common word of the language is not the scene',
        title: 'Ataque a quartel deixa dois mortos na Chechênia, Rússia',
        content: 'Homens armados abriram fogo contra um quartel na Rússia. Perto do quartel explodiu depois um carro-bomba.',
        expect: { countries: ['RU'] },
      },
    ],
  },
  {
    class: 'remembrance in other languages',
    cases: [
      {
        says: 'a Spanish ceremony years after a bombing is no attack report',
        title: 'Familias y vecinos recuerdan a las víctimas del atentado de la estación',
        content: 'Veinte años después de la explosión que mató a 40 viajeros, cientos de personas se reunieron en el andén.',
        expect: { attack: false },
      },
      {
        says: 'an Italian and a Portuguese remembrance likewise',
        title: 'Dieci anni dopo la strage, la città ricorda le vittime della bomba',
        expect: { attack: false },
      },
      {
        says: 'an Italian and a Portuguese remembrance likewise',
        title: 'Cinco anos depois do atentado, moradores relembram as vítimas da explosão',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Cyrillic reports',
    cases: [
      {
        says: 'a Russian report of shelling with the toll after the verb',
        title: 'Армия РФ обстреляла Харьков',
        content: 'Российские военные утром обстреляли Харьков. Погибли по меньшей мере два человека. Ещё шесть человек ранены.',
        expect: { attack: true, types: ['mortar_artillery'], countries: ['UA'], toll: { killed: 2, injured: 6 }, actors: ['russian-forces'] },
      },
      {
        says: 'a verb-first toll followed by "ещё N" after a comma is two groups',
        title: 'Обстрел Херсона',
        content: 'Российские войска обстреляли Херсон: погибли два человека, ещё шесть ранены.',
        expect: { toll: { killed: 2, injured: 6 } },
      },
      {
        says: 'a Ukrainian missile strike on a declined city name, with number words',
        title: 'Ракетний удар по Одесі',
        content: 'Росіяни завдали ракетного удару по Одесі. Троє людей загинули, ще п’ятеро отримали поранення.',
        expect: { attack: true, types: ['missile'], countries: ['UA'], toll: { killed: 3, injured: 5 } },
      },
      {
        says: 'a Ukrainian report that no one was hurt',
        title: 'Дрони атакували Полтаву',
        content: 'Уночі ворожі дрони атакували Полтаву. Обійшлося без жертв, пошкоджено склад.',
        expect: { attack: true, types: ['drone'], toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'a country named in a declined form',
        title: 'Авиаудар в Сирии',
        content: 'Самолеты нанесли авиаудар по окраине Идлиба в Сирии, погибли четыре человека.',
        expect: { countries: ['SY'] },
      },
      {
        says: "a region named by its city's adjective, after a capitalised preposition",
        title: 'В Курской области при обстреле погиб один человек',
        content: 'Снаряд попал в частный дом в селе у границы.',
        expect: { countries: ['RU'] },
      },
      {
        says: "a region named by its city's adjective, after a capitalised preposition",
        title: 'Удар по Сумській громаді',
        content: 'Дрон влучив у житловий будинок, двоє людей загинули.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'a household gas explosion in Russian is no attack',
        title: 'Взрыв газа в жилом доме в Самаре',
        content: 'В пятиэтажном доме произошел взрыв бытового газа. Погибли три человека, пятеро пострадали.',
        expect: { attack: false },
      },
      {
        says: 'exercises with ballistic missile launches are no attack',
        title: 'Учения ракетных войск',
        content: 'Министр наблюдал за учебными пусками баллистических ракет, учебные цели поражены.',
        expect: { attack: false },
      },
      {
        says: 'a farmer killed by an old mine while ploughing (Bulgarian) is no attack',
        title: 'Фермер загина след взрив на мина',
        content: 'Край Харков трактор натъкнал на мина от войната, докато фермерът орал нивата си.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Arabic and Persian reports',
    cases: [
      {
        says: 'a roadside bomb with Eastern Arabic digits and the wounded after the killed',
        title: 'مقتل ٣ جنود وإصابة ٥ آخرين بانفجار عبوة ناسفة في الموصل',
        content: 'انفجرت عبوة ناسفة على جانب الطريق أثناء مرور دورية للجيش في الموصل.',
        expect: { attack: true, types: ['ied'], countries: ['IQ'], toll: { killed: 3, injured: 5 } },
      },
      {
        says: '"killing and wounding of N" is a figure of neither kind',
        title: 'مقتل وإصابة 12 بتفجير سيارة مفخخة في كركوك',
        content: 'فجر انتحاري سيارة مفخخة قرب سوق شعبي في كركوك.',
        expect: { attack: true, types: ['ied', 'suicide_attack'], toll: { killed: null, injured: null } },
      },
      {
        says: 'a group named in Arabic and no casualties',
        title: 'هجوم بطائرة مسيرة على قاعدة عسكرية',
        content: 'تبنى تنظيم داعش هجوما بطائرة مسيرة على قاعدة في دير الزور دون وقوع أي إصابات.',
        expect: { types: ['drone'], toll: { killed: 0, injured: 0 }, actors: ['islamic-state'] },
      },
      {
        says: 'a Persian drone attack with Persian digits',
        title: 'حمله پهپادی به یک پایگاه در کرمانشاه',
        content: 'در این حمله ۴ نفر کشته و ۷ نفر زخمی شدند.',
        expect: { attack: true, types: ['drone'], countries: ['IR'], toll: { killed: 4, injured: 7 } },
      },
      {
        says: 'an Israeli drone strike told in Arabic names the Israeli forces, and "البلاد" (the land) is no town',
        title: 'مقتل رجلين في غارة إسرائيلية بطائرة مسيرة جنوب لبنان',
        content: 'استهدفت الغارة دراجة نارية قرب بلدة في جنوب البلاد، بحسب الوكالة الوطنية.',
        expect: { types: ['drone'], countries: ['LB'], actors: ['israeli-military'] },
      },
      {
        says: 'an everyday Arabic word is no place ("كان", was, is also a French city)',
        title: 'انفجار عبوة ناسفة في البصرة',
        content: 'قال مصدر أمني إن عبوة ناسفة كان قد زرعها مجهولون انفجرت قرب سوق في البصرة.',
        expect: { countries: ['IQ'] },
      },
    ],
  },
  {
    class: 'Latin-script languages beyond the wire six',
    cases: [
      {
        says: 'a Turkish roadside bomb with the place carrying a case suffix',
        title: "Diyarbakır'da bombalı saldırı: 2 şehit, 4 yaralı",
        content: "Diyarbakır'ın kırsalında askeri araca el yapımı patlayıcı ile saldırı düzenlendi.",
        expect: { attack: true, types: ['ied'], countries: ['TR'], toll: { killed: 2, injured: 4 } },
      },
      {
        says: 'a Turkish gas explosion is no attack',
        title: 'Bursa’da doğalgaz patlaması',
        content: 'Bir apartman dairesinde doğalgaz patlaması meydana geldi, 2 kişi yaralandı.',
        expect: { attack: false },
      },
      {
        says: 'a Dutch roadside bomb and the Turkish army named in Dutch',
        title: 'Bermbom doodt zes soldaten in Kandahar',
        content: 'Het Turkse leger was niet betrokken. De aanslag werd niet opgeëist.',
        expect: { attack: true, types: ['ied'], countries: ['AF'], killed: 6 },
      },
      {
        says: 'a Swedish shooting with the toll after the figure',
        title: 'Skottlossning i Uppsala',
        content: 'Två personer dödades och tre skadades vid en skottlossning på en pizzeria i Uppsala i kväll.',
        expect: { attack: true, types: ['armed_assault'], countries: ['SE'], toll: { killed: 2, injured: 3 } },
      },
      {
        says: 'Turkish wounded in the perfect, Indonesian "no loss of life"',
        title: "Siirt'te karakola saldırı",
        content: 'Karakola roketatarlı saldırı düzenlendi, 3 asker yaralanmış oldu.',
        expect: { injured: 3 },
      },
      {
        says: 'Turkish wounded in the perfect, Indonesian "no loss of life"',
        title: 'Bom meledak di pos polisi di Poso',
        content: 'Ledakan bom terjadi pagi ini di depan pos polisi. Tidak ada korban jiwa dalam peristiwa itu.',
        expect: { attack: true, killed: 0 },
      },
      {
        says: 'an Indonesian suicide bombing',
        title: 'Bom bunuh diri di gereja Makassar',
        content: 'Ledakan bom bunuh diri di depan gereja menewaskan dua orang dan melukai 14 jemaat.',
        expect: { attack: true, hasTypes: ['suicide_attack'], countries: ['ID'], toll: { killed: 2, injured: 14 } },
      },
    ],
  },
  {
    class: 'attacks told in other scripts and languages',
    cases: [
      {
        says: 'Ukrainian: shelling of a city centre with one dead',
        title: 'Окупанти обстріляли центр Нікополя, є загиблий',
        content: 'Внаслідок обстрілу загинула одна людина, ще двоє поранені.',
        expect: { attack: true, types: ['mortar_artillery'] },
      },
      {
        says: 'Ukrainian: a missile strike with a ballistic missile',
        title: 'Ворог завдав ракетного удару по Кременчуку',
        content: 'Росіяни вдарили балістичною ракетою по місту, пошкоджено школу, троє поранених.',
        expect: { attack: true, types: ['missile'] },
      },
      {
        says: 'Russian: shelling of a district with dead and wounded',
        title: 'ВСУ обстреляли Шебекино: есть погибший',
        content: 'В результате обстрела погиб один человек, ранены четверо.',
        expect: { attack: true, types: ['mortar_artillery'] },
      },
      {
        says: 'Ukrainian and Russian drone attacks',
        title: 'Атака дронів на Черкаси: двоє поранених',
        content: 'Уночі ворог атакував місто ударними безпілотниками.',
        expect: { types: ['drone'] },
      },
      {
        says: 'Ukrainian and Russian drone attacks',
        title: 'Атака беспилотников на Тулу',
        content: 'Беспилотник попал в жилой дом, пострадали два человека.',
        expect: { types: ['drone'] },
      },
      {
        says: 'Arabic: a roadside bomb against an army patrol',
        title: 'مقتل جندي بانفجار عبوة ناسفة شمال الموصل',
        content: 'انفجرت عبوة ناسفة على دورية للجيش مما ادى الى مقتل جندي واصابة ثلاثة اخرين.',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'Arabic: a suicide bomber in a booby-trapped car is a suicide attack and a bombing',
        title: 'تفجير انتحاري بسيارة مفخخة قرب مخفر حدودي',
        content: 'فجر انتحاري سيارة مفخخة قرب مخفر للشرطة مما اسفر عن مقتل خمسة جنود.',
        expect: { attack: true, types: ['ied', 'suicide_attack'] },
      },
      {
        says: 'Turkish: a planted explosive and a rocket-launcher attack on soldiers',
        title: "Van'da askeri araca saldırı: 2 şehit",
        content: 'Teröristlerin yola tuzakladığı el yapımı patlayıcının infilak etmesi sonucu 2 asker şehit oldu.',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'Turkish: a planted explosive and a rocket-launcher attack on soldiers',
        title: 'Askeri konvoya roketatarlı saldırı',
        content: 'Roketatarlı saldırıda 3 asker yaralandı.',
        expect: { types: ['rocket'] },
      },
      {
        says: 'Dutch: a drone attack that killed fighters',
        title: 'Droneaanval doodt drie strijders',
        content: 'Bij een droneaanval zijn zaterdag drie strijders om het leven gekomen.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'Swahili: militants attack police vehicles with grenades and burn them',
        title: 'Magaidi washambulia magari ya polisi',
        content: 'Magaidi walishambulia na kuteketeza magari mawili ya polisi, afisa mmoja alijeruhiwa.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'look-alikes in the same languages',
    cases: [
      {
        says: 'Spanish: a drill that simulates a drone attack, and a North Korean missile into the sea',
        title: 'Ejercicio militar simula ataque con drones en Zaragoza',
        content: 'El simulacro incluyó un ataque con drones contra la base.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a drill that simulates a drone attack, and a North Korean missile into the sea',
        title: 'Misil norcoreano cae en el mar de Japón',
        content: 'Corea del Norte lanzó un misil balístico, según Tokio.',
        expect: { attack: false },
      },
      {
        says: 'Russian: a court sentences the organiser of a bombing',
        title: 'Суд приговорил организатора теракта в Самаре',
        content: 'Суд приговорил мужчину к 20 годам лишения свободы за взрыв, в котором погибли три человека.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: the anniversary of an old bombing',
        title: 'احياء ذكرى ضحايا تفجير الكرادة',
        content: 'احيا الاهالي الذكرى السنوية للتفجير الذي اسفر عن مقتل العشرات.',
        expect: { attack: false },
      },
      {
        says: 'Turkish: a court sentence for an old bomb attack',
        title: 'Bombalı saldırı davasında karar',
        content: 'Mahkeme, saldırıda 5 kişinin hayatını kaybettiği olay nedeniyle sanığa 30 yıl hapis cezası verdi.',
        expect: { attack: false },
      },
      {
        says: 'Ukrainian: a household gas explosion',
        title: 'Вибух газу в будинку у Полтаві: двоє загиблих',
        content: 'Внаслідок вибуху газу в житловому будинку загинули двоє людей.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'tolls, explosions and attackers without a named weapon',
    cases: [
      {
        says: '"attack" with a toll is an attack, and Naxals attacking with no weapon named is an armed assault (Marathi)',
        title: 'नक्षलवाद्यांच्या हल्ल्यात दोन जवान शहीद',
        content: '',
        expect: { attack: true, types: ['armed_assault'], killed: 2 },
      },
      {
        says: 'an explosion set off by militants that kills policemen is a bombing (Hindi)',
        title: 'झारखंड में नक्सलियों ने विस्फोट कर पुलिस की जीप उड़ाई, 4 पुलिसकर्मी शहीद',
        content: '',
        expect: { types: ['ied'], countries: ['IN'], killed: 4 },
      },
      {
        says: 'a man who blew himself up in a crowd is a suicide attack (Telugu)',
        title: 'కాబూల్‌లో ఆత్మాహుతి దాడి',
        content: 'ఒక ఉగ్రవాది జనసమూహంలో తనను తాను పేల్చుకున్నాడు. ఈ ఘటనలో 9 మంది మృతి చెందారు.',
        expect: { types: ['suicide_attack'], countries: ['AF'], killed: 9 },
      },
    ],
  },
  {
    class: 'Hindi reports',
    cases: [
      {
        says: 'a roadside bomb in Chhattisgarh, soldiers killed and wounded, blamed on the Naxals',
        title: 'छत्तीसगढ़ के बीजापुर में आईईडी धमाका, 3 जवान शहीद',
        content: 'नक्सलियों ने गश्ती दल के रास्ते में बम दबाया था। धमाके में 4 जवान घायल भी हुए।',
        expect: { attack: true, types: ['ied'], countries: ['IN'], toll: { killed: 3, injured: 4 }, actors: ['maoists'] },
      },
      {
        says: 'gunmen firing in a market, with the toll in words and native digits',
        title: 'श्रीनगर में आतंकी हमला, अंधाधुंध फायरिंग में दो लोगों की मौत',
        content: 'बंदूकधारियों ने बाजार में गोलीबारी की। हमले में ५ लोग घायल हुए।',
        expect: { attack: true, types: ['armed_assault'], countries: ['IN'], toll: { killed: 2, injured: 5 } },
      },
      {
        says: 'a drone attack across the border is a drone attack in Pakistan',
        title: 'पाकिस्तान के पेशावर में ड्रोन हमला, 6 लोगों की मौत',
        content: 'ड्रोन से एक मकान को निशाना बनाया गया।',
        expect: { types: ['drone'], countries: ['PK'], killed: 6 },
      },
      {
        says: 'Israel spelled "इसराइल", as Hindi outlets also write it, is the scene',
        title: 'इसराइल के उत्तरी इलाक़े में रॉकेट हमला, दो लोग घायल',
        content: 'सीमा पार से दागे गए रॉकेट एक खेत में गिरे।',
        expect: { attack: true, countries: ['IL'] },
      },
      {
        says: 'an anniversary tribute to the soldiers of an old suicide attack is no attack',
        title: 'पुलवामा हमले की बरसी पर शहीद जवानों को श्रद्धांजलि',
        content: 'सात साल पहले हुए आत्मघाती हमले में मारे गए जवानों को याद किया गया।',
        expect: { attack: false },
      },
      {
        says: 'a gas cylinder blast in a kitchen is no attack',
        title: 'लखनऊ में सिलेंडर धमाका, 2 लोगों की मौत',
        content: 'रसोई में गैस रिसाव के बाद सिलेंडर फट गया।',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Marathi reports',
    cases: [
      {
        says: 'a drone attack on a city named with its case ending, toll in number words',
        title: 'नागपुरात ड्रोन हल्ला, दोन जण ठार',
        content: 'पहाटे झालेल्या हल्ल्यात पाच जण जखमी झाले.',
        expect: { attack: true, types: ['drone'], countries: ['IN'], toll: { killed: 2, injured: 5 } },
      },
      {
        says: 'Pune in the oblique case ("पुण्यात") is Pune',
        title: 'पुण्यात बॉम्बस्फोट, तीन जण जखमी',
        content: 'बाजारातील एका दुकानाजवळ स्फोट झाला.',
        expect: { attack: true, types: ['ied'], placeNames: ['Pune'], injured: 3 },
      },
      {
        says: 'an army exercise against drones is no attack',
        title: 'पुण्यात लष्करी सराव',
        content: 'जवानांनी ड्रोन हल्ला रोखण्याचा लष्करी सराव केला.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Urdu reports',
    cases: [
      {
        says: 'a suicide bombing in Peshawar with the dead and wounded, claimed by the TTP',
        title: 'پشاور میں خودکش دھماکہ، 7 افراد جاں بحق',
        content: 'دھماکے میں 12 افراد زخمی ہوئے۔ کالعدم تحریک طالبان پاکستان نے ذمہ داری قبول کر لی۔',
        expect: { attack: true, types: ['suicide_attack'], countries: ['PK'], toll: { killed: 7, injured: 12 }, actors: ['ttp'] },
      },
      {
        says: 'gunfire on a checkpoint in Balochistan with the toll in words',
        title: 'کوئٹہ کے قریب چیک پوسٹ پر فائرنگ، تین اہلکار شہید',
        content: 'نامعلوم مسلح افراد نے رات گئے چیک پوسٹ پر حملہ کیا۔',
        expect: { attack: true, types: ['armed_assault'], countries: ['PK'], killed: 3 },
      },
      {
        says: 'a missile test is no attack',
        title: 'پاکستان نے میزائل کا کامیاب تجربہ کیا',
        content: 'میزائل نے ہدف کو درستگی سے نشانہ بنایا۔',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Bengali reports',
    cases: [
      {
        says: 'a bomb attack in Dhaka, named with its case ending, with Bengali digits',
        title: 'ঢাকায় বোমা হামলা, ৫ জন নিহত',
        content: 'হামলায় আরও ৮ জন আহত হয়েছে।',
        expect: { attack: true, types: ['ied'], countries: ['BD'], toll: { killed: 5, injured: 8 } },
      },
      {
        says: 'gunmen firing in Chittagong, the toll as a joined number word',
        title: 'চট্টগ্রামে বন্দুকধারীদের গুলিবর্ষণ, তিনজন নিহত',
        content: '',
        expect: { types: ['armed_assault'], countries: ['BD'], killed: 3 },
      },
      {
        says: 'a gas cylinder blast is no attack',
        title: 'ঢাকায় গ্যাস সিলিন্ডার বিস্ফোরণে ৩ জন নিহত',
        content: 'রান্নাঘরে সিলিন্ডার ফেটে আগুন লাগে।',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Tamil reports',
    cases: [
      {
        says: 'a bomb blast in Chennai, named with its locative ending',
        title: 'சென்னையில் குண்டுவெடிப்பு: 4 பேர் பலி',
        content: 'இந்த தாக்குதலில் 9 பேர் காயமடைந்தனர்.',
        expect: { attack: true, types: ['ied'], countries: ['IN'], toll: { killed: 4, injured: 9 } },
      },
      {
        says: 'a suicide-squad attack in Pakistan, the country with its ending',
        title: 'பாகிஸ்தானில் தற்கொலைப்படை தாக்குதல், 6 பேர் பலி',
        content: '',
        expect: { types: ['suicide_attack'], countries: ['PK'], killed: 6 },
      },
      {
        says: 'gunfire in Karachi with a person-count word',
        title: 'கராச்சியில் துப்பாக்கிச் சூடு: மூவர் பலி',
        content: '',
        expect: { types: ['armed_assault'], countries: ['PK'], killed: 3 },
      },
      {
        says: 'a blast at a firecracker factory and a war rehearsal are no attacks',
        title: 'சிவகாசி பட்டாசு ஆலையில் வெடிப்பு, 3 பேர் பலி',
        content: '',
        expect: { attack: false },
      },
      {
        says: 'a blast at a firecracker factory and a war rehearsal are no attacks',
        title: 'ஜம்மு காஷ்மீரில் போர் ஒத்திகை',
        content: 'ராணுவம் ஏவுகணை தாக்குதலை எதிர்கொள்ளும் ஒத்திகை நடத்தியது.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Telugu reports',
    cases: [
      {
        says: 'a bomb blast in Hyderabad, the ending after a zero-width non-joiner',
        title: 'హైదరాబాద్‌లో బాంబు పేలుడు, 5 మంది మృతి',
        content: 'ఈ దాడిలో 12 మంది గాయపడ్డారు.',
        expect: { attack: true, types: ['ied'], countries: ['IN'], toll: { killed: 5, injured: 12 } },
      },
      {
        says: 'a suicide attack in Peshawar with person-count words',
        title: 'పాకిస్తాన్లోని పెషావర్‌లో ఆత్మాహుతి దాడి',
        content: 'ఈ దాడిలో ఏడుగురు మృతి చెందారు, 20 మంది గాయపడ్డారు.',
        expect: { types: ['suicide_attack'], countries: ['PK'], toll: { killed: 7, injured: 20 } },
      },
      {
        says: 'a landmine blast in Chhattisgarh',
        title: 'ఛత్తీస్‌గఢ్‌లో మందుపాతర పేలుడు, ముగ్గురు జవాన్లు మృతి',
        content: 'మావోయిస్టులు రోడ్డు కింద మందుపాతర అమర్చారు.',
        expect: { types: ['ied'], countries: ['IN'], killed: 3 },
      },
      {
        says: 'the Maoists named in Telugu, and an attack with no weapon named is an armed assault',
        title: 'ఛత్తీస్‌గఢ్‌లో మావోయిస్టుల దాడి, ఇద్దరు జవాన్లు మృతి',
        content: '',
        expect: { types: ['armed_assault'], countries: ['IN'], killed: 2, actors: ['maoists'] },
      },
      {
        says: 'a mock drill against a terror attack is no attack',
        title: 'ఢిల్లీలో మాక్ డ్రిల్',
        content: 'ఉగ్రదాడిని ఎదుర్కొనేందుకు పోలీసులు మాక్ డ్రిల్ నిర్వహించారు.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Malayalam reports',
    cases: [
      {
        says: 'a suicide attack in Islamabad, named with its locative ending',
        title: 'ഇസ്ലാമാബാദിൽ ചാവേറാക്രമണം; 12 പേർ കൊല്ലപ്പെട്ടു',
        content: '20 പേർക്ക് പരിക്കേറ്റു.',
        expect: { attack: true, types: ['suicide_attack'], countries: ['PK'], toll: { killed: 12, injured: 20 } },
      },
      {
        says: 'a grenade attack in Srinagar (a final chillu written റ before the ending) is a bombing',
        title: 'ശ്രീനഗറിൽ ഗ്രനേഡ് ആക്രമണം',
        content: 'രണ്ട് പേർക്ക് പരിക്ക്.',
        expect: { types: ['ied'], countries: ['IN'], injured: 2 },
      },
      {
        says: 'a drone attack in Kabul with the toll in words',
        title: 'കാബൂളിൽ ഡ്രോൺ ആക്രമണം, മൂന്ന് പേർ കൊല്ലപ്പെട്ടു',
        content: '',
        expect: { types: ['drone'], countries: ['AF'], killed: 3 },
      },
      {
        says: 'an anniversary tribute is no attack',
        title: 'മുംബൈ ഭീകരാക്രമണത്തിന്റെ വാർഷികം',
        content: 'ഭീകരാക്രമണത്തിൽ കൊല്ലപ്പെട്ടവർക്ക് ആദരാഞ്ജലി അർപ്പിച്ചു.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'trials told in German',
    cases: [
      {
        says: 'a trial and "months after" a bombing are about the court; a bombing reported in German is an attack',
        title: 'Prozess um Anschlag auf Moschee beginnt',
        content: 'In Kassel steht ein 31-jähriger Mann vor Gericht. Knapp acht Monate nach dem Sprengstoffanschlag beginnt der Prozess.',
        expect: { attack: false },
      },
      {
        says: 'a trial and "months after" a bombing are about the court; a bombing reported in German is an attack',
        title: 'Sprengstoffanschlag auf Moschee in Kassel',
        content: 'Bei der Explosion wurden am Freitagabend drei Menschen verletzt.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'rammings and hit squads in other languages',
    cases: [
      {
        says: 'French: a car driven into a crowd; a car that hit a wall is no attack',
        title: 'Une voiture fonce dans la foule à Rennes',
        content: 'Le conducteur a foncé dans la foule sur la place du marché samedi soir: deux morts et 14 blessés.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'French: a car driven into a crowd; a car that hit a wall is no attack',
        title: 'Un camion percute des piétons à Lille, trois morts',
        content: 'Le conducteur a été interpellé.',
        expect: { attack: true },
      },
      {
        says: 'French: a car driven into a crowd; a car that hit a wall is no attack',
        title: 'Une voiture percute un mur à Rennes',
        content: 'Le conducteur a été légèrement blessé.',
        expect: { attack: false },
      },
      {
        says: 'Spanish and German: a van into a crowd',
        title: 'Una furgoneta arrolla a peatones en Sevilla',
        content: 'El conductor embistió contra la multitud: un muerto y nueve heridos.',
        expect: { attack: true },
      },
      {
        says: 'Spanish and German: a van into a crowd',
        title: 'Auto rast in Menschenmenge in Kiel',
        content: 'Ein Fahrer steuerte in die Menge, zwei Menschen wurden verletzt.',
        expect: { attack: true },
      },
      {
        says: 'Spanish: an armed squad that kills; a squad named in a football report is no attack',
        title: 'Comando armado mata a seis hombres en Zacatecas',
        content: 'Los agresores huyeron en dos camionetas.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Spanish: an armed squad that kills; a squad named in a football report is no attack',
        title: 'Un grupo armado masacra a cinco jornaleros',
        content: 'Ocurrió en una finca de Tolima.',
        expect: { attack: true },
      },
      {
        says: 'Spanish: an armed squad that kills; a squad named in a football report is no attack',
        title: 'El comando técnico presenta la lista de convocados',
        content: 'El seleccionador anunció 23 nombres.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'attack reports in Hebrew, Somali, Indonesian and Turkish',
    cases: [
      {
        says: 'reads a Hebrew shooting attack, its dead in number words and its wounded',
        title: 'שלושה נרצחו בפיגוע ירי בצומת',
        content: 'מחבל פתח באש לעבר תחנת אוטובוס. שלושה נרצחו ושניים נפצעו בפיגוע.',
        expect: { attack: true, hasTypes: ['armed_assault'], killed: 3 },
      },
      {
        says: 'reads "אין נפגעים" (no casualties) as none hurt',
        title: 'פיגוע ירי לעבר רכב סמוך לכפר',
        content: 'מחבל ביצע פיגוע ירי לעבר רכב ישראלי בכביש הראשי. אין נפגעים.',
        expect: { killed: 0, injured: 0 },
      },
      {
        says: 'reads a Somali report of an attack launched on a base',
        title: 'Al-Shabaab oo weerar ku qaaday saldhig ciidan',
        content: 'Al-Shabaab ayaa weerar ku qaaday saldhig ay ciidamada dowladda ku leeyihiin.',
        expect: { attack: true, actors: ['al-shabaab'] },
      },
      {
        says: 'reads an Indonesian shooting by an armed group, one soldier killed',
        title: 'Seorang prajurit gugur ditembak KKB',
        content: 'Kelompok Kriminal Bersenjata (KKB) melakukan penyerangan terhadap pos TNI. Seorang prajurit gugur.',
        expect: { attack: true, killed: 1, actors: ['tpnpb-opm'] },
      },
      {
        says: 'reads a Turkish past-tense attack by a group ("saldırdılar")',
        title: 'Karakola saldırı: 2 şehit',
        content: 'PKK’lı teröristler gece saatlerinde karakola uzun namlulu silahlarla saldırdılar. 2 asker şehit oldu.',
        expect: { attack: true, killed: 2 },
      },
    ],
  },
  {
    class: 'look-alikes in Russian and Portuguese',
    cases: [
      {
        says: 'a memorial service for the victims of an attack is no attack',
        title: 'Панихида у мемориала жертвам теракта',
        content: 'У стихийного мемориала прошла панихида по погибшим в теракте в торговом центре.',
        expect: { attack: false },
      },
      {
        says: 'a sentence for planning a bombing is no attack',
        title: 'Justiça condena dois por plano de atentado a bomba em rodoviária',
        content: 'Os dois réus foram acusados de planejar a explosão de um artefato.',
        expect: { attack: false },
      },
      {
        says: 'a Persian court hearing for the accused of an attack is no attack',
        title: 'جلسه دادگاه متهمان حمله به بازار برگزار شد',
        content: 'جلسه دادگاه متهمان حمله تروریستی به بازار شهر که به کشته شدن ۹ نفر منجر شد برگزار شد.',
        expect: { attack: false },
      },
      {
        says: 'a Turkish firedamp blast in a coal mine is an accident',
        title: 'Kömür ocağında patlama: 4 işçi hayatını kaybetti',
        content: 'Madende meydana gelen grizu patlamasında 4 işçi hayatını kaybetti.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'attack reports in more of the ways other languages tell them',
    cases: [
      {
        says: 'Somali: soldiers killed in an attack on their post ("lagu dilay"), and mortars fired on a district',
        title: 'Saddex askari oo lagu dilay weerar habeenimo',
        content: 'Saddex askari ayaa xalay lagu dilay weerar lagu qaaday xero ciidan oo ku taal Afgooye.',
        expect: { attack: true, countries: ['SO'] },
      },
      {
        says: 'Somali: soldiers killed in an attack on their post ("lagu dilay"), and mortars fired on a district',
        title: 'Hoobiyeyaal lagu duqeeyay xaafad ku taal Muqdisho',
        content: 'Laba qof oo shacab ah ayaa ku geeriyooday hoobiyeyaal lagu duqeeyay degmada Hodan.',
        expect: { attack: true, hasTypes: ['mortar_artillery'] },
      },
      {
        says: 'Indonesian: an armed group shooting at villagers is the attack itself ("tembaki", "ditembak mati")',
        title: 'KKB tembaki warga di Intan Jaya',
        content: 'Seorang petani ditembak mati oleh kelompok bersenjata di Distrik Sugapa, Intan Jaya, Papua Tengah.',
        expect: { attack: true, types: ['armed_assault'], countries: ['ID'] },
      },
      {
        says: 'Mexican Spanish: a town hall sprayed with gunfire ("rafaguean") with nobody hurt',
        title: 'Sujetos armados rafaguean la comandancia de Cuitzeo',
        content: 'Un grupo armado llegó en dos camionetas y rafagueó la comandancia municipal de Cuitzeo, Michoacán; nadie resultó herido.',
        expect: { attack: true, types: ['armed_assault'], countries: ['MX'] },
      },
      {
        says: 'Ukrainian: a multiple rocket launcher named in full is rocket fire',
        title: 'Окупанти вдарили по Костянтинівці: є поранені',
        content: 'Ввечері росіяни атакували Костянтинівку з реактивної системи залпового вогню. Поранено трьох людей.',
        expect: { attack: true, types: ['rocket'] },
      },
      {
        says: 'Turkish: attackers who carried out an armed attack, in the plural ("düzenlediler")',
        title: 'Siirt’te terör saldırısı',
        content: 'Teröristler gece saatlerinde Pervari ilçesindeki jandarma karakoluna silahlı saldırı düzenlediler.',
        expect: { attack: true, countries: ['TR'] },
      },
      {
        says: 'Arabic: a headline in the present tense ("غارة تقتل ستة")',
        title: 'غارة إسرائيلية تقتل ستة أشخاص في بلدة الخيام',
        expect: { attack: true, types: ['airstrike'] },
      },
      {
        says: 'French: villagers gunned down ("villageois abattus") in a raid',
        title: 'Niger : 40 villageois abattus lors d’une attaque près de Tillabéri',
        content: 'Une quarantaine de villageois ont perdu la vie dimanche près de Tillabéri.',
        expect: { attack: true, countries: ['NE'] },
      },
      {
        says: 'Iran’s Sistan and Baluchestan, written in Persian, is not Pakistan’s Balochistan',
        title: 'حمله مسلحانه به پاسگاه مرزی در سیستان و بلوچستان',
        content: 'در حمله افراد مسلح به یک پاسگاه مرزی در استان سیستان و بلوچستان دو مرزبان کشته شدند.',
        expect: { attack: true, countries: ['IR'] },
      },
    ],
  },
  {
    class: 'look-alikes in other languages',
    cases: [
      {
        says: 'Russian: a sentence to a penal colony for preparing a terror attack is no attack',
        title: 'Жителя Курска приговорили к 15 годам колонии за подготовку теракта',
        content: 'Он собирал взрывное устройство у себя дома.',
        expect: { attack: false },
      },
      {
        says: 'Russian: a sentence to a penal colony for preparing a terror attack is no attack',
        title: 'Студент получил 12 лет колонии за попытку теракта у здания суда',
        expect: { attack: false },
      },
      {
        says: 'German: a trial day hearing the victims of an old bombing is no attack',
        title: '42. Prozesstag – Verletzte des Anschlags sagen aus',
        content: 'Am Dienstag sind acht Zeugen geladen, die durch die Explosion einer Rohrbombe vor einem Café verletzt wurden.',
        expect: { attack: false },
      },
      {
        says: 'a blast the story puts down to gas, with no weapon or attacker named, is an accident',
        title: 'Kadıköy’de apartmanda patlama',
        content:
          'Beş katlı binanın ikinci katında meydana gelen patlamada iki kişi yaralandı. İtfaiye ekipleri bölgeye sevk edildi. Bina sakinleri tahliye edildi. Patlamanın doğal gaz sıkışmasından kaynaklandığı belirtildi.',
        expect: { attack: false },
      },
      {
        says: 'a blast the story puts down to gas, with no weapon or attacker named, is an accident',
        title: 'Tres heridos por la explosión de una bombona de butano en Sevilla',
        expect: { attack: false },
      },
      {
        says: 'a blast the story puts down to gas, with no weapon or attacker named, is an accident',
        title: 'Ledakan di Bekasi, dua orang luka bakar',
        content: 'Dua penghuni rumah luka bakar setelah tabung elpiji yang bocor meledak di dapur.',
        expect: { attack: false },
      },
      {
        says: 'a blast blamed on gas does not clear a story that names its bombers',
        title: 'Terör saldırısı: karakol önünde patlama',
        content: 'Teröristler karakol önünde bombalı araç patlattılar, üç asker yaralandı. Valilik patlamanın doğal gazdan kaynaklanmadığını açıkladı.',
        expect: { attack: true },
      },
      {
        says: 'Persian: a militant killed while planting his roadside bomb is no attack',
        title: 'انفجار بمب در دست تروریست‌ها در نزدیکی خاش',
        content: 'یک عامل تروریستی هنگام بمبگذاری در کنار جاده خاش کشته شد و همدستش گریخت.',
        expect: { attack: false },
      },
      {
        says: 'Turkish: a decade of attacks recalled is history, not this event',
        title: 'Türkiye’de yabancı militanlar',
        content: 'Terör örgütleri son on yılda Türkiye’de birçok kanlı saldırı düzenlediler, yüzlerce kişi öldü.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'places and more attack words of other languages',
    cases: [
      {
        says: 'Hebrew: a town with a joined preposition ("בחדרה", in Hadera) places the attack in Israel',
        title: 'פיגוע ירי בחדרה: שניים נפצעו',
        content: 'שני בני אדם נפצעו הערב בפיגוע ירי ברחוב מרכזי בחדרה, והמחבל נמלט מהמקום.',
        expect: { attack: true, countries: ['IL'] },
      },
      {
        says: 'Hebrew: the article on the second noun ("פיגוע הירי") and fire opened at a car, nobody hurt',
        title: 'תיעוד מפיגוע הירי ליד אריאל',
        content: 'אש נפתחה הלילה לעבר רכב ישראלי ליד אריאל. אין נפגעים.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Urdu: a full stop written between two words as a hyphen does not split the name',
        title: 'ایران: پولیس چوکی پر حملہ، دو اہلکار ہلاک',
        content: 'صوبہ سیستان۔بلوچستان میں پولیس چوکی پر حملے میں دو اہلکار ہلاک ہو گئے۔',
        expect: { countries: ['IR'] },
      },
      {
        says: 'Portuguese: villagers killed by attackers ("assassinaram oito", "foram assassinadas")',
        title: 'Novo ataque no norte de Moçambique',
        content: 'Durante a noite, os atacantes assassinaram oito pessoas na aldeia de Namaluco.',
        expect: { attack: true, killed: 8 },
      },
      {
        says: 'Portuguese: villagers killed by attackers ("assassinaram oito", "foram assassinadas")',
        title: 'Ataque em Ancuabe',
        content: 'Pelo menos duas pessoas foram assassinadas no ataque a uma aldeia do distrito.',
        expect: { killed: 2 },
      },
      {
        says: 'Russian: an "unmanned means" repelled on its way to a city is a drone attack',
        title: 'Мэр сообщил об отражении атаки на Москву',
        content: 'Отражена атака беспилотного средства, летевшего на Москву. На месте падения обломков работают специалисты.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'Colombian Spanish: gas cylinders loaded with explosives are bombs, not a gas accident',
        title: 'Atacan con cilindros bomba la estación de Policía de Suárez',
        content: 'Disidentes lanzaron cilindros bomba contra la estación; dos policías resultaron heridos.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    class: 'a blast at a German works',
    cases: [
      {
        says: 'reads an explosion in a chemical works as industrial',
        title: 'Explosion in Chemiewerk: ein Toter',
        content: 'Bei einer Explosion in einem Chemiewerk in Leuna ist am Montag ein Arbeiter getötet worden. Zwei weitere wurden verletzt.',
        expect: { attack: false },
      },
      {
        says: 'reads a blast whose cause the text calls an accident as one',
        title: 'Explosion in Lagerhalle: Polizei sucht Ursache',
        content: 'Nach der Explosion in einer Lagerhalle in Halle mit zwei Verletzten ist die Unglücksursache unklar. Ein Mann wurde getötet.',
        expect: { attack: false },
      },
      {
        says: 'reads a French blast that a later sentence puts down to a gas leak as an accident',
        title: 'Lyon : trois morts dans l’explosion d’un immeuble',
        content:
          'Trois personnes ont été tuées et huit blessées mardi dans l’explosion d’un immeuble de Lyon. ' +
          'Les secours cherchent encore deux habitants, après une explosion sans doute causée par une fuite de gaz.',
        expect: { attack: false },
      },
      {
        says: 'reads "explosion accidentelle due au gaz" as an accident',
        title: 'Lille : deux blessés dans une explosion due au gaz',
        content: 'Deux personnes ont été blessées jeudi dans une explosion accidentelle dans une maison.',
        expect: { attack: false },
      },
      {
        says: 'still reports a bomb attack in French',
        title: 'Attentat à la bombe à Bamako : quatre morts',
        content: 'Une bombe a explosé mardi devant un hôtel de Bamako, tuant quatre personnes.',
        expect: { attack: true },
      },
      {
        says: 'still reports a bomb attack in German',
        title: 'Bombenanschlag in Köln: zwei Tote',
        content: 'Bei einem Sprengstoffanschlag vor einem Café sind am Abend zwei Menschen getötet worden.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'attack reports in languages read for the first time',
    cases: [
      {
        says: 'reads a Hungarian air strike on a market with its toll',
        title: 'Légicsapás egy piacon: legalább 31 halott',
        content: 'Legalább 31 ember meghalt, 70 pedig megsebesült, amikor a hadsereg légicsapást mért egy piacra Nyalában.',
        expect: { attack: true, types: ['airstrike'], toll: { killed: 31, injured: 70 } },
      },
      {
        says: 'reads a Swahili raid on a bus in every person of the verb',
        title: 'Wanamgambo wavamia basi na kuua watu 9',
        content: 'Watu 9 wameuawa na wanamgambo waliovamia basi la abiria karibu na Lamu.',
        expect: { attack: true, types: ['armed_assault'], killed: 9 },
      },
      {
        says: 'reads a Tagalog kidnapping at sea',
        title: '3 mangingisda kinidnap',
        content: 'Dinukot ng mga armadong lalaki ang tatlong mangingisda sa dagat ng Tawi-Tawi noong Lunes.',
        expect: { attack: true, types: ['kidnapping'] },
      },
      {
        says: 'reads a Polish car driven into a crowd as a ramming',
        title: 'Zamach w Lipsku',
        content: 'W Lipsku samochód wjechał w tłum ludzi na placu, zginęły co najmniej trzy osoby.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'reads their look-alikes too: a Hungarian sentence, a Tagalog release',
        title: 'Életfogytiglant kapott a merénylő társa',
        content: 'A bíróság kedden életfogytiglani börtönbüntetésre ítélte a 2019-es terrortámadás egyik szervezőjét. A támadásban hat ember meghalt.',
        expect: { attack: false },
      },
      {
        says: 'reads their look-alikes too: a Hungarian sentence, a Tagalog release',
        title: 'Szívroham végzett az edzővel',
        content: 'Hatvanöt éves korában szívrohamban meghalt az edző.',
        expect: { attack: false },
      },
      {
        says: 'reads their look-alikes too: a Hungarian sentence, a Tagalog release',
        title: 'Pinalaya ang 3 bihag',
        content: 'Pinalaya na ng mga armadong grupo ang tatlong mangingisda na dinukot noong nakaraang buwan.',
        expect: { attack: false },
      },
      {
        says: 'reads Greek and Romanian attack reports, and their trials and arrests as look-alikes',
        title: 'Βομβιστική επίθεση στη Γκάο',
        content: 'Τουλάχιστον 9 άνθρωποι σκοτώθηκαν σε βομβιστική επίθεση με παγιδευμένο αυτοκίνητο στη Γκάο το Σάββατο.',
        expect: { attack: true, hasTypes: ['ied'], killed: 9 },
      },
      {
        says: 'reads Greek and Romanian attack reports, and their trials and arrests as look-alikes',
        title: 'Atac sinucigaș la Peshawar: cel puțin 17 morți',
        content: 'Cel puțin 17 persoane au fost ucise și 40 au fost rănite vineri într-un atac sinucigaș la o piață din Peshawar.',
        expect: { attack: true, types: ['suicide_attack'], toll: { killed: 17, injured: 40 } },
      },
      {
        says: 'reads Greek and Romanian attack reports, and their trials and arrests as look-alikes',
        title: 'Σύλληψη υπόπτων για τρομοκρατία στη Ρώμη',
        content: 'Τρία άτομα συνελήφθησαν την Τρίτη, τα οποία φέρονται να σχεδίαζαν βομβιστική επίθεση.',
        expect: { attack: false },
      },
      {
        says: 'reads Greek and Romanian attack reports, and their trials and arrests as look-alikes',
        title: 'Complicele atentatului de la Berlin, condamnat la închisoare',
        content: 'Un tribunal l-a condamnat marți pe complicele autorului atentatului din 2016.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a works blast told in Spanish',
    cases: [
      {
        says: 'is an accident at the factory, not a bombing',
        title: 'Una explosión en una fábrica pirotécnica del sur de China deja cinco muertos',
        content: 'La explosión se produjo el lunes por la mañana mientras los obreros mezclaban pólvora, según las autoridades locales.',
        expect: { attack: false },
      },
      {
        says: 'a car bomb by a factory gate is still a bombing',
        title: 'Siete muertos en la explosión de un coche bomba frente a una fábrica en Cauca',
        content: 'Un coche bomba estalló el lunes frente a la entrada de una fábrica en el departamento del Cauca y mató a siete personas, informó la policía.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'measures and lists in Indonesian',
    cases: [
      {
        says: 'police stepping up security after a bombing elsewhere is a measure',
        title: 'Polres Jambi Akan Tingkatkan Pengamanan Pasar Setelah Bom Bunuh Diri Meledak di Palembang',
        content: 'Kepolisian Resor Jambi akan meningkatkan pengamanan di pasar-pasar tradisional menjelang akhir pekan.',
        expect: { attack: false },
      },
      {
        says: 'a list of attacks that have happened is a retrospective',
        title: '4 Serangan Teror di Masjid yang Pernah Terjadi di Dunia',
        content:
          'Serangan bom di sebuah masjid di Kabul pada Jumat, 3 Mei 2024, menewaskan 12 orang dan melukai 30 lainnya. ' +
          'Berikut empat serangan teror di masjid dalam lima tahun terakhir.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Urdu reports that say the culprits fled',
    cases: [
      {
        says: 'an attack on a police post whose attackers escaped is an attack',
        title: 'بنوں میں دہشت گردوں کا تھانے پر حملہ، دو اہلکار شہید، ملزمان فرار',
        expect: { attack: true },
      },
      {
        says: 'a court sentencing the accused is a trial',
        title: 'انسداد دہشت گردی عدالت نے تھانے پر حملے کے ملزمان کو سزائے موت سنادی',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Norwegian, Danish and Icelandic news',
    cases: [
      {
        says: 'a Norwegian drone attack with a death is an attack',
        title: 'To drept i russisk droneangrep mot Kharkiv',
        content: 'Guvernøren sier at en 52 år gammel kvinne og en mann ble drept da en drone traff et boligområde natt til tirsdag.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
      {
        says: 'an Icelandic airstrike with the dead is an attack',
        title: 'Átta létust í loftárás á Khan Younis',
        content: 'Að minnsta kosti átta manns létust í loftárás á hús í Khan Younis í nótt.',
        expect: { attack: true, hasTypes: ['airstrike'] },
      },
      {
        says: 'a Danish memorial for the victims of an old attack, and a Norwegian trial, are not',
        title: 'Mindehøjtidelighed for ofrene for angrebet i Krudttønden',
        content: 'Hundredvis deltog i mindehøjtideligheden på årsdagen for angrebet, hvor to blev dræbt.',
        expect: { attack: false },
      },
      {
        says: 'a Danish memorial for the victims of an old attack, and a Norwegian trial, are not',
        title: 'Mann dømt til 21 års fengsel for angrepet i Oslo',
        content: 'Retten fant at mannen drepte tre personer i angrepet.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'look-alikes in German, Ukrainian and Indonesian',
    cases: [
      {
        says: 'soldiers practising the defence against drone attacks are drilling',
        title: 'Marine übt Abwehr von Drohnenangriffen in Kiel',
        content: 'Soldaten der Marine haben am Mittwoch in Kiel die Abwehr eines Drohnenangriffs auf einen Hafen geübt.',
        expect: { attack: false },
      },
      {
        says: 'a boy killed by a mine he found is a mishap',
        title: 'Хлопчик загинув від вибуху міни на Сумщині',
        content: 'На Сумщині 10-річний хлопчик загинув, підірвавшись на міні, яку знайшов біля річки.',
        expect: { attack: false },
      },
      {
        says: 'police arresting a suspect who planned a suicide bombing is an arrest',
        title: 'Polisi tangkap terduga teroris yang rencanakan bom bunuh diri di Medan',
        content: 'Densus 88 menangkap seorang pria yang merencanakan aksi bom bunuh diri di sebuah pos polisi di Medan.',
        expect: { attack: false },
      },
      {
        says: 'a suicide bombing at a police post in Indonesian is an attack',
        title: 'Bom bunuh diri meledak di pos polisi Medan, dua polisi terluka',
        content: 'Seorang pelaku bom bunuh diri meledakkan diri di pos polisi di Medan pada Rabu pagi, melukai dua polisi.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'how a Hindi report says the attack was done',
    cases: [
      {
        says: 'Maoists who "blew up" a police jeep with an IED blast is an attack report',
        title: 'रामपुर के पास जंगल वाले रास्ते पर नक्सलियों ने हमले को अंजाम दिया',
        content:
          'रामपुर। शनिवार सुबह जंगल वाले रास्ते पर नक्सलियों ने हमले को अंजाम दिया। उन्होंने IED ब्लास्ट कर गश्त पर निकली पुलिस जीप को उड़ा दिया। हमले में तीन जवान शहीद हो गए।',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'explosives seized from a hideout, with no one hurt, are no attack',
        title: 'रामपुर में पुलिस ने नक्सलियों के ठिकाने से विस्फोटक बरामद किया',
        content: 'रामपुर। पुलिस ने शनिवार को जंगल में तलाशी अभियान के दौरान नक्सलियों के ठिकाने से IED और तार बरामद किए। किसी को चोट नहीं आई।',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Arabic: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a blast in a district put down to a short circuit in a store a sentence on is no attack',
        title: 'انفجار يهز حيا في الموصل ويقتل ثلاثة',
        content:
          'قتل ثلاثة أشخاص وأصيب ستة يوم الخميس في انفجار هز حيا سكنيا في الموصل. وقال مسؤول في الدفاع المدني إن ماس كهربائي في مخزن قريب كان وراء الحادث.',
        expect: { attack: false },
      },
      {
        says: 'an agentless blast inside a depot is no attack',
        title: 'انفجار يقتل عاملين في الزرقاء',
        content: 'قتل عاملان يوم الثلاثاء في انفجار وقع داخل مستودع في الزرقاء، وفتحت السلطات تحقيقا.',
        expect: { attack: false },
      },
      {
        says: 'a gas-works blast caused by a leak is no attack',
        title: 'انفجار في مصنع للغاز يقتل أربعة عمال',
        content: 'قتل أربعة عمال وأصيب عشرة آخرون يوم الأحد في انفجار داخل مصنع للغاز في مدينة الزرقاء، وقال الدفاع المدني إن الانفجار نجم عن تسرب غاز.',
        expect: { attack: false },
      },
      {
        says: "a bomb planted on a patrol's road and claimed is an attack",
        title: 'انفجار عبوة ناسفة يقتل خمسة جنود',
        content: 'قتل خمسة جنود يوم الاثنين في انفجار عبوة ناسفة زرعها مسلحون على طريق دورية عسكرية قرب بلدة الرمادي، وتبنى تنظيم الدولة الهجوم.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'French: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a blast at a fuel station with no one behind it is no attack',
        title: 'Explosion dans une station-service à Dakar, trois morts',
        content: "Trois personnes ont été tuées dimanche dans l'explosion d'une station-service à Dakar.",
        expect: { attack: false },
      },
      {
        says: 'a blast whose lead names a gas leak is no attack',
        title: 'Une explosion fait deux morts à Nantes',
        content: 'Deux personnes sont mortes samedi dans une explosion qui a soufflé un immeuble à Nantes. Les enquêteurs privilégient une fuite de gaz.',
        expect: { attack: false },
      },
      {
        says: 'a blast at a checkpoint claimed by a group is an attack',
        title: 'Une explosion fait six morts à Gao',
        content: "Six personnes ont été tuées lundi dans une explosion près d'un poste de contrôle à Gao. L'attentat a été revendiqué par un groupe jihadiste.",
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Spanish: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a blast whose cause firefighters name as a gas leak is no attack',
        title: 'Una explosión deja tres muertos en Valparaíso',
        content:
          'Tres personas murieron el jueves por una explosión en un edificio de Valparaíso. Los bomberos señalaron un escape de gas como causa probable.',
        expect: { attack: false },
      },
      {
        says: 'a blast against a patrol that a guerrilla claimed is an attack',
        title: 'Una explosión deja cuatro policías muertos en Cúcuta',
        content: 'Cuatro policías murieron el miércoles por una explosión al paso de su patrulla en Cúcuta. El ELN reivindicó el ataque.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Portuguese: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a blast at a fuel station is no attack',
        title: 'Explosão em posto de combustível deixa dois mortos',
        content: 'Duas pessoas morreram e quatro ficaram feridas numa explosão num posto de combustível em Belém no domingo.',
        expect: { attack: false },
      },
      {
        says: 'a flat blast put down to a gas leak is no attack',
        title: 'Explosão mata dois em prédio de Manaus',
        content: 'Duas pessoas morreram na sexta-feira numa explosão num prédio residencial de Manaus. Segundo os bombeiros, houve um vazamento de gás.',
        expect: { attack: false },
      },
      {
        says: 'a market blast a group claimed is an attack',
        title: 'Explosão mata três em mercado de Pemba',
        content: 'Três pessoas morreram numa explosão num mercado de Pemba no sábado. O grupo jihadista reivindicou o atentado.',
        expect: { attack: true },
      },
      {
        says: 'a bomb planted by insurgents is an attack',
        title: 'Bomba mata quatro soldados em Cabo Delgado',
        content:
          'Quatro soldados morreram na segunda-feira quando uma bomba plantada por insurgentes explodiu à passagem de uma coluna militar em Cabo Delgado.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Italian: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a block blast put down to a boiler fault is no attack',
        title: 'Esplosione in una palazzina a Torino, un morto',
        content: "Un uomo è morto martedì in un'esplosione che ha sventrato una palazzina a Torino. I vigili del fuoco parlano di un guasto alla caldaia.",
        expect: { attack: false },
      },
      {
        says: 'a mosque blast set off by a bomber is an attack',
        title: 'Esplosione a Kabul, otto morti',
        content: "Otto persone sono morte domenica in un'esplosione davanti a una moschea di Kabul. Un attentatore si è fatto esplodere tra i fedeli.",
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'German: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a blast at a filling station is no attack',
        title: 'Explosion an Tankstelle: ein Toter',
        content: 'Bei einer Explosion an einer Tankstelle in Kassel ist am Sonntag ein Mann getötet worden, drei weitere wurden verletzt.',
        expect: { attack: false },
      },
      {
        says: 'a house blast put down to a gas cylinder is no attack',
        title: 'Explosion in Wohnhaus: zwei Tote in Bremen',
        content:
          'Bei einer Explosion in einem Wohnhaus in Bremen sind am Freitag zwei Menschen gestorben. Die Feuerwehr geht von einer Verpuffung in einer Gasflasche aus.',
        expect: { attack: false },
      },
      {
        says: 'a hotel blast that a militia claimed is an attack',
        title: 'Explosion in Mogadischu: zehn Tote',
        content:
          'Bei einer Explosion vor einem Hotel in Mogadischu sind am Samstag zehn Menschen getötet worden. Die Shabaab-Miliz bekannte sich zu dem Anschlag.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Russian: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a blast put down to gas in a boiler house is no attack',
        title: 'Взрыв в Самаре: двое погибших',
        content: 'Два человека погибли в четверг при взрыве в Самаре. По данным МЧС, причиной стал хлопок газа в котельной.',
        expect: { attack: false },
      },
      {
        says: 'a blast set off by a suicide bomber at a police building is an attack',
        title: 'Взрыв в Грозном: трое погибших',
        content: 'Три человека погибли при взрыве у здания полиции в Грозном. Смертник привел в действие взрывное устройство.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Ukrainian: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a blast put down to gas at a works boiler house is no attack',
        title: 'Вибух у Дніпрі: двоє загиблих',
        content: 'Двоє людей загинули у вівторок внаслідок вибуху у Дніпрі. Рятувальники повідомили про вибух газу в котельні підприємства.',
        expect: { attack: false },
      },
      {
        says: 'a car blown up by unknown men is an attack',
        title: 'Вибух в Одесі: загинув військовий',
        content: 'В Одесі в середу загинув військовий внаслідок вибуху. Поліція повідомила, що невідомі підірвали його автомобіль.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Turkish: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a factory blast caused by a gas leak is no attack',
        title: 'Fabrikada patlama: 3 işçi öldü',
        content:
          "Kocaeli'de bir kimya fabrikasında meydana gelen patlamada 3 işçi hayatını kaybetti. İlk belirlemelere göre patlama doğalgaz kaçağından kaynaklandı.",
        expect: { attack: false },
      },
      {
        says: 'a building blast put down to a short circuit is no attack',
        title: "Konya'da patlama: 2 ölü",
        content: "Konya'da bir binada meydana gelen patlamada 2 kişi hayatını kaybetti. İtfaiye yetkilileri patlamanın kısa devreden kaynaklandığını açıkladı.",
        expect: { attack: false },
      },
      {
        says: 'a blast under a police vehicle that a group claimed is an attack',
        title: "Diyarbakır'da patlama: 3 polis şehit",
        content: "Diyarbakır'da polis aracının geçişi sırasında meydana gelen patlamada 3 polis şehit oldu. Saldırıyı terör örgütü üstlendi.",
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Urdu: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a building blast put down to a short circuit is no attack',
        title: 'لاہور میں دھماکہ، دو افراد جاں بحق',
        content: 'لاہور میں ایک عمارت میں دھماکے سے دو افراد جاں بحق ہو گئے۔ ریسکیو حکام کے مطابق دھماکہ شارٹ سرکٹ کے باعث ہوا۔',
        expect: { attack: false },
      },
      {
        says: 'a market blast by a suicide bomber is an attack',
        title: 'پشاور میں دھماکہ، پانچ افراد جاں بحق',
        content: 'پشاور میں بازار میں دھماکے سے پانچ افراد جاں بحق ہو گئے۔ پولیس کے مطابق خودکش حملہ آور نے خود کو اڑا لیا۔',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Hindi: an accidental blast is no attack, a bombing is one',
    cases: [
      {
        says: 'a gas cylinder blast caused by a leak is no attack',
        title: 'सिलेंडर फटने से धमाका, तीन की मौत',
        content: 'कानपुर में एक घर में गैस सिलेंडर फटने से हुए धमाके में तीन लोगों की मौत हो गई। पुलिस के अनुसार धमाका गैस रिसाव के कारण हुआ।',
        expect: { attack: false },
      },
      {
        says: 'a house blast put down to a short circuit is no attack',
        title: 'लखनऊ में धमाका, दो की मौत',
        content: 'लखनऊ में एक मकान में हुए धमाके में दो लोगों की मौत हो गई। पुलिस के अनुसार धमाका शॉर्ट सर्किट से हुआ।',
        expect: { attack: false },
      },
      {
        says: 'a market blast aimed at the security forces is an attack',
        title: 'श्रीनगर में धमाका, तीन घायल',
        content: 'श्रीनगर के एक बाजार में हुए धमाके में तीन लोग घायल हो गए। पुलिस ने कहा कि आतंकियों ने सुरक्षाबलों को निशाना बनाया।',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'attack words thin in some languages',
    cases: [
      {
        says: 'French soldiers who "jumped on a mine" were hit by one',
        title: 'Burkina : 5 soldats sautent sur une mine',
        content: 'Cinq soldats ont perdu la vie ce week-end lorsque leur véhicule a sauté sur une mine près de Djibo.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'Portuguese "died in the attack" is harm, under a title whose attack verb has no attacker',
        title: 'Insurgentes voltam a atacar em Montepuez',
        content: 'Pelo menos nove pessoas morreram no ataque registado na noite de sábado numa aldeia do distrito de Montepuez.',
        expect: { attack: true },
      },
      {
        says: 'an Icelandic knife attack on policemen is an attack',
        title: 'Árás á lögreglustöð í Bergen',
        content: 'Maður réðst á lögreglumenn með hníf í Bergen í gær og særði þrjá, að sögn lögreglu.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'Pashto: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'په کندهار کې وسله والو پر یوه پوسته برید وکړ',
        content: 'وسله والو د شنبې په شپه په کندهار کې پر یوه امنیتي پوسته برید وکړ چې پکې درې سرتیري ووژل شول او څلور نور ټپیان شول.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'په جلال اباد کې چاودنه کې پنځه کسان ووژل شول',
        content: 'د دوشنبې په ورځ په جلال اباد ښار کې په یوه بازار کې یوه بم چاودنه وشوه چې پنځه ملکي وګړي پکې ووژل شول.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'پاکستاني پوځ نظامي تمرینونه پیل کړل',
        content: 'پاکستاني پوځ په بلوچستان کې د نظامي تمرینونو لړۍ پیل کړه.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a memorial',
        title: 'د کابل د برید کلیزه ولمانځل شوه',
        content: 'د تیر کال د کابل د برید د قربانیانو لپاره د یادونې مراسم ونیول شول.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'په کابل کې د ګاز سلنډر چاودنه',
        content: 'د ګاز سلنډر چاودنې له امله دوه کسان ټپیان شول.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'محکمې بریدګر ته د مرګ سزا ورکړه',
        content: 'محکمې د کابل د برید تورن ته د مرګ سزا ورکړه.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Persian: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'حمله افراد مسلح به پاسگاه پلیس در زاهدان',
        content: 'افراد مسلح شامگاه جمعه به یک پاسگاه پلیس در زاهدان حمله کردند که در نتیجه آن سه مامور کشته و دو نفر زخمی شدند.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'انفجار بمب در بازار مزار شریف پنج کشته برجای گذاشت',
        content: 'روز دوشنبه یک بمب کنار جاده ای در نزدیکی بازار مزار شریف منفجر شد و پنج غیرنظامی را کشت.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'رزمایش بزرگ نیروی زمینی ارتش در اصفهان آغاز شد',
        content: 'نیروی زمینی ارتش رزمایش بزرگی را با شلیک موشک و پهپاد در اصفهان آغاز کرد.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a weapon test',
        title: 'ایران یک موشک بالستیک جدید را آزمایش کرد',
        content: 'سپاه پاسداران از آزمایش موفق یک موشک بالستیک جدید خبر داد.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Sorani Kurdish: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'چەکداران هێرشیان کردە سەر بنکەیەکی پۆلیس لە کەرکووک',
        content: 'چەکدارانی داعش شەوی شەممە هێرشیان کردە سەر بنکەیەکی پۆلیس لە کەرکووک و سێ پۆلیس کوژران و دوو کەسی تر برینداربوون.',
        expect: { attack: true },
      },
      {
        says: 'a drone strike',
        title: 'هێرشی درۆن لە سلێمانی دوو کەسی کوشت',
        content: 'درۆنێکی تورکیا ئۆتۆمبێلێکی لە نزیک سلێمانی کردە ئامانج و دوو کەس کوژران.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'سوپای عێراق مانۆڕی سەربازی ئەنجامدا',
        content: 'سوپای عێراق لە پارێزگای دیالە مانۆڕێکی سەربازی گەورەی ئەنجامدا.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'تەقینەوەی غاز لە هەولێر دوو کەسی بریندار کرد',
        content: 'بەهۆی تەقینەوەی غاز لە چێشتخانەیەک لە هەولێر دوو کەس برینداربوون.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'دادگا حوکمی لەسێدارەدانی بەسەر تیرۆریستێکدا دا',
        content: 'دادگای هەولێر حوکمی لەسێدارەدانی بەسەر ئەندامێکی داعشدا دا کە لە هێرشێکدا بەشداری کردبوو.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Kurmanji Kurdish: attacks and their look-alikes',
    cases: [
      {
        says: 'a drone strike',
        title: 'Êrîşa dronê ya Tirkiyê li Şengalê: 2 kes hatin kuştin',
        content: 'Di êrîşa dronê ya artêşa Tirk de ku li Şengalê wesayîtek kir hedef, 2 kes hatin kuştin û 3 kes birîndar bûn.',
        expect: { attack: true },
      },
      {
        says: 'a shooting or armed attack',
        title: 'Çekdaran êrîşî gundekî kirin',
        content: 'Çekdaran şeva borî êrîşî gundekî li nêzî Dihokê kirin û 4 kes kuştin.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a memorial',
        title: 'Salvegera êrîşa Qamişloyê hat bibîranîn',
        content: 'Li Qamişloyê salvegera êrîşa ku 40 kes tê de hatin kuştin hat bibîranîn.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Somali: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Al-Shabaab oo weerar ku qaaday saldhig ciidan',
        content:
          'Dagaalyahannada Al-Shabaab ayaa weerar ku qaaday saldhig ay ciidamada dowladdu ku leeyihiin gobolka Shabeellaha Hoose, waxaana ku dhintay shan askari.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'Qarax ka dhacay Muqdisho',
        content: 'Qarax miino ah oo lagu xiray baabuur ayaa ka dhacay Muqdisho, waxaana ku dhintay saddex qof.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Ciidamada Soomaaliya oo tababar ciidan ku qaatay Baydhabo',
        content: 'Ciidamada xoogga dalka ayaa Baydhabo ku soo gabagabeeyay tababar ciidan oo socday laba bilood.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Hausa: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: "'Yan bindiga sun kashe mutane 12 a Zamfara",
        content: "Wasu 'yan bindiga sun kai hari a wani kauye a jihar Zamfara inda suka kashe mutane 12 tare da jikkata wasu da dama.",
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'Harin kunar bakin wake ya kashe mutane 5 a Maiduguri',
        content: "Wata 'yar kunar bakin wake ta tayar da bam a wata kasuwa a Maiduguri, inda mutane biyar suka mutu.",
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Sojojin Najeriya sun fara atisaye a Kaduna',
        content: 'Rundunar sojin Najeriya ta fara wani atisayen soji a jihar Kaduna.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: "Kotu ta yanke wa 'yan bindiga hukuncin kisa",
        content: "Wata kotu a Kano ta yanke wa wasu 'yan bindiga hukuncin kisa bayan samunsu da laifin kashe mutane.",
        expect: { attack: false },
      },
      {
        says: 'no attack: a road or work accident',
        title: 'Hatsarin mota ya kashe mutane 10 a Kano',
        content: 'Mutane 10 sun mutu a wani hatsarin mota da ya faru a kan hanyar Kano zuwa Zaria.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'Fashewar tukunyar gas ta jikkata mutane 4',
        content: 'Wata tukunyar gas ta fashe a wani gida a Abuja inda ta jikkata mutane hudu.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Amharic: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'በአማራ ክልል ታጣቂዎች በፈጸሙት ጥቃት 10 ሰዎች ተገደሉ',
        content: 'በአማራ ክልል ታጣቂዎች በአንድ መንደር ላይ በፈጸሙት ጥቃት 10 ሰላማዊ ሰዎች ተገደሉ፤ 5 ሰዎች ቆሰሉ።',
        expect: { attack: true },
      },
      { says: 'a drone strike', title: 'በድሮን ጥቃት 8 ሰዎች ተገደሉ', content: 'በአማራ ክልል በአንድ ገበያ ላይ በተፈጸመ የድሮን ጥቃት 8 ሰዎች ተገደሉ።', expect: { attack: true } },
      {
        says: 'no attack: a military exercise',
        title: 'የመከላከያ ሰራዊት ወታደራዊ ልምምድ አካሄደ',
        content: 'የኢትዮጵያ መከላከያ ሰራዊት በባህር ዳር ወታደራዊ ልምምድ አካሄደ።',
        expect: { attack: false },
      },
      { says: 'no attack: a road or work accident', title: 'በትራፊክ አደጋ 12 ሰዎች ሞቱ', content: 'በደቡብ ክልል በደረሰ የትራፊክ አደጋ 12 ሰዎች ሞቱ።', expect: { attack: false } },
      { says: 'no attack: a memorial', title: 'የሰማዕታት መታሰቢያ ቀን ተከበረ', content: 'በጥቃቱ የተገደሉ ሰዎችን ለማስታወስ የመታሰቢያ ስነ ስርዓት ተካሄደ።', expect: { attack: false } },
    ],
  },
  {
    class: 'Swahili: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Watu wenye silaha wavamia kijiji Kaunti ya Lamu',
        content: 'Watu wenye silaha walivamia kijiji kimoja katika Kaunti ya Lamu usiku wa Jumamosi na kuwaua watu watatu.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'Mlipuko wa bomu waua watu 4 Mogadishu',
        content: 'Watu wanne wameuawa baada ya bomu lililotegwa kando ya barabara kulipuka mjini Mogadishu.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Jeshi la Kenya lafanya mazoezi ya kijeshi',
        content: 'Jeshi la Ulinzi la Kenya limefanya mazoezi ya kijeshi katika eneo la Isiolo.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a trial or sentence',
        title: 'Mahakama yamhukumu mshukiwa wa shambulio la Garissa',
        content: 'Mahakama Kuu imemhukumu kifungo cha miaka 30 jela mshukiwa wa shambulio la Garissa.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Bengali: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'কুমিল্লায় বন্দুকধারীদের গুলিতে দুইজন নিহত',
        content: 'শনিবার রাতে কুমিল্লায় বন্দুকধারীরা একটি বাজারে গুলি চালালে দুইজন নিহত ও চারজন আহত হন।',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'খুলনায় বোমা বিস্ফোরণে তিনজন নিহত',
        content: 'সোমবার খুলনায় একটি বাজারে বোমা বিস্ফোরণে তিনজন নিহত হয়েছেন।',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'সেনাবাহিনীর যৌথ মহড়া শুরু',
        content: 'বাংলাদেশ সেনাবাহিনী চট্টগ্রামে যৌথ সামরিক মহড়া শুরু করেছে।',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Nepali: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'बन्दुकधारीको गोली लागेर दुई जनाको मृत्यु',
        content: 'सशस्त्र समूहले शनिबार राति बजारमा गोली चलाउँदा दुई जनाको मृत्यु भयो र तीन जना घाइते भए।',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'काठमाडौंमा बम विस्फोट, एकको मृत्यु',
        content: 'आइतबार काठमाडौंमा भएको बम विस्फोटमा एक जनाको मृत्यु भएको छ र दुई जना घाइते भएका छन्।',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'नेपाली सेनाको संयुक्त सैन्य अभ्यास सुरु',
        content: 'नेपाली सेना र भारतीय सेनाको संयुक्त सैन्य अभ्यास सुरु भएको छ।',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'ग्यास सिलिन्डर विस्फोटमा दुई जना घाइते',
        content: 'काठमाडौंमा ग्यास सिलिन्डर विस्फोट हुँदा दुई जना घाइते भएका छन्।',
        expect: { attack: false },
      },
      {
        says: 'no attack: a road or work accident',
        title: 'बस दुर्घटनामा १२ जनाको मृत्यु',
        content: 'धादिङमा बस दुर्घटनामा परी १२ जनाको मृत्यु भएको छ।',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Sinhala: attacks and their look-alikes',
    cases: [
      {
        says: 'a bomb blast',
        title: 'බෝම්බ පිපිරීමකින් පස් දෙනෙක් මිය යයි',
        content: 'කොළඹ වෙළඳපොළක සිදු වූ බෝම්බ පිපිරීමකින් පස් දෙනෙක් මිය ගොස් දස දෙනෙක් තුවාල ලබා ඇත.',
        expect: { attack: true },
      },
      {
        says: 'a shooting or armed attack',
        title: 'වෙඩි තැබීමකින් දෙදෙනෙක් මරුට',
        content: 'අඹලන්ගොඩ ප්‍රදේශයේ සිදු වූ වෙඩි තැබීමකින් දෙදෙනෙක් මිය ගොස් ඇත.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a road or work accident',
        title: 'බස් රථ අනතුරකින් පස් දෙනෙක් මිය යයි',
        content: 'බදුල්ල ප්‍රදේශයේ සිදු වූ බස් රථ අනතුරකින් පස් දෙනෙක් මිය ගොස් ඇත.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Tamil: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'துப்பாக்கிச் சூட்டில் 3 பேர் பலி',
        content: 'மணிப்பூரில் ஆயுதமேந்திய கும்பல் நடத்திய துப்பாக்கிச் சூட்டில் 3 பேர் உயிரிழந்தனர்.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'இந்திய ராணுவம் கூட்டுப் பயிற்சி',
        content: 'இந்திய ராணுவம் ராஜஸ்தானில் கூட்டு ராணுவப் பயிற்சியை தொடங்கியது.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Telugu: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'మావోయిస్టుల దాడిలో ఇద్దరు జవాన్లు మృతి',
        content: 'ఛత్తీస్‌గఢ్‌లో మావోయిస్టులు జరిపిన కాల్పుల్లో ఇద్దరు జవాన్లు మృతి చెందారు.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Gujarati: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'આતંકવાદી હુમલામાં 3 જવાન શહીદ',
        content: 'જમ્મુ-કાશ્મીરમાં આતંકવાદીઓએ સેનાના વાહન પર હુમલો કર્યો, જેમાં ત્રણ જવાન શહીદ થયા અને બે ઘાયલ થયા.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'બોમ્બ વિસ્ફોટમાં 5 લોકોના મોત',
        content: 'પાકિસ્તાનના ક્વેટામાં બજારમાં થયેલા બોમ્બ વિસ્ફોટમાં 5 લોકોના મોત થયા છે.',
        expect: { attack: true },
      },
      { says: 'no attack: a military exercise', title: 'ભારતીય સેનાનો યુદ્ધ અભ્યાસ', content: 'ભારતીય સેનાએ કચ્છમાં યુદ્ધ અભ્યાસ શરૂ કર્યો.', expect: { attack: false } },
      {
        says: 'no attack: a gas explosion',
        title: 'ગેસ સિલિન્ડર ફાટતા બે લોકોના મોત',
        content: 'અમદાવાદમાં ગેસ સિલિન્ડર ફાટતા બે લોકોના મોત થયા.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'બ્લાસ્ટ કેસમાં કોર્ટે 38 દોષિતોને ફાંસીની સજા ફટકારી',
        content: 'અમદાવાદ સીરિયલ બ્લાસ્ટ કેસમાં કોર્ટે 38 દોષિતોને ફાંસીની સજા ફટકારી.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Marathi: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'नक्षलवाद्यांच्या हल्ल्यात तीन पोलीस शहीद',
        content: 'जंगलात गस्त घालणाऱ्या पथकावर नक्षलवाद्यांनी केलेल्या गोळीबारात तीन पोलीस शहीद झाले.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Azerbaijani: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Ermənistan silahlı qüvvələri mövqelərimizi atəşə tutub',
        content: 'Ermənistan silahlı qüvvələrinin bölmələri Kəlbəcər rayonu istiqamətində ordu mövqelərini atəşə tutub, nəticədə bir hərbçi yaralanıb.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'Partlayış nəticəsində iki nəfər həlak olub',
        content: 'Bakıda avtomobildə baş verən partlayış nəticəsində iki nəfər həlak olub, üç nəfər yaralanıb.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Azərbaycan Ordusu genişmiqyaslı təlimlərə başlayıb',
        content: 'Azərbaycan Ordusunun genişmiqyaslı əməliyyat-taktiki təlimləri başlayıb.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a legacy mine',
        title: 'Ağdamda minaya düşən traktor sürücüsü yaralanıb',
        content: 'Ağdam rayonunda traktor minaya düşüb, sürücü yaralanıb. Ərazi əvvəllər işğal altında olub.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'Bakıda qaz partlayışı: 2 nəfər xəsarət alıb',
        content: 'Bakıda yaşayış binasında qaz partlayışı baş verib, iki nəfər xəsarət alıb. Partlayışın səbəbi qaz sızması olub.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'Terror aktı törədənlərə hökm oxunub',
        content: 'Bakı Ağır Cinayətlər Məhkəməsində terror hücumu təşkil edənlərə 15 il həbs cəzası verilib.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Armenian: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Ադրբեջանական զինուժը կրակ է բացել հայկական դիրքերի ուղղությամբ',
        content: 'Ադրբեջանական զինուժը կրակ է բացել Սյունիքի մարզի հայկական դիրքերի ուղղությամբ, զոհվել է մեկ զինծառայող, վիրավորվել են երկուսը։',
        expect: { attack: true },
      },
      {
        says: 'a drone strike',
        title: 'Ադրբեջանական անօդաչուի հարվածից զոհվել է երկու զինծառայող',
        content: 'Ադրբեջանական անօդաչու թռչող սարքի հարվածից զոհվել է երկու հայ զինծառայող։',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Հայկական բանակը զորավարժություններ է անցկացնում',
        content: 'Հայաստանի զինված ուժերը մեկնարկել են հրամանատարաշտաբային զորավարժություններ։',
        expect: { attack: false },
      },
      {
        says: 'no attack: a memorial',
        title: 'Հիշատակի միջոցառում՝ պայթյունի տարելիցին',
        content: 'Երևանում նշվեց Սուրմալուի պայթյունի տարելիցը, որի հետևանքով զոհվել էր 16 մարդ։',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'Գազի պայթյուն Երևանում, կա վիրավոր',
        content: 'Երևանի բնակելի շենքում գազի պայթյուն է տեղի ունեցել, մեկ մարդ վիրավորվել է։',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Georgian: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'შეიარაღებულმა პირმა ცეცხლი გახსნა თბილისში',
        content: 'შეიარაღებულმა პირმა თბილისის ცენტრში ცეცხლი გახსნა, დაიღუპა ორი ადამიანი, ხუთი დაიჭრა.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'აფეთქებას სამი ადამიანი ემსხვერპლა',
        content: 'ქუთაისში ავტომობილში ბომბის აფეთქებას სამი ადამიანი ემსხვერპლა.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'საქართველოს თავდაცვის ძალები სამხედრო წვრთნებს ატარებენ',
        content: 'საქართველოს თავდაცვის ძალებმა დაიწყეს სამხედრო სწავლებები.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'გაზის აფეთქება თბილისში, დაიჭრა ორი ადამიანი',
        content: 'თბილისში საცხოვრებელ სახლში გაზის აფეთქება მოხდა, დაიჭრა ორი ადამიანი.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'სასამართლომ თავდამსხმელს სასჯელი შეუფარდა',
        content: 'სასამართლომ თავდასხმის ბრალდებულს 12 წლით თავისუფლების აღკვეთა მიუსაჯა.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Kazakh: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Атыс салдарынан үш адам қаза тапты',
        content: 'Алматыда белгісіз қарулы адам дүкенге оқ атып, үш адам қаза тапты, екеуі жараланды.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Қазақстан армиясы әскери жаттығулар өткізді',
        content: 'Қазақстан Қарулы күштері Отар полигонында ауқымды әскери жаттығу өткізді.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'Алматыда газ жарылысынан екі адам жараланды',
        content: 'Алматыдағы тұрғын үйде газ жарылысы болып, екі адам жарақат алды.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Әскерилер дрон шабуылын тойтаруды жаттықты',
        content: 'Қазақстан армиясы жаттығу барысында дрон шабуылын тойтаруды пысықтады.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Kyrgyz: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Тажик аскерлери кыргыз чек арачыларына ок чыгарды',
        content: 'Тажикстандын аскерлери Баткен облусундагы кыргыз чек ара заставасына ок чыгарып, эки чек арачы каза болду, үчөө жарадар болду.',
        expect: { attack: true },
      },
      {
        says: 'a drone strike',
        title: 'Тажикстандын дрону Баткенге сокку урду',
        content: 'Тажик дрону Баткен облусундагы айылга сокку уруп, эки адам каза болду.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Кыргыз армиясы аскердик машыгууларды өткөрдү',
        content: 'Кыргызстандын куралдуу күчтөрү Ош облусунда аскердик машыгууларды өткөрдү.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a road or work accident',
        title: 'Жол кырсыгынан үч адам каза болду',
        content: 'Бишкек-Ош жолунда болгон жол кырсыгынан үч адам каза болду.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a memorial',
        title: 'Баткен окуясынын жылдыгы эскерилди',
        content: 'Баткенде курман болгон жоокерлердин элесин эскерүү иш-чарасы өттү.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Uzbek: attacks and their look-alikes',
    cases: [
      {
        says: 'a bomb blast',
        title: "Portlash oqibatida ikki kishi halok bo'ldi",
        content: "Toshkentdagi bozorda sodir bo'lgan portlash oqibatida ikki kishi halok bo'ldi, to'rt kishi yaralandi.",
        expect: { attack: true },
      },
      {
        says: 'a shooting or armed attack',
        title: 'Qurollangan shaxslar chegara postiga hujum qildi',
        content: "Qurollangan shaxslar Surxondaryo viloyatidagi chegara postiga hujum qilib, uch nafar harbiyni o'ldirdi.",
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: "O'zbekiston armiyasi harbiy mashg'ulotlar o'tkazdi",
        content: "O'zbekiston Qurolli Kuchlari Jizzax viloyatida harbiy mashg'ulot o'tkazdi.",
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'Toshkentda gaz portlashi: 3 kishi jarohat oldi',
        content: "Toshkentdagi uyda gaz portlashi sodir bo'ldi, uch kishi jarohat oldi. Sababi gaz sizib chiqishi.",
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: "Harbiylar dron hujumini qaytarish mashg'ulotini o'tkazdi",
        content: "O'zbekiston harbiylari dron hujumini qaytarish bo'yicha mashg'ulot o'tkazdi.",
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Hebrew: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'פיגוע ירי בצומת גוש עציון: שני הרוגים',
        content: 'מחבל פתח באש לעבר אזרחים בצומת גוש עציון, שני בני אדם נהרגו ושלושה נפצעו.',
        expect: { attack: true },
      },
      {
        says: 'a rocket strike',
        title: 'רקטה נפלה באשקלון, שלושה פצועים',
        content: 'רקטה ששוגרה מרצועת עזה פגעה בבית באשקלון, שלושה בני אדם נפצעו.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'צה"ל פותח תרגיל פתע בצפון',
        content: 'צה"ל פתח הבוקר בתרגיל פתע רחב היקף בפיקוד הצפון.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'פיצוץ גז בבניין בחולון: שלושה פצועים',
        content: 'שלושה בני אדם נפצעו בפיצוץ גז בבניין מגורים בחולון, ככל הנראה בעקבות דליפת גז.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a memorial',
        title: 'טקס זיכרון לנרצחי הפיגוע בירושלים',
        content: 'בטקס זיכרון שנערך היום ציינו עשר שנים לפיגוע בירושלים שבו נרצחו ארבעה בני אדם.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'בית המשפט גזר מאסר עולם על המחבל',
        content: 'בית המשפט המחוזי גזר מאסר עולם על המחבל שביצע את פיגוע הדקירה.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'צה"ל תרגל יירוט רקטות וטילים',
        content: 'במסגרת תרגיל רחב היקף תרגל צה"ל יירוט רקטות וטילים.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Vietnamese: attacks and their look-alikes',
    cases: [
      {
        says: 'a bomb blast',
        title: 'Nổ bom tại chợ ở Thái Lan, 3 người thiệt mạng',
        content: 'Một quả bom phát nổ tại khu chợ ở tỉnh Narathiwat, miền nam Thái Lan, khiến 3 người thiệt mạng và 10 người bị thương.',
        expect: { attack: true },
      },
      {
        says: 'a shooting or armed attack',
        title: 'Tay súng xả súng tại trường học ở Mỹ, 4 người chết',
        content: 'Một tay súng đã xả súng tại một trường học ở bang Georgia, khiến 4 người chết và 9 người bị thương.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Nga tập trận quy mô lớn ở Biển Baltic',
        content: 'Hải quân Nga tiến hành cuộc tập trận quy mô lớn ở Biển Baltic.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a gas explosion',
        title: 'Nổ bình gas tại nhà hàng, 2 người bị thương',
        content: 'Một vụ nổ bình gas xảy ra tại một nhà hàng ở Hà Nội khiến 2 người bị thương. Nguyên nhân ban đầu được xác định do rò rỉ khí gas.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a road or work accident',
        title: 'Tai nạn giao thông nghiêm trọng, 3 người tử vong',
        content: 'Một vụ tai nạn giao thông giữa xe tải và xe khách ở Quảng Nam khiến 3 người tử vong.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'Tòa án tuyên án tử hình kẻ đánh bom',
        content: 'Tòa án nhân dân TP HCM đã tuyên án tử hình bị cáo trong vụ đánh bom năm 2018.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a cyberattack',
        title: 'Ngân hàng bị tấn công mạng, dữ liệu bị đánh cắp',
        content: 'Một ngân hàng lớn cho biết đã bị tấn công mạng vào cuối tuần.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a tyre burst',
        title: 'Nổ lốp xe khách, 2 người bị thương',
        content: 'Một xe khách bị nổ lốp trên quốc lộ 1A khiến 2 người bị thương.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a transformer blast',
        title: 'Nổ trạm biến áp, một công nhân tử vong',
        content: 'Một vụ nổ tại trạm biến áp ở Bình Dương khiến một công nhân tử vong.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Thai: attacks and their look-alikes',
    cases: [
      {
        says: 'no attack: a gas explosion',
        title: 'ถังแก๊สระเบิดในร้านอาหาร บาดเจ็บ 3 ราย',
        content: 'เกิดเหตุถังแก๊สระเบิดภายในร้านอาหารแห่งหนึ่งในกรุงเทพฯ ทำให้มีผู้บาดเจ็บ 3 ราย เจ้าหน้าที่คาดว่าเกิดจากแก๊สรั่ว',
        expect: { attack: false },
      },
      {
        says: 'no attack: a works explosion',
        title: 'โรงงานพลุระเบิด เสียชีวิต 5 ราย',
        content: 'เกิดเหตุระเบิดที่โรงงานผลิตพลุในจังหวัดสุพรรณบุรี ทำให้มีผู้เสียชีวิต 5 ราย',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'ศาลพิพากษาจำคุกผู้ก่อเหตุระเบิดปัตตานี',
        content: 'ศาลจังหวัดปัตตานีพิพากษาจำคุกตลอดชีวิตจำเลยในคดีลอบวางระเบิดเมื่อปี 2562',
        expect: { attack: false },
      },
      { says: 'no attack: a military exercise', title: 'กองทัพเรือซ้อมรบยิงจรวด', content: 'กองทัพเรือจัดการฝึกซ้อมรบยิงจรวดในอ่าวไทย', expect: { attack: false } },
      { says: 'no attack: a goal in football', title: 'ไทยยิงประตูชนะเวียดนาม 2-1', content: 'ทีมชาติไทยยิงประตูชัยในนาทีสุดท้าย', expect: { attack: false } },
      {
        says: 'no attack: a tyre burst',
        title: 'ยางระเบิด รถกระบะพลิกคว่ำ เสียชีวิต 2 ราย',
        content: 'รถกระบะยางระเบิดเสียหลักพลิกคว่ำบนถนนสายเอเชีย ทำให้มีผู้เสียชีวิต 2 ราย',
        expect: { attack: false },
      },
      {
        says: 'no attack: a bomb made safe',
        title: 'EOD เก็บกู้ระเบิดหน้าโรงเรียนที่นราธิวาส',
        content: 'เจ้าหน้าที่ EOD เก็บกู้ระเบิดแสวงเครื่องที่คนร้ายนำมาวางไว้หน้าโรงเรียน ไม่มีผู้ได้รับบาดเจ็บ',
        expect: { attack: false },
      },
      {
        says: 'a bomb blast',
        title: 'ระเบิดป่วนนราธิวาส ทหารพรานเจ็บ 3 นาย',
        content: 'คนร้ายลอบวางระเบิดทหารพรานที่กำลังลาดตระเวนในอำเภอรือเสาะ ทำให้ทหารพรานได้รับบาดเจ็บ 3 นาย',
        expect: { attack: true },
      },
      {
        says: 'a shooting or armed attack',
        title: 'คนร้ายยิงชาวบ้านเสียชีวิตที่ยะลา',
        content: 'คนร้ายใช้อาวุธปืนยิงชาวบ้านขณะขับรถจักรยานยนต์ในอำเภอบันนังสตา ทำให้เสียชีวิต 1 ราย',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Burmese: attacks and their look-alikes',
    cases: [
      {
        says: 'no attack: a court sentence',
        title: 'တရားရုံးက ဗုံးခွဲမှုတရားခံကို ထောင်ဒဏ်ချမှတ်',
        content: 'ရန်ကုန်တရားရုံးက ဗုံးခွဲမှုတွင် ပါဝင်သူကို ထောင်ဒဏ် ၂၀ နှစ် ချမှတ်ခဲ့သည်။',
        expect: { attack: false },
      },
      {
        says: 'an air strike',
        title: 'လေကြောင်းတိုက်ခိုက်မှုကြောင့် ကျေးရွာသား ၇ ဦး သေဆုံး',
        content: 'မကွေးတိုင်း ကျေးရွာတစ်ရွာကို စစ်တပ်က လေကြောင်းတိုက်ခိုက်ခဲ့ပြီး ကျေးရွာသား ၇ ဦး သေဆုံးခဲ့သည်။',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Indonesian: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'KKB tembak mati dua warga di Intan Jaya',
        content: 'Kelompok kriminal bersenjata menembak mati dua warga di Intan Jaya, Papua, pada Senin pagi.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'Bom meledak di depan gereja di Makassar, 2 pelaku tewas',
        content: 'Bom bunuh diri meledak di depan Gereja Katedral Makassar pada Minggu pagi, melukai 20 orang.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'TNI gelar latihan gabungan di Situbondo',
        content: 'TNI menggelar latihan gabungan berskala besar di Situbondo, Jawa Timur.',
        expect: { attack: false },
      },
      {
        says: 'an arson attack or its look-alike',
        title: 'KKB bakar rumah guru di Puncak',
        content: 'Kelompok kriminal bersenjata membakar rumah guru dan sebuah sekolah di Distrik Gome, Kabupaten Puncak, pada Senin malam.',
        expect: { attack: true },
      },
      {
        says: 'a shooting or armed attack',
        title: 'KKB tembak tukang ojek di Intan Jaya',
        content: 'KKB menembak seorang tukang ojek di Intan Jaya pada Selasa pagi. Korban mengalami luka tembak di bagian dada.',
        expect: { attack: true },
      },
      {
        says: 'no attack: an accidental fire',
        title: 'Kebakaran hanguskan 20 rumah di Makassar',
        content: 'Kebakaran melanda permukiman padat penduduk di Makassar dan menghanguskan 20 rumah. Api diduga berasal dari korsleting listrik.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'TNI latihan menembak di Cipatat',
        content: 'Prajurit TNI menggelar latihan menembak di pusat latihan tempur Cipatat.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a court sentence',
        title: 'Pelaku pembakaran gereja divonis 10 tahun penjara',
        content: 'Pengadilan Negeri Jayapura memvonis pelaku pembakaran gereja dengan hukuman 10 tahun penjara.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Tagalog: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Dalawang sundalo patay sa pananambang ng NPA sa Samar',
        content: 'Dalawang sundalo ang nasawi nang tambangan ng mga rebeldeng NPA ang kanilang sasakyan sa Northern Samar.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'Pagsabog sa Jolo, 5 patay',
        content: 'Limang tao ang nasawi sa pagsabog ng bomba sa isang palengke sa Jolo, Sulu.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Polish: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Strzelanina w centrum Pragi. Nie żyje 14 osób',
        content: 'Uzbrojony napastnik otworzył ogień na wydziale uniwersytetu w Pradze, zabijając 14 osób i raniąc 25.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Ćwiczenia wojskowe na poligonie w Orzyszu',
        content: 'Żołnierze wojsk lądowych rozpoczęli ćwiczenia na poligonie w Orzyszu.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Romanian: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Atac armat într-un bar din Belgrad: doi morți',
        content: 'Un bărbat înarmat a deschis focul într-un bar din Belgrad, ucigând două persoane și rănind alte trei.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Exerciții militare NATO la Cincu',
        content: 'Militari români și americani participă la exercițiul militar de la Cincu.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Dutch: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Schietpartij in Rotterdam: twee doden',
        content: 'Bij een schietpartij in Rotterdam zijn zaterdagavond twee mensen om het leven gekomen en drie gewond geraakt.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'Explosie bij woning in Amsterdam, politie spreekt van aanslag',
        content: 'Bij een woning in Amsterdam-West is vannacht een explosief tot ontploffing gebracht. Niemand raakte gewond.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Defensie houdt grote oefening op de Veluwe',
        content: 'Duizenden militairen nemen deel aan een militaire oefening op de Veluwe.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Greek: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Ένοπλη επίθεση σε καφετέρια στην Αθήνα: δύο νεκροί',
        content: 'Ένοπλοι άνοιξαν πυρ σε καφετέρια στην Αθήνα, σκοτώνοντας δύο ανθρώπους.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Στρατιωτική άσκηση στο Αιγαίο',
        content: 'Οι ένοπλες δυνάμεις διεξάγουν στρατιωτική άσκηση στο Αιγαίο.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Serbian: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Pucnjava u Beogradu, dvoje mrtvih',
        content: 'U pucnjavi u jednom kafiću u Beogradu ubijene su dve osobe, a tri su ranjene.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Vojska Srbije izvela vojnu vežbu',
        content: 'Pripadnici Vojske Srbije izveli su vojnu vežbu na poligonu Pasuljanske livade.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Croatian: attacks and their look-alikes',
    cases: [
      {
        says: 'a bomb blast',
        title: 'Eksplozija bombe u Zagrebu, jedna osoba poginula',
        content: 'U eksploziji eksplozivne naprave postavljene ispod automobila u Zagrebu poginula je jedna osoba.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'Icelandic: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting or armed attack',
        title: 'Skotárás í Kaupmannahöfn: þrír látnir',
        content: 'Þrír létust og fjórir særðust þegar maður hóf skothríð í verslunarmiðstöð í Kaupmannahöfn.',
        expect: { attack: true },
      },
      {
        says: 'a bomb blast',
        title: 'Sprengjuárás í Kabúl: tíu látnir',
        content: 'Tíu létust í sprengjuárás við mosku í Kabúl í dag.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Heræfing NATO hafin á Íslandi',
        content: 'Heræfing Atlantshafsbandalagsins hófst á Íslandi í dag.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Macedonian: attacks and their look-alikes',
    cases: [
      {
        says: 'no attack: a military exercise',
        title: 'Воена вежба на полигонот Криволак',
        content: 'Армијата на Северна Македонија изведе воена вежба со бојно гаѓање на Криволак.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a road or work accident',
        title: 'Сообраќајна несреќа, загинаа двајца',
        content: 'Двајца загинаа во сообраќајна несреќа на автопатот кај Велес.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Hungarian: attacks and their look-alikes',
    cases: [
      {
        says: 'a ramming',
        title: 'Autós hajtott a tüntetők közé Budapesten, hárman megsérültek',
        content: 'Egy autós szombaton a tüntetők közé hajtott a belvárosban, három ember megsérült, a sofőrt őrizetbe vették.',
        expect: { attack: true },
      },
      {
        says: 'a ramming',
        title: 'Teherautó száguldott a karácsonyi vásár tömegébe',
        content: 'Egy teherautó hétfő este a járókelők közé hajtott a vásáron, két ember meghalt és tizenöten megsérültek.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a road or work accident',
        title: 'Árokba hajtott egy teherautó az M1-esen',
        content: 'Árokba hajtott egy teherautó az M1-es autópályán, a sofőr könnyebben megsérült.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Turkish: attacks and their look-alikes',
    cases: [
      {
        says: 'a ramming',
        title: 'Kamyon pazar yerinde kalabalığa daldı: 3 ölü',
        content: 'Bir kamyon pazar yerinde kalabalığa daldı, 3 kişi öldü, 12 kişi yaralandı.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a road or work accident',
        title: 'Freni boşalan kamyon kalabalığa daldı',
        content: 'Freni boşalan kamyon kalabalığa daldı, 2 kişi yaralandı. Kazada sürücü kontrolü kaybetti.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Spanish: attacks and their look-alikes',
    cases: [
      {
        says: 'a shooting',
        title: 'Balacera en un bar de Celaya deja seis muertos',
        content:
          'Seis personas murieron y tres resultaron heridas la noche del sábado cuando sujetos armados dispararon contra los clientes de un bar en Celaya, Guanajuato, informó la fiscalía.',
        expect: { attack: true },
      },
      {
        says: 'a shooting',
        title: 'Tiroteo en una fiesta en Cali deja cuatro muertos',
        content: 'Cuatro jóvenes murieron en la madrugada del domingo en un tiroteo durante una fiesta en el oriente de Cali, según la policía.',
        expect: { attack: true },
      },
      {
        says: 'a shooting',
        title: 'Asesinan a balazos a tres hombres en Zamora',
        content: 'Tres hombres fueron asesinados a balazos el lunes en una calle de Zamora, Michoacán, por desconocidos que huyeron en una camioneta.',
        expect: { attack: true },
      },
      {
        says: 'a shooting',
        title: 'Ataque a balazos contra un autobús en Honduras',
        content: 'Un ataque a balazos contra un autobús de pasajeros dejó dos muertos y cinco heridos este martes en San Pedro Sula.',
        expect: { attack: true },
      },
      {
        says: 'a shooting',
        title: 'Matan a cinco en un palenque de Sinaloa',
        content: 'Un grupo armado abrió fuego en un palenque de Culiacán y mató a cinco personas, informaron autoridades.',
        expect: { attack: true },
      },
      {
        says: 'a shooting',
        title: 'Masacre en Putumayo: asesinan a cuatro personas',
        content: 'Cuatro personas fueron asesinadas por hombres armados en una vereda de Puerto Guzmán, Putumayo, la noche del viernes.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'El ejército realiza un simulacro de ataque terrorista en Madrid',
        content: 'Unos 300 agentes participaron el martes en un simulacro de atentado en la estación de Atocha.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'English: attacks and their look-alikes',
    cases: [
      {
        says: 'a planted bomb',
        title: 'Bomb explodes outside bank in downtown Nashville',
        content:
          'An explosive device left near the entrance of a bank in downtown Nashville went off early Sunday, injuring three people, police said. The FBI has joined the investigation.',
        expect: { attack: true },
      },
      {
        says: 'a planted bomb',
        title: 'Pipe bomb detonates at Phoenix office, two hurt',
        content: 'A pipe bomb placed outside an insurance office in Phoenix detonated on Tuesday morning, injuring two employees, authorities said.',
        expect: { attack: true },
      },
      {
        says: 'a planted bomb',
        title: 'Explosion at Birmingham church caused by homemade device, police say',
        content:
          'An explosion that damaged a church in Birmingham, Alabama, late Friday was caused by a homemade explosive device someone had placed at the back door, police said. Nobody was injured.',
        expect: { attack: true },
      },
      {
        says: 'an arson attack or its look-alike',
        title: 'Police investigating after fire deliberately set at mosque',
        content:
          'Police are investigating after a fire was deliberately started at a mosque in Leeds in the early hours of Saturday. Nobody was inside at the time.',
        expect: { attack: true },
      },
      {
        says: 'an arson attack or its look-alike',
        title: "Fire at MP's constituency office treated as arson",
        content: 'A fire that broke out overnight at the constituency office of a Labour MP in Bristol is being treated as arson, police said on Monday.',
        expect: { attack: true },
      },
      {
        says: 'no attack: an arson attack or its look-alike',
        title: 'Police investigating cause of warehouse fire',
        content: 'Firefighters battled a large blaze at a warehouse in Leeds overnight. The cause of the fire is under investigation.',
        expect: { attack: false },
      },
      {
        says: 'no attack: an arson attack or its look-alike',
        title: 'Arson suspect sentenced for mosque fire',
        content: 'A court in Bristol on Friday jailed for six years a man who had torched a mosque there the year before.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Russian troops practise repelling drone attacks in drills near Kaliningrad',
        content:
          'Russian Baltic Fleet units practised repelling a mock enemy drone attack and shooting down targets during exercises in the Kaliningrad region, the defence ministry said.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Russian bombers strike mock enemy targets in Arctic drills',
        content:
          'Russian Tu-22M3 bombers practised strikes on mock enemy airfields during drills over the Arctic, the defence ministry said on Tuesday. Fighter jets escorted the bombers.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: "Russia's Pacific Fleet fires cruise missiles at sea target",
        content:
          "Russia's Pacific Fleet fired two cruise missiles at a sea target in the Sea of Japan during exercises, hitting it, the defence ministry said.",
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Russian troops repel simulated drone attack on nuclear plant in drill',
        content: 'Russian national guard troops repelled a simulated drone attack on the Kursk nuclear power plant during a training exercise on Wednesday.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Russian: attacks and their look-alikes',
    cases: [
      {
        says: 'no attack: a military exercise',
        title: 'Черноморский флот провел учения по отражению атаки безэкипажных катеров',
        content:
          'Корабли Черноморского флота отработали отражение атаки безэкипажных катеров и беспилотников условного противника в ходе учений в Новороссийске.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Войска ЦВО провели учения с боевой стрельбой',
        content: 'Мотострелки отработали отражение атаки условного противника и уничтожили его огнем артиллерии на полигоне в Свердловской области.',
        expect: { attack: false },
      },
      {
        says: 'a shooting',
        title: 'Неизвестные открыли огонь по посетителям кафе в Махачкале',
        content: 'Двое погибли и трое ранены в результате стрельбы в кафе в Махачкале, сообщили в МВД.',
        expect: { attack: true },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Расчеты "Искандеров" нанесли ракетные удары по объектам условного противника',
        content:
          'В ходе учений в Южном военном округе расчеты оперативно-тактических комплексов "Искандер-М" нанесли электронные ракетные удары по аэродрому и пунктам управления условного противника, сообщили в Минобороны.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Северный флот провел стрельбы крылатыми ракетами в Баренцевом море',
        content: 'Фрегат Северного флота выполнил стрельбу крылатой ракетой "Калибр" по морской мишени в Баренцевом море, мишень поражена прямым попаданием.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Летчики ВКС уничтожили колонну условного противника',
        content:
          'Экипажи бомбардировщиков Су-34 отработали нанесение бомбовых ударов по колонне бронетехники условного противника на полигоне в Ростовской области.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a military exercise',
        title: 'Российские военные отразили атаку беспилотников на учениях',
        content: 'Военнослужащие ЗВО в ходе тактического учения отразили массированную атаку ударных беспилотников, уничтожив более 20 воздушных целей.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'German: attacks and their look-alikes',
    cases: [
      {
        says: 'no attack: a military exercise',
        title: 'Russland übt Angriff auf Nato-Gebiet',
        content: 'Bei einem Manöver in Belarus haben russische Truppen Raketenangriffe auf feindliche Stellungen simuliert.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Ukrainian: attacks and their look-alikes',
    cases: [
      {
        says: 'no attack: a military exercise',
        title: 'Росія провела навчання з ударами по умовному противнику',
        content: 'Під час навчань у Білорусі російські війська відпрацювали ракетні удари по позиціях умовного противника.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'A threat in the title, a condition in Hindi',
    cases: [
      {
        says: 'no attack: a title naming only a threat, over a body recalling earlier strikes',
        title: 'Militia chief issues new threat against the port city',
        content:
          'The militia chief said on Monday that his fighters would answer any further raids. Warplanes have pounded the hills around the city for weeks, killing at least 40 fighters, according to local officials.',
        expect: { attack: false },
      },
      {
        says: 'no attack: a Hindi warning that if the enemy attacked, the army would answer',
        title: 'रक्षा मंत्री ने चेताया कि अगर दुश्मन ने सीमा पर हमला किया तो सेना करारा जवाब देगी',
        content: 'रक्षा मंत्री ने बुधवार को कहा कि अगर दुश्मन ने हमला किया तो सेना करारा जवाब देगी।',
        expect: { attack: false },
      },
      {
        says: 'an attack whose title also names a warning stays an attack',
        title: 'Gunmen kill four villagers days after warning',
        content: 'Gunmen killed four villagers in Zamfara on Sunday, days after a warning was sent to the community, police said.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: "The held-back audit's classes: planted bombs in a US city, Spanish shootings",
    cases: [
      {
        says: 'a planted bomb in a US city',
        title: 'Suspicious package explodes outside Austin home, killing man',
        content:
          'A package left on the doorstep of a home in east Austin exploded early Monday when a 39-year-old man picked it up, killing him, police said. Investigators believe it was left there deliberately.',
        expect: { attack: true },
      },
      {
        says: 'a planted bomb in a US city',
        title: 'Explosive device detonates near Sacramento courthouse',
        content:
          'An explosive device detonated outside a federal courthouse in Sacramento on Thursday night, damaging the entrance. No one was hurt. Police said someone had placed the device next to the door.',
        expect: { attack: true },
      },
      {
        says: 'a planted bomb in a US city',
        title: 'Bomb blast rocks downtown Nashville on Christmas morning',
        content:
          'A vehicle packed with explosives blew up in downtown Nashville early on Christmas morning, injuring three people and damaging dozens of buildings, police said.',
        expect: { attack: true },
      },
      {
        says: 'a planted bomb in a US city',
        title: 'Police: Pipe bomb exploded at Atlanta bus stop, one injured',
        content:
          'A pipe bomb left in a trash can at a bus stop in Atlanta exploded on Saturday afternoon, injuring one woman, police said. Officers are searching for a man seen on camera.',
        expect: { attack: true },
      },
      {
        says: 'a Spanish shooting',
        title: 'Disparan contra los asistentes a una fiesta en Medellín: tres muertos',
        content:
          'Hombres en motocicleta dispararon contra los asistentes a una fiesta en un barrio de Medellín, dejando tres muertos y dos heridos, informó la Policía.',
        expect: { attack: true },
      },
      {
        says: 'a Spanish shooting',
        title: 'Un hombre mata a tiros a cuatro personas en un bar de Valencia',
        content: 'Un hombre entró armado en un bar de Valencia la madrugada del domingo y mató a tiros a cuatro personas antes de huir.',
        expect: { attack: true },
      },
      {
        says: 'a Spanish shooting',
        title: 'Tiroteo en un centro comercial de Lima deja un muerto',
        content: 'Un muerto y tres heridos dejó un tiroteo en un centro comercial de Lima este viernes.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'look-alikes and attacks in the other languages',
    cases: [
      {
        says: 'a French appeal trial over a truck attack',
        title: "Attentat de Nice: le procès en appel s'ouvre",
        content: "Le procès en appel de trois hommes accusés d'avoir aidé l'auteur de l'attaque au camion s'est ouvert lundi à Paris.",
        expect: { attack: false },
      },
      {
        says: 'a French tribute ten years on',
        title: "Hommage aux victimes de l'attentat, dix ans après",
        content:
          "Des centaines de personnes se sont rassemblées dimanche pour rendre hommage aux victimes de l'attentat qui avait fait 20 morts il y a dix ans.",
        expect: { attack: false },
      },
      {
        says: 'a French counter-terror drill at a station',
        title: 'Exercice antiterroriste à la gare de Lyon',
        content: 'Un exercice simulant une attaque terroriste a mobilisé 300 policiers et pompiers mardi matin dans la gare.',
        expect: { attack: false },
      },
      {
        says: 'a French shark attack',
        title: 'Un surfeur tué par un requin à La Réunion',
        content: 'Un surfeur de 30 ans est mort samedi après avoir été attaqué par un requin au large de Saint-Leu.',
        expect: { attack: false },
      },
      {
        says: 'a French cyberattack on a hospital',
        title: "Une cyberattaque paralyse l'hôpital de Rennes",
        content: "Une cyberattaque a paralysé lundi les systèmes informatiques de l'hôpital, obligeant le personnel à travailler sur papier.",
        expect: { attack: false },
      },
      {
        says: 'a French jihadist attack on a camp',
        title: 'Mali: des jihadistes attaquent un camp militaire, 12 soldats tués',
        content: "Des jihadistes ont attaqué samedi un camp de l'armée dans le centre du Mali, tuant douze soldats, selon des sources sécuritaires.",
        expect: { attack: true },
      },
      {
        says: 'a Spanish sentence of years for a bar shooting',
        title: 'Condenan a 30 años al autor del tiroteo en el bar',
        content: 'Un tribunal de Monterrey condenó este martes a 30 años de prisión al hombre que mató a cuatro personas en un bar en 2022.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish police operation against suspects',
        title: 'Policía abate a tres presuntos delincuentes en un operativo',
        content: 'Agentes de la policía abatieron a tres presuntos delincuentes durante un operativo en una colonia de Culiacán el domingo.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish remembrance thirty years on',
        title: 'Recuerdan a las víctimas del atentado a 30 años',
        content: 'Familiares y autoridades recordaron este lunes a las 85 víctimas del atentado contra la mutual, a 30 años del ataque.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish party attacked by armed men',
        title: 'Hombres armados matan a seis en una fiesta en Guanajuato',
        content: 'Varios hombres armados irrumpieron el sábado por la noche en una fiesta en Salamanca y mataron a seis asistentes, según la fiscalía estatal.',
        expect: { attack: true },
      },
      {
        says: 'a Portuguese army exercise',
        title: 'Exército simula ataque em treinamento',
        content: 'Militares participaram nesta terça-feira de um exercício que simulou um ataque a uma base no Rio Grande do Sul.',
        expect: { attack: false },
      },
      {
        says: 'a Portuguese bar shooting',
        title: 'Ataque a tiros deixa três mortos em bar de Fortaleza',
        content: 'Três pessoas morreram e duas ficaram feridas em um ataque a tiros em um bar de Fortaleza na madrugada deste domingo.',
        expect: { attack: true },
      },
      {
        says: 'a German trial over a knife attack',
        title: 'Prozess um Messerangriff in Solingen beginnt',
        content: 'Vor dem Oberlandesgericht hat am Montag der Prozess gegen den mutmaßlichen Täter des Messerangriffs begonnen.',
        expect: { attack: false },
      },
      {
        says: 'a German remembrance',
        title: 'Gedenken an die Opfer des Anschlags am Breitscheidplatz',
        content: 'Mit einer Schweigeminute haben Hunderte Menschen am Donnerstag der zwölf Toten des Anschlags gedacht.',
        expect: { attack: false },
      },
      {
        says: 'a German knife attack at a station',
        title: 'Messerangriff in Bahnhof: zwei Verletzte',
        content: 'Ein Mann hat am Dienstagabend im Hauptbahnhof zwei Menschen mit einem Messer angegriffen und verletzt, teilte die Polizei mit.',
        expect: { attack: true },
      },
      {
        says: 'a Russian drill repelling drones',
        title: 'Военные отработали отражение атаки беспилотников на учениях',
        content: 'Военнослужащие отработали отражение атаки беспилотников в ходе учений в Ленинградской области, сообщило министерство обороны.',
        expect: { attack: false },
      },
      {
        says: 'a Russian verdict for an organiser',
        title: 'Суд вынес приговор организатору теракта',
        content: 'Суд в Москве приговорил к пожизненному заключению организатора теракта, в результате которого погибли 15 человек.',
        expect: { attack: false },
      },
      {
        says: 'a Russian drone attack on a fuel depot',
        title: 'Беспилотник атаковал нефтебазу в Брянской области',
        content: 'Украинский беспилотник атаковал нефтебазу в Брянской области в ночь на вторник, пострадали два человека, сообщил губернатор.',
        expect: { attack: true },
      },
      {
        says: 'a Ukrainian remembrance of a missile strike',
        title: "У Києві вшанували пам'ять загиблих від ракетного удару",
        content: "У неділю кияни вшанували пам'ять 30 людей, які загинули рік тому внаслідок ракетного удару по житловому будинку.",
        expect: { attack: false },
      },
      {
        says: 'an Arabic court verdict over a church bombing',
        title: 'محكمة تقضي بإعدام متهمين في تفجير كنيسة',
        content: 'قضت محكمة جنايات القاهرة يوم الاثنين بإعدام ثلاثة متهمين في قضية تفجير كنيسة أسفر عن مقتل 25 شخصا عام 2016.',
        expect: { attack: false },
      },
      {
        says: 'an Arabic attack on a checkpoint',
        title: 'مقتل خمسة جنود في هجوم على حاجز عسكري',
        content: 'قتل خمسة جنود وأصيب ثلاثة آخرون في هجوم شنه مسلحون على حاجز عسكري شمال سيناء يوم السبت.',
        expect: { attack: true },
      },
      {
        says: 'a Turkish drill with an attack scenario',
        title: 'Tatbikatta terör saldırısı senaryosu',
        content: "Kocaeli'de düzenlenen tatbikatta bir alışveriş merkezine terör saldırısı senaryosu canlandırıldı.",
        expect: { attack: false },
      },
      {
        says: 'a Turkish attack on a border post',
        title: 'Karakola saldırı: 4 asker şehit',
        content: "Şırnak'ta bir karakola teröristlerin düzenlediği saldırıda 4 asker şehit oldu, iki asker de yaralandı.",
        expect: { attack: true },
      },
      {
        says: 'an Italian remembrance of a station bombing',
        title: 'Strage di Bologna, la città ricorda le vittime',
        content: 'Bologna ha ricordato sabato le 85 vittime della strage alla stazione, 45 anni dopo la bomba.',
        expect: { attack: false },
      },
      {
        says: 'an Indonesian counter-terror exercise',
        title: 'TNI gelar latihan penanggulangan teror di bandara',
        content: 'Pasukan TNI menggelar latihan penanggulangan serangan teror di Bandara Soekarno-Hatta pada Selasa.',
        expect: { attack: false },
      },
      {
        says: 'a Hindi anniversary tribute',
        title: 'पुलवामा हमले की बरसी पर शहीदों को श्रद्धांजलि',
        content: 'पुलवामा आतंकी हमले की बरसी पर बुधवार को 40 शहीद जवानों को श्रद्धांजलि दी गई।',
        expect: { attack: false },
      },
      {
        says: 'families marking years since a concert bombing',
        title: 'Families gather at Manchester Arena to remember bombing victims',
        content: 'Families gathered on Thursday at the arena to mark eight years since a suicide bomber killed 22 people at a pop concert.',
        expect: { attack: false },
      },
      {
        says: 'a guilty verdict for a knife attack',
        title: 'Man found guilty of murdering three in knife attack',
        content: 'A jury on Wednesday found a 27-year-old man guilty of murdering three people in a knife attack in a park last June.',
        expect: { attack: false },
      },
      {
        says: 'a year after a drone strike',
        title: 'A year after drone strike, villagers still wait for answers',
        content: 'One year after a drone strike killed 10 members of one family in Kabul, relatives say they are still waiting for compensation.',
        expect: { attack: false },
      },
      {
        says: 'a training launch of a missile',
        title: 'Pakistan successfully tests Ghauri missile',
        content: 'Pakistan on Tuesday successfully carried out a training launch of its nuclear-capable surface-to-surface missile, the military said.',
        expect: { attack: false },
      },
      {
        says: 'a vow to keep attacking ships',
        title: 'Houthis vow to keep attacking ships',
        content: 'The Houthi leader said on Thursday the group would keep up its attacks on ships linked to Israel until the war in Gaza ends.',
        expect: { attack: false },
      },
      {
        says: 'a long narrative lead under a title naming no means',
        title: 'Terror in the village',
        content:
          'The men came on motorbikes shortly before dawn. By the time they left the village of Kiri in northern Burkina Faso, 31 people lay dead, survivors told reporters on Tuesday, describing how the attackers set fire to homes and shot those who fled.',
        expect: { attack: true },
      },
      {
        says: 'a foreign government condemning a named attack of the day before',
        title: 'India condemns terror attack on pilgrims in Reasi',
        content:
          "External Affairs Minister said on Monday India strongly condemned Sunday's attack on a bus carrying pilgrims in Reasi, in which nine people were killed.",
        expect: { attack: true },
      },
      {
        says: 'terse copy after a city dateline',
        title: 'Blast kills 3 in Quetta',
        content: 'QUETTA: Three people were killed and 12 injured in a blast near a police van on Tuesday.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'remembrance, drills and attacks told in the other languages',
    cases: [
      {
        says: 'a Portuguese remembrance of a school shooting',
        title: 'Cidade lembra um ano do ataque à escola',
        content: 'Moradores de Suzano se reuniram nesta quarta-feira para lembrar as vítimas do ataque à escola que deixou dez mortos há um ano.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish exercise against a drone attack',
        title: 'Fuerzas Armadas realizan ejercicio ante ataque con drones',
        content: 'Militares realizaron este jueves un ejercicio para responder a un posible ataque con drones contra instalaciones eléctricas.',
        expect: { attack: false },
      },
      {
        says: 'a French missile test',
        title: 'La France teste avec succès un missile balistique',
        content:
          "La France a procédé mercredi avec succès à un tir d'essai d'un missile balistique stratégique depuis un sous-marin, a annoncé le ministère des Armées.",
        expect: { attack: false },
      },
      {
        says: 'a German bomb threat hoax',
        title: 'Bombendrohung gegen Schulen: keine Gefahr',
        content: 'Nach einer Bombendrohung per E-Mail sind am Montag mehrere Schulen geräumt worden, die Polizei fand nichts Verdächtiges.',
        expect: { attack: false },
      },
      {
        says: 'a Russian court for a drone attack plot',
        title: 'Суд арестовал подозреваемых в подготовке атаки беспилотников',
        content: 'Суд в Москве арестовал двух мужчин, подозреваемых в подготовке атаки беспилотников на военный аэродром.',
        expect: { attack: false },
      },
      {
        says: 'an Arabic exercise',
        title: 'مناورات عسكرية بالذخيرة الحية في الصحراء الغربية',
        content: 'نفذت القوات المسلحة يوم الأحد مناورات عسكرية بالذخيرة الحية شملت إطلاق صواريخ وقصفا مدفعيا على أهداف وهمية.',
        expect: { attack: false },
      },
      {
        says: 'a Turkish missile test',
        title: 'Tayfun füzesi test atışında hedefi vurdu',
        content: "Yerli üretim Tayfun balistik füzesi Sinop'ta yapılan test atışında hedefini başarıyla vurdu.",
        expect: { attack: false },
      },
      {
        says: 'a Hindi exercise',
        title: 'सेना ने सीमा पर युद्धाभ्यास किया',
        content: 'भारतीय सेना ने राजस्थान में सीमा के पास बड़े पैमाने पर युद्धाभ्यास किया जिसमें टैंकों और ड्रोन का इस्तेमाल हुआ।',
        expect: { attack: false },
      },
      {
        says: 'an Indonesian memorial',
        title: 'Peringatan 20 tahun bom Bali',
        content: 'Ratusan orang menghadiri peringatan 20 tahun bom Bali yang menewaskan 202 orang di Kuta pada Rabu.',
        expect: { attack: false },
      },
      {
        says: 'an English trial over an attack plot',
        title: 'Teenager convicted of plotting attack on synagogue',
        content:
          'A 17-year-old was convicted on Thursday of planning a knife attack on a synagogue in Leeds, after jurors heard he had researched targets online.',
        expect: { attack: false },
      },
      {
        says: 'an English statement of a threat level',
        title: 'Terror threat level raised after attack abroad',
        content:
          'The government raised the national terror threat level to severe on Tuesday following an attack in a neighbouring country, meaning an attack is highly likely.',
        expect: { attack: false },
      },
      {
        says: "an English analysis of a region's violence",
        title: 'How jihadists expanded across the Sahel',
        content:
          'Over the past decade armed groups have killed thousands of civilians and soldiers across Mali, Burkina Faso and Niger, and their attacks now reach the coast.',
        expect: { attack: false },
      },
      {
        says: 'a Portuguese police operation',
        title: 'Polícia mata três suspeitos em operação no Rio',
        content: 'Três suspeitos morreram em confronto com policiais durante uma operação na Zona Norte do Rio nesta terça-feira, informou a PM.',
        expect: { attack: false },
      },
      {
        says: 'a Spanish drone attack on a village',
        title: 'Ataque con drones deja dos muertos en Michoacán',
        content: 'Dos personas murieron y cuatro resultaron heridas tras un ataque con drones explosivos contra una comunidad de Aguililla la tarde del lunes.',
        expect: { attack: true },
      },
      {
        says: 'a French grenade attack',
        title: 'Attaque à la grenade contre un bar à Grenoble',
        content: 'Une grenade a été lancée dans un bar de Grenoble dans la nuit de dimanche à lundi, blessant quinze personnes, selon le parquet.',
        expect: { attack: true },
      },
      {
        says: 'a German arson attack',
        title: 'Brandanschlag auf Flüchtlingsheim',
        content: 'Unbekannte haben in der Nacht zum Sonntag einen Brandsatz auf ein Flüchtlingsheim in Sachsen geworfen, verletzt wurde niemand.',
        expect: { attack: true },
      },
      {
        says: 'a Russian shelling',
        title: 'ВСУ обстреляли Горловку, погибли двое',
        content: 'В результате обстрела Горловки со стороны ВСУ в понедельник погибли два мирных жителя, еще трое ранены.',
        expect: { attack: true },
      },
      {
        says: 'an Urdu attack on a checkpost',
        title: 'شمالی وزیرستان میں چیک پوسٹ پر حملہ، 3 اہلکار شہید',
        content: 'شمالی وزیرستان میں دہشت گردوں نے سیکیورٹی فورسز کی چیک پوسٹ پر حملہ کیا جس میں تین اہلکار شہید ہوگئے۔',
        expect: { attack: true },
      },
    ],
  },
  {
    class: "guards: makers' bombs, everyday blasts in more scripts, airport drones, crashes, and strikes that stay attacks",
    cases: [
      {
        says: 'a father and son killed making a bomb at home',
        title: 'Man and son die making bomb at home in Kunduz',
        content: 'A man and his son were killed when a bomb they were making at home in Kunduz went off on Tuesday, police said.',
        expect: { attack: false },
      },
      {
        says: 'an Urdu gas cylinder blast',
        title: 'کراچی میں گیس سلنڈر دھماکہ، 3 افراد جاں بحق',
        content: 'کراچی کے علاقے کورنگی میں ایک دکان میں گیس سلنڈر پھٹنے سے تین افراد جاں بحق اور پانچ زخمی ہوگئے۔',
        expect: { attack: false },
      },
      {
        says: 'a Hindi cylinder blast',
        title: 'सिलेंडर फटने से दो की मौत',
        content: 'लखनऊ में एक घर में गैस सिलेंडर फटने से दो लोगों की मौत हो गई और तीन घायल हो गए।',
        expect: { attack: false },
      },
      {
        says: 'a Persian gas explosion',
        title: 'انفجار گاز در ساختمان مسکونی در تهران',
        content: 'انفجار گاز در یک ساختمان مسکونی در تهران روز دوشنبه دو کشته و چهار زخمی برجای گذاشت.',
        expect: { attack: false },
      },
      {
        says: 'a Bengali gas line blast',
        title: 'গ্যাস লাইনে বিস্ফোরণে দগ্ধ ৫',
        content: 'নারায়ণগঞ্জে একটি বাড়িতে গ্যাস লাইনের লিকেজ থেকে বিস্ফোরণে পাঁচজন দগ্ধ হয়েছেন।',
        expect: { attack: false },
      },
      {
        says: 'drones sighted over an airport',
        title: 'Flights halted at Munich airport after drone sightings',
        content: 'Flights were suspended for two hours at Munich airport on Friday night after several drones were spotted near the runway, police said.',
        expect: { attack: false },
      },
      {
        says: 'an old mine killing border guards',
        title: 'Old land mines kill three border guards',
        content: 'Three border guards were killed on Monday when they stepped on land mines laid decades ago near the frontier, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a plane crash',
        title: 'Military transport plane crashes, killing 12',
        content: 'A military transport plane crashed on approach to an air base in the north on Sunday, killing all 12 people on board, the air force said.',
        expect: { attack: false },
      },
      {
        says: 'a stampede',
        title: 'Stampede at temple kills 7',
        content: 'Seven pilgrims were killed in a stampede at a temple in Andhra Pradesh on Friday as crowds rushed for free tickets.',
        expect: { attack: false },
      },
      {
        says: 'a mine collapse',
        title: 'Gold mine collapse traps 30 miners',
        content: 'At least 30 miners were trapped after a gold mine collapsed in Mali on Wednesday, officials said.',
        expect: { attack: false },
      },
      {
        says: 'a Swahili bus crash',
        title: 'Watu 10 wafariki katika ajali ya basi',
        content: 'Watu kumi wamefariki dunia na wengine 20 kujeruhiwa katika ajali ya basi iliyotokea Jumapili katika barabara kuu ya Morogoro.',
        expect: { attack: false },
      },
      {
        says: 'a military says it repelled a drone attack on a base',
        title: 'Air defences repel drone attack on Russian air base',
        content: 'Russian air defences shot down eight Ukrainian drones attacking an air base in Crimea overnight, the defence ministry said on Sunday.',
        expect: { attack: true },
      },
      {
        says: 'a sea drone attack on a ship in port',
        title: 'Sea drones strike tanker at Novorossiysk',
        content: 'Ukrainian sea drones hit an oil tanker moored at Novorossiysk port overnight, damaging its hull, port officials said.',
        expect: { attack: true },
      },
      {
        says: 'a short Arabic drone strike',
        title: 'غارة بمسيرة على سيارة في جنوب لبنان',
        content: 'استهدفت مسيرة إسرائيلية سيارة على طريق بلدة الناقورة في جنوب لبنان صباح اليوم، ما أدى إلى مقتل شخصين.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'plots foiled, bomb alarms and raids on hideouts in several languages',
    cases: [
      {
        says: 'a German bomb plot foiled is no attack, whatever the attack word in the title',
        title: 'Sprengstoffanschlag in Bremen vereitelt',
        content:
          'Ermittler nahmen am Montag einen 22-Jährigen fest, der einen Anschlag auf eine Synagoge geplant haben soll. Chemikalien wurden sichergestellt.',
        expect: { attack: false },
      },
      {
        says: 'an Italian plot foiled is no attack',
        title: 'Sventato attentato a Torino, fermato un ventenne',
        content: 'I carabinieri hanno fermato un giovane che preparava un attacco con esplosivi contro una chiesa.',
        expect: { attack: false },
      },
      {
        says: 'a French plot foiled is no attack',
        title: "Un projet d'attentat déjoué à Lille",
        content: 'Deux hommes ont été interpellés mercredi, soupçonnés de préparer une attaque contre une salle de concert.',
        expect: { attack: false },
      },
      {
        says: 'a French bomb alarm with nothing found is no attack',
        title: 'Alerte à la bombe: trois collèges évacués à Nantes',
        content: "Les établissements ont reçu des menaces par courriel lundi. Aucun engin explosif n'a été découvert.",
        expect: { attack: false },
      },
      {
        says: 'a German bomb threat is no attack',
        title: 'Bombendrohung: Flughafen Dortmund stundenlang gesperrt',
        content: 'Nach einer anonymen Drohung wurde das Terminal geräumt. Es wurde kein Sprengsatz gefunden.',
        expect: { attack: false },
      },
      {
        says: 'troops raiding a hideout and recovering rockets report no attack',
        title: 'Soldiers raid insurgent hideout, seize rockets',
        content: 'Troops raided a hideout near the border on Thursday and recovered rockets and suicide vests, the army said. Two men were detained.',
        expect: { attack: false },
      },
      {
        says: 'a raid whose firefight killed militants and soldiers stays an attack',
        title: 'Troops kill 6 insurgents in raid, one soldier dies',
        content:
          'Security forces raided an insurgent hideout in Khyber on Sunday, killing six insurgents in a long exchange of fire, the army said. One soldier was killed in the operation.',
        expect: { attack: true },
      },
      {
        says: 'a drone attack intercepted over the capital stays an attack',
        title: 'Drone attack on Moscow foiled, mayor says',
        content: 'Air defences shot down four drones approaching Moscow overnight, the mayor said. No casualties were reported.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
    ],
  },
  {
    class: 'charges, sentences and purchases in German, French, Spanish and Arabic',
    cases: [
      {
        says: 'a German charge over a past knife attack is no attack',
        title: 'Anklage nach Messerangriff in Aschaffenburg erhoben',
        content: 'Die Staatsanwaltschaft hat Anklage gegen einen 29-Jährigen erhoben, der im Januar zwei Menschen getötet haben soll.',
        expect: { attack: false },
      },
      {
        says: 'an Arabic death sentence over a church bombing is no attack',
        title: 'الحكم بإعدام متهمين في تفجير كنيسة بالمنيا',
        content: 'أصدرت المحكمة حكما بالإعدام على أربعة متهمين في قضية تفجير الكنيسة.',
        expect: { attack: false },
      },
      {
        says: 'a German order of combat drones is no attack',
        title: 'Bundeswehr bestellt weitere Kampfdrohnen',
        content: 'Das Ministerium hat den Kauf von 60 Kampfdrohnen genehmigt.',
        expect: { attack: false },
      },
      {
        says: 'a French order of armed drones is no attack',
        title: 'La France commande 20 drones armés supplémentaires',
        content: "Le ministère a passé commande de drones de combat pour 300 millions d'euros.",
        expect: { attack: false },
      },
      {
        says: 'a German knife attack told as it happened stays an attack',
        title: 'Messerangriff in Kassel: Zwei Verletzte',
        content: 'Ein Mann hat am Sonntagabend vor einem Imbiss zwei Menschen mit einem Messer verletzt. Die Polizei fahndet nach dem Täter.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'attacks told in Italian, Croatian, Slovenian and Portuguese',
    cases: [
      {
        says: 'an Italian drone attack told with the elided article and the plural',
        title: "Incendi a Kharkiv dopo l'attacco russo",
        content: 'Quattro civili sono stati feriti nella notte a Kharkiv da un attacco con droni russi.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
      {
        says: 'a Croatian drone attack on a car',
        title: 'Dronovima napali Kursk: jedan poginuo',
        content: 'Jedan muškarac je poginuo, a dvoje je ozlijeđeno u napadu ukrajinskog drona na automobil u Kursku, rekao je guverner.',
        expect: { attack: true, hasTypes: ['drone'] },
      },
      {
        says: 'a Slovenian car bomb told as an explosion with a car full of explosives',
        title: 'V eksploziji avtomobila v Kabulu šest mrtvih',
        content:
          'V eksploziji avtomobila pred vojašnico v Kabulu je bilo danes ubitih šest ljudi. Avto je bil napolnjen z eksplozivom. Odgovornost za napad so prevzeli talibani.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a Portuguese beheading by insurgents',
        title: 'Insurgentes decapitam dois homens em Mocímboa da Praia',
        content: 'Os insurgentes decapitaram dois homens numa aldeia do distrito de Mocímboa da Praia na sexta-feira, segundo fontes locais.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'an English shooting at a school football game is not a game of fiction',
        title: '2 hurt in shooting outside Texas high school stadium',
        content:
          'Police said two people were hurt when shots were fired near a high school football game in Waco. The shots came from behind the stadium around 9 p.m. on Friday, during the game against a rival school.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a video game whose missions are raids stays no attack',
        title: 'New shooter game lets players raid a militant compound',
        content: 'The latest game in the series includes a mission in which players ambush fighters in an invented city.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'drills, remembrance and old shells in German, Italian and Russian',
    cases: [
      {
        says: 'a German police drill of a terror attack is no attack',
        title: 'Großübung: Polizei probt Terroranschlag am Flughafen Hannover',
        content: 'Hunderte Einsatzkräfte übten am Samstag den Ernstfall.',
        expect: { attack: false },
      },
      {
        says: 'an Italian remembrance twenty years on is no attack',
        title: "Kabul, vent'anni dopo la strage degli alpini",
        content: "Cerimonia per i 12 soldati uccisi nell'attentato del 2005.",
        expect: { attack: false },
      },
      {
        says: 'Russian children blown up on an old shell are no attack',
        title: 'В Курской области подростки подорвались на старом снаряде',
        content: 'Двое подростков погибли при взрыве боеприпаса времен Великой Отечественной войны.',
        expect: { attack: false },
      },
      {
        says: 'a German terror attack told as it happened stays an attack',
        title: 'Terroranschlag am Hauptbahnhof Essen: zwei Tote',
        content: 'Ein Angreifer hat am Samstagmorgen am Hauptbahnhof zwei Menschen erstochen, teilte die Polizei mit.',
        expect: { attack: true },
      },
      {
        says: 'an Italian massacre at a school told as it happened stays an attack',
        title: 'Strage in una scuola a Perm, sette morti',
        content: 'Un uomo armato ha aperto il fuoco in una scuola di Perm uccidendo sette persone.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'an Indonesian bombing told as "the bomb incident", its bomber "detonating"',
    cases: [
      {
        says: 'a police account naming the bombing and its toll at the end',
        title: 'Polisi jelaskan kronologi bom di depan gereja',
        content:
          'Wakil Kapolres menjelaskan kronologi aksi peledakan bom di depan sebuah gereja di Samarinda, Minggu pagi. ' +
          'Pelaku disebut membawa bom rakitan di dalam tas. Menurut dia, satu bom lain tidak meledak. ' +
          'Dua jemaat tewas dan 19 orang luka-luka akibat bom tersebut.',
        expect: { attack: true },
      },
      {
        says: 'a bomber who blew himself up at a police post',
        title: 'Pelaku bom bunuh diri serang pos polisi, satu polisi tewas',
        content: 'Seorang pelaku meledakkan diri di halaman pos polisi di Pekanbaru pada Rabu pagi. Satu polisi tewas dan enam orang terluka.',
        expect: { attack: true, hasTypes: ['suicide_attack'] },
      },
      {
        says: 'the anniversary of a bombing stays a remembrance',
        title: 'Peringatan 15 tahun peristiwa bom Kuningan',
        content: 'Ratusan orang menghadiri peringatan 15 tahun peristiwa bom Kuningan di Jakarta pada Kamis.',
        expect: { attack: false },
      },
      {
        says: 'a court hearing in a bombing case stays a trial',
        title: 'Sidang kasus peristiwa bom Sarinah digelar',
        content: 'Pengadilan negeri menggelar sidang terdakwa kasus peristiwa bom Sarinah pada Selasa.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Spanish and Portuguese armed groups that burst in and murder, insurgents, and mines laid on roads',
    cases: [
      {
        says: 'an armed group that burst into a bar and murdered six, told in the preterite singular',
        title: 'Asesinan a seis personas en un bar de Zamora',
        content: 'Un grupo armado irrumpió en un bar de Zamora la noche del sábado y asesinó a seis personas, informó la fiscalía estatal.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a hitman who murdered a shopkeeper',
        title: 'Sicario asesinó a comerciante en Chilpancingo',
        content: 'Un sicario asesinó a balazos a un comerciante en el centro de Chilpancingo la tarde del lunes, informaron las autoridades.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Portuguese insurgents who killed villagers',
        title: 'Insurgentes matam cinco pessoas em Cabo Delgado',
        content: 'Insurgentes mataram cinco pessoas numa aldeia do distrito de Muidumbe na segunda-feira, disseram fontes locais.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Portuguese armed men who invaded a house and killed',
        title: 'Homens armados invadem casa e matam família',
        content: 'Homens armados invadiram uma casa em Feira de Santana na madrugada de domingo e mataram quatro pessoas, segundo a polícia.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a Spanish anti-personnel mine that wounded two soldiers',
        title: 'Mina antipersonal deja dos soldados heridos en Antioquia',
        content: 'Dos soldados resultaron heridos al pisar una mina antipersonal instalada por disidencias en zona rural de Briceño, informó el Ejército.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'a Portuguese soldier who stepped on a mine laid by insurgents',
        title: 'Militar morre ao pisar numa mina em Cabo Delgado',
        content: 'Um militar morreu ao pisar numa mina colocada pelos insurgentes numa estrada de Mocímboa da Praia, disse uma fonte militar.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'the police bursting into a safe house to free hostages is their rescue',
        title: 'Policía irrumpe en casa de seguridad y rescata a secuestrados',
        content: 'Agentes de la policía irrumpieron en una casa de seguridad en Tlaquepaque y liberaron a tres personas secuestradas, informó la fiscalía.',
        expect: { attack: false },
      },
      {
        says: 'a murderer arrested, named by the same word, is an arrest',
        title: 'Detienen al presunto asesino de una joven',
        content: 'La policía detuvo al presunto asesino de una joven de 19 años hallada muerta en su casa el mes pasado.',
        expect: { attack: false },
      },
      {
        says: 'a history of the insurgency is no attack',
        title: 'Cabo Delgado: o que se sabe sobre os insurgentes',
        content: 'Os insurgentes começaram a atacar a província em 2017 e milhares de pessoas fugiram desde então.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'a car driven into a crowd, told in Russian and Ukrainian',
    cases: [
      {
        says: 'a Russian driver who drove into a crowd on purpose',
        title: 'Водитель въехал в толпу у рынка в Омске',
        content: 'Мужчина на автомобиле намеренно въехал в толпу людей у входа на рынок, пострадали шесть человек, сообщили в полиции.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a Ukrainian driver who drove into pedestrians',
        title: 'У Житомирі водій в’їхав у натовп',
        content: 'Чоловік на автомобілі навмисно в’їхав у натовп пішоходів біля зупинки, постраждали четверо людей, повідомила поліція.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'a car that crashed into a ditch is a road accident',
        title: 'Автомобиль съехал в кювет под Тверью',
        content: 'Легковой автомобиль съехал в кювет на трассе, водитель получил травмы, сообщили в ГИБДД.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'courts and inquests on an attack, in the languages that lacked their words',
    cases: [
      {
        says: 'an Indonesian life sentence ("dijatuhi hukuman penjara seumur hidup")',
        title: 'Penembak Bus Sukamaju Dijatuhi Hukuman Penjara Seumur Hidup',
        content:
          'Pria berusia 40 tahun yang menembaki penumpang bus di Sukamaju tahun lalu kini harus mendekam di penjara sampai akhir hayatnya. Enam orang terluka dalam serangan itu.',
        expect: { attack: false },
      },
      {
        says: 'an Indonesian term of years ("dihukum 20 tahun penjara")',
        title: 'Pelaku penembakan di Sukamaju dihukum 20 tahun penjara',
        content: 'Pengadilan Negeri Sukamaju menjatuhkan vonis 20 tahun penjara kepada pria yang menembak tiga orang tahun lalu.',
        expect: { attack: false },
      },
      {
        says: "a coroner's ruling on a bomber killed by his own device",
        title: 'Dunmore hospital blast: bomber built the device himself, coroner finds',
        content:
          'A coroner ruled on Tuesday that the man behind the Dunmore hospital blast made the device at home and died when it went off early, inside a taxi.',
        expect: { attack: false },
      },
      {
        says: 'an inquest into the deaths of a stabbing',
        title: 'Inquest opens into deaths of three in Dunmore stabbing',
        content: 'An inquest opened on Tuesday into the deaths of three people who were stabbed at a Dunmore festival last year.',
        expect: { attack: false },
      },
      {
        says: 'an Indonesian bombing today stays an attack',
        title: 'Bom meledak di pasar Sukamaju, 5 tewas',
        content: 'Sebuah bom meledak di pasar Sukamaju pada Selasa dan menewaskan lima orang.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: "an attack with a coroner named only as a witness's job stays an attack",
        title: 'Gunman kills three in Dunmore pub',
        content: 'A gunman shot dead three people at a Dunmore pub on Tuesday night, police said.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
    ],
  },
  {
    class: 'the wire languages: opening fire as a gerund, the wounded in the perfect and with how badly',
    cases: [
      {
        says: 'Spanish: "abriendo fuego", "han resultado gravemente heridas"',
        title: 'Ataque en un billar de Tumbes',
        content:
          'Un grupo de hombres irrumpió en un billar de Tumbes abriendo fuego contra los clientes. Dos personas murieron y otras cinco han resultado gravemente heridas.',
        expect: { types: ['armed_assault'], toll: { killed: 2, injured: 5 } },
      },
      {
        says: 'Portuguese: "abrindo fogo"',
        title: 'Ataque em bar de Caruaru',
        content: 'Dois homens entraram num bar de Caruaru abrindo fogo contra os clientes; dois morreram.',
        expect: { types: ['armed_assault'], toll: { killed: 2, injured: null } },
      },
      {
        says: 'French: "en ouvrant le feu", "ont été grièvement blessées"',
        title: 'Attaque dans un café de Mopti',
        content:
          'Des hommes ont fait irruption dans un café de Mopti en ouvrant le feu sur les clients. Deux personnes sont mortes et trois autres ont été grièvement blessées.',
        expect: { types: ['armed_assault'], toll: { killed: 2, injured: 3 } },
      },
      {
        says: 'leaves "el resultado" and a gun not fired alone',
        title: 'Ataque en un billar de Tumbes',
        content: 'Un hombre armado mató a dos personas en un billar de Tumbes. El resultado de la autopsia llegará el lunes.',
        expect: { toll: { killed: 2, injured: null } },
      },
    ],
  },
  {
    class: 'Swedish and Norwegian reports: numbers from eleven to nineteen, injuries had, homes burned',
    cases: [
      {
        says: 'reads the toll and the arson of a Swedish report',
        title: 'Tolv döda i attack i centrala Mali',
        content: 'Ytterligare 14 personer fick svåra skador, och angriparna brände ner flera hus och en moské när de anföll byn Kessa.',
        expect: { toll: { killed: 12, injured: 14 }, types: ['armed_assault'] },
      },
      {
        says: 'reads a Norwegian toll',
        title: 'Femten drept i angrep i Burkina Faso',
        content: 'Væpnede menn angrep en landsby nord i landet natt til søndag.',
        expect: { killed: 15 },
      },
      {
        says: 'leaves a Swedish fire with no attack alone',
        title: 'Tolv hus brände ner i skogsbrand',
        content: 'En skogsbrand spred sig till byn under natten; ingen skadades.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Swedish missiles called robots, and Indonesian bombing and attacking verbs',
    cases: [
      {
        says: 'Swedish: Russian "robotar" that struck and killed',
        title: 'Ryssland anföll Lviv med robotar och drönare',
        content: 'Ryska robotar slog ner i Lviv under natten och dödade fyra personer, enligt borgmästaren.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
      {
        says: 'Swedish: a missile strike named "robotanfall"',
        title: 'Nytt robotanfall mot Sumy',
        content: 'Minst tre personer dödades i natt när Ryssland besköt Sumy.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
      {
        says: 'a machine called a robot is no missile',
        title: 'Robot crushes worker at car plant',
        content: 'A factory robot killed a worker at an assembly plant on Monday, the company said.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: Israel "mengebom" a camp and kills',
        title: 'Israel mengebom Khan Younis, 18 tewas',
        content: 'Jet tempur Israel mengebom sebuah sekolah yang menampung pengungsi di Khan Younis pada Rabu malam.',
        expect: { attack: true },
      },
      {
        says: 'Indonesian: a bombing, "pengeboman", that killed',
        title: 'Pengeboman gereja di Makassar tewaskan dua jemaat',
        expect: { attack: true },
      },
      {
        says: 'Indonesian: "menyerang" with a toll',
        title: 'Militer Myanmar menyerang desa di Sagaing, 12 tewas',
        expect: { attack: true },
      },
      {
        says: 'Indonesian: a tiger or a crocodile that attacks is no attack',
        title: 'Harimau menyerang petani di Bengkulu, satu tewas',
        content: 'Seekor harimau sumatera menyerang petani di kebun karet, satu orang tewas.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: a crocodile attack in the passive',
        title: 'Nelayan tewas diserang buaya di Sungai Mahakam',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'stabbings in the Nordic languages and Dutch',
    cases: [
      {
        says: 'Icelandic: wounded after a "stunguárás"',
        title: 'Þrír særðir eftir stunguárás í Reykjavík',
        content: 'Tveir særðust alvarlega og eru á sjúkrahúsi.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Norwegian: two people "knivstukket"',
        title: 'To personer knivstukket i Bergen sentrum',
        content: 'To personer ble knivstukket i Bergen sentrum natt til søndag, opplyser politiet.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Swedish: a man "knivhuggen"',
        title: 'Man knivhuggen i Uppsala',
        content: 'En man skadades allvarligt i centrala Uppsala på lördagskvällen.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Dutch: three people "neergestoken"',
        title: 'Drie mensen neergestoken in Utrecht',
        content: 'Drie mensen zijn zaterdagavond neergestoken in het centrum van Utrecht.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Norwegian: a sentence for a stabbing is a trial',
        title: 'Mann dømt til ti års fengsel for knivstikking i Bergen',
        content: 'Retten dømte mannen for knivstikkingen i fjor.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Greek and Polish blasts at works and fireworks factories are accidents, their bombs attacks',
    cases: [
      {
        says: 'Greek: a blast at a fireworks factory',
        title: 'Έκρηξη σε εργοστάσιο πυροτεχνημάτων στη Θεσσαλονίκη: 2 νεκροί',
        expect: { attack: false },
      },
      {
        says: 'Polish: a blast at a fireworks factory',
        title: 'Wybuch w fabryce fajerwerków pod Łodzią. Nie żyją dwie osoby',
        expect: { attack: false },
      },
      {
        says: 'Greek: a bomb that went off in a shop is a bombing',
        title: 'Έκρηξη βόμβας σε κατάστημα στην Πάτρα: 2 τραυματίες',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'Polish: a bomb that went off on a bus is a bombing',
        title: 'Wybuch bomby w autobusie w Poznaniu, trzech rannych',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    class: 'Spanish verbs of an attack in every person and tense',
    cases: [
      {
        says: 'a drone that attacked, in the preterite singular and the headline present',
        title: 'Atacan con dron a militares en Michoacán',
        content: 'Un dron con explosivos atacó a un grupo de soldados en el municipio de Aguililla, Michoacán.',
        expect: { attack: true, types: ['drone'], countries: ['MX'] },
      },
      {
        says: 'a drone that attacked, in the preterite singular and the headline present',
        title: 'Un dron ataca una base policial en el Cauca',
        content: 'Un dron cargado de explosivos atacaba la base de la policía de Suárez, en el Cauca, cuando fue derribado.',
        expect: { attack: true, types: ['drone'], countries: ['CO'] },
      },
      {
        says: 'a bombing told by its verb, not its noun',
        title: 'Bombardean un hospital en Sudán',
        content: 'Las Fuerzas de Apoyo Rápido bombardearon un hospital de El Fasher, en Sudán, y mataron a 9 personas.',
        expect: { attack: true, types: ['airstrike'], countries: ['SD'], killed: 9 },
      },
      {
        says: 'a bombing told by its verb, not its noun',
        title: 'Aldeas del sur del Líbano, bombardeadas',
        content: 'Aviones israelíes bombardearon tres aldeas del sur del Líbano; dos personas murieron.',
        expect: { attack: true, types: ['airstrike'], countries: ['LB'], killed: 2 },
      },
      {
        says: 'a victim shot dead, the shooting phrase holding the verb',
        title: 'Matan a un policía en Sonora',
        content: 'Un policía municipal fue asesinado a balazos en Cajeme, Sonora.',
        expect: { attack: true, types: ['armed_assault'], countries: ['MX'], killed: 1 },
      },
      {
        says: 'a victim shot dead, the shooting phrase holding the verb',
        title: 'Acribillan a un comerciante en Tuluá',
        content: 'Un comerciante de la plaza de mercado fue acribillado por dos sicarios en Tuluá, Valle del Cauca.',
        expect: { attack: true, types: ['armed_assault'], countries: ['CO'] },
      },
      {
        says: 'bombarded with questions is no bombing',
        title: 'El ministro, bombardeado con preguntas en el Congreso',
        content: 'Los diputados bombardearon al ministro con preguntas sobre el presupuesto durante tres horas.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Spanish words for a kidnapping beside "secuestro"',
    cases: [
      {
        says: 'plagiar before its victim, privar de la libertad, raptar, the slang levantón',
        title: 'Plagian a dos comerciantes en Puebla',
        content: 'Hombres armados plagiaron a dos comerciantes en el municipio de Tehuacán, Puebla.',
        expect: { attack: true, types: ['kidnapping'], countries: ['MX'] },
      },
      {
        says: 'plagiar before its victim, privar de la libertad, raptar, the slang levantón',
        title: 'Privan de la libertad a cinco jóvenes en Jalisco',
        content: 'Cinco jóvenes fueron privados de la libertad por sujetos armados en Lagos de Moreno, Jalisco.',
        expect: { attack: true, types: ['kidnapping'], countries: ['MX'] },
      },
      {
        says: 'plagiar before its victim, privar de la libertad, raptar, the slang levantón',
        title: 'Raptan a una niña en Chiapas',
        content: 'Una niña de ocho años fue raptada por dos hombres en Tapachula, Chiapas.',
        expect: { attack: true, types: ['kidnapping'], countries: ['MX'] },
      },
      {
        says: 'plagiar before its victim, privar de la libertad, raptar, the slang levantón',
        title: 'Denuncian el levantón de tres hombres en Culiacán',
        content: 'Familiares de tres hombres denunciaron su levantón en una colonia de Culiacán, Sinaloa.',
        expect: { attack: true, types: ['kidnapping'], countries: ['MX'] },
      },
      {
        says: 'inmates are "personas privadas de la libertad"; a plagiarised text is no kidnapping',
        title: 'Protesta en la cárcel de Guayaquil',
        content: 'Las personas privadas de la libertad protestaron en la cárcel de Guayaquil, Ecuador, por la falta de agua.',
        expect: { attack: false },
      },
      {
        says: 'inmates are "personas privadas de la libertad"; a plagiarised text is no kidnapping',
        title: 'Acusan de plagio a un escritor',
        content: 'El artículo fue plagiado de una revista universitaria y su autor fue acusado ante un juez.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Round 18: French, Italian and Portuguese attack words in every person, tense and gender',
    cases: [
      {
        says: 'French passive participle with its agent after "par": the attackers follow it',
        title: 'Niger : un poste militaire attaqué par des jihadistes près de Tillabéri',
        expect: { attack: true, types: ['armed_assault'], countries: ['NE'] },
      },
      {
        says: 'French "HANI" (unidentified armed men) are attackers',
        title: 'Burkina : des HANI ont attaqué un marché près de Djibo',
        expect: { attack: true, types: ['armed_assault'], countries: ['BF'] },
      },
      {
        says: 'French killing verbs in the present plural ("abattent")',
        title: "Des individus armés non identifiés abattent quatre commerçants dans l'ouest du Niger",
        expect: { attack: true, types: ['armed_assault'], countries: ['NE'] },
      },
      {
        says: 'French killing verbs in the simple past ("égorgèrent")',
        title: 'Deux bergers égorgés',
        content: 'Les assaillants égorgèrent deux bergers près de Ménaka, au Mali, dans la nuit de lundi.',
        expect: { attack: true, types: ['armed_assault'], countries: ['ML'] },
      },
      {
        says: 'French kidnapping in the present ("kidnappe")',
        title: "Haïti : un gang kidnappe onze passagers d'un minibus près de Mirebalais",
        expect: { attack: true, types: ['kidnapping'], countries: ['HT'] },
      },
      {
        says: 'French hostage-taking told by its verb ("ont pris en otage")',
        title: "Cameroun : des hommes armés ont pris en otage les fidèles d'une église dans l'Extrême-Nord",
        expect: { attack: true, types: ['kidnapping'], countries: ['CM'] },
      },
      {
        says: 'Italian stabbing in the present ("accoltella")',
        title: 'Milano, straniero accoltella tre passanti in stazione',
        expect: { attack: true, types: ['armed_assault'], countries: ['IT'] },
      },
      {
        says: 'French shots that hit someone ("atteint par balle"), in Switzerland ("Suisse")',
        title: 'Suisse : un homme atteint par balle à Lausanne',
        expect: { attack: true, types: ['armed_assault'], countries: ['CH'] },
      },
      {
        says: 'attackers told as the ones killed in the French passive are no attackers killing',
        title: "Niger : dix terroristes ont été tués par l'armée près de Diffa",
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Round 18: countries as French, Portuguese and Italian copy names them',
    cases: [
      {
        says: 'French short names: "Burkina", "Centrafrique"',
        title: 'Burkina : neuf gendarmes tués dans une embuscade près de Dori',
        expect: { attack: true, countries: ['BF'] },
      },
      {
        says: 'French short names: "Burkina", "Centrafrique"',
        title: 'Centrafrique : des rebelles attaquent la ville de Bria',
        expect: { attack: true, countries: ['CF'] },
      },
      {
        says: 'a sentence opening with "Au" or "No" before the country or city is no first name',
        title: 'Fusillade nocturne',
        content: 'Au Mali, des hommes armés ont ouvert le feu sur un car de voyageurs près de Douentza mardi soir, tuant trois passagers.',
        expect: { attack: true, countries: ['ML'] },
      },
      {
        says: 'a name with its French article or "de" elided into it ("l\'Ukraine", "près d\'Ansongo") is the name',
        title: 'Nuit de frappes',
        content: "Des drones ont frappé l'Ukraine dans la nuit, tuant trois personnes.",
        expect: { attack: true, countries: ['UA'] },
      },
      {
        says: 'a name with its French article or "de" elided into it ("l\'Ukraine", "près d\'Ansongo") is the name',
        title: 'Des villageois tués',
        content: "Des hommes armés ont tué six villageois près d'Ansongo, dans le nord du Mali.",
        expect: { attack: true, countries: ['ML'], placeNames: ['Ansongo'] },
      },
      {
        says: 'a compass word elided into its article is still a direction ("dans l\'Est du pays")',
        title: 'Deux soldats tués',
        content: "Des hommes armés ont tué deux soldats dans l'Est du pays, au Cameroun.",
        expect: { attack: true, countries: ['CM'], notPlaceNames: ['Est'] },
      },
      {
        says: 'a sentence opening with "Au" or "No" before the country or city is no first name',
        title: 'Tiroteio na zona norte',
        content: 'No Rio de Janeiro, homens armados abriram fogo contra um bar na noite de sábado e mataram duas pessoas.',
        expect: { attack: true, countries: ['BR'] },
      },
    ],
  },
  {
    class: 'Round 18: Lithuanian, Latvian, Estonian, Finnish, Hungarian and Romanian words and case endings',
    cases: [
      {
        says: 'in a text without those languages\' letters a word that ends like a case is its own word (Indonesian "Korban", victim, is no Korba)',
        title: 'Korban Bom Rakitan di Palu Dirawat di Rumah Sakit',
        content: 'Sebuah bom rakitan meledak di depan rumah warga di Palu, Sulawesi Tengah, pada Minggu malam. Korban luka dibawa ke rumah sakit terdekat.',
        expect: { attack: true, countries: ['ID'], notPlaceNames: ['Korba'] },
      },
      {
        says: 'an Arabic family name from a place ("al-Baghdadi", "al-Sudani") is no case form of that place',
        title: 'Bomb kills four at a livestock market',
        content:
          'A bomb hidden in a cart went off at a livestock market on Sunday, killing four traders. Followers of a preacher called Omar al-Baghdadi were blamed, and a minister named Karim al-Sudani condemned it.',
        expect: { attack: true, types: ['ied'], notPlaceNames: ['Baghdad', 'Sudan'] },
      },
      {
        says: 'Lithuanian: a missile strike, its toll verb first and figure first, a place in the locative',
        title: 'Raketų smūgis Charkive: žuvo trys žmonės',
        content: 'Antradienio rytą Charkive per raketų ataką žuvo trys žmonės, dar septyni buvo sužeisti, pranešė miesto meras.',
        expect: { attack: true, types: ['missile'], countries: ['UA'], toll: { killed: 3, injured: 7 }, placeNames: ['Kharkiv'] },
      },
      {
        says: 'Lithuanian: a drone hits a house, the place in the locative',
        title: 'Dronas pataikė į namą Donecko srityje',
        content: 'Ketvirtadienį dronas pataikė į gyvenamąjį namą Kramatorske: žuvo vienas asmuo, sužeisti keturi žmonės.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], toll: { killed: 1, injured: 4 }, placeNames: ['Kramatorsk'] },
      },
      {
        says: "Latvian: a drone attack told with 'gāja bojā' and 'tika ievainoti'",
        title: 'Dronu uzbrukumā Odesā gāja bojā divi cilvēki',
        content: 'Naktī uz trešdienu Odesā dronu uzbrukumā gāja bojā divi cilvēki, vēl pieci tika ievainoti, paziņoja vietējās varas iestādes.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], toll: { killed: 2, injured: 5 }, placeNames: ['Odesa'] },
      },
      {
        says: 'Latvian: a shooting with wounded only, the figure as a word after the verb',
        title: 'Apšaudē pie kafejnīcas cieta trīs cilvēki',
        content: 'Sestdienas vakarā nezināms šāvējs atklāja uguni pie kafejnīcas Daugavpilī, ievainojot trīs cilvēkus; policija meklē uzbrucēju.',
        expect: { attack: true, types: ['armed_assault'], countries: ['LV'], injured: 3 },
      },
      {
        says: 'Estonian: a drone attack, the place in the inessive and genitive, the wounded verb first',
        title: 'Droonirünnakus Harkivis hukkus kaks inimest',
        content: 'Venemaa korraldas öösel droonirünnaku Harkivile. Harkivis hukkus kaks inimest ja vigastada sai kuus inimest, teatas linnapea.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], toll: { killed: 2, injured: 6 }, placeNames: ['Kharkiv'] },
      },
      {
        says: 'Estonian: a shooting at a shop, wounded only, the city in the inessive',
        title: 'Tulistamises sai viga kaks meest',
        content: 'Reede õhtul avas tundmatu mees Tallinnas kaupluse juures tule ja tulistas kahte turvatöötajat, kes said vigastada.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Finnish: a missile strike in the inessive and genitive, killed and wounded',
        title: 'Venäjän ohjusiskussa Kiovassa kuoli neljä ihmistä',
        content: 'Kiovassa kuoli ainakin neljä ihmistä ja haavoittui yksitoista, kun Venäjä iski ohjuksilla kaupungin keskustaan yöllä.',
        expect: { attack: true, types: ['missile'], countries: ['UA'], killed: 4, placeNames: ['Kyiv'] },
      },
      {
        says: "Hungarian: a missile attack in the inessive, counts of people as 'hárman', an age is not a count",
        title: 'Orosz rakétatámadás Harkivban',
        content: 'Harkivban egy 64 éves férfi meghalt, hárman megsebesültek egy orosz rakétatámadásban kedden.',
        expect: { attack: true, types: ['missile'], countries: ['UA'], injured: 3, placeNames: ['Kharkiv'] },
      },
      {
        says: 'Romanian: a country in the genitive names the scene',
        title: 'Atac cu drone în sudul Ucrainei',
        content: 'Un atac cu drone asupra unui sat din sudul Ucrainei a ucis doi oameni, au anunțat autoritățile regionale.',
        expect: { attack: true, types: ['drone'], countries: ['UA'] },
      },
      {
        says: 'Latvian and Estonian look-alikes: a gas cylinder blast, an exercise',
        title: 'Gāzes balona sprādzienā Jelgavā cietis vīrietis',
        content: 'Piektdien privātmājā Jelgavā eksplodēja gāzes balons, viens vīrietis cieta, ziņo ugunsdzēsēji.',
        expect: { attack: false },
      },
      {
        says: 'Latvian and Estonian look-alikes: a gas cylinder blast, an exercise',
        title: 'Suurõppusel osaleb tuhandeid sõdureid',
        content: 'Kaitseväe suurõppusel harjutatakse rünnaku tõrjumist ning lahinglaskmised toimuvad Saaremaal.',
        expect: { attack: false },
      },
      {
        says: 'English words are not case forms of big places',
        title: 'Russian and Iranian officials met in Geneva',
        content: 'Russian and Iranian diplomats met in Geneva on Monday; Hamas leaders were not invited.',
        expect: { attack: false, notCountries: ['SY', 'RU'] },
      },
      {
        says: "one victim named by a noun, and the attacker's adjective, in each language",
        title: 'Rusų dronas smogė autobusui',
        content: 'Pirmadienio rytą rusų dronas pataikė į keleivinį autobusą Chersone: žuvo vairuotojas, sužeisti penki keleiviai.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], killed: 1, actors: ['russian-forces'] },
      },
      {
        says: "one victim named by a noun, and the attacker's adjective, in each language",
        title: 'Krievu droni uzbruka Harkivai',
        content: 'Krievu droni otrdienas naktī uzbruka Harkivai; vienā no mājām gāja bojā sieviete, vēl četri cilvēki tika ievainoti.',
        expect: { attack: true, types: ['drone'], killed: 1, injured: 4, actors: ['russian-forces'] },
      },
      {
        says: "one victim named by a noun, and the attacker's adjective, in each language",
        title: 'Orosz drón csapódott egy teherautóba',
        content: 'Szerdán egy orosz drón egy teherautóba csapódott Herszonban, a sofőr meghalt, ketten megsebesültek.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], toll: { killed: 1, injured: 2 }, actors: ['russian-forces'] },
      },
      {
        says: "one victim named by a noun, and the attacker's adjective, in each language",
        title: 'Atac cu drone rusești la Herson',
        content: 'Drone rusești au lovit joi un cartier din Herson, ucigând trei persoane și rănind alți 9 locuitori.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], actors: ['russian-forces'], toll: { killed: 3, injured: 9 } },
      },
      {
        says: 'Latvian perfects of shooting and wounding before the one hit',
        title: 'Vīrietis nošauj apsargu',
        content: 'Kāds vīrietis svētdien Jelgavā nošāvis apsargu un ievainojis policisti, pēc tam aizbēdzis.',
        expect: { attack: true, types: ['armed_assault'], countries: ['LV'], toll: { killed: 1, injured: 1 } },
      },
      {
        says: "Estonian: 'viis' before the injured is 'took', not five",
        title: 'Turvamehi tulistanud mees on tabamata',
        content: 'Pühapäeval tulistati Tallinnas kahte turvatöötajat; kiirabi viis viga saanud mehed haiglasse.',
        expect: { attack: true, types: ['armed_assault'], countries: ['EE'] },
      },
    ],
  },
  {
    class: 'Germanic compounds read by their head, and Nordic harm in every tense (round 18)',
    cases: [
      {
        says: 'Norwegian: a school shooting written as one word, its dead after the figure',
        title: 'Skoleskyting i Tromsø: seks drept og åtte såret',
        content: 'Seks elever ble drept og åtte såret da en mann skjøt i skolegården i Tromsø tirsdag morgen.',
        expect: { attack: true, types: ['armed_assault'], countries: ['NO'], toll: { killed: 6, injured: 8 } },
      },
      {
        says: 'Danish: a gang shooting compound, the wounded after the figure, "Det" opening a sentence',
        title: 'Bandeskyderi i Aarhus',
        content: 'Tre personer blev såret ved et bandeskyderi i Aarhus natten til søndag. Det oplyser Østjyllands Politi.',
        expect: { attack: true, types: ['armed_assault'], countries: ['DK'], injured: 3 },
      },
      {
        says: 'Swedish: an explosive charge detonated at a door, nobody hurt',
        title: 'Sprängladdning detonerade vid port i Uppsala',
        content: 'En sprängladdning detonerade vid en port i Uppsala under natten. Ingen skadades, men flera fönster krossades.',
        expect: { attack: true, types: ['ied'], countries: ['SE'], toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'Swedish: a bomb named by what it was hidden in',
        title: 'Hinkbomb exploderade utanför restaurang i Malmö',
        content: 'En hinkbomb exploderade utanför en restaurang i Malmö på söndagskvällen. Två personer skadades lindrigt.',
        expect: { attack: true, types: ['ied'], countries: ['SE'], injured: 2 },
      },
      {
        says: 'German: a terror attack compound with its dead',
        title: 'Terrorangriff auf Polizeiwache in Kassel: zwei Tote',
        content: 'Bei dem Terrorangriff auf eine Polizeiwache in Kassel wurden am Montag zwei Beamte getötet.',
        expect: { attack: true, countries: ['DE'], killed: 2 },
      },
      {
        says: 'Nynorsk: the dead as "drepne" after their figure',
        title: 'Tolv drepne i angrep i Niger',
        content: 'Væpna menn gjekk til angrep på ein landsby i Niger søndag, og tolv menneske vart drepne.',
        expect: { attack: true, countries: ['NE'], killed: 12 },
      },
      {
        says: 'Catalan: a shooting in the perfect, the wounded after their figure',
        title: 'Un home ha tirotejat tres persones a Girona',
        content: 'Un home ha tirotejat tres persones aquest dimarts a Girona. Hi ha almenys dos ferits greus, segons els Mossos.',
        expect: { attack: true, types: ['armed_assault'], countries: ['ES'], injured: 2 },
      },
      {
        says: 'Swedish: the country as the subject of its attack verb, its name in Swedish',
        title: 'Ryska drönarattacker mot Charkiv',
        content: 'Ryssland attackerade Charkiv i nordöstra Ukraina med drönare under natten. Fem personer skadades.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], actors: ['russian-forces'], injured: 5 },
      },
      {
        says: 'Norwegian: a state adjective before an attack compound names its forces',
        title: 'Russisk rakettangrep mot Odesa',
        content: 'Tolv personer ble såret da et russisk rakettangrep traff Odesa natt til søndag, melder byens myndigheter.',
        expect: { attack: true, countries: ['UA'], actors: ['russian-forces'], injured: 12 },
      },
      {
        says: 'Danish: the Gaza Strip in its definite form',
        title: 'Israelsk luftangreb i Gazastriben dræber otte',
        content: 'Otte mennesker blev dræbt, da et israelsk luftangreb ramte et hus i Gazastriben natten til tirsdag.',
        expect: { attack: true, types: ['airstrike'], countries: ['PS'], killed: 8 },
      },
      {
        says: 'Swedish: a country in the genitive, shot to death',
        title: 'Skottlossning i Sveriges tredje största stad',
        content: 'En man sköts ihjäl i Malmö på lördagskvällen, uppger polisen.',
        expect: { attack: true, types: ['armed_assault'], countries: ['SE'] },
      },
      {
        says: 'German and Swedish: a blade named with the one who wounded, a stabbing verb in the active past',
        title: 'Drei Verletzte in Kiel',
        content: 'Ein Mann hat am Samstagabend in der Kieler Innenstadt drei Passanten mit einem Messer verletzt. Die Polizei nahm ihn fest.',
        expect: { attack: true, types: ['armed_assault'], countries: ['DE'], injured: 3 },
      },
      {
        says: 'German and Swedish: a blade named with the one who wounded, a stabbing verb in the active past',
        title: 'Man knivhögg två i Umeå',
        content: 'En man knivhögg två personer vid en busshållplats i Umeå på tisdagen. Båda fördes till sjukhus.',
        expect: { attack: true, types: ['armed_assault'], countries: ['SE'] },
      },
      {
        says: 'a cook who cut himself with a knife is no stabbing',
        title: 'Kokk skar seg med kniv',
        content: 'En kokk i Trondheim skar seg i hånden med en kniv under middagsservering lørdag.',
        expect: { attack: false },
      },
      {
        says: 'Danish: a ship hit by a missile, the attackers striking in an idiom',
        title: 'Oprørere slår til mod fragtskib',
        content: 'Et græsk fragtskib blev onsdag ramt af et missil i Det Røde Hav. Ingen kom til skade, oplyser rederiet.',
        expect: { attack: true, types: ['missile'], toll: { killed: 0, injured: 0 } },
      },
      {
        says: 'a heart attack in Norwegian, Dutch and Swedish is no attack',
        title: 'Trener døde av hjerteangrep i Bergen',
        content: 'En fotballtrener døde etter et hjerteangrep under treningen i Bergen lørdag.',
        expect: { attack: false },
      },
      {
        says: 'a heart attack in Norwegian, Dutch and Swedish is no attack',
        title: 'Wielrenner overleden na hartaanval',
        content: 'Een wielrenner is zondag in Utrecht overleden aan een hartaanval tijdens een wedstrijd.',
        expect: { attack: false },
      },
      {
        says: 'a heart attack in Norwegian, Dutch and Swedish is no attack',
        title: 'Man dog efter hjärtattack på flyget',
        content: 'En man i 60-årsåldern avled efter en hjärtattack ombord på ett flyg till Göteborg.',
        expect: { attack: false },
      },
      {
        says: 'biathlon and a cost estimate are no shooting and no attack',
        title: 'Norsk gull i skiskyting',
        content: 'Norge tok gull på stafetten i skiskyting søndag etter fire feilfrie runder på standplass.',
        expect: { attack: false },
      },
      {
        says: 'biathlon and a cost estimate are no shooting and no attack',
        title: 'Kostenvoranschlag für neue Brücke explodiert',
        content: 'Der Kostenvoranschlag für die neue Brücke in Dresden ist auf 40 Millionen Euro gestiegen.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'Round 18: the Slavic languages, every form of the words',
    cases: [
      {
        says: 'Slovak: a knife attack in the instrumental, the wounded after the verb',
        title: 'Muž s nožom zranil troch ľudí na stanici',
        content: 'Neznámy útočník v piatok zranil nožom troch ľudí na železničnej stanici v Žiline.',
        expect: { attack: true, types: ['armed_assault'], injured: 3 },
      },
      {
        says: 'Serbian: a grenade thrown at a patrol, the wounded in the feminine plural',
        title: 'Bacio bombu na patrolu, povređena dva policajca',
        content: 'Osumnjičeni je bacio ručnu bombu na policijsku patrolu kod Kruševca, a dvojica policajaca su lakše povređena.',
        expect: { attack: true, types: ['ied'], countries: ['RS'] },
      },
      {
        says: 'Macedonian: drones shot down over a city',
        title: 'Соборени два дрона над градот',
        content: 'Противвоздушната одбрана соборила два украински дронови над Белгород, соопшти министерството.',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'Bulgarian: the dead and wounded in the masculine personal numbers',
        title: 'Атака с дронове срещу Одеса',
        content: 'При атаката с дронове срещу Одеса са загинали петима души, а трима са ранени.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], toll: { killed: 5, injured: 3 } },
      },
      {
        says: 'Belarusian: a missile strike, the collective number',
        title: 'Ракетны ўдар па горадзе',
        content: 'У выніку ракетнага ўдару па Харкаве загінулі два чалавекі, яшчэ шасцёра паранены.',
        expect: { attack: true, toll: { killed: 2, injured: 6 } },
      },
      {
        says: 'Polish: the locative after "na" and a drone, the wounded after the figure',
        title: 'Atak drona na Ukrainie',
        content: 'Rosyjski dron zaatakował we wtorek pozycje w Donbasie na Ukrainie; pięciu żołnierzy zostało rannych.',
        expect: { attack: true, types: ['drone'], countries: ['UA'], injured: 5 },
      },
      {
        says: 'look-alikes: a court term for an axe attack, a grenade set off by accident',
        title: 'Soud poslal muže na devět let do vězení',
        content: 'Krajský soud odsoudil muže, který loni napadl souseda sekerou, k devíti letům vězení. Obžalovaný se odvolal.',
        expect: { attack: false },
      },
      {
        says: 'look-alikes: a court term for an axe attack, a grenade set off by accident',
        title: 'Tragedija u stanu: eksplodirala ručna bomba',
        content: 'Mladić je slučajno aktivirao staru ručnu bombu koju je držao u podrumu, a eksplozija ga je teško ozlijedila.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'the scene in Turkish: case endings and the side of a place',
    cases: [
      {
        says: 'reads a compass word before a name as its side and a lone vowel after the apostrophe as the dative in Turkish text',
        title: "Kuzey Irak'a hava harekatı: 4 terörist etkisiz hale getirildi",
        content: 'Milli Savunma Bakanlığı, teröristlerin kullandığı mağaraların savaş uçaklarıyla vurulduğunu açıkladı.',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'reads "in the north of" after a name in the genitive, and ends the armed forces\' name at the comma',
        title: 'Hava harekatında 6 terörist etkisiz hale getirildi',
        content: "Türk Silahlı Kuvvetleri, Irak'ın kuzeyinde teröristlerin sığınaklarını savaş uçaklarıyla vurdu; 6 terörist etkisiz hale getirildi.",
        expect: { countries: ['IQ'], notActors: ['iraqi-security-forces'] },
      },
    ],
  },
  {
    class: 'the scene where "in" or the side of a place comes after its name',
    cases: [
      {
        says: 'Japanese: the army joined to a country is its forces, the north written after Iraq is the scene',
        title: 'トルコ軍、イラク北部を空爆',
        content: 'トルコ軍はイラク北部のクルド人武装組織の拠点を空爆し、戦闘員10人を殺害したと発表した。',
        expect: { countries: ['IQ'] },
      },
      {
        says: 'Chinese: the south written after Lebanon is the scene, not the striking country',
        title: '以色列空袭黎巴嫩南部 5人死亡',
        content: '以色列军方空袭了黎巴嫩南部的一个村庄，造成5人死亡。',
        expect: { countries: ['LB'] },
      },
      {
        says: 'Korean: the side after the country is the scene, the country before a comma in the title the striker',
        title: '러시아, 우크라이나 동부에 미사일 공격',
        content: '러시아군이 우크라이나 동부 도시를 미사일로 공격해 3명이 숨졌다.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'Korean: the side after Lebanon in the title and the body',
        title: '이스라엘, 레바논 남부 공습…5명 사망',
        content: '이스라엘군이 레바논 남부 마을을 공습해 5명이 숨졌다고 레바논 보건부가 밝혔다.',
        expect: { countries: ['LB'] },
      },
      {
        says: 'Amharic: "in" joined to the country\'s name',
        title: 'በሶማሊያ የቦምብ ጥቃት 10 ሰዎች ተገደሉ',
        content: 'በሶማሊያ ዋና ከተማ በደረሰ የቦምብ ጥቃት 10 ሰዎች ተገደሉ።',
        expect: { countries: ['SO'] },
      },
      {
        says: 'Amharic: "in" joined to a city\'s name',
        title: 'በሞቃዲሾ ፍንዳታ 5 ሰዎች ሞቱ',
        content: 'ታጣቂዎች በሞቃዲሾ በሚገኝ ሆቴል ላይ ጥቃት ፈጽመው 5 ሰዎች ተገድለዋል።',
        expect: { countries: ['SO'] },
      },
      {
        says: 'Ukrainian: a town in -ка after "по", its к turned to ц',
        title: 'Ракетний удар по Охтирці',
        content: 'Російські війська вдарили ракетами по Охтирці вночі, загинули двоє мешканців.',
        expect: { countries: ['UA'] },
      },
      {
        says: 'Hindi: "southern" before Lebanon and "on" after it, no adjective of the country',
        title: 'इजराइल ने दक्षिणी लेबनान पर हवाई हमला किया, 5 की मौत',
        content: 'इजराइली सेना ने दक्षिणी लेबनान के एक गांव पर हवाई हमला किया जिसमें 5 लोग मारे गए।',
        expect: { countries: ['LB'] },
      },
    ],
  },
  {
    // Round 19 (long tail): South Asian scripts where a shooting, a grenade or a toll was not read:
    // Sinhala writes the shooting as one word and counts people and figure in one word ("දෙදෙනෙකු",
    // two persons), and joins its cases to a place name ("පෑලියගොඩදී").
    class: 'Sinhala, Tamil and Bengali: shootings, grenades and tolls',
    cases: [
      {
        says: 'Sinhala: a shooting from a motorcycle, two persons wounded, found in Sri Lanka by its case-ending town',
        title: 'කොළඹදී වෙඩිප්‍රහාරයක් - දෙදෙනෙකු තුවාල ලබයි',
        content: 'යතුරුපැදියකින් පැමිණි පුද්ගලයින් දෙදෙනෙකු අද උදෑසන කොළඹදී වෙඩි ප්‍රහාරයක් එල්ල කළා. පුද්ගලයින් දෙදෙනෙකු තුවාල ලබා රෝහලට ඇතුළත් කළා.',
        expect: { attack: true, types: ['armed_assault'], countries: ['LK'], toll: { killed: null, injured: 2 } },
      },
      {
        says: 'Sinhala: one person dead, counted by "a person"',
        title: 'වෙඩි තැබීමකින් අයෙක් මරුට',
        content: 'අද රාත්‍රියේ සිදු වූ වෙඩි තැබීමකින් පුද්ගලයෙකු මියගොස් ඇත.',
        expect: { attack: true, types: ['armed_assault'], killed: 1 },
      },
      {
        says: 'Tamil: militants threw hand grenades, a bombing with its wounded',
        title: 'தீவிரவாதிகள் கையெறி குண்டு வீச்சு: 4 பேர் காயம்',
        content: 'சந்தை அருகே தீவிரவாதிகள் கையெறி குண்டுகளை வீசினர். இதில் பொதுமக்கள் 4 பேர் படுகாயம் அடைந்தனர்.',
        expect: { attack: true, types: ['ied'], injured: 4 },
      },
      {
        says: 'Tamil: terrorists carried out an attack, one person died',
        title: 'பயங்கரவாதிகள் தாக்குதல் நடத்தினர்',
        content: 'மலைப்பகுதியில் உள்ள சுற்றுலா தளத்தில் பயங்கரவாதிகள் தாக்குதல் நடத்தினர். ஒருவர் உயிரிழந்தார்.',
        expect: { attack: true, killed: 1 },
      },
      {
        says: 'Bengali: gunmen opened fire on travellers',
        title: 'যাত্রীদের লক্ষ্য করে গুলি চালাল বন্দুকধারীরা',
        content: 'সোমবার সকালে একটি বাসে বন্দুকধারীরা গুলি চালায়। এতে ১২ জন নিহত হয়েছে।',
        expect: { attack: true, types: ['armed_assault'], killed: 12 },
      },
    ],
  },
  {
    // Round 19 (long tail): Burmese and Thai write no spaces (cut into words by Intl.Segmenter) and
    // count people with a counter after the figure ("၆ ဦး", "2 นาย"); Thai tells a toll verb first.
    class: 'Burmese, Thai, Vietnamese and Tagalog: raids, tolls told with counters, knives and shootings',
    cases: [
      {
        says: 'Burmese: a raid on a junta camp in Sagaing Region, about six soldiers dead',
        title: 'စစ်ကိုင်းတိုင်း စစ်ကောင်စီ စခန်းကို စီးနင်းတိုက်ခိုက်',
        content: 'စစ်ကိုင်းတိုင်းဒေသကြီးရှိ စစ်ကောင်စီ စခန်းကို ဒေသကာကွယ်ရေးတပ်များက စီးနင်းတိုက်ခိုက်ခဲ့ပြီး စစ်သား ၆ ဦးခန့် သေဆုံးခဲ့သည်။',
        expect: { attack: true, types: ['armed_assault'], countries: ['MM'], killed: 6 },
      },
      {
        says: 'Thai: a roadside bomb, the dead and wounded told verb first with the counter for officers',
        title: 'คนร้ายลอบวางระเบิดรถตำรวจ เสียชีวิต 3 นาย บาดเจ็บ 5 นาย',
        content: 'คนร้ายลอบวางระเบิดริมถนนขณะรถตำรวจแล่นผ่าน มีตำรวจเสียชีวิต 3 นาย และบาดเจ็บ 5 นาย',
        expect: { attack: true, toll: { killed: 3, injured: 5 } },
      },
      {
        says: 'Vietnamese: a man used a knife to slash passers-by',
        title: 'Nam thanh niên dùng dao chém người đi đường',
        content: 'Tối qua, một nam thanh niên dùng dao chém liên tiếp hai người đi đường rồi bỏ trốn.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Tagalog: two men shot dead by motorcycle gunmen ("riding-in-tandem")',
        title: 'Dalawa patay sa pamamaril',
        content: 'Patay ang dalawang lalaki matapos pagbabarilin ng riding-in-tandem sa Cebu City kahapon.',
        expect: { attack: true, types: ['armed_assault'], countries: ['PH'] },
      },
      {
        says: 'English: cyclists riding in tandem are no gunmen',
        title: 'Veteran pair win the tandem race',
        content: 'The two cyclists, riding in tandem for the first time, won the coastal race on Sunday.',
        expect: { attack: false },
      },
    ],
  },
  {
    // Round 19 (long tail): Azerbaijani puts a town "under rocket fire" ("raket atəşinə tutub"),
    // Georgian names a "rocket assault"; both count the dead and hurt after the figure and its
    // people word ("12 nəfər həlak olub", "ორი ადამიანი დაშავდა").
    class: 'Azerbaijani, Georgian and Kazakh: rocket fire and its toll',
    cases: [
      {
        says: 'Azerbaijani: a town put under rocket fire, dead and wounded counted with "nəfər"',
        title: 'Düşmən Tərtəri raket atəşinə tutub',
        content: 'Bu gecə Tərtər şəhəri raket atəşinə tutulub. Raket zərbələri nəticəsində 4 nəfər həlak olub, 9 nəfər yaralanıb.',
        expect: { attack: true, types: ['rocket'], countries: ['AZ'], toll: { killed: 4, injured: 9 } },
      },
      {
        says: 'Georgian: a rocket assault on a town, a man of 40 fell victim and two were hurt (an age is no toll)',
        title: 'ხერსონზე სარაკეტო იერიში',
        content: 'დღეს ხერსონზე სარაკეტო იერიშს 40 წლის კაცი ემსხვერპლა. ორი ადამიანი დაშავდა.',
        expect: { attack: true, types: ['rocket'], injured: 2 },
      },
      {
        says: 'Kazakh: a drone attack, one person died and two were wounded',
        title: 'Харьковқа дрон шабуылы: бір адам қаза тапты',
        content: 'Түнде Харьков қаласына дрон шабуыл жасады. Екі адам жарақат алды.',
        expect: { attack: true, injured: 2 },
      },
    ],
  },
  {
    // Round 19 (long tail): Amharic joins "in", "of", "to", "from" to a name as one syllable
    // ("በሶማሊያ"), and puts "on" inside "air strike" ("የአየር ላይ ጥቃት").
    class: 'Amharic, Somali and Swahili: air strikes, suicide blasts and explosives',
    cases: [
      {
        says: 'Amharic: an air strike in Somalia found through the joined "in"',
        title: 'በሶማሊያ የአየር ላይ ጥቃት 5 ታጣቂዎች ተገደሉ',
        content: 'በሶማሊያ ደቡባዊ ክፍል በተፈጸመ የአየር ላይ ጥቃት አምስት ታጣቂዎች መገደላቸው ተገለጸ።',
        expect: { attack: true, types: ['airstrike'], countries: ['SO'] },
      },
      {
        says: 'Amharic: a drone strike in the Amhara region, dead and wounded',
        title: 'በአማራ ክልል የድሮን ጥቃት 7 ሰዎች ተገደሉ',
        content: 'በአማራ ክልል በተፈጸመ የድሮን ጥቃት 7 ሰዎች ተገደሉ። በጥቃቱ ሌሎች 3 ሰዎች መቁሰላቸውን ነዋሪዎች ተናግረዋል።',
        expect: { attack: true, types: ['drone'], countries: ['ET'], toll: { killed: 7, injured: 3 } },
      },
      {
        says: 'Somali: a suicide attack with a word between "attack" and "suicide"',
        title: 'Weerarkii culus ee ismiidaaminta ahaa ee Muqdisho',
        content: 'Weerarkii culus ee ismiidaaminta ahaa oo xalay ka dhacay maqaayad ku taal Muqdisho ayaa dad badan ku dhinteen.',
        expect: { attack: true, types: ['suicide_attack'], countries: ['SO'] },
      },
      {
        says: 'Swahili: an explosive attack on a police lorry is a bombing',
        title: 'Polisi wauawa katika shambulizi la kilipuzi Mandera',
        content: 'Maafisa watano wa polisi wameuawa katika shambulizi la kilipuzi lililolenga gari lao katika kaunti ya Mandera.',
        expect: { attack: true, types: ['ied'], countries: ['KE'] },
      },
    ],
  },
  {
    // Round 19 (long tail): Belarusian in both its scripts, Slovenian duals, Hungarian "lost their
    // life" in either order, a Greek time bomb, Romanian "două" (two, feminine).
    class: 'Belarusian, Slovenian, Hungarian, Greek and Romanian: missiles, shootings, bombs and tolls',
    cases: [
      {
        says: 'Belarusian: missile strikes on a city',
        title: 'Расія нанесла ракетныя ўдары па Кіеве',
        content: 'Раніцай расійскія войскі абстралялі Кіеў ракетамі, загінулі 3 чалавекі.',
        expect: { attack: true, hasTypes: ['missile'], countries: ['UA'], killed: 3 },
      },
      {
        says: 'Belarusian in the Latin script: missile strikes, the dead',
        title: 'Rasija nanesla rakietnyja ŭdary pa Kijevie',
        content: 'Uranku rasijskija vojski abstralali Kijeŭ, zahinuli 2 čalavieki.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
      {
        says: 'Slovenian: a shooting, two persons died (the dual)',
        title: 'Streljanje v Mariboru: dve osebi sta umrli',
        content: 'Napadalec je včeraj zvečer streljal na parkirišču v Mariboru. Dve osebi sta umrli, ena je bila ranjena.',
        expect: { attack: true, types: ['armed_assault'], countries: ['SI'], killed: 2 },
      },
      {
        says: 'Hungarian: a gunman opened fire, five people lost their lives (verb before "life")',
        title: 'Lövöldözés egy iskolánál',
        content: 'Egy fegyveres tüzet nyitott egy iskola előtt Pécsen. Öt ember vesztette életét, hárman megsérültek.',
        expect: { attack: true, types: ['armed_assault'], toll: { killed: 5, injured: 3 } },
      },
      {
        says: 'Greek: a time bomb went off outside an office building',
        title: 'Έκρηξη ωρολογιακού μηχανισμού στη Θεσσαλονίκη',
        content:
          'Ισχυρή έκρηξη ωρολογιακού μηχανισμού σημειώθηκε τα ξημερώματα έξω από κτίριο γραφείων στη Θεσσαλονίκη. Άγνωστοι είχαν τοποθετήσει τον εκρηκτικό μηχανισμό στην είσοδο.',
        expect: { attack: true, types: ['ied'], countries: ['GR'] },
      },
      {
        says: 'Romanian: two persons killed, "două" before its people word',
        title: 'Atac armat în Cluj',
        content: 'Două persoane au fost ucise miercuri seara într-un atac armat în centrul orașului Cluj.',
        expect: { attack: true, killed: 2 },
      },
    ],
  },
  {
    // Round 19 (long tail): Pashto shots and hand grenades, and its dead and wounded after the figure.
    class: 'Pashto: shootings, hand grenades and tolls',
    cases: [
      {
        says: 'Pashto: armed men fired on a police post and threw hand grenades, three police killed, two wounded',
        title: 'په بنو کې پر پولیسو برید: درې پولیس وژل شوي',
        content: 'وسلوالو د شپې د پولیسو پر پوسته ډزې وکړې او د لاسي بمونو برید یې وکړ چې پکې درې پولیس وژل شوي او دوه ژوبل شوي دي.',
        expect: { attack: true, hasTypes: ['armed_assault', 'ied'], toll: { killed: 3, injured: 2 } },
      },
    ],
  },
  {
    // Round 19 (integration): matching folds accents away, so an English look-alike word can equal
    // a common word of another language: "premiere" (a film's) is French "première" (first).
    class: 'an English look-alike word that folds into a common word of another language',
    cases: [
      {
        says: 'French: "la première attaque" (the first attack) is no film premiere',
        title: 'RDC : douze civils tués dans deux attaques près de Butembo',
        content:
          'La première attaque a visé le village de Kalunguta dans la nuit de mardi, faisant au moins sept morts, selon des sources locales. La deuxième attaque a eu lieu mercredi matin à quelques kilomètres de là. Les assaillants ont tué les victimes à la machette.',
        expect: { attack: true, types: ['armed_assault'], countries: ['CD'] },
      },
      {
        says: 'English: a film premiere about an old bombing stays a look-alike',
        title: 'Film premiere recalls Mosul bombing',
        content: 'The premiere of a film about the 2017 bombing in Mosul drew large crowds in Baghdad on Friday.',
        expect: { attack: false },
      },
    ],
  },
  {
    // Round 22 (detect22): Ukrainian and Russian spotters who guide strikes, the courts that try them
    // or those who justified a strike, and suspended terms: the strike named is their case, not news.
    class: 'spotters, court sessions and suspended terms in Ukrainian and Russian (round 22)',
    cases: [
      {
        says: 'Ukrainian: the security service detains a spotter of missile strikes',
        title: 'СБУ затримала коригувальника ракетних ударів по Харкову',
        content: 'Контррозвідка затримала агента, який передавав окупантам координати енергетичних об’єктів міста.',
        expect: { attack: false },
      },
      {
        says: 'Ukrainian: a court reveals a new toll of a strike two years old',
        title: 'У суді оприлюднили нові дані про загиблих внаслідок удару по полігону',
        content: 'На засіданні у справі навідника прокурор повідомив, що внаслідок ракетного удару 2022 року загинули 64 людини.',
        expect: { attack: false },
      },
      {
        says: 'Ukrainian: a suspended term for justifying a strike',
        title: 'Житель Полтави отримав умовний термін за виправдовування ракетного удару',
        content: 'Чоловік у соцмережах виправдовував удар російської ракети по торговому центру, де загинули люди. Суд призначив йому умовне покарання.',
        expect: { attack: false },
      },
      {
        says: 'Russian: a spotter sentenced in court',
        title: 'В суде огласили приговор корректировщику удара по Белгороду',
        content: 'Суд приговорил к 12 годам колонии мужчину, который передавал координаты для обстрела города.',
        expect: { attack: false },
      },
      {
        says: 'Ukrainian: a strike that damaged a court building stays an attack',
        title: 'Удар по Одесі: судова установа зазнала пошкоджень',
        content: 'Внаслідок нічного ракетного удару по Одесі пошкоджено будівлю суду, двоє людей поранені, повідомила ОВА.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
      {
        says: 'Ukrainian: a missile strike with its toll stays an attack',
        title: 'Росіяни вдарили ракетою по Харкову: троє загиблих',
        content: 'Російська ракета влучила в житловий будинок у Харкові в понеділок, загинули троє людей, ще 12 поранені, повідомив мер.',
        expect: { attack: true },
      },
    ],
  },
  {
    // Round 22 (detect22): a gas leak written as the English loanword in both Urdu spellings, and Hindi's.
    class: 'gas leakage blasts in Urdu and Hindi (round 22)',
    cases: [
      {
        says: 'Urdu: a blast from a gas leakage ("لیکیج")',
        title: 'ملتان میں گیس لیکیج سے دھماکا، تین افراد جاں بحق',
        content: 'ملتان کے ایک گھر میں گیس لیکیج کے باعث زوردار دھماکا ہوا جس سے تین افراد جاں بحق اور دو زخمی ہو گئے۔',
        expect: { attack: false },
      },
      {
        says: 'Urdu: the shorter spelling ("لیکج") and "because of"',
        title: 'گیس لیکج کے باعث مکان میں دھماکہ، دو افراد زخمی',
        content: 'پولیس کے مطابق باورچی خانے میں گیس لیکج کی وجہ سے دھماکہ ہوا اور دو افراد زخمی ہو گئے۔',
        expect: { attack: false },
      },
      {
        says: 'Hindi: a blast from a gas leakage',
        title: 'दिल्ली में गैस लीकेज से धमाका, दो की मौत',
        content: 'पुलिस के अनुसार घर की रसोई में गैस लीकेज के कारण धमाका हुआ जिसमें दो लोगों की मौत हो गई।',
        expect: { attack: false },
      },
      {
        says: 'Urdu: a remote-controlled bomb near a police van stays an attack',
        title: 'کوئٹہ میں دھماکہ، پانچ پولیس اہلکار جاں بحق',
        content: 'کوئٹہ میں پولیس کی گاڑی کے قریب ریموٹ کنٹرول بم دھماکے میں پانچ اہلکار جاں بحق ہو گئے۔',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    // Round 22 (detect22): Spanish and Portuguese grenades thrown, beside grenades found whole or seized.
    class: 'grenades thrown, found and seized in Spanish, Portuguese, Italian and French (round 22)',
    cases: [
      {
        says: 'Spanish: a mortar round found unexploded, no article before it',
        title: 'Obreros encuentran un proyectil de mortero sin detonar',
        content: 'Unos albañiles dieron el martes con una granada de mortero sin detonar al excavar un solar, y los artificieros se la llevaron.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a grenade found, told in the passive',
        title: 'Granada hallada en una plaza tenía carga activa',
        content: 'Unos niños encontraron la granada entre la basura y la brigada de explosivos la retiró; no hubo heridos.',
        expect: { attack: false },
      },
      {
        says: 'Portuguese: an explosive found, a grenade "sem explodir"',
        title: 'Artefato explosivo encontrado em terreno baldio',
        content: 'Moradores acharam uma granada sem explodir perto da escola; o esquadrão antibombas recolheu o objeto.',
        expect: { attack: false },
      },
      {
        says: 'Italian: an unexploded wartime bomb found at a building site',
        title: 'Ordigno inesploso trovato in un cantiere',
        content: 'Un residuato bellico della seconda guerra mondiale è stato trovato durante i lavori; evacuate 500 persone.',
        expect: { attack: false },
      },
      {
        says: 'French: an unexploded shell found in a field',
        title: 'Un obus non explosé découvert dans un champ',
        content: 'Un agriculteur a découvert un obus de la Grande Guerre en labourant son champ; les démineurs sont intervenus.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: rifles and a grenade launcher seized by the police',
        title: 'Policía decomisa fusiles y detiene a un hombre en operativo',
        content: 'Además de los fusiles, la policía se incautó de una granada y un lanza granadas en un allanamiento el miércoles.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a soldier killed by a grenade in training',
        title: 'Soldado muere al explotar una granada durante un entrenamiento',
        content: 'Un soldado murió y dos resultaron heridos cuando una granada explotó durante un ejercicio de tiro en el batallón, informó el Ejército.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: the football club Granada',
        title: 'Granada vence al Betis y sale del descenso',
        content: 'El Granada ganó 2-1 al Betis el domingo con dos goles en la segunda parte.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a grenade thrown at a house, told in the passive',
        title: 'Granada lanzada contra una vivienda en Rosario',
        content: 'Dos hombres en moto lanzaron una granada contra una casa el lunes por la noche; explotó en la vereda y hirió a una vecina.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'Spanish: a grenade that exploded in a market, a second found unexploded',
        title: 'Explota granada en un mercado de Cúcuta: dos muertos',
        content:
          'Un hombre lanzó una granada contra un puesto del mercado el sábado, matando a dos personas; la policía halló una segunda granada sin detonar.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
      {
        says: 'Spanish: the Central American "granadazo"',
        title: 'Granadazo en Amatitlán deja cuatro heridos',
        content: 'Una familia resultó herida cuando una granada cayó sobre su vivienda durante la madrugada.',
        expect: { attack: true },
      },
    ],
  },
  {
    // Round 22 (detect22): Thai finds of bombs and arrests of suspects, beside the bombings they follow.
    class: 'Thai: bombs found, destroyed or traced, suspects arrested (round 22)',
    cases: [
      {
        says: 'Thai: police find two IEDs in a rubber plantation',
        title: 'ตำรวจพบระเบิดแสวงเครื่อง 2 ลูกในสวนยาง ยะลา',
        content: 'เจ้าหน้าที่ตำรวจเข้าตรวจค้นสวนยางในอำเภอบันนังสตา จังหวัดยะลา และพบระเบิดแสวงเครื่อง 2 ลูกซุกซ่อนอยู่ คนร้ายหลบหนีไปได้',
        expect: { attack: false },
      },
      {
        says: 'Thai: a suspicious object destroyed by the bomb squad',
        title: 'พบวัตถุต้องสงสัยคล้ายระเบิดในห้องน้ำปั๊มน้ำมัน นราธิวาส',
        content: 'พนักงานปั๊มน้ำมันพบวัตถุต้องสงสัยในห้องน้ำ เจ้าหน้าที่อีโอดีเข้าตรวจสอบและยิงทำลายได้อย่างปลอดภัย ไม่มีผู้ได้รับบาดเจ็บ',
        expect: { attack: false },
      },
      {
        says: 'Thai: suspects nabbed over a railway bombing',
        title: 'รวบ 3 ผู้ต้องสงสัยลอบวางระเบิดรถไฟ ปัตตานี',
        content: 'เจ้าหน้าที่ควบคุมตัวผู้ต้องสงสัย 3 คนที่เชื่อว่าเกี่ยวข้องกับเหตุลอบวางระเบิดทางรถไฟเมื่อสัปดาห์ก่อน',
        expect: { attack: false },
      },
      {
        says: 'Thai: a roadside bomb that wounded three rangers stays an attack',
        title: 'คนร้ายลอบวางระเบิดทหารพราน นราธิวาส เจ็บ 3 นาย',
        content: 'คนร้ายลอบวางระเบิดริมถนนขณะทหารพรานลาดตระเวนในอำเภอรือเสาะ จังหวัดนราธิวาส เมื่อเช้าวันนี้ ทำให้ทหารพรานได้รับบาดเจ็บ 3 นาย',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    // Round 22 (detect22): attack words in Hebrew, Arabic, Turkish, Hausa, Somali, Portuguese and Spanish
    // that the lists lacked, each beside a look-alike in the same words.
    class: 'stabbings, assassinations, reported speech, abductions and beheadings in more languages (round 22)',
    cases: [
      {
        says: 'Hebrew: a soldier stabbed at a checkpoint',
        title: 'חייל נדקר במחסום ליד שכם ונטרל את המחבל',
        content: 'מחבל חמוש בסכין דקר הבוקר חייל במחסום ליד שכם. החייל נפצע באורח קל והצליח לנטרל את המחבל.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Hebrew: an attacker who tried to stab a policeman',
        title: 'מחבלת ניסתה לדקור שוטר בשער שכם וחוסלה',
        content: 'אישה פלסטינית ניסתה לדקור שוטר בשער שכם בירושלים ונוטרלה על ידי כוחות הביטחון. אין נפגעים.',
        expect: { attack: true },
      },
      {
        says: 'Hebrew: a man stabbed in a brawl outside a club',
        title: 'צעיר נדקר בקטטה ליד מועדון בתל אביב',
        content: 'צעיר בן 20 נדקר הלילה בקטטה שפרצה ליד מועדון, ונפצע באורח בינוני. המשטרה עצרה חשוד.',
        expect: { attack: false },
      },
      {
        says: 'Hebrew: a stabbing over a dispute between neighbours',
        title: 'גבר נדקר על רקע סכסוך שכנים בחיפה',
        content: 'גבר בן 45 נדקר בחצר ביתו על רקע סכסוך ממושך עם שכנו, ונפצע באורח קל.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: the Houthis "attack" a destroyer in the headline present, a missile fired',
        title: 'الحوثيون يهاجمون سفينة حربية أميركية قبالة اليمن',
        content: 'قالت القيادة المركزية الأميركية إن الحوثيين أطلقوا صاروخا باليستيا باتجاه المدمرة لكنه لم يصبها.',
        expect: { attack: true, hasTypes: ['missile'] },
      },
      {
        says: 'Arabic: the Houthis "attack" the government in a statement',
        title: 'الحوثيون يهاجمون الحكومة في بيان',
        content: 'انتقد المتحدث باسم الحوثيين الحكومة اليمنية في بيان صدر الاثنين.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: an officer assassinated by gunmen',
        title: 'اغتيال ضابط شرطة في مدينة حدودية',
        content: 'قالت الشرطة إن مسلحين في سيارة نفذوا اغتيالا بسلاح ناري أمس طال أحد الضباط، ما أدى إلى جرح اثنين من رفاقه.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Arabic: a book on the assassination of a president',
        title: 'كتاب جديد عن اغتيال الرئيس',
        content: 'صدر في القاهرة كتاب جديد يروي تفاصيل الحقبة السياسية التي سبقت الحادثة.',
        expect: { attack: false },
      },
      {
        says: 'Turkish: a drone strike told in reported speech ("hedef aldığını", "öldüğünü")',
        title: 'SDG: Türk SİHA’sı köy yakınında bir aracı vurdu',
        content: 'SDG, Türkiye’ye ait bir SİHA’nın Kamışlı kırsalında bir aracı hedef aldığını, iki kişinin öldüğünü ve birinin yaralandığını açıkladı.',
        expect: { attack: true },
      },
      {
        says: 'Turkish: the opposition "targets" the government',
        title: 'Muhalefet hükümeti hedef aldı',
        content: 'Muhalefet lideri, meclis konuşmasında hükümetin ekonomi politikasını eleştirdi.',
        expect: { attack: false },
      },
      {
        says: 'Hausa: gunmen who abducted people demand a ransom',
        title: "'Yan bindigan da suka sace mutane a Katsina sun bukaci kudin fansa",
        content: "Mako guda bayan sace mutane 53 a jihar Katsina, 'yan bindigan sun ce sai an biya kudin fansa kafin su sake su.",
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
      {
        says: 'Hausa: the abducted set free',
        title: 'An sako mutanen da aka sace a Zamfara',
        content: "An sako mutane 30 da 'yan bindiga suka sace a watan jiya bayan an biya kudin fansa.",
        expect: { attack: false },
      },
      {
        says: 'Somali: a soldier targeted and badly hurt in "this attack"',
        title: 'Askari lagu beegsaday Muqdisho',
        content: 'Weerarkan ayaa lagu beegsaday askari ka tirsan ciidamada, kaas oo dhaawac culus soo gaaray.',
        expect: { attack: true },
      },
      {
        says: 'Portuguese: rebels kill a farmer, his throat cut',
        title: 'Rebeldes matam camponês perto de Mocímboa da Praia',
        content: 'O homem foi apanhado pelos insurgentes na sua machamba e degolado, contaram moradores.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Portuguese: rebels free hostages',
        title: 'Rebeldes libertam reféns em Cabo Delgado',
        content: 'Os rebeldes libertaram cinco mulheres raptadas no mês passado, segundo fontes locais.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: rebels kill three farmers',
        title: 'Rebeldes matan a tres campesinos en Arauca',
        content: 'Un grupo de rebeldes asesinó a tres campesinos en una vereda, informó la Defensoría.',
        expect: { attack: true },
      },
    ],
  },
  {
    // Round 22 (detect22): a place that "suffered" attacks, armed groups clashing, insurgents' raids,
    // and a Thai day of bombings told around the full stops of its abbreviations.
    class: 'suffered attacks, clashes between armed groups, raids and a Thai day of bombings (round 22)',
    cases: [
      {
        says: 'Portuguese: a base that "suffered" an attack',
        title: 'Base militar sofreu um ataque em Cabo Delgado',
        content: 'Uma base das forças moçambicanas sofreu um ataque de insurgentes na madrugada de domingo, disseram fontes locais.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Spanish: a company that "suffered" a cyber attack',
        title: 'Empresa sufrió un ataque informático',
        content: 'La compañía sufrió un ataque de ransomware que paralizó sus sistemas el lunes.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a minister who "suffered" a heart attack',
        title: 'Ministro sufrió un infarto tras el debate',
        content: 'El ministro sufrió un infarto y fue trasladado al hospital, informó su oficina.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: fighting between two dissident factions',
        title: 'Al menos 20 muertos en combates entre disidencias en el Guaviare',
        content: 'Los combates entre dos facciones de las disidencias dejaron al menos 20 muertos el fin de semana, según el Ejército.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Portuguese: clashes between rival factions',
        title: 'Confrontos entre facções deixam 8 mortos em Manaus',
        content: 'Confrontos entre facções rivais deixaram oito mortos na zona leste da cidade na noite de sábado.',
        expect: { attack: true },
      },
      {
        says: 'French: clashes between armed groups',
        title: 'Affrontements entre groupes armés dans l’Ituri: 15 morts',
        content: 'Des affrontements entre deux groupes armés ont fait 15 morts mardi dans le territoire de Djugu.',
        expect: { attack: true },
      },
      {
        says: 'Spanish: clashes between police and protesters',
        title: 'Enfrentamientos entre policías y manifestantes en Quito',
        content: 'Decenas de heridos dejaron los enfrentamientos entre la policía y manifestantes durante la protesta del martes.',
        expect: { attack: false },
      },
      {
        says: 'Spanish: a crash between two buses',
        title: 'Choque entre dos autobuses deja 12 heridos',
        content: 'Un choque entre dos autobuses en la vía Panamericana dejó 12 heridos el domingo.',
        expect: { attack: false },
      },
      {
        says: 'Portuguese: deaths after an insurgents’ raid ("incursão")',
        title: 'Três mortos após nova incursão de insurgentes em Macomia',
        content: 'Os insurgentes entraram na aldeia ao amanhecer e mataram três pessoas, disseram moradores.',
        expect: { attack: true },
      },
      {
        says: 'Spanish: drones that entered another country’s airspace',
        title: 'Incursión de drones en el espacio aéreo de Polonia',
        content: 'Varios drones violaron el espacio aéreo polaco durante la noche; fueron derribados sin causar daños.',
        expect: { attack: false },
      },
      {
        says: 'Portuguese: a singer’s "incursion" into cinema',
        title: 'A incursão do cantor no cinema',
        content: 'O cantor estreia como ator num filme sobre a vida no campo.',
        expect: { attack: false },
      },
      {
        says: 'Thai: a day of bombings and its toll, its hours written with abbreviations',
        title: 'สรุปเหตุระเบิด 30 จุดในจังหวัดชายแดนภาคใต้',
        content: 'เกิดเหตุระเบิดในพื้นที่ 3 จังหวัดชายแดนภาคใต้ ตั้งแต่เวลา 6.00 น. ถึง 14.00 น. รวม 30 จุด มีผู้เสียชีวิต 1 ราย บาดเจ็บ 12 ราย',
        expect: { attack: true },
      },
    ],
  },
  {
    // Round 22 (detect22): look-alikes that the round's new attack words reach: Arabic missile launches into
    // the sea now that "أطلقت" and "صاروخا" are read, and Indonesian bomb squads defusing a device.
    class: 'launches into the sea in Arabic and bombs defused in Indonesian (round 22)',
    cases: [
      {
        says: 'Arabic: North Korea fires a ballistic missile into the sea',
        title: 'كوريا الشمالية تطلق صاروخا باليستيا في البحر',
        content: 'أطلقت كوريا الشمالية صاروخا باليستيا سقط في البحر قبالة سواحلها الشرقية، بحسب هيئة الأركان الكورية الجنوبية.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: hostages released ("أطلقت سراح")',
        title: 'الحركة تطلق سراح ثلاثة رهائن',
        content: 'أطلقت الحركة سراح ثلاثة رهائن اليوم السبت ضمن صفقة التبادل، وسلمتهم إلى الصليب الأحمر.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: gunmen fire a rocket at a base',
        title: 'مسلحون يطلقون صاروخا على قاعدة عسكرية',
        content: 'أطلق مسلحون صاروخا على قاعدة جوية غرب البلاد مساء الثلاثاء دون وقوع إصابات.',
        expect: { attack: true },
      },
      {
        says: 'Indonesian: the bomb squad defuses a homemade bomb',
        title: 'Tim Gegana jinakkan bom rakitan di depan gereja',
        content: 'Tim Gegana menjinakkan sebuah bom rakitan yang ditemukan di depan gereja pada Minggu pagi.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: a bomb that went off at a police post stays an attack',
        title: 'Bom meledak di pos polisi Makassar, dua polisi terluka',
        content: 'Sebuah bom meledak di depan pos polisi pada Senin pagi, melukai dua anggota polisi.',
        expect: { attack: true, hasTypes: ['ied'] },
      },
    ],
  },
  {
    // Round 23: Hausa writes its hooked letters or plain ones ("ƙauye", "kauye"); a raid burns
    // houses and villages with "they" before the verb, a fire burns them with "it"; abductions are
    // also "carried off" ("awon gaba").
    class: 'Hausa raids told by burning and carrying off, beside fires that burn houses (round 23)',
    cases: [
      {
        says: 'Hausa with hooked letters: gunmen burn a village',
        title: "'Yan bindiga sun ƙone ƙauye a jihar Zamfara",
        content: "Wasu 'yan bindiga sun kai hari a wani ƙauye na jihar Zamfara cikin dare, suka kona gidaje fiye da talatin.",
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Hausa with plain letters: the same raid reads the same',
        title: 'Yan bindiga sun kone kauye a jihar Zamfara',
        content: 'Wasu yan bindiga sun kai hari a wani kauye na jihar Zamfara cikin dare, suka kona gidaje fiye da talatin.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Hausa: a raid whose attackers carried people off is a kidnapping too',
        title: "'Yan bindiga sun yi awon gaba da mutane 15 a Kaduna",
        content: "'Yan bindiga sun kai hari a wani ƙauye a jihar Kaduna ranar Litinin, inda suka yi awon gaba da mutane 15.",
        expect: { attack: true, hasTypes: ['kidnapping'] },
      },
      {
        says: 'Hausa look-alike: a fire burns houses in a market (its subject is the fire)',
        title: 'Gobara ta ƙone gidaje 20 a Kano',
        content: "Wata gobara ta kone gidaje 20 a wata unguwa a birnin Kano ranar Talata, in ji jami'an hukumar kashe gobara.",
        expect: { attack: false },
      },
      {
        says: 'Hausa look-alike: houses that burned down, with nothing burned after the verb',
        title: 'Gidaje sun kone a gobarar dare a Sokoto',
        content: 'Gidaje da dama sun kone a wata gobara da ta tashi cikin dare a birnin Sokoto.',
        expect: { attack: false },
      },
    ],
  },
  {
    // Round 23: Swahili headlines write the passive present ("wauawa", also "wauwawa"), beheadings
    // as "cut off heads" and a second spelling of the attack noun ("shambulizi").
    class: 'Swahili killings, beheadings and abductions in the forms its headlines use (round 23)',
    cases: [
      {
        says: 'Swahili: villagers killed by militants, headline passive and "shambulizi"',
        title: 'Wanakijiji 7 wauawa na wanamgambo kaskazini mwa Msumbiji',
        content: 'Wanamgambo waliwaua wanakijiji saba katika shambulizi jipya jimboni Cabo Delgado usiku wa Jumatatu.',
        expect: { attack: true, hasTypes: ['armed_assault'] },
      },
      {
        says: 'Swahili: the other spelling of the passive, and a beheading with abductions beside it',
        title: 'Watu 4 wauwawa kwa kukatwa vichwa Msumbiji',
        content: 'Wanamgambo wamewaua watu wanne kwa kuwakata vichwa katika kijiji kimoja, huku wengine wawili wakitekwa nyara.',
        expect: { attack: true, hasTypes: ['armed_assault', 'kidnapping'] },
      },
      {
        says: 'Swahili look-alike: the power cut ("kukatwa") is no beheading',
        title: 'Umeme kukatwa kwa saa sita jijini Dar es Salaam',
        content: 'Shirika la umeme limesema huduma itakatwa kwa saa sita Jumapili ili kufanya matengenezo.',
        expect: { attack: false },
      },
    ],
  },
  {
    // Round 23: attack verbs and casualty words the lists had in only some of their forms.
    class: 'Georgian, German and Hebrew attacks told by verb forms the lists lacked (round 23)',
    cases: [
      {
        says: 'Georgian: attacked ("შეუტია") with drones in the instrumental',
        title: 'რუსეთმა ღამით 40 დრონით შეუტია უკრაინას',
        expect: { attack: true, types: ['drone'] },
      },
      {
        says: 'German: the separable "stabbed at" split round place and victims',
        title: 'Mann sticht in Straßenbahn auf Fahrgäste ein',
        content: 'Ein Mann hat am Abend in einer Straßenbahn in Köln zwei Fahrgäste mit einem Messer verletzt.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'German: the knife attacker named by one word',
        title: 'Messerangreifer verletzt drei Menschen am Bahnhof',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: "German look-alike: the knife attacker's trial",
        title: 'Messerangreifer zu lebenslanger Haft verurteilt',
        content: 'Das Landgericht hat den Mann wegen Mordes zu lebenslanger Haft verurteilt.',
        expect: { attack: false },
      },
      {
        says: 'Hebrew: a missile that hit (masculine "פגע") and the dead in the singular with the article',
        title: 'ההרוג הראשון מירי טיל בשרון',
        content: 'טיל איראני פגע הבוקר בבניין מגורים. אדם אחד נהרג ושניים נפצעו.',
        expect: { attack: true, types: ['missile'] },
      },
    ],
  },
  {
    // Round 23: look-alikes as these languages write them.
    class: 'plots prevented, films, running totals, places named after the fallen and talks on a release (round 23)',
    cases: [
      {
        says: 'German: an attack prevented by an arrest ("verhindert")',
        title: 'Anschlag auf Weihnachtsmarkt verhindert',
        content: 'Die Festnahme zweier Männer hat nach Angaben der Ermittler einen Anschlag in Köln verhindert.',
        expect: { attack: false },
      },
      {
        says: 'German: an attack that "could not be prevented" happened, and stays a report',
        title: 'Anschlag in Magdeburg: Fünf Tote',
        content: 'Der Anschlag konnte nach Angaben der Polizei nicht verhindert werden, obwohl es Hinweise gab.',
        expect: { attack: true },
      },
      {
        says: 'Italian: a film told as a "spy story"',
        title: 'La spy story che racconta la caccia ai terroristi di Parigi',
        content: 'Il film ricostruisce le settimane dopo gli attentati che uccisero 130 persone nella capitale francese.',
        expect: { attack: false },
      },
      {
        says: "Portuguese: a year's count of kidnapped crew",
        title: 'Piratas sequestraram 25 marinheiros este ano no Golfo da Guiné',
        expect: { attack: false },
      },
      {
        says: "Spanish: the year's count so far",
        title: 'Más de 30 secuestrados en lo que va del año en la región',
        expect: { attack: false },
      },
      {
        says: "Chinese: a war's toll since it began",
        title: '冲突已造成超过3万人死亡',
        content: '卫生部门说,自冲突爆发以来,已有超过3万人死亡。',
        expect: { attack: false },
      },
      {
        says: 'Urdu: checkpoints named after policemen killed in past bombings',
        title: 'پشاور میں چوکیاں شہید اہلکاروں کے نام سے منسوب',
        content: 'صوبے میں کئی چوکیاں بم دھماکوں میں ہلاک ہونے والے پولیس اہلکاروں کے نام سے منسوب کر دی گئی ہیں۔',
        expect: { attack: false },
      },
      {
        says: 'Portuguese: talks on a release leave the kidnapping reported',
        title: 'Piratas sequestram cinco marinheiros na costa do Benim',
        content: 'O governo afirma que a negociação para a libertação dos reféns está em andamento.',
        expect: { attack: true, types: ['kidnapping'] },
      },
    ],
  },
  {
    class: "a news agency's credit in parentheses is no word of the story (round 23)",
    cases: [
      {
        says: 'Turkish: "(İHA)", the agency that filed a shooting, is no drone',
        title: "Hakkari'de silahlı saldırı: 2 asker şehit",
        content: "HAKKARİ (İHA) - Hakkari'nin Yüksekova ilçesinde teröristlerin düzenlediği silahlı saldırıda 2 asker şehit oldu.",
        expect: { attack: true, types: ['armed_assault'], countries: ['TR'], killed: 2 },
      },
      {
        says: 'look-alike: an İHA in the story, dropping a charge, is the drone',
        title: "Şırnak'ta saldırı: 3 ölü",
        content: "Şırnak kırsalında bir İHA'nın bıraktığı patlayıcı bir aracı vurdu, 3 kişi hayatını kaybetti.",
        expect: { attack: true, types: ['drone'], killed: 3 },
      },
    ],
  },
  {
    class: 'round 24: missiles at ships, Bengali gunfights, Persian terror blasts and bombs placed in vehicles',
    cases: [
      {
        says: 'Arabic: missiles fired at ships "in the Red Sea" are an attack, not a test fired into the sea',
        title: 'الحوثيون يطلقون طائرات مسيرة وصواريخ في البحر الأحمر',
        content: 'أطلق الحوثيون طائرات مسيرة وصواريخ استهدفت سفينتين تجاريتين في البحر الأحمر قبالة الحديدة.',
        expect: { attack: true, countries: ['YE'] },
      },
      {
        says: 'look-alike: Arabic, a missile that fell in the sea after a launch stays a test',
        title: 'كوريا الشمالية تختبر صاروخا باليستيا سقط في البحر',
        expect: { attack: false },
      },
      {
        says: 'Bengali: soldiers martyred in a gunfight with terrorists who began to attack them',
        title: 'কাশ্মীরে গুলির লড়াইয়ে শহীদ ৩ সেনা',
        content: 'রবিবার রাজৌরি জেলায় আতঙ্কবাদীদের সঙ্গে সেনার গুলির লড়াই হয়। লুকিয়ে থাকা আতঙ্কবাদীরা সেনাদের উপর হামলা চালাতে শুরু করে।',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Persian: a "terrorist blast" set off by terrorist groups in a square, one killed',
        title: 'انفجار تروریستی در زاهدان',
        content: 'صبح امروز یک انفجار تروریستی در میدانی در زاهدان یک نفر را کشت و دو نفر را زخمی کرد. یک رهگذر نیز زخمی شد.',
        expect: { attack: true, types: ['ied'], countries: ['IR'] },
      },
      {
        says: 'Hindi: a suicide attack only feared beside a bomb blast is no suicide attack',
        title: 'कराची में बम धमाका, तीन की मौत',
        content: 'कराची के बाजार में हुए बम धमाके में तीन लोग मारे गए। पुलिस आत्मघाती हमले की भी आशंका देख रही है, पर पुष्टि नहीं हुई।',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'Urdu: a blast asked about as "whether it was a suicide blast or a remote device"',
        title: 'کوئٹہ میں دھماکہ، دو اہلکار شہید',
        content: 'کوئٹہ میں ایک دھماکے سے پولیس کے دو اہلکار شہید ہو گئے۔ تفتیش کار جانچ رہے ہیں آیا یہ خودکش دھماکا تھا۔',
        expect: { attack: true, types: ['ied'] },
      },
      {
        says: 'look-alike: Hindi, a suicide attack told as what happened stays one',
        title: 'क्वेटा में आत्मघाती हमला, चार की मौत',
        content: 'क्वेटा में एक आत्मघाती हमलावर ने पुलिस चौकी पर खुद को उड़ा लिया, जिसमें चार पुलिसकर्मियों की मौत हो गई।',
        expect: { attack: true, types: ['suicide_attack'] },
      },
      {
        says: 'Hindi: a bomb placed in a motorcycle is a planted bomb, not one kept at home',
        title: 'क्वेटा में धमाका, दो की मौत',
        content: 'क्वेटा शहर में एक मोटरसाइकिल में रखे बम के फटने से दो लोगों की मौत हो गई और पांच घायल हो गए।',
        expect: { attack: true, types: ['ied'], countries: ['PK'] },
      },
    ],
  },
  {
    class: 'round 24: old mines, a bomber killed while planting, bombs found and sentences in other languages',
    cases: [
      {
        says: 'Arabic: a shepherd boy killed by a mine that dates back to a past war',
        title: 'مقتل راع بانفجار لغم أرضي في البصرة',
        content: 'قتل راع في انفجار لغم أرضي في البصرة. وتعود هذه الألغام إلى فترة الحرب العراقية الإيرانية.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: children killed by a mine they had found',
        title: 'مقتل طفلين بانفجار لغم في ولاية هلمند',
        content: 'قتل طفلان وأصيب ثالث بانفجار لغم أرضي، وقال مسؤول إن الأطفال عثروا على لغم قرب منزلهم.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: a boy hurt by a mine while playing, decades after the war',
        title: 'إصابة طفل بانفجار لغم في سيناء',
        content: 'أصيب طفل بانفجار لغم أثناء لعبه قرب منزله في قرية بسيناء. ويقول الأهالي إن مخلفات الحروب ما زالت تهدد حياتهم.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: a man killed by the blast of the bomb he was trying to plant',
        title: 'رجل يلقى حتفه بعبوة كان يزرعها',
        content: 'قالت السلطات إن رجلا قتل في انفجار خلال محاولته زرع قنبلة قرب مركز للشرطة.',
        expect: { attack: false },
      },
      {
        says: 'Vietnamese: a wartime bomb discovered in a garden and taken away to be destroyed',
        title: 'Phát hiện quả bom nặng 200 kg trong vườn nhà dân',
        content: 'Người dân phát hiện quả bom khi đào đất làm móng nhà. Lực lượng công binh đã di chuyển quả bom về nơi an toàn để hủy nổ.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: police find a homemade bomb when arresting a suspect',
        title: 'Polisi temukan bom rakitan dalam penangkapan terduga teroris di Pontianak',
        content: 'Terduga teroris itu diduga akan menyerang polisi dengan bom rakitan tersebut, kata juru bicara Polri.',
        expect: { attack: false },
      },
      {
        says: 'Russian: the attackers sentenced, told in the plural passive of a headline',
        title: 'Участники теракта приговорены к пожизненному сроку',
        content: 'Суд приговорил троих участников теракта к пожизненному лишению свободы.',
        expect: { attack: false },
      },
      {
        says: 'Chinese: a blast at a chemical plant is an accident',
        title: '一化工厂发生爆炸 已造成3人死亡',
        content: '一家化工厂车间发生闪爆,造成3人死亡、2人受伤。',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 25: a bomb that went off in the hands of the one making, carrying or handling it, in more languages',
    cases: [
      {
        says: 'Turkish: a man hurt when the bomb he was preparing went off in his hand',
        title: 'Hazırladığı bomba elinde patladı',
        content: "Batman'da evinde bomba hazırlarken elindeki düzenek patlayan bir kişi ağır yaralandı.",
        expect: { attack: false },
      },
      {
        says: 'Turkish: a militant blew himself up by accident while trying to make a bomb',
        title: 'Militan bomba yaparken kazara kendini havaya uçurdu',
        content: 'Hakkari kırsalında bomba yapmaya çalışan bir örgüt üyesi, düzeneğin kazara patlaması sonucu öldü.',
        expect: { attack: false },
      },
      {
        says: 'Turkish: a farmer hurt tampering with an old shell he found in his field',
        title: 'Tarlada bulduğu top mermisi patladı, çiftçi yaralandı',
        content: "Konya'da bir çiftçi, tarlada bulduğu eski mermiyi kurcaladığı sırada patlayan mermi nedeniyle yaralandı.",
        expect: { attack: false },
      },
      {
        says: 'German: a homemade device explodes in a man’s hand',
        title: 'Mann in Duisburg schwer verletzt',
        content: 'Einem 40 Jahre alten Mann ist in seiner Wohnung ein selbstgebauter Sprengsatz in der Hand explodiert, er wurde schwer verletzt.',
        expect: { attack: false },
      },
      {
        says: 'Italian: a device blows up in a young man’s hands',
        title: 'Ordigno gli esplode in mano, grave un ragazzo',
        content: 'Un ragazzo di 19 anni è rimasto gravemente ferito a Napoli quando un ordigno artigianale gli è esploso tra le mani.',
        expect: { attack: false },
      },
      {
        says: 'Russian: a grenade goes off in a villager’s hands',
        title: 'В Дагестане мужчина погиб при взрыве гранаты',
        content: 'Житель села погиб, когда граната взорвалась у него в руках, сообщили в полиции.',
        expect: { attack: false },
      },
      {
        says: 'Arabic: a young man killed when a grenade went off in his hands',
        title: 'مقتل شاب بانفجار قنبلة يدوية في إدلب',
        content: 'قتل شاب في ريف إدلب عندما انفجرت قنبلة يدوية بين يديه أثناء العبث بها.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: a homemade bomb explodes in a youth’s hands',
        title: 'Bom rakitan meledak di tangan pemuda di Pasuruan',
        content: 'Seorang pemuda terluka parah setelah bom rakitan yang dipegangnya meledak di tangannya.',
        expect: { attack: false },
      },
      {
        says: 'Turkish, still an attack: a suicide bomber blew himself up beside a police vehicle',
        title: 'Canlı bomba kendini patlattı: 7 ölü',
        content: "Gaziantep'te bir canlı bomba, polis aracının yanında kendini patlattı; 7 kişi hayatını kaybetti.",
        expect: { attack: true },
      },
      {
        says: 'Turkish, still an attack: a bomb-laden car exploded as soldiers passed',
        title: 'Bomba yüklü araç patladı: 4 asker şehit',
        content: "Şırnak'ta askeri aracın geçişi sırasında bomba yüklü araç patlatıldı, 4 asker şehit oldu.",
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 25: Swahili killing told with the object in the verb ("limewaua": it has killed them)',
    cases: [
      {
        says: 'Swahili: al-Shabaab kills seven farmers (headline present with object)',
        title: 'Al Shabaab yawaua wakulima saba Mandera',
        content: 'Wapiganaji wa Al Shabaab wamewaua wakulima saba kwenye kijiji kimoja karibu na Mandera, polisi wamesema.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Swahili: militants killed them, in the past with the object',
        title: 'Wanamgambo wawauwa wanakijiji watano Lamu',
        content: 'Wanamgambo waliwauwa wanakijiji watano usiku wa Jumanne katika eneo la Lamu, maafisa walisema.',
        expect: { attack: true, types: ['armed_assault'] },
      },
      {
        says: 'Swahili, still no attack: the villagers decided to move (the verb "-amua", decide)',
        title: 'Wanakijiji wameamua kuhama Lamu',
        content: 'Wanakijiji wa Lamu wameamua kuhamia mjini kutafuta kazi, viongozi wamesema.',
        expect: { attack: false },
      },
    ],
  },
  {
    class:
      'round 28: an arrest in a title; a title that tells the attack and its harm before the arrest, or an arrest title over a lead of its own on the attack, stays the attack’s report',
    cases: [
      {
        says: 'a title with a generic attack and its toll before the arrest',
        title: 'Attack on police post kills two, three arrested',
        content: 'Two officers died when a police post in Garissa came under attack on Sunday night. Three suspects were later arrested.',
        expect: { attack: true },
      },
      {
        says: 'an arrest title naming the blast generically, over a lead of its own on the blast and its dead',
        title: 'Two arrested after explosion at Mogadishu checkpoint',
        content: 'An explosion hit a checkpoint in Mogadishu on Tuesday morning, killing three soldiers. Police later arrested two suspects.',
        expect: { attack: true },
      },
      {
        says: 'still an arrest story: the lead tells only the arrest over last month’s blast',
        title: 'Two arrested over last month’s explosion in Mogadishu',
        content: 'Police said on Tuesday they had arrested two men over the explosion that killed three soldiers at a checkpoint in Mogadishu last month.',
        expect: { attack: false },
      },
      {
        says: 'Russian: a suspect held for last year’s bombing',
        title: 'Задержан организатор прошлогоднего взрыва на рынке',
        content: 'Полиция задержала мужчину, подозреваемого в организации взрыва на рынке в Нальчике в прошлом году.',
        expect: { attack: false },
      },
      {
        says: 'Turkish: the perpetrator of last year’s attack caught',
        title: 'Geçen yılki silahlı saldırının şüphelisi yakalandı',
        content: "Geçen yıl Mardin'de bir kişinin öldüğü silahlı saldırının şüphelisi düzenlenen operasyonla yakalandı.",
        expect: { attack: false },
      },
      {
        says: 'still an attack: Turkish title tells the attack and its dead before the arrests',
        title: 'Jandarma karakoluna saldırı: 3 asker şehit, 2 kişi gözaltında',
        content: "Siirt'te jandarma karakoluna düzenlenen silahlı saldırıda 3 asker şehit oldu, 5 asker yaralandı. Olayla ilgili 2 kişi gözaltına alındı.",
        expect: { attack: true },
      },
      {
        says: 'still an attack: Persian title tells the attack, then the dead and an arrest after a semicolon',
        title: 'حمله مسلحانه در خاش؛ سه مامور شهید و دو نفر بازداشت شدند',
        content: 'در حمله افراد مسلح به یک ایستگاه پلیس در خاش سه مامور شهید شدند. دو نفر از مهاجمان بازداشت شدند.',
        expect: { attack: true },
      },
      {
        says: 'still an attack: Spanish arrest title over a lead that reports the bombing after "tras"',
        title: 'Detienen a tres hombres tras explosión en Tumaco',
        content: 'La Policía detuvo a tres hombres tras la explosión de una moto bomba que mató a dos soldados este domingo en Tumaco.',
        expect: { attack: true },
      },
      {
        says: 'still an attack: Russian arrest title naming the blast, a lead of its own on the blast and its dead',
        title: 'После взрыва у отдела полиции в Назрани задержан подозреваемый',
        content: 'В Назрани во вторник у здания отдела полиции сработало взрывное устройство, погибли два человека, четверо ранены. Подозреваемый задержан.',
        expect: { attack: true },
      },
      {
        says: 'still an attack: Ukrainian title tells the blast and its dead before the arrest',
        title: 'Вибух авто у Львові: загинули двоє, поліція затримала підозрюваного',
        content: 'У Львові в неділю вибухнув припаркований автомобіль, загинули двоє людей. Поліція затримала підозрюваного.',
        expect: { attack: true },
      },
      {
        says: 'still an attack: a German stabbing whose suspect was held, in the lead',
        title: 'Messerangriff in Bielefeld: Zwei Tote',
        content:
          'Ein Mann hat am Sonntagmorgen vor einer Bar in Bielefeld zwei Menschen mit einem Messer getötet und drei verletzt. Die Polizei hat einen Tatverdächtigen festgenommen.',
        expect: { attack: true },
      },
      {
        says: 'still an attack: Arabic title, gunmen kill four, then an arrest',
        title: 'مسلحون يقتلون ثلاثة جنود في هجوم على نقطة تفتيش واعتقال أحد المهاجمين',
        content: 'قتل ثلاثة جنود في هجوم شنه مسلحون على نقطة تفتيش في رفح مساء السبت، واعتقلت قوات الأمن أحد المهاجمين.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: a killing in the family, in Arabic, German, Hindi and Urdu',
    cases: [
      {
        says: 'Arabic: a man kills his wife after a family quarrel',
        title: 'رجل يطعن زوجته حتى الموت في الزرقاء',
        content: 'أقدم رجل على طعن زوجته حتى الموت داخل منزلهما في الزرقاء إثر خلافات عائلية، وفق مصدر أمني.',
        expect: { attack: false },
      },
      {
        says: 'German: a woman shot by her former partner',
        title: 'Frau von Ex-Partner erschossen',
        content: 'In Dortmund hat ein 41-Jähriger seine Ex-Frau vor ihrem Wohnhaus erschossen. Die Polizei nahm den Mann fest.',
        expect: { attack: false },
      },
      {
        says: 'Hindi: a man kills his wife in a household dispute',
        title: 'घरेलू विवाद में पति ने पत्नी की चाकू मारकर हत्या की',
        content: 'आगरा में घरेलू विवाद के बाद एक व्यक्ति ने अपनी पत्नी पर चाकू से हमला कर उसकी हत्या कर दी।',
        expect: { attack: false },
      },
      {
        says: 'Urdu: a husband shoots his wife in a household quarrel',
        title: 'گھریلو جھگڑے پر شوہر نے فائرنگ کر کے بیوی کو قتل کر دیا',
        content: 'سرگودھا میں گھریلو جھگڑے پر شوہر نے فائرنگ کر کے اپنی بیوی کو قتل کر دیا، پولیس نے ملزم کو گرفتار کر لیا۔',
        expect: { attack: false },
      },
      {
        says: 'still an attack: German, a victim’s wife killed in the attack (passive)',
        title: 'Anschlag auf Café: Drei Tote',
        content:
          'Bei einem Bombenanschlag auf ein Café in Istanbul sind am Freitag drei Menschen getötet worden. Unter den Opfern ist auch die Ehefrau eines Polizisten.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: animal attacks in Arabic, Turkish, Russian and Persian',
    cases: [
      {
        says: 'Arabic: a boy mauled by stray dogs',
        title: 'إصابة طفل بجروح خطيرة بعد هجوم كلاب ضالة في أسيوط',
        content: 'أصيب طفل بجروح خطيرة إثر هجوم كلاب ضالة عليه أثناء عودته من المدرسة في أسيوط.',
        expect: { attack: false },
      },
      {
        says: 'Turkish: a bear attack in the highlands',
        title: 'Ayı saldırısına uğrayan çoban ağır yaralandı',
        content: "Rize'de yaylada ayı saldırısına uğrayan çoban ağır yaralanarak hastaneye kaldırıldı.",
        expect: { attack: false },
      },
      {
        says: 'Russian: a shark attack off the coast',
        title: 'Нападение акулы у берегов Египта: погиб турист',
        content: 'У побережья Хургады в результате нападения акулы погиб турист, сообщили местные власти.',
        expect: { attack: false },
      },
      {
        says: 'Persian: a child hurt by a dog',
        title: 'حمله سگ به کودک ۶ ساله در کرج',
        content: 'کودک شش ساله در کرج بر اثر حمله سگ‌های ولگرد به شدت مجروح شد.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: Arabic, an attack by gunmen',
        title: 'هجوم مسلح على حاجز أمني يقتل جنديين',
        content: 'قتل جنديان في هجوم مسلح على حاجز أمني في شمال سيناء مساء الاثنين.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: old munitions found or left long ago, in Turkish, Spanish and Russian',
    cases: [
      {
        says: 'Turkish: an old mortar round found in a field goes off',
        title: 'Bahçede bulunan el bombası patladı: 1 yaralı',
        content: "Malatya'da bahçede bulunan eski el bombasının patlaması sonucu bir çocuk yaralandı.",
        expect: { attack: false },
      },
      {
        says: 'Spanish: a mine planted years ago kills a farmer',
        title: 'Campesino muere al pisar una mina en Nariño',
        content: 'Un campesino murió al pisar una mina antipersonal que había sido enterrada hace años en una finca de Nariño.',
        expect: { attack: false },
      },
      {
        says: 'Russian: a war-era shell found by builders',
        title: 'В Калуге рабочие нашли авиабомбу времён войны',
        content: 'Рабочие обнаружили на стройке в Калуге авиабомбу времён Великой Отечественной войны, сапёры вывезли её за город.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: Spanish, a mine planted by dissidents kills soldiers',
        title: 'Mina instalada por disidencias mata a tres soldados en Guaviare',
        content: 'Tres soldados murieron este martes al activar una mina instalada por disidencias de las FARC en una vía de Guaviare.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: a gas container that burst, in Spanish and Portuguese',
    cases: [
      {
        says: 'Spanish: a gas tanker truck blows up',
        title: 'Explota pipa de gas en Ecatepec; hay tres muertos',
        content: 'La explosión de una pipa de gas en una avenida de Ecatepec dejó tres muertos y varios heridos este jueves.',
        expect: { attack: false },
      },
      {
        says: 'Portuguese: a gas bottle explodes in a flat',
        title: 'Explosão de botijão de gás mata duas pessoas em Recife',
        content: 'Duas pessoas morreram após a explosão de um botijão de gás em um apartamento no Recife.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: Spanish, a car bomb',
        title: 'Explota coche bomba frente a estación de policía en Jamundí',
        content: 'Un coche bomba explotó frente a una estación de policía en Jamundí y dejó dos muertos, informaron las autoridades.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: years elapsed in Persian, Hindi and Arabic, also in a title cut in two',
    cases: [
      {
        says: 'Persian: ten years since the attack, remembered',
        title: '۱۰ سال پیش در چنین روزی حمله تروریستی به مجلس رخ داد',
        content: '۱۰ سال پیش افراد مسلح به ساختمان مجلس حمله کردند و ۱۷ نفر کشته شدند.',
        expect: { attack: false },
      },
      {
        says: 'Hindi: five years ago the attack happened',
        title: 'पांच साल पहले हुआ था उरी हमला',
        content: 'पांच साल पहले आतंकियों ने उरी में सेना के शिविर पर हमला किया था जिसमें 19 जवान शहीद हुए थे।',
        expect: { attack: false },
      },
      {
        says: 'Arabic: nine years ago, the bombing',
        title: 'قبل 9 سنوات.. تفجير الكرادة',
        content: 'قبل تسع سنوات هز تفجير انتحاري حي الكرادة في بغداد وقتل أكثر من 300 شخص.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: Hindi, an attack today in a place struck years ago',
        title: 'उरी में आतंकी हमला, दो जवान शहीद',
        content: 'उरी में मंगलवार सुबह आतंकियों ने सेना की चौकी पर हमला किया, जिसमें दो जवान शहीद हो गए।',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: explainers opening "¿Por qué…?", "Por que…", "Entenda…"',
    cases: [
      {
        says: 'Spanish: "¿Por qué…?" over kidnappings in general',
        title: '¿Por qué crecen las extorsiones y secuestros en Perú?',
        content: 'Los especialistas explican que el crecimiento de las extorsiones y secuestros responde a la expansión de bandas criminales.',
        expect: { attack: false },
      },
      {
        says: 'Portuguese: "Entenda…" over attacks in general',
        title: 'Entenda a onda de ataques a ônibus no Rio',
        content: 'Especialistas explicam por que os ataques incendiários a ônibus se tornaram frequentes na cidade.',
        expect: { attack: false },
      },
      {
        says: 'Portuguese: "Por que…?" question',
        title: 'Por que os sequestros relâmpago voltaram a crescer?',
        content: 'Especialistas apontam que os sequestros relâmpago voltaram a crescer nas capitais com o uso de aplicativos bancários.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: Spanish, a title with "por qué" inside says the attack happened',
        title: 'Atacan a balazos un bar en León: seis muertos',
        content: 'Hombres armados dispararon contra clientes de un bar en León la noche del sábado; seis personas murieron.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: French suspects "soupçonnés de préparer" an attack',
    cases: [
      {
        says: 'French: suspected of preparing an attack',
        title: 'Deux hommes interpellés à Lyon, soupçonnés de préparer une attaque',
        content: 'Deux hommes ont été interpellés lundi à Lyon, soupçonnés de préparer une attaque au couteau contre une mosquée, selon le parquet.',
        expect: { attack: false },
      },
      {
        says: 'French: accused of planning an attack on a church',
        title: 'Deux frères accusés de projeter une attaque contre une église',
        content: 'Deux frères ont été arrêtés, accusés de projeter une attaque au couteau contre une église de Lille.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 28: German rammings told in the perfect, Arabic beheadings in the present',
    cases: [
      {
        says: 'German ramming told in the perfect',
        title: 'Auto rast in Fußgängerzone: ein Toter',
        content: 'Ein Mann ist am Samstag mit einem Auto in die Fußgängerzone in Trier gerast. Ein Mensch starb, 14 wurden verletzt.',
        expect: { attack: true },
      },
      {
        says: 'German: a van driven into a Christmas market',
        title: 'Transporter in Weihnachtsmarkt gefahren: zwei Tote',
        content: 'Ein Mann ist am Abend mit einem Transporter in den Weihnachtsmarkt von Kassel gefahren, zwei Menschen starben.',
        expect: { attack: true },
      },
      {
        says: 'Arabic beheading in the present',
        title: 'داعش ينحر أربعة رعاة في ريف دير الزور',
        content: 'أقدم عناصر من تنظيم داعش على نحر أربعة رعاة في ريف دير الزور الشرقي، وفق مصادر محلية.',
        expect: { attack: true },
      },
      {
        says: 'Arabic: militants behead hostages (noun)',
        title: 'مسلحو داعش يذبحون ثلاثة مدنيين في بادية السخنة',
        content: 'قام مسلحون من تنظيم داعش بذبح ثلاثة مدنيين في بادية السخنة الخميس.',
        expect: { attack: true },
      },
      {
        says: 'still not an attack: Arabic, slaughter of sacrifice animals for the feast',
        title: 'ذبح الأضاحي في أول أيام العيد',
        content: 'بدأ المواطنون ذبح الأضاحي في أول أيام عيد الأضحى في القاهرة.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 28: a terror act the Russian security service prevented or hindered is a plot',
    cases: [
      {
        says: 'Russian: the security service prevented a terror act (plural)',
        title: 'В Казани предотвратили теракт',
        content: 'Сотрудники ФСБ задержали в Казани мужчину, который собирался взорвать самодельную бомбу у здания суда.',
        expect: { attack: false },
      },
      {
        says: 'Russian: the security service hindered a man from staging blasts',
        title: 'ФСБ помешала жителю Самары устроить теракт на вокзале',
        content: 'Сотрудники ФСБ задержали жителя Самары, собиравшегося устроить взрыв на железнодорожном вокзале.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: Russian air defence prevented a drone attack on a plant, with damage',
        title: 'Беспилотники атаковали НПЗ в Туапсе, начался пожар',
        content: 'Ночью беспилотники атаковали нефтеперерабатывающий завод в Туапсе, после удара начался пожар, пострадал один человек.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: Russian arson of an office: the building set alight, Molotov cocktails thrown, arson "committed"',
    cases: [
      {
        says: 'Russian: an unknown man set an enlistment office alight',
        title: 'В Омске неизвестный поджёг военкомат',
        content: 'Ночью в Омске неизвестный бросил бутылку с зажигательной смесью в окно военкомата, начался пожар.',
        expect: { attack: true },
      },
      {
        says: 'Russian: Molotov cocktails thrown at a recruiting office fence',
        title: 'В Самаре пытались сжечь военкомат',
        content: 'Неизвестный швырнул два коктейля Молотова в здание военкомата в Самаре, огонь быстро потушили.',
        expect: { attack: true },
      },
      {
        says: 'Russian: a man held on suspicion of arson at the office, the arson told in the lead',
        title: 'В Перми задержали подозреваемого в поджоге военкомата',
        content: 'В Перми в 23:40 неизвестный совершил поджог дверей военного комиссариата. Подозреваемый задержан.',
        expect: { attack: true },
      },
      {
        says: 'still not an attack: Russian, a grass fire set by villagers',
        title: 'Жители подожгли сухую траву, огонь перекинулся на дачи',
        content: 'В Подмосковье жители подожгли сухую траву, огонь перекинулся на дачные дома, пострадавших нет.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 28: German rammings told in the perfect, the verb after the crowd; a German "Unfall" is an accident',
    cases: [
      {
        says: 'German: a driver drove into a carnival crowd, told in the perfect',
        title: 'Auto fährt in Karnevalsumzug',
        content: 'Ein Autofahrer ist am Montag in Köln in einen Karnevalsumzug gefahren, 20 Menschen wurden verletzt. Die Polizei nahm den Fahrer fest.',
        expect: { attack: true },
      },
      {
        says: 'German: a car driven into a group of people',
        title: 'Auto erfasst Menschengruppe in Hamburg – ein Toter',
        content: 'In der Hamburger Innenstadt ist ein Wagen in eine Menschengruppe gerast, ein Mensch starb, sechs wurden verletzt.',
        expect: { attack: true },
      },
      {
        says: 'still not an attack: German, a car that left the road onto the pavement, an accident',
        title: 'Auto rast in Fußgänger in Essen',
        content:
          'In Essen ereignete sich am Abend ein schwerer Unfall: Ein Auto kam von der Fahrbahn ab und erfasste zwei Fußgänger. Die Polizei geht von einem Unfall aus.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 28: Indonesian explainers and lists ("Apa yang dimaksud…", "Daftar…")',
    cases: [
      {
        says: 'Indonesian: "what is meant by" a suicide bomb',
        title: 'Apa yang Dimaksud dengan Bom Mobil?',
        content: 'Bom mobil digunakan dalam serangan di Bali pada 2002 yang menewaskan 202 orang. Berikut penjelasan tentang bom mobil.',
        expect: { attack: false },
      },
      {
        says: 'Indonesian: a list of cities targeted by bombs',
        title: '7 Daftar Negara Pernah Jadi Sasaran Bom Bunuh Diri',
        content: 'Serangan bom bunuh diri pernah terjadi di sejumlah negara. Bom bunuh diri di Pakistan menewaskan puluhan orang.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: Indonesian, a bomb exploded today',
        title: 'Bom meledak di pos polisi Surabaya, dua polisi tewas',
        content: 'Sebuah bom meledak di pos polisi di Surabaya pada Senin pagi, menewaskan dua polisi.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: Hindi blasts of a bomb being made or of an object found and struck',
    cases: [
      {
        says: 'Hindi: a bomb being made at home went off',
        title: 'घर में बनाए जा रहे बम में धमाका, एक की मौत',
        content: 'पुलिस ने बताया कि बीरभूम के एक गांव में घर में बनाए जा रहे बम में अचानक धमाका हुआ, जिसमें एक युवक मारा गया।',
        expect: { attack: false },
      },
      {
        says: 'Hindi: an object found in scrap struck with a hammer',
        title: 'कबाड़ में मिला बम फटा, एक की मौत',
        content: 'कबाड़ बीनने वाले को कल एक गोलाकार वस्तु मिली थी। सोमवार सुबह उसने उस पर हथौड़े से वार किया तो धमाका हुआ और उसकी मौत हो गई।',
        expect: { attack: false },
      },
      {
        says: 'still an attack: Hindi, a bomb thrown at a market',
        title: 'बाजार में बम धमाका, तीन की मौत',
        content: 'मणिपुर के एक बाजार में सोमवार को बदमाशों ने बम फेंका, जिससे तीन लोगों की मौत हो गई।',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: Russian remembrance told in the future and at a memorial sign',
    cases: [
      {
        says: 'Russian: the city will remember the victims of a bus bombing',
        title: 'В Махачкале вспомнят погибших при взрыве автобуса',
        content: 'В Махачкале у памятного знака на месте взрыва автобуса пройдёт траурный митинг.',
        expect: { attack: false },
      },
      {
        says: 'Russian: a memorial rally at the site of a blast',
        title: 'Памятный митинг прошёл на месте теракта в Пятигорске',
        content: 'У памятного камня собрались жители Пятигорска, чтобы почтить погибших при взрыве.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 28: titles on what a weapon cost, a new tactic or the drone war as a subject',
    cases: [
      {
        says: 'French: what shooting down a drone cost',
        title: 'Intercepter deux drones a coûté 800 000 euros à l’armée',
        content: 'Les chasseurs ont intercepté deux drones avec des missiles air-air au-dessus de la Pologne, selon un journal.',
        expect: { attack: false },
      },
      {
        says: 'French: a new tactic against drone attacks',
        title: 'Nouvelle tactique russe contre les attaques de drones',
        content: 'L’armée russe a mis au point des filets pour protéger ses véhicules des drones kamikazes, selon des experts.',
        expect: { attack: false },
      },
      {
        says: 'French: the drone war as a subject',
        title: 'Ukraine : la guerre des drones, un défi industriel',
        content: 'Russes et Ukrainiens emploient des drones kamikazes chargés d’explosifs qui explosent à l’impact.',
        expect: { attack: false },
      },
      {
        says: 'still an attack: French, a drone strike that cost lives',
        title: 'Une frappe de drone a coûté la vie à trois civils',
        content: 'Une frappe de drone russe a coûté la vie à trois civils lundi à Kherson, selon les autorités.',
        expect: { attack: true },
      },
    ],
  },
  {
    class: 'round 28: French vehicles that hit or collided with an explosive device',
    cases: [
      {
        says: 'French: a convoy vehicle hit an explosive device',
        title: 'Burkina : un véhicule d’un convoi heurte un engin explosif, 12 morts',
        content: 'Douze civils ont été tués lundi lorsqu’un véhicule d’un convoi a heurté un engin explosif près de Djibo.',
        expect: { attack: true },
      },
      {
        says: 'French: a truck "collided" with an explosive device',
        title: 'Mali : un camion entre en collision avec un engin explosif',
        content: 'Près de Boni, mardi, un camion de marchandises est entré en collision avec un engin explosif : quatre morts.',
        expect: { attack: true },
      },
      {
        says: 'still not an attack: French, a road collision between a truck and a bus',
        title: 'Collision entre un camion et un bus : quatre morts',
        content: 'Un camion est entré en collision avec un bus mardi près de Ségou, faisant quatre morts.',
        expect: { attack: false },
      },
    ],
  },
  {
    class: 'round 28: Arabic "subjected to" an attack, and ships as targets',
    cases: [
      {
        says: 'Arabic: a ship "subjected to" an attack off Hodeidah',
        title: 'هجوم على سفينة تجارية قبالة الحديدة',
        content: 'أعلنت هيئة بحرية بريطانية تعرض سفينة تجارية لهجوم بطائرة مسيرة قبالة سواحل الحديدة اليوم.',
        expect: { attack: true },
      },
      {
        says: 'Arabic: a base subjected to a rocket attack',
        title: 'تعرض قاعدة عسكرية لهجوم صاروخي في دير الزور',
        content: 'تعرضت قاعدة عسكرية أمريكية في دير الزور لهجوم صاروخي مساء الأحد، دون أنباء عن إصابات.',
        expect: { attack: true },
      },
      {
        says: 'still not an attack: Arabic, a man subjected to a road accident',
        title: 'تعرض شاب لحادث سير في عمان',
        content: 'تعرض شاب لحادث سير على طريق المطار في عمان ونقل الى المستشفى.',
        expect: { attack: false },
      },
    ],
  },
];
