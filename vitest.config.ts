import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest (exhaustive extraction checks, servers, PostgreSQL restarts, many
 * CLI processes, build scripts), longest first, from a measured run of the whole suite. A fresh clone (CI) has no record of past durations, so
 * Vitest would start the largest files first, and a short file that runs for minutes (the
 * PostgreSQL restart test) could start last, leaving one worker busy long after the other is
 * done. Starting these first lets the two workers finish together. A file missing from the list
 * only costs time, never a result.
 */
const LONGEST_FIRST = [
  'tests/extract/conflict-cities.test.ts',
  'tests/integration/poll-once.test.ts',
  'tests/cluster/cluster-faults.test.ts',
  'tests/faults/cli-faults.test.ts',
  'tests/integration/busy-day.test.ts',
  'tests/pipeline/extraction-pool.test.ts',
  'tests/bench/smoke.test.ts',
  'tests/unit/gazetteer-build.test.ts',
  'tests/discord/crash.test.ts',
  'tests/faults/postgres-restart.test.ts',
  'tests/cluster/cluster.test.ts',
  'tests/docker/image.test.ts',
  'tests/extract/engine-data.test.ts',
  'tests/maps/cli.test.ts',
  'tests/unit/script-names-build.test.ts',
  'tests/unit/place-table.test.ts',
  'tests/faults/disk-full.test.ts',
  'tests/extract/conflict-districts.test.ts',
  'tests/eval/eval.test.ts',
  'tests/cluster/discord-cluster.test.ts',
  'tests/integration/startup-faults.test.ts',
  'tests/cluster/start-faults.test.ts',
  'tests/integration/analyze.test.ts',
  'tests/integration/incidents-e2e.test.ts',
];

class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(relative(this.ctx.config.root, f.moduleId));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    // Array sort is stable: the files not listed keep Vitest's own order after the listed ones.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Two cores: integration tests spawn processes and servers; keep parallelism modest.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirstSequencer },
  },
});
