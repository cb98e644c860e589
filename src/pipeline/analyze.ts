import { z } from 'zod';
import type { Config } from '../config/schema.js';
import { DocumentInputSchema, type DocumentInput, type Extraction } from '../extract/analysis.js';
import { prepareDocument } from '../extract/normalize.js';
import { RuleSet } from '../rules/compile.js';
import { matchRules } from '../rules/evaluate.js';
import type { RuleResolver } from '../rules/resolver.js';
import type { Extractor } from './process.js';

/** One analysis line of contract 1. */
export function analysisJson(id: string | null, x: Extraction, matchedRules: string[], incidentId: string | null) {
  return {
    id,
    isAttack: x.isAttack,
    attackTypes: x.attackTypes,
    places: x.places.map(({ name, country, lat, lon, kind }) => ({ name, country, lat, lon, kind })),
    countries: x.countries,
    actors: x.actors.map(({ id: actorId, name, role }) => ({ id: actorId, name, role })),
    casualties: x.casualties,
    severity: x.severity,
    matchedRules,
    incidentId,
  };
}

/**
 * What `sitrep analyze` does per document: the same extraction and rules as the bot, without the
 * store. Documents are grouped into incidents in input order, as the poller would see them.
 */
export class DocumentAnalyzer {
  private readonly rules: RuleSet;

  constructor(
    private readonly extractor: Extractor,
    private readonly resolver: RuleResolver,
    config: Config,
  ) {
    this.rules = RuleSet.compile(config.rules.map((rule) => ({ rule, guildId: null })), resolver);
  }

  analyze(doc: DocumentInput) {
    const prepared = prepareDocument(doc);
    const extraction = this.extractor.extract(prepared);
    const matches = matchRules(this.rules, { extraction, tokens: prepared.tokens }, this.resolver);
    return analysisJson(doc.id ?? null, extraction, matches.map((m) => m.rule.rule.id), null);
  }
}

/** Parses one input line and analyses it; a bad line yields `{"id": null, "error": …}`. */
export function analyzeLine(analyzer: DocumentAnalyzer, line: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `not valid JSON: ${(err as Error).message}` };
  }
  const doc = DocumentInputSchema.safeParse(raw);
  if (!doc.success) {
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
    return { id, error: `not a document: ${z.prettifyError(doc.error).replace(/\n/g, ' ')}` };
  }
  return analyzer.analyze(doc.data);
}
