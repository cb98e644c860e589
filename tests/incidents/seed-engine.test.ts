import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';
import { severityOf } from '../../src/extract/severity.js';
import { groupingConfig, groupReports, type IncomingReport } from '../../src/incidents/index.js';

/** The seed article's three attacks, reported by several outlets, through the real extraction engine. */
const [seedTitle, ...seedBody] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');

const docs = [
  {
    id: 'mosul-1',
    feed: 'shafaq',
    at: '2026-11-19T08:55:00Z',
    link: 'https://shafaq.example/en/security/explosive-device-mosul',
    title: 'Explosive device targets US-Iraqi patrol near Mosul',
    content:
      'An improvised explosive device went off on Thursday as a joint patrol of US forces and the Iraqi Counter-Terrorism Service drove near Mosul, a security source said. One armoured vehicle was damaged and nobody was hurt.',
  },
  {
    id: 'asad-1',
    feed: 'wire-a',
    at: '2026-11-19T09:10:00Z',
    link: 'https://wire-a.example/world/asad-drones',
    title: 'Drones shot down over Ain al-Asad air base in western Iraq',
    content:
      'Air defences at Ain al-Asad air base, which hosts US troops in Anbar province, shot down two drones on Thursday morning, a military official said. No casualties were reported.',
  },
  {
    id: 'harir-1',
    feed: 'rudaw',
    at: '2026-11-19T09:30:00Z',
    link: 'https://rudaw.example/english/kurdistan/harir-drones',
    title: 'Drones attack Harir air base in Erbil province',
    content:
      'Two armed drones attacked the al-Harir air base in Erbil province, which houses US-led coalition forces, the Kurdistan Region counter-terrorism directorate said. The drones were intercepted and there were no casualties.',
  },
  {
    id: 'harir-2',
    feed: 'kurdistan24',
    at: '2026-11-19T10:40:00Z',
    link: 'https://kurdistan24.example/en/story/harir-fuel-depot',
    title: 'Fire breaks out at fuel depot after drone attack on Harir base',
    content:
      'A drone attack on Harir air base set one of its fuel depots on fire, Kurdish counter-terrorism officials said, adding that the base had been evacuated by US-led forces in October.',
  },
  {
    id: 'mosul-2',
    feed: 'afp',
    at: '2026-11-19T11:20:00Z',
    link: 'https://afp.example/en/news/roadside-bomb-coalition-patrol',
    title: 'Roadside bomb hits coalition patrol near Mosul, no casualties',
    content:
      'A roadside bomb struck a patrol of US-led coalition troops and Iraqi special forces near Mosul on Thursday, damaging a vehicle but causing no casualties, two Iraqi security officials said.',
  },
  {
    id: 'asad-2',
    feed: 'defense-news',
    at: '2026-11-19T12:00:00Z',
    link: 'https://defense-news.example/2026/11/19/ain-al-asad-drones',
    title: 'Two drones target Ain al-Asad base west of Baghdad',
    content:
      'Two one-way attack drones targeted Ain al-Asad air base west of Baghdad on Thursday and were destroyed by air defences, a US defense official said. Iran-backed militias were blamed.',
  },
  {
    id: 'seed',
    feed: 'middle-east-monitor',
    at: '2026-11-19T18:40:00Z',
    link: 'https://mem.example/2026/11/19/us-forces-in-iraq-face-widespread-attacks/',
    title: seedTitle!,
    content: seedBody.join('\n'),
  },
  {
    id: 'seed-copy',
    feed: 'aggregator',
    at: '2026-11-19T19:30:00Z',
    link: 'https://mem.example/2026/11/19/us-forces-in-iraq-face-widespread-attacks/?utm_source=twitter&utm_medium=social#comments',
    title: `${seedTitle!} | Aggregator`,
    content: seedBody.join('\n'),
  },
];

describe('seed article through the extraction engine', () => {
  const engine = ExtractionEngine.load();
  const cfg = groupingConfig(ConfigSchema.parse({}).incidents, severityOf);
  const reports: IncomingReport[] = docs.map((d) => ({
    documentId: d.id,
    feedId: d.feed,
    title: d.title,
    content: d.content,
    link: d.link,
    published: d.at,
    extraction: engine.extract(prepareDocument(d)),
  }));

  it('finds an attack in every report', () => {
    expect(reports.filter((r) => !r.extraction.isAttack).map((r) => r.documentId)).toEqual([]);
  });

  it('files one incident per attack; the roundup and its copy update the attack it describes first', () => {
    const { incidents, steps } = groupReports(reports, cfg);
    const of = new Map(steps.map((s) => [s.documentId, s.incident.id]));
    expect(steps.filter((s) => s.isNew).map((s) => s.documentId)).toEqual(['mosul-1', 'asad-1', 'harir-1']);
    expect(incidents).toHaveLength(3);
    expect(of.get('mosul-2')).toBe(of.get('mosul-1'));
    expect(of.get('harir-2')).toBe(of.get('harir-1'));
    expect(of.get('asad-2')).toBe(of.get('asad-1'));
    expect(of.get('seed')).toBe(of.get('mosul-1'));
    expect(of.get('seed-copy')).toBe(of.get('mosul-1'));
    const mosul = incidents.find((i) => i.id === of.get('mosul-1'))!;
    expect(mosul.attackTypes).toEqual(['ied']);
    expect(mosul.sources.map((s) => s.documentId)).toEqual(['mosul-1', 'mosul-2', 'seed', 'seed-copy']);
  });
});
