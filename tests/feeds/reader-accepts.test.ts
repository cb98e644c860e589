/**
 * Feeds a feed reader accepts although rss-parser alone would not: one fixture per class of
 * failure that feedparser's test corpus revealed (scripts/feedparser-corpus.ts), written for Sitrep.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/errors.js';
import type { ParsedFeed } from '../../src/feeds/item.js';
import { parseFeed } from '../../src/feeds/parse.js';

const fixture = (file: string) => readFileSync(new URL(`../fixtures/feeds/reader-accepts/${file}`, import.meta.url));

describe('an empty feed is a feed with no items', () => {
  it.each([
    ['empty-rss-no-channel.xml', 'rss', null],
    ['empty-rss-self-closing.xml', 'rss', null],
    ['empty-rss-channel.xml', 'rss', 'Regional desk'],
    ['empty-rdf.xml', 'rdf', null],
    ['empty-rdf-channel-only.xml', 'rdf', null],
    ['empty-atom.xml', 'atom', null],
    ['empty-atom-bare.xml', 'atom', null],
    ['empty-json.json', 'json', 'Night shift notes'],
  ] as const)('%s', async (file, format, title) => {
    const feed = await parseFeed(fixture(file));
    expect(feed).toEqual({ title, format, items: [], skippedItems: 0, warnings: [] } satisfies ParsedFeed);
  });

  it('reads items an <rss> holds without a <channel>', async () => {
    const feed = await parseFeed(fixture('rss-items-without-channel.xml'));
    expect(feed.items).toEqual([
      expect.objectContaining({
        title: 'Checkpoint closed after shooting near the border crossing',
        link: 'https://border.example/news/checkpoint-closed',
        content: 'Police said the crossing would reopen in the morning.',
      }),
    ]);
  });

  it('reads a channel in a namespace that is not RSS as no channel', async () => {
    const feed = await parseFeed('<rss version="2.0"><x:channel xmlns:x="urn:x"><x:item><x:title>T</x:title></x:item></x:channel></rss>');
    expect(feed.items).toEqual([]);
  });
});

describe('RSS elements under a namespace prefix', () => {
  it('reads RSS 1.0 with every element prefixed and a clashing link module', async () => {
    const feed = await parseFeed(fixture('rss1-prefixed-namespace.xml'));
    expect(feed.format).toBe('rdf');
    expect(feed.title).toBe('Provincial bulletin');
    expect(feed.items).toEqual([
      {
        key: 'provincial.example/2026/11/market-blast',
        guid: null,
        link: 'https://provincial.example/2026/11/market-blast',
        title: 'Blast at a market in the provincial capital wounds four',
        content: "A device left under a stall went off before noon, the governor's office said.",
        published: '2026-11-24T11:40:00.000Z',
        author: null,
      },
    ]);
  });

  it('reads RSS 2.0 in its own namespace and keeps atom:link apart from the channel link', async () => {
    const feed = await parseFeed(fixture('rss2-prefixed-namespace.xml'), null, { baseUrl: 'https://feeds.coastal.example/rss' });
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Coastal wire');
    expect(feed.items).toEqual([
      {
        key: 'coastal-77120',
        guid: 'coastal-77120',
        // Resolved against the channel's <n:link>, not the feed's own address in <atom:link>.
        link: 'https://coastal.example/2026/11/patrol-boat',
        title: 'Patrol boat fired on off the coast, no injuries',
        content: 'The crew returned fire and the attackers fled, the navy said.',
        published: '2026-11-24T06:15:00.000Z',
        author: 'Harbour desk',
      },
    ]);
  });
});

describe('a document cut off at its end', () => {
  it('completes a root end tag that lacks its ">"', async () => {
    const feed = await parseFeed(fixture('truncated-end-tag.xml'));
    expect(feed.items.map((i) => i.title)).toEqual(['Convoy ambushed on the northern highway']);
    expect(feed.warnings).toEqual(['the document ends before its root element is closed; read as if it were']);
  });

  it('adds a root end tag that is missing', async () => {
    const feed = await parseFeed(fixture('truncated-no-end-tag.xml'));
    expect(feed.items.map((i) => i.link)).toEqual(['https://cut.example/rocket']);
  });

  it('still refuses a document cut inside an item, naming the original error', async () => {
    const error = await parseFeed(fixture('truncated-mid-item.xml')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ kind: 'parse', message: expect.stringMatching(/^XML error at line 3, column \d+: unclosed root tag$/) });
  });

  it('repairs a bare "&" and a truncated end together', async () => {
    const feed = await parseFeed('<rss><channel><item><title>Q&A on the strike</title></item></channel></rs');
    expect(feed.items.map((i) => i.title)).toEqual(['Q&A on the strike']);
    expect(feed.warnings).toHaveLength(2);
  });
});

describe('characters XML does not allow', () => {
  it('drops them, raw or referenced, even inside markup, and keeps every item', async () => {
    const feed = await parseFeed(fixture('control-characters-in-markup.xml'));
    expect(feed.title).toBe('Pasted desk');
    expect(feed.items.map((i) => [i.title, i.content])).toEqual([
      ['Mortar rounds hit a village school', 'Two rounds landed in the yard; no one was hurt.'],
      ['Second item survives too', ''],
    ]);
  });
});
