import { serveDemoFeeds } from '@campus/demo';
import { withDemoFeedsAt, type HubConfig } from '@campus/schema';
import { loadHubConfig } from '@campus/subgraph-runtime';
import type { HubSettings } from './hubSettings';

export interface OperatorConfig {
  config: HubConfig;
  /** Private addresses feeds may point at: the operator's, and the demo server's loopback. */
  allowPrivate: string[];
  close(): Promise<void>;
}

/**
 * The operator's providers and feeds, with the bundled demo feed server started when the file asks
 * for it (its `{demoFeeds}` URLs then point at that server).
 */
export async function openOperatorConfig(settings: HubSettings): Promise<OperatorConfig> {
  const fileConfig = loadHubConfig(settings.feedsConfigPath);
  const demo = fileConfig.demoFeeds ? await serveDemoFeeds() : null;
  return {
    config: withDemoFeedsAt(fileConfig, demo?.url ?? null),
    allowPrivate: demo ? ['127.0.0.1', ...settings.allowPrivateHosts] : settings.allowPrivateHosts,
    close: async () => {
      await demo?.close();
    },
  };
}
