import { readFeed } from '@campus/harvesters';
import { syntheticICalendar, syntheticRss } from './src/harvesterBench';
const which = process.argv[2];
const bytes = Buffer.from(which === 'ics' ? syntheticICalendar(2000) : syntheticRss(10000));
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  readFeed({ bytes, contentType: null, format: null, feedUrl: 'https://x/', defaults: { languages: [], targetGroups: [], timeZone: null } }, { now: new Date('2026-12-01T00:00:00Z'), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 });
  console.log(which, performance.now() - t);
}
