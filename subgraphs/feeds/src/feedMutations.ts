import { randomBytes } from 'node:crypto';
import type { FeedFetcher } from '@campus/harvesters';
import { feedDefaultsSchema, TEXT_LIMITS, type FeedFormat, type Identity, type SnapshotIngest } from '@campus/schema';
import { badInput, StorageError } from '@campus/subgraph-runtime';
import type { FeedChanges, FeedsStore } from './db/feedsStore';
import type { FeedRow } from './db/tables';
import type { FeedDefaultsInput, RegisterFeedInput, UpdateFeedInput } from './generated/resolvers';
import { validateFeed } from './validateFeed';


export interface FeedRegistryOptions {
  fetcher: FeedFetcher;
  ingest: SnapshotIngest;
  /** Runs a harvest now unless one of the same feed is running. */
  harvestNow(feedId: string): Promise<boolean>;
  maxFeedsPerProvider: number;
}

const notAllowed = (message: string) => ({ __typename: 'NotAllowed' as const, message });
const notFound = (id: string) => ({ __typename: 'NotFound' as const, message: `there is no feed "${id}"` });
const changed = (feed: FeedRow) => ({ __typename: 'FeedChanged' as const, feed });

function interval(value: number | null | undefined, argument: string): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 5 || value > 10_080) throw badInput('the interval must be between 5 and 10080 minutes', argument);
  return value;
}

function defaultsOf(input: FeedDefaultsInput | null | undefined, argument: string) {
  const parsed = feedDefaultsSchema.safeParse({
    languages: input?.languages ?? [],
    targetGroups: input?.targetGroups ?? [],
    timeZone: input?.timeZone ?? null,
    location: input?.location ? { name: input.location.name, address: input.location.address ?? null } : null,
    categoryMapping: Object.fromEntries((input?.categoryMapping ?? []).map((m) => [m.category, m.values])),
  });
  if (!parsed.success) throw badInput(`the defaults are not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`, argument);
  return parsed.data;
}

/**
 * Partners register and look after their feeds, admins approve and reject them: every change
 * checked against who is calling, and written to the audit log with who, when and what.
 */
export class FeedRegistry {
  constructor(
    private readonly store: FeedsStore,
    private readonly options: FeedRegistryOptions,
  ) {}

  private async audit(caller: Identity, action: string, feedId: string, details: Record<string, unknown> = {}): Promise<void> {
    await this.store.writes.write('the audit entry', () => this.store.addAudit({ at: new Date().toISOString(), actor: caller.role === 'PUBLIC' ? 'public' : caller.keyId, role: caller.role, action, feedId, details }));
  }

  /** Changes a feed and records who did what; answers with the feed as it is now. */
  private async change(caller: Identity, id: string, changes: FeedChanges, action: string, details: Record<string, unknown> = {}) {
    await this.store.updateFeed(id, changes);
    await this.audit(caller, action, id, details);
    return changed((await this.store.feed(id))!);
  }

  /** May the caller look after this feed? Admins all, partners their provider's. */
  mayManage(caller: Identity, feed: FeedRow): boolean {
    return caller.role === 'ADMIN' || (caller.role === 'PARTNER' && caller.providerId === feed.providerId);
  }

  /** A dry run; a refused address or an unreadable feed is reported, a readable one is null. */
  private async check(caller: Identity, url: string, format: FeedFormat | null) {
    const report = await validateFeed(this.options.fetcher, caller, url, format);
    if (report.__typename !== 'FeedValidation') return report;
    if (report.errors.length > 0) return { __typename: 'ValidationFailed' as const, message: `the feed cannot be read: ${report.errors.join('; ')}`, report };
    return null;
  }

  async register(caller: Identity, input: RegisterFeedInput) {
    if (caller.role === 'PUBLIC') return notAllowed('registering a feed needs a partner or admin key');
    if (caller.role === 'PARTNER' && caller.providerId !== input.providerId) return notAllowed('a partner registers feeds for its own provider only');
    const intervalMinutes = interval(input.intervalMinutes, 'input.intervalMinutes') ?? 60;
    const defaults = defaultsOf(input.defaults, 'input.defaults');
    const count = await this.store.countLiveFeedsOf(input.providerId);
    if (count >= this.options.maxFeedsPerProvider) return { __typename: 'FeedLimitReached' as const, message: `a provider may have ${this.options.maxFeedsPerProvider} feeds; "${input.providerId}" has ${count}` };
    const problem = await this.check(caller, input.url, input.format ?? null);
    if (problem) return problem;
    const now = new Date().toISOString();
    const id = `${input.providerId}-${randomBytes(4).toString('hex')}`;
    await this.store.insertFeed({
        id,
        url: input.url,
        providerId: input.providerId,
        format: input.format ?? null,
        intervalMinutes,
        defaults,
        status: caller.role === 'ADMIN' ? 'ACTIVE' : 'PENDING',
        registeredBy: caller.keyId,
        nextRunAt: now,
        createdAt: now,
        updatedAt: now,
      });
    await this.audit(caller, 'REGISTER', id, { url: input.url, providerId: input.providerId });
    return changed((await this.store.feed(id))!);
  }

  private async decide(caller: Identity, id: string, decision: 'APPROVE' | 'REJECT', reason: string | null) {
    if (caller.role !== 'ADMIN') return notAllowed('only admins approve and reject feeds');
    const feed = await this.store.feed(id);
    if (!feed) return notFound(id);
    if (feed.status !== 'PENDING') return notAllowed(`the feed is ${feed.status.toLowerCase()}, not pending`);
    const now = new Date().toISOString();
    return this.change(caller, id, decision === 'APPROVE' ? { status: 'ACTIVE', nextRunAt: now, updatedAt: now } : { status: 'REJECTED', rejectionReason: reason, updatedAt: now }, decision, reason ? { reason } : {});
  }

  approve(caller: Identity, id: string) {
    return this.decide(caller, id, 'APPROVE', null);
  }

  reject(caller: Identity, id: string, reason: string) {
    if (!reason.trim()) throw badInput('a rejection needs a reason', 'reason');
    if (reason.length > TEXT_LIMITS.reason) throw badInput(`a reason has at most ${TEXT_LIMITS.reason} characters`, 'reason');
    return this.decide(caller, id, 'REJECT', reason.trim());
  }

  /** Loads a feed the caller may manage, or says why not. */
  private async managed(caller: Identity, id: string): Promise<{ feed: FeedRow } | ReturnType<typeof notAllowed> | ReturnType<typeof notFound>> {
    if (caller.role === 'PUBLIC') return notAllowed('this needs a partner or admin key');
    const feed = await this.store.feed(id);
    if (!feed || feed.status === 'REMOVED') return notFound(id);
    return this.mayManage(caller, feed) ? { feed } : notAllowed('a partner looks after its own provider\'s feeds only');
  }

  async update(caller: Identity, id: string, input: UpdateFeedInput) {
    const found = await this.managed(caller, id);
    if (!('feed' in found)) return found;
    const intervalMinutes = interval(input.intervalMinutes, 'input.intervalMinutes');
    const sourceChanged = (input.url && input.url !== found.feed.url) || (input.format !== undefined && input.format !== found.feed.format);
    if (sourceChanged) {
      const problem = await this.check(caller, input.url ?? found.feed.url, input.format ?? (found.feed.format as FeedFormat | null));
      if (problem) return problem;
    }
    const now = new Date().toISOString();
    const changes: FeedChanges = {
      ...(input.url ? { url: input.url } : {}),
      ...(input.format !== undefined ? { format: input.format } : {}),
      ...(intervalMinutes ? { intervalMinutes } : {}),
      ...(input.defaults ? { defaults: defaultsOf(input.defaults, 'input.defaults') } : {}),
      ...(sourceChanged ? { etag: null, lastModified: null, contentHash: null, nextRunAt: now } : {}),
      updatedAt: now,
    };
    return this.change(caller, id, changes, 'UPDATE', { ...input });
  }

  async setPaused(caller: Identity, id: string, paused: boolean) {
    const found = await this.managed(caller, id);
    if (!('feed' in found)) return found;
    const from = paused ? 'ACTIVE' : 'PAUSED';
    if (found.feed.status !== from) return notAllowed(`the feed is ${found.feed.status.toLowerCase()}, not ${from.toLowerCase()}`);
    const now = new Date().toISOString();
    return this.change(caller, id, { status: paused ? 'PAUSED' : 'ACTIVE', updatedAt: now, ...(paused ? {} : { nextRunAt: now }) }, paused ? 'PAUSE' : 'RESUME');
  }

  async harvestNow(caller: Identity, id: string) {
    const found = await this.managed(caller, id);
    if (!('feed' in found)) return found;
    if (found.feed.status !== 'ACTIVE' && found.feed.status !== 'PAUSED') return notAllowed(`the feed is ${found.feed.status.toLowerCase()}`);
    await this.options.harvestNow(id);
    try {
      await this.audit(caller, 'HARVEST', id);
    } catch (error) {
      // The run says what came of the harvest; a full disk must not hide it behind its audit entry.
      if (!(error instanceof StorageError)) throw error;
    }
    return changed((await this.store.feed(id))!);
  }

  /** Lets the next harvest of a held feed withdraw what the feed no longer lists, and runs it now. */
  async confirmWithdrawals(caller: Identity, id: string) {
    const found = await this.managed(caller, id);
    if (!('feed' in found)) return found;
    if (found.feed.withdrawalHold !== 'HELD') return notAllowed('no harvest of this feed is held: there is nothing to confirm');
    await this.store.updateFeed(id, { withdrawalHold: 'CONFIRMED', nextRunAt: new Date().toISOString() });
    await this.audit(caller, 'CONFIRM_WITHDRAWALS', id);
    if (found.feed.status === 'ACTIVE') await this.options.harvestNow(id);
    return changed((await this.store.feed(id))!);
  }

  async remove(caller: Identity, id: string) {
    const found = await this.managed(caller, id);
    if (!('feed' in found)) return found;
    const now = new Date();
    await this.store.updateFeed(id, { status: 'REMOVED', updatedAt: now.toISOString() });
    const withdrawn = await this.options.ingest.withdrawFeed(id, now);
    await this.audit(caller, 'REMOVE', id, { withdrawn });
    return changed((await this.store.feed(id))!);
  }
}
