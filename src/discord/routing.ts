import type { Alert } from '../alerts/alert.js';
import type { DeliveryTarget } from '../alerts/sink.js';
import type { Db } from '../store/database.js';
import { type Subscription, subscriptionsForRules } from '../store/subscriptions.js';
import { severityRank } from '../vocabulary.js';

/**
 * The Discord channels an alert goes to, one target per subscription. Pure. A subscription takes
 * an alert of its rule (for a server's own rule, only in that server) at or above its minimum
 * severity (a report that is not an attack counts as its extracted severity, normally low).
 * Failing subscriptions are targets too: their rows wait in the outbox until the channel is
 * fixed, so nothing is lost.
 */
export function deliveryTargets(alert: Alert, subscriptions: readonly Subscription[]): DeliveryTarget[] {
  return subscriptions
    .filter(
      (s) =>
        alert.rules.some((r) => r.id === s.ruleId && (r.guildId === null || r.guildId === s.guildId)) &&
        severityRank(alert.severity) >= severityRank(s.minSeverity),
    )
    .map((s) => ({ sink: 'discord' as const, target: s.channelId, subscriptionId: s.id }));
}

/** `deliveryTargets` with the subscriptions read from the store. */
export async function discordTargets(db: Db, alert: Alert): Promise<DeliveryTarget[]> {
  return deliveryTargets(
    alert,
    await subscriptionsForRules(
      db,
      alert.rules.map((r) => r.id),
    ),
  );
}
