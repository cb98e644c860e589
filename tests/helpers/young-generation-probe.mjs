/**
 * Preloaded (NODE_OPTIONS=--import) into the processes a test starts. In the one whose main script
 * is SITREP_PROBE_MAIN — not npm or npx on the way to it — it keeps enough young objects alive
 * through scavenges that V8 grows the young generation to its limit, prints the new space's size
 * and the MALLOC_ARENA_MAX and MALLOC_MMAP_THRESHOLD_ it was started with as JSON, and ends the process before the script runs.
 */
import { realpathSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

const main = process.argv[1] ? realpathSync(process.argv[1]) : null;
if (main !== null && main === process.env.SITREP_PROBE_MAIN) {
  const kept = [];
  for (let i = 0; i < 2_000_000; i++) {
    kept.push({ i });
    if (kept.length > 300_000) kept.splice(0, 100_000);
  }
  const newSpace = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  process.stdout.write(
    `${JSON.stringify({ newSpaceMB: (newSpace?.space_size ?? 0) / 1024 / 1024, mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null, mallocMmapThreshold: process.env.MALLOC_MMAP_THRESHOLD_ ?? null })}\n`,
  );
  process.exit(0);
}
