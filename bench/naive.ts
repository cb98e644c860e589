/**
 * The baseline Sitrep is measured against: how feed bots filter today. Every rule becomes lists
 * of case-insensitive word-boundary regular expressions — its keywords, the names and aliases of
 * its places and countries, its actors' aliases, the lexicon's terms for its attack types and
 * targets — tested one by one on the title and then the content. A rule matches when every one
 * of its conditions has a hit (a condition stops at its first hit, a rule at its first miss).
 */

import type { Rule } from '../src/config/rule-schema.js';
import type { ExtractionEngine } from '../src/extract/index.js';
import { expandBraces } from '../src/extract/lexicon.js';
import { phraseKey } from '../src/extract/normalize.js';

/** Where the baseline gets the words for each rule condition. */
export interface NaiveTerms {
  place(name: string): string[];
  country(code: string): string[];
  actor(nameOrId: string): string[];
  attackType(type: string): string[];
  target(target: string): string[];
}

export function naiveTermsFromEngine(engine: ExtractionEngine): NaiveTerms {
  const { gazetteer, actors, lexicon } = engine;
  const expand = (phrases: readonly string[]) => [...new Set(phrases.flatMap(expandBraces))];
  return {
    place: (name) => [...new Set(gazetteer.candidates(phraseKey(name)).flatMap((e) => [e.name, ...e.aliases]))],
    country: (code) => {
      const c = gazetteer.country(code);
      return c ? [c.name, ...c.aliases] : [];
    },
    actor: (nameOrId) => {
      const a = actors.lookup(nameOrId);
      return a ? [a.name, ...a.aliases] : [];
    },
    attackType: (type) => {
      const t = lexicon.data.types[type as keyof typeof lexicon.data.types];
      // Every phrase list of the type (strong, weak, …), whatever the lexicon calls them.
      return t ? expand(Object.values(t).flat()) : [];
    },
    target: (target) => expand(lexicon.data.targets[target as keyof typeof lexicon.data.targets] ?? []),
  };
}

export interface NaiveRule {
  id: string;
  /** All must hit; within one, any regex may. */
  conditions: RegExp[][];
  none: RegExp[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class NaiveFilter {
  readonly rules: NaiveRule[];
  /** Regular expressions across all rules (a bot compiles each rule's own). */
  readonly regexCount: number;

  constructor(rules: readonly Rule[], terms: NaiveTerms) {
    let count = 0;
    const regexes = (words: readonly string[]) => {
      const list = [...new Set(words)].filter((w) => w.trim()).map((w) => new RegExp(`\\b${escapeRegExp(w.trim())}\\b`, 'i'));
      count += list.length;
      return list;
    };
    this.rules = rules.map((rule) => {
      const m = rule.match;
      const conditions: RegExp[][] = [];
      if (m.attackTypes) conditions.push(regexes(m.attackTypes.flatMap(terms.attackType)));
      if (m.countries) conditions.push(regexes(m.countries.flatMap(terms.country)));
      if (m.places) conditions.push(regexes(m.places.flatMap(terms.place)));
      if (m.near) conditions.push(regexes(m.near.flatMap((n) => terms.place(n.place))));
      if (m.actors) conditions.push(regexes(m.actors.flatMap(terms.actor)));
      if (m.targets) conditions.push(regexes(m.targets.flatMap(terms.target)));
      if (m.keywords?.any.length) conditions.push(regexes(m.keywords.any));
      for (const k of m.keywords?.all ?? []) conditions.push(regexes([k]));
      return { id: rule.id, conditions, none: regexes(m.keywords?.none ?? []) };
    });
    this.regexCount = count;
  }

  /** Ids of the rules the document matches. */
  match(doc: { title: string; content: string }): string[] {
    const hit = (re: RegExp) => re.test(doc.title) || re.test(doc.content);
    const out: string[] = [];
    for (const rule of this.rules) {
      if (rule.conditions.every((c) => c.some(hit)) && !rule.none.some(hit)) out.push(rule.id);
    }
    return out;
  }
}
