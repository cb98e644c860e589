import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-config-'));
function configFile(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('sitrep check-config', () => {
  it('accepts the shipped config and summarises it', async () => {
    const r = await runCli(['check-config']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/config\/sitrep\.yaml: OK/);
    expect(r.stdout).toMatch(/iraq-syria-bases \(Attacks on bases in Iraq and Syria\): Alerts on /);
  });

  it('states each feed’s interval as written, not rounded to whole minutes', async () => {
    const feed = (id: string, interval: string) => `  - {id: ${id}, url: "https://wire.example/${id}.xml", interval: ${interval}}`;
    const file = configFile(
      'intervals.yaml',
      ['feeds:', feed('fast', '30s'), feed('odd', '90s'), feed('slow', '2h'), feed('daily', '1d'), 'polling: {interval: 10m}', ''].join('\n'),
    );
    const r = await runCli(['check-config', '--config', file]);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .split('\n')
        .filter((l) => l.includes('wire.example'))
        .map((l) => l.replace(/\s+https\S+\s+/, ' ')),
    ).toEqual(['  fast every 30 s', '  odd every 90 s', '  slow every 2 h', '  daily every 1 day']);
  });

  it('exits 2 naming each problem with its file, line and path', async () => {
    const file = configFile(
      'typo.yaml',
      ['feeds:', '  - id: wire-iraq', '    interval: 5m', 'rules:', '  - id: bases', '    match:', '      attackTypes: [dron]', ''].join('\n'),
    );
    const r = await runCli(['check-config', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:2:5 feeds[0].url: is required`);
    expect(r.stderr).toContain(`${file}:7:21 rules[0].match.attackTypes[0]: unknown attack type "dron"; did you mean "drone"?`);
  });

  it('exits 2 on names the gazetteer or actor list does not know, suggesting close ones', async () => {
    const file = configFile(
      'names.yaml',
      ['rules:', '  - id: r', '    match:', '      places: [Erbill]', '      actors: [islamic-stat]', '      countries: [XX]', ''].join('\n'),
    );
    const r = await runCli(['check-config', '--config', file], { env: { SITREP_CONFIG: '/elsewhere.yaml' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${file}:4:\\d+ rules\\[0\\]\\.match\\.places\\[0\\]: unknown place "Erbill"; did you mean "Erbil"`));
    expect(r.stderr).toMatch(/rules\[0\]\.match\.actors\[0\]: unknown actor "islamic-stat"; did you mean .*Islamic State/);
    expect(r.stderr).toMatch(/rules\[0\]\.match\.countries\[0\]: unknown country "XX"/);
  });

  it('reports shape, duplicate ids and unknown names in one run, with suggestions', async () => {
    const file = configFile(
      'all.yaml',
      [
        'feeds:',
        '  - {id: wire, url: "https://example.org/a.xml", interval: 0s}',
        '  - {id: wire, url: "https://example.org/b.xml"}',
        'rules:',
        '  - id: r',
        '    minseverity: high',
        '    match:',
        '      attackTypes: [dron]',
        '      countries: [iq, Iraq, Irak]',
        '      places: [Erbill]',
        '      actors: [Hezbolah]',
        '',
      ].join('\n'),
    );
    const r = await runCli(['check-config', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      `${file}: 7 problems`,
      `  ${file}:2:60 feeds[0].interval: "0s" must be more than zero, e.g. 30s or 5m`,
      `  ${file}:3:10 feeds[1].id: duplicate id "wire" (also feeds[0])`,
      `  ${file}:6:5 rules[0]: unknown key "minseverity"; did you mean "minSeverity"?`,
      expect.stringContaining(`  ${file}:8:21 rules[0].match.attackTypes[0]: unknown attack type "dron"; did you mean "drone"?`),
      expect.stringMatching(/:9:\d+ rules\[0\]\.match\.countries\[2\]: unknown country "Irak"; did you mean .*"IQ \(Iraq\)"/),
      expect.stringMatching(/:10:\d+ rules\[0\]\.match\.places\[0\]: unknown place "Erbill"; did you mean "Erbil"/),
      expect.stringMatching(/:11:\d+ rules\[0\]\.match\.actors\[0\]: unknown actor "Hezbolah"; did you mean "Hezbollah"\?$/),
      '',
    ]);
  });

  it('says in one line, exit 2, when the file is missing, a directory, empty, bad YAML or an alias bomb', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const c of 'bcdefgh')
      bomb.push(
        `${c}: &${c} [${Array(10)
          .fill(`*${String.fromCharCode(c.charCodeAt(0) - 1)}`)
          .join(', ')}]`,
      );
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.yaml'), /missing\.yaml: no such file \(give another with --config or SITREP_CONFIG/],
      [dir, /: is a directory, not a config file$/],
      [configFile('empty.yaml', '# to do\n'), /empty\.yaml: the file is empty/],
      [configFile('bad.yaml', 'feeds:\n  - id: a\n   url: x\n'), /bad\.yaml:3:\d+: YAML: .+ \(at "url: x"\)$/],
      [configFile('bomb.yaml', bomb.join('\n')), /bomb\.yaml: YAML: aliases \(\*name\) expand beyond 100 copies/],
    ];
    for (const [file, message] of cases) {
      // SITREP_CONFIG is read as --config is.
      const r = await runCli(['check-config'], { env: { SITREP_CONFIG: file } });
      expect(r.code, file).toBe(2);
      expect(r.stderr.trimEnd(), file).toMatch(message);
      expect(r.stderr.trimEnd().split('\n'), file).toHaveLength(1);
    }
  });

  it('prints help for every command', async () => {
    for (const cmd of ['run', 'poll', 'analyze', 'init', 'check-config', 'status']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Usage: sitrep /);
    }
  });
});
