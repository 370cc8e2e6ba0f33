import { closeSync, fsyncSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './observability/logger';

/** Why storage could not serve a write (or a read), in words an operator or partner can act on; null for any other error. */
export function storageFailureOf(error: unknown): string | null {
  if (error instanceof StorageReadError) return error.reason;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // node-postgres' own words for a pool or query that waited too long, which carry no code.
  if (message === 'Query read timeout' || message === 'timeout exceeded when trying to connect' || message === 'Connection terminated unexpectedly') return 'the database server cannot be reached';
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'the data folder is read-only';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'the disk could not be written';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the database file cannot be opened';
  // PostgreSQL's own codes (a full disk on the server; the server gone or shutting down) and the driver's.
  if (code === '53100') return "the database server's disk is full";
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08003', '08006'].includes(code)) return 'the database server cannot be reached';
  return null;
}

/** A read that storage could not serve, told by another thread (a search thread): the reason it gave. */
export class StorageReadError extends Error {
  constructor(readonly reason: string) {
    super(`the data could not be read: ${reason}`);
  }
}

/** A write that storage refused: its plain reason travels as the message. */
export class StorageError extends Error {
  constructor(
    readonly what: string,
    readonly reason: string,
    options: { cause: unknown },
  ) {
    super(`${what} could not be stored: ${reason}`, options);
  }
}

const PROBE_EVERY_MS = 2_000;
const PROBE_BYTES = 64 * 1024;

/**
 * Whether one database can write: its last write and, every few seconds at most, a small file
 * written and synced in its folder (SQLite may still fit a small write in pages it already has on
 * a full disk, so that the folder is the truer test). The writes that matter go through `write`,
 * which remembers a refusal for /health and turns it into a StorageError with plain words.
 */
export class WriteHealth {
  #lastFailure: { at: number; reason: string } | null = null;
  #probe: { at: number; reason: string | null } | null = null;

  /** @param folder the data folder a file database lives in, probed for room; null for a database server. */
  constructor(
    readonly name: string,
    private readonly folder: string | null,
  ) {}

  write<T>(what: string, work: () => T): T {
    let result: T;
    try {
      result = work();
    } catch (error) {
      throw this.#failed(what, error);
    }
    if (result instanceof Promise) {
      return result.then(
        (value: unknown) => this.#succeeded(value),
        (error: unknown) => {
          throw this.#failed(what, error);
        },
      ) as T;
    }
    return this.#succeeded(result);
  }

  #succeeded<T>(value: T): T {
    this.#lastFailure = null;
    return value;
  }

  #failed(what: string, error: unknown): unknown {
    const reason = storageFailureOf(error);
    if (reason === null) return error;
    this.#lastFailure = { at: Date.now(), reason };
    log.error({ part: this.name, what, reason, code: (error as { code?: string }).code }, 'a write failed');
    return new StorageError(what, reason, { cause: error });
  }

  /** The same resolvers, each run as a write (`what` names it in the error), for a subgraph's mutations. */
  writing<R extends object>(what: string, resolvers: R): R {
    return Object.fromEntries(
      Object.entries(resolvers).map(([name, resolve]) => [name, typeof resolve === 'function' ? (...args: unknown[]) => this.write(what, () => resolve(...args)) : resolve]),
    ) as R;
  }

  /** A refusal seen by another connection to the same database (a harvest thread's ingest). */
  refused(reason: string): void {
    this.#lastFailure = { at: Date.now(), reason };
  }

  /** Null when the database can write, else why not. A folder written to since the last refusal clears it. */
  problem(now = Date.now()): string | null {
    if (!this.#probe || now - this.#probe.at > PROBE_EVERY_MS) this.#probe = { at: now, reason: this.folder === null ? null : probeFolder(this.folder) };
    if (this.#probe.reason === null && this.#lastFailure && this.#probe.at > this.#lastFailure.at) this.#lastFailure = null;
    return this.#probe.reason ?? this.#lastFailure?.reason ?? null;
  }
}

function probeFolder(folder: string): string | null {
  const file = join(folder, `.write-check-${process.pid}`);
  try {
    const fd = openSync(file, 'w');
    try {
      // As much as a small transaction needs: a disk with a few bytes left is full for a database.
      writeSync(fd, Buffer.alloc(PROBE_BYTES));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      unlinkSync(file);
    }
    return null;
  } catch (error) {
    return storageFailureOf(error) ?? 'the data folder cannot be written';
  }
}
