/** Germanic compounds read by their head (src/extract/compounds.ts). */
import { describe, expect, it } from 'vitest';
import { CompoundReader } from '../../src/extract/compounds.js';

const reader = new CompoundReader(['angrep', 'angrepet', 'skjutning', 'skottlossning', 'bombe'], ['hjerte', 'ski', 'zeit']);

describe('CompoundReader', () => {
  it('reads a compound by the longest head it ends with', () => {
    expect(reader.headOf('terrorangrepet')).toBe('angrepet');
    expect(reader.headOf('rakettangrep')).toBe('angrep');
    expect(reader.headOf('skolskjutning')).toBe('skjutning');
    expect(reader.headOf('nattskottlossning')).toBe('skottlossning');
  });

  it('needs a modifier of three letters at least, and no head is a compound of itself', () => {
    expect(reader.headOf('angrep')).toBeUndefined();
    expect(reader.headOf('enbombe')).toBeUndefined();
    expect(reader.headOf('bilbombe')).toBe('bombe');
  });

  it('leaves a word whose modifier makes it something else', () => {
    expect(reader.headOf('hjerteangrep')).toBeUndefined();
    expect(reader.headOf('Zeitbombe'.toLowerCase())).toBeUndefined();
    expect(reader.headOf('skiskjutning')).toBeUndefined();
  });

  it('leaves words that only end like a head', () => {
    expect(reader.headOf('trombe')).toBeUndefined();
    expect(reader.headOf('utredning')).toBeUndefined();
  });
});
