import { describe, expect, it } from 'vitest';
import type { HarvestedOffering } from '@campus/schema';
import { openCatalogStore } from '../src/db/openCatalogStore';
import type { CatalogStore } from '../src/db/catalogStore';
import { SearchIndex } from '../src/search/searchIndex';
import { course, results } from './indexedCourses';
import { storagesOf, suiteStores } from '@campus/subgraph-runtime/test/storageTargets';

const harvestedAt = new Date('2026-11-29T08:00:00Z');
const snapshotOf = (store: CatalogStore) => (feedId: string, offerings: HarvestedOffering[]) => store.applyFeedSnapshot({ feedId, providerId: 'uni', feedUrl: `https://feeds.example/${feedId}`, harvestedAt, offerings });

describe.each(storagesOf((target) => openCatalogStore(target.kind === 'sqlite' ? target.dataDir : '', target)))('the search index on $name after an ingest', (storage) => {
  const stores = suiteStores(storage);
  it('is caught up by what changed and finds what one built anew finds: edits, new and withdrawn offerings, more and fewer dates, duplicates', async () => {
    const { store } = await stores.fresh();
    const snapshot = snapshotOf(store);
    await snapshot('a', Array.from({ length: 40 }, (_, i) => course(i, 1)));
    // Read a few rows at a time, as a large catalogue is: the pages add up to what one reading finds.
    const caughtUp = new SearchIndex(store, true, 7);
    expect((await results(store, caughtUp))[0]!.total).toBe(40);
    const steps: [string, () => Promise<unknown>][] = [
      ['edits that keep the number of dates', () => snapshot('a', Array.from({ length: 40 }, (_, i) => course(i, 2)))],
      ['new offerings behind the others', () => snapshot('a', Array.from({ length: 55 }, (_, i) => course(i, 2)))],
      ['more dates for some', () => snapshot('a', Array.from({ length: 55 }, (_, i) => course(i, 2, i % 7 === 0 ? 4 : 2)))],
      ['withdrawals', () => snapshot('a', Array.from({ length: 30 }, (_, i) => course(i, 3, i % 7 === 0 ? 4 : 2)))],
      ['fewer dates for some, none for others', () => snapshot('a', Array.from({ length: 30 }, (_, i) => course(i, 3, i % 5 === 0 ? 0 : i % 7 === 0 ? 1 : 2)))],
      ['the same offering in another feed', () => snapshot('b', [course(3, 3, 4), course(99, 3)])],
      // The other feed's record, not written now, is shown in its stead: with its own dates.
      ['the first record of a duplicate withdrawn', () => snapshot('a', Array.from({ length: 30 }, (_, i) => course(i, 3, i % 5 === 0 ? 0 : i % 7 === 0 ? 1 : 2)).filter((_, i) => i !== 3))],
    ];
    for (const [step, change] of steps) {
      await change();
      expect(await results(store, caughtUp), step).toEqual(await results(store, new SearchIndex(store)));
    }
    const fresh = new SearchIndex(store);
    await fresh.refresh();
    // Every word the index has, the caught-up vocabulary has too (it may keep words since removed).
    expect((await caughtUp.lexicon()).words()).toEqual(expect.arrayContaining([...(await fresh.lexicon()).words()]));
    expect((await caughtUp.lexicon()).words()).toContain('datenschutz3');
  });

  it('stays right while dates and topics grow and shrink harvest after harvest (runs moved to the end, then laid out anew)', async () => {
    const { store } = await stores.fresh();
    const snapshot = snapshotOf(store);
    const caughtUp = new SearchIndex(store, true, 7);
    for (let edition = 1; edition <= 12; edition += 1) {
      // Every other harvest gives each course more dates than the last, or fewer; every fourth, two topics.
      await snapshot('a', Array.from({ length: 40 }, (_, i) => course(i, edition, edition % 2 === 0 ? 1 + ((i + edition) % 6) : 1)));
      expect(await results(store, caughtUp), `harvest ${edition}`).toEqual(await results(store, new SearchIndex(store)));
    }
  });
});
