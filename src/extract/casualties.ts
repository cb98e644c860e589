import type { Casualties } from './analysis.js';
import type { Token } from './normalize.js';
import { hedgeLength, isDigits, isYear, type NumberPhrase, readNumber, startsWithDigit } from './numbers.js';
import { WORDS } from './words.js';

type Kind = 'killed' | 'injured';

export interface Figure {
  kind: Kind;
  value: number | null;
  /** Token index of the figure. */
  at: number;
  /**
   * The group counted before its verb is the other side ("two terrorists killed", "17 militants
   * were also killed"): see `combineCasualties`. After an attack verb ("killing eight militants")
   * they are the victims.
   */
  hostile?: boolean;
  /** Killed figure of people first reported wounded: "two wounded guards have died", "died of their wounds". */
  ofWounded?: boolean;
  /** The figure as stated, before the attackers named among them were taken out ("three, including the bomber"). */
  withAttackers?: number;
  /** A part of the dead or wounded ("a commander was among the dead"): the toll only when no other figure is told. */
  part?: boolean;
  /**
   * One more person told by an ordinal ("a third officer was slightly hurt"): the count it names when
   * the text states the ones before it (see `combineCasualties`), else the one person.
   */
  ordinal?: number;
}

/** The group in tokens[from, to) names the other side ("two terrorists", "17 Boko Haram militants", "six attackers"). */
function isHostile(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.norm;
    if (WORDS.hostile_nouns.has(w) || WORDS.attacker_nouns.has(w)) return true;
    // "18 armed men", "hommes armés": armed people who are no force.
    if (WORDS.armed_words.has(w) && (WORDS.armed_people.has(tokens[k + 1]?.norm ?? '') || WORDS.armed_people.has(tokens[k - 1]?.norm ?? ''))) return true;
  }
  return false;
}

/** A verb's ending in -ed or -ing. */
const VERB_ENDING_RE = /(ed|ing)$/;

/** Letters an adverb has before its ending ("allegedly", "finalmente"), so "only" or "early" is none. */
const ADVERB_STEM = 4;

/**
 * "were allegedly killed", "uno finalmente murió": an adverb, told by its ending in
 * English and the Romance languages, between a counted group and its casualty word.
 */
function isAdverb(t: Token): boolean {
  return !t.capitalized && WORDS.adverb_endings.some((e) => t.norm.endsWith(e) && t.norm.length >= e.length + ADVERB_STEM);
}

function intermediateOk(t: Token): boolean {
  if (WORDS.auxiliaries.has(t.norm)) return true;
  if (WORDS.clause_breaks.has(t.norm) || WORDS.list_joiners.has(t.norm)) return false;
  if (startsWithDigit(t.norm)) return false;
  if (WORDS.after_figure.has(t.norm) || WORDS.before_figure.has(t.norm)) return false;
  // Verbs in -ed/-ing ("drones were shot down, killing") end the noun phrase; names and "armed" do not.
  if (WORDS.armed_words.has(t.norm)) return true;
  if (!t.capitalized && VERB_ENDING_RE.test(t.norm) && t.norm.length > 4) return false;
  return true;
}

/**
 * "attackiert und verletzt", "angegriffen und getötet": a German participle joined to the casualty
 * word after it ends the counted group, as an English verb in -ed does in `intermediateOk`.
 */
function firstOfTwoVerbs(tokens: readonly Token[], k: number): boolean {
  return !tokens[k]!.capitalized && tokens[k + 1]?.norm === 'und' && WORDS.after_figure.has(tokens[k + 2]?.norm ?? '');
}

/** Written in capitals ("UN"), not a capitalised word ("Ein Toter" opening a title); without the text, any capital. */
function isAcronym(t: Token, text: string | undefined): boolean {
  if (!t.capitalized) return false;
  const raw = text?.slice(t.start, t.end);
  return raw === undefined || (raw.length > 1 && raw === raw.toUpperCase());
}

const PUNCTUATION_RE = /[,;:()—–፣፤،؛]/;
/** A comma between two numbers: no range joins them ("10-15" and "10–15" do). */
const DATE_COMMA_RE = /[,،]/;

/**
 * Punctuation between two tokens ("killed, three hurt") ends a phrase; also the Ethiopic and the
 * Arabic-script comma and semicolon ("፣ ፤ ، ؛"), with `isDefiniteNumber` keeping Monday out of a list.
 */
function punctuated(text: string | undefined, a: Token, b: Token): boolean {
  return text !== undefined && PUNCTUATION_RE.test(text.slice(a.end, b.start));
}

const ARABIC_ARTICLE_RE = /^[وف]?ال/;

/** "ثلاثة أشخاص، الاثنين" (three people, on Monday): with the Arabic article, "two" and "one" are weekdays. */
function isDefiniteNumber(t: Token | undefined, text: string | undefined): boolean {
  return t !== undefined && text !== undefined && WORDS.article_weekdays.has(t.norm) && ARABIC_ARTICLE_RE.test(text.slice(t.start, t.end));
}

const ORDINAL_DOT_RE = /^\.\s+$/;

/**
 * "1. veljače", "am 3. März", "den 5. maj": digits with a dot, the sentence going on after them, are
 * an ordinal (a date's day, a rank), as German, Nordic, Slavic, Hungarian and Baltic write them.
 */
function isOrdinal(t: Token | undefined, next: Token | undefined, text: string | undefined): boolean {
  return (
    t !== undefined &&
    next !== undefined &&
    text !== undefined &&
    next.sentence === t.sentence &&
    isDigits(t.norm) &&
    ORDINAL_DOT_RE.test(text.slice(t.end, next.start))
  );
}

/** A comma alone between two words. */
const COMMA_GAP_RE = /^\s*,\s*$/;

/** Words an aside between commas may hold after a casualty verb. */
const VERB_ASIDE_SPAN = 5;

/**
 * "killing, according to early reports, one person", "убив, по первым данным, двух
 * человек": an aside set off by commas between the verb and its victims, with no figure of its
 * own, is skipped; the index after its closing comma, else `j`.
 */
function pastCommaAside(tokens: readonly Token[], j: number, to: number, text: string | undefined): number {
  const open = tokens[j];
  if (text === undefined || !open || j === 0 || !COMMA_GAP_RE.test(text.slice(tokens[j - 1]!.end, open.start))) return j;
  for (let k = j + 1; k < Math.min(to, j + VERB_ASIDE_SPAN + 1); k++) {
    if (readNumber(tokens, k - 1) !== undefined) return j;
    if (COMMA_GAP_RE.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return k;
  }
  return j;
}

/** Words of a counted group's noun phrase after its figure ("12 Iraqi border guards")… */
const GROUP_WORDS = 4;
/** …and with capitalised names among them ("three Central Reserve Police Force troopers"). */
const GROUP_WORDS_WITH_NAMES = 7;

interface Group {
  value: number | null;
  end: number;
  /** It holds an aside naming a part of it ("nine farmers including a boy"). */
  aside?: boolean;
  /** The aside names the attackers among them ("two people, including the bomber"): how many. */
  attackers?: number;
  /** Where that aside opens: the people before it are the ones whose side counts. */
  attackersAt?: number;
  /** A group of the other side joined to this one ("eight soldiers and 10 militants"): counted apart. */
  other?: { value: number | null; at: number; hostile: boolean };
}

/** Words looked back through a list of ages ("aged 47, 22 and 63"). */
const AGE_LIST_SPAN = 8;

/** The figure at i goes on a list of ages: "three porters, aged 47, 22 and 63, were treated" (not 63 hurt). */
function inAgeList(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - AGE_LIST_SPAN) && tokens[j]!.sentence === tokens[i]!.sentence; j--) {
    const w = tokens[j]!.norm;
    if (WORDS.age_markers.has(w)) return true;
    if (!isDigits(w) && !WORDS.list_joiners.has(w)) return false;
  }
  return false;
}

/** Plural endings of English person nouns ("guards", "officers", "policemen", "militias"). */
const PLURAL_PERSON_RE = /^(.+?)(s|es)$/;

/** "guards", "policemen": the plural of a person noun. */
export function isPluralPerson(w: string): boolean {
  const m = PLURAL_PERSON_RE.exec(w);
  if (m && (WORDS.person_nouns.has(m[1]!) || WORDS.person_nouns.has(m[1]! + m[2]!.slice(0, -1)))) return true;
  return w.endsWith('men') && WORDS.person_nouns.has(`${w.slice(0, -3)}man`);
}

/** A figure that may be an age: "a 12-year-old boy". */
const AGE_FIGURE_RE = /^\d{1,3}$/;

/** An age at `j`, its figure and its word: "45 años", "73 éves", "60 tahun". */
function ageAt(tokens: readonly Token[], j: number): boolean {
  return AGE_FIGURE_RE.test(tokens[j]?.norm ?? '') && WORDS.age_words.has(tokens[j + 1]?.norm ?? '');
}

/**
 * "One of the officers died", "two of the wounded later died": the determiner of a partitive right
 * after the figure goes on with its group, where elsewhere "the" ends one.
 */
function partitiveDeterminer(tokens: readonly Token[], figureEnd: number, j: number): boolean {
  return j === figureEnd + 1 && WORDS.of_words.has(tokens[figureEnd]?.norm ?? '') && WORDS.among_determiners.has(tokens[j]!.norm);
}

/** Words of the "of" phrase that describes one person ("the mayor of the town", "a commander of Hezbollah"). */
const OF_PHRASE_SPAN = 3;

/**
 * "killed the mayor of the town and two guards", "a commander of Hezbollah and three fighters": the
 * person's "of" phrase (from `at`, after "of") ends at "and" before a counted group, which goes on
 * the list; undefined when no such "and" closes it.
 */
function ofPhraseBeforeList(tokens: readonly Token[], at: number, to: number, text: string | undefined): number | undefined {
  for (let k = at + 1; k < Math.min(to, at + 1 + OF_PHRASE_SPAN); k++) {
    if (punctuated(text, tokens[k - 1]!, tokens[k]!) || (readNumber(tokens, k - 1)?.value ?? null) !== null) return undefined;
    if (WORDS.list_joiners.has(tokens[k]!.norm) && !tokens[k]!.capitalized && (readNumber(tokens, k + 1)?.value ?? null) !== null) return k;
  }
  return undefined;
}

/**
 * The group at `i`, ending at `end`, is a figure, "of them" and a noun phrase naming who they are
 * ("one of them a child", "two of them women"), not "two of them" alone before a verb.
 */
function partOfThem(tokens: readonly Token[], i: number, end: number): boolean {
  const n = readNumber(tokens, i);
  return n !== undefined && end > n.end + 2 && WORDS.of_words.has(tokens[n.end]?.norm ?? '') && WORDS.of_whom.has(tokens[n.end + 1]?.norm ?? '');
}

/**
 * One counted group at i: "12 people", "at least two Israeli tourists", "a civilian", "Egyptian
 * guide" (a singular person needs no article). Returns the count and the end of its noun phrase.
 */
function readGroup(tokens: readonly Token[], i: number, to: number, text: string | undefined, bare: boolean): Group | undefined {
  // The word before, in this sentence: a year ending the sentence before ("… 2023. 2 officials
  // were killed") is no lower end of a range.
  const prev = tokens[i - 1]?.sentence === tokens[i]?.sentence ? (tokens[i - 1]?.norm ?? '') : '';
  if (WORDS.month_names.has(prev) || WORDS.age_markers.has(prev) || inAgeList(tokens, i)) return undefined;
  // The upper end of a range ("10 to 15", "between 10 and 15", "10-15") was read with its lower end;
  // not a figure after a comma ("On December 3, 11 people were killed", "in 2010, 24 died"): a
  // date's day or year ends there.
  const afterDate = text !== undefined && i > 0 && DATE_COMMA_RE.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  if (prev === 'between' || (startsWithDigit(tokens[i]?.norm ?? '') && startsWithDigit(prev) && !afterDate)) return undefined;
  const isNumberAt = (j: number) => j >= 0 && (readNumber(tokens, j)?.value ?? null) !== null;
  if ((WORDS.range_joiners.has(prev) && prev !== 'and' && isNumberAt(i - 2)) || (prev === 'and' && tokens[i - 3]?.norm === 'between')) return undefined;
  // "a farmer, his wife and their three children": a possessive before the figure of a list's group.
  if (WORDS.possessives.has(tokens[i]?.norm ?? '') && readNumber(tokens, i + 1)) return readGroup(tokens, i + 1, to, text, bare);
  // Hausa and Swahili put the noun before its figure (and a one-word hedge): "gidaje akalla 60"
  // counts houses, not people. (A figure before this one is no hedge: "On December 3, 11 people".)
  const hedged = i > 0 && hedgeLength(tokens, i - 1) === 1;
  const nounAt = hedged ? i - 2 : i - 1;
  const noun = tokens[nounAt];
  const thingsBefore =
    noun !== undefined && noun.sentence === tokens[i]?.sentence && WORDS.not_people.has(noun.norm) && !punctuated(text, noun, tokens[nounAt + 1]!);
  const read =
    prev === 'no' || thingsBefore || isDefiniteNumber(tokens[i], text) || isOrdinal(tokens[i], tokens[i + 1], text) ? undefined : readNumber(tokens, i);
  // "s'est" folds to Serbian "šest"; "d'au moins 14" is a hedge before a number.
  const num = read && isElided(tokens[read.end - 1]!, text) ? undefined : read;
  // "60-latek został ranny": an age that is the person themself, one person.
  if (num && num.end < to && AGE_FIGURE_RE.test(tokens[num.start]!.norm) && WORDS.age_nouns.has(tokens[num.end]!.norm)) return { value: 1, end: num.end + 1 };
  // "ранена 68-летняя женщина": an age before one person, read as a singular below.
  if (num && num.end <= to && !WORDS.age_words.has(tokens[num.end]?.norm ?? '')) {
    const last = tokens[num.end - 1]!.norm;
    const unit = tokens[num.end]?.norm ?? '';
    if (isYear(last) || WORDS.not_people.has(unit) || WORDS.month_names.has(unit) || WORDS.unit_nouns.has(unit) || inUnitName(tokens, num)) return undefined;
    let end = num.end;
    // A unit's name does not count toward the phrase's words ("three Central Reserve Police
    // Force troopers and two civilians").
    let words = 0;
    while (
      words < GROUP_WORDS &&
      end < num.end + GROUP_WORDS_WITH_NAMES &&
      end < to &&
      (intermediateOk(tokens[end]!) || unitFigureAt(tokens, end) || ageAt(tokens, end) || partitiveDeterminer(tokens, num.end, end)) &&
      !firstOfTwoVerbs(tokens, end) &&
      !killedByTwoWords(tokens, end + 1) &&
      !WORDS.verb_auxiliaries.has(tokens[end]!.norm) &&
      !WORDS.age_markers.has(tokens[end]!.norm) &&
      !punctuated(text, tokens[end - 1]!, tokens[end]!)
    ) {
      if (!tokens[end]!.capitalized) words++;
      // "dos hombres de 45 años": the age inside the phrase is one word of it.
      end += ageAt(tokens, end) ? 2 : 1;
    }
    // "three roadside bombs killed 11": things, not people.
    for (let k = num.end; k < end; k++)
      if (WORDS.not_people.has(tokens[k]!.norm) && !WORDS.month_names.has(tokens[k]!.norm) && !ageAt(tokens, k - 1)) return undefined;
    return { value: num.value, end };
  }
  // A singular person: (a|the|one)? (adjectives) noun.
  let j = i;
  if (WORDS.singular_lead.has(tokens[j]?.norm ?? '')) j++;
  else if (!bare) return undefined;
  // "कुछ जवान जख्मी" (some jawans hurt), "दो जवान शहीद": a noun whose plural is its singular,
  // counted before it (vaguely or not), is no one person.
  else if (WORDS.vague.has(prev) || isNumberAt(i - 1)) return undefined;
  // "one person was killed and another wounded", "otro resultó herido", "un altul a fost rănit":
  // one more, the casualty word right after.
  // "tres fueron heridos y uno murió": the article that is also "one", alone after
  // "and", is one more person as "another" is.
  const oneMore = WORDS.one_articles.has(tokens[i]?.norm ?? '') && WORDS.list_joiners.has(prev) && !isAcronym(tokens[i]!, text);
  const another = WORDS.another_words.has(tokens[i]?.norm ?? '') || oneMore ? i : j > i && WORDS.another_words.has(tokens[j]?.norm ?? '') ? j : -1;
  if (another >= 0) {
    let k = another + 1;
    while (k < to && k < another + 4 && (WORDS.verb_auxiliaries.has(tokens[k]!.norm) || isAdverb(tokens[k]!) || WORDS.injury_adjectives.has(tokens[k]!.norm)))
      k++;
    if (WORDS.after_figure.has(tokens[k]?.norm ?? '')) return { value: 1, end: another + 1 };
  }
  for (let k = 0; k < 4 && j < to; k++, j++) {
    const w = tokens[j]!;
    // "25 soldiers and volunteers, security sources said": a comma ends the phrase of one person.
    if (k > 0 && punctuated(text, tokens[j - 1]!, w)) return undefined;
    if (WORDS.person_nouns.has(w.norm)) {
      // "security guard": the first noun describes the second; "security forces", "the security
      // personnel": a group, not one person.
      const head = tokens[j + 1];
      if (head && j + 1 < to && !punctuated(text, w, head)) {
        if (WORDS.person_nouns.has(head.norm)) continue;
        // "killing security guards": the noun before a plural one describes an uncounted group.
        if (isPluralPerson(head.norm)) return undefined;
        if (WORDS.member_nouns.has(head.norm) || WORDS.force_words.has(head.norm)) return undefined;
      }
      // "un hombre de 67 años resultó herido": past the person's age.
      const of = WORDS.of_words.has(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
      if (ageAt(tokens, of)) return { value: 1, end: of + 2 };
      return { value: 1, end: of > j + 1 ? (ofPhraseBeforeList(tokens, of, to, text) ?? j + 1) : j + 1 };
    }
    // "killing an elderly couple" (not "a couple of days").
    if (WORDS.pair_nouns.has(w.norm) && tokens[j + 1]?.norm !== 'of') return { value: 2, end: j + 1 };
    // "killed a family of 12", "une famille de cinq personnes": as many as the figure after "of".
    const household = WORDS.family_nouns.has(w.norm) && WORDS.of_words.has(tokens[j + 1]?.norm ?? '') ? readGroup(tokens, j + 2, to, text, false) : undefined;
    if (household && household.value !== null) return household;
    // "a 12-year-old boy": an age, not a count.
    if (AGE_FIGURE_RE.test(w.norm) && tokens[j + 1]?.norm === 'year' && tokens[j + 2]?.norm === 'old') {
      j += 2;
      continue;
    }
    // "68-летняя женщина", "23-річну жінку".
    if (AGE_FIGURE_RE.test(w.norm) && WORDS.age_words.has(tokens[j + 1]?.norm ?? '')) {
      j += 1;
      continue;
    }
    // "A Palestinian was killed", "an Israeli was wounded": a people's name after the article
    // stands for one person when the verb follows at once.
    if (j > i && w.capitalized && PASSIVE_BE.has(tokens[j + 1]?.norm ?? '') && !punctuated(text, tokens[j - 1]!, w)) return { value: 1, end: j + 1 };
    // "the deceased man", "an unidentified woman": a participle describing the person after it.
    const describes = !w.capitalized && w.norm.endsWith('ed') && !WORDS.after_figure.has(w.norm) && WORDS.person_nouns.has(tokens[j + 1]?.norm ?? '');
    if (!describes && (!intermediateOk(w) || WORDS.verb_auxiliaries.has(w.norm) || startsWithDigit(w.norm))) return undefined;
  }
  return undefined;
}

/** Capitalised words of a place name after "in" in a roundup by place ("in Khan Younis"). */
const ROUNDUP_PLACE_WORDS = 3;

/** The end of a place named by `prepositions` at `at` ("in Gaza City"), if one stands there. */
function placePhraseEnd(tokens: readonly Token[], at: number, to: number): number | undefined {
  if (!WORDS.roundup_prepositions.has(tokens[at]?.norm ?? '')) return undefined;
  let k = at + 1;
  // "in Deir al-Balah": the Arabic article inside a name.
  const nameWord = (j: number) => tokens[j]!.capitalized || (WORDS.construct_articles.has(tokens[j]!.norm) && tokens[j + 1]?.capitalized === true);
  while (k < to && k <= at + ROUNDUP_PLACE_WORDS && nameWord(k)) k++;
  // "8 killed in March and 5 in April": a month is a time, not a town.
  return k > at + 1 && !WORDS.month_names.has(tokens[at + 1]!.norm) ? k : undefined;
}

/**
 * "12 people in Gaza City, 8 in Khan Younis": past the place of a figure when the list goes on with
 * another figure in another place, the way roundups count the dead by town.
 */
function roundupPlaceEnd(tokens: readonly Token[], at: number, to: number, text: string | undefined): number | undefined {
  const placed = placePhraseEnd(tokens, at, to);
  const sep = placed === undefined ? undefined : tokens[placed];
  if (placed === undefined || sep === undefined || placed >= to) return undefined;
  const joiner = WORDS.list_joiners.has(sep.norm);
  if (!joiner && !punctuated(text, tokens[placed - 1]!, sep)) return undefined;
  const n = readNumber(tokens, joiner ? placed + 1 : placed);
  return n && n.value !== null && placePhraseEnd(tokens, n.end, to) !== undefined ? placed : undefined;
}

/**
 * "21 people were killed in Kalau and nine in Mamove": after the casualty word, the figures of the other
 * places the list goes on to, summed (0 when none follows).
 */
function placedAfter(tokens: readonly Token[], at: number, to: number, text: string | undefined): number {
  let sum = 0;
  for (let k = at, placed = roundupPlaceEnd(tokens, k, to, text); placed !== undefined; placed = roundupPlaceEnd(tokens, k, to, text)) {
    const n = readNumber(tokens, WORDS.list_joiners.has(tokens[placed]!.norm) ? placed + 1 : placed)!;
    if (n.value === null || isYear(tokens[n.end - 1]!.norm)) return 0;
    sum += n.value;
    k = n.end;
  }
  return sum;
}

/** Capitalised words after a digit figure looked at for the unit's name it begins ("28 Task Force Brigade"). */
const UNIT_NAME_SPAN = 3;

/** The token at `j` is a digit figure in a unit's name ("four members of Ranger Company 4511"). */
function unitFigureAt(tokens: readonly Token[], j: number): boolean {
  if (!startsWithDigit(tokens[j]?.norm ?? '')) return false;
  const n = readNumber(tokens, j);
  return n !== undefined && inUnitName(tokens, n);
}

/** A digit figure in a unit's or road's name: "Ranger Company 4511", "the 28 Task Force Brigade". */
function inUnitName(tokens: readonly Token[], num: NumberPhrase): boolean {
  if (!isDigits(tokens[num.start]!.norm) || num.end !== num.start + 1) return false;
  const before = tokens[num.start - 1];
  if (before?.capitalized && WORDS.unit_names.has(before.norm)) return true;
  for (let k = num.end; k < num.end + UNIT_NAME_SPAN && tokens[k]?.capitalized; k++) if (WORDS.unit_names.has(tokens[k]!.norm)) return true;
  return false;
}

/** The verb a single person named by a people's name is the subject of: "A Palestinian was killed". */
const PASSIVE_BE: ReadonlySet<string> = new Set(['was', 'has', 'had']);

/**
 * Groups joined by "and" or commas: "two soldiers and a civilian" → 3; vague if any is "dozens".
 * A list after a comma or dash that adds up to the first group names the same people ("two
 * residents, a man and a woman," → 2; "the family of five – a man, his wife and three children" → 5),
 * and the other side is not added to the victims ("three soldiers, two terrorists killed" → 3).
 */
function readGroups(
  tokens: readonly Token[],
  i: number,
  to: number,
  text: string | undefined,
  bare: boolean,
  apposition = true,
  afterVerb = false,
): Group | undefined {
  const first = readGroup(tokens, i, to, text, bare);
  if (!first) return undefined;
  // "fatalities stood at 44 and more than 100 were wounded": a bare figure at a level closes the toll.
  if (atLevel(tokens, i) && first.end === readNumber(tokens, i)?.end) return first;
  let total: number | null = first.value;
  let end = first.end;
  let aside = false;
  const sideOf = (g: Group, from: number) => isHostile(tokens, from, g.end);
  const firstHostile = sideOf(first, i);
  if (apposition && first.value !== null && tokens[end] && punctuated(text, tokens[end - 1]!, tokens[end]!)) {
    const same = readGroups(tokens, end, to, text, true, false);
    if (same && same.value === first.value && same.end > end + 1) end = same.end;
  }
  let attackers = 0;
  let attackersAt: number | undefined;
  let other: Group['other'];
  for (;;) {
    // "12 people in Gaza City, 8 in Khan Younis and 5 in Rafah": a roundup's figures by place add up.
    end = roundupPlaceEnd(tokens, end, to, text) ?? end;
    // "four people, including the bomber, lost their lives": the attacker counted among them.
    const bombers = attackersAside(tokens, end, to, text);
    if (bombers) {
      aside = true;
      attackersAt ??= end;
      attackers += bombers.count;
      end = bombers.end;
    }
    // "Eleven soldiers, including a captain, and a civilian": the part named aside is not more people.
    const past = afterAside(tokens, end, to, text, total);
    if (past > end) {
      aside = true;
      end = past;
    }
    const sep = tokens[end];
    const comma = sep !== undefined && punctuated(text, tokens[end - 1]!, sep);
    const start = sep !== undefined && WORDS.list_joiners.has(sep.norm) && !sep.capitalized ? end + 1 : comma ? end : -1;
    if (start < 0 || start >= to) break;
    // "two people were killed, another six wounded", "погибли два человека, ещё шесть ранены": more
    // people of another kind, not the list going on.
    if (comma && WORDS.additive_hedges.has(tokens[start]!.norm)) break;
    // "eight others, four of them seriously", "20 hombres, cinco de ellos decapitados": a part of
    // the group, not more people.
    if (tokens[start + 1]?.norm === 'of' || tokens[start + 2]?.norm === 'of') break;
    if (WORDS.of_words.has(tokens[start + 1]?.norm ?? '') && WORDS.of_whom.has(tokens[start + 2]?.norm ?? '')) break;
    const next = readGroup(tokens, start, to, text, true);
    if (!next) {
      // "Ten civilians and security forces were killed": an uncounted group joined to the counted
      // one shares its figure.
      const shared = comma ? undefined : uncountedGroupEnd(tokens, start, to, text);
      if (shared !== undefined && !isHostile(tokens, start, shared)) end = shared;
      break;
    }
    // After a comma only a list goes on ("two tourists, a guide and a driver"), not a new clause
    // ("four others, a military officer said").
    const nextEnd = roundupPlaceEnd(tokens, next.end, to, text) ?? next.end;
    const after = tokens[nextEnd];
    const listGoesOn =
      after !== undefined &&
      (after.norm === 'and' || punctuated(text, tokens[nextEnd - 1]!, after) || WORDS.verb_auxiliaries.has(after.norm) || WORDS.after_figure.has(after.norm));
    if (comma && !listGoesOn) break;
    // After its verb a group is complete: "загинули троє людей, четверо отримали поранення", "погиб
    // один человек и четыре получили ранения": a group with its own casualty word is another clause,
    // and so is one with a verb of its own ("lost three of our guards and five workers were taken away").
    if (afterVerb && (casualtyAfter(tokens, next.end, to, text) !== undefined || WORDS.clause_subject_verbs.has(after?.norm ?? ''))) break;
    // "Six police and nine suspected insurgents have been killed": the other side shares
    // the verb but not the sum.
    if (sideOf(next, start) !== firstHostile) {
      if (!comma) {
        other = { value: next.value, at: start, hostile: !firstHostile };
        end = next.end;
      }
      break;
    }
    total = total === null || next.value === null ? null : total + next.value;
    end = next.end;
  }
  return { value: total, end, aside, ...(attackers > 0 ? { attackers, attackersAt } : {}), ...(other ? { other } : {}) };
}

/** Words of the attacker named first among the dead: "the (suicide) bomber". */
const ATTACKER_FIRST_SPAN = 3;

/**
 * "killing himself and six others", "killed the bomber and six others": where the victims begin
 * after the attacker named first with them, else `j`.
 */
function victimsAfterAttacker(tokens: readonly Token[], j: number, to: number): number {
  if (WORDS.reflexives.has(tokens[j]?.norm ?? '')) return tokens[j + 1]?.norm === 'and' && j + 2 < to ? j + 2 : j;
  if (!WORDS.singular_lead.has(tokens[j]?.norm ?? '')) return j;
  for (let k = j + 1; k < Math.min(to - 1, j + 1 + ATTACKER_FIRST_SPAN); k++) {
    if (WORDS.attacker_nouns.has(tokens[k]!.norm)) return tokens[k + 1]?.norm === 'and' && k + 2 < to ? k + 2 : j;
  }
  return j;
}

/** Words from a casualty word to the side it names ("dead on the attackers' side", "morts côté assaillants")… */
const SIDE_SPAN = 6;
/** …and around that side word to the attackers it belongs to. */
const SIDE_OWNER_SPAN = 3;

/**
 * "five dead on the attackers' side", "cinq morts côté assaillants": the figure whose casualty word
 * at `at` is followed by a side word, owned by the attackers, counts the other side's losses.
 */
function onAttackersSide(tokens: readonly Token[], at: number, to: number): boolean {
  for (let j = at + 1; j < Math.min(to, at + 1 + SIDE_SPAN); j++) {
    const w = tokens[j]!.norm;
    if (startsWithDigit(w) || WORDS.after_figure.has(w)) return false;
    if (!WORDS.side_words.has(w)) continue;
    const owner = tokens.slice(Math.max(at + 1, j - SIDE_OWNER_SPAN + 1), Math.min(to, j + SIDE_OWNER_SPAN + 1));
    return owner.some((o) => WORDS.attacker_nouns.has(o.norm) || WORDS.hostile_nouns.has(o.norm));
  }
  return false;
}

/** Words before a killing verb looked at for the forces as its subject ("then troops killed six militants"). */
const FORCES_SUBJECT_SPAN = 3;

/** Words between two verb-first figures of one rampage ("…his girlfriend at an apartment then killed"). */
const SEQUENCE_SPAN = 8;

/** Tokens [from, verbAt) join two acts in order: "then", "before", "later" with no other clause between. */
function inSequence(tokens: readonly Token[], from: number, verbAt: number): boolean {
  if (verbAt - from > SEQUENCE_SPAN) return false;
  const seq = tokens.slice(from, verbAt).findIndex((t) => WORDS.sequence_words.has(t.norm));
  if (seq < 0) return false;
  // "…then security forces killed six militants": another subject acts, not the same attacker.
  return !tokens
    .slice(from + seq + 1, verbAt)
    .some((t) => WORDS.force_agents.has(t.norm) || WORDS.hostile_nouns.has(t.norm) || WORDS.attacker_nouns.has(t.norm) || WORDS.member_nouns.has(t.norm));
}

/** Words of an uncounted group: "(the) security forces", "police officers". */
const UNCOUNTED_GROUP_SPAN = 3;

/** The end of an uncounted plural group at `at` ("security forces", "members of the police"), if one stands there. */
function uncountedGroupEnd(tokens: readonly Token[], at: number, to: number, text: string | undefined): number | undefined {
  for (let j = at; j < Math.min(to, at + UNCOUNTED_GROUP_SPAN); j++) {
    const w = tokens[j]!;
    if (j > at && punctuated(text, tokens[j - 1]!, w)) return undefined;
    if (WORDS.member_nouns.has(w.norm) || WORDS.force_words.has(w.norm)) return j + 1;
    if (!intermediateOk(w) || WORDS.verb_auxiliaries.has(w.norm) || readNumber(tokens, j)) return undefined;
  }
  return undefined;
}

/** Words between a casualty word and an aside after it: "killed on Monday, including the bomber". */
const ASIDE_AFTER_SPAN = 5;

/** An aside naming attackers after the casualty word, set off by a comma: "were killed in the blast, including the bomber". */
function attackersAsideAfter(tokens: readonly Token[], from: number, to: number, text: string | undefined): { end: number; count: number } | undefined {
  for (let j = from; j < Math.min(to, from + ASIDE_AFTER_SPAN); j++) {
    if (startsWithDigit(tokens[j]!.norm) || WORDS.after_figure.has(tokens[j]!.norm)) return undefined;
    // "six people died, among them the bomber": after a comma any aside opener.
    const comma = j > 0 && punctuated(text, tokens[j - 1]!, tokens[j]!);
    if (WORDS.part_openers.has(tokens[j]!.norm) || (comma && WORDS.aside_openers.has(tokens[j]!.norm)))
      return j === from || comma ? attackersAside(tokens, j, to, text, true) : undefined;
  }
  return undefined;
}

/**
 * The bare casualty noun at `i` stands beside another casualty word in its sentence ("شهيد وجريح"),
 * and is not a noun counted by the figure before it ("أكثر من 100 قتيل وجريح", over 100 dead and
 * wounded), nor the second of such a pair. Asked only of bare casualty nouns, not of every word.
 */
function bareCasualtyBeside(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const casualtyWordAt = (k: number) =>
    k >= from &&
    k < to &&
    tokens[k]!.sentence === tokens[i]!.sentence &&
    (WORDS.after_figure.has(tokens[k]!.norm) || WORDS.bare_one_casualty.has(tokens[k]!.norm));
  const counted = (k: number) => k > from && readNumber(tokens, k - 1)?.end === k;
  // "بين قتيل وجريح" (between dead and wounded): the pair sorts a crowd, it counts no one.
  const pairStart = casualtyWordAt(i - 1) ? i - 1 : i;
  if (WORDS.sorting_between.has(tokens[pairStart - 1]?.norm ?? '')) return false;
  return (casualtyWordAt(i - 1) || casualtyWordAt(i + 1)) && !counted(i) && !(casualtyWordAt(i - 1) && counted(i - 1));
}

/** Words between "including" and the attacker it names: "including the (suicide) bomber". */
const ATTACKER_ASIDE_SPAN = 3;

/**
 * "including the bomber", "including two of the attackers", "including a suicide bomber": an aside
 * at `at` that counts the attackers among the dead. Returns its end and how many it names.
 */
function attackersAside(
  tokens: readonly Token[],
  at: number,
  to: number,
  text: string | undefined,
  afterComma = false,
): { end: number; count: number } | undefined {
  if (!(afterComma ? WORDS.aside_openers : WORDS.part_openers).has(tokens[at]?.norm ?? '')) return undefined;
  const num = readNumber(tokens, at + 1);
  const count = num?.value ?? 1;
  for (let j = num ? num.end : at + 1; j < Math.min(to, at + 1 + ATTACKER_ASIDE_SPAN + (num ? num.end - at - 1 : 0)); j++) {
    if (WORDS.attacker_nouns.has(tokens[j]!.norm)) return { end: j + 1, count };
  }
  return otherSideInAside(tokens, at + 1, to, text);
}

/** Parts an aside's list may hold ("including two policemen, a child and three militants"). */
const ASIDE_PARTS = 4;

/**
 * "five people, including two policemen and as many suspected militants": the other side named as a
 * later part of the aside's list, after the victims; "as many" repeats the part before. How many they
 * are and where the list ends, or nothing when the list names no victims or no other side.
 */
function otherSideInAside(tokens: readonly Token[], from: number, to: number, text: string | undefined): { end: number; count: number } | undefined {
  let k = from;
  let previous: number | null = null;
  let count = 0;
  let victims = false;
  for (let part = 0; part < ASIDE_PARTS && k < to; part++) {
    const asMany: boolean = previous !== null && tokens[k]!.norm === 'as' && tokens[k + 1]?.norm === 'many';
    const g: { value: number | null; end: number } | undefined = asMany ? { value: previous, end: k + 2 } : readGroup(tokens, k, to, text, true);
    if (!g || g.value === null) return undefined;
    // The noun of "as many …" follows it, up to the list's next joiner or the aside's closing comma.
    let end = g.end;
    while (asMany && end < to && end < g.end + GROUP_WORDS && !WORDS.list_joiners.has(tokens[end]!.norm) && !punctuated(text, tokens[end - 1]!, tokens[end]!))
      end++;
    if (isHostile(tokens, k, end)) count += g.value;
    else if (count > 0) return undefined;
    else victims = true;
    previous = g.value;
    if (!WORDS.list_joiners.has(tokens[end]?.norm ?? '')) return victims && count > 0 ? { end, count } : undefined;
    k = end + 1;
  }
  return undefined;
}
function isClaimedByAttackers(tokens: readonly Token[], verbAt: number): boolean {
  let j = verbAt - 1;
  if (tokens[j]?.norm === 'have' && tokens[j - 1]?.norm === 'to') return WORDS.claim_verbs.has(tokens[j - 2]?.norm ?? '');
  if (tokens[j]?.norm === 'had') j--;
  return (tokens[j]?.norm === 'it' || tokens[j]?.norm === 'they') && WORDS.claim_verbs.has(tokens[j - 1]?.norm ?? '');
}

/** How many auxiliaries, days and injury adjectives may stand between a group and its casualty word: "were being treated in hospital". */
const AUXILIARY_RUN = 6;
/** How far a short phrase after a counted group may reach before its passive verb: "Three peacekeepers with the UN mission … were killed". */
const SHORT_PHRASE_SPAN = 15;

/**
 * The casualty word after a counted group: "(were) killed", "were found stabbed to death",
 * "had been brought in with injuries", or after a short phrase ("Three peacekeepers with the UN
 * mission … were killed") when a passive verb follows with no other figure in between.
 */
function casualtyAfter(
  tokens: readonly Token[],
  groupEnd: number,
  to: number,
  text: string | undefined,
  asideBefore = false,
): { kind: Kind; at: number; ofWounded?: boolean } | undefined {
  const start = afterAside(tokens, groupEnd, to, text);
  const found = (j: number): { kind: Kind; at: number; ofWounded?: boolean } | undefined => {
    // "two (more) wounded guards have died": the wound word describes who died.
    const died = diedAfterWoundWord(tokens, j, to, text);
    if (died !== undefined) return { kind: 'killed', at: died, ofWounded: true };
    // "were shot and killed", "attacked and wounded", German "mit Messern attackiert und verletzt":
    // the casualty word after a first verb (a German participle ends in -t or -en).
    const w = tokens[j];
    const joiner = tokens[j + 1]?.norm;
    const firstVerb = joiner === 'and' ? /ed$/ : joiner === 'und' ? /(t|en)$/ : undefined;
    if (w && !w.capitalized && firstVerb && (firstVerb.test(w.norm) || WORDS.to_death_verbs.has(w.norm)) && j + 2 < to) {
      const kind = at(j + 2);
      if (kind) return { kind, at: j + 2 };
    }
    const kind = at(j);
    return kind ? { kind, at: j } : undefined;
  };
  const at = (j: number): Kind | undefined => {
    const w = tokens[j];
    if (!w || j >= to) return undefined;
    // "lost their lives"; "claims 12 lives", the lives a verb of taking took.
    if (w.norm === 'lives' && tokens[j - 1]?.norm !== 'their' && !livesTakenBefore(tokens, j)) return undefined;
    // "stabbed to death" before "stabbed" (hurt).
    if (WORDS.to_death_verbs.has(w.norm) && (tokens[j + 1]?.norm === 'dead' || (tokens[j + 1]?.norm === 'to' && tokens[j + 2]?.norm === 'death')))
      return 'killed';
    // "two security bodies said", "UN bodies reported": organisations that speak, not the dead.
    if (WORDS.body_nouns.has(w.norm) && WORDS.said_verbs.has(tokens[j + 1]?.norm ?? '')) return undefined;
    const kind = WORDS.after_figure.get(w.norm);
    // "A man stabbed three people", "a gunman shot two officers": a verb with a counted object of its
    // own is active, and the group before it did the harm; also where the noun comes before its
    // figure (Hausa "'yan bindiga 20 sun kashe mutane 5", Swahili "kuua watu 5").
    const object = tokens[j + 1];
    const counted = (k: number) => (readNumber(tokens, k)?.value ?? null) !== null;
    if (
      kind &&
      object &&
      j + 1 < to &&
      !WORDS.intransitive_casualty_words.has(w.norm) &&
      !punctuated(text, w, object) &&
      (counted(j + 1) || (WORDS.noun_first_people.has(object.norm) && counted(j + 2)))
    )
      return undefined;
    if (kind === 'injured' && fatalWound(tokens, j, to)) return 'killed';
    if (kind) return kind;
    // "13 osób nie żyje" (13 people are not alive), "two were gunned down": a two-word killing verb
    // with no counted object of its own.
    if (j + 1 < to && killedByTwoWords(tokens, j + 1)) {
      const after = tokens[j + 2];
      if (!after || j + 2 >= to || punctuated(text, tokens[j + 1]!, after) || (readNumber(tokens, j + 2)?.value ?? null) === null) return 'killed';
    }
    if (w.norm === 'beheaded') return 'killed';
    // The verb, or the word after it where the verb was skipped as an auxiliary ("perderam a vida").
    const loss = WORDS.lose_verbs.has(w.norm) ? j : WORDS.lose_verbs.has(tokens[j - 1]?.norm ?? '') ? j - 1 : -1;
    if (loss >= 0 && lifeLost(tokens, loss, to)) return 'killed';
    if (toHospital(tokens, j, to)) return 'injured';
    return undefined;
  };
  let j = start;
  // "were being treated in hospital": the last casualty word among the auxiliaries, when no other follows.
  let lastCasualty = -1;
  for (
    let k = 0;
    k < AUXILIARY_RUN &&
    j < to &&
    (WORDS.verb_auxiliaries.has(tokens[j]!.norm) ||
      // "una pareja también resultó herida", "zwei Soldaten wurden ebenfalls verletzt": "also" in any language.
      WORDS.also_words.has(tokens[j]!.norm) ||
      singularAuxiliary(tokens, j, text) ||
      WORDS.day_words.has(tokens[j]!.norm) ||
      (tokens[j]!.norm === 'on' && WORDS.day_words.has(tokens[j + 1]?.norm ?? '')) ||
      // "a watchman was Tuesday night shot dead": the part of that day.
      (WORDS.day_parts.has(tokens[j]!.norm) && WORDS.day_words.has(tokens[j - 1]?.norm ?? '')) ||
      WORDS.injury_adjectives.has(tokens[j]!.norm) ||
      woundArticle(tokens, j) ||
      woundModifier(tokens, j) ||
      isAdverb(tokens[j]!) ||
      (j === start && WORDS.plural_articles.has(tokens[j]!.norm) && WORDS.after_figure.has(tokens[j + 1]?.norm ?? '')) ||
      (tokens[j]!.norm === 'in' && tokens[j - 1]?.norm === 'brought') ||
      // "nine civilians were also among the wounded"
      // "five guards and two attackers were among those killed"
      (tokens[j]!.norm === 'among' && WORDS.among_determiners.has(tokens[j + 1]?.norm ?? '') && WORDS.after_figure.has(tokens[j + 2]?.norm ?? '')) ||
      (WORDS.among_determiners.has(tokens[j]!.norm) && tokens[j - 1]?.norm === 'among') ||
      // "escaped with minor injuries", "left a man with serious injuries"
      (tokens[j]!.norm === 'with' && (j === start || tokens[j - 1]?.norm === 'in' || tokens[j - 1]?.norm === 'escaped')));
    k++
  ) {
    if (WORDS.after_figure.has(tokens[j]!.norm)) lastCasualty = j;
    j++;
  }
  if (lastCasualty >= 0 && !at(j)) j = lastCasualty;
  // "three people, including the bomber, died": the comma closes the aside the group ended with.
  if (j > start || asideBefore || !punctuated(text, tokens[start - 1]!, tokens[start] ?? tokens[start - 1]!) || dashCopula(tokens, start, text)) {
    const hit = found(j);
    if (hit && (j === start || !punctuated(text, tokens[j - 1]!, tokens[j]!))) return hit;
  }
  // A short phrase after the group, then "were/was (…) killed".
  let phraseEnd = Math.min(to, start + SHORT_PHRASE_SPAN);
  for (let j2 = start; j2 < phraseEnd; j2++) {
    // "three people of one household – a farmer, his wife and their son – were killed": the phrase
    // goes on past an aside between dashes.
    const past = j2 > start ? dashAsideEnd(tokens, j2, to, text) : j2;
    if (past > j2) {
      phraseEnd = Math.min(to, phraseEnd + past - j2);
      j2 = past;
    }
    const w = tokens[j2]!;
    // "five residents of the village died", "12 jawans of the border force died":
    // a group that goes on with "of …", then a verb of dying that takes no object.
    if (j2 > start && WORDS.of_words.has(tokens[start - 1]?.norm ?? '') && WORDS.objectless_death_verbs.has(w.norm)) return found(j2);
    if (
      startsWithDigit(w.norm) ||
      WORDS.after_figure.has(w.norm) ||
      WORDS.before_figure.has(w.norm) ||
      w.norm === 'and' ||
      w.norm === 'who' ||
      w.norm === 'which' ||
      w.norm === 'that'
    )
      return undefined;
    // "40 soldiers; officials said four were killed": another figure or a speaker starts another clause.
    if ((readNumber(tokens, j2)?.value ?? null) !== null || w.norm === 'said' || w.norm === 'says') return undefined;
    // Another verb ("four Americans kidnapped … were found dead") makes it a different clause.
    if (!w.capitalized && VERB_ENDING_RE.test(w.norm) && w.norm.length > 4) return undefined;
    if (
      w.norm === 'were' ||
      w.norm === 'was' ||
      WORDS.focus_markers.has(w.norm) ||
      ((w.norm === 'have' || w.norm === 'has' || w.norm === 'had') && tokens[j2 + 1]?.norm === 'been')
    ) {
      let k = j2 + 1;
      while (k < to && WORDS.verb_auxiliaries.has(tokens[k]!.norm)) k++;
      return found(k);
    }
  }
  return undefined;
}

/**
 * "suffered neck injuries", "sustained minor head wounds": the one word naming where or how, between a
 * verb of suffering (or an injury adjective after one) and the wound noun, is part of the wound.
 */
function woundModifier(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!;
  const before = tokens[j - 1]?.norm ?? '';
  if (w.capitalized || startsWithDigit(w.norm) || !WORDS.wound_nouns.has(tokens[j + 1]?.norm ?? '')) return false;
  const sufferedAt = (k: number) =>
    WORDS.suffer_verbs.has(tokens[k]?.norm ?? '') || (WORDS.wound_articles.has(tokens[k]?.norm ?? '') && WORDS.suffer_verbs.has(tokens[k - 1]?.norm ?? ''));
  return sufferedAt(j - 1) || (WORDS.injury_adjectives.has(before) && sufferedAt(j - 2));
}

/** Words from an article after a verb of suffering to its wound noun: "received a shrapnel wound". */
const WOUND_ARTICLE_SPAN = 3;

/** "suffered a head injury", "received a concussion": an article at `j` after a verb of suffering, a wound noun after it. */
function woundArticle(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1]?.norm ?? '';
  if (!WORDS.wound_articles.has(tokens[j]!.norm) || !WORDS.suffer_verbs.has(before)) return false;
  return tokens.slice(j + 1, j + 1 + WOUND_ARTICLE_SPAN).some((t) => WORDS.wound_nouns.has(t.norm));
}

/** Words from a moving verb to the hospital ("were rushed to the nearby hospital"). */
const HOSPITAL_SPAN = 4;

/** "taken to hospital", "rushed to a nearby clinic": the verb at `j` carries the wounded. */
function toHospital(tokens: readonly Token[], j: number, to: number): boolean {
  if (!WORDS.hospital_verbs.has(tokens[j]!.norm)) return false;
  const prep = tokens[j + 1]?.norm;
  if (prep !== 'to' && prep !== 'in' && prep !== 'into') return false;
  for (let k = j + 2; k < Math.min(to, j + 2 + HOSPITAL_SPAN); k++) if (WORDS.hospital_nouns.has(tokens[k]!.norm)) return true;
  return false;
}

const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const DASH_GAP_RE = /^\s*[–—-]\s*$/;

/** Russian and Ukrainian put a dash for "are" before a casualty word: "ще п'ятеро – поранені". */
function dashCopula(tokens: readonly Token[], at: number, text: string | undefined): boolean {
  const w = tokens[at];
  return w !== undefined && at > 0 && text !== undefined && CYRILLIC_RE.test(w.norm) && DASH_GAP_RE.test(text.slice(tokens[at - 1]!.end, w.start));
}

/** Words that may stand between "wounded" and the death verb: the noun, auxiliaries, "later". */
const WOUNDED_TO_DEATH_SPAN = 4;
/** "A soldier wounded in Sunday's ambush in Borno died of his wounds": a longer phrase before "of his wounds". */
const WOUNDED_PHRASE_SPAN = 10;

/**
 * "wounded guards have died", "injured soldiers later succumbed", "a soldier wounded in the
 * ambush died of his wounds": at `j` a wound word that describes the people who then died.
 * Returns the death verb's index.
 */
function diedAfterWoundWord(tokens: readonly Token[], j: number, to: number, text: string | undefined): number | undefined {
  const w = tokens[j];
  if (!w || WORDS.after_figure.get(w.norm) !== 'injured' || j + 1 >= to || punctuated(text, w, tokens[j + 1]!)) return undefined;
  // "… wounded in Sunday's ambush died of his wounds"; "a guard hurt in the raid
  // died on Monday": the wound word right after the noun describes it, and a death verb (not a
  // transitive "killed") ends the phrase.
  const reduced = !WORDS.verb_auxiliaries.has(tokens[j - 1]?.norm ?? '') && tokens[j + 1]!.norm === 'in';
  for (let k = j + 1; k < Math.min(to, j + WOUNDED_PHRASE_SPAN); k++) {
    if (startsWithDigit(tokens[k]!.norm) || punctuated(text, tokens[k - 1]!, tokens[k]!)) break;
    if (diedOfWounds(tokens, k, to)) return k;
    if (reduced && WORDS.after_figure.get(tokens[k]!.norm) === 'killed' && !WORDS.before_figure.has(tokens[k]!.norm)) return k;
  }
  // "two of the wounded later died": after its determiner the wound word is the noun itself.
  const nounAt = WORDS.among_determiners.has(tokens[j - 1]?.norm ?? '') ? j : j + 1;
  const noun = tokens[nounAt]!;
  if (nounAt > j && (noun.capitalized || WORDS.clause_breaks.has(noun.norm) || WORDS.verb_auxiliaries.has(noun.norm) || WORDS.after_figure.has(noun.norm)))
    return undefined;
  // "two (more) wounded guards (have) died".
  for (let k = nounAt + 1; k < Math.min(to, nounAt + 1 + WOUNDED_TO_DEATH_SPAN); k++) {
    const kind = WORDS.after_figure.get(tokens[k]!.norm);
    if (kind === 'killed') return k;
    if (kind || !(WORDS.verb_auxiliaries.has(tokens[k]!.norm) || WORDS.auxiliaries.has(tokens[k]!.norm))) return undefined;
  }
  return undefined;
}

/** Words of an aside set off by commas ("11 people, including three soldiers, were killed"). */
const ASIDE_SPAN = 8;
const ENDS_WITH_COMMA_RE = /,\s*$/;
/** Words of an aside between dashes ("four of one family – twin boys of four and their parents – were killed"). */
const DASH_ASIDE_SPAN = 12;
/** A dash setting off an aside: an en or em dash, or a hyphen with spaces ("10-15" and "four-year-old" are words). */
const ASIDE_DASH_RE = /^\s*[–—]\s*$|^\s+-\s+$/;

/** The index after an aside set off by two dashes that opens at `at` ("– a farmer, his wife and their son –"), else `at`. */
function dashAsideEnd(tokens: readonly Token[], at: number, to: number, text: string | undefined): number {
  const between = (k: number) => (text && k > 0 && tokens[k] ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '');
  if (!ASIDE_DASH_RE.test(between(at))) return at;
  for (let k = at + 1; k < Math.min(to, at + DASH_ASIDE_SPAN); k++) if (ASIDE_DASH_RE.test(between(k))) return k;
  return at;
}

/**
 * "11 people, including three soldiers, were killed", "nine farmers including a boy were killed":
 * the index after the aside (up to the next comma, or past the counted part), else `at`.
 */
function afterAside(tokens: readonly Token[], at: number, to: number, text: string | undefined, whole: number | null = null): number {
  // "Five people – three of them children – were killed": an aside between two dashes names the
  // group's people, no more people.
  const dashed = dashAsideEnd(tokens, at, to, text);
  if (dashed > at) return dashed;
  // "Three porters, aged 47, 22 and 63, were treated", "a boy aged 12 was killed": their ages.
  if (WORDS.age_markers.has(tokens[at]?.norm ?? '')) {
    let k = at + 1;
    const ageWord = (w: string) => isDigits(w) || w === 'between' || WORDS.list_joiners.has(w) || WORDS.range_joiners.has(w);
    while (k < to && ageWord(tokens[k]!.norm)) k++;
    return k > at + 1 ? k : at;
  }
  // "Four villagers, a boy among them, died", "five people, two of them children, were killed": an
  // aside set off by commas that ends by pointing back at the group names a part of it.
  if (text && at > 0 && tokens[at] && ENDS_WITH_COMMA_RE.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))) {
    for (let k = at + 2; k < Math.min(to, at + ASIDE_SPAN); k++) {
      if (!text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) continue;
      const pointer = tokens
        .slice(at + 1, k)
        .findIndex((w, n) => WORDS.of_whom.has(w.norm) && (tokens[at + n]!.norm === 'among' || WORDS.of_words.has(tokens[at + n]!.norm)));
      if (pointer >= 0) return k;
      break;
    }
  }
  if (!text || !WORDS.aside_openers.has(tokens[at]?.norm ?? '')) return at;
  if (ENDS_WITH_COMMA_RE.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))) {
    // "11 villagers, among them four women, and three guards": ", and" after the aside's first
    // group closes it, and the outer list goes on.
    const one = readGroup(tokens, at + 1, to, text, true);
    const sep = one ? tokens[one.end] : undefined;
    if (one && sep && WORDS.list_joiners.has(sep.norm) && punctuated(text, tokens[one.end - 1]!, sep)) return one.end;
    // "nine villagers, including five women, three men and a boy": the aside is a whole list.
    const list = readGroups(tokens, at + 1, to, text, true, false);
    if (list && list.end < to + 1 && (list.end === to || punctuated(text, tokens[list.end - 1]!, tokens[list.end]!))) return list.end;
    // "including an officer of the 117 Battalion, 28 Task Force Brigade, …": a unit's name after a
    // comma goes on with the aside.
    for (let k = at + 1, span = ASIDE_SPAN; k < Math.min(to, at + span); k++) {
      if (!text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) continue;
      const n = readNumber(tokens, k);
      if (!n || !inUnitName(tokens, n)) return k;
      span += UNIT_NAME_SPAN + 1;
    }
    return at;
  }
  // Without commas only "including" and its like open an aside ("w", "entre" are prepositions too).
  if (!WORDS.part_openers.has(tokens[at]!.norm)) return at;
  // "31 people including 25 pupils and six guards were wounded": a list that fits in the group
  // breaks it down, and is all of the aside.
  const list = whole === null ? undefined : readGroups(tokens, at + 1, to, text, true, false);
  if (list && list.value !== null && whole !== null && list.value <= whole) return list.end;
  return readGroup(tokens, at + 1, to, text, true)?.end ?? uncountedPeopleEnd(tokens, at + 1, to, text) ?? at;
}

/** A plural of people named without a figure: "guards", "women", "children", "people". */
function isUncountedPeople(w: string): boolean {
  return isPluralPerson(w) || WORDS.people_words.has(w) || WORDS.plural_people.has(w);
}

/**
 * "35 people including women and children died": the end of a list of people named without
 * a figure (the part is among the counted, no more people), if one stands at `at`.
 */
function uncountedPeopleEnd(tokens: readonly Token[], at: number, to: number, text: string | undefined): number | undefined {
  let k = at;
  while (k < to && isUncountedPeople(tokens[k]!.norm)) {
    const joiner = tokens[k + 1];
    if (!joiner || !WORDS.list_joiners.has(joiner.norm) || punctuated(text, tokens[k]!, joiner) || !isUncountedPeople(tokens[k + 2]?.norm ?? '')) return k + 1;
    k += 2;
  }
  return undefined;
}

/** "(two soldiers) died of their wounds", "succumbed to his injuries": a death after a wound. */
function diedOfWounds(tokens: readonly Token[], verbAt: number, to: number): boolean {
  if (WORDS.after_figure.get(tokens[verbAt]?.norm ?? '') !== 'killed') return false;
  // "of", "to", "from their"; "de ses", "a sus", "от", "від": at most two small words between.
  for (let k = verbAt + 1; k < Math.min(to, verbAt + 4); k++) if (WORDS.wound_nouns.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "killed or wounded 20", Arabic "مقتل وإصابة 20" (the killing and wounding of 20; "and" is joined
 * to the word and folds away): one figure for both kinds, so neither kind's.
 */
function afterOtherKind(tokens: readonly Token[], verbAt: number, kind: Kind, text: string | undefined): boolean {
  const prev = tokens[verbAt - 1]?.norm === 'and' || tokens[verbAt - 1]?.norm === 'or' ? tokens[verbAt - 2] : tokens[verbAt - 1];
  const other = prev ? WORDS.before_figure.get(prev.norm) : undefined;
  // "৫ জন নিহত, আহত ১২" (five killed, wounded 12): a comma closes the first kind's clause.
  return other !== undefined && other !== kind && !punctuated(text, prev!, tokens[verbAt]!);
}

/** A breakdown of the dead that joins the attackers to the victims ("three guards and two attackers"): the toll with them in it. */
function withAttackersOf(g: Group): { withAttackers?: number } {
  return g.value !== null && g.other?.hostile && g.other.value ? { withAttackers: g.value + g.other.value } : {};
}

/** The Arabic "and" written onto the word after it ("وجريح"). */
const JOINED_AND_RE = /^و/;

/**
 * "more than 100 dead and wounded", "۲ کشته و زخمی", "أكثر من 100 قتيل وجريح": the casualty word of
 * a counted group joined by "and"/"or" (in Arabic and Persian the joined "and" folds away) to one of
 * the other kind with no figure of its own: one figure for both kinds, so neither kind's. Not "3
 * شهداء وجريح" (three martyrs and one wounded): a bare singular after a plural is one more person.
 */
function bothKinds(tokens: readonly Token[], hit: { kind: Kind; at: number }, to: number, text: string | undefined): boolean {
  let k = hit.at + 1;
  const joined = WORDS.list_joiners.has(tokens[k]?.norm ?? '') || WORDS.range_joiners.has(tokens[k]?.norm ?? '');
  if (joined) k++;
  const other = tokens[k];
  if (!other || k >= to || punctuated(text, tokens[k - 1]!, other)) return false;
  // Two casualty words side by side with no "and" between are one verb ("yaralanmış oldu"), unless
  // the Arabic "and" was written onto the second and folded away.
  if (!joined && !(text !== undefined && JOINED_AND_RE.test(text.slice(other.start, other.end)) && !JOINED_AND_RE.test(other.norm))) return false;
  const kind = WORDS.after_figure.get(other.norm);
  if (!kind || kind === hit.kind || readNumber(tokens, k + 1)) return false;
  return !WORDS.bare_one_casualty.has(other.norm) || WORDS.bare_one_casualty.has(tokens[hit.at]!.norm);
}

/**
 * Figures stated in tokens[from, to): "12 people were killed", "killing two soldiers and a
 * civilian", "a contractor was killed", "the death toll rose to 15". `text` (the document the
 * tokens come from) lets punctuation end a phrase ("killed, three hurt").
 */
export function findFigures(tokens: readonly Token[], from: number, to: number, text?: string): Figure[] {
  const out: Figure[] = [];
  // The end of a counted group holding an aside: the part named in it is no figure of its own.
  let asideUntil = -1;
  // The end of a group read after its verb ("погиб один человек и четыре получили ранения"): no
  // figure of its own, read again with what follows.
  let objectUntil = -1;
  // The last figure read after its verb ("killing two"), for victims told one after the other.
  let lastObject: { kind: Kind; value: number | null; at: number; end: number } | undefined;
  const bracketed = inParentheses(tokens, from, to, text);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // Figure first: GROUPS (aux) casualty-word. Not the part named in an aside ("neuf morts, dont
    // deux femmes, et une vingtaine de blessés": the two women are among the dead).
    const inAside = i > from && WORDS.aside_openers.has(tokens[i - 1]!.norm) && i - 1 > from && punctuated(text, tokens[i - 2]!, tokens[i - 1]!);
    // "Uno de los heridos murió", "Один из раненых скончался": one of a group, then its verb.
    const oneOf = i < objectUntil ? undefined : oneOfThem(tokens, i, to, text);
    if (oneOf) {
      out.push({ kind: oneOf.kind, value: 1, at: i, ...(oneOf.hostile ? { hostile: true } : {}), ...(oneOf.ofWounded ? { ofWounded: true } : {}) });
      objectUntil = oneOf.verbAt + 1;
      continue;
    }
    const total = readNumber(tokens, i);
    // "38 casualties, including two dead": the dead and the hurt together are neither kind's figure.
    const mixed = total !== undefined && total.start === i && WORDS.casualty_totals.has(tokens[total.end]?.norm ?? '');
    // "two were killed (a boy and his grandmother)": a list in parentheses names the people
    // of a figure told before it, no more people.
    const read =
      i < asideUntil || i < objectUntil || inAside || mixed || bracketed[i - from]
        ? undefined
        : readGroups(tokens, i, to, text, WORDS.person_nouns.has(t.norm));
    // "three were killed, one of them a child, and 40 were injured": "one of them a child" says who
    // one of the people counted before is; neither it nor the people in it start a count.
    const apposition = read !== undefined && partOfThem(tokens, i, read.end);
    if (apposition) {
      asideUntil = i + 1;
      while (asideUntil < to && !punctuated(text, tokens[asideUntil - 1]!, tokens[asideUntil]!)) asideUntil++;
    }
    const groups = apposition ? undefined : read;
    if (groups) {
      const hit = casualtyAfter(tokens, groups.end, to, text, groups.aside);
      // "seven soldiers and six attackers were killed": the attackers joined as the other side are counted apart.
      const named = groups.other
        ? [...tokens.slice(i, groups.other.at), ...tokens.slice(groups.end, hit?.at)]
        : tokens.slice(groups.attackers ? groups.end : i, hit?.at);
      if (hit && !named.some((w) => WORDS.attacker_nouns.has(w.norm)) && !bothKinds(tokens, hit, to, text)) {
        const ofWounded = hit.ofWounded || diedOfWounds(tokens, hit.at, to);
        // "five died in the blast, including the attacker": the aside after the verb.
        const attackers = (groups.attackers ?? 0) + (attackersAsideAfter(tokens, hit.at + 1, to, text)?.count ?? 0);
        const stated = groups.value !== null && attackers > 0 ? groups.value - attackers : groups.value;
        const value =
          stated === null ? null : stated + placedAfter(tokens, hit.at + 1, to, text) + (oneBeforeOthers(tokens, i, groups.end, from, text) ? 1 : 0);
        const among = tokens.slice(groups.end, hit.at).some((w) => w.norm === 'among');
        const ordinal = value === 1 ? ordinalAt(tokens, i) : undefined;
        if (value === null || value > 0)
          out.push({
            kind: hit.kind,
            value,
            at: i,
            hostile: isHostile(tokens, i, groups.other ? groups.other.at : (groups.attackersAt ?? groups.end)) || onAttackersSide(tokens, hit.at, to),
            ...(ofWounded ? { ofWounded } : {}),
            ...(attackers > 0 && groups.value !== null ? { withAttackers: groups.value } : {}),
            ...(among ? { part: true, ...withAttackersOf(groups) } : {}),
            ...(ordinal ? { ordinal } : {}),
          });
        if (groups.other && groups.other.value !== 0)
          out.push({ kind: hit.kind, value: groups.other.value, at: groups.other.at, hostile: groups.other.hostile });
        if (groups.aside) asideUntil = groups.end;
      }
    }
    const repeated = asManyOfOtherKind(tokens, i, to, out);
    if (repeated) out.push(repeated);
    // "38 casualties, including two dead": casualties counts killed and injured together.
    if (total && total.value !== null && total.start === i && WORDS.casualty_totals.has(tokens[total.end]?.norm ?? '')) {
      const incl = tokens[total.end + 1]?.norm === 'including' ? total.end + 2 : -1;
      const part = incl > 0 && incl < to ? readNumber(tokens, incl) : undefined;
      const partKind = part ? WORDS.after_figure.get(tokens[part.end]?.norm ?? '') : undefined;
      if (part && part.value !== null && partKind === 'killed' && part.value <= total.value) {
        out.push({ kind: 'killed', value: part.value, at: incl }, { kind: 'injured', value: total.value - part.value, at: i });
      }
    }
    // "among the dead were seven children", "the dead included two lawmakers": a part of the toll.
    const partOf = t.norm === 'the' ? WORDS.after_figure.get(tokens[i + 1]?.norm ?? '') : undefined;
    const partVerb = tokens[i + 2]?.norm ?? '';
    if (partOf && i + 3 < to && ((tokens[i - 1]?.norm === 'among' && WORDS.copulas.has(partVerb)) || WORDS.inclusion_verbs.has(partVerb))) {
      const g = readGroups(tokens, i + 3, to, text, true);
      // "among the dead were three police officers and two attackers": the victims, and the toll
      // with the attackers in it (see `combineCasualties`).
      if (g && g.value !== null && g.value > 0 && !isHostile(tokens, i + 3, g.other ? g.other.at : g.end))
        out.push({ kind: partOf, value: g.value, at: i + 3, part: true, ...withAttackersOf(g) });
    }
    // "загинули 8 людей, поранені – 17", "Dead: 3, injured: 12": the casualty word as a label.
    const labelled = labelFigure(tokens, i, from, to, text);
    if (labelled) out.push(labelled);
    // "un mort", "ein Toter", "un muerto": one, where the language's "one" is also its article (not "UN").
    const single = WORDS.one_casualty.get(tokens[i + 1]?.norm ?? '');
    if (single && i + 1 < to && (WORDS.one_articles.has(t.norm) || elidedOneArticle(t, text)) && !isAcronym(t, text))
      out.push({ kind: single, value: 1, at: i });
    // "شهيد وجريح": a bare singular casualty noun beside another casualty word.
    const bareOne = WORDS.bare_one_casualty.get(t.norm);
    if (bareOne && bareCasualtyBeside(tokens, i, from, to)) out.push({ kind: bareOne, value: 1, at: i });
    // "заявил о погибшем", "повідомив про загиблого": the singular casualty noun after "about".
    const toldOne = WORDS.told_one_casualty.get(t.norm);
    if (toldOne && i > from && WORDS.about_words.has(tokens[i - 1]!.norm)) out.push({ kind: toldOne, value: 1, at: i });
    // "the bodies of seven villagers were recovered"
    // "one victim's body lay under the rubble": one.
    if (WORDS.body_nouns.has(t.norm) && WORDS.of_words.has(tokens[i + 1]?.norm ?? '') && i + 2 < to) {
      const g = readGroups(tokens, i + 2, to, text, true);
      const attackers = g !== undefined && tokens.slice(i + 2, g.end).some((w) => WORDS.attacker_nouns.has(w.norm));
      if (g && g.value !== 0 && !attackers) out.push({ kind: 'killed', value: g.value, at: i + 2 });
    }
    // Verb first: killing (a total of) GROUPS.
    // "shot dead two policemen", "gunned down three"
    // "the deaths of four soldiers", "the wounding of three guards": the act's noun, its victims after "of".
    // "caused … injuries to four people": the wound noun, its victims after "to".
    const actNoun = WORDS.of_words.has(tokens[i + 1]?.norm ?? '')
      ? WORDS.act_nouns.get(t.norm)
      : tokens[i + 1]?.norm === 'to' && WORDS.harm_to_nouns.has(t.norm)
        ? 'injured'
        : undefined;
    // "کشته شدن 30 نفر": a participle made a noun by the infinitive after it, its victims after that.
    const nominal = WORDS.light_infinitives.has(tokens[i + 1]?.norm ?? '') ? WORDS.after_figure.get(t.norm) : undefined;
    // "cobró la vida de tres personas", "забрали життя двох жителів": the lives a verb took, its victims after them.
    const livesAt = livesTakenOf(tokens, i, to);
    const stated =
      WORDS.before_figure.get(t.norm) ??
      (killedByTwoWords(tokens, i) ? 'killed' : undefined) ??
      actNoun ??
      nominal ??
      (livesAt !== undefined ? 'killed' : undefined);
    // "after fatally stabbing five", "mortally wounding two": a wound that killed.
    const verb = stated === 'injured' && WORDS.fatal_adverbs.has(tokens[i - 1]?.norm ?? '') ? 'killed' : stated;
    if (verb && !isClaimedByAttackers(tokens, i) && !afterOtherKind(tokens, i, verb, text)) {
      let j = livesAt ?? i + 1;
      if (t.norm === 'claimed' && livesAt === undefined) {
        // "claimed the death of 13 civilians"
        if (tokens[j]?.norm === 'the' && WORDS.life_nouns.has(tokens[j + 1]?.norm ?? '') && tokens[j + 2]?.norm === 'of') j += 3;
        else continue;
      }
      if (WORDS.verb_fillers.has(tokens[j]?.norm ?? '')) j++;
      const beforeAside = j;
      j = pastCommaAside(tokens, j, to, text);
      if (tokens[j]?.norm === 'a' && tokens[j + 1]?.norm === 'total' && tokens[j + 2]?.norm === 'of') j += 3;
      // "the killing of 12 villagers", "the stabbing of three people": the act's noun and its victims.
      else if (
        (actNoun && (WORDS.of_words.has(tokens[j]?.norm ?? '') || tokens[j]?.norm === 'to')) ||
        (tokens[j]?.norm === 'of' && t.norm.endsWith('ing') && tokens[i - 1]?.norm === 'the')
      ) {
        j++;
      }
      // Hausa puts its hedge before the noun that comes before the figure: "sun kashe a ƙalla mutum bakwai".
      const hedge = hedgeLength(tokens, j);
      if (hedge > 0 && WORDS.noun_first_people.has(tokens[j + hedge]?.norm ?? '') && readNumber(tokens, j + hedge + 1)) j += hedge;
      // "injuring her two sons"; Swahili "kuua watu 18" (killing people 18).
      if ((WORDS.possessives.has(tokens[j]?.norm ?? '') || WORDS.noun_first_people.has(tokens[j]?.norm ?? '')) && readNumber(tokens, j + 1)) j++;
      j = victimsAfterAttacker(tokens, j, to);
      // Spanish marks people as the object: "mató a 9 policías", "asesinaron a tres" (not an age:
      // "killed a 9-year-old").
      const age = tokens[j + 2] && (tokens[j + 2]!.norm === 'year' || WORDS.age_words.has(tokens[j + 2]!.norm));
      const othersAt = (k: number) => (WORDS.other_words.has(tokens[k]?.norm ?? '') && readNumber(tokens, k + 1) ? k + 1 : k);
      if (WORDS.object_markers.has(tokens[j]?.norm ?? '') && !punctuated(text, tokens[j - 1]!, tokens[j]!) && readNumber(tokens, othersAt(j + 1)) && !age) j++;
      // "ferindo outros dois", "hiriendo a otros tres", "il ferimento di altre dieci": the others, counted.
      j = othersAt(j);
      const next = tokens[j];
      // "has killed six soldiers … and has injured another": one more, no noun after it.
      const after = tokens[j + 1];
      const lastWord = j + 1 >= to || !after || punctuated(text, next!, after) || WORDS.clause_breaks.has(after.norm);
      if (next && j < to && ((next.norm === 'another' && lastWord) || WORDS.another_person.has(next.norm))) {
        out.push({ kind: verb, value: 1, at: j });
        continue;
      }
      if (next && j < to && (j !== beforeAside || !punctuated(text, tokens[j - 1]!, next))) {
        const g = readGroups(tokens, j, to, text, true, true, true) ?? oneAndOthersAfterVerb(tokens, j, to, text);
        if (g && g.value !== 0 && !tokens.slice(g.attackers ? g.end : j, g.end).some((w) => WORDS.attacker_nouns.has(w.norm))) {
          const attackers = (g.attackers ?? 0) + (attackersAsideAfter(tokens, g.end, to, text)?.count ?? 0);
          if (g.value === null || g.value > attackers) {
            const value = g.value === null ? null : g.value - attackers;
            // "fatally shot his girlfriend … then killed three men": one after the other, the
            // victims of one rampage add up.
            const before =
              lastObject?.kind === verb && lastObject.value !== null && value !== null && !isHostile(tokens, j, g.end) && inSequence(tokens, lastObject.end, i)
                ? lastObject
                : undefined;
            // "…then troops killed six militants": the forces' kill is the other side's loss.
            // (Only the group itself: "three soldiers and 11 armed men" joins the other side apart.)
            const byForces =
              isHostile(tokens, j, g.other ? g.other.at : g.end) &&
              tokens.slice(Math.max(from, i - FORCES_SUBJECT_SPAN), i).some((w) => WORDS.force_agents.has(w.norm));
            // "the jihadists reportedly lost 17 men", "les terroristes auraient perdu 17 hommes": the
            // attackers' own losses.
            const lostByAttackers =
              WORDS.lose_verbs.has(t.norm) &&
              tokens.slice(Math.max(from, i - FORCES_SUBJECT_SPAN - 1), i).some((w) => WORDS.hostile_nouns.has(w.norm) || WORDS.attacker_nouns.has(w.norm));
            out.push({
              kind: verb,
              value: before ? before.value! + value! : value,
              at: before ? before.at : j,
              ...(byForces || lostByAttackers || attackersByPronoun(tokens, from, i, j, g.end) ? { hostile: true } : {}),
              ...(attackers > 0 && g.value !== null ? { withAttackers: g.value } : {}),
            });
            lastObject = { kind: verb, value: before ? before.value! + value! : value, at: before ? before.at : j, end: g.end };
          }
          if (g.other && g.other.value !== 0) out.push({ kind: verb, value: g.other.value, at: g.other.at, hostile: g.other.hostile });
          objectUntil = g.end;
        }
      }
    }
    // "stabbed three people to death", "hacked two farmers to death": the object, then how they
    // died; "stabbed two people" with no "to death": two wounded.
    const stab = WORDS.stab_verbs.has(t.norm);
    if ((WORDS.to_death_verbs.has(t.norm) || stab) && !WORDS.before_figure.has(t.norm) && i + 1 < to && i + 1 >= objectUntil) {
      const g = readGroups(tokens, i + 1, to, text, true, true, true);
      const end = g?.end ?? to;
      const died = tokens[end]?.norm === 'dead' || (tokens[end]?.norm === 'to' && tokens[end + 1]?.norm === 'death');
      const attackers = g !== undefined && tokens.slice(i + 1, end).some((w) => WORDS.attacker_nouns.has(w.norm));
      if (g && g.value !== 0 && !attackers && (died || stab)) {
        out.push({ kind: died ? 'killed' : 'injured', value: g.value, at: i + 1 });
        objectUntil = end;
      }
    }
    // "death toll rose to 15", "the toll from Monday's bombing climbed to at least 100", "the
    // number of wounded rose from 64 to 94".
    const plain = WORDS.plain_toll_nouns.has(t.norm);
    const tally = plain ? plainToll(tokens, i, to) : tallyKind(tokens, i, to);
    if (tally && !widerCount(tokens, i, to, out, tally) && !periodToll(tokens, i)) {
      for (let j = i + 1; j < Math.min(to, i + TOLL_SPAN); j++) {
        const n = readNumber(tokens, j) ?? suffixedFigure(tokens, j, text);
        // Past the first words only "… has risen to 305": a figure after "to".
        if (j >= i + TOLL_NEAR_SPAN && !WORDS.to_words.has(tokens[j - 1]!.norm)) continue;
        // "fatalities stood at 44": the dead named as the toll count only at a level.
        if (plain && !atLevel(tokens, j)) continue;
        if (
          n &&
          n.value !== null &&
          !isElided(tokens[n.end - 1]!, text) &&
          !WORDS.month_names.has(tokens[j - 1]!.norm) &&
          !isYear(tokens[n.end - 1]!.norm) &&
          !WORDS.not_people.has(tokens[n.end]?.norm ?? '')
        ) {
          out.push({ kind: tally, value: risenTo(tokens, n) ?? n.value, at: n.start });
          break;
        }
      }
    }
  }
  return out.filter((f) => !isAttackersClaim(tokens, f.at)).map((f) => withoutLaterDead(tokens, f, out, to));
}

/** Words looked back from a verb for the people "them" stands for. */
const PRONOUN_ANTECEDENT_SPAN = 8;

/**
 * "the guards shot back at the raiders, killing five of them": the group at [at, end) counts "them",
 * and the people last named before the verb at `verbAt` are the attackers.
 */
function attackersByPronoun(tokens: readonly Token[], from: number, verbAt: number, at: number, end: number): boolean {
  const ofThem = tokens
    .slice(at, Math.min(tokens.length, end + 1))
    .some((t, k) => t.norm === 'of' && WORDS.plural_pronouns.has(tokens[at + k + 1]?.norm ?? ''));
  if (!ofThem) return false;
  for (let j = verbAt - 1; j >= Math.max(from, verbAt - PRONOUN_ANTECEDENT_SPAN); j--) {
    const w = tokens[j]!.norm;
    if (WORDS.hostile_nouns.has(w) || WORDS.attacker_nouns.has(w)) return true;
    if (WORDS.person_nouns.has(w) || WORDS.member_nouns.has(w) || WORDS.force_words.has(w)) return false;
  }
  return false;
}

/** Words from "as many" to the casualty word it counts for: "as many others were wounded". */
const AS_MANY_SPAN = 4;

/**
 * "four policemen were killed and as many others wounded", "killed three and wounded as many": the
 * count of the figure told just before, for the other kind (not "as many as 20", a hedge; the same
 * kind, "four soldiers and as many civilians", is a list, read with its group).
 */
function asManyOfOtherKind(tokens: readonly Token[], i: number, to: number, before: readonly Figure[]): Figure | undefined {
  if (tokens[i]!.norm !== 'as' || tokens[i + 1]?.norm !== 'many' || tokens[i + 2]?.norm === 'as' || i + 1 >= to) return undefined;
  const prior = before.filter((f) => f.at < i && f.value !== null && !f.hostile).at(-1);
  if (!prior) return undefined;
  let kind = WORDS.before_figure.get(tokens[i - 1]?.norm ?? '');
  for (let j = i + 2; kind === undefined && j < Math.min(to, i + 2 + AS_MANY_SPAN); j++) {
    const w = tokens[j]!.norm;
    kind = WORDS.after_figure.get(w);
    if (kind === undefined && !WORDS.other_words.has(w) && !WORDS.auxiliaries.has(w) && !WORDS.verb_auxiliaries.has(w) && w !== 'more') break;
  }
  return kind && kind !== prior.kind ? { kind, value: prior.value, at: i } : undefined;
}

/** "two others", "otras dos personas", "two of his colleagues": the group at [at, end) counts others of someone named before it. */
function countsOthers(tokens: readonly Token[], at: number, end: number): boolean {
  return (
    tokens.slice(at - 1, end).some((w) => WORDS.other_words.has(w.norm)) ||
    (WORDS.of_words.has(tokens[at + 1]?.norm ?? '') && WORDS.singular_possessives.has(tokens[at + 2]?.norm ?? ''))
  );
}

/**
 * "the ministry's spokesman and two others were killed", "Karimi and two of his colleagues", "el
 * dueño y otras dos personas murieron": the one person named before "and", uncounted, is one more
 * than the others counted after it. Only when the sentence has no figure or casualty word before
 * (not "killed the driver and two others were hurt").
 */
function oneBeforeOthers(tokens: readonly Token[], i: number, groupEnd: number, from: number, text: string | undefined): boolean {
  const joiner = WORDS.list_joiners.has(tokens[i - 1]?.norm ?? '') ? i - 1 : WORDS.other_words.has(tokens[i - 1]?.norm ?? '') ? i - 2 : -1;
  const left = tokens[joiner - 1];
  if (joiner - 1 < from || !left || !WORDS.list_joiners.has(tokens[joiner]!.norm) || punctuated(text, left, tokens[joiner]!)) return false;
  if (!countsOthers(tokens, i, groupEnd) || WORDS.clause_breaks.has(left.norm) || (!left.capitalized && VERB_ENDING_RE.test(left.norm))) return false;
  for (let k = from; k < joiner; k++) {
    const w = tokens[k]!.norm;
    if (WORDS.after_figure.has(w) || WORDS.before_figure.has(w) || (readNumber(tokens, k)?.value ?? null) !== null) return false;
  }
  return true;
}

/** Words of one person's noun phrase between a verb and "and N others" ("killing the district chief of Baraki and two others"). */
const ONE_BEFORE_OTHERS_SPAN = 7;

/**
 * After a casualty verb, a person the engine cannot count ("the district chief", "le chef du village")
 * joined to others counted after "and": "killing the district chief and two others", "tuant le chef
 * du village et deux autres personnes" are three.
 */
function oneAndOthersAfterVerb(tokens: readonly Token[], j: number, to: number, text: string | undefined): Group | undefined {
  for (let k = j + 1; k < Math.min(to, j + ONE_BEFORE_OTHERS_SPAN); k++) {
    const w = tokens[k]!;
    if (punctuated(text, tokens[k - 1]!, w) || (readNumber(tokens, k)?.value ?? null) !== null) return undefined;
    if (WORDS.after_figure.has(w.norm) || WORDS.before_figure.has(w.norm)) return undefined;
    if (!WORDS.list_joiners.has(w.norm)) continue;
    const at = WORDS.other_words.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    const g = readGroups(tokens, at, to, text, true, false, true);
    // "killing the village chief and two others wounded": the others with a verb of their own.
    if (!g || g.value === null || !countsOthers(tokens, at, g.end) || casualtyAfter(tokens, g.end, to, text) !== undefined) return undefined;
    return { value: g.value + 1, end: g.end };
  }
  return undefined;
}

/** "a third officer", "un troisième policier": the count an article and an ordinal at `i` name. */
function ordinalAt(tokens: readonly Token[], i: number): number | undefined {
  return WORDS.singular_lead.has(tokens[i]!.norm) ? WORDS.ordinal_counts[tokens[i + 1]?.norm ?? ''] : undefined;
}

/** Words from a partitive's preposition to its verb: "one of the two wounded officers later died". */
const PARTITIVE_SPAN = 6;

/**
 * "one of the officers died", "Uno de los heridos murió", "Um dos feridos morreu", "Einer der
 * Verletzten starb", "Один из раненых скончался": one of a group, then the verb of what befell them.
 * A casualty word right after the preposition or an article is the group's noun ("the wounded"):
 * one of the wounded who died is a death of wounds. Not a count of two for Portuguese "dos" (of the).
 */
function oneOfThem(
  tokens: readonly Token[],
  i: number,
  to: number,
  text: string | undefined,
): { kind: Kind; verbAt: number; ofWounded: boolean; hostile: boolean } | undefined {
  if (!WORDS.partitive_ones.has(tokens[i]!.norm) || !WORDS.partitive_words.has(tokens[i + 1]?.norm ?? '') || isAcronym(tokens[i]!, text)) return undefined;
  let noun: Kind | undefined;
  let named = false;
  for (let k = i + 2; k < Math.min(to, i + 2 + PARTITIVE_SPAN); k++) {
    const w = tokens[k]!;
    if (punctuated(text, tokens[k - 1]!, w) || (WORDS.list_joiners.has(w.norm) && !singularAuxiliary(tokens, k, text))) return undefined;
    // "Einer der Verletzten starb": a verb the language also puts first.
    const kind = WORDS.after_figure.get(w.norm) ?? (noun !== undefined || named ? WORDS.before_figure.get(w.norm) : undefined);
    const nounPlace = k === i + 2 || WORDS.part_articles.has(tokens[k - 1]!.norm) || WORDS.among_determiners.has(tokens[k - 1]!.norm);
    if (kind && !named && noun === undefined && nounPlace) {
      noun = kind;
      named = true;
      continue;
    }
    if (kind) {
      // "one of the six guards wounded in the blast died": the wound word describes them.
      const died = kind === 'injured' ? diedAfterWoundWord(tokens, k, to, text) : undefined;
      if (died !== undefined) return { kind: 'killed', verbAt: died, ofWounded: true, hostile: isHostile(tokens, i + 2, k) };
      // A participle that opens a phrase of its own ("injured in a bomb attack on … has died") is no
      // verb of the group's, and its verb lies beyond the partitive's reach.
      if (kind === 'injured' && !WORDS.verb_auxiliaries.has(tokens[k - 1]!.norm) && WORDS.roundup_prepositions.has(tokens[k + 1]?.norm ?? '')) return undefined;
      const hostile = isHostile(tokens, i + 2, k);
      if (tokens.slice(i + 2, k).some((t) => WORDS.attacker_nouns.has(t.norm))) return undefined;
      return { kind, verbAt: k, ofWounded: kind === 'killed' && noun === 'injured', hostile };
    }
    // The articles and numbers of the group ("de los", "of the two") leave its noun to come.
    if (!w.capitalized && !startsWithDigit(w.norm) && !WORDS.part_articles.has(w.norm) && !WORDS.among_determiners.has(w.norm)) named = true;
  }
  return undefined;
}

/** For each token of [from, to), whether it stands inside parentheses opened in that span. */
function inParentheses(tokens: readonly Token[], from: number, to: number, text: string | undefined): boolean[] {
  const out: boolean[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (text !== undefined && i > from) {
      for (const c of text.slice(tokens[i - 1]!.end, tokens[i]!.start)) {
        if (c === '(') depth++;
        else if (c === ')' && depth > 0) depth--;
      }
    }
    out.push(depth > 0);
  }
  return out;
}

/** What follows a space in the two-word killing verbs: the only words worth building the pair for. */
const KILLED_BY_TWO_WORDS_TAILS: ReadonlySet<string> = new Set(
  [...WORDS.killed_by_two_words].flatMap((pair) => [...pair.matchAll(/ /g)].map((space) => pair.slice(space.index + 1))),
);

/** A two-word killing verb ends at i ("shot dead"); the pair is built only where it can be one, not at every token. */
function killedByTwoWords(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]?.norm ?? '';
  return KILLED_BY_TWO_WORDS_TAILS.has(t) && WORDS.killed_by_two_words.has(`${tokens[i - 1]?.norm} ${t}`);
}

const LABEL_OPENS_AFTER_RE = /[,;(]\s*$/;
const LABEL_MARK_RE = /^\s*[:–—-]\s*$/;

/**
 * "поранені – 17", "injured: 12": a casualty word opening a clause, then a dash or colon and the
 * figure (not a part of the group: "killed – 17 of them children").
 */
function labelFigure(tokens: readonly Token[], i: number, from: number, to: number, text: string | undefined): Figure | undefined {
  const kind = WORDS.after_figure.get(tokens[i]!.norm);
  if (!kind || !text || i + 1 >= to) return undefined;
  if (i > from && !LABEL_OPENS_AFTER_RE.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) && !WORDS.list_joiners.has(tokens[i - 1]!.norm))
    return undefined;
  if (!LABEL_MARK_RE.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return undefined;
  const n = readNumber(tokens, i + 1);
  if (!n || n.value === null || WORDS.of_words.has(tokens[n.end]?.norm ?? '') || WORDS.not_people.has(tokens[n.end]?.norm ?? '')) return undefined;
  return { kind, value: n.value, at: i + 1 };
}

/** Words looked at after a casualty word for "N of whom died" about the same group. */
const OF_WHOM_SPAN = 14;

/** Words after "incompatible" looked at for "life": "with life", "con la vida". */
const FATAL_WOUND_SPAN = 3;

/**
 * A wound word at j that tells a death: "fatally injured", "mortally wounded", "sustained injuries
 * incompatible with life" (as Ukrainian and Russian officials word deaths, and their copy in other languages).
 */
function fatalWound(tokens: readonly Token[], j: number, to: number): boolean {
  if (WORDS.fatal_adverbs.has(tokens[j - 1]?.norm ?? '')) return true;
  if (!WORDS.life_incompatible.has(tokens[j + 1]?.norm ?? '')) return false;
  for (let k = j + 2; k < Math.min(to, j + 2 + FATAL_WOUND_SPAN); k++) if (WORDS.living_nouns.has(tokens[k]!.norm)) return true;
  return false;
}

/** After a verb of losing at j, the life lost: "lost their lives", "perdió la vida", "perso la vita". */
function lifeLost(tokens: readonly Token[], j: number, to: number): boolean {
  const k = WORDS.life_determiners.has(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
  return k < to && WORDS.lost_lives.has(tokens[k]!.norm);
}

/**
 * "nine victims were taken to hospitals, two of whom died", "wounding 20, three of them fatally":
 * the wounded who died are no longer wounded. Returns the injured figure less those who died.
 */
function withoutLaterDead(tokens: readonly Token[], f: Figure, all: readonly Figure[], to: number): Figure {
  if (f.kind !== 'injured' || f.value === null) return f;
  const from = readNumber(tokens, f.at)?.end ?? f.at + 1;
  const end = Math.min(to, from + OF_WHOM_SPAN);
  for (let j = from; j < end; j++) {
    // Another figure of the wounded starts another group.
    if (all.some((g) => g !== f && g.at === j && g.kind === 'injured')) return f;
    if (tokens[j + 1]?.norm !== 'of' || !WORDS.of_whom.has(tokens[j + 2]?.norm ?? '')) continue;
    const n = readNumber(tokens, j);
    if (!n || n.value === null || n.end !== j + 1 || n.value >= f.value) continue;
    for (let k = j + 3; k < Math.min(to, j + 3 + WOUNDED_TO_DEATH_SPAN); k++) {
      if (WORDS.after_figure.get(tokens[k]!.norm) === 'killed' || WORDS.fatal_adverbs.has(tokens[k]!.norm)) return { ...f, value: f.value - n.value };
      if (!WORDS.verb_auxiliaries.has(tokens[k]!.norm) && !WORDS.auxiliaries.has(tokens[k]!.norm)) break;
    }
  }
  return f;
}

const SUFFIXED_FIGURE_RE = /^(\d+)['’]\p{L}+$/u;

/** "sayısı 12'ye yükseldi" (rose to 12): Turkish writes the case ending after the digits and an apostrophe. */
function suffixedFigure(tokens: readonly Token[], j: number, text: string | undefined): NumberPhrase | undefined {
  const t = tokens[j];
  const m = t && text !== undefined ? SUFFIXED_FIGURE_RE.exec(text.slice(t.start, t.end)) : null;
  return m ? { value: Number(m[1]), start: j, end: j + 1 } : undefined;
}

/** Words from a "bringing" verb to the toll it brings up ("bringing the overall death toll"). */
const BRINGING_SPAN = 4;

/**
 * "killing 12, bringing the death toll in Gaza to 40,000": the toll at `i`, brought up by this
 * event's own figure told before it in the sentence, counts more than this event — not when that
 * figure adds later deaths ("two more died, bringing the toll to 15") or the toll is named as this
 * attack's ("the toll from the blast").
 */
function widerCount(tokens: readonly Token[], i: number, to: number, before: readonly Figure[], kind: Kind): boolean {
  if (![...Array(BRINGING_SPAN).keys()].some((k) => WORDS.bringing_verbs.has(tokens[i - 1 - k]?.norm ?? ''))) return false;
  for (let j = i + 1; j < Math.min(to, i + TOLL_NEAR_SPAN) && !readNumber(tokens, j); j++)
    if (WORDS.event_anaphors.has(tokens[j]!.norm) && WORDS.anaphor_determiners.has(tokens[j - 1]!.norm)) return false;
  const own = before.filter((f) => f.kind === kind && f.at < i && !f.ofWounded);
  const added = (f: Figure) => tokens.slice(Math.max(0, f.at - 1), f.at + 3).some((w) => WORDS.increment_words.has(w.norm));
  return own.length > 0 && !own.some(added);
}

/** Words from a period to the toll it owns ("this week's death toll"). */
const PERIOD_BEFORE_TOLL = 2;

/**
 * "which took this week's toll in the region to 11", "the year's toll": a toll owned by a
 * period (a determiner and a period noun right before it) counts every attack of that period. Not
 * "the toll from last week's bombing", the toll of one attack.
 */
function periodToll(tokens: readonly Token[], i: number): boolean {
  // "this week's death toll", "the year's civilian toll": one word may stand between.
  for (let k = i - 1; k >= Math.max(1, i - PERIOD_BEFORE_TOLL); k--)
    if (WORDS.toll_period_nouns.has(tokens[k]!.norm) && WORDS.toll_period_determiners.has(tokens[k - 1]!.norm)) return true;
  return false;
}

/** Words between a count noun and the casualty word that says what it counts ("the number of people wounded"). */
const TALLY_KIND_SPAN = 4;

/**
 * What the count noun at `i` counts: a toll counts the dead; "the number of (people) wounded",
 * "le nombre de blessés" the kind of its casualty word.
 */
function tallyKind(tokens: readonly Token[], i: number, to: number): Kind | undefined {
  const t = tokens[i]!.norm;
  if (WORDS.toll_words.has(t)) return 'killed';
  if (WORDS.count_nouns_after.has(t)) return WORDS.after_figure.get(tokens[i - 1]?.norm ?? '');
  // "кількість постраждалих": the casualty word right after, in the genitive.
  if (WORDS.count_nouns_genitive.has(t)) return WORDS.after_figure.get(tokens[i + 1]?.norm ?? '');
  if (!WORDS.count_nouns.has(t) || !WORDS.of_words.has(tokens[i + 1]?.norm ?? '')) return undefined;
  for (let j = i + 2; j < Math.min(to, i + 2 + TALLY_KIND_SPAN); j++) {
    const kind = WORDS.after_figure.get(tokens[j]!.norm);
    if (kind) return kind;
  }
  return undefined;
}

/** Words from a plain toll noun to its level ("fatalities have now risen to 44")… */
const PLAIN_TOLL_SPAN = 6;

/**
 * "Fatalities stood at 44", "deaths rose to 30": the dead named as the toll, not counted by a figure
 * before them ("12 deaths") and followed soon by a level word.
 */
function plainToll(tokens: readonly Token[], i: number, to: number): Kind | undefined {
  if (readNumber(tokens, i - 1) || (i >= 2 && readNumber(tokens, i - 2)?.end === i)) return undefined;
  for (let j = i + 1; j < Math.min(to, i + PLAIN_TOLL_SPAN); j++) if (atLevel(tokens, j)) return 'killed';
  return undefined;
}

/** The figure at `j` follows a level word: "at 44", "to 30", "reached 12", "at least 12" read as "at 12". */
function atLevel(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1]?.norm ?? '';
  return (WORDS.to_words.has(prev) || WORDS.toll_level_words.has(prev)) && readNumber(tokens, j) !== undefined;
}

/** "rose from 11 to 15", "passé de 64 à 94": read as a range, the figure is where the count rose to. */
function risenTo(tokens: readonly Token[], n: NumberPhrase): number | undefined {
  const from = n.start - 1;
  if (!WORDS.of_words.has(tokens[from]?.norm ?? '') && tokens[from]?.norm !== 'from') return undefined;
  // Not a range of the toll itself ("a toll of 10 to 15"): a rise word before "from".
  if (![1, 2, 3].some((k) => WORDS.rise_words.has(tokens[from - k]?.norm ?? '') || tokens[from - k]?.norm === 'up')) return undefined;
  for (let k = n.start + 1; k < n.end; k++) {
    if (!WORDS.to_words.has(tokens[k]!.norm)) continue;
    const upper = readNumber(tokens, k + 1);
    if (upper?.value != null) return upper.value;
  }
  return undefined;
}

/**
 * Auxiliaries that fold to common words: Italian "è" ("un uomo è morto"), told by its accent from
 * "e" (and), and French "a" before "été" ("un homme a été tué"), not the preposition "a".
 */
const singularAuxiliary = (tokens: readonly Token[], j: number, text: string | undefined) =>
  (tokens[j]!.norm === 'e' && text?.slice(tokens[j]!.start, tokens[j]!.end) === 'è') || (tokens[j]!.norm === 'a' && tokens[j + 1]?.norm === 'ete');

const ELIDED_RE = /^[a-z]{1,2}['’]/i;

/**
 * "d’un mort", "d’une femme", "l’un": the article that is also "one" behind an elided "de" or "le",
 * which the token folds into one word ("dun").
 */
function elidedOneArticle(t: Token, text: string | undefined): boolean {
  const raw = text?.slice(t.start, t.end);
  return raw !== undefined && ELIDED_RE.test(raw) && WORDS.one_articles.has(raw.replace(ELIDED_RE, '').toLowerCase());
}

/** An elided word ("s'est" folds to "sest", Serbian for six) is no number; Ukrainian "п’ятеро" keeps its apostrophe inside. */
function isElided(t: Token, text: string | undefined): boolean {
  return text !== undefined && ELIDED_RE.test(text.slice(t.start, t.end));
}

/** A toll's figure follows within a few words ("the death toll rose to 15")… */
const TOLL_NEAR_SPAN = 11;
/** …or after "to" further on ("the toll of the raid and bombing at a market near Gao has since risen to 61"). */
const TOLL_SPAN = 30;

/** Words looked back from a figure for the attackers' claim it reports ("claimed …, saying 16 …"). */
const CLAIM_SPAN = 12;

/**
 * The figure at `at` is the attackers' claim: "claimed responsibility, saying 16 troops were
 * killed", "claiming that its fighters killed 40", "وزعمت أنه أسفر عن مقتل 57". Not "claiming the
 * lives of 12" or "claims 12 lives", a toll.
 */
export function isAttackersClaim(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  for (let j = at - 1; j >= Math.max(0, at - CLAIM_SPAN) && tokens[j]!.sentence === sentence; j--) {
    const w = tokens[j]!.norm;
    if (!WORDS.claim_reporting.has(w)) continue;
    if ((tokens[j + 1]?.norm === 'the' && WORDS.life_nouns.has(tokens[j + 2]?.norm ?? '')) || takesLives(tokens, j)) continue;
    if (w !== 'saying') return true;
    for (let k = j - 1; k >= Math.max(0, j - CLAIM_SPAN) && tokens[k]!.sentence === sentence; k--) if (WORDS.claim_words.has(tokens[k]!.norm)) return true;
  }
  return false;
}

/** Words from a verb of taking to the lives it took: "kostete zwei Menschen das Leben". */
const LIVES_TAKEN_SPAN = 4;

/** The life noun at `at` follows a verb of taking within its span: "claims 12 lives". */
function livesTakenBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - LIVES_TAKEN_SPAN) && tokens[k]!.sentence === tokens[at]!.sentence; k--) if (takesLives(tokens, k)) return true;
  return false;
}

/**
 * "claimed the lives of 12", "cobró la vida de tres", "a coûté la vie à deux", "забрали життя двох":
 * a verb of taking at `at`, its (determined) life noun next, then "of"/"to" or nothing (a genitive);
 * where the victims start, if they follow.
 */
function livesTakenOf(tokens: readonly Token[], at: number, to: number): number | undefined {
  if (!WORDS.life_taking_verbs.has(tokens[at]!.norm)) return undefined;
  let k = at + 1;
  if (tokens[k]?.norm === 'the' || WORDS.life_determiners.has(tokens[k]?.norm ?? '')) k++;
  if (k >= to || !WORDS.lives_taken.has(tokens[k]!.norm)) return undefined;
  k++;
  if (WORDS.of_words.has(tokens[k]?.norm ?? '') || WORDS.to_words.has(tokens[k]?.norm ?? '')) k++;
  return k < to ? k : undefined;
}

/** "attack claims 16 lives", "a coûté la vie à": a verb of taking at `at`, the lives a few words on. */
export function takesLives(tokens: readonly Token[], at: number): boolean {
  if (!WORDS.life_taking_verbs.has(tokens[at]!.norm)) return false;
  const sentence = tokens[at]!.sentence;
  for (let k = at + 1; k <= at + LIVES_TAKEN_SPAN && k < tokens.length && tokens[k]!.sentence === sentence; k++)
    if (WORDS.lives_taken.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "did not injure any soldier", "didn't hurt anyone", "did not kill or injure anyone": the harm
 * verb at `i`, denied by the word before it (or before the verb it is joined to by "or"), with
 * "any" as its object; what it denies, else nothing.
 */
function deniedHarm(tokens: readonly Token[], i: number, to: number): Zero[] | undefined {
  const kinds = WORDS.denied_harm_verbs.get(tokens[i]!.norm);
  if (!kinds || i === 0) return undefined;
  let first = i;
  while (first >= 2 && tokens[first - 1]!.norm === 'or' && WORDS.denied_harm_verbs.has(tokens[first - 2]!.norm)) first -= 2;
  if (!WORDS.denied_harm_negators.has(tokens[first - 1]?.norm ?? '')) return undefined;
  let k = i + 1;
  while (k + 1 < to && tokens[k]!.norm === 'or' && WORDS.denied_harm_verbs.has(tokens[k + 1]!.norm)) k += 2;
  if (k >= to || !WORDS.anyone_words.has(tokens[k]!.norm)) return undefined;
  // A harm verb's denial is the English "no one was hurt": nobody wounded, and nobody killed unless wounded are told.
  return kinds.length === 2 ? ['hurt'] : [...kinds];
}

/** Words after "no one" looked at for its verb ("no one was hurt")… */
const NOBODY_SPAN = 5;
/** …and after "none of" ("none of the security personnel were hurt"). */
const NOBODY_OF_SPAN = 8;

/** Words from a zero noun to a negator after it ("загиблих і поранених немає"). */
const POST_NEGATOR_SPAN = 4;

/** Words of the group after "among" before a negator ("пострадавших среди членов экипажа нет"). */
const AMONG_SPAN = 3;
/** Words back from a zero noun to "no information" ("информации о пострадавших не поступало"). */
const NO_NEWS_BEFORE_SPAN = 2;

/**
 * A negator after the noun at `i`, past only other casualty nouns, "and/or" words and a group
 * "among" whom none were hurt; or "not reported" ("о пострадавших не сообщается"), unless the
 * text tells that no information came ("информации о пострадавших не поступало").
 */
function negatedAfter(tokens: readonly Token[], i: number, to: number): boolean {
  let end = Math.min(to, i + 1 + POST_NEGATOR_SPAN);
  let among = false;
  for (let j = i + 1; j < end; j++) {
    const w = tokens[j]!.norm;
    if (WORDS.post_negators.has(w)) return true;
    if (WORDS.verb_negators.has(w) && WORDS.unreported_verbs.has(tokens[j + 1]?.norm ?? ''))
      return !tokens.slice(Math.max(0, i - NO_NEWS_BEFORE_SPAN), i).some((x) => WORDS.no_news.has(x.norm));
    if (!among && WORDS.among_words.has(w)) {
      among = true;
      end = Math.min(to, j + 2 + AMONG_SPAN);
    } else if (!among && !WORDS.zero_nouns.has(w) && !WORDS.after_figure.has(w) && !WORDS.list_joiners.has(w) && !WORDS.range_joiners.has(w)) return false;
  }
  return false;
}

/** Words from a zero noun to the side it is limited to ("no casualties on the Tajik side"). */
const ZERO_SIDE_SPAN = 4;

/** "no casualties on the Tajik side": one side's losses denied, not the event's. */
function onOneSide(tokens: readonly Token[], i: number, to: number): boolean {
  if (tokens[i + 1]?.norm !== 'on') return false;
  // "on either side", "on both sides": every side, so the event's.
  for (let j = i + 2; j < Math.min(to, i + 2 + ZERO_SIDE_SPAN); j++)
    if (WORDS.side_words.has(tokens[j]!.norm) || WORDS.side_words.has(tokens[j]!.norm.replace(/s$/, ''))) return !WORDS.every_side.has(tokens[j - 1]!.norm);
  return false;
}

/** Words looked back from a verb of suffering for whose losses they are. */
const SUFFERER_SPAN = 10;

/**
 * "the attackers escaped without suffering losses", "the militants suffered no casualties": the
 * zero is the attackers' own (the nearest people named before the verb of suffering), not the event's.
 */
function attackersLosses(tokens: readonly Token[], from: number, negatorAt: number, nounAt: number): boolean {
  const verb = tokens.slice(Math.max(from, negatorAt - 1), nounAt).findIndex((w) => WORDS.suffer_verbs.has(w.norm));
  if (verb < 0) return false;
  for (let j = Math.max(from, negatorAt - 1) + verb - 1; j >= Math.max(from, negatorAt - SUFFERER_SPAN); j--) {
    const w = tokens[j]!.norm;
    if (WORDS.attacker_nouns.has(w) || WORDS.hostile_nouns.has(w)) return true;
    if (WORDS.person_nouns.has(w) || WORDS.member_nouns.has(w) || WORDS.force_words.has(w)) return false;
  }
  return false;
}

/**
 * What a zero statement denies: deaths, wounds, or both ("no casualties"); `hurt` is a denial told by
 * the wounds alone ("no one was hurt", "no injuries"), which says nobody died only when the text
 * states no wounded of its own (see `combineCasualties`).
 */
export type Zero = Kind | 'hurt';

/** A zero of both kinds told by a word of the wounded ("injuries", "hurt") or of being unhurt is `hurt`. */
const bothOrHurt = (kinds: readonly Kind[], word: string): Zero[] => (kinds.length === 2 && WORDS.after_figure.get(word) === 'injured' ? ['hurt'] : [...kinds]);

/** Words from a killing verb to its reflexive object ("killing only himself"). */
const SELF_KILLED_SPAN = 2;
/** Words before the verb that "only" may stand ("only succeeded in killing himself"). */
const ONLY_BEFORE_SPAN = 3;

/**
 * "Suicide bomber kills only himself", "only managed to kill himself": the attacker was the one
 * dead, so none of the victims (docs/labelling.md leaves attackers out); not "killing himself and
 * six others".
 */
function onlySelfKilled(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  if (!WORDS.reflexives.has(tokens[i]!.norm)) return false;
  if (i + 1 < to && (WORDS.list_joiners.has(tokens[i + 1]!.norm) || tokens[i + 1]!.norm === 'along')) return false;
  for (let k = i - 1; k >= Math.max(from, i - SELF_KILLED_SPAN); k--) {
    if (WORDS.before_figure.get(tokens[k]!.norm) !== 'killed') continue;
    return tokens.slice(Math.max(from, k - ONLY_BEFORE_SPAN), i).some((w) => WORDS.only_words.has(w.norm));
  }
  return false;
}

/** Words back from an attacker noun to the count of a part of them ("one of the attackers"). */
const PARTITIVE_BEFORE_SPAN = 3;

/**
 * "the bomber died", "der Täter starb", "el agresor murió": the attacker's death
 * told alone is no victim's; a zero for the killed that any figure of victims overrides (see
 * `combineCasualties`). Not "the gunman killed people": a verb with an object of its own.
 */
function attackerDied(tokens: readonly Token[], i: number, to: number): boolean {
  if (!WORDS.attacker_nouns.has(tokens[i]!.norm)) return false;
  // "one of the attackers was killed": some of them, a loss in a fight, not the attacker's own end.
  for (let j = Math.max(0, i - PARTITIVE_BEFORE_SPAN); j < i - 1; j++)
    if (WORDS.partitive_words.has(tokens[j + 1]!.norm) && (WORDS.partitive_ones.has(tokens[j]!.norm) || readNumber(tokens, j))) return false;
  let k = i + 1;
  while (k < to && k <= i + AUXILIARY_RUN && WORDS.verb_auxiliaries.has(tokens[k]!.norm)) k++;
  if (k >= to) return false;
  const next = tokens[k + 1];
  const clauseEnds = k + 1 >= to || !next || WORDS.clause_breaks.has(next.norm);
  // German puts "starb" first in a toll ("starben zwei Polizisten"), last after its subject.
  const kind = WORDS.after_figure.get(tokens[k]!.norm) ?? (clauseEnds ? WORDS.before_figure.get(tokens[k]!.norm) : undefined);
  return kind === 'killed' && (k > i + 1 || clauseEnds || next?.norm === 'dead');
}

/** Words back from "not" to the people it says were not hurt ("экипаж корабля не пострадал"). */
const NOT_HURT_SUBJECT_SPAN = 3;

/** A verb of harm right after "not" whose subject is the crew or the people present. */
function notHurtSubject(tokens: readonly Token[], i: number, from: number): boolean {
  if (!WORDS.nobody_verbs.has(tokens[i]!.norm) || i - 1 <= from || !WORDS.verb_negators.has(tokens[i - 1]!.norm)) return false;
  return tokens.slice(Math.max(from, i - 1 - NOT_HURT_SUBJECT_SPAN), i - 1).some((w) => WORDS.safe_subjects.has(w.norm));
}

/** Zero statements in tokens[from, to): "no casualties", "no one was hurt", "did not cause any injuries". */
export function findZeros(tokens: readonly Token[], from: number, to: number): Zero[] {
  const out: Zero[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // "not life-threatening": "life" here is no zero noun.
    const nounKinds = t.norm === 'life' && tokens[i + 1]?.norm === 'threatening' ? undefined : WORDS.zero_nouns.get(t.norm);
    if (nounKinds) {
      // "without causing any human or material losses": the negator may stand six words back.
      for (let j = i - 1; j >= Math.max(from, i - 6); j--) {
        const w = tokens[j]!;
        // "no se conoce el número de víctimas", "sans préciser le nombre de victimes": the count is unknown, not none.
        if (WORDS.no_news.has(w.norm) || WORDS.count_nouns.has(w.norm)) break;
        // "no US casualties", "No US personnel were injured", "no casualties among its forces":
        // one group's losses, not the event's.
        if (w.capitalized && j > from && !WORDS.negators.has(w.norm)) break;
        if (WORDS.negators.has(w.norm)) {
          // "one soldier not affiliated with the unit was injured", "a man who was not in the car was
          // hurt": "not" denies a predicate of its own, and the copula after it opens the casualty word's clause.
          if (WORDS.verb_negators.has(w.norm) && tokens.slice(j + 1, i).some((x) => WORDS.copulas.has(x.norm))) break;
          // "serious but not life-threatening injuries": the negator denies the danger, not the injuries.
          const notDanger = j + 1 < i && tokens[j + 1]!.norm === 'life' && tokens[j + 2]?.norm === 'threatening';
          // "no serious injuries": minor ones are not denied.
          const onlyWorst = tokens.slice(j + 1, i).some((w) => WORDS.degree_words.has(w.norm));
          if (
            !notDanger &&
            !onlyWorst &&
            !(t.norm.startsWith('casualt') && tokens[i + 1]?.norm === 'among') &&
            !onOneSide(tokens, i, to) &&
            !attackersLosses(tokens, from, j, i)
          )
            out.push(...bothOrHurt(nounKinds, t.norm));
          break;
        }
      }
    }
    // "жертв нет", "ölü ya da yaralı yok": the negator after the noun.
    if (nounKinds && negatedAfter(tokens, i, to)) out.push(...bothOrHurt(nounKinds, t.norm));
    if (WORDS.unhurt.has(t.norm)) out.push('hurt');
    if (onlySelfKilled(tokens, i, from, to) || attackerDied(tokens, i, to)) out.push('killed');
    const denied = deniedHarm(tokens, i, to);
    if (denied) out.push(...denied);
    // "the crew were reported safe", "described the crew as being safe".
    if (t.norm === 'safe' && tokens[i - 1]?.norm !== 'not' && tokens.slice(Math.max(from, i - 8), i).some((w) => WORDS.safe_subjects.has(w.norm)))
      out.push('killed', 'injured');
    // "экипаж корабля не пострадал", "люди не пострадали": the crew or people present not hurt.
    if (notHurtSubject(tokens, i, from)) out.push(...bothOrHurt(WORDS.nobody_verbs.get(t.norm)!, t.norm));
    const nobody = WORDS.nobody_words.has(t.norm) || (t.norm === 'no' && tokens[i + 1]?.norm === 'one');
    if (nobody) {
      // "no one was hurt"; German puts the verb first: "Verletzt wurde niemand".
      // "None of the security personnel were hurt": the group named after "of" stands between;
      // "none of the US troops" counts one side's losses, as "no US casualties" does.
      const ofGroup = tokens[i + 1]?.norm === 'of';
      const reach = ofGroup ? NOBODY_OF_SPAN : NOBODY_SPAN;
      if (ofGroup && tokens.slice(i + 2, Math.min(to, i + 1 + reach)).some((w) => w.capitalized)) continue;
      const near = [...Array(reach).keys()].flatMap((k) => [i + 1 + k, ...(t.norm === 'niemand' && k < 2 ? [i - 1 - k] : [])]);
      const inReach = near.filter((j) => j >= from && j < to);
      const verbAt = inReach.find((j) => WORDS.nobody_verbs.has(tokens[j]!.norm));
      // "none of the soldiers were seriously wounded": only the worst harm is denied.
      const onlyWorst = verbAt !== undefined && tokens.slice(Math.min(i, verbAt) + 1, Math.max(i, verbAt)).some((w) => WORDS.degree_words.has(w.norm));
      if (verbAt !== undefined && !onlyWorst) {
        const kinds = WORDS.nobody_verbs.get(tokens[verbAt]!.norm)!;
        // "no one else was hurt", "nobody else": everyone but those named, so nobody died either.
        const rest = tokens[i + (t.norm === 'no' ? 2 : 1)]?.norm === 'else';
        out.push(...(rest ? kinds : bothOrHurt(kinds, tokens[verbAt]!.norm)));
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
export function combineCasualties(figures: readonly Figure[], stated: readonly Zero[]): Casualties {
  // "A woman was injured … People were not injured" (in a second strike): a denial of wounds beside
  // wounded of this event speaks of a part of it, and says nothing of deaths.
  const wounded = figures.some((f) => f.kind === 'injured' && !f.hostile && f.value !== null && f.value > 0);
  const zeros: Kind[] = stated.flatMap((z) => (z !== 'hurt' ? [z] : wounded ? ['injured' as const] : ['killed' as const, 'injured' as const]));
  const pick = (kind: Kind): number | null => {
    // "killing dozens … a commander was among the dead": the part named is no toll beside another figure.
    const ofKind = figures.filter((f) => f.kind === kind);
    // A part that names the attackers beside the victims ("among the dead were three guards and two
    // attackers") breaks down the whole toll stated elsewhere, and stands for it.
    const whole = (f: Figure) => !f.part || (f.withAttackers !== undefined && ofKind.some((o) => !o.part && o.value === f.withAttackers));
    const counted = ofKind.some((f) => !f.part) ? ofKind.filter(whole) : ofKind;
    // "Car bomb kills 5" over "five died, including the attacker who drove it": the same count with
    // the attacker in it, whose victims the text separates.
    const withAttackers = new Set(counted.filter((f) => f.withAttackers !== undefined).map((f) => f.withAttackers));
    // The other side's losses count only when the text gives no figure for anyone else.
    // "two officers were stabbed … a third officer was slightly hurt": the ordinal counts on from the
    // ones stated before it, and is one person when the text states none.
    const before = (f: Figure) => ofKind.some((o) => o.at < f.at && !o.hostile && o.value !== null && o.value >= f.ordinal! - 1);
    const ranked = counted.map((f) => (f.ordinal !== undefined && before(f) ? { ...f, value: f.ordinal } : f));
    const stated = ranked.filter((f) => f.value !== null && f.value > 0 && (f.withAttackers !== undefined || !withAttackers.has(f.value)));
    const ours = stated.filter((f) => !f.hostile);
    // "None of the security personnel were hurt" beside "eight terrorists were killed": the
    // victims' zero, not the other side's losses.
    // "dozens were killed … no one else was hurt": a figure without a number still says someone died.
    const denied = zeros.includes(kind) && !ofKind.some((f) => f.value === null && !f.hostile);
    if (ours.length === 0 && denied) return 0;
    const hostile = stated.filter((f) => f.hostile).map((f) => f.value!);
    // "8 security personnel among 18 killed" beside "ten militants were killed": 18 counts both sides.
    // (Not a figure whose attackers were already taken out: "five, including two militants" is three victims.)
    const bothSides = (f: Figure) => f.withAttackers === undefined && ours.some((v) => v.value! < f.value! && hostile.some((h) => v.value! + h === f.value));
    const victims = ours.length ? ours.filter((f) => !bothSides(f)) : stated;
    let best: number | null = null;
    for (const f of victims) if (best === null || f.value! > best) best = f.value;
    if (best !== null) return best;
    return denied ? 0 : null;
  };
  const woundedDied = Math.max(0, ...figures.filter((f) => f.ofWounded && f.value !== null).map((f) => f.value!));
  return { killed: pick('killed'), injured: pick('injured'), ...(woundedDied > 0 ? { diedOfWounds: woundedDied } : {}) };
}

/** "the deadliest attack since 2014": a superlative makes "since" a comparison, not a running total. */
export function isComparisonSince(tokens: readonly Token[], sinceAt: number): boolean {
  // "the worst toll of any single attack since…": the superlative may stand eight words back.
  for (let j = sinceAt - 1; j >= Math.max(0, sinceAt - 8) && tokens[j]!.sentence === tokens[sinceAt]!.sentence; j--)
    // "most of them civilians, since Tuesday": a share, not a superlative.
    if (WORDS.superlatives.has(tokens[j]!.norm) && tokens[j + 1]?.norm !== 'of') return true;
  return false;
}
