/**
 * Stage 3, places: actors first (their names, found once per document, hide place names: "US forces",
 * "Islamic State in Iraq"), then the place mentions, the countries of an attack, and the places listed.
 */
import type { ActorMention } from '../actors.js';
import type { ResolvedPlace } from '../analysis.js';
import { inReference } from '../clauses.js';
import { commonName } from '../gazetteer/display-name.js';
import type { PreparedDocument } from '../normalize.js';
import { datelinePlace, findDateline, namesUnknownPlace, type PlaceEntry, type PlaceIndex, resolvePlaces, selectPlaces } from '../places.js';
import { actorCountries, atSea, attackCountries } from './countries.js';
import type { AttackDecision } from './decision.js';
import { hasEventContext, type SentenceFacts } from './sentences.js';
import type { ExtractionTrace } from './trace.js';

export interface Located {
  actorMentions: ActorMention[];
  /** Tokens inside an actor's name. */
  masked: Uint8Array;
  countries: string[];
  places: ResolvedPlace[];
}

export function locate(
  doc: PreparedDocument,
  facts: readonly SentenceFacts[],
  d: AttackDecision,
  places: PlaceIndex,
  actorMentions: ActorMention[],
  trace?: ExtractionTrace,
): Located {
  const { tokens, text, titleEnd, turkish, urdu } = doc;
  const { isAttack, evidence, titleSentences } = d;
  const masked = new Uint8Array(tokens.length);
  for (const m of actorMentions) for (let i = m.start; i < m.end; i++) masked[i] = 1;
  const dateline = findDateline(tokens, text, titleEnd);
  const forceCountries = new Set(actorMentions.flatMap((m) => (m.actor.country ? [m.actor.country] : [])));
  // A feed whose title is the first sentence may open it with the dateline too ("BANGKOK: A…"); a
  // country's name alone there is the story's label ("Iraq: Car bomb kills four"), naming the scene.
  const titleOpening = titleEnd > 0 ? findDateline(tokens, text, 0) : null;
  const titleDateline = titleOpening && namesCountryAlone(tokens, titleOpening, places) ? null : titleOpening;
  const actorHomes = new Map<number, Set<string>>();
  for (const { actor, end } of actorMentions) {
    const homes = [actor.country, actor.operatesIn].filter((c) => c !== undefined);
    if (homes.length > 0) actorHomes.set(end - 1, new Set([...(actorHomes.get(end - 1) ?? []), ...homes]));
  }
  const placeMentions = resolvePlaces(tokens, text, places, {
    masked,
    titleEnd,
    dateline,
    titleDateline,
    contextCountries: forceCountries,
    actorHomes,
    turkish,
    urdu,
    referred: (at) => {
      const f = facts[tokens[at]!.sentence];
      return f !== undefined && f.references.length > 0 && inReference(f.references, at);
    },
  });

  const sea = isAttack && atSea(tokens, evidence, facts);
  const countries = isAttack ? attackCountries(placeMentions, facts, evidence, titleSentences, tokens, masked, places, dateline, text, sea, trace) : [];
  // At sea with no coast named, the attackers' home is no scene either ("Yemen's Houthis").
  if (isAttack && countries.length === 0 && !sea) countries.push(...actorCountries(actorMentions));
  const fromDateline = dateline && countries.length > 0 ? datelinePlace(tokens, places, dateline, countries) : undefined;
  // An attack's places are those of the sentences that report it, in the countries where it
  // happened; any other document's are those it names as places.
  const sentenceTier = facts.map((f, s) => {
    if (titleSentences.has(s)) return 0;
    if (!isAttack) return 1;
    if (f.background || hasEventContext(f)) return null;
    if (evidence[s]) return 1;
    return f.attackWordAt.length > 0 || f.casualty ? 2 : null;
  });
  const known = placeMentions.filter((m) => m.entry.kind === 'country' || countries.includes(m.entry.country));
  const unknownPlace = fromDateline !== undefined && namesUnknownPlace(tokens, (s) => (sentenceTier[s] ?? null) !== null, known, masked);
  // Each place under the name the text gives it, else the gazetteer's without its transliteration marks.
  const spellings = new Map<string, string>();
  for (const m of placeMentions) if (m.written && !spellings.has(m.entry.id)) spellings.set(m.entry.id, m.written);
  // A town the text names only as an end of the road where the attack was, never as a place of its own.
  const roadEnds = new Set(placeMentions.filter((m) => m.use === 'road-end').map((m) => m.entry.id));
  for (const m of placeMentions) if (m.use === 'place') roadEnds.delete(m.entry.id);
  const resolvedPlaces = selectPlaces(placeMentions, { sentenceTier, countries, dateline: fromDateline, unknownPlace }).map((e) =>
    toResolvedPlace(e, spellings.get(e.id) ?? commonName(e.name), roadEnds.has(e.id)),
  );
  return { actorMentions, masked, countries, places: resolvedPlaces };
}

/** The token range is a country's name and nothing more: "Iraq", "South Sudan". */
function namesCountryAlone(tokens: PreparedDocument['tokens'], [start, end]: readonly [number, number], places: PlaceIndex): boolean {
  const key = tokens
    .slice(start, end)
    .map((t) => t.norm)
    .join(' ');
  return places.candidates(key).some((c) => c.kind === 'country');
}

function toResolvedPlace(e: PlaceEntry, label: string, roadEnd: boolean): ResolvedPlace {
  const place: ResolvedPlace = { id: e.id, name: e.name, country: e.country, lat: e.lat, lon: e.lon, kind: e.kind, label };
  if (roadEnd) place.roadEnd = true;
  return place;
}
