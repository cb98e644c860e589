import { z } from 'zod';
import { AttackTypeSchema, CountryCodeSchema, PlaceKindSchema, SeveritySchema, TargetSchema } from '../vocabulary.js';

/** A document as the extraction engine sees it (contract 1 input: only `title` is required). */
export const DocumentInputSchema = z.object({
  id: z.string().nullish(),
  title: z.string(),
  content: z.string().nullish(),
  link: z.string().nullish(),
  published: z.string().nullish(),
});
export type DocumentInput = z.infer<typeof DocumentInputSchema>;

export const ResolvedPlaceSchema = z.object({
  /** Stable gazetteer id (e.g. "geonames:95446", "base:ain-al-asad", "country:IQ"). */
  id: z.string(),
  name: z.string(),
  country: CountryCodeSchema,
  lat: z.number(),
  lon: z.number(),
  kind: PlaceKindSchema,
  /**
   * The name shown to readers: the text's own spelling ("Kut"), else the gazetteer's name without
   * transliteration marks ("Al Kut" for "Al Kūt"). `name` stays the gazetteer's, which grouping
   * compares; extractions stored before round 7 have no label.
   */
  label: z.string().optional(),
  /**
   * Named only as an end of the road where the attack happened ("on the Najaf-Karbala road"): the
   * scene is somewhere along the road, not in this town.
   */
  roadEnd: z.literal(true).optional(),
});
export type ResolvedPlace = z.infer<typeof ResolvedPlaceSchema>;

/** How a place is shown in alerts, /lookup, maps and digests. */
export function placeLabel(p: Pick<ResolvedPlace, 'name' | 'label'>): string {
  return p.label ?? p.name;
}

export const ActorRoleSchema = z.enum(['perpetrator', 'involved', 'claimed', 'denied', 'blamed']);
export const ResolvedActorSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: ActorRoleSchema,
});
export type ResolvedActor = z.infer<typeof ResolvedActorSchema>;

export const CasualtiesSchema = z.object({
  killed: z.number().int().nonnegative().nullable(),
  injured: z.number().int().nonnegative().nullable(),
  /**
   * Of the killed, how many the text says were first wounded and have since died ("two more
   * wounded guards have died"): merging moves them from an incident's injured to its killed.
   */
  diedOfWounds: z.number().int().positive().optional(),
});
export type Casualties = z.infer<typeof CasualtiesSchema>;

export const TimeOfDaySchema = z.enum(['day', 'night']);
export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;

/**
 * What a report's title says of the one attack it is about (the headline stage), which incident
 * grouping compares between reports: a body often recalls other attacks, its headline does not.
 */
export const HeadlineSchema = z.object({
  /** The means of attack the title names, in order of first mention. */
  attackTypes: z.array(AttackTypeSchema),
  /** The means of an earlier attack the title sets its own against ("… hours after a drone strike"), when it differs. */
  earlierAttackType: AttackTypeSchema.nullable(),
  /** Kinds of place the title says were hit ("home", "school", "market"), in order of first mention. */
  hitPlaces: z.array(z.string()),
  timeOfDay: TimeOfDaySchema.nullable(),
  /** The words that announce the attack as another one ("second shooting"), or null. */
  announcesAnother: z.string().nullable().default(null),
  /** The words that tell of a repeat of an earlier day's or night's attack ("again"), or null. */
  repeats: z.string().nullable().default(null),
  /** The words by which the title sums up several attacks ("across", "wave of"), or null. */
  sumsUp: z.string().nullable().default(null),
  /** The words by which the title tells of the aftermath of an attack ("condemns", "toll rises", "funerals held"), or null. */
  aftermath: z.string().nullable().default(null),
});
export type Headline = z.infer<typeof HeadlineSchema>;

/** A title that says none of these things; also what an extraction stored before the headline stage reads as. */
export const noHeadline = (): Headline => ({
  attackTypes: [],
  earlierAttackType: null,
  hitPlaces: [],
  timeOfDay: null,
  announcesAnother: null,
  repeats: null,
  sumsUp: null,
  aftermath: null,
});

/** Target categories that raise severity (see alerts/severity.ts). */

/** What the extraction engine finds in one document (contract 1, without rule matches). */
export const ExtractionSchema = z.object({
  isAttack: z.boolean(),
  attackTypes: z.array(AttackTypeSchema),
  places: z.array(ResolvedPlaceSchema),
  countries: z.array(CountryCodeSchema),
  actors: z.array(ResolvedActorSchema),
  casualties: CasualtiesSchema,
  targets: z.array(TargetSchema),
  severity: SeveritySchema,
  headline: HeadlineSchema.default(noHeadline),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
