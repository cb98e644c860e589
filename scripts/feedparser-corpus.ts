/**
 * How many of the feeds that feedparser's own test suite expects to parse without error Sitrep
 * parses without error. The corpus is not part of this repository: pass the path of a checkout of
 * https://github.com/kurtmckee/feedparser.
 *
 *   npx tsx scripts/feedparser-corpus.ts /path/to/feedparser [--failures] [--json]
 *
 * Counted: every file of tests/wellformed and tests/entities (feedparser's tests expect them to
 * parse with no error, in loose mode for entities), and the files of tests/encoding whose
 * expectation is not "bozo" (an error). HTTP cases get the Content-Type their "Header:" comment
 * names, as feedparser's tests serve them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FeedError } from '../src/feeds/errors.js';
import { parseFeed } from '../src/feeds/parse.js';

const FOLDERS = ['tests/wellformed', 'tests/encoding', 'tests/entities'];

function xmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return xmlFiles(path);
    return name.endsWith('.xml') ? [path] : [];
  });
}

/** The test's own description block, read as feedparser's helper reads it (ASCII comments). */
function expectation(bytes: Buffer): { expect: string; contentType: string | null } {
  // The comment is ASCII in every encoding but UTF-16/32: strip NULs so those read too.
  const text = bytes.toString('latin1').replace(/\0/g, '');
  const expect = /Expect:\s*(.*?)\s*-->/s.exec(text)?.[1] ?? '';
  const contentType = /^Header:\s+Content-type:(.*)$/im.exec(text)?.[1]?.trim() ?? null;
  return { expect, contentType };
}

interface CorpusResult {
  counted: number;
  parsed: number;
  failures: Array<{ file: string; error: string }>;
}

async function measure(checkout: string): Promise<CorpusResult> {
  const result: CorpusResult = { counted: 0, parsed: 0, failures: [] };
  for (const folder of FOLDERS) {
    for (const file of xmlFiles(join(checkout, folder)).sort()) {
      const bytes = readFileSync(file);
      const { expect, contentType } = expectation(bytes);
      if (/^bozo\b/.test(expect)) continue;
      const isHttp = relative(checkout, file).includes('http');
      result.counted++;
      try {
        await parseFeed(bytes, isHttp ? (contentType ?? 'text/xml') : null);
        result.parsed++;
      } catch (error) {
        if (!(error instanceof FeedError)) throw error;
        result.failures.push({ file: relative(checkout, file), error: error.message });
      }
    }
  }
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const checkout = args.find((a) => !a.startsWith('--'));
  if (!checkout) {
    process.stderr.write('usage: tsx scripts/feedparser-corpus.ts PATH_OF_FEEDPARSER_CHECKOUT [--failures] [--json]\n');
    process.exit(2);
  }
  const result = await measure(checkout);
  const share = (100 * result.parsed) / result.counted;
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ ...result, percent: Number(share.toFixed(2)) })}\n`);
    return;
  }
  process.stdout.write(`${result.parsed} of ${result.counted} feeds parsed without error (${share.toFixed(2)} %)\n`);
  if (args.includes('--failures')) {
    for (const f of result.failures) process.stdout.write(`${f.file}\t${f.error}\n`);
  }
}

await main();
