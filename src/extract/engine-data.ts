/**
 * The engine's data compiled ahead of time, so that loading reads it instead of parsing the YAML
 * files and tokenising the lexicon's 74,000 phrases and the gazetteer's 190,000 names:
 * - the grammar words, the actor catalogue and the attack lexicon as parsed (JSON), validated again
 *   when read, so that both ways of loading run the same schemas;
 * - the attack lexicon's phrase tries, node by node (PhraseMatcher.pack);
 * - the actor catalogue's tries with the forms its names are written in (ActorCatalog.pack,
 *   src/extract/actor-forms.ts), so that loading tokenises none of its phrases;
 * - the gazetteer's countries and its packed table (PlaceTable), the arrays every thread shares.
 * `npm run build` writes it (compile-data.ts); the engine reads it only while the fingerprint of
 * the code and the data files matches (engine-data-file.ts), and otherwise compiles the data files
 * in memory, as it always did.
 */
import path from 'node:path';
import { countryNamesIn } from './actor-forms.js';
import { ActorCatalog, ActorsFileSchema, type PackedActorCatalog } from './actors.js';
import { defaultDataDir, readRawDataFile, validateDataFile } from './data-file.js';
import {
  ACTORS_FILE,
  ATTACK_TERMS_FILE,
  ENGINE_DATA_FILE,
  EngineDataFile,
  type EngineDataSections,
  engineDataFingerprint,
  GRAMMAR_FILE,
  type StoredArray,
  writeEngineDataFile,
} from './engine-data-file.js';
import type { Country } from './gazetteer/data-files.js';
import { Gazetteer } from './gazetteer/index.js';
import type { PlaceTableData } from './gazetteer/table.js';
import { AttackLexicon, AttackTermsFileSchema, type PackedLexiconTries } from './lexicon.js';
import type { PackedTrie } from './phrase-matcher.js';

const COUNTRIES = 'countries';
/** The actor catalogue's tries and words (ActorCatalog.pack) without the tries' shapes, which are the arrays `actors.matcher` and `actors.head.<n>`. */
const ACTORS = 'actors';
/** The lexicon's tries without their shapes, which are arrays of their own (`lexicon.<trie>`). */
const LEXICON = 'lexicon';
/** The gazetteer's packed arrays are the shared sections `places.<field>`. */
const PLACES = 'places.';

/** What an engine is made of. */
export interface EngineParts {
  gazetteer: Gazetteer;
  actors: ActorCatalog;
  lexicon: AttackLexicon;
}

function loadActors(raw: unknown, file: string): ActorCatalog {
  const data = validateDataFile(raw, ActorsFileSchema, file, 'actor catalogue');
  return new ActorCatalog(data.actors, data.headSets, { forms: data.forms, countryNames: countryNamesIn(path.dirname(file)) });
}

type StoredActors = Omit<PackedActorCatalog, 'matcher' | 'heads'> & {
  matcher: Omit<PackedActorCatalog['matcher'], 'shape'>;
  heads: { trie: Omit<PackedActorCatalog['heads'][number]['trie'], 'shape'>; compounds: string[] }[];
};

/**
 * Compiles the data files of `dataDir` (the grammar words: the package's own) and writes them to
 * `file`, for the engine that this code makes.
 */
export function writeEngineData(dataDir: string = defaultDataDir(), file: string = ENGINE_DATA_FILE): void {
  const actorsFile = path.join(dataDir, ACTORS_FILE);
  const termsFile = path.join(dataDir, ATTACK_TERMS_FILE);
  const actors = readRawDataFile(actorsFile, 'actor catalogue');
  // A catalogue that would fail to load fails the build instead; its tries and written forms are stored made.
  const packedActors = loadActors(actors, actorsFile).pack();
  const storedActors: StoredActors = {
    ...packedActors,
    matcher: (({ shape: _, ...rest }) => rest)(packedActors.matcher),
    heads: packedActors.heads.map((h) => ({ trie: (({ shape: _, ...rest }) => rest)(h.trie), compounds: h.compounds })),
  };
  const terms = readRawDataFile(termsFile, 'attack lexicon');
  const lexicon = new AttackLexicon(validateDataFile(terms, AttackTermsFileSchema, termsFile, 'attack lexicon'));
  const gazetteer = Gazetteer.load(dataDir).shared;
  const tries = lexicon.pack();
  const sections: EngineDataSections = {
    json: {
      [GRAMMAR_FILE]: readRawDataFile(path.join(defaultDataDir(), GRAMMAR_FILE), 'grammar words'),
      [ACTORS_FILE]: actors,
      [ATTACK_TERMS_FILE]: terms,
      [LEXICON]: Object.fromEntries(Object.entries(tries).map(([name, { shape: _, ...rest }]) => [name, rest])),
      [COUNTRIES]: gazetteer.countries,
      [ACTORS]: storedActors,
    },
    arrays: {
      ...Object.fromEntries(Object.entries(tries).map(([name, trie]) => [`${LEXICON}.${name}`, trie.shape])),
      [`${ACTORS}.matcher`]: packedActors.matcher.shape,
      ...Object.fromEntries(packedActors.heads.map((h, i) => [`${ACTORS}.head.${i}`, h.trie.shape])),
    },
    shared: Object.fromEntries(Object.entries(gazetteer.places).map(([name, array]) => [`${PLACES}${name}`, array as StoredArray])),
  };
  const fingerprint = engineDataFingerprint(dataDir);
  if (fingerprint === undefined) throw new Error(`engine data: cannot read the code or the data files of ${dataDir}`);
  writeEngineDataFile(file, fingerprint, sections);
}

/** The parts an engine is made of, in the order they are read. */
export const ENGINE_PARTS = ['gazetteer', 'actors', 'lexicon'] as const;
export type EnginePart = (typeof ENGINE_PARTS)[number];

/**
 * These parts of the engine from the compiled data, when `file` holds it for this code and
 * `dataDir`'s files; undefined otherwise. Each part is read only when asked for: a worker is given
 * the main thread's gazetteer, and the main thread of a bot that extracts on workers reads no lexicon.
 */
export function compiledEngine<P extends EnginePart = EnginePart>(
  dataDir: string,
  parts: readonly P[],
  file: string = ENGINE_DATA_FILE,
): Pick<EngineParts, P> | undefined {
  const data = EngineDataFile.open(file, engineDataFingerprint(dataDir));
  if (!data) return undefined;
  const read: { [K in EnginePart]: () => EngineParts[K] } = {
    gazetteer: () => {
      const places = Object.fromEntries(Object.entries(data.shared()).map(([name, array]) => [name.slice(PLACES.length), array]));
      return Gazetteer.fromShared({ countries: data.json(COUNTRIES) as Country[], places: places as unknown as PlaceTableData });
    },
    actors: () => {
      const file = path.join(dataDir, ACTORS_FILE);
      const stored = data.json(ACTORS) as StoredActors;
      const packed: PackedActorCatalog = {
        ...stored,
        matcher: { ...stored.matcher, shape: data.array(`${ACTORS}.matcher`) as Int32Array },
        heads: stored.heads.map((h, i) => ({ trie: { ...h.trie, shape: data.array(`${ACTORS}.head.${i}`) as Int32Array }, compounds: h.compounds })),
      };
      return ActorCatalog.unpack(validateDataFile(data.json(ACTORS_FILE), ActorsFileSchema, file, 'actor catalogue'), packed);
    },
    lexicon: () => {
      const packed = data.json(LEXICON) as Record<keyof PackedLexiconTries, Omit<PackedTrie<never>, 'shape'>>;
      const tries = Object.fromEntries(
        Object.entries(packed).map(([name, trie]) => [name, { ...trie, shape: data.array(`${LEXICON}.${name}`) as Int32Array }]),
      ) as unknown as PackedLexiconTries;
      const termsFile = path.join(dataDir, ATTACK_TERMS_FILE);
      return AttackLexicon.unpack(validateDataFile(data.json(ATTACK_TERMS_FILE), AttackTermsFileSchema, termsFile, 'attack lexicon'), tries);
    },
  };
  try {
    return Object.fromEntries(parts.map((part) => [part, read[part]()])) as Pick<EngineParts, P>;
  } finally {
    data.close();
  }
}
