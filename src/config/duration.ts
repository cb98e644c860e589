import { z } from 'zod';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Parses "90s", "5m", "24h", "7d", "250ms" into milliseconds. A number without its unit is no
 * duration: "300" may mean seconds or minutes, and a wrong guess polls sixty times too often.
 */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/i.exec(text);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!);
}

/** A negative amount (-5, "-1MB"): never a usable duration or size, nor is zero. */
const negative = (v: string | number) => (typeof v === 'number' ? v < 0 : /^\s*-/.test(v));

const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/** "300s or 5m": a bare number as seconds, and the same in the largest unit it fills (else as minutes). */
function withUnits(n: number): string {
  const larger = (
    [
      ['d', 86_400],
      ['h', 3_600],
      ['m', 60],
    ] as const
  ).find(([, seconds]) => n >= seconds && n % seconds === 0);
  return `${n}s or ${larger ? `${n / larger[1]}${larger[0]}` : `${n}m`}`;
}

/**
 * A duration as written (in the config, or on the command line) in milliseconds, or why it is
 * refused; `example` shows good ones ("30s or 5m").
 */
export function readDuration(v: string | number, example: string): { ms: number } | { problem: string } {
  const bare = typeof v === 'number' || BARE_NUMBER.test(v);
  const ms = typeof v === 'string' ? parseDuration(v) : undefined;
  if (negative(v) || (bare ? Number(v) === 0 : ms === 0)) return { problem: `"${v}" must be more than zero, e.g. ${example}` };
  if (bare) return { problem: `"${v}" has no unit: write ${withUnits(Number(v))} (s, m, h or d)` };
  if (ms === undefined) return { problem: `"${v}" is not a duration: use a number with s, m, h or d, e.g. ${example}` };
  return { ms };
}

/** A zod duration: "5m"-style strings, yields milliseconds; zero and less, and numbers without a unit, are refused. */
export const DurationSchema = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const read = readDuration(v, '30s or 5m');
  if ('ms' in read) return read.ms;
  ctx.addIssue({ code: 'custom', message: read.problem });
  return z.NEVER;
});

/** Parses "10MB", "512KB", "1GB" or a number of bytes; zero and less are refused. */
export const ByteSizeSchema = z.union([z.string(), z.number()]).transform((v, ctx) => {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(negative(v) ? '0' : String(v));
  if (!m) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a size: use e.g. 10MB or 512KB` });
    return z.NEVER;
  }
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b'];
  const bytes = Math.round(Number(m[1]) * unit);
  if (bytes === 0) {
    ctx.addIssue({ code: 'custom', message: `"${v}" must be more than zero, e.g. 10MB` });
    return z.NEVER;
  }
  return bytes;
});
