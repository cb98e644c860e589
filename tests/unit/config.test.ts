import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/config/duration.js';
import { gatewayShards, loadEnv } from '../../src/config/env.js';
import { ConfigError } from '../../src/config/errors.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG_PATH } from '../../src/paths.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError)
      return err.message
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('config file', () => {
  it('loads the shipped default config', () => {
    const { config } = loadConfig(DEFAULT_CONFIG_PATH);
    expect(config.feeds.length).toBeGreaterThan(5);
    expect(config.rules.map((r) => r.id)).toContain('iraq-syria-bases');
    expect(config.polling.interval).toBe(300_000);
  });

  it('applies defaults to an empty file', () => {
    const { config } = parseConfig('', 'empty.yaml');
    expect(config).toMatchObject({ feeds: [], rules: [], polling: { firstRunWindow: 86_400_000, maxBytes: 10 * 1024 * 1024 } });
  });

  it('names each problem with its file, line and path', () => {
    const problems = problemsOf(() =>
      parseConfig(['feeds:', '  - id: wire', '    interval: 5m', 'rules:', '  - id: r1', '    match:', '      attackTypes: [dron]', ''].join('\n'), 'bad.yaml'),
    );
    expect(problems).toEqual([
      'bad.yaml:2:5 feeds[0].url: is required',
      expect.stringMatching(/^bad\.yaml:7:21 rules\[0\]\.match\.attackTypes\[0\]: "dron" is not one of drone, rocket/),
    ]);
  });

  it('rejects unknown keys, bad durations, duplicate ids and YAML syntax errors', () => {
    expect(problemsOf(() => parseConfig('polling:\n  intervall: 5m\n', 'a.yaml'))).toEqual(['a.yaml:2:3 polling: unknown key "intervall"']);
    expect(problemsOf(() => parseConfig('polling:\n  interval: soon\n', 'b.yaml'))[0]).toMatch(/polling\.interval: "soon" is not a duration/);
    expect(problemsOf(() => parseConfig('rules:\n  - id: a\n  - id: a\n', 'c.yaml'))).toEqual(['c.yaml:3:9 rules[1].id: duplicate id "a" (also rules[0])']);
    expect(problemsOf(() => parseConfig('feeds: [\n', 'd.yaml'))[0]).toMatch(/^d\.yaml:\d+:\d+ \(top level\): YAML: /);
    expect(problemsOf(() => loadConfig('/nonexistent/sitrep.yaml'))[0]).toMatch(/cannot read the file: ENOENT/);
  });

  it('parses durations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration(30)).toBe(30_000);
    expect(parseDuration('5 minutes')).toBeUndefined();
  });
});

describe('environment', () => {
  it('has defaults and treats empty values as unset', () => {
    expect(loadEnv({ DISCORD_TOKEN: '', SITREP_DB: '' })).toMatchObject({ SITREP_DB: './data/sitrep.db', LOG_LEVEL: 'info' });
  });

  it('requires the application id with a token, and checks shapes', () => {
    expect(problemsOf(() => loadEnv({ DISCORD_TOKEN: 'x' }))).toEqual(['environment DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set']);
    expect(problemsOf(() => loadEnv({ LOG_LEVEL: 'loud', DISCORD_REST_URL: 'ftp://x' })).length).toBe(2);
  });

  it('reads the gateway shards of this process: all by default, those listed, or Discord’s recommendation', () => {
    expect(gatewayShards(loadEnv({}))).toEqual({});
    expect(gatewayShards(loadEnv({ DISCORD_SHARDS: 'auto' }))).toEqual({ shards: 'auto' });
    expect(gatewayShards(loadEnv({ DISCORD_SHARDS: '3' }))).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    expect(gatewayShards(loadEnv({ DISCORD_SHARDS: '4', DISCORD_SHARD_IDS: '2, 0,2' }))).toEqual({ shards: [2, 0], shardCount: 4 });
    expect(problemsOf(() => loadEnv({ DISCORD_SHARDS: '2', DISCORD_SHARD_IDS: '1,2' }))).toEqual([
      'environment DISCORD_SHARD_IDS: shard ids go from 0 to 1 (DISCORD_SHARDS=2): 2',
    ]);
    expect(problemsOf(() => loadEnv({ DISCORD_SHARD_IDS: '0' }))).toEqual([
      'environment DISCORD_SHARD_IDS: needs DISCORD_SHARDS set to the number of shards of the whole bot',
    ]);
    expect(problemsOf(() => loadEnv({ DISCORD_SHARDS: '0' })).length).toBe(1);
    expect(problemsOf(() => loadEnv({ DISCORD_SHARDS: 'many', DISCORD_SHARD_IDS: 'one' })).length).toBe(2);
  });
});
