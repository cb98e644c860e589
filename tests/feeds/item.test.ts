import { describe, expect, it } from 'vitest';
import { FeedItemSchema, itemKey, normaliseLink } from '../../src/feeds/item.js';

describe('normaliseLink', () => {
  it('drops tracking parameters and the fragment, lowercases the host', () => {
    expect(normaliseLink('https://News.Example.ORG/a/1?utm_source=rss&utm_medium=feed&id=7&fbclid=x&gclid=y#comments')).toBe(
      'https://news.example.org/a/1?id=7',
    );
  });
  it('leaves no dangling "?" and keeps other parameters in order', () => {
    expect(normaliseLink('http://example.org:80/x?utm_campaign=a')).toBe('http://example.org/x');
    expect(normaliseLink('https://example.org/x?b=2&a=1')).toBe('https://example.org/x?b=2&a=1');
  });
  it('returns a non-URL trimmed', () => {
    expect(normaliseLink('  not a url ')).toBe('not a url');
  });
});

describe('itemKey', () => {
  const base = { title: 'T', published: '2026-11-25T10:00:00.000Z' };
  it('prefers the guid, then the normalised link, then a hash of title and date', () => {
    expect(itemKey({ ...base, guid: 'g-1', link: 'https://x.org/a' })).toBe('g-1');
    expect(itemKey({ ...base, guid: null, link: 'https://X.org/a?utm_source=y#top' })).toBe('https://x.org/a');
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
