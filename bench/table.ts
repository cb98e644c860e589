/** The readable report `npm run bench` prints. */
import type { BenchReport } from './run.js';

const n = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? '—' : `${v.toLocaleString('en-US')}${unit}`);
const verdict = (met: boolean | null) => (met === null ? '' : met ? '  (target met)' : '  (TARGET MISSED)');

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [
    `Sitrep benchmarks${r.quick ? ' (quick)' : ''} — ${m.date}`,
    `${m.cores} cores, ${m.cpuModel}, ${m.memoryMB} MB, Node ${m.node}, load average ${m.loadAverage} at start; took ${n(Math.round(r.durationMs / 1000))} s`,
    '',
  ];
  const a = r.analysis;
  if (a) {
    out.push(
      `1. Analysis throughput: ${n(a.corpus.documents)} documents, ${(a.corpus.bytes / 1024 / 1024).toFixed(2)} MB (${Math.round(a.corpus.attackShare * 100)}% attack reports)`,
    );
    out.push(
      table(
        ['', 'docs/s', 'MB/s', 'ms/doc', '× floor', 'rules ms/doc', 'matches/doc', 'naive ms/doc', 'Sitrep faster'],
        [
          ['floor (normalise+tokenise)', n(a.floor.docsPerSec), n(a.floor.mbPerSec), n(a.floor.msPerDoc), '1', '', '', '', ''],
          [
            'extraction, no rules',
            n(a.extractOnly.docsPerSec),
            n(a.extractOnly.mbPerSec),
            n(a.extractOnly.msPerDoc),
            n(Math.round((a.extractOnly.msPerPass / a.floor.msPerPass) * 100) / 100),
            '',
            '',
            '',
            '',
          ],
          ...a.byRules.map((b) => [
            `${n(b.rules)} rules`,
            n(b.sitrep.docsPerSec),
            n(b.sitrep.mbPerSec),
            n(b.sitrep.msPerDoc),
            n(b.timesFloor),
            n(b.matchOnlyMsPerDoc),
            n(b.matchesPerDoc),
            `${n(b.naive.msPerDoc)} (${b.naive.docsSampled} docs)`,
            `${n(b.naive.speedup)}×`,
          ]),
        ],
      ),
    );
    const t = a.targets;
    out.push(
      `Sitrep vs naive regex filter at the most rules: ${n(t.speedupAtMostRules.measured)}× faster (target ≥ ${t.speedupAtMostRules.target}×)${verdict(t.speedupAtMostRules.met)}`,
    );
    if (a.growth)
      out.push(
        `Sitrep time per document from ${n(a.growth.from)} to ${n(a.growth.to)} rules: × ${a.growth.ratio} (target ≤ ${t.growth.target})${verdict(t.growth.met)}`,
      );
    out.push('');
  }
  const p = r.poll;
  if (p) {
    out.push(
      `2. Poll cycle: ${n(p.feeds)} feeds × ${n(p.items / p.feeds)} items (${(p.feedBytes / 1024 / 1024).toFixed(1)} MB of RSS), ${n(p.rules)} rules, ${p.store === 'postgres' ? 'PostgreSQL' : 'SQLite'}, null sink`,
    );
    out.push(
      table(
        ['', 'value', 'target'],
        [
          [
            `first cycle (all new)${p.firstComplete ? '' : `, projected from ${n(p.first.newItems)} items in ${n(Math.round(p.first.ms))} ms`}`,
            n(Math.round(p.firstCycleMs), ' ms'),
            `≤ 30,000 ms${verdict(p.targets.firstCycleMs.met)}`,
          ],
          [
            '  items per second',
            n(Math.round((p.first.newItems / p.first.ms) * 1000)),
            p.firstCycleItemsPerSec ? `first tenth ${n(p.firstCycleItemsPerSec.firstTenth)}/s, last tenth ${n(p.firstCycleItemsPerSec.lastTenth)}/s` : '',
          ],
          ['  of which delivering the alerts left at the end', n(Math.round(p.firstDrainMs), ' ms'), ''],
          ['  CPU time of the process per item stored', `${p.cpuMsPerItem} ms`, '(moves far less with the load than wall time)'],
          [
            '    of which on the main thread',
            p.mainThreadCpuMsPerItem === null ? 'not measured' : `${p.mainThreadCpuMsPerItem} ms`,
            p.extractionWorkers > 0
              ? `(${p.extractionWorkers} extraction worker${p.extractionWorkers === 1 ? ' does' : 's do'} the rest)`
              : '(extraction on the main thread)',
          ],
          [
            '    main thread / extraction workers / V8 helper threads',
            p.cpuMsPerItemByThread
              ? `${p.cpuMsPerItemByThread.main} / ${p.cpuMsPerItemByThread.extractionWorkers} / ${p.cpuMsPerItemByThread.v8Helpers} ms`
              : 'not measured',
            '(helpers: collection and optimising compilation)',
          ],
          [
            '      first tenth of the items → last tenth',
            p.mainThreadCpuMsPerItemByTenth
              ? `${p.mainThreadCpuMsPerItemByTenth.firstTenth} → ${p.mainThreadCpuMsPerItemByTenth.lastTenth} ms`
              : 'not measured',
            '(grows if the cost per item grows with the store)',
          ],
          [
            '  main thread on a core / waiting for one / asleep',
            p.wallSecondsByThread
              ? `${p.wallSecondsByThread.main.running} / ${p.wallSecondsByThread.main.waitingForCore} / ${p.wallSecondsByThread.main.asleep} s`
              : 'not measured',
            '(asleep: every feed in flight waiting on a worker or a fetch)',
          ],
          [
            '  extraction workers on a core / waiting for one / asleep',
            p.wallSecondsByThread
              ? `${p.wallSecondsByThread.extractionWorkers.running} / ${p.wallSecondsByThread.extractionWorkers.waitingForCore} / ${p.wallSecondsByThread.extractionWorkers.asleep} s`
              : 'not measured',
            '(asleep: no item sent to them)',
          ],
          [
            '  statements per item stored',
            n(p.statementsPerItem),
            p.store === 'postgres' ? '(each a round trip to PostgreSQL; begin, commit, delivery included)' : '(begin, commit, delivery included)',
          ],
          ['  × rss-parser alone on the same bytes', `${n(p.firstCycleTimesRssParser)}×`, `(rss-parser: ${n(Math.round(p.rssParserMs))} ms)`],
          ['  alerts sent', n(p.alertsSent), ''],
          ['  feeds that failed', n(p.first.failed), p.first.firstError ? `e.g. ${p.first.firstError.slice(0, 60)}` : ''],
          [
            `unchanged cycle (304)${p.second.feeds === p.feeds ? '' : `, scaled from ${n(p.second.feeds)} feeds`}`,
            n(Math.round(p.unchangedCycleMs), ' ms'),
            `≤ 2,000 ms${verdict(p.targets.unchangedCycleMs.met)}`,
          ],
          ['peak RSS', n(p.peakRssMB, ' MB'), `≤ 300 MB${verdict(p.targets.peakRssMB.met)}`],
          ['RSS after start-up', n(p.rssAfterSetupMB, ' MB'), ''],
          [
            'after the first cycle and a full GC: RSS (JS heap, external)',
            `${n(p.rssAfterGcMB, ' MB')} (${n(p.heapUsedAfterGcMB)}, ${n(p.externalAfterGcMB)})`,
            '',
          ],
        ],
      ),
    );
    out.push('');
  }
  const s = r.startup;
  if (s) {
    out.push(`3. Start-up (fresh process, median of ${s.runs}): ${n(s.gazetteerEntries)} gazetteer entries`);
    out.push(
      table(
        ['', 'value'],
        [
          ['config', n(s.configMs, ' ms')],
          ['engine (gazetteer, actors, lexicon)', n(s.engineMs, ' ms')],
          ['rules', n(s.rulesMs, ' ms')],
          ['process, spawn to exit (incl. tsx)', n(s.processWallMs, ' ms')],
          ['RSS after load (added by loading)', `${n(s.rssAfterMB, ' MB')} (+${n(s.rssAddedMB)})`],
          ['heap used after GC', n(s.heapUsedMB, ' MB')],
          [
            `compiled engine (dist/, ${s.compiledEngine.fromCompiledData ? 'compiled data' : 'data files: compiled data missing or stale'}): CPU, RSS added`,
            `${n(s.compiledEngine.cpuMs, ' ms')}, +${n(s.compiledEngine.rssAddedMB, ' MB')} (target ≤ 1,500 ms, ≤ 90 MB)`,
          ],
        ],
      ),
    );
    out.push('');
  }
  const l = r.latency;
  if (l) {
    out.push(`4. Latency, item in feed → alert (${l.via ?? 'nothing'} arrived; poll interval ${n(l.intervalMs / 1000)} s, ${l.delivered}/${l.items} items)`);
    out.push(
      table(
        ['', 'median', 'worst'],
        [
          ['appearance → alert', n(l.medianMs, ' ms'), n(l.worstMs, ' ms')],
          ["fetch → alert (Sitrep's own work)", n(l.medianAfterFetchMs, ' ms'), n(l.worstAfterFetchMs, ' ms')],
        ],
      ),
    );
    if (l.problem) out.push(`problem: ${l.problem.split('\n')[0]}`);
    out.push('');
  }
  const mp = r.maps;
  if (mp) {
    out.push(`5. Maps (fresh process; locator maps 800×500, ${mp.warmRuns} warm renders; baseline: an empty picture rasterised, ${n(mp.floorMs, ' ms')})`);
    out.push(
      table(
        ['', 'value', '× baseline', 'limit'],
        [
          [
            'locator map, first (cold: worker, shapes, fonts)',
            n(mp.coldMs, ' ms'),
            n(Math.round(mp.coldMs / mp.floorMs)),
            `≤ 400 ms${verdict(mp.limits.cold400ms)}`,
          ],
          ['locator map, warm median', n(mp.warmMedianMs, ' ms'), n(Math.round(mp.warmMedianMs / mp.floorMs)), `≤ 150 ms${verdict(mp.limits.warm150ms)}`],
          ['locator map, warm p95', n(mp.warmP95Ms, ' ms'), '', ''],
          ['RSS added by the renderer, settled (peak)', `${n(mp.rssAddedMB, ' MB')} (${n(mp.rssPeakAddedMB)})`, '', `≤ 40 MB${verdict(mp.limits.rss40MB)}`],
          ['PNG size, largest (median)', `${n(mp.pngMaxKB, ' KB')} (${n(mp.pngMedianKB)})`, '', `≤ 300 KB${verdict(mp.limits.png300KB)}`],
          [
            `SITREP of ${mp.digestIncidents} incidents (summary ${n(mp.digestSummaryMs, ' ms')})`,
            n(mp.digestMedianMs, ' ms'),
            '',
            `≤ 1 s${verdict(mp.limits.digest1s)}`,
          ],
          ['SITREP picture size', n(mp.digestPngKB, ' KB'), '', ''],
        ],
      ),
    );
    out.push('');
  }
  const c = r.cluster;
  if (c) {
    const first = c.runs[0];
    out.push(
      `6. Cluster on one PostgreSQL database (${c.server} server; ${first ? `${n(first.items)} fresh attack reports on the same feeds each run` : 'no runs'}; items/s from the first item stored to the last alert sent)`,
    );
    out.push(
      table(
        ['processes', 'items/s', 'alerts/s', '× 1 process', 'round trips/item', 'Sitrep CPU ms/item', 'items per process', 'load before → after'],
        c.runs.map((x) => [
          n(x.processes),
          n(x.itemsPerSec),
          n(x.alertsPerSec),
          n(x.ratio),
          n(x.roundTripsPerItem),
          n(x.cpuMsPerItem),
          x.shares.join('/'),
          `${x.loadBefore} → ${x.loadAfter}`,
        ]),
      ),
    );
    out.push(
      `lease ${n(c.takeover.leaseMs / 1000, ' s')}: a killed holder's feed taken over after ${n(c.takeover.seconds, ' s')} (≤ 2 × lease${verdict(c.takeover.withinTwoLeases)})`,
    );
    out.push('');
  }
  for (const [name, err] of Object.entries(r.errors)) out.push(`${name}: could not run: ${err.split('\n')[0]}`);
  return out.join('\n');
}
