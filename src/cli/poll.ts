import { type CommonOptions, setup } from './common.js';

/** Contract 2: one cycle over every feed, alerts delivered, exit 0 even when some feeds failed. */
export async function pollOnceCommand(o: CommonOptions): Promise<number> {
  const app = await setup(o, 'deliver-only');
  try {
    const reports = await app.poller.pollAll({ onlyDue: false });
    await app.dispatcher.drain();
    for (const r of reports) {
      if (!r.ok) process.stderr.write(`feed ${r.feedId}: ${r.skipped === 'disabled' ? 'disabled: ' : ''}${r.error}\n`);
    }
    return 0;
  } finally {
    await app.close();
  }
}
