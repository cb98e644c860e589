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

  it('exits 2 naming each problem with its file, line and path', async () => {
    const file = configFile(
      'typo.yaml',
      ['feeds:', '  - id: wire-iraq', '    interval: 5m', 'rules:', '  - id: bases', '    match:', '      attackTypes: [dron]', ''].join('\n'),
    );
    const r = await runCli(['check-config', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:2:5 feeds[0].url: is required`);
    expect(r.stderr).toContain(`${file}:7:21 rules[0].match.attackTypes[0]: "dron" is not one of drone`);
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
    expect(r.stderr).toMatch(/rules\[0\]\.match\.countries\[0\]: unknown country code "XX"/);
  });

  it('uses SITREP_CONFIG and reports an unreadable file', async () => {
    const r = await runCli(['check-config'], { env: { SITREP_CONFIG: join(dir, 'missing.yaml') } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.yaml .*cannot read the file: ENOENT/);
  });

  it('prints help for every command', async () => {
    for (const cmd of ['run', 'poll', 'analyze', 'check-config', 'status']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Usage: sitrep /);
    }
  });
});
