import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { ConfigError, parsePath } from '../config/errors.js';
import { loadConfig, parseConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { countryName, parsePlaceKm, resolveCountry } from '../config/terms.js';
import { ExtractionEngine } from '../extract/index.js';
import { lazy } from '../lazy.js';
import { DEFAULT_CONFIG_PATH } from '../paths.js';
import { plural } from '../plural.js';
import { validateRule } from '../rules/compile.js';
import { engineResolver } from '../rules/engine-resolver.js';
import { unwritableReason } from './output-file.js';

export interface InitOptions {
  /** Where to write; never overwritten. */
  out: string;
  country?: string[];
  /** "Place:km", e.g. "Erbil:100". */
  near?: string[];
  feed?: string[];
}

export interface Answers {
  countries: string[];
  near: { place: string; km: number }[];
  feeds: string[];
}

/** "a, b" and repeated flags alike: every item, trimmed, none empty. */
/** Comma-separated answers or repeated flags, each once (a feed given twice would be polled twice). */
function items(values: readonly string[] | undefined): string[] {
  return [
    ...new Set(
      (values ?? [])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

function parseNear(text: string): { place: string; km: number } {
  const near = parsePlaceKm(text);
  if (!near) throw new ConfigError('--near', [{ path: '', message: `"${text}" is not Place:km, e.g. Erbil:100` }]);
  return near;
}

const q = (s: string) => JSON.stringify(s);

/** Ids from names ("www.bbc.co.uk" → "bbc-co-uk", "Ain al-Asad" → "ain-al-asad"), made unique with a number. */
function uniqueIds(names: readonly string[], fallback: string): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const base =
      name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/^www\./, '')
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase()
        .slice(0, 50) || fallback;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** A feed's host name, for its id; an invalid address keeps a plain id (validation names the address). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The starter config's text: comments say what each part does and how to go further. */
export function starterConfig(a: Answers, shippedFeeds: readonly { id: string; url: string; name?: string | undefined }[]): string {
  const feeds = a.feeds.length ? uniqueIds(a.feeds.map(hostOf), 'feed').map((id, i) => ({ id, url: a.feeds[i]!, name: undefined })) : shippedFeeds;
  const nearIds = uniqueIds(
    a.near.map((n) => n.place),
    'place',
  );
  const out = [
    '# Sitrep configuration, written by `sitrep init`. Check it with `npx sitrep check-config --config FILE`;',
    '# see what it would alert on with `npx sitrep poll --once --dry-run --config FILE`.',
    '# Reference: README.md, "Configuration". Durations: 90s, 5m, 24h, 7d.',
    '',
    a.feeds.length
      ? '# The news feeds to watch (RSS, Atom or JSON Feed).'
      : '# The news feeds to watch: the shipped world-news feeds (add your own, RSS, Atom or JSON Feed).',
    'feeds:',
    ...feeds.flatMap((f) => [`  - id: ${f.id}`, ...(f.name ? [`    name: ${q(f.name)}`] : []), `    url: ${q(f.url)}`]),
    '',
    '# Rules: what makes an alert. Every key under match must hold; any value of a list may.',
    '# Subscribe a Discord channel to a rule with /subscribe; without Discord, alerts go to the console.',
    'rules:',
  ];
  if (a.countries.length) {
    const names = a.countries.map((c) => countryName(c) ?? c);
    out.push(
      '  - id: attacks-in-countries',
      `    name: ${q(`Attacks in ${names.join(', ')}`)}`,
      '    match:',
      `      countries: [${a.countries.join(', ')}]`,
      '      # attackTypes: [drone, rocket, missile, ied]   # narrow to some kinds of attack',
      '    minSeverity: low            # low, medium, high or critical',
    );
  }
  a.near.forEach((n, i) => {
    out.push(
      `  - id: near-${nearIds[i]}`,
      `    name: ${q(`Attacks within ${n.km} km of ${n.place}`)}`,
      '    match:',
      `      near: [{place: ${q(n.place)}, km: ${n.km}}]`,
      '    minSeverity: low',
    );
  });
  if (!a.countries.length && !a.near.length) {
    out.push(
      '  - id: all-attacks',
      '    name: Every attack report',
      '    match: {}               # e.g. countries: [IQ, SY], or near: [{place: Erbil, km: 100}]',
      '    minSeverity: medium',
    );
  }
  out.push(
    '',
    '# Keyword watches alert on reports that are not attacks too:',
    '#  - id: pipeline-news',
    '#    attacksOnly: false',
    '#    match:',
    '#      keywords: {any: [oil pipeline]}',
    '',
    'polling:',
    '  interval: 5m                 # time between two polls of one feed',
    '',
  );
  return out.join('\n');
}

/**
 * The flag and value a place in the starter config comes from ("feeds[1].url" → `--feed URL`,
 * "rules[2].match.near[0].km" → `--near Place:km`); empty for the parts init writes itself. The
 * rules are written in `starterConfig`'s order: the countries' rule, then one per place.
 */
function answerOf(path: string, a: Answers): string {
  const [section, index, , field, item] = parsePath(path);
  if (section === 'feeds' && typeof index === 'number' && a.feeds[index] !== undefined) return `--feed ${a.feeds[index]}`;
  if (section !== 'rules' || typeof index !== 'number') return '';
  if (field === 'countries' && typeof item === 'number' && a.countries[item] !== undefined) return `--country ${a.countries[item]}`;
  const near = a.near[index - (a.countries.length ? 1 : 0)];
  return field === 'near' && near ? `--near ${near.place}:${near.km}` : '';
}

/** Asks the few questions on a terminal; an empty answer keeps the default shown. */
export async function ask(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<Answers> {
  const rl = createInterface({ input, output });
  try {
    const countries = items([await rl.question('Countries to watch, codes or names (e.g. IQ, Syria; empty: none): ')]);
    const near = items([await rl.question('Places to watch around, as Place:km (e.g. Erbil:100; empty: none): ')]);
    const feeds = items([await rl.question('Feed addresses (empty: the shipped world-news feeds): ')]);
    return { countries, near: near.map(parseNear), feeds };
  } finally {
    rl.close();
  }
}

/** `sitrep init`: a commented starter config from flags or questions, validated, never overwriting a file. */
export async function initCommand(o: InitOptions): Promise<number> {
  const flagged = Boolean(o.country?.length || o.near?.length || o.feed?.length);
  const answers: Answers =
    !flagged && process.stdin.isTTY ? await ask() : { countries: items(o.country), near: items(o.near).map(parseNear), feeds: items(o.feed) };
  // Countries as codes, whatever the spelling; an unknown one is left for validation to name.
  answers.countries = [...new Set(answers.countries.map((c) => resolveCountry(c) ?? c))];
  const text = starterConfig(answers, loadConfig(DEFAULT_CONFIG_PATH).config.feeds);
  // The same checks as every command's (names of places, actors, countries included), before writing.
  const resolver = engineResolver(lazy(() => ExtractionEngine.loadNames()));
  let config: Config;
  try {
    config = parseConfig(text, o.out, { rule: (rule) => validateRule(rule, resolver) }).config;
  } catch (err) {
    // The lines are those of a file never written: each problem names the flag and value to change.
    if (!(err instanceof ConfigError)) throw err;
    const lines = err.problems.map((p) => `${[answerOf(p.path, answers), p.message].filter(Boolean).join(': ')}`);
    process.stderr.write(
      lines.length === 1
        ? `sitrep init: ${o.out} not written: ${lines[0]}\n`
        : `sitrep init: ${o.out} not written, ${lines.length} problems:\n${lines.map((l) => `  ${l}\n`).join('')}`,
    );
    return 2;
  }
  try {
    writeFileSync(o.out, text, { flag: 'wx' });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ConfigError(o.out, [
      {
        path: '',
        message: e.code === 'EEXIST' ? 'already exists; not overwritten (choose another with --out)' : `cannot be written: ${unwritableReason(o.out, e)}`,
      },
    ]);
  }
  process.stderr.write(
    `wrote ${o.out}: ${plural(config.feeds.length, 'feed')}, ${plural(config.rules.length, 'rule')}. Next: npx sitrep poll --once --dry-run --config ${o.out}\n`,
  );
  return 0;
}
