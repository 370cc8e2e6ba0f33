import { harvesterBench } from './harvesterBench';
import { printReports } from './measure';
import { scaleBench } from './scaleBench';
import { searchBench } from './searchBench';
import { QUALITY_OFFERINGS, scoreSearchQuality } from '@campus/catalog/test/searchQuality';

/**
 * `npm run bench`: prints figures; it asserts nothing, since these machines are noisy.
 * `npm run bench -- harvest`, `-- search`, `-- scale` or `-- quality` runs one part only.
 */
const only = process.argv[2];
console.log(`Digital Campus Hub benchmarks, ${new Date().toISOString()}, Node ${process.version}`);
if (only === undefined || only === 'harvest') printReports('Harvesters (median of 5 runs after a warm-up)', await harvesterBench());
if (only === undefined || only === 'search') {
  const search = await searchBench();
  const line = (name: string, r: { perSecond: number; p50: number; p99: number; errors: number }) =>
    `  ${name}: ${r.perSecond.toLocaleString('en')} requests/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms${r.errors ? `, ${r.errors} errors` : ''}`;
  console.log(`\nSearch over 100,000 offerings: a varying word, two filters, four facets, first page of 20 with provider (${search.seeded.seconds > 0 ? `seeded in ${search.seeded.seconds.toFixed(0)} s` : 'seed reused'})`);
  console.log(line('(a) in-process search engine (FTS5 + index, no GraphQL, 1 caller)', search.raw));
  console.log(line('(b) catalog subgraph over HTTP, 16 clients (provider id)', search.subgraph));
  console.log(line('(c) gateway over HTTP, 16 clients (provider name from the providers subgraph)', search.gateway));
  console.log(`  gateway / subgraph throughput: ${(search.gateway.perSecond / search.subgraph.perSecond).toFixed(2)} (target: at least 0.5); gateway p99 ${search.gateway.p99.toFixed(1)} ms (target: under 50 ms)`);
  console.log(line('(d) as (c), forms, synonyms, translations and typos off (HUB_SEARCH_FORGIVING=off)', search.gatewayStrict));
  console.log(`  gateway p99 forgiving / strict: ${(search.gateway.p99 / search.gatewayStrict.p99).toFixed(2)} (target: at most 1.2)`);
  console.log(line('(e) as (c), each part a process of its own (hub start catalog|providers|feeds|gateway)', search.separate.ownGateway));
  console.log(line('(f) as (e), Hive Gateway in front of the same subgraphs instead of hub start gateway', search.separate.hiveGateway));
  console.log(`  Hive Gateway / hub gateway throughput: ${(search.separate.hiveGateway.perSecond / search.separate.ownGateway.perSecond).toFixed(2)} (target: at least 0.5)`);
  if ('skipped' in search.postgres) console.log(`  (h), (i) on PostgreSQL did not run: ${search.postgres.skipped}`);
  else {
    console.log(`  on PostgreSQL (DATABASE_URL; the same 100,000 offerings harvested into a fresh database in ${search.postgres.seeded.seconds.toFixed(0)} s):`);
    console.log(line('(h) as (b), the catalog service on PostgreSQL', search.postgres.subgraph));
    console.log(line('(i) as (c), every part on PostgreSQL', search.postgres.gateway));
    console.log(`  PostgreSQL / SQLite throughput: catalog service ${(search.postgres.subgraph.perSecond / search.subgraph.perSecond).toFixed(2)}, gateway ${(search.postgres.gateway.perSecond / search.gateway.perSecond).toFixed(2)} (target: at least 0.7)`);
  }
  console.log(line('(g) suggest through the gateway, 16 clients, prefixes as typed', search.suggest));
  console.log(`  suggest p99 ${search.suggest.p99.toFixed(1)} ms (target: under 20 ms)`);
  console.log(`  ${search.icalExport.name}: ${search.icalExport.medianMs.toFixed(0)} ms, median of 5 (target: under 200 ms)`);
  console.log(`  widget in Chromium, last keystroke to first results (150 ms debounce included), ${search.widget.searches} words: median ${search.widget.medianMs.toFixed(0)} ms, p90 ${search.widget.p90Ms.toFixed(0)} ms (target: under 300 ms)`);
}
if (only === undefined || only === 'scale') {
  const sizes = await scaleBench();
  const figure = (r: { perSecond: number; p50: number; p99: number }) => `${r.perSecond.toLocaleString('en')} requests/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`;
  console.log('\nThe embedded hub (npm start) at 100,000 and 1,000,000 offerings: the search workload through the gateway, 16 clients');
  for (const s of sizes) {
    console.log(`  ${s.offerings.toLocaleString('en')} offerings${s.seeded.seconds > 0 ? ` (seeded in ${s.seeded.seconds.toFixed(0)} s)` : ''}: first start (index built from the database) serving after ${s.firstServing.toFixed(1)} s; restart (saved index) listening after ${s.listening.toFixed(1)} s, first search answered after ${s.serving.toFixed(1)} s; resident ${s.residentMiB.toFixed(0)} MiB after it, peak ${s.peakMiB.toFixed(0)} MiB`);
    console.log(`    search: ${figure(s.search)}`);
    console.log(`    with a harvest of 1,000 offerings every 3 s beside it (${s.searchWhileHarvesting.harvests} harvests): ${figure(s.searchWhileHarvesting)}; p99 ${(s.searchWhileHarvesting.p99 - s.search.p99).toFixed(1)} ms longer (target: at most 20 ms)`);
  }
  const [small, large] = sizes;
  if (small && large) {
    const growth = (a: number, b: number) => `${(b / a).toFixed(2)}x`;
    console.log(`  growth 100,000 -> 1,000,000: resident ${growth(small.residentMiB, large.residentMiB)}, peak ${growth(small.peakMiB, large.peakMiB)}, first search on restart ${growth(small.serving, large.serving)}, requests/s ${growth(small.search.perSecond, large.search.perSecond)}, p50 ${growth(small.search.p50, large.search.p50)}, p99 ${growth(small.search.p99, large.search.p99)} (target: at most 2x), p99 with the harvest ${growth(small.searchWhileHarvesting.p99, large.searchWhileHarvesting.p99)}`);
    console.log(`  at 1,000,000: resident ${large.residentMiB.toFixed(0)} MiB (target: under 2,048), first search after a restart ${large.serving.toFixed(1)} s (target: within 10 s), after the first start ${large.firstServing.toFixed(1)} s`);
  }
}
if (only === undefined || only === 'quality') {
  const quality = await scoreSearchQuality();
  const share = (found: number, of: number): string => `${found}/${of} (${((100 * found) / of).toFixed(0)}%)`;
  console.log(`\nSearch quality set (subgraphs/catalog/test/searchQuality: ${QUALITY_OFFERINGS.length} offerings, ${quality.queries} queries)`);
  console.log(`  expected results in the first five: ${share(quality.inTopFive, quality.expected)} (target: at least 90%); mean reciprocal rank ${quality.meanReciprocalRank.toFixed(2)}`);
  console.log(`  by kind: ${Object.entries(quality.byKind).map(([kind, k]) => `${kind} ${share(k.inTopFive, k.expected)}`).join(', ')}`);
  for (const miss of quality.misses) console.log(`  missed (${miss.kind}) "${miss.query}": ${miss.missing.join(', ')} not in the first five`);
}
process.exit(0);
