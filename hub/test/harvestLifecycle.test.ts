import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import { startTestHub, type TestHub } from './testHub';

function rss(items: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Partner</title><link>https://partner.example/</link>${items
    .map((title, i) => `<item><guid>item-${i}</guid><title>${title}</title><link>https://partner.example/${i}</link></item>`)
    .join('')}</channel></rss>`;
}

let body = rss(['Erster Kurs', 'Zweiter Kurs']);
let status = 200;
let partner: Server;
let hub: TestHub;

const OFFERINGS = graphql(`query PartnerOfferings($all: Boolean) { offerings(filter: { includeWithdrawn: $all }, first: 100) { edges { node { id title status } } } }`);
const HEALTH = graphql(`query PartnerFeedHealth { feed(id: "partner-feed") { lastHarvest { outcome error added updated unchanged withdrawn itemCount } runs(first: 10) { outcome } } }`);


beforeAll(async () => {
  partner = createServer((_, response) => response.writeHead(status, { 'content-type': 'application/rss+xml' }).end(body));
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const configPath = join(tmpdir(), `campus-hub-config-${process.pid}.json`);
  writeFileSync(
    configPath,
    JSON.stringify({
      providers: [{ id: 'partner', name: 'Ein Partner', kind: 'INITIATIVE' }],
      feeds: [{ id: 'partner-feed', providerId: 'partner', url: `http://127.0.0.1:${(partner.address() as AddressInfo).port}/feed.rss` }],
    }),
  );
  hub = await startTestHub({ HUB_FEEDS_CONFIG: configPath, HUB_ALLOW_PRIVATE_HOSTS: `127.0.0.1:${(partner.address() as AddressInfo).port}` });
});

afterAll(async () => {
  await hub.close();
  partner.close();
});

const harvestNow = () => hub.feeds!.harvests.harvest('partner-feed');

describe('a feed over its lifetime', () => {
  it('is harvested at start-up', async () => {
    const result = await hub.query(OFFERINGS);
    expect(result.data!.offerings.edges.map((e) => e.node.title).sort()).toEqual(['Erster Kurs', 'Zweiter Kurs']);
  });

  it('costs no writes when nothing changed', async () => {
    await harvestNow();
    const health = await hub.query(HEALTH);
    expect(health.data!.feed!.lastHarvest).toMatchObject({ outcome: 'UNCHANGED', error: null });
  });

  it('keeps every earlier offering when the feed breaks, and shows why on the feed', async () => {
    const before = await hub.query(OFFERINGS);
    body = '<rss><channel><item><title>kaputt';
    await harvestNow();
    status = 500;
    await harvestNow();
    const after = await hub.query(OFFERINGS);
    expect(after.data).toEqual(before.data);
    const health = await hub.query(HEALTH);
    expect(health.data!.feed!.lastHarvest).toMatchObject({ outcome: 'FAILED', error: 'HTTP 500 Internal Server Error' });
    expect(health.data!.feed!.runs.map((r) => r.outcome)).toEqual(['FAILED', 'FAILED', 'UNCHANGED', 'SUCCESS']);
  });

  it('updates in place and withdraws items gone from the feed, keeping them on request', async () => {
    const before = await hub.query(OFFERINGS);
    const firstId = before.data!.offerings.edges.find((e) => e.node.title === 'Erster Kurs')!.node.id;
    status = 200;
    body = rss(['Erster Kurs (neu)']);
    await harvestNow();
    const health = await hub.query(HEALTH);
    expect(health.data!.feed!.lastHarvest).toMatchObject({ outcome: 'SUCCESS', added: 0, updated: 1, unchanged: 0, withdrawn: 1, itemCount: 1 });
    const visible = await hub.query(OFFERINGS);
    expect(visible.data!.offerings.edges.map((e) => e.node)).toEqual([{ id: firstId, title: 'Erster Kurs (neu)', status: 'SCHEDULED' }]);
    const all = await hub.query(OFFERINGS, { all: true });
    expect(all.data!.offerings.edges.map((e) => [e.node.title, e.node.status]).sort()).toEqual([
      ['Erster Kurs (neu)', 'SCHEDULED'],
      ['Zweiter Kurs', 'WITHDRAWN'],
    ]);
  });
});
