import { GraphQLScalarType } from 'graphql';
import { readSnapshotDocument, type SnapshotIngest } from '@campus/schema';
import { badInput, requireService } from '@campus/subgraph-runtime';
import type { MutationResolvers } from '../generated/resolvers';

/** Taken as sent: `applyFeedSnapshot` checks it against the offering model itself, naming what fails. */
export const FeedSnapshotDocumentScalar = new GraphQLScalarType({
  name: 'FeedSnapshotDocument',
  parseValue: (value) => value,
  serialize: () => {
    throw new TypeError('a snapshot is never sent back');
  },
});

/**
 * The catalogue's ingest as internal GraphQL operations (`@inaccessible`: the gateway's public
 * schema has none of them), for a feeds or providers service in another process. Only those two
 * services may call them, by their signed service header.
 */
export function ingestResolvers(ingest: SnapshotIngest, secret: Buffer): MutationResolvers {
  return {
    applyFeedSnapshot: async (_, args, context) => {
      requireService(context, secret, ['feeds']);
      const read = readSnapshotDocument(args.snapshot);
      if (!read.ok) throw badInput(`the snapshot does not fit the offering model: ${read.problems.join('; ')}`, 'snapshot');
      return ingest.applyFeedSnapshot(read.snapshot);
    },
    withdrawFeedOfferings: async (_, args, context) => {
      requireService(context, secret, ['feeds']);
      return ingest.withdrawFeed(args.feedId, new Date(args.at));
    },
    indexProviders: async (_, args, context) => {
      requireService(context, secret, ['providers']);
      await ingest.indexProviders(args.providers);
      return true;
    },
  };
}
