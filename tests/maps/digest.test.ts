import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/clock.js';
import type { Rule } from '../../src/config/rule-schema.js';
import { consoleDigestPoster } from '../../src/digest/console.js';
import { latestDailyPeriod } from '../../src/digest/schedule.js';
import { discordDigestPoster } from '../../src/discord/digest.js';
import { createRest, DiscordSink } from '../../src/discord/sink.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import type { Incident } from '../../src/incidents/incident.js';
import { MapRenderer } from '../../src/maps/renderer.js';
import { buildDigest, DigestScheduler, digestSchedules, STALE_CLAIM_MS } from '../../src/pipeline/digests.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';
import type { OpenedDatabase } from '../../src/store/database.js';
import { parseStoredIncident } from '../../src/store/incident-rows.js';
import { pruneOlderThan } from '../../src/store/retention.js';
import { upsertSubscription } from '../../src/store/subscriptions.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { type TestDatabase, testBackends } from '../helpers/databases.js';
import { storedDay, storeReport } from './digest-fixtures.js';
import { decodePng, recordingLogger, testCities } from './helpers.js';

const backends = await testBackends();
const resolver = engineResolver(ExtractionEngine.load());
const iraqSyria: Rule = { id: 'iraq-syria', name: 'Iraq and Syria', match: { countries: ['IQ', 'SY'] }, minSeverity: 'low', attacksOnly: true } as Rule;

class FixedClock implements Clock {
  constructor(public t: Date) {}
  now() {
    return new Date(this.t);
  }
}

describe.each(backends)('digest on $name', ({ make }) => {
  let tdb: TestDatabase;
  let database: OpenedDatabase;
  beforeAll(async () => {
    tdb = await make();
    database = await tdb.open();
    for (const r of storedDay()) await storeReport(database.db, r);
  });
  afterAll(async () => {
    await database?.close();
    await tdb?.dispose();
  });

  it('counts a stored day of incidents as the database holds them', async () => {
    const period = latestDailyPeriod(new Date('2026-11-21T00:30:00Z'), 0, 'UTC');
    expect(period.start.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    const { summary, job } = await buildDigest(database.db, resolver, iraqSyria, null, period);

    // What the database says, computed here independently of the digest code.
    const rows = await database.db.selectFrom('incidents').select(['id', 'data']).execute();
    const all: Incident[] = rows.map((r) => parseStoredIncident(r, []));
    const day = all.filter((i) => i.firstPublished >= period.start.toISOString() && i.firstPublished < period.end.toISOString());
    const matching = day.filter((i) => i.countries.some((c) => c === 'IQ' || c === 'SY'));
    expect(summary.total).toBe(matching.length);
    expect(summary.total).toBe(5); // two reports of the Mosul bomb are one incident; Aden is out of the rule.
    expect(summary.killed).toBe(matching.reduce((n, i) => n + (i.casualties.killed ?? 0), 0));
    expect(summary.injured).toBe(matching.reduce((n, i) => n + (i.casualties.injured ?? 0), 0));
    expect(summary.killed).toBe(2 + 0 + 14 + 3);
    expect(summary.withoutFigures).toBe(1);
    expect(summary.byAttackType).toEqual({ drone: 1, rocket: 1, ied: 1, suicide_attack: 1, armed_assault: 1 });
    expect(summary.byCountry).toEqual({ IQ: 4, SY: 1 });
    const bySeverity: Record<string, number> = { low: 0, medium: 0, high: 0, critical: 0 };
    for (const i of matching) bySeverity[i.severity]!++;
    expect(summary.bySeverity).toEqual(bySeverity);
    // Most severe first, with links.
    expect(summary.incidents[0]!.title).toBe('Suicide bomber strikes Baghdad market');
    expect(summary.incidents[0]!.link).toBe('https://example.org/news/d4');
    // The seven days to the end, each against the same weekday before: the kidnapping of 12 Nov is the 19th's week before.
    expect(summary.days.map((d) => d.date)).toEqual(['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20']);
    expect(summary.days.map((d) => d.current)).toEqual([1, 0, 0, 0, 1, 0, 5]);
    expect(summary.days.map((d) => d.previous)).toEqual([0, 0, 0, 0, 0, 1, 0]);
    // The picture: every incident of the day on the map, numbered like the list.
    expect(job.incidents.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('posts a subscription’s digest once at its local hour, across restarts and processes', async () => {
    const fake = await new FakeDiscord().start();
    const guild = fake.addGuild();
    const channel = fake.addChannel(guild);
    // Baghdad is UTC+3: 07:00 local is 04:00 UTC.
    const created = new Date('2026-11-19T12:00:00Z');
    await upsertSubscription(
      database.db,
      {
        guildId: guild,
        channelId: channel,
        ruleId: 'iraq-syria',
        minSeverity: 'low',
        mentionRole: null,
        createdBy: null,
        digest: { hour: 7, timeZone: 'Asia/Baghdad' },
      },
      created,
    );
    const renderer = new MapRenderer({ cities: testCities, timeoutMs: 60_000, log: recordingLogger().log });
    const second = await tdb.open();
    const clock = new FixedClock(new Date('2026-11-21T03:59:00Z'));
    const scheduler = (db: OpenedDatabase, owner: string) =>
      new DigestScheduler({
        db: db.db,
        clock,
        log: recordingLogger().log,
        resolver,
        schedules: () => digestSchedules(db.db, []),
        rule: async () => iraqSyria,
        render: (job) => renderer.render(job),
        poster: () => discordDigestPoster(new DiscordSink(createRest(fake.token, fake.restUrl), db.db, clock, recordingLogger().log)),
        owner,
      });
    try {
      const a = scheduler(database, 'process-a');
      const b = scheduler(second, 'process-b');
      expect(await a.tick()).toBe(0);
      expect(fake.messagesIn(channel)).toHaveLength(0);

      clock.t = new Date('2026-11-21T04:00:30Z');
      // Two processes on one database tick at once: one posts.
      const [na, nb] = await Promise.all([a.tick(), b.tick()]);
      expect(na + nb).toBe(1);
      expect(fake.messagesIn(channel)).toHaveLength(1);
      // Later ticks and a restarted process post nothing more for this period.
      clock.t = new Date('2026-11-21T05:00:00Z');
      expect(await a.tick()).toBe(0);
      expect(await scheduler(second, 'process-c').tick()).toBe(0);
      expect(fake.messagesIn(channel)).toHaveLength(1);

      const [msg] = fake.messagesIn(channel);
      const embed = msg!.embeds[0];
      expect(embed.title).toBe('SITREP — Iraq and Syria');
      expect(embed.description).toMatch(/^\*\*5 incidents\*\*/);
      expect(embed.fields.find((f: any) => f.name === 'Casualties').value).toContain('killed **19**');
      expect(embed.fields.find((f: any) => f.name === 'Most severe').value).toMatch(
        /^1\. \[Suicide bomber strikes Baghdad market\]\(https:\/\/example\.org\/news\/d4\)/,
      );
      expect(msg!.attachments).toHaveLength(1);
      expect(embed.image.url).toBe(msg!.attachments[0]!.url);
      const png = decodePng(msg!.attachments[0]!.data);
      expect([png.width, png.height]).toEqual([1100, 520]);

      // The next day's digest, at the next 07:00.
      clock.t = new Date('2026-11-22T04:01:00Z');
      expect(await b.tick()).toBe(1);
      expect(fake.messagesIn(channel)).toHaveLength(2);
    } finally {
      await renderer.close();
      await second.close();
      await fake.stop();
    }
  });

  it('retries a digest whose post failed once the claim is stale, and skips periods long past', async () => {
    const out: string[] = [];
    let fail = true;
    const writer = new Writable({
      write(chunk, _encoding, done) {
        out.push(String(chunk));
        done();
      },
    });
    const toConsole = consoleDigestPoster(writer, true);
    const clock = new FixedClock(new Date('2026-11-21T08:00:10Z'));
    const make = (owner: string) =>
      new DigestScheduler({
        db: database.db,
        clock,
        log: recordingLogger().log,
        resolver,
        schedules: () => digestSchedules(database.db, [{ rule: 'iraq-syria', hour: 8, timeZone: 'UTC' }]),
        rule: async () => iraqSyria,
        render: async () => null,
        poster: () => ({
          post: async (s, d, p, n) => {
            if (fail) throw new Error('Discord is down');
            return toConsole.post(s, d, p, n);
          },
        }),
        owner,
      });
    expect(await make('a').tick()).toBe(0);
    fail = false;
    expect(await make('b').tick()).toBe(0); // the failed claim is not stale yet
    clock.t = new Date(clock.t.getTime() + STALE_CLAIM_MS + 1000);
    expect(await make('b').tick()).toBe(1);
    expect(JSON.parse(out[0]!).digest.total).toBeGreaterThanOrEqual(0);
    // Seven hours after its hour, a missed digest is not posted any more.
    clock.t = new Date('2026-11-22T15:00:00Z');
    expect(await make('c').tick()).toBe(0);
    // Retention prunes claims of periods long past.
    expect((await pruneOlderThan(database.db, new Date('2026-11-21T09:00:00Z'))).digests).toBeGreaterThanOrEqual(1);
  });
});
