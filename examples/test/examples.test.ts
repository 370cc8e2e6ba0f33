import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { graphql, startTestHub, type TestHub } from '@campus/hub/test/hub';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const HERE = fileURLToPath(new URL('..', import.meta.url));

let hub: TestHub;
let partnerKey = '';

/** Runs an example as its README says, against the hub this test started. */
async function example(file: string, args: string[] = [], env: Record<string, string> = {}): Promise<string> {
  const [command, ...rest] = file.endsWith('.sh') ? ['bash', `${HERE}curl/${file}`] : [process.execPath, '--import', 'tsx', `${HERE}typescript/${file}`];
  const { stdout } = await run(command!, [...rest, ...args], { env: { ...process.env, HUB_URL: hub.url, ...env }, timeout: 30_000 });
  return stdout;
}

type Answer = { data: { offerings: { totalCount: number; edges: { node: Record<string, unknown> }[] } } };

beforeAll(async () => {
  hub = await startTestHub();
  partnerKey = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'examples' })).key;
});
afterAll(() => hub.close());

describe('the examples, run against a demo hub', () => {
  it('search with facets: curl and TypeScript count the same offerings by the same facets', async () => {
    const expected = await hub.query(graphql(`query DataTopics { offerings(search: "Daten") { totalCount facets(lang: EN) { topics { label count } } } }`));
    const { totalCount, facets } = expected.data!.offerings;
    expect(totalCount).toBeGreaterThan(0);
    const curl = JSON.parse(await example('search-with-facets.sh', ['Daten'])) as Answer & { data: { offerings: { facets: { topics: { label: string; count: number }[] } } } };
    expect(curl.data.offerings.totalCount).toBe(totalCount);
    expect(curl.data.offerings.facets.topics).toEqual(facets.topics);
    const typescript = await example('searchWithFacets.ts', ['Daten']);
    expect(typescript).toContain(`${totalCount} offerings for "Daten"`);
    expect(typescript).toContain(`Topic: ${facets.topics.map((t) => `${t.label} (${t.count})`).join(', ')}`);
  });

  it("a district's evening courses this month: only evenings in that district, the same in both", async () => {
    // The district with the most evening offerings in the demo, whatever today's date makes of it.
    const districts = await hub.query(graphql(`query EveningDistricts { offerings(filter: { timeOfDay: [EVENING] }) { facets { districts { value count } } } }`));
    const district = districts.data!.offerings.facets.districts[0]?.value ?? 'Zentrum';
    const curl = JSON.parse(await example('district-evening-courses.sh', [district])) as Answer;
    for (const { node } of curl.data.offerings.edges) expect((node['location'] as { district: string }).district).toBe(district);
    const typescript = await example('districtEveningCourses.ts', [district]);
    expect(typescript).toMatch(new RegExp(`^${curl.data.offerings.totalCount} evening offerings in ${district} until \\d{4}-\\d{2}-01T00:00:00\\+0[12]:00`));
    for (const line of typescript.split('\n').slice(1).filter(Boolean)) {
      const start = new Date(line.slice(2, line.indexOf(' ', 2)));
      expect(Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', hour: 'numeric', hourCycle: 'h23' }).format(start))).toBeGreaterThanOrEqual(17);
    }
  });

  it('subscribe to a search as iCal: a webcal URL and the calendar behind it', async () => {
    const curl = await example('subscribe-ical.sh', ['Künstliche Intelligenz', 'IN_PERSON,ONLINE']);
    const [first, ...calendar] = curl.split('\n');
    expect(first).toBe(`Subscribe to: webcal://${hub.url.replace('http://', '')}/export/offerings.ics?search=K%C3%BCnstliche%20Intelligenz&formats=IN_PERSON,ONLINE`);
    expect(calendar.join('\n')).toMatch(/^BEGIN:VCALENDAR/);
    const events = calendar.filter((line) => line.startsWith('BEGIN:VEVENT')).length;
    expect(events).toBeGreaterThan(0);
    const typescript = await example('subscribeIcal.ts', ['Künstliche Intelligenz', 'IN_PERSON,ONLINE']);
    expect(typescript).toContain(`It holds ${events} events now.`);
    expect(typescript).toContain('webcal://');
  });

  it("a partner's harvest health with its key: its own feeds, and a clear refusal without a key", async () => {
    const curl = JSON.parse(await example('partner-harvest-health.sh', [], { HUB_API_KEY: partnerKey })) as { data: { me: { role: string }; feedsConnection: { edges: { node: { health: { status: string } } }[] } } };
    expect(curl.data.me.role).toBe('PARTNER');
    expect(curl.data.feedsConnection.edges.length).toBeGreaterThan(0);
    const typescript = await example('partnerHarvestHealth.ts', [], { HUB_API_KEY: partnerKey });
    expect(typescript).toMatch(/^Signed in as PARTNER for /);
    expect(typescript).toMatch(/\nHEALTHY http.* · last run SUCCESS \(\d+ items\)/);
    await expect(example('partnerHarvestHealth.ts', [], { HUB_API_KEY: '' })).rejects.toThrow(/set HUB_API_KEY/);
    await expect(example('partnerHarvestHealth.ts', [], { HUB_API_KEY: 'wrong' })).rejects.toThrow(/UNAUTHENTICATED|Authorization header|not valid/);
  });
});
