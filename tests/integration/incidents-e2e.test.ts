import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText, runCommand } from '../fakes/discord/interactions.js';
import { minutesAgo, rssOf } from '../fixtures/attack-feed.js';
import { type BotWorld, botWorld } from '../helpers/discord-bot.js';
import { until } from '../helpers/until.js';

/**
 * The bot against a Discord server: thirteen drone reports from twelve Iraqi cities, in one
 * template, make twelve alert messages; the thirteenth (a second outlet in Mosul) edits Mosul's.
 */
const CITIES = ['Mosul', 'Kirkuk', 'Ramadi', 'Najaf', 'Basra', 'Amarah', 'Sulaymaniyah', 'Baqubah', 'Rutba', 'Samarra', 'Tikrit', 'Karbala'];

describe('templated reports from many cities, end to end', () => {
  let world: BotWorld;
  beforeAll(async () => {
    world = await botWorld(`  - id: iraq-drones
    name: Drone attacks in Iraq
    match: {attackTypes: [drone], countries: [IQ]}
`);
  });
  afterAll(() => world.close());

  it('posts one alert per city and edits the one a second outlet reports again', async () => {
    const { fake, feeds, channelId, admin } = world;
    const { bot, exited } = await world.startBot();
    try {
      const sub = await runCommand(fake, admin, 'subscribe', { options: { rule: 'iraq-drones' } }, 15_000);
      expect(answerText(sub)).toMatch(/iraq-drones/);

      feeds.route('/a.xml', {
        contentType: 'application/rss+xml',
        body: rssOf(
          CITIES.map((city, n) => ({
            guid: `a-${n}`,
            title: `Drone hits checkpoint in ${city}`,
            body: `A bomb-carrying drone hit a police checkpoint on the edge of ${city}, Iraq, on Tuesday, and ${n + 2} security personnel died, according to local officials.`,
            link: `https://wire-a.example/iraq/drone-${n}`,
            published: minutesAgo(120 - n * 5),
          })),
        ),
      });
      await until('twelve alerts', () => fake.messagesIn(channelId).filter((m) => m.embeds.length > 0).length >= 12 && true);
      const mosul = () => fake.messagesIn(channelId).find((m) => JSON.stringify(m.embeds).includes('checkpoint in Mosul'));
      expect(mosul()).toBeDefined();

      // Another outlet reports the Mosul attack in its own words, with a higher toll.
      feeds.route('/b.xml', {
        contentType: 'application/rss+xml',
        body: rssOf([
          {
            guid: 'b-1',
            title: 'Mosul: five security personnel killed as drone strikes checkpoint',
            body: 'Five members of the security forces were killed when a drone laden with explosives struck a checkpoint in Mosul, Iraq, on Tuesday, officials said.',
            link: 'https://wire-b.example/mosul-drone',
            published: minutesAgo(60),
          },
        ]),
      });
      await until('the Mosul alert edited with the second source', () => (mosul()?.edits ?? 0) > 0);
      // The edit says what changed: the new source and the new toll.
      const edited = JSON.stringify(mosul()!.embeds);
      expect(edited).toMatch(/wire-b\.example/);
      expect(edited).toMatch(/new source: wire-b/);
      expect(edited).toMatch(/killed 2 → 5/);
      const alerts = fake.messagesIn(channelId).filter((m) => m.embeds.length > 0);
      expect(alerts).toHaveLength(12);
      for (const city of CITIES)
        expect(
          alerts.filter((m) => JSON.stringify(m.embeds).includes(`checkpoint in ${city}`)),
          city,
        ).toHaveLength(1);
    } finally {
      bot.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
