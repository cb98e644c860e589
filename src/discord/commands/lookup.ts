import { ActionRowBuilder, type APIEmbed, ApplicationCommandOptionType, type Attachment, ButtonBuilder, ButtonStyle, InteractionContextType } from 'discord.js';
import { didYouMean, quotedSuggestions } from '../../config/suggest.js';
import { countryName, resolveCountry, suggestCountries } from '../../config/terms.js';
import { placeLabel } from '../../extract/analysis.js';
import { commonName } from '../../extract/gazetteer/display-name.js';
import { incidentDot } from '../../maps/index.js';
import { plural } from '../../plural.js';
import { countryIsNoCentre } from '../../rules/compile.js';
import { documentsSince } from '../../store/documents.js';
import { getIncident } from '../../store/incidents.js';
import { ATTACK_TYPES, attackTypeWord, severityRank } from '../../vocabulary.js';
import { type CommandContext, RECENT_ATTACKS_LIMIT, type StoredDocument } from '../context.js';
import { clip, neutralise, SEVERITY_COLOURS, safeUrl } from '../embeds.js';
import { attachmentName, mapFile, withImage } from '../maps.js';
import { namesOnlyRule, resolvePlace } from '../rule-input.js';
import { choices, type Reply, type SlashCommand, UserError } from './command.js';

const PAGE_SIZE = 5;
const DEFAULT_DAYS = 7;
const DEFAULT_RADIUS_KM = 50;
// The options' bounds, told to Discord and checked again here: a client other than Discord's own
// (or a bot framework replaying interactions) is not held to them.
const DAYS = { min: 1, max: 90 } as const;
const RADIUS_KM = { min: 1, max: 2000 } as const;
const outside = (v: number | null, r: { min: number; max: number }) => v !== null && (v < r.min || v > r.max);

export interface LookupQuery {
  place: string | null;
  country: string | null;
  actor: string | null;
  attackType: string | null;
  days: number;
  radiusKm: number;
}

interface IncidentView {
  key: string;
  latest: StoredDocument;
  reports: number;
  /** With a place: where the latest report is from it ("Tall Afar is 60 km from Mosul", "somewhere in Nineveh, …"). */
  near: string | null;
}

/**
 * Attack reports matching the query, grouped by incident, newest first. `near` tells whether a
 * report lies within the query's radius of its place, as a rule's `near` circle does. Pure.
 */
export function findIncidents(docs: readonly StoredDocument[], q: LookupQuery, near: ((doc: StoredDocument) => string | null) | null): IncidentView[] {
  const groups = new Map<string, IncidentView>();
  for (const d of docs) {
    const x = d.extraction;
    if (q.attackType && !x.attackTypes.includes(q.attackType as never)) continue;
    if (q.country && !x.countries.includes(q.country)) continue;
    if (q.actor && !x.actors.some((a) => a.id === q.actor)) continue;
    const where = near ? near(d) : null;
    if (near && where === null) continue;
    const key = d.incidentId ?? d.id;
    const g = groups.get(key);
    if (!g) groups.set(key, { key, latest: d, reports: 1, near: where });
    else {
      g.reports++;
      if (d.published > g.latest.published) {
        g.latest = d;
        g.near = where;
      }
    }
  }
  return [...groups.values()].sort((a, b) => b.latest.published.localeCompare(a.latest.published));
}

function encode(q: LookupQuery): string {
  return [q.place, q.country, q.actor, q.attackType, q.days, q.radiusKm].map((v) => encodeURIComponent(String(v ?? ''))).join('|');
}

function decode(s: string): LookupQuery {
  const [place, country, actor, attackType, days, radius] = s.split('|').map((v) => decodeURIComponent(v));
  return {
    place: place || null,
    country: country || null,
    actor: actor || null,
    attackType: attackType || null,
    days: Number(days) || DEFAULT_DAYS,
    radiusKm: Number(radius) || DEFAULT_RADIUS_KM,
  };
}

/** The name of the map a /lookup reply carries; paging keeps it. */
const MAP_FILE = attachmentName('lookup');

/**
 * One page of the reply. With `map: 'draw'` (a new lookup) one map of every incident found goes with
 * it, numbered like the list; `map: {keep}` (paging) keeps the map the message already has.
 */
async function render(ctx: CommandContext, q: LookupQuery, page: number, map: 'draw' | { keep: Attachment | null }): Promise<Reply> {
  const place = q.place ? resolvePlace(ctx.engine, q.place) : null;
  if (q.place && !place) throw new UserError(`Unknown place \`${q.place}\`.${didYouMean(ctx.engine.gazetteer.suggest(q.place, 3))}`);
  const since = new Date(ctx.clock.now().getTime() - q.days * 86_400_000);
  const near = place ? ctx.rules.near(place.id, q.radiusKm) : null;
  const incidents = findIncidents(await documentsSince(ctx.db, since, { attacksOnly: true, limit: RECENT_ATTACKS_LIMIT }), q, near);
  const pages = Math.max(1, Math.ceil(incidents.length / PAGE_SIZE));
  const p = Math.min(Math.max(0, page), pages - 1);
  // Names, not ids: "Islamic State", "Iraq".
  const filters = [
    place ? `within ${q.radiusKm} km of ${commonName(place.name)}` : null,
    q.country ? (countryName(q.country) ?? q.country) : null,
    q.actor ? (ctx.engine.actors.lookup(q.actor)?.name ?? q.actor) : null,
    q.attackType ? attackTypeWord(q.attackType) : null,
  ].filter(Boolean);
  const title = `${plural(incidents.length, 'incident')} in the last ${plural(q.days, 'day')}${filters.length ? ` — ${filters.join(', ')}` : ''}`;
  const top = incidents.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
  // Why an incident was kept apart from a similar one (another place, several fitting incidents).
  const notes = await Promise.all(top.map(async ({ latest: d }) => (d.incidentId ? ((await getIncident(ctx.db, d.incidentId))?.groupingNote ?? null) : null)));
  const fields = top.map(({ latest: d, reports, near: nearBy }, k) => {
    const x = d.extraction;
    const url = safeUrl(d.link);
    const where = x.places.map(placeLabel).join(', ') || x.countries.join(', ') || 'place unknown';
    const value = [
      `${url ? `[Read](${url}) · ` : ''}<t:${Math.floor(Date.parse(d.published) / 1000)}:f>`,
      `${x.attackTypes.map(attackTypeWord).join(', ') || 'attack'} · ${neutralise(where)} · ${x.severity}`,
      nearBy ? `Near: ${neutralise(nearBy)}` : null,
      x.actors.length ? `Actors: ${neutralise(x.actors.map((a) => a.name).join(', '))}` : null,
      reports > 1 ? `${reports} reports` : null,
      notes[k] ? `Why apart: ${neutralise(clip(notes[k], 300))}` : null,
    ]
      .filter(Boolean)
      .join('\n');
    return { name: clip(`${p * PAGE_SIZE + k + 1}. ${neutralise(d.title)}`, 256), value: clip(value, 1024) };
  });
  const worst = top.reduce<string | null>(
    (w, i) => (w === null || severityRank(i.latest.extraction.severity) > severityRank(w as never) ? i.latest.extraction.severity : w),
    null,
  );
  const embed: APIEmbed = {
    title: clip(title, 256),
    description: incidents.length ? undefined : 'Nothing found. Try more days or fewer filters.',
    fields,
    color: worst ? SEVERITY_COLOURS[worst as keyof typeof SEVERITY_COLOURS] : 0x95a5a6,
    footer: { text: `Page ${p + 1} of ${pages}` },
  };
  const state = encode(q);
  const components =
    pages > 1 && `lookup:${pages}:${state}`.length <= 100
      ? [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder()
              .setCustomId(`lookup:${p - 1}:${state}`)
              .setLabel('Newer')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(p === 0),
            new ButtonBuilder()
              .setCustomId(`lookup:${p + 1}:${state}`)
              .setLabel('Older')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(p >= pages - 1),
          ),
        ]
      : [];
  if (map === 'draw') {
    const dots = incidents.flatMap(({ latest }, k) => incidentDot(k + 1, latest.extraction) ?? []);
    const file = dots.length ? await mapFile(ctx.maps, { kind: 'incidents', incidents: dots }, 'lookup') : null;
    return file
      ? { embeds: [withImage(embed, file)], components, files: [{ attachment: Buffer.from(file.data), name: file.name }] }
      : { embeds: [embed], components };
  }
  const kept = map.keep;
  return kept ? { embeds: [{ ...embed, image: { url: `attachment://${kept.name}` } }], components, attachments: [kept] } : { embeds: [embed], components };
}

export const lookup: SlashCommand = {
  data: {
    name: 'lookup',
    description: 'Recent incidents from the store, newest first',
    contexts: [InteractionContextType.Guild],
    options: [
      { type: ApplicationCommandOptionType.String, name: 'place', description: 'Near this place', autocomplete: true },
      { type: ApplicationCommandOptionType.String, name: 'country', description: 'Country code or name, e.g. IQ' },
      { type: ApplicationCommandOptionType.String, name: 'actor', description: 'Actor involved', autocomplete: true },
      {
        type: ApplicationCommandOptionType.String,
        name: 'attack_type',
        description: 'Kind of attack',
        choices: ATTACK_TYPES.map((a) => ({ name: attackTypeWord(a), value: a })),
      },
      { type: ApplicationCommandOptionType.Integer, name: 'days', description: 'How far back (default 7)', min_value: DAYS.min, max_value: DAYS.max },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'radius_km',
        description: 'Distance from place (default 50)',
        min_value: RADIUS_KM.min,
        max_value: RADIUS_KM.max,
      },
    ],
  },
  changesConfig: () => false,
  async execute(i, ctx) {
    const place = i.options.getString('place')?.trim() || null;
    const countryInput = i.options.getString('country')?.trim() || null;
    const actorInput = i.options.getString('actor')?.trim() || null;
    const radiusKm = i.options.getInteger('radius_km');
    const days = i.options.getInteger('days');
    const country = countryInput ? resolveCountry(countryInput) : null;
    const actor = actorInput ? ctx.engine.actors.lookup(actorInput) : null;
    // The place as render takes it: an autocompleted choice's id, or a name a `near` rule takes.
    const centre = place ? resolvePlace(ctx.engine, place) : null;
    // Every mistake at once, places and actors checked as in /rule create (with the same suggestions).
    const problems = [
      ...(radiusKm !== null && !place ? ['`radius_km` needs `place` (the place to measure from).'] : []),
      ...(outside(days, DAYS) ? [`\`days\` is from ${DAYS.min} to ${DAYS.max} (got ${days}).`] : []),
      ...(outside(radiusKm, RADIUS_KM) ? [`\`radius_km\` is from ${RADIUS_KM.min} to ${RADIUS_KM.max} (got ${radiusKm}).`] : []),
      ...(countryInput && !country ? [`\`country\`: unknown country "${countryInput}"${quotedSuggestions(suggestCountries(countryInput))}`] : []),
      ...(centre?.kind === 'country'
        ? [`\`place\`: ${countryIsNoCentre(commonName(centre.name))}; for the whole country, use \`country:${commonName(centre.name)}\`.`]
        : []),
      ...ctx.rules
        .validate(namesOnlyRule({ places: place && !centre ? [place] : [], actors: actorInput ? [actorInput] : [] }))
        .map((p) => `\`${p.path.includes('actors') ? 'actor' : 'place'}\`: ${p.message}`),
    ];
    if (problems.length) throw new UserError(`Nothing was looked up:\n${problems.map((p) => `• ${p}`).join('\n')}`);
    const q: LookupQuery = {
      place,
      country,
      actor: actor?.id ?? null,
      attackType: i.options.getString('attack_type'),
      days: days ?? DEFAULT_DAYS,
      radiusKm: radiusKm ?? DEFAULT_RADIUS_KM,
    };
    return render(ctx, q, 0, 'draw');
  },
  async autocomplete(i, ctx) {
    const focused = i.options.getFocused(true);
    if (!focused.value.trim()) return [];
    // A country has no point to measure from (the `country` option filters on it).
    if (focused.name === 'place')
      return choices(
        ctx.engine.gazetteer
          .search(focused.value, 25)
          .filter((p) => p.kind !== 'country')
          .map((p) => ({ name: `${commonName(p.name)} (${p.country}, ${p.kind})`, value: p.id })),
      );
    if (focused.name === 'actor') return choices(ctx.engine.actors.search(focused.value, 25).map((a) => ({ name: a.name, value: a.id })));
    return [];
  },
  async button(i, ctx, args) {
    const [page, ...rest] = args;
    const keep = i.message.attachments.find((a) => a.name === MAP_FILE) ?? null;
    return render(ctx, decode(rest.join(':')), Number(page) || 0, { keep });
  },
};
