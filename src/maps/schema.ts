/**
 * What a map is drawn from: plain data, validated at the edge of the renderer (the worker gets it
 * through a message). Names are untrusted text from articles and servers.
 */
import { z } from 'zod';
import { AttackTypeSchema, PlaceKindSchema, SeveritySchema } from '../vocabulary.js';

/** More points than this are not drawn: the map would be a blot, and the job a denial of service. */
export const MAX_MAP_POINTS = 1000;

const Latitude = z.number().min(-90).max(90);
const Longitude = z.number().min(-180).max(180);

export const MapPlaceSchema = z.object({
  name: z.string(),
  country: z.string(),
  lat: Latitude,
  lon: Longitude,
  kind: PlaceKindSchema,
});
export type MapPlace = z.infer<typeof MapPlaceSchema>;

/** A `near` rule's circle: the place it is measured from and its radius. */
export const MapRadiusSchema = z.object({
  name: z.string(),
  lat: Latitude,
  lon: Longitude,
  km: z.number().positive().max(20_000),
});
export type MapRadius = z.infer<typeof MapRadiusSchema>;

/** The locator map of one alert: the places of the attack, and the circles of the rule that matched. */
export const LocatorJobSchema = z.object({
  kind: z.literal('locator'),
  places: z.array(MapPlaceSchema).max(MAX_MAP_POINTS),
  radii: z.array(MapRadiusSchema).max(50).default([]),
});
export type LocatorJob = z.input<typeof LocatorJobSchema>;

/** One incident as a dot: numbered like the list beside the map. */
export const MapIncidentSchema = z.object({
  number: z.number().int().positive(),
  lat: Latitude,
  lon: Longitude,
  attackType: AttackTypeSchema.nullable(),
  /** Killed plus injured, as far as reported. */
  casualties: z.number().int().nonnegative(),
  severity: SeveritySchema,
});
export type MapIncident = z.infer<typeof MapIncidentSchema>;

/** The map of a list of incidents (`/lookup`). */
export const IncidentsJobSchema = z.object({
  kind: z.literal('incidents'),
  incidents: z.array(MapIncidentSchema).max(MAX_MAP_POINTS),
});
export type IncidentsJob = z.input<typeof IncidentsJobSchema>;

/** Incidents per day: the last 7 days and the 7 before, oldest first. */
export const DayCountSchema = z.object({ label: z.string(), current: z.number().int().nonnegative(), previous: z.number().int().nonnegative() });
export type DayCount = z.infer<typeof DayCountSchema>;

/** The SITREP picture: the map of the period's incidents beside a bar chart of the last two weeks. */
export const DigestJobSchema = z.object({
  kind: z.literal('digest'),
  title: z.string(),
  /** Short lines under the title (totals). */
  facts: z.array(z.string()).max(7).default([]),
  incidents: z.array(MapIncidentSchema).max(MAX_MAP_POINTS),
  days: z.array(DayCountSchema).length(7),
});
export type DigestJob = z.input<typeof DigestJobSchema>;

export const MapJobSchema = z.discriminatedUnion('kind', [LocatorJobSchema, IncidentsJobSchema, DigestJobSchema]);
export type MapJob = z.input<typeof MapJobSchema>;
export type ParsedMapJob = z.infer<typeof MapJobSchema>;
