import type { AttackType } from '../../vocabulary.js';
import type { ContextKind } from '../lexicon.js';
import type { Token } from '../normalize.js';
import { readsAsAttack } from './agency.js';
import type { AttackDecision } from './decision.js';
import type { NonEventCue } from './reading.js';
import type { SentenceFacts } from './sentences.js';

/** What each stage saw: per sentence, the attack facts and whether it counts as evidence. */
export interface ExtractionTrace {
  sentences: {
    text: string;
    title: boolean;
    evidence: boolean;
    types: AttackType[];
    strong: boolean;
    event: boolean;
    generic: boolean;
    casualty: boolean;
    context: ContextKind[];
    suppressed: boolean;
    background: boolean;
    /** What the sentence reports: its `EVENT_READING` score and the cues of a non-event. */
    reading: number;
    readingCues: NonEventCue[];
  }[];
  /** The title names a context (test, trial, memorial…) or is an analysis piece. */
  titleContext: boolean;
  /** The title itself reports an attack, overriding its context. */
  titleStrong: boolean;
  /** Who set off the blast and why: the `BLAST_READING` score and its cues, for an article whose attack is only a blast. */
  blastReading?: { score: number; cues: string[]; attack: boolean };
  /** Votes for the attack's country, before the 60 % cut. */
  countryVotes: Record<string, number>;
  /** Each place mention's vote: what it is in its sentence and how much it counted. */
  placeVotes: { name: string; country: string; use: string; locative: boolean; sentence: number; vote: number }[];
}

/** Records what the sentence and decision stages saw. */
export function traceSentences(trace: ExtractionTrace, tokens: readonly Token[], text: string, facts: readonly SentenceFacts[], d: AttackDecision): void {
  trace.titleContext = d.titleContext;
  trace.titleStrong = d.titleStrong;
  if (d.blastReading) trace.blastReading = { score: d.blastReading.score, cues: [...d.blastReading.cues], attack: readsAsAttack(d.blastReading) };
  trace.sentences = facts.map((f, s) => ({
    text: f.end > f.first ? text.slice(tokens[f.first]!.start, tokens[f.end - 1]!.end) : '',
    title: d.titleSentences.has(s),
    evidence: d.evidence[s]!,
    types: [...f.types],
    strong: f.strong,
    event: f.event,
    generic: f.generic,
    casualty: f.casualty,
    context: [...f.context],
    suppressed: f.suppressed,
    background: f.background,
    reading: d.readings[s]!.score,
    readingCues: [...d.readings[s]!.cues],
  }));
}
