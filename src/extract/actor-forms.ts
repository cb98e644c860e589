/**
 * The written forms of an actor's names that the catalogue lists once and the news writes many
 * ways, made when the catalogue is compiled (`npm run build` stores them in the engine data), never
 * per document: each form is one more phrase of the catalogue's tries, so a document pays nothing
 * for them beyond the trie walk it already does.
 * - Traditional Chinese: a name listed in simplified characters, written in the traditional ones
 *   ("俄军" → "俄軍"), by the catalogue's `forms.han` character table.
 * - Slavic adjectives in every case: a listed adjective ("rosyjskie", "ruské") in the other endings
 *   of its family ("rosyjskich", "ruských"), by `forms.adjectiveFamilies`.
 * - Genitive links: "fuerzas de Israel", "forze di Israele", "इज़राइल की सेना", "ইসরায়েলের হামলা":
 *   the country's names (the gazetteer's) with a linking word before or after them, or a genitive
 *   ending joined to them, as that country's state force (`forms.genitive`).
 * - Arabic prepositions joined to a head word ("بطائرة إسرائيلية", by an Israeli aircraft).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { phraseTokens } from './normalize.js';

export const ActorFormsSchema = z
  .object({
    /** Simplified Chinese character → its traditional form, for the characters the catalogue's names use. */
    han: z.record(z.string().length(1), z.string().length(1)).default({}),
    /** Families of adjective endings (folded, as the text's tokens are): a word ending with one is written with every other. */
    adjectiveFamilies: z.array(z.array(z.string().min(2))).default([]),
    genitive: z
      .object({
        /** Written before the country's name, after the head ("fuerzas de Israel"): Latin script. */
        links: z.array(z.string().min(1)).default([]),
        /** Joined to a name starting with a vowel ("d'Israël", "dell'Iran"): Latin script. */
        elided: z.array(z.string().min(1)).default([]),
        /** Written after the name, right before the head ("इज़राइल की सेना", "اسرائیل کی فوج"). */
        postpositions: z.array(z.string().min(1)).default([]),
        /** Joined to the name's end, right before the head ("ইসরায়েলের", "இஸ்ரேலின்"). */
        endings: z.array(z.string().min(1)).default([]),
      })
      .default({ links: [], elided: [], postpositions: [], endings: [] }),
    /** Arabic prepositions joined to a head word ("بطائرة", "لقوات"). */
    joinedToHeads: z.array(z.string().min(1)).default([]),
    /** French and Italian articles and prepositions elided and joined to a name starting with a vowel ("l'Ambazonia", "dell'Isis"). */
    elidedBeforeNames: z.array(z.string().min(1)).default([]),
  })
  .default({ han: {}, adjectiveFamilies: [], genitive: { links: [], elided: [], postpositions: [], endings: [] }, joinedToHeads: [], elidedBeforeNames: [] });
export type ActorForms = z.infer<typeof ActorFormsSchema>;

/** Country code → the country's names, as the gazetteer lists them (any script). */
export type CountryNames = ReadonlyMap<string, readonly string[]>;

/** A Latin-script name shorter than this is no genitive's ("US", "UK": their forces are listed by name); "रूस", "روس" are. */
const MIN_NAME = 4;
const MIN_NAME_UNCASED = 2;
const longEnough = (toks: readonly string[]) => toks.join('').length >= (scriptOf(toks[0] ?? '') === 'latin' ? MIN_NAME : MIN_NAME_UNCASED);

type Script = 'latin' | 'arabic' | 'devanagari' | 'bengali' | 'tamil' | 'cjk' | 'other';

/** The script a folded word is written in, by its first letter. */
function scriptOf(word: string): Script {
  const c = word.codePointAt(0) ?? 0;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c >= 0x600 && c <= 0x6ff) return 'arabic';
  if (c >= 0x900 && c <= 0x97f) return 'devanagari';
  if (c >= 0x980 && c <= 0x9ff) return 'bengali';
  if (c >= 0xb80 && c <= 0xbff) return 'tamil';
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) return 'cjk';
  return 'other';
}

const HAN_RE = /[\u4e00-\u9fff]/;

/** The traditional-character form of a name written with simplified characters, or undefined when it has none to change. */
export function traditionalForm(phrase: string, han: Readonly<Record<string, string>>): string | undefined {
  if (!HAN_RE.test(phrase)) return undefined;
  let changed = false;
  let out = '';
  for (const ch of phrase) {
    const t = han[ch];
    if (t !== undefined && t !== ch) changed = true;
    out += t ?? ch;
  }
  return changed ? out : undefined;
}

/** Letters an adjective keeps before its ending ("ru-ské", "rosyj-skie"): fewer is some other word. */
const MIN_STEM = 2;

/**
 * The phrase (folded tokens) with one of its adjectives in each other ending of its family:
 * ["rosyjskie", "wojska"] → ["rosyjskich", "wojska"], ["rosyjskim", "wojska"], …
 */
export function adjectiveForms(tokens: readonly string[], families: readonly (readonly string[])[]): string[][] {
  const out: string[][] = [];
  tokens.forEach((t, i) => {
    if (scriptOf(t) !== 'latin') return;
    const endings = new Set<string>();
    for (const family of families) {
      const own = family.find((e) => t.endsWith(e) && t.length - e.length >= MIN_STEM);
      if (!own) continue;
      const stem = t.slice(0, t.length - own.length);
      for (const e of family) endings.add(stem + e);
    }
    endings.delete(t);
    for (const form of endings) out.push(tokens.map((x, k) => (k === i ? form : x)));
  });
  return out;
}

/** How a country's name is written as a genitive: after a head (suffixes) or before one, touching it (linked). */
export interface GenitiveForms {
  suffixes: string[][];
  linked: string[][];
}

const VOWEL_RE = /^[aeiouh]/;
/** A Tamil or Devanagari name ending in a consonant (virama) joins a vowel-sign ending in its place ("இஸ்ரேல்" + "ின்"). */
const VIRAMA_RE = /[\u094D\u0BCD]$/;
const VOWEL_SIGN_RE = /^\p{M}/u;

/** The genitive phrases (folded tokens) of a country's names. */
export function genitiveForms(names: readonly string[], genitive: ActorForms['genitive']): GenitiveForms {
  const out: GenitiveForms = { suffixes: [], linked: [] };
  const seen = new Set<string>();
  const push = (list: string[][], toks: string[]) => {
    const key = `${list === out.suffixes ? 's' : 'l'} ${toks.join(' ')}`;
    if (toks.length === 0 || seen.has(key)) return;
    seen.add(key);
    list.push(toks);
  };
  const fold = (words: readonly string[]) => words.flatMap((w) => phraseTokens(w));
  for (const name of names) {
    const toks = phraseTokens(name);
    if (toks.length === 0 || !longEnough(toks)) continue;
    const script = scriptOf(toks[0]!);
    for (const link of genitive.links) {
      const l = fold([link]);
      if (l.every((w) => scriptOf(w) === script)) push(out.suffixes, [...l, ...toks]);
    }
    // "de l'Ukraine" is the words "de" and "lukraine": the elided word joins the name's first.
    if (script === 'latin' && VOWEL_RE.test(toks[0]!)) {
      for (const e of genitive.elided) {
        const p = fold([e]);
        push(out.suffixes, [...p.slice(0, -1), p[p.length - 1]! + toks[0]!, ...toks.slice(1)]);
      }
    }
    for (const post of genitive.postpositions) {
      const p = fold([post]);
      if (p.every((w) => scriptOf(w) === script)) push(out.linked, [...toks, ...p]);
    }
    for (const form of joinedEndings(toks, genitive.endings)) push(out.linked, form);
  }
  return out;
}

/** The name (folded tokens) with each genitive ending of its script joined to its last word ("ইসরাযেল" + "ের"). */
function joinedEndings(toks: readonly string[], endings: readonly string[]): string[][] {
  const last = toks[toks.length - 1];
  if (last === undefined) return [];
  const script = scriptOf(last);
  if (script === 'latin' || script === 'other') return [];
  const out: string[][] = [];
  for (const ending of endings) {
    if (scriptOf(ending) !== script) continue;
    const joined = VIRAMA_RE.test(last) && VOWEL_SIGN_RE.test(ending) ? last.slice(0, -1) + ending : last + ending;
    const folded = phraseTokens(joined);
    if (folded.length === 1) out.push([...toks.slice(0, -1), folded[0]!]);
  }
  return out;
}

/**
 * A group's name (folded tokens) as it is written joined to what comes before or after it: an
 * elided French or Italian article or preposition before a vowel ("l'Ambazonia" is the token
 * "lambazonia"), a genitive ending after it ("হামাসের").
 */
export function joinedNameForms(toks: readonly string[], forms: ActorForms): string[][] {
  const out: string[][] = [];
  const first = toks[0];
  if (first !== undefined && scriptOf(first) === 'latin' && VOWEL_RE.test(first) && toks.join('').length >= MIN_NAME) {
    for (const e of forms.elidedBeforeNames) {
      const p = phraseTokens(e);
      out.push([...p.slice(0, -1), p[p.length - 1]! + first, ...toks.slice(1)]);
    }
  }
  return [...out, ...joinedEndings(toks, forms.genitive.endings)];
}

/** A head word with each preposition joined to its first word, when that word is in the prepositions' script. */
export function joinedHeadForms(tokens: readonly string[], prepositions: readonly string[]): string[][] {
  const first = tokens[0];
  if (first === undefined) return [];
  return prepositions.filter((p) => scriptOf(p) === scriptOf(first) && scriptOf(first) !== 'latin').map((p) => [p + first, ...tokens.slice(1)]);
}

/**
 * The countries' names of the gazetteer files in `dataDir` (countries.json: English name and
 * aliases; script-names.json: the names in other scripts), by country code; empty when absent.
 */
export function countryNamesIn(dataDir: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const read = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const countries = read('countries.json');
  if (Array.isArray(countries)) {
    for (const c of countries as { code?: string; name?: string; aliases?: string[] }[]) {
      if (typeof c.code === 'string' && typeof c.name === 'string') out.set(c.code, [c.name, ...(c.aliases ?? [])]);
    }
  }
  const scripts = read('script-names.json');
  if (scripts && typeof scripts === 'object') {
    for (const [id, names] of Object.entries(scripts as Record<string, string>)) {
      if (!id.startsWith('country:') || typeof names !== 'string') continue;
      const code = id.slice('country:'.length);
      out.set(code, [...(out.get(code) ?? []), ...names.split('|')]);
    }
  }
  return out;
}
