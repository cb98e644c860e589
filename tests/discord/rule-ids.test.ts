/**
 * Rule ids as members type them, and subscriptions whose rule is gone. Rule ids are lowercase, so
 * a command names the same rule however its id is capitalised; a subscription to a rule taken out
 * of the configuration file can never alert again, and /subscriptions and /status say so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordHandle } from '../../src/discord/client.js';
import { listSubscriptions, upsertSubscription } from '../../src/store/subscriptions.js';
import { answerText, type InteractionTarget, runCommand } from '../fakes/discord/interactions.js';
import type { FakeDiscord } from '../fakes/discord/server.js';
import { type OpsServer, opsServerOnFake, startBotOnFake } from './helpers.js';

let fake: FakeDiscord;
let store: OpsServer['store'];
let bot: DiscordHandle;
let manager: InteractionTarget;
let close: OpsServer['close'] | undefined;

beforeAll(async () => {
  let guildId: string;
  ({ fake, store, guildId, manager, close } = await opsServerOnFake());
  bot = await startBotOnFake(fake, guildId, store.db);
}, 30_000);

afterAll(() => close?.(bot));

const ask = async (name: string, opts: { subcommand?: string; options?: Record<string, string | number> }) =>
  answerText(await runCommand(fake, manager, name, opts));

describe('a rule id typed with capitals or spaces', () => {
  it('names the same rule in every command, as /rule create reads it', async () => {
    // The configuration's rule, typed as a member might.
    expect(await ask('subscribe', { options: { rule: 'Iraq-Bases' } })).toMatch(/^Subscribed <#\d+> to `iraq-bases`/);
    expect(await ask('rule', { subcommand: 'show', options: { id: ' IRAQ-BASES ' } })).toMatch(/^`iraq-bases` — Attacks on bases in Iraq/);
    expect(await ask('rule', { subcommand: 'test', options: { id: 'Iraq-bases' } })).toMatch(/^`iraq-bases` would have matched/);
    expect(await ask('unsubscribe', { options: { rule: 'IRAQ-bases' } })).toMatch(/^Unsubscribed <#\d+> from `iraq-bases`/);
    expect(await listSubscriptions(store.db, manager.guildId)).toEqual([]);

    // A server's own rule: created with capitals, then edited, subscribed and deleted so.
    expect(await ask('rule', { subcommand: 'create', options: { id: 'North-Iraq', countries: 'IQ' } })).toMatch(/^Created rule `north-iraq`/);
    expect(await ask('rule', { subcommand: 'edit', options: { id: 'North-IRAQ', name: 'The north' } })).toMatch(/^Changed rule `north-iraq`/);
    expect(await ask('subscribe', { options: { rule: 'NORTH-IRAQ' } })).toMatch(/^Subscribed <#\d+> to `north-iraq` — The north/);
    // The channels that stop getting alerts are named, as /unsubscribe names them.
    expect(await ask('rule', { subcommand: 'delete', options: { id: 'North-Iraq' } })).toBe(
      `Deleted rule \`north-iraq\`; its alerts no longer go to <#${manager.channelId}>.`,
    );
    expect(await listSubscriptions(store.db, manager.guildId)).toEqual([]);
  });
});

describe('a subscription whose rule no longer exists', () => {
  it('is shown as never alerting again, with the way to remove it, in /subscriptions and /status', async () => {
    const { guildId, channelId } = manager;
    // Subscribed while the configuration had this rule; it was taken out since.
    await upsertSubscription(store.db, { guildId, channelId, ruleId: 'retired-rule', minSeverity: 'low', mentionRole: null, createdBy: null }, new Date());
    await upsertSubscription(store.db, { guildId, channelId, ruleId: 'iraq-bases', minSeverity: 'low', mentionRole: null, createdBy: null }, new Date());

    const lines = (await ask('subscriptions', {})).split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^• `iraq-bases` → <#\d+> \(≥ low\): ✅ ok$/),
      expect.stringMatching(
        /^• `retired-rule` → <#\d+> \(≥ low\): ⚠️ the rule no longer exists: nothing will be posted\. `\/unsubscribe rule:retired-rule` removes this\.$/,
      ),
    ]);
    const status = await ask('status', {});
    expect(status).toContain('**Failing subscriptions here:** 1');
    expect(status).toMatch(/• `retired-rule` → <#\d+>: the rule no longer exists/);

    expect(await ask('unsubscribe', { options: { rule: 'retired-rule' } })).toMatch(/^Unsubscribed <#\d+> from `retired-rule`/);
  });
});
