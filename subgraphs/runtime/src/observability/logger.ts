import pino, { type Logger } from 'pino';

/**
 * The hub's one logger: structured JSON lines on standard output (pino), one object a line, for
 * whatever collects them. What partners and visitors send is not logged (no queries, no search
 * words, no keys, no addresses): a line says which request, which part, what happened and how long.
 */
export const log: Logger = pino({
  level: 'info',
  base: null,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: ['authorization', '*.authorization', 'key', '*.key'], censor: '[redacted]' },
});

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

