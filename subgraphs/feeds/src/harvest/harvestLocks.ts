import pg from 'pg';

const CONNECT_TIMEOUT_MS = 5_000;
const QUERY_TIMEOUT_MS = 15_000;

/** The lock's key: a 64-bit hash of the feed's id, apart from the keys of the hub's migrations. */
const LOCK_KEY = `hashtextextended('campus-harvest:' || $1, 0)`;

/**
 * The feeds this process is harvesting, held as PostgreSQL session locks on a connection of its own.
 * A job's lease can run out while a slow harvest still runs, and the other scheduler then takes the
 * job again; the lock keeps it from harvesting the feed a second time for as long as this process
 * lives, and the server lets go of it the moment the process dies and its connection closes.
 */
export class HarvestLocks {
  #client: Promise<pg.Client> | null = null;

  constructor(private readonly databaseUrl: string) {}

  /** Runs `harvest` holding the feed's lock; false, without running it, while another process holds it. */
  async holding(feedId: string, harvest: () => Promise<boolean>): Promise<boolean> {
    const client = await this.#connection();
    const { rows } = await client.query<{ held: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_KEY}) AS held`, [feedId]);
    if (rows[0]?.held !== true) return false;
    try {
      return await harvest();
    } finally {
      // A connection lost meanwhile took its locks with it: nothing is left to let go of.
      await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`, [feedId]).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const client = this.#client;
    this.#client = null;
    if (client) await (await client.catch(() => null))?.end().catch(() => undefined);
  }

  /** The lock connection, opened again after the server dropped it (a restart). */
  #connection(): Promise<pg.Client> {
    if (this.#client) return this.#client;
    const client = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS });
    const forget = () => {
      if (this.#client === opened) this.#client = null;
    };
    client.on('error', forget);
    client.on('end', forget);
    const opened = client.connect().then(
      () => client,
      (error: unknown) => {
        forget();
        throw error;
      },
    );
    this.#client = opened;
    return opened;
  }
}
