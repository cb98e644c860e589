/**
 * Round 13, attack detection across languages: for each language the lexicon held thinly or not at
 * all, a plain attack report (shooting, bomb blast, drone or air strike) is an attack and its
 * look-alikes (exercises, tests, memorials, courts, gas and road accidents) are not; with the classes
 * the held-back audit named (a Spanish shooting, a planted bomb, arson told as an inquiry, a Russian
 * exercise against a mock enemy), threat titles, Hindi conditions, Hungarian and Turkish rammings
 * and Indonesian armed-group attacks. Thai, Lao, Khmer and Burmese are cut into words first.
 * Every story was written for this test (places, names and figures invented, or public facts).
 */
import { describe, expect, it } from 'vitest';
import { phraseTokens } from '../../src/extract/normalize.js';
import { readsStories as reads } from '../helpers/extraction.js';

describe('Thai, Lao, Khmer and Burmese runs are cut into words, their vowel signs kept', () => {
  it('segments an unspaced Thai phrase and keeps its signs', () => {
    expect(phraseTokens('ลอบวางระเบิด')).toEqual(['ลอบ', 'วาง', 'ระเบิด']);
    expect(phraseTokens('ดับ')).not.toEqual(phraseTokens('ดบ'));
  });
  it('reads Burmese digits as digits', () => {
    expect(phraseTokens('လူ ၅ ဦး')).toContain('5');
  });
});

describe('Pashto: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'په کندهار کې وسله والو پر یوه پوسته برید وکړ',
      'وسله والو د شنبې په شپه په کندهار کې پر یوه امنیتي پوسته برید وکړ چې پکې درې سرتیري ووژل شول او څلور نور ټپیان شول.',
      true,
    ],
    [
      'a bomb blast',
      'په جلال اباد کې چاودنه کې پنځه کسان ووژل شول',
      'د دوشنبې په ورځ په جلال اباد ښار کې په یوه بازار کې یوه بم چاودنه وشوه چې پنځه ملکي وګړي پکې ووژل شول.',
      true,
    ],
    ['no attack: a military exercise', 'پاکستاني پوځ نظامي تمرینونه پیل کړل', 'پاکستاني پوځ په بلوچستان کې د نظامي تمرینونو لړۍ پیل کړه.', false],
    ['no attack: a memorial', 'د کابل د برید کلیزه ولمانځل شوه', 'د تیر کال د کابل د برید د قربانیانو لپاره د یادونې مراسم ونیول شول.', false],
    ['no attack: a gas explosion', 'په کابل کې د ګاز سلنډر چاودنه', 'د ګاز سلنډر چاودنې له امله دوه کسان ټپیان شول.', false],
    ['no attack: a court sentence', 'محکمې بریدګر ته د مرګ سزا ورکړه', 'محکمې د کابل د برید تورن ته د مرګ سزا ورکړه.', false],
  ]);
});

describe('Persian: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'حمله افراد مسلح به پاسگاه پلیس در زاهدان',
      'افراد مسلح شامگاه جمعه به یک پاسگاه پلیس در زاهدان حمله کردند که در نتیجه آن سه مامور کشته و دو نفر زخمی شدند.',
      true,
    ],
    [
      'a bomb blast',
      'انفجار بمب در بازار مزار شریف پنج کشته برجای گذاشت',
      'روز دوشنبه یک بمب کنار جاده ای در نزدیکی بازار مزار شریف منفجر شد و پنج غیرنظامی را کشت.',
      true,
    ],
    [
      'no attack: a military exercise',
      'رزمایش بزرگ نیروی زمینی ارتش در اصفهان آغاز شد',
      'نیروی زمینی ارتش رزمایش بزرگی را با شلیک موشک و پهپاد در اصفهان آغاز کرد.',
      false,
    ],
    ['no attack: a weapon test', 'ایران یک موشک بالستیک جدید را آزمایش کرد', 'سپاه پاسداران از آزمایش موفق یک موشک بالستیک جدید خبر داد.', false],
  ]);
});

describe('Sorani Kurdish: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'چەکداران هێرشیان کردە سەر بنکەیەکی پۆلیس لە کەرکووک',
      'چەکدارانی داعش شەوی شەممە هێرشیان کردە سەر بنکەیەکی پۆلیس لە کەرکووک و سێ پۆلیس کوژران و دوو کەسی تر برینداربوون.',
      true,
    ],
    ['a drone strike', 'هێرشی درۆن لە سلێمانی دوو کەسی کوشت', 'درۆنێکی تورکیا ئۆتۆمبێلێکی لە نزیک سلێمانی کردە ئامانج و دوو کەس کوژران.', true],
    ['no attack: a military exercise', 'سوپای عێراق مانۆڕی سەربازی ئەنجامدا', 'سوپای عێراق لە پارێزگای دیالە مانۆڕێکی سەربازی گەورەی ئەنجامدا.', false],
    ['no attack: a gas explosion', 'تەقینەوەی غاز لە هەولێر دوو کەسی بریندار کرد', 'بەهۆی تەقینەوەی غاز لە چێشتخانەیەک لە هەولێر دوو کەس برینداربوون.', false],
    [
      'no attack: a court sentence',
      'دادگا حوکمی لەسێدارەدانی بەسەر تیرۆریستێکدا دا',
      'دادگای هەولێر حوکمی لەسێدارەدانی بەسەر ئەندامێکی داعشدا دا کە لە هێرشێکدا بەشداری کردبوو.',
      false,
    ],
  ]);
});

describe('Kurmanji Kurdish: attacks and their look-alikes', () => {
  reads([
    [
      'a drone strike',
      'Êrîşa dronê ya Tirkiyê li Şengalê: 2 kes hatin kuştin',
      'Di êrîşa dronê ya artêşa Tirk de ku li Şengalê wesayîtek kir hedef, 2 kes hatin kuştin û 3 kes birîndar bûn.',
      true,
    ],
    ['a shooting or armed attack', 'Çekdaran êrîşî gundekî kirin', 'Çekdaran şeva borî êrîşî gundekî li nêzî Dihokê kirin û 4 kes kuştin.', true],
    ['no attack: a memorial', 'Salvegera êrîşa Qamişloyê hat bibîranîn', 'Li Qamişloyê salvegera êrîşa ku 40 kes tê de hatin kuştin hat bibîranîn.', false],
  ]);
});

describe('Somali: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Al-Shabaab oo weerar ku qaaday saldhig ciidan',
      'Dagaalyahannada Al-Shabaab ayaa weerar ku qaaday saldhig ay ciidamada dowladdu ku leeyihiin gobolka Shabeellaha Hoose, waxaana ku dhintay shan askari.',
      true,
    ],
    ['a bomb blast', 'Qarax ka dhacay Muqdisho', 'Qarax miino ah oo lagu xiray baabuur ayaa ka dhacay Muqdisho, waxaana ku dhintay saddex qof.', true],
    [
      'no attack: a military exercise',
      'Ciidamada Soomaaliya oo tababar ciidan ku qaatay Baydhabo',
      'Ciidamada xoogga dalka ayaa Baydhabo ku soo gabagabeeyay tababar ciidan oo socday laba bilood.',
      false,
    ],
  ]);
});

describe('Hausa: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      "'Yan bindiga sun kashe mutane 12 a Zamfara",
      "Wasu 'yan bindiga sun kai hari a wani kauye a jihar Zamfara inda suka kashe mutane 12 tare da jikkata wasu da dama.",
      true,
    ],
    [
      'a bomb blast',
      'Harin kunar bakin wake ya kashe mutane 5 a Maiduguri',
      "Wata 'yar kunar bakin wake ta tayar da bam a wata kasuwa a Maiduguri, inda mutane biyar suka mutu.",
      true,
    ],
    [
      'no attack: a military exercise',
      'Sojojin Najeriya sun fara atisaye a Kaduna',
      'Rundunar sojin Najeriya ta fara wani atisayen soji a jihar Kaduna.',
      false,
    ],
    [
      'no attack: a court sentence',
      "Kotu ta yanke wa 'yan bindiga hukuncin kisa",
      "Wata kotu a Kano ta yanke wa wasu 'yan bindiga hukuncin kisa bayan samunsu da laifin kashe mutane.",
      false,
    ],
    [
      'no attack: a road or work accident',
      'Hatsarin mota ya kashe mutane 10 a Kano',
      'Mutane 10 sun mutu a wani hatsarin mota da ya faru a kan hanyar Kano zuwa Zaria.',
      false,
    ],
    [
      'no attack: a gas explosion',
      'Fashewar tukunyar gas ta jikkata mutane 4',
      'Wata tukunyar gas ta fashe a wani gida a Abuja inda ta jikkata mutane hudu.',
      false,
    ],
  ]);
});

describe('Amharic: attacks and their look-alikes', () => {
  reads([
    ['a shooting or armed attack', 'በአማራ ክልል ታጣቂዎች በፈጸሙት ጥቃት 10 ሰዎች ተገደሉ', 'በአማራ ክልል ታጣቂዎች በአንድ መንደር ላይ በፈጸሙት ጥቃት 10 ሰላማዊ ሰዎች ተገደሉ፤ 5 ሰዎች ቆሰሉ።', true],
    ['a drone strike', 'በድሮን ጥቃት 8 ሰዎች ተገደሉ', 'በአማራ ክልል በአንድ ገበያ ላይ በተፈጸመ የድሮን ጥቃት 8 ሰዎች ተገደሉ።', true],
    ['no attack: a military exercise', 'የመከላከያ ሰራዊት ወታደራዊ ልምምድ አካሄደ', 'የኢትዮጵያ መከላከያ ሰራዊት በባህር ዳር ወታደራዊ ልምምድ አካሄደ።', false],
    ['no attack: a road or work accident', 'በትራፊክ አደጋ 12 ሰዎች ሞቱ', 'በደቡብ ክልል በደረሰ የትራፊክ አደጋ 12 ሰዎች ሞቱ።', false],
    ['no attack: a memorial', 'የሰማዕታት መታሰቢያ ቀን ተከበረ', 'በጥቃቱ የተገደሉ ሰዎችን ለማስታወስ የመታሰቢያ ስነ ስርዓት ተካሄደ።', false],
  ]);
});

describe('Swahili: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Watu wenye silaha wavamia kijiji Kaunti ya Lamu',
      'Watu wenye silaha walivamia kijiji kimoja katika Kaunti ya Lamu usiku wa Jumamosi na kuwaua watu watatu.',
      true,
    ],
    [
      'a bomb blast',
      'Mlipuko wa bomu waua watu 4 Mogadishu',
      'Watu wanne wameuawa baada ya bomu lililotegwa kando ya barabara kulipuka mjini Mogadishu.',
      true,
    ],
    [
      'no attack: a military exercise',
      'Jeshi la Kenya lafanya mazoezi ya kijeshi',
      'Jeshi la Ulinzi la Kenya limefanya mazoezi ya kijeshi katika eneo la Isiolo.',
      false,
    ],
    [
      'no attack: a trial or sentence',
      'Mahakama yamhukumu mshukiwa wa shambulio la Garissa',
      'Mahakama Kuu imemhukumu kifungo cha miaka 30 jela mshukiwa wa shambulio la Garissa.',
      false,
    ],
  ]);
});

describe('Bengali: attacks and their look-alikes', () => {
  reads([
    ['a shooting or armed attack', 'কুমিল্লায় বন্দুকধারীদের গুলিতে দুইজন নিহত', 'শনিবার রাতে কুমিল্লায় বন্দুকধারীরা একটি বাজারে গুলি চালালে দুইজন নিহত ও চারজন আহত হন।', true],
    ['a bomb blast', 'খুলনায় বোমা বিস্ফোরণে তিনজন নিহত', 'সোমবার খুলনায় একটি বাজারে বোমা বিস্ফোরণে তিনজন নিহত হয়েছেন।', true],
    ['no attack: a military exercise', 'সেনাবাহিনীর যৌথ মহড়া শুরু', 'বাংলাদেশ সেনাবাহিনী চট্টগ্রামে যৌথ সামরিক মহড়া শুরু করেছে।', false],
  ]);
});

describe('Nepali: attacks and their look-alikes', () => {
  reads([
    ['a shooting or armed attack', 'बन्दुकधारीको गोली लागेर दुई जनाको मृत्यु', 'सशस्त्र समूहले शनिबार राति बजारमा गोली चलाउँदा दुई जनाको मृत्यु भयो र तीन जना घाइते भए।', true],
    ['a bomb blast', 'काठमाडौंमा बम विस्फोट, एकको मृत्यु', 'आइतबार काठमाडौंमा भएको बम विस्फोटमा एक जनाको मृत्यु भएको छ र दुई जना घाइते भएका छन्।', true],
    ['no attack: a military exercise', 'नेपाली सेनाको संयुक्त सैन्य अभ्यास सुरु', 'नेपाली सेना र भारतीय सेनाको संयुक्त सैन्य अभ्यास सुरु भएको छ।', false],
    ['no attack: a gas explosion', 'ग्यास सिलिन्डर विस्फोटमा दुई जना घाइते', 'काठमाडौंमा ग्यास सिलिन्डर विस्फोट हुँदा दुई जना घाइते भएका छन्।', false],
    ['no attack: a road or work accident', 'बस दुर्घटनामा १२ जनाको मृत्यु', 'धादिङमा बस दुर्घटनामा परी १२ जनाको मृत्यु भएको छ।', false],
  ]);
});

describe('Sinhala: attacks and their look-alikes', () => {
  reads([
    ['a bomb blast', 'බෝම්බ පිපිරීමකින් පස් දෙනෙක් මිය යයි', 'කොළඹ වෙළඳපොළක සිදු වූ බෝම්බ පිපිරීමකින් පස් දෙනෙක් මිය ගොස් දස දෙනෙක් තුවාල ලබා ඇත.', true],
    ['a shooting or armed attack', 'වෙඩි තැබීමකින් දෙදෙනෙක් මරුට', 'අඹලන්ගොඩ ප්‍රදේශයේ සිදු වූ වෙඩි තැබීමකින් දෙදෙනෙක් මිය ගොස් ඇත.', true],
    ['no attack: a road or work accident', 'බස් රථ අනතුරකින් පස් දෙනෙක් මිය යයි', 'බදුල්ල ප්‍රදේශයේ සිදු වූ බස් රථ අනතුරකින් පස් දෙනෙක් මිය ගොස් ඇත.', false],
  ]);
});

describe('Tamil: attacks and their look-alikes', () => {
  reads([
    ['a shooting or armed attack', 'துப்பாக்கிச் சூட்டில் 3 பேர் பலி', 'மணிப்பூரில் ஆயுதமேந்திய கும்பல் நடத்திய துப்பாக்கிச் சூட்டில் 3 பேர் உயிரிழந்தனர்.', true],
    ['no attack: a military exercise', 'இந்திய ராணுவம் கூட்டுப் பயிற்சி', 'இந்திய ராணுவம் ராஜஸ்தானில் கூட்டு ராணுவப் பயிற்சியை தொடங்கியது.', false],
  ]);
});

describe('Telugu: attacks and their look-alikes', () => {
  reads([['a shooting or armed attack', 'మావోయిస్టుల దాడిలో ఇద్దరు జవాన్లు మృతి', 'ఛత్తీస్‌గఢ్‌లో మావోయిస్టులు జరిపిన కాల్పుల్లో ఇద్దరు జవాన్లు మృతి చెందారు.', true]]);
});

describe('Gujarati: attacks and their look-alikes', () => {
  reads([
    ['a shooting or armed attack', 'આતંકવાદી હુમલામાં 3 જવાન શહીદ', 'જમ્મુ-કાશ્મીરમાં આતંકવાદીઓએ સેનાના વાહન પર હુમલો કર્યો, જેમાં ત્રણ જવાન શહીદ થયા અને બે ઘાયલ થયા.', true],
    ['a bomb blast', 'બોમ્બ વિસ્ફોટમાં 5 લોકોના મોત', 'પાકિસ્તાનના ક્વેટામાં બજારમાં થયેલા બોમ્બ વિસ્ફોટમાં 5 લોકોના મોત થયા છે.', true],
    ['no attack: a military exercise', 'ભારતીય સેનાનો યુદ્ધ અભ્યાસ', 'ભારતીય સેનાએ કચ્છમાં યુદ્ધ અભ્યાસ શરૂ કર્યો.', false],
    ['no attack: a gas explosion', 'ગેસ સિલિન્ડર ફાટતા બે લોકોના મોત', 'અમદાવાદમાં ગેસ સિલિન્ડર ફાટતા બે લોકોના મોત થયા.', false],
    ['no attack: a court sentence', 'બ્લાસ્ટ કેસમાં કોર્ટે 38 દોષિતોને ફાંસીની સજા ફટકારી', 'અમદાવાદ સીરિયલ બ્લાસ્ટ કેસમાં કોર્ટે 38 દોષિતોને ફાંસીની સજા ફટકારી.', false],
  ]);
});

describe('Marathi: attacks and their look-alikes', () => {
  reads([
    ['a shooting or armed attack', 'नक्षलवाद्यांच्या हल्ल्यात तीन पोलीस शहीद', 'जंगलात गस्त घालणाऱ्या पथकावर नक्षलवाद्यांनी केलेल्या गोळीबारात तीन पोलीस शहीद झाले.', true],
  ]);
});

describe('Azerbaijani: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Ermənistan silahlı qüvvələri mövqelərimizi atəşə tutub',
      'Ermənistan silahlı qüvvələrinin bölmələri Kəlbəcər rayonu istiqamətində ordu mövqelərini atəşə tutub, nəticədə bir hərbçi yaralanıb.',
      true,
    ],
    [
      'a bomb blast',
      'Partlayış nəticəsində iki nəfər həlak olub',
      'Bakıda avtomobildə baş verən partlayış nəticəsində iki nəfər həlak olub, üç nəfər yaralanıb.',
      true,
    ],
    [
      'no attack: a military exercise',
      'Azərbaycan Ordusu genişmiqyaslı təlimlərə başlayıb',
      'Azərbaycan Ordusunun genişmiqyaslı əməliyyat-taktiki təlimləri başlayıb.',
      false,
    ],
    [
      'no attack: a legacy mine',
      'Ağdamda minaya düşən traktor sürücüsü yaralanıb',
      'Ağdam rayonunda traktor minaya düşüb, sürücü yaralanıb. Ərazi əvvəllər işğal altında olub.',
      false,
    ],
    [
      'no attack: a gas explosion',
      'Bakıda qaz partlayışı: 2 nəfər xəsarət alıb',
      'Bakıda yaşayış binasında qaz partlayışı baş verib, iki nəfər xəsarət alıb. Partlayışın səbəbi qaz sızması olub.',
      false,
    ],
    [
      'no attack: a court sentence',
      'Terror aktı törədənlərə hökm oxunub',
      'Bakı Ağır Cinayətlər Məhkəməsində terror hücumu təşkil edənlərə 15 il həbs cəzası verilib.',
      false,
    ],
  ]);
});

describe('Armenian: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Ադրբեջանական զինուժը կրակ է բացել հայկական դիրքերի ուղղությամբ',
      'Ադրբեջանական զինուժը կրակ է բացել Սյունիքի մարզի հայկական դիրքերի ուղղությամբ, զոհվել է մեկ զինծառայող, վիրավորվել են երկուսը։',
      true,
    ],
    [
      'a drone strike',
      'Ադրբեջանական անօդաչուի հարվածից զոհվել է երկու զինծառայող',
      'Ադրբեջանական անօդաչու թռչող սարքի հարվածից զոհվել է երկու հայ զինծառայող։',
      true,
    ],
    [
      'no attack: a military exercise',
      'Հայկական բանակը զորավարժություններ է անցկացնում',
      'Հայաստանի զինված ուժերը մեկնարկել են հրամանատարաշտաբային զորավարժություններ։',
      false,
    ],
    [
      'no attack: a memorial',
      'Հիշատակի միջոցառում՝ պայթյունի տարելիցին',
      'Երևանում նշվեց Սուրմալուի պայթյունի տարելիցը, որի հետևանքով զոհվել էր 16 մարդ։',
      false,
    ],
    ['no attack: a gas explosion', 'Գազի պայթյուն Երևանում, կա վիրավոր', 'Երևանի բնակելի շենքում գազի պայթյուն է տեղի ունեցել, մեկ մարդ վիրավորվել է։', false],
  ]);
});

describe('Georgian: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'შეიარაღებულმა პირმა ცეცხლი გახსნა თბილისში',
      'შეიარაღებულმა პირმა თბილისის ცენტრში ცეცხლი გახსნა, დაიღუპა ორი ადამიანი, ხუთი დაიჭრა.',
      true,
    ],
    ['a bomb blast', 'აფეთქებას სამი ადამიანი ემსხვერპლა', 'ქუთაისში ავტომობილში ბომბის აფეთქებას სამი ადამიანი ემსხვერპლა.', true],
    [
      'no attack: a military exercise',
      'საქართველოს თავდაცვის ძალები სამხედრო წვრთნებს ატარებენ',
      'საქართველოს თავდაცვის ძალებმა დაიწყეს სამხედრო სწავლებები.',
      false,
    ],
    [
      'no attack: a gas explosion',
      'გაზის აფეთქება თბილისში, დაიჭრა ორი ადამიანი',
      'თბილისში საცხოვრებელ სახლში გაზის აფეთქება მოხდა, დაიჭრა ორი ადამიანი.',
      false,
    ],
    [
      'no attack: a court sentence',
      'სასამართლომ თავდამსხმელს სასჯელი შეუფარდა',
      'სასამართლომ თავდასხმის ბრალდებულს 12 წლით თავისუფლების აღკვეთა მიუსაჯა.',
      false,
    ],
  ]);
});

describe('Kazakh: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Атыс салдарынан үш адам қаза тапты',
      'Алматыда белгісіз қарулы адам дүкенге оқ атып, үш адам қаза тапты, екеуі жараланды.',
      true,
    ],
    [
      'no attack: a military exercise',
      'Қазақстан армиясы әскери жаттығулар өткізді',
      'Қазақстан Қарулы күштері Отар полигонында ауқымды әскери жаттығу өткізді.',
      false,
    ],
    ['no attack: a gas explosion', 'Алматыда газ жарылысынан екі адам жараланды', 'Алматыдағы тұрғын үйде газ жарылысы болып, екі адам жарақат алды.', false],
    [
      'no attack: a military exercise',
      'Әскерилер дрон шабуылын тойтаруды жаттықты',
      'Қазақстан армиясы жаттығу барысында дрон шабуылын тойтаруды пысықтады.',
      false,
    ],
  ]);
});

describe('Kyrgyz: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Тажик аскерлери кыргыз чек арачыларына ок чыгарды',
      'Тажикстандын аскерлери Баткен облусундагы кыргыз чек ара заставасына ок чыгарып, эки чек арачы каза болду, үчөө жарадар болду.',
      true,
    ],
    ['a drone strike', 'Тажикстандын дрону Баткенге сокку урду', 'Тажик дрону Баткен облусундагы айылга сокку уруп, эки адам каза болду.', true],
    [
      'no attack: a military exercise',
      'Кыргыз армиясы аскердик машыгууларды өткөрдү',
      'Кыргызстандын куралдуу күчтөрү Ош облусунда аскердик машыгууларды өткөрдү.',
      false,
    ],
    ['no attack: a road or work accident', 'Жол кырсыгынан үч адам каза болду', 'Бишкек-Ош жолунда болгон жол кырсыгынан үч адам каза болду.', false],
    ['no attack: a memorial', 'Баткен окуясынын жылдыгы эскерилди', 'Баткенде курман болгон жоокерлердин элесин эскерүү иш-чарасы өттү.', false],
  ]);
});

describe('Uzbek: attacks and their look-alikes', () => {
  reads([
    [
      'a bomb blast',
      "Portlash oqibatida ikki kishi halok bo'ldi",
      "Toshkentdagi bozorda sodir bo'lgan portlash oqibatida ikki kishi halok bo'ldi, to'rt kishi yaralandi.",
      true,
    ],
    [
      'a shooting or armed attack',
      'Qurollangan shaxslar chegara postiga hujum qildi',
      "Qurollangan shaxslar Surxondaryo viloyatidagi chegara postiga hujum qilib, uch nafar harbiyni o'ldirdi.",
      true,
    ],
    [
      'no attack: a military exercise',
      "O'zbekiston armiyasi harbiy mashg'ulotlar o'tkazdi",
      "O'zbekiston Qurolli Kuchlari Jizzax viloyatida harbiy mashg'ulot o'tkazdi.",
      false,
    ],
    [
      'no attack: a gas explosion',
      'Toshkentda gaz portlashi: 3 kishi jarohat oldi',
      "Toshkentdagi uyda gaz portlashi sodir bo'ldi, uch kishi jarohat oldi. Sababi gaz sizib chiqishi.",
      false,
    ],
    [
      'no attack: a military exercise',
      "Harbiylar dron hujumini qaytarish mashg'ulotini o'tkazdi",
      "O'zbekiston harbiylari dron hujumini qaytarish bo'yicha mashg'ulot o'tkazdi.",
      false,
    ],
  ]);
});

describe('Hebrew: attacks and their look-alikes', () => {
  reads([
    ['a shooting or armed attack', 'פיגוע ירי בצומת גוש עציון: שני הרוגים', 'מחבל פתח באש לעבר אזרחים בצומת גוש עציון, שני בני אדם נהרגו ושלושה נפצעו.', true],
    ['a rocket strike', 'רקטה נפלה באשקלון, שלושה פצועים', 'רקטה ששוגרה מרצועת עזה פגעה בבית באשקלון, שלושה בני אדם נפצעו.', true],
    ['no attack: a military exercise', 'צה"ל פותח תרגיל פתע בצפון', 'צה"ל פתח הבוקר בתרגיל פתע רחב היקף בפיקוד הצפון.', false],
    [
      'no attack: a gas explosion',
      'פיצוץ גז בבניין בחולון: שלושה פצועים',
      'שלושה בני אדם נפצעו בפיצוץ גז בבניין מגורים בחולון, ככל הנראה בעקבות דליפת גז.',
      false,
    ],
    ['no attack: a memorial', 'טקס זיכרון לנרצחי הפיגוע בירושלים', 'בטקס זיכרון שנערך היום ציינו עשר שנים לפיגוע בירושלים שבו נרצחו ארבעה בני אדם.', false],
    ['no attack: a court sentence', 'בית המשפט גזר מאסר עולם על המחבל', 'בית המשפט המחוזי גזר מאסר עולם על המחבל שביצע את פיגוע הדקירה.', false],
    ['no attack: a military exercise', 'צה"ל תרגל יירוט רקטות וטילים', 'במסגרת תרגיל רחב היקף תרגל צה"ל יירוט רקטות וטילים.', false],
  ]);
});

describe('Vietnamese: attacks and their look-alikes', () => {
  reads([
    [
      'a bomb blast',
      'Nổ bom tại chợ ở Thái Lan, 3 người thiệt mạng',
      'Một quả bom phát nổ tại khu chợ ở tỉnh Narathiwat, miền nam Thái Lan, khiến 3 người thiệt mạng và 10 người bị thương.',
      true,
    ],
    [
      'a shooting or armed attack',
      'Tay súng xả súng tại trường học ở Mỹ, 4 người chết',
      'Một tay súng đã xả súng tại một trường học ở bang Georgia, khiến 4 người chết và 9 người bị thương.',
      true,
    ],
    ['no attack: a military exercise', 'Nga tập trận quy mô lớn ở Biển Baltic', 'Hải quân Nga tiến hành cuộc tập trận quy mô lớn ở Biển Baltic.', false],
    [
      'no attack: a gas explosion',
      'Nổ bình gas tại nhà hàng, 2 người bị thương',
      'Một vụ nổ bình gas xảy ra tại một nhà hàng ở Hà Nội khiến 2 người bị thương. Nguyên nhân ban đầu được xác định do rò rỉ khí gas.',
      false,
    ],
    [
      'no attack: a road or work accident',
      'Tai nạn giao thông nghiêm trọng, 3 người tử vong',
      'Một vụ tai nạn giao thông giữa xe tải và xe khách ở Quảng Nam khiến 3 người tử vong.',
      false,
    ],
    [
      'no attack: a court sentence',
      'Tòa án tuyên án tử hình kẻ đánh bom',
      'Tòa án nhân dân TP HCM đã tuyên án tử hình bị cáo trong vụ đánh bom năm 2018.',
      false,
    ],
    ['no attack: a cyberattack', 'Ngân hàng bị tấn công mạng, dữ liệu bị đánh cắp', 'Một ngân hàng lớn cho biết đã bị tấn công mạng vào cuối tuần.', false],
    ['no attack: a tyre burst', 'Nổ lốp xe khách, 2 người bị thương', 'Một xe khách bị nổ lốp trên quốc lộ 1A khiến 2 người bị thương.', false],
    ['no attack: a transformer blast', 'Nổ trạm biến áp, một công nhân tử vong', 'Một vụ nổ tại trạm biến áp ở Bình Dương khiến một công nhân tử vong.', false],
  ]);
});

describe('Thai: attacks and their look-alikes', () => {
  reads([
    [
      'no attack: a gas explosion',
      'ถังแก๊สระเบิดในร้านอาหาร บาดเจ็บ 3 ราย',
      'เกิดเหตุถังแก๊สระเบิดภายในร้านอาหารแห่งหนึ่งในกรุงเทพฯ ทำให้มีผู้บาดเจ็บ 3 ราย เจ้าหน้าที่คาดว่าเกิดจากแก๊สรั่ว',
      false,
    ],
    ['no attack: a works explosion', 'โรงงานพลุระเบิด เสียชีวิต 5 ราย', 'เกิดเหตุระเบิดที่โรงงานผลิตพลุในจังหวัดสุพรรณบุรี ทำให้มีผู้เสียชีวิต 5 ราย', false],
    ['no attack: a court sentence', 'ศาลพิพากษาจำคุกผู้ก่อเหตุระเบิดปัตตานี', 'ศาลจังหวัดปัตตานีพิพากษาจำคุกตลอดชีวิตจำเลยในคดีลอบวางระเบิดเมื่อปี 2562', false],
    ['no attack: a military exercise', 'กองทัพเรือซ้อมรบยิงจรวด', 'กองทัพเรือจัดการฝึกซ้อมรบยิงจรวดในอ่าวไทย', false],
    ['no attack: a goal in football', 'ไทยยิงประตูชนะเวียดนาม 2-1', 'ทีมชาติไทยยิงประตูชัยในนาทีสุดท้าย', false],
    ['no attack: a tyre burst', 'ยางระเบิด รถกระบะพลิกคว่ำ เสียชีวิต 2 ราย', 'รถกระบะยางระเบิดเสียหลักพลิกคว่ำบนถนนสายเอเชีย ทำให้มีผู้เสียชีวิต 2 ราย', false],
    ['no attack: a bomb made safe', 'EOD เก็บกู้ระเบิดหน้าโรงเรียนที่นราธิวาส', 'เจ้าหน้าที่ EOD เก็บกู้ระเบิดแสวงเครื่องที่คนร้ายนำมาวางไว้หน้าโรงเรียน ไม่มีผู้ได้รับบาดเจ็บ', false],
    ['a bomb blast', 'ระเบิดป่วนนราธิวาส ทหารพรานเจ็บ 3 นาย', 'คนร้ายลอบวางระเบิดทหารพรานที่กำลังลาดตระเวนในอำเภอรือเสาะ ทำให้ทหารพรานได้รับบาดเจ็บ 3 นาย', true],
    ['a shooting or armed attack', 'คนร้ายยิงชาวบ้านเสียชีวิตที่ยะลา', 'คนร้ายใช้อาวุธปืนยิงชาวบ้านขณะขับรถจักรยานยนต์ในอำเภอบันนังสตา ทำให้เสียชีวิต 1 ราย', true],
  ]);
});

describe('Burmese: attacks and their look-alikes', () => {
  reads([
    ['no attack: a court sentence', 'တရားရုံးက ဗုံးခွဲမှုတရားခံကို ထောင်ဒဏ်ချမှတ်', 'ရန်ကုန်တရားရုံးက ဗုံးခွဲမှုတွင် ပါဝင်သူကို ထောင်ဒဏ် ၂၀ နှစ် ချမှတ်ခဲ့သည်။', false],
    ['an air strike', 'လေကြောင်းတိုက်ခိုက်မှုကြောင့် ကျေးရွာသား ၇ ဦး သေဆုံး', 'မကွေးတိုင်း ကျေးရွာတစ်ရွာကို စစ်တပ်က လေကြောင်းတိုက်ခိုက်ခဲ့ပြီး ကျေးရွာသား ၇ ဦး သေဆုံးခဲ့သည်။', true],
  ]);
});

describe('Indonesian: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'KKB tembak mati dua warga di Intan Jaya',
      'Kelompok kriminal bersenjata menembak mati dua warga di Intan Jaya, Papua, pada Senin pagi.',
      true,
    ],
    [
      'a bomb blast',
      'Bom meledak di depan gereja di Makassar, 2 pelaku tewas',
      'Bom bunuh diri meledak di depan Gereja Katedral Makassar pada Minggu pagi, melukai 20 orang.',
      true,
    ],
    [
      'no attack: a military exercise',
      'TNI gelar latihan gabungan di Situbondo',
      'TNI menggelar latihan gabungan berskala besar di Situbondo, Jawa Timur.',
      false,
    ],
    [
      'an arson attack or its look-alike',
      'KKB bakar rumah guru di Puncak',
      'Kelompok kriminal bersenjata membakar rumah guru dan sebuah sekolah di Distrik Gome, Kabupaten Puncak, pada Senin malam.',
      true,
    ],
    [
      'a shooting or armed attack',
      'KKB tembak tukang ojek di Intan Jaya',
      'KKB menembak seorang tukang ojek di Intan Jaya pada Selasa pagi. Korban mengalami luka tembak di bagian dada.',
      true,
    ],
    [
      'no attack: an accidental fire',
      'Kebakaran hanguskan 20 rumah di Makassar',
      'Kebakaran melanda permukiman padat penduduk di Makassar dan menghanguskan 20 rumah. Api diduga berasal dari korsleting listrik.',
      false,
    ],
    ['no attack: a military exercise', 'TNI latihan menembak di Cipatat', 'Prajurit TNI menggelar latihan menembak di pusat latihan tempur Cipatat.', false],
    [
      'no attack: a court sentence',
      'Pelaku pembakaran gereja divonis 10 tahun penjara',
      'Pengadilan Negeri Jayapura memvonis pelaku pembakaran gereja dengan hukuman 10 tahun penjara.',
      false,
    ],
  ]);
});

describe('Tagalog: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Dalawang sundalo patay sa pananambang ng NPA sa Samar',
      'Dalawang sundalo ang nasawi nang tambangan ng mga rebeldeng NPA ang kanilang sasakyan sa Northern Samar.',
      true,
    ],
    ['a bomb blast', 'Pagsabog sa Jolo, 5 patay', 'Limang tao ang nasawi sa pagsabog ng bomba sa isang palengke sa Jolo, Sulu.', true],
  ]);
});

describe('Polish: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Strzelanina w centrum Pragi. Nie żyje 14 osób',
      'Uzbrojony napastnik otworzył ogień na wydziale uniwersytetu w Pradze, zabijając 14 osób i raniąc 25.',
      true,
    ],
    [
      'no attack: a military exercise',
      'Ćwiczenia wojskowe na poligonie w Orzyszu',
      'Żołnierze wojsk lądowych rozpoczęli ćwiczenia na poligonie w Orzyszu.',
      false,
    ],
  ]);
});

describe('Romanian: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Atac armat într-un bar din Belgrad: doi morți',
      'Un bărbat înarmat a deschis focul într-un bar din Belgrad, ucigând două persoane și rănind alte trei.',
      true,
    ],
    ['no attack: a military exercise', 'Exerciții militare NATO la Cincu', 'Militari români și americani participă la exercițiul militar de la Cincu.', false],
  ]);
});

describe('Dutch: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Schietpartij in Rotterdam: twee doden',
      'Bij een schietpartij in Rotterdam zijn zaterdagavond twee mensen om het leven gekomen en drie gewond geraakt.',
      true,
    ],
    [
      'a bomb blast',
      'Explosie bij woning in Amsterdam, politie spreekt van aanslag',
      'Bij een woning in Amsterdam-West is vannacht een explosief tot ontploffing gebracht. Niemand raakte gewond.',
      true,
    ],
    [
      'no attack: a military exercise',
      'Defensie houdt grote oefening op de Veluwe',
      'Duizenden militairen nemen deel aan een militaire oefening op de Veluwe.',
      false,
    ],
  ]);
});

describe('Greek: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Ένοπλη επίθεση σε καφετέρια στην Αθήνα: δύο νεκροί',
      'Ένοπλοι άνοιξαν πυρ σε καφετέρια στην Αθήνα, σκοτώνοντας δύο ανθρώπους.',
      true,
    ],
    ['no attack: a military exercise', 'Στρατιωτική άσκηση στο Αιγαίο', 'Οι ένοπλες δυνάμεις διεξάγουν στρατιωτική άσκηση στο Αιγαίο.', false],
  ]);
});

describe('Serbian: attacks and their look-alikes', () => {
  reads([
    ['a shooting or armed attack', 'Pucnjava u Beogradu, dvoje mrtvih', 'U pucnjavi u jednom kafiću u Beogradu ubijene su dve osobe, a tri su ranjene.', true],
    [
      'no attack: a military exercise',
      'Vojska Srbije izvela vojnu vežbu',
      'Pripadnici Vojske Srbije izveli su vojnu vežbu na poligonu Pasuljanske livade.',
      false,
    ],
  ]);
});

describe('Croatian: attacks and their look-alikes', () => {
  reads([
    [
      'a bomb blast',
      'Eksplozija bombe u Zagrebu, jedna osoba poginula',
      'U eksploziji eksplozivne naprave postavljene ispod automobila u Zagrebu poginula je jedna osoba.',
      true,
    ],
  ]);
});

describe('Icelandic: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting or armed attack',
      'Skotárás í Kaupmannahöfn: þrír látnir',
      'Þrír létust og fjórir særðust þegar maður hóf skothríð í verslunarmiðstöð í Kaupmannahöfn.',
      true,
    ],
    ['a bomb blast', 'Sprengjuárás í Kabúl: tíu látnir', 'Tíu létust í sprengjuárás við mosku í Kabúl í dag.', true],
    ['no attack: a military exercise', 'Heræfing NATO hafin á Íslandi', 'Heræfing Atlantshafsbandalagsins hófst á Íslandi í dag.', false],
  ]);
});

describe('Macedonian: attacks and their look-alikes', () => {
  reads([
    [
      'no attack: a military exercise',
      'Воена вежба на полигонот Криволак',
      'Армијата на Северна Македонија изведе воена вежба со бојно гаѓање на Криволак.',
      false,
    ],
    ['no attack: a road or work accident', 'Сообраќајна несреќа, загинаа двајца', 'Двајца загинаа во сообраќајна несреќа на автопатот кај Велес.', false],
  ]);
});

describe('Hungarian: attacks and their look-alikes', () => {
  reads([
    [
      'a ramming',
      'Autós hajtott a tüntetők közé Budapesten, hárman megsérültek',
      'Egy autós szombaton a tüntetők közé hajtott a belvárosban, három ember megsérült, a sofőrt őrizetbe vették.',
      true,
    ],
    [
      'a ramming',
      'Teherautó száguldott a karácsonyi vásár tömegébe',
      'Egy teherautó hétfő este a járókelők közé hajtott a vásáron, két ember meghalt és tizenöten megsérültek.',
      true,
    ],
    [
      'no attack: a road or work accident',
      'Árokba hajtott egy teherautó az M1-esen',
      'Árokba hajtott egy teherautó az M1-es autópályán, a sofőr könnyebben megsérült.',
      false,
    ],
  ]);
});

describe('Turkish: attacks and their look-alikes', () => {
  reads([
    ['a ramming', 'Kamyon pazar yerinde kalabalığa daldı: 3 ölü', 'Bir kamyon pazar yerinde kalabalığa daldı, 3 kişi öldü, 12 kişi yaralandı.', true],
    [
      'no attack: a road or work accident',
      'Freni boşalan kamyon kalabalığa daldı',
      'Freni boşalan kamyon kalabalığa daldı, 2 kişi yaralandı. Kazada sürücü kontrolü kaybetti.',
      false,
    ],
  ]);
});

describe('Spanish: attacks and their look-alikes', () => {
  reads([
    [
      'a shooting',
      'Balacera en un bar de Celaya deja seis muertos',
      'Seis personas murieron y tres resultaron heridas la noche del sábado cuando sujetos armados dispararon contra los clientes de un bar en Celaya, Guanajuato, informó la fiscalía.',
      true,
    ],
    [
      'a shooting',
      'Tiroteo en una fiesta en Cali deja cuatro muertos',
      'Cuatro jóvenes murieron en la madrugada del domingo en un tiroteo durante una fiesta en el oriente de Cali, según la policía.',
      true,
    ],
    [
      'a shooting',
      'Asesinan a balazos a tres hombres en Zamora',
      'Tres hombres fueron asesinados a balazos el lunes en una calle de Zamora, Michoacán, por desconocidos que huyeron en una camioneta.',
      true,
    ],
    [
      'a shooting',
      'Ataque a balazos contra un autobús en Honduras',
      'Un ataque a balazos contra un autobús de pasajeros dejó dos muertos y cinco heridos este martes en San Pedro Sula.',
      true,
    ],
    [
      'a shooting',
      'Matan a cinco en un palenque de Sinaloa',
      'Un grupo armado abrió fuego en un palenque de Culiacán y mató a cinco personas, informaron autoridades.',
      true,
    ],
    [
      'a shooting',
      'Masacre en Putumayo: asesinan a cuatro personas',
      'Cuatro personas fueron asesinadas por hombres armados en una vereda de Puerto Guzmán, Putumayo, la noche del viernes.',
      true,
    ],
    [
      'no attack: a military exercise',
      'El ejército realiza un simulacro de ataque terrorista en Madrid',
      'Unos 300 agentes participaron el martes en un simulacro de atentado en la estación de Atocha.',
      false,
    ],
  ]);
});

describe('English: attacks and their look-alikes', () => {
  reads([
    [
      'a planted bomb',
      'Bomb explodes outside bank in downtown Nashville',
      'An explosive device left near the entrance of a bank in downtown Nashville went off early Sunday, injuring three people, police said. The FBI has joined the investigation.',
      true,
    ],
    [
      'a planted bomb',
      'Pipe bomb detonates at Phoenix office, two hurt',
      'A pipe bomb placed outside an insurance office in Phoenix detonated on Tuesday morning, injuring two employees, authorities said.',
      true,
    ],
    [
      'a planted bomb',
      'Explosion at Birmingham church caused by homemade device, police say',
      'An explosion that damaged a church in Birmingham, Alabama, late Friday was caused by a homemade explosive device someone had placed at the back door, police said. Nobody was injured.',
      true,
    ],
    [
      'an arson attack or its look-alike',
      'Police investigating after fire deliberately set at mosque',
      'Police are investigating after a fire was deliberately started at a mosque in Leeds in the early hours of Saturday. Nobody was inside at the time.',
      true,
    ],
    [
      'an arson attack or its look-alike',
      "Fire at MP's constituency office treated as arson",
      'A fire that broke out overnight at the constituency office of a Labour MP in Bristol is being treated as arson, police said on Monday.',
      true,
    ],
    [
      'no attack: an arson attack or its look-alike',
      'Police investigating cause of warehouse fire',
      'Firefighters battled a large blaze at a warehouse in Leeds overnight. The cause of the fire is under investigation.',
      false,
    ],
    [
      'no attack: an arson attack or its look-alike',
      'Arson suspect sentenced for mosque fire',
      'A court in Bristol on Friday jailed for six years a man who had torched a mosque there the year before.',
      false,
    ],
    [
      'no attack: a military exercise',
      'Russian troops practise repelling drone attacks in drills near Kaliningrad',
      'Russian Baltic Fleet units practised repelling a mock enemy drone attack and shooting down targets during exercises in the Kaliningrad region, the defence ministry said.',
      false,
    ],
    [
      'no attack: a military exercise',
      'Russian bombers strike mock enemy targets in Arctic drills',
      'Russian Tu-22M3 bombers practised strikes on mock enemy airfields during drills over the Arctic, the defence ministry said on Tuesday. Fighter jets escorted the bombers.',
      false,
    ],
    [
      'no attack: a military exercise',
      "Russia's Pacific Fleet fires cruise missiles at sea target",
      "Russia's Pacific Fleet fired two cruise missiles at a sea target in the Sea of Japan during exercises, hitting it, the defence ministry said.",
      false,
    ],
    [
      'no attack: a military exercise',
      'Russian troops repel simulated drone attack on nuclear plant in drill',
      'Russian national guard troops repelled a simulated drone attack on the Kursk nuclear power plant during a training exercise on Wednesday.',
      false,
    ],
  ]);
});

describe('Russian: attacks and their look-alikes', () => {
  reads([
    [
      'no attack: a military exercise',
      'Черноморский флот провел учения по отражению атаки безэкипажных катеров',
      'Корабли Черноморского флота отработали отражение атаки безэкипажных катеров и беспилотников условного противника в ходе учений в Новороссийске.',
      false,
    ],
    [
      'no attack: a military exercise',
      'Войска ЦВО провели учения с боевой стрельбой',
      'Мотострелки отработали отражение атаки условного противника и уничтожили его огнем артиллерии на полигоне в Свердловской области.',
      false,
    ],
    [
      'a shooting',
      'Неизвестные открыли огонь по посетителям кафе в Махачкале',
      'Двое погибли и трое ранены в результате стрельбы в кафе в Махачкале, сообщили в МВД.',
      true,
    ],
    [
      'no attack: a military exercise',
      'Расчеты "Искандеров" нанесли ракетные удары по объектам условного противника',
      'В ходе учений в Южном военном округе расчеты оперативно-тактических комплексов "Искандер-М" нанесли электронные ракетные удары по аэродрому и пунктам управления условного противника, сообщили в Минобороны.',
      false,
    ],
    [
      'no attack: a military exercise',
      'Северный флот провел стрельбы крылатыми ракетами в Баренцевом море',
      'Фрегат Северного флота выполнил стрельбу крылатой ракетой "Калибр" по морской мишени в Баренцевом море, мишень поражена прямым попаданием.',
      false,
    ],
    [
      'no attack: a military exercise',
      'Летчики ВКС уничтожили колонну условного противника',
      'Экипажи бомбардировщиков Су-34 отработали нанесение бомбовых ударов по колонне бронетехники условного противника на полигоне в Ростовской области.',
      false,
    ],
    [
      'no attack: a military exercise',
      'Российские военные отразили атаку беспилотников на учениях',
      'Военнослужащие ЗВО в ходе тактического учения отразили массированную атаку ударных беспилотников, уничтожив более 20 воздушных целей.',
      false,
    ],
  ]);
});

describe('German: attacks and their look-alikes', () => {
  reads([
    [
      'no attack: a military exercise',
      'Russland übt Angriff auf Nato-Gebiet',
      'Bei einem Manöver in Belarus haben russische Truppen Raketenangriffe auf feindliche Stellungen simuliert.',
      false,
    ],
  ]);
});

describe('Ukrainian: attacks and their look-alikes', () => {
  reads([
    [
      'no attack: a military exercise',
      'Росія провела навчання з ударами по умовному противнику',
      'Під час навчань у Білорусі російські війська відпрацювали ракетні удари по позиціях умовного противника.',
      false,
    ],
  ]);
});

describe('A threat in the title, a condition in Hindi', () => {
  reads([
    [
      'no attack: a title naming only a threat, over a body recalling earlier strikes',
      'Militia chief issues new threat against the port city',
      'The militia chief said on Monday that his fighters would answer any further raids. Warplanes have pounded the hills around the city for weeks, killing at least 40 fighters, according to local officials.',
      false,
    ],
    [
      'no attack: a Hindi warning that if the enemy attacked, the army would answer',
      'रक्षा मंत्री ने चेताया कि अगर दुश्मन ने सीमा पर हमला किया तो सेना करारा जवाब देगी',
      'रक्षा मंत्री ने बुधवार को कहा कि अगर दुश्मन ने हमला किया तो सेना करारा जवाब देगी।',
      false,
    ],
    [
      'an attack whose title also names a warning stays an attack',
      'Gunmen kill four villagers days after warning',
      'Gunmen killed four villagers in Zamfara on Sunday, days after a warning was sent to the community, police said.',
      true,
    ],
  ]);
});

describe("The held-back audit's classes: planted bombs in a US city, Spanish shootings", () => {
  reads([
    [
      'a planted bomb in a US city',
      'Suspicious package explodes outside Austin home, killing man',
      'A package left on the doorstep of a home in east Austin exploded early Monday when a 39-year-old man picked it up, killing him, police said. Investigators believe it was left there deliberately.',
      true,
    ],
    [
      'a planted bomb in a US city',
      'Explosive device detonates near Sacramento courthouse',
      'An explosive device detonated outside a federal courthouse in Sacramento on Thursday night, damaging the entrance. No one was hurt. Police said someone had placed the device next to the door.',
      true,
    ],
    [
      'a planted bomb in a US city',
      'Bomb blast rocks downtown Nashville on Christmas morning',
      'A vehicle packed with explosives blew up in downtown Nashville early on Christmas morning, injuring three people and damaging dozens of buildings, police said.',
      true,
    ],
    [
      'a planted bomb in a US city',
      'Police: Pipe bomb exploded at Atlanta bus stop, one injured',
      'A pipe bomb left in a trash can at a bus stop in Atlanta exploded on Saturday afternoon, injuring one woman, police said. Officers are searching for a man seen on camera.',
      true,
    ],
    [
      'a Spanish shooting',
      'Disparan contra los asistentes a una fiesta en Medellín: tres muertos',
      'Hombres en motocicleta dispararon contra los asistentes a una fiesta en un barrio de Medellín, dejando tres muertos y dos heridos, informó la Policía.',
      true,
    ],
    [
      'a Spanish shooting',
      'Un hombre mata a tiros a cuatro personas en un bar de Valencia',
      'Un hombre entró armado en un bar de Valencia la madrugada del domingo y mató a tiros a cuatro personas antes de huir.',
      true,
    ],
    [
      'a Spanish shooting',
      'Tiroteo en un centro comercial de Lima deja un muerto',
      'Un muerto y tres heridos dejó un tiroteo en un centro comercial de Lima este viernes.',
      true,
    ],
  ]);
});
