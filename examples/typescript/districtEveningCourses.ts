// Evening offerings (starting from 17:00 Leipzig time) in one district, from now to the end of the month.
// Usage: HUB_URL=http://localhost:4000 npx tsx examples/typescript/districtEveningCourses.ts [district]
import { createHubClient, SearchOfferingsDocument } from '@campus/client';

/** Midnight in Leipzig at the start of a day (YYYY-MM-DD), as an instant with its offset. */
function leipzigMidnight(day: string): string {
  const zone = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' }).formatToParts(new Date(`${day}T12:00:00Z`));
  return `${day}T00:00:00${zone.find((part) => part.type === 'timeZoneName')!.value.replace('GMT', '') || 'Z'}`;
}

const hub = createHubClient({ url: `${process.env['HUB_URL'] ?? 'http://localhost:4000'}/graphql` });
const district = process.argv[2] ?? 'Zentrum';
const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
const nextMonth = new Date(Date.UTC(year!, month!, 1)).toISOString().slice(0, 10);
const filter = { districts: [district], timeOfDay: ['EVENING' as const], from: new Date().toISOString(), to: leipzigMidnight(nextMonth) };
const { offerings } = await hub.request(SearchOfferingsDocument, { filter, first: 20 });

console.log(`${offerings.totalCount} evening offerings in ${district} until ${filter.to}`);
for (const { node } of offerings.edges) console.log(`- ${node.nextOccurrence?.start ?? ''} ${node.title} · ${node.location?.name ?? ''} (${node.location?.district ?? ''})`);
