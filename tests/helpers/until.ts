/** A process a wait watches: its exit ends the wait at once, with the end of what it printed. */
export interface Watched {
  readonly exited: boolean;
  readonly stderr: string;
}

/**
 * Polls `probe` (sync or async) every 100 ms until it gives a truthy value, which it returns. Fails
 * naming `what` after the timeout (60 s unless told), or as soon as one of `processes` has exited.
 */
export async function until<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  opts: { timeoutMs?: number; processes?: readonly Watched[] } = {},
): Promise<T> {
  const processes = opts.processes ?? [];
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    const dead = processes.find((p) => p.exited);
    if (dead) throw new Error(`a process exited while waiting for ${what}:\n${dead.stderr.slice(-3000)}`);
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}${processes.length ? `; last stderr:\n${processes.map((p) => p.stderr.slice(-1500)).join('\n---\n')}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
