import { describe, expect, it } from 'vitest';
import { CATALOG_STORAGES } from './catalogFixture';
import { scoreSearchQuality } from './searchQuality/searchQuality';

describe.each(CATALOG_STORAGES)('the search quality set on $name', (storage) => {
  it('puts at least 90% of the expected offerings in the first five, across typos, forms, both languages, synonyms and compounds', async () => {
    const report = await scoreSearchQuality(undefined, undefined, storage);
    const misses = report.misses.map((m) => `${m.kind} "${m.query}": ${m.missing.join(', ')}`).join('\n');
    expect(report.inTopFive / report.expected, misses).toBeGreaterThanOrEqual(0.9);
    expect(report.meanReciprocalRank).toBeGreaterThanOrEqual(0.85);
    for (const kind of ['plain', 'prefix', 'form', 'compound']) expect(report.byKind[kind]!.inTopFive, kind).toBe(report.byKind[kind]!.expected);
  });
});
