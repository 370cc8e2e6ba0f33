import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ProviderConfig } from '@campus/schema';
import { DatabaseUrlError } from '@campus/subgraph-runtime';
import { POSTGRES_TARGETS, SERVER_SKIPPED, storagesOf, suiteStores } from '@campus/subgraph-runtime/test/storageTargets';
import { ApiKeys } from '../src/apiKeys';
import { openProvidersStore } from '../src/db/openProvidersStore';

const PROVIDERS: ProviderConfig[] = [
  { id: 'vhs-leipzig', name: 'Volkshochschule Leipzig', kind: 'ADULT_EDUCATION', website: 'https://www.vhs-leipzig.de', description: null, contact: null },
  { id: 'htwk-leipzig', name: 'HTWK Leipzig', kind: 'UNIVERSITY', website: null, description: null, contact: null },
  { id: 'uni-leipzig', name: 'Universität Leipzig', kind: 'UNIVERSITY', website: null, description: null, contact: null },
];

if (SERVER_SKIPPED) console.log(SERVER_SKIPPED);

/** Each storage the providers service runs on, opened fresh. */
const STORAGES = storagesOf((target) => openProvidersStore(target.kind === 'sqlite' ? target.dataDir : '', target.kind === 'sqlite' ? { kind: 'sqlite' } : target));

describe.each(STORAGES)('the providers storage on $name', (storage) => {
  const { fresh, keep } = suiteStores(storage);

  it("follows the operator's configuration and pages providers by name", async () => {
    const { store } = await fresh();
    await store.applyConfig(PROVIDERS, '2026-12-01T10:00:00.000Z');
    await store.applyConfig([{ ...PROVIDERS[1]!, name: 'HTWK Leipzig (Hochschule)' }], '2026-12-02T10:00:00.000Z');
    expect((await store.allProviders()).map((p) => p.name)).toEqual(['HTWK Leipzig (Hochschule)', 'Universität Leipzig', 'Volkshochschule Leipzig']);
    expect(await store.countProviders()).toBe(3);
    const firstPage = await store.providersAfter(null, 2);
    expect(firstPage.map((p) => p.id)).toEqual(['htwk-leipzig', 'uni-leipzig']);
    expect((await store.providersAfter([firstPage[1]!.name, firstPage[1]!.id], 2)).map((p) => p.id)).toEqual(['vhs-leipzig']);
    expect((await store.providersById(['vhs-leipzig', 'nobody'])).map((p) => p.id)).toEqual(['vhs-leipzig']);
    expect(await store.provider('htwk-leipzig')).toMatchObject({ name: 'HTWK Leipzig (Hochschule)', createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-02T10:00:00.000Z' });
  });

  it('makes, checks, pages, rotates and revokes keys, keeping only their hashes', async () => {
    const { store } = await fresh();
    await store.applyConfig(PROVIDERS, '2026-12-01T10:00:00.000Z');
    const keys = new ApiKeys(store);
    const admin = await keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null }, new Date('2026-12-01T11:00:00Z'));
    const partner = await keys.create({ role: 'PARTNER', name: 'VHS', providerId: 'vhs-leipzig' }, new Date('2026-12-01T12:00:00Z'));
    await keys.create({ role: 'PARTNER', name: 'Uni', providerId: 'uni-leipzig' }, new Date('2026-12-01T13:00:00Z'));
    await expect(keys.create({ role: 'PARTNER', name: 'x', providerId: 'nobody' })).rejects.toThrow('there is no provider "nobody"');

    expect(await keys.authenticate(admin.key)).toEqual({ role: 'ADMIN', keyId: admin.id });
    expect(await keys.authenticate(partner.key, new Date('2026-12-02T08:00:00Z'))).toEqual({ role: 'PARTNER', providerId: 'vhs-leipzig', keyId: partner.id });
    expect(await keys.authenticate('dch_unknown')).toBeNull();
    const listed = await keys.list();
    expect(listed.map((k) => k.name)).toEqual(['Uni', 'VHS', 'Stadt']);
    expect(listed.find((k) => k.id === partner.id)).toMatchObject({ lastUsedAt: '2026-12-02T08:00:00.000Z', revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(partner.key);

    const vhsOnly = await keys.page('vhs-leipzig', 10, null);
    expect([vhsOnly.rows.map((k) => k.name), vhsOnly.total]).toEqual([['VHS'], 1]);
    const firstTwo = await keys.page(null, 2, null);
    expect([firstTwo.rows.map((k) => k.name), firstTwo.total]).toEqual([['Uni', 'VHS'], 3]);
    const rest = await keys.page(null, 2, [firstTwo.rows[1]!.createdAt, firstTwo.rows[1]!.id]);
    expect(rest.rows.map((k) => k.name)).toEqual(['Stadt']);

    const successor = await keys.rotate(partner.id);
    expect(successor).not.toBeNull();
    expect(await keys.authenticate(partner.key)).toBeNull();
    expect(await keys.authenticate(successor!.key)).toEqual({ role: 'PARTNER', providerId: 'vhs-leipzig', keyId: successor!.id });
    expect(await keys.rotate(partner.id)).toBeNull();
    expect(await keys.owner(successor!.id)).toEqual({ role: 'PARTNER', providerId: 'vhs-leipzig' });
    expect(await keys.revoke(successor!.id)).toBe(true);
    expect(await keys.revoke(successor!.id)).toBe(false);
    expect(await keys.authenticate(successor!.key)).toBeNull();
  });

  it('keeps its rows when opened again: a database at the current migration is brought up to date, never rebuilt', async () => {
    const made = await fresh();
    await made.store.applyConfig(PROVIDERS, '2026-12-01T10:00:00.000Z');
    const key = await new ApiKeys(made.store).create({ role: 'ADMIN', name: 'Stadt', providerId: null });
    const again = await made.reopen();
    keep(again);
    expect(await again.countProviders()).toBe(3);
    expect(await new ApiKeys(again).authenticate(key.key)).toEqual({ role: 'ADMIN', keyId: key.id });
  });
});

describe.each(POSTGRES_TARGETS)('a PostgreSQL database of another application ($name)', (target) => {
  it('is refused in one sentence naming DATABASE_URL, and left as it was', async () => {
    const database = await target.fresh();
    const connection = await database.connect();
    try {
      await connection.db.execute(sql`CREATE SCHEMA providers`);
      await connection.db.execute(sql`CREATE TABLE providers.orders (id int)`);
      const opening = openProvidersStore('', { kind: 'postgres', connection });
      await expect(opening).rejects.toThrow(DatabaseUrlError);
      await expect(opening).rejects.toThrow('DATABASE_URL points at a database whose "providers" schema holds tables the hub did not make (orders): another application\'s? Give the hub a database of its own');
      await expect(connection.db.execute(sql`SELECT count(*)::int AS n FROM providers.orders`)).resolves.toBeTruthy();
    } finally {
      await connection.close();
      await database.drop();
    }
  });
});
