/**
 * A bot process for the crash test: opens the SQLite store, runs the dispatcher with the Discord
 * sink until the outbox is empty, and exits. The test SIGKILLs it at random moments. It runs the
 * compiled code in dist/ (built by tests/global-setup.ts), as the real bot does.
 * Usage: node deliver-worker.mjs <db file> <rest url> <token>
 */

import { systemClock } from '../../dist/clock.js';
import { createDiscordSink } from '../../dist/discord/sink.js';
import { silentLogger } from '../../dist/logger.js';
import { Dispatcher } from '../../dist/pipeline/dispatcher.js';
import { openDatabase } from '../../dist/store/database.js';
import { pendingCount } from '../../dist/store/outbox.js';

const [file, restUrl, token] = process.argv.slice(2);
const { db, close } = await openDatabase(file);
const sink = createDiscordSink({ token, restUrl, db, clock: systemClock, log: silentLogger });
const dispatcher = new Dispatcher(db, { discord: sink }, systemClock, silentLogger);
process.stdout.write('ready\n');
while ((await pendingCount(db)) > 0) {
  // Small batches so that kills land between and inside sends.
  const s = await dispatcher.drain(5);
  if (s.sent === 0) await new Promise((r) => setTimeout(r, 50));
}
await close();
process.stdout.write('done\n');
