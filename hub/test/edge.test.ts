import { request as httpRequest } from 'node:http';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './testHub';

/** A POST to /graphql as a hostile or careless client would send it. */
async function post(hub: TestHub, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const query = (source: string) => JSON.stringify({ query: source });

describe('the edge answers every request rightly', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ HUB_SCHEDULER: 'off' });
  });
  afterAll(() => hub.close());

  it('answers a body over the limit with 413, announced or not, instead of dropping the connection', async () => {
    const announced = await post(hub, JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(2_000_000) }));
    expect(announced.status).toBe(413);
    expect(announced.json().errors?.[0]).toMatchObject({ message: 'the request is larger than 1048576 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    // Chunked, so that the size shows only while reading.
    const chunked = await new Promise<number>((resolve, reject) => {
      const sent = httpRequest(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      sent.on('error', reject);
      for (let i = 0; i < 40; i += 1) sent.write('x'.repeat(64 * 1024));
      sent.end();
    });
    expect(chunked).toBe(413);
  });

  it('refuses queries over a limit with a 4xx and a sentence that says which limit', async () => {
    const tokens = await post(hub, query(`{ ${'__typename '.repeat(10_000)}}`));
    const aliases = await post(hub, query(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: offerings(first: 1) { totalCount }`).join(' ')} }`));
    const depth = await post(hub, query('{ offerings { edges { node { provider { offerings { edges { node { provider { offerings { edges { node { title } } } } } } } } } } } }'));
    const cost = await post(hub, query(`{ ${Array.from({ length: 12 }, (_, i) => `a${i}: offerings(first: 100) { edges { node { title occurrences { start } provider { name } } } }`).join(' ')} }`));
    expect(tokens.json().errors?.[0]).toMatchObject({ message: expect.stringMatching(/^the query is longer than 2000 tokens/), extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens' } });
    expect(aliases.json().errors?.[0]?.extensions).toMatchObject({ limit: expect.stringMatching(/tokens|aliases/) });
    expect(depth.json().errors?.[0]).toMatchObject({ message: 'the query is nested deeper than 10 levels (found 12)', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth' } });
    expect(cost.json().errors?.map((e) => e.extensions?.['limit'])).toContain('cost');
    const fewAliases = await post(hub, query(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: offerings(first: 1) { totalCount }`).join(' ')} }`));
    expect(fewAliases.json().errors?.[0]).toMatchObject({ message: 'the query uses more than 15 aliases (found 16)', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'aliases' } });
    for (const answer of [tokens, aliases, depth, cost, fewAliases]) {
      expect(answer.status).toBe(400);
      expect(answer.text).not.toMatch(/Syntax Error|stack/);
    }
  });

  it('answers a malformed Authorization header with 401, not as the public', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer two words', 'Token dch_abc', 'dch_abc']) {
      const answer = await post(hub, query('{ me { role } }'), { authorization });
      expect(answer.status, authorization).toBe(401);
      expect(answer.headers.get('www-authenticate'), authorization).toMatch(/^Bearer .*error="invalid_request"/);
    }
    const unknown = await post(hub, query('{ me { role } }'), { authorization: 'Bearer dch_unknown' });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    expect((await post(hub, query('{ me { role } }'))).json().data).toEqual({ me: { role: 'PUBLIC' } });
  });

  it('passes every audit of the GraphQL-over-HTTP spec (graphql-http)', async () => {
    const results = await Promise.all(serverAudits({ url: `${hub.url}/graphql`, fetchFn: fetch }).map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const failed = results.filter(({ result }) => result.status !== 'ok').map(({ name, result }) => `${name}: ${'reason' in result ? result.reason : ''}`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(61);
  });

  it('sends security headers everywhere, and lets only /embed be framed', async () => {
    for (const [path, accept] of [['/', 'text/html'], ['/partners', 'text/html'], ['/graphql', 'text/html'], ['/embed', 'text/html'], ['/graphql?query=%7B__typename%7D', 'application/json'], ['/export/offerings.csv', '*/*'], ['/health', '*/*'], ['/nowhere', '*/*']] as const) {
      const response = await fetch(`${hub.url}${path}`, { headers: { accept } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(csp, path).toMatch(/default-src '(self|none)'/);
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      if (path === '/embed') expect(csp).toMatch(/frame-ancestors \*/);
      else {
        expect(csp, path).toMatch(/frame-ancestors 'none'/);
        expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      }
      await response.arrayBuffer();
    }
  });
});

describe('rate limits and wrong keys', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ HUB_SCHEDULER: 'off', HUB_RATE_LIMIT_PER_ADDRESS: '20', HUB_RATE_LIMIT_PER_KEY: '30', HUB_WRONG_KEYS_ALLOWED: '3' });
  });
  afterAll(() => hub.close());

  it('gives each client address its budget, then 429 with Retry-After and RateLimit headers', async () => {
    const answers = [];
    for (let i = 0; i < 25; i += 1) answers.push(await post(hub, query('{ __typename }')));
    expect(answers.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers[0]!.headers.get('ratelimit-limit')).toBe('20');
    expect(answers[0]!.headers.get('ratelimit-remaining')).toBe('19');
    const refused = answers[20]!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.json().errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    // Exports count against the same budget.
    expect((await fetch(`${hub.url}/export/offerings.csv`)).status).toBe(429);
  });

  it('counts a key against its own budget, and makes an address that sends wrong keys wait longer each time', async () => {
    const key = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
    const withKey = await post(hub, query('{ me { role } }'), { authorization: `Bearer ${key}` });
    expect(withKey.status).toBe(200);
    expect(withKey.headers.get('ratelimit-limit')).toBe('30');
    const wrong = () => post(hub, query('{ me { role } }'), { authorization: 'Bearer dch_guessed' });
    for (let i = 0; i < 3; i += 1) expect((await wrong()).status).toBe(401);
    // Beyond the three allowed, each wrong key locks the address out twice as long: 1 s, then 2 s.
    expect((await wrong()).status).toBe(401);
    const locked = await post(hub, query('{ me { role } }'), { authorization: `Bearer ${key}` });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await wrong()).status).toBe(401);
    expect((await wrong()).headers.get('retry-after')).toBe('2');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    // The right key is let in again once the wait is over, and forgives the address.
    expect((await post(hub, query('{ me { role } }'), { authorization: `Bearer ${key}` })).json().data).toEqual({ me: { role: 'ADMIN' } });
  });
});

describe('the metrics', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ HUB_METRICS_PORT: '0' });
  });
  afterAll(() => hub.close());

  it('count requests by operation, errors by code, harvests by feed and the search queue, for admins or on a private port only', async () => {
    await post(hub, JSON.stringify({ query: 'query FindCourses { offerings(search: "Daten") { totalCount } }', operationName: 'FindCourses' }));
    await post(hub, query('{ offerings(after: "forged") { totalCount } }'));
    const admin = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Betrieb', providerId: null })).key;
    const partner = (await hub.providers!.keys.create({ role: 'PARTNER', name: 'VHS', providerId: 'vhs-leipzig' })).key;
    expect((await fetch(`${hub.url}/metrics`)).status).toBe(403);
    expect((await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${partner}` } })).status).toBe(403);
    const scraped = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${admin}` } });
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await scraped.text();
    expect(text).toMatch(/^hub_graphql_request_duration_seconds_count\{operation="FindCourses",type="query"\} 1$/m);
    expect(text).toMatch(/^hub_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]\d*$/m);
    expect(text).toMatch(/^hub_harvest_runs_total\{feed="vhs-leipzig-kurse",outcome="SUCCESS"\} [1-9]\d*$/m);
    expect(text).toMatch(/^hub_harvested_items_total\{feed="vhs-leipzig-kurse"\} \d+$/m);
    expect(text).toMatch(/^hub_database_duration_seconds_count\{database="catalog",operation="ingest"\} [1-9]/m);
    expect(text).toMatch(/^hub_search_queue_length 0$/m);
    expect(text).toMatch(/^hub_http_requests_total\{route="\/graphql",status="200"\} \d+$/m);
    expect(text).toMatch(/^hub_process_resident_memory_bytes \d+/m);
    // Nothing a visitor sent is in them: not the search word, not a made-up path.
    expect(text).not.toMatch(/Daten/);
    expect(hub.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(await (await fetch(hub.metricsUrl!)).text()).toMatch(/^hub_graphql_request_duration_seconds_count\{operation="FindCourses"/m);
  });
});
