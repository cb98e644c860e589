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
  const figures = withoutRoundedBesideExact(
    tokens,
    attributeFigures(tokens, text, facts, bySentence, armedGroups)
      .filter((a) => a.score > 0)
      .map((a) => a.figure),
  );
  // A digest of several dated events (OCHA, ACLED) has no one figure for "the" attack.
  return isDigest(tokens, facts, evidence) ? { killed: null, injured: null } : combineCasualties(figures, zeros);
}

/** How far from its round value an exact figure may be and still be the one a round noun approximates ("une trentaine", 20 to 40). */
const ROUNDED_SHARE = 1 / 3;

/** The figure is told by a round noun ("une trentaine", "uma dezena", "una decina"): about that many. */
function isRounded(tokens: readonly Token[], f: Figure): boolean {
  for (let k = f.at - 1; k <= f.at + 1; k++) if (WORDS.number_round[tokens[k]?.norm ?? ''] !== undefined) return true;
  return false;
}

/**
 * "une vingtaine de morts" in the title, "dix-neuf civils ont péri" in the
 * body: a rounded figure yields to an exact one of the same kind that it approximates.
 */
function withoutRoundedBesideExact(tokens: readonly Token[], figures: readonly Figure[]): Figure[] {
  const rounded = figures.map((f) => f.value !== null && isRounded(tokens, f));
  return figures.filter(
    (f, i) =>
      !rounded[i] ||
      !figures.some((o, j) => !rounded[j] && o.kind === f.kind && !o.hostile && o.value !== null && Math.abs(o.value - f.value!) <= f.value! * ROUNDED_SHARE),
  );
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
