/**
 * Attack or not, whole reports, and the folding of scripts, in other languages: the case tables of
 * cases/languages.ts, one test a case, and below them the checks that need more than a story read
 * whole (a figure finder, the catalogue, a trace).
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/casualties.js';
import { ExtractionEngine, prepareDocument } from '../../src/extract/index.js';
import { phraseKey, phraseTokens } from '../../src/extract/normalize.js';
import { resolvePlaces } from '../../src/extract/places.js';
import { namedActors, readsCases, extractStory as run, shippedEngine } from '../helpers/extraction.js';
import { languageCases } from './cases/languages.js';

readsCases(languageCases);

/** The figures read in a title. */
const titleFigures = (text: string) => {
  const doc = prepareDocument({ title: text });
  return findFigures(doc.tokens, 0, doc.tokens.length, doc.text).map((f) => `${f.kind} ${f.value}`);
};

/** The countries of the places resolved in a Turkish body. */
const placesIn = (text: string) => {
  const doc = prepareDocument({ title: 'Haber', content: text });
  const opts = {
    masked: new Uint8Array(doc.tokens.length),
    titleEnd: doc.titleEnd,
    dateline: null,
    titleDateline: null,
    contextCountries: new Set<string>(),
    turkish: doc.turkish,
    urdu: doc.urdu,
  };
  return resolvePlaces(doc.tokens, doc.text, shippedEngine().gazetteer, opts).map((m) => m.entry.country);
};

describe('text as the web delivers it', () => {
  it('reads a capped length of a huge input', () => {
    const doc = prepareDocument({ title: 'Drone strike kills two in Kharkiv', content: 'Filler words without news. '.repeat(100_000) });
    expect(doc.content.length).toBeLessThanOrEqual(20_000);
    expect(shippedEngine().extract(doc).isAttack).toBe(true);
  });
});

describe('sentences', () => {
  it('an initial or an abbreviation does not end a sentence', () => {
    const doc = prepareDocument({ title: 'S. Korea says N. Korea fired a missile', content: 'The U.S. Army said so on Monday. Dr. Lee agreed.' });
    const sentenceOf = (norm: string) => doc.tokens.find((t) => t.norm === norm)!.sentence;
    expect(sentenceOf('s')).toBe(sentenceOf('missile'));
    expect(sentenceOf('army')).toBe(sentenceOf('monday'));
    expect(sentenceOf('lee')).toBe(sentenceOf('agreed'));
    expect(sentenceOf('monday')).not.toBe(sentenceOf('agreed'));
  });
});

describe('folding of other scripts', () => {
  it('reads Arabic letter variants, the article and joined "and" as one word', () => {
    expect(phraseKey('المدينة')).toBe(phraseKey('مدينه'));
    expect(phraseKey('والموصل')).toBe(phraseKey('الموصل'));
    expect(phraseKey('بالموصل')).toBe(phraseKey('موصل'));
    expect(phraseKey('وإصابة')).toBe(phraseKey('اصابة'));
    expect(phraseKey('کشته')).toBe(phraseKey('كشته'));
    expect(phraseKey('إيران')).toBe(phraseKey('ايران'));
  });

  it('reads Eastern Arabic and Persian digits as figures', () => {
    expect(phraseKey('٢٥')).toBe('25');
    expect(phraseKey('۱۲')).toBe('12');
  });

  it('drops a Turkish case suffix after an apostrophe in text, not in the data names', () => {
    const doc = prepareDocument({ title: "Van'da patlama, Ankara'nın açıklaması" });
    expect(doc.tokens.map((t) => t.norm)).toContain('van');
    expect(doc.tokens.map((t) => t.norm)).toContain('ankara');
    // A transliterated soft sign is part of a name.
    expect(phraseKey("Ful'da")).toBe('fulda');
  });

  it('ends sentences before an Arabic word', () => {
    const doc = prepareDocument({ title: 'عنوان', content: 'انفجرت سيارة في السوق. وقالت الشرطة إن التحقيق بدأ' });
    const last = doc.tokens.at(-1)!;
    expect(last.sentence).toBeGreaterThan(doc.tokens[1]!.sentence);
    expect(last.caseless).toBe(true);
  });
});

describe('other languages', () => {
  it('reads Turkish, French and Dutch tolls', () => {
    expect(titleFigures('Yola tuzaklanan patlayıcıyla 2 asker şehit oldu, 5 asker yaralandı')).toEqual(expect.arrayContaining(['killed 2', 'injured 5']));
    expect(titleFigures('au moins 23 personnes massacrées')).toContain('killed 23');
    expect(titleFigures('bij de aanval gedood: drie agenten')).toEqual([]);
    expect(titleFigures('Een drone doodt vier strijders')).toContain('killed 4');
  });

  it('reads a Turkish place with its case ending after the apostrophe', () => {
    expect(placesIn('Bir karakola Hakkari’de saldırı düzenlendi')).toEqual(['TR']);
    expect(placesIn('Hakkari’nin Şemdinli ilçesinde bir asker yaralandı')).toEqual(['TR', 'TR']);
  });
});

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
});

describe('Urdu reports', () => {
  it('a military exercise is no attack, and "فوجی" (military) is no Japanese mountain', () => {
    const a = run('کوئٹہ میں فوجی مشقیں جاری', 'پاک فوج کی مشترکہ مشقیں بلوچستان میں ہو رہی ہیں۔');
    expect(a.isAttack).toBe(false);
    expect(a.places.map((p) => p.country)).not.toContain('JP');
  });
});

describe('look-alikes in Russian and Portuguese', () => {
  it('knows Russia by its Turkish name, before the army or attack word ("Rusya ordusu", "Rusya\'dan … saldırısı")', () => {
    expect(namedActors('Rusya ordusu')).toEqual(['russian-forces']);
    expect(namedActors('Rusya’dan Kiev’e füze saldırısı')).toEqual(['russian-forces']);
  });
});

describe('the cues are read by the blast reading, not elsewhere', () => {
  it('reads an Arabic short circuit as the cause and a store as the setting', () => {
    const { trace } = ExtractionEngine.load().explain(
      prepareDocument({
        title: 'انفجار يهز حيا في الموصل ويقتل ثلاثة',
        content:
          'قتل ثلاثة أشخاص وأصيب ستة يوم الخميس في انفجار هز حيا سكنيا في الموصل. وقال مسؤول في الدفاع المدني إن ماس كهربائي في مخزن قريب كان وراء الحادث.',
      }),
    );
    expect(trace.blastReading?.cues).toEqual(expect.arrayContaining(['accidental_cause', 'accident_setting']));
    expect(trace.blastReading?.attack).toBe(false);
  });
});

describe('Thai, Lao, Khmer and Burmese runs are cut into words, their vowel signs kept', () => {
  it('segments an unspaced Thai phrase and keeps its signs', () => {
    expect(phraseTokens('ลอบวางระเบิด')).toEqual(['ลอบ', 'วาง', 'ระเบิด']);
    expect(phraseTokens('ดับ')).not.toEqual(phraseTokens('ดบ'));
  });

  it('reads Burmese digits as digits', () => {
    expect(phraseTokens('လူ ၅ ဦး')).toContain('5');
  });
});
