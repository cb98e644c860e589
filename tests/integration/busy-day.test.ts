/**
 * A busy day as a new user meets it: one feed with drone strikes in several towns of one country,
 * a follow-up with a higher toll, look-alikes, a keyword watch and an overlong title; overlapping
 * rules (country, attack type, a radius, keywords) and two `poll --once` processes on one store.
 * The stories are invented for this test.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLE_CHARS } from '../../src/alerts/build.js';
import { upsertSubscription } from '../../src/store/subscriptions.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { jsonLines, runCli } from '../helpers/cli.js';
import { postgresAvailable, postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';

const LONG_TITLE = `Drone strike on Sulaymaniyah market ${'and a headline that never seems to end '.repeat(80)}`.trim();

const ITEMS = [
  {
    guid: 'erbil-1',
    title: 'Drone strike on oil field outside Erbil kills two guards',
    body: 'Two security guards died when an explosive-laden drone struck an oil field west of Erbil early on Thursday, Kurdish officials said.',
    hoursAgo: 7,
  },
  {
    guid: 'kirkuk-1',
    title: 'Drone hits police station in Kirkuk, four officers wounded',
    body: 'An armed drone hit a police station in central Kirkuk overnight, wounding four officers, a police spokesman said.',
    hoursAgo: 6.5,
  },
  {
    guid: 'erbil-2',
    title: 'Death toll from Erbil oil field drone strike rises to five',
    body: "Three more guards have died of their wounds after Thursday's drone strike on the oil field near Erbil, raising the toll to five, health officials said.",
    hoursAgo: 5,
  },
  {
    guid: 'film-1',
    title: 'New film about drone warfare premieres in Baghdad',
    body: 'A documentary about the drone war had its premiere at a Baghdad cinema on Wednesday evening, with the director in attendance.',
    hoursAgo: 5.5,
  },
  {
    guid: 'pipeline-1',
    title: 'Kirkuk oil pipeline resumes pumping after long halt',
    body: 'Crude began flowing again through the oil pipeline from Kirkuk to the Turkish coast, the oil ministry said on Thursday.',
    hoursAgo: 4,
  },
  {
    guid: 'mosul-1',
    title: 'Roadside bomb kills three soldiers near Mosul',
    body: 'An improvised explosive device hit an army vehicle on the road south of Mosul, killing three soldiers, the military said.',
    hoursAgo: 3,
  },
  {
    guid: 'duhok-1',
    title: '@everyone Drone attack on Duhok checkpoint **kills one** <@123456789012345678> [click here](https://evil.example/x)',
    body: 'A drone struck a checkpoint outside Duhok, killing one guard. @here see https://evil.example/phish and <@&222222222222222222>.',
    hoursAgo: 2,
  },
  {
    guid: 'suli-1',
    title: LONG_TITLE,
    body: 'A drone struck a crowded market in Sulaymaniyah on Thursday afternoon, killing two shoppers and wounding nine, local officials said.',
    hoursAgo: 1,
  },
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function rss(entries = ITEMS): string {
  const now = Date.now();
  const items = entries.map(
    (i) =>
      `<item><guid>${i.guid}</guid><title>${escapeXml(i.title)}</title><link>https://wire.example/${i.guid}</link>` +
      `<pubDate>${new Date(now - i.hoursAgo * 3_600_000).toUTCString()}</pubDate><description>${escapeXml(i.body)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Busy wire</title><link>https://wire.example/</link>\n${items.join('\n')}\n</channel></rss>`;
}

interface AlertLine {
  rule: string;
  rules: string[];
  title: string;
  incidentId: string;
  update: boolean;
  sources: number;
  changes: string[];
  previousSeverity: string | null;
  casualties: { killed: number | null; injured: number | null };
}
const lines = (stdout: string): AlertLine[] => jsonLines(stdout);

const withPostgres = await postgresAvailable();

describe('a busy day, polled once', () => {
  let server: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-busy-'));
  const config = join(dir, 'sitrep.yaml');
  const stores: TestDatabase[] = [];
  const store = () => {
    const s = sqliteTestDatabase();
    stores.push(s);
    return s.url;
  };

  beforeAll(async () => {
    server = await startFeedServer();
    server.route('/busy.xml', { contentType: 'application/rss+xml; charset=utf-8', body: rss() });
    writeFileSync(
      config,
      [
        'feeds:',
        '  - id: wire',
        `    url: ${server.url('/busy.xml')}`,
        'rules:',
        '  - id: iraq',
        '    name: Attacks in Iraq',
        '    match: {countries: [Iraq]}',
        '  - id: drones',
        '    name: Drone attacks',
        '    match: {attackTypes: [drones]}',
        '  - id: near-erbil',
        '    name: Within 100 km of Erbil',
        '    match: {near: [{place: Erbil, km: 100}]}',
        '  - id: pipelines',
        '    attacksOnly: false',
        '    match: {keywords: [oil pipeline]}',
        '',
      ].join('\n'),
    );
  });
  afterAll(async () => {
    await server.close();
    for (const s of stores) await s.dispose();
  });

  it('one line per incident for the reports of one poll, listing every matching rule; a later report is an update saying what changed', async () => {
    const r = await runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: store() } });
    expect(r.code, r.stderr).toBe(0);
    const got = lines(r.stdout);
    // No incident is alerted twice, whatever the number of rules and reports matching it.
    const incidents = got.map((a) => a.incidentId);
    expect(new Set(incidents).size).toBe(incidents.length);
    expect(got.some((a) => a.update)).toBe(false);
    // The Erbil strike's two reports came in one poll: one line, leading with the report that
    // stated the toll it shows, not a line and an update at once.
    const [erbil, ...again] = got.filter((a) => a.title.includes('Erbil'));
    expect(again).toEqual([]);
    expect(erbil).toMatchObject({
      title: 'Death toll from Erbil oil field drone strike rises to five',
      rules: ['iraq', 'drones', 'near-erbil'],
      casualties: { killed: 5 },
      sources: 2,
      changes: [],
      previousSeverity: null,
    });

    // Polled before the toll rose, then after: the follow-up is an update saying what changed, in words.
    const db = store();
    server.route('/busy.xml', { contentType: 'application/rss+xml; charset=utf-8', body: rss(ITEMS.filter((i) => i.guid !== 'erbil-2')) });
    try {
      const before = await runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: db } });
      expect(before.code, before.stderr).toBe(0);
      expect(lines(before.stdout).find((a) => a.title.includes('Erbil'))).toMatchObject({ update: false, casualties: { killed: 2 }, changes: [] });
    } finally {
      server.route('/busy.xml', { contentType: 'application/rss+xml; charset=utf-8', body: rss() });
    }
    const after = await runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: db } });
    expect(after.code, after.stderr).toBe(0);
    const [update, ...more] = lines(after.stdout);
    expect(more).toEqual([]);
    expect(update).toMatchObject({ update: true, title: 'Death toll from Erbil oil field drone strike rises to five', casualties: { killed: 5 } });
    expect(update!.changes).toContain('killed 2 → 5');
    expect(update!.changes.some((c) => c.startsWith('new source: wire — Death toll from Erbil'))).toBe(true);
    // The keyword watch alerts on a report that is no attack; the film does not alert.
    expect(got.filter((a) => a.rules.includes('pipelines')).map((a) => a.title)).toEqual(['Kirkuk oil pipeline resumes pumping after long halt']);
    expect(got.some((a) => a.title.includes('film'))).toBe(false);
    // A 3,000-character title is cut at a word, marked.
    const long = got.find((a) => a.title.startsWith('Drone strike on Sulaymaniyah market'))!;
    expect(long.title.length).toBeLessThanOrEqual(TITLE_CHARS);
    expect(long.title).toMatch(/\w…$/);
    expect(LONG_TITLE.startsWith(`${long.title.slice(0, -1)} `)).toBe(true);
  });

  it('on the console, a title is cut and a rule without a name is named once', async () => {
    const r = await runCli(['poll', '--once', '--config', config], { env: { SITREP_DB: store() } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  rule:       pipelines; keyword "oil pipeline"\n');
    expect(r.stdout).toContain('              Drone attacks (drones); attack type drone\n');
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(TITLE_CHARS + 20);
  });

  it('the digest counts each incident on the day it happened and shows its toll now', async () => {
    const db = store();
    expect((await runCli(['poll', '--once', '--config', config], { env: { SITREP_DB: db } })).code).toBe(0);
    const json = await runCli(['digest', '--rule', 'iraq', '--json', '--config', config], { env: { SITREP_DB: db } });
    expect(json.code, json.stderr).toBe(0);
    const summary = JSON.parse(json.stdout) as { days: { date: string; current: number }[]; incidents: { published: string; killed: number | null }[] };
    // Each bar is the calendar day (UTC here) its label names, today included.
    const perDay = new Map<string, number>();
    for (const i of summary.incidents) perDay.set(i.published.slice(0, 10), (perDay.get(i.published.slice(0, 10)) ?? 0) + 1);
    expect(summary.days.filter((d) => d.current > 0).map((d) => [d.date, d.current])).toEqual([...perDay].sort());
    const text = await runCli(['digest', '--rule', 'iraq', '--config', config], { env: { SITREP_DB: db } });
    // The first headline said two killed; the toll now is five.
    expect(text.stdout).toMatch(/Drone strike on oil field outside Erbil kills two guards — drone, Erbil, 5 killed /);
    expect(text.stdout).toMatch(/^SITREP Attacks in Iraq \(iraq\): \d+ incidents from \w{3} \d+ \w{3} \d\d:\d\d to \w{3} \d+ \w{3} \d\d:\d\d UTC$/m);
  });

  const twoProcesses = async (url: string) => {
    const poll = () => runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: url } });
    const [a, b] = await Promise.all([poll(), poll()]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    const all = [...lines(a.stdout), ...lines(b.stdout)];
    const keys = all.map((l) => `${l.incidentId} ${l.update ? 'update' : 'new'} ${l.casualties.killed}`);
    // Each report of each incident came out once, from one process or the other.
    expect(new Set(keys).size).toBe(keys.length);
    const erbil = all.find((l) => l.title.includes('Erbil oil field'))!.incidentId;
    // Its two reports, read in one poll by whichever process took the feed: one line.
    expect(all.filter((l) => l.incidentId === erbil).map((l) => [l.update, l.casualties.killed])).toEqual([[false, 5]]);
  };

  const inDiscord = async (database: TestDatabase) => {
    const fake = await new FakeDiscord().start();
    try {
      const db = database.url;
      const guildId = fake.addGuild('Ops');
      const channelId = fake.addChannel(guildId, 'alerts');
      const opened = await database.open();
      for (const ruleId of ['iraq', 'drones', 'near-erbil'])
        await upsertSubscription(opened.db, { guildId, channelId, ruleId, minSeverity: 'low', mentionRole: null, createdBy: null }, new Date());
      await opened.close();
      const env = { SITREP_DB: db, DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_REST_URL: fake.restUrl };
      const poll = () => runCli(['poll', '--once', '--config', config], { env });
      const [a, b] = await Promise.all([poll(), poll()]);
      expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
      // Alerts are the messages with an embed; a risen toll would also get a short reply without one.
      const posted = fake.messagesIn(channelId);
      const messages = posted.filter((m) => m.embeds?.length > 0);
      const incidents = messages.map((m) => m.embeds[0].footer.text);
      expect(new Set(incidents).size).toBe(messages.length);
      // The Erbil strike's two reports came in one poll: one message listing the three rules, leading
      // with the report of the higher toll; no edit and no "toll now" reply right after it.
      const erbil = messages.filter((m) => m.embeds[0].title === 'Death toll from Erbil oil field drone strike rises to five');
      expect(erbil).toHaveLength(1);
      expect(erbil[0]!.edits).toBe(0);
      expect(erbil[0]!.embeds[0].fields.find((f: { name: string }) => f.name === 'Rules (3)')).toBeTruthy();
      expect(posted.filter((m) => !(m.embeds?.length > 0))).toEqual([]);
      // The hostile headline pings no one and links nowhere; the mentions are defused, the Markdown escaped.
      const hostile = messages.find((m) => m.embeds[0].title.includes('Duhok'))!;
      expect(hostile.allowed_mentions).toEqual({ parse: [], roles: [] });
      expect(hostile.content).toBe('');
      const shown = JSON.stringify(hostile.embeds);
      expect(shown).not.toMatch(/@everyone|@here|<@\d|<@&\d|https:\/\/evil/);
      expect(hostile.embeds[0].title).toContain('\\*\\*kills one\\*\\*');
    } finally {
      await fake.stop();
    }
  };

  it('in Discord, a channel subscribed through three overlapping rules gets one message per incident from two processes; article text stays inert', async () => {
    const database = sqliteTestDatabase();
    stores.push(database);
    await inDiscord(database);
  });

  it.runIf(withPostgres)('the same in Discord with two processes on PostgreSQL', async () => {
    const pg = await postgresTestDatabase();
    try {
      await inDiscord(pg);
    } finally {
      await pg.dispose();
    }
  });

  it('two processes on one SQLite file alert each incident once', async () => {
    await twoProcesses(store());
  });

  it.runIf(withPostgres)('two processes on one PostgreSQL database alert each incident once', async () => {
    const pg = await postgresTestDatabase();
    try {
      await twoProcesses(pg.url);
    } finally {
      await pg.dispose();
    }
  });
});
