/** Edit distance between two strings (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

/** The candidates closest to `input` (prefix matches first, then by edit distance), at most `limit`. */
export function closeMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const q = input.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(q.length / 3));
  return candidates
    .map((c) => {
      const l = c.toLowerCase();
      const score = l.startsWith(q) || q.startsWith(l) ? 0 : l.includes(q) ? 1 : 1 + editDistance(q, l);
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
