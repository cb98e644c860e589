import { distance } from 'fastest-levenshtein';

/** The candidates closest to `input` (prefix matches first, then by edit distance), at most `limit`. */
export function closeMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const q = input.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(q.length / 3));
  return candidates
    .map((c) => {
      const l = c.toLowerCase();
      const score = l.startsWith(q) || q.startsWith(l) ? 0 : l.includes(q) ? 1 : 1 + distance(q, l);
      return { c, score };
    })
    .filter((x) => x.score <= maxDistance + 1)
    .sort((x, y) => x.score - y.score || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map((x) => x.c);
}

/** "did you mean X, Y?" or nothing. */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length ? ` Did you mean ${suggestions.map((s) => `\`${s}\``).join(', ')}?` : '';
}

/** '; did you mean "X", "Y"?' or nothing: for messages read in a terminal as well as in Discord. */
export function quotedSuggestions(suggestions: readonly string[]): string {
  return suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
}
