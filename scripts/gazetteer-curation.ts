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
  'IQ', 'SY', 'JO', 'LB', 'IL', 'PS', 'YE', 'SA', 'KW', 'BH', 'QA', 'AE', 'OM', 'IR',
  // Central / South Asia
  'AF', 'PK',
  // Horn of Africa, East and Central Africa
  'SO', 'KE', 'DJ', 'ET', 'ER', 'SD', 'SS', 'CF', 'CD', 'MZ', 'UG', 'BI', 'RW',
  // North Africa and the Sahel
  'LY', 'EG', 'ML', 'BF', 'NE', 'TD', 'NG', 'CM', 'MR', 'BJ', 'TG',
  // Europe's wars and the Caucasus (Russia only west of 60° E, see below)
  'UA', 'RU', 'BY', 'MD', 'GE', 'AM', 'AZ',
  // Asia
  'MM',
]);
/** Russia east of this longitude is far from the reported fighting and drone strikes. */
export const RUSSIA_MAX_LON = 60;

/** Countries with frequent violence and many small towns: places of ≥ 1,000 people are kept. */
export const WATCH_COUNTRIES = new Set([
  'TR', 'IN', 'BD', 'TH', 'PH', 'ID', 'MX', 'CO', 'VE', 'HT', 'EC', 'DZ', 'TN', 'MA', 'TZ', 'GH',
  'CI', 'SN', 'GN', 'ZA', 'KZ', 'TJ', 'KG', 'UZ', 'XK', 'RS', 'BA',
]);
export const WATCH_MIN_POPULATION = 1_000;
/** Elsewhere, places of at least this many people, plus every capital and first-level seat. */
export const GLOBAL_MIN_POPULATION = 15_000;

/** Subtitle-frequency rank below which a lower-case dictionary word counts as common English. */
export const COMMON_WORD_MAX_RANK = 10_000;

/**
 * Words that would make false hits in news text although the frequency list misses them
 * (it keeps only the dominant case: "Bay", "Central" are capitalised in subtitles).
 */
export const EXTRA_STOPWORDS = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'upper', 'lower', 'middle', 'inner', 'outer',
  'bay', 'delta', 'coast', 'capital', 'lake', 'lakes', 'river', 'rivers', 'island', 'islands',
  'mountain', 'mountains', 'valley', 'plateau', 'highlands', 'lowlands', 'border', 'frontier',
  'city', 'town', 'village', 'region', 'province', 'district', 'state', 'territory', 'federal',
  'national', 'autonomous', 'metropolitan', 'county', 'department', 'municipality', 'new', 'old',
  'great', 'grand', 'little', 'saint', 'san', 'santa', 'al', 'el', 'la', 'le', 'de', 'des', 'du',
  'university', 'airport', 'base', 'camp', 'port', 'station', 'harbour', 'harbor', 'beach',
  'police', 'army', 'navy', 'military', 'union', 'mobile', 'reading', 'march', 'may', 'june',
  'july', 'august', 'april', 'sunday', 'monday', 'friday', 'of', 'bar', 'man', 'hit', 'split',
  'sale', 'deal', 'hope', 'gap', 'said', 'says', 'battle', 'mission', 'victory', 'independence',
  'liberty', 'freedom', 'commerce', 'enterprise', 'industry', 'progress', 'unity', 'peace',
  'president', 'governor', 'colonel', 'general', 'marshal', 'admiral', 'commander', 'officer',
  'strike', 'drone', 'rocket', 'missile', 'attack', 'mortar', 'blast', 'bomb', 'mine', 'mines',
  'guard', 'fort', 'garrison', 'ranger', 'sniper', 'marine', 'marines', 'eagle', 'pearl', 'orange', 'palm', 'green', 'red', 'white', 'black', 'blue',
  'gold', 'golden', 'silver', 'crystal', 'diamond', 'paradise', 'eden',
  'harmony', 'friendship', 'welcome', 'halfway', 'junction', 'crossroads', 'center', 'centre',
  'mosque', 'church', 'market', 'bridge', 'hospital', 'school', 'square', 'road', 'street',
  'tel', 'tal', 'ain', 'ras', 'bir', 'wadi', 'jabal', 'jebel', 'umm', 'abu', 'bin', 'ibn', 'dar',
  'bab', 'deir', 'kafr', 'beit', 'khan', 'qasr', 'souq', 'suq', 'nahr', 'sheikh', 'shaykh',
];

/**
 * Single words that name actors, people and institutions in the news; a place alias like "Hamas"
 * (an alternate name of Hamm, DE) or a town called "Nato" (PH) would turn every mention into a place.
 */
export const NEWS_NAME_STOPWORDS = [
  'hamas', 'hezbollah', 'hizbollah', 'hizballah', 'houthi', 'houthis', 'huthi', 'huthis', 'taliban',
  'daesh', 'isis', 'isil', 'qaeda', 'qaida', 'shabaab', 'shabab', 'haqqani', 'nujaba', 'wagner',
  'janjaweed', 'naxal', 'naxals', 'maoists', 'ansaru', 'nato', 'un', 'unifil', 'minusma', 'idf',
  'pentagon', 'kremlin', 'congress', 'senate', 'parliament', 'ministry', 'government', 'republic',
  'reuters', 'jazeera', 'sinwar', 'nasrallah', 'khamenei', 'assad', 'asad', 'putin', 'trump',
  'biden', 'obama', 'clinton', 'netanyahu', 'erdogan', 'zelensky', 'zelenskyy', 'macron', 'modi',
  'kim', 'xi', 'musk', 'abbas', 'hassan', 'hussein', 'ali', 'mohammed', 'muhammad', 'ahmed', 'ahmad',
  'omar', 'osman', 'ibrahim', 'mahmoud', 'mustafa', 'youssef', 'yusuf', 'khalid', 'khaled', 'hamza',
  'boko',
  // Continents and wider regions that are not one country's
  'africa', 'europe', 'asia', 'oceania', 'arabia', 'levant', 'balkans', 'caucasus', 'sahel', 'gulf',
  'maghreb', 'sahara',
  // Dates in datelines
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // Words of attack reports
  'barrage', 'salvo', 'shelling', 'explosion', 'raid', 'ambush', 'airstrike', 'airstrikes', 'strikes',
  'drones', 'rockets', 'missiles', 'mortars', 'bombs', 'gunmen', 'assault', 'siege', 'offensive',
  'ceasefire', 'truce', 'militia', 'militias', 'militants', 'rebels', 'insurgents', 'troops',
  'soldiers', 'forces', 'convoy', 'patrol', 'checkpoint', 'outpost', 'barracks', 'compound',
  'headquarters', 'alliance', 'coalition', 'casualties', 'wounded', 'injured', 'killed', 'dead',
  // French, Spanish and Portuguese function words (wire copy from the Sahel and Latin America)
  'les', 'des', 'une', 'est', 'ete', 'aux', 'par', 'pour', 'dans', 'avec', 'qui', 'que', 'pas',
  'plus', 'son', 'ses', 'ces', 'los', 'las', 'del', 'por', 'para', 'con', 'una', 'como', 'mas',
  'dos', 'das', 'nos', 'nas', 'uma', 'com', 'marche', 'selon', 'pre', 'risen', 'semi',
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
};

/** Alternate names of GeoNames places, by geonameid, that belong to another place in the news. */
export const CITY_DROPPED_ALIASES: Record<number, string[]> = {
  281184: ['Ariel'], // Jerusalem: Ariel is a settlement city in the West Bank
};

/** Country names and abbreviations that news uses and world-countries lacks. */
export const COUNTRY_EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  CD: ['DRC', 'DR Congo', 'D.R. Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo', 'Congo'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CI: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  MM: ['Burma', 'Myanmar'],
  PS: ['Palestinian Territories', 'Occupied Palestinian Territories'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  CZ: ['Czech Republic', 'Czechia'],
  NL: ['Holland', 'The Netherlands'],
  MK: ['Macedonia', 'North Macedonia'],
  SZ: ['Swaziland', 'Eswatini'],
  CV: ['Cape Verde', 'Cabo Verde'],
  TL: ['East Timor', 'Timor-Leste'],
  KP: ['DPRK', 'North Korea'],
  KR: ['South Korea', 'ROK'],
  RU: ['Russian Federation'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran'],
  VA: ['Vatican', 'Holy See'],
  SA: ['KSA', 'Saudi'],
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
];

/** Countries whose region names are written with or without the Arabic article ("Al Anbar", "Anbar"). */
export const ARABIC_SPEAKING = new Set([
  'IQ', 'SY', 'JO', 'LB', 'PS', 'YE', 'SA', 'KW', 'BH', 'QA', 'AE', 'OM', 'EG', 'LY', 'SD', 'TN', 'DZ', 'MA', 'MR',
]);

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
  'PS.GZ': ['Gaza', 'Gaza Strip', 'the Gaza Strip', 'Gaza enclave'],
  'PS.WE': ['West Bank', 'the West Bank', 'occupied West Bank'],
  'IQ.01': ['Anbar'],
  'IQ.18': ['Salahuddin', 'Salahaddin', 'Salah al-Din', 'Saladin'],
  'IQ.15': ['Ninawa', 'Nineveh Plains'],
  'SY.08': ['Rif Dimashq', 'Damascus countryside', 'Rural Damascus'],
  'YE.26': ['Sanaa city', "Amanat al-Asimah"],
  'US.GA': ['State of Georgia', 'U.S. state of Georgia'],
  'SO.14': ['Lower Shabelle', 'Lower Shabelle region'],
  'SO.13': ['Middle Shabelle', 'Middle Shabelle region'],
  'IR.04': ['Sistan-Baluchestan', 'Sistan-Baluchistan', 'Sistan and Baluchistan'],
  'LB.08': ['Bekaa Valley', 'Beqaa', 'Beqaa Valley'],
};
