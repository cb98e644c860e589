import { z } from 'zod';
import { AttackTypeSchema, CountryCodeSchema, SeveritySchema, TargetSchema } from '../vocabulary.js';

const IdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'ids are 1-64 lowercase letters, digits, "-" or "_"');

const NonEmptyText = z.string().trim().min(1, 'must not be empty');

export const NearSchema = z.object({
  place: NonEmptyText,
  km: z.number().positive().max(5000),
});

export const KeywordsSchema = z
  .object({
    any: z.array(NonEmptyText).default([]),
    all: z.array(NonEmptyText).default([]),
    none: z.array(NonEmptyText).default([]),
  })
  .strict();

/** What a document must show for a rule to match: every given key must hold, any value of a list may. */
export const RuleMatchSchema = z
  .object({
    attackTypes: z.array(AttackTypeSchema).min(1).optional(),
    countries: z.array(CountryCodeSchema).min(1).optional(),
    places: z.array(NonEmptyText).min(1).optional(),
    near: z.array(NearSchema).min(1).optional(),
    actors: z.array(NonEmptyText).min(1).optional(),
    /** What was hit: base, civilians, infrastructure, shipping, diplomatic. */
    targets: z.array(TargetSchema).min(1).optional(),
    keywords: KeywordsSchema.optional(),
  })
  .strict();

export const RuleSchema = z
  .object({
    id: IdSchema,
    name: z.string().trim().min(1).optional(),
    match: RuleMatchSchema.default({}),
    minSeverity: SeveritySchema.default('low'),
    /** Rules only consider attack reports unless told otherwise. */
    attacksOnly: z.boolean().default(true),
  })
  .strict();

export type Rule = z.infer<typeof RuleSchema>;
export type RuleMatch = z.infer<typeof RuleMatchSchema>;
export { IdSchema };
