import type { Writable } from 'node:stream';
import { type Alert, alertJson } from '../alerts/alert.js';
import { writeOutput } from '../alerts/console-sink.js';
import { formatAlertText } from '../alerts/format-text.js';
import type { SinkName } from '../alerts/sink.js';
import type { App } from '../app.js';
import { pendingMessages } from '../store/outbox.js';

interface WouldSend {
  alert: Alert;
  targets: { sink: SinkName; target: string }[];
}

/** Alerts that matched a rule no channel subscribes to: recorded as the pipeline routes them. */
export function recordUnrouted(app: App): Alert[] {
  const unrouted: Alert[] = [];
  const route = app.pipeline.targets;
  app.pipeline.targets = async (tx, alert) => {
    const targets = await route(tx, alert);
    if (targets.length === 0) unrouted.push(alert);
    return targets;
  };
  return unrouted;
}

/** Every message the run would send (the copy's outbox), one entry per alert with its targets. */
async function wouldSend(app: App, unrouted: readonly Alert[]): Promise<WouldSend[]> {
  const byAlert = new Map<string, WouldSend>();
  for (const m of await pendingMessages(app.database.db)) {
    // Channels that get the same message (same report, same rules) are listed together.
    const key = `${m.alert.incidentId}|${m.alert.kind}|${m.alert.link}|${m.alert.title}|${m.alert.rules.map((r) => r.id).join(',')}`;
    const entry = byAlert.get(key) ?? byAlert.set(key, { alert: m.alert, targets: [] }).get(key)!;
    entry.targets.push({ sink: m.sink, target: m.target });
  }
  return [...byAlert.values(), ...unrouted.map((alert) => ({ alert, targets: [] }))];
}

function targetText(t: { sink: SinkName; target: string }): string {
  return t.sink === 'console' ? 'the console' : `Discord channel ${t.target}`;
}

/** Prints what `poll --once` would have sent and where. */
export async function printDryRun(app: App, unrouted: readonly Alert[], out: Writable, json: boolean): Promise<void> {
  const entries = await wouldSend(app, unrouted);
  for (const { alert, targets } of entries) {
    if (json) {
      await writeOutput(out, `${JSON.stringify({ ...alertJson(alert), wouldGoTo: targets })}\n`);
      continue;
    }
    const where = targets.length
      ? targets.map(targetText).join(', ')
      : `nowhere: no channel subscribes to ${alert.rules.map((r) => r.id).join(' or ')} (/subscribe)`;
    await writeOutput(out, `${formatAlertText(alert)}\n  would go to: ${where}\n\n`);
  }
}
