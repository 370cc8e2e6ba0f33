import { chromiumPath } from './browser';

/** Finds (or unpacks) Chromium once, before the test files start, so that they do not unpack it side by side. */
export async function setup(): Promise<void> {
  process.env['CHROMIUM_PATH'] = await chromiumPath();
}
