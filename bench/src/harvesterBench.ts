import { XMLParser } from 'fast-xml-parser';
import { readFeed } from '@campus/harvesters';
import { NO_FEED_DEFAULTS } from '@campus/schema';
import { measure, peakMemory, type BenchReport } from './measure';

const TOPICS = ['Datenschutz', 'Künstliche Intelligenz', 'Tabellenkalkulation', 'Programmieren mit Python', 'Bildbearbeitung', 'Online-Banking', 'Barrierefreiheit', 'Open Data'];
const PLACES = ['Volkshochschule Leipzig, Löhrstraße 3-7, 04105 Leipzig', 'Stadtbibliothek, Wilhelm-Leuschner-Platz 10/11, 04107 Leipzig', 'HTWK Leipzig, Karl-Liebknecht-Straße 132, 04277 Leipzig'];

/** A realistic RSS 2.0 course feed of `count` items: HTML descriptions, categories, event dates; each `edition` says something else. */
export function syntheticRss(count: number, edition = 0): string {
  const items = Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    return `<item><title>${topic} für Einsteiger:innen, Kurs ${i}</title><link>https://kurse.example.de/k/${i}</link><guid isPermaLink="false">k-${i}</guid>
<description>&lt;p&gt;In diesem Kurs lernen Sie &lt;strong&gt;${topic}&lt;/strong&gt; Schritt für Schritt. Gebühr: ${(i % 9) * 10},00 €.${edition ? ` Stand: Ausgabe ${edition}.` : ''}&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Grundlagen&lt;/li&gt;&lt;li&gt;Übungen&lt;/li&gt;&lt;/ul&gt;</description>
<category>${topic}</category><category>Weiterbildung</category><dc:language>de</dc:language>
<ev:startdate>2027-0${(i % 9) + 1}-${day}T18:00:00+01:00</ev:startdate><ev:enddate>2027-0${(i % 9) + 1}-${day}T19:30:00+01:00</ev:enddate><ev:location>${PLACES[i % PLACES.length]}</ev:location></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Kurse</title><link>https://kurse.example.de/</link>${items.join('\n')}</channel></rss>`;
}

/** An iCalendar of `count` weekly courses, each running for a semester. */
export function syntheticICalendar(count: number): string {
  const events = Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length]!;
    const day = String((i % 28) + 1).padStart(2, '0');
    return [
      'BEGIN:VEVENT',
      `UID:kurs-${i}@vhs.example`,
      `DTSTART;TZID=Europe/Berlin:202701${day}T${String(8 + (i % 12)).padStart(2, '0')}0000`,
      `DTEND;TZID=Europe/Berlin:202701${day}T${String(9 + (i % 12)).padStart(2, '0')}3000`,
      'RRULE:FREQ=WEEKLY;COUNT=16',
      `EXDATE;TZID=Europe/Berlin:202702${day.replace(/^2[89]$/, '27')}T${String(8 + (i % 12)).padStart(2, '0')}0000`,
      `SUMMARY:${topic} am Abend (${i})`,
      `DESCRIPTION:Wöchentlicher Kurs zu ${topic}. Entgelt: 59\\,00 €.`,
      `LOCATION:${PLACES[i % PLACES.length]!.replace(/,/g, '\\,')}`,
      `CATEGORIES:${topic},Kurs`,
      'END:VEVENT',
    ].join('\r\n');
  });
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//DE\r\n${events.join('\r\n')}\r\nEND:VCALENDAR\r\n`;
}

const options = { now: new Date('2026-12-01T00:00:00Z'), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 };
const defaults = NO_FEED_DEFAULTS;

export async function harvesterBench(): Promise<BenchReport[]> {
  const rss = Buffer.from(syntheticRss(10_000));
  const bare = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true });
  const bareParse = await measure('RSS 10,000 items: bare XML parse (fast-xml-parser)', 10_000, () => {
    bare.parse(rss.toString('utf8'));
  });
  let rssOffers = 0;
  const rssPipeline = await measure('RSS 10,000 items: decode, detect, parse, normalise', 10_000, () => {
    const outcome = readFeed({ bytes: rss, contentType: 'application/rss+xml', format: null, feedUrl: 'https://kurse.example.de/feed', defaults }, options);
    rssOffers = outcome.ok ? outcome.offerings.length : -1;
  });
  const ics = Buffer.from(syntheticICalendar(2_000));
  let occurrences = 0;
  const icsPipeline = await measure('iCalendar 2,000 weekly events: parse, expand, normalise', 2_000, () => {
    const outcome = readFeed({ bytes: ics, contentType: 'text/calendar', format: null, feedUrl: 'https://vhs.example/kurse.ics', defaults }, options);
    occurrences = outcome.ok ? outcome.offerings.reduce((n, o) => n + o.occurrences.length, 0) : -1;
  });
  return [
    bareParse,
    { ...rssPipeline, notes: [`${rssOffers} offerings`, `${(rssPipeline.medianMs / bareParse.medianMs).toFixed(2)}x the bare parse (target: within 2x)`] },
    { ...icsPipeline, notes: [`${occurrences} occurrences`, `target: under 1000 ms`] },
    peakMemory(),
  ];
}
