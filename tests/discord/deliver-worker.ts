/**
 * A bot process for the crash test: opens the SQLite store, runs the dispatcher with the Discord
 * sink until the outbox is empty, and exits. The test SIGKILLs it at random moments.
 * Usage: node --import tsx deliver-worker.ts <db file> <rest url> <token>
 */
import { Dispatcher } from '../../src/alerts/dispatcher.js';
import { pendingCount } from '../../src/alerts/outbox.js';
import { systemClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { createRest, DiscordSink } from '../../src/discord/sink.js';
import { openDatabase } from '../../src/store/database.js';

const [file, restUrl, token] = process.argv.slice(2);
const { db, close } = await openDatabase(file!);
const dispatcher = new Dispatcher(db, { discord: new DiscordSink(createRest(token!, restUrl), db, systemClock, silentLogger) }, systemClock, silentLogger);
process.stdout.write('ready\n');
while ((await pendingCount(db)) > 0) {
  // Small batches so that kills land between and inside sends.
  const s = await dispatcher.drain(5);
  if (s.sent === 0) await new Promise((r) => setTimeout(r, 50));
}
await close();
process.stdout.write('done\n');
