import type { APIEmbed, APIEmbedField, RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { Alert } from '../alerts/alert.js';
import { BIDI_CONTROLS } from '../alerts/format-text.js';
import type { Casualties } from '../extract/analysis.js';
import { placeLabel } from '../extract/analysis.js';
import { casualtyChanges, severityChange } from '../incidents/merge.js';
import type { Subscription } from '../store/subscriptions.js';
import { attackTypeWord, type Severity, severityRank } from '../vocabulary.js';

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
/** The most characters a message's text may have. */
export const MESSAGE_LIMIT = 2000;

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

/** Markdown that works anywhere in a line: emphasis, code, strikethrough, spoilers, masked links, escapes. */
const INLINE_MARKDOWN = /[\\*_~`|[\]]/g;
/** Markdown that works at the start of a line: headings, subtext, quotes, bulleted lists. */
const LINE_START_MARKDOWN = /^(?:#{1,3}|-#|>{1,3}|[-*+])(?=\s)/;
/** A numbered list item ("1. ", "12) "): escaped at its dot or bracket, since Discord shows a backslash before a digit as typed. */
const NUMBERED_LIST = /^(\d+)([.)])(?=\s)/;

/**
 * THE escaping function for every message Sitrep posts: makes untrusted text (article titles and
 * bodies, feed and rule names, errors quoting a feed) inert in Discord: on one line, Markdown
 * escaped (masked links included), and mentions (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`,
 * `</cmd:id>`), timestamps and custom emoji (`<t:…>`, `<:name:id>`) and bare addresses (`https://…`) defused with a zero-width space, bidirectional overrides dropped, so that even
 * where allowed_mentions did not apply, the text pings no one and links nowhere. Linear in the text's length (discord.js's escapeMarkdown takes a second
 * on a long run of letters, which a hostile feed can send). tests/discord/escaping.test.ts walks
 * every message builder with hostile text.
 */
export function neutralise(text: string, max: number = EMBED_LIMITS.description): string {
  // Cut before escaping (escaping long article bodies is wasted work), and after (escapes add characters).
  const flat = clip(
    text
      .slice(0, max * 2)
      .replace(BIDI_CONTROLS, '')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
  const escaped = flat
    .replace(INLINE_MARKDOWN, '\\$&')
    .replace(LINE_START_MARKDOWN, '\\$&')
    .replace(NUMBERED_LIST, '$1\\$2')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    // Mentions (<@…>, <#…>, </cmd:…>), and markup that shows something else than its text: timestamps (<t:…>), custom emoji (<:…>, <a:…>), guild links (<id:…>).
    .replace(/<(?=[@#/:]|[a-z]+:)/gi, '<\u200b')
    // A bare address in an article ("see https://…") is not made a link by Discord: only the
    // links Sitrep chooses (the item's own, checked by safeUrl) are clickable.
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u200b//');
  return clip(escaped, max);
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
  return s === null ? neutralise(iso, 100) : `<t:${s}:f> (<t:${s}:R>)`;
}

function casualtyText(n: number | null, word: string): string {
  return n === null ? `${word}: not reported` : `${word}: ${n}`;
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

/**
 * The alert as one embed, within every Discord limit: an attack with severity (colour and word),
 * attack types and casualties; a report (keyword watch on a report that is not an attack) plainly,
 * without them. Pure.
 */
export function alertEmbed(alert: Alert): APIEmbed {
  const update = alert.kind === 'update';
  const report = alert.style === 'report';
  const severityWord = alert.severity.toUpperCase();
  const fields: APIEmbedField[] = [];
  const field = (name: string, value: string, inline = false) => {
    if (value) fields.push({ name: clip(name, EMBED_LIMITS.fieldName), value: clip(value, EMBED_LIMITS.fieldValue), inline });
  };

  const severity =
    update && alert.previousSeverity && alert.previousSeverity !== alert.severity ? `${severityWord} (was ${alert.previousSeverity})` : severityWord;
  if (!report) {
    field('Severity', severity, true);
    field('Attack', alert.attackTypes.map(attackTypeWord).join(', ') || 'unspecified', true);
    field('Casualties', `${casualtyText(alert.casualties.killed, 'killed')}\n${casualtyText(alert.casualties.injured, 'injured')}`, true);
  }

  const places = alert.places.map((p) => {
    const detail = p.roadEnd
      ? `${p.country}, road end`
      : p.kind === 'base'
        ? `${p.country}, base`
        : p.kind === 'country'
          ? p.country
          : `${p.country}, ${p.kind}`;
    return `[${neutralise(placeLabel(p), 200)}](${osmLink(p.lat, p.lon)}) (${detail})`;
  });
  field('Places', joinWithin(places, EMBED_LIMITS.fieldValue) || alert.countries.join(', ') || (report ? '' : 'not identified'));
  if (alert.actors.length) {
    field(
      'Actors',
      joinWithin(
        alert.actors.map((a) => (a.role === 'perpetrator' ? neutralise(a.name, 200) : `${neutralise(a.name, 200)} (${a.role})`)),
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
      const label = neutralise(s.title, 120);
      return `${url ? `[${label}](${url})` : label} — ${neutralise(s.feedId, 100)}, ${timeText(s.published)}`;
    });
  const olderSources = alert.sources.length - sources.length;
  field(
    alert.sources.length > 1 ? `Sources (${alert.sources.length})` : 'Source',
    joinWithin(olderSources > 0 ? [...sources, `…and ${olderSources} earlier`] : sources, EMBED_LIMITS.fieldValue),
  );
  field('Published', timeText(alert.published), true);
  field(
    alert.rules.length > 1 ? `Rules (${alert.rules.length})` : 'Rule',
    joinWithin(
      alert.rules.map(
        (r) =>
          `${r.name === r.id ? `\`${r.id}\`` : `${neutralise(r.name, 200)} (\`${r.id}\`)`}${r.reasons.length ? `: ${neutralise(r.reasons.join('; '), EMBED_LIMITS.fieldValue)}` : ''}`,
      ),
      EMBED_LIMITS.fieldValue,
    ),
  );
  if (update && alert.changes.length)
    field(
      'What changed',
      joinWithin(
        alert.changes.map((c) => `• ${neutralise(c, EMBED_LIMITS.fieldValue)}`),
        EMBED_LIMITS.fieldValue,
      ),
    );

  const embed: APIEmbed = {
    title: clip(`${update ? 'Update: ' : ''}${neutralise(alert.title, EMBED_LIMITS.title)}`, EMBED_LIMITS.title),
    description: neutralise(alert.summary, SUMMARY_MAX),
    // A report that is not an attack has no severity to show: no colour.
    ...(report ? {} : { color: SEVERITY_COLOURS[alert.severity] }),
    fields: fields.slice(0, EMBED_LIMITS.fields),
    footer: { text: clip(report ? `Report · keyword watch · Sitrep` : `Incident ${alert.incidentId} · Sitrep`, EMBED_LIMITS.footer) },
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

/** What a message needs to know of the subscriptions it serves. */
export type Mentioning = Pick<Subscription, 'ruleId' | 'mentionRole' | 'minSeverity'>;

/**
 * The roles a message mentions, in the order of its rules: the union of its subscriptions' roles,
 * each only when its subscription asked and the alert is at or above that subscription's threshold.
 */
export function rolesToMention(alert: Alert, subscriptions: readonly Mentioning[]): string[] {
  const order = (s: Mentioning) => alert.rules.findIndex((r) => r.id === s.ruleId);
  const roles = subscriptions
    .filter((s) => s.mentionRole && severityRank(alert.severity) >= severityRank(s.minSeverity))
    .sort((x, y) => order(x) - order(y))
    .map((s) => s.mentionRole!);
  // Discord takes at most 100 roles in allowed_mentions.
  return [...new Set(roles)].slice(0, 100);
}

function mentionText(roles: readonly string[]): string {
  return roles.map((r) => `<@&${r}>`).join(' ');
}

/**
 * The body of the channel message for an alert. Nobody is ever pinged by the article: `parse` is
 * empty, and only the subscriptions' own roles may be mentioned, once each.
 */
export function alertMessage(alert: Alert, roles: readonly string[]): RESTPostAPIChannelMessageJSONBody {
  return {
    ...(roles.length ? { content: mentionText(roles) } : {}),
    embeds: [alertEmbed(alert)],
    allowed_mentions: { parse: [], roles: [...roles] },
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

/** True when a toll rose above one told before: more killed, or more wounded. */
export function tollRose(before: Casualties, after: Casualties): boolean {
  return (['killed', 'injured'] as const).some((k) => (after[k] ?? 0) > (before[k] ?? 0));
}

/** "12 killed, 30 injured"; a figure not stated is left out. */
export function tollWords(c: Casualties): string {
  const parts = [c.killed !== null ? `${c.killed} killed` : null, c.injured !== null ? `${c.injured} injured` : null].filter((p) => p !== null);
  return parts.length ? parts.join(', ') : 'no toll stated';
}

/**
 * The short follow-up posted as a reply to the incident's message, so that a reader of the channel
 * sees that an update told something new: the severity raised (mentioning the roles given), the
 * toll risen above `toldToll` (the toll the channel was last told), and what the update changed.
 */
export function updateFollowUp(alert: Alert, roles: readonly string[], replyTo: string | null, toldToll: Casualties | null): RESTPostAPIChannelMessageJSONBody {
  const raised = severityRose(alert);
  const news = [
    ...(raised ? [`Severity raised from **${alert.previousSeverity}** to **${alert.severity}**`] : []),
    ...(toldToll ? [`Toll now **${tollWords(alert.casualties)}** (was ${tollWords(toldToll)})`] : []),
  ];
  // What the lines above say in words is not listed again among the other changes.
  const said = new Set([
    ...(raised ? [severityChange(alert.previousSeverity!, alert.severity)] : []),
    ...(toldToll && alert.previousCasualties ? casualtyChanges(alert.previousCasualties, alert.casualties) : []),
  ]);
  const others = alert.changes.filter((c) => !said.has(c));
  const changes = others.length ? `: ${others.map((c) => neutralise(c, 500)).join('; ')}` : '';
  const text = `${roles.length ? `${mentionText(roles)} ` : ''}${news.join('. ')}${changes}`;
  return {
    content: clip(text, 2000),
    allowed_mentions: { parse: [], roles: [...roles] },
    ...(replyTo ? { message_reference: { message_id: replyTo, fail_if_not_exists: false } } : {}),
  };
}

/** The notice to the channel where a server added a feed, when that feed gets disabled; pings no one. */
export function feedDisabledNotice(feed: { id: string; name: string | null; url: string }, reason: string): RESTPostAPIChannelMessageJSONBody {
  const text = `Feed ${neutralise(feed.name ?? feed.url, 300)} (\`${feed.id}\`) has been disabled after failing for too long: ${neutralise(reason, 1200)}. Fix or remove it with /feed.`;
  return { content: clip(text, 2000), allowed_mentions: { parse: [] } };
}
