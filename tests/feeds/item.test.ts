import { describe, expect, it } from 'vitest';
import { FeedItemSchema } from '../../src/feeds/item.js';
import { itemKey, normalizeLink } from '../../src/identity.js';

describe('normalizeLink (one identity for item keys and incident grouping)', () => {
  it('drops scheme, www, fragment and tracking parameters; lowercases the host; sorts what is left', () => {
    expect(normalizeLink('https://News.Example.ORG/a/1?utm_source=rss&utm_medium=feed&id=7&fbclid=x&gclid=y#comments')).toBe('news.example.org/a/1?id=7');
    expect(normalizeLink('http://www.example.org:80/x/?utm_campaign=a')).toBe('example.org/x');
    expect(normalizeLink('https://example.org/x?b=2&a=1')).toBe('example.org/x?a=1&b=2');
  });
  it('keeps parameters that may number articles', () => {
    expect(normalizeLink('https://example.org/story.php?cid=4411&p=2&utm_source=x')).toBe('example.org/story.php?cid=4411&p=2');
  });
  it('gives null for what is not an http(s) URL', () => {
    expect(normalizeLink('  not a url ')).toBeNull();
    expect(normalizeLink('urn:uuid:5f0c')).toBeNull();
  });
  it('gives what the feed reader keyed on before (scheme, www and all) the same identity', () => {
    // Version 0.1.0 keyed items by the link less fragment and utm_*/fbclid/gclid: applying the
    // identity to such a key gives the identity of the original link (the 0007 migration relies on it).
    for (const link of ['https://www.example.org/a/b/?utm_source=rss&x=1#top', 'http://Example.org/amp/a?fbclid=1', 'https://example.org/a?gclid=2&b=3&a=4']) {
      const oldKey = new URL(link);
      oldKey.hash = '';
      for (const name of [...oldKey.searchParams.keys()]) if (/^(utm_.*|fbclid|gclid)$/i.test(name)) oldKey.searchParams.delete(name);
      expect(normalizeLink(oldKey.toString()), link).toBe(normalizeLink(link));
    }
  });
});

describe('itemKey', () => {
  const base = { title: 'T', published: '2026-11-25T10:00:00.000Z' };
  it('prefers the guid, then the link identity, then a hash of title and date', () => {
    expect(itemKey({ ...base, guid: 'g-1', link: 'https://x.org/a' })).toBe('g-1');
    expect(itemKey({ ...base, guid: null, link: 'https://www.X.org/a/?utm_source=y#top' })).toBe('x.org/a');
    expect(itemKey({ ...base, guid: null, link: ' urn:x:1 ' })).toBe('urn:x:1');
    const hashed = itemKey({ ...base, guid: null, link: null });
    expect(hashed).toMatch(/^[0-9a-f]{64}$/);
    expect(itemKey({ ...base, guid: null, link: null, published: null })).not.toBe(hashed);
  });
  it('hashes an overlong guid', () => {
    expect(itemKey({ ...base, guid: 'g'.repeat(2000), link: null })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('FeedItemSchema', () => {
  it('accepts a complete item and rejects a bad date', () => {
    const item = { key: 'k', guid: null, link: null, title: 't', content: '', published: '2026-11-25T10:00:00.000Z', author: null };
    expect(FeedItemSchema.parse(item)).toEqual(item);
    expect(FeedItemSchema.safeParse({ ...item, published: 'yesterday' }).success).toBe(false);
  });
});
