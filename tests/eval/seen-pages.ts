/**
 * Which real pages earlier labelling rounds used, so a new held-back set can be checked to be new.
 * The sets themselves stay outside the repository (docs/labelling.md); only a hash of each page's
 * address is kept here, which says whether a page was seen and nothing of what it said.
 *
 *   npx tsx tests/eval/seen-pages.ts check FILE.jsonl…   # items whose page an earlier round used
 *   npx tsx tests/eval/seen-pages.ts add FILE.jsonl…     # record these files' pages as seen
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadItems } from './run.js';

export const SEEN_PAGES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seen-pages.txt');

/** One address however it was copied: scheme, "www.", case of the host, fragment and trailing slash do not count. */
export function normaliseLink(link: string): string {
  const url = new URL(link.trim());
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const pathname = url.pathname.replace(/\/+$/, '');
  return `${host}${pathname}${url.search}`;
}

export const pageHash = (link: string): string => createHash('sha256').update(normaliseLink(link)).digest('hex').slice(0, 20);

export function readSeenPages(file = SEEN_PAGES_FILE): Set<string> {
  if (!existsSync(file)) return new Set();
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

function linksOf(file: string): { id: string; link: string }[] {
  return loadItems(file).flatMap((item) => (item.link ? [{ id: item.id, link: item.link }] : []));
}

function main([command, ...files]: string[]): void {
  if ((command !== 'check' && command !== 'add') || files.length === 0) {
    process.stderr.write('usage: seen-pages.ts check|add FILE.jsonl…\n');
    process.exitCode = 2;
    return;
  }
  const seen = readSeenPages();
  if (command === 'check') {
    for (const file of files) {
      const links = linksOf(file);
      const again = links.filter((l) => seen.has(pageHash(l.link)));
      process.stdout.write(`${file}: ${links.length} pages, ${again.length} seen before${again.length ? `: ${again.map((l) => l.id).join(' ')}` : ''}\n`);
    }
    return;
  }
  const before = seen.size;
  for (const file of files) for (const l of linksOf(file)) seen.add(pageHash(l.link));
  const header = '# sha256 (first 20 hex) of each labelled page address used by a labelling round; see tests/eval/seen-pages.ts\n';
  writeFileSync(SEEN_PAGES_FILE, `${header}${[...seen].sort().join('\n')}\n`);
  process.stdout.write(`${seen.size - before} pages added, ${seen.size} in all\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
