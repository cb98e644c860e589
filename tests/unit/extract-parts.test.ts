import { describe, expect, it } from 'vitest';
import { combineCasualties, findFigures, findZeros } from '../../src/extract/casualties.js';
import { expandBraces } from '../../src/extract/lexicon.js';
import { tokenize } from '../../src/extract/normalize.js';
import { readNumber } from '../../src/extract/numbers.js';
import { severityOf } from '../../src/extract/severity.js';

const num = (text: string) => readNumber(tokenize(text), 0)?.value;
const casualties = (text: string) => {
  const toks = tokenize(text);
  return combineCasualties(findFigures(toks, 0, toks.length, text), findZeros(toks, 0, toks.length));
};

describe('numbers', () => {
  it.each([
    ['12 people', 12],
    ['1,200 people', 1200],
    ['Forty-five soldiers', 45],
    ['twenty one', 21],
    ['a dozen', 12],
    ['two dozen', 24],
    ['at least 12', 12],
    ['more than 20', 20],
    ['two hundred and five', 205],
    ['dozens of', null],
    ['several', null],
    ['scores of', null],
  ])('%s → %s', (text, value) => {
    expect(num(text)).toBe(value);
  });

  it('reads nothing where there is no number', () => {
    expect(readNumber(tokenize('the soldiers'), 0)).toBeUndefined();
  });

  it.each(['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'])(
    'reads no number in the article word "%s" (no inherited table entry)',
    (word) => {
      expect(readNumber(tokenize(`${word} soldiers`), 0)).toBeUndefined();
    },
  );
});

describe('casualty phrases', () => {
  it.each([
    ['killing 12 people and wounding 30 others', 12, 30],
    ['12 people were killed and 30 injured', 12, 30],
    ['left three dead and five wounded', 3, 5],
    ['a soldier was killed', 1, null],
    ['no one was killed', 0, null],
    ['no one was hurt', 0, 0],
    ['did not result in any casualties', 0, 0],
    // "no injuries": nobody was hurt, so nobody was killed either.
    ['there were no injuries', 0, 0],
    ['killing two soldiers and a civilian', 3, null],
    ['a contractor was killed', 1, null],
    ['Two Israeli tourists, Egyptian guide killed', 3, null],
    ['Teacher killed, three hurt', 1, 3],
    ['AMMAN, Dec 18 (Reuters) - Gunmen killed ten people', 10, null],
    ['no US casualties', null, null],
    ['there was no word on casualties', null, null],
    ['the death toll rose to 15', 15, null],
    ['five drones were shot down, killing two', 2, null],
    ['killed 3 on 12 March', 3, null],
  ])('%s', (text, killed, injured) => {
    expect(casualties(text)).toEqual({ killed, injured });
  });
});

describe('lexicon', () => {
  it('expands braces', () => {
    expect(expandBraces('drone strike{,s}')).toEqual(['drone strike', 'drone strikes']);
    expect(expandBraces('test-fire{,s,d}')).toEqual(['test-fire', 'test-fires', 'test-fired']);
    expect(expandBraces('{a,b} {c,d}')).toEqual(['a c', 'a d', 'b c', 'b d']);
  });
});

describe('severityOf', () => {
  const base = { attackTypes: ['drone' as const], casualties: { killed: null, injured: null }, targets: [], places: [] };
  it('grades by harm, weapon and target', () => {
    expect(severityOf(base)).toBe('low');
    expect(severityOf({ ...base, places: [{ kind: 'base' }] })).toBe('medium');
    expect(severityOf({ ...base, attackTypes: ['missile'], targets: ['base'] })).toBe('high');
    expect(severityOf({ ...base, casualties: { killed: 1, injured: 0 } })).toBe('high');
    expect(severityOf({ ...base, casualties: { killed: 10, injured: null } })).toBe('critical');
    expect(severityOf({ ...base, casualties: { killed: 0, injured: 50 } })).toBe('critical');
    expect(severityOf({ ...base, attackTypes: [], targets: ['base'] })).toBe('low');
  });
});

describe('casualty phrases: parts and other clauses', () => {
  it.each([
    ['killed three people and wounded eight others, four of them seriously', 3, 8],
    ['three servicemen were fatally injured', 3, null],
  ])('%s', (text, killed, injured) => {
    expect(casualties(text)).toEqual({ killed, injured });
  });
});
