import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cspViolations, launchChromium } from './browser';
import { startTestHub, type TestHub } from './testHub';

describe('GraphiQL in a real browser', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    [hub, browser] = await Promise.all([startTestHub(), launchChromium()]);
  });
  afterAll(async () => {
    await browser.close();
    await hub.close();
  });

  it('loads from the hub alone and runs the example query', async () => {
    const page = await browser.newPage();
    const refused = cspViolations(page);
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      elsewhere.push(url.href);
      return route.abort();
    });
    await page.goto(`${hub.url}/graphql`);
    await page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
    await expect.poll(() => page.locator('.result-window').innerText(), { timeout: 30_000 }).toContain('totalCount');
    expect(await page.locator('.result-window').innerText()).toMatch(/"title"/);
    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/graphiql.png' });
    expect(elsewhere).toEqual([]);
    // Its inlined scripts run by their hashes: the page's CSP allows no other inline script.
    expect(refused).toEqual([]);
  });
});
