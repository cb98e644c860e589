import { createHash } from 'node:crypto';

/** A short, stable id from its parts: the same inputs always give the same id (idempotent writes). */
export function stableId(prefix: string, ...parts: string[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return `${prefix}_${h.digest('base64url').slice(0, 16)}`;
}
