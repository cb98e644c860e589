/**
 * compose.yaml (one Sitrep process, SQLite on a volume) is valid against the official Compose
 * Specification schema (tests/fixtures/compose-spec/, with its source and licence), and agrees with
 * the image: the store's volume, the mounted config, the health and metrics port.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../src/paths.js';

import { composeErrors as errors } from '../helpers/compose-spec.js';

const compose = parse(readFileSync(join(PACKAGE_ROOT, 'compose.yaml'), 'utf8')) as {
  services: Record<string, { build?: unknown; environment?: Record<string, string>; volumes?: string[]; ports?: string[] }>;
  volumes?: Record<string, unknown>;
};
const dockerfile = readFileSync(join(PACKAGE_ROOT, 'Dockerfile'), 'utf8');

describe('compose.yaml', () => {
  it('is valid against the Compose Specification schema', () => {
    expect(errors(compose)).toEqual([]);
  });

  it('is checked by a schema that refuses what Compose refuses', () => {
    expect(errors({ services: { sitrep: { image: 'sitrep', enviroment: { A: '1' } } } })).not.toEqual([]);
    expect(errors({ services: { sitrep: { image: 'sitrep', volumes: 5 } } })).not.toEqual([]);
    expect(errors({ servics: { sitrep: { image: 'sitrep' } } })).not.toEqual([]);
  });

  it('runs one Sitrep with its store on a named volume, the config mounted read-only, and the listener published', () => {
    expect(Object.keys(compose.services)).toEqual(['sitrep']);
    const sitrep = compose.services.sitrep!;
    expect(sitrep.build).toBe('.');
    const mounts = (sitrep.volumes ?? []).map((v) => v.split(':'));
    // The image's volume (VOLUME ["/data"]) is a named volume of the project.
    const data = mounts.find(([, target]) => target === '/data');
    expect(data && compose.volumes && data[0]! in compose.volumes).toBe(true);
    expect(/^VOLUME \["\/data"\]$/m.test(dockerfile)).toBe(true);
    // SITREP_CONFIG points into a read-only bind mount of a folder that holds the file.
    const configPath = sitrep.environment?.SITREP_CONFIG ?? '';
    const configMount = mounts.find(([, target]) => configPath.startsWith(`${target}/`));
    expect(configMount?.[2]).toBe('ro');
    expect(existsSync(join(PACKAGE_ROOT, configMount![0]!, posix.relative(configMount![1]!, configPath)))).toBe(true);
    // The port the image listens on (SITREP_HTTP_PORT, EXPOSE) is published, on loopback.
    const port = /SITREP_HTTP_PORT=(\d+)/.exec(dockerfile)![1];
    expect(sitrep.ports).toEqual([`127.0.0.1:${port}:${port}`]);
  });
});
