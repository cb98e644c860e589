import { readlinkSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { alertJson } from './alert.js';
import { formatAlertText } from './format-text.js';
import { type Delivery, type DeliveryResult, type Sink, SinkClosedError } from './sink.js';

/** Where a stream writes, for messages: the file or device behind its descriptor when known. */
function outputName(out: Writable): string {
  const fd = (out as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return 'the output';
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return fd === 1 ? 'standard output' : `file descriptor ${fd}`;
  }
}

/**
 * Writes text and waits until the stream took it. A reader that went away (EPIPE) or a failing
 * device (ENOSPC: disk full, EIO…) ends in a SinkClosedError whose one line names the output.
 */
export function writeOutput(out: Writable, text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const fail = (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') reject(new SinkClosedError('the reader of the output went away', true));
      else if (err.code === 'ENOSPC') reject(new SinkClosedError(`cannot write to ${outputName(out)}: no space left on the device`, false));
      else reject(new SinkClosedError(`cannot write to ${outputName(out)}: ${err.message}`, false));
    };
    if (out.destroyed) return fail(Object.assign(new Error('closed'), { code: 'ERR_STREAM_DESTROYED' }));
    out.write(text, (err) => (err ? fail(err) : resolve()));
  });
}

/**
 * Prints alerts: readable text, or one JSON object per line with `json`. An alert counts as
 * delivered once the stream took it; a crash between that and recording it prints it again.
 */
export class ConsoleSink implements Sink {
  constructor(
    private readonly out: Writable,
    private readonly json: boolean,
  ) {}

  async deliver({ alert }: Delivery): Promise<DeliveryResult> {
    const text = this.json ? JSON.stringify(alertJson(alert)) : `${formatAlertText(alert)}\n`;
    await writeOutput(this.out, `${text}\n`);
    return { status: 'sent', messageId: null };
  }
}
