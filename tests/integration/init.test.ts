import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('sitrep init', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-init-'));

  it('writes a commented starter config from flags that check-config accepts', async () => {
    const out = join(dir, 'mine.yaml');
    const r = await runCli([
      'init',
      '--out',
      out,
      '--country',
      'iq',
      '--country',
      'Syria',
      '--near',
      'Erbil:100',
      '--feed',
      'https://example.org/world/rss.xml',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`wrote ${out}: 1 feed, 2 rules. Next: npx sitrep poll --once --dry-run --config ${out}\n`);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^# Sitrep configuration, written by `sitrep init`/);
    expect(text).toContain('countries: [IQ, SY]');
    expect(text).toContain('near: [{place: "Erbil", km: 100}]');
    const check = await runCli(['check-config', '--config', out]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/example-org {2}https:\/\/example\.org\/world\/rss\.xml/);
    expect(check.stdout).toMatch(/attacks-in-countries \(Attacks in Iraq, Syria\): Alerts on .*in Iraq or Syria/);
    expect(check.stdout).toMatch(/near-erbil \(Attacks within 100 km of Erbil\)/);
  });

  it('takes a feed or place given twice once: no feed polled twice, no second rule alike', async () => {
    const out = join(dir, 'twice.yaml');
    const feed = 'https://example.org/world/rss.xml';
    const r = await runCli(['init', '--out', out, '--feed', feed, '--feed', `${feed},${feed}`, '--near', 'Erbil:100', '--near', 'Erbil:100']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^wrote .*: 1 feed, 1 rule\./);
  });

  it('refuses to overwrite a file', async () => {
    const out = join(dir, 'taken.yaml');
    writeFileSync(out, 'feeds: []\n');
    const r = await runCli(['init', '--out', out, '--country', 'IQ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${out}: already exists; not overwritten (choose another with --out)\n`);
    expect(readFileSync(out, 'utf8')).toBe('feeds: []\n');
  });

  it('validates before writing: unknown names are named with suggestions and nothing is written', async () => {
    const out = join(dir, 'typo.yaml');
    const r = await runCli(['init', '--out', out, '--country', 'Irak', '--near', 'Erbill:100']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown country "Irak"; did you mean .*"IQ \(Iraq\)"/);
    expect(r.stderr).toMatch(/unknown place "Erbill"; did you mean "Erbil"/);
    const bad = await runCli(['init', '--out', out, '--near', 'Erbil']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"Erbil" is not Place:km, e\.g\. Erbil:100/);
    expect(existsSync(out)).toBe(false);
  });

  it('names the flag and value behind each problem, all at once', async () => {
    const out = join(dir, 'flags.yaml');
    const r = await runCli(['init', '--out', out, '--country', 'IQ,Irak', '--near', 'Erbil:0', '--near', 'Mosull:5', '--feed', 'notaurl']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      `sitrep init: ${out} not written, 4 problems:`,
      '  --feed notaurl: "notaurl" is not an http(s) URL',
      expect.stringMatching(/^ {2}--country Irak: unknown country "Irak"; did you mean "IQ \(Iraq\)"/),
      '  --near Erbil:0: must be more than 0 and at most 5000 (got 0)',
      expect.stringMatching(/^ {2}--near Mosull:5: unknown place "Mosull"; did you mean "Mosul"/),
      '',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('without flags or a terminal, starts from the shipped feeds and one rule for every attack', async () => {
    const out = join(dir, 'plain.yaml');
    const r = await runCli(['init', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/: \d+ feeds, 1 rule\./);
    expect(readFileSync(out, 'utf8')).toContain('url: "https://feeds.bbci.co.uk/news/world/rss.xml"');
  });
});
