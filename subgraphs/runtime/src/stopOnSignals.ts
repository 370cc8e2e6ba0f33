import { log } from './observability/logger';

/**
 * On SIGTERM or SIGINT, runs `stop` once (it finishes what is in flight) and then exits; a second
 * signal while stopping changes nothing, so an impatient supervisor cannot cut the grace period short.
 */
export function stopOnSignals(part: string, stop: () => Promise<unknown>): void {
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ part, signal }, 'stopping: finishing what is in flight');
    stop().then(
      () => {
        log.info({ part }, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ part, err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
