/**
 * Maps of several incidents (`/lookup`, the daily SITREP): a dot per incident, sized by its
 * casualties, coloured by its attack type and numbered like the list it goes with; and the
 * SITREP picture, that map beside a bar chart of the last two weeks.
 */
import { ATTACK_TYPE_WORDS, type AttackType } from '../vocabulary.js';
import { type CityTable, citiesInView } from './cities.js';
import { baseMap, COLOURS, credit, esc, LabelLayer, labelCountries, labelText, scaleBar, svgDocument } from './draw.js';
import type { Drawing } from './locator.js';
import { type DayCount, type DigestJob, DigestJobSchema, type IncidentsJob, IncidentsJobSchema, type MapIncident } from './schema.js';
import { chooseView, type Frame } from './view.js';

export const INCIDENTS_FRAME: Frame = { width: 800, height: 500, margin: 40, minKm: 400 };
const DIGEST_SIZE = { width: 1100, height: 520 };
const DIGEST_MAP_FRAME: Frame = { width: 760, height: 520, margin: 40, minKm: 400 };

/** One colour per attack type (colour-blind-safe categorical palette, Okabe–Ito and Tol). */
export const ATTACK_COLOURS: Record<AttackType | 'unknown', string> = {
  drone: '#0072b2',
  rocket: '#e69f00',
  missile: '#cc3311',
  mortar_artillery: '#8c564b',
  airstrike: '#882255',
  ied: '#009e73',
  suicide_attack: '#000000',
  armed_assault: '#d55e00',
  kidnapping: '#56b4e9',
  unknown: '#777777',
};

const ATTACK_NAMES: Record<AttackType | 'unknown', string> = { ...ATTACK_TYPE_WORDS, unknown: 'other' };

/** Dot radius: grows with the square root of casualties (area ∝ people), within bounds. */
export function dotRadius(casualties: number): number {
  return Math.min(22, 7 + 2.2 * Math.sqrt(casualties));
}

/** The numbers written in dots; beyond this, dots stay unnumbered (the list is paged anyway). */
const NUMBERED = 99;

function incidentsLayer(incidents: readonly MapIncident[], cities: CityTable, frame: Frame, offsetX = 0): { svg: string; drawing: Drawing | null } {
  const view = chooseView({ points: incidents.map((i) => [i.lon, i.lat]) }, frame);
  if (!view) return { svg: '', drawing: null };
  const base = baseMap(view, frame, new Set());
  const layer = new LabelLayer(frame);
  const dots = incidents.flatMap((i) => {
    const xy = view.projection([i.lon, i.lat]);
    return xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) ? [{ i, x: xy[0], y: xy[1], r: dotRadius(i.casualties) }] : [];
  });
  for (const d of dots) layer.reserve({ x0: d.x - d.r, y0: d.y - d.r, x1: d.x + d.r, y1: d.y + d.r });
  const parts = [base.svg, scaleBar(view, frame, layer), credit(frame, layer), legend(incidents, dots, frame, layer)];
  const towns = citiesInView(
    cities,
    view,
    frame,
    dots.map((d) => [d.x, d.y]),
    12,
    10,
  );
  let named = 0;
  for (const t of towns) {
    if (named >= 6) break;
    if (layer.add({ x: t.x, y: t.y, text: labelText(t.name, 24), size: 11, colour: COLOURS.cityLabel, offset: 4 })) {
      parts.push(`<circle cx="${t.x.toFixed(1)}" cy="${t.y.toFixed(1)}" r="2.5" fill="${COLOURS.cityDot}"/>`);
      named++;
    }
  }
  labelCountries(layer, base, 5000);
  parts.push(layer.svg());
  // Largest first, so that small dots stay visible on top; equal sizes in list order, the first on top.
  const order = [...dots].sort((a, b) => b.r - a.r || b.i.number - a.i.number);
  for (const d of order) {
    const colour = ATTACK_COLOURS[d.i.attackType ?? 'unknown'];
    const cx = d.x.toFixed(1);
    const cy = d.y.toFixed(1);
    parts.push(`<circle cx="${cx}" cy="${cy}" r="${d.r.toFixed(1)}" fill="${colour}" fill-opacity="0.9" stroke="#ffffff" stroke-width="1.5"/>`);
    if (d.i.number <= NUMBERED) {
      const size = d.i.number >= 10 ? 9 : 11;
      parts.push(
        `<text x="${cx}" y="${(d.y + size * 0.36).toFixed(1)}" text-anchor="middle" font-size="${size}" font-weight="bold" fill="#ffffff">${d.i.number}</text>`,
      );
    }
  }
  const svg = `<g transform="translate(${offsetX} 0)">${parts.join('')}</g>`;
  return {
    svg,
    drawing: {
      svg: svgDocument(frame, svg),
      width: frame.width,
      height: frame.height,
      project: (lon, lat) => {
        const p = view.projection([lon, lat]);
        return p ? [p[0] + offsetX, p[1]] : null;
      },
    },
  };
}

/** The attack types shown, as coloured swatches, in the top corner that hides the fewest dots. */
function legend(incidents: readonly MapIncident[], dots: readonly { x: number; y: number; r: number }[], frame: Frame, layer: LabelLayer): string {
  const types = [...new Set(incidents.map((i) => i.attackType ?? 'unknown'))].sort();
  if (types.length === 0) return '';
  const rowH = 16;
  const width = 130;
  const height = types.length * rowH + 8;
  const hidden = (x: number, y: number) => dots.filter((d) => d.x + d.r > x && d.x - d.r < x + width && d.y + d.r > y && d.y - d.r < y + height).length;
  const y = 8;
  const x = [8, frame.width - width - 8].reduce((best, cand) => (hidden(cand, y) < hidden(best, y) ? cand : best));
  layer.reserve({ x0: x, y0: y, x1: x + width, y1: y + height });
  const rows = types.map(
    (t, k) =>
      `<circle cx="${x + 10}" cy="${y + 12 + k * rowH}" r="5" fill="${ATTACK_COLOURS[t]}"/><text x="${x + 20}" y="${y + 16 + k * rowH}" font-size="11" fill="${COLOURS.text}">${ATTACK_NAMES[t]}</text>`,
  );
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="3" fill="#ffffff" fill-opacity="0.85"/>${rows.join('')}`;
}

/** The map of a list of incidents, or null when none has a place. */
export function incidentsMap(input: IncidentsJob, cities: CityTable, frame: Frame = INCIDENTS_FRAME): Drawing | null {
  const job = IncidentsJobSchema.parse(input);
  return incidentsLayer(job.incidents, cities, frame).drawing;
}

/** Paired bars per day: the week before in grey, the last 7 days in colour. */
function weekChart(days: readonly DayCount[], x: number, y: number, width: number, height: number): string {
  const max = Math.max(1, ...days.flatMap((d) => [d.current, d.previous]));
  const top = y + 48;
  const bottom = y + height - 28;
  const slot = width / days.length;
  const barW = Math.min(16, slot / 2 - 3);
  const h = (n: number) => ((bottom - top) * n) / max;
  const parts = [
    `<text x="${x}" y="${y + 14}" font-size="14" font-weight="bold" fill="${COLOURS.text}">Incidents per day</text>`,
    `<rect x="${x}" y="${y + 24}" width="10" height="10" fill="#b4bcc6"/><text x="${x + 14}" y="${y + 33}" font-size="11" fill="${COLOURS.muted}">week before</text>`,
    `<rect x="${x + 100}" y="${y + 24}" width="10" height="10" fill="${COLOURS.marker}"/><text x="${x + 114}" y="${y + 33}" font-size="11" fill="${COLOURS.muted}">last 7 days</text>`,
    `<path d="M${x} ${bottom}H${x + width}" stroke="${COLOURS.muted}" stroke-width="1"/>`,
  ];
  days.forEach((d, k) => {
    const cx = x + slot * k + slot / 2;
    for (const [n, bx, fill] of [
      [d.previous, cx - barW - 1, '#b4bcc6'],
      [d.current, cx + 1, COLOURS.marker],
    ] as const) {
      const bh = h(n);
      parts.push(`<rect x="${bx.toFixed(1)}" y="${(bottom - bh).toFixed(1)}" width="${barW.toFixed(1)}" height="${bh.toFixed(1)}" fill="${fill}"/>`);
      if (n > 0)
        parts.push(
          `<text x="${(bx + barW / 2).toFixed(1)}" y="${(bottom - bh - 3).toFixed(1)}" text-anchor="middle" font-size="9" fill="${COLOURS.muted}">${n}</text>`,
        );
    }
    parts.push(`<text x="${cx.toFixed(1)}" y="${bottom + 14}" text-anchor="middle" font-size="10" fill="${COLOURS.text}">${esc(labelText(d.label, 6))}</text>`);
  });
  return parts.join('');
}

/** The SITREP picture: the period's incidents on a map, and beside it the last 7 days against the week before. */
export function digestPicture(input: DigestJob, cities: CityTable): Drawing {
  const job = DigestJobSchema.parse(input);
  const map = incidentsLayer(job.incidents, cities, DIGEST_MAP_FRAME);
  const panelX = DIGEST_MAP_FRAME.width;
  const panelW = DIGEST_SIZE.width - panelX;
  const empty = map.drawing
    ? ''
    : `<rect width="${DIGEST_MAP_FRAME.width}" height="${DIGEST_MAP_FRAME.height}" fill="${COLOURS.background}"/><text x="${DIGEST_MAP_FRAME.width / 2}" y="${DIGEST_MAP_FRAME.height / 2}" text-anchor="middle" font-size="16" fill="${COLOURS.muted}">No incident in this period</text>`;
  const body = [
    map.svg || empty,
    `<rect x="${panelX}" width="${panelW}" height="${DIGEST_SIZE.height}" fill="#ffffff"/>`,
    `<text x="${panelX + 20}" y="34" font-size="16" font-weight="bold" fill="${COLOURS.text}">${esc(labelText(job.title, 30))}</text>`,
    ...job.facts.map((line, k) => `<text x="${panelX + 20}" y="${62 + k * 18}" font-size="12" fill="${COLOURS.text}">${esc(labelText(line, 42))}</text>`),
    weekChart(job.days, panelX + 20, 200, panelW - 40, 300),
  ].join('');
  return {
    svg: svgDocument(DIGEST_SIZE, body),
    ...DIGEST_SIZE,
    project: (lon, lat) => map.drawing?.project(lon, lat) ?? null,
  };
}
