import type { z } from 'zod';
import type { Config } from '../config/schema.js';
import { type DocumentInput, DocumentInputSchema, type Extraction } from '../extract/analysis.js';
import type { ExtractionTrace } from '../extract/index.js';
import { prepareDocument } from '../extract/normalize.js';
import { severityOf } from '../extract/severity.js';
import { groupingConfig, IncidentGrouper } from '../incidents/index.js';
import { RuleSet } from '../rules/compile.js';
import { explainRules, matchRules } from '../rules/evaluate.js';
import type { RuleResolver } from '../rules/resolver.js';
import type { Extractor } from './process.js';

/** One analysis line of contract 1. */
export function analysisJson(id: string | null, x: Extraction, matchedRules: string[], incidentId: string | null, groupingNote: string | null = null) {
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
    /** Why the report was kept apart from a similar one (another place, or several fitting incidents), in one line. */
    groupingNote,
  };
}

/** A rule's verdict in an `analyze --explain` line. */
export interface RuleVerdictLine {
  rule: string;
  matched: boolean;
  /** Why it matched, or the first condition that failed, in words. */
  why: string;
}

/** Longest sentence shown in a stage line: enough to recognise it, short enough for a terminal. */
const SENTENCE_SHOWN = 100;

/**
 * The extraction's stages in words, one line each: what the title says, which sentences were
 * evidence and why, the countries' votes, the toll, the headline facts incidents compare. So a wrong answer
 * on real news points at one stage (docs/extraction.md) before anyone opens the code.
 */
export function stageLines(trace: ExtractionTrace, x: Extraction): string[] {
  const title = trace.titleStrong
    ? 'title: reports an attack in so many words'
    : trace.titleContext
      ? 'title: names a context (test, trial, memorial…) or an analysis: only a title reporting an attack overrides it'
      : 'title: no context word';
  const shown = (text: string) => (text.length > SENTENCE_SHOWN ? `${text.slice(0, SENTENCE_SHOWN - 1)}…` : text);
  const sentences = trace.sentences.flatMap((s, i) => {
    const facts = [
      ...s.types,
      s.strong && 'attack word',
      s.event && 'event',
      s.casualty && 'casualties',
      s.generic && 'generic attack word',
      ...s.context.map((c) => `context ${c}`),
      s.suppressed && 'look-alike',
      s.background && 'background or history',
    ].filter((f): f is string => typeof f === 'string' && f !== '');
    if (!s.evidence && facts.length === 0) return [];
    return [
      `sentence ${i + 1}${s.title ? ' (title)' : ''}: ${s.evidence ? 'evidence' : 'not evidence'}; ${facts.join(', ') || 'no attack fact'}: "${shown(s.text)}"`,
    ];
  });
  const votes = Object.entries(trace.countryVotes)
    .sort((a, b) => b[1] - a[1])
    .map(([code, vote]) => `${code} ${vote.toFixed(1)}`);
  const h = x.headline;
  // The headline's cues that rule incidents out or add evidence, with the words that said them.
  const cues = Object.entries({ another: h.announcesAnother, again: h.repeats, 'sums up': h.sumsUp, aftermath: h.aftermath })
    .filter(([, words]) => words !== null)
    .map(([cue, words]) => `; ${cue} ("${words}")`)
    .join('');
  const blast = trace.blastReading
    ? [
        `blast: agent and intent read ${trace.blastReading.score} (${trace.blastReading.cues.join(', ') || 'no cue'}): ${trace.blastReading.attack ? 'an attack' : 'no attack'}`,
      ]
    : [];
  return [
    title,
    ...sentences,
    ...blast,
    `countries: ${votes.join(', ') || 'no votes'} → ${x.countries.join(', ') || 'none'}`,
    `casualties: killed ${x.casualties.killed ?? 'not stated'}, injured ${x.casualties.injured ?? 'not stated'}`,
    `headline for grouping: means ${h.attackTypes.join(', ') || 'unnamed'}; places hit ${h.hitPlaces.join(', ') || 'none named'}; ${h.timeOfDay ?? 'no time of day'}${cues}`,
  ];
}

/**
 * What `sitrep analyze` does per document: the same extraction and rules as the bot, without the
 * store. Documents are grouped into incidents in input order, as the poller would see them.
 */
export class DocumentAnalyzer {
  private readonly rules: RuleSet;
  private readonly incidents: IncidentGrouper;
  private count = 0;
  /** Time given to an undated document: the latest date seen so far, so grouping stays deterministic. */
  private lastPublished = new Date(0).toISOString();

  constructor(
    private readonly extractor: Extractor,
    private readonly resolver: RuleResolver,
    config: Config,
  ) {
    this.rules = RuleSet.compile(
      config.rules.map((rule) => ({ rule, guildId: null })),
      resolver,
    );
    this.incidents = new IncidentGrouper(groupingConfig(config.incidents, severityOf));
  }

  /** Contract 1's analysis; with `explain`, also every rule's verdict in words (matched or not, and why). */
  analyze(doc: DocumentInput, opts: { explain?: boolean } = {}) {
    this.count++;
    const prepared = prepareDocument(doc);
    const explained = opts.explain && this.extractor.explain ? this.extractor.explain(prepared) : null;
    const extraction = explained?.extraction ?? this.extractor.extract(prepared);
    const input = { extraction, tokens: prepared.tokens };
    const matches = matchRules(this.rules, input, this.resolver);
    const parsed = doc.published ? Date.parse(doc.published) : Number.NaN;
    if (!Number.isNaN(parsed)) this.lastPublished = new Date(parsed).toISOString();
    const grouped = extraction.isAttack
      ? this.incidents.add({
          documentId: doc.id ?? `line-${this.count}`,
          feedId: 'analyze',
          title: prepared.title,
          content: prepared.content,
          link: doc.link ?? null,
          published: this.lastPublished,
          extraction,
        })
      : null;
    const analysis = analysisJson(
      doc.id ?? null,
      extraction,
      matches.map((m) => m.rule.rule.id),
      grouped?.incident.id ?? null,
      grouped?.note ?? null,
    );
    if (!opts.explain) return analysis;
    const rules = explainRules(this.rules, input, this.resolver).map(
      ({ rule, verdict }): RuleVerdictLine => ({
        rule: rule.rule.id,
        matched: verdict.matched,
        why: verdict.matched ? verdict.reasons.join('; ') : verdict.reason,
      }),
    );
    // Why a report joined a known incident, as the grouping weighed it: a wrong merge is traced to one reason.
    const joined = grouped && !grouped.isNew ? `joined (score ${grouped.score}): ${grouped.reasons.join('; ')}` : null;
    return { ...analysis, rules, joined, stages: explained ? stageLines(explained.trace, extraction) : [] };
  }
}

/** What is wrong with a line that is JSON but no document, in words: `"title" is required`, `"content" must be text`. */
function documentProblems(raw: unknown, error: z.ZodError): string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'expected a JSON object such as {"title": "…", "content": "…"}';
  return error.issues
    .map((i) => {
      const field = `"${i.path.join('.')}"`;
      return (i as { input?: unknown }).input === undefined ? `${field} is required` : `${field} must be text`;
    })
    .join('; ');
}

/** Parses one input line and analyses it; a bad line yields `{"id": null, "error": …}`. */
export function analyzeLine(analyzer: DocumentAnalyzer, line: string, opts: { explain?: boolean } = {}) {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `not valid JSON: ${(err as Error).message}` };
  }
  const doc = DocumentInputSchema.safeParse(raw, { reportInput: true });
  if (!doc.success) {
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null;
    return { id, error: `not a document: ${documentProblems(raw, doc.error)}` };
  }
  return analyzer.analyze(doc.data, opts);
}
