import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import { startTestHub, type TestHub } from './testHub';

let hub: TestHub;
let online: { id: string; title: string; occurrences: { start: string }[] }[];

beforeAll(async () => {
  hub = await startTestHub();
  const result = await hub.query(graphql(`query OnlineOfferings { offerings(filter: { formats: [ONLINE] }, first: 100) { edges { node { id title occurrences { start } } } } }`),
  );
  online = result.data!.offerings.edges.map((e) => e.node);
});
afterAll(() => hub.close());

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${hub.url}${path}`, { headers });
}

describe('exports', () => {
  it('give an iCalendar that calendar apps read, one event per date, in Leipzig time', async () => {
    const response = await get('/export/offerings.ics?formats=ONLINE');
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as never);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(online.reduce((n, o) => n + o.occurrences.length, 0));
    expect([...new Set(events.map((e) => e.summary))].sort()).toEqual(online.map((o) => o.title).sort());
    for (const event of events) {
      expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
      const original = online.flatMap((o) => o.occurrences.map((d) => ({ title: o.title, start: d.start }))).find((d) => d.title === event.summary && Date.parse(d.start) === event.startDate.toJSDate().getTime());
      expect(original, event.summary).toBeDefined();
    }
  });

  it('keep their UIDs from one request to the next, so subscriptions update in place', async () => {
    const uids = async (): Promise<string[]> => {
      const calendar = new ICAL.Component(ICAL.parse(await (await get('/export/offerings.ics')).text()) as never);
      return calendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
    };
    const first = await uids();
    expect(new Set(first).size).toBe(first.length);
    expect(await uids()).toEqual(first);
  });

  it('give RSS, JSON-LD and CSV that independent parsers read back to the same offerings', async () => {
    const rss = new XMLParser().parse(await (await get('/export/offerings.rss?formats=ONLINE')).text()) as { rss: { channel: { item: { title: string }[] | { title: string } } } };
    const items = [rss.rss.channel.item].flat();
    expect(items.map((i) => i.title).sort()).toEqual(online.map((o) => o.title).sort());

    const jsonld = (await (await get('/export/offerings.jsonld?formats=ONLINE')).json()) as { '@type': string; itemListElement: { item: { '@type': string; name: string; hasCourseInstance: { '@type': string; startDate: string }[] } }[] };
    expect(jsonld['@type']).toBe('ItemList');
    expect(jsonld.itemListElement.map((e) => e.item.name).sort()).toEqual(online.map((o) => o.title).sort());
    expect(jsonld.itemListElement.every((e) => e.item['@type'] === 'Course' && e.item.hasCourseInstance.every((i) => i['@type'] === 'CourseInstance'))).toBe(true);

    const rows = parseCsv(await (await get('/export/offerings.csv?formats=ONLINE')).text(), { columns: true, bom: true }) as { id: string; title: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(online.map((o) => o.id).sort());
  });

  it('take the same search and filters as the API', async () => {
    const rows = parseCsv(await (await get('/export/offerings.csv?search=Datenschutz&free=false')).text(), { columns: true, bom: true }) as { title: string }[];
    const api = await hub.query(graphql(`query FreeOfDataProtection { offerings(search: "Datenschutz", filter: { free: false }) { edges { node { title } } } }`));
    expect(rows.map((r) => r.title)).toEqual(api.data!.offerings.edges.map((e) => e.node.title));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('answer a matching If-None-Match with 304 and say how long to cache', async () => {
    const first = await get('/export/offerings.ics');
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(etag).toMatch(/^".+"$/);
    const again = await get('/export/offerings.ics', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('explain a bad request instead of failing', async () => {
    const response = await get('/export/offerings.ics?districts=Atlantis');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/"Atlantis" is no Leipzig Ortsteil/);
    expect((await get('/export/offerings.ics?limit=0')).status).toBe(400);
    const sort = await get('/export/offerings.ics?sort=popular');
    expect(sort.status).toBe(400);
    expect(await sort.text()).toBe('Bad export request: "sort" must be one of RELEVANCE, NEXT_START, NEWEST, TITLE, not "popular"');
    expect((await get('/export/offerings.pdf')).status).toBe(404);
  });
});
