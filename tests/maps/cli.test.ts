import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { runCli } from '../helpers/cli.js';
import { PLACES, storeReport } from './digest-fixtures.js';
import { decodePng } from './helpers.js';

let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-maps-cli-'));
  writeFileSync(join(dir, 'sitrep.yaml'), 'rules:\n  - id: iraq\n    name: Iraq\n    match: {countries: [IQ]}\n');
  env = { SITREP_DB: join(dir, 'sitrep.db'), SITREP_CONFIG: join(dir, 'sitrep.yaml'), LOG_LEVEL: 'warn' };
  const database = await openDatabase(env.SITREP_DB!);
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  await storeReport(database.db, {
    id: 'c1',
    title: 'Drones hit Erbil',
    published: hoursAgo(2),
    attackTypes: ['drone'],
    place: PLACES.erbil,
    killed: 1,
    injured: 0,
  });
  await storeReport(database.db, {
    id: 'c2',
    title: 'Bomb in Baghdad',
    published: hoursAgo(6),
    attackTypes: ['ied'],
    place: PLACES.baghdad,
    killed: 4,
    injured: 9,
  });
  await storeReport(database.db, {
    id: 'c3',
    title: 'Strike on Aden',
    published: hoursAgo(3),
    attackTypes: ['drone'],
    place: PLACES.aden,
    killed: 2,
    injured: 0,
  });
  await storeReport(database.db, {
    id: 'c4',
    title: 'Older IED in Mosul',
    published: hoursAgo(50),
    attackTypes: ['ied'],
    place: PLACES.mosul,
    killed: 0,
    injured: 1,
  });
  await database.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep digest', () => {
  it('sums up a rule over a period as JSON, and writes its picture', async () => {
    const out = join(dir, 'report.png');
    const r = await runCli(['digest', '--rule', 'iraq', '--since', '24h', '--json', '--out', out], { env });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ ruleId: 'iraq', total: 2, killed: 5, injured: 9, byCountry: { IQ: 2 }, byAttackType: { drone: 1, ied: 1 } });
    expect(s.incidents[0].title).toBe('Bomb in Baghdad');
    expect(s.days).toHaveLength(7);
    const png = decodePng(readFileSync(out));
    expect([png.width, png.height]).toEqual([1100, 520]);
  });

  it('prints text, and explains a wrong rule or duration with exit 2', async () => {
    const text = await runCli(['digest', '--rule', 'iraq', '--since', '3d'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^SITREP Iraq \(iraq\): 3 incidents/);
    const badRule = await runCli(['digest', '--rule', 'iraqq'], { env });
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toMatch(/no rule "iraqq".*did you mean iraq/);
    const badSince = await runCli(['digest', '--rule', 'iraq', '--since', 'yesterday'], { env });
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toMatch(/--since/);
    const zero = await runCli(['digest', '--rule', 'iraq', '--since', '0h'], { env });
    expect([zero.code, zero.stderr]).toEqual([2, 'sitrep digest: --since: "0h" must be more than zero, e.g. 24h or 7d\n']);
    // 24 hours or 24 seconds? A number without its unit is refused, not read as seconds.
    const bare = await runCli(['digest', '--rule', 'iraq', '--since', '24'], { env });
    expect([bare.code, bare.stderr]).toEqual([2, 'sitrep digest: --since: "24" has no unit: write 24s or 24m (s, m, h or d)\n']);
    const badZone = await runCli(['digest', '--rule', 'iraq', '--tz', 'Bagdad'], { env });
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toMatch(/--tz: "Bagdad" is not an IANA time zone .*did you mean "Asia\/Baghdad"/);
  });
});

describe('sitrep analyze --map', () => {
  it('draws the map of the first document with places; says so when none has one', async () => {
    const out = join(dir, 'analyze.png');
    const input = `${JSON.stringify({ id: 'none', title: 'Markets calm' })}\n${JSON.stringify({ id: 'a1', title: 'Drones hit Erbil airport', content: 'Two drones struck near Erbil airport in northern Iraq.' })}\n`;
    const r = await runCli(['analyze', '--map', out], { env, input });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/map of a1 \(Erbil/);
    expect(decodePng(readFileSync(out)).width).toBe(800);
    const none = await runCli(['analyze', '--map', join(dir, 'none.png')], { env, input: `${JSON.stringify({ title: 'Markets calm' })}\n` });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no map written/);
  });
});
