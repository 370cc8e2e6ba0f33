import { describe, expect, it } from 'vitest';
import { connectPostgres, DatabaseUrlError } from '../src/postgres';
import { SERVER_URL } from './storageTargets';

/** A DATABASE_URL that cannot be used stops start-up with one sentence naming it and the cause, never the password. */
describe('a DATABASE_URL that cannot be used', () => {
  it('names a server that does not answer', async () => {
    const opening = connectPostgres('postgres://hub:geheim@127.0.0.1:1/campus');
    await expect(opening).rejects.toThrow(DatabaseUrlError);
    await expect(opening).rejects.toThrow(/^DATABASE_URL cannot be used: no PostgreSQL server answers at 127\.0\.0\.1:1 \(connection refused\)$/);
  });

  it('names a URL that is none', async () => {
    await expect(connectPostgres('campus-db:5432')).rejects.toThrow('DATABASE_URL must be a URL such as postgres://hub:secret@10.0.0.9:5432/campus');
  });

  it.skipIf(!SERVER_URL)('names a refused password and a missing database, without the password', async () => {
    const wrong = new URL(SERVER_URL!);
    wrong.password = 'not-the-password';
    const refused = await connectPostgres(wrong.href).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(DatabaseUrlError);
    expect((refused as Error).message).toBe(`DATABASE_URL cannot be used: the server refused user "${wrong.username}" with that password`);
    const missing = new URL(SERVER_URL!);
    missing.pathname = '/no_such_database';
    await expect(connectPostgres(missing.href)).rejects.toThrow(`DATABASE_URL cannot be used: the database "no_such_database" does not exist on ${missing.hostname}:${missing.port}`);
  });
});
