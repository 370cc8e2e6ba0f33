import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { log } from '@campus/subgraph-runtime';
import type { CatalogStore } from '../src/db/catalogStore';
import { openCatalogStore } from '../src/db/openCatalogStore';
import { indexFileIn, SearchIndex } from '../src/search/searchIndex';
import { course, courses, results } from './indexedCourses';

const folders: string[] = [];
const stores: CatalogStore[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function catalogue(): Promise<{ dataDir: string; store: CatalogStore }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'campus-saved-index-'));
  folders.push(dataDir);
  const store = await openCatalogStore(dataDir, { kind: 'sqlite' });
  stores.push(store);
  return { dataDir, store };
}

const harvest = (store: CatalogStore, feedId: string, edition: number) =>
  store.applyFeedSnapshot({ feedId, providerId: 'uni', feedUrl: `https://feeds.example/${feedId}`, harvestedAt: new Date('2026-11-29T08:00:00Z'), offerings: feedId === 'a' ? courses(edition) : [courses(edition)[1]!, course(99, edition)] });

/** A store that counts the rows the index reads from it: those changed since some change, and pages of all rows (more than one at a time). */
function counting(store: CatalogStore): { store: CatalogStore; read: { changed: number; all: number } } {
  const read = { changed: 0, all: 0 };
  return {
    store: {
      ...store,
      offeringsChangedSince: async (change, after, limit) => {
        const rows = await store.offeringsChangedSince(change, after, limit);
        if (change >= 0) read.changed += rows.length;
        else if (limit > 1) read.all += rows.length;
        return rows;
      },
    },
    read,
  };
}

/** What the index logged while `run` ran, as the messages' reasons. */
async function logged(run: () => Promise<unknown>): Promise<string[]> {
  const info = vi.spyOn(log, 'info').mockImplementation(() => undefined);
  try {
    await run();
    return info.mock.calls.map((call) => `${(call[1] as string | undefined) ?? ''}: ${String((call[0] as { reason?: string }).reason)}`);
  } finally {
    info.mockRestore();
  }
}

describe('the search index saved in the data folder', () => {
  it('starts from the saved file, reads only what changed since, and finds what one built from the database finds', async () => {
    const { dataDir, store } = await catalogue();
    await harvest(store, 'a', 1);
    await harvest(store, 'b', 1);
    const first = new SearchIndex(store, true, 7, { path: indexFileIn(dataDir), save: true });
    expect(await logged(() => first.refresh())).toEqual(['building the search index from the database: the saved index cannot be used: there is none yet']);
    await harvest(store, 'a', 2);
    await harvest(store, 'b', 2);
    const reading = counting(store);
    const restored = new SearchIndex(reading.store, true, 7, { path: indexFileIn(dataDir), save: true });
    expect(await logged(() => restored.refresh())).toEqual([]);
    // Feed "a" at edition 2 wrote its 50 courses, "b" its two: nothing else was read.
    expect(reading.read).toEqual({ changed: 52, all: 0 });
    expect(await results(store, restored)).toEqual(await results(store, new SearchIndex(store)));
    // Course 1, published in both feeds, is still shown once: 50 + 2 records, 51 offerings.
    expect((await results(store, restored))[0]!.total).toBe(51);
  });

  it.each([
    ['cut short', (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 2)), /cut short/],
    ['altered', (path: string) => {
      const bytes = readFileSync(path);
      bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
      writeFileSync(path, bytes);
    }, /checksum/],
    ['not an index at all', (path: string) => writeFileSync(path, 'hello'), /not a saved search index/],
    ['gone', (path: string) => rmSync(path), /there is none yet/],
  ])('is rebuilt from the database, with one line in the log, when its file is %s', async (_, damage, reason) => {
    const { dataDir, store } = await catalogue();
    await harvest(store, 'a', 1);
    await new SearchIndex(store, true, 7, { path: indexFileIn(dataDir), save: true }).refresh();
    await harvest(store, 'a', 2);
    damage(indexFileIn(dataDir));
    const rebuilt = new SearchIndex(store, true, 7, { path: indexFileIn(dataDir), save: true });
    const lines = await logged(() => rebuilt.refresh());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(await results(store, rebuilt)).toEqual(await results(store, new SearchIndex(store)));
    // And saved anew: the next start takes it.
    expect(await logged(() => new SearchIndex(store, true, 7, { path: indexFileIn(dataDir), save: false }).refresh())).toEqual([]);
  });

  it('is rebuilt when the file is of another catalogue, or ahead of the database (a database restored from a backup)', async () => {
    const one = await catalogue();
    const other = await catalogue();
    await harvest(one.store, 'a', 1);
    await harvest(other.store, 'b', 1);
    await harvest(other.store, 'a', 1);
    await new SearchIndex(other.store, true, 7, { path: indexFileIn(other.dataDir), save: true }).refresh();
    copyFileSync(indexFileIn(other.dataDir), indexFileIn(one.dataDir));
    const fromOther = new SearchIndex(one.store, true, 7, { path: indexFileIn(one.dataDir), save: true });
    expect(await logged(() => fromOther.refresh())).toEqual([expect.stringMatching(/the saved index (is of another database|is at change \d+, the database only at \d+)/)]);
    expect(await results(one.store, fromOther)).toEqual(await results(one.store, new SearchIndex(one.store)));

    // The same catalogue's file, taken after more harvests than the database now has.
    const backup = join(one.dataDir, 'backup.sqlite');
    await one.store.close();
    stores.splice(stores.indexOf(one.store), 1);
    copyFileSync(join(one.dataDir, 'catalog.sqlite'), backup);
    const reopened = await openCatalogStore(one.dataDir, { kind: 'sqlite' });
    await harvest(reopened, 'a', 2);
    await new SearchIndex(reopened, true, 7, { path: indexFileIn(one.dataDir), save: true, everyMs: 0 }).refresh();
    await reopened.close();
    copyFileSync(backup, join(one.dataDir, 'catalog.sqlite'));
    const restoredDb = await openCatalogStore(one.dataDir, { kind: 'sqlite' });
    stores.push(restoredDb);
    const ahead = new SearchIndex(restoredDb, true, 7, { path: indexFileIn(one.dataDir), save: true });
    expect(await logged(() => ahead.refresh())).toEqual([expect.stringMatching(/the saved index is at change \d+, the database only at \d+/)]);
    expect(await results(restoredDb, ahead)).toEqual(await results(restoredDb, new SearchIndex(restoredDb)));
  });

  it('serves the database as it is after a process is killed with SIGKILL in the middle of an incremental update', async () => {
    const { dataDir, store } = await catalogue();
    const writer = fileURLToPath(new URL('./indexWriter.ts', import.meta.url));
    // Killed after a different number of updates each time, at whatever point of one it is.
    for (const after of [3, 8, 14]) {
      const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const done = [...chunk.toString().matchAll(/ingest (\d+)/g)].at(-1)?.[1];
          // A moment after the count, somewhere in the next ingest, refresh or save.
          if (done && Number(done) >= after) setTimeout(() => child.kill('SIGKILL'), Number(done) % 7);
        });
        child.on('exit', (_, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`the writer ended by itself (${String(signal)})`))));
      });
      const restarted = new SearchIndex(store, true, 7, { path: indexFileIn(dataDir), save: true });
      await restarted.refresh();
      expect(await results(store, restarted)).toEqual(await results(store, new SearchIndex(store)));
    }
    // A file a killed writer left half written is cleared away at the next start.
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
