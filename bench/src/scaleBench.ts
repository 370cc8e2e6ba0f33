import { readFileSync, rmSync } from 'node:fs';
import { indexFileIn } from '@campus/catalog';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { benchDataDir, freePort, PAGE, seed, startProcess, stopProcess, workload } from './benchHub';
import { graphqlClient, runLoad, type LoadResult } from './loadTest';

const CLIENTS = 16;
const SECONDS = 10;
export const SIZES = [100_000, 1_000_000] as const;

export interface ScaleFigures {
  offerings: number;
  seeded: { seconds: number };
  /** The first start on the data folder, the search index built from the database: from the process's start to its first search answered. */
  firstServing: number;
  /** A restart, the index taken from its saved file: from the process's start to its address printed, and to its first search answered. */
  listening: number;
  serving: number;
  /** Resident memory of the hub's process (all its threads) after the first search, and its peak over the run, in MiB. */
  residentMiB: number;
  peakMiB: number;
  search: LoadResult;
  /** The same with a feed of 1,000 offerings harvested into the catalogue every few seconds. */
  searchWhileHarvesting: LoadResult & { harvests: number };
}

/** Resident and peak memory of a process, from Linux's /proc. */
function memoryOf(pid: number): { resident: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
  return { resident: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

async function firstSearch(url: string): Promise<void> {
  const client = graphqlClient(url, 1);
  const words = workload(3);
  try {
    // Polled: the address is printed before the search threads have their index.
    for (;;) {
      if (await client.post(PAGE('name'), words()).catch(() => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.close();
  }
}

/**
 * The embedded hub (`npm start`) on the benchmark's catalogue at each size, one after the other:
 * how long it takes to serve (started once without a saved index, then again with the one it saved), how much memory it holds, and the search workload through the
 * gateway without and with a harvest writing beside it (`backgroundHarvest.ts`, a process of its
 * own writing into the same data folder through the catalogue's ingest, as the harvest thread does).
 */
export async function scaleBench(sizes: readonly number[] = SIZES): Promise<ScaleFigures[]> {
  const figures: ScaleFigures[] = [];
  for (const offerings of sizes) {
    const dataDir = benchDataDir(offerings);
    const seeded = await seed(dataDir, offerings);
    const port = await freePort();
    const env = { PORT: String(port), HOST: '127.0.0.1', HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: join(dataDir, 'feeds.json'), HUB_SCHEDULER: 'off', HUB_RATE_LIMIT_PER_ADDRESS: '10000000', HUB_LOG_LEVEL: 'warn', ...(process.env['HUB_SEARCH_THREADS'] /* to measure more search threads */ ? { HUB_SEARCH_THREADS: process.env['HUB_SEARCH_THREADS'] } : {}) };
    const url = `http://127.0.0.1:${port}/graphql`;
    rmSync(indexFileIn(dataDir), { force: true });
    let started = performance.now();
    const firstStart = await startProcess('hub/src/main.ts', env, /Digital Campus Hub at/);
    await firstSearch(url);
    await stopProcess(firstStart);
    const firstServing = (performance.now() - started) / 1000;
    started = performance.now();
    const hub = await startProcess('hub/src/main.ts', env, /Digital Campus Hub at/);
    const listening = (performance.now() - started) / 1000;
    await firstSearch(url);
    const serving = (performance.now() - started) / 1000;
    const { resident } = memoryOf(hub.pid!);
    const client = graphqlClient(url, CLIENTS);
    const load = async (): Promise<LoadResult> => {
      const work = workload(7);
      return runLoad(CLIENTS, SECONDS, () => client.post(PAGE('name'), work()));
    };
    const search = await load();
    const harvester = await startProcess('bench/src/backgroundHarvest.ts', { HUB_DATA_DIR: dataDir }, /harvesting/);
    const counted = harvestsOf(harvester);
    const harvesting = await load();
    await stopProcess(harvester);
    const harvests = counted();
    await client.close();
    const { peak } = memoryOf(hub.pid!);
    await stopProcess(hub);
    figures.push({ offerings, seeded, firstServing, listening, serving, residentMiB: resident, peakMiB: peak, search, searchWhileHarvesting: { ...harvesting, harvests } });
  }
  return figures;
}

/** How many harvests the background harvest has written so far, as it tells. */
function harvestsOf(harvester: ChildProcess): () => number {
  let written = 0;
  harvester.stdout!.on('data', (chunk: Buffer) => {
    for (const match of chunk.toString().matchAll(/harvests (\d+)/g)) written = Number(match[1]);
  });
  return () => written;
}
