import { syntheticRss } from './src/harvesterBench';
import { decodeFeedText, parseRss, normaliseFeed } from '@campus/harvesters';
const bytes = Buffer.from(syntheticRss(10000));
const opts = { now: new Date('2026-12-01T00:00:00Z'), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12, documentUrl: 'https://x/' };
const d = decodeFeedText(bytes, null);
const p = parseRss(d.text, opts); if (!p.ok) throw 1;
for (let r = 0; r < 8; r++) normaliseFeed(p.feed, { feedUrl: 'https://x/', defaults: { languages: [], targetGroups: [], timeZone: null } });
