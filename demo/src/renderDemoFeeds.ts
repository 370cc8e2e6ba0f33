import { addDays, addMinutes, berlinOffset, DEMO_TIME_ZONE, type LocalDateTime } from './demoDates';
import type { DemoOffering, DemoPartner, DemoPlace } from './demoCatalogue';

const SITES: Record<string, string> = {
  'uni-leipzig': 'https://www.uni-leipzig.de/digital/veranstaltungen',
  'vhs-leipzig': 'https://www.vhs-leipzig.de/kurse',
  'digitale-stadt-leipzig': 'https://www.leipzig.de/digital/termine',
  'htwk-leipzig': 'https://www.htwk-leipzig.de/weiterbildung',
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function startOf(offering: DemoOffering, today: string): LocalDateTime {
  return { date: addDays(today, offering.day), time: offering.time };
}

function isoWithOffset(at: LocalDateTime): string {
  return `${at.date}T${at.time}:00${berlinOffset(at)}`;
}

function placeLine(place: DemoPlace): string {
  return `${place.name}, ${place.street}, ${place.postcode} Leipzig`;
}

function pageOf(partner: DemoPartner, offering: DemoOffering): string {
  return `${SITES[partner.id]}/${offering.key}`;
}

/** RSS 2.0 with the RSS event module, as a university's news system would publish it. */
export function renderRss(partner: DemoPartner, today: string): string {
  const items = partner.offerings.map((o) => {
    const start = startOf(o, today);
    const place = o.place === 'online' ? 'Online' : placeLine(o.place);
    return `    <item>
      <title>${escapeXml(o.title)}</title>
      <link>${pageOf(partner, o)}</link>
      <guid isPermaLink="false">${o.key}</guid>
      <description>${escapeXml(`<p>${o.description}</p>`)}</description>
      <dc:language>${o.lang}</dc:language>
${o.categories.map((c) => `      <category>${escapeXml(c)}</category>`).join('\n')}
      <ev:startdate>${isoWithOffset(start)}</ev:startdate>
      <ev:enddate>${isoWithOffset(addMinutes(start, o.minutes))}</ev:enddate>
      <ev:location>${escapeXml(place)}</ev:location>${o.place === 'online' ? '' : `
      <geo:lat>${o.place.latitude}</geo:lat>
      <geo:long>${o.place.longitude}</geo:long>`}
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#">
  <channel>
    <title>Universität Leipzig – Veranstaltungen zu digitalen Kompetenzen</title>
    <link>${SITES[partner.id]}</link>
    <description>Vorlesungen, Workshops und Kurse der Universität Leipzig</description>
    <language>de</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

function icalText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets, as RFC 5545 asks. */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest, 'utf8') > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > 74) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts.join('\r\n ');
}

function icalLocal(at: LocalDateTime): string {
  return `${at.date.replace(/-/g, '')}T${at.time.replace(':', '')}00`;
}

const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** iCalendar as a course-management system exports it: weekly courses as RRULE with EXDATE. */
export function renderICalendar(partner: DemoPartner, today: string, calendarName: string): string {
  const events = partner.offerings.flatMap((o) => {
    const start = startOf(o, today);
    const lines = [
      'BEGIN:VEVENT',
      `UID:${o.key}@${partner.id}.example`,
      `DTSTAMP:${today.replace(/-/g, '')}T080000Z`,
      `DTSTART;TZID=${DEMO_TIME_ZONE}:${icalLocal(start)}`,
      `DTEND;TZID=${DEMO_TIME_ZONE}:${icalLocal(addMinutes(start, o.minutes))}`,
      `SUMMARY;LANGUAGE=${o.lang}:${icalText(o.title)}`,
      `DESCRIPTION:${icalText(o.description)}`,
      `CATEGORIES:${o.categories.map(icalText).join(',')}`,
      `URL:${pageOf(partner, o)}`,
    ];
    if (o.place === 'online') lines.push('LOCATION:Online');
    else lines.push(`LOCATION:${icalText(placeLine(o.place))}`, `GEO:${o.place.latitude};${o.place.longitude}`);
    if (o.weeks && o.weeks > 1) {
      lines.push(`RRULE:FREQ=WEEKLY;COUNT=${o.weeks}`);
      for (const week of o.skipWeeks ?? []) {
        lines.push(`EXDATE;TZID=${DEMO_TIME_ZONE}:${icalLocal({ date: addDays(start.date, week * 7), time: o.time })}`);
      }
    }
    lines.push('END:VEVENT');
    return lines;
  });
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${partner.id}//Kursverwaltung//DE`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icalText(calendarName)}`,
    `X-WR-TIMEZONE:${DEMO_TIME_ZONE}`,
    ...BERLIN_VTIMEZONE,
    ...events,
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** JSON Feed 1.1 with the `_event` extension for dates, place and price. */
export function renderJsonFeed(partner: DemoPartner, today: string): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Digitale Stadt Leipzig – Termine',
      home_page_url: SITES[partner.id],
      language: 'de',
      items: partner.offerings.map((o) => {
        const start = startOf(o, today);
        return {
          id: o.key,
          url: pageOf(partner, o),
          title: o.title,
          content_html: `<p>${o.description}</p>`,
          language: o.lang,
          tags: o.categories,
          _event: {
            start: `${start.date}T${start.time}:00`,
            end: (({ date, time }) => `${date}T${time}:00`)(addMinutes(start, o.minutes)),
            timeZone: DEMO_TIME_ZONE,
            location: o.place === 'online' ? { name: 'Online' } : { name: o.place.name, address: `${o.place.street}, ${o.place.postcode} Leipzig`, latitude: o.place.latitude, longitude: o.place.longitude },
            price: o.price,
            currency: 'EUR',
          },
        };
      }),
    },
    null,
    2,
  )}\n`;
}
