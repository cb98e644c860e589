import { describe, expect, it } from 'vitest';
import { groupReports } from '../../src/incidents/index.js';
import { mergeTolls } from '../../src/incidents/merge.js';
import { type ReportSpec, report, testConfig } from './fixtures.js';

/**
 * Follow-ups that say some of the wounded have died: the toll moves people from the injured to the
 * killed instead of keeping both figures at their highest (which counted the same people twice).
 */
describe('mergeTolls', () => {
  it('keeps the higher figure of each kind when nobody is said to have died of wounds', () => {
    expect(mergeTolls({ killed: 4, injured: 9 }, { killed: 6, injured: null })).toEqual({ killed: 6, injured: 9 });
    expect(mergeTolls({ killed: 4, injured: 9 }, { killed: null, injured: 3 })).toEqual({ killed: 4, injured: 9 });
  });

  it('adds deaths of the wounded to the known dead when the report gives only those deaths', () => {
    // "Two more wounded guards have died": 3 dead and 2 wounded become 5 dead and none wounded.
    expect(mergeTolls({ killed: 3, injured: 2 }, { killed: 2, injured: null, diedOfWounds: 2 })).toEqual({ killed: 5, injured: 0, diedOfWounds: 2 });
  });

  it('keeps a new total the report states and takes the dead from the wounded', () => {
    // "Two wounded died, bringing the toll to seven": 5 dead and 11 wounded become 7 and 9.
    expect(mergeTolls({ killed: 5, injured: 11 }, { killed: 7, injured: null, diedOfWounds: 2 })).toEqual({ killed: 7, injured: 9, diedOfWounds: 2 });
  });

  it("takes the report's own count of the wounded, stated after the deaths", () => {
    expect(mergeTolls({ killed: 1, injured: 8 }, { killed: 3, injured: 6, diedOfWounds: 2 })).toEqual({ killed: 3, injured: 6, diedOfWounds: 2 });
  });

  it('moves nobody twice when a second outlet tells the same deaths', () => {
    const once = mergeTolls({ killed: 3, injured: 4 }, { killed: 1, injured: null, diedOfWounds: 1 });
    expect(once).toEqual({ killed: 4, injured: 3, diedOfWounds: 1 });
    expect(mergeTolls(once, { killed: 1, injured: null, diedOfWounds: 1 })).toEqual(once);
  });

  it('never makes the wounded negative', () => {
    expect(mergeTolls({ killed: 2, injured: 1 }, { killed: 3, injured: null, diedOfWounds: 3 }).injured).toBe(0);
  });
});

describe('a follow-up about the wounded who died', () => {
  const at = (h: number) => new Date(Date.parse('2026-10-14T00:00:00Z') + h * 3_600_000).toISOString();
  const first: ReportSpec = {
    id: 'gate-1',
    feed: 'local',
    at: at(0),
    types: ['armed_assault'],
    places: ['quetta'],
    targets: ['base'],
    killed: 3,
    injured: 2,
    title: 'Gunmen storm checkpoint in Quetta, three guards killed',
    content: 'Three guards were killed and two were wounded when gunmen stormed a checkpoint outside the city.',
  };
  const followUp: ReportSpec = {
    ...first,
    id: 'gate-2',
    feed: 'wire',
    at: at(20),
    killed: 2,
    injured: null,
    diedOfWounds: 2,
    title: 'Two more wounded guards die after Quetta checkpoint attack',
    content: 'Two more of the guards wounded in the checkpoint attack have died in hospital, officials said.',
  };

  it('joins the incident and moves the two from the injured to the killed', () => {
    const steps = groupReports([first, followUp].map(report), testConfig).steps;
    expect(steps[1]!.isNew).toBe(false);
    const incident = steps[1]!.incident;
    expect(incident.casualties).toMatchObject({ killed: 5, injured: 0 });
    expect(incident.tollSourceId).toBe('gate-2');
  });
});
