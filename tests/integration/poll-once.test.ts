import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { openDatabase } from '../../src/store/database.js';
import { pendingCount } from '../../src/store/outbox.js';
import { upsertSubscription } from '../../src/store/subscriptions.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { jsonLines, runCli } from '../helpers/cli.js';
import { postgresAvailable, postgresTestDatabase } from '../helpers/databases.js';

const [seedTitle, ...seedBody] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function rss(items: Array<{ guid: string; title: string; body: string; hoursAgo: number }>): string {
  const now = Date.now();
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire — Iraq</title><link>https://wire.example/iraq</link>
${items
  .map(
    (i) => `<item><guid>${i.guid}</guid><title>${escapeXml(i.title)}</title><link>https://wire.example/${i.guid}</link>
<pubDate>${new Date(now - i.hoursAgo * 3_600_000).toUTCString()}</pubDate><description>${escapeXml(i.body)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

describe('sitrep poll --once', () => {
  let server: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-poll-'));
  const db = join(dir, 'sitrep.db');
  const config = join(dir, 'sitrep.yaml');

  beforeAll(async () => {
    server = await startFeedServer();
    server.route('/iraq.xml', {
      contentType: 'application/rss+xml; charset=utf-8',
      body: rss([
        { guid: 'seed-1', title: seedTitle!, body: seedBody.join('\n'), hoursAgo: 2 },
        {
          guid: 'budget-1',
          title: 'Parliament approves 2027 budget after long debate',
          body: 'Lawmakers in Baghdad approved the federal budget on Wednesday after weeks of negotiations over oil revenue sharing with the Kurdistan Region.',
          hoursAgo: 1,
        },
        {
          guid: 'old-1',
          title: 'Rocket attack on Baghdad airport',
          body: 'Two rockets struck near Baghdad International Airport on Monday, police said. No casualties were reported.',
          hoursAgo: 72,
        },
      ]),
    });
    server.route('/down.xml', { status: 503 });
    writeFileSync(
      config,
      [
        'feeds:',
        `  - id: wire-iraq`,
        `    url: ${server.url('/iraq.xml')}`,
        `  - id: wire-down`,
        `    url: ${server.url('/down.xml')}`,
        `  - id: nowhere`,
        `    url: http://127.0.0.1:9/feed.xml`,
        'rules:',
        '  - id: iraq-syria-bases',
        '    name: Attacks on bases in Iraq and Syria',
        '    match:',
        '      attackTypes: [drone, rocket, missile, ied]',
        '      countries: [IQ, SY]',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  const poll = () => runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: db } });
  const dryRun = (...args: string[]) => runCli(['poll', '--once', '--dry-run', ...args, '--config', config], { env: { SITREP_DB: db } });

  it('--dry-run prints what would alert and where, and writes nothing: the real run after it still alerts', async () => {
    const r = await dryRun();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`] ${seedTitle}`);
    expect(r.stdout).toMatch(/would go to: the console/);
    expect(r.stdout).not.toMatch(/budget|Baghdad airport/);
    expect(r.stderr).toMatch(/^poll \(dry run, nothing written or posted\): 3 feeds: 1 ok, 0 not modified, 2 failed; 3 new items; 1 alert$/m);
    expect(existsSync(db)).toBe(false);
    const json = await dryRun('--json');
    const lines = jsonLines(json.stdout);
    expect(lines).toEqual([expect.objectContaining({ rule: 'iraq-syria-bases', title: seedTitle, wouldGoTo: [{ sink: 'console', target: 'stdout' }] })]);
  });

  it('loads no Discord module in a run without a token (discord.js alone is about 10 MB of heap)', async () => {
    const loaded = join(dir, 'modules.log');
    const hooks = pathToFileURL(join(PACKAGE_ROOT, 'tests', 'helpers', 'module-log.mjs')).href;
    // A feed of its own: the other cases count the requests for theirs.
    server.route('/modules.xml', {
      contentType: 'application/rss+xml',
      body: rss([{ guid: 'm-1', title: 'Council meets', body: 'The council met.', hoursAgo: 1 }]),
    });
    const ownConfig = join(dir, 'modules.yaml');
    writeFileSync(ownConfig, `feeds:\n  - {id: modules, url: "${server.url('/modules.xml')}"}\nrules:\n  - {id: any, match: {}}\n`);
    const r = await runCli(['poll', '--once', '--dry-run', '--config', ownConfig], {
      env: { SITREP_DB: join(dir, 'unused.db'), NODE_OPTIONS: `--import=${hooks}`, SITREP_MODULE_LOG: loaded },
    });
    expect(r.code, r.stderr).toBe(0);
    const modules = readFileSync(loaded, 'utf8').split('\n');
    // The log holds what the run did load: its store's driver, its feed parser.
    expect(modules.some((m) => m.includes('/node_modules/better-sqlite3/'))).toBe(true);
    expect(modules.some((m) => m.includes('/node_modules/rss-parser/'))).toBe(true);
    expect(modules.filter((m) => m.includes('/node_modules/discord.js/') || m.includes('/dist/discord/'))).toEqual([]);
  });

  it('alerts once on the seed article, not on unrelated or old news, and reports failed feeds', async () => {
    const r = await poll();
    expect(r.code).toBe(0);
    const alerts = jsonLines(r.stdout);
    expect(alerts).toHaveLength(1);
    const [a] = alerts;
    expect(a).toMatchObject({ rule: 'iraq-syria-bases', title: seedTitle, link: 'https://wire.example/seed-1', countries: ['IQ'], update: false, sources: 1 });
    expect(a.attackTypes).toEqual(expect.arrayContaining(['drone']));
    expect(a.places.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Erbil', 'Ain al-Asad Air Base']));
    expect(a.casualties).toEqual({ killed: 0, injured: 0 });
    expect(typeof a.incidentId).toBe('string');
    // Each failure once, then the cycle in one line.
    expect(r.stderr.match(/wire-down/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/^feed wire-down: HTTP 503/m);
    expect(r.stderr.match(/nowhere/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/^poll: 3 feeds: 1 ok, 0 not modified, 2 failed; 3 new items; 1 alert$/m);
  });

  it('--dry-run on a store with history copies it: nothing new, and the file is left as it was', async () => {
    const before = readFileSync(db);
    const r = await dryRun();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/: 3 feeds: 1 ok, 0 not modified, 2 failed; 0 new items; 0 alerts$/m);
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('prints nothing on a second run, and the state survives the restart', async () => {
    const r = await poll();
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // The feed was fetched again, conditionally or not, and nothing was new (after three dry runs and one run).
    expect(server.requests('/iraq.xml').length).toBe(5);
  });

  it('keeps failures for sitrep status', async () => {
    const r = await runCli(['status', '--json', '--config', config], { env: { SITREP_DB: db } });
    expect(r.code).toBe(0);
    const status = JSON.parse(r.stdout);
    const byId = Object.fromEntries(status.feeds.map((f: { id: string }) => [f.id, f]));
    expect(byId['wire-iraq']).toMatchObject({ lastStatus: 200, lastError: null, itemsSeen: 3, consecutiveFailures: 0 });
    expect(byId['wire-down']).toMatchObject({ lastStatus: 503, consecutiveFailures: 2 });
    expect(byId['wire-down'].lastError).toMatch(/503/);
    expect(status.pendingDeliveries).toBe(0);
    // For people: relative times and plurals.
    const text = await runCli(['status', '--config', config], { env: { SITREP_DB: db } });
    // A clock time on another day than today carries its date ("2026-12-05 00:03 UTC"): a run near midnight.
    expect(text.stdout).toMatch(
      /^ {2}last poll: (just now|\d+ min ago) \((\d{4}-\d\d-\d\d )?\d\d:\d\d UTC\), HTTP 200 {3}next: in \d+ min \((\d{4}-\d\d-\d\d )?\d\d:\d\d UTC\) {3}3 items seen$/m,
    );
    expect(text.stdout).toMatch(/^ {2}last error: HTTP 503.* \(2 failures in a row\)$/m);
    expect(text.stdout).toMatch(/^0 deliveries pending$/m);
  });

  it('exits 2 on a bad config, naming the file and the path', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'feeds:\n  - id: x\n');
    const r = await runCli(['poll', '--once', '--config', bad], { env: { SITREP_DB: db } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2:5 feeds[0].url: is required`);
  });
});

describe('sitrep poll --once with a keyword watch', () => {
  it('alerts on a matching report that is not an attack, as a plain report, once (regression: keyword watches never alerted)', async () => {
    const server = await startFeedServer();
    try {
      server.route('/energy.xml', {
        contentType: 'application/rss+xml',
        body: rss([
          {
            guid: 'talks-1',
            title: 'Ministers discuss repairs to the northern oil pipeline',
            body: 'Energy ministers met on Monday to agree on repairs to the oil pipeline that carries crude to the coast.',
            hoursAgo: 1,
          },
          { guid: 'budget-1', title: 'Parliament approves the budget', body: 'Lawmakers approved the budget after a long debate.', hoursAgo: 2 },
        ]),
      });
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-poll-kw-'));
      const config = join(dir, 'sitrep.yaml');
      writeFileSync(
        config,
        `feeds:\n  - id: energy\n    url: ${server.url('/energy.xml')}\nrules:\n  - id: pipelines\n    attacksOnly: false\n    match:\n      keywords: {any: [oil pipeline]}\n  - id: attacks\n    match: {}\n`,
      );
      const poll = () => runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: join(dir, 'kw.db') } });
      const first = await poll();
      expect(first.code, first.stderr).toBe(0);
      const alerts = jsonLines(first.stdout);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({
        rule: 'pipelines',
        rules: ['pipelines'],
        style: 'report',
        title: 'Ministers discuss repairs to the northern oil pipeline',
        update: false,
      });
      expect((await poll()).stdout).toBe('');
    } finally {
      await server.close();
    }
  });
});

describe.runIf(await postgresAvailable())('sitrep poll --once on PostgreSQL', () => {
  it('alerts once on the seed article, and not again on the next run; a dry run before and after keeps nothing', async () => {
    const server = await startFeedServer();
    const pg = await postgresTestDatabase();
    try {
      server.route('/iraq.xml', {
        contentType: 'application/rss+xml',
        body: rss([{ guid: 'seed-1', title: seedTitle!, body: seedBody.join('\n'), hoursAgo: 1 }]),
      });
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-poll-pg-'));
      const config = join(dir, 'sitrep.yaml');
      writeFileSync(config, `feeds:\n  - id: wire\n    url: ${server.url('/iraq.xml')}\nrules:\n  - id: iraq\n    match: {countries: [IQ]}\n`);
      const poll = () => runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: pg.url } });
      // A dry run in a transaction rolled back: it shows the alert, and keeps nothing.
      const dry = await runCli(['poll', '--once', '--dry-run', '--json', '--config', config], { env: { SITREP_DB: pg.url } });
      expect(dry.code, dry.stderr).toBe(0);
      expect(jsonLines(dry.stdout)).toEqual([expect.objectContaining({ rule: 'iraq', wouldGoTo: [{ sink: 'console', target: 'stdout' }] })]);
      const first = await poll();
      expect(first.code, first.stderr).toBe(0);
      expect(jsonLines(first.stdout).map((l) => l.rule)).toEqual(['iraq']);
      const second = await poll();
      expect(second.code).toBe(0);
      expect(second.stdout).toBe('');
      const dryAgain = await runCli(['poll', '--once', '--dry-run', '--config', config], { env: { SITREP_DB: pg.url } });
      expect(dryAgain.stdout).toBe('');
      expect(dryAgain.stderr).toMatch(/0 new items; 0 alerts$/m);
    } finally {
      await server.close();
      await pg.dispose();
    }
  });
});

describe('sitrep poll --once --dry-run with Discord', () => {
  it('names the subscribed channels, contacts no Discord and leaves the outbox empty', async () => {
    const server = await startFeedServer();
    const fake = await new FakeDiscord().start();
    try {
      server.route('/iraq.xml', {
        contentType: 'application/rss+xml',
        body: rss([{ guid: 'seed-1', title: seedTitle!, body: seedBody.join('\n'), hoursAgo: 1 }]),
      });
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-dry-'));
      const config = join(dir, 'sitrep.yaml');
      const dbFile = join(dir, 'sitrep.db');
      writeFileSync(
        config,
        `feeds:\n  - id: wire\n    url: ${server.url('/iraq.xml')}\nrules:\n  - id: iraq\n    match: {countries: [IQ]}\n  - id: drones\n    match: {attackTypes: [drone]}\n`,
      );
      const store = await openDatabase(dbFile);
      const guildId = fake.addGuild('Ops');
      const channelId = fake.addChannel(guildId, 'alerts');
      await upsertSubscription(store.db, { guildId, channelId, ruleId: 'iraq', minSeverity: 'low', mentionRole: null, createdBy: null }, new Date());
      await store.close();
      const env = { SITREP_DB: dbFile, DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_REST_URL: fake.restUrl };
      const r = await runCli(['poll', '--once', '--dry-run', '--config', config], { env });
      expect(r.code, r.stderr).toBe(0);
      // One message for the incident in the subscribed channel; the other rule that matched has no channel.
      expect(r.stdout.match(/would go to: .*/g)).toEqual([
        `would go to: Discord channel ${channelId}`,
        'would go to: nowhere: no channel subscribes to drones (/subscribe)',
      ]);
      expect(fake.requests).toEqual([]);
      const after = await openDatabase(dbFile);
      try {
        expect(await pendingCount(after.db)).toBe(0);
      } finally {
        await after.close();
      }
    } finally {
      await server.close();
      await fake.stop();
    }
  });
});
