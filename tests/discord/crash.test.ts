import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pendingCount } from '../../src/store/outbox.js';
import { upsertSubscription } from '../../src/store/subscriptions.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { enqueueAlert, makeAlert, tempStore } from './helpers.js';

const worker = fileURLToPath(new URL('./deliver-worker.mjs', import.meta.url));

let fake: FakeDiscord;
let store: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
  store = await tempStore();
});
afterAll(async () => {
  await fake.stop();
  await store.cleanup();
});

/** Runs the worker; with `killAfterMs`, SIGKILLs it that long after it is ready. Resolves with how it ended. */
function runWorker(killAfterMs: number | null): Promise<'killed' | 'done'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, store.file, fake.restUrl, fake.token], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (killAfterMs !== null && out.includes('ready')) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('done');
      else reject(new Error(`worker exited ${code}: ${err}`));
    });
  });
}

it('SIGKILLed ten times during delivery and restarted, every alert arrives exactly once', async () => {
  const guild = fake.addGuild();
  const channel = fake.addChannel(guild);
  const { subscription } = await upsertSubscription(
    store.db,
    { guildId: guild, channelId: channel, ruleId: 'iraq-bases', minSeverity: 'low', mentionRole: null, createdBy: null },
    new Date(),
  );
  const alerts = Array.from({ length: 80 }, (_, i) => makeAlert({ id: `crash-${i}`, title: `Report ${i}` }));
  for (const a of alerts) await enqueueAlert(store.db, a, [{ sink: 'discord', target: channel, subscriptionId: subscription.id }], new Date());
  await store.close(); // the worker owns the file while it runs
  fake.latencyMs = 8; // keeps requests in flight long enough for kills to land inside sends

  // Kill moments spread over the delivery; a seeded sequence keeps failures reproducible.
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let kills = 0;
  for (let i = 0; i < 10; i++) {
    if ((await runWorker(20 + Math.floor(random() * 120))) === 'killed') kills++;
  }
  expect(await runWorker(null)).toBe('done');

  const messages = fake.messagesIn(channel);
  const titles = messages.map((m) => m.embeds[0].title);
  expect(titles.length).toBe(alerts.length);
  expect(new Set(titles)).toEqual(new Set(alerts.map((a) => a.title)));
  expect(kills).toBeGreaterThanOrEqual(5);
  const posts = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r.status === 200);
  // Resends after a kill between send and record were answered from the nonce, not posted again.
  console.info(`crash test: ${kills} kills, ${posts.length} POSTs for ${alerts.length} alerts (${posts.length - alerts.length} deduplicated by nonce)`);
  const reopened = await (await import('../../src/store/database.js')).openDatabase(store.file);
  expect(await pendingCount(reopened.db)).toBe(0);
  await reopened.close();
}, 300_000);
