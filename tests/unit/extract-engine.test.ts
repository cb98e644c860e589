import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../src/extract/analysis.js';
import { prepareDocument } from '../../src/extract/normalize.js';
import { extractStory as run, shippedEngine } from '../helpers/extraction.js';

describe('seed article', () => {
  it('finds the three attacks on US forces in Iraq', () => {
    const [title, ...rest] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');
    const x = run(title!, rest.join('\n'));
    expect(ExtractionSchema.parse(x)).toEqual(x);
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['drone', 'ied']);
    expect(x.countries).toEqual(['IQ']);
    const names = x.places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Mosul', 'Erbil']));
    const bases = x.places.filter((p) => p.kind === 'base').map((p) => p.id);
    expect(bases.some((id) => id.includes('harir'))).toBe(true);
    expect(bases.some((id) => id.includes('asad'))).toBe(true);
    const iranBacked = x.actors.find((a) => a.id === 'iran-backed-militias');
    expect(['perpetrator', 'blamed']).toContain(iranBacked?.role);
    expect(x.actors.find((a) => a.id === 'us-forces')?.role).toBe('involved');
    // "Forty-five US soldiers have been injured in these attacks" is a running total.
    expect(x.casualties).toEqual({ killed: 0, injured: 0 });
    expect(x.severity).toBe('medium');
  });
});

describe('attack or not', () => {
  it.each([
    ['North Korea test-fires ballistic missile into the sea', 'The launch was the latest in a series of weapons tests.'],
    ['Man dies of heart attack at marathon', ''],
    ['Poland signs deal to purchase Patriot missiles', 'The contract covers missile deliveries from 2027.'],
    ['Ten years on, Paris marks anniversary of Bataclan attack', 'Gunmen killed 130 people in 2015.'],
    ['Police foil plot to bomb concert, arrest two', ''],
    ['Hospital network hit by ransomware attack', ''],
    ['Drone light show dazzles crowds at festival', ''],
    ['Gas explosion destroys apartment block, killing four', 'A gas leak was the likely cause.'],
    ['Iran threatens to strike Israel with missiles if attacked', ''],
    ['Opposition leader attacks government over prices', ''],
  ])('%s → not an attack', (title, content) => {
    expect(run(title, content).isAttack).toBe(false);
  });

  it('counts intercepted drones and missiles as attacks', () => {
    const x = run('Air defences intercept drones over Erbil', 'Two drones were shot down near Erbil airport on Tuesday night.');
    expect(x.isAttack).toBe(true);
    expect(x.attackTypes).toEqual(['drone']);
  });

  it('reads types from how news names them', () => {
    expect(run('Suicide bomber kills 15 at market in Balochistan').attackTypes).toEqual(['suicide_attack']);
    expect(run('Roadside bomb kills two soldiers in Somalia').attackTypes).toEqual(['ied']);
    expect(run('Gunmen abduct 20 students in Kaduna').attackTypes).toEqual(['kidnapping']);
    expect(run('Mortar shells hit displacement camp in El Fasher, killing five').attackTypes).toEqual(['mortar_artillery']);
  });
});

describe('places and countries', () => {
  it('does not take the dateline as the place of the attack', () => {
    const x = run(
      'Drone attack kills three US soldiers at base in Jordan',
      'WASHINGTON (Reuters) — A drone attack on a remote base in northeastern Jordan killed three US service members, officials said.',
    );
    expect(x.countries).toEqual(['JO']);
    expect(x.places.map((p) => p.name)).not.toContain('Washington');
  });

  it('reports where the attack happened, not where actors come from', () => {
    const x = run('Iranian-backed militia fires rockets at US forces in Syria', 'Rockets struck a base housing US forces in eastern Syria on Monday.');
    expect(x.countries).toEqual(['SY']);
  });

  it('does not take people for places', () => {
    const x = run('Michael Jordan meets Jordan Peterson in Toronto', 'President Georgia Meloni was not there.');
    expect(x.places.map((p) => p.country)).not.toContain('JO');
    expect(x.places.map((p) => p.country)).not.toContain('GE');
  });

  it('matches names whatever the case, punctuation and diacritics', () => {
    for (const spelling of ['Ain Al Asad air base', 'Ain al-Asad airbase', 'AIN AL-ASAD air base']) {
      const x = run(`Rockets hit ${spelling}`, '');
      expect(
        x.places.some((p) => p.kind === 'base' && p.country === 'IQ'),
        spelling,
      ).toBe(true);
    }
    expect(run('Drones attack Kyiv, officials say').countries).toEqual(['UA']);
  });
});

describe('actors', () => {
  it('folds aliases and records claims and denials', () => {
    const x = run(
      'Daesh claims responsibility for bombing in Kabul',
      'A bomb exploded at a checkpoint in Kabul, killing four. The Taliban denied any involvement of its fighters.',
    );
    expect(x.actors).toEqual(
      expect.arrayContaining([{ id: 'islamic-state', name: 'Islamic State', role: 'claimed' }, expect.objectContaining({ id: 'taliban', role: 'denied' })]),
    );
  });

  it('resolves generic attackers rather than nothing', () => {
    const x = run('Unidentified gunmen kill 5 at checkpoint', 'Unknown gunmen opened fire on a police checkpoint, killing five officers.');
    expect(x.actors.map((a) => a.id)).toContain('unidentified-gunmen');
  });

  it('does not read "is" and "us" as Islamic State or US forces', () => {
    const x = run('Drone strike kills militant leader', 'The strike is the latest to hit the group, a spokesman told us. IS fighters fled.');
    expect(x.actors.filter((a) => a.id === 'islamic-state')).toHaveLength(1);
    expect(x.actors.map((a) => a.id)).not.toContain('us-forces');
  });
});

describe('casualties', () => {
  it.each([
    ['Bomb kills at least 12 in market', '', 12, null],
    ['Attack leaves more than 20 dead', '', 20, null],
    ['Forty-five wounded in rocket attack on town', '', null, 45],
    ['Car bomb kills a dozen people', '', 12, null],
    ['Gunmen kill dozens of villagers', '', null, null],
    ['Rocket attack on base causes no casualties', '', 0, 0],
    ['Drones hit base; no one was hurt', '', 0, 0],
    ['Bombing kills 5, death toll rises to 15', 'The death toll rose to 15 on Monday, police said.', 15, null],
    ['Airstrike kills 9', 'More than 40,000 people have been killed since the war began.', 9, null],
    ['Shelling kills two, wounds seven in Kharkiv', '', 2, 7],
    ['Drone strike on convoy', 'The strike killed twenty-one fighters and injured three civilians.', 21, 3],
  ])('%s', (title, content, killed, injured) => {
    expect(run(title, content).casualties).toEqual({ killed, injured });
  });
});

describe('robustness', () => {
  it('handles empty, odd and long input and always returns a valid extraction', () => {
    const long = 'Gunmen opened fire in Kabul, killing 3. '.repeat(2000);
    for (const [title, content] of [
      ['', ''],
      ['   ', null],
      ['???', '—'],
      ['Drone', long],
      ['١٢ قتيلا في هجوم', 'Ünïcödé “quotes” ‘and’ emoji 💥'],
    ] as const) {
      const x = shippedEngine().extract(prepareDocument({ title, content }));
      expect(ExtractionSchema.parse(x)).toEqual(x);
    }
  });

  it('is deterministic', () => {
    const doc = prepareDocument({ title: 'Rocket attack on Erbil base', content: 'Two rockets hit the base; no one was hurt.' });
    expect(shippedEngine().extract(doc)).toEqual(shippedEngine().extract(doc));
  });
});
