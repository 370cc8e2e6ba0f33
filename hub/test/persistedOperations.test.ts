import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import persisted from '@campus/gateway/operations/persisted-documents.json' with { type: 'json' };
import { startTestHub, type TestHub } from './testHub';

/** The widget's registered search, as its script sends it: by hash, in a GET. */
const [catalogueId, catalogueText] = Object.entries(persisted).find(([, text]) => text.includes('query Catalogue('))!;
const CATALOGUE_HASH = catalogueId.replace('sha256:', '');
const VARIABLES = { search: 'Daten', filter: {}, first: 5, after: null, lang: 'DE', facets: true };

const byHash = (hash: string, variables: object = VARIABLES) =>
  `/graphql?${new URLSearchParams({ operationName: 'Catalogue', variables: JSON.stringify(variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) })}`;

interface Answer {
  status: number;
  cacheControl: string | null;
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function ask(hub: TestHub, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${hub.url}${path}`, init);
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as Answer['body'] };
}

const post = (body: object, key?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
  body: JSON.stringify(body),
});

describe('persisted operations', () => {
  let open: TestHub;
  let strict: TestHub;
  let key = '';
  beforeAll(async () => {
    open = await startTestHub();
    strict = await startTestHub({ HUB_SCHEDULER: 'off', HUB_REGISTERED_OPERATIONS_ONLY: 'on' });
    key = (await strict.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'VHS' })).key;
  });
  afterAll(async () => {
    await open?.close();
    await strict?.close();
  });

  it('are registered at build time by the SHA-256 of their text', () => {
    expect(createHash('sha256').update(catalogueText).digest('hex')).toBe(CATALOGUE_HASH);
  });

  it("answer the widget's search by hash alone, as a GET that shared caches may keep", async () => {
    const answer = await ask(open, byHash(CATALOGUE_HASH));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data!['offerings'] as { totalCount: number }).totalCount).toBeGreaterThan(0);
    expect(answer.cacheControl).toBe('public, max-age=60');
    // The same question by its text gets the same answer.
    const byText = await ask(open, '/graphql', post({ query: catalogueText, variables: VARIABLES }));
    expect(byText.body).toEqual(answer.body);
  });

  it('are not kept by shared caches when asked with a key, or when the answer has errors', async () => {
    const keyed = await ask(strict, byHash(CATALOGUE_HASH), { headers: { authorization: `Bearer ${key}` } });
    expect(keyed.status).toBe(200);
    expect(keyed.cacheControl ?? '').not.toMatch(/public/);
    const wrong = await ask(open, byHash(CATALOGUE_HASH, { ...VARIABLES, first: 500 }));
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.cacheControl ?? '').not.toMatch(/public/);
  });

  it('answer an unknown hash with PersistedQueryNotFound and a malformed one with 400', async () => {
    const unknown = await ask(open, byHash('0'.repeat(64)));
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    for (const malformed of ['abc', 'Z'.repeat(64), 42]) {
      const answer = await ask(open, '/graphql', post({ operationName: 'Catalogue', variables: VARIABLES, extensions: { persistedQuery: { version: 1, sha256Hash: malformed } } }));
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('sha256Hash must be a SHA-256 hash'), extensions: { code: 'BAD_REQUEST' } });
    }
  });

  it('by default, any query runs without a key', async () => {
    const answer = await ask(open, '/graphql', post({ query: '{ offerings(first: 1) { totalCount } }' }));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  describe('with HUB_REGISTERED_OPERATIONS_ONLY on', () => {
    it('runs the registered operations without a key, by hash or by their text', async () => {
      expect((await ask(strict, byHash(CATALOGUE_HASH))).body.errors).toBeUndefined();
      expect((await ask(strict, '/graphql', post({ query: catalogueText, variables: VARIABLES }))).body.errors).toBeUndefined();
    });

    it('refuses any other operation from a caller without a key, naming the setting', async () => {
      const answer = await ask(strict, '/graphql', post({ query: '{ offerings(first: 1) { totalCount } }' }));
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
      expect(answer.body.errors?.[0]?.message).toContain('HUB_REGISTERED_OPERATIONS_ONLY');
      // The registered text changed by a single field is another operation.
      const altered = await ask(strict, '/graphql', post({ query: catalogueText.replace('totalCount', 'totalCount __typename'), variables: VARIABLES }));
      expect(altered.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
    });

    it('still runs any operation for a caller with a key, whose automatic persisted queries stay its own', async () => {
      const query = '{ offerings(first: 1) { totalCount } }';
      const hash = createHash('sha256').update(query).digest('hex');
      const keyed = await ask(strict, '/graphql', post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, key));
      expect(keyed.body.errors).toBeUndefined();
      // Registered by a keyed caller as an APQ, the hash does not open the door to callers without one.
      const keyless = await ask(strict, '/graphql', post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
      expect(keyless.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const again = await ask(strict, '/graphql', post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, key));
      expect(again.body.errors).toBeUndefined();
    });
  });
});
