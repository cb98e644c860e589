import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseLink, pageHash, readSeenPages } from './seen-pages.js';

describe('pages seen by earlier labelling rounds', () => {
  it('counts one address however it was copied', () => {
    const forms = ['https://www.Example.org/news/2026/attack/', 'http://example.org/news/2026/attack', 'https://example.org/news/2026/attack#top'];
    expect(new Set(forms.map(normaliseLink))).toEqual(new Set(['example.org/news/2026/attack']));
    expect(new Set(forms.map(pageHash)).size).toBe(1);
  });

  it('keeps pages apart that differ by path or query', () => {
    expect(pageHash('https://example.org/a?id=1')).not.toBe(pageHash('https://example.org/a?id=2'));
    expect(pageHash('https://example.org/a')).not.toBe(pageHash('https://example.org/b'));
  });

  it('reads the hash list, skipping its comments and blank lines', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'seen-')), 'seen.txt');
    writeFileSync(file, `# header\n${pageHash('https://example.org/a')}\n\n`);
    expect(readSeenPages(file)).toEqual(new Set([pageHash('https://example.org/a')]));
  });

  it('says which address is not one', () => {
    expect(() => normaliseLink('not a link')).toThrow();
  });
});
