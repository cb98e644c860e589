/**
 * compose.cluster.yaml (issue 12: a cluster a user can start) is valid against the Compose
 * Specification schema and says what docs/deploy.md says: PostgreSQL with a volume and a health
 * check, several Sitrep processes on it once it is healthy, the config mounted, every REST call
 * through the one proxy, and each gateway shard owned by exactly one process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EnvSchema } from '../../src/config/env.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { composeErrors } from '../helpers/compose-spec.js';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test?: string[] };
}
const text = readFileSync(join(PACKAGE_ROOT, 'compose.cluster.yaml'), 'utf8');
// Compose resolves YAML merge keys (<<) as the YAML 1.1 convention has them.
const compose = parse(text, { merge: true }) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const services = compose.services;
const workers = Object.entries(services).filter(([, s]) => s.environment?.SITREP_DB);
/** Compose's own interpolation of ${NAME:-default}, with nothing set. */
const interpolate = (v: string) => v.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

describe('compose.cluster.yaml', () => {
  it('is valid against the Compose Specification schema', () => {
    expect(composeErrors(compose)).toEqual([]);
  });

  it('runs PostgreSQL on a named volume, with a health check the Sitrep processes wait for', () => {
    const pg = services.postgres!;
    const data = (pg.volumes ?? []).map((v) => v.split(':')).find(([, target]) => target === '/var/lib/postgresql/data');
    expect(data && compose.volumes && data[0]! in compose.volumes).toBe(true);
    expect(pg.healthcheck?.test?.join(' ')).toMatch(/pg_isready/);
    expect(workers.length).toBeGreaterThanOrEqual(2);
    for (const [, w] of workers) expect(w.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  it('gives every process the same valid environment on that database, the config mounted read-only, and REST through the proxy', () => {
    const proxy = Object.entries(services).find(([, s]) => s.command?.[0] === 'rest-proxy');
    expect(proxy).toBeDefined();
    const [proxyName, proxyService] = proxy!;
    const port = proxyService.command![proxyService.command!.indexOf('--port') + 1];
    for (const [name, w] of workers) {
      const env = Object.fromEntries(Object.entries(w.environment!).map(([k, v]) => [k, interpolate(String(v))]));
      expect(EnvSchema.safeParse(env).success, name).toBe(true);
      expect(new URL(env.SITREP_DB!).hostname).toBe('postgres');
      expect(env.DISCORD_REST_URL).toBe(`http://${proxyName}:${port}/api`);
      const mounts = (w.volumes ?? []).map((v) => v.split(':'));
      const configMount = mounts.find(([, target]) => env.SITREP_CONFIG!.startsWith(`${target}/`));
      expect(configMount?.[2]).toBe('ro');
      expect(existsSync(join(PACKAGE_ROOT, configMount![0]!, posix.relative(configMount![1]!, env.SITREP_CONFIG!)))).toBe(true);
    }
    // The image the services run is the one the file builds.
    expect(
      new Set(
        Object.values(services)
          .filter((s) => s.image?.startsWith('sitrep'))
          .map((s) => s.image),
      ).size,
    ).toBe(1);
    expect(Object.values(services).some((s) => s.build === '.')).toBe(true);
  });

  it('has each gateway shard connected by exactly one process', () => {
    const counts = new Set(workers.map(([, w]) => w.environment!.DISCORD_SHARDS));
    expect(counts.size).toBe(1);
    const total = Number([...counts][0]);
    const owned = workers.flatMap(([, w]) => w.environment!.DISCORD_SHARD_IDS!.split(',').map(Number)).sort((a, b) => a - b);
    expect(owned).toEqual(Array.from({ length: total }, (_, i) => i));
  });
});
