import { compile } from 'html-to-text';
import Parser from 'rss-parser';
import { z } from 'zod';
import { itemKey } from '../identity.js';
import { plural } from '../plural.js';
import { parseFeedDate } from './dates.js';
import { decodeFeedBytes } from './decode.js';
import { FeedError, formatMs } from './errors.js';
import type { FeedFormat, FeedItem, ParsedFeed } from './item.js';

export interface ParseOptions {
  /** The URL the feed was fetched from (after redirects): relative links resolve against it when the feed names no site link. */
  baseUrl?: string;
  /** Guard against a parse that never settles. Default 60 s. */
  timeoutMs?: number;
}

/** Longest HTML of one item that is reduced to text; the rest is cut (an article, not a book). */
const MAX_ITEM_HTML = 1_000_000;
/** Longest plain text kept for one item's content, and for a title. */
const MAX_CONTENT_CHARS = 100_000;
const MAX_TITLE_CHARS = 1_000;
/** Run at most this long without giving the event loop a turn. */
const SLICE_MS = 8;
/** xml2js hands sax this many characters per event-loop turn. */
const XML_CHUNK = 64 * 1024;
const DEFAULT_TIMEOUT_MS = 60_000;

const htmlToText = compile({
  wordwrap: false,
  limits: { maxInputLength: MAX_ITEM_HTML, maxDepth: 256, maxChildNodes: 10_000 },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((h) => ({ selector: h, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Parses RSS 0.9x/1.0 (RDF)/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 from bytes (decoded per
 * decode.ts) or a string. Throws FeedError 'not-a-feed' (HTML page, empty body, other XML/JSON)
 * or 'parse' (ill-formed XML or JSON, with the line). Items keep going when one is bad: an
 * unreadable date becomes null, an item with no title, content or link is skipped and counted.
 */
export async function parseFeed(input: Buffer | Uint8Array | string, contentType?: string | null, options: ParseOptions = {}): Promise<ParsedFeed> {
  const warnings: string[] = [];
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = await decodeFeedBytes(input, contentType);
    text = decoded.text;
    warnings.push(...decoded.warnings);
  }
  text = text.replace(/^\uFEFF/, '');
  const start = text.search(/\S/);
  if (start < 0) throw new FeedError('not-a-feed', 'not a feed: the response is empty');

  const isJson = text[start] === '{' || (/\bjson\b/i.test(contentType ?? '') && text[start] !== '<');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const work = isJson ? parseJsonFeed(text, warnings, options) : parseXmlFeed(text, start, warnings, options);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FeedError('timeout', `parsing took longer than ${formatMs(timeoutMs)}`)), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// XML

interface RootElement {
  /** Qualified name, e.g. "rss", "rdf:RDF", "atom:feed". */
  name: string;
  /** Namespace prefixes the root declares, by namespace URI. */
  prefixes: Map<string, string>;
}

/** The first element, skipping the declaration, comments, PIs and a DOCTYPE. */
function rootElement(text: string, start: number): RootElement | null {
  const prolog = /\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/iy;
  prolog.lastIndex = start;
  let at = start;
  while (prolog.exec(text)) at = prolog.lastIndex;
  const m = /\s*<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)/y;
  m.lastIndex = at;
  const found = m.exec(text);
  if (!found) return null;
  const prefixes = new Map<string, string>();
  for (const [, prefix, uri] of found[2]!.matchAll(/\sxmlns:([\w.-]+)\s*=\s*["']([^"']*)["']/g)) prefixes.set(uri!.trim(), prefix!);
  return { name: found[1]!, prefixes };
}

type XmlFormat = Exclude<FeedFormat, 'json'>;

function formatOf(root: string): XmlFormat | null {
  const local = root.replace(/^.*:/, '').toLowerCase();
  if (local === 'rss') return 'rss';
  if (local === 'rdf') return 'rdf';
  if (local === 'feed') return 'atom';
  return null;
}

/**
 * The namespaces of each format's own elements. A feed may put them under a prefix
 * (<rss:item>, <atom:entry>) where rss-parser only knows them bare; other formats' namespaces
 * stay prefixed (an RSS feed's <atom:link rel="self"> is not its <link>).
 */
const OWN_NAMESPACES: Record<XmlFormat, readonly string[]> = {
  rss: ['http://backend.userland.com/rss2', 'http://backend.userland.com/rss', 'http://purl.org/rss/1.0/'],
  rdf: ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'],
  atom: ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'],
};

/** Prefixes to strip: those the root binds to the format's own namespaces, and the root's own (<atom:feed>, <r:rss>). */
function ownPrefixes(root: RootElement, format: XmlFormat): string[] {
  const prefixes = OWN_NAMESPACES[format].flatMap((uri) => root.prefixes.get(uri) ?? []);
  if (format !== 'rdf' && root.name.includes(':')) prefixes.push(root.name.slice(0, root.name.indexOf(':')));
  return [...new Set(prefixes)].map((p) => `${p}:`);
}

function notAFeed(text: string, start: number, root: string | null): FeedError {
  if ((root !== null && /^html$/i.test(root)) || /^<!doctype\s+html/i.test(text.slice(start, start + 20))) {
    return new FeedError('not-a-feed', 'not a feed: got an HTML page');
  }
  if (root !== null) return new FeedError('not-a-feed', `not a feed: the XML root element is <${root}>, not <rss>, <rdf:RDF> or <feed>`);
  const head = JSON.stringify(text.slice(start, start + 40));
  return new FeedError('not-a-feed', `not a feed: the response is neither XML nor JSON (it starts with ${head})`);
}

/** xml2js/sax messages look like "Unexpected close tag\nLine: 2\nColumn: 14\nChar: >" (0-based line). */
function xmlError(error: unknown): FeedError {
  const message = error instanceof Error ? error.message : String(error);
  const m = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  if (m) return new FeedError('parse', `XML error at line ${Number(m[2]) + 1}, column ${m[3]}: ${m[1]!.toLowerCase()}`, { cause: error });
  return new FeedError('parse', `XML error: ${message.split('\n')[0]}`, { cause: error });
}

/** rss-parser turns these dates into Date objects and throws on a bad one: we read them ourselves. */
const RENAMED_DATES: Record<string, string> = { published: 'sitrep:published', updated: 'sitrep:updated' };

type RawItem = Record<string, unknown>;
type RawFeed = { title?: unknown; link?: unknown; items: RawItem[] };

interface XmlParserInternals {
  parseString(text: string, callback: (error: unknown, result: unknown) => void): unknown;
}

/** Levels of the xml2js tree (objects and arrays) kept as they are: more than any real feed, few enough for recursion. */
const MAX_TREE_DEPTH = 256;

/**
 * rss-parser re-serialises markup inside a description recursively: markup nested thousands
 * deep overflows the stack and would lose the whole feed. Below MAX_TREE_DEPTH it becomes its text.
 */
function flattenDeepMarkup(tree: object): void {
  const stack: Array<[Record<string, unknown>, number]> = [[tree as Record<string, unknown>, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (key === '$' || child === null || typeof child !== 'object') continue;
      if (depth >= MAX_TREE_DEPTH) node[key] = textOf(child) ?? '';
      else stack.push([child as Record<string, unknown>, depth + 1]);
    }
  }
}

/**
 * The xml2js tree in the shape rss-parser builds from. rss-parser assumes a <channel> (and reads
 * an element with no content as no feed at all), but a feed with no items is often published
 * as a bare <rss/>, <rss><item>…</rss> without a channel, or an <rdf:RDF> with no channel.
 */
function shapeForRssParser(tree: unknown, format: XmlFormat): unknown {
  if (tree === null || typeof tree !== 'object') return tree;
  flattenDeepMarkup(tree);
  const doc = tree as Record<string, unknown>;
  const asElement = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});
  const withChannel = (element: Record<string, unknown>, channel: Record<string, unknown>) => {
    const channels = Array.isArray(element.channel) ? element.channel : [channel];
    return { ...element, channel: [asElement(channels[0]), ...channels.slice(1)] };
  };
  if (format === 'atom' && 'feed' in doc) return { ...doc, feed: asElement(doc.feed) };
  if (format === 'rss' && 'rss' in doc) {
    const { $: attributes, ...children } = asElement(doc.rss);
    // Without a channel, what the root holds (items, a title) is the channel.
    const rss = Array.isArray(children.channel) ? asElement(doc.rss) : { $: attributes, channel: [children] };
    return { ...doc, rss: withChannel(rss, {}) };
  }
  if (format === 'rdf' && 'rdf:RDF' in doc) return { ...doc, 'rdf:RDF': withChannel(asElement(doc['rdf:RDF']), {}) };
  return tree;
}

/**
 * Characters XML 1.0 does not allow (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone
 * surrogates). sax lets them through, raw or as character references, but rss-parser re-serialises
 * markup inside a description and its XML builder throws on them: one bad item would lose the feed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const NON_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const dropNonXmlCharacters = (value: string) => value.replace(NON_XML_CHARACTERS, '');

/**
 * Element names that would collide with xml2js's own keys ("_" holds an element's text, "$" its
 * attributes) or with Object.prototype ("__proto__", "constructor"): xml2js would throw inside
 * sax's callback, where the error is lost and the parse never ends. They are renamed.
 */
const isReservedKey = (name: string) => name === '_' || name === '$' || name in Object.prototype;

/** rss-parser over xml2js in async mode, so that a big feed is parsed in slices. */
function runRssParser(text: string, format: XmlFormat, root: RootElement): Promise<RawFeed> {
  const prefixes = ownPrefixes(root, format);
  const renameTag = (name: string) => {
    const prefix = prefixes.find((p) => name.startsWith(p));
    const local = prefix === undefined ? name : name.slice(prefix.length);
    if (isReservedKey(local)) return `sitrep:${local}`;
    return RENAMED_DATES[local] ?? local;
  };
  // rss-parser reads every Atom <link> as <link href="…"/>; an element without attributes
  // (<link>http://…</link>, <link/>) would throw and lose the whole feed.
  const atomLink = (value: string, name: string) => (name === 'link' ? { $: { href: value } } : value);
  // No text node needs more than an item's worth of HTML; cut early so rss-parser's own
  // per-item work (it makes a snippet of every description) stays small too.
  const cutHuge = (value: string) => (value.length > MAX_ITEM_HTML ? value.slice(0, MAX_ITEM_HTML) : value);
  const values = [cutHuge, dropNonXmlCharacters];
  const processors = format === 'atom' ? { valueProcessors: [...values, atomLink], emptyTag: () => ({ $: {} }) } : { valueProcessors: values };
  const parser = new Parser<Record<string, unknown>, RawItem>({
    defaultRSS: 2,
    xml2js: { async: true, chunkSize: XML_CHUNK, tagNameProcessors: [renameTag], attrValueProcessors: [dropNonXmlCharacters], ...processors },
    customFields: {
      item: [
        'media:description',
        'sitrep:published',
        'sitrep:updated',
        // Atom 0.3 dates.
        'issued',
        'modified',
        'created',
      ],
    },
  });
  return new Promise<RawFeed>((resolve, reject) => {
    // In async mode xml2js swallows an exception thrown by its callback (rss-parser building the
    // feed from an odd document), and the promise would never settle: catch it on the way.
    const xmlParser = (parser as unknown as { xmlParser?: XmlParserInternals }).xmlParser;
    if (xmlParser && typeof xmlParser.parseString === 'function') {
      const parseString = xmlParser.parseString.bind(xmlParser);
      xmlParser.parseString = (xml, callback) =>
        parseString(xml, (error, result) => {
          try {
            callback(error, error ? result : shapeForRssParser(result, format));
          } catch (thrown) {
            reject(new FeedError('parse', `unexpected feed structure: ${thrown instanceof Error ? thrown.message : String(thrown)}`, { cause: thrown }));
          }
        });
    }
    parser.parseString(text).then((feed) => resolve(feed as RawFeed), reject);
  });
}

/** A way to read a document broken in a common way: when the XML error matches, the text repaired, and what was done. */
interface Repair {
  applies: RegExp;
  repair(text: string, root: RootElement): string;
  warning: string;
  /** When the repaired text fails too, the error before the repair is the one to report (the repair only guessed). */
  speculative: boolean;
}

const REPAIRS: readonly Repair[] = [
  {
    // The commonest breakage in the wild: a bare "&" (AT&T, ?a=1&b=2) or an undefined entity.
    applies: /Invalid character (in entity name|entity)/,
    repair: (text) => escapeStrayAmpersands(text),
    warning: 'the feed has unescaped "&" or undefined entities; read as text',
    speculative: false,
  },
  {
    // A document cut off in its last bytes: "</rss" with no ">", or no end tag at all.
    applies: /Unclosed root tag/,
    repair: (text, root) => closeRoot(text, root.name),
    warning: 'the document ends before its root element is closed; read as if it were',
    speculative: true,
  },
];

async function parseXmlFeed(text: string, start: number, warnings: string[], options: ParseOptions): Promise<ParsedFeed> {
  const root = rootElement(text, start);
  const format = root === null ? null : formatOf(root.name);
  if (root === null || format === null) throw notAFeed(text, start, root?.name ?? null);

  // sax (under xml2js) knows the HTML entities (&nbsp;, &eacute;...) that feeds use without
  // declaring them, and never expands entities a DOCTYPE declares: entity bombs and XXE stay inert.
  // A document broken in a known way is repaired and read again, once per kind of repair.
  let raw: RawFeed | undefined;
  let last: { repair: Repair; error: unknown } | undefined;
  const tried = new Set<Repair>();
  while (raw === undefined) {
    try {
      raw = await runRssParser(text, format, root);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      const repair = REPAIRS.find((r) => !tried.has(r) && r.applies.test(String(error)));
      const repaired = repair?.repair(text, root);
      if (repair === undefined || repaired === undefined || repaired === text) throw xmlError(last?.repair.speculative ? last.error : error);
      tried.add(repair);
      last = { repair, error };
      text = repaired;
      warnings.push(repair.warning);
    }
  }
  const base = linkBase(textOf(raw.link), options.baseUrl);
  return finishFeed(textOf(raw.title), format, raw.items, (item) => xmlEntry(item, format), base, warnings);
}

/**
 * The repair for a truncated end: a partial end tag of the root ("</", "</rs") is completed, or
 * the missing one added. Elements left open inside still fail the second read.
 */
function closeRoot(text: string, root: string): string {
  const tail = text.trimEnd();
  const close = `</${root}>`;
  for (let k = close.length - 1; k >= 2; k--) {
    if (tail.endsWith(close.slice(0, k))) return tail + close.slice(k);
  }
  return `${tail}${close}`;
}

/**
 * The repair for entity errors: outside CDATA sections and comments, every "&" that does not start
 * one of XML's own five entities or a character reference becomes "&amp;", and a reference to a
 * character XML forbids (&#1;) goes. A bare "&" (AT&T) then reads as itself and an undefined entity
 * (&nbps;, or one a DOCTYPE declares) as its literal name, which the HTML reduction of titles and
 * content decodes when it is an HTML entity after all.
 */
function escapeStrayAmpersands(text: string): string {
  return text.replace(
    /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)|&#(?:([0-9]{1,7})|x([0-9A-Fa-f]{1,6}));|&(?!(?:amp|lt|gt|quot|apos);)/g,
    (match, kept: string | undefined, decimal: string | undefined, hex: string | undefined) => {
      if (kept !== undefined) return kept;
      if (decimal === undefined && hex === undefined) return '&amp;';
      return isXmlCharacter(decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16)) ? match : '';
    },
  );
}

/** XML 1.0's Char production. */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function xmlEntry(item: RawItem, format: FeedFormat): RawEntry {
  const guid = textOf(format === 'atom' ? item.id : item.guid);
  return {
    guid,
    link: textOf(item.link) ?? (format === 'rdf' ? textOf(item['rdf:about']) : null) ?? (guid !== null && /^https?:\/\//i.test(guid) ? guid : null),
    title: textOf(item.title),
    html: [item['content:encoded'], item.content, item.summary, item['media:description']].map(textOf).find((c) => c !== null) ?? null,
    dates: [item.pubDate, item['dc:date'], item.date, item['sitrep:published'], item.issued, item.created, item['sitrep:updated'], item.modified]
      .map(textOf)
      .filter((d) => d !== null),
    author: textOf(item.creator) ?? textOf(item.author) ?? textOf(item['dc:creator']),
  };
}

/** The text in an xml2js value: a string, {_: text, $: attrs}, an array, or nested elements. */
function textOf(value: unknown): string | null {
  const parts: string[] = [];
  // Iterative: a hostile document can nest elements thousands deep.
  const stack: unknown[] = [value];
  let budget = 100_000;
  while (stack.length > 0 && budget-- > 0) {
    const v = stack.pop();
    if (typeof v === 'string') parts.push(v);
    else if (typeof v === 'number') parts.push(String(v));
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v).filter(([k]) => k !== '$');
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i]![1]);
    }
  }
  const joined = parts.join(' ').trim();
  return joined === '' ? null : joined;
}

// ---------------------------------------------------------------------------------------------
// JSON Feed (https://jsonfeed.org/version/1.1)

// A field of the wrong type is dropped (.catch), not the item: one odd field loses that field only.
const optionalString = z.string().optional().catch(undefined);
const JsonAuthorSchema = z.object({ name: optionalString }).loose();
const JsonFeedItemSchema = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
    url: optionalString,
    external_url: optionalString,
    title: optionalString,
    content_html: optionalString,
    content_text: optionalString,
    summary: optionalString,
    date_published: optionalString,
    date_modified: optionalString,
    author: JsonAuthorSchema.optional().catch(undefined),
    authors: z.array(JsonAuthorSchema).optional().catch(undefined),
  })
  .loose();
const JsonFeedSchema = z
  .object({
    version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/, 'not a JSON Feed version URL'),
    title: optionalString,
    home_page_url: optionalString,
    feed_url: optionalString,
    // Required by the spec, yet a feed with nothing in it is still a feed.
    items: z.array(z.unknown()).default([]),
  })
  .loose();

async function parseJsonFeed(text: string, warnings: string[], options: ParseOptions): Promise<ParsedFeed> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse', `JSON error: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const feed = JsonFeedSchema.safeParse(data);
  if (!feed.success) {
    const issue = feed.error.issues[0]!;
    throw new FeedError('not-a-feed', `not a feed: JSON that is not a JSON Feed (${issue.path.join('.') || 'document'}: ${issue.message})`);
  }
  const entries: RawEntry[] = [];
  let invalid = 0;
  for (const value of feed.data.items) {
    const item = JsonFeedItemSchema.safeParse(value);
    if (!item.success) {
      invalid++;
      continue;
    }
    const i = item.data;
    entries.push({
      guid: i.id ?? null,
      link: i.url ?? i.external_url ?? null,
      title: i.title ?? null,
      html: i.content_html ?? i.content_text ?? i.summary ?? null,
      dates: [i.date_published, i.date_modified].filter((d) => d !== undefined),
      author: i.authors?.[0]?.name ?? i.author?.name ?? null,
    });
  }
  if (invalid > 0) warnings.push(`${plural(invalid, 'JSON Feed item')} of the wrong shape skipped`);
  const parsed = await finishFeed(
    feed.data.title ?? null,
    'json',
    entries,
    (entry) => entry,
    linkBase(feed.data.home_page_url ?? null, options.baseUrl),
    warnings,
  );
  return { ...parsed, skippedItems: parsed.skippedItems + invalid };
}

// ---------------------------------------------------------------------------------------------
// Shared: from raw entries to FeedItems

interface RawEntry {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** HTML or plain text. */
  html: string | null;
  /** Candidate dates, best first: the first readable one is used. */
  dates: string[];
  author: string | null;
}

const TITLE_FROM_CONTENT_CHARS = 140;

/** Markup worth an HTML parser in content. */
const LOOKS_LIKE_HTML = /<[A-Za-z!/]|&[#A-Za-z0-9]+;/;
/**
 * Titles are meant to be plain text, yet many feeds put escaped HTML in them. Only common inline
 * tags and entity references count as HTML there, so "convoy <near> Tal Afar" keeps its words.
 */
const TITLE_HTML = /<\/?(?:a|abbr|b|big|br|cite|code|div|em|font|i|img|mark|p|q|s|small|span|strong|sub|sup|u)\b[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

function plainText(html: string, maxChars: number, looksLikeHtml = LOOKS_LIKE_HTML): string {
  // Plain text needs no HTML parser; this also keeps a literal "a < b" intact.
  // Cut before html-to-text, which would otherwise warn on the console about long input.
  const text = looksLikeHtml.test(html) ? htmlToText(html.slice(0, MAX_ITEM_HTML)) : html.slice(0, maxChars);
  const tidy = text
    .replace(/[ \t\f\v\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return tidy.length > maxChars ? `${tidy.slice(0, maxChars - 1)}…` : tidy;
}

const oneLine = (text: string | null, maxChars: number) => (text === null ? '' : plainText(text, maxChars, TITLE_HTML).replace(/\s+/g, ' '));

/**
 * What relative item links resolve against: the site's link from the feed (feeds often live on
 * another host than the articles, e.g. feeds.example.org vs www.example.org), else the feed's URL.
 */
function linkBase(siteLink: string | null, feedUrl: string | undefined): string | undefined {
  if (siteLink !== null) {
    try {
      return new URL(siteLink.trim(), feedUrl).toString();
    } catch {
      // not a usable base
    }
  }
  return feedUrl;
}

/**
 * An item's link as an absolute web address, or null: a script, data or mail link (or one that is no
 * address at all) would otherwise travel into alerts, JSON output and digests as the item's "source".
 */
function resolveLink(link: string, base: string | undefined): string | null {
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Turns raw items into FeedItems in time slices, giving the event loop a turn between slices. */
async function finishFeed<T>(
  title: string | null,
  format: FeedFormat,
  rawItems: readonly T[],
  toEntry: (raw: T) => RawEntry,
  base: string | undefined,
  warnings: string[],
): Promise<ParsedFeed> {
  const items: FeedItem[] = [];
  let skipped = 0;
  let badDates = 0;
  let droppedLinks = 0;
  let sliceStart = performance.now();
  for (const raw of rawItems) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    const entry = toEntry(raw);
    const content = entry.html === null ? '' : plainText(entry.html, MAX_CONTENT_CHARS);
    const link = entry.link === null ? null : resolveLink(entry.link, base);
    if (entry.link !== null && entry.link.trim() !== '' && link === null) droppedLinks++;
    let itemTitle = oneLine(entry.title, MAX_TITLE_CHARS);
    if (itemTitle === '' && content === '' && link === null) {
      skipped++;
      continue;
    }
    if (itemTitle === '' && content !== '') {
      // Title-less items (microblogs, some JSON feeds): the start of the text stands in.
      const firstLine = content.split('\n', 1)[0]!;
      itemTitle = firstLine.length > TITLE_FROM_CONTENT_CHARS ? `${firstLine.slice(0, TITLE_FROM_CONTENT_CHARS - 1).trimEnd()}…` : firstLine;
    }
    let published: string | null = null;
    for (const date of entry.dates) {
      published = parseFeedDate(date);
      if (published !== null) break;
    }
    if (published === null && entry.dates.length > 0) badDates++;
    const guid = entry.guid?.trim() || null;
    items.push({
      key: itemKey({ guid, link, title: itemTitle, published }),
      guid,
      link,
      title: itemTitle,
      content,
      published,
      author: oneLine(entry.author, MAX_TITLE_CHARS) || null,
    });
  }
  if (skipped > 0) warnings.push(`${plural(skipped, 'item')} with no title, content or link skipped`);
  if (badDates > 0) warnings.push(`${plural(badDates, 'item')} with an unreadable date`);
  if (droppedLinks > 0) warnings.push(`${plural(droppedLinks, 'item link')} dropped: not a web address (http or https)`);
  const feedTitle = oneLine(title, MAX_TITLE_CHARS) || null;
  return { title: feedTitle, format, items, skippedItems: skipped, warnings };
}
