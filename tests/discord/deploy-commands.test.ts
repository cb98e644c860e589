import { afterAll, beforeAll, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/server.js';
import { runCli } from '../helpers/cli.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(async () => fake.stop());

it('sitrep deploy-commands registers the commands in one server, or globally', async () => {
  const guild = fake.addGuild();
  const env = { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_REST_URL: fake.restUrl };
  const inGuild = await runCli(['deploy-commands', '--guild', guild], { env });
  expect(inGuild.stderr).toContain(`registered 8 slash commands in server ${guild}`);
  expect(inGuild.code).toBe(0);
  expect(fake.guildCommands.get(guild)).toHaveLength(8);

  const global = await runCli(['deploy-commands'], { env });
  expect(global.code).toBe(0);
  expect(fake.globalCommands.map((c) => c.name)).toContain('subscribe');

  const noToken = await runCli(['deploy-commands'], { env: { DISCORD_REST_URL: fake.restUrl } });
  expect(noToken.code).toBe(2);
  expect(noToken.stderr).toContain('DISCORD_TOKEN');
});
