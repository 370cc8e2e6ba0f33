/**
 * A catalogue writing and its search index catching up and saving itself after every ingest, as
 * fast as it can, until it is killed: `savedIndex.test.ts` kills it with SIGKILL at some moment
 * of an incremental update. Arguments: the data folder. Prints "ingest N" after each.
 */
import { openCatalogStore } from '../src/db/openCatalogStore';
import { indexFileIn, SearchIndex } from '../src/search/searchIndex';
import { course, courses } from './indexedCourses';

const dataDir = process.argv[2]!;
const store = await openCatalogStore(dataDir, { kind: 'sqlite' });
const index = new SearchIndex(store, true, 50, { path: indexFileIn(dataDir), save: true, everyMs: 0 });
for (let edition = 1; ; edition += 1) {
  // Each ingest edits, adds, withdraws and re-adds: every kind of change an incremental update makes.
  await store.applyFeedSnapshot({ feedId: 'a', providerId: 'uni', feedUrl: 'https://feeds.example/a', harvestedAt: new Date(), offerings: courses(edition) });
  await store.applyFeedSnapshot({ feedId: 'b', providerId: 'uni', feedUrl: 'https://feeds.example/b', harvestedAt: new Date(), offerings: [course(edition % 40, edition)] });
  await index.refresh();
  console.log(`ingest ${edition}`);
}
