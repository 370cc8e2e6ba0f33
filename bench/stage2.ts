import { syntheticRss } from './src/harvesterBench';
import { decodeFeedText, parseRss } from '@campus/harvesters';
import sanitizeHtml from 'sanitize-html';
import { XMLParser } from 'fast-xml-parser';
const bytes = Buffer.from(syntheticRss(10000));
const opts = { now: new Date('2026-12-01T00:00:00Z'), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12, documentUrl: 'https://x/' };
const d = decodeFeedText(bytes, null);
const p = parseRss(d.text, opts); if (!p.ok) throw 1;
const contents = p.feed.items.map((i) => i.content!);
const base = { allowedTags: ['p','br','ul','ol','li','strong','b','em','i','a','h3','h4','h5','h6','blockquote','code','pre'], allowedAttributes: { a: ['href','rel'] }, allowedSchemes: ['http','https','mailto'] };
const bare = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });
const ours = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', textNodeName: '#text', processEntities: true, htmlEntities: true, parseTagValue: false, parseAttributeValue: false, trimValues: true, isArray: (n) => ['item','category'].includes(n), stopNodes: [] });
for (let r = 0; r < 3; r++) {
  let t = performance.now(); for (const c of contents) sanitizeHtml(c, base); const a = performance.now() - t;
  t = performance.now(); for (const c of contents) sanitizeHtml(c, { ...base, transformTags: { a: (tagName, attribs) => ({ tagName, attribs }) } }); const b = performance.now() - t;
  t = performance.now(); bare.parse(d.text); const c = performance.now() - t;
  t = performance.now(); ours.parse(d.text); const e = performance.now() - t;
  t = performance.now(); parseRss(d.text, opts); const f = performance.now() - t;
  console.log({ sanitize: a | 0, sanitizeTransform: b | 0, bareParse: c | 0, oursParse: e | 0, parseRss: f | 0 });
}
