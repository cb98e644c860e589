/**
 * Seventh round (issue 11): news in Hindi and Marathi (Devanagari), Urdu, Bengali, Tamil, Telugu
 * and Malayalam. Vowel signs kept in folding, the danda and the Urdu full stop as sentence ends,
 * Urdu letter variants, Malayalam chillu letters, place names in these scripts (with the case
 * endings Marathi, Bengali, Tamil, Telugu and Malayalam join to them), attack words, tolls, number
 * words and actors. Each story is our own, with invented facts.
 */
import { describe, expect, it } from 'vitest';
import { phraseKey, prepareDocument } from '../../src/extract/normalize.js';
import { extractStory as run } from '../helpers/extraction.js';

describe('folding of Devanagari and Urdu', () => {
  it('keeps the vowel signs of Devanagari: "मौत" (death) is not "मत" (vote)', () => {
    expect(phraseKey('मौत')).not.toBe(phraseKey('मत'));
    expect(phraseKey('गोलीबारी')).not.toBe(phraseKey('गोलाबारी'));
  });

  it('drops the nukta and reads chandrabindu as anusvara, and native digits as figures', () => {
    expect(phraseKey('ज़ख़्मी')).toBe(phraseKey('जख्मी'));
    expect(phraseKey('पाँच')).toBe(phraseKey('पांच'));
    expect(phraseKey('१२')).toBe('12');
  });

  it('reads a Malayalam chillu letter as its consonant with virama, and drops zero-width joiners in names too', () => {
    expect(phraseKey('ഇസ്രയേൽ')).toBe(phraseKey('ഇസ്രയേല്'));
    expect(phraseKey('ఛత్తీస్‌గఢ్')).toBe(prepareDocument({ title: 'ఛత్తీస్‌గఢ్' }).tokens[0]!.norm);
  });

  it('reads the Urdu letter variants as their Arabic and Persian letters', () => {
    expect(phraseKey('حملہ')).toBe(phraseKey('حمله'));
    expect(phraseKey('دھماکے')).toBe(phraseKey('دهماكي'));
    expect(phraseKey('میں')).toBe(phraseKey('مين'));
  });

  it('ends a sentence at the danda and at the Urdu full stop', () => {
    const hindi = prepareDocument({ title: 'शीर्षक', content: 'गांव में धमाका हुआ। पुलिस जांच कर रही है' });
    expect(hindi.tokens.at(-1)!.sentence).toBeGreaterThan(hindi.tokens[1]!.sentence);
    expect(hindi.tokens.at(-1)!.caseless).toBe(true);
    const urdu = prepareDocument({ title: 'سرخی', content: 'بازار میں دھماکہ ہوا۔ پولیس موقع پر پہنچ گئی' });
    expect(urdu.tokens.at(-1)!.sentence).toBeGreaterThan(urdu.tokens[1]!.sentence);
  });
});

describe('tolls, explosions and attackers without a named weapon', () => {
  it('reads a figure written joined to its word ("میں6افراد", "45మంది")', () => {
    expect(prepareDocument({ title: 'دھماکے میں6افراد زخمی' }).tokens.map((t) => t.norm)).toContain('6');
    const a = run('సూరత్‌లో పేలుడు', 'ఉగ్రవాదులు బాంబు పేల్చారు, ఈ దాడిలో 45మంది గాయపడ్డారు.');
    expect(a.casualties.injured).toBe(45);
  });

  it('"attack" with a toll is an attack, and Naxals attacking with no weapon named is an armed assault (Marathi)', () => {
    const a = run('नक्षलवाद्यांच्या हल्ल्यात दोन जवान शहीद', '');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.casualties.killed).toBe(2);
  });

  it('an explosion set off by militants that kills policemen is a bombing (Hindi)', () => {
    const a = run('झारखंड में नक्सलियों ने विस्फोट कर पुलिस की जीप उड़ाई, 4 पुलिसकर्मी शहीद', '');
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['IN']);
    expect(a.casualties.killed).toBe(4);
  });

  it('a man who blew himself up in a crowd is a suicide attack (Telugu)', () => {
    const a = run('కాబూల్‌లో ఆత్మాహుతి దాడి', 'ఒక ఉగ్రవాది జనసమూహంలో తనను తాను పేల్చుకున్నాడు. ఈ ఘటనలో 9 మంది మృతి చెందారు.');
    expect(a.attackTypes).toEqual(['suicide_attack']);
    expect(a.countries).toEqual(['AF']);
    expect(a.casualties.killed).toBe(9);
  });
});

describe('Hindi reports', () => {
  it('a roadside bomb in Chhattisgarh, soldiers killed and wounded, blamed on the Naxals', () => {
    const a = run('छत्तीसगढ़ के बीजापुर में आईईडी धमाका, 3 जवान शहीद', 'नक्सलियों ने गश्ती दल के रास्ते में बम दबाया था। धमाके में 4 जवान घायल भी हुए।');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['IN']);
    expect(a.casualties).toEqual({ killed: 3, injured: 4 });
    expect(a.actors.map((x) => x.id)).toContain('maoists');
  });

  it('gunmen firing in a market, with the toll in words and native digits', () => {
    const a = run('श्रीनगर में आतंकी हमला, अंधाधुंध फायरिंग में दो लोगों की मौत', 'बंदूकधारियों ने बाजार में गोलीबारी की। हमले में ५ लोग घायल हुए।');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['IN']);
    expect(a.casualties).toEqual({ killed: 2, injured: 5 });
  });

  it('a drone attack across the border is a drone attack in Pakistan', () => {
    const a = run('पाकिस्तान के पेशावर में ड्रोन हमला, 6 लोगों की मौत', 'ड्रोन से एक मकान को निशाना बनाया गया।');
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.countries).toEqual(['PK']);
    expect(a.casualties.killed).toBe(6);
  });

  it('an anniversary tribute to the soldiers of an old suicide attack is no attack', () => {
    const a = run('पुलवामा हमले की बरसी पर शहीद जवानों को श्रद्धांजलि', 'सात साल पहले हुए आत्मघाती हमले में मारे गए जवानों को याद किया गया।');
    expect(a.isAttack).toBe(false);
  });

  it('a gas cylinder blast in a kitchen is no attack', () => {
    const a = run('लखनऊ में सिलेंडर धमाका, 2 लोगों की मौत', 'रसोई में गैस रिसाव के बाद सिलेंडर फट गया।');
    expect(a.isAttack).toBe(false);
  });
});

describe('Marathi reports', () => {
  it('a drone attack on a city named with its case ending, toll in number words', () => {
    const a = run('नागपुरात ड्रोन हल्ला, दोन जण ठार', 'पहाटे झालेल्या हल्ल्यात पाच जण जखमी झाले.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.countries).toEqual(['IN']);
    expect(a.casualties).toEqual({ killed: 2, injured: 5 });
  });

  it('Pune in the oblique case ("पुण्यात") is Pune', () => {
    const a = run('पुण्यात बॉम्बस्फोट, तीन जण जखमी', 'बाजारातील एका दुकानाजवळ स्फोट झाला.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.places.map((p) => p.name)).toContain('Pune');
    expect(a.casualties.injured).toBe(3);
  });

  it('an army exercise against drones is no attack', () => {
    const a = run('पुण्यात लष्करी सराव', 'जवानांनी ड्रोन हल्ला रोखण्याचा लष्करी सराव केला.');
    expect(a.isAttack).toBe(false);
  });
});

describe('Urdu reports', () => {
  it('a suicide bombing in Peshawar with the dead and wounded, claimed by the TTP', () => {
    const a = run('پشاور میں خودکش دھماکہ، 7 افراد جاں بحق', 'دھماکے میں 12 افراد زخمی ہوئے۔ کالعدم تحریک طالبان پاکستان نے ذمہ داری قبول کر لی۔');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['suicide_attack']);
    expect(a.countries).toEqual(['PK']);
    expect(a.casualties).toEqual({ killed: 7, injured: 12 });
    expect(a.actors.map((x) => x.id)).toContain('ttp');
  });

  it('gunfire on a checkpoint in Balochistan with the toll in words', () => {
    const a = run('کوئٹہ کے قریب چیک پوسٹ پر فائرنگ، تین اہلکار شہید', 'نامعلوم مسلح افراد نے رات گئے چیک پوسٹ پر حملہ کیا۔');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['PK']);
    expect(a.casualties.killed).toBe(3);
  });

  it('a military exercise is no attack, and "فوجی" (military) is no Japanese mountain', () => {
    const a = run('کوئٹہ میں فوجی مشقیں جاری', 'پاک فوج کی مشترکہ مشقیں بلوچستان میں ہو رہی ہیں۔');
    expect(a.isAttack).toBe(false);
    expect(a.places.map((p) => p.country)).not.toContain('JP');
  });

  it('a missile test is no attack', () => {
    const a = run('پاکستان نے میزائل کا کامیاب تجربہ کیا', 'میزائل نے ہدف کو درستگی سے نشانہ بنایا۔');
    expect(a.isAttack).toBe(false);
  });
});

describe('Bengali reports', () => {
  it('a bomb attack in Dhaka, named with its case ending, with Bengali digits', () => {
    const a = run('ঢাকায় বোমা হামলা, ৫ জন নিহত', 'হামলায় আরও ৮ জন আহত হয়েছে।');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['BD']);
    expect(a.casualties).toEqual({ killed: 5, injured: 8 });
  });

  it('gunmen firing in Chittagong, the toll as a joined number word', () => {
    const a = run('চট্টগ্রামে বন্দুকধারীদের গুলিবর্ষণ, তিনজন নিহত', '');
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['BD']);
    expect(a.casualties.killed).toBe(3);
  });

  it('a gas cylinder blast is no attack', () => {
    expect(run('ঢাকায় গ্যাস সিলিন্ডার বিস্ফোরণে ৩ জন নিহত', 'রান্নাঘরে সিলিন্ডার ফেটে আগুন লাগে।').isAttack).toBe(false);
  });
});

describe('Tamil reports', () => {
  it('a bomb blast in Chennai, named with its locative ending', () => {
    const a = run('சென்னையில் குண்டுவெடிப்பு: 4 பேர் பலி', 'இந்த தாக்குதலில் 9 பேர் காயமடைந்தனர்.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['IN']);
    expect(a.casualties).toEqual({ killed: 4, injured: 9 });
  });

  it('a suicide-squad attack in Pakistan, the country with its ending', () => {
    const a = run('பாகிஸ்தானில் தற்கொலைப்படை தாக்குதல், 6 பேர் பலி', '');
    expect(a.attackTypes).toEqual(['suicide_attack']);
    expect(a.countries).toEqual(['PK']);
    expect(a.casualties.killed).toBe(6);
  });

  it('gunfire in Karachi with a person-count word', () => {
    const a = run('கராச்சியில் துப்பாக்கிச் சூடு: மூவர் பலி', '');
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['PK']);
    expect(a.casualties.killed).toBe(3);
  });

  it('a blast at a firecracker factory and a war rehearsal are no attacks', () => {
    expect(run('சிவகாசி பட்டாசு ஆலையில் வெடிப்பு, 3 பேர் பலி', '').isAttack).toBe(false);
    expect(run('ஜம்மு காஷ்மீரில் போர் ஒத்திகை', 'ராணுவம் ஏவுகணை தாக்குதலை எதிர்கொள்ளும் ஒத்திகை நடத்தியது.').isAttack).toBe(false);
  });
});

describe('Telugu reports', () => {
  it('a bomb blast in Hyderabad, the ending after a zero-width non-joiner', () => {
    const a = run('హైదరాబాద్‌లో బాంబు పేలుడు, 5 మంది మృతి', 'ఈ దాడిలో 12 మంది గాయపడ్డారు.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['IN']);
    expect(a.casualties).toEqual({ killed: 5, injured: 12 });
  });

  it('a suicide attack in Peshawar with person-count words', () => {
    const a = run('పాకిస్తాన్లోని పెషావర్‌లో ఆత్మాహుతి దాడి', 'ఈ దాడిలో ఏడుగురు మృతి చెందారు, 20 మంది గాయపడ్డారు.');
    expect(a.attackTypes).toEqual(['suicide_attack']);
    expect(a.countries).toEqual(['PK']);
    expect(a.casualties).toEqual({ killed: 7, injured: 20 });
  });

  it('a landmine blast in Chhattisgarh', () => {
    const a = run('ఛత్తీస్‌గఢ్‌లో మందుపాతర పేలుడు, ముగ్గురు జవాన్లు మృతి', 'మావోయిస్టులు రోడ్డు కింద మందుపాతర అమర్చారు.');
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['IN']);
    expect(a.casualties.killed).toBe(3);
  });

  it('the Maoists named in Telugu, and an attack with no weapon named is an armed assault', () => {
    const a = run('ఛత్తీస్‌గఢ్‌లో మావోయిస్టుల దాడి, ఇద్దరు జవాన్లు మృతి', '');
    expect(a.attackTypes).toEqual(['armed_assault']);
    expect(a.countries).toEqual(['IN']);
    expect(a.actors.map((x) => x.id)).toContain('maoists');
    expect(a.casualties.killed).toBe(2);
  });

  it('a mock drill against a terror attack is no attack', () => {
    expect(run('ఢిల్లీలో మాక్ డ్రిల్', 'ఉగ్రదాడిని ఎదుర్కొనేందుకు పోలీసులు మాక్ డ్రిల్ నిర్వహించారు.').isAttack).toBe(false);
  });
});

describe('Malayalam reports', () => {
  it('a suicide attack in Islamabad, named with its locative ending', () => {
    const a = run('ഇസ്ലാമാബാദിൽ ചാവേറാക്രമണം; 12 പേർ കൊല്ലപ്പെട്ടു', '20 പേർക്ക് പരിക്കേറ്റു.');
    expect(a.isAttack).toBe(true);
    expect(a.attackTypes).toEqual(['suicide_attack']);
    expect(a.countries).toEqual(['PK']);
    expect(a.casualties).toEqual({ killed: 12, injured: 20 });
  });

  it('a grenade attack in Srinagar (a final chillu written റ before the ending) is a bombing', () => {
    const a = run('ശ്രീനഗറിൽ ഗ്രനേഡ് ആക്രമണം', 'രണ്ട് പേർക്ക് പരിക്ക്.');
    expect(a.attackTypes).toEqual(['ied']);
    expect(a.countries).toEqual(['IN']);
    expect(a.casualties.injured).toBe(2);
  });

  it('a drone attack in Kabul with the toll in words', () => {
    const a = run('കാബൂളിൽ ഡ്രോൺ ആക്രമണം, മൂന്ന് പേർ കൊല്ലപ്പെട്ടു', '');
    expect(a.attackTypes).toEqual(['drone']);
    expect(a.countries).toEqual(['AF']);
    expect(a.casualties.killed).toBe(3);
  });

  it('an anniversary tribute is no attack', () => {
    expect(run('മുംബൈ ഭീകരാക്രമണത്തിന്റെ വാർഷികം', 'ഭീകരാക്രമണത്തിൽ കൊല്ലപ്പെട്ടവർക്ക് ആദരാഞ്ജലി അർപ്പിച്ചു.').isAttack).toBe(false);
  });
});
