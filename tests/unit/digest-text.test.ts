import { describe, expect, it } from 'vitest';
import { formatAlertText } from '../../src/alerts/format-text.js';
import { digestText } from '../../src/digest/format-text.js';
import { summarizeDigest } from '../../src/digest/summary.js';
import type { Incident } from '../../src/incidents/incident.js';
import { makeAlert } from '../discord/helpers.js';

function incident(id: string, firstPublished: string, killed: number | null, title = `Drone strike ${id}`): Incident {
  return {
    id,
    title,
    firstPublished,
    lastPublished: firstPublished,
    attackTypes: ['drone'],
    places: [],
    scenes: [],
    countries: ['IQ'],
    actors: [],
    casualties: { killed, injured: null },
    severity: 'high',
    targets: [],
    sources: [],
    fingerprints: [],
  };
}

describe('the digest in words', () => {
  // A digest posted at 07:00 UTC on Thursday 3 December: the 24 hours before.
  const period = { start: new Date('2026-12-02T07:00:00Z'), end: new Date('2026-12-03T07:00:00Z'), timeZone: 'UTC' };
  const incidents = [
    incident('a', '2026-12-03T01:30:00Z', 5, 'Drone strike on an oil field kills two guards'),
    incident('b', '2026-12-02T20:00:00Z', null),
    // A week before: one in the same first seven hours of the Thursday, one later that day.
    incident('c', '2026-11-26T03:00:00Z', 1),
    incident('d', '2026-11-26T15:00:00Z', 1),
  ];
  const summary = summarizeDigest({ id: 'iraq', name: 'Attacks in Iraq' }, period, incidents);

  it('counts each incident on the calendar day it happened, today up to the end', () => {
    expect(summary.days.map((d) => [d.label, d.current, d.previous])).toEqual([
      ['Fri 27', 0, 0],
      ['Sat 28', 0, 0],
      ['Sun 29', 0, 0],
      ['Mon 30', 0, 0],
      ['Tue 1', 0, 0],
      ['Wed 2', 1, 0],
      // Today's seven hours against the same seven hours a week before.
      ['Thu 3', 1, 1],
    ]);
  });

  it('counts the days of the time zone it is given', () => {
    const baghdad = summarizeDigest({ id: 'iraq' }, { ...period, timeZone: 'Asia/Baghdad' }, incidents);
    // 07:00 UTC is 10:00 in Baghdad; 20:00 UTC on Wednesday is 23:00 there, still Wednesday.
    expect(baghdad.days.slice(-2).map((d) => [d.label, d.current])).toEqual([
      ['Wed 2', 1],
      ['Thu 3', 1],
    ]);
  });

  it('gives the period in local time, names the rule once, and each incident with its toll now', () => {
    const text = digestText(summary);
    expect(text).toContain('SITREP Attacks in Iraq (iraq): 2 incidents from Wed 2 Dec 07:00 to Thu 3 Dec 07:00 UTC\n');
    // The headline said two; the incident's toll is five now. No figure, no toll.
    expect(text).toContain('1. [high] Drone strike on an oil field kills two guards — drone, 5 killed\n');
    expect(text).toContain('2. [high] Drone strike b — drone\n');
    expect(digestText(summarizeDigest({ id: 'iraq' }, period, incidents))).toMatch(/^SITREP iraq: 2 incidents/);
  });
});

describe('the digest’s incidents', () => {
  const period = { start: new Date('2026-12-02T07:00:00Z'), end: new Date('2026-12-03T07:00:00Z'), timeZone: 'UTC' };
  const source = (documentId: string, title: string, published: string) => ({
    documentId,
    feedId: `wire-${documentId}`,
    title,
    link: `https://${documentId}.example/story`,
    published,
    headline: { attackTypes: [], hitPlaces: [], timeOfDay: null },
  });
  // Opened by the wire that came in first; an outlet that published earlier was read later, so it sorts first.
  const earlier = source('early', 'Blast heard near the airport road', '2026-12-02T09:00:00Z');
  const opener = source('opener', 'Car bomb kills two at a checkpoint', '2026-12-02T10:00:00Z');
  const toll = source('toll', 'Checkpoint car bomb toll rises to six', '2026-12-02T14:00:00Z');
  const base = { ...incident('x', '2026-12-02T09:00:00Z', 2, opener.title), sources: [earlier, opener] };

  it('give the opening title with the opening report’s own link, also once another report raised the toll', () => {
    const [shown] = summarizeDigest({ id: 'iraq' }, period, [base]).incidents;
    expect([shown!.title, shown!.link]).toEqual([opener.title, opener.link]);
    const [risen] = summarizeDigest({ id: 'iraq' }, period, [
      { ...base, casualties: { killed: 6, injured: null }, tollSourceId: 'toll', sources: [earlier, opener, toll] },
    ]).incidents;
    expect([risen!.title, risen!.link, risen!.killed]).toEqual([opener.title, opener.link, 6]);
  });
});

describe('an alert on the console', () => {
  it('names a rule without a name once, and one with a name by both', () => {
    const text = formatAlertText(
      makeAlert({
        rules: [
          { id: 'pipelines', name: 'pipelines', guildId: null, reasons: ['keyword "oil pipeline"'] },
          { id: 'iraq', name: 'Attacks in Iraq', guildId: null, reasons: ['country IQ'] },
        ],
      }),
    );
    expect(text).toContain('  rules:      pipelines; keyword "oil pipeline"\n              Attacks in Iraq (iraq); country IQ\n');
  });
});
