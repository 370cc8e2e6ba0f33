import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import { startTestHub } from './testHub';

const run = promisify(execFile);
const HUB = fileURLToPath(new URL('../bin/hub.js', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../harvesters/test/fixtures/weekly-course.ics', import.meta.url));

async function hub(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [HUB, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let server: Server;
let feedUrl: string;
beforeAll(async () => {
  server = createServer((_, response) =>
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><item><guid>1</guid><title>Datenschutz für Vereine</title></item></channel></rss>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.rss`;
});
afterAll(() => server.close());

describe('hub validate', () => {
  it('prints one JSON document with the format, the normalised offerings, warnings and errors', async () => {
    const { code, stdout } = await hub(['validate', FIXTURE, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { format: string; offerings: { title: string; occurrences: { start: string; timeZone: string }[] }[]; warnings: string[]; errors: string[] };
    expect(report.format).toBe('ICALENDAR');
    expect(report.offerings.map((o) => o.title)).toContain('Python für Anfänger');
    expect(report.errors).toEqual([]);
  });

  it('fetches a URL, refusing loopback unless allowed', async () => {
    const refused = await hub(['validate', feedUrl]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/loopback address, which feeds may not point at/);
    const allowed = await hub(['validate', feedUrl, '--allow-private', new URL(feedUrl).host]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/Format: RSS\n1 offerings\n\n1\. Datenschutz für Vereine/);
  });

  it('names a wrong format flag', async () => {
    const { code, stderr } = await hub(['validate', FIXTURE, '--format', 'pdf']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format must be one of RSS, ATOM/);
  });
});

describe('hub harvest', () => {
  it('harvests every demo feed now and shows its progress', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hub-cli-'));
    try {
      const { code, stdout } = await hub(['harvest'], { HUB_DATA_DIR: dataDir });
      expect(code).toBe(0);
      expect(stdout).toMatch(/^\[1\/4\] uni-leipzig-veranstaltungen … 17 offerings \(17 added/m);
      expect(stdout).toMatch(/^\[4\/4\] htwk-weiterbildung … 12 offerings/m);
      const unknown = await hub(['harvest', 'no-such-feed'], { HUB_DATA_DIR: dataDir });
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/There is no feed "no-such-feed"/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('leaves a running hub harvesting from its own demo server', async () => {
    const running = await startTestHub({ HUB_SCHEDULER: 'off' });
    try {
      const FEED = graphql(`query DemoFeedAddress { feed(id: "vhs-leipzig-kurse") { url } }`);
      const before = await running.query(FEED);
      const { code } = await hub(['harvest'], { HUB_DATA_DIR: running.dataDir });
      expect(code).toBe(0);
      // The command's own demo server has gone with it; the hub's feeds still point at the hub's.
      expect((await running.query(FEED)).data).toEqual(before.data);
      for (const id of ['uni-leipzig-veranstaltungen', 'vhs-leipzig-kurse']) {
        expect((await running.feeds!.harvests.harvest(id)).outcome).not.toBe('FAILED');
      }
    } finally {
      await running.close();
    }
  });
});

describe('hub keys', () => {
  it('makes a key, shows it once as JSON, lists it without it, and revokes it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hub-keys-'));
    try {
      const created = await hub(['keys', 'create', '--role', 'partner', '--provider', 'vhs-leipzig', '--name', 'VHS Redaktion', '--json'], { HUB_DATA_DIR: dataDir });
      expect(created.code).toBe(0);
      const { id, key } = JSON.parse(created.stdout) as { id: string; key: string };
      expect(key).toMatch(/^dch_[\w-]{43}$/);
      const listed = await hub(['keys', 'list'], { HUB_DATA_DIR: dataDir });
      expect(listed.stdout).toContain(id);
      expect(listed.stdout).toContain('VHS Redaktion');
      expect(listed.stdout).not.toContain(key);
      expect((await hub(['keys', 'revoke', id], { HUB_DATA_DIR: dataDir })).stdout).toMatch(/revoked/);
      expect((await hub(['keys', 'list'], { HUB_DATA_DIR: dataDir })).stdout).toMatch(/REVOKED/);
      const refused = await hub(['keys', 'create', '--role', 'partner', '--name', 'x'], { HUB_DATA_DIR: dataDir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/needs the provider/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('hub, as command lines go', () => {
  it.each([[[]], [['validate']], [['harvest']], [['keys']], [['keys', 'create']], [['keys', 'list']], [['keys', 'rotate']], [['keys', 'revoke']]])('%j --help prints its usage and exits 0', async (command) => {
    const { code, stdout } = await hub([...command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: hub${command.map((word) => ` ${word}`).join('')} `);
    expect(stdout).toMatch(/-h, --help/);
  });

  it('prints its version', async () => {
    const { code, stdout } = await hub(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it.each([
    [['harvst'], /unknown command 'harvst'[\s\S]*harvest/],
    [['validate', FIXTURE, '--jsn'], /unknown option '--jsn'[\s\S]*--json/],
    [['validate'], /missing required argument 'url-or-file'/],
    [['keys', 'create', '--name', 'x'], /required option '--role <role>' not specified/],
    [['keys', 'remove', 'k1'], /unknown command 'remove'/],
  ])('%j names the mistake and exits 2', async (args, mistake) => {
    const { code, stdout, stderr } = await hub(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(mistake);
    expect(stdout).toBe('');
  });
});
