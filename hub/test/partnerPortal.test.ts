import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspViolations, launchChromium } from './browser';
import { startTestHub, type TestHub } from './testHub';

let hub: TestHub;
let browser: Browser;
let partnerSite: Server;
let feedUrl: string;
let partnerKey: string;
let adminKey: string;

const RSS = `<rss version="2.0"><channel><title>Makerspace</title>
<item><guid>m1</guid><title>Löten für Einsteiger</title><link>https://makerspace.example/m1</link></item>
<item><guid>m2</guid><title>3D-Druck Sprechstunde</title><link>https://makerspace.example/m2</link></item></channel></rss>`;

beforeAll(async () => {
  partnerSite = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS));
  await new Promise<void>((resolve) => partnerSite.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(partnerSite.address() as AddressInfo).port}/kurse.rss`;
  [hub, browser] = await Promise.all([startTestHub({ HUB_SCHEDULER: 'off', HUB_ALLOW_PRIVATE_HOSTS: new URL(feedUrl).host }), launchChromium()]);
  partnerKey = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'digitale-stadt-leipzig', name: 'Redaktion' })).key;
  adminKey = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
  mkdirSync('test-output', { recursive: true });
});

afterAll(async () => {
  await browser.close();
  await hub.close();
  partnerSite.close();
});

async function signIn(page: Page, key: string): Promise<void> {
  await page.getByLabel('API-Schlüssel').fill(key);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect.poll(() => page.locator('#who').textContent(), { timeout: 10_000 }).toMatch(/Angemeldet als/);
}

describe('the partner portal in a real browser', () => {
  it('lets a partner validate and register a feed, an admin approve it, and the partner see its offerings arrive', async () => {
    const page = await browser.newPage();
    const refused = cspViolations(page);
    page.on('dialog', (dialog) => void dialog.dismiss());
    const answer = await page.goto(`${hub.url}/partners`);
    // Its script is a file of the hub's: the page's CSP runs no inline script, and no site may frame it.
    expect(answer!.headers()['content-security-policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    expect(answer!.headers()['content-security-policy']).not.toMatch(/unsafe-inline'?;?[^;]*script|script-src[^;]*unsafe-inline/);
    expect(answer!.headers()['x-frame-options']).toBe('DENY');

    await signIn(page, partnerKey);
    await page.getByLabel('Adresse des Feeds (http oder https)').fill(feedUrl);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await expect.poll(() => page.locator('#offering-count').textContent(), { timeout: 10_000 }).toBe('2');
    expect(await page.locator('#report').textContent()).toContain('Löten für Einsteiger');
    await page.screenshot({ path: 'test-output/portal-validated.png', fullPage: true });
    await page.getByRole('button', { name: 'Feed anmelden' }).click();
    await expect.poll(() => page.locator('#message').textContent(), { timeout: 10_000 }).toMatch(/wartet auf Freigabe/);
    await expect.poll(() => page.locator(`#feed-list article[aria-label="${feedUrl}"] .status`).textContent(), { timeout: 10_000 }).toBe('PENDING');
    await page.getByRole('button', { name: 'Abmelden' }).click();

    await signIn(page, adminKey);
    const pending = page.locator(`#attention-list article[aria-label="${feedUrl}"]`);
    await expect.poll(() => pending.count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: 'test-output/portal-admin.png', fullPage: true });
    await pending.getByRole('button', { name: 'Freigeben' }).click();
    await expect.poll(() => page.locator(`#feed-list article[aria-label="${feedUrl}"] .status`).textContent(), { timeout: 10_000 }).toBe('HEALTHY');
    await page.getByRole('button', { name: 'Abmelden' }).click();

    await signIn(page, partnerKey);
    const mine = page.locator(`#feed-list article[aria-label="${feedUrl}"]`);
    const before = Number(await mine.locator('.count').textContent());
    await mine.getByRole('button', { name: 'Jetzt ernten' }).click();
    await expect.poll(async () => Number(await page.locator(`#feed-list article[aria-label="${feedUrl}"] .count`).textContent()), { timeout: 10_000 }).toBe(before + 2);
    await page.getByLabel('Sprache').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Check and register a feed' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.locator(`#feed-list article[aria-label="${feedUrl}"]`).getByRole('button', { name: 'Harvest now' }).count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: 'test-output/portal-harvested.png', fullPage: true });
    expect(refused).toEqual([]);
  });

  it('turns away a key that is not valid, in words', async () => {
    const page = await browser.newPage();
    await page.goto(`${hub.url}/partners`);
    await page.getByLabel('API-Schlüssel').fill('dch_falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.locator('#message').textContent()).toMatch(/gilt nicht/);
    expect(await page.locator('#workspace').isHidden()).toBe(true);
  });
});
