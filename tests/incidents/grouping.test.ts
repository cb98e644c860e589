import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportScene } from '../../src/incidents/assign.js';
import { assignIncident, groupReports, IncidentSchema, type IncomingReport, mergeReport, normalizeLink } from '../../src/incidents/index.js';
import { inPublishedOrder, pairwiseScores, scoreGrouping } from '../eval/incidents.js';
import { DEV_REPORTS } from './dev-groups.js';
import { type ReportSpec, report, syndicatedCopy, testConfig } from './fixtures.js';

const SEED = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');
const seedTitle = SEED[0]!;
const seedContent = SEED.slice(1).join('\n');

function byPublished(specs: readonly ReportSpec[]): IncomingReport[] {
  return inPublishedOrder(specs.map((s) => ({ ...s, published: s.at }))).map(report);
}

/** The incident each report ended up in. */
function partition(reports: readonly IncomingReport[]) {
  const { incidents, steps } = groupReports(reports, testConfig);
  return { incidents, steps, of: new Map(steps.map((s) => [s.documentId, s.incident.id])) };
}

const seedReports = DEV_REPORTS.filter((r) => ['mosul-ied', 'harir-drones', 'asad-drones'].includes(r.group));

const roundup: ReportSpec = {
  id: 'seed-roundup',
  feed: 'middle-east-monitor',
  at: '2026-11-19T15:00:00Z',
  title: seedTitle,
  content: seedContent,
  // In order of first mention, as the engine lists them: the embassy in Baghdad comes before the attacks.
  types: ['ied', 'drone'],
  places: ['iraq', 'baghdad', 'mosul', 'harir', 'erbil', 'asad', 'syria'],
  actors: [['iran-backed-militias', 'blamed']],
  killed: 0,
  injured: 0,
  targets: ['base'],
};
const roundupCopy: ReportSpec = {
  ...roundup,
  id: 'seed-roundup-copy',
  feed: 'aggregator',
  at: '2026-11-19T16:10:00Z',
  title: `${seedTitle} | World News`,
  link: 'https://aggregator.example/2026/11/19/us-forces-iraq-attacks/amp?utm_source=rss&utm_medium=feed',
};

describe('seed article: three attacks on US forces in Iraq in one day', () => {
  it('makes one incident per attack from differently worded reports, and the roundups update one of them', () => {
    const reports = byPublished([...seedReports, roundup, roundupCopy]);
    const { incidents, steps, of } = partition(reports);
    expect(incidents).toHaveLength(3);
    expect(
      steps
        .filter((s) => s.isNew)
        .map((s) => s.documentId)
        .sort(),
    ).toEqual(['d01', 'd04', 'd07']);
    for (const group of ['mosul-ied', 'harir-drones', 'asad-drones']) {
      const ids = new Set(seedReports.filter((r) => r.group === group).map((r) => of.get(r.id)));
      expect(ids.size, group).toBe(1);
    }
    // Both roundups land in one incident, which keeps its own place and attack type.
    expect(of.get('seed-roundup')).toBe(of.get('seed-roundup-copy'));
    const host = incidents.find((i) => i.id === of.get('seed-roundup'))!;
    expect(host.places.some((p) => p.name === 'Mosul') && host.places.some((p) => p.name.startsWith('Ain'))).toBe(false);
    expect(host.attackTypes).toHaveLength(1);
    const copyStep = steps.find((s) => s.documentId === 'seed-roundup-copy')!;
    expect(copyStep.reasons.join(' ')).toMatch(/near-duplicate text|near-identical title/);
  });

  it('joins a roundup to the attack it describes first, even when it opens with another place', () => {
    const { steps } = partition(byPublished([...seedReports, roundup]));
    const step = steps.find((s) => s.documentId === 'seed-roundup')!;
    expect(step.reasons[0]).toBe('roundup of 3 known incidents; joins the one it describes first (Mosul)');
    expect(step.incident.sources[0]!.documentId).toBe('d01');
  });

  it('keeps a roundup that came first apart from the attacks it covers, which get their own incidents', () => {
    const early = { ...roundup, at: '2026-11-19T08:00:00Z' };
    const { incidents, steps } = partition(byPublished([early, ...seedReports]));
    expect(steps.filter((s) => s.isNew).map((s) => s.documentId)).toEqual(['seed-roundup', 'd04', 'd07', 'd01']);
    expect(incidents).toHaveLength(4);
  });

  it('does not treat a report as a roundup when one place it mentions is the scene of two incidents', () => {
    const baghdad = DEV_REPORTS.filter((r) => r.group.startsWith('baghdad'));
    const kirkuk: ReportSpec = {
      id: 'kirkuk-bomb',
      feed: 'wire-c',
      at: '2026-11-05T21:30:00Z',
      types: ['ied'],
      places: ['kirkuk', 'baghdad'],
      targets: ['civilians'],
      title: 'Car bomb in Kirkuk market kills three',
      content: 'A car bomb killed three people at a market in Kirkuk, on a day when Baghdad was hit twice.',
    };
    const { steps } = partition(byPublished([...baghdad, kirkuk]));
    expect(steps.at(-1)).toMatchObject({ documentId: 'kirkuk-bomb', isNew: true });
  });

  it('does not treat a report that mentions one other attack in passing as a roundup', () => {
    const mention: ReportSpec = {
      id: 'kirkuk-mention',
      feed: 'wire-b',
      at: '2026-11-19T14:00:00Z',
      types: ['ied'],
      places: ['kirkuk', 'mosul'],
      targets: ['base'],
      title: 'Roadside bomb hits army patrol near Kirkuk',
      content: 'A roadside bomb struck an Iraqi army patrol near Kirkuk, hours after an explosive device hit a US-Iraqi patrol near Mosul.',
    };
    const { steps } = partition(byPublished([...seedReports, mention]));
    const step = steps.find((s) => s.documentId === 'kirkuk-mention')!;
    expect(step.isNew).toBe(true);
    expect(step.reasons.join('\n')).toMatch(/different place: Kirkuk is 150 km from Mosul \(more than 40 km\)/);
  });

  it('reports changes in words: new sources, casualties, severity', () => {
    const { steps } = partition(byPublished(seedReports));
    const injured = steps.find((s) => s.documentId === 'd08')!;
    expect(injured.changes).toEqual([
      'new source: defense-blog — Two US service members lightly hurt in Ain al-Asad drone attack, official says',
      'injured unknown → 2',
    ]);
    const claimed = steps.find((s) => s.documentId === 'd06')!;
    expect(claimed.changes).toContain('new actor: islamic resistance in iraq (claimed)');
  });
});

describe('near-duplicates', () => {
  const original = DEV_REPORTS.find((r) => r.id === 'd04')!;

  it('treats a syndicated copy as the same story even when its extraction found nothing', () => {
    const copy: ReportSpec = {
      id: 'copy',
      feed: 'syndicator',
      at: '2026-11-19T10:00:00Z',
      title: `${original.title} - Kurdistan Today`,
      content: `${original.content} Read more on our site.`,
      types: [],
      places: [],
    };
    const { steps } = partition(byPublished([original, copy]));
    expect(steps[1]!.isNew).toBe(false);
    expect(steps[1]!.reasons[0]).toMatch(/^near-duplicate text/);
  });

  it('treats a re-published item with a new guid, utm parameters, fragment or AMP path as the same story', () => {
    const base = { ...original, link: 'https://www.wire-a.example/world/drones-harir?id=77' };
    const republished: ReportSpec[] = [
      {
        ...base,
        id: 'guid-2',
        at: '2026-11-19T09:00:00Z',
        title: 'UPDATE 1-Drones attack air base in Kurdistan',
        content: 'Updated with statement.',
        link: 'https://wire-a.example/world/drones-harir/?utm_source=rss&utm_campaign=x&id=77#comments',
      },
      {
        ...base,
        id: 'guid-3',
        at: '2026-11-19T09:30:00Z',
        title: 'Kurdistan air base targeted',
        content: 'Updated.',
        link: 'https://wire-a.example/amp/world/drones-harir?fbclid=abc&id=77',
      },
    ];
    const { steps } = partition(byPublished([base, ...republished]));
    expect(steps.map((s) => s.isNew)).toEqual([true, false, false]);
    expect(steps[1]!.reasons[0]).toMatch(/^same article link/);
  });

  it('keeps the same title on different days apart (outside the window)', () => {
    const later = { ...original, id: 'next-day', at: '2026-11-21T08:30:00Z' };
    const { incidents } = partition(byPublished([original, later]));
    expect(incidents).toHaveLength(2);
  });
});

describe('different attacks in one city on one day', () => {
  it('keeps a mosque bombing and a hotel siege in Kabul apart, and a market car bomb and Green Zone rockets in Baghdad', () => {
    const picked = DEV_REPORTS.filter((r) => r.group.startsWith('kabul') || r.group.startsWith('baghdad') || r.group.startsWith('mogadishu'));
    const { of } = partition(byPublished(picked));
    const labels = new Map(picked.map((r) => [r.id, r.group]));
    expect(pairwiseScores(labels, of)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('keeps two bombs of the same kind apart when their targets differ and hours separate them', () => {
    const market = DEV_REPORTS.filter((r) => r.group === 'baghdad-market');
    const embassy: ReportSpec = {
      id: 'embassy',
      feed: 'wire-a',
      at: '2026-11-05T16:00:00Z',
      types: ['ied'],
      places: ['baghdad'],
      targets: ['diplomatic'],
      injured: 2,
      title: 'Bomb explodes outside embassy compound in Baghdad',
      content: 'A bomb went off near the outer wall of a foreign embassy in the Karrada district of Baghdad, injuring two guards.',
    };
    const { steps } = partition(byPublished([...market, embassy]));
    const last = steps.at(-1)!;
    expect(last.isNew).toBe(true);
    expect(last.reasons.join('\n')).toMatch(/different targets|different places hit: embassy vs market/);
  });

  it('lets a report with the same kind of attack in the same city join when it comes soon after', () => {
    const second: ReportSpec = {
      id: 'soon',
      feed: 'eu-wire',
      at: '2026-11-05T08:15:00Z',
      types: ['ied'],
      places: ['baghdad'],
      title: 'Explosion in eastern Baghdad',
      content: 'An explosion was heard in eastern Baghdad, police said.',
    };
    const { steps } = partition(byPublished([DEV_REPORTS.find((r) => r.id === 'd20')!, second]));
    expect(steps[1]!.isNew).toBe(false);
  });
});

describe('wire datelines', () => {
  const wire = (content: string, title = 'Roadside bomb kills three soldiers in northern Iraq') =>
    report({ id: 'wire', feed: 'wire', at: '2026-11-19T09:30:00Z', types: ['ied'], places: ['baghdad', 'mosul'], title, content });

  it('do not make the city a story was filed in its scene', () => {
    expect(reportScene(wire('BAGHDAD, Nov 19 (Reuters) - A roadside bomb struck an army patrol near Mosul on Tuesday.'), testConfig.distanceKm)?.name).toBe(
      'Mosul',
    );
    expect(reportScene(wire('BAGHDAD (AP) — A roadside bomb struck an army patrol near Mosul.'), testConfig.distanceKm)?.name).toBe('Mosul');
  });

  it('leave the city the scene when the report tells of it beyond the dateline, or when there is no dateline', () => {
    expect(reportScene(wire('BAGHDAD, Nov 19 (Reuters) - A bomb struck a market in Baghdad, near Mosul road.'), testConfig.distanceKm)?.name).toBe('Baghdad');
    expect(reportScene(wire('Baghdad police said a bomb struck a patrol near Mosul.'), testConfig.distanceKm)?.name).toBe('Baghdad');
  });
});

describe('reports without a place', () => {
  const known = DEV_REPORTS.find((r) => r.id === 'd07')!;

  it('join only on strong textual similarity', () => {
    const vague: ReportSpec = {
      id: 'vague',
      feed: 'blog',
      at: '2026-11-19T09:30:00Z',
      types: ['drone'],
      places: [],
      title: 'Drone attack reported on US forces',
      content: 'There are reports of a drone attack on American troops.',
    };
    const similar: ReportSpec = {
      id: 'similar',
      feed: 'blog',
      at: '2026-11-19T09:40:00Z',
      types: ['drone'],
      places: [],
      title: 'Two drones shot down over airbase hosting US troops west of Baghdad',
      content:
        'Two drones targeted an airbase in Anbar province west of Baghdad which hosts US troops. Air defences shot the drones down; no casualties were reported.',
    };
    const { steps } = partition(byPublished([known, vague, similar]));
    expect(steps.find((s) => s.documentId === 'vague')!.isNew).toBe(true);
    const joined = steps.find((s) => s.documentId === 'similar')!;
    expect(joined.isNew).toBe(false);
    expect(joined.incident.id).toBe(steps[0]!.incident.id);
  });
});

describe('development set', () => {
  const labelled = DEV_REPORTS.map((r) => ({ id: r.id, group: r.group, title: r.title, report: report(r) }));

  it('groups 23 attacks reported by several outlets with high pairwise precision and recall', () => {
    const result = scoreGrouping(labelled, testConfig);
    expect(result.groups).toBeGreaterThanOrEqual(15);
    expect(result.pairwisePrecision).toBeGreaterThanOrEqual(0.9);
    expect(result.pairwiseRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('scores reports the engine does not see as attacks as filed nowhere, as the bot would', () => {
    const [first, ...rest] = labelled.filter((l) => l.group === 'kabul-mosque');
    const missed = { ...first!, report: { ...first!.report, extraction: { ...first!.report.extraction, isAttack: false } } };
    const result = scoreGrouping([missed, ...rest!], testConfig);
    expect(result.notAttacks).toBe(1);
    expect(result.attacksOnly).toMatchObject({ precision: 1, recall: 1 });
    expect(result.pairwiseRecall).toBeCloseTo(1 / 3);
    expect(result.misses).toEqual([expect.objectContaining({ kind: 'not-attack', id: 'd10', others: ['d11', 'd12'] })]);
  });

  it('is deterministic: the same reports in the same order give the same incidents and ids', () => {
    const reports = byPublished(DEV_REPORTS);
    expect(groupReports(reports, testConfig)).toEqual(
      groupReports(
        reports.map((r) => structuredClone(r)),
        testConfig,
      ),
    );
  });

  it('gives the same partition when reports published together arrive in another order', () => {
    // Within each hour, reverse the arrival order (feeds are polled in no particular order).
    const ordered = byPublished(DEV_REPORTS);
    const hour = (r: IncomingReport) => r.published.slice(0, 13);
    const shuffled = [...ordered].sort((a, b) => (hour(a) < hour(b) ? -1 : hour(a) > hour(b) ? 1 : a.documentId < b.documentId ? 1 : -1));
    expect(shuffled.map((r) => r.documentId)).not.toEqual(ordered.map((r) => r.documentId));
    const labels = new Map(DEV_REPORTS.map((r) => [r.id, r.group]));
    const a = partition(ordered).of;
    const b = partition(shuffled).of;
    expect(pairwiseScores(labels, b)).toEqual(pairwiseScores(labels, a));
    expect(pairwiseScores(new Map([...a].map(([k, v]) => [k, v])), b)).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('assignIncident', () => {
  it('explains a new incident with the closest candidate and why it was not joined', () => {
    const mosul = mergeReport(null, report(DEV_REPORTS.find((r) => r.id === 'd01')!), testConfig).incident;
    const asad = report(DEV_REPORTS.find((r) => r.id === 'd07')!);
    const a = assignIncident(asad, [mosul], testConfig);
    expect(a.incidentId).toBeNull();
    expect(a.reasons).toEqual([
      expect.stringMatching(/^not inc_.* \(ruled out\): different place: Ain al-Asad Air Base is 289 km from Mosul \(more than 80 km\)$/),
    ]);
  });

  it('rules out reports outside the window and places far apart', () => {
    const kabul = mergeReport(null, report(DEV_REPORTS.find((r) => r.id === 'd10')!), testConfig).incident;
    const late = report({ ...DEV_REPORTS.find((r) => r.id === 'd11')!, at: '2026-11-13T06:41:00Z' });
    expect(assignIncident(late, [kabul], testConfig).reasons[0]).toMatch(/window 24 h/);
    expect(assignIncident(late, [kabul], testConfig).incidentId).toBeNull();
    const elsewhere = report({ ...DEV_REPORTS.find((r) => r.id === 'd11')!, places: ['peshawar'] });
    expect(assignIncident(elsewhere, [kabul], testConfig).incidentId).toBeNull();
  });

  it('keeps a report that is already part of an incident there', () => {
    const r = report(DEV_REPORTS[0]!);
    const inc = mergeReport(null, r, testConfig).incident;
    expect(assignIncident(r, [inc], testConfig)).toMatchObject({ incidentId: inc.id });
  });
});

describe('mergeReport', () => {
  const spec = DEV_REPORTS.find((r) => r.id === 'd10')!;

  it('starts an incident with a stable id derived from the first report', () => {
    const a = mergeReport(null, report(spec), testConfig);
    const b = mergeReport(null, report(spec), testConfig);
    expect(a.isNew).toBe(true);
    expect(a.incident.id).toBe(b.incident.id);
    expect(a.incident.id).toMatch(/^inc_/);
    expect(IncidentSchema.parse(a.incident)).toEqual(a.incident);
  });

  it('keeps the highest stated casualty figures and never lowers one because a report says nothing', () => {
    let inc = mergeReport(null, report(spec), testConfig).incident; // killed 5, high
    const r12 = mergeReport(inc, report({ ...spec, id: 'x12', feed: 'wire-b', title: 'Toll rises to 12', killed: 12, injured: 30 }), testConfig);
    expect(r12.changes).toEqual(['new source: wire-b — Toll rises to 12', 'killed 5 → 12', 'injured unknown → 30', 'severity high → critical']);
    expect(r12).toMatchObject({ severityRaised: true, previousSeverity: 'high' });
    inc = r12.incident;
    const silent = mergeReport(
      inc,
      report({ ...spec, id: 'silent', feed: 'blog', title: 'Explosion at Kabul mosque', killed: null, injured: null }),
      testConfig,
    );
    expect(silent.incident.casualties).toEqual({ killed: 12, injured: 30 });
    const lower = mergeReport(silent.incident, report({ ...spec, id: 'low', feed: 'x', title: 'Early report', killed: 3, injured: 0 }), testConfig);
    expect(lower.incident.casualties).toEqual({ killed: 12, injured: 30 });
    expect(lower.incident.severity).toBe('critical');
    expect(lower.changes).toEqual(['new source: x — Early report']);
  });

  it('names new attack types, places and targets, keeps sources oldest first, and ignores a report merged twice', () => {
    const first = mergeReport(null, report({ ...spec, at: '2026-11-12T08:00:00Z' }), testConfig).incident;
    const earlier = report({
      ...spec,
      id: 'earlier',
      feed: 'wire-c',
      at: '2026-11-12T06:00:00Z',
      title: 'Blast and gunfire at Kabul mosque',
      types: ['suicide_attack', 'armed_assault'],
      places: ['kabul', 'ukraine'],
      targets: ['civilians', 'infrastructure'],
    });
    const r = mergeReport(first, earlier, testConfig);
    expect(r.changes).toEqual(expect.arrayContaining(['new attack type: armed_assault', 'new target: infrastructure']));
    expect(r.changes.some((c) => c.startsWith('new place: Ukraine'))).toBe(false);
    expect(r.incident.sources.map((s) => s.documentId)).toEqual(['earlier', spec.id]);
    expect(r.incident.firstPublished).toBe('2026-11-12T06:00:00.000Z');
    expect(r.incident.attackTypes).toEqual(['suicide_attack', 'armed_assault']);
    const again = mergeReport(r.incident, earlier, testConfig);
    expect(again.incident).toBe(r.incident);
    expect(again.changes).toEqual([]);
  });

  it('names a new place', () => {
    const first = mergeReport(null, report(DEV_REPORTS.find((r) => r.id === 'd05')!), testConfig).incident;
    const r = mergeReport(first, report(DEV_REPORTS.find((r) => r.id === 'd06')!), testConfig);
    expect(r.changes).toContain('new place: Erbil');
  });

  it('rejects a report whose published time is not a date', () => {
    expect(() => mergeReport(null, report({ ...spec, at: 'yesterday' }), testConfig)).toThrow(/published time "yesterday"/);
  });
});

describe('normalizeLink', () => {
  it.each([
    ['https://www.example.com/a/b/?utm_source=x&utm_medium=y#top', 'example.com/a/b'],
    ['http://example.com/a/b?fbclid=1&gclid=2', 'example.com/a/b'],
    ['https://example.com/amp/a/b', 'example.com/a/b'],
    ['https://example.com/a/b/amp', 'example.com/a/b'],
    ['https://amp.example.com/a/b.amp.html', 'example.com/a/b.html'],
    ['https://example.com/a?b=2&a=1', 'example.com/a?a=1&b=2'],
    ['https://example.com/article?id=5&utm_campaign=z', 'example.com/article?id=5'],
  ])('%s → %s', (link, expected) => {
    expect(normalizeLink(link)).toBe(expected);
  });

  it('gives null for no link or a link that is not http(s)', () => {
    expect(normalizeLink(null)).toBeNull();
    expect(normalizeLink('not a url')).toBeNull();
    expect(normalizeLink('mailto:a@b.c')).toBeNull();
  });
});

describe('large incidents', () => {
  it('keep every source but a bounded number of fingerprints, and still recognise copies of the first report', () => {
    const first = DEV_REPORTS.find((r) => r.id === 'd40')!;
    let incident = mergeReport(null, report(first), testConfig).incident;
    for (let n = 1; n <= 80; n++) {
      const minute = String(n % 60).padStart(2, '0');
      const hour = String(2 + Math.floor(n / 60)).padStart(2, '0');
      incident = mergeReport(
        incident,
        report({
          ...first,
          id: `copy-${n}`,
          feed: `outlet-${n}`,
          at: `2026-11-14T${hour}:${minute}:00Z`,
          title: `Odesa port hit, report ${n}`,
          content: `Outlet ${n} writes about Odesa.`,
        }),
        testConfig,
      ).incident;
    }
    expect(incident.sources).toHaveLength(81);
    expect(incident.fingerprints).toHaveLength(50);
    expect(incident.fingerprints[0]!.documentId).toBe('d40');
    const syndicated = syndicatedCopy(first, '2026-11-14T06:00:00Z');
    expect(assignIncident(syndicated, [incident], testConfig)).toMatchObject({ incidentId: incident.id });
  });
});

describe('the window', () => {
  it('keeps an incident within one window: a report far from its latest report does not join, however close to its first', () => {
    const at = (h: number) => new Date(Date.parse('2026-11-20T00:00:00Z') + h * 3_600_000).toISOString();
    const spec = (id: string, h: number) =>
      report({
        id,
        feed: 'wire',
        at: at(h),
        types: ['drone'],
        places: ['kirkuk'],
        title: 'Drone hits checkpoint in Kirkuk',
        content: 'A drone hit a checkpoint in Kirkuk.',
      });
    const first = mergeReport(null, spec('k0', 0), testConfig).incident;
    const spanned = mergeReport(first, spec('k20', 20), testConfig).incident;
    const early = assignIncident(spec('k-10', -10), [spanned], testConfig);
    expect(early.incidentId).toBeNull();
    expect(early.reasons.join('\n')).toMatch(/from the incident's latest report \(window 24 h\)/);
    expect(assignIncident(spec('k10', 10), [spanned], testConfig).incidentId).toBe(spanned.id);
  });
});
