import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { prepareDocument } from '../../src/extract/normalize.js';
import { severityOf } from '../../src/extract/severity.js';
import { groupingConfig, groupReports, type IncomingReport } from '../../src/incidents/index.js';

/**
 * An attack on the road between two towns happened somewhere along the road, not in either town:
 * a bomb in the centre of one of them the same day is another attack, whichever is reported first,
 * while two outlets' reports of the road attack (one naming the road by its ends, one in prose) join.
 */
const engine = ExtractionEngine.load();
const cfg = groupingConfig(ConfigSchema.parse({}).incidents, severityOf);
const hour = (n: number) => new Date(Date.parse('2026-10-09T05:00:00Z') + n * 3_600_000).toISOString();

function report(id: string, title: string, content: string, at: string): IncomingReport {
  const extraction = engine.extract(prepareDocument({ title, content }));
  return { documentId: id, feedId: id, title, content, link: null, published: at, extraction };
}

const onTheRoad = report(
  'road-hyphen',
  'Roadside bomb hits minibus on Hilla-Karbala road',
  'An explosive device planted by the roadside tore through a minibus on the Hilla-Karbala road on Friday, leaving five passengers dead and eight hurt, police sources said.',
  hour(0),
);
const roadInProse = report(
  'road-prose',
  'Five die as bomb hits minibus south of Baghdad',
  'Five travellers died and eight were hurt on Friday when a bomb went off under a minibus on the road between Hilla and Karbala, a provincial police officer told reporters.',
  hour(2),
);
const inTown = report(
  'town-centre',
  'Bomb in Hilla market kills six',
  'A bomb hidden in a cart went off in a crowded market in the centre of Hilla on Friday evening, killing six shoppers, police said.',
  hour(4),
);

describe('an attack on the road between two towns', () => {
  it('names both ends of the road, in prose as with a hyphen, as road ends and not as scenes', () => {
    for (const r of [onTheRoad, roadInProse]) {
      const ends = r.extraction.places.filter((p) => p.roadEnd);
      expect(ends.map((p) => p.label).sort()).toEqual(['Hilla', 'Karbala']);
    }
    expect(inTown.extraction.places.find((p) => p.label === 'Hilla')?.roadEnd).toBeUndefined();
    // The headline's "south of Baghdad" only points the way: the road is the scene.
    expect(roadInProse.extraction.places.map((p) => p.label)).not.toContain('Baghdad');
  });

  it('is one incident for two outlets, and a bomb in one of the towns the same day is another', () => {
    const steps = groupReports([onTheRoad, roadInProse, inTown], cfg).steps;
    expect(steps.map((s) => s.isNew)).toEqual([true, false, true]);
  });

  it('does not swallow the town attack when the town attack is reported first', () => {
    const steps = groupReports([inTown, onTheRoad, roadInProse], cfg).steps;
    expect(steps[1]!.isNew).toBe(true);
    expect(steps[2]!.incident.id).toBe(steps[1]!.incident.id);
    expect(steps[2]!.incident.id).not.toBe(steps[0]!.incident.id);
  });

  it('reads the other prose forms of a road between two places', () => {
    const forms = ['the highway that links Gao with Ansongo', 'the road from Gao to Ansongo', 'the Gao to Ansongo road'];
    for (const form of forms) {
      const x = engine.extract(
        prepareDocument({
          title: 'Convoy ambushed in Mali',
          content: `Gunmen ambushed a supply convoy on ${form} on Monday, killing four soldiers, the army said.`,
        }),
      );
      expect(
        x.places
          .filter((p) => p.roadEnd)
          .map((p) => p.label)
          .sort(),
        form,
      ).toEqual(['Ansongo', 'Gao']);
    }
  });
});
