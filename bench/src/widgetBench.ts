import { launchChromium } from '@campus/hub/test/browser';

export interface WidgetBenchReport {
  searches: number;
  medianMs: number;
  p90Ms: number;
}

/**
 * The widget in Chromium against a running hub: from the visitor's last keystroke to the
 * first results on screen (debounce, request, rendering), for each word.
 */
export async function widgetBench(hubUrl: string, words: readonly string[]): Promise<WidgetBenchReport> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/embed`);
    await page.locator('campus-catalogue [role="status"]').filter({ hasText: 'gefunden' }).waitFor({ timeout: 60_000 });
    const times: number[] = [];
    for (const word of words) {
      times.push(
        await page.evaluate(async (text) => {
          const root = document.querySelector('campus-catalogue')!.shadowRoot!;
          const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
          const status = root.querySelector('[role="status"]')!;
          const list = root.querySelector('.results')!;
          const before = list.innerHTML;
          const started = performance.now();
          const shown = new Promise<number>((resolve) => {
            new MutationObserver((_, observer) => {
              if (list.innerHTML !== before || /Keine/.test(status.textContent ?? '')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            }).observe(root, { subtree: true, childList: true, characterData: true });
          });
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return shown;
        }, word),
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { searches: times.length, medianMs: sorted[Math.floor(sorted.length / 2)]!, p90Ms: sorted[Math.floor(sorted.length * 0.9)]! };
  } finally {
    await browser.close();
  }
}
