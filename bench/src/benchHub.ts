import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCatalogSubgraph } from '@campus/catalog';
import { TARGET_GROUPS, TOPICS, type ProviderSummary, type SnapshotIngest } from '@campus/schema';
import { random, syntheticOfferings, VOCABULARY } from './syntheticCatalogue';

/** The benchmarks' catalogue, its workload and the processes they start, shared by `npm run bench` and `npm run load`. */
export const OFFERINGS = 100_000;
const FEEDS = 20;
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const PROVIDERS: ProviderSummary[] = Array.from({ length: FEEDS }, (_, i) => ({ id: `anbieter-${i}`, name: `Bildungsanbieter ${i}`, kind: i % 2 === 0 ? 'UNIVERSITY' : 'ADULT_EDUCATION' }));

/** Seeds the catalogue once per machine; later runs reuse the same deterministic data. */
export async function seed(dataDir: string, offerings = OFFERINGS): Promise<{ seconds: number }> {
  const started = performance.now();
  if (existsSync(join(dataDir, 'seeded'))) return { seconds: 0 };
  mkdirSync(dataDir, { recursive: true });
  const catalog = await createCatalogSubgraph({ dataDir, providers: PROVIDERS });
  await seedOfferings(catalog.ingest, offerings);
  await catalog.close();
  writeFileSync(join(dataDir, 'seeded'), new Date().toISOString());
  writeFileSync(join(dataDir, 'feeds.json'), JSON.stringify({ providers: PROVIDERS, feeds: [] }));
  return { seconds: (performance.now() - started) / 1000 };
}

/** The benchmark's offerings, harvested into a catalogue feed by feed: the same on every database. */
export async function seedOfferings(ingest: SnapshotIngest, offerings = OFFERINGS): Promise<void> {
  const now = new Date();
  for (let feed = 0; feed < FEEDS; feed += 1) {
    await ingest.applyFeedSnapshot({ feedId: `feed-${feed}`, providerId: `anbieter-${feed}`, feedUrl: `https://kurse.example.de/${feed}`, harvestedAt: now, offerings: syntheticOfferings(offerings / FEEDS, feed + 1, now) });
  }
}

/** The data folder of the benchmark's catalogue of `offerings`, seeded once per machine into the temporary folder. */
export function benchDataDir(offerings = OFFERINGS): string {
  return join(tmpdir(), `campus-bench-${offerings}-v2`);
}

/** A varying search with two filters, as the widget sends while people type and click. */
export function workload(seedValue: number): () => { search: string; filter: Record<string, unknown> } {
  const next = random(seedValue);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return () => {
    const filters: Record<string, unknown>[] = [{ formats: ['IN_PERSON', 'HYBRID'] }, { targetGroups: [pick(TARGET_GROUPS)] }, { topics: [pick(TOPICS)] }, { free: true }];
    const [a, b] = [filters.splice(Math.floor(next() * filters.length), 1)[0]!, filters[Math.floor(next() * filters.length)]!];
    return { search: pick(VOCABULARY), filter: { ...a, ...b } };
  };
}

/** What people have typed so far of the words they search for: two letters to the whole word. */
export function typedPrefixes(seedValue: number): () => string {
  const next = random(seedValue);
  return () => {
    const word = VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
    return word.slice(0, 2 + Math.floor(next() * (word.length - 1)));
  };
}

export const SUGGEST = `query($prefix: String!) { suggest(prefix: $prefix) { text kind value } }`;

export const PAGE = (provider: string) =>
  `query($search: String, $filter: OfferingFilter) { offerings(search: $search, filter: $filter, first: 20) { totalCount facets { formats { value count } topics { value count } targetGroups { value count } cost { value count } } edges { node { id title provider { ${provider} } } } } }`;

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startProcess(script: string, env: Record<string, string>, ready: RegExp, args: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => ready.test(chunk.toString()) && resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

/** Stops a process started above and waits until it has ended, so that the next measurement has the machine to itself. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
