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

const CRLF = '\r\n';
const ICALENDAR = ICAL.design.getDesignSet('vcalendar');

/** Properties as content lines, each written (escaped, folded) by ical.js and ended with CRLF. */
const lines = (properties: JCalProperty[]): string => properties.map((p) => ICAL.stringify.property(p, ICALENDAR, false) + CRLF).join('');

/**
 * An iCalendar to subscribe to: one VEVENT per date, times in Europe/Berlin with its VTIMEZONE, and
 * UIDs made of the offering's id and the date, so that a calendar app updates rather than duplicates.
 * ical.js writes every property from plain jCal arrays (its component objects cost several times
 * more); what the dates of one offering share (title, description, place, link) is written once
 * and repeated, since thousands of events are an export's normal size.
 */
export function renderICalendar(offerings: readonly ExportOffering[], title: string): string {
  const events: string[] = [];
  for (const offering of offerings) {
    const stamp = new Date(offering.updatedAt).toISOString().slice(0, 19) + 'Z';
    const description = [offering.descriptionText ?? offering.summary, `${offering.provider.name}${offering.url ? `: ${offering.url}` : ''}`].filter(Boolean).join('\n\n');
    const place = placeLine(offering);
    const { latitude, longitude } = offering.location ?? {};
    const common: JCalProperty[] = [text('summary', offering.title), text('description', description)];
    if (place) common.push(text('location', place));
    if (latitude != null && longitude != null) common.push(['geo', {}, 'float', [latitude, longitude]]);
    if (offering.url) common.push(['url', {}, 'uri', offering.url]);
    const shared = lines(common);
    for (const occurrence of offering.occurrences) {
      const own: JCalProperty[] = [
        text('uid', `${offering.id}-${occurrence.start.replace(/[^0-9]/g, '').slice(0, 14)}@digitalcampus-leipzig`),
        ['dtstamp', {}, 'date-time', stamp],
        dateTime('dtstart', occurrence.start, occurrence.allDay),
      ];
      if (occurrence.end) {
        // iCalendar's end of an all-day event is the day after its last day.
        const end = occurrence.allDay ? new Date(Date.parse(`${occurrence.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : occurrence.end;
        own.push(dateTime('dtend', end, occurrence.allDay));
      }
      own.push(text('status', occurrence.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED'));
      events.push(`BEGIN:VEVENT${CRLF}${lines(own)}${shared}END:VEVENT${CRLF}`);
    }
  }
  const header = lines([
    text('version', '2.0'),
    text('prodid', '-//Digital Campus Hub Leipzig//Katalog//DE'),
    text('calscale', 'GREGORIAN'),
    text('method', 'PUBLISH'),
    // Calendar apps' own properties: 'unknown' keeps ical.js from adding a VALUE parameter they do not expect.
    ['x-wr-calname', {}, 'unknown', title],
    ['x-wr-timezone', {}, 'unknown', HOME_TIME_ZONE],
  ]);
  return `BEGIN:VCALENDAR${CRLF}${header}${ICAL.stringify.component(BERLIN, ICALENDAR)}${CRLF}${events.join('')}END:VCALENDAR${CRLF}`;
}
