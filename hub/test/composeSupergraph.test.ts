import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_SDL } from '@campus/catalog';
import { apiSchemaChanges, unrecordedBreakingChanges } from '../src/apiSchemaChanges';
import { composeSupergraph } from '@campus/gateway';
import { API_SCHEMA_FILE, CHANGELOG_FILE, STANDALONE_SUBGRAPHS, SUPERGRAPH_FILE } from '../src/standaloneSupergraph';

describe('supergraph composition', () => {
  it('matches the committed supergraph file (run `npm run compose` after changing an SDL)', () => {
    const outcome = composeSupergraph(STANDALONE_SUBGRAPHS);
    expect(outcome.ok && outcome.supergraphSdl).toBe(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  });

  it('names what is wrong when the subgraphs do not compose', () => {
    const broken = STANDALONE_SUBGRAPHS.map((s) =>
      s.name === 'catalog' ? { ...s, sdl: CATALOG_SDL.replace(/(type Feed @key[^{]*\{[^}]*id: )ID!/, '$1Int!') } : s,
    );
    const outcome = composeSupergraph(broken);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.errors.join('\n')).toMatch(/Feed\.id/);
  });
});

describe('the public API schema', () => {
  const composed = composeSupergraph(STANDALONE_SUBGRAPHS);
  const current = composed.ok ? composed.apiSchemaSdl : '';
  const committed = readFileSync(API_SCHEMA_FILE, 'utf8');

  it('breaks the committed schema only where CHANGELOG.md records it', async () => {
    const unrecorded = unrecordedBreakingChanges(await apiSchemaChanges(committed, current), readFileSync(CHANGELOG_FILE, 'utf8'));
    expect(unrecorded.map((change) => `${change.path}: ${change.message}`)).toEqual([]);
  });

  it('is committed as the subgraphs compose it (run `npm run compose` after changing an SDL)', () => {
    expect(current).toBe(committed);
    expect(current).not.toMatch(/join__|link__|_entities|_service/);
  });

  it('tells a breaking change from a safe one, and a recorded one from an unrecorded one', async () => {
    const before = 'type Query {\n  apiKeys: [String!]!\n  me: String\n}';
    const breaking = await apiSchemaChanges(before, 'type Query {\n  me: String\n}');
    expect(breaking).toEqual([expect.objectContaining({ path: 'Query.apiKeys', breaking: true })]);
    expect(unrecordedBreakingChanges(breaking, '## Unreleased\n### Removed\n- nothing yet')).toHaveLength(1);
    expect(unrecordedBreakingChanges(breaking, '## Unreleased\n### Removed\n- `Query.apiKeys`, deprecated since 2026-12-02')).toEqual([]);
    const deprecated = 'type Query {\n  apiKeys: [String!]! @deprecated(reason: "gone after 2027-06-01")\n  me: String\n}';
    const added = 'type Query {\n  apiKeys: [String!]!\n  me: String\n  hello: String\n}';
    for (const safe of [deprecated, added]) expect((await apiSchemaChanges(before, safe)).filter((c) => c.breaking)).toEqual([]);
  });
});
