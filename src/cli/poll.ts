import { SinkClosedError } from '../alerts/sink.js';
import type { App } from '../app.js';
import type { FeedPollReport } from '../pipeline/poller.js';
import { databaseFault } from '../store/health.js';
import { type CommonOptions, setup } from './common.js';
import { printDryRun, recordUnrouted } from './dry-run.js';
import { cycleSummary } from './text.js';

export interface PollOptions extends CommonOptions {
  /** Fetch and analyse, print what would alert and where; write and post nothing. */
  dryRun?: boolean;
}

const RECORD_ATTEMPTS = 3;
const RECORD_PAUSE_MS = 1_000;

/**
 * Contract 2: one cycle over every feed, alerts delivered. Exit 0, also when some feeds failed
 * (each on stderr, and kept for `status`); exit 1 when work could not be recorded (the store
 * failed: nothing is lost, the next run picks it up, and delivery waits for it) or alerts could
 * not be written out.
 */
export async function pollOnceCommand(o: PollOptions): Promise<number> {
  const app = await setup(o, 'deliver-only', { dryRun: o.dryRun });
  try {
    if (o.dryRun) return await dryRun(app, o);
    let reports: Awaited<ReturnType<typeof app.poller.pollAll>>;
    try {
      reports = await app.poller.pollAll({ onlyDue: false });
    } catch (err) {
      if (!databaseFault(err)) throw err;
      process.stderr.write(`poll: store error: ${app.database.describe(err)}\n`);
      return 1;
    }
    let code = 0;
    for (const r of reports) {
      if (!r.ok) process.stderr.write(`${feedFailure(r)}\n`);
      if (r.notRecorded) code = 1;
    }
    if (code === 0) {
      try {
        await app.dispatcher.drain();
      } catch (err) {
        if (!databaseFault(err)) throw err;
        process.stderr.write(`delivery: store error: ${app.database.describe(err)}\n`);
        code = 1;
      }
    } else {
      // A store that failed this cycle could fail to record a delivery too, and the next run would
      // then deliver it again: the alerts wait in the outbox for a run that can record them.
      process.stderr.write('delivery: skipped while the store fails; queued alerts go out with the next run\n');
    }
    const output = app.dispatcher.sinkFailure;
    // A reader that left (`| head -1`) is no error; the alerts it did not take stay queued.
    if (output && !output.quiet) {
      process.stderr.write(`sitrep: ${output.message}; the alerts not written stay queued for the next run\n`);
      code = 1;
    }
    // The cycle in one line when all went well; a failure says its own line alone.
    if (code === 0) process.stderr.write(`poll: ${cycleSummary(reports)}\n`);
    // Deliveries made but not recorded, and why feeds' work could not be recorded (for `status`),
    // go into the store if it takes writes again before exit; else the next run repeats them.
    for (let i = 0; i < RECORD_ATTEMPTS; i++) {
      const recorded = [await app.dispatcher.recordUnrecorded(), await app.poller.recordUnrecorded(reports)];
      if (recorded.every(Boolean)) break;
      await new Promise((resolve) => setTimeout(resolve, RECORD_PAUSE_MS));
    }
    return code;
  } finally {
    await app.close();
  }
}

function feedFailure(r: FeedPollReport): string {
  return `feed ${r.feedId}: ${r.skipped === 'disabled' ? 'disabled: ' : ''}${r.error}`;
}

/** One cycle on a store that keeps nothing, with nothing delivered: what would alert, and where. */
async function dryRun(app: App, o: PollOptions): Promise<number> {
  const unrouted = recordUnrouted(app);
  const reports = await app.poller.pollAll({ onlyDue: false });
  for (const r of reports) if (!r.ok) process.stderr.write(`${feedFailure(r)}\n`);
  try {
    await printDryRun(app, unrouted, process.stdout, Boolean(o.json));
    process.stderr.write(`poll (dry run, nothing written or posted): ${cycleSummary(reports)}\n`);
  } catch (err) {
    if (!(err instanceof SinkClosedError)) throw err;
    if (err.quiet) return 0;
    process.stderr.write(`sitrep: ${err.message}\n`);
    return 1;
  }
  return 0;
}
