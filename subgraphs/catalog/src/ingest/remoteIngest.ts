import { snapshotDocument, type SnapshotIngest } from '@campus/schema';
import { callService, type ServiceTarget } from '@campus/subgraph-runtime';
import { ApplyFeedSnapshotDocument, IndexProvidersDocument, WithdrawFeedOfferingsDocument } from '../generated/ingestOperations';

/**
 * The catalogue's ingest interface for a service in another process or on another machine: each
 * call is one internal operation of the catalog service, which writes its tables itself, in one
 * transaction as in one process. Failures arrive as the errors the harvest records.
 */
export function remoteCatalogIngest(target: Omit<ServiceTarget, 'name'>): SnapshotIngest {
  const service = { ...target, name: 'the catalog service' };
  return {
    applyFeedSnapshot: async (snapshot) => (await callService(service, ApplyFeedSnapshotDocument, { snapshot: snapshotDocument(snapshot) })).applyFeedSnapshot,
    withdrawFeed: async (feedId, at) => (await callService(service, WithdrawFeedOfferingsDocument, { feedId, at: at.toISOString() })).withdrawFeedOfferings,
    indexProviders: async (providers) => {
      await callService(service, IndexProvidersDocument, { providers: providers.map(({ id, name, kind }) => ({ id, name, kind })) });
    },
  };
}
