// A search as a calendar to subscribe to: the URL any calendar app takes, and what it holds now.
// Usage: HUB_URL=http://localhost:4000 npx tsx examples/typescript/subscribeIcal.ts [words] [formats]
const hub = process.env['HUB_URL'] ?? 'http://localhost:4000';
const url = new URL('/export/offerings.ics', hub);
url.search = new URLSearchParams({ search: process.argv[2] ?? 'Daten', formats: process.argv[3] ?? 'ONLINE,HYBRID,IN_PERSON' }).toString();

const response = await fetch(url);
if (!response.ok) throw new Error(`the hub answered ${response.status}: ${await response.text()}`);
const calendar = await response.text();
console.log(`Subscribe to: ${url.href.replace(/^https?:/, 'webcal:')}`);
console.log(`It holds ${calendar.match(/^BEGIN:VEVENT/gm)?.length ?? 0} events now.`);
