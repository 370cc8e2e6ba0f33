import { createCatalogSubgraph } from '@campus/catalog';
import { TARGET_GROUPS, TOPICS } from '@campus/schema';
import { random, VOCABULARY } from './syntheticCatalogue';
const catalog = createCatalogSubgraph({ dataDir: '/tmp/campus-bench-100000-v2' });
for (const w of ['ung', 'ein', 'ter', 'bild', 'schutz', 'Daten schutz', 'kurs']) { catalog.search({ search: w, filter: {}, sort: null, first: 20, after: null, now: new Date() }); const t = performance.now(); const r = catalog.search({ search: w, filter: {}, sort: null, first: 20, after: null, now: new Date() }); console.log(w, r.totalCount, (performance.now() - t).toFixed(1)); }
const next = random(7);
const pick = <T,>(l: readonly T[]): T => l[Math.floor(next() * l.length)]!;
const work = () => { const filters: Record<string, unknown>[] = [{ formats: ['IN_PERSON', 'HYBRID'] }, { targetGroups: [pick(TARGET_GROUPS)] }, { topics: [pick(TOPICS)] }, { free: true }]; const [a, b] = [filters.splice(Math.floor(next() * filters.length), 1)[0]!, filters[Math.floor(next() * filters.length)]!]; return { search: pick(VOCABULARY), filter: { ...a, ...b } }; };
const times: number[] = [];
const t0 = performance.now();
for (let i = 0; i < 1500; i++) { const { search, filter } = work(); const t = performance.now(); const r = catalog.search({ search, filter, sort: null, first: 20, after: null, now: new Date() }); catalog.offeringsById(r.hits.map(h => h.offering.id)); times.push(performance.now() - t); }
times.sort((a, b) => a - b);
console.log('total', (performance.now() - t0).toFixed(0), 'mean', (times.reduce((s, x) => s + x, 0) / times.length).toFixed(2), 'p50', times[750]!.toFixed(1), 'p90', times[1350]!.toFixed(1), 'p99', times[1485]!.toFixed(1), 'max', times[1499]!.toFixed(1));
