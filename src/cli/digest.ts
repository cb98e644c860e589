import { readDuration } from '../config/duration.js';
import { TimeZoneSchema } from '../config/schema.js';
import { closeMatches } from '../config/suggest.js';
import { digestText } from '../digest/format-text.js';
import { cityTable, renderPng } from '../maps/index.js';
import { buildDigest } from '../pipeline/digests.js';
import { type CommonOptions, setup } from './common.js';
import { writePicture } from './output-file.js';

export interface DigestOptions extends CommonOptions {
  rule: string;
  since: string;
  tz: string;
  out?: string;
}

/** `sitrep digest`: the SITREP of a config rule for the last period, as text or JSON, and its picture. */
export async function digestCommand(o: DigestOptions): Promise<number> {
  const since = readDuration(o.since, '24h or 7d');
  if ('problem' in since) return usage(`--since: ${since.problem}`);
  const sinceMs = since.ms;
  const zone = TimeZoneSchema.safeParse(o.tz);
  if (!zone.success) return usage(`--tz: ${zone.error.issues[0]?.message}`);
  const app = await setup(o, 'deliver-only');
  try {
    const rules = app.loaded.config.rules;
    const rule = rules.find((r) => r.id === o.rule);
    if (!rule) {
      const close = closeMatches(
        o.rule,
        rules.map((r) => r.id),
      );
      return usage(`--rule: no rule "${o.rule}" in ${app.loaded.file}${close.length ? ` (did you mean ${close.join(', ')}?)` : ''}`);
    }
    const end = app.pipeline.clock.now();
    const digest = await buildDigest(app.database.db, app.resolver, rule, null, { start: new Date(end.getTime() - sinceMs), end, timeZone: zone.data });
    process.stdout.write(o.json ? `${JSON.stringify(digest.summary)}\n` : digestText(digest.summary));
    if (o.out) {
      const png = renderPng(digest.job, cityTable(app.engine.gazetteer.summaries()));
      if (!png) throw new Error('the picture could not be drawn');
      if (!writePicture('digest', 'the picture', o.out, png)) return 1;
      process.stderr.write(`sitrep digest: picture written to ${o.out}\n`);
    }
    return 0;
  } finally {
    await app.close();
  }
}

function usage(message: string): number {
  process.stderr.write(`sitrep digest: ${message}\n`);
  return 2;
}
