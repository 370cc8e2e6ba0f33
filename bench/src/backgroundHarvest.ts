import { openCatalogIngest } from '@campus/catalog/ingest';
import { syntheticOfferings } from './syntheticCatalogue';

/**
 * A harvest beside the benchmark's searches: a feed of 1,000 offerings written into the catalogue
 * of HUB_DATA_DIR every EVERY_MS through the catalogue's own ingest, alternately in two versions,
 * so that each harvest changes all of them. Prints `harvests N` after each.
 */
const FEED_SIZE = 1_000;
const EVERY_MS = 3_000;

const ingest = await openCatalogIngest(process.env['HUB_DATA_DIR']!);
let harvests = 0;
let stopping = false;
process.once('SIGTERM', () => (stopping = true));
console.log('harvesting');
while (!stopping) {
  const now = new Date();
  // The same items (keys) each time, their texts and dates from one seed or the other.
  const offerings = syntheticOfferings(FEED_SIZE, 1_000 + (harvests % 2), now).map((offering, i) => ({ ...offering, itemKey: `background-${i}` }));
  await ingest.applyFeedSnapshot({ feedId: 'feed-background', providerId: 'anbieter-0', feedUrl: 'https://kurse.example.de/background', harvestedAt: now, offerings });
  harvests += 1;
  console.log(`harvests ${harvests}`);
  await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
}
await ingest.close();
process.exit(0);
