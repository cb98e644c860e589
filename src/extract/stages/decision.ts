/**
 * Stage 2, attack or not: the title sets the topic, the lead says what the story is, and the
 * evidence of title, lead and body decides whether the article reports an attack.
 */
import type { AttackLexicon, ContextKind } from '../lexicon.js';
import type { Token } from '../normalize.js';
import { isYear, startsWithDigit } from '../numbers.js';
import { isDayNumber } from '../when.js';
import { WORDS } from '../words.js';
import { type BlastReading, isBlastStory, readBlast, readsAsAttack } from './agency.js';
import { hasRecentTime, readSentences, readsAsEvent, readsAsNonEvent, type SentenceReading } from './reading.js';
import { hasEventContext, isEvidence, type SentenceFacts } from './sentences.js';

/** Sentences after the title that count as the lead: a report says what happened in them. */
const LEAD_SENTENCES = 3;
/**
 * Words of an opening line that is only a dateline or a kicker ("Una, August 30", "सुकमा।",
 * "BREAKING"): with nothing of an attack in it, it takes no place among the lead sentences.
 */
const DATELINE_LINE_WORDS = 4;
/** Body sentences of evidence that make an article an attack report when title and lead are not. */
const BODY_EVIDENCE_SENTENCES = 3;
/**
 * Title contexts that an attack report in the title overrides: "attack foiled" (an intercepted
 * attack) and topics ("…as new cabinet arrives") always, tests, drills, sport and sales only for a
 * named attack ("Drone attack hits military parade"), never trials, plans or anniversaries.
 */
const ALWAYS_OVERRIDABLE: ReadonlySet<ContextKind> = new Set(['foiled', 'topic']);
const OVERRIDABLE_BY_STRONG: ReadonlySet<ContextKind> = new Set(['foiled', 'topic', 'exercise', 'test', 'sport', 'procurement', 'policing']);
/**
 * An airspace violation ("drones from Russia breach Polish airspace and are intercepted") yields only to a
 * title that names the attack with an act and its harm ("Drone violating airspace hits house, two
 * hurt"): a drone shot down at a border is the incursion's news. Such a title yields the contexts a
 * strong one does as well.
 */
const OVERRIDABLE_BY_HARM: ReadonlySet<ContextKind> = new Set([...OVERRIDABLE_BY_STRONG, 'incursion']);
/** Words from a cause opener to the attack noun it names: "after the deadly arson attacks". */
const CAUSE_NOUN_WINDOW = 3;
/** Contexts that make the whole article a look-alike when its first sentence has them. */
const LEAD_LOOK_ALIKES: readonly ContextKind[] = ['test', 'release', 'fiction', 'publication', 'procurement'];
/**
 * Contexts that, in the title or lead, say the harm came with no attack: a bomb that killed its
 * maker or an old shell (`mishap`), a killing in a family or money quarrel (`quarrel`); or that the
 * attack itself was make-believe, struck at a mock enemy or a range's target (`simulation`), which
 * even a title naming the strike does not outweigh ("Iskanders strike the notional enemy's airfield").
 */
const NO_ATTACK_CONTEXTS: readonly ContextKind[] = ['mishap', 'quarrel', 'simulation'];

/** What the title and lead decided. */
export interface AttackDecision {
  isAttack: boolean;
  /** Per sentence: it reports the attack. */
  evidence: boolean[];
  titleSentences: Set<number>;
  /** The title names a context (test, trial, memorial…) or is an analysis piece. */
  titleContext: boolean;
  /** The title itself reports an attack, overriding its context. */
  titleStrong: boolean;
  /** Per sentence: what it reports (an event, or a threat, statistic, habit or work). */
  readings: SentenceReading[];
  /** Who set off the blast and why, when the attack otherwise found is an explosion and nothing else. */
  blastReading: BlastReading | null;
}

/** `armedGroups`: tokens of the armed groups the actor catalogue names (agents of a blast). */
export function decideAttack(
  tokens: readonly Token[],
  titleEnd: number,
  sentenceFacts: readonly SentenceFacts[],
  lexicon: AttackLexicon,
  armedGroups: ReadonlySet<number>,
): AttackDecision {
  const titleSentences = new Set<number>();
  for (let i = 0; i < titleEnd; i++) titleSentences.add(tokens[i]!.sentence);
  // A release told after the kidnapping it ends is that kidnapping's sequel, not the story; an
  // arrest a title tells after the attack and its harm is that attack's news, not the title's topic.
  const arrestIsNews = arrestAfterAttack(
    tokens,
    [...titleSentences].map((s) => sentenceFacts[s]!),
  );
  const facts = sentenceFacts.map((f, s) => {
    const sequel = releaseAfterKidnapping(tokens, f) ? withoutContext(f, RELEASE) : f;
    return arrestIsNews && titleSentences.has(s) ? withoutContext(sequel, POLICING) : sequel;
  });

  // A sentence that reads as a threat, a statistic, a habit or a work's plot is no evidence, whatever
  // its attack words and harm ("the Taliban threatened a revenge attack", "fatalities from terrorist
  // attacks have increased by 195 percent").
  const readings = readSentences(tokens, facts);
  const reports = (f: SentenceFacts, s: number, inTitle: boolean) => isEvidence(f, inTitle) && !readsAsNonEvent(readings[s]!);
  // A sentence of history or running totals tells of no event of its own ("at least 7,000 people
  // have been killed by strikes since the war began"), unless it has its own recent time ("…on
  // Sunday, the latest in a series"). In the title, where it would decide the article, it is no
  // evidence; in the lead it is under a title silent on any attack (below).
  // A title cut in two ("قبل 9 سنوات.. تفجير الكرادة", nine years ago.. the Karrada bombing) is one
  // headline: the years elapsed in one part date the attack the other names with no act or harm.
  const titleRemembers = [...titleSentences].some((s) => facts[s]!.context.has('memory'));
  const datedByTitle = (s: number) => titleRemembers && titleSentences.has(s) && !facts[s]!.event && !facts[s]!.casualty;
  const current = (s: number) => (!facts[s]!.background && !datedByTitle(s)) || readings[s]!.recentTime;
  const evidence = facts.map((f, s) => reports(f, s, titleSentences.has(s)) && (!titleSentences.has(s) || current(s)));
  // "A man has been charged after four people were stabbed … on Saturday": the attack told after
  // its charge or inquiry, with its own recent time, is reported there.
  const toldAfterInquiry = facts.map(
    (f, s) => !titleSentences.has(s) && reportedAfterInquiry(tokens, f) && reports(withoutContext(f, INQUIRY_CONTEXTS), s, false),
  );
  for (const [s, told] of toldAfterInquiry.entries()) if (told) evidence[s] = true;
  // The title says what the article is about: a title about a test, a trial, a sale, a counter-drone
  // system or a gas explosion makes attack words in the body background, unless the title itself
  // reports an attack in so many words ("Drone attack hits military parade").
  const titleFacts = [...titleSentences].map((s) => facts[s]!);
  // A title that threatens or warns of attacks ("New video threatens attacks on Washington") is
  // about the threat as much as one about a trial is about the trial; so is one that names a threat
  // or a warning and nothing that happened ("Tehran voices a fresh threat to Israel"): the attacks
  // its body recalls are the threat's background.
  const titleThreat = [...titleSentences].some((s) => readings[s]!.cues.has('unreal') || threatWithoutEvent(tokens, facts[s]!));
  const titleContext = titleFacts.some((f) => f.context.size > 0 || f.suppressed) || titleThreat || isAnalysisTitle(tokens, titleEnd);
  // A drill, test or course on an attack names the attack too: only a title saying that it happened
  // ("Drone attack hits military parade") overrides them.
  const reportsDespiteContext = (s: number) => {
    const f = facts[s]!;
    const happened = f.strongTypes.size > 0 && (f.event || f.casualty);
    // An arrest's title names its attack as the cause even with a harm adjective ("Three held over
    // deadly ambush"); one with an act of its own ("…after he stabbed three") tells of the attack.
    const cause = happened ? !f.event && f.context.has('policing') && attacksAsCause(tokens, f, 'policing') : attacksAsCause(tokens, f, 'topic');
    if (cause || !current(s)) return false;
    const harmed = f.types.size > 0 && f.event && f.casualty;
    return reports(withoutContext(f, harmed ? OVERRIDABLE_BY_HARM : happened ? OVERRIDABLE_BY_STRONG : ALWAYS_OVERRIDABLE), s, true);
  };
  const titleStrong = [...titleSentences].some(reportsDespiteContext);
  // Such a title reports the attack: its types, places and actors count as a reporting sentence's.
  for (const s of titleSentences) if (reportsDespiteContext(s)) evidence[s] = true;
  const titleEvidence = titleStrong || [...titleSentences].some((s) => evidence[s]);
  const contentSentences = [...facts.keys()].filter((s) => !titleSentences.has(s) && facts[s]!.end > facts[s]!.first);
  // A title silent on any attack ("Aid trucks cross into Gaza") is about something else: a lead
  // sentence reports the attack only with a toll, or a named attack that reads as an event: it
  // happened, attackers acted ("Boko Haram attacked another village") or it has its time
  // ("yesterday two jets led an air strike"); not a passing mention ("as strikes continued", "one
  // of them fired a shot"). So is a title that tells of attacks only as history or a running total
  // ("7,000 killed in strikes since the war began"): it is about the total.
  const titleSilent = [...titleSentences].every((s) => saysNothingOfAttack(facts[s]!) || !current(s));
  // Nor a lead sentence of history or running totals ("a detailed account of the week in 1944 when
  // bombers raided…") unless it has its own recent time (`current`).
  // Under any title, a lead sentence of a period's total ("between January and June, 214 people
  // were killed in bandit attacks") tells of no event of its own unless it has its own recent time.
  const reportsInLead = (s: number) =>
    evidence[s]! &&
    (!facts[s]!.period || current(s)) &&
    (!titleSilent ||
      (current(s) &&
        !toldAsHistory(tokens, facts[s]!, readings[s]!) &&
        (facts[s]!.casualty || facts[s]!.tollNext || (facts[s]!.strong && readsAsEvent(readings[s]!)))));
  // The lead says what the story is as much as the title: a bomb that killed its maker or old
  // ordnance found by children (anywhere in title or lead). A dateline on a line of its own ("Una,
  // August 30") is not one of its sentences.
  const opensWithDateline = contentSentences.length > 0 && isDatelineLine(facts[contentSentences[0]!]!);
  const lead = contentSentences.slice(opensWithDateline ? 1 : 0, LEAD_SENTENCES + (opensWithDateline ? 1 : 0));
  const leadEvidence = lead.some(reportsInLead);
  const bodyEvidence = contentSentences.filter((s) => evidence[s]).length;
  const titleNamesAttack = titleFacts.some((f) => f.strongTypes.size > 0 && (f.event || f.casualty));
  // Not a generality after the first sentence under a title naming the attack: "Roadside bomb
  // kills 3" over "mines from past wars lie across the country and, with other devices, kill
  // 140 people every month" (wire copy's background paragraph).
  const generality = (s: number) => titleNamesAttack && lead.indexOf(s) > 0 && readsAsNonEvent(readings[s]!);
  // A bomb that went off early is still an attempted attack when a lead sentence, outside the
  // mishap's own words, tells of its attacker and of others harmed ("people were injured near a
  // mosque in a failed attack by a suicide bomber", before "he only killed himself"); an old mine
  // that killed a driver names no attacker.
  const attemptHarmedOthers = lead.some((s) => {
    const f = facts[s]!;
    return evidence[s]! && (f.attackersAct || f.types.has('suicide_attack')) && f.casualty && f.context.size === 0 && readsAsEvent(readings[s]!);
  });
  const mishap =
    (!attemptHarmedOthers && [...titleSentences, ...lead].some((s) => NO_ATTACK_CONTEXTS.some((c) => facts[s]!.context.has(c)) && !generality(s))) ||
    vehicleAccident([...titleSentences, ...lead].map((s) => facts[s]!)) ||
    (titleOpensWithYear(tokens, titleEnd) && lead.some((s) => facts[s]!.context.has('memory') || (facts[s]!.background && !readings[s]!.recentTime)));
  // A missile fired into the sea, hostages freed or weapons bought or supplied ("won a contract to
  // supply loitering munitions", in the first sentence), or a film, book or game
  // that title or lead speak of ("the highly dramatic film is based on…", "this game specialises
  // in…"), under a title that names no attack in so many words. So is a first sentence that reads
  // as a remembrance under a title where nothing happens ("Mayor honors mass shooting victims" over
  // "Today marks one year since the shooting…").
  const titleHappens = titleFacts.some((f) => f.event || f.casualty);
  const leadLookAlike =
    !titleNamesAttack &&
    (lead.slice(0, 1).some((s) => LEAD_LOOK_ALIKES.some((c) => facts[s]!.context.has(c)) || (!titleHappens && readings[s]!.cues.has('remembrance'))) ||
      [...titleSentences, ...lead].some((s) => readings[s]!.cues.has('work')));
  // "Why the Sahel is seeing more jihadist attacks": an explainer's title names attacks in general;
  // only one that says an attack happened or harmed ("…, as attack kills 12") is a report.
  const analysisTitle = (isAnalysisTitle(tokens, titleEnd) && !titleNamesAttack) || definesTitle(tokens, titleEnd, facts[lead[0] ?? -1]);
  // A report says that something happened. A title reporting the attack does, in headline style
  // ("Knife attack in Hamburg: one dead"). Otherwise a reporting sentence, or the title and lead
  // around one, must read as an event: a predicate of attack or harm ("struck", "killed", "gunmen
  // stormed", "two soldiers were wounded") or a recent time ("yesterday … led an air strike"),
  // outside recollections and contexts: attack nouns in the body alone name a kind of weapon or
  // violence ("a reconnaissance and strike drone", "has continued to launch drone and rocket
  // attacks", "the first trial over the bombing of a temple"), not an event.
  const opening = [...titleSentences, ...lead];
  // A sentence with its own recent time tells of this event even when it sets it in a series ("…
  // killed 12 civilians on Monday, the latest in a series of attacks over the last 18 months").
  const happens = (s: number) => current(s) && (toldAfterInquiry[s]! || !hasEventContext(facts[s]!)) && readsAsEvent(readings[s]!);
  const anchored = titleEvidence || evidence.some((e, s) => e && happens(s)) || (opening.some((s) => evidence[s]) && opening.some(happens));
  const accidentTitleYields = accidentTitleReportedAsAttack(titleFacts, lead.slice(0, 1), facts, evidence);
  const reported =
    anchored &&
    !mishap &&
    !leadLookAlike &&
    !analysisTitle &&
    (!titleContext ||
      titleStrong ||
      accidentTitleYields ||
      inquiryTitleOverFirstReport(tokens, titleFacts, lead, facts, readings, evidence, happens) ||
      (titleOnlyInquiry(titleFacts) && lead.some((s) => toldAfterInquiry[s]! && happens(s)))) &&
    (titleEvidence || leadEvidence || bodyEvidence >= BODY_EVIDENCE_SENTENCES);
  // An explosion is an attack when someone set it off or meant it: a blast the text puts down to
  // gas, a fault or old shells in any sentence ("the explosion, thought to come from the gas
  // supply, injured one"), or one at a depot or a works with nobody behind it, is that accident.
  // An accident title whose lead names the attack in so many words ("Mine blast kills four
  // soldiers" over "A roadside bomb killed four soldiers") has been read already.
  const blastReading =
    reported && !accidentTitleYields && isBlastStory(facts, evidence)
      ? readBlast(tokens, facts, evidence, lexicon.blastReading, lexicon.data.cues, armedGroups)
      : null;
  const isAttack = reported && (blastReading === null || readsAsAttack(blastReading));
  return { isAttack, evidence, titleSentences, titleContext, titleStrong, readings, blastReading };
}

/**
 * "Car ploughs into passers-by" over "the driver had lost control of his car, which hit people on
 * the pavement", or "Pedestrians struck" over "a car went out of control… the driver ploughed into a
 * crowd": when the only attack that title and lead tell is a vehicle driven into people, and one of
 * their sentences tells an accident (a driver who lost control or was taken ill, a pedal pressed by
 * mistake), it is a road accident. A title or lead naming an attack in other words ("Terror attack:
 * car rams crowd", a stabbing beside the ramming) is not explained so.
 */
function vehicleAccident(opening: readonly SentenceFacts[]): boolean {
  const onlyRams = opening.some((f) => f.rammed) && opening.every((f) => f.rammed || f.strongTypes.size === 0);
  return onlyRams && opening.some((f) => f.context.has('accident'));
}

/** Words a title's date may take before its year: "3 Juni 2012:", "June 3, 2012:", "11 de marzo de 2004:". */
const TITLE_DATE_WORDS = 5;

/**
 * The title opens with a date that carries its year ("June 3, 2012: Car bomb kills 15", "3 Juni
 * 2012: …", "11 de marzo de 2004: …", "On this day in 2012: …"): an anniversary piece's form when
 * the lead remembers the attack ("11 years ago", `memory`) or tells it as background, with no recent
 * time of its own; a page dated today whose lead reports the strike ("on Sunday morning") is news.
 */
function titleOpensWithYear(tokens: readonly Token[], titleEnd: number): boolean {
  for (let i = 0; i < Math.min(titleEnd, TITLE_DATE_WORDS); i++) {
    const t = tokens[i]!;
    if (isYear(t.norm)) return true;
    if (!isDayNumber(t) && !WORDS.month_names.has(t.norm) && !WORDS.title_date_words.has(t.norm)) return false;
  }
  return false;
}

const RELEASE: ReadonlySet<ContextKind> = new Set(['release']);

/**
 * "Gunmen on Sunday abducted 30 villagers, but five were later freed": a kidnapping told at its
 * own recent time, whose release of some captives follows in a later clause, is reported there; the
 * release is its sequel. A release story tells the kidnapping only as who the freed are or when
 * they were taken ("Fourteen villagers who were abducted in March have been set free", "Hostages
 * seized last month were released on Tuesday"): no recent time before a sequel word.
 */
function releaseAfterKidnapping(tokens: readonly Token[], f: SentenceFacts): boolean {
  if (!f.context.has('release')) return false;
  const kidnapAt = f.typeWordAt.filter((t) => t.type === 'kidnapping').map((t) => t.at);
  if (kidnapAt.length === 0) return false;
  const kidnap = Math.min(...kidnapAt);
  const release = Math.min(...f.contextWordAt);
  for (let j = kidnap + 1; j < release; j++) if (WORDS.sequel_joiners.has(tokens[j]!.norm)) return hasRecentTime(tokens, f.first, j);
  return false;
}

/** A sentence that names a threat or a warning and no act, harm or named attack ("Tehran voices a fresh threat to Israel"). */
function threatWithoutEvent(tokens: readonly Token[], f: SentenceFacts): boolean {
  if (f.event || f.casualty || f.happening || f.attackersAct || f.strongTypes.size > 0) return false;
  for (let i = f.first; i < f.end; i++) if (WORDS.threat_title_words.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * "Mine blast kills five soldiers" reads as a mining accident, but a first sentence naming an
 * attack in so many words with its victims ("A roadside bomb killed four troops
 * escorting a convoy") says what the accident words meant. Only the accident context yields so: a trial,
 * test or memorial names an attack too.
 */
function accidentTitleReportedAsAttack(
  titleFacts: readonly SentenceFacts[],
  firstSentence: readonly number[],
  facts: readonly SentenceFacts[],
  evidence: readonly boolean[],
): boolean {
  const onlyAccident = titleOnly(titleFacts, 'accident');
  return onlyAccident && firstSentence.some((s) => evidence[s]! && facts[s]!.strongTypes.size > 0 && facts[s]!.event && facts[s]!.casualty);
}

/**
 * "Police arrest man over shopping centre stabbing" is an arrest story; but when the lead itself
 * reports the attack as it happened ("Five people were hurt, three of them with stab wounds"), the
 * arrest is news of the same day and the article is the first report of the attack. So is a title
 * about the inquiry ("Detectives look into suspected terror ramming at town hall" over "A van
 * drove into shoppers … on Tuesday"). Only a title whose contexts are a charge, an arrest or an
 * inquiry and that names the attack by its means ("stabbing", "killing spree", "car attack")
 * yields so; a lead about the arrest, the inquiry or the trial ("arrested five suspects linked to
 * the bombing", "went on trial") or an older attack ("a shooting in 2019") is no report.
 */
function inquiryTitleOverFirstReport(
  tokens: readonly Token[],
  titleFacts: readonly SentenceFacts[],
  lead: readonly number[],
  facts: readonly SentenceFacts[],
  readings: readonly SentenceReading[],
  evidence: readonly boolean[],
  happens: (s: number) => boolean,
): boolean {
  const namesMeans = titleFacts.some((f) => f.strongTypes.size > 0);
  // "После взрыва в Махачкале задержаны двое подозреваемых": an arrest title that names the attack
  // by a generic word ("blast", "attack") yields only to a lead sentence of its own that tells the
  // attack and its harm, no arrest in it ("a blast went off … on Monday, killing three"); the
  // arrest's own sentence ("two were arrested over the attack that killed two last month") is none.
  const namesAttack = !namesMeans && onlyPolicing(titleFacts) && titleFacts.some((f) => f.generic);
  const firstReport = (s: number) => {
    const f = facts[s]!;
    const told = namesAttack ? (f.types.size > 0 || f.generic) && f.casualty && !f.context.has('policing') : f.types.size > 0;
    return evidence[s]! && told && !f.background && !toldAsHistory(tokens, f, readings[s]!) && !policeAction(tokens, f) && happens(s);
  };
  return titleOnlyInquiry(titleFacts) && (namesMeans || namesAttack) && lead.some(firstReport);
}

const POLICING: ReadonlySet<ContextKind> = new Set(['policing']);

/** Sentences whose only context, if any, is police action. */
const onlyPolicing = (facts: readonly SentenceFacts[]) => facts.every((f) => [...f.context].every((c) => POLICING.has(c)));

/**
 * "Karakola saldırı: 2 polis şehit, 3 kişi gözaltında", "حمله در زاهدان؛ دو مامور شهید و یک نفر
 * دستگیر شد": a title that tells the attack and its harm before the arrest, in one sentence or two,
 * reports both, the arrest being the same day's news. An arrest told first ("Suspect held over
 * attack that killed 15") or an attack named with no act or harm ("Bamako bombing: two suspects
 * arrested") is the arrest's story.
 */
function arrestAfterAttack(tokens: readonly Token[], titleFacts: readonly SentenceFacts[]): boolean {
  if (!onlyPolicing(titleFacts)) return false;
  // Police action that is no arrest ("Mueren cuatro delincuentes en enfrentamiento con policías") stays the title's topic.
  const arrests = titleFacts.flatMap((f) => (f.context.has('policing') ? f.contextWordAt : []));
  if (!arrests.every((at) => WORDS.arrest_words.has(tokens[at]!.norm))) return false;
  const attacks = titleFacts.flatMap((f) => f.attackWordAt);
  if (arrests.length === 0 || attacks.length === 0 || !titleFacts.some((f) => f.casualty || f.event)) return false;
  return Math.min(...attacks) < Math.min(...arrests);
}

/**
 * A lead sentence whose police words are not an arrest tells of the police's own action against
 * crime ("Police shot dead two suspected robbers in a shootout after a bank heist"): the violence
 * is theirs, not an attack's first report. One that arrests ("police arrested a man after he
 * stabbed three shoppers") still tells of the attack.
 */
function policeAction(tokens: readonly Token[], f: SentenceFacts): boolean {
  if (!f.context.has('policing')) return false;
  for (let i = f.first; i < f.end; i++) if (WORDS.arrest_words.has(tokens[i]!.norm)) return false;
  return true;
}

/**
 * The contexts of a charge, an arrest or an inquiry, which an attack told after them outlasts
 * (`plan` holds "was arrested", said of plotters as of attackers).
 */
const INQUIRY_CONTEXTS: ReadonlySet<ContextKind> = new Set(['legal', 'policing', 'plan']);

/**
 * "Man charged after shopping centre stabbing", "Investigation after mosque set alight": the
 * title's contexts are a charge, arrest or inquiry, named in it.
 */
function titleOnlyInquiry(titleFacts: readonly SentenceFacts[]): boolean {
  return titleFacts.some((f) => f.context.size > 0) && titleFacts.every((f) => !f.suppressed && [...f.context].every((c) => INQUIRY_CONTEXTS.has(c)));
}

/**
 * "Police have opened an investigation after a mosque was deliberately set on fire overnight", "A
 * man has been charged after four people were stabbed … on Saturday afternoon": every context
 * word is a charge, an arrest or an inquiry standing before "after", and the clause after it tells
 * of the attack at its own recent time; the inquiry is the same day's news, and the sentence the
 * attack's first report. An older attack ("after a stabbing last month", "in 2019") has no recent
 * time of its own.
 */
function reportedAfterInquiry(tokens: readonly Token[], f: SentenceFacts): boolean {
  if (f.context.size === 0 || ![...f.context].every((c) => INQUIRY_CONTEXTS.has(c))) return false;
  const contextEnd = Math.max(...f.contextWordAt);
  for (let a = contextEnd + 1; a < f.end; a++) {
    if (!WORDS.after_words.has(tokens[a]!.norm)) continue;
    return f.attackWordAt.some((w) => w > a) && hasRecentTime(tokens, a + 1, f.end);
  }
  return false;
}

/**
 * The title's one context is `kind`, named in it: a title made a context by something else (a
 * threat, "Why…") has no accident or arrest to yield.
 */
function titleOnly(titleFacts: readonly SentenceFacts[], kind: ContextKind): boolean {
  return titleFacts.some((f) => f.context.has(kind)) && titleFacts.every((f) => !f.suppressed && [...f.context].every((c) => c === kind));
}

/**
 * A title about a measure (`topic`) or an arrest (`policing`) that names, with no act, the attacks
 * that caused it ("Police deploy armoured vehicles after arson attacks", "Three held over deadly
 * ambush"): the measure is the news. Only attacks named by a
 * noun right after the opener; a clause ("after four travellers are stabbed") tells of the attack.
 */
function attacksAsCause(tokens: readonly Token[], f: SentenceFacts, measure: ContextKind): boolean {
  if (!f.context.has(measure) || f.attackWordAt.length === 0) return false;
  const at = Math.min(...f.attackWordAt);
  for (let i = Math.max(f.first, at - CAUSE_NOUN_WINDOW); i < at; i++) if (WORDS.cause_openers.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * A sentence whose attack is dated by a year ("that jihadists had burned in 2014"; with no recent
 * time, any year: "before they were driven out in 2017"), or that counts a war's dead with no
 * figure and no recent time ("which has seen thousands killed"): history or a war's total, not an
 * event. Read in a lead under a title silent on any attack.
 */
function toldAsHistory(tokens: readonly Token[], f: SentenceFacts, reading: SentenceReading): boolean {
  // Attackers acting ("jihadists had burned") are read from the cues, with no lexicon word: from the sentence's start.
  const firstAttackWord = f.attackWordAt.length > 0 ? Math.min(...f.attackWordAt) : f.first;
  let warScale = false;
  let figure = false;
  for (let i = f.first; i < f.end; i++) {
    const w = tokens[i]!.norm;
    // The year dates the attack when it follows the attack word, whatever else the sentence's time dates ("prayed on Sunday in a church that jihadists had burned in 2014").
    if (isYear(w) && i > f.first && WORDS.year_preps.has(tokens[i - 1]!.norm) && (i > firstAttackWord || !reading.recentTime)) return true;
    if (startsWithDigit(w)) figure = true;
    if (WORDS.war_scale_counts.has(w)) warScale = true;
  }
  return warScale && !figure && !reading.recentTime;
}

function isDatelineLine(f: SentenceFacts): boolean {
  return f.end - f.first <= DATELINE_LINE_WORDS && saysNothingOfAttack(f) && f.context.size === 0;
}

function saysNothingOfAttack(f: SentenceFacts): boolean {
  return f.types.size === 0 && !f.strong && !f.event && !f.generic && !f.casualty;
}

function withoutContext(f: SentenceFacts, kinds: ReadonlySet<ContextKind>): SentenceFacts {
  return { ...f, context: new Set([...f.context].filter((c) => !kinds.has(c))) };
}

/**
 * Titles that explain or argue rather than report: "Why the Houthis keep attacking ships", also
 * by an opener of two words ("¿Por qué aumentan los secuestros?").
 */
function isAnalysisTitle(tokens: readonly Token[], titleEnd: number): boolean {
  if (titleEnd === 0) return false;
  const first = tokens[0]!.norm;
  return WORDS.analysis_openers.has(first) || (titleEnd > 1 && WORDS.analysis_openers.has(`${first} ${tokens[1]!.norm}`));
}

/** Words of a term an encyclopedia entry defines: "Mosque arson", "Vehicle-ramming attack". */
const DEFINED_TERM_WORDS = 4;

/** Words of a site's or section's name that may come before the defined term ("ENSIKLOPEDIA.COM - Bom mobil merupakan…"). */
const TERM_PREFIX_WORDS = 3;

/**
 * An encyclopedia entry: the title is a short term and the first sentence opens with that term and
 * a verb of definition ("Mosque arson" over "Mosque arson is the burning of…", "Bom mobil merupakan…",
 * "Les voitures piégées sont…"), maybe after the site's name; what follows are the term's
 * definition and examples, not a report.
 */
function definesTitle(tokens: readonly Token[], titleEnd: number, first: SentenceFacts | undefined): boolean {
  if (!first || titleEnd === 0 || titleEnd > DEFINED_TERM_WORDS) return false;
  for (let offset = 0; offset <= TERM_PREFIX_WORDS; offset++) {
    const start = first.first + offset;
    if (start + titleEnd >= first.end) return false;
    let same = true;
    for (let i = 0; i < titleEnd && same; i++) same = tokens[start + i]!.norm === tokens[i]!.norm;
    if (same) return WORDS.definition_verbs.has(tokens[start + titleEnd]!.norm);
  }
  return false;
}
