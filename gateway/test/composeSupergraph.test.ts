import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_SDL } from '@campus/catalog';
import { composeSupergraph } from '../src/composeSupergraph';
import { STANDALONE_SUBGRAPHS, SUPERGRAPH_FILE } from '../src/standaloneSupergraph';

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
