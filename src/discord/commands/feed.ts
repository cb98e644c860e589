import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { addGuildFeed, listGuildFeeds, removeGuildFeed } from '../../store/guild-feeds.js';
import { joinWithin, MESSAGE_LIMIT, neutralise } from '../embeds.js';
import { feedHealth, feedHealthLine } from '../feed-health.js';
import { CONFIG_DEFAULT_PERMISSIONS } from '../permissions.js';
import { choices, guildOf, type SlashCommand, UserError } from './command.js';

/** A server may add this many feeds of its own. */
export const MAX_FEEDS_PER_GUILD = 10;

export const feed: SlashCommand = {
  data: {
    name: 'feed',
    description: "This server's own news feeds (they only feed this server's rules)",
    default_member_permissions: CONFIG_DEFAULT_PERMISSIONS,
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'add',
        description: 'Add an RSS or Atom feed',
        options: [
          { type: ApplicationCommandOptionType.String, name: 'url', description: 'Feed URL (http or https)', required: true, max_length: 2048 },
          { type: ApplicationCommandOptionType.String, name: 'name', description: 'A name to show', max_length: 100 },
        ],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: "This server's feeds and their health" },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'remove',
        description: 'Remove a feed',
        options: [{ type: ApplicationCommandOptionType.String, name: 'id', description: 'Feed id', required: true, autocomplete: true }],
      },
    ],
  },
  changesConfig: (i) => i.options.getSubcommand() !== 'list',

  async execute(i, ctx) {
    const guildId = guildOf(i);
    const sub = i.options.getSubcommand();
    if (sub === 'add') {
      let url: string;
      try {
        url = await ctx.validateFeedUrl(i.options.getString('url', true).trim());
      } catch (err) {
        throw new UserError(`That feed cannot be added: ${(err as Error).message}.`);
      }
      const existing = await listGuildFeeds(ctx.db, guildId);
      if (existing.length >= MAX_FEEDS_PER_GUILD && !existing.some((f) => f.url === url)) {
        throw new UserError(`This server has ${existing.length} feeds, the most allowed. Remove one first.`);
      }
      const name = i.options.getString('name')?.trim() || null;
      const { feed: added, created } = await addGuildFeed(ctx.db, { guildId, url, name, channelId: i.channelId, createdBy: i.user.id }, ctx.clock.now());
      if (!created) throw new UserError(`This server already has that feed as \`${added.feedId}\`.`);
      await ctx.guildFeedsChanged?.(guildId);
      return {
        content: `Added feed \`${added.feedId}\`${name ? ` (${neutralise(name)})` : ''}. It is polled with the others and feeds only this server's rules.`,
      };
    }
    if (sub === 'list') {
      const feeds = await listGuildFeeds(ctx.db, guildId);
      if (feeds.length === 0) return { content: 'This server has no feeds of its own. Add one with `/feed add`.' };
      const health = await feedHealth(
        ctx.db,
        feeds.map((f) => f.feedId),
      );
      const lines = feeds.map((f) => feedHealthLine(`\`${f.feedId}\` ${f.name ? neutralise(f.name) : ''} <${f.url}>`, health.get(f.feedId)));
      return { content: joinWithin(lines, MESSAGE_LIMIT) };
    }
    const id = i.options.getString('id', true).trim();
    const removed = await removeGuildFeed(ctx.db, guildId, id);
    if (!removed) throw new UserError(`This server has no feed \`${id}\`. \`/feed list\` shows them.`);
    await ctx.guildFeedsChanged?.(guildId);
    return { content: `Removed feed \`${removed.feedId}\`.` };
  },

  async autocomplete(i, ctx) {
    const typed = i.options.getFocused().toLowerCase();
    const feeds = await listGuildFeeds(ctx.db, guildOf(i));
    return choices(
      feeds
        .filter((f) => f.feedId.includes(typed) || (f.name ?? '').toLowerCase().includes(typed) || f.url.toLowerCase().includes(typed))
        .map((f) => ({ name: `${f.name ?? f.url}`, value: f.feedId })),
    );
  },
};
