/**
 * Stage 9, headline: what the title says of the one attack a report is about. A body often recalls
 * other attacks ("…hours after the overnight drone raid"), so the types read from the whole text
 * mix events; incident grouping compares these facts instead. The means come from the attack
 * lexicon's own matches, so one vocabulary serves both; the rest from its `headline` lists.
 */
import { type AttackType, TYPE_YIELDS } from '../../vocabulary.js';
import type { Headline } from '../analysis.js';
import type { AttackLexicon, HeadlineCue } from '../lexicon.js';
import type { Token } from '../normalize.js';

export function readHeadline(tokens: readonly Token[], text: string, titleEnd: number, lexicon: AttackLexicon): Headline {
  const title = tokens.slice(0, titleEnd);
  const terms = lexicon.data.headline;
  // "Jets hit the town hours after a drone strike": what follows the turn is an earlier attack.
  const turn = title.findIndex((t) => terms.earlier.has(t.norm));
  const named = attackWords(title, lexicon);
  const own = meansOf(turn < 0 ? named : named.filter((n) => n.at < turn));
  const earlier = turn < 0 ? [] : meansOf(named.filter((n) => n.at > turn));
  const when = title.find((t) => terms.day.has(t.norm) || terms.night.has(t.norm));
  return {
    attackTypes: [...new Set([...own, ...earlier])],
    earlierAttackType: own[0] && earlier[0] && own[0] !== earlier[0] ? earlier[0] : null,
    hitPlaces: [...new Set(lexicon.hitPlaces.match(title, { longestOnly: true }).flatMap((m) => m.values))],
    timeOfDay: when ? (terms.day.has(when.norm) ? 'day' : 'night') : null,
    announcesAnother: anotherAttack(title, text, terms.another),
    repeats: cueWords(title, text, lexicon, 'again'),
    sumsUp: cueWords(title, text, lexicon, 'summing_up'),
    aftermath: cueWords(title, text, lexicon, 'aftermath'),
  };
}

/** The title's words from token `from` to token `to` (exclusive), as written. */
const wordsAt = (title: readonly Token[], text: string, from: number, to: number) => text.slice(title[from]!.start, title[to - 1]!.end);

/** "Second shooting", "fresh drone attack": a word of `words`, then an attack noun at once or one word later. */
function anotherAttack(title: readonly Token[], text: string, another: { words: ReadonlySet<string>; attacks: ReadonlySet<string> }): string | null {
  for (let i = 0; i < title.length; i++) {
    if (!another.words.has(title[i]!.norm)) continue;
    for (const j of [i + 1, i + 2]) if (j < title.length && another.attacks.has(title[j]!.norm)) return wordsAt(title, text, i, j + 1);
  }
  return null;
}

/** The first phrase of one of the headline's cue lists in the title, as written, or null. */
function cueWords(title: readonly Token[], text: string, lexicon: AttackLexicon, cue: HeadlineCue): string | null {
  const m = lexicon.headlineCues.match(title).find((found) => found.values.includes(cue));
  return m ? wordsAt(title, text, m.start, m.end) : null;
}

interface Named {
  type: AttackType;
  strong: boolean;
  at: number;
}

/**
 * The lexicon's attack-type phrases in the title that name a means, less look-alikes
 * ("counter-drone", "police raid").
 */
function attackWords(title: readonly Token[], lexicon: AttackLexicon): Named[] {
  return lexicon.matcher
    .match(title, { longestOnly: true })
    .filter((m) => !m.values.some((v) => v.kind === 'suppress'))
    .flatMap((m) =>
      m.values.flatMap((v) =>
        v.kind === 'type' && (v.strong || namesMeans(title.slice(m.start, m.end), lexicon)) ? [{ type: v.type, strong: v.strong, at: m.start }] : [],
      ),
    );
}

/**
 * A weak phrase built on a generic attack word ("terrorist attack", "Israeli strike") tells that
 * there was an attack, not by what means, unless another of its words names one ("bomb attack").
 */
function namesMeans(words: readonly Token[], lexicon: AttackLexicon): boolean {
  if (words.length < 2) return true;
  const alone = words.map((w) => lexicon.matcher.match([w]).flatMap((m) => m.values));
  return !alone.some((vs) => vs.some((v) => v.kind === 'generic')) || alone.some((vs) => vs.some((v) => v.kind === 'type'));
}

/**
 * The means one clause names, in order of first mention; weak words yield as within a sentence
 * ("gunmen abduct 20" is a kidnapping, "explosives-laden drone" a drone).
 */
function meansOf(named: readonly Named[]): AttackType[] {
  const all = new Set(named.map((n) => n.type));
  const kept = named.filter((n) => n.strong || !(TYPE_YIELDS[n.type] ?? []).some((o) => o !== n.type && all.has(o)));
  return [...new Set(kept.map((n) => n.type))];
}
