import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogSubgraph } from '@campus/catalog';
import { serveDemoFeeds, type DemoFeedServer } from '@campus/demo';
import { createFeedsSubgraph, type FeedsSubgraph } from '@campus/feeds';
import { createProvidersSubgraph } from '@campus/providers';
import { addressPolicy } from '@campus/harvesters';
import { loadHubConfig, serveSubgraph, type RunningServer } from '@campus/subgraph-runtime';
import { BUNDLED_DEMO_CONFIG } from '../src/settings';
import { graphql } from './generated';
import { startTestHub, type TestHub } from './testHub';

describe('a gateway in front of subgraphs served elsewhere', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'campus-subgraphs-'));
  const servers: RunningServer[] = [];
  const closers: (() => unknown)[] = [];
  let demo: DemoFeedServer;
  let feeds: FeedsSubgraph;
  let hub: TestHub;

  beforeAll(async () => {
    demo = await serveDemoFeeds();
    const config = loadHubConfig(BUNDLED_DEMO_CONFIG);
    const catalog = await createCatalogSubgraph({ dataDir, providers: config.providers });
    const providers = await createProvidersSubgraph({ dataDir, providers: config.providers });
    feeds = await createFeedsSubgraph({ dataDir, feeds: config.feeds, ingest: catalog.ingest, addressPolicy: addressPolicy([]), demoFeedsUrl: demo.url });
    closers.push(() => feeds.close(), () => providers.close(), () => catalog.close());
    await feeds.scheduler.runDue();
    for (const subgraph of [catalog, providers, feeds]) servers.push(await serveSubgraph(subgraph.name, subgraph.schema, 0));
    const [catalogServer, providersServer, feedsServer] = servers;
    hub = await startTestHub({
      HUB_FEEDS_CONFIG: BUNDLED_DEMO_CONFIG,
      HUB_CATALOG_URL: catalogServer!.url,
      HUB_PROVIDERS_URL: providersServer!.url,
      HUB_FEEDS_URL: feedsServer!.url,
    });
  });

  afterAll(async () => {
    await hub.close();
    for (const server of servers) await server.stop();
    for (const close of closers) await close();
    await demo.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('composes them from their own SDL and joins across them', async () => {
    const result = await hub.query(graphql(`query ProvidersWithCounts { providers { name offerings(first: 1) { totalCount } } }`),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.providers.map((p) => [p.name, p.offerings.totalCount > 10])).toEqual([
      ['Digitale Stadt Leipzig', true],
      ['HTWK Leipzig', true],
      ['Universität Leipzig', true],
      ['Volkshochschule Leipzig', true],
    ]);
  });

  it('runs no subgraph and no scheduler of its own', () => {
    expect(hub.feeds).toBeNull();
    expect(hub.queryCounters).toEqual({});
  });
});

describe('two hubs side by side', () => {
  it('run at once with their own ports and data folders', async () => {
    const [first, second] = await Promise.all([startTestHub({ HUB_SUBGRAPHS: 'http' }), startTestHub({ HUB_SUBGRAPHS: 'http' })]);
    try {
      expect(first.port).not.toBe(second.port);
      expect(first.dataDir).not.toBe(second.dataDir);
      const counts = await Promise.all([first, second].map((hub) => hub.query(graphql(`query OfferingCount { offerings { totalCount } }`))));
      const [a, b] = counts.map((c) => c.data!.offerings.totalCount);
      expect(a).toBeGreaterThanOrEqual(60);
      expect(b).toBe(a);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
