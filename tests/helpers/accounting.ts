/**
 * Counting alerts after a fault: expected (outbox messages the store holds), delivered (distinct
 * messages printed or posted), duplicated (printed again), lost (expected, never delivered).
 */
export interface AlertFigures {
  expected: number;
  delivered: number;
  duplicated: number;
  lost: number;
}

/** One printed `--json` alert's identity: its incident and how many reports it had (one message per report). */
export function alertKey(line: string): string {
  const a = JSON.parse(line) as { incidentId: string; sources: number; rules: string[] };
  return `${a.incidentId}#${a.sources}`;
}

export function figures(expected: number, deliveredKeys: readonly string[]): AlertFigures {
  const distinct = new Set(deliveredKeys);
  return { expected, delivered: distinct.size, duplicated: deliveredKeys.length - distinct.size, lost: Math.max(0, expected - distinct.size) };
}

/** The JSON alert lines of a process's stdout. */
export function alertLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith('{'));
}
