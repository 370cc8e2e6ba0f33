import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NO_FEED_DEFAULTS } from '@campus/schema';
import { readFeed, type ReadFeedOutcome } from '../src/readFeed';

/** The quirks each corpus file stands for, asserted outright (the snapshots hold the rest). */
function read(path: string): Extract<ReadFeedOutcome, { ok: true }> {
  const outcome = attempt(path);
  if (!outcome.ok) throw new Error(`${path}: ${outcome.error}`);
  return outcome;
}

function attempt(path: string): ReadFeedOutcome {
  return readFeed(
    { bytes: readFileSync(new URL(`./corpus/${path}`, import.meta.url)), contentType: null, format: null, feedUrl: `https://feeds.example.org/${path}`, defaults: NO_FEED_DEFAULTS },
    { now: new Date('2026-11-29T00:00:00Z'), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 },
  );
}

describe('character sets', () => {
  it('reads ISO-8859-1 as declared, with German umlauts', () => {
    expect(read('rss2/golem-de_iso-8859-1-declared_feedcreator_content-encoded.xml').offerings[1]?.summary).toContain('für Kanalbetreiber');
  });
  it('reads Windows-1252 with its euro sign', () => {
    expect(read('rss2/windows-1252-declared_euro-sign.xml').title).toBe('Euro €');
  });
  it('falls back to Windows-1252 for undeclared non-UTF-8 bytes', () => {
    const feed = read('rss2/cercle-psy_no-xml-declaration_undeclared-iso-8859-1.xml');
    expect(feed.offerings[0]?.summary).toContain('études');
    expect(feed.warnings).toContain('the feed declares no character set and is not UTF-8; read as Windows-1252');
  });
  it('turns Windows-1252 bytes that became control codes back into their characters', () => {
    expect(read('rss2/cp1252-smart-quote-byte_no-encoding-decl.xml').offerings[0]?.descriptionText).toBe('don’t');
  });
  it('reads Windows-1251 Cyrillic', () => {
    expect(read('rss2/ibash_windows-1251_cdata-html.xml').offerings[0]?.title).toMatch(/^Цитата #\d+$/);
  });
});

describe('XML feeds', () => {
  it('scopes xml:base as the spec says: a sibling\'s base does not leak', () => {
    expect(read('atom/atom03_xml-base-inheritance-sibling-elements.xml').offerings[0]?.description).toContain('href="http://example.com/parent/test.html"');
  });
  it('resolves Atom links through xml:base and strips script from XHTML content', () => {
    const [entry] = read('atom/atom10_xml-base_xhtml-content_rel-enclosure_javascript-style.xml').offerings;
    expect(entry?.url).toBe('http://example.org/entry/3');
    expect(entry?.description).not.toMatch(/javascript|style/);
  });
  it('matches RSS 1.0 elements by namespace, whatever their prefix', () => {
    expect(read('rss1-rdf/rss10_nonstandard-namespace-prefixes.rdf').offerings[0]).toMatchObject({ title: 'First of all', url: 'http://example.org/archives/2002/09/04.html#first_of_all' });
  });
  it('reads RSS 0.90 under the Netscape namespace', () => {
    expect(read('rss1-rdf/heise_rss090-netscape-namespace_german.rdf').offerings[0]?.title).toBe('OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen');
  });
  it('reads what it can of a file cut off inside its last tag, and says so', () => {
    expect(read('rss2/illformed_unclosed-root-tag_amp-in-link_crlf.xml').warnings[0]).toMatch(/ends inside a tag/);
  });
  it('refuses an HTML page with a reason', () => {
    expect(attempt('rss2/not-a-feed_html-document-moved-page.rss')).toMatchObject({ ok: false, error: 'this is an HTML page, not a feed' });
  });
});

describe('iCalendar producers', () => {
  it('maps Windows zone names and mends a quoted TZID that swallowed its value', () => {
    const feed = read('ics/exchange2010_multiple-windows-timezones.ics');
    expect(feed.offerings.map((o) => o.occurrences[0]?.timeZone)).toEqual(['Europe/Berlin', 'Europe/Berlin', 'America/Los_Angeles', 'America/Los_Angeles']);
    expect(feed.offerings[0]?.occurrences[0]?.start).toBe('2020-09-10T07:00:00.000Z');
    expect(feed.warnings[0]).toMatch(/quoted TZID included its value/);
  });
  it('reads fixed-offset labels as offset zones', () => {
    expect(read('ics/bad-tzid-utc-plus-11_vtimezone-without-offsets.ics').offerings[0]?.occurrences[0]).toMatchObject({ start: '2017-02-28T12:00:00.000Z', timeZone: 'Etc/GMT-11' });
  });
  it('joins a line broken without folding', () => {
    expect(read('ics/confluence-calendar_vtimezone-with-uid-sequence.ics').warnings).toEqual(['a line broken without folding was joined to the one before']);
  });
  it('expands RDATE periods, which ical.js itself cannot', () => {
    expect(read('ics/zimbra_rrule-exdate-rdate-period_recurrence-id_empty-vtimezone.ics').offerings).toHaveLength(1);
  });
});

describe('structured course data', () => {
  it('expands an OpenActive schedule in its own zone', () => {
    const [camp] = read('jsonld/openactive-rpde_courseinstance_schedule-repeatcount_instanceofcourse.json').offerings;
    expect(camp?.occurrences.map((o) => o.start)).toEqual(['2018-08-01T08:00:00.000Z', '2018-08-02T08:00:00.000Z', '2018-08-03T08:00:00.000Z']);
    expect(camp).toMatchObject({ type: 'COURSE', cost: { kind: 'PAID', amount: 124, currency: 'GBP' } });
  });
  it('finds every event in an HTML page\'s many JSON-LD blocks', () => {
    expect(read('jsonld/songkick_artist-page_many-jsonld-events.html').offerings).toHaveLength(13);
  });
  it('says what a page\'s JSON-LD holds when it holds no course or event', () => {
    expect(attempt('jsonld/multiple-null-scripts_unicode-escaped-at-context.html')).toMatchObject({ ok: false, error: 'the JSON-LD holds no Course, CourseInstance or Event (only LocalBusiness, Review)' });
  });
  it('reads MOOChub v3 with its workload per week, licence and free access', () => {
    const feed = read('moochub/moochub-v3_spec-example-openhpi_data-object-not-array.json');
    expect(feed.offerings[0]).toMatchObject({ type: 'MOOC', format: 'ONLINE', workloadHours: 6, licence: 'CC-BY-SA-4.0', cost: { kind: 'FREE' }, languages: ['en'] });
    expect(feed.warnings).toEqual(['"data" is one course, not a list of courses; read as a list of one']);
  });
  it('reads MOOChub v1 with workload in minutes and its languages', () => {
    expect(read('moochub/oncampus-mooin_moochub-v1-jsonapi_courses_de.json').offerings[0]).toMatchObject({ workloadHours: 18, languages: ['de', 'ar'], cost: { kind: 'FREE' } });
  });
});
