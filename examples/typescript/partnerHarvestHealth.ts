// How a partner's feeds are doing: status, last success and failure, the last harvests.
// Usage: HUB_URL=http://localhost:4000 HUB_API_KEY=<partner key> npx tsx examples/typescript/partnerHarvestHealth.ts
import { createHubClient, FeedHealthDocument } from '@campus/client';

const apiKey = process.env['HUB_API_KEY'];
if (!apiKey) throw new Error('set HUB_API_KEY to your partner key');
const hub = createHubClient({ url: `${process.env['HUB_URL'] ?? 'http://localhost:4000'}/graphql`, apiKey });
const { me, feedsConnection } = await hub.request(FeedHealthDocument, {});

console.log(`Signed in as ${me.role} for ${me.provider?.name ?? 'every provider'}`);
for (const { node: feed } of feedsConnection.edges.filter(({ node }) => me.role === 'ADMIN' || node.provider?.id === me.provider?.id)) {
  const last = feed.runs[0];
  console.log(`${feed.health.status} ${feed.url} · last run ${last ? `${last.outcome} (${last.itemCount} items)` : 'none yet'} · next ${feed.health.nextRun ?? '–'}${feed.health.lastFailureReason ? ` · ${feed.health.lastFailureReason}` : ''}`);
}
