// Search the catalogue and count the results by topic, target group, format and district.
// Usage: HUB_URL=http://localhost:4000 npx tsx examples/typescript/searchWithFacets.ts [words]
import { createHubClient, SearchOfferingsDocument } from '@campus/client';

const hub = createHubClient({ url: `${process.env['HUB_URL'] ?? 'http://localhost:4000'}/graphql` });
const search = process.argv[2] ?? 'Daten';
const { offerings } = await hub.request(SearchOfferingsDocument, { search, first: 5, lang: 'EN' });

console.log(`${offerings.totalCount} offerings for "${search}"`);
for (const [facet, values] of Object.entries({ Topic: offerings.facets.topics, 'Target group': offerings.facets.targetGroups, Format: offerings.facets.formats, District: offerings.facets.districts })) {
  console.log(`${facet}: ${values.map((v) => `${v.label} (${v.count})`).join(', ')}`);
}
for (const { node } of offerings.edges) console.log(`- ${node.title} · ${node.provider?.name ?? ''} · ${node.nextOccurrence?.start ?? 'date on request'}`);
