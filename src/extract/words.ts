import path from 'node:path';
import { z } from 'zod';
import { defaultDataDir, readDataFile } from './data-file.js';

/** A list of normalised words, read as a set. */
const Words = z.array(z.string().min(1)).transform((words) => new Set(words));
/** Words for figures: word → value. */
const Figures = z.record(z.string(), z.number().int().nonnegative());
type Kind = 'killed' | 'injured';
/** Casualty words grouped by what they count, read as word → kind. */
const KindWords = z
  .object({ killed: z.array(z.string().min(1)), injured: z.array(z.string().min(1)) })
  .transform((g) => new Map<string, Kind>([...g.killed.map((w) => [w, 'killed'] as const), ...g.injured.map((w) => [w, 'injured'] as const)]));
/** Zero-casualty words grouped by which figures they make zero. */
const ZeroWords = z
  .object({ killed_and_injured: z.array(z.string().min(1)), killed: z.array(z.string().min(1)) })
  .transform(
    (g) =>
      new Map<string, readonly Kind[]>([
        ...g.killed_and_injured.map((w) => [w, ['killed', 'injured'] as const] as const),
        ...g.killed.map((w) => [w, ['killed'] as const] as const),
      ]),
  );

/** config/data/grammar.yaml: the small words of how news is written, one list per question a stage asks. */
export const GrammarFileSchema = z
  .object({
    // sentences
    blast_words: Words,
    blast_causes: Words,
    modals: Words,
    intent_before_to: Words,
    prevention: Words,
    passive_between: Words,
    month_names: Words,
    // title and lead
    analysis_openers: Words,
    happening_verbs: Words,
    clause_joiners: Words,
    cause_openers: Words,
    // what a sentence reports, eighth round
    recent_time_words: Words,
    day_parts: Words,
    day_part_openers: Words,
    said_verbs: Words,
    agent_markers: Words,
    weekdays: Words,
    clock_suffixes: Words,
    threat_words: Words,
    threat_fillers: Words,
    trend_verbs: Words,
    trend_headline_words: Words,
    trend_subjects: Words,
    trend_measures: Words,
    habitual_words: Words,
    work_nouns: Words,
    work_determiners: Words,
    // countries and forces
    toward_words: Words,
    fire_targets: Words,
    home_unit_words: Words,
    earlier_event_verbs: Words,
    relative_pronouns: Words,
    rate_words: Words,
    direction_words: Words,
    territory_words: Words,
    place_prepositions: Words,
    strike_verbs: Words,
    attacker_verbs: Words,
    subject_auxiliaries: Words,
    attacker_participles: Words,
    // actor roles
    claim_words: Words,
    deny_words: Words,
    blame_words: Words,
    blamed_after: Words,
    target_markers: Words,
    count_nouns: Words,
    article_words: Words,
    passive_markers: Words,
    defence_words: Words,
    speech_words: Words,
    source_nouns: Words,
    // places
    particles: Words,
    base_words: Words,
    water_words: Words,
    border_words: Words,
    polish_locative_endings: z.record(z.string().min(1), z.string()).transform((endings) => Object.entries(endings)),
    cyrillic_case_endings: z.record(z.string().min(1), z.array(z.string())).transform((endings) => new Map(Object.entries(endings))),
    cyrillic_adjective_endings: Words,
    indic_case_endings: z.record(z.string().min(1), z.array(z.string())).transform((endings) => new Map(Object.entries(endings))),
    cyrillic_adjective_bases: z.array(z.string()),
    region_words: Words,
    first_level_region_words: Words,
    member_nouns: Words,
    region_side_words: Words,
    region_countryside_words: Words,
    construct_articles: Words,
    name_suffixes: Words,
    name_prefixes: Words,
    person_titles: Words,
    locatives: Words,
    of_locatives: Words,
    common_words: Words,
    title_case_lower: Words,
    not_adjective_next: Words,
    metonym_verbs: Words,
    blame_before: Words,
    locator_words: Words,
    locator_fillers: Words,
    close_bearing_words: Words,
    clock_words: Words,
    officials: Words,
    speech_before_in: Words,
    media_words: Words,
    rulers: Words,
    span_words: Words,
    from_fillers: Words,
    settlement_words: Words,
    road_words: Words,
    road_pair_openers: Words,
    road_pair_joiners: Words,
    kilometre_units: Words,
    mile_units: Words,
    warning_words: Words,
    destination_fillers: Words,
    proximity_before_to: Words,
    // casualties
    after_figure: KindWords,
    one_articles: Words,
    one_casualty: KindWords,
    before_figure: KindWords,
    zero_nouns: ZeroWords,
    unhurt: Words,
    negators: Words,
    nobody_verbs: ZeroWords,
    nobody_words: Words,
    safe_subjects: Words,
    aside_openers: Words,
    part_openers: Words,
    no_news: Words,
    auxiliaries: Words,
    verb_auxiliaries: Words,
    day_words: Words,
    clause_breaks: Words,
    not_people: Words,
    toll_words: Words,
    superlatives: Words,
    person_nouns: Words,
    pair_nouns: Words,
    attacker_nouns: Words,
    possessives: Words,
    object_markers: Words,
    singular_lead: Words,
    injury_adjectives: Words,
    killed_by_two_words: Words,
    claim_verbs: Words,
    casualty_totals: Words,
    to_death_verbs: Words,
    list_joiners: Words,
    hostile_nouns: Words,
    after_words: Words,
    compass_names: Words,
    compass_of: Words,
    force_words: Words,
    earlier_openers: z.array(z.string().min(1)).transform((phrases) => phrases.map((p) => p.split(' '))),
    // numbers
    vague: Words,
    range_joiners: Words,
    number_units: Figures,
    number_tens: Figures,
    number_scales: Figures,
    number_round: Figures,
    hedges: z.array(z.string().min(1)).transform((phrases) => phrases.map((p) => p.split(' '))),
    additive_hedges: Words,
    // actors
    case_sensitive_words: Words,
    // detection, sixth round
    blast_sites: Words,
    blast_site_links: Words,
    legacy_words: Words,
    legacy_wars: Words,
    // facts, seventh round
    wound_nouns: Words,
    counted_things: Words,
    claim_reporting: Words,
    age_words: Words,
    // facts, eighth round
    series_nouns: Words,
    series_counters: Words,
    war_nouns: Words,
    likelihood_words: Words,
    rise_words: Words,
    speculation_verbs: Words,
    speaker_pronouns: Words,
    own_possessives: Words,
    claim_objects: Words,
    unit_nouns: Words,
    time_opener_skips: Words,
    time_preps: Words,
    event_anaphors: Words,
    anaphor_determiners: Words,
    drone_words: Words,
    launch_verbs: Words,
    also_words: Words,
    carry_verbs: Words,
    separate_openers: z.array(z.string().min(1)).transform((phrases) => phrases.map((p) => p.split(' '))),
    correction_words: Words,
    wounding_words: Words,
    shot_targets: Words,
    arson_words: Words,
    search_words: Words,
    doubt_words: Words,
    crewed_aircraft: Words,
    raid_nouns: Words,
    bombardment_words: Words,
    shelling_words: Words,
    gunfight_words: Words,
    force_agents: Words,
  })
  .strict()
  .transform((g) => ({
    ...g,
    name_suffixes: new Set([...g.base_words, ...g.region_words, ...g.name_suffixes]),
    not_people: new Set([...g.not_people, ...g.counted_things, ...g.age_words]),
  }));
export type Grammar = z.infer<typeof GrammarFileSchema>;

/**
 * The grammar words, read once when the engine's modules load. They describe English and the
 * wire languages, not a deployment, so they come from the package's own config/data.
 */
export const WORDS: Grammar = readDataFile(path.join(defaultDataDir(), 'grammar.yaml'), GrammarFileSchema, 'grammar words');
