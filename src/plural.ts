/** "1 failure", "2 failures", "0 alerts": counts in words, for the CLI and Discord replies alike. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
