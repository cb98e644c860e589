/**
 * The parts every map is made of, as SVG text: sea, land, borders and coasts, labels placed so
 * that they do not overlap, a scale bar and the data credit. Pure: a view in, SVG out.
 */
import { type GeoPermissibleObjects, geoPath } from 'd3-geo';
import type { MapView } from './view.js';
import { type CountryShape, WorldAtlas } from './world.js';

export const FONT_FAMILY = 'DejaVu Sans';

export const COLOURS = {
  background: '#eef1f4',
  sea: '#c6dcec',
  land: '#f3efe6',
  landHighlight: '#f2dccb',
  border: '#8c8276',
  coast: '#6f8aa1',
  marker: '#d7301f',
  markerStroke: '#ffffff',
  markerLabel: '#7a1409',
  cityDot: '#3d3d3d',
  cityLabel: '#2b2b2b',
  countryLabel: '#8a8073',
  radius: '#d7301f',
  text: '#1f2933',
  muted: '#66707a',
} as const;

/** XML-escaped text, without characters XML forbids (controls, lone surrogates). */
export function esc(text: string): string {
  return stripInvalidXml(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Code points XML 1.0 forbids or that are lone halves of a surrogate pair. */
function stripInvalidXml(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    if (!control && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfffe && c !== 0xffff) out += ch;
  }
  return out;
}

/** A label: one line, whitespace folded, at most `max` characters (whole code points). */
export function labelText(name: string, max = 32): string {
  const flat = name.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Rough width of a text in DejaVu Sans: wide enough that placed labels do not touch. */
function textWidth(text: string, size: number, bold: boolean, spacing = 0): number {
  let w = 0;
  let n = 0;
  for (const ch of text) {
    w += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : /[A-Z]/.test(ch) ? 0.7 : 0.6;
    n++;
  }
  return w * size * (bold ? 1.08 : 1) + n * spacing;
}

const CAPS_SPACING = 1.5;

export interface LabelRequest {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  colour: string;
  /** Distance kept from the anchor (the marker's radius). */
  offset: number;
  /** Labels that cannot be placed without overlap are dropped, unless required. */
  required?: boolean;
  caps?: boolean;
}

/**
 * Places labels greedily in the order given (most important first): right of the anchor, else
 * left, above or below, never over another label, a marker or the frame's edge.
 */
export class LabelLayer {
  private readonly taken: Box[] = [];
  private readonly parts: string[] = [];

  constructor(private readonly frame: { width: number; height: number }) {}

  /** Keeps an area free (markers, the scale bar, legends). */
  reserve(box: Box): void {
    this.taken.push(box);
  }

  add(l: LabelRequest): boolean {
    const w = textWidth(l.text, l.size, Boolean(l.bold), l.caps ? CAPS_SPACING : 0);
    const h = l.size * 1.2;
    const gap = l.offset + 3;
    const candidates: { box: Box; anchor: 'start' | 'end' | 'middle'; tx: number; ty: number }[] = [
      { box: { x0: l.x + gap, y0: l.y - h / 2, x1: l.x + gap + w, y1: l.y + h / 2 }, anchor: 'start', tx: l.x + gap, ty: l.y + l.size * 0.35 },
      { box: { x0: l.x - gap - w, y0: l.y - h / 2, x1: l.x - gap, y1: l.y + h / 2 }, anchor: 'end', tx: l.x - gap, ty: l.y + l.size * 0.35 },
      { box: { x0: l.x - w / 2, y0: l.y - gap - h, x1: l.x + w / 2, y1: l.y - gap }, anchor: 'middle', tx: l.x, ty: l.y - gap - l.size * 0.25 },
      { box: { x0: l.x - w / 2, y0: l.y + gap, x1: l.x + w / 2, y1: l.y + gap + h }, anchor: 'middle', tx: l.x, ty: l.y + gap + l.size * 0.95 },
    ];
    const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= this.frame.width - 2 && b.y1 <= this.frame.height - 2;
    let pick = candidates.find((c) => inside(c.box) && !this.taken.some((t) => overlaps(t, c.box)));
    if (!pick && l.required) pick = candidates.find((c) => inside(c.box)) ?? candidates[0]!;
    if (!pick) return false;
    this.taken.push(pick.box);
    const weight = l.bold ? ' font-weight="bold"' : '';
    const spacing = l.caps ? ` letter-spacing="${CAPS_SPACING}"` : '';
    this.parts.push(
      `<text x="${pick.tx.toFixed(1)}" y="${pick.ty.toFixed(1)}" text-anchor="${pick.anchor}" font-size="${l.size}"${weight}${spacing} fill="${l.colour}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(l.text)}</text>`,
    );
    return true;
  }

  svg(): string {
    return this.parts.join('');
  }
}

export interface BaseMap {
  svg: string;
  /** The country shapes drawn, with their pixel centroid and area, for country labels. */
  shapes: { shape: CountryShape; x: number; y: number; area: number }[];
  path: ReturnType<typeof geoPath>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A path generator that writes coordinates with one decimal: a third of the SVG, no visible change. */
function compactPath(view: MapView) {
  const path = geoPath(view.projection);
  return (o: GeoPermissibleObjects) => (path(o) ?? '').replace(/-?\d+\.\d+/g, (n) => String(round1(Number(n))));
}

/** Sea, land (the countries in `highlight` shaded), borders and coasts. */
export function baseMap(view: MapView, frame: { width: number; height: number }, highlight: ReadonlySet<string>): BaseMap {
  const atlas = WorldAtlas.get(view.resolution);
  const shapes = atlas.near(view.box);
  const features = atlas.features(shapes).features;
  const { borders, coasts } = atlas.lines(shapes);
  const d = compactPath(view);
  const path = geoPath(view.projection);
  const parts: string[] = [`<rect width="${frame.width}" height="${frame.height}" fill="${COLOURS.background}"/>`];
  parts.push(`<path d="${d({ type: 'Sphere' })}" fill="${COLOURS.sea}"/>`);
  const plain: string[] = [];
  const shaded: string[] = [];
  const drawn: BaseMap['shapes'] = [];
  features.forEach((f, i) => {
    const shape = shapes[i]!;
    const p = d(f);
    if (!p) return;
    (shape.code && highlight.has(shape.code) ? shaded : plain).push(p);
    const [x, y] = path.centroid(f);
    drawn.push({ shape, x, y, area: path.area(f) });
  });
  parts.push(`<path d="${plain.join('')}" fill="${COLOURS.land}"/>`);
  if (shaded.length) parts.push(`<path d="${shaded.join('')}" fill="${COLOURS.landHighlight}"/>`);
  parts.push(`<path d="${d(coasts)}" fill="none" stroke="${COLOURS.coast}" stroke-width="1"/>`);
  parts.push(`<path d="${d(borders)}" fill="none" stroke="${COLOURS.border}" stroke-width="1.2" stroke-dasharray="5 2"/>`);
  return { svg: parts.join(''), shapes: drawn, path };
}

/** Country names where a country shows enough of itself, grey capitals; `skip`: codes named otherwise. */
export function labelCountries(layer: LabelLayer, base: BaseMap, minArea: number, skip: ReadonlySet<string> = new Set()): void {
  for (const s of [...base.shapes].sort((a, b) => b.area - a.area)) {
    if (s.area < minArea || !Number.isFinite(s.x) || !Number.isFinite(s.y) || (s.shape.code && skip.has(s.shape.code))) continue;
    layer.add({ x: s.x, y: s.y, text: labelText(s.shape.name.toUpperCase(), 24), size: 11, colour: COLOURS.countryLabel, offset: -3, caps: true });
  }
}

/** The largest of 1, 2 or 5 times a power of ten that is at most `max`. */
function niceLength(max: number): number {
  const p = 10 ** Math.floor(Math.log10(max));
  return [5, 2, 1].map((n) => n * p).find((v) => v <= max) ?? p;
}

/** A scale bar at the bottom left, about `maxPx` long at most; reserves its area. */
export function scaleBar(view: MapView, frame: { width: number; height: number }, layer: LabelLayer, maxPx = 130): string {
  if (!view.kmPerPixel) return '';
  const km = niceLength(view.kmPerPixel * maxPx);
  const px = km / view.kmPerPixel;
  const x = 14;
  const y = frame.height - 16;
  const label = `${km >= 1 ? km.toLocaleString('en-US') : km} km`;
  layer.reserve({ x0: x - 6, y0: y - 22, x1: x + px + 8, y1: frame.height });
  return (
    `<rect x="${x - 6}" y="${y - 20}" width="${round1(px + 12)}" height="28" rx="3" fill="#ffffff" fill-opacity="0.8"/>` +
    `<path d="M${x} ${y - 5}V${y}H${round1(x + px)}V${y - 5}" fill="none" stroke="${COLOURS.text}" stroke-width="2"/>` +
    `<text x="${x}" y="${y - 8}" font-size="11" fill="${COLOURS.text}">${label}</text>`
  );
}

/** Where the shapes and names come from, at the bottom right. */
export function credit(frame: { width: number; height: number }, layer: LabelLayer): string {
  const text = 'Natural Earth · GeoNames';
  const w = textWidth(text, 9, false);
  layer.reserve({ x0: frame.width - w - 8, y0: frame.height - 14, x1: frame.width, y1: frame.height });
  return `<text x="${frame.width - 4}" y="${frame.height - 4}" text-anchor="end" font-size="9" fill="${COLOURS.muted}">${text}</text>`;
}

export function svgDocument(frame: { width: number; height: number }, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="${FONT_FAMILY}">${body}</svg>`;
}
