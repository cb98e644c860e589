/** The SITREP as one Discord embed: counts, totals and the most severe incidents, with its picture. */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { toll } from '../digest/format-text.js';
import type { DigestPoster } from '../digest/schedule.js';
import { type DigestSummary, TOP_INCIDENTS } from '../digest/summary.js';
import { attackTypeWord, SEVERITIES } from '../vocabulary.js';
import { clip, EMBED_LIMITS, joinWithin, neutralise, SEVERITY_COLOURS, safeUrl } from './embeds.js';
import { attachmentName } from './maps.js';
import type { DiscordSink } from './sink.js';

const unix = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function counts(entries: [string, number][]): string {
  return entries.length ? entries.map(([k, n]) => `${k} **${n}**`).join('\n') : '–';
}

export function digestEmbed(s: DigestSummary): APIEmbed {
  const worst = [...SEVERITIES].reverse().find((sev) => s.bySeverity[sev] > 0);
  const fields: APIEmbedField[] = [];
  const field = (name: string, value: string, inline = true) => fields.push({ name, value: clip(value || '–', EMBED_LIMITS.fieldValue), inline });
  if (s.total > 0) {
    field('By attack type', counts(Object.entries(s.byAttackType).map(([t, n]) => [attackTypeWord(t), n])));
    field(
      'By country',
      counts(
        Object.entries(s.byCountry)
          .slice(0, 12)
          .map(([c, n]) => [c, n]),
      ),
    );
    field(
      'By severity',
      counts(
        [...SEVERITIES]
          .reverse()
          .filter((sev) => s.bySeverity[sev])
          .map((sev) => [sev, s.bySeverity[sev]]),
      ),
    );
    field('Casualties', `killed **${s.killed}**\ninjured **${s.injured}**${s.withoutFigures ? `\n${s.withoutFigures} without figures` : ''}`);
    const top = s.incidents.slice(0, TOP_INCIDENTS).map((i, k) => {
      const url = safeUrl(i.link);
      const title = neutralise(i.title, 90);
      const what = [i.severity.toUpperCase(), i.attackTypes.map(attackTypeWord).join(', '), neutralise(i.places.slice(0, 2).join(', '))].filter(Boolean);
      const figures = toll(i).join(', ');
      return `${k + 1}. ${url ? `[${title}](${url})` : title} — ${[...what, ...(figures ? [figures] : [])].join(' · ')} · <t:${unix(i.published)}:R>`;
    });
    field('Most severe', joinWithin(top, EMBED_LIMITS.fieldValue), false);
  }
  return {
    title: clip(`SITREP — ${neutralise(s.ruleName)}`, EMBED_LIMITS.title),
    description:
      `**${s.total} incident${s.total === 1 ? '' : 's'}** from <t:${unix(s.start)}:f> to <t:${unix(s.end)}:f>` +
      (s.total ? ' (numbers on the map as in the list: most severe first)' : '\nNothing matched the rule in this period.'),
    color: worst ? SEVERITY_COLOURS[worst] : 0x95a5a6,
    fields,
    footer: { text: clip(`Sitrep daily digest · rule ${s.ruleId}`, EMBED_LIMITS.footer) },
    timestamp: s.end,
  };
}

/** Digests to Discord channels through the sink (REST, nonce-deduplicated), with their picture. */
export function discordDigestPoster(sink: DiscordSink): DigestPoster {
  return {
    async post(schedule, digest, picture, nonce) {
      if (!schedule.channel) throw new Error('a Discord digest needs a channel');
      const date = digest.summary.end.slice(0, 10);
      const file = picture ? { name: attachmentName(`sitrep-${digest.summary.ruleId}-${date}`), data: picture } : null;
      return sink.postDigest(schedule.channel, digestEmbed(digest.summary), file, nonce);
    },
  };
}
