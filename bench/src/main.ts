import { harvesterBench } from './harvesterBench';
import { printReports } from './measure';
import { searchBench } from './searchBench';

/**
 * `npm run bench`: prints figures; it asserts nothing, since these machines are noisy.
 * `npm run bench -- harvest` or `npm run bench -- search` runs one part only.
 */
const only = process.argv[2];
console.log(`Digital Campus Hub benchmarks, ${new Date().toISOString()}, Node ${process.version}`);
if (only !== 'search') printReports('Harvesters (median of 5 runs after a warm-up)', await harvesterBench());
if (only !== 'harvest') {
  const search = await searchBench();
  const line = (name: string, r: { perSecond: number; p50: number; p99: number; errors: number }) =>
    `  ${name}: ${r.perSecond.toLocaleString('en')} requests/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms${r.errors ? `, ${r.errors} errors` : ''}`;
  console.log(`\nSearch over 100,000 offerings: a varying word, two filters, four facets, first page of 20 with provider (${search.seeded.seconds > 0 ? `seeded in ${search.seeded.seconds.toFixed(0)} s` : 'seed reused'})`);
  console.log(line('(a) in-process search engine (FTS5 + index, no GraphQL, 1 caller)', search.raw));
  console.log(line('(b) catalog subgraph over HTTP, 16 clients (provider id)', search.subgraph));
  console.log(line('(c) gateway over HTTP, 16 clients (provider name from the providers subgraph)', search.gateway));
  console.log(`  gateway / subgraph throughput: ${(search.gateway.perSecond / search.subgraph.perSecond).toFixed(2)} (target: at least 0.5); gateway p99 ${search.gateway.p99.toFixed(1)} ms (target: under 50 ms)`);
  console.log(`  ${search.icalExport.name}: ${search.icalExport.medianMs.toFixed(0)} ms, median of 5 (target: under 200 ms)`);
  console.log(`  widget in Chromium, last keystroke to first results (150 ms debounce included), ${search.widget.searches} words: median ${search.widget.medianMs.toFixed(0)} ms, p90 ${search.widget.p90Ms.toFixed(0)} ms (target: under 300 ms)`);
}
process.exit(0);
