/**
 * Stage 2b, who set off a blast and why: an article whose attack is told only by explosions and
 * bombs reports an attack when the text gives the blast an agent (someone planted, threw or set
 * it off; a bomber; attackers or an armed group acting) or an intent (a target, a bombing, a
 * claim, terror); not when it names the cause as an accident (a leak, a fault, munitions in store
 * or left from a war, handling, a drill), nor when it sets a blast with neither at a workplace, a
 * depot or an inquest. Each cue is a `blast_reading` list (config/data/attack-terms.yaml) or a
 * fact of the sentence stage, weighed once by `BLAST_READING`.
 */
import type { BlastCue, SentenceCues } from '../lexicon.js';
import type { Token } from '../normalize.js';
import type { PhraseMatcher } from '../phrase-matcher.js';
import { BLAST_READING } from '../weights.js';
import { isHypothetical, type SentenceFacts } from './sentences.js';

/** What the article says of who set off its blast and why; `weapon`: it names a bomb, not only an explosion. */
export type BlastReadingCue = BlastCue | 'weapon';

export interface BlastReading {
  /** The sum of the cues' `BLAST_READING` weights. */
  score: number;
  cues: Set<BlastReadingCue>;
}

/**
 * The article's reported attack is a blast and nothing else: its reporting sentences name no
 * means but explosions and bombs, and no attackers acting ("gunmen stormed…, then a bomb…"), and
 * a blast or bomb is named (in any sentence: "trois morts dans l'explosion d'un immeuble", then
 * "une explosion sans doute causée par une fuite de gaz").
 */
export function isBlastStory(facts: readonly SentenceFacts[], evidence: readonly boolean[]): boolean {
  for (const [s, f] of facts.entries()) if (evidence[s] && (f.attackersAct || [...f.types].some((t) => t !== 'ied'))) return false;
  return facts.some((f) => f.blast || f.types.has('ied'));
}

/** Contexts of the sentence stage that name a blast's cause as no attack: an accident, a maker's bomb or old shell, a drill. */
const ACCIDENT_CONTEXTS = ['accident', 'mishap', 'exercise'] as const;

/**
 * Reads every sentence for the blast's agent, intent, accidental cause and setting. A phrase after
 * "not", "never" or a modal ("could have been an attack") says nothing.
 * `armedGroups`: tokens of the armed groups the actor catalogue names.
 */
export function readBlast(
  tokens: readonly Token[],
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
  matcher: PhraseMatcher<BlastCue>,
  cues: SentenceCues,
  armedGroups: ReadonlySet<number>,
): BlastReading {
  const found = new Set<BlastReadingCue>();
  let settingAtBlast = false;
  for (const m of matcher.match(tokens, { longestOnly: true })) {
    if (isHypothetical(tokens, m.start)) continue;
    for (const c of m.values) found.add(c);
    const s = tokens[m.start]!.sentence;
    if (m.values.includes('accident_setting') && evidence[s] && (facts[s]!.blast || facts[s]!.casualty)) settingAtBlast = true;
  }
  // Bombs being made tell of their maker's mishap only where the blast went off: a sentence
  // reporting the blast or its harm sets it in a yard, a workshop or a works ("a man died after a
  // device went off in the yard of his own home"), not a suspect's garage the story comes to later
  // ("he had been building bombs in his garage" after a bomb outside a bakery).
  if (!settingAtBlast) found.delete('bomb_making');
  if (facts.some((f) => f.attackersAct) || armedGroups.size > 0) found.add('agent');
  for (let i = 0; i < tokens.length && !found.has('agent'); i++) if (cues.attackers.has(tokens[i]!.norm) && !isHypothetical(tokens, i)) found.add('agent');
  // "…por una explosión de gas" under a title of "an explosion": the look-alike phrase names what blew up.
  if (facts.some((f) => f.blastExplained || ACCIDENT_CONTEXTS.some((c) => f.context.has(c)))) found.add('accidental_cause');
  if (facts.some((f, s) => evidence[s] && f.types.has('ied'))) found.add('weapon');
  // "Mines left over from the war" is both an old munition and an accident's cause: counted once, as the old munition.
  if (found.has('legacy_ordnance')) found.delete('accidental_cause');
  let score = 0;
  for (const c of found) score += BLAST_READING[c];
  return { score, cues: found };
}

/** The reading says someone meant the blast, or nothing says otherwise. */
export const readsAsAttack = (r: BlastReading) => r.score >= BLAST_READING.attackFrom;
