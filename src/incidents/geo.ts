import type { ResolvedPlace } from '../extract/analysis.js';
import { distanceKm } from '../extract/gazetteer/distance.js';

/** Places precise enough to tell one scene from another: cities and bases (regions are vague). */
export function isPointPlace(p: ResolvedPlace): boolean {
  return p.kind === 'city' || p.kind === 'base';
}

export function isScenePlace(p: ResolvedPlace): boolean {
  return p.kind !== 'country';
}

export interface NearestPlaces {
  a: ResolvedPlace;
  b: ResolvedPlace;
  km: number;
  same: boolean;
}

/**
 * The closest pair of scene places (cities, bases, regions) between two lists: the same gazetteer id
 * counts as 0 km; two regions compare only by id. Pairs of two points (cities, bases) come before
 * pairs with a region, whose distance says less. Null when no pair compares.
 */
export function nearestPlaces(as: readonly ResolvedPlace[], bs: readonly ResolvedPlace[]): NearestPlaces | null {
  let best: NearestPlaces | null = null;
  for (const a of as) {
    if (!isScenePlace(a)) continue;
    for (const b of bs) {
      if (!isScenePlace(b)) continue;
      const same = a.id === b.id;
      if (!same && !isPointPlace(a) && !isPointPlace(b)) continue;
      const km = same ? 0 : distanceKm(a, b);
      const points = same || (isPointPlace(a) && isPointPlace(b));
      const bestPoints = best !== null && (best.same || (isPointPlace(best.a) && isPointPlace(best.b)));
      const better =
        !best ||
        (points && !bestPoints) ||
        (points === bestPoints && km < best.km) ||
        (points === bestPoints && km === best.km && same && !best.same) ||
        (points === bestPoints && km === best.km && same === best.same && a.kind === 'base' && best.a.kind !== 'base');
      if (better) best = { a, b, km, same };
    }
  }
  return best;
}
