import { describe, expect, it } from 'vitest';
import { youngGenerationOfCli } from '../helpers/young-generation.js';

/**
 * Every way users start Sitrep passes Node the flag that caps the main thread's young generation
 * (V8 reads it only at start; docs/performance.md, "Start-up flags"): `npx sitrep` (the bin's
 * first line), `npm start`. The Dockerfile's ENTRYPOINT: tests/docker/image.test.ts.
 */
describe("the young generation of Sitrep's process", () => {
  // The extraction and map workers' size (resourceLimits), which the main thread's is capped at.
  const CAP_MB = 4;

  it('grows past the cap when Node starts the CLI without the flag (the probe tells them apart)', async () => {
    expect(await youngGenerationOfCli(process.execPath, ['dist/cli.js', '--version'])).toBeGreaterThan(CAP_MB);
  });

  it('stays within the cap under npx sitrep, whose bin starts Node with the flag', async () => {
    expect(await youngGenerationOfCli('npx', ['--no-install', 'sitrep', '--version'])).toBeLessThanOrEqual(CAP_MB);
  });

  it('stays within the cap under npm start', async () => {
    expect(await youngGenerationOfCli('npm', ['start', '--silent'])).toBeLessThanOrEqual(CAP_MB);
  });
});
