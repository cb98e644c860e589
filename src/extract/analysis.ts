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
});
export type ResolvedPlace = z.infer<typeof ResolvedPlaceSchema>;

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
});
export type Casualties = z.infer<typeof CasualtiesSchema>;

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
});
export type Extraction = z.infer<typeof ExtractionSchema>;
