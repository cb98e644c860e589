import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs on stderr (stdout carries `--json` alerts and `analyze` output). JSON lines for
 * machines; a readable format when stderr is a terminal.
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  if (process.stderr.isTTY) {
    return pino({
      level,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true, translateTime: 'SYS:HH:MM:ss' } },
    });
  }
  return pino({ level }, pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = pino({ level: 'silent' });
