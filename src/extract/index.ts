import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Target } from '../vocabulary.js';
import { ATTACK_TYPES, type AttackType } from '../vocabulary.js';
import { type Actor, ActorCatalog, type ActorMention } from './actors.js';
import type { Extraction, ResolvedActor, ResolvedPlace } from './analysis.js';
import { combineCasualties, type Figure, findFigures, findZeros, isComparisonSince } from './casualties.js';
import { Gazetteer } from './gazetteer/index.js';
import { AttackLexicon, type ContextKind, type SentenceCues } from './lexicon.js';
import type { PreparedDocument, Token } from './normalize.js';
import { datelinePlace, findDateline, namesUnknownPlace, type PlaceEntry, type PlaceIndex, type PlaceMention, resolvePlaces, selectPlaces } from './places.js';
import { severityOf } from './severity.js';

export { type Actor, ActorCatalog } from './actors.js';
export { AttackLexicon } from './lexicon.js';
export { type PreparedDocument, prepareDocument } from './normalize.js';

/** config/data next to the package root (works from src/ under tsx and from dist/). */
export function defaultDataDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../config/data');
}

/** What one sentence says about an attack. */
interface SentenceFacts {
  /** Attack types named by strong phrases, and by weak ones (weapons, attackers). */
  types: Set<AttackType>;
  strongTypes: Set<AttackType>;
  weakTypes: Set<AttackType>;
  strong: boolean;
  event: boolean;
  generic: boolean;
  casualty: boolean;
  targets: Set<Target>;
  context: Set<ContextKind>;
  /** A phrase that looks like an attack but is not ("counter-drone", "gas explosion", "police raid"). */
  suppressed: boolean;
  /** Running totals, other events, history: its figures and places are not this event's. */
  background: boolean;
  /** An explosion or blast is reported (a bomb, unless a weapon is named). */
  blast: boolean;
  /** The armed assault comes from the sentence cues of killing (attackers killing, a ramming), not a phrase. */
  killCue: boolean;
  /** Token indices of the lexicon's attack words, for actor roles. */
  attackWordAt: number[];
  first: number;
  end: number;
}

/** Sentences after the title that count as the lead: a report says what happened in them. */
const LEAD_SENTENCES = 3;

const BLAST_WORDS = new Set(['explosion', 'explosions', 'blast', 'blasts', 'explode', 'explodes', 'exploded']);

const NON_STATE_KINDS = new Set(['non_state_armed_group', 'militia', 'criminal_group']);
/** Before an event verb these make it a plan, threat or possibility, not an event. */
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'can', 'shall', 'should', 'must', 'if', 'unless']);
const INTENT_BEFORE_TO = new Set([
  'threatened',
  'threatens',
  'threaten',
  'vowed',
  'vows',
  'vow',
  'plans',
  'planned',
  'planning',
  'plan',
  'intends',
  'intended',
  'aims',
  'aimed',
  'plotting',
  'plotted',
  'pledged',
  'pledges',
  'promised',
  'promises',
  'prepared',
  'preparing',
  'wants',
  'wanted',
  'tried',
  'trying',
  'sought',
  'seeks',
  'ready',
  'able',
  'continue',
  'order',
  'ordered',
]);
/** "to stop missile attacks", "protect cities from drone strikes": attacks in general, not one that happened. */
const PREVENTION = new Set(['stop', 'prevent', 'deter', 'counter', 'protect', 'defend', 'against', 'repel', 'thwart', 'avert', 'fend']);
/**
 * Title contexts that an attack report in the title overrides: "attack foiled" (an intercepted
 * attack) and topics ("…as new cabinet arrives") always, tests, drills, sport and sales only for a named attack ("Drone attack hits
 * military parade"), never trials, plans or anniversaries.
 */
const ALWAYS_OVERRIDABLE: ReadonlySet<ContextKind> = new Set(['foiled', 'topic']);
const OVERRIDABLE_BY_STRONG: ReadonlySet<ContextKind> = new Set(['foiled', 'topic', 'exercise', 'test', 'sport', 'procurement', 'policing']);
function withoutContext(f: SentenceFacts, kinds: ReadonlySet<ContextKind>): SentenceFacts {
  return { ...f, context: new Set([...f.context].filter((c) => !kinds.has(c))) };
}
/** Titles that explain or argue rather than report: "Why the Houthis keep attacking ships". */
const ANALYSIS_OPENERS = new Set([
  'why',
  'analysis',
  'analysts',
  'experts',
  'opinion',
  'explainer',
  'explained',
  'comment',
  'editorial',
  'podcast',
  'review',
  'factbox',
  'timeline',
  'qa',
]);
function isAnalysisTitle(tokens: readonly Token[], titleEnd: number): boolean {
  return titleEnd > 0 && ANALYSIS_OPENERS.has(tokens[0]!.norm);
}
/** Context kinds that only matter in a title (an "Analysis:" piece may still quote an attack). */
/** Contexts that make the whole article a look-alike when its first sentence has them. */
const LEAD_LOOK_ALIKES: readonly ContextKind[] = ['test', 'release'];
const TITLE_ONLY_CONTEXT: ReadonlySet<ContextKind> = new Set(['opinion', 'topic', 'policing']);
const CLAIM_WORDS = new Set(['claimed', 'claims', 'claim', 'claiming']);
const DENY_WORDS = new Set(['denied', 'denies', 'deny', 'denying', 'denial', 'rejected', 'rejects']);
const BLAME_WORDS = new Set([
  'blamed',
  'blames',
  'blame',
  'blaming',
  'accused',
  'accuses',
  'accusing',
  'attributed',
  'suspected',
  'suspect',
  'suspects',
  'alleged',
  'allegedly',
  'believed',
  'held',
]);
const TARGET_MARKERS = new Set(['on', 'against', 'targeting', 'at']);
const PASSIVE_MARKERS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'came', 'come', 'comes', 'faced', 'face', 'faces']);
/** Verbs of defence: "US forces intercepted the drones" does not make US forces the attacker. */
const DEFENCE_WORDS = new Set(['intercepted', 'intercepts', 'intercepting', 'shot', 'shoot', 'shoots', 'downed', 'repelled', 'repulsed', 'came', 'under']);
const ROLE_RANK: Record<ResolvedActor['role'], number> = { claimed: 4, perpetrator: 3, blamed: 2, denied: 1, involved: 0 };

export class ExtractionEngine {
  constructor(
    readonly gazetteer: Gazetteer,
    readonly actors: ActorCatalog,
    readonly lexicon: AttackLexicon,
  ) {}

  /** Loads the gazetteer, actor catalogue and attack lexicon from `dataDir` (default config/data) once. */
  static load(dataDir: string = defaultDataDir()): ExtractionEngine {
    return new ExtractionEngine(
      Gazetteer.load(dataDir),
      ActorCatalog.load(path.join(dataDir, 'actors.yaml')),
      AttackLexicon.load(path.join(dataDir, 'attack-terms.yaml')),
    );
  }

  /** Everything the engine finds in one prepared document. Pure and deterministic. */
  extract(doc: PreparedDocument): Extraction {
    return extractWith(this.gazetteer, this.actors, this.lexicon, doc);
  }

  /** The extraction with the trace of its stages, to see which stage and which words decided it. */
  explain(doc: PreparedDocument): { extraction: Extraction; trace: ExtractionTrace } {
    const trace: ExtractionTrace = { sentences: [], titleContext: false, titleStrong: false, countryVotes: {}, placeVotes: [] };
    return { extraction: extractWith(this.gazetteer, this.actors, this.lexicon, doc, trace), trace };
  }
}

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
  }[];
  /** The title names a context (test, trial, memorial…) or is an analysis piece. */
  titleContext: boolean;
  /** The title itself reports an attack, overriding its context. */
  titleStrong: boolean;
  /** Votes for the attack's country, before the 60 % cut. */
  countryVotes: Record<string, number>;
  /** Each place mention's vote: what it is in its sentence and how much it counted. */
  placeVotes: { name: string; country: string; use: string; locative: boolean; sentence: number; vote: number }[];
}

/** The extraction itself, over any place index (tests may pass a small one). */
export function extractWith(places: PlaceIndex, actors: ActorCatalog, lexicon: AttackLexicon, doc: PreparedDocument, trace?: ExtractionTrace): Extraction {
  const { tokens, text, titleEnd } = doc;
  const sentenceCount = tokens.length ? tokens[tokens.length - 1]!.sentence + 1 : 0;
  const facts = analyseSentences(tokens, lexicon, sentenceCount);
  const titleSentences = new Set<number>();
  for (let i = 0; i < titleEnd; i++) titleSentences.add(tokens[i]!.sentence);

  const evidence = facts.map((f, s) => isEvidence(f, titleSentences.has(s)));
  // The title says what the article is about: a title about a test, a trial, a sale, a counter-drone
  // system or a gas explosion makes attack words in the body background, unless the title itself
  // reports an attack in so many words ("Drone attack hits military parade").
  const titleFacts = [...titleSentences].map((s) => facts[s]!);
  const titleContext = titleFacts.some((f) => f.context.size > 0 || f.suppressed) || isAnalysisTitle(tokens, titleEnd);
  // A drill, test or course on an attack names the attack too: only a title saying that it happened
  // ("Drone attack hits military parade") overrides them.
  const titleStrong = titleFacts.some((f) =>
    isEvidence(withoutContext(f, f.strongTypes.size > 0 && (f.event || f.casualty) ? OVERRIDABLE_BY_STRONG : ALWAYS_OVERRIDABLE), true),
  );
  const titleEvidence = titleStrong || [...titleSentences].some((s) => evidence[s]);
  const contentSentences = [...facts.keys()].filter((s) => !titleSentences.has(s) && facts[s]!.end > facts[s]!.first);
  const leadEvidence = contentSentences.slice(0, LEAD_SENTENCES).some((s) => evidence[s]);
  const bodyEvidence = contentSentences.filter((s) => evidence[s]).length;
  // The lead says what the story is as much as the title: a bomb that killed its maker or old
  // ordnance found by children (anywhere in title or lead).
  const lead = contentSentences.slice(0, LEAD_SENTENCES);
  const mishap = [...titleSentences, ...lead].some((s) => facts[s]!.context.has('mishap'));
  const titleNamesAttack = titleFacts.some((f) => f.strongTypes.size > 0 && (f.event || f.casualty));
  // A missile fired into the sea, or hostages freed (in the first sentence, under a title that names
  // no attack in so many words).
  const leadLookAlike = !titleNamesAttack && lead.slice(0, 1).some((s) => LEAD_LOOK_ALIKES.some((c) => facts[s]!.context.has(c)));
  // "Why the Sahel is seeing more jihadist attacks": an explainer's title names attacks in general;
  // only one that says an attack happened or harmed ("…, as attack kills 12") is a report.
  const analysisTitle = isAnalysisTitle(tokens, titleEnd) && !titleNamesAttack;
  const isAttack = !mishap && !leadLookAlike && !analysisTitle && (!titleContext || titleStrong) && (titleEvidence || leadEvidence || bodyEvidence >= 3);
  if (trace) {
    trace.titleContext = titleContext;
    trace.titleStrong = titleStrong;
    trace.sentences = facts.map((f, s) => ({
      text: f.end > f.first ? text.slice(tokens[f.first]!.start, tokens[f.end - 1]!.end) : '',
      title: titleSentences.has(s),
      evidence: evidence[s]!,
      types: [...f.types],
      strong: f.strong,
      event: f.event,
      generic: f.generic,
      casualty: f.casualty,
      context: [...f.context],
      suppressed: f.suppressed,
      background: f.background,
    }));
  }

  // Actors first: their names hide place names inside them ("US forces", "Islamic State in Iraq").
  const actorMentions = actors.mentions(tokens, text);
  const masked = new Uint8Array(tokens.length);
  for (const m of actorMentions) for (let i = m.start; i < m.end; i++) masked[i] = 1;
  const dateline = findDateline(tokens, text, titleEnd);
  const forceCountries = new Set(actorMentions.flatMap((m) => (m.actor.country ? [m.actor.country] : [])));
  const placeMentions = resolvePlaces(tokens, text, places, { masked, titleEnd, dateline, contextCountries: forceCountries });

  const countries = isAttack ? attackCountries(placeMentions, facts, evidence, titleSentences, tokens, masked, places, dateline, text, trace) : [];
  if (isAttack && countries.length === 0) countries.push(...actorCountries(actorMentions));
  const fromDateline = dateline && countries.length > 0 ? datelinePlace(tokens, places, dateline, countries) : undefined;
  // An attack's places are those of the sentences that report it, in the countries where it
  // happened; any other document's are those it names as places.
  const sentenceTier = facts.map((f, s) => {
    if (titleSentences.has(s)) return 0;
    if (!isAttack) return 1;
    if (f.background || (f.context.size > 0 && ![...f.context].every((c) => TITLE_ONLY_CONTEXT.has(c)))) return null;
    if (evidence[s]) return 1;
    return f.attackWordAt.length > 0 || f.casualty ? 2 : null;
  });
  const unknownPlace = fromDateline !== undefined && namesUnknownPlace(tokens, (s) => (sentenceTier[s] ?? null) !== null, placeMentions, masked);
  const resolvedPlaces = selectPlaces(placeMentions, { sentenceTier, countries, dateline: fromDateline, unknownPlace }).map(toResolvedPlace);

  // Casualties: figures in sentences about this event (not totals, not history).
  const figures: Figure[] = [];
  const zeros: ('killed' | 'injured')[] = [];
  for (const f of facts) {
    if (f.context.size > 0 && ![...f.context].every((c) => TITLE_ONLY_CONTEXT.has(c))) continue;
    if (!f.background) figures.push(...findFigures(tokens, f.first, f.end, text));
    zeros.push(...findZeros(tokens, f.first, f.end));
  }
  // A digest of several dated events (OCHA, ACLED) has no one figure for "the" attack.
  const casualties = isAttack && !isDigest(tokens, facts, evidence) ? combineCasualties(figures, zeros) : { killed: null, injured: null };

  const resolvedActors = actorRoles([...actorMentions, ...nationalForces(tokens, facts, masked, places, actors)], facts, evidence, tokens);

  // Attack types: from the sentences that report the attack. A type named only by weak words
  // (attackers, "explosives") yields to the article's other types, as within a sentence.
  const typeSet = new Set<AttackType>();
  // "Israel strikes Beirut", "US, Britain strike Houthi targets": a country striking is an airstrike
  // unless the sentence names the weapon.
  for (const s of nationStrikes(tokens, masked, places)) {
    const f = facts[s]!;
    if (![...f.types].some((t) => t !== 'armed_assault')) f.types.add('airstrike');
  }
  const strongSet = new Set<AttackType>();
  for (let s = 0; s < facts.length; s++) {
    if (!evidence[s] || facts[s]!.background) continue;
    for (const t of facts[s]!.types) typeSet.add(t);
    for (const t of facts[s]!.strongTypes) strongSet.add(t);
    if (isAssaultByAttackers(tokens, facts[s]!, lexicon.data.cues)) {
      typeSet.add('armed_assault');
      strongSet.add('armed_assault');
    }
  }
  // Bomb words in an article about a suicide attack are the suicide attack ("suicide bomber blew
  // himself up"), except a vehicle bomb: a suicide car bomb is both.
  const suicideVehicleBomb = typeSet.has('suicide_attack') && hasVehicleBomb(tokens, lexicon.data.cues);
  if (suicideVehicleBomb) {
    typeSet.add('ied');
    strongSet.add('ied');
  }
  const attackTypes = isAttack
    ? ATTACK_TYPES.filter(
        (t) =>
          typeSet.has(t) &&
          !(t === 'ied' && typeSet.has('suicide_attack') && !suicideVehicleBomb) &&
          (strongSet.has(t) || !(DOC_YIELDS[t] ?? []).some((o) => o !== t && typeSet.has(o) && !yieldsBack(o, t, strongSet))),
      )
    : [];
  // An attack reported only as "an explosion ripped through…" is a bombing (also when a group
  // claimed it: "an explosion at a mosque … Islamic State claimed").
  if (isAttack && attackTypes.length === 0 && facts.some((f, s) => evidence[s] && f.blast)) attackTypes.push('ied');
  // "An attack by al-Shabaab" with no weapon named is an armed assault.
  if (
    isAttack &&
    attackTypes.length === 0 &&
    resolvedActors.some((a) => (a.role === 'perpetrator' || a.role === 'claimed') && NON_STATE_KINDS.has(actors.lookup(a.id)?.kind ?? ''))
  ) {
    attackTypes.push('armed_assault');
  }

  const targets = new Set<Target>();
  if (isAttack) for (let s = 0; s < facts.length; s++) if (evidence[s]) for (const t of facts[s]!.targets) targets.add(t);
  if (isAttack && resolvedPlaces.some((p) => p.kind === 'base')) targets.add('base');
  const targetList = [...targets].sort();
  return {
    isAttack,
    attackTypes,
    places: resolvedPlaces,
    countries,
    actors: resolvedActors,
    casualties,
    targets: targetList,
    severity: isAttack ? severityOf({ attackTypes, casualties, targets: targetList, places: resolvedPlaces }) : 'low',
  };
}

function analyseSentences(tokens: readonly Token[], lexicon: AttackLexicon, count: number): SentenceFacts[] {
  const cues = lexicon.data.cues;
  const facts: SentenceFacts[] = [];
  for (let s = 0; s < count; s++) {
    facts.push({
      types: new Set(),
      strongTypes: new Set(),
      weakTypes: new Set(),
      strong: false,
      event: false,
      generic: false,
      casualty: false,
      targets: new Set(),
      context: new Set(),
      suppressed: false,
      blast: false,
      killCue: false,
      background: false,
      attackWordAt: [],
      first: 0,
      end: 0,
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const f = facts[tokens[i]!.sentence]!;
    if (f.end === 0) f.first = i;
    f.end = i + 1;
    if (cues.harm.has(tokens[i]!.norm)) f.casualty = true;
  }
  for (const m of lexicon.matcher.match(tokens, { longestOnly: true })) {
    const f = facts[tokens[m.start]!.sentence]!;
    if (m.values.some((v) => v.kind === 'suppress')) {
      f.suppressed = true;
      continue;
    }
    const hypothetical = isHypothetical(tokens, m.start);
    for (const v of m.values) {
      switch (v.kind) {
        case 'type':
          (v.strong ? f.strongTypes : f.weakTypes).add(v.type);
          if (v.strong) f.types.add(v.type);
          if (v.strong && !hypothetical) f.strong = true;
          f.attackWordAt.push(m.start);
          break;
        case 'generic':
          f.generic = true;
          if (BLAST_WORDS.has(tokens[m.start]!.norm)) f.blast = true;
          f.attackWordAt.push(m.start);
          break;
        case 'event':
          // "attack" is both a generic attack word and a verb; as evidence it needs another verb.
          if (!hypothetical && !m.values.some((o) => o.kind === 'generic')) f.event = true;
          f.attackWordAt.push(m.start);
          break;
        case 'target':
          f.targets.add(v.target);
          break;
        case 'context':
          f.context.add(v.context);
          break;
        case 'cumulative':
          if (!(tokens[m.start]!.norm === 'since' && isComparisonSince(tokens, m.start))) f.background = true;
          break;
        case 'suppress':
          break;
      }
    }
  }
  for (const f of facts) {
    if (f.context.has('memory')) f.background = true;
    // "the 2014 school massacre, in which 147 people were killed": another event.
    if (hasYearAndRelative(tokens, f)) f.background = true;
    // "Between 10 and 16 November, 23 civilians were killed": a period, not one event.
    if (hasDateRange(tokens, f)) f.background = true;
    // "In 2017, more than 40 people were killed when a car bomb…": an earlier event.
    if (opensWithYear(tokens, f)) f.background = true;
    for (const t of f.weakTypes) if (!yieldsTo(t, f)) f.types.add(t);
    // Attackers killing or a vehicle driven into a crowd, with no weapon named, report an armed
    // assault; like other attacker words it yields to a kidnapping or suicide attack in the article.
    const cue = ![...f.types].some((t) => t !== 'armed_assault') && !f.blast ? (isRamming(tokens, f, cues) ? 'kill' : attackersKill(tokens, f, cues)) : null;
    if (cue) {
      // Killing is an assault in its own right; attacking or storming may be how a kidnapping or
      // a suicide attack began, so that one yields to them across the article.
      f.killCue = cue === 'kill';
      f.types.add('armed_assault');
      f.strong = true;
    }
  }
  return facts;
}

const PASSIVE_BETWEEN = new Set(['was', 'were', 'been', 'being', 'by']);
/**
 * "Gunmen invade wedding ceremony, kill 19 guests", "militants beheaded five": attackers doing
 * the killing, in the active voice, within a few words ("militants were killed" is not it).
 */
function attackersKill(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): 'kill' | 'assault' | null {
  for (let i = f.first; i < f.end; i++) {
    const w = tokens[i]!.norm;
    // "miners killed by an armed group", "killed by suspected militants": the passive.
    if (cues.killing.has(w) && tokens[i + 1]?.norm === 'by') {
      for (let j = i + 2; j < Math.min(f.end, i + 5); j++) {
        const a = tokens[j]!.norm;
        if (cues.attackers.has(a) || (tokens[j - 1]!.norm === 'armed' && cues.armed_groups.has(a))) return 'kill';
      }
    }
    if (!cues.attackers.has(w) || tokens[i - 1]?.norm === 'killed') continue;
    for (let j = i + 1; j < Math.min(f.end, i + 9); j++) {
      const v = tokens[j]!.norm;
      if (PASSIVE_BETWEEN.has(v)) break;
      if (cues.killing.has(v)) return isHypothetical(tokens, j) ? null : 'kill';
      if (cues.assaulting.has(v)) {
        if (isHypothetical(tokens, j)) return null;
        // "50 feared killed as bandits attack villages": with a killing in the sentence it is one.
        for (let k = f.first; k < f.end; k++) if (cues.killing.has(tokens[k]!.norm)) return 'kill';
        return 'assault';
      }
    }
  }
  return null;
}

/** "car bomb", "suicide truck bomber", "VBIED" anywhere in the document. */
function hasVehicleBomb(tokens: readonly Token[], cues: SentenceCues): boolean {
  const { vehicles, bombs, words } = cues.vehicle_bomb;
  return tokens.some((t, i) => words.has(t.norm) || (vehicles.has(t.norm) && bombs.has(tokens[i + 1]?.norm ?? '')));
}

/** A vehicle driven into or through a crowd: "ploughed his car into a crowd at a Christmas market". */
function isRamming(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  let vehicle = false;
  let verb = false;
  for (let i = f.first; i < f.end; i++) {
    const w = tokens[i]!.norm;
    if (cues.ramming.vehicles.has(w)) vehicle = true;
    if (cues.ramming.verbs.has(w)) verb = true;
    if (vehicle && verb && cues.ramming.crowds.has(w)) {
      for (let j = i - 1; j >= Math.max(f.first, i - 4); j--) if (tokens[j]!.norm === 'into' || tokens[j]!.norm === 'through') return true;
    }
  }
  return false;
}

const MONTH_NAMES = new Set([
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
]);
const isDay = (t: Token | undefined) => t !== undefined && /^\d{1,2}$/.test(t.norm) && Number(t.norm) >= 1 && Number(t.norm) <= 31;

/** "between 10 and 16 November", "from 3 to 9 March", "between Nov. 3 and Nov. 9". */
function hasDateRange(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < f.end; i++) {
    if (tokens[i]!.norm !== 'between' && tokens[i]!.norm !== 'from') continue;
    const window = tokens.slice(i + 1, Math.min(f.end, i + 7));
    const days = window.filter(isDay).length;
    const joined = window.some((t) => t.norm === 'and' || t.norm === 'to');
    if (days >= 2 && joined && window.some((t) => MONTH_NAMES.has(t.norm))) return true;
  }
  return false;
}

/** The dates ("3 November", "Nov. 3") of a sentence. */
function sentenceDates(tokens: readonly Token[], f: SentenceFacts): string[] {
  const out: string[] = [];
  for (let i = f.first; i < f.end; i++) {
    const t = tokens[i]!;
    if (!MONTH_NAMES.has(t.norm) || !t.capitalized) continue;
    const day = isDay(tokens[i - 1]) ? tokens[i - 1]! : isDay(tokens[i + 1]) ? tokens[i + 1]! : undefined;
    if (day) out.push(`${t.norm.slice(0, 3)} ${Number(day.norm)}`);
  }
  return out;
}

/** Several reporting sentences each with its own date: a digest of separate events. */
function isDigest(tokens: readonly Token[], facts: readonly SentenceFacts[], evidence: readonly boolean[]): boolean {
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

/**
 * "Hoodlums attacked a police station", "bandits attacked three villages, killing 50", "gunmen
 * abducted three workers and killed their escort": attackers who attack or kill with no weapon
 * named commit an armed assault (abducting alone is a kidnapping).
 */
function isAssaultByAttackers(tokens: readonly Token[], f: SentenceFacts, cues: SentenceCues): boolean {
  if ([...f.types].some((t) => t !== 'kidnapping' && !(t === 'armed_assault' && f.killCue)) || f.blast) return false;
  let attackers = false;
  let violence = f.generic;
  for (let i = f.first; i < f.end; i++) {
    if (cues.attackers.has(tokens[i]!.norm)) attackers = true;
    if (cues.killing.has(tokens[i]!.norm)) violence = true;
  }
  return attackers && violence;
}

/** "In 2017, …", "Since 2019 …", "Back in 2015 …": a sentence set in a past year. */
function opensWithYear(tokens: readonly Token[], f: SentenceFacts): boolean {
  for (let i = f.first; i < Math.min(f.end, f.first + 3); i++) {
    if ((tokens[i]!.norm === 'in' || tokens[i]!.norm === 'since') && /^(19|20)\d\d$/.test(tokens[i + 1]?.norm ?? '')) return true;
  }
  return false;
}

function hasYearAndRelative(tokens: readonly Token[], f: SentenceFacts): boolean {
  let year = false;
  let relative = false;
  for (let i = f.first; i < f.end; i++) {
    if (/^(19|20)\d\d$/.test(tokens[i]!.norm)) year = true;
    if (tokens[i]!.norm === 'which' && tokens[i - 1]?.norm === 'in') relative = true;
  }
  return year && relative;
}

/**
 * Weak words that only describe who attacked or with what stuff yield to a more specific type in
 * the same sentence: "gunmen abducted 20 students" is a kidnapping, "drones loaded with
 * explosives" a drone attack.
 */
const YIELDS: Partial<Record<AttackType, readonly AttackType[]>> = {
  armed_assault: ['drone', 'rocket', 'missile', 'mortar_artillery', 'airstrike', 'ied', 'suicide_attack', 'kidnapping'],
  ied: ['drone', 'rocket', 'missile', 'mortar_artillery', 'airstrike', 'suicide_attack'],
  // "Israeli strike", "US strike": the weapon, when named, says more.
  airstrike: ['drone', 'missile', 'rocket'],
  // Missiles fired by warplanes are part of the airstrike.
  missile: ['airstrike'],
};
/**
 * Across an article, types named only by weak words yield as within a sentence, except that
 * attackers described in passing ("the gunmen") yield only to kidnappings and suicide attacks: a
 * raid with shelling is both.
 */
const DOC_YIELDS: Partial<Record<AttackType, readonly AttackType[]>> = { ...YIELDS, armed_assault: ['kidnapping', 'suicide_attack'] };

/** Two weak types that yield to each other ("Tomahawk missiles" in an airstrike story) both stay. */
function yieldsBack(other: AttackType, t: AttackType, strong: ReadonlySet<AttackType>): boolean {
  return !strong.has(other) && (DOC_YIELDS[other] ?? []).includes(t);
}

function yieldsTo(weak: AttackType, f: SentenceFacts): boolean {
  const over = YIELDS[weak];
  return over?.some((t) => t !== weak && (f.types.has(t) || f.weakTypes.has(t))) ?? false;
}

/** "will strike", "threatened to attack", "could hit": not something that happened. */
function isHypothetical(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) return false;
    if (MODALS.has(t.norm)) return true;
    if (t.norm === 'to' && INTENT_BEFORE_TO.has(tokens[j - 1]?.norm ?? '')) return true;
    if (t.norm === 'not' || t.norm === 'never' || PREVENTION.has(t.norm)) return true;
  }
  return false;
}

/**
 * A sentence reports an attack when it names an attack type and says something happened (or
 * names the event itself: "airstrike", "roadside bomb"), or speaks of an attack with harm or a
 * target, and nothing in it makes it an exercise, test, plan, trial or memory.
 */
function isEvidence(f: SentenceFacts, inTitle: boolean): boolean {
  for (const c of f.context) if (inTitle || !TITLE_ONLY_CONTEXT.has(c)) return false;
  // "Gas leak causes apartment blast": a look-alike phrase explains the sentence's blast or harm.
  if (f.suppressed && f.types.size === 0) return false;
  if (f.types.size > 0 && (f.strong || f.event || f.generic || f.casualty)) return true;
  if (f.generic && (f.casualty || (f.event && f.targets.size > 0))) return true;
  return false;
}

function toResolvedPlace(e: PlaceEntry): ResolvedPlace {
  return { id: e.id, name: e.name, country: e.country, lat: e.lat, lon: e.lon, kind: e.kind };
}

/**
 * Countries where the attack happened: votes from places in the sentences that report it —
 * cities, regions and bases fully, a country name fully after "in"/"near"/"struck" and weakly
 * otherwise ("Russia launched…" names the attacker). Places elsewhere in the article count a
 * little, datelines and demonyms only when nothing better is there. Countries with at least 60%
 * of the top vote are kept.
 */
function attackCountries(
  mentions: readonly PlaceMention[],
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
  titleSentences: ReadonlySet<number>,
  tokens: readonly Token[],
  masked: Uint8Array,
  places: PlaceIndex,
  dateline: readonly [number, number] | null,
  text: string,
  trace?: ExtractionTrace,
): string[] {
  const votes = new Map<string, number>();
  const vote = (c: string, w: number) => votes.set(c, (votes.get(c) ?? 0) + w);
  for (const m of mentions) {
    const f = facts[m.sentence]!;
    let w = (m.entry.kind === 'country' ? (m.locative ? 2.5 : 0.4) : 3) * m.weight;
    if (titleSentences.has(m.sentence)) w *= 1.5;
    if (f.background) w *= 0.1;
    else if (!evidence[m.sentence]) w *= 0.3;
    vote(m.entry.country, w);
    trace?.placeVotes.push({ name: m.entry.name, country: m.entry.country, use: m.use, locative: m.locative, sentence: m.sentence, vote: w });
  }
  if (votes.size === 0 && dateline) {
    const key = tokens.slice(dateline[0], dateline[1]).map((t) => t.norm);
    for (let n = Math.min(4, key.length); n >= 1; n--) {
      const cands = places.candidates(key.slice(0, n).join(' '));
      const best = [...cands].sort((a, b) => b.population - a.population)[0];
      if (best) {
        vote(best.country, 0.8);
        break;
      }
    }
  }
  if (votes.size === 0) {
    // Demonyms in the reporting sentences ("a Syrian village", "Nigerian soldiers").
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.capitalized || !evidence[t.sentence]) continue;
      const dem = places.demonym(t.norm);
      // "Iranian-backed": a demonym glued to "backed" names a sponsor.
      const glued = text.slice(t.end, t.end + 1) === '-';
      if (dem && !glued) vote(dem, masked[i] ? 0.5 : 1);
    }
  }
  // "rockets fired toward southern Israeli communities": a demonym after a target word names the
  // target's country as a place would.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || masked[i] || !evidence[t.sentence]) continue;
    const dem = places.demonym(t.norm);
    if (!dem) continue;
    let j = i - 1;
    while (j > 0 && DIRECTION_WORDS.has(tokens[j]!.norm)) j--;
    if (TOWARD_WORDS.has(tokens[j]!.norm) && tokens[j]!.sentence === t.sentence) vote(dem, 2.5);
  }
  if (trace) trace.countryVotes = Object.fromEntries(votes);
  if (votes.size === 0) return [];
  const max = Math.max(...votes.values());
  return [...votes.entries()]
    .filter(([, w]) => w >= 0.6 * max)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c]) => c);
}

/** Words before a target: "fired at", "launched toward", "struck into". */
const TOWARD_WORDS = new Set(['at', 'toward', 'towards', 'into', 'against']);
const DIRECTION_WORDS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'the', 'north', 'south', 'east', 'west']);

/**
 * With no place at all: the one country where the named groups fight ("Naxals trigger IED"), else
 * the one country whose forces the text names ("six security personnel martyred" by ISPR).
 */
function actorCountries(mentions: readonly ActorMention[]): string[] {
  const one = (codes: (string | undefined)[]) => {
    const set = new Set(codes.filter((c) => c !== undefined));
    return set.size === 1 ? [...set] : [];
  };
  const groups = one(mentions.map((m) => m.actor.operatesIn));
  return groups.length > 0 ? groups : one(mentions.map((m) => (m.actor.kind === 'state_force' ? m.actor.country : undefined)));
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'from', 'across', 'inside', 'into', 'of', 'over', 'to', 'toward', 'towards']);
/** Reporting verbs: "the US military said, wounding…" does not make the speaker the attacker. */
const SPEECH_WORDS = new Set([
  'said',
  'says',
  'say',
  'told',
  'reported',
  'reports',
  'stated',
  'announced',
  'according',
  'confirmed',
  'claimed',
  'added',
  'statement',
]);
const STRIKE_VERBS = new Set(['strike', 'strikes', 'struck', 'striking', 'bombs', 'bombed', 'pounds', 'pounded']);

/** Sentences where a country or its people strike: "Israel strikes…", "US, Britain strike…". */
function nationStrikes(tokens: readonly Token[], masked: Uint8Array, places: PlaceIndex): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || masked[i] || !STRIKE_VERBS.has(tokens[i + 1]!.norm) || tokens[i + 1]!.sentence !== t.sentence) continue;
    if (places.candidates(t.norm).some((c) => c.kind === 'country') || places.demonym(t.norm)) out.add(t.sentence);
  }
  return out;
}

/** Verbs after a country's name that make the country the attacker: "Russia launched…". */
const ATTACKER_VERBS = new Set([
  'launched',
  'fired',
  'struck',
  'attacked',
  'bombed',
  'shelled',
  'pounded',
  'hit',
  'targeted',
  'strikes',
  'launches',
  'fires',
  'pounds',
  'attacks',
]);

/**
 * The state forces behind "Russian drones", "Israeli strikes", "Turkish airstrike", "Russia
 * launched…": a demonym or country name right before an attack word names that country's forces.
 */
function nationalForces(
  tokens: readonly Token[],
  facts: readonly SentenceFacts[],
  masked: Uint8Array,
  places: PlaceIndex,
  actors: ActorCatalog,
): ActorMention[] {
  const forces = new Map<string, Actor>();
  for (const a of actors.all()) if (a.kind === 'state_force' && a.country && !forces.has(a.country)) forces.set(a.country, a);
  const countryOf = (i: number): string | undefined => {
    const t = tokens[i];
    if (!t?.capitalized || masked[i]) return undefined;
    return places.demonym(t.norm) ?? places.candidates(t.norm).find((c) => c.kind === 'country')?.country;
  };
  const out: ActorMention[] = [];
  const attackStarts = new Set(facts.flatMap((f) => f.attackWordAt));
  for (let i = 0; i < tokens.length; i++) {
    const code = countryOf(i);
    if (!code) continue;
    const next = tokens[i + 1];
    if (!next || next.sentence !== tokens[i]!.sentence) continue;
    // "militants in Iraq fired…": a country after a preposition is a place, not the attacker
    // (a demonym there is still an adjective: "killed in Russian drone attack").
    if (PLACE_PREPOSITIONS.has(tokens[i - 1]?.norm ?? '') && !places.demonym(tokens[i]!.norm)) continue;
    if (attackStarts.has(i + 1) || attackStarts.has(i) || ATTACKER_VERBS.has(next.norm)) {
      const actor = forces.get(code);
      if (actor) out.push({ actor, start: i, end: i + 1, sentence: tokens[i]!.sentence });
    }
  }
  return out;
}

/** Role of each actor: claims, denials and blame from any sentence; perpetrators from the reporting ones. */
function actorRoles(
  mentions: readonly ActorMention[],
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
  tokens: readonly Token[],
): ResolvedActor[] {
  const roles = new Map<Actor, ResolvedActor['role']>();
  for (const m of mentions) {
    const role = mentionRole(m, facts[m.sentence]!, evidence[m.sentence]!, tokens);
    const prev = roles.get(m.actor);
    if (prev === undefined || ROLE_RANK[role] > ROLE_RANK[prev]) roles.set(m.actor, role);
  }
  // Named forces make the unspecified "soldiers"/"police" redundant.
  const namedForces = [...roles.keys()].some((a) => a.kind === 'state_force');
  const out: ResolvedActor[] = [];
  for (const [actor, role] of roles) {
    if (actor.id === 'security-forces' && namedForces) continue;
    out.push({ id: actor.id, name: actor.name, role });
  }
  out.sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || a.id.localeCompare(b.id));
  return out;
}

/** "an attack on X", "fired at the X": X is the target ("KABUL (AT News): X attacked…" is not). */
function afterTargetMarker(tokens: readonly Token[], start: number): boolean {
  const prev = tokens[start - 1]?.norm ?? '';
  if (TARGET_MARKERS.has(prev)) return true;
  return ARTICLE_WORDS.has(prev) && TARGET_MARKERS.has(tokens[start - 2]?.norm ?? '');
}
const ARTICLE_WORDS = new Set(['the', 'a', 'an']);

function mentionRole(m: ActorMention, f: SentenceFacts, isEvidenceSentence: boolean, tokens: readonly Token[]): ResolvedActor['role'] {
  const before = (words: ReadonlySet<string>, n: number) => {
    for (let j = m.start - 1; j >= Math.max(f.first, m.start - n); j--) if (words.has(tokens[j]!.norm)) return true;
    return false;
  };
  const after = (words: ReadonlySet<string>, n: number) => {
    for (let j = m.end; j < Math.min(f.end, m.end + n); j++) if (words.has(tokens[j]!.norm)) return true;
    return false;
  };
  // "X claimed responsibility", "X, which claimed the attack"
  if (after(CLAIM_WORDS, 4)) return 'claimed';
  // "X denied involvement", "a claim which X denies"
  if (after(DENY_WORDS, 4)) return 'denied';
  // "blamed X", "accused X of", "suspected X", "the blame … on X"
  if (before(BLAME_WORDS, 8) || (after(new Set(['blamed', 'suspected', 'accused']), 4) && tokens[m.end]?.norm !== 'of')) return 'blamed';
  if (isEvidenceSentence) {
    // "attack by X", "carried out by X"
    if (tokens[m.start - 1]?.norm === 'by' && f.attackWordAt.some((a) => a < m.start)) return 'perpetrator';
    // "X launched drones", "X fighters stormed": an attack word shortly after the actor, in the
    // active voice ("X were targeted", "X came under fire" and "X intercepted" make X the target).
    const next = f.attackWordAt.filter((a) => a >= m.end && a <= m.end + 4).sort((a, b) => a - b)[0];
    const passive = next !== undefined && tokens.slice(m.end, next).some((t) => PASSIVE_MARKERS.has(t.norm) || SPEECH_WORDS.has(t.norm));
    if (next !== undefined && !passive && !afterTargetMarker(tokens, m.start) && !DEFENCE_WORDS.has(tokens[next]!.norm)) {
      return 'perpetrator';
    }
  }
  return 'involved';
}
