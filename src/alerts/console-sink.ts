import type { Writable } from 'node:stream';
import { alertJson } from './alert.js';
import { formatAlertText } from './format-text.js';
import type { Delivery, DeliveryResult, Sink } from './sink.js';

/** Prints alerts: readable text, or one JSON object per line with `json`. */
export class ConsoleSink implements Sink {
  constructor(
    private readonly out: Writable,
    private readonly json: boolean,
  ) {}

  async deliver({ alert }: Delivery): Promise<DeliveryResult> {
    const text = this.json ? JSON.stringify(alertJson(alert)) : `${formatAlertText(alert)}\n`;
    await new Promise<void>((resolve, reject) => this.out.write(`${text}\n`, (err) => (err ? reject(err) : resolve())));
    return { status: 'sent', messageId: null };
  }
}
