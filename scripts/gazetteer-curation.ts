/**
 * Hand-made corrections that scripts/build-gazetteer.ts applies on top of the packaged sources.
 * Everything here is a judgement about how places are named in English-language news.
 */

/**
 * Countries whose every populated place is kept (cities500 lists places with ≥ 500 people or a
 * seat of government); these are where attacks are commonly reported, and GeoNames has few
 * entries there (Iraq: 144, Somalia: 60), often with population 0 (Tall Afar), so a population
 * threshold would drop towns that make the news.
 */
export const CONFLICT_COUNTRIES = new Set([
  // Middle East
  'IQ',
  'SY',
  'JO',
  'LB',
  'IL',
  'PS',
  'YE',
  'SA',
  'KW',
  'BH',
  'QA',
  'AE',
  'OM',
  'IR',
  // Central / South Asia
  'AF',
  'PK',
  // Horn of Africa, East and Central Africa
  'SO',
  'KE',
  'DJ',
  'ET',
  'ER',
  'SD',
  'SS',
  'CF',
  'CD',
  'MZ',
  'UG',
  'BI',
  'RW',
  // North Africa and the Sahel
  'LY',
  'EG',
  'ML',
  'BF',
  'NE',
  'TD',
  'NG',
  'CM',
  'MR',
  'BJ',
  'TG',
  // Europe's wars and the Caucasus (Russia only west of 60° E, see below)
  'UA',
  'RU',
  'BY',
  'MD',
  'GE',
  'AM',
  'AZ',
  // Asia
  'MM',
]);
/** Russia east of this longitude is far from the reported fighting and drone strikes. */
export const RUSSIA_MAX_LON = 60;

/** Countries with frequent violence and many small towns: places of ≥ 1,000 people are kept. */
export const WATCH_COUNTRIES = new Set([
  'TR',
  'IN',
  'BD',
  'TH',
  'PH',
  'ID',
  'MX',
  'CO',
  'VE',
  'HT',
  'EC',
  'DZ',
  'TN',
  'MA',
  'TZ',
  'GH',
  'CI',
  'SN',
  'GN',
  'ZA',
  'KZ',
  'TJ',
  'KG',
  'UZ',
  'XK',
  'RS',
  'BA',
]);
export const WATCH_MIN_POPULATION = 1_000;
/**
 * A region's bare name ("Sinaloa", "Delaware", "Tamaulipas") is the region's as well when every
 * town of its country with that name is more than this many times smaller than the region; below
 * that the town is what the news means ("Erbil", "Donetsk", "Kirkuk" are the cities).
 */
export const REGION_OVER_TOWN = 10;
/** Elsewhere, places of at least this many people, plus every capital and first-level seat. */
export const GLOBAL_MIN_POPULATION = 15_000;

/** Subtitle-frequency rank below which a lower-case dictionary word counts as common English. */
export const COMMON_WORD_MAX_RANK = 10_000;

/**
 * Words that would make false hits in news text although the frequency list misses them
 * (it keeps only the dominant case: "Bay", "Central" are capitalised in subtitles).
 */
export const EXTRA_STOPWORDS = [
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'upper',
  'lower',
  'middle',
  'inner',
  'outer',
  'bay',
  'delta',
  'coast',
  'capital',
  'lake',
  'lakes',
  'river',
  'rivers',
  'island',
  'islands',
  'mountain',
  'mountains',
  'valley',
  'plateau',
  'highlands',
  'lowlands',
  'border',
  'frontier',
  'city',
  'town',
  'village',
  'region',
  'province',
  'district',
  'state',
  'territory',
  'federal',
  'national',
  'autonomous',
  'metropolitan',
  'county',
  'department',
  'municipality',
  'new',
  'old',
  'great',
  'grand',
  'little',
  'saint',
  'san',
  'santa',
  'al',
  'el',
  'la',
  'le',
  'de',
  'des',
  'du',
  'university',
  'airport',
  'base',
  'camp',
  'port',
  'station',
  'harbour',
  'harbor',
  'beach',
  'police',
  'army',
  'navy',
  'military',
  'union',
  'mobile',
  'reading',
  'march',
  'may',
  'june',
  'july',
  'august',
  'april',
  'sunday',
  'monday',
  'friday',
  'of',
  'bar',
  'man',
  'hit',
  'split',
  'sale',
  'deal',
  'hope',
  'gap',
  'said',
  'says',
  'battle',
  'mission',
  'victory',
  'independence',
  'liberty',
  'freedom',
  'commerce',
  'enterprise',
  'industry',
  'progress',
  'unity',
  'peace',
  'president',
  'governor',
  'colonel',
  'general',
  'marshal',
  'admiral',
  'commander',
  'officer',
  'strike',
  'drone',
  'rocket',
  'missile',
  'attack',
  'mortar',
  'blast',
  'bomb',
  'mine',
  'mines',
  'guard',
  'fort',
  'garrison',
  'ranger',
  'sniper',
  'marine',
  'marines',
  'eagle',
  'pearl',
  'orange',
  'palm',
  'green',
  'red',
  'white',
  'black',
  'blue',
  'gold',
  'golden',
  'silver',
  'crystal',
  'diamond',
  'paradise',
  'eden',
  'harmony',
  'friendship',
  'welcome',
  'halfway',
  'junction',
  'crossroads',
  'center',
  'centre',
  'mosque',
  'church',
  'market',
  'bridge',
  'hospital',
  'school',
  'square',
  'road',
  'street',
  'tel',
  'tal',
  'ain',
  'ras',
  'bir',
  'wadi',
  'jabal',
  'jebel',
  'umm',
  'abu',
  'bin',
  'ibn',
  'dar',
  'bab',
  'deir',
  'kafr',
  'beit',
  'khan',
  'qasr',
  'souq',
  'suq',
  'nahr',
  'sheikh',
  'shaykh',
];

/**
 * Single words that name actors, people and institutions in the news; a place alias like "Hamas"
 * (an alternate name of Hamm, DE) or a town called "Nato" (PH) would turn every mention into a place.
 */
export const NEWS_NAME_STOPWORDS = [
  'hamas',
  'hezbollah',
  'hizbollah',
  'hizballah',
  'houthi',
  'houthis',
  'huthi',
  'huthis',
  'taliban',
  'daesh',
  'isis',
  'isil',
  'qaeda',
  'qaida',
  'shabaab',
  'shabab',
  'haqqani',
  'nujaba',
  'wagner',
  'janjaweed',
  'naxal',
  'naxals',
  'maoists',
  'ansaru',
  'nato',
  'un',
  'unifil',
  'minusma',
  'idf',
  'pentagon',
  'kremlin',
  'congress',
  'senate',
  'parliament',
  'ministry',
  'government',
  'republic',
  'reuters',
  'jazeera',
  'sinwar',
  'nasrallah',
  'khamenei',
  'assad',
  'asad',
  'putin',
  'trump',
  'biden',
  'obama',
  'clinton',
  'netanyahu',
  'erdogan',
  'zelensky',
  'zelenskyy',
  'macron',
  'modi',
  'kim',
  'xi',
  'musk',
  'abbas',
  'hassan',
  'hussein',
  'ali',
  'mohammed',
  'muhammad',
  'ahmed',
  'ahmad',
  'omar',
  'osman',
  'ibrahim',
  'mahmoud',
  'mustafa',
  'youssef',
  'yusuf',
  'khalid',
  'khaled',
  'hamza',
  'boko',
  // Continents and wider regions that are not one country's
  'africa',
  'europe',
  'asia',
  'oceania',
  'arabia',
  'levant',
  'balkans',
  'caucasus',
  'sahel',
  'gulf',
  'maghreb',
  'sahara',
  // Dates in datelines
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  // Words of attack reports
  'barrage',
  'salvo',
  'shelling',
  'explosion',
  'raid',
  'ambush',
  'airstrike',
  'airstrikes',
  'strikes',
  'drones',
  'rockets',
  'missiles',
  'mortars',
  'bombs',
  'gunmen',
  'assault',
  'siege',
  'offensive',
  'ceasefire',
  'truce',
  'militia',
  'militias',
  'militants',
  'rebels',
  'insurgents',
  'troops',
  'soldiers',
  'forces',
  'convoy',
  'patrol',
  'checkpoint',
  'outpost',
  'barracks',
  'compound',
  'headquarters',
  'alliance',
  'coalition',
  'casualties',
  'wounded',
  'injured',
  'killed',
  'dead',
  // Words of sea attacks that are also a region's name (Togo's Maritime region): "maritime security"
  'maritime',
  // French, Spanish and Portuguese function words (wire copy from the Sahel and Latin America)
  'les',
  'des',
  'une',
  'est',
  'ete',
  'aux',
  'par',
  'pour',
  'dans',
  'avec',
  'qui',
  'que',
  'pas',
  'plus',
  'son',
  'ses',
  'ces',
  'los',
  'las',
  'del',
  'por',
  'para',
  'con',
  'una',
  'como',
  'mas',
  'dos',
  'das',
  'nos',
  'nas',
  'uma',
  'com',
  'marche',
  'selon',
  'pre',
  'risen',
  'semi',
];

/** Single words that are common English but important places in the news; kept as names. */
export const KEEP_NAMES = ['nice', 'tyre', 'cork', 'sake', 'ariel', 'fez'];

/** Extra aliases for GeoNames places, by geonameid, when their only name folds into a stopword. */
export const CITY_EXTRA_ALIASES: Record<number, string[]> = {
  95788: ['Heet'], // Hīt, Anbar: "Hit" is a stopword
  98463: ['Sulaimaniyah', 'Suleimaniyah', 'Sulaimani', 'Slemani'],
  93818: ['Makhmour', 'Makhmur'],
  165509: ['Ras al-Ain', 'Ras al-Ayn', 'Serêkaniyê', 'Sere Kaniye'],
  170794: ['Deir Ezzor', 'Deir el-Zour', 'Deir al-Zor', 'Dayr az-Zawr'],
  282457: ['Qalqilya'],
  1037370: ['Mocímboa da Praia', 'Mocimboa da Praia'],
  // Round 12: short forms and spellings the news uses that GeoNames lacks.
  1133616: ['Mazar'], // Mazār-e Sharīf: "in Mazar"
  1180281: ['D.I. Khan', 'DI Khan', 'D I Khan'], // Dera Ismail Khan, as Pakistani papers write it
  65170: ['Bardhere', 'Bardera', 'Bardere'], // Baardheere
  64013: ['Bossaso', 'Bosasso'],
  64460: ['Beled Weyne', 'Beletweyne', 'Belet Weyne'],
  276592: ['Bint Jbeil'], // Bent Jbaïl
};

/** Alternate names of GeoNames places, by geonameid, that belong to another place in the news. */
export const CITY_DROPPED_ALIASES: Record<number, string[]> = {
  281184: ['Ariel'], // Jerusalem: Ariel is a settlement city in the West Bank
};

/** Country names and abbreviations that news uses and world-countries lacks. */
export const COUNTRY_EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States', 'Estats Units', 'Förenta staterna'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Storbritannien', 'Storbritannia', 'Regne Unit'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  // Round 18 (rom18): "RDC", "RD Congo" and the full name as French copy names it.
  CD: [
    'DRC',
    'DR Congo',
    'D.R. Congo',
    'Congo-Kinshasa',
    'Democratic Republic of Congo',
    'Congo',
    'RDC',
    'RD Congo',
    'RDCongo',
    'République démocratique du Congo',
  ],
  // Round 18 (rom18): French copy's short names ("Burkina : …", "en Centrafrique", "la RCA") and
  // "Suisse", which the French demonym of the same spelling had kept out as a common word.
  BF: ['Burkina'],
  CF: ['Centrafrique', 'RCA', 'République centrafricaine'],
  CH: ['Suisse', 'Sveits', 'Suïssa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CI: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  MM: ['Burma', 'Myanmar'],
  PS: ['Palestinian Territories', 'Occupied Palestinian Territories'],
  TR: ['Turkey', 'Türkiye', 'Turkiye', 'Turkiet', 'Tyrkia', 'Tyrkiet'],
  CZ: ['Czech Republic', 'Czechia'],
  NL: ['Holland', 'The Netherlands', 'Nederländerna', 'Països Baixos'],
  MK: ['Macedonia', 'North Macedonia'],
  SZ: ['Swaziland', 'Eswatini'],
  CV: ['Cape Verde', 'Cabo Verde'],
  TL: ['East Timor', 'Timor-Leste'],
  KP: ['DPRK', 'North Korea'],
  KR: ['South Korea', 'ROK', 'Sydkorea'],
  RU: ['Russian Federation', 'Ryssland'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran'],
  VA: ['Vatican', 'Holy See'],
  SA: ['KSA', 'Saudi', 'Saudiarabien'],
  // Round 18 (nord18): Swedish, Norwegian, Danish and Catalan names the translations lack (not the ones
  // that are French demonyms: "Syrien", "Italien", "Indien", "Libyen", "Tunisien").
  SE: ['Sverige'],
  DE: ['Tyskland', 'Alemanya'],
  FR: ['Frankrike', 'Frankrig'],
  ES: ['Spania', 'Espanya'],
  CN: ['Kina', 'Xina'],
  EG: ['Egypten', 'Egipte'],
  ET: ['Etiopien'],
  GR: ['Grekland', 'Grækenland'],
  BY: ['Vitryssland'],
  AT: ['Österrike', 'Østrig'],
  PH: ['Filippinerna', 'Filippinene', 'Filippinerne', 'Filipines'],
  CY: ['Cypern', 'Xipre'],
  AZ: ['Azerbajdzjan', 'Aserbajdsjan'],
  DZ: ['Algeriet'],
  MA: ['Marocko', 'Marroc'],
  MX: ['Mèxic'],
  TD: ['Txad'],
  MZ: ['Moçambic'],
  HU: ['Ungern', 'Hongria'],
  SS: ['Sydsudan', 'Sør-Sudan'],
  BA: ['Bosnien'],
};

/** Aliases that world-countries gives but that mislead in English news; removed by country. */
export const COUNTRY_DROPPED_ALIASES: Record<string, string[]> = {
  CG: ['Congo'], // Reuters and AP style: plain "Congo" is the DRC
  GB: ['Great Britain and Northern Ireland'],
  IM: ['Mann'], // a surname
  TH: ['Prathet', 'Thai'], // "Thai" is the demonym
  TG: ['Togolese'],
  PT: ['Portuguesa'],
};

/** Demonyms that several countries share in world-countries: the country chosen by default. */
export const DEMONYM_DEFAULTS: Record<string, string> = {
  congolese: 'CD', // DRC far more often in the news; "Republic of Congo" is spelt out
  american: 'US',
  british: 'GB',
  guinean: 'GN',
  dominican: 'DO',
  samoan: 'WS',
  korean: 'KR',
  french: 'FR',
  danish: 'DK',
  norwegian: 'NO',
  dutch: 'NL',
  chinese: 'CN',
  moroccan: 'MA',
  australian: 'AU',
  'new zealander': 'NZ',
};

/** Country code (ISO 3166-1 alpha-2) → names the project writes for it where the packaged data gives none. */
export type CountryNames = Readonly<Record<string, readonly string[]>>;

/**
 * Round 18: Lithuanian and Latvian names of the countries attack news names (world-countries has no
 * translations in these languages; Estonian, Finnish and Hungarian come from it). Their case forms
 * ("Rusijos", "Krievijā", "Ukrainoje") are read by the engine's Latin case endings
 * (`latin_case_endings` in grammar.yaml). Written by the project.
 */
export const BALTIC_COUNTRY_NAMES: CountryNames = {
  RU: ['Rusija', 'Krievija'],
  UA: ['Ukraina'],
  BY: ['Baltarusija', 'Baltkrievija'],
  LT: ['Lietuva'],
  LV: ['Latvija'],
  EE: ['Estija', 'Igaunija'],
  PL: ['Lenkija', 'Polija'],
  FI: ['Suomija', 'Somija'],
  IL: ['Izraelis', 'Izraēla'],
  SY: ['Sirija', 'Sīrija'],
  IQ: ['Irakas', 'Irāka'],
  IR: ['Iranas', 'Irāna'],
  AF: ['Afganistanas', 'Afganistāna'],
  PK: ['Pakistanas', 'Pakistāna'],
  LB: ['Libanas', 'Libāna'],
  YE: ['Jemenas', 'Jemena'],
  TR: ['Turkija', 'Turcija'],
  DE: ['Vokietija', 'Vācija'],
  FR: ['Prancūzija', 'Francija'],
  IN: ['Indija'],
  NG: ['Nigerija', 'Nigērija'],
  SO: ['Somalis', 'Somālija'],
  EG: ['Egiptas', 'Ēģipte'],
  GE: ['Gruzija'],
  HU: ['Vengrija', 'Ungārija'],
  RO: ['Rumunija', 'Rumānija'],
  SD: ['Sudanas', 'Sudāna'],
};

/**
 * Round 23: Swahili and Hausa names of the countries their news names (world-countries has no
 * translations in these languages): East African news in Swahili writes Mozambique "Msumbiji"
 * and the US "Marekani", Sahel news in Hausa writes Cameroon "Kamaru" and Nigeria "Najeriya";
 * before, an attack "Kaskazini mwa Msumbiji" (in northern Mozambique) was placed only by a
 * neighbour named for reference. Names that are the same as the English one ("Kenya", "Mali")
 * are not repeated; short forms that are everyday words elsewhere (Hausa "Sin", China; "Gana",
 * Ghana, a Spanish verb) are left out. Written by the project.
 */
export const SWAHILI_COUNTRY_NAMES: CountryNames = {
  MZ: ['Msumbiji'],
  US: ['Marekani'],
  RU: ['Urusi'],
  UA: ['Ukreni'],
  FR: ['Ufaransa'],
  GB: ['Uingereza'],
  DE: ['Ujerumani'],
  TR: ['Uturuki'],
  CN: ['Uchina'],
  IN: ['Uhindi'],
  GR: ['Ugiriki'],
  ES: ['Uhispania'],
  PT: ['Ureno'],
  NL: ['Uholanzi'],
  BE: ['Ubelgiji'],
  CH: ['Uswisi'],
  SE: ['Uswidi'],
  JP: ['Japani'],
  EG: ['Misri'],
  ET: ['Uhabeshi'],
  CM: ['Kamerun'],
  SS: ['Sudan Kusini'],
  ZA: ['Afrika Kusini'],
  KP: ['Korea Kaskazini'],
  KR: ['Korea Kusini'],
  IQ: ['Iraki'],
  SA: ['Saudia', 'Uarabuni wa Saudi'],
  MA: ['Moroko'],
  DZ: ['Aljeria'],
  DJ: ['Jibuti'],
  MG: ['Madagaska'],
  KM: ['Komoro'],
  MX: ['Meksiko'],
};
export const HAUSA_COUNTRY_NAMES: CountryNames = {
  NG: ['Najeriya'],
  CM: ['Kamaru'],
  TD: ['Chadi', 'Cadi'],
  LY: ['Libiya'],
  EG: ['Masar'],
  DZ: ['Aljeriya'],
  US: ['Amurka'],
  RU: ['Rasha'],
  UA: ['Yukren'],
  PS: ['Falasdinu'],
  SY: ['Siriya'],
  SA: ['Saudiyya'],
  FR: ['Faransa'],
  GB: ['Birtaniya'],
  DE: ['Jamus'],
  IN: ['Indiya'],
  SO: ['Somaliya'],
  ET: ['Habasha'],
  LB: ['Labanan'],
  TR: ['Turkiyya'],
  ZA: ['Afirka ta Kudu'],
};

/** Demonyms and adjectives that news uses and world-countries lacks. */
export const DEMONYM_EXTRA: Record<string, string[]> = {
  BF: ['Burkinabe', 'Burkinabè', 'Burkinese'],
  US: ['American', 'U.S.'],
  GB: ['British', 'Briton'],
  SA: ['Saudi', 'Saudi Arabian'],
  AE: ['Emirati'],
  PS: ['Palestinian', 'Gazan'],
  IL: ['Israeli'],
  TR: ['Turkish', 'Turk'],
  NE: ['Nigerien'],
  SO: ['Somali', 'Somalian'],
  KP: ['North Korean'],
  KR: ['South Korean'],
  SS: ['South Sudanese'],
  CD: ['Congolese'],
  AF: ['Afghan', 'Afghani'],
  PK: ['Pakistani'],
  PH: ['Filipino', 'Philippine'],
  NL: ['Dutch'],
  CN: ['Chinese'],
  BY: ['Belarusian', 'Belarussian'],
  UA: ['Ukrainian'],
  RU: ['Russian'],
  IR: ['Iranian', 'Persian'],
  YE: ['Yemeni', 'Yemenite'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  UZ: ['Uzbek'],
  KZ: ['Kazakh'],
  LA: ['Lao'],
};

/**
 * German adjectives of the countries most in the news (round 10: "Australische Polizei erschießt
 * …" names its country only so), written by the project; the build adds their declined forms
 * (-e, -en, -er, -es, -em). world-countries has demonyms in English and French only.
 */
export const GERMAN_DEMONYM_STEMS: Record<string, string> = {
  AF: 'afghanisch',
  AM: 'armenisch',
  AT: 'österreichisch',
  AU: 'australisch',
  AZ: 'aserbaidschanisch',
  BD: 'bangladeschisch',
  BE: 'belgisch',
  BF: 'burkinisch',
  BY: 'belarussisch',
  CA: 'kanadisch',
  CD: 'kongolesisch',
  CH: 'schweizerisch',
  CM: 'kamerunisch',
  CN: 'chinesisch',
  CO: 'kolumbianisch',
  DE: 'deutsch',
  DZ: 'algerisch',
  EG: 'ägyptisch',
  ES: 'spanisch',
  ET: 'äthiopisch',
  FR: 'französisch',
  GB: 'britisch',
  GR: 'griechisch',
  ID: 'indonesisch',
  IL: 'israelisch',
  IN: 'indisch',
  IQ: 'irakisch',
  IR: 'iranisch',
  IT: 'italienisch',
  JO: 'jordanisch',
  JP: 'japanisch',
  KE: 'kenianisch',
  KP: 'nordkoreanisch',
  KR: 'südkoreanisch',
  LB: 'libanesisch',
  LY: 'libysch',
  MA: 'marokkanisch',
  ML: 'malisch',
  MM: 'myanmarisch',
  MX: 'mexikanisch',
  MZ: 'mosambikanisch',
  NE: 'nigrisch',
  NG: 'nigerianisch',
  NL: 'niederländisch',
  NZ: 'neuseeländisch',
  PH: 'philippinisch',
  PK: 'pakistanisch',
  PL: 'polnisch',
  PS: 'palästinensisch',
  RU: 'russisch',
  SA: 'saudisch',
  SD: 'sudanesisch',
  SE: 'schwedisch',
  SO: 'somalisch',
  SY: 'syrisch',
  TD: 'tschadisch',
  TH: 'thailändisch',
  TN: 'tunesisch',
  TR: 'türkisch',
  UA: 'ukrainisch',
  US: 'amerikanisch',
  YE: 'jemenitisch',
};

/**
 * Round 12: Russian and Ukrainian adjectives of the countries whose wars news in those languages
 * reports ("трое армянских военных", "по армянским позициям", "ізраїльський удар"), written by
 * the project as stems; the build adds their declined forms (`CYRILLIC_ADJECTIVE_ENDINGS`).
 * world-countries has no demonyms in these languages.
 */
export const CYRILLIC_DEMONYM_STEMS: Record<string, { ru: string; uk: string }> = {
  AF: { ru: 'афганск', uk: 'афганськ' },
  AM: { ru: 'армянск', uk: 'вірменськ' },
  AZ: { ru: 'азербайджанск', uk: 'азербайджанськ' },
  BY: { ru: 'белорусск', uk: 'білоруськ' },
  GE: { ru: 'грузинск', uk: 'грузинськ' },
  IL: { ru: 'израильск', uk: 'ізраїльськ' },
  IQ: { ru: 'иракск', uk: 'іракськ' },
  IR: { ru: 'иранск', uk: 'іранськ' },
  LB: { ru: 'ливанск', uk: 'ліванськ' },
  MD: { ru: 'молдавск', uk: 'молдовськ' },
  PK: { ru: 'пакистанск', uk: 'пакистанськ' },
  PS: { ru: 'палестинск', uk: 'палестинськ' },
  RU: { ru: 'российск', uk: 'російськ' },
  SY: { ru: 'сирийск', uk: 'сирійськ' },
  TR: { ru: 'турецк', uk: 'турецьк' },
  UA: { ru: 'украинск', uk: 'українськ' },
  US: { ru: 'американск', uk: 'американськ' },
  YE: { ru: 'йеменск', uk: 'єменськ' },
};
/**
 * Round 17: Arabic (and Persian and Urdu, which fold to the same letters) adjectives of the countries
 * whose attacks news in those languages reports ("العاصمة الأفغانية كابول", "جنود عراقيون", "مواطن
 * أميركي"), written by the project as stems folded as the engine folds text (no article, no hamza);
 * the build adds the endings of `ARABIC_ADJECTIVE_ENDINGS`. Arabic has no capitals, so without them a
 * town of the text's own country looked like a homonym abroad. Left out: stems that are words
 * ("مالي", financial; "مغربي", western), and countries named by a people rather than a land.
 */
export const ARABIC_DEMONYM_STEMS: Record<string, string[]> = {
  AF: ['افغاني', 'افغانستاني'],
  AU: ['استرالي'],
  DE: ['الماني'],
  DZ: ['جزايري'],
  EG: ['مصري'],
  ET: ['اثيوبي'],
  FR: ['فرنسي'],
  GB: ['بريطاني'],
  IL: ['اسراييلي'],
  IN: ['هندي'],
  IQ: ['عراقي'],
  IR: ['ايراني'],
  JO: ['اردني'],
  KE: ['كيني'],
  LB: ['لبناني'],
  LY: ['ليبي'],
  NG: ['نيجيري'],
  PK: ['باكستاني'],
  PS: ['فلسطيني'],
  RU: ['روسي'],
  SA: ['سعودي'],
  SD: ['سوداني'],
  SO: ['صومالي'],
  SY: ['سوري'],
  TD: ['تشادي'],
  TN: ['تونسي'],
  TR: ['تركي'],
  UA: ['اوكراني'],
  US: ['امريكي', 'اميركي'],
  YE: ['يمني'],
};
/** Arabic adjective endings, folded: masculine, feminine (ة as ه), plurals, the dual, the accusative's alif. */
export const ARABIC_ADJECTIVE_ENDINGS = ['', 'ه', 'ون', 'ين', 'ان', 'ا'];

/** Russian and Ukrainian adjective endings, every gender, number and case. */
export const CYRILLIC_ADJECTIVE_ENDINGS = {
  ru: ['ий', 'ая', 'ое', 'ие', 'ого', 'ому', 'ом', 'ой', 'ую', 'ими', 'их', 'им'],
  uk: ['ий', 'а', 'е', 'і', 'ого', 'ому', 'ої', 'ій', 'ім', 'у', 'ою', 'ими', 'их', 'им'],
};

/** Regions that news names but GeoNames has no first-level division for. */
export interface ExtraRegion {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  aliases: string[];
  note: string;
}
export const EXTRA_REGIONS: ExtraRegion[] = [
  {
    id: 'region:IQ-KR',
    name: 'Kurdistan Region',
    country: 'IQ',
    lat: 36.19,
    lon: 44.01,
    population: 6_000_000,
    aliases: ['Iraqi Kurdistan', 'Kurdistan Region of Iraq', 'Kurdistan', 'KRI', 'Kurdistan region', 'Iraqi Kurdistan Region'],
    note: 'Erbil, Duhok, Sulaymaniyah and Halabja governorates; point = Erbil, the regional capital',
  },
  {
    id: 'region:UA-DONBAS',
    name: 'Donbas',
    country: 'UA',
    lat: 48.3,
    lon: 38.5,
    population: 6_500_000,
    aliases: ['Donbass', 'Donets Basin'],
    note: 'Donetsk and Luhansk oblasts; point between Donetsk and Luhansk',
  },
  {
    id: 'region:SY-GOLAN',
    name: 'Golan Heights',
    country: 'SY',
    lat: 33.0,
    lon: 35.75,
    population: 50_000,
    aliases: ['Golan', 'the Golan'],
    note: 'Syrian territory occupied by Israel since 1967 (UN position); point near Katzrin',
  },
  {
    id: 'region:EG-SINAI',
    name: 'Sinai Peninsula',
    country: 'EG',
    lat: 29.5,
    lon: 33.8,
    population: 600_000,
    aliases: ['Sinai', 'North Sinai and South Sinai'],
    note: 'North and South Sinai governorates; point = centre of the peninsula',
  },
  {
    id: 'region:SD-DARFUR',
    name: 'Darfur',
    country: 'SD',
    lat: 13.63,
    lon: 25.35,
    population: 9_000_000,
    aliases: ['Darfur region', 'Greater Darfur'],
    note: 'the five Darfur states; point = El Fasher',
  },
  {
    id: 'region:IL-NEGEV',
    name: 'Negev',
    country: 'IL',
    lat: 30.85,
    lon: 34.78,
    population: 700_000,
    aliases: ['Negev desert', 'the Negev', 'Naqab'],
    note: 'southern Israel; point = centre of the desert south of Beersheba',
  },
  {
    id: 'region:LB-DAHIYEH',
    name: 'Dahiyeh',
    country: 'LB',
    lat: 33.85,
    lon: 35.51,
    population: 600_000,
    aliases: ['Dahieh', 'Dahiya', 'Dahiyah', "Beirut's southern suburbs", 'southern suburbs of Beirut', 'southern Beirut suburbs'],
    note: 'southern suburbs of Beirut; point = Haret Hreik',
  },
  {
    id: 'region:AZ-KARABAKH',
    name: 'Nagorno-Karabakh',
    country: 'AZ',
    lat: 39.82,
    lon: 46.75,
    population: 120_000,
    aliases: ['Karabakh', 'Artsakh', 'Nagorno Karabakh'],
    note: 'point = Khankendi (Stepanakert)',
  },
  // Round 28 (place28): Colombia's Catatumbo, the border subregion of Norte de Santander where the
  // ELN and FARC dissidents fight and plant mines, which its news names alone ("en el Catatumbo", "la
  // región del Catatumbo"). GeoNames has only Venezuela's Catatumbo municipality (Zulia), across the
  // border, so reports of mines in Tibú or El Tarra were also placed in Venezuela.
  {
    id: 'region:CO-CATATUMBO',
    name: 'Catatumbo',
    country: 'CO',
    lat: 8.64,
    lon: -72.9,
    population: 290_000,
    aliases: ['Catatumbo region', 'El Catatumbo'],
    note: "Norte de Santander's eleven northern municipalities (Tibú, El Tarra, Ocaña, Sardinata…); point = between Tibú and El Tarra",
  },
  {
    id: 'region:MD-TRANSNISTRIA',
    name: 'Transnistria',
    country: 'MD',
    lat: 46.84,
    lon: 29.63,
    population: 350_000,
    aliases: ['Transdniestria', 'Pridnestrovie', 'Trans-Dniester'],
    note: 'point = Tiraspol',
  },
  // Round 12: islands of one country that attack news names as the scene ("on Mindanao", "central
  // Samar island", "the island of Sulawesi"); GeoNames cities500 has none of them, and their names
  // were another place's or no place's ("Samar" an alternate name of Samara, Russia; "Java" a village
  // in Georgia). Points are the islands' approximate centres, populations rounded (ranking only).
  ...(
    [
      ['PH-MINDANAO', 'Mindanao', 'PH', 7.9, 125.0, 27_000_000, []],
      ['PH-LUZON', 'Luzon', 'PH', 16.0, 121.0, 57_000_000, []],
      ['PH-SAMAR', 'Samar', 'PH', 11.8, 125.0, 1_900_000, []],
      ['PH-LEYTE', 'Leyte', 'PH', 10.9, 124.9, 2_000_000, []],
      ['PH-NEGROS', 'Negros', 'PH', 10.0, 123.0, 4_600_000, []],
      ['PH-PANAY', 'Panay', 'PH', 11.1, 122.5, 4_500_000, []],
      ['PH-MINDORO', 'Mindoro', 'PH', 13.0, 121.1, 1_400_000, []],
      ['PH-TAWI-TAWI', 'Tawi-Tawi', 'PH', 5.2, 120.0, 440_000, ['Tawi Tawi']],
      ['ID-SUMATRA', 'Sumatra', 'ID', -0.6, 101.3, 60_000_000, ['Sumatera']],
      ['ID-JAVA', 'Java', 'ID', -7.5, 110.0, 150_000_000, ['Jawa']],
      ['ID-SULAWESI', 'Sulawesi', 'ID', -2.0, 120.5, 20_000_000, ['Celebes']],
      ['ID-LOMBOK', 'Lombok', 'ID', -8.6, 116.3, 3_900_000, []],
      ['ID-HALMAHERA', 'Halmahera', 'ID', 0.9, 128.0, 500_000, []],
      ['YE-SOCOTRA', 'Socotra', 'YE', 12.5, 53.9, 60_000, ['Soqotra', 'Suqutra']],
      ['YE-KAMARAN', 'Kamaran', 'YE', 15.35, 42.6, 2_000, ['Kamaran Island']],
      ['IR-KHARG', 'Kharg Island', 'IR', 29.25, 50.31, 8_000, ['Kharg', 'Khark Island', 'Khark']],
      ['UA-SNAKE-ISLAND', 'Snake Island', 'UA', 45.26, 30.2, 0, ['Zmiinyi Island', 'Zmiinyi', 'Zmeiny Island']],
      ['MZ-IBO', 'Ibo Island', 'MZ', -12.35, 40.6, 9_000, ['Ilha do Ibo']],
    ] as const
  ).map(([code, name, country, lat, lon, population, aliases]) => ({
    id: `region:${code}`,
    name,
    country,
    lat,
    lon,
    population,
    aliases: [...aliases, ...(name.endsWith('Island') ? [] : [`${name} Island`])],
    note: 'island; point = its approximate centre',
  })),
];

/** Countries whose region names are written with or without the Arabic article ("Al Anbar", "Anbar"). */
export const ARABIC_SPEAKING = new Set(['IQ', 'SY', 'JO', 'LB', 'PS', 'YE', 'SA', 'KW', 'BH', 'QA', 'AE', 'OM', 'EG', 'LY', 'SD', 'TN', 'DZ', 'MA', 'MR']);

/** How news names a country's first-level divisions ("Anbar Governorate", "Donetsk Oblast", "Borno State"); default Province. */
export const REGION_DESIGNATOR: Record<string, string> = {
  ...Object.fromEntries([...ARABIC_SPEAKING].map((c) => [c, 'Governorate'])),
  ...Object.fromEntries(['UA', 'RU', 'BY', 'KZ', 'BG', 'KG'].map((c) => [c, 'Oblast'])),
  ...Object.fromEntries(['NG', 'SD', 'SS', 'US', 'IN', 'MX', 'MM', 'BR', 'VE', 'MY', 'AU', 'DE', 'AT'].map((c) => [c, 'State'])),
  ...Object.fromEntries(['SO', 'ML', 'NE', 'BF', 'TD', 'ET', 'CM', 'GH', 'GN', 'SN', 'TZ', 'CI', 'CF', 'ER', 'IT', 'FR', 'GE', 'AM'].map((c) => [c, 'Region'])),
  ...Object.fromEntries(['KE', 'IE', 'NO', 'SE', 'LR'].map((c) => [c, 'County'])),
  ...Object.fromEntries(['CO', 'HN', 'GT', 'SV', 'NI', 'BO', 'PY', 'UY', 'BJ'].map((c) => [c, 'Department'])),
  JP: 'Prefecture',
};

/** Names that news gives GeoNames first-level divisions, by admin1 code (kept even when a city shares them). */
export const REGION_EXTRA_ALIASES: Record<string, string[]> = {
  // Round 18 (nord18): the Nordic definite forms, German, Dutch and Catalan names of the Gaza Strip,
  // the West Bank and Crimea.
  'PS.GZ': ['Gaza', 'Gaza Strip', 'the Gaza Strip', 'Gaza enclave', 'Gazastripen', 'Gazastriben', 'Gazaremsan', 'Gazastreifen', 'Gazastrook', 'Franja de Gaza'],
  'PS.WE': ['West Bank', 'the West Bank', 'occupied West Bank', 'Vestbredden', 'Västbanken', 'Westjordanland', 'Cisjordània', 'Westelijke Jordaanoever'],
  'UA.11': ['Krim'],
  // Round 24: the Arabic names of Iraq's governorates not named after their capital (Arabic copy
  // places attacks "in Diyala" by governorate; a governorate named after its city is found as the city).
  'IQ.01': ['Anbar', 'الأنبار'],
  'IQ.03': ['المثنى'],
  'IQ.04': ['القادسية'],
  'IQ.06': ['بابل'],
  'IQ.09': ['ذي قار'],
  'IQ.10': ['ديالى'],
  'IQ.14': ['ميسان'],
  'IQ.16': ['واسط'],
  'LB.07': ['Nabatiyeh', 'Nabatiye', 'Nabatiyah'],
  'IQ.18': ['Salahuddin', 'Salahaddin', 'Salah al-Din', 'Saladin', 'صلاح الدين'],
  'IQ.15': ['Ninawa', 'Nineveh Plains', 'نينوى'],
  'SY.08': ['Rif Dimashq', 'Damascus countryside', 'Rural Damascus', 'ريف دمشق'],
  'YE.26': ['Sanaa city', 'Amanat al-Asimah'],
  'US.GA': ['State of Georgia', 'U.S. state of Georgia'],
  'SO.14': ['Lower Shabelle', 'Lower Shabelle region'],
  'SO.13': ['Middle Shabelle', 'Middle Shabelle region'],
  'IR.04': ['Sistan-Baluchestan', 'Sistan-Baluchistan', 'Sistan and Baluchistan'],
  'LB.08': ['Bekaa Valley', 'Beqaa', 'Beqaa Valley'],
  // Kashmir is divided: bare "Kashmir" is a name of both sides' regions, and the text decides
  // ("Indian Kashmir", "Pakistan-administered Kashmir", the country it names); news of attacks
  // there most often means the Indian side (the Kashmir Valley).
  'IN.12': ['Kashmir', 'Kashmir Valley', 'Indian Kashmir', 'Jammu & Kashmir'],
  'PK.06': ['Kashmir', 'Pakistani Kashmir', 'Azad Jammu and Kashmir', 'Azad Jammu & Kashmir'],
};

// ---------- second-level divisions (round 14) ----------

/**
 * Second-level divisions (districts, LGAs, cercles, departments, territories, raions…) kept
 * elsewhere than in CONFLICT_COUNTRIES and WATCH_COUNTRIES: those whose places in cities500 hold
 * at least this many people, and only under their designated names ("Harris County"): a bare
 * county name is as often a person's ("Harris", "Franklin").
 */
export const DISTRICT_MIN_POPULATION = 100_000;
/** In WATCH_COUNTRIES, divisions whose places hold at least this many people (Mexico alone has 2,471 municipalities). */
export const WATCH_DISTRICT_MIN_POPULATION = 20_000;
/**
 * A district's bare name is left to a place abroad at least this big ("Hyderabad District" of
 * Pakistan does not take "Hyderabad", India's city): the district keeps its designated names.
 */
export const DISTRICT_FOREIGN_CITY = 100_000;

/**
 * The words the news of each country writes after a district's name, besides "District" (every
 * country) and the word GeoNames gives the division itself ("Khyber Agency", "Gao Cercle").
 */
export const DISTRICT_WORDS: Record<string, string[]> = {
  PK: ['District', 'Agency'],
  NG: ['LGA', 'Local Government Area', 'Local Government'],
  BF: ['Province'],
  ML: ['Cercle'],
  NE: ['Department'],
  TD: ['Department'],
  CM: ['Department', 'Division'],
  CD: ['Territory'],
  CF: ['Sub-Prefecture'],
  PH: ['Province'],
  UA: ['Raion', 'Rayon'],
  RU: ['Raion', 'Rayon'],
  BY: ['Raion', 'Rayon'],
  ET: ['Zone'],
  SS: ['County'],
  KE: ['County'],
  SD: ['Locality'],
  CO: ['Municipality'],
  MX: ['Municipality'],
  VE: ['Municipality'],
  HT: ['Arrondissement'],
  TR: ['İlçesi'],
  IR: ['County'],
  BJ: ['Commune'],
  TG: ['Prefecture'],
};

/**
 * Words before a division's name in GeoNames ("Province du Yatenga", "Circunscrição de Macomia",
 * "Département de Ouallam", "Caza de Tyr", "Qaḑā’ Sāmarrā’"), taken off its base name.
 */
export const DISTRICT_PREFIXES = [
  'province of',
  'province du',
  'province de la',
  "province de l'",
  'province des',
  'province de',
  'provincia de',
  'provincia del',
  'provincia di',
  'département du',
  'département de la',
  "département de l'",
  "département d'",
  'département des',
  'département de',
  'departamento de',
  'departamento del',
  'circunscrição de',
  'circunscrição da',
  'circunscrição do',
  'distrito de',
  'distrito da',
  'distrito do',
  'caza de',
  'caza du',
  "caza d'",
  'qaḑā’',
  'mudīrīyat',
  'degmada',
  'municipio de',
  'municipio',
  'comuna',
  'amphoe',
  'shahrestān-e',
  'markaz',
  'daïra de',
  "daïra d'",
  'liwā’',
  'nohiyai',
  'mutuşarrifīyat',
  'kabupaten',
  'partido de',
  'arrondissement de',
  "arrondissement d'",
  'commune de',
  "commune d'",
];

/** Words after a division's name in GeoNames ("Kurram District", "Rutshuru Territory", "Gao Cercle", "Bakhmut Raion"), taken off its base name. */
export const DISTRICT_SUFFIXES = [
  'district',
  'raion',
  'rayon',
  'agency',
  'territory',
  'cercle',
  'department',
  'province',
  'county',
  'municipality',
  'sub-prefecture',
  'subprefecture',
  'prefecture',
  'division',
  'zone',
  'āwraja',
  'location',
  'ilçesi',
  'i̇lçesi',
  'tumani',
  'okrug',
  'rural council',
  'regional council',
  'local government area',
  'local government',
];

/** Spellings the news uses for GeoNames admin2 divisions, by admin2 code (kept as they are). */
export const DISTRICT_EXTRA_ALIASES: Record<string, string[]> = {
  // Kashmir's districts as Indian papers write them; GeoNames writes "Punch" (a common word), "Shupiyan", "Badgam".
  'IN.12.005': ['Poonch', 'Poonch District'],
  'IN.12.013': ['Shopian', 'Shopian District'],
  'IN.12.002': ['Budgam', 'Budgam District'],
  'IN.12.006': ['Rajouri', 'Rajouri District'],
};

/**
 * Divisions that are a city itself ("Ville de Kisangani", "Mbuji-Mayi City", "Concelho de
 * Quelimane", Russia's "Gorodskoy Okrug …", a town's urban district): the city stands for them.
 */
export const CITY_DIVISION_RE = /^(?:ville de|city of|concelho d[aeo]s?|gorodskoy okrug|gorodskoye poseleniye)\s|\s(?:city|shahri)$|\(city\)/i;

/** Second-level divisions that news names and GeoNames' admin2 list lacks or names otherwise. */
export interface ExtraDistrict {
  id: string;
  name: string;
  country: string;
  /** The first-level region (GeoNames admin1 code) it lies in. */
  admin1: string;
  lat: number;
  lon: number;
  aliases: string[];
  note: string;
}
export const EXTRA_DISTRICTS: ExtraDistrict[] = [
  {
    id: 'district:BF-soum',
    name: 'Soum',
    country: 'BF',
    admin1: 'BF.12',
    lat: 14.1,
    lon: -1.63,
    aliases: ['Soum Province', 'Soum province'],
    note: 'GeoNames calls it "Province du Djelgodji"; point = Djibo, its seat',
  },
  {
    id: 'district:BF-loroum',
    name: 'Loroum',
    country: 'BF',
    admin1: 'BF.10',
    lat: 13.81,
    lon: -2.07,
    aliases: ['Loroum Province'],
    note: 'northern province; point = Titao, its seat',
  },
  {
    id: 'district:PK-datta-khel',
    name: 'Datta Khel',
    country: 'PK',
    admin1: 'PK.03',
    lat: 32.95,
    lon: 69.76,
    aliases: ['Datta Khel Tehsil', 'Dattakhel'],
    note: 'tehsil and town of North Waziristan, west of Miranshah; approximate centre',
  },
  {
    id: 'district:PK-mir-ali',
    name: 'Mir Ali',
    country: 'PK',
    admin1: 'PK.03',
    lat: 32.97,
    lon: 70.27,
    aliases: ['Mir Ali Tehsil', 'Mirali'],
    note: 'tehsil and town of North Waziristan, east of Miranshah; approximate centre',
  },
  {
    id: 'district:PK-lower-kurram',
    name: 'Lower Kurram',
    country: 'PK',
    admin1: 'PK.03',
    lat: 33.6,
    lon: 70.4,
    aliases: ['Lower Kurram District'],
    note: 'southern part of Kurram district (Sadda); approximate centre',
  },
  {
    id: 'district:PK-upper-kurram',
    name: 'Upper Kurram',
    country: 'PK',
    admin1: 'PK.03',
    lat: 33.9,
    lon: 70.1,
    aliases: ['Upper Kurram District'],
    note: 'northern part of Kurram district (Parachinar); approximate centre',
  },
  {
    id: 'district:ML-tessit',
    name: 'Tessit',
    country: 'ML',
    admin1: 'ML.09',
    lat: 15.0,
    lon: 0.97,
    aliases: ['Tessit commune'],
    note: 'commune of Ansongo cercle near the Niger and Burkina borders; approximate centre',
  },
];
