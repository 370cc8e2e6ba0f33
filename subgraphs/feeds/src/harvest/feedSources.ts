import { FeedFetcher, withAllowances, type AddressPolicy, type FetchLimits } from '@campus/harvesters';
import { isDemoFeedUrl, resolveFeedUrl } from '@campus/schema';

/**
 * Where a feed is fetched from and through which client. Partners' feeds and dry runs go through
 * the operator's address policy alone; only the `{demoFeeds}/…` feeds of the operator's file may
 * also reach the demo server, at its one address and port, through a client of their own (so that
 * no pooled connection to it can ever serve another feed).
 */
export class FeedSources {
  readonly fetcher: FeedFetcher;
  readonly #demo: { url: string; fetcher: FeedFetcher } | null;

  constructor(policy: AddressPolicy, demoFeedsUrl: string | null, limits?: FetchLimits) {
    this.fetcher = new FeedFetcher(policy, limits);
    this.#demo = demoFeedsUrl ? { url: demoFeedsUrl, fetcher: new FeedFetcher(withAllowances(policy, [serverOf(demoFeedsUrl)]), limits) } : null;
  }

  /** The URL as users see it: a demo feed's at the demo server this process uses. */
  shown(storedUrl: string): string {
    return resolveFeedUrl(storedUrl, this.#demo?.url ?? null) ?? storedUrl;
  }

  /** The URL to fetch and the client to fetch it with; null for a demo feed where no demo server runs. */
  source(storedUrl: string): { url: string; fetcher: FeedFetcher } | null {
    if (!isDemoFeedUrl(storedUrl)) return { url: storedUrl, fetcher: this.fetcher };
    return this.#demo ? { url: this.shown(storedUrl), fetcher: this.#demo.fetcher } : null;
  }

  async close(): Promise<void> {
    await this.fetcher.close();
    await this.#demo?.fetcher.close();
  }
}

function serverOf(url: string): string {
  const { hostname, port, protocol } = new URL(url);
  return `${hostname}:${port || (protocol === 'https:' ? 443 : 80)}`;
}
