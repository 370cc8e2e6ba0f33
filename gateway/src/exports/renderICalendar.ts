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

function berlinTime(instant: string): InstanceType<typeof ICAL.Time> {
  return ICAL.Time.fromData({ ...wallClockAt(new Date(instant), HOME_TIME_ZONE), isDate: false });
}

function dateTime(name: string, value: string, allDay: boolean): InstanceType<typeof ICAL.Property> {
  const property = new ICAL.Property(name);
  if (allDay) {
    property.setValue(ICAL.Time.fromDateString(value));
  } else {
    property.setParameter('tzid', HOME_TIME_ZONE);
    property.setValue(berlinTime(value));
  }
  return property;
}

/**
 * An iCalendar to subscribe to: one VEVENT per date, times in Europe/Berlin with its VTIMEZONE, and
 * UIDs made of the offering's id and the date, so that a calendar app updates rather than duplicates.
 */
export function renderICalendar(offerings: readonly ExportOffering[], title: string): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('prodid', '-//Digital Campus Hub Leipzig//Katalog//DE');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  calendar.updatePropertyWithValue('x-wr-calname', title);
  calendar.updatePropertyWithValue('x-wr-timezone', HOME_TIME_ZONE);
  calendar.addSubcomponent(new ICAL.Component(ICAL.parse(BERLIN_VTIMEZONE) as never));
  for (const offering of offerings) {
    for (const occurrence of offering.occurrences) {
      const event = new ICAL.Component('vevent');
      event.updatePropertyWithValue('uid', `${offering.id}-${occurrence.start.replace(/[^0-9]/g, '').slice(0, 14)}@digitalcampus-leipzig`);
      event.updatePropertyWithValue('dtstamp', ICAL.Time.fromJSDate(new Date(offering.updatedAt), true));
      event.addProperty(dateTime('dtstart', occurrence.start, occurrence.allDay));
      if (occurrence.end) {
        // iCalendar's end of an all-day event is the day after its last day.
        const end = occurrence.allDay ? new Date(Date.parse(`${occurrence.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : occurrence.end;
        event.addProperty(dateTime('dtend', end, occurrence.allDay));
      }
      event.updatePropertyWithValue('summary', offering.title);
      const description = [offering.descriptionText ?? offering.summary, `${offering.provider.name}${offering.url ? `: ${offering.url}` : ''}`].filter(Boolean).join('\n\n');
      event.updatePropertyWithValue('description', description);
      const place = placeLine(offering);
      if (place) event.updatePropertyWithValue('location', place);
      if (offering.location?.latitude != null && offering.location.longitude != null) event.updatePropertyWithValue('geo', [offering.location.latitude, offering.location.longitude]);
      if (offering.url) event.updatePropertyWithValue('url', offering.url);
      event.updatePropertyWithValue('status', occurrence.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED');
      calendar.addSubcomponent(event);
    }
  }
  return calendar.toString().replace(/\r?\n/g, '\r\n') + '\r\n';
}
