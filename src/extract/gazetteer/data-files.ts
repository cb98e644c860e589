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

/**
 * [id, name, country, lat, lon, population, admin1, aliases]: a second-level division (district,
 * LGA, cercle, department, territory, raion…); id is `admin2:<GeoNames admin2 code>` or
 * `district:<curated>`, admin1 the id of the first-level region it lies in, when known.
 */
export const DistrictRowSchema = z.tuple([
  z.string().regex(/^(admin2|district):[A-Z]{2}[.-][\w.-]+$/),
  z.string().min(1),
  CountryCodeSchema,
  Latitude,
  Longitude,
  Population,
  z
    .string()
    .regex(/^(admin1|region):[A-Z]{2}[.-][\w.-]+$/)
    .nullable(),
  Names,
]);
export type DistrictRow = z.infer<typeof DistrictRowSchema>;
export const DistrictsFileSchema = z.array(DistrictRowSchema);

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
 * A column of the cities file: an array whose every value passes `ok`. Checked in one loop
 * without copying: element schemas (z.array(z.number()…)) cost half a second on 50,000 cities.
 */
function column<T>(expected: string, ok: (value: unknown) => value is T) {
  return z
    .custom<T[]>((value) => Array.isArray(value), { message: 'expected an array' })
    .superRefine((values, ctx) => {
      const bad = values.findIndex((v) => !ok(v));
      if (bad >= 0) ctx.addIssue({ code: 'custom', path: [bad], message: `expected ${expected}, got ${JSON.stringify(values[bad])}` });
    });
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumberIn =
  (min: number, max: number) =>
  (v: unknown): v is number =>
    typeof v === 'number' && v >= min && v <= max;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const ADMIN1_CODE_RE = /^[A-Z]{2}\.[\w.-]+$/;
const FEATURE_CODE_RE = /^[A-Z0-9]{2,6}$/;
const COUNTRY_CODE_RE = /^[A-Z]{2}$/;

/**
 * The cities file is stored by column (one array per field, a city per index): it parses about
 * twice as fast as one array per city. `aliases` holds each city's aliases joined by
 * ALIAS_SEPARATOR ("" for none).
 */
export const CitiesFileSchema = z
  .object({
    id: column('a positive integer', (v): v is number => isCount(v) && v > 0),
    name: column('a non-empty string', (v): v is string => isString(v) && v.length > 0),
    country: column('an ISO 3166-1 alpha-2 code', (v): v is string => isString(v) && COUNTRY_CODE_RE.test(v)),
    lat: column('a latitude', isNumberIn(-90, 90)),
    lon: column('a longitude', isNumberIn(-180, 180)),
    population: column('a non-negative integer', isCount),
    featureCode: column('a GeoNames feature code', (v): v is string => isString(v) && FEATURE_CODE_RE.test(v)),
    admin1: column('an admin1 code such as IQ.11, or null', (v): v is string | null => v === null || (isString(v) && ADMIN1_CODE_RE.test(v))),
    aliases: column('a string', isString),
  })
  .strict()
  .refine((c) => Object.values(c).every((values) => values.length === c.id.length), {
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

/** What every curated place gives: its names, where it is, and the city that places it in a region. */
export const CuratedPlaceSchema = z.object({
  name: z.string().min(1),
  /** Spelling variants, transliterations and other names. */
  aliases: Names.default([]),
  country: CountryCodeSchema,
  lat: Latitude,
  lon: Longitude,
  /** Name of the nearest city in the gazetteer (same country); gives the place its region. */
  nearestCity: z.string().min(1),
  /** Where the coordinates come from when they are not surveyed ones, or why the nearest city is far. */
  note: z.string().optional(),
});

/** A curated military base or similar site (config/data/bases.yaml). */
export const BaseSchema = CuratedPlaceSchema.extend({
  /** Slug, unique: the entry id is `base:<id>`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug such as ain-al-asad'),
  /** `airport` for a civil airport: a scene like a base, but not a military target by itself. */
  kind: z.enum(['base', 'airport']).default('base'),
}).strict();
export type Base = z.infer<typeof BaseSchema>;
export const BasesFileSchema = z.object({ bases: z.array(BaseSchema).min(1) }).strict();

/**
 * A curated town, village, camp or crossing (config/data/towns.yaml) that attack news names as the
 * scene and GeoNames cities500 lacks: an entry of kind `city` with the id `town:<country>-<name>`,
 * placed in a region as a base is, by its nearest city.
 */
export const TownSchema = CuratedPlaceSchema.extend({
  /** The name in its own script ("الخيام"): it finds the town, as script-names.json does, but is no alias. */
  native: Names.default([]),
}).strict();
export type Town = z.infer<typeof TownSchema>;
export const TownsFileSchema = z.object({ towns: z.array(TownSchema).min(1) }).strict();
