import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeedBytes, decodeWithCharset, knownCharset } from '../../src/feeds/decode.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { ENCODING_FIXTURES } from '../fixtures/feeds/encoding-fixtures.js';

const fixture = (file: string) => readFileSync(new URL(`../fixtures/feeds/encodings/${file}`, import.meta.url));

/** UTF-32 bytes of a text, written per code point. */
function utf32(text: string, order: 'le' | 'be'): Buffer {
  const points = [...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  for (const [i, p] of points.entries()) {
    if (order === 'le') out.writeUInt32LE(p, i * 4);
    else out.writeUInt32BE(p, i * 4);
  }
  return out;
}

describe('decodeFeedBytes', () => {
  it('takes the charset from the BOM, then HTTP, then the XML declaration, then UTF-8', async () => {
    const declared = Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss/>');
    expect(await decodeFeedBytes(declared)).toMatchObject({ charset: 'windows-1251', source: 'xml-declaration' });
    expect(await decodeFeedBytes(declared, 'text/xml; charset=koi8-r')).toMatchObject({ charset: 'koi8-r', source: 'content-type' });
    expect(await decodeFeedBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), declared]), 'text/xml; charset=koi8-r')).toMatchObject({
      charset: 'utf-8',
      source: 'bom',
      text: declared.toString(),
    });
    expect(await decodeFeedBytes(Buffer.from('<rss/>'))).toMatchObject({ charset: 'utf-8', source: 'default', warnings: [] });
  });

  it('falls back to UTF-8 with a warning for an unknown label', async () => {
    expect(await decodeFeedBytes(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><rss/>'))).toMatchObject({
      charset: 'utf-8',
      warnings: ['unknown charset "x-klingon" (from xml-declaration); decoded as UTF-8'],
    });
  });

  it('ignores a UTF-16 label on bytes that are plainly not UTF-16', async () => {
    const result = await decodeFeedBytes(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><rss><channel><title>é</title></channel></rss>'));
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain('<title>é</title>');
  });

  it('reads UTF-32 from its BOM or from the bytes of "<", whatever a label says', async () => {
    const text = '<?xml version="1.0" encoding="utf-32"?><rss><channel><title>Ёж 🦔</title></channel></rss>';
    const bomLe = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(text, 'le')]);
    expect(await decodeFeedBytes(bomLe)).toMatchObject({ text, charset: 'utf-32le', source: 'bom', warnings: [] });
    const bomBe = Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(text, 'be')]);
    expect(await decodeFeedBytes(bomBe)).toMatchObject({ text, charset: 'utf-32be', source: 'bom' });
    expect(await decodeFeedBytes(utf32(text, 'be'), 'text/xml; charset=iso-8859-1')).toMatchObject({ text, charset: 'utf-32be', source: 'sniffed' });
    expect(await decodeFeedBytes(utf32(text, 'le'))).toMatchObject({ text, charset: 'utf-32le', source: 'sniffed' });
    // In slices too, without splitting a character between two.
    const big = `<rss><channel><title>${'Ёж 🦔 '.repeat(120_000)}</title></channel></rss>`;
    const bigBytes = utf32(big, 'le');
    expect(bigBytes.length).toBeGreaterThan(2 * 1024 * 1024);
    expect((await decodeFeedBytes(bigBytes)).text).toBe(big);
  });

  it('ignores a UTF-32 label on bytes that are plainly not UTF-32', async () => {
    const result = await decodeFeedBytes(Buffer.from('<?xml version="1.0" encoding="UTF-32"?><rss/>'), 'text/xml; charset=utf-32');
    expect(result).toMatchObject({ charset: 'utf-8', text: '<?xml version="1.0" encoding="UTF-32"?><rss/>' });
    expect(result.warnings).toContain('charset "utf-32" (from content-type) does not match the bytes; ignored');
  });

  it('decodes big bodies in slices without splitting a character', async () => {
    const text = `<rss><channel><title>${'Привет, мир — エルビル. '.repeat(200_000)}</title></channel></rss>`;
    const bytes = Buffer.from(text);
    expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024);
    expect((await decodeFeedBytes(bytes)).text).toBe(text);
    const legacy = Buffer.alloc(3 * 1024 * 1024 + 7, 0x80); // € in windows-1252, declared in HTTP
    expect((await decodeFeedBytes(legacy, 'text/xml; charset=windows-1252')).text).toBe('€'.repeat(legacy.length));
  });

  it('decodes windows-1252 per WHATWG, 0x80–0x9F included', () => {
    expect(decodeWithCharset(Uint8Array.of(0x80, 0x93, 0x94, 0x96, 0x97, 0x9f, 0xe9), 'windows-1252')).toBe('€“”–—Ÿé');
  });

  it('knows the charsets feeds use', () => {
    for (const label of [
      'windows-1251',
      'ISO-8859-1',
      'iso-8859-15',
      'Shift_JIS',
      'GB2312',
      'GBK',
      'gb18030',
      'EUC-KR',
      'KOI8-R',
      'Big5',
      'EUC-JP',
      'UTF-16',
      'windows-1256',
    ]) {
      expect(knownCharset(label), label).not.toBeNull();
    }
    expect(knownCharset('x-no-such-charset')).toBeNull();
    // What TextDecoder lacks, iconv-lite reads; WHATWG's meaning of a label still wins.
    expect(knownCharset('UTF-32')).toBe('utf-32');
    expect(knownCharset('utf_32be')).toBe('utf-32be');
    expect(knownCharset('cp437')).toBe('cp437');
    expect(decodeWithCharset(Uint8Array.of(0x82, 0xe1), 'cp437')).toBe('éß');
    expect(knownCharset('iso-8859-1')).toBe('windows-1252');
    expect(charsetFromContentType('application/rss+xml; charset="UTF-8"')).toBe('UTF-8');
    expect(charsetFromContentType('text/xml')).toBeNull();
  });
});

describe('encoded fixture feeds', () => {
  it.each(ENCODING_FIXTURES.map((f) => [f.file, f] as const))('%s', async (file, f) => {
    const feed = await parseFeed(fixture(file), f.contentType);
    expect(feed.title).toBe(f.feedTitle);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: f.itemTitle, content: f.itemContent, link: 'https://example.org/1', published: '2026-11-25T14:03:00.000Z' });
  });

  it('warns where it had to guess', async () => {
    expect((await parseFeed(fixture('rss-undeclared-windows-1252-fr.xml'))).warnings).toContain('bytes are not valid UTF-8; decoded as windows-1252');
    expect((await parseFeed(fixture('rss-unknown-charset-label.xml'))).warnings[0]).toMatch(/^unknown charset "x-no-such-charset"/);
  });

  it('gives mojibake, not a crash, for a feed that declares the wrong charset', async () => {
    // windows-1251 bytes served as UTF-8: not valid UTF-8 and nothing multibyte in them → read as windows-1252.
    const feed = await parseFeed(fixture('rss-http-charset-windows-1251.xml'), 'application/rss+xml; charset=utf-8');
    expect(feed.items[0]!.title).toBe('Áåñïèëîòíèê àòàêîâàë áàçó â Ýðáèëå');
    expect(feed.warnings).toContain('bytes are not valid UTF-8; decoded as windows-1252');
    // Shift_JIS bytes declared as UTF-8 (a byte pair or two happen to be valid UTF-8): U+FFFD where they are not.
    const mixed = await parseFeed(fixture('rss-shift_jis-ja.xml'), 'text/xml; charset=utf-8');
    expect(mixed.items).toHaveLength(1);
    expect(mixed.items[0]!.title).not.toBe('エルビルの基地にドローン攻撃');
  });
});
