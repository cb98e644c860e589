/**
 * Renders docs/images/alert-embed.png, the alert picture of docs/discord.md: the seed article run
 * through Sitrep's own extraction, the shipped rules and the embed builder, drawn as Discord's dark
 * theme shows an embed (colour bar, title, summary, fields, map, footer), with resvg and DejaVu Sans.
 * Run: npx tsx scripts/render-alert-embed.ts [out.png]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIEmbed } from 'discord.js';
import { buildAlerts, reportView } from '../src/alerts/build.js';
import { loadConfig } from '../src/config/load.js';
import { alertEmbed } from '../src/discord/embeds.js';
import { locatorJob } from '../src/discord/maps.js';
import { ExtractionEngine } from '../src/extract/index.js';
import { prepareDocument } from '../src/extract/normalize.js';
import { cityTable, renderPng } from '../src/maps/index.js';
import { svgToPng } from '../src/maps/raster.js';
import { DEFAULT_CONFIG_PATH } from '../src/paths.js';
import { RuleSet } from '../src/rules/compile.js';
import { engineResolver } from '../src/rules/engine-resolver.js';
import { matchRules } from '../src/rules/evaluate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'docs', 'images', 'alert-embed.png');

// The alert, as the pipeline makes it for a channel subscribed to iraq-syria-bases.
const [title = '', ...body] = readFileSync(join(root, 'tests', 'fixtures', 'seed-article.txt'), 'utf8').split('\n');
const engine = ExtractionEngine.load();
const resolver = engineResolver(engine);
const rules = RuleSet.compile(
  loadConfig(DEFAULT_CONFIG_PATH).config.rules.map((rule) => ({ rule, guildId: null })),
  resolver,
);
const prepared = prepareDocument({ title, content: body.join('\n') });
const extraction = engine.extract(prepared);
const report = {
  documentId: 'doc-seed',
  feedId: 'wire-iraq',
  title,
  content: body.join('\n'),
  link: 'https://wire.example/iraq/attacks-on-us-forces',
  published: '2026-11-20T08:00:00.000Z',
  extraction,
};
const matches = matchRules(rules, { extraction, tokens: prepared.tokens }, resolver).filter((m) => m.rule.rule.id === 'iraq-syria-bases');
const [alert] = buildAlerts({
  incident: reportView(report, extraction),
  style: 'attack',
  report,
  matches,
  alertedBefore: [],
  changes: [],
  previousSeverity: null,
  previousCasualties: null,
});
if (!alert) throw new Error('the seed article no longer matches iraq-syria-bases');
const embed = alertEmbed(alert);
const map = renderPng(locatorJob(alert), cityTable(engine.gazetteer.entries));

// Drawing: Discord's dark theme, approximately; text wrapped by an average glyph width.
const WIDTH = 640;
const PAD = 16;
const TEXT_X = PAD + 4 + 12;
const TEXT_W = WIDTH - TEXT_X - PAD - 12;
const COLOURS = { page: '#313338', embed: '#2b2d31', text: '#dbdee1', strong: '#f2f3f5', link: '#00a8fc', muted: '#b5bac1' };

/** Discord markdown as shown: links keep their label, times are dates, code and bold marks go, escapes are undone. */
function shown(markdown: string): string {
  return markdown
    .replace(/ ?\(<t:\d+:R>\)/g, '')
    .replace(/<t:(\d+):f>/g, (_, s: string) => new Date(Number(s) * 1000).toUTCString().replace(/:00 GMT$/, ' UTC'))
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|`/g, '')
    .replace(/\\([^\w\s])/g, '$1');
}

function wrap(text: string, size: number, width: number): string[] {
  const perLine = Math.floor(width / (size * 0.56));
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && `${line} ${word}`.length > perLine) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function drawEmbed(e: APIEmbed, image: Uint8Array | null): string {
  const parts: string[] = [];
  let y = PAD + 16;
  const text = (lines: string[], size: number, colour: string, bold = false, x = TEXT_X) => {
    for (const line of lines) {
      y += size + 5;
      parts.push(`<text x="${x}" y="${y}" font-size="${size}" fill="${colour}"${bold ? ' font-weight="bold"' : ''}>${esc(line)}</text>`);
    }
  };
  text(wrap(shown(e.title ?? ''), 16, TEXT_W), 16, e.url ? COLOURS.link : COLOURS.strong, true);
  y += 6;
  text(wrap(shown(e.description ?? ''), 14, TEXT_W), 14, COLOURS.text);
  // Inline fields go three to a row, as Discord lays them out on a wide screen.
  const fields = e.fields ?? [];
  for (let i = 0; i < fields.length; ) {
    const row = fields[i]!.inline ? fields.slice(i, i + 3).filter((f, k, all) => f.inline && all.slice(0, k).every((g) => g.inline)) : [fields[i]!];
    const columnW = TEXT_W / row.length;
    const top = y + 8;
    let bottom = top;
    row.forEach((f, k) => {
      y = top;
      text(wrap(shown(f.name), 14, columnW - 8), 14, COLOURS.strong, true, TEXT_X + k * columnW);
      text(wrap(shown(f.value), 14, columnW - 8), 14, COLOURS.text, false, TEXT_X + k * columnW);
      bottom = Math.max(bottom, y);
    });
    y = bottom;
    i += row.length;
  }
  if (image) {
    // The PNG's own proportions, from its header (IHDR width and height).
    const view = Buffer.from(image);
    const w = TEXT_W;
    const h = Math.round((w * view.readUInt32BE(20)) / view.readUInt32BE(16));
    parts.push(`<image x="${TEXT_X}" y="${y + 12}" width="${w}" height="${h}" href="data:image/png;base64,${Buffer.from(image).toString('base64')}"/>`);
    y += 12 + h;
  }
  y += 8;
  text([`${e.footer?.text ?? ''} • ${e.timestamp ? new Date(e.timestamp).toUTCString().replace(' GMT', ' UTC') : ''}`], 12, COLOURS.muted);
  const height = y + PAD;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height + PAD}" font-family="DejaVu Sans">
<rect width="100%" height="100%" fill="${COLOURS.page}"/>
<rect x="${PAD}" y="${PAD}" width="${WIDTH - 2 * PAD}" height="${height - PAD}" rx="4" fill="${COLOURS.embed}"/>
<rect x="${PAD}" y="${PAD}" width="4" height="${height - PAD}" rx="2" fill="#${(e.color ?? 0x4e5058).toString(16).padStart(6, '0')}"/>
${parts.join('\n')}
</svg>`;
}

writeFileSync(out, svgToPng(drawEmbed(embed, map)));
console.log(`${out}: ${embed.fields?.length ?? 0} fields, map ${map ? 'included' : 'missing'}`);
