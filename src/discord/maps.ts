/**
 * Pictures on Discord messages: which map a message carries, and how it is attached (a PNG file
 * uploaded with the message, shown as the embed's image through `attachment://NAME`).
 */
import type { APIEmbed, RawFile } from 'discord.js';
import type { Alert } from '../alerts/alert.js';
import type { MapJob } from '../maps/index.js';
import type { MapRenderer } from '../maps/renderer.js';

export interface MessageFile {
  name: string;
  data: Uint8Array;
}

/** What Discord accepts in `attachment://` names: letters, digits, `_`, `-`, `.`; kept short. */
export function attachmentName(stem: string): string {
  const safe = stem
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${safe || 'map'}.png`;
}

/** The locator map of an alert: its places, and the rule's `near` circles. */
export function locatorJob(alert: Alert): MapJob {
  return {
    kind: 'locator',
    places: alert.places.map(({ name, country, lat, lon, kind }) => ({ name, country, lat, lon, kind })),
    radii: alert.near.map((n) => ({ name: n.label, lat: n.lat, lon: n.lon, km: n.km })),
  };
}

/** Renders a map for a message; null when there is no renderer, nothing to draw, or it failed. */
export async function mapFile(renderer: MapRenderer | null | undefined, job: MapJob, stem: string): Promise<MessageFile | null> {
  if (!renderer) return null;
  const png = await renderer.render(job);
  return png ? { name: attachmentName(stem), data: png } : null;
}

/** The embed showing the file as its image. */
export function withImage(embed: APIEmbed, file: MessageFile | null): APIEmbed {
  return file ? { ...embed, image: { url: `attachment://${file.name}` } } : embed;
}

/** The REST request parts that upload the file (multipart: payload_json + files[0]). */
export function uploadParts(file: MessageFile): { files: RawFile[]; attachments: { id: number; filename: string }[] } {
  return { files: [{ name: file.name, data: Buffer.from(file.data), contentType: 'image/png' }], attachments: [{ id: 0, filename: file.name }] };
}
