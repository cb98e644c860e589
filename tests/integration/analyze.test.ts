import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../helpers/cli.js';

const [title, ...body] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');

/** `sitrep analyze` (with `flags`) of JSON lines on stdin: its output lines, once it has exited cleanly. */
async function analyzed(input: string, ...flags: string[]) {
  const r = await runCli(['analyze', ...flags], { input });
  expect(r.code, r.stderr).toBe(0);
  return jsonLines(r.stdout);
}

describe('sitrep analyze (contract 1)', () => {
  it('writes one analysis line per input line, in order, and goes on after bad lines', async () => {
    const input = [
      JSON.stringify({ id: 'seed', title, content: body.join('\n'), link: 'https://example.org/seed', published: '2023-10-26T12:00:00Z' }),
      '{"id": "broken", "title": ',
      JSON.stringify({ id: 'no-title', content: 'text' }),
      '',
      JSON.stringify({ title: 'Central bank holds interest rates steady' }),
      JSON.stringify({ id: 'copy', title, content: body.join('\n'), link: 'https://example.org/seed?utm_source=rss', published: '2023-10-26T13:00:00Z' }),
    ].join('\n');
    const out = await analyzed(input);
    expect(out).toHaveLength(5);

    const [seed, broken, noTitle, plain, copy] = out;
    expect(Object.keys(seed)).toEqual([
      'id',
      'isAttack',
      'attackTypes',
      'places',
      'countries',
      'actors',
      'casualties',
      'severity',
      'matchedRules',
      'incidentId',
      'groupingNote',
    ]);
    expect(seed).toMatchObject({ id: 'seed', isAttack: true, countries: ['IQ'], casualties: { killed: 0, injured: 0 } });
    expect(seed.attackTypes).toEqual(expect.arrayContaining(['drone', 'ied']));
    const places = Object.fromEntries(seed.places.map((p: { name: string; kind: string }) => [p.name, p.kind]));
    expect(places).toMatchObject({ Mosul: 'city', Erbil: 'city' });
    expect(seed.places.filter((p: { kind: string }) => p.kind === 'base').map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Harir/), expect.stringMatching(/Ain al-Asad/)]),
    );
    for (const p of seed.places)
      expect(p).toEqual({
        name: expect.any(String),
        country: expect.stringMatching(/^[A-Z]{2}$/),
        lat: expect.any(Number),
        lon: expect.any(Number),
        kind: expect.any(String),
      });
    expect(seed.actors.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(['iran-backed-militias', 'us-forces']));
    expect(seed.matchedRules).toEqual(expect.arrayContaining(['iraq-syria-bases']));
    expect(['low', 'medium', 'high', 'critical']).toContain(seed.severity);

    expect(broken).toEqual({ id: null, error: expect.stringMatching(/^not valid JSON/) });
    expect(noTitle).toEqual({ id: 'no-title', error: expect.stringMatching(/title/) });
    expect(plain).toMatchObject({ id: null, isAttack: false, attackTypes: [], matchedRules: [], casualties: { killed: null, injured: null } });
    // A syndicated copy of the same article is the same incident.
    expect(typeof seed.incidentId).toBe('string');
    expect(copy.incidentId).toBe(seed.incidentId);
  });

  it('says in one line why a report was kept apart from a similar one in another city', async () => {
    const line = (id: string, city: string, hour: number) =>
      JSON.stringify({
        id,
        title: `Drone hits checkpoint in ${city}`,
        content: `A bomb-carrying drone hit a police checkpoint on the edge of ${city}, Iraq, on Tuesday, and three security personnel died, according to local officials.`,
        published: `2026-11-24T0${hour}:00:00Z`,
      });
    const [mosul, basra] = await analyzed(`${line('mosul', 'Mosul', 6)}\n${line('basra', 'Basra', 7)}\n`);
    expect(basra.incidentId).not.toBe(mosul.incidentId);
    expect(mosul.groupingNote).toBeNull();
    expect(basra.groupingNote).toMatch(/^kept apart from inc_\S+ \("Drone hits checkpoint in Mosul"\): Basrah? is \d+ km from Mosul/);
  });

  it('--explain says why a report joined an incident; an evening report of no casualties is not the night attack that killed four', async () => {
    const doc = (id: string, hour: string, title: string, content: string) => JSON.stringify({ id, title, content, published: `2026-11-25T${hour}:00:00Z` });
    const input = [
      doc(
        'night',
        '02',
        'Drone hits apartment block in Zaporizhzhia',
        'A Russian drone struck an apartment block in Zaporizhzhia overnight, killing two residents and injuring nine, the regional governor said.',
      ),
      doc(
        'toll',
        '03',
        'Zaporizhzhia drone strike toll rises to four',
        'Four people are now dead after the Russian drone struck the apartment block in Zaporizhzhia overnight, the governor said.',
      ),
      doc(
        'evening',
        '05',
        'Blasts heard in Zaporizhzhia',
        'Blasts rang out in Zaporizhzhia on Wednesday evening as Russian drones hit a power substation, the mayor said. Nobody was killed or hurt.',
      ),
    ].join('\n');
    const [night, toll, evening] = await analyzed(`${input}\n`, '--explain', '--json');
    expect(night.joined).toBeNull();
    expect(toll.incidentId).toBe(night.incidentId);
    expect(toll.joined).toMatch(/^joined \(score [\d.]+\): same attack type: drone; same place: Zaporizh/);
    expect(evening.incidentId).not.toBe(night.incidentId);
    expect(evening.groupingNote).toMatch(/states that no one was killed, 2 h after a report of the incident stated 4 dead/);
  });

  it('accepts a byte-order mark, and a bare CR inside a string (regression): one analysis per document, in order', async () => {
    const input = `\uFEFF${JSON.stringify({ id: 'one', title: 'Drone strike hits checkpoint in Kandahar' })}\n{"id":"two","title":"Rocket attack\ron Mogadishu market"}\r\n`;
    const out = await analyzed(input);
    expect(out.map((o) => [o.id, o.isAttack])).toEqual([
      ['one', true],
      ['two', true],
    ]);
  });

  it('--explain --text: one document from the command line, every rule matched or not and why, in words', async () => {
    const r = await runCli(['analyze', '--explain', '--text', [title, ...body].join('\n')]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^text: an attack report \(.*drone.*\); .*Erbil \(IQ\).*; severity medium$/);
    // The shipped config's rules, each on its own line, in the config's order.
    expect(lines.slice(1)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}matched {5}iraq-syria-bases: attack type drone, ied; country IQ/),
        "  not matched mass-casualty: severity medium is below the rule's critical",
      ]),
    );
    // The extraction's stages, each in one line, before the rules: which stage decided what.
    expect(lines).toContainEqual('  title: reports an attack in so many words');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}sentence 1 \(title\): evidence; .*casualties/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}sentence \d+: evidence; drone, attack word.*: "In addition, armed drones attacked/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}sentence \d+: not evidence; .*background or history: "Since early October/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}countries: IQ \d+\.\d, US \d+\.\d.* → IQ$/));
    expect(lines).toContainEqual('  casualties: killed 0, injured 0');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}headline for grouping: means unnamed/));
    // The headline's cues, with the words that said them.
    const cued = await runCli([
      'analyze',
      '--explain',
      '--text',
      'Governor condemns second bombing of Kirkuk market\nA bomb killed four at a market in Kirkuk.',
    ]);
    expect(cued.stdout).toContain('headline for grouping: means ied; places hit market; no time of day; another ("second bombing"); aftermath ("condemns")');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}incident inc_/));
    const plain = await runCli(['analyze', '--explain', '--json', '--text', 'Central bank holds interest rates steady']);
    const [line] = jsonLines(plain.stdout);
    expect(line).toMatchObject({ id: 'text', isAttack: false, matchedRules: [] });
    expect(line.rules).toContainEqual({ rule: 'iraq-syria-bases', matched: false, why: 'not an attack report (the rule only considers attacks)' });
    expect(line.stages).toContain('countries: no votes → none');
  });

  it('--explain keeps hostile article text to inert lines: control characters and line breaks in a sentence never start a line', async () => {
    const r = await runCli([
      'analyze',
      '--explain',
      '--text',
      'Gunmen kill four at checkpoint near Kirkuk\nGunmen opened fire on a checkpoint near Kirkuk on Monday \u001b[31mkilling four\u0007 policemen, officials said.',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    for (const line of r.stdout.trimEnd().split('\n').slice(1)) expect(line).toMatch(/^ {2}\S/);
    expect(r.stdout).toMatch(/casualties: killed 4, injured not stated/);
  });
});
