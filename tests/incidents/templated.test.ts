import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';
import { severityOf } from '../../src/extract/severity.js';
import { groupingConfig, groupReports, type IncomingReport } from '../../src/incidents/index.js';
import { recordReport } from '../../src/pipeline/incidents.js';
import { getIncident } from '../../src/store/incidents.js';
import { openTestStore, testBackends } from '../helpers/databases.js';

/**
 * Templated wire text — one sentence pattern filled in with many cities — through the real
 * extraction engine and the default grouping config: each city is its own incident (the place veto),
 * a report naming only the country anchors nothing, and two outlets' reports of one attack in one
 * city still join.
 */
const engine = ExtractionEngine.load();
const cfg = groupingConfig(ConfigSchema.parse({}).incidents, severityOf);
const backends = await testBackends();

interface Wire {
  id: string;
  title: string;
  content: string;
  at: string;
  feed?: string;
  link?: string;
}

function toReport(w: Wire): IncomingReport {
  const extraction = engine.extract(prepareDocument({ title: w.title, content: w.content }));
  return { documentId: w.id, feedId: w.feed ?? 'wire', title: w.title, content: w.content, link: w.link ?? null, published: w.at, extraction };
}

const hour = (n: number) => new Date(Date.parse('2026-11-24T06:00:00Z') + n * 3_600_000).toISOString();

/** The scenario in our own words: one drone template, ten Iraqi cities 80–700 km apart, an hour apart. */
const TEN_CITIES = ['Mosul', 'Kirkuk', 'Ramadi', 'Najaf', 'Basra', 'Amarah', 'Sulaymaniyah', 'Baqubah', 'Rutba', 'Samarra'];
const tenCityWires: Wire[] = TEN_CITIES.map((city, n) => ({
  id: `drone-${city.toLowerCase()}`,
  title: `Drone hits checkpoint in ${city}`,
  content: `A bomb-carrying drone hit a police checkpoint on the edge of ${city}, Iraq, on Tuesday, and ${n + 2} security personnel died, according to local officials.`,
  at: hour(n),
}));

/** Templates of several kinds of attack, in several countries. */
const TEMPLATES: Array<{ kind: string; country: string; cities: string[]; title: (c: string) => string; body: (c: string, n: number) => string }> = [
  {
    kind: 'shelling',
    country: 'Ukraine',
    cities: ['Kharkiv', 'Sumy', 'Kherson', 'Zaporizhzhia', 'Dnipro', 'Odesa'],
    title: (c) => `Russian shelling of ${c} wounds civilians`,
    body: (c, n) =>
      `Russian artillery shelled ${c} overnight, damaging homes and a school; ${n} civilians were wounded, the regional governor said on Telegram.`,
  },
  {
    kind: 'ied',
    country: 'Somalia',
    cities: ['Mogadishu', 'Kismayo', 'Baidoa', 'Beledweyne'],
    title: (c) => `Roadside bomb hits army convoy near ${c}`,
    body: (c, n) =>
      `A roadside bomb exploded next to a military convoy just outside ${c}, Somalia, killing ${n} soldiers, a police officer told reporters by phone.`,
  },
  {
    kind: 'gunmen',
    country: 'Syria',
    cities: ['Aleppo', 'Idlib', 'Homs', 'Deir ez-Zor'],
    title: (c) => `Gunmen kill soldiers at checkpoint in ${c}`,
    body: (c, n) => `Gunmen on motorcycles opened fire on an army checkpoint in ${c}, Syria, killing ${n} soldiers before fleeing, a war monitor said.`,
  },
  {
    kind: 'drone',
    country: 'Mali',
    cities: ['Gao', 'Timbuktu', 'Mopti'],
    title: (c) => `Drone attack targets military camp in ${c}`,
    body: (c, n) => `Armed drones attacked a military camp in ${c}, Mali, at dawn, killing ${n} soldiers, a security source said.`,
  },
];

/** A second outlet's report of the same attack: other words, same city, 40 minutes later. */
function secondOutlet(kind: string, city: string, country: string, at: string): Wire {
  const bodies: Record<string, string> = {
    shelling: `Several homes were hit when shells landed in residential streets of ${city} during the night, officials in ${country} said, adding that the wounded were taken to hospital.`,
    ied: `An explosive device planted by the road struck soldiers travelling near ${city}; the army in ${country} confirmed the deaths.`,
    gunmen: `Attackers fired on troops manning a checkpoint in ${city}, ${country}, before escaping; the dead were all soldiers, a monitor reported.`,
    drone: `Soldiers were killed when drones struck their camp in ${city}, ${country}, early in the morning, according to a security source.`,
  };
  return {
    id: `${kind}-${city.toLowerCase()}-2`,
    feed: 'other-outlet',
    title: `${city}: deadly ${kind === 'ied' ? 'bombing' : kind} attack`,
    content: bodies[kind]!,
    at: new Date(Date.parse(at) + 40 * 60_000).toISOString(),
  };
}

describe('templated wire text (extraction engine and default config)', () => {
  it('extracts the places the scenarios rely on', () => {
    for (const w of tenCityWires) {
      const x = toReport(w).extraction;
      expect(x.isAttack, w.id).toBe(true);
      expect(
        x.places.filter((p) => p.kind === 'city'),
        w.id,
      ).toHaveLength(1);
    }
  });

  it('files the same template in many cities of several countries as one incident per city, and two outlets in one city as one', () => {
    const wires: Wire[] = [];
    let n = 0;
    for (const t of TEMPLATES) {
      for (const city of t.cities) {
        const at = hour(n++ % 12);
        wires.push({ id: `${t.kind}-${city.toLowerCase()}-1`, title: t.title(city), content: t.body(city, (n % 7) + 2), at });
        wires.push(secondOutlet(t.kind, city, t.country, at));
      }
    }
    const reports = wires.map(toReport).sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
    for (const r of reports) expect(r.extraction.isAttack, r.documentId).toBe(true);
    const { incidents, steps } = groupReports(reports, cfg);
    const incidentOf = new Map(steps.map((s) => [s.documentId, s.incident.id]));
    for (const w of wires.filter((x) => x.id.endsWith('-1'))) {
      expect(incidentOf.get(w.id.replace(/-1$/, '-2')), `${w.id} and its second outlet`).toBe(incidentOf.get(w.id));
    }
    expect(incidents).toHaveLength(wires.length / 2);
  });

  it('keeps a report whose title announces another attack in the same city apart from the first', () => {
    const first = toReport({
      id: 'mogadishu-1',
      title: 'Gunmen shoot dead official in Mogadishu',
      content: 'Gunmen shot dead a district official outside his home in Mogadishu, Somalia, on Saturday, police said.',
      at: hour(0),
    });
    const second = toReport({
      id: 'mogadishu-2',
      title: 'Second shooting in Mogadishu kills tax collector',
      content: 'Gunmen shot dead a tax collector at a market in Mogadishu, Somalia, on Saturday, police said.',
      at: hour(2),
    });
    const { steps } = groupReports([first, second], cfg);
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[1]!.reasons.join('\n')).toMatch(/the title tells of another attack \("Second shooting"\)/);
  });

  it('says in one line why a report was kept apart from a similar one elsewhere', () => {
    const { steps } = groupReports(tenCityWires.slice(0, 2).map(toReport), cfg);
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[1]!.note).toMatch(/^kept apart from inc_\S+ \("Drone hits checkpoint in Mosul"\): .*Kirkuk is \d+ km from Mosul \(more than 40 km\)/);
    expect(steps[1]!.incident.groupingNote).toBe(steps[1]!.note);
  });
});

describe.each(backends)('grouping scenarios on $name', (backend) => {
  const store = openTestStore(backend);
  const now = new Date('2026-11-25T00:00:00Z');

  it('ten reports of one drone template in ten Iraqi cities make ten incidents', async () => {
    const ids = [];
    for (const w of tenCityWires) ids.push((await recordReport(store.db, toReport(w), cfg, now)).incident.id);
    expect(new Set(ids).size).toBe(10);
    const basra = await getIncident(store.db, ids[4]!);
    expect(basra?.sources.map((s) => s.documentId)).toEqual(['drone-basra']);
  });

  it('a report naming only the country anchors nothing, and one that fits several incidents stands alone', async () => {
    const base = Date.parse('2026-11-27T06:00:00Z');
    const at = (h: number) => new Date(base + h * 3_600_000).toISOString();
    const countryOnly = (id: string, h: number) =>
      toReport({
        id,
        title: 'Drone attack on security post in Iraq',
        content: 'A bomb-carrying drone hit a security post in Iraq on Tuesday, killing two members of the security forces, officials said.',
        at: at(h),
      });
    const first = await recordReport(store.db, countryOnly('iraq-only', 0), cfg, now);
    expect(first.incident.scenes.every((id) => !id.startsWith('geonames:'))).toBe(true);
    const najaf = await recordReport(store.db, toReport({ ...tenCityWires[3]!, id: 'najaf-2', at: at(1) }), cfg, now);
    const basra = await recordReport(store.db, toReport({ ...tenCityWires[4]!, id: 'basra-2', at: at(2) }), cfg, now);
    expect(new Set([first.incident.id, najaf.incident.id, basra.incident.id]).size).toBe(3);
    expect((await getIncident(store.db, first.incident.id))?.sources).toHaveLength(1);
    // Another outlet's country-only report fits the Najaf and Basra incidents (and the first country-only one): it stands alone.
    const other = toReport({
      id: 'iraq-only-other',
      title: 'Drone kills security personnel at checkpoint in Iraq',
      content: 'Security personnel were killed when a bomb-carrying drone hit a police checkpoint in Iraq on Tuesday, according to local officials.',
      at: at(3),
    });
    const again = await recordReport(store.db, other, cfg, now);
    expect(again.isNew).toBe(true);
    expect(again.incident.groupingNote).toMatch(/^names no specific place and fits [2-9] incidents/);
  });

  it('two outlets reporting one attack in one city join one incident', async () => {
    const at = '2026-11-29T09:00:00Z';
    const a = await recordReport(
      store.db,
      toReport({ id: 'ied-kismayo-a', title: TEMPLATES[1]!.title('Kismayo'), content: TEMPLATES[1]!.body('Kismayo', 4), at }),
      cfg,
      now,
    );
    const b = await recordReport(store.db, toReport(secondOutlet('ied', 'Kismayo', 'Somalia', at)), cfg, now);
    expect(b.incident.id).toBe(a.incident.id);
    expect(b.changes[0]).toMatch(/^new source: other-outlet — /);
  });

  it.runIf(backend.name === 'postgres')('a report recorded while another of the same attack is uncommitted waits for it and joins it', async () => {
    const other = await store.database.open();
    try {
      const at = '2026-11-30T09:00:00Z';
      const first = toReport({ id: 'gunmen-homs-a', title: TEMPLATES[2]!.title('Homs'), content: TEMPLATES[2]!.body('Homs', 3), at });
      const second = toReport(secondOutlet('gunmen', 'Homs', 'Syria', at));
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let recorded!: () => void;
      const firstRecorded = new Promise<void>((r) => (recorded = r));
      const a = store.db.transaction().execute(async (tx) => {
        const result = await recordReport(tx, first, cfg, now);
        recorded();
        await held;
        return result;
      });
      await firstRecorded;
      const b = recordReport(other.db, second, cfg, now);
      // Give the second transaction time to reach the lock before the first commits.
      await new Promise((r) => setTimeout(r, 300));
      release();
      expect((await b).incident.id).toBe((await a).incident.id);
    } finally {
      await other.close();
    }
  });
});
