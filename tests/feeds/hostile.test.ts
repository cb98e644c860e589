/**
 * Hostile feeds: each ends in bounded time and memory, with a clear error for that feed (or a
 * sensible parse), never a crash. Network-level hostility (endless body, drip, gzip bomb, redirect
 * loop, public→private redirect) is in fetch.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/errors.js';
import { parseFeed } from '../../src/feeds/parse.js';

async function outcome(input: string | Buffer, contentType?: string) {
  try {
    return { feed: await parseFeed(input, contentType) };
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return { error: error as FeedError };
  }
}

const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;

describe('entity tricks stay inert', () => {
  it('does not expand a billion-laughs DTD', async () => {
    const lol = [`<!ENTITY lol "lol">`];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${lol.join('\n')}\n]>\n<rss version="2.0"><channel><title>&lol9;</title><item><title>x</title></item></channel></rss>`;
    const before = heapMb();
    const { feed } = await outcome(xml);
    expect(heapMb() - before).toBeLessThan(100);
    // The entity is never expanded: it reads as its own name.
    expect(feed!.title).toBe('&lol9;');
    expect(feed!.items).toHaveLength(1);
  });

  it('does not read files through external entities (XXE)', async () => {
    const general = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>T</title><item><title>&xxe;</title></item></channel></rss>`;
    const parameter = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]><rss version="2.0"><channel><title>T</title><item><title>ok</title><description>x</description></item></channel></rss>`;
    for (const xml of [general, parameter]) {
      const result = await outcome(xml);
      expect(JSON.stringify(result.feed ?? result.error?.message)).not.toMatch(/root:/);
    }
    expect((await outcome(general)).feed?.items[0]?.title).toBe('&xxe;');
    // The parameter entity is never fetched; the feed itself is fine.
    expect((await outcome(parameter)).feed?.items[0]).toMatchObject({ title: 'ok', content: 'x' });
  });
});

describe('deep and big structures', () => {
  it('parses a description nested 5,000 elements deep', async () => {
    const depth = 5000;
    const nested = `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`;
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>deep</title><description>${nested}</description></item><item><title>next</title></item></channel></rss>`;
    const { feed } = await outcome(xml);
    // The nesting is reduced to its text (rss-parser's recursion would overflow the stack on it); the next item is not lost.
    expect(feed!.items.map((i) => [i.title, i.content])).toEqual([
      ['deep', 'deep text'],
      ['next', ''],
    ]);
  });

  it('parses 5,000-deep escaped HTML in content', async () => {
    const depth = 5000;
    const html = `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`;
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>deep</title><description><![CDATA[${html}]]></description></item></channel></rss>`;
    const { feed } = await outcome(xml);
    expect(feed!.items[0]!.title).toBe('deep');
  });

  it('keeps memory bounded for a text node just under the 10 MB cap', async () => {
    const big = 'word '.repeat(1_900_000); // 9.5 MB
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>big</title><description>${big}</description></item><item><title>html</title><description><![CDATA[<p>${big}</p>]]></description></item></channel></rss>`;
    const before = heapMb();
    const { feed } = await outcome(xml);
    expect(feed!.items).toHaveLength(2);
    for (const item of feed!.items) expect(item.content.length).toBeLessThanOrEqual(100_000);
    expect(heapMb() - before).toBeLessThan(400);
  });
});

describe('bad bytes', () => {
  it('reads invalid UTF-8 with replacement characters and a warning', async () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Café</title><item><title>bad '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' bytes — ok</title></item></channel></rss>'),
    ]);
    const { feed } = await outcome(bytes);
    expect(feed!.title).toBe('Café');
    expect(feed!.items[0]!.title).toBe('bad \uFFFD\uFFFD\uFFFD bytes — ok');
    expect(feed!.warnings).toContain('some bytes are not valid utf-8; replaced by U+FFFD');
  });

  it('drops NUL bytes and control characters and keeps the feed', async () => {
    const { feed } = await outcome(Buffer.from('<rss version="2.0"><channel><title>T\u0000\u0001</title><item><title>x</title></item></channel></rss>'));
    expect(feed!.title).toBe('T');
    expect(feed!.items.map((i) => i.title)).toEqual(['x']);
  });

  it('keeps the feed when control characters or references to them sit inside markup', async () => {
    // rss-parser re-serialises markup in a description, and its XML builder throws on them.
    const xml =
      '<rss version="2.0"><channel><item><title>a</title><description><p>x\u0001y&#0;&#x1F;</p></description></item><item><title>b</title></item></channel></rss>';
    const { feed } = await outcome(xml);
    expect(feed!.items.map((i) => [i.title, i.content])).toEqual([
      ['a', 'xy'],
      ['b', ''],
    ]);
  });

  it('refuses random binary as not a feed', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const { error } = await outcome(noise);
    expect(error!.kind).toBe('not-a-feed');
  });
});

describe('element names the parser uses for itself', () => {
  it('reads elements named like xml2js keys or Object.prototype members as any other element', async () => {
    // "_" once made xml2js throw where the error was lost, and the parse ran into its time limit.
    const xml = `<rss><channel><constructor>c</constructor><item><title>x</title><description><_>under</_><__proto__/><toString>t</toString></description></item></channel></rss>`;
    const feed = await parseFeed(xml, null, { timeoutMs: 10_000 });
    expect(feed.items.map((i) => i.title)).toEqual(['x']);
  });
});

describe('a huge feed does not block the event loop', () => {
  it('gives other work turns while parsing a 5 MB feed', async () => {
    const item = (i: number) =>
      `<item><title>Item ${i}</title><link>https://big.example/${i}</link><guid>g${i}</guid><pubDate>Wed, 25 Nov 2026 14:03:00 GMT</pubDate><description><![CDATA[<p>${'Lorem ipsum dolor sit amet. '.repeat(30)}</p>]]></description></item>`;
    const xml = `<rss version="2.0"><channel><title>Big</title>${Array.from({ length: 5000 }, (_, i) => item(i)).join('')}</channel></rss>`;
    expect(xml.length).toBeGreaterThan(4_500_000);
    let turns = 0;
    let done = false;
    const spin = () => {
      if (done) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const feed = await parseFeed(xml);
    done = true;
    expect(feed.items).toHaveLength(5000);
    // XML is handed to sax in 64 KB slices and items are converted in slices: many turns in between.
    expect(turns).toBeGreaterThan(50);
  });
});

describe('item links that are not web addresses', () => {
  it('drops script, data and mail links with a warning, keeps the items, and keeps web links', async () => {
    const items = [
      ['Markets open higher', 'javascript:alert(document.cookie)'],
      ['Ferry timetable changes', 'JavaScript:void(0)'],
      ['Harvest report', 'data:text/html,<script>alert(1)</script>'],
      ['Letters page', 'mailto:editor@example.org'],
      ['Council meeting', 'https://news.example.org/council'],
      ['Local weather', '/weather/today'],
    ];
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://news.example.org/</link>${items
      .map(([title, link]) => `<item><title>${title}</title><link>${link!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</link></item>`)
      .join('')}</channel></rss>`;
    const { feed } = await outcome(xml);
    expect(feed!.items.map((i) => i.title)).toEqual(items.map(([title]) => title));
    expect(feed!.items.map((i) => i.link)).toEqual([null, null, null, null, 'https://news.example.org/council', 'https://news.example.org/weather/today']);
    expect(feed!.warnings).toContain('4 item links dropped: not a web address (http or https)');
    // Each item still has its own identity once its link is gone.
    expect(new Set(feed!.items.map((i) => i.key)).size).toBe(items.length);
  });
});
