/**
 * The engine's scoring weights, named. Three scores use them: which gazetteer entry a capitalised
 * name is (`PLACE_SCORE`, src/extract/places.ts), which countries an attack happened in
 * (`COUNTRY_VOTE`, src/extract/stages/countries.ts), and whether a sentence reports an event that
 * happened (`EVENT_READING`, src/extract/stages/reading.ts). Only their order and ratios matter; each
 * comment says what the weight stands for. Beside them, thresholds in the world's own units
 * (`PLACE_SIZE`: people) that the place stage weighs a town by.
 */

/** Points for each candidate entry of a name; the highest-scoring candidate is the place. */
export const PLACE_SCORE = {
  /** A country's name means the country ("Mali", not a town called Mali elsewhere). */
  country: 8,
  /** A base followed by "air base"/"airbase"/"camp": the text speaks of the base. */
  baseWithBaseWord: 6,
  /** A base named without a base word. */
  base: 1,
  /** A region followed or preceded by a region word ("Plateau state", "the state of Jalisco"). */
  regionWithRegionWord: 4,
  /** A region named bare. */
  region: 1.5,
  /**
   * A region more than `regionOverTownRatio` times as populous as every town of that name: the
   * news means the region ("in Sinaloa", "Dover, Delaware", "Antioquia"), not the village.
   */
  regionOverTown: 3,
  regionOverTownRatio: 10,
  /** A city scores by size: this many points per power of ten of its population. */
  cityPerPopulationDecade: 0.8,
  /** A non-base candidate when the name is followed by a base word and a base of that name exists. */
  notTheBase: -2,
  /** The candidate lies in a country the text names. */
  inNamedCountry: 2.5,
  /** The candidate lies in a country the text names by a demonym or by its forces. */
  inDemonymCountry: 1,
  /**
   * Round 21: the candidate lies in a country the text names only as the border the scene is near
   * ("in Kashmir … near the border with Pakistan"): the scene is beside that country, not in it.
   */
  inBorderCountry: -1,
  /** "Winder, Georgia": the name after the comma is the candidate's country or region. */
  commaCountryAfter: 5,
  /** "Georgia" read after "Winder,": the candidate is the earlier place's region or country. */
  commaCountryBefore: 6,
  /** "Pakistan-administered Kashmir": the candidate lies in the country said to hold the place. */
  controlledBy: 5,
  /** A region that an unambiguous place of the text lies in ("Pathankot … in Punjab"). */
  regionOfAnchor: 3,
  /** A district of a region the text names unambiguously ("Jammu and Kashmir's Poonch district"). */
  districtOfAnchor: 3,
  /** Within `anchorKm` of an unambiguous place of the text. */
  nearAnchor: 1.5,
  anchorKm: 300,
  /** The two ends of a line named after them ("the Kirkuk-Ceyhan pipeline") lie within this distance. */
  routeKm: 2000,
  /**
   * A town of a country the text names in no other way, farther than this from every place where
   * the text puts the scene, is a homonym when nothing in its writing marks it as a name
   * (`loneHomonyms`): farther than a cross-border strike reaches from a scene or a country's centre.
   */
  loneHomonymKm: 1000,
} as const;

/**
 * How big a town must be to stand as a place without the text's support (its countries, a nearby
 * place, "X, Country"; places.ts): a smaller town of that name may lie elsewhere.
 */
export const PLACE_SIZE = {
  /** A town this big is a place by itself, wherever the text names it. */
  standsAlone: 100_000,
  /** A town this big is one when named outside the title (or placed there by it); unsupported, it hardly counts for the country. */
  namedInText: 15_000,
} as const;

/** How much a place mention says the event happened there, by what it is in its sentence. */
export const MENTION_USE_WEIGHT = {
  place: 1,
  /** "US base", "Saudi-led": an adjective. */
  attribute: 0.1,
  /** "Jane Roe, 24, of Waycross", "Kentucky National Guardsmen": the victims' or their unit's home, not the scene. */
  home: 0,
  /** "rocket from Gaza": where the attack came from. */
  origin: 0.3,
  /** "the train to Peshawar": still where the victims were. */
  destination: 1,
  /** "near the border with Venezuela" says the scene is not in Venezuela. */
  border: 0.1,
  /** "Russia blames Kyiv", "authorities in Tehran": a government, not a scene. */
  government: 0,
  /** "a day after a drone killed a man in Tel Aviv". */
  'earlier-event': 0.3,
  /** "amid the wider war between Israel and Hamas": the land of the wider war, not the attack's scene. */
  war: 0.3,
  /** "the Kirkuk-Ceyhan pipeline": one end of a line named after its ends, either of which may be far from the scene. */
  'route-end': 0.3,
  /** "on the Maiduguri-Damboa road": one end of the road where the attack happened, either of which may be far from the scene. */
  'road-end': 0.3,
  /** "sirens sounded in Ashkelon": a warning sounded there; the rocket may have landed elsewhere. */
  warning: 0.3,
  /** A small place the text does not support (a town of that name may lie elsewhere). */
  unsupportedFactor: 0.2,
} as const;

/** Votes for the country of an attack, per place mention (before the `MENTION_USE_WEIGHT` factor). */
export const COUNTRY_VOTE = {
  /** A city, region or base: the attack happened there. */
  place: 3,
  /** A country's name after "in", "near", "at", "struck". */
  countryLocative: 2.5,
  /** A country's name elsewhere ("Russia launched…" names the attacker). */
  country: 0.4,
  /** A mention in the title counts this many times more. */
  titleFactor: 1.5,
  /** A mention in a background sentence (totals, history) counts this much. */
  backgroundFactor: 0.1,
  /** A mention in a sentence that does not report the attack counts this much. */
  notEvidenceFactor: 0.3,
  /** The dateline's place, only when no country has a `clearVote`. */
  dateline: 0.8,
  /** A vote this large says clearly where the attack happened (a place in a reporting sentence has 3). */
  clearVote: 1,
  /** A demonym in a reporting sentence, only when nothing else votes ("a Syrian village")… */
  demonym: 1,
  /** …or half that inside an actor's name ("Nigerian soldiers"). */
  demonymInActor: 0.5,
  /** A demonym after a target word: "fired toward southern Israeli towns". */
  demonymTarget: 2.5,
  /** Countries with at least this share of the top vote are kept. */
  keepShare: 0.6,
} as const;

/**
 * What a sentence with attack words reports: points for the grammar of one event that happened,
 * less for the grammar of threats, statistics, habits and works of fiction. A sentence scoring
 * below `notEvidenceBelow` reports no event (it is no evidence, even with attack words and harm);
 * one scoring `reportsEventFrom` or more says that something happened.
 */
export const EVENT_READING = {
  /** A predicate of attack: an event verb, attackers acting, "the attack occurred". */
  happened: 2,
  /** Harm to people: "killed", "wounded", "casualties". */
  harm: 2,
  /** A recent time: a weekday, "yesterday", "overnight", "last night", "at 3:30 p.m.". */
  recentTime: 2,
  /**
   * The sentence's first attack word is threatened, warned of, feared or conditional: it outweighs
   * an act with harm ("threatened a revenge attack after the killing of…"), not those and a time.
   */
  unreal: -5,
  /** Numbers of attacks or deaths changing over a period. */
  trend: -4,
  /**
   * A share of a period's toll ("a third of the deaths recorded this year were caused by drone
   * attacks"): always told with the harm and its cause, so it outweighs an act with harm, not those
   * and a recent time.
   */
  share: -5,
  /**
   * Attacks counted over a year ("32 kidnappings so far in 2023"): a statistic, as a trend is; an
   * act with harm and a recent time of its own still reports ("two bombings on Monday, 4 March 2024").
   */
  tally: -4,
  /** A film, book or game is what the sentence is about. */
  work: -4,
  /** A habit or generality: "frequent attacks", "such attacks rarely reach the capital". */
  habitual: -2,
  /** An anniversary or memorial with no act or harm of its own: "Today marks one year since the shooting". */
  remembrance: -2,
  notEvidenceBelow: 0,
  reportsEventFrom: 2,
} as const;

/**
 * Whether a stated figure is this event's toll (src/extract/attribution.ts): each figure starts
 * from where it stands and gains or loses by what its clause says; it counts when its score is
 * above zero. A lone signal against outweighs a plain body sentence, and a figure in the lead
 * survives one weak signal (a large figure) but not a series or a claim.
 */
export const TOLL_ATTRIBUTION = {
  /** A figure in the title or the first sentence: what the report is about. */
  lead: 1.5,
  /** A figure later in the text: this event's unless its clause says otherwise. */
  body: 0.5,
  /** "has risen to 105", "climbed to", "new toll": a later figure of the same event. */
  update: 1.5,
  /** Its subject or scope is a series or a war: "a bombing spree has killed 3,500", "in Syria's conflict". */
  series: -2.5,
  /** In a clause about an earlier event: "a day after six guards died in a similar blast". */
  earlierClause: -3,
  /** After a comparison: "the deadliest since a car bomb … in 2009, killing 125". */
  comparison: -3,
  /** The attackers' own count: "al Shabaab said 21 were killed", "He said attackers killed 15". */
  claim: -3,
  /** A guess: "could be as high as ten", "may increase to more than 50". */
  speculation: -3,
  /** An earlier report the text has revised: "after earlier reporting 11 dead", "up from 59". */
  superseded: -3,
  /** Outside the lead, more than `outlierRatio` times the lead's figure and not told as an update: a total. */
  outlier: -1.5,
  outlierRatio: 10,
} as const;

/**
 * Who set off a blast and why (src/extract/stages/agency.ts), read only when the article's attack
 * is an explosion and nothing else: each cue counts once. An article scoring `attackFrom` or more
 * reports an attack; with no cue at all (0) it does, as a plain "A bomb exploded in a market,
 * killing seven" does.
 */
export const BLAST_READING = {
  /** Someone set it off: planted, threw, a bomber, attackers or an armed group acting. */
  agent: 4,
  /** It was meant for someone: a target, a bombing, a claim, terror, sabotage. */
  intent: 3,
  /** A bomb, a device, a grenade: a weapon, made to harm, is named, not only an explosion. */
  weapon: 2,
  /**
   * The text names the cause as an accident (a leak, a fault, stored or old munitions, handling, a
   * drill) or says it was no attack: it outweighs an intent or a weapon, not an agent with either.
   */
  accidental_cause: -6,
  /**
   * Munitions left from a past war (a mine "left over from the war", "a shell he found"): the one
   * who laid them, and the armed groups a history names, acted long ago, so it outweighs an agent
   * with a weapon; not an agent with an intent and a weapon (a mine laid today for a patrol).
   */
  legacy_ordnance: -8,
  /** A workplace, a depot, a fuel station, an inquest: with no agent or intent, a blast there is an accident. */
  accident_setting: -2,
  /**
   * Bombs were being made ("bomb-making materials", "items used to make explosives"), read only
   * when a sentence reporting the blast sets it in a yard, a workshop or a works (`accident_setting`):
   * with that setting it outweighs a weapon named, the maker's own bomb. Police find such things in
   * a suspect's home after an attack too, which the blast's own sentence does not set there.
   */
  bomb_making: -2,
  attackFrom: 0,
} as const;
