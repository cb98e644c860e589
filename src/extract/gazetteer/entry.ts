/** A gazetteer entry: a country, region, city or site with its names and position. */
import { z } from 'zod';
import { PlaceKindSchema } from '../../vocabulary.js';

export const GazetteerEntrySchema = z.object({
  /** "country:IQ", "admin1:IQ.11", "region:IQ-KR", "admin2:PK.03.1172574", "district:BF-soum", "geonames:95446", "base:ain-al-asad". */
  id: z.string(),
  name: z.string(),
  kind: PlaceKindSchema,
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  lat: z.number(),
  lon: z.number(),
  population: z.number().int().nonnegative(),
  /** Id of the region entry the place (a city, a base, a district) lies in, when known. */
  admin1: z.string().nullable(),
  /** Other names, in their original spelling. */
  aliases: z.array(z.string()),
  /** GeoNames feature code of cities (PPLC capital, PPLA region seat, PPL…); null for other kinds. */
  featureCode: z.string().nullable(),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;
