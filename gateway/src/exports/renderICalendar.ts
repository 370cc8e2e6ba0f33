import ICAL from 'ical.js';
import { HOME_TIME_ZONE, wallClockAt } from '@campus/schema';
import { placeLine, type ExportOffering } from './exportOffering';

/** Europe/Berlin as calendar apps need it beside times written in it. */
const BERLIN_VTIMEZONE = `BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE`;

/** Parsed once: every export carries the same zone. */
const BERLIN = ICAL.parse(BERLIN_VTIMEZONE) as JCalComponent;

type JCalProperty = [name: string, parameters: Record<string, string>, type: string, ...values: (string | number | number[])[]];
type JCalComponent = [name: string, properties: JCalProperty[], components: JCalComponent[]];

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as Leipzig's wall-clock time, in jCal's date-time form. */
function berlinTime(instant: string): string {
  const w = wallClockAt(new Date(instant), HOME_TIME_ZONE);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
}

function dateTime(name: string, value: string, allDay: boolean): JCalProperty {
  return allDay ? [name, {}, 'date', value.slice(0, 10)] : [name, { tzid: HOME_TIME_ZONE }, 'date-time', berlinTime(value)];
}

const text = (name: string, value: string): JCalProperty => [name, {}, 'text', value];

/**
 * An iCalendar to subscribe to: one VEVENT per date, times in Europe/Berlin with its VTIMEZONE, and
 * UIDs made of the offering's id and the date, so that a calendar app updates rather than duplicates.
 * Built as jCal and written by ical.js in one go: thousands of events are an export's normal size,
 * and ical.js's component objects cost several times more than the plain arrays they wrap.
 */
export function renderICalendar(offerings: readonly ExportOffering[], title: string): string {
  const events: JCalComponent[] = [];
  for (const offering of offerings) {
    const stamp = new Date(offering.updatedAt).toISOString().slice(0, 19) + 'Z';
    const description = [offering.descriptionText ?? offering.summary, `${offering.provider.name}${offering.url ? `: ${offering.url}` : ''}`].filter(Boolean).join('\n\n');
    const place = placeLine(offering);
    const { latitude, longitude } = offering.location ?? {};
    for (const occurrence of offering.occurrences) {
      const properties: JCalProperty[] = [
        text('uid', `${offering.id}-${occurrence.start.replace(/[^0-9]/g, '').slice(0, 14)}@digitalcampus-leipzig`),
        ['dtstamp', {}, 'date-time', stamp],
        dateTime('dtstart', occurrence.start, occurrence.allDay),
      ];
      if (occurrence.end) {
        // iCalendar's end of an all-day event is the day after its last day.
        const end = occurrence.allDay ? new Date(Date.parse(`${occurrence.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : occurrence.end;
        properties.push(dateTime('dtend', end, occurrence.allDay));
      }
      properties.push(text('summary', offering.title), text('description', description));
      if (place) properties.push(text('location', place));
      if (latitude != null && longitude != null) properties.push(['geo', {}, 'float', [latitude, longitude]]);
      if (offering.url) properties.push(['url', {}, 'uri', offering.url]);
      properties.push(text('status', occurrence.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'));
      events.push(['vevent', properties, []]);
    }
  }
  const calendar: JCalComponent = [
    'vcalendar',
    [
      text('version', '2.0'),
      text('prodid', '-//Digital Campus Hub Leipzig//Katalog//DE'),
      text('calscale', 'GREGORIAN'),
      text('method', 'PUBLISH'),
      // Calendar apps' own properties: 'unknown' keeps ical.js from adding a VALUE parameter they do not expect.
      ['x-wr-calname', {}, 'unknown', title],
      ['x-wr-timezone', {}, 'unknown', HOME_TIME_ZONE],
    ],
    [BERLIN, ...events],
  ];
  // ical.js ends every line, the last one too, with CRLF as RFC 5545 wants.
  return ICAL.stringify(calendar as never);
}
