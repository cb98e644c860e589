/**
 * Times incident grouping as the poller runs it: N generated attack reports (bench corpus, real
 * extraction engine) recorded one by one through `IncidentStore.record` into a temporary SQLite
 * store, all published within one day. Prints the time per block of reports, a digest of the
 * incident each report went to and one of what the store holds after (incidents, fingerprint rows,
 * look-up keys), so a change can be checked to keep every decision and every row. With
 * `perTransaction` above 1, reports are recorded that many per transaction with their incident
 * writes held until it ends, as the poller does (pipeline/process.ts): both digests must be those
 * of one report per transaction.
 *
 *   npx tsx tests/incidents/grouping-timing.ts [reports=3000] [block=500] [perTransaction=1]
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
import { type Db, openDatabase } from '../../src/store/database.js';
import { IncidentWrites } from '../../src/store/incidents.js';

const total = Number(process.argv[2] ?? 3000);
const block = Number(process.argv[3] ?? 500);
const perTransaction = Number(process.argv[4] ?? 1);
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
/** What the store holds of the incidents, in a stable order; `updated_at` and `created_at` aside (when each was written). */
async function storeDigest(db: Db): Promise<string> {
  const hash = createHash('sha256');
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'first_published_at', 'last_published_at', 'title', 'severity', 'source_count', 'data'])
    .orderBy('id')
    .execute();
  for (const r of incidents) hash.update(`${JSON.stringify(r)}\n`);
  const fingerprints = await db
    .selectFrom('incident_fingerprints')
    .select(['incident_id', 'document_id', 'title'])
    .orderBy('incident_id')
    .orderBy('seq')
    .execute();
  for (const r of fingerprints) hash.update(`${JSON.stringify(r)}\n`);
  const keys = await db.selectFrom('incident_keys').selectAll().orderBy('key').orderBy('incident_id').execute();
  for (const r of keys) hash.update(`${JSON.stringify(r)}\n`);
  return hash.digest('hex').slice(0, 16);
}

try {
  let t0 = performance.now();
  for (let start = 0; start < reports.length; start += perTransaction) {
    const batch = reports.slice(start, start + perTransaction);
    const results =
      perTransaction === 1
        ? [await store.record(opened.db, batch[0]!, new Date(Date.parse(batch[0]!.published) + 60_000))]
        : await opened.db.transaction().execute(async (tx) => {
            const writes = new IncidentWrites();
            const out = [];
            for (const report of batch) out.push(await store.record(tx, report, new Date(Date.parse(report.published) + 60_000), writes));
            await writes.write(tx);
            return out;
          });
    for (const [n, result] of results.entries()) {
      const i = start + n;
      digest.update(`${reports[i]!.documentId}>${result.incident.id}\n`);
      ids.add(result.incident.id);
      if ((i + 1) % block === 0 || i + 1 === reports.length) {
        const t1 = performance.now();
        console.log(`reports ${i + 1 - ((i % block) + 1) + 1}-${i + 1}: ${Math.round(t1 - t0)} ms`);
        t0 = t1;
      }
    }
  }
  console.log(
    `${reports.length} reports, ${ids.size} incidents, assignment digest ${digest.digest('hex').slice(0, 16)}, store digest ${await storeDigest(opened.db)}`,
  );
} finally {
  await opened.close();
  rmSync(dir, { recursive: true, force: true });
}
