import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCommand, type HubProcess } from './processes';
import { README_QUERIES } from './readmeQueries';
import { startServices, type Services } from './services';
import { startTestHub, type TestHub } from './testHub';


function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

type Answer = { status: number; data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function ask(url: string, query: string, key?: string): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query }) });
  return { status: response.status, ...((await response.json()) as object) };
}

/**
 * Hive Gateway, the production router, in front of the same separately running subgraphs as two of
 * the hub's own gateways: it serves the supergraph the hub composed, unchanged, with the hub's
 * configuration for keys (hub/hive/gateway.config.ts), and all three answer alike.
 */
describe('a production router in front of the services', () => {
  let services: Services;
  let first: TestHub;
  let second: TestHub;
  let hive: HubProcess;
  let hiveUrl: string;

  beforeAll(async () => {
    services = await startServices();
    [first, second] = await Promise.all([startTestHub(services.gatewayEnv({ HUB_KEY_CACHE_SECONDS: '1' })), startTestHub(services.gatewayEnv({ HUB_KEY_CACHE_SECONDS: '1' }))]);
    const port = await freePort();
    // What `npx hive-gateway supergraph … -c hub/hive/gateway.config.ts` runs, with the settings the README names.
    hive = await startCommand(
      [process.execPath, 'node_modules/@graphql-hive/gateway/dist/bin.js', 'supergraph', first.supergraphPath, '-c', 'hub/hive/gateway.config.ts', '-p', String(port), '-h', '127.0.0.1'],
      services.gatewayEnv({ HUB_KEY_CACHE_SECONDS: '1', HUB_DATA_DIR: first.dataDir }),
      /Listening on (http:\/\/127\.0\.0\.1:\d+)/,
    );
    hiveUrl = `${hive.url}/graphql`;
  });

  afterAll(async () => {
    hive?.killAll();
    await hive?.exited;
    await Promise.all([first?.close(), second?.close()]);
    await services?.stop();
  });

  it('answers the README\'s example queries as the hub\'s own gateways do, and those two alike', async () => {
    expect(README_QUERIES.length).toBeGreaterThanOrEqual(3);
    const found: number[] = [];
    for (const query of README_QUERIES) {
      const [own, replica, router] = await Promise.all([ask(`${first.url}/graphql`, query), ask(`${second.url}/graphql`, query), ask(hiveUrl, query)]);
      expect(own.errors, query).toBeUndefined();
      found.push((own.data as { offerings: { totalCount: number } }).offerings.totalCount);
      expect(replica.data, query).toEqual(own.data);
      expect(router.data, query).toEqual(own.data);
    }
    expect(found.filter((count) => count > 0).length).toBeGreaterThanOrEqual(2);
  });

  it("carries a partner's key and mutation through, and refuses wrong and revoked keys", async () => {
    const { id, key } = await services.providers.keys.create({ role: 'PARTNER', name: 'vhs', providerId: 'vhs-leipzig' });
    const change = (description: string) => `mutation { updateProvider(id: "vhs-leipzig", input: { description: "${description}" }) { __typename ... on ProviderChanged { provider { id description } } } }`;
    const described = '{ provider(id: "vhs-leipzig") { description } }';

    const throughHive = await ask(hiveUrl, change('Kurse für alle, über Hive'), key);
    expect(throughHive.errors).toBeUndefined();
    expect(throughHive.data).toEqual({ updateProvider: { __typename: 'ProviderChanged', provider: { id: 'vhs-leipzig', description: 'Kurse für alle, über Hive' } } });
    expect((await ask(`${second.url}/graphql`, described)).data).toEqual({ provider: { description: 'Kurse für alle, über Hive' } });

    const throughOwn = await ask(`${first.url}/graphql`, change('Kurse für alle'), key);
    expect(throughOwn.data).toEqual({ updateProvider: { __typename: 'ProviderChanged', provider: { id: 'vhs-leipzig', description: 'Kurse für alle' } } });
    expect((await ask(hiveUrl, described)).data).toEqual({ provider: { description: 'Kurse für alle' } });
    // A partner may not change another provider through either.
    const other = 'mutation { updateProvider(id: "htwk-leipzig", input: { description: "x" }) { __typename } }';
    expect((await ask(hiveUrl, other, key)).data).toEqual((await ask(`${first.url}/graphql`, other, key)).data);
    expect((await ask(hiveUrl, other, key)).data).toEqual({ updateProvider: { __typename: 'NotAllowed' } });

    expect(await ask(hiveUrl, '{ me { role } }', 'dch_no-such-key')).toMatchObject({ status: 401, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    await services.providers.keys.revoke(id);
    await expect.poll(async () => (await ask(hiveUrl, '{ me { role } }', key)).status, { timeout: 4000, interval: 100 }).toBe(401);
    await expect.poll(async () => (await ask(`${second.url}/graphql`, '{ me { role } }', key)).status, { timeout: 4000, interval: 100 }).toBe(401);
  });

  it('keeps the internal operations out of its API too', async () => {
    const internal = await ask(hiveUrl, '{ keyIdentity(key: "x") { role } }');
    expect(internal.errors?.[0]?.message).toMatch(/keyIdentity/);
    expect(internal.data ?? null).toBeNull();
  });
});
