/** RSS 2.0 documents for the poll and latency benchmarks, built from corpus articles. */
import type { BenchDocument } from './corpus.js';

export interface BenchItem {
  guid: string;
  link: string;
  title: string;
  /** HTML, as feeds carry it. */
  html: string;
  published: Date;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An item as a news feed carries it: the headline and the first paragraphs as HTML. */
export function itemFromArticle(doc: BenchDocument, opts: { guid: string; paragraphs: number; published: Date }): BenchItem {
  const paragraphs = doc.content.split('\n\n').slice(0, opts.paragraphs);
  return {
    guid: opts.guid,
    link: `https://news.example.org/${opts.guid}`,
    title: doc.title,
    html: paragraphs.map((p) => `<p>${xmlEscape(p)}</p>`).join(''),
    published: opts.published,
  };
}

export function rssFeed(title: string, items: readonly BenchItem[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${xmlEscape(i.title)}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid>` +
        `<pubDate>${i.published.toUTCString()}</pubDate><description><![CDATA[${i.html}]]></description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xmlEscape(title)}</title><link>https://news.example.org/</link><description>Benchmark feed</description>\n${body}\n</channel></rss>\n`;
}
