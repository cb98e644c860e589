import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/feeds/dates.js';

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 25 Nov 2026 14:03:00 GMT', '2026-11-25T14:03:00.000Z'],
    ['Wed, 25 Nov 2026 14:03:00 UT', '2026-11-25T14:03:00.000Z'],
    ['Wed, 25 Nov 2026 14:03:00 Z', '2026-11-25T14:03:00.000Z'],
    ['Wed, 25 Nov 2026 14:03:00 EST', '2026-11-25T19:03:00.000Z'],
    ['Wed, 25 Nov 2026 14:03:00 PDT', '2026-11-25T21:03:00.000Z'],
    ['Wed, 25 Nov 2026 14:03:00 +0300', '2026-11-25T11:03:00.000Z'],
    ['Wed, 25 Nov 2026 14:03:00 -05:30', '2026-11-25T19:33:00.000Z'],
    ['Wed, 25 Nov 2026 14:03:00 M', '2026-11-25T14:03:00.000Z'], // military: read as UTC (RFC 2822)
    ['Wed, 25 Nov 2026 14:03 CEST', '2026-11-25T12:03:00.000Z'],
    ['25 Nov 26 14:03:00 GMT', '2026-11-25T14:03:00.000Z'],
    ['Wednesday, 25-Nov-26 14:03:00 GMT', '2026-11-25T14:03:00.000Z'],
    ['Wed, 25 November 2026 14:03:00 GMT', '2026-11-25T14:03:00.000Z'],
    ['Wed, 25 Nov 2026 14:03:00', '2026-11-25T14:03:00.000Z'], // no zone: UTC
    ['2026-11-25T14:03:00Z', '2026-11-25T14:03:00.000Z'],
    ['2026-11-25T14:03:00.5+02:00', '2026-11-25T12:03:00.500Z'],
    ['2026-11-25T14:03:00+0200', '2026-11-25T12:03:00.000Z'],
    ['2026-11-25 14:03:00', '2026-11-25T14:03:00.000Z'], // no zone: UTC
    ['2026-11-25', '2026-11-25T00:00:00.000Z'],
    ['20261125T140300Z', '2026-11-25T14:03:00.000Z'],
    ['November 25, 2026 2:03 PM', '2026-11-25T14:03:00.000Z'],
    ['  Wed,  25 Nov 2026\n 14:03:00 GMT ', '2026-11-25T14:03:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each(['', 'garbage', 'yesterday', 'Tue, 31 Feb 2026 10:00:00 GMT', '0000-00-00 00:00:00', '2026-13-01', '99999-01-01'])('%j → null', (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it('reads non-strings as null', () => {
    expect(parseFeedDate(undefined)).toBeNull();
    expect(parseFeedDate({})).toBeNull();
  });
});
