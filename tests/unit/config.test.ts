import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/config/duration.js';
import { gatewayShards, loadEnv } from '../../src/config/env.js';
import { ConfigError, formatProblem } from '../../src/config/errors.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG_PATH } from '../../src/paths.js';

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => formatProblem(err.file, p));
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

  it('applies defaults to sections left out', () => {
    const { config } = parseConfig('feeds: []\n', 'feeds-only.yaml');
    expect(config).toMatchObject({ feeds: [], rules: [], polling: { firstRunWindow: 86_400_000, maxBytes: 10 * 1024 * 1024 } });
  });

  it('refuses an empty file, or one of comments only, in one line', () => {
    for (const text of ['', '# nothing yet\n']) {
      expect(() => parseConfig(text, 'empty.yaml')).toThrow(/^empty\.yaml: the file is empty/);
      expect(() => parseConfig(text, 'empty.yaml')).not.toThrow(/\n/);
    }
  });

  it('reports every problem of a file in one go, ordered by line, with suggestions', () => {
    const text = [
      'feeds:',
      '  - {id: wire, url: "https://example.org/rss", interval: 0s}',
      '  - {id: wire, url: "https://example.org/rss2"}',
      'polling:',
      '  timeout: -5s',
      '  maxBytes: 0',
      '  intervall: 5m',
      'rules:',
      '  - id: r1',
      '    minseverity: high',
      '    match:',
      '      attackTypes: [dron, IED, drones, Suicide attack]',
      '      countries: [iq, Iraq, IQ, Irak]',
      '      places: [Erbill]',
      '  - id: r2',
      '    minSeverity: Medium',
      'digests:',
      '  - {rule: r3}',
      '',
    ].join('\n');
    // Names are checked by the caller's check (the gazetteer lives above the config layer).
    const checked: string[] = [];
    const problems = problemsOf(() =>
      parseConfig(text, 'all.yaml', {
        rule: (rule) => {
          checked.push(JSON.stringify(rule.match));
          return (rule.match.places ?? []).map((p, i) => ({ path: `match.places[${i}]`, message: `unknown place "${p}"` }));
        },
      }),
    );
    expect(problems).toEqual([
      'all.yaml:2:58 feeds[0].interval: "0s" must be more than zero, e.g. 30s or 5m',
      'all.yaml:3:10 feeds[1].id: duplicate id "wire" (also feeds[0])',
      'all.yaml:5:12 polling.timeout: "-5s" must be more than zero, e.g. 30s or 5m',
      'all.yaml:6:13 polling.maxBytes: "0" must be more than zero, e.g. 10MB',
      'all.yaml:7:3 polling: unknown key "intervall"; did you mean "interval"?',
      'all.yaml:10:5 rules[0]: unknown key "minseverity"; did you mean "minSeverity"?',
      expect.stringMatching(/^all\.yaml:12:21 rules\[0\]\.match\.attackTypes\[0\]: unknown attack type "dron"; did you mean "drone"\? \(known: drone, rocket/),
      expect.stringMatching(/^all\.yaml:13:33 rules\[0\]\.match\.countries\[3\]: unknown country "Irak"; did you mean .*"IQ \(Iraq\)"/),
      'all.yaml:14:16 rules[0].match.places[0]: unknown place "Erbill"',
      'all.yaml:16:18 rules[1].minSeverity: "Medium" is not one of low, medium, high, critical; did you mean "medium"?',
      'all.yaml:18:12 digests[0].rule: no rule "r3" in this file; did you mean "r1", "r2"?',
    ]);
    // The rule with shape errors still had its valid conditions checked.
    expect(checked[0]).toBe('{"places":["Erbill"]}');
  });

  it('reads countries by code or English name in any case, and attack types as people write them', () => {
    const { config } = parseConfig(
      'rules:\n  - id: r\n    match:\n      countries: [iq, Iraq, SY, syria, türkiye]\n      attackTypes: [IED, drones, Suicide attack, mortar]\n',
      'words.yaml',
    );
    expect(config.rules[0]!.match).toEqual({
      countries: ['IQ', 'IQ', 'SY', 'SY', 'TR'],
      attackTypes: ['ied', 'drone', 'suicide_attack', 'mortar_artillery'],
    });
  });

  it('reads a plain keyword list as any of its words, and the any/all/none form as written', () => {
    const { config } = parseConfig(
      'rules:\n  - id: plain\n    attacksOnly: false\n    match: {keywords: [power outage, blackout]}\n  - id: full\n    match: {keywords: {all: [convoy], none: [exercise]}}\n',
      'keywords.yaml',
    );
    expect(config.rules.map((r) => r.match.keywords)).toEqual([
      { any: ['power outage', 'blackout'], all: [], none: [] },
      { any: [], all: ['convoy'], none: ['exercise'] },
    ]);
    expect(() => parseConfig('rules:\n  - id: r\n    match: {keywords: {anyy: [x]}}\n', 'typo.yaml')).toThrow(/unknown key "anyy"/);
  });

  it('names each problem with its file, line and path', () => {
    const problems = problemsOf(() =>
      parseConfig(['feeds:', '  - id: wire', '    interval: 5m', 'rules:', '  - id: r1', '    match:', '      attackTypes: [dron]', ''].join('\n'), 'bad.yaml'),
    );
    expect(problems).toEqual([
      'bad.yaml:2:5 feeds[0].url: is required',
      expect.stringMatching(/^bad\.yaml:7:21 rules\[0\]\.match\.attackTypes\[0\]: unknown attack type "dron"; did you mean "drone"/),
    ]);
  });

  it('rejects unknown keys, bad durations, duplicate ids and YAML syntax errors', () => {
    expect(problemsOf(() => parseConfig('polling:\n  intervall: 5m\n', 'a.yaml'))).toEqual([
      'a.yaml:2:3 polling: unknown key "intervall"; did you mean "interval"?',
    ]);
    expect(problemsOf(() => parseConfig('polling:\n  interval: soon\n', 'b.yaml'))[0]).toMatch(/polling\.interval: "soon" is not a duration/);
    expect(problemsOf(() => parseConfig('rules:\n  - id: a\n  - id: a\n', 'c.yaml'))).toEqual(['c.yaml:3:9 rules[1].id: duplicate id "a" (also rules[0])']);
    // The same address under two ids would be fetched twice a poll: the second is named.
    expect(
      problemsOf(() => parseConfig('feeds:\n  - {id: a, url: "https://news.example/rss"}\n  - {id: b, url: "https://www.news.example/rss/"}\n', 'c.yaml')),
    ).toEqual(['c.yaml:3:18 feeds[1].url: the same address as feeds[0] ("a"): list each feed once']);
    // Another port is another server.
    expect(() => parseConfig('feeds:\n  - {id: a, url: "http://127.0.0.1:8080/rss"}\n  - {id: b, url: "http://127.0.0.1:9/rss"}\n', 'c.yaml')).not.toThrow();
    expect(problemsOf(() => parseConfig('feeds: [\n', 'd.yaml'))[0]).toMatch(/^d\.yaml:\d+:\d+: YAML: Flow sequence .* end with a \]$/);
    expect(problemsOf(() => parseConfig('rules:\n  - id: a\n    match: {a: 1\n', 'e.yaml'))).toEqual([
      'e.yaml:4:1: YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
    expect(problemsOf(() => parseConfig('feeds: []\nfeeds: []\n', 'f.yaml'))).toEqual(['f.yaml:2:1: YAML: Map keys must be unique (at "feeds: []")']);
  });

  it('refuses zero and negative durations and sizes', () => {
    for (const [key, value] of [
      ['interval', '0s'],
      ['interval', '0'],
      ['interval', -30],
      ['timeout', '-1m'],
      ['timeout', '0.0001s'],
      ['maxBytes', 0],
      ['maxBytes', '0KB'],
      ['maxBytes', '-1MB'],
    ] as const) {
      expect(
        problemsOf(() => parseConfig(`polling:\n  ${key}: ${value}\n`, 'z.yaml')),
        `${key}: ${value}`,
      ).toEqual([expect.stringMatching(new RegExp(`^z\\.yaml:2:\\d+ polling\\.${key}: "${value}" must be more than zero`))]);
    }
  });

  it('stops an alias bomb in one line', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [...'bcdefgh'].map((c, i) => [c, 'abcdefg'[i]!])) lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    expect(() => parseConfig(lines.join('\n'), 'bomb.yaml')).toThrow(/^bomb\.yaml: YAML: aliases \(\*name\) expand beyond 100 copies/);
  });

  it('says in one line why a file cannot be read', () => {
    expect(() => loadConfig('/nonexistent/sitrep.yaml')).toThrow(/^\/nonexistent\/sitrep\.yaml: no such file \(give another with --config or SITREP_CONFIG/);
    expect(() => loadConfig(tmpdir())).toThrow(new RegExp(`^${tmpdir()}: is a directory, not a config file$`));
  });

  it('parses durations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('5 minutes')).toBeUndefined();
    // A number without its unit is no duration: seconds? minutes?
    expect(parseDuration('30')).toBeUndefined();
  });

  it('refuses a duration without a unit, naming the fix', () => {
    const text = ['feeds:', '  - {id: wire, url: "https://example.org/rss", interval: 300}', 'polling:', '  timeout: "45"', '  lease: 7200', ''].join('\n');
    expect(problemsOf(() => parseConfig(text, 'bare.yaml'))).toEqual([
      'bare.yaml:2:58 feeds[0].interval: "300" has no unit: write 300s or 5m (s, m, h or d)',
      'bare.yaml:4:12 polling.timeout: "45" has no unit: write 45s or 45m (s, m, h or d)',
      'bare.yaml:5:10 polling.lease: "7200" has no unit: write 7200s or 2h (s, m, h or d)',
    ]);
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

  it('refuses a SITREP_DB URL of a database Sitrep cannot use, instead of taking it for a file path', () => {
    for (const url of ['mysql://db/sitrep', 'sqlite:///data/sitrep.db', 'file:///data/sitrep.db']) {
      expect(problemsOf(() => loadEnv({ SITREP_DB: url }))).toEqual([
        `environment SITREP_DB: "${url.split('//')[0]}//" is not a store Sitrep uses: write a SQLite file path (./data/sitrep.db) or a postgres:// URL`,
      ]);
    }
    for (const db of ['postgres://u@db/s', 'postgresql://db/s', './data/sitrep.db', '/data/x:y.db', 'C:\\data\\sitrep.db'])
      expect(loadEnv({ SITREP_DB: db }).SITREP_DB).toBe(db);
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
    expect(problemsOf(() => loadEnv({ DISCORD_SHARDS: 'two' }))).toEqual(['environment DISCORD_SHARDS: must be a number of shards or auto (got "two")']);
    expect(problemsOf(() => loadEnv({ DISCORD_REST_URL: 'discord.com/api' }))).toEqual([
      'environment DISCORD_REST_URL: "discord.com/api" is not an http(s) URL, e.g. https://discord.com/api',
    ]);
  });
});

describe('countries as people write them', () => {
  it('reads every country of the gazetteer by its code and by its name, and names ICU spells otherwise', async () => {
    const { ExtractionEngine } = await import('../../src/extract/index.js');
    const { resolveCountry } = await import('../../src/config/terms.js');
    const countries = ExtractionEngine.load().gazetteer.countries();
    expect(countries.length).toBeGreaterThan(200);
    expect(countries.filter((c) => resolveCountry(c.code) !== c.code || resolveCountry(c.code.toLowerCase()) !== c.code).map((c) => c.code)).toEqual([]);
    expect(countries.filter((c) => resolveCountry(c.name) !== c.code).map((c) => `${c.code} ${c.name}`)).toEqual([]);
    // Retired codes ICU still names are not read as countries: France is FR, not FX; the UK is GB.
    expect(['France', 'Russia', 'Serbia', 'UK', 'Burma', "Côte d'Ivoire", 'Bosnia & Herzegovina'].map(resolveCountry)).toEqual([
      'FR',
      'RU',
      'RS',
      'GB',
      'MM',
      'CI',
      'BA',
    ]);
    expect(resolveCountry('FX')).toBeNull();
  }, 60_000);

  it('suggests the country a name in another language means first, where English spellings tie', async () => {
    const { suggestCountries } = await import('../../src/config/terms.js');
    // "Irak" is one letter from Iran and from Iraq; it is Iraq in German, French, Spanish, Turkish…
    expect(suggestCountries('Irak')[0]).toBe('IQ (Iraq)');
    expect(suggestCountries('Syrien')[0]).toBe('SY (Syria)');
    expect(suggestCountries('jemen')[0]).toBe('YE (Yemen)');
    // A plain misspelling still finds the English name.
    expect(suggestCountries('Afganistan')[0]).toBe('AF (Afghanistan)');
  });
});

describe('messages for values out of range', () => {
  it('say the allowed range and the value given', () => {
    const text = [
      'feeds: []',
      'rules:',
      '  - id: r',
      '    match: {near: [{place: Erbil, km: -5}]}',
      'polling: {concurrency: 0, perHostConcurrency: 1000000}',
      'incidents: {distanceKm: 0}',
      'digests: [{rule: r, hour: 25, timeZone: Europe/Berln}, {rule: r, timeZone: Baghdad}]',
    ].join('\n');
    expect(problemsOf(() => parseConfig(text, 'r.yaml'))).toEqual([
      'r.yaml:4:39 rules[0].match.near[0].km: must be more than 0 and at most 5000 (got -5)',
      'r.yaml:5:24 polling.concurrency: must be a whole number from 1 to 64 (got 0)',
      'r.yaml:5:47 polling.perHostConcurrency: must be a whole number from 1 to 16 (got 1000000)',
      'r.yaml:6:25 incidents.distanceKm: must be more than 0 (got 0)',
      'r.yaml:7:27 digests[0].hour: must be a whole number from 0 to 23 (got 25)',
      'r.yaml:7:41 digests[0].timeZone: "Europe/Berln" is not an IANA time zone such as Europe/Berlin or UTC; did you mean "Europe/Berlin", "Europe/Dublin", "Europe/Jersey"?',
      'r.yaml:7:76 digests[1].timeZone: "Baghdad" is not an IANA time zone such as Europe/Berlin or UTC; did you mean "Asia/Baghdad"?',
    ]);
  });

  it('refuse a network.allow entry that is no host, address or range, which would open nothing', () => {
    const text = [
      'feeds: []',
      'network:',
      '  allow: [feeds.intranet.example, "*.corp.example", 10.0.0.0/8, 192.168.7.12, "fd00::/8", 10.0.0.0/33, "http://10.1.2.3/", not a host]',
    ].join('\n');
    expect(problemsOf(() => parseConfig(text, 'n.yaml'))).toEqual([
      'n.yaml:3:91 network.allow[5]: "10.0.0.0/33" is not a host name, IP address or CIDR range (e.g. feeds.example.org, *.example.org, 10.0.0.0/8)',
      'n.yaml:3:104 network.allow[6]: "http://10.1.2.3/" is not a host name, IP address or CIDR range (e.g. feeds.example.org, *.example.org, 10.0.0.0/8)',
      'n.yaml:3:124 network.allow[7]: "not a host" is not a host name, IP address or CIDR range (e.g. feeds.example.org, *.example.org, 10.0.0.0/8)',
    ]);
  });

  it('say what to write when a value is of the wrong kind: a list, a mapping, a number, true or false, text in quotes', () => {
    const text = [
      'feeds:',
      '  - id: a',
      '    url:',
      '    enabled: yes',
      'rules:',
      '  - id: r',
      '    minSeverity: high',
      '    match:',
      '      countries: IQ',
      '      near: [Erbil:100]',
      '      places:',
      '      keywords: convoy',
      'polling:',
      'digests:',
      '  - {rule: r, hour: 7am, channel: 1234567890123456789}',
    ].join('\n');
    expect(problemsOf(() => parseConfig(text, 'k.yaml'))).toEqual([
      'k.yaml:3:9 feeds[0].url: has no value: write an http(s) URL',
      'k.yaml:4:14 feeds[0].enabled: write true or false, without quotes (got "yes")',
      'k.yaml:9:18 rules[0].match.countries: expected a list: write [IQ] for one value, or each value on its own line after "- "',
      'k.yaml:10:14 rules[0].match.near[0]: expected keys and values (place, km), not the text "Erbil:100"',
      'k.yaml:11:14 rules[0].match.places: has no value: write a list such as [a, b], or leave the key out',
      'k.yaml:12:17 rules[0].match.keywords: expected a list of words or phrases: write [convoy], or any:, all:, none: lists',
      'k.yaml:13:9 polling: has no value: write its keys on the lines below, indented, or leave the key out',
      'k.yaml:15:21 digests[0].hour: expected a number, not the text "7am"',
      'k.yaml:15:35 digests[0].channel: write it in quotes: "1234567890123456789" (a number this long loses its last digits)',
    ]);
  });

  it('refuse an empty list in a rule: an empty keyword block would match every attack', () => {
    const text = [
      'feeds: []',
      'rules:',
      '  - id: a',
      '    match: {keywords: []}',
      '  - id: b',
      '    match: {keywords: {any: [], none: []}}',
      '  - id: c',
      '    match: {countries: [], actors: []}',
      '  - id: d',
      '    match: {keywords: {none: [drill]}}',
    ].join('\n');
    expect(problemsOf(() => parseConfig(text, 'e.yaml'))).toEqual([
      'e.yaml:4:23 rules[0].match.keywords: has no words: list at least one word or phrase (under any, all or none), or leave keywords out',
      'e.yaml:6:23 rules[1].match.keywords: has no words: list at least one word or phrase (under any, all or none), or leave keywords out',
      'e.yaml:8:24 rules[2].match.countries: is an empty list: give at least one value, or leave the key out',
      'e.yaml:8:36 rules[2].match.actors: is an empty list: give at least one value, or leave the key out',
    ]);
  });

  it('keep a time zone written in another case under its IANA name, as /subscribe does', () => {
    const { config } = parseConfig('feeds: []\nrules: [{id: r}]\ndigests: [{rule: r, timeZone: asia/baghdad}, {rule: r, timeZone: utc}]\n', 'z.yaml');
    expect(config.digests.map((d) => d.timeZone)).toEqual(['Asia/Baghdad', 'UTC']);
  });

  it('suggest a time zone from a misspelt city alone', async () => {
    const { searchTimeZones } = await import('../../src/config/time-zones.js');
    expect(searchTimeZones('Bagdad', 3)).toContain('Asia/Baghdad');
    expect(searchTimeZones('Europe/Berln', 3)[0]).toBe('Europe/Berlin');
  });
});
