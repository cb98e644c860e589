import { type APIEmbed, type APIEmbedField, escapeMarkdown, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { Alert } from '../alerts/alert.js';
import { type Severity, severityRank } from '../vocabulary.js';

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = { title: 256, description: 4096, fieldName: 256, fieldValue: 1024, fields: 25, footer: 2048, author: 256, total: 6000 } as const;

export const SEVERITY_COLOURS: Record<Severity, number> = {
  low: 0x3498db,
  medium: 0xf1c40f,
  high: 0xe67e22,
  critical: 0xe74c3c,
};

const SUMMARY_MAX = 700;
const SOURCES_SHOWN = 5;

/** Shortens text to `max` characters, marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * Makes untrusted text (article titles and bodies) inert in Discord: Markdown escaped, masked links
 * broken, and mentions (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`, `</cmd:id>`) defused with
 * a zero-width space, so that even where allowed_mentions did not apply, the text pings no one.
 */
export function neutralise(text: string, max = EMBED_LIMITS.description): string {
  // Cut before escaping (escaping long article bodies is wasted work), and after (escapes add characters).
  const flat = clip(
    text
      .slice(0, max * 2)
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
  const escaped = escapeMarkdown(flat, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return clip(escaped.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#/])/g, '<\u200b$1'), max);
}

/** Text safe inside the square brackets of a masked link. */
export function linkLabel(text: string): string {
  return neutralise(text).replace(/[[\]]/g, (c) => `\\${c}`);
}

/** Only plain http(s) URLs are linked; anything else (javascript:, overlong) is left out. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url || url.length > 2000) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href.replace(/\)/g, '%29') : undefined;
  } catch {
    return undefined;
  }
}

export function osmLink(lat: number, lon: number): string {
  const la = lat.toFixed(4);
  const lo = lon.toFixed(4);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=10/${la}/${lo}`;
}

/** Joins as many whole lines as fit in `max` characters, saying how many were left out. */
export function joinWithin(lines: readonly string[], max: number, separator = '\n'): string {
  const clipped = lines.map((l) => clip(l, max));
  for (let k = clipped.length; k > 0; k--) {
    const left = clipped.length - k;
    const text = clipped.slice(0, k).join(separator) + (left > 0 ? `${separator}…and ${left} more` : '');
    if (text.length <= max) return text;
  }
  return clipped.length ? clip(`…${clipped.length} items`, max) : '';
}

function unixSeconds(iso: string): number | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.floor(t / 1000);
}

function timeText(iso: string): string {
  const s = unixSeconds(iso);
  return s === null ? neutralise(iso) : `<t:${s}:f> (<t:${s}:R>)`;
}

function casualtyText(n: number | null, word: string): string {
  return n === null ? `${word}: not reported` : `${word}: ${n}`;
}

const ATTACK_WORDS: Record<string, string> = {
  mortar_artillery: 'mortar/artillery',
  ied: 'IED',
  suicide_attack: 'suicide attack',
  armed_assault: 'armed assault',
};

export function attackTypeWord(id: string): string {
  return ATTACK_WORDS[id] ?? id;
}

/** Total characters Discord counts against the 6000 limit. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** The alert as one embed, within every Discord limit. Pure. */
export function alertEmbed(alert: Alert): APIEmbed {
  const update = alert.kind === 'update';
  const severityWord = alert.severity.toUpperCase();
  const fields: APIEmbedField[] = [];
  const field = (name: string, value: string, inline = false) => {
    if (value) fields.push({ name: clip(name, EMBED_LIMITS.fieldName), value: clip(value, EMBED_LIMITS.fieldValue), inline });
  };

  const severity =
    update && alert.previousSeverity && alert.previousSeverity !== alert.severity ? `${severityWord} (was ${alert.previousSeverity})` : severityWord;
  field('Severity', severity, true);
  field('Attack', alert.attackTypes.map(attackTypeWord).join(', ') || 'unspecified', true);
  field('Casualties', `${casualtyText(alert.casualties.killed, 'killed')}\n${casualtyText(alert.casualties.injured, 'injured')}`, true);

  const places = alert.places.map((p) => {
    const detail = p.kind === 'base' ? `${p.country}, base` : p.kind === 'country' ? p.country : `${p.country}, ${p.kind}`;
    return `[${linkLabel(p.name)}](${osmLink(p.lat, p.lon)}) (${detail})`;
  });
  field('Places', joinWithin(places, EMBED_LIMITS.fieldValue) || alert.countries.join(', ') || 'not identified');
  if (alert.actors.length) {
    field(
      'Actors',
      joinWithin(
        alert.actors.map((a) => (a.role === 'perpetrator' ? neutralise(a.name) : `${neutralise(a.name)} (${a.role})`)),
        EMBED_LIMITS.fieldValue,
        ', ',
      ),
      false,
    );
  }

  const sources = alert.sources
    .slice(-SOURCES_SHOWN)
    .reverse()
    .map((s) => {
      const url = safeUrl(s.link);
      const label = linkLabel(clip(s.title, 120));
      return `${url ? `[${label}](${url})` : label} — ${neutralise(s.feedId)}, ${timeText(s.published)}`;
    });
  const olderSources = alert.sources.length - sources.length;
  field(
    alert.sources.length > 1 ? `Sources (${alert.sources.length})` : 'Source',
    joinWithin(olderSources > 0 ? [...sources, `…and ${olderSources} earlier`] : sources, EMBED_LIMITS.fieldValue),
  );
  field('Published', timeText(alert.published), true);
  field('Rule', `${neutralise(alert.ruleName)} (\`${alert.ruleId}\`)${alert.reasons.length ? `\n${neutralise(alert.reasons.join('; '))}` : ''}`);
  if (update && alert.changes.length)
    field(
      'What changed',
      joinWithin(
        alert.changes.map((c) => `• ${neutralise(c)}`),
        EMBED_LIMITS.fieldValue,
      ),
    );

  const embed: APIEmbed = {
    title: clip(`${update ? 'Update: ' : ''}${neutralise(alert.title)}`, EMBED_LIMITS.title),
    description: clip(neutralise(alert.summary), SUMMARY_MAX),
    color: SEVERITY_COLOURS[alert.severity],
    fields: fields.slice(0, EMBED_LIMITS.fields),
    footer: { text: clip(`Incident ${alert.incidentId} · Sitrep`, EMBED_LIMITS.footer) },
  };
  const url = safeUrl(alert.link);
  if (url) embed.url = url;
  const ts = unixSeconds(alert.published);
  if (ts !== null) embed.timestamp = new Date(ts * 1000).toISOString();

  // Field values are clipped individually; the 6000 total is met by shortening the summary, then fields.
  let over = embedLength(embed) - EMBED_LIMITS.total;
  if (over > 0 && embed.description) {
    embed.description = clip(embed.description, Math.max(0, embed.description.length - over));
    if (!embed.description) delete embed.description;
    over = embedLength(embed) - EMBED_LIMITS.total;
  }
  for (let i = (embed.fields?.length ?? 0) - 1; over > 0 && i >= 0; i--) {
    const f = embed.fields![i]!;
    const keep = Math.max(1, f.value.length - over);
    f.value = clip(f.value, keep);
    over = embedLength(embed) - EMBED_LIMITS.total;
  }
  return embed;
}

/** Whether a subscription's role is mentioned: only when asked, and for alerts at or above its threshold. */
function mentionFor(alert: Alert, mentionRole: string | null, minSeverity: Severity): string | null {
  return mentionRole && severityRank(alert.severity) >= severityRank(minSeverity) ? mentionRole : null;
}

export interface MessageOptions {
  mentionRole: string | null;
  minSeverity: Severity;
}

/**
 * The body of the channel message for an alert. Nobody is ever pinged by the article: `parse` is
 * empty, and only the subscription's own role may be mentioned.
 */
export function alertMessage(alert: Alert, opts: MessageOptions): RESTPostAPIChannelMessageJSONBody {
  const role = mentionFor(alert, opts.mentionRole, opts.minSeverity);
  return {
    ...(role ? { content: `<@&${role}>` } : {}),
    embeds: [alertEmbed(alert)],
    allowed_mentions: { parse: [], roles: role ? [role] : [] },
  };
}

/** The edit of an incident's earlier message after an update: the new embed, mentioning no one. */
export function alertEdit(alert: Alert): RESTPostAPIChannelMessageJSONBody {
  return { embeds: [alertEmbed(alert)], allowed_mentions: { parse: [], roles: [] } };
}

/** True when an update raised the incident's severity. */
export function severityRose(alert: Alert): boolean {
  return alert.kind === 'update' && alert.previousSeverity !== null && severityRank(alert.severity) > severityRank(alert.previousSeverity);
}

/** The short follow-up posted (as a reply to the earlier message) when an update raised severity. */
export function severityFollowUp(alert: Alert, opts: MessageOptions, replyTo: string | null): RESTPostAPIChannelMessageJSONBody {
  const role = mentionFor(alert, opts.mentionRole, opts.minSeverity);
  const changes = alert.changes.length ? `: ${alert.changes.map((c) => neutralise(c)).join('; ')}` : '';
  const text = `${role ? `<@&${role}> ` : ''}Severity raised from **${alert.previousSeverity}** to **${alert.severity}**${changes}`;
  return {
    content: clip(text, 2000),
    allowed_mentions: { parse: [], roles: role ? [role] : [] },
    ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
  };
}
