import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText, runCommand } from '../fakes/discord/interactions.js';
import { rssOf } from '../fixtures/attack-feed.js';
import { type BotWorld, botWorld } from '../helpers/discord-bot.js';
import { until } from '../helpers/until.js';

const [seedTitle, ...seedBody] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');

describe('feed to Discord, end to end', () => {
  let world: BotWorld;
  beforeAll(async () => {
    world = await botWorld(`  - id: iraq-syria-bases
    name: Attacks on bases in Iraq and Syria
    match: {attackTypes: [drone, rocket, ied], countries: [IQ, SY]}
`);
  });
  afterAll(() => world.close());

  it('posts one alert for an incident, then edits it when another outlet reports it', async () => {
    const { fake, feeds, channelId, admin } = world;
    const { bot, exited } = await world.startBot();
    try {
      const sub = await runCommand(fake, admin, 'subscribe', { options: { rule: 'iraq-syria-bases' } }, 15_000);
      expect(answerText(sub)).toMatch(/iraq-syria-bases/);

      // One outlet reports the attacks.
      feeds.route('/a.xml', {
        contentType: 'application/rss+xml',
        body: rssOf([{ guid: 'a-1', title: seedTitle!, body: seedBody.join('\n'), link: 'https://wire-a.example/iraq-attacks', published: new Date() }]),
      });
      const first = await until('the alert in the channel', () => fake.messagesIn(channelId)[0]);
      expect(first.embeds).toHaveLength(1);
      expect(first.allowed_mentions).toMatchObject({ parse: [] });
      expect(JSON.stringify(first.embeds[0])).toMatch(/Erbil/);
      // With its locator map, uploaded with the message and shown as the embed's image.
      expect(first.attachments).toHaveLength(1);
      expect(first.attachments[0]!.filename).toMatch(/^map-.+\.png$/);
      expect(first.embeds[0].image.url).toBe(first.attachments[0]!.url);
      expect(first.attachments[0]!.data.subarray(1, 4).toString()).toBe('PNG');

      // Another outlet runs the wire story under its own headline and link.
      feeds.route('/b.xml', {
        contentType: 'application/rss+xml',
        body: rssOf([
          {
            guid: 'b-77',
            title: `UPDATE 1-${seedTitle!.split(':')[0]}`,
            body: seedBody.join('\n'),
            link: 'https://wire-b.example/world/iraq-attacks?utm_source=rss&utm_medium=feed',
            published: new Date(),
          },
        ]),
      });
      await until('the alert edited with the second source', () => fake.messagesIn(channelId)[0]!.edits > 0 && fake.messagesIn(channelId)[0]);
      const edited = fake.messagesIn(channelId)[0]!;
      expect(JSON.stringify(edited.embeds)).toMatch(/wire-b\.example/);
      // Still one alert message for the incident (a follow-up note only if severity rose).
      const alerts = fake.messagesIn(channelId).filter((m) => m.embeds.length > 0);
      expect(alerts).toHaveLength(1);
      // The edit carries the map again (re-drawn for the incident as it is now), and only it.
      expect(edited.attachments).toHaveLength(1);
      expect(edited.embeds[0].image.url).toBe(edited.attachments[0]!.url);

      // /lookup answers with a map of what it found.
      const found = await runCommand(fake, admin, 'lookup', { options: { country: 'IQ' } }, 30_000);
      expect(found.original.embeds[0].fields[0].name).toMatch(/^1\. /);
      expect(found.original.attachments.map((a: { filename: string }) => a.filename)).toEqual(['lookup.png']);
      expect(found.original.embeds[0].image.url).toBe(found.original.attachments[0].url);
    } finally {
      bot.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
