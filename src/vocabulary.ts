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

/**
 * Weak words that only describe who attacked or with what stuff yield to a more specific type in
 * the same sentence: "gunmen abducted 20 students" is a kidnapping, "drones loaded with
 * explosives" a drone attack.
 */
export const TYPE_YIELDS: Partial<Record<AttackType, readonly AttackType[]>> = {
  armed_assault: ['drone', 'rocket', 'missile', 'mortar_artillery', 'airstrike', 'ied', 'suicide_attack', 'kidnapping'],
  ied: ['drone', 'rocket', 'missile', 'mortar_artillery', 'airstrike', 'suicide_attack'],
  // "Israeli strike", "US strike": the weapon, when named, says more.
  airstrike: ['drone', 'missile', 'rocket'],
  // Missiles fired by warplanes are part of the airstrike.
  missile: ['airstrike'],
};

/**
 * Across an article, types named only by weak words yield as within a sentence, except that
 * attackers described in passing ("the gunmen", "the raid") yield only to kidnappings, suicide
 * attacks and attacks from the air ("a night-time raid" of drones): a raid with shelling is both.
 * Incident grouping reads it too: a report that names no means, typed from such words, tells of
 * the attack another report names the means of (src/incidents/assign.ts).
 */
export const ARTICLE_TYPE_YIELDS: Partial<Record<AttackType, readonly AttackType[]>> = {
  ...TYPE_YIELDS,
  armed_assault: ['kidnapping', 'suicide_attack', 'drone', 'missile', 'airstrike', 'ied'],
  // "one missile hit a house" in a story of a rocket barrage: the same projectiles; "a guided
  // missile struck the van" in a drone-strike story: the drone's missile.
  missile: ['airstrike', 'rocket', 'drone'],
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
