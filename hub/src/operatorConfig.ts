import { serveDemoFeeds } from '@campus/demo';
import type { HubConfig } from '@campus/schema';
import { loadHubConfig } from '@campus/subgraph-runtime';
import type { HubSettings } from './settings';

export interface OperatorConfig {
  config: HubConfig;
  /** The bundled demo feed server this process started for the file's `{demoFeeds}/…` feeds, or null. */
  demoFeedsUrl: string | null;
  close(): Promise<void>;
}

/**
 * The operator's providers and feeds, with the bundled demo feed server started when the file asks
 * for it and this part fetches feeds (`demoFeeds`, default true).
 */
export async function openOperatorConfig(settings: Pick<HubSettings, 'feedsConfigPath'>, options: { demoFeeds?: boolean } = {}): Promise<OperatorConfig> {
  const config = loadHubConfig(settings.feedsConfigPath);
  const demo = config.demoFeeds && options.demoFeeds !== false ? await serveDemoFeeds() : null;
  return {
    config,
    demoFeedsUrl: demo?.url ?? null,
    close: async () => {
      await demo?.close();
    },
  };
}
