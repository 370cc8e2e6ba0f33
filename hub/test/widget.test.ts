import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, launchChromium } from './browser';
import { FORMATS } from '@campus/schema';
import { graphql } from './generated';
import type { Lang } from './generated/graphql';
import { startTestHub, type TestHub } from './testHub';

const SHOTS = 'test-output/widget';

/** A city page on its own origin, embedding the widget with the README's two lines, and CSS that would break a careless widget. */
function hostPage(hubUrl: string, attributes: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadt Leipzig – Digitale Bildung</title>
<style>button, select { display: none !important; } * { color: #ff00ff; font-size: 40px; } li { list-style: square; }</style></head>
<body><main><h1>Digitale Bildung in Leipzig</h1>
<script src="${hubUrl}/widget.js" defer></script>
<campus-catalogue ${attributes}></campus-catalogue>
</main></body></html>`;
}

async function serveHostPage(html: (path: string) => string): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(request.url ?? '/')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Every request the page makes that goes anywhere but the hub and the host page. */
async function watchForeignRequests(page: Page, allowed: string[]): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (allowed.includes(url.origin) || url.protocol === 'data:') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  return foreign;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own CSP rightly allows no injected script.
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return result;
}

describe('the catalogue widget in a real browser', () => {
  let hub: TestHub;
  let browser: Browser;
  let host: { url: string; server: Server };
  let context: BrowserContext;

  beforeAll(async () => {
    host = await serveHostPage((path) => hostPage(hubUrlFor(), new URLSearchParams(path.split('?')[1] ?? '').get('attrs') ?? 'page-size="5"'));
    [hub, browser] = await Promise.all([startTestHub({ HUB_CORS_ORIGINS: host.url }), launchChromium()]);
    mkdirSync(SHOTS, { recursive: true });
  });
  const hubUrlFor = () => hub.url;
  afterAll(async () => {
    await context?.close();
    await browser.close();
    await hub.close();
    await new Promise((resolve) => host.server.close(resolve));
  });

  it('is one small script with its registered operations: under 40 KB gzipped on the wire', async () => {
    const source = readFileSync(new URL('../../gateway/widget/campus-catalogue.js', import.meta.url));
    const wire = await new Promise<{ type: string; encoding: string; body: Buffer }>((resolve, reject) => {
      get(`${hub.url}/widget.js`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response
          .on('data', (chunk: Buffer) => chunks.push(chunk))
          .on('end', () => resolve({ type: String(response.headers['content-type']), encoding: String(response.headers['content-encoding']), body: Buffer.concat(chunks) }))
          .on('error', reject);
      }).on('error', reject);
    });
    expect(wire.type).toMatch(/javascript/);
    expect(wire.encoding).toBe('gzip');
    const served = gunzipSync(wire.body).toString();
    // The script as written, with the hash and text of its operation where it has a place for them.
    const [before, after] = source.toString().split('/* registered operations */ {}');
    expect(served.startsWith(before!) && served.endsWith(after!)).toBe(true);
    const operations = JSON.parse(served.slice(before!.length, served.length - after!.length)) as Record<string, { hash: string; query: string }>;
    expect(Object.keys(operations).sort()).toEqual(['Catalogue', 'Suggest']);
    for (const { hash, query } of Object.values(operations)) expect(hash).toBe(createHash('sha256').update(query).digest('hex'));
    expect(wire.body.length).toBeLessThan(40 * 1024);
  });

  it('searches, filters, opens a result, pages on and switches language on a city page of another origin', async () => {
    context = await browser.newContext({ locale: 'de-DE', timezoneId: 'America/New_York' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const foreign = await watchForeignRequests(page, [hub.url, host.url]);
    await page.goto(`${host.url}/`);
    const widget = page.locator('campus-catalogue');
    const status = widget.locator('[role="status"]');
    const results = widget.locator('li.result');

    const all = await hub.query(graphql(`query FirstOffering { offerings(first: 1) { totalCount edges { node { title } } } }`));
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toBe(`${all.data!.offerings.totalCount} Angebote gefunden`);
    await expect.poll(() => results.count()).toBe(5);
    // The host page hides buttons and paints everything magenta; the shadow DOM keeps the widget usable.
    await expect.poll(() => widget.locator('button.more').isVisible()).toBe(true);
    expect(await status.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).fontSize])).toEqual(['rgb(26, 26, 26)', '16px']);
    expect(await results.first().innerText()).toMatch(/vor Ort|online|hybrid/);
    await page.screenshot({ path: `${SHOTS}/1-first-results.png`, fullPage: true });

    // Type a query: the word everyone would try first, taken from a real offering.
    const word = all.data!.offerings.edges[0]!.node.title.split(/\s+/).find((w) => w.length > 4)!.replace(/\W+$/, '');
    const searched = await hub.query(graphql(`query SearchCount($s: String) { offerings(search: $s) { totalCount } }`), { s: word });
    const count = searched.data!.offerings.totalCount;
    await widget.locator('input[type="search"]').pressSequentially(word, { delay: 30 });
    await expect.poll(() => status.innerText()).toBe(`${count} ${count === 1 ? 'Angebot' : 'Angebote'} gefunden`);
    await expect.poll(() => results.first().locator('h2').innerText()).not.toBe('');
    await page.screenshot({ path: `${SHOTS}/2-search.png`, fullPage: true });

    // Pick a filter: the option's facet count is the number of results that follow.
    await widget.locator('input[type="search"]').fill('');
    await expect.poll(() => status.innerText()).toBe(`${all.data!.offerings.totalCount} Angebote gefunden`);
    const format = widget.locator('select[name="format"]');
    const option = format.locator('option').nth(1);
    const [label, value] = [await option.innerText(), await option.getAttribute('value')];
    const facetCount = Number(/\((\d+)\)$/.exec(label)![1]);
    await format.selectOption(value!);
    await expect.poll(() => status.innerText()).toBe(`${facetCount} ${facetCount === 1 ? 'Angebot' : 'Angebote'} gefunden`);
    await page.screenshot({ path: `${SHOTS}/3-filtered.png`, fullPage: true });

    // Open a result with the keyboard: full description, all dates, a link to the partner, add to calendar.
    const first = results.first();
    const details = first.locator('button[data-details]');
    await details.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => details.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => first.locator('[part="details"]').isVisible()).toBe(true);
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(/^https?:\/\//);
    const calendar = await first.locator('a[download]').getAttribute('href');
    const ics = await (await fetch(calendar!)).text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(0);
    expect(new Set([...ics.matchAll(/^UID:(.+?)-\d/gm)].map((m) => m[1])).size).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/4-details.png`, fullPage: true });

    // Page on: the list grows and focus moves to the first new result.
    await format.selectOption('');
    await expect.poll(() => status.innerText()).toBe(`${all.data!.offerings.totalCount} Angebote gefunden`);
    await results.first().locator('button[data-details]').click();
    await widget.locator('button.more').click();
    await expect.poll(() => results.count()).toBe(10);
    // What was open stays open; focus moves to the first new result.
    expect(await results.first().locator('button[data-details]').getAttribute('aria-expanded')).toBe('true');
    expect(await widget.evaluate((element) => element.shadowRoot!.activeElement?.closest('li.result') === element.shadowRoot!.querySelectorAll('li.result')[5])).toBe(true);
    const titles = await results.locator('h2').allInnerTexts();
    expect(new Set(titles).size).toBe(10);
    await page.screenshot({ path: `${SHOTS}/5-more.png`, fullPage: true });

    // Dates are Leipzig's, whatever the visitor's own time zone (this browser believes it is in New York).
    const shown = await hub.query(graphql(`query FirstTenDates { offerings(first: 10) { edges { node { occurrences { start allDay } } } } }`));
    const timed = shown.data!.offerings.edges.findIndex((edge) => edge.node.occurrences.some((o) => !o.allDay));
    expect(timed).toBeGreaterThanOrEqual(0);
    const leipzigTimes = shown.data!.offerings.edges[timed]!.node.occurrences
      .filter((o) => !o.allDay)
      .map((o) => new Intl.DateTimeFormat('de', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(o.start)));
    const text = (await results.nth(timed).textContent())!;
    for (const time of leipzigTimes) expect(text).toContain(time);

    // The subscribe link carries the search to the iCal export.
    expect(await widget.locator('a.subscribe').getAttribute('href')).toBe(`${hub.url}/export/offerings.ics?`);

    // Switch language: the visitor's choices stay.
    await format.selectOption(value!);
    await expect.poll(() => status.innerText()).toBe(`${facetCount} ${facetCount === 1 ? 'Angebot' : 'Angebote'} gefunden`);
    await page.evaluate(() => document.querySelector('campus-catalogue')!.setAttribute('lang', 'en'));
    await expect.poll(() => status.innerText()).toBe(`${facetCount} ${facetCount === 1 ? 'offering' : 'offerings'} found`);
    expect(await widget.locator('label[for="q"]').innerText()).toBe('Search');
    expect(await format.inputValue()).toBe(value);

    // "From date" means from midnight in Leipzig, though this browser believes it is in New York.
    const sentFrom: unknown[] = [];
    page.on('request', (request) => {
      // The widget asks by its operation's hash, as a GET that caches may keep.
      const url = new URL(request.url());
      if (url.pathname === '/graphql' && request.method() === 'GET') sentFrom.push((JSON.parse(url.searchParams.get('variables')!) as { filter: { from?: string } }).filter.from);
    });
    await widget.locator('input[type="date"]').fill('2026-07-01');
    const fromSummer = await hub.query(graphql(`query FilteredCount($f: OfferingFilter) { offerings(filter: $f) { totalCount } }`), { f: { formats: FORMATS.filter((f) => f === value), from: '2026-06-30T22:00:00.000Z' } });
    const summerCount = fromSummer.data!.offerings.totalCount;
    await expect.poll(() => status.innerText()).toBe(summerCount === 0 ? 'No offerings found. Try another word or fewer filters.' : `${summerCount} ${summerCount === 1 ? 'offering' : 'offerings'} found`);
    expect(await page.evaluate(() => new Date('2026-07-01T00:00:00').getTimezoneOffset())).toBe(240);
    expect(sentFrom).toContain('2026-06-30T22:00:00.000Z');
    await widget.locator('input[type="date"]').fill('');
    await expect.poll(() => status.innerText()).toBe(`${facetCount} ${facetCount === 1 ? 'offering' : 'offerings'} found`);
    await page.screenshot({ path: `${SHOTS}/6-english.png`, fullPage: true });

    expect(await axeViolations(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(foreign).toEqual([]);
  });

  it('completes the search as an APG combobox: by keyboard and by click, in its language, announced, with no axe violations', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/`);
    const widget = page.locator('campus-catalogue');
    const input = widget.locator('input[type="search"]');
    const listbox = widget.locator('[role="listbox"]');
    const options = listbox.locator('[role="option"]');
    const status = widget.locator('[role="status"]');
    // The completions' own live region: polite, apart from the results' status.
    const announced = widget.locator('[aria-live="polite"]:not([role="status"])');
    const focusedId = () => widget.evaluate((element) => element.shadowRoot!.activeElement?.id);
    const completions = async (prefix: string, lang: Lang = 'DE') => (await hub.query(graphql(`query WidgetCompletions($p: String!, $lang: Lang) { suggest(prefix: $p, lang: $lang) { text kind value } }`), { p: prefix, lang })).data!.suggest;
    const countFor = async (search: string) => (await hub.query(graphql(`query WidgetSearchCount($s: String) { offerings(search: $s) { totalCount } }`), { s: search })).data!.offerings.totalCount;
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/Angebote gefunden$/);
    expect(await input.evaluate((element) => [element.getAttribute('role'), element.getAttribute('aria-autocomplete'), element.getAttribute('aria-expanded')])).toEqual(['combobox', 'list', 'false']);
    expect(await input.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));

    // One letter completes nothing; from two on the list opens with what the hub completes, each option's kind said in words.
    const keyword = await completions('Datens');
    expect(keyword.map((s) => s.kind)).toEqual(['KEYWORD', 'TITLE']);
    await input.pressSequentially('D');
    await page.waitForTimeout(400);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await input.pressSequentially('atens', { delay: 30 });
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    expect(await listbox.isVisible()).toBe(true);
    // What a screen reader says of each option, and the kind in view beside the text.
    expect(await options.allTextContents()).toEqual([`${keyword[0]!.text}, Stichwort`, keyword[1]!.text]);
    expect(await options.first().getByText('Stichwort', { exact: true }).isVisible()).toBe(true);
    expect(await announced.textContent()).toBe('2 Vorschläge');
    await page.screenshot({ path: `${SHOTS}/10-suggestions.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The arrows move the highlight (wrapping), focus stays in the field, nothing is filled in yet.
    const ids = await options.evaluateAll((list) => list.map((option) => option.id));
    expect(new Set(ids).size).toBe(2);
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[0]);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[1]);
    expect(await options.evaluateAll((list) => list.map((option) => option.getAttribute('aria-selected')))).toEqual([null, 'true']);
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[0]);
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[1]);
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[0]);
    expect(await focusedId()).toBe('q');
    expect(await input.inputValue()).toBe('Datens');

    // Enter takes the highlighted completion: the field holds it, the list closes, the results are its.
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe(keyword[0]!.text);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    expect(await listbox.isVisible()).toBe(false);
    const taken = await countFor(keyword[0]!.text);
    await expect.poll(() => status.innerText()).toBe(`${taken} ${taken === 1 ? 'Angebot' : 'Angebote'} gefunden`);
    // ArrowDown opens the list again, at its first option.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));

    // Escape closes the list and keeps the text; a second Escape clears the field, and the search with it.
    await input.fill('');
    const all = await countFor('');
    await expect.poll(() => status.innerText()).toBe(`${all} Angebote gefunden`);
    const topic = (await completions('Sicher'))[0]!;
    expect(topic).toMatchObject({ text: 'Sicherheit', kind: 'TOPIC' });
    await input.pressSequentially('Sicher', { delay: 30 });
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    expect(await listbox.isVisible()).toBe(false);
    expect(await input.inputValue()).toBe('Sicher');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    await expect.poll(() => status.innerText()).toBe(`${all} Angebote gefunden`);

    // Tab closes the list, and the answer to a keystroke just before it does not open it again.
    await input.pressSequentially('Sicher', { delay: 30 });
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    await input.press('Backspace');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(400);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await listbox.isVisible()).toBe(false);

    // A click takes an option; a topic sets the widget's topic filter rather than searching its name.
    await input.fill('');
    await input.pressSequentially('Sicher', { delay: 30 });
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    expect(await options.first().textContent()).toBe('Sicherheit, Thema');
    await options.first().click();
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('');
    const select = widget.locator('select[name="topic"]');
    await expect.poll(() => select.inputValue()).toBe(topic.value);
    const facet = Number(/\((\d+)\)$/.exec(await select.locator(`option[value="${topic.value}"]`).innerText())![1]);
    await expect.poll(() => status.innerText()).toBe(`${facet} ${facet === 1 ? 'Angebot' : 'Angebote'} gefunden`);
    await select.selectOption('');

    // A title, clicked, is searched as written.
    const title = (await completions('Pyth'))[0]!;
    await input.pressSequentially('Pyth', { delay: 30 });
    await widget.locator('[role="option"]', { hasText: title.text }).click();
    expect(await input.inputValue()).toBe(title.text);
    const titled = await countFor(title.text);
    await expect.poll(() => status.innerText()).toBe(`${titled} ${titled === 1 ? 'Angebot' : 'Angebote'} gefunden`);

    // In English the hub completes English names, and the kinds and the count are English.
    await page.evaluate(() => document.querySelector('campus-catalogue')!.setAttribute('lang', 'en'));
    await expect.poll(() => status.innerText()).toMatch(/offerings? found$/);
    const english = await completions('Safe', 'EN');
    await input.fill('');
    await input.pressSequentially('Safe', { delay: 30 });
    await expect.poll(() => options.allTextContents()).toEqual(english.map((s) => (s.kind === 'TOPIC' ? `${s.text}, Topic` : s.text)));
    expect(await announced.textContent()).toBe(english.length === 1 ? '1 suggestion' : `${english.length} suggestions`);
    expect(await listbox.getAttribute('aria-label')).toBe('Suggestions');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers "Meinten Sie …?" where a search is one typo off, runs the correction on a click and marks results found by a typo', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/`);
    const widget = page.locator('campus-catalogue');
    const input = widget.locator('input[type="search"]');
    const status = widget.locator('[role="status"]');
    const correction = widget.locator('[part="did-you-mean"]');
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/Angebote gefunden$/);
    // "Python", a word of the demo catalogue, with two letters swapped.
    const misspelt = await hub.query(graphql(`query WidgetMisspelt($s: String) { offerings(search: $s) { totalCount didYouMean edges { matchedBy } } }`), { s: 'Pyhton' });
    expect(misspelt.data!.offerings.didYouMean).toBe('Python');
    const typos = misspelt.data!.offerings.edges.filter((e) => e.matchedBy === 'TYPO').length;
    expect(typos).toBeGreaterThan(0);
    const found = misspelt.data!.offerings.totalCount;

    await input.fill('Pyhton');
    await expect.poll(() => correction.isVisible()).toBe(true);
    expect(await correction.innerText()).toBe('Meinten Sie Python?');
    // The results' live region says it too.
    expect(await status.textContent()).toBe(`${found} ${found === 1 ? 'Angebot' : 'Angebote'} gefunden. Meinten Sie Python?`);
    expect(await widget.locator('li.result .hint', { hasText: 'gefunden über eine ähnliche Schreibweise' }).count()).toBe(typos);
    await page.screenshot({ path: `${SHOTS}/11-did-you-mean.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // In English, the same line in English; its button runs the corrected search, and focus waits in the field.
    await page.evaluate(() => document.querySelector('campus-catalogue')!.setAttribute('lang', 'en'));
    await expect.poll(() => correction.innerText()).toBe('Did you mean Python?');
    await correction.getByRole('button', { name: 'Python' }).click();
    expect(await input.inputValue()).toBe('Python');
    const exact = (await hub.query(graphql(`query WidgetCorrected($s: String) { offerings(search: $s) { totalCount didYouMean } }`), { s: 'Python' })).data!.offerings;
    expect(exact.didYouMean).toBeNull();
    await expect.poll(() => status.textContent()).toBe(`${exact.totalCount} ${exact.totalCount === 1 ? 'offering' : 'offerings'} found`);
    expect(await correction.isVisible()).toBe(false);
    expect(await widget.locator('li.result .hint').count()).toBe(0);
    expect(await widget.evaluate((element) => element.shadowRoot!.activeElement?.id)).toBe('q');
    await page.close();
  });

  it('fixes a view through attributes and says what to do when nothing matches', async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/?attrs=${encodeURIComponent('lang="en" target-group="teachers"')}`);
    const teachers = await hub.query(graphql(`query TeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }`));
    const status = page.locator('campus-catalogue [role="status"]');
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(new RegExp(`^${teachers.data!.offerings.totalCount} offerings? found$`));
    expect(await page.locator('campus-catalogue select[name="group"]').count()).toBe(0);
    // Everything fits on one page, so there is nothing more to load.
    expect(teachers.data!.offerings.totalCount).toBeLessThan(10);
    expect(await page.locator('campus-catalogue button.more').isVisible()).toBe(false);
    await page.locator('campus-catalogue input[type="search"]').fill('zzqxjvunfindable');
    await expect.poll(() => status.innerText()).toBe('No offerings found. Try another word or fewer filters.');
    await page.screenshot({ path: `${SHOTS}/7-empty.png`, fullPage: true });
    await page.locator('campus-catalogue input[type="search"]').fill('one two three four five six seven eight nine ten eleven twelve thirteen');
    await expect.poll(() => status.innerText()).toBe('Please search with fewer words (at most 12).');
    await page.close();
  });

  it('shows an error that says what to do when the hub refuses the page', async () => {
    const other = await serveHostPage(() => hostPage(hub.url, ''));
    const page = await browser.newPage();
    await page.goto(`${other.url}/`);
    await expect.poll(() => page.locator('campus-catalogue [role="status"]').innerText(), { timeout: 20_000 }).toBe(
      'Der Katalog ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
    );
    await page.screenshot({ path: `${SHOTS}/8-error.png`, fullPage: true });
    await page.close();
    await new Promise((resolve) => other.server.close(resolve));
  });

  it('serves the same catalogue at /embed for iframes, with the attributes as URL parameters', async () => {
    const page = await browser.newPage();
    const refused = cspViolations(page);
    const foreign = await watchForeignRequests(page, [hub.url]);
    const answer = await page.goto(`${hub.url}/embed?lang=en&target-group=TEACHERS`);
    // The city's pages may frame /embed (the origins allowed for the widget); no other page of the hub.
    expect(answer!.headers()['content-security-policy']).toMatch(new RegExp(`frame-ancestors ${host.url}`));
    expect(answer!.headers()['x-frame-options']).toBeUndefined();
    const teachers = await hub.query(graphql(`query EmbedTeacherOfferingCount { offerings(filter: { targetGroups: [TEACHERS] }) { totalCount } }`));
    await expect.poll(() => page.locator('campus-catalogue [role="status"]').innerText(), { timeout: 20_000 }).toMatch(
      new RegExp(`^${teachers.data!.offerings.totalCount} offerings? found$`),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(refused).toEqual([]);
    await page.close();
  });

  it('home page: the configurator changes the widget beside it and writes the snippet to copy', async () => {
    const page = await browser.newPage();
    const refused = cspViolations(page);
    const answer = await page.goto(`${hub.url}/`);
    expect(answer!.headers()).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    expect(answer!.headers()['content-security-policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    const status = page.locator('#preview [role="status"]');
    await expect.poll(() => status.innerText(), { timeout: 20_000 }).toMatch(/Angebote? gefunden$/);
    await page.locator('#c-lang').selectOption('en');
    await page.locator('#c-group').selectOption('TEACHERS');
    await expect.poll(() => status.innerText()).toMatch(/offerings? found$/);
    const snippet = await page.locator('#c-snippet').inputValue();
    expect(snippet).toBe(`<script src="${hub.url}/widget.js" defer></script>\n<campus-catalogue lang="en" target-group="TEACHERS"></campus-catalogue>`);
    expect(await page.locator('#c-embed').getAttribute('href')).toBe('/embed?lang=en&target-group=TEACHERS');
    expect(await axeViolations(page)).toEqual([]);
    expect(refused).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/9-home.png`, fullPage: true });
    await page.close();
  });
});
