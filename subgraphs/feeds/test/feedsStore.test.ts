import { describe, expect, it } from 'vitest';
import { NO_FEED_DEFAULTS, type FeedConfig } from '@campus/schema';
import { storagesOf, suiteStores } from '@campus/subgraph-runtime/test/storageTargets';
import { openFeedsStore } from '../src/db/openFeedsStore';
import type { NewHarvestRun } from '../src/db/feedsStore';

const feed = (id: string, providerId: string, url = `https://example.org/${id}.ics`): FeedConfig => ({ id, url, providerId, format: null, intervalMinutes: 60, defaults: { ...NO_FEED_DEFAULTS, languages: ['de'], categoryMapping: { EDV: ['PROBLEM_SOLVING'] } } });
const run = (feedId: string, finishedAt: string, outcome: NewHarvestRun['outcome'], error: string | null = null): NewHarvestRun => ({ feedId, startedAt: finishedAt, finishedAt, outcome, warnings: outcome === 'SUCCESS' ? ['one warning'] : [], error, durationMs: 12, itemCount: outcome === 'SUCCESS' ? 3 : 0, added: outcome === 'SUCCESS' ? 3 : 0 });

const STORAGES = storagesOf((target) => openFeedsStore(target.kind === 'sqlite' ? target.dataDir : '', target.kind === 'sqlite' ? { kind: 'sqlite' } : target));

describe.each(STORAGES)('the feeds storage on $name', (storage) => {
  const { fresh, keep } = suiteStores(storage);

  it("follows the operator's file: a new feed is due at once, a known one keeps its rhythm, a changed source forgets its validators", async () => {
    const { store } = await fresh();
    await store.applyConfig([feed('vhs', 'vhs-leipzig'), feed('uni', 'uni-leipzig')], '2026-12-01T08:00:00.000Z');
    expect(await store.dueFeeds('2026-12-01T08:00:00.000Z')).toEqual(['uni', 'vhs']);
    await store.recordRuns('vhs', [run('vhs', '2026-12-01T08:01:00.000Z', 'SUCCESS')], { etag: '"v1"', contentHash: 'h1', nextRunAt: '2026-12-01T09:01:00.000Z', detectedFormat: 'ICALENDAR' });
    await store.applyConfig([feed('vhs', 'vhs-leipzig'), feed('uni', 'uni-leipzig', 'https://example.org/neu.ics')], '2026-12-01T08:30:00.000Z');
    expect(await store.feed('vhs')).toMatchObject({ etag: '"v1"', nextRunAt: '2026-12-01T09:01:00.000Z', defaults: { languages: ['de'], categoryMapping: { EDV: ['PROBLEM_SOLVING'] } } });
    expect(await store.feed('uni')).toMatchObject({ url: 'https://example.org/neu.ics', etag: null, nextRunAt: '2026-12-01T08:30:00.000Z' });
    expect(await store.dueFeeds('2026-12-01T08:45:00.000Z')).toEqual(['uni']);
  });

  it('lists feeds in the scope a caller may see, pages them by id and counts what counts against a limit', async () => {
    const { store } = await fresh();
    await store.applyConfig([feed('a', 'vhs-leipzig'), feed('b', 'uni-leipzig'), feed('c', 'vhs-leipzig')], '2026-12-01T08:00:00.000Z');
    await store.insertFeed({ id: 'd', url: 'https://example.org/d.rss', providerId: 'uni-leipzig', format: 'RSS', intervalMinutes: 30, defaults: NO_FEED_DEFAULTS, status: 'PENDING', registeredBy: 'key_1', nextRunAt: '2026-12-01T08:00:00.000Z', createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z' });
    await store.updateFeed('c', { status: 'REJECTED', rejectionReason: 'no courses' });
    await store.updateFeed('a', { consecutiveFailures: 3 });
    const ids = async (...args: Parameters<typeof store.feeds>) => (await store.feeds(...args)).map((f) => f.id);
    expect(await ids({ visibleTo: { role: 'PUBLIC' } }, null, null)).toEqual(['a', 'b']);
    expect(await ids({ visibleTo: { role: 'PARTNER', providerId: 'uni-leipzig' } }, null, null)).toEqual(['a', 'b', 'd']);
    expect(await ids({ visibleTo: { role: 'ADMIN' } }, 'a', 2)).toEqual(['b', 'c']);
    expect(await store.countFeeds({ visibleTo: { role: 'ADMIN' } })).toBe(4);
    expect(await ids({ needingAttention: { failingAfter: 3 } }, null, null)).toEqual(['a', 'd']);
    expect(await store.countLiveFeedsOf('vhs-leipzig')).toBe(1);
    expect((await store.feedsById(['d', 'x', 'b'])).map((f) => f.id).sort()).toEqual(['b', 'd']);
  });

  it('keeps the runs of a feed newest first, with its last success and failure, and an audit trail', async () => {
    const { store, reopen } = await fresh();
    await store.applyConfig([feed('vhs', 'vhs-leipzig')], '2026-12-01T08:00:00.000Z');
    await store.recordRuns('vhs', [run('vhs', '2026-12-01T08:01:00.000Z', 'SUCCESS'), run('vhs', '2026-12-01T09:01:00.000Z', 'UNCHANGED')], { nextRunAt: '2026-12-01T10:01:00.000Z' });
    await store.recordRuns('vhs', [run('vhs', '2026-12-01T10:01:00.000Z', 'FAILED', 'HTTP 500')], { consecutiveFailures: 1 });
    const runs = await store.runs('vhs', 10, null);
    expect(runs.map((r) => r.outcome)).toEqual(['FAILED', 'UNCHANGED', 'SUCCESS']);
    expect(runs[2]).toMatchObject({ itemCount: 3, added: 3, updated: 0, warnings: ['one warning'], error: null });
    expect((await store.runs('vhs', 10, runs[1]!.id)).map((r) => r.outcome)).toEqual(['SUCCESS']);
    expect(await store.lastSuccessAt('vhs')).toBe('2026-12-01T09:01:00.000Z');
    expect(await store.lastFailure('vhs')).toEqual({ at: '2026-12-01T10:01:00.000Z', error: 'HTTP 500' });
    expect((await store.feed('vhs'))!.consecutiveFailures).toBe(1);

    await store.addAudit({ at: '2026-12-01T08:00:00.000Z', actor: 'key_a', role: 'ADMIN', action: 'APPROVE', feedId: 'vhs', details: {} });
    await store.addAudit({ at: '2026-12-01T08:05:00.000Z', actor: 'key_b', role: 'PARTNER', action: 'UPDATE', feedId: 'other', details: { intervalMinutes: 30 } });
    expect((await store.audit(null, 10)).map((e) => e.action)).toEqual(['UPDATE', 'APPROVE']);
    expect(await store.audit('other', 10)).toMatchObject([{ actor: 'key_b', details: { intervalMinutes: 30 } }]);

    const again = await reopen();
    keep(again);
    expect((await again.runs('vhs', 1, null)).map((r) => r.outcome)).toEqual(['FAILED']);
  });
});
