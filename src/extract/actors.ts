import path from 'node:path';
import { z } from 'zod';
import {
  type ActorForms,
  ActorFormsSchema,
  adjectiveForms,
  type CountryNames,
  countryNamesIn,
  genitiveForms,
  joinedHeadForms,
  joinedNameForms,
  traditionalForm,
} from './actor-forms.js';
import type { ResolvedActor } from './analysis.js';
import { CompoundReader } from './compounds.js';
import { defaultDataDir, readDataFile, readRawDataFile, validateDataFile } from './data-file.js';
import { type CaseEndings, caseForms, cyrillicCaseForms } from './declension.js';
import { ACTORS_FILE, compiledDataFile } from './engine-data-file.js';
import { phraseKey, phraseTokens, type Token, tokenize } from './normalize.js';
import { type PackedTrie, PhraseMatcher } from './phrase-matcher.js';
import { WORDS } from './words.js';

export const ActorKindSchema = z.enum(['state_force', 'non_state_armed_group', 'militia', 'criminal_group', 'generic']);
export const ActorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'actor ids are kebab-case'),
  name: z.string().min(1),
  kind: ActorKindSchema,
  affiliation: z.string().optional(),
  /** For state forces: whose forces they are. Never the place of an attack. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /**
   * For groups that fight in one country only: where their attacks happen, the attack's country
   * when the text names no place the gazetteer knows ("Naxals trigger IED in Dantewada").
   */
  operatesIn: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /**
   * Names the forces of whatever country the attack is in ("the junta", "government forces"): read
   * as that country's state force when the attack has one country.
   */
  sceneForces: z.boolean().optional(),
  aliases: z.array(z.string().min(1)).default([]),
  compose: z
    .object({
      modifiers: z.array(z.string().min(1)).default([]),
      heads: z.array(z.string().min(1)).default([]),
      /** Names of the file's shared `headSets`, heads as if listed here. */
      headSets: z.array(z.string().min(1)).default([]),
      suffixes: z.array(z.string().min(1)).default([]),
    })
    .optional(),
});
export type Actor = z.infer<typeof ActorSchema>;
export const ActorsFileSchema = z
  .object({
    /** Head nouns shared by many actors' compose rules: attack words, words for armed forces. */
    headSets: z.record(z.string(), z.array(z.string().min(1))).default({}),
    /** How names are written beyond their listed forms (src/extract/actor-forms.ts), made when the catalogue is compiled. */
    forms: ActorFormsSchema,
    actors: z.array(ActorSchema).min(1),
  })
  .superRefine((file, ctx) => {
    file.actors.forEach((a, i) => {
      for (const set of a.compose?.headSets ?? []) {
        if (!file.headSets[set]) ctx.addIssue({ code: 'custom', path: ['actors', i, 'compose', 'headSets'], message: `no head set "${set}"` });
      }
    });
  });
export type ActorsFile = z.infer<typeof ActorsFileSchema>;

/**
 * How an alias is matched: a name of its own, a modifier before its head noun ("russische Truppen",
 * "российский удар", "Rus ordusu"), or a suffix after it ("troupes russes", "الجيش الإسرائيلي",
 * "tentara Rusia", "Збройні сили Росії"), or a genitive touching its head ("इज़राइल की सेना",
 * "ইসরায়েলের হামলা": a modifier with no word between).
 */
type AliasKind = 'name' | 'modifier' | 'suffix' | 'linked';

interface AliasValue {
  actor: Actor;
  /** Token positions (within the alias) that must be upper-case in the text. */
  upper: readonly number[];
  /** Short tokens written in mixed case ("LeT", "JeM"), which the text must write the same way (not Icelandic "lét"). */
  cased: readonly { k: number; raw: string }[];
  kind: AliasKind;
}

/** The Arabic prepositions written joined to a name's first word: "li-" and "bi-" (src/extract/scripts.ts folds away "wa-" and the article's). */
const ARABIC_JOINED_PREPOSITIONS = ['ل', 'ب'] as const;
const ARABIC_LETTER_RE = /^[\u0620-\u064A]/;

/** Mixed-case acronyms this short or shorter must match their case ("LeT", "JeM", "HuJI"). */
const CASED_ACRONYM_LENGTH = 4;

/** Tokens between a modifier and the start of its head ("российские оккупационные войска"). */
const MODIFIER_GAP = 2;
/** Han and kana: scripts written without spaces, whose modifier touches its head. */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
/** Tokens a head may span before a suffix ("forces armées russes", "القوات المسلحة الروسية"). */
const HEAD_SPAN = 3;

export interface ActorMention {
  actor: Actor;
  start: number;
  end: number;
  sentence: number;
}

/**
 * How a group's name declines in Russian, Ukrainian and Bulgarian ("Хезболлы", "ХАМАСа",
 * "Исламского государства", "хуситов"): the place names' case endings with the plural ones a
 * group's members take, read back to the name the catalogue lists.
 */
const GROUP_CASE_ENDINGS: CaseEndings = [...new Map([...WORDS.cyrillic_case_endings, ...WORDS.cyrillic_group_endings])];
/** The Latin-script Slavic and the Baltic, Finnic, Hungarian and Romanian case endings, for a capitalised name ("Hamasu"). */
const LATIN_GROUP_CASE_ENDINGS: CaseEndings = [...WORDS.slavic_case_endings, ...WORDS.latin_case_endings];
const CYRILLIC_WORD_RE = /^[\u0400-\u04FF]{4,}$/;
/** A capitalised Latin-script name this long or longer may be a case form ("Hamasu", "Hezbollahu", "Talibanin"). */
const LATIN_DECLINED_MIN = 5;
/** The base a Latin-script case form reads back to has at least this many letters. */
const LATIN_BASE_MIN = 5;
const LATIN_WORD_RE = /^[a-z]+$/;
/** The most first letters of a base looked for (`mayReadBackLatin`): a base of LATIN_BASE_MIN letters has more. */
const LATIN_BASE_START = LATIN_BASE_MIN - 1;
const LONGEST_LATIN_GROUP_ENDING = Math.max(...LATIN_GROUP_CASE_ENDINGS.map(([ending]) => ending.length));

/** Heads a compound may end with: one word of Latin letters, long enough not to end unrelated words ("attack", not "raid"). */
function compoundHeads(heads: readonly string[]): string[] {
  return heads.map(phraseKey).filter((h) => h.length >= 5 && LATIN_WORD_RE.test(h));
}

/** What the catalogue is made with beyond its actors and heads: how names are written, and the countries' names. */
export interface CatalogForms {
  forms?: ActorForms;
  countryNames?: CountryNames;
}

/** An alias's value as the compiled engine data stores it: the actor by its index in the list. */
interface PackedAlias {
  actor: number;
  upper: readonly number[];
  cased: readonly { k: number; raw: string }[];
  kind: AliasKind;
}

/** The catalogue's tries and words as arrays (`ActorCatalog.pack`), so that loading it tokenises no phrase. */
export interface PackedActorCatalog {
  matcher: PackedTrie<PackedAlias>;
  /** The head matchers actors share, each with the heads its compounds end with. */
  heads: { trie: PackedTrie<true>; compounds: string[] }[];
  /** Per actor (by index), its head matcher's index, or -1. */
  headOf: number[];
  vocabulary: string[];
  /** Words only the written forms have ("rosyjskimi", "lambazonia"): no declined word is read back to one. */
  formWords: string[];
  /** Name keys → actor index (`lookup`). */
  names: [string, number][];
}

/** Armed groups, forces and generic attacker descriptions, with every alias folded to one id. */
export class ActorCatalog {
  private readonly byKey = new Map<string, Actor>();
  private readonly byId = new Map<string, Actor>();
  readonly matcher: PhraseMatcher<AliasValue>;
  private readonly heads = new Map<Actor, PhraseMatcher<true>>();
  /** Every word of every alias, head and suffix: a declined word is read back only to one of these. */
  private readonly vocabulary: Set<string>;
  /** Words of the written forms alone (actor-forms.ts): matched as they are, never a base of a declined word. */
  private readonly formWords = new Set<string>();
  /** The vocabulary and the forms' words: a word of these is matched as it is written, not read as a declined one. */
  private readonly known: Set<string>;
  /**
   * The first one to LATIN_BASE_START letters of the vocabulary's words of LATIN_BASE_MIN letters or
   * more: a capitalised word starting otherwise (most names in a text) reads back to none of them,
   * and its case forms are not made (`readDeclined`).
   */
  private readonly latinBaseStarts = new Set<string>();
  /** The shared head matchers in the order `pack` stores them, with their compound heads. */
  private readonly headMatchers: { matcher: PhraseMatcher<true>; compounds: string[] }[] = [];

  constructor(
    private readonly list: readonly Actor[],
    headSets: Readonly<Record<string, readonly string[]>> = {},
    written: CatalogForms = {},
    packed?: PackedActorCatalog,
  ) {
    for (const actor of list) {
      if (this.byId.has(actor.id)) throw new Error(`duplicate actor id ${actor.id}`);
      this.byId.set(actor.id, actor);
    }
    if (packed) {
      this.matcher = this.unpack(packed);
      this.vocabulary = new Set(packed.vocabulary);
      for (const w of packed.formWords) this.formWords.add(w);
    } else {
      this.matcher = new PhraseMatcher<AliasValue>();
      this.vocabulary = new Set();
      this.build(headSets, written);
      for (const w of this.vocabulary) this.formWords.delete(w);
    }
    this.known = new Set([...this.vocabulary, ...this.formWords]);
    for (const w of this.vocabulary) {
      if (w.length >= LATIN_BASE_MIN) for (let n = 1; n <= LATIN_BASE_START; n++) this.latinBaseStarts.add(w.slice(0, n));
    }
  }

  /** Tokenises every alias, head and written form into the tries (what `npm run build` stores packed). */
  private build(headSets: Readonly<Record<string, readonly string[]>>, written: CatalogForms): void {
    const forms = written.forms ?? ActorFormsSchema.parse(undefined);
    const han = (phrase: string) => {
      const t = traditionalForm(phrase, forms.han);
      return t === undefined ? [phrase] : [phrase, t];
    };
    // Each country's genitives name its state force, the first the catalogue lists with heads to compose with.
    const genitiveOf = new Map<string, Actor>();
    for (const a of this.list) {
      const composes = (a.compose?.heads.length ?? 0) + (a.compose?.headSets.length ?? 0) > 0;
      if (a.kind === 'state_force' && a.country && composes && !genitiveOf.has(a.country)) genitiveOf.set(a.country, a);
    }
    // Actors composing with the same heads share one matcher.
    const shared = new Map<string, PhraseMatcher<true>>();
    for (const actor of this.list) {
      for (const name of [actor.name, ...actor.aliases]) for (const n of han(name)) this.addAlias(actor, n, 'name', forms);
      for (const mod of actor.compose?.modifiers ?? []) for (const m of han(mod)) this.addAlias(actor, m, 'modifier', forms);
      for (const suffix of actor.compose?.suffixes ?? []) for (const x of han(suffix)) this.addAlias(actor, x, 'suffix', forms);
      const sets = actor.compose?.headSets ?? [];
      const heads = [...(actor.compose?.heads ?? []), ...sets.flatMap((set) => headSets[set] ?? [])];
      if (heads.length === 0) continue;
      if (actor.country && genitiveOf.get(actor.country) === actor) {
        const genitives = genitiveForms(written.countryNames?.get(actor.country) ?? [], forms.genitive);
        for (const toks of genitives.suffixes) this.addTokens(actor, toks, [], [], 'suffix');
        for (const toks of genitives.linked) this.addTokens(actor, toks, [], [], 'linked');
      }
      const key = actor.compose?.heads.length ? actor.id : sets.join('+');
      let hm = shared.get(key);
      if (!hm) {
        hm = new PhraseMatcher<true>();
        for (const h of heads.flatMap(han)) {
          const toks = phraseTokens(h);
          if (toks.length === 0) continue;
          hm.add(toks, true);
          for (const t of toks) this.vocabulary.add(t);
          for (const form of joinedHeadForms(toks, forms.joinedToHeads)) {
            hm.add(form, true);
            for (const t of form) this.formWords.add(t);
          }
        }
        // "russisk rakettangrep", "israelische Drohnenangriffe": a compound read by its head, as the
        // attack lexicon reads it (src/extract/compounds.ts); no modifier here makes it no attack.
        const compounds = compoundHeads(heads);
        hm.readCompounds(new CompoundReader(compounds, []));
        shared.set(key, hm);
        this.headMatchers.push({ matcher: hm, compounds });
      }
      this.heads.set(actor, hm);
    }
  }

  static load(file: string): ActorCatalog {
    const data = readDataFile(file, ActorsFileSchema, 'actor catalogue');
    return new ActorCatalog(data.actors, data.headSets, { forms: data.forms, countryNames: countryNamesIn(path.dirname(file)) });
  }

  /** The tries and words as arrays, for the compiled engine data. */
  pack(): PackedActorCatalog {
    const index = new Map(this.list.map((a, i) => [a, i]));
    const m = this.matcher.pack();
    const values = m.values.map((v) => ({ actor: index.get(v.actor)!, upper: v.upper, cased: v.cased, kind: v.kind }));
    const matchers = this.headMatchers.map((h) => h.matcher);
    return {
      matcher: { ...m, values },
      heads: this.headMatchers.map((h) => ({ trie: h.matcher.pack(), compounds: h.compounds })),
      headOf: this.list.map((a) => {
        const hm = this.heads.get(a);
        return hm ? matchers.indexOf(hm) : -1;
      }),
      vocabulary: [...this.vocabulary],
      formWords: [...this.formWords],
      names: [...this.byKey].map(([key, actor]) => [key, index.get(actor)!]),
    };
  }

  /** The catalogue of `data` with the tries `pack` stored: no phrase is tokenised again. */
  static unpack(data: ActorsFile, packed: PackedActorCatalog): ActorCatalog {
    return new ActorCatalog(data.actors, data.headSets, {}, packed);
  }

  private unpack(packed: PackedActorCatalog): PhraseMatcher<AliasValue> {
    const values = packed.matcher.values.map((v) => ({ actor: this.list[v.actor]!, upper: v.upper, cased: v.cased, kind: v.kind }));
    const matchers = packed.heads.map((h) => {
      const hm = PhraseMatcher.unpack(h.trie);
      hm.readCompounds(new CompoundReader(h.compounds, []));
      this.headMatchers.push({ matcher: hm, compounds: h.compounds });
      return hm;
    });
    packed.headOf.forEach((h, i) => {
      if (h >= 0) this.heads.set(this.list[i]!, matchers[h]!);
    });
    for (const [key, i] of packed.names) this.byKey.set(key, this.list[i]!);
    return PhraseMatcher.unpack({ ...packed.matcher, values });
  }

  private addAlias(actor: Actor, alias: string, kind: AliasKind, forms: ActorForms): void {
    const toks = tokenize(alias);
    if (toks.length === 0) return;
    const upper: number[] = [];
    const cased: { k: number; raw: string }[] = [];
    toks.forEach((t, k) => {
      const raw = alias.slice(t.start, t.end);
      if (raw.length <= CASED_ACRONYM_LENGTH && /[a-z]/.test(raw) && /[A-Z]/.test(raw.slice(1))) cased.push({ k, raw });
      // Acronyms of three letters or fewer collide with words and names ("PLA" in "Bang Pla Soi",
      // "IRA" and "Ira"); longer ones only when listed.
      const acronym = raw === raw.toUpperCase() && /[A-Z]/.test(raw);
      if (acronym && (raw.length <= 3 || WORDS.case_sensitive_words.has(t.norm))) upper.push(k);
    });
    const norms = toks.map((t) => t.norm);
    this.addTokens(actor, norms, upper, cased, kind, false);
    // "rosyjskie" listed, "rosyjskich" written: the adjective in its other cases (no acronym is an adjective).
    if (upper.length === 0 && cased.length === 0) {
      for (const form of adjectiveForms(norms, forms.adjectiveFamilies)) this.addTokens(actor, form, [], [], kind);
      // "l'Ambazonia Defense Force", "হামাসের": a name joined to an elided article or a genitive ending.
      if (kind === 'name') for (const form of joinedNameForms(norms, forms)) this.addTokens(actor, form, [], [], kind);
    }
    if (kind === 'name') {
      const key = phraseKey(alias);
      if (!this.byKey.has(key)) this.byKey.set(key, actor);
    }
  }

  /** One value for every alias of an actor and kind that needs no capitals: most of them, stored once. */
  private readonly plainValues = new Map<string, AliasValue>();

  private addTokens(actor: Actor, norms: readonly string[], upper: readonly number[], cased: AliasValue['cased'], kind: AliasKind, form = true): void {
    for (const n of norms) (form ? this.formWords : this.vocabulary).add(n);
    let value: AliasValue | undefined;
    if (upper.length === 0 && cased.length === 0) {
      const key = `${actor.id} ${kind}`;
      value = this.plainValues.get(key);
      if (!value) {
        value = { actor, upper, cased, kind };
        this.plainValues.set(key, value);
      }
    }
    this.matcher.add(norms, value ?? { actor, upper, cased, kind });
    // Arabic joins "li-" (of, for) and "bi-" (by, with) to the word after them, which the text's
    // folding keeps on a word without the article: "هجوم لحركة الشباب", an attack of the al-Shabaab movement.
    if (kind === 'name' && ARABIC_LETTER_RE.test(norms[0]!)) {
      for (const clitic of ARABIC_JOINED_PREPOSITIONS) this.matcher.add([clitic + norms[0]!, ...norms.slice(1)], { actor, upper, cased, kind });
    }
  }

  all(): readonly Actor[] {
    return this.list;
  }

  /** Each country's state force (the first the catalogue lists), made on first use, not per document. */
  private stateForces: Map<string, Actor> | undefined;

  /** The state force of a country ("RU" → Russian forces). */
  stateForceOf(country: string): Actor | undefined {
    if (!this.stateForces) {
      this.stateForces = new Map();
      for (const a of this.list) if (a.kind === 'state_force' && a.country && !this.stateForces.has(a.country)) this.stateForces.set(a.country, a);
    }
    return this.stateForces.get(country);
  }

  /** An actor by id or by any name or alias ("Daesh" → islamic-state). */
  lookup(nameOrId: string): Actor | undefined {
    const found = this.byId.get(nameOrId) ?? this.byKey.get(phraseKey(nameOrId));
    if (found) return found;
    // "Allied Democratic Forces (ADF)": the name, else the short form in brackets.
    const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(nameOrId.trim());
    return bracketed ? (this.lookup(bracketed[1]!) ?? this.lookup(bracketed[2]!)) : undefined;
  }

  /** Actors whose id, name or an alias contains the text (for autocomplete), best first. */
  search(text: string, limit: number): Actor[] {
    const q = phraseKey(text);
    if (!q) return [];
    const scored: { actor: Actor; score: number }[] = [];
    for (const actor of this.list) {
      let score = -1;
      for (const name of [actor.id, actor.name, ...actor.aliases]) {
        const k = phraseKey(name);
        const s = k === q ? 3 : k.startsWith(q) ? 2 : k.includes(q) ? 1 : -1;
        if (s > score) score = s;
      }
      if (score >= 0) scored.push({ actor, score });
    }
    scored.sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name));
    return scored.slice(0, limit).map((s) => s.actor);
  }

  /** Display names for autocomplete. */
  suggest(text: string, limit: number): string[] {
    return this.search(text, limit).map((a) => a.name);
  }

  /** Actor mentions in the tokens, longest alias first; `text` is checked for required capitals. */
  mentions(written: readonly Token[], text: string): ActorMention[] {
    const out: ActorMention[] = [];
    const tokens = this.readDeclined(written);
    for (const m of this.matcher.match(tokens, { longestOnly: true })) {
      for (const v of m.values) {
        if (!v.upper.every((k) => isUpper(text, tokens[m.start + k]!))) continue;
        if (!v.cased.every(({ k, raw }) => text.slice(tokens[m.start + k]!.start, tokens[m.start + k]!.end).split(/['’ʼ`]/)[0] === raw)) continue;
        let start = m.start;
        let end = m.end;
        const hm = this.heads.get(v.actor);
        if (v.kind === 'modifier' || v.kind === 'linked') {
          const window = tokens.slice(m.end, Math.min(tokens.length, m.end + MODIFIER_GAP + HEAD_SPAN));
          // Chinese and Japanese join a name to its head with no space ("以色列空袭"): a word between
          // ("对以色列发动空袭", strikes launched on Israel) is another phrase. A genitive touches its
          // head: "इज़राइल के खिलाफ हमला" is an attack against Israel.
          const gap = v.kind === 'linked' || UNSPACED_RE.test(tokens[m.end - 1]!.norm) ? 0 : MODIFIER_GAP;
          const head = hm?.match(window).find((h) => h.start <= gap);
          if (!head) continue;
          // "En Irak, un drone…": a comma or a stop between ends the modifier's phrase; the drone is no Iraqi one.
          if (/[,;:.!?]/.test(text.slice(tokens[m.end - 1]!.end, tokens[m.end + head.start]!.start))) continue;
          end = m.end + head.end;
        } else if (v.kind === 'suffix') {
          // The head ends right before the suffix: the longest such head.
          const from = Math.max(0, m.start - HEAD_SPAN);
          const head = hm?.match(tokens.slice(from, m.start)).find((h) => from + h.end === m.start);
          if (!head || tokens[from + head.start]!.sentence !== tokens[m.start]!.sentence) continue;
          // "Türk Silahlı Kuvvetleri, Irak'ın kuzeyinde": a comma ends the name; what follows is no suffix of it.
          if (!/^\s+$/.test(text.slice(tokens[m.start - 1]!.end, tokens[m.start]!.start))) continue;
          start = from + head.start;
        }
        out.push({ actor: v.actor, start, end, sentence: tokens[start]!.sentence });
        break;
      }
    }
    return out;
  }

  /**
   * The tokens with each Cyrillic word, and each capitalised Latin-script one, that is no word of
   * the catalogue read as the catalogue's word it declines ("Хезболлы" → "хезболла", "государства"
   * → "государство", "хуситов" → "хуситы"; Polish and Czech "Hamasu", Finnish "Talibanin").
   */
  private readDeclined(tokens: readonly Token[]): readonly Token[] {
    let out: Token[] | undefined;
    tokens.forEach((t, i) => {
      if (this.known.has(t.norm)) return;
      const base = CYRILLIC_WORD_RE.test(t.norm)
        ? cyrillicCaseForms(t.norm, GROUP_CASE_ENDINGS).find((b) => this.vocabulary.has(b))
        : t.capitalized && t.norm.length >= LATIN_DECLINED_MIN && LATIN_WORD_RE.test(t.norm) && this.mayReadBackLatin(t.norm)
          ? caseForms(t.norm, LATIN_GROUP_CASE_ENDINGS, 0).find((b) => b.length >= LATIN_BASE_MIN && this.vocabulary.has(b))
          : undefined;
      if (base === undefined) return;
      out ??= [...tokens];
      out[i] = { ...t, norm: base };
    });
    return out ?? tokens;
  }

  /**
   * Whether a Latin-script word may be a case form of a vocabulary word: every stem its endings
   * leave keeps at least its first `kept` letters, so only a base starting with them can be read.
   */
  private mayReadBackLatin(norm: string): boolean {
    const kept = Math.min(LATIN_BASE_START, norm.length - LONGEST_LATIN_GROUP_ENDING);
    return kept < 1 || this.latinBaseStarts.has(norm.slice(0, kept));
  }

  /** Tokens of the non-state armed groups and militias among `mentions`: such a group that kills is an attacker. */
  armedGroupTokens(mentions: readonly ActorMention[]): Set<number> {
    const out = new Set<number>();
    for (const m of mentions) {
      if (m.actor.kind !== 'non_state_armed_group' && m.actor.kind !== 'militia') continue;
      for (let i = m.start; i < m.end; i++) out.add(i);
    }
    return out;
  }

  toResolved(actor: Actor, role: ResolvedActor['role']): ResolvedActor {
    return { id: actor.id, name: actor.name, role };
  }
}

function isUpper(text: string, t: Token): boolean {
  // A suffix after an apostrophe folds away with it: "RSF's", Turkish "PKK'lı", "PKK'nın".
  const raw = text.slice(t.start, t.end).split(/['’ʼ`]/)[0]!;
  return raw === raw.toUpperCase();
}

let genericIds: ReadonlySet<string> | undefined;
/**
 * Ids of the shipped catalogue's generic descriptions ("militants", "gunmen", "security forces"):
 * words any report of any attack may use, so two reports sharing one say little about being one
 * attack. Read once from the package's own data, as the grammar words are.
 */
export function genericActorIds(): ReadonlySet<string> {
  if (!genericIds) {
    // From the compiled engine data when it is fresh, as the grammar words are.
    const file = path.join(defaultDataDir(), ACTORS_FILE);
    const raw = compiledDataFile(ACTORS_FILE) ?? readRawDataFile(file, 'actor catalogue');
    genericIds = new Set(
      validateDataFile(raw, ActorsFileSchema, file, 'actor catalogue')
        .actors.filter((a) => a.kind === 'generic')
        .map((a) => a.id),
    );
  }
  return genericIds;
}
