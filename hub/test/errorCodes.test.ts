import { readdirSync, readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '@campus/schema';
import { log, publicError, StorageError } from '@campus/subgraph-runtime';
import { startTestHub, type TestHub } from './testHub';

let hub: TestHub;
let partnerKey = '';

interface Answer {
  status: number;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

async function ask(init: { body?: string; headers?: Record<string, string>; query?: string; method?: string }, url = hub.url): Promise<Answer> {
  const response = await fetch(`${url}/graphql${init.query ?? ''}`, { method: init.method ?? 'POST', headers: { 'content-type': 'application/json', ...init.headers }, ...(init.body === undefined ? {} : { body: init.body }) });
  const body = (await response.json()) as { errors?: Answer['errors'] };
  return { status: response.status, errors: body.errors ?? [] };
}

const sendQuery = (query: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) => ask({ body: JSON.stringify({ query, ...extra }), headers });

beforeAll(async () => {
  hub = await startTestHub({ HUB_SCHEDULER: 'off' });
  partnerKey = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'VHS' })).key;
});
afterAll(() => hub.close());

describe('error codes', () => {
  const cases: [ErrorCode, () => Promise<Answer>, number, Record<string, unknown>?][] = [
    ['BAD_REQUEST', () => ask({ body: '{"query": ' }), 400],
    ['PAYLOAD_TOO_LARGE', () => sendQuery(`{ __typename }`, { padding: 'x'.repeat(2 * 1024 * 1024) }), 413],
    ['GRAPHQL_PARSE_FAILED', () => sendQuery('{ offerings('), 200],
    ['GRAPHQL_VALIDATION_FAILED', () => sendQuery('{ nonsense }'), 200],
    ['OPERATION_RESOLUTION_FAILURE', () => sendQuery('query A { __typename } query B { __typename }'), 400],
    ['OPERATION_RESOLUTION_FAILURE', () => sendQuery('query A { __typename }', { operationName: 'C' }), 400],
    ['BAD_USER_INPUT', () => sendQuery('query($n: Int) { offerings(first: $n) { totalCount } }', { variables: { n: 500 } }), 400, { argument: 'first' }],
    ['QUERY_TOO_COMPLEX', () => sendQuery(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: offerings(first: 1) { totalCount }`).join(' ')} }`), 400, { limit: 'aliases' }],
    ['PERSISTED_QUERY_NOT_FOUND', () => ask({ method: 'GET', query: `?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } }))}`, headers: { 'apollo-require-preflight': 'true' } }), 200],
    ['UNAUTHENTICATED', () => sendQuery('{ me { role } }', {}, { authorization: 'Basic dXNlcjpwYXNz' }), 401],
    ['FORBIDDEN', () => sendQuery('{ auditLog { action } }', {}, { authorization: `Bearer ${partnerKey}` }), 200],
  ];

  it.each(cases)('%s is what the API answers, with its HTTP status and details', async (code, request, status, details = {}) => {
    const answer = await request();
    expect(answer.status).toBe(status);
    expect(answer.errors[0]?.extensions).toMatchObject({ code, ...details });
    expect(answer.errors[0]?.message).not.toMatch(/Cannot read|undefined|stack|at \w+ \(/);
  });

  it('RATE_LIMITED tells when to try again', async () => {
    const limited = await startTestHub({ HUB_SCHEDULER: 'off', HUB_RATE_LIMIT_PER_ADDRESS: '2' });
    try {
      const answers = [];
      for (let i = 0; i < 3; i += 1) answers.push(await ask({ body: JSON.stringify({ query: '{ __typename }' }) }, limited.url));
      expect(answers.at(-1)).toMatchObject({ status: 429, errors: [{ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } }] });
    } finally {
      await limited.close();
    }
  });

  it('STORAGE_UNAVAILABLE and INTERNAL_SERVER_ERROR say what a caller may know, and no more', () => {
    const refused = publicError(new GraphQLError('x', { originalError: new StorageError('the feed', 'the disk is full', { cause: new Error('SQLITE_FULL') }) }));
    expect(refused.message).toBe('the feed could not be stored: the disk is full');
    expect(refused.extensions['code']).toBe('STORAGE_UNAVAILABLE');
    // The bug's own words go to the log, which this test need not show.
    const level = log.level;
    log.level = 'silent';
    const bug = publicError(new GraphQLError('x', { originalError: new TypeError("Cannot read properties of undefined (reading '0')") }));
    log.level = level;
    expect(bug.message).toBe('internal error');
    expect(bug.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('are all documented in docs/api.md, and each is produced by a test', () => {
    const guide = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
    const documented = [...guide.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(ERROR_CODES).sort());
    const tests = readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('.test.ts')).map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\n');
    for (const code of Object.keys(ERROR_CODES)) expect(tests.includes(`'${code}'`), code).toBe(true);
  });

  it('the guide is served by the hub, and the first tab of GraphiQL points to it', async () => {
    const guide = await fetch(`${hub.url}/docs/api.md`);
    expect(guide.status).toBe(200);
    expect(guide.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await guide.text()).toContain('## Errors and their codes');
    const graphiql = await (await fetch(`${hub.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(graphiql).toContain('/docs/api.md');
  });
});
