/**
 * Measures parse time and the longest event-loop block for big feeds (not a test: tests never
 * assert on speed). Run: npx tsx tests/feeds/measure-parse.ts
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseFeed } from '../../src/feeds/parse.js';

function rss(items: number, paragraphRepeats: number): string {
  const item = (i: number) =>
    `<item><title>Item ${i} &amp; more</title><link>https://big.example/a/${i}?utm_source=rss</link><guid>g${i}</guid>` +
    `<pubDate>Wed, 25 Nov 2026 14:03:00 GMT</pubDate><description><![CDATA[<p>${'Lorem ipsum <b>dolor</b> sit amet. '.repeat(paragraphRepeats)}</p>]]></description></item>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${Array.from({ length: items }, (_, i) => item(i)).join('')}</channel></rss>`;
}

const cases: Array<[string, string]> = [
  ['5 MB, 5,000 items with HTML', rss(5000, 28)],
  ['10 MB, 20,000 small items', rss(20000, 12)],
  [
    '9.5 MB single text node',
    `<rss version="2.0"><channel><title>T</title><item><title>big</title><description>${'word '.repeat(1_900_000)}</description></item></channel></rss>`,
  ],
];

for (const [name, xml] of cases) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let maxGap = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 1);
  histogram.enable();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const feed = await parseFeed(Buffer.from(xml));
  const elapsed = performance.now() - started;
  maxGap = Math.max(maxGap, performance.now() - last);
  clearInterval(timer);
  histogram.disable();
  console.log(
    `${name}: ${(xml.length / 1024 / 1024).toFixed(1)} MB, ${feed.items.length} items, parse ${elapsed.toFixed(0)} ms, ` +
      `longest event-loop block ${maxGap.toFixed(0)} ms (p99 delay ${(histogram.percentile(99) / 1e6).toFixed(0)} ms), ` +
      `heap +${((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024).toFixed(0)} MB`,
  );
}
