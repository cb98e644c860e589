import { describe, expect, it } from 'vitest';
import { lexiconPhraseTokens } from '../../src/extract/lexicon.js';
import { phraseKey, tokenize, tokenNorms } from '../../src/extract/normalize.js';
import { PhraseMatcher } from '../../src/extract/phrase-matcher.js';

describe('normalize', () => {
  it('folds case, punctuation and diacritics', () => {
    expect(phraseKey('Ain Al-Asad')).toBe('ain al asad');
    expect(phraseKey('ʿAyn al-Asad')).toBe('ayn al asad');
    expect(phraseKey('Aïn al‑Asad')).toBe('ain al asad');
    expect(phraseKey('Ḥasakah')).toBe('hasakah');
    expect(phraseKey("Sana'a")).toBe('sanaa');
    expect(phraseKey("Iraq's")).toBe('iraq');
    expect(phraseKey('Kyiv,')).toBe('kyiv');
    expect(phraseKey('Łódź')).toBe('lodz');
  });

  it('gives the norms of the tokens alone as tokenize gives them', () => {
    // Possessives, a Turkish case ending, Han numerals before a counter, Thai without spaces,
    // Arabic and an Urdu figure joined to its word, figures with a decimal point.
    const texts = [
      "Drones hit Iraq's Erbil; 1.5 km away, no one was hurt.",
      "Hakkari'de çatışma: iki asker şehit oldu, Şırnak'ta operasyon sürüyor.",
      '十二名士兵在袭击中死亡，三人受伤。',
      'ระเบิดที่ อ.ตากใบ มีผู้เสียชีวิต 2 ราย',
      'قتل ثلاثة في هجوم بطائرة مسيرة على بغداد',
      'میں4افراد ہلاک ہوئے',
      '',
    ];
    for (const text of texts) expect(tokenNorms(text)).toEqual(tokenize(text).map((t) => t.norm));
  });

  it('keeps offsets, capitalisation and sentences', () => {
    const toks = tokenize('Drones hit Erbil. No one was hurt.');
    expect(toks.map((t) => t.norm)).toEqual(['drones', 'hit', 'erbil', 'no', 'one', 'was', 'hurt']);
    expect(toks[2]).toMatchObject({ start: 11, end: 16, capitalized: true, sentence: 0 });
    expect(toks[3]!.sentence).toBe(1);
    expect(toks[4]!.capitalized).toBe(false);
  });

  it('ends no Thai sentence at the full stop of an abbreviation, but at a line', () => {
    // "from 8.00 o'clock to 15.00 o'clock, 50 places, 2 dead" and "in Tak Bai district" are one sentence each.
    const toks = tokenize('ตั้งแต่ 8.00 น. ถึง 15.00 น. เกิดขึ้น 50 จุด มีผู้เสียชีวิต 2 ราย\nระเบิดที่ อ.ตากใบ');
    const sentences = new Set(toks.map((t) => t.sentence));
    expect(sentences.size).toBe(2);
    expect(toks.find((t) => t.norm === 'ตากใบ')!.sentence).toBe(1);
    // A full stop after a Latin word before Thai still ends the sentence.
    expect(new Set(tokenize('Bomb in Pattani. ระเบิด').map((t) => t.sentence)).size).toBe(2);
  });

  it('keeps decimal and thousands numbers whole', () => {
    expect(tokenize('about 2,500 troops and 1.5 km').map((t) => t.norm)).toEqual(['about', '2,500', 'troops', 'and', '1.5', 'km']);
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher<string>();
  m.add('Ain al-Asad', 'a');
  m.add('Ain al-Asad Air Base', 'b');
  m.add('Erbil', 'c');

  it('finds all phrases or only the longest', () => {
    const toks = tokenize('Drones struck Ain Al Asad air base and Erbil.');
    expect(m.match(toks).map((x) => x.values[0])).toEqual(['a', 'b', 'c']);
    expect(m.match(toks, { longestOnly: true }).map((x) => x.values[0])).toEqual(['b', 'c']);
  });

  describe('a gap ("…" in a lexicon phrase) stands for one to three words of the same sentence', () => {
    const g = new PhraseMatcher<string>();
    g.add(lexiconPhraseTokens('while making … bombs'), 'maker');
    g.add(lexiconPhraseTokens('attacked by … shark'), 'animal');
    g.add('bombs', 'bomb');
    const found = (text: string) => g.match(tokenize(text), { longestOnly: true }).map((x) => x.values[0]);

    it('covers the words people put in between, up to three', () => {
      expect(found('He died while making hand bombs at home.')).toEqual(['maker']);
      expect(found('He died while making crude country-made bombs.')).toEqual(['maker']);
      expect(found('A surfer was attacked by a great white shark.')).toEqual(['animal']);
    });

    it('needs at least one word, no more than three, and never crosses a sentence', () => {
      expect(found('He died while making bombs.')).toEqual(['bomb']);
      expect(found('He died while making small crude country-made bombs.')).toEqual(['bomb']);
      expect(found('They were busy while making tea. Bombs fell.')).toEqual(['bomb']);
    });

    it('cannot open or close a phrase', () => {
      expect(() => g.add(lexiconPhraseTokens('… bombs'), 'x')).toThrow(/gap/);
      expect(() => g.add(lexiconPhraseTokens('bombs …'), 'x')).toThrow(/gap/);
    });
  });

  it('keeps every value of a phrase, and a value added to one phrase stays off the others that share its first', () => {
    const v = new PhraseMatcher<string>();
    v.add('shelled', 'attack');
    v.add('mortar fire', 'attack');
    v.add('shelled', 'event');
    v.add('shelled', 'attack');
    const values = (text: string) => v.match(tokenize(text)).map((x) => [...x.values]);
    expect(values('The town was shelled.')).toEqual([['attack', 'event']]);
    expect(values('Mortar fire hit the town.')).toEqual([['attack']]);
    expect(values('Nothing here.')).toEqual([]);
  });
});

describe('prepareDocument', () => {
  it('decodes HTML entities before tokenising', async () => {
    const { prepareDocument } = await import('../../src/extract/normalize.js');
    const doc = prepareDocument({ title: 'Gunmen attack Q&amp;A session in Kano', content: 'The army&#8217;s base &ndash; near Kano&nbsp;&mdash; was hit.' });
    expect(doc.title).toBe('Gunmen attack Q&A session in Kano');
    expect(doc.tokens.map((t) => t.norm)).not.toContain('8217');
    expect(doc.tokens.map((t) => t.norm)).not.toContain('amp');
    expect(doc.tokens.map((t) => t.norm)).toContain('army');
  });
});
