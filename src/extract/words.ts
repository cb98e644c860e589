import path from 'node:path';
import { z } from 'zod';
import { ATTACK_TYPES } from '../vocabulary.js';
import { defaultDataDir, readRawDataFile, validateDataFile } from './data-file.js';
import { compiledDataFile, GRAMMAR_FILE } from './engine-data-file.js';

/** A list of normalised words, read as a set. */
const Words = z.array(z.string().min(1)).transform((words) => new Set(words));
/** A case-ending list: an ending → the endings of the name it may replace, in the file's order (declension.ts). */
const CaseEndings = z.record(z.string().min(1), z.array(z.string())).transform((endings) => Object.entries(endings));
/**
 * Words for figures: word → value. Without a prototype, so that article text such as "constructor"
 * or "toString" looks up nothing instead of an inherited function.
 */
const Figures = z
  .record(z.string(), z.number().int().nonnegative())
  .transform((figures): Record<string, number> => Object.assign(Object.create(null) as Record<string, number>, figures));
type Kind = 'killed' | 'injured';
/** Casualty words grouped by what they count, read as word → kind. */
const KindWords = z
  .object({ killed: z.array(z.string().min(1)), injured: z.array(z.string().min(1)) })
  .transform((g) => new Map<string, Kind>([...g.killed.map((w) => [w, 'killed'] as const), ...g.injured.map((w) => [w, 'injured'] as const)]));
/** Zero-casualty words grouped by which figures they make zero. */
const ZeroWords = z
  .object({ killed_and_injured: z.array(z.string().min(1)), killed: z.array(z.string().min(1)), injured: z.array(z.string().min(1)).default([]) })
  .transform(
    (g) =>
      new Map<string, readonly Kind[]>([
        ...g.killed_and_injured.map((w) => [w, ['killed', 'injured'] as const] as const),
        ...g.killed.map((w) => [w, ['killed'] as const] as const),
        ...g.injured.map((w) => [w, ['injured'] as const] as const),
      ]),
  );

/** config/data/grammar.yaml: the small words of how news is written, one list per question a stage asks. */
export const GrammarFileSchema = z
  .object({
    // sentences
    blast_words: Words,
    blast_causes: Words,
    war_scale_counts: Words,
    year_preps: Words,
    elapsed_year_nouns: Words,
    elapsed_before: Words,
    elapsed_after: Words,
    elapsed_span_openers: Words,
    age_when_words: Words,
    age_past_verbs: Words,
    modals: Words,
    intent_before_to: Words,
    prevention: Words,
    repelling_verbs: Words,
    passive_between: Words,
    passive_agents: Words,
    place_of_words: Words,
    month_names: Words,
    date_range_openers: Words,
    date_range_joiners: Words,
    // title and lead
    analysis_openers: Words,
    happening_verbs: Words,
    clause_joiners: Words,
    cause_openers: Words,
    arrest_words: Words,
    sequel_joiners: Words,
    // what a sentence reports, eighth round
    recent_time_words: Words,
    day_parts: Words,
    day_part_openers: Words,
    split_weekdays: Words,
    said_verbs: Words,
    agent_markers: Words,
    perpetration_verbs: Words,
    group_words: Words,
    weekdays: Words,
    clock_suffixes: Words,
    clock_openers: Words,
    threat_words: Words,
    threat_title_words: Words,
    conditional_openers: Words,
    conditional_closers: Words,
    threat_fillers: Words,
    trend_verbs: Words,
    trend_headline_words: Words,
    trend_subjects: Words,
    trend_measures: Words,
    habitual_words: Words,
    work_nouns: Words,
    work_determiners: Words,
    match_partners: Words,
    match_times: Words,
    // countries and forces
    toward_words: Words,
    fire_targets: Words,
    home_unit_words: Words,
    home_person_words: Words,
    guard_words: Words,
    guard_fillers: Words,
    copulas: Words,
    control_words: Words,
    war_scope_words: Words,
    shore_words: Words,
    earlier_event_verbs: Words,
    relative_pronouns: Words,
    rate_words: Words,
    direction_words: Words,
    territory_words: Words,
    scene_nouns: Words,
    border_posts: Words,
    place_prepositions: Words,
    strike_verbs: Words,
    attacker_verbs: Words,
    subject_auxiliaries: Words,
    attacker_participles: Words,
    attacker_crafts: Words,
    attacker_times: Words,
    conduct_verbs: Words,
    verb_last_auxiliaries: Words,
    // actor roles
    claim_words: Words,
    deny_words: Words,
    blame_words: Words,
    blamed_after: Words,
    target_markers: Words,
    hit_part_nouns: Words,
    self_pronouns: Words,
    part_articles: Words,
    count_nouns: Words,
    count_nouns_after: Words,
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
    slavic_place_prepositions: Words,
    slavic_case_endings: CaseEndings,
    cyrillic_case_endings: CaseEndings,
    cyrillic_adjective_endings: Words,
    indic_case_endings: CaseEndings,
    german_genitive_endings: CaseEndings,
    latin_case_endings: CaseEndings,
    cyrillic_group_endings: CaseEndings,
    cyrillic_adjective_bases: z.array(z.string()),
    region_words: Words,
    district_words: Words,
    district_name_words: Words,
    first_level_region_words: Words,
    member_nouns: Words,
    region_side_words: Words,
    region_countryside_words: Words,
    construct_articles: Words,
    name_suffixes: Words,
    name_prefixes: Words,
    person_titles: Words,
    turkish_side_locatives: Words,
    locatives_after: Words,
    korean_locative_particles: Words,
    locatives: Words,
    locative_nouns: Words,
    home_possessives: Words,
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
    capital_words: Words,
    rulers: Words,
    span_words: Words,
    reprisal_phrases: Words,
    from_fillers: Words,
    target_prepositions: Words,
    from_words: Words,
    from_locators: Words,
    from_phrases: Words,
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
    intransitive_casualty_words: Words,
    one_articles: Words,
    one_casualty: KindWords,
    bare_one_casualty: KindWords,
    about_words: Words,
    told_one_casualty: KindWords,
    another_person: Words,
    focus_markers: Words,
    before_figure: KindWords,
    zero_nouns: ZeroWords,
    unhurt: Words,
    negators: Words,
    post_negators: Words,
    nobody_verbs: ZeroWords,
    nobody_words: Words,
    safe_subjects: Words,
    aside_openers: Words,
    part_openers: Words,
    no_news: Words,
    auxiliaries: Words,
    verb_auxiliaries: Words,
    perfect_auxiliaries: Words,
    clause_subject_verbs: Words,
    verb_fillers: Words,
    day_words: Words,
    clause_breaks: Words,
    not_people: Words,
    toll_words: Words,
    plain_toll_nouns: Words,
    toll_level_words: Words,
    act_nouns: KindWords,
    superlatives: Words,
    person_nouns: Words,
    pair_nouns: Words,
    family_nouns: Words,
    adverb_endings: z.array(z.string().min(1)),
    plural_articles: Words,
    among_determiners: Words,
    attacker_nouns: Words,
    side_words: Words,
    reflexives: Words,
    bringing_verbs: Words,
    increment_words: Words,
    firing_aircraft: Words,
    defence_missile_words: Words,
    shooting_words: Words,
    vessel_words: Words,
    crew_words: Words,
    possessives: Words,
    noun_first_people: Words,
    roundup_prepositions: Words,
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
    means_nouns: Words,
    earlier_openers: z.array(z.string().min(1)).transform((phrases) => phrases.map((p) => p.split(' '))),
    // numbers
    vague: Words,
    range_joiners: Words,
    number_units: Figures,
    number_tens: Figures,
    number_scales: Figures,
    number_round: Figures,
    number_teens: Figures,
    teen_units: Figures,
    number_joiners: Words,
    another_words: Words,
    light_infinitives: Words,
    article_weekdays: Words,
    units_first_tens: Words,
    times_twenty: Words,
    dual_nouns: z.record(z.string(), z.object({ endings: z.array(z.string().min(1)), stems: z.array(z.string().min(1)) })),
    compound_numbers: z.record(
      z.string(),
      z.object({
        tens: z.record(z.string(), z.number().int().positive()),
        units: z.record(z.string(), z.number().int().positive()),
        joiner: z.string().min(1).optional(),
        units_first: z.boolean().optional(),
        elide: z.boolean().optional(),
      }),
    ),
    hedges: z.array(z.string().min(1)).transform((phrases) => phrases.map((p) => p.split(' '))),
    additive_hedges: Words,
    other_words: Words,
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
    age_markers: Words,
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
    unit_names: Words,
    time_opener_skips: Words,
    time_preps: Words,
    event_anaphors: Words,
    anaphor_determiners: Words,
    drone_words: Words,
    launch_verbs: Words,
    also_words: Words,
    carry_verbs: Words,
    verb_last_drops: Words,
    rocket_or_missile_words: Words,
    separate_openers: z.array(z.string().min(1)).transform((phrases) => phrases.map((p) => p.split(' '))),
    warning_shot_phrases: z.array(z.string().min(1)).transform((phrases) => phrases.map((p) => p.split(' '))),
    correction_words: Words,
    wounding_words: Words,
    shot_targets: Words,
    arson_words: Words,
    search_words: Words,
    doubt_words: Words,
    crewed_aircraft: Words,
    raid_nouns: Words,
    striking_forces: Words,
    strike_nouns: Words,
    instrument_words: Words,
    raid_ordinals: Words,
    ground_raid_words: Words,
    own_means: z.partialRecord(
      z.enum(ATTACK_TYPES),
      z.object({
        words: Words,
        heard_after: Words.optional(),
        acting: Words.optional(),
      }),
    ),
    bombardment_words: Words,
    shelling_words: Words,
    gunfight_words: Words,
    force_agents: Words,
    // facts, tenth round
    earlier_report_adverbs: Words,
    report_verbs: Words,
    relative_adverbs: Words,
    of_whom: Words,
    inclusion_verbs: Words,
    hospital_verbs: Words,
    hospital_nouns: Words,
    fatal_adverbs: Words,
    life_incompatible: Words,
    living_nouns: Words,
    lose_verbs: Words,
    verb_negators: Words,
    life_determiners: Words,
    lost_lives: Words,
    ago_words: Words,
    recent_spans: Words,
    life_nouns: Words,
    life_taking_verbs: Words,
    lives_taken: Words,
    half_words: Words,
    of_words: Words,
    to_words: Words,
    guarded_numbers: Figures,
    guarded_verb_followers: Words,
    body_nouns: Words,
    suffer_verbs: Words,
    armed_words: Words,
    armed_people: Words,
    people_words: Words,
    plural_attack_nouns: Words,
    degree_words: Words,
    sequence_words: Words,
  })
  .strict()
  .transform((g) => ({
    ...g,
    name_suffixes: new Set([...g.base_words, ...g.region_words, ...g.name_suffixes]),
    not_people: new Set([...g.not_people, ...g.counted_things, ...g.age_words]),
    number_units: withDuals(withCompoundNumbers(g.number_units, Object.values(g.compound_numbers)), Object.values(g.dual_nouns)),
  }));

/** The figures with each dual noun as 2 ("فلسطينيان"): a stem and a dual ending. */
function withDuals(units: Record<string, number>, duals: readonly { endings: readonly string[]; stems: readonly string[] }[]): Record<string, number> {
  for (const d of duals) for (const stem of d.stems) for (const ending of d.endings) units[stem + ending] ??= 2;
  return units;
}

const STARTS_WITH_VOWEL_RE = /^[aeiou]/;

/**
 * The units with the one-word numbers of tens and unit built from their parts ("veintidós",
 * "dreiundzwanzig", "ventotto"), so that every form is there without being listed by hand.
 */
function withCompoundNumbers(
  units: Record<string, number>,
  compounds: readonly { tens: Record<string, number>; units: Record<string, number>; joiner?: string; units_first?: boolean; elide?: boolean }[],
): Record<string, number> {
  const out = Object.assign(Object.create(null) as Record<string, number>, units);
  for (const c of compounds) {
    const joiner = c.joiner ?? '';
    for (const [tens, t] of Object.entries(c.tens)) {
      for (const [unit, u] of Object.entries(c.units)) {
        const forms = c.units_first ? [unit + joiner + tens] : [tens + joiner + unit];
        // Italian "ventuno", "trentotto": the tens' last vowel drops before a unit's first.
        if (c.elide && STARTS_WITH_VOWEL_RE.test(unit)) forms.push(tens.slice(0, -1) + joiner + unit);
        for (const form of forms) out[form] ??= t + u;
      }
    }
  }
  return out;
}
export type Grammar = z.infer<typeof GrammarFileSchema>;

const grammarPath = path.join(defaultDataDir(), GRAMMAR_FILE);

/**
 * The grammar words, read once when the engine's modules load (from the compiled engine data when
 * it is fresh, else from the YAML). They describe English and the wire languages, not a
 * deployment, so they come from the package's own config/data.
 */
export const WORDS: Grammar = validateDataFile(
  compiledDataFile(GRAMMAR_FILE) ?? readRawDataFile(grammarPath, 'grammar words'),
  GrammarFileSchema,
  grammarPath,
  'grammar words',
);
