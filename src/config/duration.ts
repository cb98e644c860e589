import { z } from 'zod';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses "90s", "5m", "24h", "7d", "250ms" (or a bare number of seconds) into milliseconds. */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? text * 1000 : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNIT_MS[(m[2] ?? 's').toLowerCase()]!);
}

/** A negative amount (-5, "-1MB"): never a usable duration or size, nor is zero. */
const negative = (v: string | number) => (typeof v === 'number' ? v < 0 : /^\s*-/.test(v));

/** A zod duration: accepts "5m"-style strings or seconds, yields milliseconds; zero and less are refused. */
export const DurationSchema = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = negative(v) ? 0 : parseDuration(v);
  if (ms === 0) {
    ctx.addIssue({ code: 'custom', message: `"${v}" must be more than zero, e.g. 30s or 5m` });
    return z.NEVER;
  }
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration: use a number with s, m, h or d, e.g. 5m` });
    return z.NEVER;
  }
  return ms;
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
