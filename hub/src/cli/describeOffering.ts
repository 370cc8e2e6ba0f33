import type { HarvestedOffering, Occurrence } from '@campus/schema';

const WHEN = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' });

/** A date as Leipzig reads it: all-day items as dates, times in Europe/Berlin. */
export function describeOccurrence(occurrence: Occurrence): string {
  if (occurrence.allDay) {
    const day = (date: string): string => DAY.format(new Date(`${date}T00:00:00Z`));
    return occurrence.end ? `${day(occurrence.start)} – ${day(occurrence.end)}` : day(occurrence.start);
  }
  const start = WHEN.format(new Date(occurrence.start));
  const endText = occurrence.end ? WHEN.format(new Date(occurrence.end)) : null;
  // The same day shows only the closing time; another day shows the whole end.
  const end = endText === null ? '' : endText.slice(0, -7) === start.slice(0, -7) ? `–${endText.slice(-5)}` : ` – ${endText}`;
  return `${start}${end}${occurrence.status === 'CANCELLED' ? ' (cancelled)' : ''}`;
}

/** A few lines that let a partner check an offering at a glance. */
export function describeOffering(offering: HarvestedOffering, index: number): string {
  const [first, ...more] = offering.occurrences;
  const place = offering.location ? [offering.location.name, offering.location.address].filter(Boolean).join(', ') : null;
  const cost = offering.cost.kind === 'PAID' ? `${offering.cost.amount} ${offering.cost.currency}` : offering.cost.kind === 'FREE' ? 'free' : 'cost unknown';
  return [
    `${index + 1}. ${offering.title}`,
    first ? `   ${describeOccurrence(first)}${more.length > 0 ? ` and ${more.length} more dates` : ''}` : '   no dates',
    place ? `   ${place}` : null,
    `   ${[offering.type, offering.format, offering.languages.join('/') || null, cost].filter(Boolean).join(' · ')}`,
    offering.url ? `   ${offering.url}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}
