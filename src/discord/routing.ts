import type { Alert } from '../alerts/alert.js';
import type { Db } from '../store/database.js';
import type { DeliveryTarget } from '../store/outbox.js';
import { type Subscription, subscriptionsForRules } from '../store/subscriptions.js';
import { severityRank } from '../vocabulary.js';

/**
 * The Discord channels an alert goes to. Pure. A subscription takes an alert of its rule (for a
 * server's own rule, only in that server) at or above its minimum severity. Failing subscriptions
 * are targets too: their rows wait in the outbox until the channel is fixed, so nothing is lost.
 */
export function deliveryTargets(alert: Alert, subscriptions: readonly Subscription[]): DeliveryTarget[] {
  const targets = new Map<string, DeliveryTarget>();
  for (const s of subscriptions) {
    if (s.ruleId !== alert.ruleId) continue;
    if (alert.guildId !== null && s.guildId !== alert.guildId) continue;
    if (severityRank(alert.severity) < severityRank(s.minSeverity)) continue;
    if (!targets.has(s.channelId)) targets.set(s.channelId, { sink: 'discord', target: s.channelId, subscriptionId: s.id });
  }
  return [...targets.values()];
}

/** `deliveryTargets` with the subscriptions read from the store. */
export async function discordTargets(db: Db, alert: Alert): Promise<DeliveryTarget[]> {
  return deliveryTargets(alert, await subscriptionsForRules(db, [alert.ruleId]));
}
