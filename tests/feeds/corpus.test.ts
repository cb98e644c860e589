import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/errors.js';
import { createFeedFetcher } from '../../src/feeds/fetch.js';
import { type ParsedFeed, ParsedFeedSchema } from '../../src/feeds/item.js';
import { parseFeed } from '../../src/feeds/parse.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { type CorpusFeed, illFormedCorpus, STYLE_NAMES, wellFormedCorpus } from '../fixtures/feeds/corpus.js';

const wellFormed = wellFormedCorpus(20);
const illFormed = illFormedCorpus(wellFormed, 160);

function checkAgainstExpected(feed: ParsedFeed, f: CorpusFeed) {
  const expected = f.expected!;
  expect(ParsedFeedSchema.parse(feed)).toEqual(feed);
  expect(feed.title).toBe(expected.title);
  expect(feed.format).toBe(expected.format);
  expect(feed.skippedItems).toBe(0);
  expect(feed.items.map((i) => i.title)).toEqual(expected.items.map((i) => i.title));
  feed.items.forEach((item, n) => {
    const want = expected.items[n]!;
    expect(item.link, `${f.name} item ${n} link`).toBe(want.link);
    expect(item.published, `${f.name} item ${n} date`).toBe(want.published);
    expect(item.author ?? null, `${f.name} item ${n} author`).toBe(want.author);
    expect(item.content, `${f.name} item ${n} content`).toContain(want.contentIncludes);
    expect(item.content).not.toMatch(/<(script|style|img|iframe)\b|window\.ap|\.wp-block/);
    expect(item.key.length).toBeGreaterThan(0);
  });
  expect(new Set(feed.items.map((i) => i.key)).size).toBe(feed.items.length);
}

describe('well-formed corpus', () => {
  it('covers every publisher style with a few hundred feeds', () => {
    expect(wellFormed.length).toBeGreaterThanOrEqual(300);
    expect(new Set(wellFormed.map((f) => f.style))).toEqual(new Set(STYLE_NAMES));
  });

  it.each(STYLE_NAMES)('parses every %s feed to what it says', async (style) => {
    for (const f of wellFormed.filter((x) => x.style === style)) {
      const feed = await parseFeed(f.body, f.contentType);
      checkAgainstExpected(feed, f);
    }
  });
});

describe('ill-formed corpus', () => {
  it('parses to something sensible or fails with a clear reason, never crashes', async () => {
    const outcomes = new Map<string, { parsed: number; failed: number; reasons: Set<string> }>();
    for (const f of illFormed) {
      const kind = f.name.replace(/-\d+ .*$/, '');
      const tally = outcomes.get(kind) ?? { parsed: 0, failed: 0, reasons: new Set<string>() };
      outcomes.set(kind, tally);
      try {
        const feed = await parseFeed(f.body, f.contentType);
        expect(ParsedFeedSchema.parse(feed)).toEqual(feed);
        tally.parsed++;
      } catch (error) {
        expect(error, f.name).toBeInstanceOf(FeedError);
        const e = error as FeedError;
        expect(['parse', 'not-a-feed']).toContain(e.kind);
        expect(e.message.length).toBeLessThan(300);
        expect(e.message).not.toContain('\n');
        tally.failed++;
        tally.reasons.add(e.message.replace(/\d+/g, 'N'));
      }
    }
    const parsed = (kind: string) => outcomes.get(kind)!.parsed;
    const failed = (kind: string) => outcomes.get(kind)!.failed;
    // Repairs that must work: HTML entities, bare ampersands, a UTF-8 BOM beating a wrong declaration, nesting deep inside an item.
    expect(failed('bare-ampersand')).toBe(0);
    expect(failed('utf8-bom-says-1251')).toBe(0);
    expect(failed('deep-nesting-in-item')).toBe(0);
    expect(failed('wrong-encoding-declared')).toBe(0);
    expect(failed('control-characters') + parsed('control-characters')).toBe(10);
    // And refusals that must be clear.
    expect([...outcomes.get('html-error-page')!.reasons]).toEqual(['not a feed: got an HTML page']);
    expect([...outcomes.get('empty')!.reasons]).toEqual(['not a feed: the response is empty']);
    expect(failed('mis-nested')).toBe(10);
    expect([...outcomes.get('mis-nested')!.reasons].every((m) => m.startsWith('XML error at line N, column N: unexpected close tag'))).toBe(true);
    expect(failed('html-entity-undeclared')).toBe(0);
    expect(failed('bom-declaration-mismatch')).toBe(0);
    expect(parsed('json-wrong-types')).toBe(10); // fields of the wrong type are dropped, the feed stays
    expect(failed('rss-without-channel')).toBe(0); // the root's items are read as its channel's
  });
});

describe('corpus over HTTP', () => {
  let server: FeedServer;
  const fetcher = createFeedFetcher({ timeoutMs: 5000 });
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(async () => {
    await server.close();
    await fetcher.close();
  });

  it('fetches, decompresses, decodes and parses a sample of every style', async () => {
    const sample = STYLE_NAMES.flatMap((style) => wellFormed.filter((f) => f.style === style).slice(0, 3));
    const encodings = [undefined, 'gzip', 'deflate', 'br'] as const;
    await Promise.all(
      sample.map(async (f, n) => {
        const path = `/corpus/${f.name}`;
        const encoding = encodings[n % encodings.length];
        server.route(path, { body: f.body, contentType: f.contentType, etag: `"${f.name}"`, ...(encoding ? { encoding } : {}) });
        const result = await fetcher.fetch(server.url(path), {}, { trusted: true });
        if (result.kind !== 'ok') throw new Error('expected a body');
        const feed = await parseFeed(result.body, result.contentType, { baseUrl: result.url });
        checkAgainstExpected(feed, f);
        const again = await fetcher.fetch(server.url(path), { etag: result.etag }, { trusted: true });
        expect(again.kind).toBe('not-modified');
      }),
    );
  });
});
