import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import { startTestHub, type TestHub } from './testHub';

let hub: TestHub;
const keys: Record<'vhs' | 'uni' | 'admin', string> = { vhs: '', uni: '', admin: '' };

async function as(who: keyof typeof keys | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${keys[who]}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, { __typename: string; provider?: Record<string, unknown>; key?: string; id?: string }>; errors?: { message: string }[] };
}

const RESULT = `__typename ... on ProviderChanged { provider { id name kind description contact } } ... on NotAllowed { message } ... on NotFound { message }`;
const KEY_RESULT = `__typename ... on ApiKeyIssued { id key } ... on ApiKeyRevoked { id } ... on NotAllowed { message } ... on NotFound { message }`;

beforeAll(async () => {
  hub = await startTestHub({ HUB_SCHEDULER: 'off' });
  keys.vhs = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'VHS' })).key;
  keys.uni = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'uni-leipzig', name: 'Uni' })).key;
  keys.admin = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
});
afterAll(() => hub.close());

describe('providers', () => {
  it('are added by admins only, and found by search under their name at once', async () => {
    const input = { id: 'stadtbibliothek', name: 'Leipziger Städtische Bibliotheken', kind: 'CITY', website: 'https://stadtbibliothek.leipzig.de' };
    expect((await as('vhs', `mutation($input: ProviderInput!) { createProvider(input: $input) { ${RESULT} } }`, { input })).data!['createProvider']).toMatchObject({ __typename: 'NotAllowed' });
    expect((await as('admin', `mutation($input: ProviderInput!) { createProvider(input: $input) { ${RESULT} } }`, { input })).data!['createProvider']).toMatchObject({ __typename: 'ProviderChanged', provider: { id: 'stadtbibliothek', kind: 'CITY' } });
    const facets = await hub.query(graphql(`query LibraryOfferings { offerings(filter: { providerIds: ["stadtbibliothek"] }) { totalCount } }`));
    expect(facets.errors).toBeUndefined();
  });

  it('are edited by their own partner (description, contact), not by others, and not renamed by partners', async () => {
    const update = (who: keyof typeof keys, id: string, input: Record<string, unknown>) => as(who, `mutation($id: ID!, $input: ProviderUpdate!) { updateProvider(id: $id, input: $input) { ${RESULT} } }`, { id, input });
    expect((await update('vhs', 'vhs-leipzig', { description: 'Kurse für alle', contact: 'kurse@vhs.example' })).data!['updateProvider']).toMatchObject({ provider: { description: 'Kurse für alle', contact: 'kurse@vhs.example' } });
    expect((await update('uni', 'vhs-leipzig', { description: 'übernommen' })).data!['updateProvider']).toMatchObject({ __typename: 'NotAllowed' });
    expect((await update('vhs', 'vhs-leipzig', { name: 'VHS' })).data!['updateProvider']).toMatchObject({ __typename: 'NotAllowed' });
    expect((await update('admin', 'vhs-leipzig', { name: 'Volkshochschule Leipzig e.V.' })).data!['updateProvider']).toMatchObject({ provider: { name: 'Volkshochschule Leipzig e.V.' } });
  });

  it('keep no markup that runs, no link that is not http(s), and no text beyond its limit', async () => {
    const UPDATE = `mutation($input: ProviderUpdate!) { updateProvider(id: "vhs-leipzig", input: $input) { ${RESULT} } }`;
    const hostile = await as('vhs', UPDATE, {
      input: { description: '<p>Kurse <b>für alle</b></p><img src=x onerror=alert(document.domain)><script>alert(1)</script><a href="javascript:alert(1)">hier</a>', contact: '<img src=x onerror=alert(1)>kurse@vhs.example <script>alert(1)</script>' },
    });
    expect(hostile.data!['updateProvider']!.provider).toMatchObject({ description: '<p>Kurse <b>für alle</b></p><a>hier</a>', contact: 'kurse@vhs.example' });
    for (const website of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'vhs.example']) {
      const refused = await as('vhs', UPDATE, { input: { website } });
      expect(refused.errors?.[0], website).toMatchObject({ message: expect.stringMatching(/website: must be an http\(s\) URL/), extensions: { code: 'BAD_USER_INPUT', argument: 'input.website' } });
    }
    const long = await as('vhs', UPDATE, { input: { description: 'x'.repeat(100_000) } });
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.description' } });
    const named = await as('admin', UPDATE, { input: { name: '<script>alert(1)</script>Volkshochschule Leipzig' } });
    expect(named.data!['updateProvider']!.provider).toMatchObject({ name: 'Volkshochschule Leipzig' });
  });
});

describe('API keys through the API', () => {
  it('are made by a partner for its own provider only, shown once and listed without the key', async () => {
    const made = await as('vhs', `mutation { createApiKey(name: "Zweitschlüssel") { ${KEY_RESULT} } }`);
    expect(made.data!['createApiKey']).toMatchObject({ __typename: 'ApiKeyIssued', key: expect.stringMatching(/^dch_/) });
    expect((await as('vhs', `mutation { createApiKey(name: "x", role: "ADMIN") { ${KEY_RESULT} } }`)).data!['createApiKey']).toMatchObject({ __typename: 'NotAllowed' });
    expect((await as('vhs', `mutation { createApiKey(name: "x", providerId: "uni-leipzig") { ${KEY_RESULT} } }`)).data!['createApiKey']).toMatchObject({ __typename: 'NotAllowed' });
    const listed = await as('vhs', '{ apiKeys { id providerId } }');
    const ids = (listed.data!['apiKeys'] as unknown as { id: string; providerId: string }[]);
    expect(ids.every((k) => k.providerId === 'vhs-leipzig')).toBe(true);
    expect(JSON.stringify(listed)).not.toContain('dch_');
  });

  it('are rotated and revoked by their own partner only', async () => {
    const uniKeys = (await as('uni', '{ apiKeys { id } }')).data!['apiKeys'] as unknown as { id: string }[];
    const uniKeyId = uniKeys[0]!.id;
    expect((await as('vhs', `mutation($id: ID!) { revokeApiKey(id: $id) { ${KEY_RESULT} } }`, { id: uniKeyId })).data!['revokeApiKey']).toMatchObject({ __typename: 'NotAllowed' });
    const rotated = await as('uni', `mutation($id: ID!) { rotateApiKey(id: $id) { ${KEY_RESULT} } }`, { id: uniKeyId });
    expect(rotated.data!['rotateApiKey']).toMatchObject({ __typename: 'ApiKeyIssued' });
    const old = keys.uni;
    keys.uni = rotated.data!['rotateApiKey']!.key!;
    expect((await as('uni', '{ apiKeys { id } }')).errors).toBeUndefined();
    const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${old}` }, body: JSON.stringify({ query: '{ apiKeys { id } }' }) });
    expect(response.status).toBe(401);
  });

  it('tell the public nothing', async () => {
    expect((await as(null, '{ apiKeys { id } }')).data!['apiKeys']).toEqual([]);
  });
});
