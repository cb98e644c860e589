import type { ResolvedPlace } from '../extract/analysis.js';
import { distanceKm } from '../extract/gazetteer/distance.js';
import { isSite } from '../vocabulary.js';

/**
 * Places precise enough to tell one scene from another: cities, towns, villages and bases. A town
 * named only as an end of the road where the attack was is not: the scene is along the road.
 */
export function isPointPlace(p: ResolvedPlace): boolean {
  return (p.kind === 'city' || isSite(p)) && !p.roadEnd;
}

/** The same place told the same way: a town is not the road out of it ("central Najaf" vs "the Najaf-Karbala road"). */
const samePlace = (a: ResolvedPlace, b: ResolvedPlace) => a.id === b.id && !a.roadEnd === !b.roadEnd;

export function isScenePlace(p: ResolvedPlace): boolean {
  return p.kind !== 'country';
}

/**
 * A base is named after a town up to this many times `distanceKm` away ("al-Harir airbase in
 * Erbil" is 60 km out of town): the one pair of specific scenes allowed farther apart than the distance.
 */
export const BASE_FACTOR = 2;

/** How far apart two specific scenes may be and still be one scene. */
export function sceneReachKm(a: ResolvedPlace, b: ResolvedPlace, maxKm: number): number {
  return a.kind !== b.kind ? BASE_FACTOR * maxKm : maxKm;
}

/** The widest `sceneReachKm` for any pair: what a search for places that may be one scene must cover. */
export const widestReachKm = (maxKm: number) => BASE_FACTOR * maxKm;

/**
 * The veto: two specific scenes (cities, bases) farther apart than their reach are two places,
 * whatever the reports' wording. Null when they may be one scene, else why not, in words.
 */
export function sceneConflict(a: ResolvedPlace, b: ResolvedPlace, maxKm: number): string | null {
  if (samePlace(a, b)) return null;
  const km = distanceKm(a, b);
  const reach = sceneReachKm(a, b, maxKm);
  return km > reach ? `${a.name} is ${Math.round(km)} km from ${b.name} (more than ${reach} km)` : null;
}

export interface NearestPlaces {
  a: ResolvedPlace;
  b: ResolvedPlace;
  km: number;
  same: boolean;
}

/**
 * The closest pair of scene places (cities, bases, regions) between two lists: the same gazetteer id
 * counts as 0 km; regions by their centres. Pairs of two points (cities, bases) come before pairs
 * with a region, whose distance says less. Null when no pair compares.
 */
export function nearestPlaces(as: readonly ResolvedPlace[], bs: readonly ResolvedPlace[]): NearestPlaces | null {
  let best: NearestPlaces | null = null;
  for (const a of as) {
    if (!isScenePlace(a)) continue;
    for (const b of bs) {
      if (!isScenePlace(b)) continue;
      const same = samePlace(a, b);

      const km = same ? 0 : distanceKm(a, b);
      const points = same || (isPointPlace(a) && isPointPlace(b));
      const bestPoints = best !== null && (best.same || (isPointPlace(best.a) && isPointPlace(best.b)));
      const better =
        !best ||
        (points && !bestPoints) ||
        (points === bestPoints && km < best.km) ||
        (points === bestPoints && km === best.km && same && !best.same) ||
        (points === bestPoints && km === best.km && same === best.same && isSite(a) && !isSite(best.a));
      if (better) best = { a, b, km, same };
    }
  }
  return best;
}
