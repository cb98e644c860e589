/**
 * The engine's scoring weights, named. Two scores use them: which gazetteer entry a capitalised
 * name is (`PLACE_SCORE`, src/extract/places.ts), and which countries an attack happened in
 * (`COUNTRY_VOTE`, src/extract/stages/countries.ts). Only their order and ratios matter; each
 * comment says what the weight stands for.
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
  /** "Winder, Georgia": the name after the comma is the candidate's country or region. */
  commaCountryAfter: 5,
  /** "Georgia" read after "Winder,": the candidate is the earlier place's region or country. */
  commaCountryBefore: 6,
  /** A region that an unambiguous place of the text lies in ("Pathankot … in Punjab"). */
  regionOfAnchor: 3,
  /** Within `anchorKm` of an unambiguous place of the text. */
  nearAnchor: 1.5,
  anchorKm: 300,
  /** The two ends of a line named after them ("the Kirkuk-Ceyhan pipeline") lie within this distance. */
  routeKm: 2000,
} as const;

/** How much a place mention says the event happened there, by what it is in its sentence. */
export const MENTION_USE_WEIGHT = {
  place: 1,
  /** "US base", "Saudi-led": an adjective. */
  attribute: 0.1,
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
  /** "the Kirkuk-Ceyhan pipeline": one end of a line named after its ends, either of which may be far from the scene. */
  'route-end': 0.3,
  /** "on the Maiduguri-Damboa road": one end of the road where the attack happened, either of which may be far from the scene. */
  'road-end': 0.3,
  /** "sirens were heard in Rehovot": a warning sounded there; the rocket may have landed elsewhere. */
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
  /** An attack at sea: the one country where the attacking group fights, as a place would. */
  seaAttacker: 3,
  /** Countries with at least this share of the top vote are kept. */
  keepShare: 0.6,
} as const;
