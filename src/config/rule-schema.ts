import { z } from 'zod';
import { ATTACK_TYPES, SeveritySchema, TargetSchema } from '../vocabulary.js';
import { quotedSuggestions } from './suggest.js';
import { resolveAttackType, resolveCountry, suggestAttackTypes, suggestCountries } from './terms.js';

const IdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'ids are 1-64 lowercase letters, digits, "-" or "_"');

/** A country as people write it ("iq", "IQ", "Iraq"), kept as its ISO 3166-1 alpha-2 code. */
const CountryInputSchema = z.string().transform((text, ctx) => {
  const code = resolveCountry(text);
  if (code) return code;
  ctx.addIssue({
    code: 'custom',
    message: `unknown country "${text}"${quotedSuggestions(suggestCountries(text))} (an ISO code such as IQ, or an English name)`,
  });
  return z.NEVER;
});

/** An attack type as people write it ("IED", "drones", "suicide attack"), kept as its id. */
const AttackTypeInputSchema = z.string().transform((text, ctx) => {
  const id = resolveAttackType(text);
  if (id) return id;
  ctx.addIssue({ code: 'custom', message: `unknown attack type "${text}"${quotedSuggestions(suggestAttackTypes(text))} (known: ${ATTACK_TYPES.join(', ')})` });
  return z.NEVER;
});

const NonEmptyText = z.string().trim().min(1, 'must not be empty');
const EMPTY_LIST = 'is an empty list: give at least one value, or leave the key out';

export const NearSchema = z.object({
  place: NonEmptyText,
  km: z.number().positive().max(5000),
});

export const KeywordsSchema = z.preprocess(
  // A plain list ("keywords: [power outage, blackout]") is the common case: any of these.
  (v) => (Array.isArray(v) ? { any: v } : v),
  z
    .object(
      {
        any: z.array(NonEmptyText).default([]),
        all: z.array(NonEmptyText).default([]),
        none: z.array(NonEmptyText).default([]),
      },
      {
        error: (issue) =>
          issue.code === 'invalid_type' && typeof issue.input === 'string'
            ? `expected a list of words or phrases: write [${issue.input}], or any:, all:, none: lists`
            : undefined,
      },
    )
    .strict()
    // No words at all would match every attack: surely not what a watch on words meant.
    .refine((k) => k.any.length + k.all.length + k.none.length > 0, {
      error: 'has no words: list at least one word or phrase (under any, all or none), or leave keywords out',
    }),
);

/** What a document must show for a rule to match: every given key must hold, any value of a list may. */
export const RuleMatchSchema = z
  .object({
    attackTypes: z.array(AttackTypeInputSchema).min(1, EMPTY_LIST).optional(),
    countries: z.array(CountryInputSchema).min(1, EMPTY_LIST).optional(),
    places: z.array(NonEmptyText).min(1, EMPTY_LIST).optional(),
    near: z.array(NearSchema).min(1, EMPTY_LIST).optional(),
    actors: z.array(NonEmptyText).min(1, EMPTY_LIST).optional(),
    /** What was hit: base, civilians, infrastructure, shipping, diplomatic. */
    targets: z.array(z.string().trim().toLowerCase().pipe(TargetSchema)).min(1, EMPTY_LIST).optional(),
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
