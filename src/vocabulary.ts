import { z } from 'zod';

/**
 * The words Sitrep's parts share: attack types, severities, place kinds, targets and country
 * codes. Everything here is a zod schema, so configs, analyses and stored rows are checked
 * against the same lists.
 */

/** Attack type ids. Order is the display order. */
export const ATTACK_TYPES = ['drone', 'rocket', 'missile', 'mortar_artillery', 'airstrike', 'ied', 'suicide_attack', 'armed_assault', 'kidnapping'] as const;
export const AttackTypeSchema = z.enum(ATTACK_TYPES);
export type AttackType = z.infer<typeof AttackTypeSchema>;

/** Each attack type as people write it, for messages, maps and rule summaries. */
export const ATTACK_TYPE_WORDS: Record<AttackType, string> = {
  drone: 'drone',
  rocket: 'rocket',
  missile: 'missile',
  mortar_artillery: 'mortar/artillery',
  airstrike: 'airstrike',
  ied: 'IED',
  suicide_attack: 'suicide attack',
  armed_assault: 'armed assault',
  kidnapping: 'kidnapping',
};

/** An attack type id in words; an id this version does not know (stored by another) as it is. */
export function attackTypeWord(id: string): string {
  return (ATTACK_TYPE_WORDS as Record<string, string>)[id] ?? id;
}

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

/** Rank of a severity, for comparisons: low = 0 … critical = 3. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** `airport`: a civil airport ("Erbil airport"), which is not a military base even when forces use part of it. */
export const PLACE_KINDS = ['country', 'region', 'city', 'base', 'airport'] as const;
export const PlaceKindSchema = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/** A named site (a base or an airport): more precise than the town beside it, and not a settlement. */
export const isSite = (p: { kind: PlaceKind }): boolean => p.kind === 'base' || p.kind === 'airport';

/**
 * A second-level division (a district, LGA, cercle, department, territory, raion…; round 14): a
 * region the size of a town's surroundings, not of a province. Its id is `admin2:` (GeoNames) or
 * `district:` (curated).
 */
export const isDistrict = (p: { kind: PlaceKind; id: string }): boolean => p.kind === 'region' && (p.id.startsWith('admin2:') || p.id.startsWith('district:'));

/**
 * A town of the curated list (config/data/towns.yaml): a place the news names as the scene of attacks
 * that GeoNames lacks, vetted by hand, with no population to go by.
 */
export const isCuratedTown = (p: { kind: PlaceKind; id: string }): boolean => p.kind === 'city' && p.id.startsWith('town:');

/** ISO 3166-1 alpha-2 shape; membership is checked against the gazetteer's country list. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as IQ');

/** What an attack hit, as rules can ask for it. */
export const TargetSchema = z.enum(['base', 'civilians', 'infrastructure', 'shipping', 'diplomatic']);
export type Target = z.infer<typeof TargetSchema>;
