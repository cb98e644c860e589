import { describe, expect, it } from 'vitest';
import { startedCli } from '../helpers/young-generation.js';

/**
 * Every way users start Sitrep passes Node the flag that caps the main thread's young generation
 * (V8 reads it only at start; docs/performance.md, "Start-up flags"): `npx sitrep` (the bin's
 * first line), `npm start`. The Dockerfile's ENTRYPOINT: tests/docker/image.test.ts. The bin's
 * first line also sets MALLOC_ARENA_MAX=2 and MALLOC_MMAP_THRESHOLD_=32768 (as the image's ENV does);
 * `npm start` cannot portably.
 */
describe("the young generation of Sitrep's process", () => {
  // The extraction and map workers' size (resourceLimits), which the main thread's is capped at.
  const CAP_MB = 4;

  it('grows past the cap when Node starts the CLI without the flag (the probe tells them apart)', async () => {
    const started = await startedCli(process.execPath, ['dist/cli.js', '--version']);
    expect(started.newSpaceMB).toBeGreaterThan(CAP_MB);
    expect(started.mallocArenaMax).toBeNull();
    expect(started.mallocMmapThreshold).toBeNull();
  });

  it('stays within the cap under npx sitrep, whose bin starts Node with the flag and two malloc arenas', async () => {
    const started = await startedCli('npx', ['--no-install', 'sitrep', '--version']);
    expect(started.newSpaceMB).toBeLessThanOrEqual(CAP_MB);
    expect(started.mallocArenaMax).toBe('2');
    expect(started.mallocMmapThreshold).toBe('32768');
  });

  it('stays within the cap under npm start', async () => {
    expect((await startedCli('npm', ['start', '--silent'])).newSpaceMB).toBeLessThanOrEqual(CAP_MB);
  });
});
