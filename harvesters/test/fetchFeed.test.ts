import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressPolicy, type AddressPolicy } from '../src/fetch/addressPolicy';
import { DEFAULT_FETCH_LIMITS, FeedFetcher } from '../src/fetch/fetchFeed';

let server: Server;
let base: string;
/** Another service on the same machine, which no feed may reach. */
let secret: Server;
let secretPort: number;
let secretHits = 0;
const seenUserAgents: string[] = [];
let inFlight = 0;
let mostInFlight = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    seenUserAgents.push(request.headers['user-agent'] ?? '');
    const path = request.url ?? '/';
    if (path === '/feed') {
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      return void response.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end('<rss/>');
    }
    if (path === '/gzip') return void response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('x'.repeat(5000)));
    if (path === '/loop') return void response.writeHead(302, { location: '/loop' }).end();
    if (path === '/to-metadata') return void response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' }).end();
    if (path.startsWith('/to?')) return void response.writeHead(302, { location: decodeURIComponent(path.slice(4)) }).end();
    if (path === '/busy') return void response.writeHead(503, { 'retry-after': '120' }).end();
    if (path === '/slow') return void response.writeHead(200).write('<rss>');
    if (path === '/huge') {
      // 50 MB of feed, sent as fast as the client reads it.
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      let sent = 0;
      const pump = (): void => {
        while (sent < 50 && response.write(chunk)) sent += 1;
        if (sent >= 50) response.end();
        else response.once('drain', pump);
      };
      response.on('error', () => undefined);
      return pump();
    }
    if (path.startsWith('/queue')) {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      return void setTimeout(() => {
        inFlight -= 1;
        response.writeHead(200).end('<rss/>');
      }, 50);
    }
    return void response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  secret = createServer((_, response) => {
    secretHits += 1;
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>internal secret</title></item></channel></rss>');
  });
  await new Promise<void>((resolve) => secret.listen(0, '127.0.0.1', resolve));
  secretPort = (secret.address() as AddressInfo).port;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
  secret.close();
});

/** The feed server's one address and port, as an operator allows it. */
const allowLoopback = (): AddressPolicy => addressPolicy([new URL(base).host]);

/** Ways to name the other service, or any other address no feed may reach, directly or by a redirect. */
function attacks(): string[] {
  const q = secretPort;
  const direct = [
    `http://127.0.0.1:${q}/`,
    `http://localhost:${q}/`,
    `http://LOCALHOST:${q}/`,
    `http://2130706433:${q}/`,
    `http://127.1:${q}/`,
    `http://0x7f000001:${q}/`,
    `http://0177.0.0.1:${q}/`,
    `http://127.0.0.2:${q}/`,
    `http://[::ffff:127.0.0.1]:${q}/`,
    `http://[::ffff:7f00:1]:${q}/`,
    `http://[::1]:${q}/`,
    `http://0.0.0.0:${q}/`,
    `http://0:${q}/`,
    `http://user:pass@127.0.0.1:${q}/`,
    `https://127.0.0.1:${q}/`,
    `webcal://127.0.0.1:${q}/`,
    'http://169.254.169.254/latest/meta-data/',
    'http://100.100.100.200/latest/meta-data/',
    'http://10.1.2.3/feed',
    'http://172.16.0.1/feed',
    'http://192.168.1.10/feed',
    'http://[fd00::1]/feed',
    'http://[fe80::1]/feed',
    'http://[::]/feed',
    'http://224.0.0.1/feed',
    'http://255.255.255.255/feed',
    'file:///etc/passwd',
    'ftp://127.0.0.1/feed',
    'gopher://127.0.0.1:70/',
    'data:text/plain,hello',
  ];
  const redirected = [
    `http://127.0.0.1:${q}/secret`,
    `http://localhost:${q}/`,
    `http://[::ffff:127.0.0.1]:${q}/`,
    `http://2130706433:${q}/`,
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/',
    'file:///etc/passwd',
    'gopher://127.0.0.1:70/',
    `//127.0.0.1:${q}/`,
  ].map((target) => `${base}/to?${encodeURIComponent(target)}`);
  return [...direct, ...redirected];
}

describe('the feed fetcher', () => {
  it('refuses loopback and private addresses unless the operator allows them', async () => {
    const strict = new FeedFetcher(addressPolicy([]));
    expect(await strict.fetch(`${base}/feed`, null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/127\.0\.0\.1 is a loopback address/) });
    expect(await strict.fetch(base.replace('127.0.0.1', 'localhost') + '/feed', null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/loopback/) });
    expect(await strict.fetch('http://10.1.2.3/feed', null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/private/) });
    expect(await strict.fetch('file:///etc/passwd', null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/only http and https/) });
    await strict.close();
  });

  it('allows an exact address and port, and never another port of that address nor any other refused address', async () => {
    const fetcher = new FeedFetcher(allowLoopback(), { ...DEFAULT_FETCH_LIMITS, timeoutMs: 2000 });
    expect(await fetcher.fetch(`${base}/feed`, null)).toMatchObject({ kind: 'fetched' });
    const list = attacks();
    expect(list).toHaveLength(39);
    for (const url of list) {
      const outcome = await fetcher.fetch(url, null);
      expect(outcome, url).toMatchObject({ kind: 'failed', refused: true });
    }
    expect(secretHits).toBe(0);
    await fetcher.close();
  });

  it('reads an allowance as an address with its port, and says what is wrong with any other', () => {
    expect(addressPolicy(['127.0.0.1:4010', '[::1]:8080', '[::ffff:10.0.0.5]:443']).allowed).toEqual([
      { address: '127.0.0.1', port: 4010 },
      { address: '0:0:0:0:0:0:0:1', port: 8080 },
      { address: '10.0.0.5', port: 443 },
    ]);
    for (const wrong of ['127.0.0.1', '10.0.0.0/8', 'intranet.local:80', '127.0.0.1:0', '127.0.0.1:70000']) {
      expect(() => addressPolicy([wrong]), wrong).toThrow(/not an address and port such as 127\.0\.0\.1:4010/);
    }
  });

  it('describes a failed TLS handshake in plain words, without the TLS library\'s internals', async () => {
    const fetcher = new FeedFetcher(addressPolicy([new URL(base).host]));
    const outcome = await fetcher.fetch(base.replace('http:', 'https:') + '/feed', null);
    expect(outcome).toMatchObject({ kind: 'failed', error: 'the secure connection (TLS) could not be set up; does the server speak https on this port?' });
    await fetcher.close();
  });

  it('checks every redirect against the address policy and stops redirect loops', async () => {
    const fetcher = new FeedFetcher(allowLoopback());
    expect(await fetcher.fetch(`${base}/to-metadata`, null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/169\.254\.169\.254 is a linkLocal address/) });
    expect(await fetcher.fetch(`${base}/loop`, null)).toMatchObject({ kind: 'failed', error: 'more than 5 redirects' });
    await fetcher.close();
  });

  it('answers a matching ETag with not-modified, names itself and decompresses', async () => {
    const fetcher = new FeedFetcher(allowLoopback());
    const first = await fetcher.fetch(`${base}/feed`, null);
    expect(first).toMatchObject({ kind: 'fetched', validators: { etag: '"v1"' }, contentType: 'application/rss+xml' });
    expect(await fetcher.fetch(`${base}/feed`, { etag: '"v1"', lastModified: null })).toEqual({ kind: 'not-modified' });
    const gzip = await fetcher.fetch(`${base}/gzip`, null);
    expect(gzip.kind === 'fetched' ? gzip.bytes.length : 0).toBe(5000);
    expect(seenUserAgents).toContain(DEFAULT_FETCH_LIMITS.userAgent);
    await fetcher.close();
  });

  it('sends at most two requests at a time to one host', async () => {
    const fetcher = new FeedFetcher(allowLoopback());
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => fetcher.fetch(`${base}/queue/${i}`, null)));
    expect(outcomes.every((o) => o.kind === 'fetched')).toBe(true);
    expect(mostInFlight).toBe(2);
    await fetcher.close();
  });

  it('stops reading a 50 MB feed at the default limit of 20 MiB', async () => {
    const fetcher = new FeedFetcher(allowLoopback());
    expect(await fetcher.fetch(`${base}/huge`, null)).toMatchObject({ kind: 'failed', error: 'the feed is larger than 20 MiB' });
    await fetcher.close();
  });

  it('gives up on bodies over the limit, servers that never finish, and reports Retry-After', async () => {
    const small = new FeedFetcher(allowLoopback(), { ...DEFAULT_FETCH_LIMITS, maxBytes: 1000, timeoutMs: 500 });
    expect(await small.fetch(`${base}/gzip`, null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/larger than/) });
    expect(await small.fetch(`${base}/slow`, null)).toMatchObject({ kind: 'failed', error: 'no complete answer within 0.5 s' });
    expect(await small.fetch(`${base}/busy`, null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/HTTP 503/), retryAfterSeconds: 120 });
    await small.close();
  });
});
