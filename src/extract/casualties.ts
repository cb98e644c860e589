import type { Casualties } from './analysis.js';
import type { Token } from './normalize.js';
import { readNumber } from './numbers.js';

type Kind = 'killed' | 'injured';

/** Words that report deaths or injuries, after a figure ("12 were killed", "five dead"). */
const AFTER_FIGURE = new Map<string, Kind>([
  ['killed', 'killed'], ['dead', 'killed'], ['died', 'killed'], ['die', 'killed'], ['deaths', 'killed'],
  ['fatalities', 'killed'], ['bodies', 'killed'], ['slain', 'killed'], ['perished', 'killed'], ['martyred', 'killed'],
  ['lives', 'killed'], ['murdered', 'killed'], ['executed', 'killed'], ['massacred', 'killed'],
  ['injured', 'injured'], ['wounded', 'injured'], ['hurt', 'injured'], ['injuries', 'injured'], ['hospitalised', 'injured'],
  ['hospitalized', 'injured'], ['harmed', 'injured'],
]);
/** Verbs followed by a figure ("killing 12", "wounded at least 30"). */
const BEFORE_FIGURE = new Map<string, Kind>([
  ['killed', 'killed'], ['killing', 'killed'], ['kills', 'killed'], ['kill', 'killed'], ['claimed', 'killed'],
  ['wounded', 'injured'], ['wounding', 'injured'], ['wounds', 'injured'], ['injured', 'injured'], ['injuring', 'injured'],
  ['injures', 'injured'], ['hurt', 'injured'], ['hurting', 'injured'],
]);
/** Nouns that "no"/"without" turn into a zero: "no casualties", "without injuries". */
const ZERO_NOUNS = new Map<string, readonly Kind[]>([
  ['casualties', ['killed', 'injured']], ['casualty', ['killed', 'injured']], ['victims', ['killed', 'injured']],
  ['injuries', ['injured']], ['injured', ['injured']], ['wounded', ['injured']],
  ['deaths', ['killed']], ['fatalities', ['killed']], ['dead', ['killed']],
]);
const NEGATORS = new Set(['no', 'not', 'without', 'zero', 'nobody', 'none', 'neither', 'nor']);
/** "no one was hurt" → both zero; "no one was killed" → killed zero. */
const NOBODY_VERBS = new Map<string, readonly Kind[]>([
  ['hurt', ['killed', 'injured']], ['harmed', ['killed', 'injured']], ['injured', ['injured']], ['wounded', ['injured']],
  ['killed', ['killed']], ['died', ['killed']], ['dead', ['killed']],
]);
/** Words between "no" and "casualties" that make it "no news about casualties", not "none". */
const NO_NEWS = new Set(['information', 'word', 'details', 'detail', 'confirmation', 'comment', 'clear', 'indication', 'data', 'figures', 'estimate']);
/** Words that may sit between a figure and its casualty word ("12 Iraqi soldiers were killed"). */
const AUXILIARIES = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'is', 'being', 'reportedly', 'also', 'all', 'later',
  'reported', 'confirmed', 'people', 'persons', 'of', 'them', 'whom', 'more', 'others', 'other', 'seriously', 'critically',
  'severely', 'lightly', 'slightly', 'fatally', 'mortally', 'badly', 'now', 'so', 'far', 'initially', 'either', 'both']);
const CLAUSE_BREAKS = new Set(['by', 'in', 'at', 'on', 'after', 'from', 'with', 'during', 'near', 'when', 'while', 'as', 'but',
  'that', 'which', 'who', 'to', 'for', 'and', 'or', 'than', 'if', 'since', 'before', 'into', 'over', 'under', 'against', 'the']);
/** Units after a figure that make it something other than a head count. */
const NOT_PEOPLE = new Set(['years', 'year', 'days', 'day', 'months', 'month', 'hours', 'hour', 'minutes', 'km', 'kilometres',
  'kilometers', 'miles', 'metres', 'meters', 'percent', 'per', 'times', 'drones', 'missiles', 'rockets', 'tons', 'tonnes',
  'am', 'pm', 'gmt', 'utc', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december']);
/** "the death toll rose to 15", "a toll of 15". */
const TOLL_WORDS = new Set(['toll']);
const SUPERLATIVES = new Set(['deadliest', 'worst', 'largest', 'biggest', 'bloodiest', 'most', 'first', 'heaviest', 'highest']);

export interface Figure {
  kind: Kind;
  value: number | null;
  /** Token index of the figure. */
  at: number;
}

function intermediateOk(t: Token): boolean {
  if (AUXILIARIES.has(t.norm)) return true;
  if (CLAUSE_BREAKS.has(t.norm)) return false;
  if (/^\d/.test(t.norm)) return false;
  if (AFTER_FIGURE.has(t.norm) || BEFORE_FIGURE.has(t.norm)) return false;
  // Verbs in -ed/-ing ("drones were shot down, killing") end the noun phrase; names do not.
  if (!t.capitalized && /(ed|ing)$/.test(t.norm) && t.norm.length > 4) return false;
  return true;
}

/** Figures stated in tokens[from, to): "12 people were killed", "killing 12", "death toll rose to 15". */
export function findFigures(tokens: readonly Token[], from: number, to: number): Figure[] {
  const out: Figure[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // Figure first: NUM (noun phrase) (aux) casualty-word.
    // "no one was killed" is a zero (findZeros), not a figure of one.
    const num = tokens[i - 1]?.norm === 'no' ? undefined : readNumber(tokens, i);
    if (num && num.end <= to && !NOT_PEOPLE.has(tokens[num.end]?.norm ?? '')) {
      const prev = tokens[i - 1]?.norm;
      // "one of the", "two-day", "the 12th": skip ordinals and years handled by readNumber's digits.
      for (let j = num.end, gap = 0; j < to && gap <= 5; j++, gap++) {
        const w = tokens[j]!;
        const kind = AFTER_FIGURE.get(w.norm);
        if (kind && !(w.norm === 'lives' && prev !== 'claimed' && tokens[j - 1]?.norm !== 'their')) {
          out.push({ kind, value: num.value, at: num.start });
          break;
        }
        if (!intermediateOk(w)) break;
      }
      // "a soldier was killed": an article as one, singular verb required.
    } else if ((t.norm === 'a' || t.norm === 'an') && i + 1 < to) {
      for (let j = i + 1, gap = 0; j < to && gap <= 4; j++, gap++) {
        const w = tokens[j]!;
        if (w.norm === 'was' && AFTER_FIGURE.has(tokens[j + 1]?.norm ?? '')) {
          out.push({ kind: AFTER_FIGURE.get(tokens[j + 1]!.norm)!, value: 1, at: i });
          break;
        }
        if (!intermediateOk(w) || w.norm === 'were') break;
      }
    }
    // Verb first: killing (hedge) NUM.
    const verb = BEFORE_FIGURE.get(t.norm);
    if (verb) {
      let j = i + 1;
      if (t.norm === 'claimed') {
        // "claimed the lives of 12", "claimed 12 lives"
        if (tokens[j]?.norm === 'the' && tokens[j + 1]?.norm === 'lives' && tokens[j + 2]?.norm === 'of') j += 3;
        else if (!(tokens[j + 1]?.norm === 'lives' || tokens[j + 2]?.norm === 'lives')) continue;
      }
      if (tokens[j]?.norm === 'a' && tokens[j + 1]?.norm === 'total' && tokens[j + 2]?.norm === 'of') j += 3;
      const n = readNumber(tokens, j);
      if (n && n.end <= to && n.value !== 0 && !NOT_PEOPLE.has(tokens[n.end]?.norm ?? '') && !/^(19|20)\d\d$/.test(tokens[n.end - 1]!.norm)) {
        out.push({ kind: verb, value: n.value, at: n.start });
      }
    }
    // "death toll rose to 15", "a toll of at least 15"
    if (TOLL_WORDS.has(t.norm)) {
      for (let j = i + 1; j < Math.min(to, i + 7); j++) {
        const n = readNumber(tokens, j);
        if (n && n.value !== null && !/^(19|20)\d\d$/.test(tokens[n.end - 1]!.norm) && !NOT_PEOPLE.has(tokens[n.end]?.norm ?? '')) {
          out.push({ kind: 'killed', value: n.value, at: n.start });
          break;
        }
      }
    }
  }
  return out;
}

/** Zero statements in tokens[from, to): "no casualties", "no one was hurt", "did not cause any injuries". */
export function findZeros(tokens: readonly Token[], from: number, to: number): Kind[] {
  const out: Kind[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const nounKinds = ZERO_NOUNS.get(t.norm);
    if (nounKinds) {
      for (let j = i - 1; j >= Math.max(from, i - 5); j--) {
        const w = tokens[j]!.norm;
        if (NO_NEWS.has(w)) break;
        if (NEGATORS.has(w)) {
          out.push(...nounKinds);
          break;
        }
      }
    }
    const nobody = t.norm === 'nobody' || (t.norm === 'no' && tokens[i + 1]?.norm === 'one') || t.norm === 'none';
    if (nobody) {
      for (let j = i + 1; j < Math.min(to, i + 6); j++) {
        const kinds = NOBODY_VERBS.get(tokens[j]!.norm);
        if (kinds) {
          out.push(...kinds);
          break;
        }
      }
    }
  }
  return out;
}

/**
 * Combines the figures of the sentences that speak of this event: the largest stated figure per
 * kind (tolls rise as an article is updated), zero when the text says none and states no figure,
 * null when it says nothing or only "dozens".
 */
export function combineCasualties(figures: readonly Figure[], zeros: readonly Kind[]): Casualties {
  const pick = (kind: Kind): number | null => {
    let best: number | null = null;
    for (const f of figures) if (f.kind === kind && f.value !== null && f.value > 0 && (best === null || f.value > best)) best = f.value;
    if (best !== null) return best;
    return zeros.includes(kind) ? 0 : null;
  };
  return { killed: pick('killed'), injured: pick('injured') };
}

/** "the deadliest attack since 2014": a superlative makes "since" a comparison, not a running total. */
export function isComparisonSince(tokens: readonly Token[], sinceAt: number): boolean {
  for (let j = sinceAt - 1; j >= Math.max(0, sinceAt - 4); j--) if (SUPERLATIVES.has(tokens[j]!.norm)) return true;
  return false;
}
