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

/** One city as the build script handles it: [geonameid, name, country, lat, lon, population, featureCode, admin1 code ("IQ.11") or null, aliases]. */
export type CityRow = [
  id: number,
  name: string,
  country: string,
  lat: number,
  lon: number,
  population: number,
  featureCode: string,
  admin1: string | null,
  aliases: string[],
];

/** Separates a city's aliases in the `aliases` column; never part of a name. */
export const ALIAS_SEPARATOR = '|';

/**
 * The cities file is stored by column (one array per field, a city per index): it parses and
 * validates about twice as fast as one array per city. `aliases` holds each city's aliases
 * joined by ALIAS_SEPARATOR ("" for none).
 */
export const CitiesFileSchema = z
  .object({
    id: z.array(z.number().int().positive()),
    name: z.array(z.string().min(1)),
    country: z.array(CountryCodeSchema),
    lat: z.array(Latitude),
    lon: z.array(Longitude),
    population: z.array(Population),
    featureCode: z.array(z.string().regex(/^[A-Z0-9]{2,6}$/)),
    admin1: z.array(z.string().regex(/^[A-Z]{2}\.[\w.-]+$/).nullable()),
    aliases: z.array(z.string()),
  })
  .strict()
  .refine((c) => Object.values(c).every((column) => column.length === c.id.length), {
    message: 'every column must have one value per city',
  });
export type CitiesFile = z.infer<typeof CitiesFileSchema>;

/** The columns of the cities file from rows. */
export function citiesToColumns(rows: readonly CityRow[]): CitiesFile {
  for (const r of rows) {
    if (r[8].some((a) => a.includes(ALIAS_SEPARATOR))) throw new Error(`city ${r[0]}: an alias contains "${ALIAS_SEPARATOR}"`);
  }
  return {
    id: rows.map((r) => r[0]),
    name: rows.map((r) => r[1]),
    country: rows.map((r) => r[2]),
    lat: rows.map((r) => r[3]),
    lon: rows.map((r) => r[4]),
    population: rows.map((r) => r[5]),
    featureCode: rows.map((r) => r[6]),
    admin1: rows.map((r) => r[7]),
    aliases: rows.map((r) => r[8].join(ALIAS_SEPARATOR)),
  };
}

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
