import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/errors.js';
import { ParsedFeedSchema } from '../../src/feeds/item.js';
import { parseFeed } from '../../src/feeds/parse.js';

async function parseError(input: string | Buffer, contentType?: string): Promise<FeedError> {
  try {
    await parseFeed(input, contentType);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

const rss2 = (items: string, channel = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Wire</title><link>https://wire.example/world/</link>${channel}${items}</channel></rss>`;

describe('parseFeed: RSS 2.0', () => {
  it('reads the fields Sitrep uses', async () => {
    const feed = await parseFeed(
      rss2(`<item>
        <title>Drones hit &lt;b&gt;Erbil&lt;/b&gt; airbase</title>
        <link>https://wire.example/a/1?utm_source=rss&amp;id=9#top</link>
        <guid isPermaLink="false">wire-1</guid>
        <dc:creator>Jane Roe</dc:creator>
        <pubDate>Wed, 25 Nov 2026 14:03:00 EST</pubDate>
        <description>Short version</description>
        <content:encoded><![CDATA[<p>Two drones <a href="https://x">struck</a> the base.<img src="p.jpg"></p><script>track()</script><style>p{color:red}</style><p>No casualties &amp; no damage.</p>]]></content:encoded>
      </item>`),
    );
    expect(ParsedFeedSchema.parse(feed)).toEqual(feed);
    expect(feed).toMatchObject({ title: 'Wire', format: 'rss', skippedItems: 0 });
    expect(feed.items).toEqual([
      {
        key: 'wire-1',
        guid: 'wire-1',
        link: 'https://wire.example/a/1?utm_source=rss&id=9#top',
        title: 'Drones hit Erbil airbase',
        content: 'Two drones struck the base.\n\nNo casualties & no damage.',
        published: '2026-11-25T19:03:00.000Z',
        author: 'Jane Roe',
      },
    ]);
  });

  it('falls back from content:encoded to description and media:description', async () => {
    const feed = await parseFeed(
      rss2(`<item><title>a</title><description>From &amp;quot;description&amp;quot;</description></item>
            <item><title>b</title><media:description>From media</media:description></item>`),
    );
    expect(feed.items.map((i) => i.content)).toEqual(['From "description"', 'From media']);
  });

  it('keys by normalised link without a guid, resolves relative links, and uses a link-like guid as link', async () => {
    const feed = await parseFeed(
      rss2(`<item><title>rel</title><link>/world/story-1?utm_medium=feed#x</link></item>
            <item><title>guid link</title><guid>https://wire.example/world/story-2</guid></item>`),
      undefined,
    );
    expect(feed.items[0]).toMatchObject({ link: 'https://wire.example/world/story-1?utm_medium=feed#x', key: 'wire.example/world/story-1' });
    expect(feed.items[1]).toMatchObject({ link: 'https://wire.example/world/story-2', key: 'https://wire.example/world/story-2' });
    const noSiteLink = '<rss version="2.0"><channel><title>T</title><item><title>rel</title><link>story-3</link></item></channel></rss>';
    const withBase = await parseFeed(noSiteLink, undefined, { baseUrl: 'https://cdn.example/feeds/rss.xml' });
    expect(withBase.items[0]!.link).toBe('https://cdn.example/feeds/story-3');
    // The site link wins over the feed's own URL, and may itself be relative to it.
    const relativeSite = await parseFeed(
      rss2('<item><title>rel</title><link>story-4</link></item>').replace('https://wire.example/world/', '/world/'),
      undefined,
      {
        baseUrl: 'https://feeds.wire.example/rss.xml',
      },
    );
    expect(relativeSite.items[0]!.link).toBe('https://feeds.wire.example/world/story-4');
  });

  it('keeps the feed when one item is bad: unreadable date → null, empty item skipped and counted', async () => {
    const feed = await parseFeed(
      rss2(`<item><title>good</title><pubDate>Wed, 25 Nov 2026 14:03:00 GMT</pubDate></item>
            <item><title>bad date</title><pubDate>the day before yesterday</pubDate></item>
            <item><pubDate>Wed, 25 Nov 2026 14:03:00 GMT</pubDate></item>
            <item><description>only content, no title: the start stands in for it</description></item>`),
    );
    expect(feed.items.map((i) => [i.title, i.published])).toEqual([
      ['good', '2026-11-25T14:03:00.000Z'],
      ['bad date', null],
      ['only content, no title: the start stands in for it', null],
    ]);
    expect(feed.skippedItems).toBe(1);
    expect(feed.warnings).toEqual(['1 item with no title, content or link skipped', '1 item with an unreadable date']);
  });

  it('parses <rss> without a version, RSS 0.91 with its DOCTYPE, and dc:date', async () => {
    const noVersion = await parseFeed('<rss><channel><title>T</title><item><title>x</title><dc:date>2026-11-25T10:00:00Z</dc:date></item></channel></rss>');
    expect(noVersion.items[0]).toMatchObject({ title: 'x', published: '2026-11-25T10:00:00.000Z' });
    const v091 = await parseFeed(`<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link><item><title>Item</title><link>http://old.example/1</link><description>d</description></item></channel></rss>`);
    expect(v091).toMatchObject({ title: 'Old', format: 'rss', items: [{ title: 'Item', link: 'http://old.example/1', content: 'd' }] });
  });

  it('reads an undefined entity as its name, keeping the rest of the feed', async () => {
    const feed = await parseFeed(rss2('<item><title>Typo&nbps;here &bull; ok</title><description><![CDATA[<p>R&amp;D &copy; AT&T</p>]]></description></item>'));
    expect(feed.items[0]).toMatchObject({ title: 'Typo&nbps;here • ok', content: 'R&D © AT&T' });
  });

  it('decodes HTML entities XML does not define and repairs bare ampersands', async () => {
    const feed = await parseFeed(rss2('<item><title>Caf&eacute;&nbsp;&mdash; AT&T, Q&A</title><link>https://x.example/?a=1&b=2</link></item>'));
    expect(feed.items[0]).toMatchObject({ title: 'Café — AT&T, Q&A', link: 'https://x.example/?a=1&b=2' });
    expect(feed.warnings).toContain('the feed has unescaped "&" or undefined entities; read as text');
  });
});

describe('parseFeed: RDF, Atom, JSON Feed', () => {
  it('reads RSS 1.0 (RDF)', async () => {
    const feed = await parseFeed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF news</title><link>https://rdf.example/</link></channel>
  <item rdf:about="https://rdf.example/1"><title>First</title><dc:date>2026-11-25T10:00:00+02:00</dc:date><dc:creator>Ann</dc:creator><description>Text</description></item>
  <item rdf:about="https://rdf.example/2"><title>Second</title></item>
</rdf:RDF>`);
    expect(feed).toMatchObject({ title: 'RDF news', format: 'rdf' });
    expect(feed.items).toEqual([
      {
        key: 'rdf.example/1',
        guid: null,
        link: 'https://rdf.example/1',
        title: 'First',
        content: 'Text',
        published: '2026-11-25T08:00:00.000Z',
        author: 'Ann',
      },
      { key: 'rdf.example/2', guid: null, link: 'https://rdf.example/2', title: 'Second', content: '', published: null, author: null },
    ]);
  });

  it('reads RSS 0.90 (RDF-based) and RSS 0.92', async () => {
    const v090 = await parseFeed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
  <channel><title>Mozilla Dot Org</title><link>http://www.mozilla.org</link><description>the Mozilla Organization web site</description></channel>
  <item><title>New Status Updates</title><link>http://www.mozilla.org/status/</link></item>
</rdf:RDF>`);
    expect(v090).toMatchObject({ title: 'Mozilla Dot Org', format: 'rdf', items: [{ title: 'New Status Updates', link: 'http://www.mozilla.org/status/' }] });
    const v092 = await parseFeed(
      '<rss version="0.92"><channel><title>T</title><link>http://x.example/</link><item><description>Only a description</description><enclosure url="http://x.example/a.mp3" length="1" type="audio/mpeg"/></item></channel></rss>',
    );
    expect(v092.items).toEqual([expect.objectContaining({ title: 'Only a description', content: 'Only a description', link: null })]);
  });

  it('reads Atom 1.0: xhtml and html content, alternate links, the first readable date', async () => {
    const feed = await parseFeed(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Atom &lt;i&gt;news&lt;/i&gt;</title>
  <link rel="self" href="https://atom.example/feed.xml"/><link href="https://atom.example/"/>
  <entry>
    <id>tag:atom.example,2026:1</id><title>One</title>
    <link rel="replies" href="https://atom.example/1/comments"/><link rel="alternate" href="https://atom.example/1"/>
    <published>not a date</published><updated>2026-11-25T10:00:00Z</updated>
    <author><name>Bob</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>world</b></p></div></content>
  </entry>
  <entry><id>tag:atom.example,2026:2</id><title type="html">&lt;b&gt;Two&lt;/b&gt;</title><link>https://atom.example/2</link>
    <summary type="html">&lt;p&gt;Sum &amp;amp; mary&lt;/p&gt;</summary><published>2026-11-25T11:00:00+01:00</published></entry>
  <entry><id/><title/><link/></entry>
</feed>`);
    expect(feed).toMatchObject({ title: 'Atom news', format: 'atom', skippedItems: 1 });
    expect(feed.items).toEqual([
      {
        key: 'tag:atom.example,2026:1',
        guid: 'tag:atom.example,2026:1',
        link: 'https://atom.example/1',
        title: 'One',
        content: 'Hello world',
        published: '2026-11-25T10:00:00.000Z',
        author: 'Bob',
      },
      {
        key: 'tag:atom.example,2026:2',
        guid: 'tag:atom.example,2026:2',
        link: 'https://atom.example/2',
        title: 'Two',
        content: 'Sum & mary',
        published: '2026-11-25T10:00:00.000Z',
        author: null,
      },
    ]);
  });

  it('reads Atom 0.3 and prefixed Atom', async () => {
    const atom03 = await parseFeed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old atom</title>
<entry><title>E</title><link rel="alternate" type="text/html" href="http://a03.example/e"/><id>a03-1</id><issued>2026-11-25T09:00:00Z</issued><modified>2026-11-25T10:00:00Z</modified><content type="text/html" mode="escaped">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`);
    expect(atom03.items[0]).toMatchObject({ title: 'E', link: 'http://a03.example/e', published: '2026-11-25T09:00:00.000Z', content: 'Body' });
    const prefixed = await parseFeed(`<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title>
<atom:entry><atom:id>p1</atom:id><atom:title>Prefixed</atom:title><atom:link href="https://p.example/1"/><atom:updated>2026-11-25T10:00:00Z</atom:updated></atom:entry></atom:feed>`);
    expect(prefixed).toMatchObject({
      title: 'P',
      format: 'atom',
      items: [{ key: 'p1', title: 'Prefixed', link: 'https://p.example/1', published: '2026-11-25T10:00:00.000Z' }],
    });
  });

  it('reads JSON Feed 1.1 and 1.0, skipping items of the wrong shape', async () => {
    const feed = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'JSON news',
        home_page_url: 'https://json.example/',
        items: [
          { id: 1, url: '/posts/1', title: 'One', content_html: '<p>Hi &amp; bye</p>', date_published: '2026-11-25T10:00:00Z', authors: [{ name: 'Cy' }] },
          { id: 'two', content_text: 'Text only item', date_modified: '2026-11-25T11:00:00-05:00' },
          { id: { bad: true } },
          'not an object',
        ],
      }),
      'application/feed+json',
    );
    expect(feed).toMatchObject({ title: 'JSON news', format: 'json', skippedItems: 2 });
    expect(feed.items).toEqual([
      { key: '1', guid: '1', link: 'https://json.example/posts/1', title: 'One', content: 'Hi & bye', published: '2026-11-25T10:00:00.000Z', author: 'Cy' },
      { key: 'two', guid: 'two', link: null, title: 'Text only item', content: 'Text only item', published: '2026-11-25T16:00:00.000Z', author: null },
    ]);
    const v10 = await parseFeed(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'Old', items: [{ id: 'a', title: 'A', author: { name: 'Dee' } }] }),
    );
    expect(v10.items[0]).toMatchObject({ title: 'A', author: 'Dee' });
  });
});

describe('parseFeed: not a feed, ill-formed', () => {
  it('says an HTML page is not a feed', async () => {
    expect((await parseError('<!DOCTYPE html>\n<html><head><title>Home</title></head><body>Hi</body></html>', 'text/html')).message).toBe(
      'not a feed: got an HTML page',
    );
    expect((await parseError('\n  <html lang="en"><body></body></html>')).message).toBe('not a feed: got an HTML page');
  });
  it('says what else it got', async () => {
    expect(await parseError('')).toMatchObject({ kind: 'not-a-feed', message: 'not a feed: the response is empty' });
    expect(await parseError('<svg xmlns="http://www.w3.org/2000/svg"/>')).toMatchObject({
      kind: 'not-a-feed',
      message: 'not a feed: the XML root element is <svg>, not <rss>, <rdf:RDF> or <feed>',
    });
    expect((await parseError('Service temporarily unavailable')).message).toBe(
      'not a feed: the response is neither XML nor JSON (it starts with "Service temporarily unavailable")',
    );
    expect(await parseError('{"data": []}')).toMatchObject({ kind: 'not-a-feed' });
    expect((await parseError('{"version": "https://jsonfeed.org/version/1.1", "items": [')).message).toMatch(/^JSON error: /);
  });
  it('gives the line of an XML error', async () => {
    const error = await parseError('<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>T</title><item><title>x</titl></item></channel></rss>');
    expect(error).toMatchObject({ kind: 'parse', message: 'XML error at line 3, column 46: unexpected close tag' });
  });
  it('reuses nothing between parses: a failed parse does not break the next', async () => {
    await parseError('<rss><channel><item><title>x</title></channel></rss>');
    const ok = await parseFeed('<rss><channel><title>T</title><item><title>x</title></item></channel></rss>');
    expect(ok.items).toHaveLength(1);
  });
});
