import type { Clock } from '../clock.js';

/** The outcome of one readiness check: whether it holds, and why, in words. */
export interface CheckResult {
  ok: boolean;
  detail: string;
}

/**
 * One thing Sitrep needs to do its job (the database answers, the gateway is connected, the poller
 * is not stuck). The app assembles its list (app.ts); any object with this shape plugs in.
 */
export interface ReadinessCheck {
  name: string;
  run(): Promise<CheckResult>;
}

export interface Readiness {
  ready: boolean;
  /** Names of the checks that failed, in the order given. */
  failed: string[];
  checks: Record<string, CheckResult>;
}

/** A check that does not answer in this time fails: readiness must answer even when the database hangs. */
const CHECK_TIMEOUT_MS = 3_000;

async function runOne(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs / 1000} s` }), timeoutMs);
  });
  try {
    return await Promise.race([check.run().catch((err: unknown) => ({ ok: false, detail: err instanceof Error ? err.message : String(err) })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every check at once; ready when all hold. */
export async function checkReadiness(checks: readonly ReadinessCheck[], timeoutMs = CHECK_TIMEOUT_MS): Promise<Readiness> {
  const results = await Promise.all(checks.map((c) => runOne(c, timeoutMs)));
  const failed = checks.filter((_, i) => !results[i]!.ok).map((c) => c.name);
  return { ready: failed.length === 0, failed, checks: Object.fromEntries(checks.map((c, i) => [c.name, results[i]!])) };
}

/** Holds when `query` completes (e.g. a `select 1`); fails with its error. */
export function queryCheck(name: string, query: () => Promise<unknown>): ReadinessCheck {
  return {
    name,
    async run() {
      await query();
      return { ok: true, detail: 'answers' };
    },
  };
}

/** Holds when the last poll cycle completed within `maxAgeMs` (3 × the poll interval); fails before the first one. */
export function pollCycleCheck(lastCycleAt: () => Date | null, maxAgeMs: number, clock: Clock): ReadinessCheck {
  return {
    name: 'poll',
    async run() {
      const last = lastCycleAt();
      if (last === null) return { ok: false, detail: 'no poll cycle has completed yet' };
      const ageMs = clock.now().getTime() - last.getTime();
      const ok = ageMs <= maxAgeMs;
      return { ok, detail: `last poll cycle completed ${Math.round(ageMs / 1000)} s ago (limit ${Math.round(maxAgeMs / 1000)} s)` };
    },
  };
}

/** A feed as the feeds check sees it: whether it has been polled, and why its last poll failed (null when it did not). */
export interface FeedHealth {
  id: string;
  polled: boolean;
  failure: string | null;
}

/** At most this many failing feeds are named in the check's detail. */
const FEEDS_NAMED = 5;

/**
 * Fails when every feed polled so far failed its last poll (or was disabled): the bot then runs
 * but can alert on nothing, which a monitor should see. Feeds not yet polled count for neither.
 */
export function feedsCheck(feeds: () => Promise<readonly FeedHealth[]>): ReadinessCheck {
  return {
    name: 'feeds',
    async run() {
      // A store that cannot say is the database check's failure, not this one's.
      const all = await feeds().catch((err: unknown) => err as Error);
      if (all instanceof Error) return { ok: true, detail: `not known: ${all.message}` };
      const polled = all.filter((f) => f.polled);
      const failing = polled.filter((f) => f.failure !== null);
      const named = failing
        .slice(0, FEEDS_NAMED)
        .map((f) => `${f.id}: ${f.failure}`)
        .join('; ');
      const more = failing.length > FEEDS_NAMED ? `; and ${failing.length - FEEDS_NAMED} more` : '';
      if (polled.length === 0) return { ok: true, detail: 'no feed polled yet' };
      if (failing.length === 0) return { ok: true, detail: `${polled.length} of ${polled.length} feeds answered their last poll` };
      if (failing.length < polled.length) return { ok: true, detail: `${failing.length} of ${polled.length} feeds failed their last poll: ${named}${more}` };
      return { ok: false, detail: `every feed failed its last poll (${failing.length} of ${polled.length}): ${named}${more}` };
    },
  };
}
