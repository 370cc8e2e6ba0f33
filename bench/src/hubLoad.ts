import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { freePort, OFFERINGS, PAGE, PROVIDERS, ROOT, seed, startProcess, stopProcess, workload } from './benchHub';
import { syntheticRss } from './harvesterBench';
import { percentile } from './loadTest';
import { random } from './syntheticCatalogue';

/**
 * `npm run load [-- --minutes N]`: the real hub (one process, its search thread, SQLite) on the
 * benchmark's 100,000 offerings, driven on loopback by 32 clients with a visitor's and a partner's
 * mix, while a partner's feed of 1,000 offerings is harvested anew every minute. Prints each
 * minute's throughput, p50 and p99 (apart for requests during harvests), errors and the hub's
 * resident memory, then the goals: no errors, p99 during harvests within 1.5x of the p99 without
 * them, the last minute's memory within 10 % of the second's.
 */
const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, clients: { type: 'string', default: '32' } } });
const MINUTES = Number(values.minutes);
const CLIENTS = Number(values.clients);
const LOAD_FEEDS = 3;
const FEED_ITEMS = 1000;
/** A harvest's effect on searches outlasts its request by the search thread's catching up. */
const HARVEST_TAIL_MS = 2000;

type Kind = 'search' | 'details' | 'partner' | 'export';

interface Sample {
  at: number;
  ms: number;
  ok: boolean;
  kind: Kind;
  duringHarvest: boolean;
}

// A partner's site: each feed changes every minute (its descriptions name the edition), so every harvest writes.
let edition = 0;
const feedServer = createServer((request, response) => {
  const feed = Number(request.url?.match(/\/load-(\d+)\.rss/)?.[1] ?? -1);
  if (feed < 0) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(syntheticRss(FEED_ITEMS, edition * 10 + feed));
});
await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
const feedHost = `127.0.0.1:${(feedServer.address() as AddressInfo).port}`;

const seedDir = join(tmpdir(), `campus-bench-${OFFERINGS}-v2`);
await seed(seedDir);
const dataDir = mkdtempSync(join(tmpdir(), 'campus-load-'));
cpSync(join(seedDir, 'catalog.sqlite'), join(dataDir, 'catalog.sqlite'));
const configPath = join(dataDir, 'feeds.json');
writeFileSync(
  configPath,
  JSON.stringify({ providers: PROVIDERS, feeds: Array.from({ length: LOAD_FEEDS }, (_, i) => ({ id: `load-${i}`, providerId: `anbieter-${i}`, url: `http://${feedHost}/load-${i}.rss`, intervalMinutes: 60 })) }),
);
const cli = (...args: string[]): string => execFileSync(process.execPath, ['hub/bin/hub.js', ...args], { cwd: ROOT, env: { ...process.env, HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: configPath } }).toString();
const adminKey = (JSON.parse(cli('keys', 'create', '--role', 'admin', '--name', 'load', '--json')) as { key: string }).key;

const port = await freePort();
// 32 clients do the work of thousands of visitors: each comes from an address of its own (through
// a trusted proxy's X-Forwarded-For) and the budgets are raised to let them; the limiter still runs.
const hub = await startProcess(
  'hub/src/main.ts',
  {
    PORT: String(port),
    HOST: '127.0.0.1',
    HUB_DATA_DIR: dataDir,
    HUB_FEEDS_CONFIG: configPath,
    HUB_ALLOW_PRIVATE_HOSTS: feedHost,
    HUB_TRUST_PROXY: 'loopback',
    HUB_RATE_LIMIT_PER_ADDRESS: '100000',
    HUB_RATE_LIMIT_PER_KEY: '100000',
  },
  /Digital Campus Hub at/,
);
const base = `http://127.0.0.1:${port}`;
const pool = new Pool(base, { connections: CLIENTS + 2, pipelining: 1 });

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<{ ok: boolean; data: Record<string, unknown> | undefined }> {
  const response = await pool.request({ path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.body.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
  return { ok: response.statusCode === 200 && !body.errors && body.data !== undefined, data: body.data };
}

// The partner's key, made through the API as a partner's administrator would.
const made = await post(`mutation { createApiKey(name: "Redaktion", role: "PARTNER", providerId: "anbieter-0") { ... on ApiKeyIssued { key } } }`, {}, { authorization: `Bearer ${adminKey}` });
const partnerKey = (made.data?.['createApiKey'] as { key: string }).key;
const ids = ((await post(PAGE('name'), { search: 'Daten', filter: {} }, {})).data?.['offerings'] as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);

const DETAILS = `query($id: ID!) { offering(id: $id) { id title summary descriptionText url languages type format topics targetGroups cost { kind amount currency }
  location { name address district } occurrences { start end timeZone status } provider { name website } source { feed { id } itemKey } } }`;
const PARTNER = `query($id: ID!) { me { role } feed(id: $id) { status health { status lastSuccess consecutiveFailures } runs(first: 3) { outcome itemCount durationMs } } }`;

/** One visitor's or partner's request, by the mix: searches 60 %, details 20 %, partner reads 15 %, exports 5 %. */
function requestMaker(client: number): () => { kind: Kind; done: Promise<boolean> } {
  const next = random(100 + client);
  const search = workload(200 + client);
  const headers = { 'x-forwarded-for': `10.1.${Math.floor(client / 250)}.${(client % 250) + 1}` };
  const exportOf = async (word: string): Promise<boolean> => {
    const response = await pool.request({ path: `/export/offerings.ics?search=${encodeURIComponent(word)}&limit=100`, method: 'GET', headers });
    const text = await response.body.text();
    return response.statusCode === 200 && text.includes('END:VCALENDAR');
  };
  return () => {
    const roll = next();
    if (roll < 0.6) {
      const { search: word, filter } = search();
      return { kind: 'search', done: post(PAGE('name'), { search: word, filter }, headers).then((r) => r.ok) };
    }
    if (roll < 0.8) return { kind: 'details', done: post(DETAILS, { id: ids[Math.floor(next() * ids.length)] }, headers).then((r) => r.ok) };
    if (roll < 0.95) return { kind: 'partner', done: post(PARTNER, { id: 'load-0' }, { ...headers, authorization: `Bearer ${partnerKey}` }).then((r) => r.ok) };
    return { kind: 'export', done: exportOf(search().search) };
  };
}

const harvests: { start: number; end: number; outcome: string }[] = [];
const isDuringHarvest = (at: number): boolean => harvests.some((h) => at >= h.start && at <= h.end + HARVEST_TAIL_MS);

function hubMemoryMiB(): number {
  const status = readFileSync(`/proc/${hub.pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0) / 1024;
}

const WARM_UP_MS = 20_000;
const samples: Sample[] = [];
const started = performance.now() + WARM_UP_MS;
const ends = started + MINUTES * 60_000;

const harvestLoop = (async () => {
  for (let round = 0; performance.now() < ends; round += 1) {
    const wait = started + round * 60_000 + 30_000 - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (performance.now() >= ends) break;
    edition += 1;
    const start = performance.now();
    const answer = await post(`mutation($id: ID!) { harvestFeedNow(id: $id) { ... on FeedChanged { feed { lastHarvest { outcome itemCount } } } } }`, { id: `load-${round % LOAD_FEEDS}` }, { authorization: `Bearer ${adminKey}` });
    const outcome = ((answer.data?.['harvestFeedNow'] as { feed?: { lastHarvest: { outcome: string } } } | undefined)?.feed?.lastHarvest.outcome) ?? 'NO ANSWER';
    harvests.push({ start, end: performance.now(), outcome });
  }
})();

const clientLoops = Array.from({ length: CLIENTS }, async (_, client) => {
  const request = requestMaker(client);
  while (performance.now() < ends) {
    const at = performance.now();
    const { kind, done } = request();
    const ok = await done.catch(() => false);
    if (at >= started) samples.push({ at, ms: performance.now() - at, ok, kind, duringHarvest: false });
  }
});

const memory: number[] = [];
console.log(`Load on the hub: ${OFFERINGS.toLocaleString('en')} offerings, ${CLIENTS} clients, ${MINUTES} min after a ${WARM_UP_MS / 1000} s warm-up; a feed of ${FEED_ITEMS.toLocaleString('en')} offerings harvested anew each minute (at :30)`);
console.log('minute  requests/s  p50 ms  p99 ms  p99 harvest/other  errors  harvests  hub RSS MiB');
const line = (label: string, list: Sample[], harvestCount: number, rss: number): string => {
  const latencies = list.map((s) => s.ms).sort((a, b) => a - b);
  const during = list.filter((s) => s.duringHarvest).map((s) => s.ms).sort((a, b) => a - b);
  const other = list.filter((s) => !s.duringHarvest).map((s) => s.ms).sort((a, b) => a - b);
  const ratio = during.length > 0 ? `${percentile(during, 99).toFixed(0)}/${percentile(other, 99).toFixed(0)}` : `–/${percentile(other, 99).toFixed(0)}`;
  return `${label.padStart(6)}  ${String(Math.round(list.length / 60)).padStart(10)}  ${percentile(latencies, 50).toFixed(1).padStart(6)}  ${percentile(latencies, 99).toFixed(1).padStart(6)}  ${ratio.padStart(17)}  ${String(list.filter((s) => !s.ok).length).padStart(6)}  ${String(harvestCount).padStart(8)}  ${rss.toFixed(0).padStart(11)}`;
};
for (let minute = 1; minute <= MINUTES; minute += 1) {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + minute * 60_000 - performance.now())));
  const from = started + (minute - 1) * 60_000;
  const inMinute = samples.filter((s) => s.at >= from && s.at < from + 60_000);
  for (const sample of inMinute) sample.duringHarvest = isDuringHarvest(sample.at);
  const rss = hubMemoryMiB();
  memory.push(rss);
  console.log(line(String(minute), inMinute, harvests.filter((h) => h.start >= from && h.start < from + 60_000).length, rss));
}
await Promise.all([harvestLoop, ...clientLoops]);
for (const sample of samples) sample.duringHarvest = isDuringHarvest(sample.at);

const sorted = (list: Sample[]): number[] => list.map((s) => s.ms).sort((a, b) => a - b);
const during = sorted(samples.filter((s) => s.duringHarvest));
const other = sorted(samples.filter((s) => !s.duringHarvest));
const errors = samples.filter((s) => !s.ok).length;
const ratio = percentile(during, 99) / percentile(other, 99);
const second = memory[1] ?? memory[0] ?? 0;
const last = memory.at(-1) ?? 0;
console.log(`\nall ${samples.length.toLocaleString('en')} requests: ${Math.round(samples.length / (MINUTES * 60))}/s, p50 ${percentile(sorted(samples), 50).toFixed(1)} ms, p99 ${percentile(sorted(samples), 99).toFixed(1)} ms`);
for (const kind of ['search', 'details', 'partner', 'export'] as const) {
  const ofKind = sorted(samples.filter((s) => s.kind === kind));
  console.log(`  ${kind}: ${ofKind.length.toLocaleString('en')} requests, p50 ${percentile(ofKind, 50).toFixed(1)} ms, p99 ${percentile(ofKind, 99).toFixed(1)} ms`);
}
console.log(`harvests: ${harvests.length} (${harvests.map((h) => `${h.outcome} ${((h.end - h.start) / 1000).toFixed(1)} s`).join(', ')})`);
console.log(`goals: errors ${errors} (target 0) · p99 during harvests ${percentile(during, 99).toFixed(1)} ms vs ${percentile(other, 99).toFixed(1)} ms without: ${ratio.toFixed(2)}x (target: at most 1.5x) · memory ${second.toFixed(0)} MiB in minute 2, ${last.toFixed(0)} MiB in minute ${memory.length}: ${(((last - second) / second) * 100).toFixed(1)} % (target: within 10 %)`);

await pool.close();
await stopProcess(hub);
feedServer.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
