import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readHubSettings, settingsTable } from '../src/settings';
import { REPO } from './processes';

const run = promisify(execFile);

describe('the one table of settings', () => {
  it('is the README\'s configuration table, variable for variable, with the same defaults', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
    const documented = new Map([...section.matchAll(/^\| `([A-Z_]+)` \| ([^|]*) \|/gm)].map((m) => [m[1]!, m[2]!.trim()]));
    const table = settingsTable();
    expect([...documented.keys()].sort()).toEqual(table.map((row) => row.name).sort());
    for (const row of table) expect(documented.get(row.name), row.name).toBe(row.shown ? `\`${row.shown}\`` : '–');
  });

  it.each([
    ['PORT', 'eighty', /^PORT must be a whole number from 0 to 65535, not "eighty"$/],
    ['HUB_SUBGRAPHS', 'remote', /^HUB_SUBGRAPHS must be one of local, http, not "remote"$/],
    ['HUB_CATALOG_URL', 'catalog:4001', /^HUB_CATALOG_URL must be an http\(s\) URL/],
    ['HUB_KEY_CACHE_SECONDS', '3600', /^HUB_KEY_CACHE_SECONDS must be a whole number from 0 to 300/],
    ['HUB_LOG_LEVEL', 'loud', /^HUB_LOG_LEVEL must be one of fatal, error/],
    ['HUB_SCHEDULER', 'maybe', /^HUB_SCHEDULER must be on or off/],
  ])('a wrong %s is refused in a sentence naming it', (name, value, message) => {
    expect(() => readHubSettings({ [name]: value })).toThrow(message);
  });

  it('stops a part that cannot start with one sentence, no stack trace', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'campus-settings-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const failure = await run(process.execPath, ['hub/bin/hub.js', 'start', 'feeds'], { cwd: REPO, env: { ...process.env, HUB_DATA_DIR: dataDir, HUB_IDENTITY_SECRET: 'short' } }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    const { stderr } = failure as { stderr: string };
    expect(stderr.trim()).toMatch(/^The feeds could not start: HUB_IDENTITY_SECRET must be at least 32 random bytes in base64url/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    const missing = await run(process.execPath, ['hub/bin/hub.js', 'start', 'gateway'], { cwd: REPO, env: { ...process.env, HUB_DATA_DIR: dataDir } }).catch((error: { code: number; stderr: string }) => error);
    expect((missing as { stderr: string }).stderr.trim()).toBe('The gateway could not start: the gateway alone needs every subgraph\'s address: set HUB_CATALOG_URL, HUB_PROVIDERS_URL, HUB_FEEDS_URL (or run `npm start` for everything in one process)');
  });

  it('prints itself with `hub settings`', async () => {
    const { stdout } = await run(process.execPath, ['hub/bin/hub.js', 'settings', '--json'], { cwd: REPO });
    expect(JSON.parse(stdout)).toEqual(settingsTable());
  });
});
