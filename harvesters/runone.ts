import { readFileSync } from 'node:fs';
import { readFeed } from './src/readFeed';
const r = readFeed({ bytes: readFileSync(process.argv[2]!), contentType: null, format: null, feedUrl: 'https://example.org/feed', defaults: { languages: [], targetGroups: [], timeZone: null } }, { now: new Date('2026-11-29T00:00:00Z'), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 });
console.log(JSON.stringify(r.ok ? { format: r.format, title: r.title, n: r.offerings.length, warnings: r.warnings, first: r.offerings.slice(0, Number(process.argv[3] ?? 1)) } : r, null, 1).slice(0, Number(process.argv[4] ?? 3000)));
