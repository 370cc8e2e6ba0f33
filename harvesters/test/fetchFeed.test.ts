import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FETCH_LIMITS, FeedFetcher } from '../src/fetch/fetchFeed';

let server: Server;
let base: string;
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
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const allowLoopback = { allowPrivate: ['127.0.0.1'] };

describe('the feed fetcher', () => {
  it('refuses loopback and private addresses unless the operator allows them', async () => {
    const strict = new FeedFetcher({ allowPrivate: [] });
    expect(await strict.fetch(`${base}/feed`, null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/127\.0\.0\.1 is a loopback address/) });
    expect(await strict.fetch(base.replace('127.0.0.1', 'localhost') + '/feed', null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/loopback/) });
    expect(await strict.fetch('http://10.1.2.3/feed', null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/private/) });
    expect(await strict.fetch('file:///etc/passwd', null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/only http and https/) });
    await strict.close();
  });

  it('checks every redirect against the address policy and stops redirect loops', async () => {
    const fetcher = new FeedFetcher(allowLoopback);
    expect(await fetcher.fetch(`${base}/to-metadata`, null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/169\.254\.169\.254 is a linkLocal address/) });
    expect(await fetcher.fetch(`${base}/loop`, null)).toMatchObject({ kind: 'failed', error: 'more than 5 redirects' });
    await fetcher.close();
  });

  it('answers a matching ETag with not-modified, names itself and decompresses', async () => {
    const fetcher = new FeedFetcher(allowLoopback);
    const first = await fetcher.fetch(`${base}/feed`, null);
    expect(first).toMatchObject({ kind: 'fetched', validators: { etag: '"v1"' }, contentType: 'application/rss+xml' });
    expect(await fetcher.fetch(`${base}/feed`, { etag: '"v1"', lastModified: null })).toEqual({ kind: 'not-modified' });
    const gzip = await fetcher.fetch(`${base}/gzip`, null);
    expect(gzip.kind === 'fetched' ? gzip.bytes.length : 0).toBe(5000);
    expect(seenUserAgents).toContain(DEFAULT_FETCH_LIMITS.userAgent);
    await fetcher.close();
  });

  it('sends at most two requests at a time to one host', async () => {
    const fetcher = new FeedFetcher(allowLoopback);
    const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => fetcher.fetch(`${base}/queue/${i}`, null)));
    expect(outcomes.every((o) => o.kind === 'fetched')).toBe(true);
    expect(mostInFlight).toBe(2);
    await fetcher.close();
  });

  it('stops reading a 50 MB feed at the default limit of 20 MiB', async () => {
    const fetcher = new FeedFetcher(allowLoopback);
    expect(await fetcher.fetch(`${base}/huge`, null)).toMatchObject({ kind: 'failed', error: 'the feed is larger than 20 MiB' });
    await fetcher.close();
  });

  it('gives up on bodies over the limit, servers that never finish, and reports Retry-After', async () => {
    const small = new FeedFetcher(allowLoopback, { ...DEFAULT_FETCH_LIMITS, maxBytes: 1000, timeoutMs: 500 });
    expect(await small.fetch(`${base}/gzip`, null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/larger than/) });
    expect(await small.fetch(`${base}/slow`, null)).toMatchObject({ kind: 'failed', error: 'no complete answer within 0.5 s' });
    expect(await small.fetch(`${base}/busy`, null)).toMatchObject({ kind: 'failed', error: expect.stringMatching(/HTTP 503/), retryAfterSeconds: 120 });
    await small.close();
  });
});
