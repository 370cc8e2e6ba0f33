import { mkdirSync } from 'node:fs';
import { remoteKeyVerifier, startGateway } from '@campus/gateway';
import { identitySecret, log, serveSubgraph } from '@campus/subgraph-runtime';
import { openOperatorConfig } from './operatorConfig';
import { catalogIngestFor, openCatalog, openFeeds, openProviders } from './parts';
import type { HubSettings, Part } from './settings';

/** One part running as a process of its own: where it answers (null: the scheduler, which serves nothing), and how it stops. */
export interface RunningPart {
  part: Part;
  url: string | null;
  stop(): Promise<void>;
}

/**
 * Starts one part of the hub alone, as on a machine of its own: a subgraph served on its port, the
 * scheduler harvesting the feeds, or the gateway in front of subgraphs started elsewhere.
 */
export async function startPart(part: Part, settings: HubSettings): Promise<RunningPart> {
  log.level = settings.logLevel;
  mkdirSync(settings.dataDir, { recursive: true });
  const secret = identitySecret(settings.dataDir, settings.identitySecret);
  switch (part) {
    case 'gateway':
      return startRemoteGateway(settings, secret);
    case 'catalog': {
      const operator = await openOperatorConfig(settings, { demoFeeds: false });
      const catalog = await openCatalog(settings, operator.config, secret);
      await catalog.searchThreadsStarted();
      const server = await serveSubgraph(catalog.name, catalog.schema, settings.ports.catalog, settings.serviceHost);
      return {
        part,
        url: server.url,
        stop: async () => {
          await server.stop();
          await catalog.close();
        },
      };
    }
    case 'providers': {
      const operator = await openOperatorConfig(settings, { demoFeeds: false });
      const providers = await openProviders(settings, operator.config, secret, catalogIngestFor(settings, secret, 'providers', null));
      const server = await serveSubgraph(providers.name, providers.schema, settings.ports.providers, settings.serviceHost);
      return {
        part,
        url: server.url,
        stop: async () => {
          await server.stop();
          await providers.close();
        },
      };
    }
    case 'feeds':
    case 'scheduler': {
      // Each process that fetches feeds serves the bundled demo feeds itself, where the configuration has them.
      const operator = await openOperatorConfig(settings);
      const feeds = await openFeeds(settings, operator.config, secret, catalogIngestFor(settings, secret, 'feeds', null), operator.demoFeedsUrl);
      const close = async () => {
        await feeds.close();
        await operator.close();
      };
      if (part === 'scheduler') {
        void feeds.scheduler.start();
        return {
          part,
          url: null,
          stop: async () => {
            await feeds.scheduler.stop(settings.shutdownGraceMs);
            await close();
          },
        };
      }
      // The feeds service registers, checks and (asked to) harvests feeds; `hub start scheduler` harvests them on their schedule.
      const server = await serveSubgraph(feeds.name, feeds.schema, settings.ports.feeds, settings.serviceHost);
      return {
        part,
        url: server.url,
        stop: async () => {
          await Promise.all([server.stop(), feeds.scheduler.stop(settings.shutdownGraceMs)]);
          await close();
        },
      };
    }
  }
}

async function startRemoteGateway(settings: HubSettings, secret: Buffer): Promise<RunningPart> {
  const missing = (['catalog', 'providers', 'feeds'] as const).filter((name) => !settings.remoteSubgraphs[name]);
  if (missing.length > 0) {
    throw new Error(`the gateway alone needs every subgraph's address: set ${missing.map((name) => `HUB_${name.toUpperCase()}_URL`).join(', ')} (or run \`npm start\` for everything in one process)`);
  }
  const gateway = await startGateway({
    settings,
    local: [],
    remote: settings.remoteSubgraphs,
    authenticate: remoteKeyVerifier({ url: settings.remoteSubgraphs.providers!, timeoutMs: settings.subgraphTimeouts.queryMs, secret }, settings.keyCacheSeconds),
    secret,
    health: { databases: [], scheduler: null, search: null, initialHarvestDone: () => true },
  });
  return {
    part: 'gateway',
    url: `${gateway.url}/graphql`,
    stop: async () => {
      await gateway.shutDown(settings.shutdownGraceMs);
      await gateway.close();
    },
  };
}
