import path from 'node:path';
import { ActorCatalog } from './actors.js';
import type { Extraction } from './analysis.js';
import { defaultDataDir } from './data-file.js';
import { compiledEngine, ENGINE_PARTS, type EnginePart, type EngineParts } from './engine-data.js';
import { ACTORS_FILE, ATTACK_TERMS_FILE } from './engine-data-file.js';
import { Gazetteer } from './gazetteer/index.js';
import { AttackLexicon } from './lexicon.js';
import type { PreparedDocument } from './normalize.js';
import type { PlaceIndex } from './places.js';
import { eventCasualties } from './stages/casualties.js';
import { decideAttack } from './stages/decision.js';
import { readHeadline } from './stages/headline.js';
import { locate } from './stages/places.js';
import { actorRoles, nationalForces } from './stages/roles.js';
import { analyseSentences } from './stages/sentences.js';
import { targetsAndSeverity } from './stages/severity.js';
import { type ExtractionTrace, traceSentences } from './stages/trace.js';
import { attackTypesOf } from './stages/types.js';

export { type Actor, ActorCatalog } from './actors.js';
export { defaultDataDir } from './data-file.js';
export { AttackLexicon } from './lexicon.js';
export { type PreparedDocument, prepareDocument } from './normalize.js';
export type { ExtractionTrace } from './stages/trace.js';

export class ExtractionEngine {
  constructor(
    readonly gazetteer: Gazetteer,
    readonly actors: ActorCatalog,
    readonly lexicon: AttackLexicon,
  ) {}

  /**
   * Loads the gazetteer, actor catalogue and attack lexicon from `dataDir` (default config/data)
   * once; parts given (the gazetteer another thread shares, this thread's catalogue) are used as
   * they are, not loaded again. Reads the data as the build compiled it when that is fresh
   * (engine-data.ts), else compiles the files.
   */
  static load(dataDir: string = defaultDataDir(), given: Partial<Pick<EngineParts, 'gazetteer' | 'actors'>> = {}): ExtractionEngine {
    const missing = ENGINE_PARTS.filter((part) => part === 'lexicon' || !given[part]);
    const parts = { ...loadParts(dataDir, missing), ...given } as EngineParts;
    return new ExtractionEngine(parts.gazetteer, parts.actors, parts.lexicon);
  }

  /**
   * The gazetteer and the actor catalogue alone: what rules and slash commands look names up in.
   * The lexicon, which only extraction reads, is most of an engine's heap (about 14 of 26 MB).
   */
  static loadNames(dataDir: string = defaultDataDir()): EngineNames {
    return loadParts(dataDir, ['gazetteer', 'actors']);
  }

  /** Everything the engine finds in one prepared document. Pure and deterministic. */
  extract(doc: PreparedDocument): Extraction {
    return extractWith(this.gazetteer, this.actors, this.lexicon, doc);
  }

  /** The extraction with the trace of its stages, to see which stage and which words decided it. */
  explain(doc: PreparedDocument): { extraction: Extraction; trace: ExtractionTrace } {
    const trace: ExtractionTrace = { sentences: [], titleContext: false, titleStrong: false, countryVotes: {}, placeVotes: [] };
    return { extraction: extractWith(this.gazetteer, this.actors, this.lexicon, doc, trace), trace };
  }
}

/** What names are looked up in (rules, slash commands, maps): an engine's gazetteer and actor catalogue. */
export type EngineNames = Pick<EngineParts, 'gazetteer' | 'actors'>;

/** These parts of the engine: from the compiled data when it is fresh, else from the data files. */
function loadParts<P extends EnginePart>(dataDir: string, parts: readonly P[]): Pick<EngineParts, P> {
  const fromFiles: { [K in EnginePart]: () => EngineParts[K] } = {
    gazetteer: () => Gazetteer.load(dataDir),
    actors: () => ActorCatalog.load(path.join(dataDir, ACTORS_FILE)),
    lexicon: () => AttackLexicon.load(path.join(dataDir, ATTACK_TERMS_FILE)),
  };
  return compiledEngine(dataDir, parts) ?? (Object.fromEntries(parts.map((part) => [part, fromFiles[part]()])) as Pick<EngineParts, P>);
}

/**
 * The extraction itself, over any place index (tests may pass a small one): a sequence of stages,
 * each reading one thing (src/extract/stages/), so a wrong answer points at one stage.
 */
export function extractWith(places: PlaceIndex, actors: ActorCatalog, lexicon: AttackLexicon, doc: PreparedDocument, trace?: ExtractionTrace): Extraction {
  const { tokens, text, titleEnd } = doc;
  // 1. What each sentence says: attack words, events, casualties, targets, contexts, background.
  const sentenceCount = tokens.length ? tokens[tokens.length - 1]!.sentence + 1 : 0;
  // Actors' names are found once: they tell the armed groups here and mask place names in stage 3.
  const actorMentions = actors.mentions(tokens, text);
  const armedGroups = actors.armedGroupTokens(actorMentions);
  const facts = analyseSentences(tokens, lexicon, sentenceCount, armedGroups, text);
  // 2. Attack or not: the title's topic, the lead, the evidence.
  const decision = decideAttack(tokens, titleEnd, facts, lexicon, armedGroups);
  const { isAttack, evidence } = decision;
  if (trace) traceSentences(trace, tokens, text, facts, decision);
  // 3–4. Actors' names, places, the countries of the attack and the places listed.
  const located = locate(doc, facts, decision, places, actorMentions, trace);
  // 5. Casualties of this event.
  const casualties = isAttack ? eventCasualties(tokens, text, facts, evidence, armedGroups) : { killed: null, injured: null };
  // 6. Actors and their roles, with the national forces named by their attacks.
  const mentions = [...located.actorMentions, ...nationalForces(tokens, text, facts, located.masked, places, actors)];
  const sceneForce = located.countries.length === 1 ? actors.stateForceOf(located.countries[0]!) : undefined;
  const resolvedActors = actorRoles(mentions, facts, evidence, tokens, text, sceneForce);
  // 7. Attack types.
  const attackTypes = isAttack
    ? attackTypesOf(tokens, facts, evidence, located.masked, places, lexicon.data.cues, resolvedActors, actors, decision.readings)
    : [];
  // 8. Targets and severity.
  const { targets, severity } = isAttack
    ? targetsAndSeverity(facts, evidence, attackTypes, casualties, located.places)
    : { targets: [], severity: 'low' as const };
  // 9. What the title says of the attack it is about, for incident grouping.
  const headline = readHeadline(tokens, text, titleEnd, lexicon);
  return { isAttack, attackTypes, places: located.places, countries: located.countries, actors: resolvedActors, casualties, targets, severity, headline };
}
