/**
 * Times incident grouping as the poller runs it: N generated attack reports (bench corpus, real
 * extraction engine) recorded one by one through `IncidentStore.record` into a temporary SQLite
 * store, all published within one day. Prints the time per block of reports and a digest of the
 * incident each report went to, so a change can be checked to keep every decision.
 *
 *   npx tsx tests/incidents/grouping-timing.ts [reports=3000] [block=500]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, vocabularyFromEngine } from '../../bench/corpus.js';
import { ConfigSchema } from '../../src/config/schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';
import type { IncomingReport } from '../../src/incidents/incident.js';
import { IncidentStore } from '../../src/pipeline/incidents.js';
import { openDatabase } from '../../src/store/database.js';

const total = Number(process.argv[2] ?? 3000);
const block = Number(process.argv[3] ?? 500);
const DAY = 24 * 3_600_000;
const start = Date.parse('2026-11-20T00:00:00Z');

const engine = ExtractionEngine.load();
const reports: IncomingReport[] = [];
for (const doc of generateCorpus(vocabularyFromEngine(engine), { seed: 7, documents: total * 2, attackShare: 1 })) {
  const extraction = engine.extract(prepareDocument(doc));
  if (!extraction.isAttack) continue;
  const i = reports.length;
  const published = new Date(start + Math.floor((i * DAY) / total)).toISOString();
  reports.push({
    documentId: doc.id,
    feedId: `feed-${i % 1000}`,
    title: doc.title,
    content: doc.content,
    link: `https://news.example/${doc.id}`,
    published,
    extraction,
  });
  if (reports.length === total) break;
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-grouping-'));
const opened = await openDatabase(join(dir, 'sitrep.db'));
const store = new IncidentStore(ConfigSchema.parse({}).incidents);
const digest = createHash('sha256');
const ids = new Set<string>();
try {
  let t0 = performance.now();
  for (const [i, report] of reports.entries()) {
    const result = await store.record(opened.db, report, new Date(Date.parse(report.published) + 60_000));
    digest.update(`${report.documentId}>${result.incident.id}\n`);
    ids.add(result.incident.id);
    if ((i + 1) % block === 0 || i + 1 === reports.length) {
      const t1 = performance.now();
      console.log(`reports ${i + 1 - ((i % block) + 1) + 1}-${i + 1}: ${Math.round(t1 - t0)} ms`);
      t0 = t1;
    }
  }
  console.log(`${reports.length} reports, ${ids.size} incidents, assignment digest ${digest.digest('hex').slice(0, 16)}`);
} finally {
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
