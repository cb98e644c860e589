/**
 * Stage 5, casualties: the figures of the sentences about this event (not totals, history or
 * look-alikes), each read in its clause and kept when it is this event's (src/extract/attribution.ts),
 * the largest of each kind; none for a digest of several dated events.
 */
import type { Casualties } from '../analysis.js';
import { attributeFigures } from '../attribution.js';
import { combineCasualties, type Figure, findFigures, findZeros, type Zero } from '../casualties.js';
import type { Token } from '../normalize.js';
import { isDayNumber } from '../when.js';
import { WORDS } from '../words.js';
import { hasEventContext, type SentenceFacts } from './sentences.js';

export function eventCasualties(
  tokens: readonly Token[],
  text: string,
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
  armedGroups: ReadonlySet<number>,
): Casualties {
  const bySentence = new Map<number, Figure[]>();
  const zeros: Zero[] = [];
  for (const [s, f] of facts.entries()) {
    if (hasEventContext(f)) continue;
    if (!f.background) bySentence.set(s, findFigures(tokens, f.first, f.end, text));
    zeros.push(...findZeros(tokens, f.first, f.end));
  }
  const figures = attributeFigures(tokens, text, facts, bySentence, armedGroups)
    .filter((a) => a.score > 0)
    .map((a) => a.figure);
  // A digest of several dated events (OCHA, ACLED) has no one figure for "the" attack.
  return isDigest(tokens, facts, evidence) ? { killed: null, injured: null } : combineCasualties(figures, zeros);
}

/** The dates ("3 November", "Nov. 3") of a sentence. */
function sentenceDates(tokens: readonly Token[], f: SentenceFacts): string[] {
  const out: string[] = [];
  for (let i = f.first; i < f.end; i++) {
    const t = tokens[i]!;
    if (!WORDS.month_names.has(t.norm) || !t.capitalized) continue;
    const day = isDayNumber(tokens[i - 1]) ? tokens[i - 1]! : isDayNumber(tokens[i + 1]) ? tokens[i + 1]! : undefined;
    if (day) out.push(`${t.norm.slice(0, 3)} ${Number(day.norm)}`);
  }
  return out;
}

/** Several reporting sentences each with its own date: a digest of separate events. */
export function isDigest(tokens: readonly Token[], facts: readonly SentenceFacts[], evidence: readonly boolean[]): boolean {
  const dates = new Set<string>();
  let datedSentences = 0;
  for (let s = 0; s < facts.length; s++) {
    if (!evidence[s] || facts[s]!.background) continue;
    const d = sentenceDates(tokens, facts[s]!);
    if (d.length === 0) continue;
    datedSentences++;
    for (const x of d) dates.add(x);
  }
  return datedSentences >= 2 && dates.size >= 2;
}
