import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/analysis.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';

let engine: ExtractionEngine;
beforeAll(() => {
  engine = ExtractionEngine.load();
});
const run = (title: string, content = ''): Extraction => engine.extract(prepareDocument({ title, content }));
const names = (x: Extraction) => x.places.map((p) => p.name);

describe('places of an attack', () => {
  it('lists where the seed article’s attacks happened, not its context', () => {
    const [title, ...rest] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');
    const x = run(title!, rest.join('\n'));
    expect(names(x)).toEqual(expect.arrayContaining(['Mosul', 'Erbil']));
    expect(x.places.filter((p) => p.kind === 'base').map((p) => p.id)).toEqual(
      expect.arrayContaining([expect.stringContaining('harir'), expect.stringContaining('asad')]),
    );
    // "The US embassy in Baghdad … have yet to comment", "west of Baghdad", "accuses Tehran",
    // "Israel-Hamas conflict", "strikes in Syria": context, not the attacks' places.
    for (const context of ['Baghdad', 'Tehran', 'Iran', 'Israel', 'Gaza', 'Syria', 'United States', 'Iraq']) expect(names(x)).not.toContain(context);
    expect(['city', 'base']).toContain(x.places[0]?.kind);
  });

  it('puts the title’s place first and the base before its city', () => {
    const x = run(
      'Drones target al-Harir airbase in Erbil',
      'Two drones targeted the al-Harir airbase in Erbil province on Sunday, officials in Baghdad said. No casualties were reported.',
    );
    expect(x.places[0]?.kind).toBe('base');
    expect(names(x)).not.toContain('Baghdad');
  });

  it('leaves out earlier events and where officials sit', () => {
    const x = run(
      'Israeli jets strike Hodeidah port',
      'Israeli jets struck the port of Hodeidah in western Yemen on Saturday, a day after a drone killed a man in Tel Aviv. ' +
        'At least three people were killed in the strikes. Authorities in Sanaa condemned the attack.',
    );
    expect(x.countries).toContain('YE');
    expect(x.places.some((p) => p.country === 'YE' && p.kind === 'city')).toBe(true);
    expect(names(x)).not.toContain('Tel Aviv');
    expect(names(x)).not.toContain('Sanaa');
  });

  it('keeps a nearby locator and drops a distant one', () => {
    const near = run('Rockets hit air base', 'Hezbollah fired rockets at the Ramat David Air Base southeast of Haifa, wounding three people.');
    expect(names(near)).toContain('Haifa');
    const far = run('Rockets hit air base', 'Rockets struck the Ain al-Asad air base west of Baghdad on Tuesday, wounding two soldiers.');
    expect(names(far)).not.toContain('Baghdad');
  });

  it('takes the dateline only when the body names no other place', () => {
    const own = run('Gunmen kill five in Mali', 'BAMAKO (Reuters) — Gunmen killed five soldiers in an attack in Mali on Sunday, the army said.');
    expect(names(own)).toContain('Bamako');
    const unknown = run(
      'Gunmen kill five in Mali',
      'BAMAKO (Reuters) — Gunmen killed five soldiers near the village of Zzyqoville in Mali on Sunday, the army said.',
    );
    expect(names(unknown)).not.toContain('Bamako');
  });

  it('keeps a country only when nothing more specific in it is known', () => {
    expect(run('Suicide bomber kills 12 in Somalia').places.map((p) => p.id)).toEqual(['country:SO']);
    expect(
      run('Suicide bomber kills 12 in Somalia', 'A suicide bomber killed 12 people at a market in Mogadishu, Somalia, on Friday.').places.some(
        (p) => p.kind === 'country',
      ),
    ).toBe(false);
  });
});

describe('a province named after its seat', () => {
  it('is the province, not the town, when the gazetteer knows the province by another name', () => {
    const x = run(
      'Drone hits gas field in northern Iraq',
      'A drone struck a storage tank at a gas field in Sulaimani province’s Chamchamal district late on Monday, officials said.',
    );
    expect(x.places.find((p) => p.id === 'admin1:IQ.05')?.kind).toBe('region');
    expect(names(x)).not.toContain('As Sulaymānīyah');
    expect(x.places.find((p) => p.kind === 'city')?.name).toBe('Jamjamāl');
  });
});
