import { syntheticRss } from './src/harvesterBench';
import { decodeFeedText, parseRss, normaliseFeed } from '@campus/harvesters';
import { XMLValidator, XMLParser } from 'fast-xml-parser';
import { validateHarvestedOffering } from '@campus/schema';
const bytes = Buffer.from(syntheticRss(10000));
const opts = { now: new Date('2026-12-01T00:00:00Z'), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12, documentUrl: 'https://x/' };
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const d = decodeFeedText(bytes, null); const a = performance.now() - t; t = performance.now();
  XMLValidator.validate(d.text); const v = performance.now() - t; t = performance.now();
  const p = parseRss(d.text, opts); const b = performance.now() - t; t = performance.now();
  if (!p.ok) throw 1;
  const n = normaliseFeed(p.feed, { feedUrl: 'https://x/', defaults: { languages: [], targetGroups: [], timeZone: null } }); const c = performance.now() - t; t = performance.now();
  for (const o of n.offerings) validateHarvestedOffering(o); const z = performance.now() - t;
  console.log({ decode: a | 0, validate: v | 0, parseIncValidate: b | 0, normalise: c | 0, zodAgain: z | 0 });
}
