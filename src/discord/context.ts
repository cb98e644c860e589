import type { Clock } from '../clock.js';
import type { Rule } from '../config/rule-schema.js';
import type { Digest } from '../digest/schedule.js';
import type { DigestPeriod } from '../digest/summary.js';
import type { Logger } from '../logger.js';
import type { MapRenderer } from '../maps/renderer.js';
import type { Db } from '../store/database.js';
import type { StoredDocument as Document } from '../store/documents.js';
import type { PlaceKind } from '../vocabulary.js';

/** A gazetteer entry as autocomplete and validation see it. */
export interface PlaceEntry {
  id: string;
  name: string;
  country: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
}

export interface ActorEntry {
  id: string;
  name: string;
}

/** The parts of the extraction engine that slash commands use (names as in ExtractionEngine). */
export interface EngineLookups {
  gazetteer: {
    /** Places whose name or alias starts with or contains `query`, best first. */
    search(query: string, limit: number): PlaceEntry[];
    /** Places whose name or alias normalises (phraseKey) to `key` exactly. */
    candidates(key: string): readonly PlaceEntry[];
    /** The place with this id (the value of an autocompleted choice). */
    byId(id: string): PlaceEntry | undefined;
    /** Known names close to an unknown one, for "did you mean". */
    suggest(query: string, limit: number): string[];
    /** Builds what `search` needs ahead of the first autocomplete, which must answer within 3 s. */
    prepareSearch?(): unknown;
  };
  actors: {
    search(query: string, limit: number): ActorEntry[];
    suggest(query: string, limit: number): string[];
    /** The actor with this id, name or alias. */
    lookup(idOrName: string): ActorEntry | null | undefined;
  };
}

/** A stored document with its extraction, as backtests and /lookup read it. */
/** Commands that scan recent attack reports (/lookup, /rule test) read at most this many. */
export const RECENT_ATTACKS_LIMIT = 5000;

/** What commands read of a stored document. */
export type StoredDocument = Pick<Document, 'id' | 'feedId' | 'title' | 'content' | 'link' | 'published' | 'incidentId' | 'extraction'>;

/** What the bot needs from the rules module. */
export interface RulesProvider {
  /** Rules from the config file, visible to every server. */
  configRules(): readonly Rule[];
  /** The rule in words. */
  describe(rule: Rule): string;
  /** Problems with a rule's names (unknown places, actors…), each with suggestions; empty when valid. */
  validate(rule: Rule): { path: string; message: string }[];
  /** Compiles a rule once into a test of stored documents: the reasons it matches, or null. */
  matcher(rule: Rule): (doc: StoredDocument) => string[] | null;
  /**
   * Whether a stored document lies within `km` of a gazetteer place, decided as a rule's `near`
   * circle decides (a report known only to a province is near when the place lies in it): the
   * reason in words, or null.
   */
  near(placeId: string, km: number): (doc: StoredDocument) => string | null;
  /** Called after a server's rules changed, so the pipeline recompiles them. */
  guildRulesChanged?(guildId: string): void | Promise<void>;
}

export interface FeedHealth {
  id: string;
  name: string | null;
  url: string;
  lastPollAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  itemsSeen: number;
  disabledReason: string | null;
}

export interface CommandContext {
  db: Db;
  engine: EngineLookups;
  rules: RulesProvider;
  clock: Clock;
  log: Logger;
  version: string;
  startedAt: Date;
  /**
   * Checks a URL a server wants to add as a feed (shape, scheme, port, and that its host resolves
   * to public addresses); resolves to the normalised URL, or throws saying what is wrong.
   */
  validateFeedUrl(url: string): Promise<string>;
  /** Called after a server's feeds changed, so the poller picks them up. */
  guildFeedsChanged?(guildId: string): void | Promise<void>;
  /** False while the database is down: commands then answer at once that it is, instead of failing. */
  storeAvailable?(): boolean;
  /** Draws the maps of replies (/lookup, /digest); null when maps are off. */
  maps?: MapRenderer | null;
  /** Makes the SITREP of a rule (of a server, or of the config file with null) for a period. */
  digest?(rule: Rule, guildId: string | null, period: DigestPeriod): Promise<Digest>;
}
