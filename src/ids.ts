import { hash } from 'node:crypto';

/**
 * A short, stable id from its parts: the same inputs always give the same id (idempotent writes).
 * The hash is of each part followed by a NUL, in one call: a Hash object fed part by part (the
 * same bytes, the same id) took twice the CPU, and the pipeline makes several ids per item.
 */
export function stableId(prefix: string, ...parts: string[]): string {
  const text = parts.length === 0 ? '' : `${parts.join('\u0000')}\u0000`;
  return `${prefix}_${hash('sha256', text, 'base64url').slice(0, 16)}`;
}
