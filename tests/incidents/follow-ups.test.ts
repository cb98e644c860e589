import { describe, expect, it } from 'vitest';
import { groupReports } from '../../src/incidents/index.js';
import { type ReportSpec, report, testConfig } from './fixtures.js';

/**
 * Follow-up reports of one attack that share little wording with the first: another outlet's count,
 * a country-only wire line, a report naming only the toll.
 */
const group = (specs: ReportSpec[]) => groupReports(specs.map(report), testConfig).steps;
const at = (h: number) => new Date(Date.parse('2026-11-03T00:00:00Z') + h * 3_600_000).toISOString();

describe('tolls told another way', () => {
  const first: ReportSpec = {
    id: 'raid-1',
    feed: 'local',
    at: at(0),
    types: ['armed_assault'],
    places: ['maiduguri'],
    targets: ['civilians'],
    killed: 52,
    title: 'Gunmen raid villages outside Maiduguri, 52 dead',
    content: 'Attackers on motorbikes stormed three farming villages at dawn and shot residents.',
  };

  it('join when a later report gives a slightly lower figure ("over 50" against 52)', () => {
    const later: ReportSpec = {
      ...first,
      id: 'raid-2',
      feed: 'wire',
      at: at(8),
      killed: 50,
      title: 'Insurgents kill more than 50 near Maiduguri',
      content: 'More than fifty people died when militants overran settlements, officials said.',
    };
    expect(group([first, later])[1]!.isNew).toBe(false);
  });

  it('stay apart when the later figure is clearly lower, hours on: another, smaller attack', () => {
    const later: ReportSpec = {
      ...first,
      id: 'raid-3',
      feed: 'wire',
      at: at(8),
      killed: 20,
      title: 'Gunmen kill 20 near Maiduguri',
      content: 'Twenty people died when attackers reached a market town in the evening.',
    };
    const steps = group([first, later]);
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[1]!.note).toMatch(/states 20 killed/);
  });
});

describe('a report naming only its country, joining on its toll', () => {
  const post: ReportSpec = {
    id: 'post-1',
    feed: 'local',
    at: at(0),
    types: ['armed_assault'],
    places: ['mosul'],
    killed: 2,
    title: 'Two policemen shot dead at a Mosul checkpoint',
    content: 'Attackers opened fire on officers at a checkpoint on the western edge of the city.',
  };
  const countryOnly = (over: Partial<ReportSpec>): ReportSpec => ({
    id: 'country-1',
    feed: 'wire',
    at: at(1),
    types: ['armed_assault'],
    places: ['iraq'],
    killed: 2,
    title: 'Militants kill two policemen in Iraq',
    content: 'Two members of the police died on Tuesday, officials said, without giving details.',
    ...over,
  });

  it('does not join on a toll of one or two when its headline names no means: many attacks kill two', () => {
    const steps = group([post, countryOnly({})]);
    expect(steps[1]!.isNew).toBe(true);
  });

  it('joins on a toll of one or two when its headline names the same means', () => {
    const steps = group([post, countryOnly({ title: 'Gunmen shoot dead two policemen in Iraq' })]);
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons.join('; ')).toMatch(/the same toll of the same kind of attack/);
  });

  it('joins on a larger toll, even when its headline names no means', () => {
    const big = { ...post, killed: 17, title: 'Seventeen killed at a Mosul checkpoint' };
    const steps = group([big, countryOnly({ killed: 17, title: 'Death toll in Iraq attack climbs to 17' })]);
    expect(steps[1]!.isNew).toBe(false);
  });

  it('counts the wounded as the toll when neither side states anyone killed', () => {
    const rockets: ReportSpec = {
      id: 'rockets-1',
      feed: 'local',
      at: at(0),
      types: ['rocket'],
      places: ['erbil'],
      injured: 2,
      title: 'Sirens in Erbil as rockets land near the airport',
      content: 'Two people were lightly hurt by shrapnel, the civil defence said.',
    };
    const wire = countryOnly({ id: 'rockets-2', types: ['rocket'], killed: null, injured: 2, title: 'Rocket fire wounds two in northern Iraq' });
    const steps = group([rockets, wire]);
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons.join('; ')).toMatch(/the same number wounded \(2\)/);
  });
});
