/**
 * Lenient feed dates: RFC 822/1123/2822 (named, numeric and military zones, two-digit years),
 * ISO 8601 / RFC 3339 (a time without a zone is UTC) and whatever else the JS date parser
 * understands when read as UTC. Anything else is null, never an exception.
 */

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

/** Zone names seen in feeds, in minutes east of UTC. IST is read as India, the common case in news feeds. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  PKT: 300,
  HKT: 480,
  SGT: 480,
  JST: 540,
  KST: 540,
  AWST: 480,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

/** Earliest and latest years accepted: outside them a date is garbage, not news. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2200;

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined || zone === '') return 0;
  const upper = zone.toUpperCase();
  const numeric = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/.exec(upper);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  if (upper in ZONES) return ZONES[upper]!;
  // RFC 2822 §4.3: military single-letter zones were specified wrongly in RFC 822; read them as UTC.
  if (/^[A-IK-Z]$/.test(upper)) return 0;
  return null;
}

function build(year: number, month: number, day: number, h: number, min: number, s: number, ms: number, offset: number): string | null {
  if (year < 100) year += year < 50 ? 2000 : 1900;
  if (month < 0 || month > 11 || day < 1 || day > 31 || h > 24 || min > 59 || s > 60) return null;
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null; // 31 February
  const time = Date.UTC(year, month, day, h, min, Math.min(s, 59), ms) - offset * 60_000;
  return finish(time);
}

function finish(time: number): string | null {
  if (!Number.isFinite(time)) return null;
  const year = new Date(time).getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return new Date(time).toISOString();
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 =
  /^(?:[A-Za-z]{2,9}\.?,?\s+)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{2,4})(?:[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(?:\(?([A-Za-z]{1,5}|(?:UTC|GMT)?[+-]\d{1,2}:?\d{2}?)\)?)?(?:\s*\(.*\))?$/;

/** The date as ISO-8601 UTC, or null when it cannot be read. */
export function parseFeedDate(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > 100) return null;

  const iso = ISO.exec(text);
  if (iso) {
    const offset = zoneOffsetMinutes(iso[8]);
    if (offset === null) return null;
    const ms = iso[7] ? Number(iso[7].slice(0, 3).padEnd(3, '0')) : 0;
    return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0), ms, offset);
  }

  const rfc = RFC822.exec(text);
  if (rfc) {
    const month = MONTHS[rfc[2]!.toLowerCase()];
    // An unknown zone name costs hours at most, losing the date costs more: read it as UTC.
    const offset = zoneOffsetMinutes(rfc[8]) ?? 0;
    if (month !== undefined) {
      const ms = rfc[7] ? Number(rfc[7].slice(0, 3).padEnd(3, '0')) : 0;
      return build(Number(rfc[3]), month, Number(rfc[1]), Number(rfc[4] ?? 0), Number(rfc[5] ?? 0), Number(rfc[6] ?? 0), ms, offset);
    }
  }

  // Other shapes ("November 25, 2026 2:03 PM EST", "2026/11/25 14:03"): the JS parser, read as
  // UTC when the text names no zone (it would otherwise use the server's local time).
  const lastToken = /([A-Za-z]+|[+-]\d{2}:?\d{2})\)?$/.exec(text)?.[1] ?? '';
  const hasZone = /^[+-]/.test(lastToken) || lastToken.toUpperCase() in ZONES;
  return finish(Date.parse(hasZone ? text : `${text} UTC`));
}
