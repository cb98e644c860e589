import { z } from 'zod';
import { ATTACK_TYPES, type AttackType, type Target, TargetSchema } from '../vocabulary.js';
import { CompoundReader } from './compounds.js';
import { readDataFile } from './data-file.js';
import { phraseTokens, type Token } from './normalize.js';
import { GAP, type PackedTrie, PhraseMatcher } from './phrase-matcher.js';

/** Expands brace alternations: "drone strike{,s}" → ["drone strike", "drone strikes"]. */
export function expandBraces(phrase: string): string[] {
  const m = /\{([^{}]*)\}/.exec(phrase);
  if (!m) return [phrase];
  const head = phrase.slice(0, m.index);
  const tail = phrase.slice(m.index + m[0].length);
  return m[1]!.split(',').flatMap((alt) => expandBraces(head + alt + tail));
}

const PhraseList = z.array(z.string().min(1));

/** Written in a lexicon phrase, "…" stands for one to three words ("while making … bombs"; phrase-matcher.ts, GAP). */
const GAP_MARK = '…';

/** A lexicon phrase's tokens, its gaps as GAP tokens. */
export function lexiconPhraseTokens(phrase: string): string[] {
  return phrase.split(GAP_MARK).flatMap((part, i) => (i === 0 ? phraseTokens(part) : [GAP, ...phraseTokens(part)]));
}
const AttackTypeTermsSchema = z.object({
  strong: PhraseList.default([]),
  weak: PhraseList.default([]),
  strong_more: PhraseList.default([]),
});
const CONTEXT_KINDS = [
  'exercise',
  'test',
  'procurement',
  'plan',
  'foiled',
  'legal',
  'memory',
  'fiction',
  'sport',
  'accident',
  'mishap',
  'quarrel',
  'simulation',
  'incursion',
  'release',
  'publication',
  'opinion',
  'policing',
  'topic',
] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

/**
 * Single words read by the sentence stage (not phrases: they combine across a sentence). Braces
 * expand as in phrases, so a verb is written once with its endings: "tu{e,ent,a,erent,ant}".
 */
const WordList = z.array(z.string().min(1)).transform((words) => new Set(words.flatMap(expandBraces).map((w) => phraseTokens(w).join(' '))));
const CuesSchema = z.object({
  attackers: WordList,
  killing: WordList,
  assaulting: WordList,
  firing: WordList,
  armed_groups: WordList,
  harm: WordList,
  ramming: z.object({ vehicles: WordList, verbs: WordList, crowds: WordList, into: WordList, crowds_entered: WordList, into_after: WordList }),
  vehicle_bomb: z.object({
    vehicles: WordList,
    bombs: WordList,
    loads: WordList,
    detonations: WordList,
    rides: WordList,
    words: WordList,
    suicide: WordList,
    self_detonations: WordList,
    inside_before: WordList,
    inside_after: WordList,
    reflexives: WordList,
    rams_after: WordList,
  }),
  shelling_by: z.object({ rocket_launchers: WordList, barrel_weapons: WordList }),
});
export type SentenceCues = z.infer<typeof CuesSchema>;

/**
 * Token `i` is an attacker word, or ends a two-word one of the same sentence ("دہشت گردوں": Urdu
 * terrorists, "orang bersenjata", "مسلح افراد"): the cue list holds such names as the words they are.
 */
export function attackerAt(cues: SentenceCues, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (cues.attackers.has(t.norm)) return true;
  const before = tokens[i - 1];
  return before?.sentence === t.sentence && cues.attackers.has(`${before.norm} ${t.norm}`);
}

/** The headline's phrase lists read by one matcher (`AttackLexicon.headlineCues`). */
export const HEADLINE_CUES = ['again', 'summing_up', 'aftermath'] as const;
export type HeadlineCue = (typeof HEADLINE_CUES)[number];

/** What the headline stage reads besides the attack words: kinds of place hit, day or night, an earlier attack, its cues. */
const HeadlineTermsSchema = z.object({
  hit_places: z.record(z.string().min(1), PhraseList),
  day: WordList,
  night: WordList,
  earlier: WordList,
  another: z.object({ words: WordList, attacks: WordList }),
  again: PhraseList,
  summing_up: PhraseList,
  aftermath: PhraseList,
});

/** What a blast-reading phrase says of who set off an explosion and why (src/extract/stages/agency.ts). */
export const BLAST_CUES = ['agent', 'intent', 'accidental_cause', 'legacy_ordnance', 'accident_setting', 'bomb_making'] as const;
export type BlastCue = (typeof BLAST_CUES)[number];

export const AttackTermsFileSchema = z.object({
  types: z.record(z.enum(ATTACK_TYPES), AttackTypeTermsSchema),
  generic: PhraseList,
  event: PhraseList,
  targets: z.record(TargetSchema, PhraseList),
  suppress: PhraseList,
  inert: PhraseList,
  context: z.record(z.enum(CONTEXT_KINDS), PhraseList),
  cumulative: PhraseList,
  cues: CuesSchema,
  /** Germanic compounds read by their head (src/extract/compounds.ts). */
  compounds: z.object({ heads: PhraseList, other_modifiers: PhraseList }),
  headline: HeadlineTermsSchema,
  blast_reading: z.object({
    agent: PhraseList,
    intent: PhraseList,
    accidental_cause: PhraseList,
    legacy_ordnance: PhraseList,
    accident_setting: PhraseList,
    bomb_making: PhraseList,
  }),
});
export type AttackTermsFile = z.infer<typeof AttackTermsFileSchema>;

/** What one lexicon phrase means; a phrase may mean several things ("killed": event and casualty). */
export type LexiconValue =
  | { kind: 'type'; type: AttackType; strong: boolean }
  | { kind: 'generic' }
  | { kind: 'event' }
  | { kind: 'target'; target: Target }
  | { kind: 'suppress' }
  | { kind: 'inert' }
  | { kind: 'context'; context: ContextKind }
  | { kind: 'cumulative' };

/** The lexicon's phrase tries. */
interface LexiconTries {
  matcher: PhraseMatcher<LexiconValue>;
  hitPlaces: PhraseMatcher<string>;
  headlineCues: PhraseMatcher<HeadlineCue>;
  blastReading: PhraseMatcher<BlastCue>;
}
/** The tries as arrays (PhraseMatcher.pack), as the compiled engine data stores them. */
export type PackedLexiconTries = { [K in keyof LexiconTries]: LexiconTries[K] extends PhraseMatcher<infer T> ? PackedTrie<T> : never };

/** The attack lexicon compiled into one longest-match phrase matcher. */
export class AttackLexicon {
  readonly matcher: PhraseMatcher<LexiconValue>;
  /** Kinds of place hit, by the words of the `headline.hit_places` lists. */
  readonly hitPlaces: PhraseMatcher<string>;
  /** The headline's repeat ("again"), summing-up ("wave of") and aftermath ("condemns") phrases. */
  readonly headlineCues: PhraseMatcher<HeadlineCue>;
  /** Who set off a blast and why: agents, intents, accidental causes, old munitions and settings (`blast_reading`). */
  readonly blastReading: PhraseMatcher<BlastCue>;

  /** The lexicon of `data`, its tries made from its phrases unless given (as `unpack` gives them). */
  constructor(
    readonly data: AttackTermsFile,
    tries: LexiconTries = lexiconTries(data),
  ) {
    this.matcher = tries.matcher;
    this.hitPlaces = tries.hitPlaces;
    this.headlineCues = tries.headlineCues;
    this.blastReading = tries.blastReading;
    this.matcher.readCompounds(compoundReader(data.compounds, this.matcher));
  }

  static load(file: string): AttackLexicon {
    const data = readDataFile(file, AttackTermsFileSchema, 'attack lexicon');
    return new AttackLexicon(data);
  }

  /** The tries as arrays, for the compiled engine data. */
  pack(): PackedLexiconTries {
    return packTries(this);
  }

  /** The lexicon of `data` with the tries `pack` stored: no phrase is tokenised again. */
  static unpack(data: AttackTermsFile, packed: PackedLexiconTries): AttackLexicon {
    return new AttackLexicon(data, unpackTries(packed));
  }
}

/** The compound reader of the lexicon's heads, each of them one word its phrases hold. */
function compoundReader(compounds: AttackTermsFile['compounds'], matcher: PhraseMatcher<LexiconValue>): CompoundReader {
  const word = (w: string): string => {
    const toks = phraseTokens(w);
    if (toks.length !== 1) throw new Error(`attack lexicon: a compound part is one word: "${w}"`);
    return toks[0]!;
  };
  const heads = compounds.heads.flatMap(expandBraces).map(word);
  for (const head of heads) if (!matcher.hasWord(head)) throw new Error(`attack lexicon: compound head "${head}" is no word of its phrases`);
  return new CompoundReader(heads, compounds.other_modifiers.flatMap(expandBraces).map(word));
}

function packTries(tries: LexiconTries): PackedLexiconTries {
  return { matcher: tries.matcher.pack(), hitPlaces: tries.hitPlaces.pack(), headlineCues: tries.headlineCues.pack(), blastReading: tries.blastReading.pack() };
}

function unpackTries(packed: PackedLexiconTries): LexiconTries {
  return {
    matcher: PhraseMatcher.unpack(packed.matcher),
    hitPlaces: PhraseMatcher.unpack(packed.hitPlaces),
    headlineCues: PhraseMatcher.unpack(packed.headlineCues),
    blastReading: PhraseMatcher.unpack(packed.blastReading),
  };
}

/** The tries of the lexicon's phrases, every phrase tokenised. */
function lexiconTries(data: AttackTermsFile): LexiconTries {
  const tries: LexiconTries = {
    matcher: new PhraseMatcher(),
    hitPlaces: new PhraseMatcher(),
    headlineCues: new PhraseMatcher(),
    blastReading: new PhraseMatcher(),
  };
  // Values are shared objects so that `includes` in PhraseMatcher.add deduplicates them.
  const interned = new Map<string, LexiconValue>();
  const addAll = (phrases: readonly string[], value: LexiconValue, spellings: (toks: string[]) => string[][] = (toks) => [toks]): void => {
    const key = JSON.stringify(value);
    let shared = interned.get(key);
    if (!shared) {
      shared = value;
      interned.set(key, value);
    }
    for (const phrase of phrases) {
      for (const variant of expandBraces(phrase)) {
        const toks = lexiconPhraseTokens(variant);
        if (toks.length > 0) for (const spelt of spellings(toks)) tries.matcher.add(spelt, shared);
      }
    }
  };
  for (const [type, terms] of Object.entries(data.types) as [AttackType, z.infer<typeof AttackTypeTermsSchema>][]) {
    addAll(terms.strong, { kind: 'type', type, strong: true }, koreanJoinings);
    addAll(terms.weak, { kind: 'type', type, strong: false }, koreanJoinings);
    addAll(terms.strong_more, { kind: 'type', type, strong: true }, koreanJoinings);
  }
  addAll(data.generic, { kind: 'generic' });
  addAll(data.event, { kind: 'event' });
  typePhrasesKeepTheirVerbs(tries.matcher, data.types);
  for (const [target, terms] of Object.entries(data.targets) as [Target, string[]][]) {
    addAll(terms, { kind: 'target', target });
  }
  for (const [context, terms] of Object.entries(data.context) as [ContextKind, string[]][]) {
    addAll(terms, { kind: 'context', context });
  }
  addAll(data.cumulative, { kind: 'cumulative' });
  // Suppressors are added last and only where the phrase means nothing else, so a phrase that
  // is both ("was fired": event vs. dismissal) keeps its attack meaning only when listed so.
  addAll(data.suppress, { kind: 'suppress' });
  addAll(data.inert, { kind: 'inert' });
  for (const [kind, phrases] of Object.entries(data.headline.hit_places)) {
    for (const variant of phrases.flatMap(expandBraces)) tries.hitPlaces.add(variant, kind);
  }
  for (const cue of BLAST_CUES) {
    for (const variant of data.blast_reading[cue].flatMap(expandBraces)) tries.blastReading.add(lexiconPhraseTokens(variant), cue);
  }
  for (const cue of HEADLINE_CUES) {
    for (const variant of data.headline[cue].flatMap(expandBraces)) tries.headlineCues.add(variant, cue);
  }
  // Read back from their arrays, as the compiled data gives them: the nodes they were built in go.
  return unpackTries(packTries(tries));
}

/** A word of Hangul syllables only, as Korean words are once folded. */
const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;
/** Korean compounds longer than this many words are written spaced. */
const KOREAN_JOINED_WORDS = 3;

/**
 * A type phrase's spellings: Korean writes a compound noun spaced or joined at will ("자살 폭탄
 * 테러", "자살폭탄 테러", "자살폭탄테러": a suicide bombing), so a phrase of two or three Hangul words
 * is also read with any of its spaces left out (the joined word's particles fold off as the last
 * word's do). Built with the lexicon's data, so reading a text costs nothing more.
 */
function koreanJoinings(toks: string[]): string[][] {
  if (toks.length < 2 || toks.length > KOREAN_JOINED_WORDS || !toks.every((t) => HANGUL_WORD.test(t))) return [toks];
  let out: string[][] = [[toks[0]!]];
  for (const t of toks.slice(1))
    out = out.flatMap((head) => [
      [...head, t],
      [...head.slice(0, -1), head[head.length - 1]! + t],
    ]);
  return out;
}

/**
 * A type phrase keeps the verb that ends it: "bomb exploded" is matched whole (longest match),
 * which used to hide its "exploded", so "A bomb exploded in a market" named a bomb with nothing
 * happening. A phrase ending in an event verb ("bomb went off", "device detonated") also carries
 * that verb's values; a word that is a noun as well ("attack", "blast") only in a past form, so
 * "terrorist attack" stays a noun phrase.
 */
function typePhrasesKeepTheirVerbs(matcher: PhraseMatcher<LexiconValue>, types: AttackTermsFile['types']): void {
  const inner: { toks: string[]; values: readonly LexiconValue[] }[] = [];
  for (const terms of Object.values(types) as z.infer<typeof AttackTypeTermsSchema>[]) {
    for (const phrase of [...terms.strong, ...terms.weak, ...terms.strong_more]) {
      for (const variant of expandBraces(phrase)) {
        const toks = lexiconPhraseTokens(variant);
        if (toks.length < 2 || toks.includes(GAP)) continue;
        const verb = matcher
          .match(
            toks.map((norm) => ({ norm })),
            { longestOnly: false },
          )
          .find((m) => m.start > 0 && m.end === toks.length && endsInVerb(m.values, toks[toks.length - 1]!));
        if (verb) inner.push({ toks, values: verb.values });
      }
    }
  }
  // Added after the look-ups, so a phrase's new values never feed another phrase's.
  for (const { toks, values } of inner) for (const v of values) matcher.add(toks, v);
}

/** Values of an event verb: an event, and when also a noun ("attack", "blast"), only in a past form ("exploded"). */
function endsInVerb(values: readonly LexiconValue[], word: string): boolean {
  if (!values.some((v) => v.kind === 'event')) return false;
  return !values.some((v) => v.kind === 'generic') || word.endsWith('ed');
}
