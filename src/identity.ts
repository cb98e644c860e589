import { createHash } from 'node:crypto';

/**
 * What makes two links, or two feed items, the same: one definition for the feed reader (an item
 * seen before does not alert again) and for incident grouping (a re-published copy of a report).
 */

/**
 * Query parameters that say how a reader arrived, not what they read. Article ids are never
 * among them ("id", "p", "cid" stay: some sites number their articles with them).
 */
const TRACKING_PARAM =
  /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src|cmpid|ocid|smid|taid|at_medium|at_campaign|rss|amp|outputtype)$/i;

/**
 * A link's identity, without what changes between re-publications of one article: scheme, "www."
 * and "amp." hosts, fragment, tracking parameters (utm_*, fbclid, …), AMP paths and trailing
 * slashes; the parameters that remain are sorted. `https://www.example.org/a/?utm_source=rss#top`
 * → `example.org/a`. Null for a missing link or one that is not http(s).
 */
export function normalizeLink(link: string | null | undefined): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/^amp\./, '');
  let path = url.pathname
    .replace(/\/amp(\/|$)/gi, '/')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/\/+$/, '');
  if (path === '') path = '/';
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${host}${path}${query}`;
}

/** Keys this long are stored as their hash: some feeds put whole articles in the guid. */
const MAX_KEY_LENGTH = 512;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A feed item's identity within its feed: the guid, else its link's identity (a link that is not
 * http(s) as it is), else a hash of title and publication time.
 */
export function itemKey(item: { guid: string | null; link: string | null; title: string; published: string | null }): string {
  const key = item.guid ?? (item.link !== null ? (normalizeLink(item.link) ?? item.link.trim()) : null);
  if (key === null || key === '') return sha256(`${item.title}\n${item.published ?? ''}`);
  return key.length > MAX_KEY_LENGTH ? sha256(key) : key;
}
