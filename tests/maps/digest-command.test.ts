import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rule } from '../../src/config/rule-schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { buildDigest } from '../../src/pipeline/digests.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';
import { listSubscriptions } from '../../src/store/subscriptions.js';
import { answerText, autocomplete, runCommand } from '../fakes/discord/interactions.js';
import { MANAGER_PERMISSIONS } from '../fakes/discord/server.js';
import { PLACES, storeReport } from './digest-fixtures.js';
import { decodePng, startMapBot } from './helpers.js';

let bot: Awaited<ReturnType<typeof startMapBot>>;

beforeAll(async () => {
  const resolver = engineResolver(ExtractionEngine.load());
  bot = await startMapBot({ permissions: MANAGER_PERMISSIONS, digest: (rule: Rule, g, period) => buildDigest(bot.store.db, resolver, rule, g, period) });
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  await storeReport(bot.store.db, {
    id: 'r1',
    title: 'Drones hit base near Erbil',
    published: hoursAgo(3),
    attackTypes: ['drone'],
    place: PLACES.erbil,
    killed: 0,
    injured: 2,
  });
  await storeReport(bot.store.db, {
    id: 'r2',
    title: 'Rockets hit Baghdad airport',
    published: hoursAgo(5),
    attackTypes: ['rocket'],
    place: PLACES.baghdad,
    killed: 6,
    injured: 11,
  });
}, 30_000);

afterAll(() => bot?.stop());

describe('digests from Discord', () => {
  it('/subscribe digest:daily keeps the hour and time zone; a wrong zone is explained', async () => {
    const ruleId = bot.rules.configRules()[0]!.id;
    const ok = await runCommand(bot.fake, bot.target, 'subscribe', { options: { rule: ruleId, digest: 'daily', digest_hour: 6, timezone: 'asia/baghdad' } });
    expect(answerText(ok)).toMatch(/daily SITREP is posted there at 06:00 Asia\/Baghdad/);
    expect((await listSubscriptions(bot.store.db, bot.target.guildId))[0]!.digest).toEqual({ hour: 6, timeZone: 'Asia/Baghdad' });
    expect(answerText(await runCommand(bot.fake, bot.target, 'subscriptions'))).toContain('SITREP daily at 06:00 Asia/Baghdad');
    const bad = await runCommand(bot.fake, bot.target, 'subscribe', { options: { rule: ruleId, digest: 'daily', timezone: 'Asia/Bagdad' } });
    expect(answerText(bad)).toMatch(/Unknown time zone `Asia\/Bagdad`/);
    const zones = await autocomplete(bot.fake, bot.target, 'subscribe', { options: { rule: ruleId, timezone: 'bagh' }, focused: 'timezone' });
    expect(zones.map((z) => z.value)).toContain('Asia/Baghdad');
    await runCommand(bot.fake, bot.target, 'subscribe', { options: { rule: ruleId, digest: 'off' } });
    expect((await listSubscriptions(bot.store.db, bot.target.guildId))[0]!.digest).toBeNull();
  });

  it('/digest answers with the SITREP of the last hours and its picture', async () => {
    const rec = await runCommand(bot.fake, bot.target, 'digest', { options: { rule: bot.rules.configRules()[0]!.id, hours: 24 } }, 60_000);
    const embed = rec.original.embeds[0];
    expect(embed.title).toMatch(/^SITREP — /);
    expect(embed.description).toMatch(/^\*\*2 incidents\*\*/);
    expect(embed.fields.find((f: { name: string }) => f.name === 'Casualties').value).toContain('killed **6**');
    expect(rec.original.attachments).toHaveLength(1);
    expect(embed.image.url).toBe(rec.original.attachments[0].url);
    expect(decodePng(rec.original.attachments[0].data).width).toBe(1100);
  });
});
