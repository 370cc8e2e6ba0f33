import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarvestResult } from '@campus/harvesters';
import { BUNDLED_DEMO_CONFIG } from '../src/settings';
import { graphql } from './generated';
import { startTestHub, type TestHub } from './testHub';

/**
 * Hostile feed servers on 127.0.0.1, one attack at a time behind the same feed URL. For each, the
 * harvest ends within its limits with a reason a partner can read, searches keep answering while
 * it runs, memory stays bounded, and the five offerings the feed brought before are still there.
 */
const GOOD = Array.from({ length: 5 }, (_, i) => ({ guid: `good-${i}`, title: `Töpfern für Anfänger ${i}` }));
const FETCH_TIMEOUT_MS = 3000;

function rssItems(extra = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Werkstatt</title>${GOOD.map((g) => `<item><guid>${g.guid}</guid><title>${g.title}</title></item>`).join('')}${extra}</channel></rss>`;
}

function icalWith(extra: string): string {
  const events = GOOD.map((g, i) => `BEGIN:VEVENT\r\nUID:${g.guid}\r\nSUMMARY:${g.title}\r\nDTSTART:2027010${i + 1}T170000Z\r\nEND:VEVENT\r\n`).join('');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${events}${extra}END:VCALENDAR\r\n`;
}

type Attack = (response: ServerResponse) => void;

/** Writes `chunk` into `to` as fast as it drains, until `response` is gone. */
function writeForever(to: Writable, response: ServerResponse, chunk: Buffer): void {
  const pump = (): void => {
    while (!response.destroyed && to.write(chunk));
    if (!response.destroyed) to.once('drain', pump);
  };
  pump();
}

const SCRIPT = '<script>alert(document.domain)</script>';

let attack: Attack = (response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssItems());
let internalHits = 0;
let internalPort = 0;

const ATTACKS: { name: string; attack: () => Attack; outcome: 'FAILED' | 'SUCCESS'; reason?: RegExp; warning?: RegExp }[] = [
  {
    name: 'an XXE payload',
    attack: () => (r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title></item></channel></rss>'),
    outcome: 'FAILED',
    reason: /declares entities in a DTD/,
  },
  {
    name: 'a billion laughs',
    attack: () => (r) => {
      const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]><rss><channel><item><title>&lol9;</title></item></channel></rss>`);
    },
    outcome: 'FAILED',
    reason: /declares entities in a DTD/,
  },
  {
    name: 'a gzip bomb (zeros without end, compressed)',
    attack: () => (r) => {
      r.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      const gzip = createGzip();
      gzip.pipe(r);
      r.on('close', () => gzip.destroy());
      writeForever(gzip, r, Buffer.alloc(1024 * 1024));
    },
    outcome: 'FAILED',
    reason: /^the feed is larger than 20 MiB$/,
  },
  {
    name: 'an endless body',
    attack: () => (r) => {
      r.writeHead(200, { 'content-type': 'application/rss+xml' });
      r.on('error', () => undefined);
      writeForever(r, r, Buffer.alloc(256 * 1024, 'x'));
    },
    outcome: 'FAILED',
    reason: /^the feed is larger than 20 MiB$/,
  },
  {
    name: 'one byte a second',
    attack: () => (r) => {
      r.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => r.write('<'), 1000);
      r.on('close', () => clearInterval(timer));
    },
    outcome: 'FAILED',
    reason: /^no complete answer within 3 s$/,
  },
  { name: 'a redirect to a private address', attack: () => (r) => r.writeHead(302, { location: 'http://10.0.0.1/feed.rss' }).end(), outcome: 'FAILED', reason: /10\.0\.0\.1 is a private address/ },
  { name: 'a redirect to file://', attack: () => (r) => r.writeHead(302, { location: 'file:///etc/passwd' }).end(), outcome: 'FAILED', reason: /only http and https feeds are fetched, not file:/ },
  { name: 'a redirect to another loopback port', attack: () => (r) => r.writeHead(302, { location: `http://127.0.0.1:${internalPort}/secret` }).end(), outcome: 'FAILED', reason: /127\.0\.0\.1 is a loopback address/ },
  { name: 'a redirect loop', attack: () => (r) => r.writeHead(302, { location: '/feed' }).end(), outcome: 'FAILED', reason: /^more than 5 redirects$/ },
  {
    name: '10,000 levels of nested JSON',
    attack: () => (r) => r.writeHead(200, { 'content-type': 'application/feed+json' }).end(`{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[{"id":"1","title":"t","content_text":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`),
    outcome: 'FAILED',
    reason: /nests deeper than 64 levels/,
  },
  {
    name: 'an RRULE every second forever',
    attack: () => (r) => r.writeHead(200, { 'content-type': 'text/calendar' }).end(icalWith('BEGIN:VEVENT\r\nUID:forever\r\nSUMMARY:Jede Sekunde\r\nDTSTART:20270101T000000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n')),
    outcome: 'SUCCESS',
    warning: /recurs more than 5000 times before the horizon; expansion stopped there/,
  },
  {
    name: 'a 1 MB single line',
    attack: () => (r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssItems(`<item><guid>long</guid><title>${'Langer Titel '.repeat(80_000)}</title></item>`)),
    outcome: 'SUCCESS',
    warning: /^item 6 \("Langer Titel Langer Titel .{0,40}…"\): its title is longer than 300 characters and was cut there$/,
  },
  {
    name: 'invalid UTF-8',
    attack: () => (r) => r.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(Buffer.concat([Buffer.from(rssItems('<item><guid>bytes</guid><title>Kurs ')), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('</title></item></channel></rss>')]).subarray(0) as never),
    outcome: 'SUCCESS',
    warning: /says it is UTF-8 but holds bytes that are not/,
  },
  {
    name: 'script in every field',
    attack: () => (r) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rssItems(
          `<item><guid>${SCRIPT}</guid><title>=HYPERLINK("http://evil.example")${SCRIPT}</title><link>javascript:alert(1)</link><description><![CDATA[<p onclick="alert(1)">Text</p>${SCRIPT}<img src=x onerror=alert(1)><a href="javascript:alert(1)">a</a>]]></description><category>${SCRIPT.replace(/</g, '&lt;')}Kategorie</category><enclosure url="javascript:alert(1)" type="image/png"/></item>`,
        ),
      ),
    outcome: 'SUCCESS',
  },
];

describe('hostile feeds', () => {
  let hostile: Server;
  let internal: Server;
  let hub: TestHub;

  beforeAll(async () => {
    hostile = createServer((_, response) => attack(response));
    internal = createServer((_, response) => {
      internalHits += 1;
      response.end('<rss><channel><item><title>internal secret</title></item></channel></rss>');
    });
    const port = await new Promise<number>((resolve) => hostile.listen(0, '127.0.0.1', () => resolve((hostile.address() as AddressInfo).port)));
    internalPort = await new Promise<number>((resolve) => internal.listen(0, '127.0.0.1', () => resolve((internal.address() as AddressInfo).port)));
    const demo = JSON.parse(readFileSync(BUNDLED_DEMO_CONFIG, 'utf8')) as { feeds: unknown[] };
    const dir = (await import('node:os')).tmpdir();
    const configPath = join(dir, `hostile-feeds-${port}.json`);
    writeFileSync(configPath, JSON.stringify({ ...demo, feeds: [...demo.feeds, { id: 'hostile', providerId: 'vhs-leipzig', url: `http://127.0.0.1:${port}/feed`, intervalMinutes: 60 }] }));
    hub = await startTestHub({ HUB_FEEDS_CONFIG: configPath, HUB_ALLOW_PRIVATE_HOSTS: `127.0.0.1:${port}`, HUB_FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS), HUB_RATE_LIMIT_PER_ADDRESS: '0' });
  });

  afterAll(async () => {
    await hub.close();
    hostile.closeAllConnections();
    hostile.close();
    internal.close();
  });

  const countOf = async (search: string): Promise<number> => (await hub.query(graphql(`query HostileCount($search: String) { offerings(search: $search) { totalCount } }`), { search })).data!.offerings.totalCount;

  it('first brings its five offerings, honestly', async () => {
    expect(await countOf('Töpfern')).toBe(5);
  });

  it.each(ATTACKS.map((a) => [a.name, a] as const))('%s: ends within its limits, says why, keeps searches answering and loses nothing', async (_, { attack: make, outcome, reason, warning }) => {
    attack = make();
    const rssBefore = process.memoryUsage().rss;
    let harvesting = true;
    const searches: number[] = [];
    const searching = (async () => {
      while (harvesting) {
        searches.push(await countOf('Töpfern'));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    const result: HarvestResult = await hub.feeds!.harvests.harvest('hostile');
    const took = performance.now() - started;
    harvesting = false;
    await searching;

    expect(result.outcome).toBe(outcome);
    if (result.outcome === 'FAILED') {
      expect(result.error).toMatch(reason!);
      expect(result.error).not.toMatch(/Cannot read|undefined|stack|\.ts:|openssl/i);
    }
    if (warning) expect(result.outcome === 'SUCCESS' && result.warnings).toContainEqual(expect.stringMatching(warning));
    expect(took).toBeLessThan(FETCH_TIMEOUT_MS + 5000);
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.every((count) => count === 5)).toBe(true);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
    expect(await countOf('Töpfern')).toBe(5);
    expect(internalHits).toBe(0);
    const run = await hub.query(graphql(`query HostileRun { feed(id: "hostile") { lastHarvest { outcome warnings } } }`));
    expect(run.data!.feed?.lastHarvest?.outcome).toBe(outcome);
    expect(JSON.stringify(run.data).length).toBeLessThan(50_000);
  });

  it('keeps of the hostile items only what is safe: capped dates, cut titles, no markup that runs, no formula for spreadsheets', async () => {
    attack = ATTACKS.find((a) => a.name === 'an RRULE every second forever')!.attack();
    await hub.feeds!.harvests.harvest('hostile');
    const FOUND = graphql(`query HostileItems($search: String) { offerings(search: $search) { edges { node { title url description categories occurrences { start } } } } }`);
    const forever = await hub.query(FOUND, { search: 'Jede Sekunde' });
    expect(forever.data!.offerings.edges[0]!.node.occurrences.length).toBeLessThanOrEqual(5000);

    attack = ATTACKS.find((a) => a.name === 'a 1 MB single line')!.attack();
    await hub.feeds!.harvests.harvest('hostile');
    const long = await hub.query(FOUND, { search: 'Langer Titel' });
    expect(long.data!.offerings.edges[0]!.node.title.length).toBeLessThanOrEqual(300);

    attack = ATTACKS.find((a) => a.name === 'script in every field')!.attack();
    await hub.feeds!.harvests.harvest('hostile');
    const scripted = await hub.query(FOUND, { search: 'HYPERLINK' });
    const node = scripted.data!.offerings.edges[0]!.node;
    expect(JSON.stringify(node)).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(node.url).toBeNull();
    expect(node.categories).toEqual(['Kategorie']);
    const csv = parseCsv(await (await fetch(`${hub.url}/export/offerings.csv?search=HYPERLINK`)).text(), { columns: true, bom: true }) as { title: string }[];
    expect(csv[0]!.title).toMatch(/^'=HYPERLINK/);
    expect(await countOf('Töpfern')).toBe(5);
  });
});
