/**
 * Round 13, attack types and casualty figures on real news in many languages: suicide vehicle
 * bombs, ships taken with their crews, bombardments told with strikes, and tolls written the way
 * Bengali, Swahili, Somali, Indonesian, Tagalog, Hausa, Amharic, Vietnamese, Arabic and other
 * outlets write them. Each test is one phenomenon, in our own words with invented towns and figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Casualties } from '../../src/extract/analysis.js';
import { findFigures } from '../../src/extract/casualties.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const extract = (title: string, content = '') => engine.extract(prepareDocument({ title, content }));
const types = (title: string, content = '') => [...extract(title, content).attackTypes].sort();
const toll = (title: string, content = ''): Casualties => {
  const { killed, injured } = extract(title, content).casualties;
  return { killed, injured };
};
/** The figures read in one sentence, whatever the article around it: for languages whose attack words are not held yet. */
const figures = (sentence: string) => {
  const doc = prepareDocument({ title: '', content: sentence });
  return findFigures(doc.tokens, 0, doc.tokens.length, doc.text).map((f) => `${f.kind} ${f.value}`);
};

describe('suicide vehicle bombs are suicide attacks and bombs (labelling rule)', () => {
  it('reads the mined car of Russian and Ukrainian copy in its cases', () => {
    expect(
      types('Взрыв у отдела полиции', 'Смертник на заминированной машине взорвал себя у ворот отдела полиции в Хасавюрте, погибли трое полицейских.'),
    ).toEqual(['ied', 'suicide_attack']);
  });

  it('reads the explosive, not "filled" or "laden", beside the vehicle in Urdu, Hindi and Bengali', () => {
    expect(types('لکی مروت میں خودکش حملہ', 'ایک خودکش حملہ آور نے بارود سے بھری گاڑی تھانے کے گیٹ سے ٹکرا دی جس سے 4 پولیس اہلکار شہید ہوگئے۔')).toEqual([
      'ied',
      'suicide_attack',
    ]);
    expect(types('आत्मघाती हमला', 'एक आत्मघाती हमलावर ने विस्फोटक से भरी कार पुलिस चौकी से टकरा दी, जिसमें 3 जवान शहीद हो गए।')).toEqual(['ied', 'suicide_attack']);
    expect(types('আত্মঘাতী হামলা', 'আত্মঘাতী হামলাকারী বিস্ফোরক বোঝাই একটি গাড়ি নিয়ে ঘাঁটির ফটকে আঘাত করে। এতে ৮ জন নিহত হয়েছেন।')).toEqual(['ied', 'suicide_attack']);
  });

  it('reads the car bomb of Persian, Turkish, Indonesian and Swahili copy', () => {
    expect(types('حمله انتحاری در سراوان', 'یک مهاجم انتحاری خودروی بمب‌گذاری‌شده را به پاسگاه مرزی کوبید و ۴ مرزبان کشته شدند.')).toEqual([
      'ied',
      'suicide_attack',
    ]);
    expect(types('Karakola canlı bomba saldırısı', 'Bir canlı bomba, bomba yüklü aracı jandarma karakolunun önünde patlattı; 3 asker şehit oldu.')).toEqual([
      'ied',
      'suicide_attack',
    ]);
    expect(types('Serangan bom bunuh diri', 'Seorang pelaku bom bunuh diri meledakkan bom mobil di depan kantor polisi dan menewaskan dua orang.')).toEqual([
      'ied',
      'suicide_attack',
    ]);
    expect(
      types('Shambulio la kujitoa muhanga Baidoa', 'Mshambuliaji wa kujitoa mhanga aliendesha gari lenye vilipuzi hadi lango la kambi na kuua askari wanne.'),
    ).toEqual(['ied', 'suicide_attack']);
  });

  it('leaves a suicide bomber on foot, or a bus full of passengers, a suicide attack only', () => {
    expect(
      types('Suicide bomber hits bus stand', 'A suicide bomber walked into a bus stand in Kohat and blew himself up beside a parked car, killing five people.'),
    ).toEqual(['suicide_attack']);
    expect(types('বাসে আত্মঘাতী হামলা', 'যাত্রী বোঝাই একটি বাসে আত্মঘাতী বোমা হামলায় ৬ জন নিহত হয়েছেন।')).toEqual(['suicide_attack']);
  });
});

describe('a ship taken with its crew is a kidnapping', () => {
  it('gives no assault for pirates who storm or hijack a vessel and hold its crew', () => {
    expect(
      types(
        'Pirates seize sailors from tanker',
        'Armed pirates stormed a product tanker off Sao Tome on Tuesday and abducted seven of its sailors, the operator said.',
      ),
    ).toEqual(['kidnapping']);
    expect(
      types(
        'Gunmen hijack fishing vessel off Somalia',
        'Gunmen in a skiff boarded and hijacked a fishing dhow near Hobyo, holding its 11 crew members hostage, officials said.',
      ),
    ).toEqual(['kidnapping']);
  });

  it('keeps the assault when the pirates shot at the crew, and a raid on a place beside a kidnapping', () => {
    expect(types('Pirates fire on ship, kidnap crew', 'Pirates opened fire on a cargo ship off Brass, boarded it and kidnapped four sailors.')).toEqual([
      'armed_assault',
      'kidnapping',
    ]);
    expect(types('Gunmen kidnap engineers', 'Gunmen stormed a quarry in Kogi state and kidnapped three engineers, police said.')).toEqual([
      'armed_assault',
      'kidnapping',
    ]);
  });
});

describe('an ambush made with a bomb', () => {
  it("reads a bomb or IED ambush as a bombing, and keeps a gunmen's ambush an assault", () => {
    expect(
      types('Two rangers hurt in Pattani bomb ambush', 'Two rangers were wounded when a bomb hidden under a culvert went off beside their patrol in Pattani.'),
    ).toEqual(['ied']);
    expect(types('IED ambush kills 3 policemen', 'Three policemen died in an IED ambush on their van in Kurram.')).toEqual(['ied']);
    expect(types('Soldiers killed in ambush', 'Gunmen ambushed an army patrol near Menaka, killing five soldiers.')).toEqual(['armed_assault']);
  });
});

describe('air or ground', () => {
  it('reads a bombardment told beside strikes, with no gun or shell named, as from the air', () => {
    expect(
      types(
        'Bombardment kills 22 across Gaza',
        'Israeli bombing across the Gaza Strip killed at least 22 people on Monday, medics said. In Beit Lahia a strike levelled a house sheltering two families.',
      ),
    ).toEqual(['airstrike']);
  });

  it('keeps a bombardment with shelling named as shelling', () => {
    expect(
      types(
        'Bombardment of Kherson kills 2',
        'Russian bombardment of Kherson killed two people on Monday, the governor said. Shelling hit a bus stop in the city centre.',
      ),
    ).toEqual(['mortar_artillery']);
  });

  it('reads the militants killed in a drone strike as people, not fighter planes', () => {
    expect(
      types(
        'US drone strike kills militants',
        'The US military said it conducted an airstrike near Bu’aale, killing four al-Shabaab fighters. The strike was carried out by a drone.',
      ),
    ).toEqual(['drone']);
  });
});

describe('tolls in Bengali', () => {
  it('reads the casualty word before its figure in headlines, with a comma or a hyphen', () => {
    expect(toll('সীমান্তে বোমা হামলা, নিহত ৪, আহত ১৫')).toEqual({ killed: 4, injured: 15 });
    expect(toll('বাজারে দুর্বৃত্তদের বোমা হামলায় নিহত-২ ॥ আহত-৬')).toEqual({ killed: 2, injured: 6 });
    expect(toll('৫ জন নিহত, আহত ১১ বোমা হামলায়')).toEqual({ killed: 5, injured: 11 });
  });

  it('reads "became wounded more at least N people" and person counts written as words', () => {
    expect(toll('ট্রেনে বোমা হামলা', 'ট্রেনে বোমা হামলায় ৭ জন নিহত হয়েছে। আহত হয়েছেন আরও অন্তত ১৯ জন।')).toEqual({ killed: 7, injured: 19 });
    expect(toll('বাজারে আত্মঘাতী হামলা', 'বাজারে এক আত্মঘাতী বোমা হামলায় আটজন নিহত ও ২২জন আহত হয়।')).toEqual({ killed: 8, injured: 22 });
  });
});

describe('tolls in Swahili and Somali', () => {
  it('reads Swahili numbers that agree with people, and the noun before its figure', () => {
    expect(toll('Mlipuko wa bomu Kismayo', 'Watu wanne wameuawa na wengine watatu kujeruhiwa katika mlipuko wa bomu mjini Kismayo.')).toEqual({
      killed: 4,
      injured: 3,
    });
    expect(toll('Shambulio la bomu Garissa', 'Bomu lililotegwa barabarani liliua watu 6 na wengine 9 walijeruhiwa karibu na Garissa.')).toEqual({
      killed: 6,
      injured: 9,
    });
  });

  it('reads "cost the lives of people N"', () => {
    expect(toll('Shambulio la bomu liligharimu maisha ya watu 13 mjini Baidoa')).toEqual({ killed: 13, injured: null });
  });

  it('reads the Somali verb told first, tens as words and a long subject before "ayaa"', () => {
    expect(
      toll(
        'Qarax ka dhacay Beledweyne',
        'Qaraxa ayaa lala eegtay gaari ciidan, waxaana ku dhintay 4 askari, sidoo kale waxaa ku dhaawacmeen in ka badan 7 kale.',
      ),
    ).toEqual({ killed: 4, injured: 7 });
    expect(toll('Qarax Kismaayo', 'Ugu yaraan shan qof ayaa ku dhintay, labaatan kale ayaa ku dhaawacmeen qaraxa suuqa.')).toEqual({ killed: 5, injured: 20 });
    expect(toll('Qarax Baydhabo', 'Ugu yaraan 6 qof oo ka mid ah dadka rayidka ah ee suuqa joogay ayaa ku dhintay qaraxa.')).toEqual({
      killed: 6,
      injured: null,
    });
  });
});

describe('tolls in Indonesian and Tagalog', () => {
  it('reads "lima" before people, "sebelas" and the teens, and "ditembak mati"', () => {
    expect(toll('Bom meledak di pasar', 'Lima orang tewas dan sebelas lainnya luka-luka akibat ledakan bom di sebuah pasar di Poso.')).toEqual({
      killed: 5,
      injured: 11,
    });
    expect(figures('Kelompok bersenjata menewaskan dua orang dan melukai dua belas orang lainnya di Intan Jaya.')).toEqual(['killed 2', 'injured 12']);
    expect(figures('EMPAT warga sipil ditembak mati kelompok bersenjata di Puncak.')).toEqual(['killed 4']);
  });

  it('does not count the items of a listicle as the dead', () => {
    expect(toll('5 Fakta Penembakan Warga Sipil', 'Dua warga sipil ditembak mati kelompok bersenjata di Puncak Jaya.')).toEqual({ killed: 2, injured: null });
  });

  it('reads Tagalog numbers with their linker and "bumulagta"', () => {
    expect(toll('NPA ambush: 5 sundalo bulagta, 7 pa sugatan')).toEqual({ killed: 5, injured: 7 });
    expect(toll('Pananambang sa Samar', 'Tatlong sundalo ang patay sa pananambang ng mga rebelde sa Samar.')).toEqual({ killed: 3, injured: null });
  });
});

describe('tolls in Arabic, Russian, Ukrainian, Turkish and Hindi', () => {
  it('reads a bare singular casualty noun beside another, and "another" after a casualty verb', () => {
    expect(toll('شهيد وجريح في غارة على دراجة نارية جنوب لبنان')).toEqual({ killed: 1, injured: 1 });
    expect(toll('غارة على سيارة', 'استشهد شاب وأصيب آخر جراء غارة نفذتها طائرة مسيرة على سيارة في بلدة حولا.')).toEqual({ killed: 1, injured: 1 });
  });

  it('does not count "the martyr" alone as a death', () => {
    expect(toll('غارة على بلدة', 'شنت طائرة حربية غارة على حي الشهيد في البلدة دون وقوع إصابات.').killed).not.toBe(1);
  });

  it('reads no one person in a noun counted before it ("some jawans", "two jawans")', () => {
    expect(toll('बीजापुर में सड़क पर धमाका', 'माओवादियों ने गश्ती दल पर आईईडी विस्फोट किया, जिसमें दो जवान शहीद हुए। कुछ जवान घायल भी हुए हैं।')).toEqual({
      killed: 2,
      injured: null,
    });
  });

  it('reads one person named by post, without an article', () => {
    expect(toll('Hakkari’de patlama: Korucu şehit oldu')).toEqual({ killed: 1, injured: null });
    expect(toll('सुकमा: आईईडी विस्फोट में CRPF जवान शहीद')).toEqual({ killed: 1, injured: null });
  });
});

describe('French ambush tolls', () => {
  it('reads an army that "lost" its men, and a following sentence opening with "Sept" (seven, not September)', () => {
    expect(
      toll(
        'Niger : des soldats tués dans une embuscade',
        "L'armée a perdu neuf hommes dans une embuscade tendue par des terroristes près de Ouallam, selon un communiqué. Sept autres militaires ont été blessés.",
      ),
    ).toEqual({ killed: 9, injured: 7 });
  });
});

describe('a group with a verb of its own after the victims', () => {
  it('does not add the people of another clause ("and four were abducted") to the dead', () => {
    expect(
      toll(
        'Gunmen storm supply boat off Bayelsa',
        'Gunmen boarded a supply boat off the Bayelsa coast on Friday. "We lost three of our guards and five workers were taken away," a company official said.',
      ),
    ).toEqual({ killed: 3, injured: null });
    expect(toll('Attack on convoy in Borno', 'Militants killed two soldiers and six traders were abducted near Gwoza on Tuesday.').killed).toBe(2);
  });

  it('still adds a second group that shares the verb, and reads a wounded group as wounded', () => {
    expect(toll('Attack on convoy in Borno', 'Militants killed two soldiers and six traders near Gwoza on Tuesday.').killed).toBe(8);
    expect(toll('Attack on convoy in Borno', 'Militants killed two soldiers and six traders were wounded near Gwoza on Tuesday.')).toEqual({
      killed: 2,
      injured: 6,
    });
  });
});

describe('a roundup by place', () => {
  it('adds the dead counted town by town', () => {
    expect(
      toll('Strikes across Gaza', 'Israeli strikes killed 9 people in Gaza City, 6 in Deir al-Balah and 4 in Khan Younis on Sunday, medics said.'),
    ).toEqual({ killed: 19, injured: null });
  });

  it('keeps the dead and the wounded of two places apart', () => {
    expect(toll('Russian strikes', 'Russian drones killed two people in Kherson and wounded five in Mykolaiv overnight.')).toEqual({ killed: 2, injured: 5 });
  });
});

describe('a source named after the toll', () => {
  it('does not count "security" in "security sources said" as one more person', () => {
    expect(
      toll('Ambush in northern Burkina', 'Jihadists ambushed a supply convoy near Djibo, killing at least 18 soldiers and volunteers, security sources said.'),
    ).toEqual({ killed: 18, injured: null });
  });
});

describe('the bomber in the toll', () => {
  it('takes the suicide bomber named among the dead out of the French and Spanish toll', () => {
    expect(
      toll('Attentat-suicide à Baidoa', "Un kamikaze s'est fait exploser devant un hôtel de Baidoa, faisant six morts, dont le kamikaze, selon la police."),
    ).toEqual({
      killed: 5,
      injured: null,
    });
    expect(
      toll(
        'Atentado suicida en Kandahar',
        'Un atacante suicida se hizo estallar frente a una mezquita en Kandahar y mató a nueve personas, incluido el propio atacante.',
      ),
    ).toEqual({ killed: 8, injured: null });
  });
});

describe('zeros told with "nor"', () => {
  it('reads "no wounded nor dead" as none of either', () => {
    expect(
      toll(
        'Ataque con drones en Tepalcatepec',
        'Drones lanzaron explosivos sobre casas de Tepalcatepec. Hasta ahora no se han reportado heridos ni fallecidos.',
      ),
    ).toEqual({
      killed: 0,
      injured: 0,
    });
  });
});

describe('figures in languages whose attack words the engine does not hold yet', () => {
  it('reads Hausa, with the noun before its figure', () => {
    expect(figures("'Yan bindiga sun kashe mutane 9 tare da jikkata wasu 4.")).toEqual(['killed 9', 'injured 4']);
    expect(figures('Mutum 14 sun mutu yayin da wasu 20 suka jikkata.')).toContain('killed 14');
  });

  it('reads Amharic, the Ethiopic semicolon closing a clause', () => {
    expect(figures('በጥቃቱ 7 ሰዎች ተገድለዋል፤ 3 ሰዎች ቆስለዋል።')).toEqual(['killed 7', 'injured 3']);
  });

  it('reads Vietnamese, the wounded after their passive', () => {
    expect(figures('Vụ nổ làm 4 người chết và 9 người bị thương.')).toEqual(['killed 4', 'injured 9']);
  });
});
