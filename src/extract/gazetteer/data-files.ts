/**
 * Schemas of the generated gazetteer files in config/data/ (written by scripts/build-gazetteer.ts).
 * Regions and cities are stored as rows (arrays) to keep the files small.
 */
import { z } from 'zod';
import { CountryCodeSchema } from '../../vocabulary.js';

const Latitude = z.number().min(-90).max(90);
const Longitude = z.number().min(-180).max(180);
const Population = z.number().int().nonnegative();
const Names = z.array(z.string().min(1));

export const CountrySchema = z.object({
  code: CountryCodeSchema,
  name: z.string().min(1),
  aliases: Names,
  demonyms: Names,
  lat: Latitude,
  lon: Longitude,
  /** Approximate: the sum of the populations of the country's places in GeoNames cities500. */
  population: Population,
});
export type Country = z.infer<typeof CountrySchema>;
export type CountryRow = Country;
export const CountriesFileSchema = z.array(CountrySchema);

/** [id, name, country, lat, lon, population, aliases]; id is `admin1:<GeoNames admin1 code>` or `region:<curated>`. */
export const RegionRowSchema = z.tuple([
  z.string().regex(/^(admin1|region):[A-Z]{2}[.-][\w.-]+$/),
  z.string().min(1),
  CountryCodeSchema,
  Latitude,
  Longitude,
  Population,
  Names,
]);
export type RegionRow = z.infer<typeof RegionRowSchema>;
export const RegionsFileSchema = z.array(RegionRowSchema);

/** [geonameid, name, country, lat, lon, population, featureCode, admin1 code ("IQ.11") or null, aliases]. */
export const CityRowSchema = z.tuple([
  z.number().int().positive(),
  z.string().min(1),
  CountryCodeSchema,
  Latitude,
  Longitude,
  Population,
  z.string().regex(/^[A-Z0-9]{2,6}$/),
  z.string().regex(/^[A-Z]{2}\.[\w.-]+$/).nullable(),
  Names,
]);
export type CityRow = z.infer<typeof CityRowSchema>;
export const CitiesFileSchema = z.array(CityRowSchema);

/** A curated military base or similar site (config/data/bases.yaml). */
export const BaseSchema = z.object({
  /** Slug, unique: the entry id is `base:<id>`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as ain-al-asad'),
  name: z.string().min(1),
  /** Spelling variants and other names. */
  aliases: Names.default([]),
  kind: z.literal('base').default('base'),
  country: CountryCodeSchema,
  lat: Latitude,
  lon: Longitude,
  /** Name of the nearest city in the gazetteer (same country); gives the base its region. */
  nearestCity: z.string().min(1),
  /** Where the coordinates come from when they are not surveyed ones. */
  note: z.string().optional(),
}).strict();
export type Base = z.infer<typeof BaseSchema>;
export const BasesFileSchema = z.object({ bases: z.array(BaseSchema).min(1) }).strict();
