import type { Writable } from 'node:stream';
import { digestText } from './format-text.js';
import type { DigestPoster } from './schedule.js';

/** Digests on the console: the text, or one JSON object a line with `--json`. */
export function consoleDigestPoster(out: Writable, json: boolean): DigestPoster {
  return {
    async post(_schedule, digest) {
      out.write(json ? `${JSON.stringify({ digest: digest.summary })}\n` : digestText(digest.summary));
      return null;
    },
  };
}
