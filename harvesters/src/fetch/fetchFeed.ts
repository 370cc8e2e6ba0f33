import { isIP } from 'node:net';
import pLimit, { type LimitFunction } from 'p-limit';
import { Agent, buildConnector, fetch } from 'undici';
import { guardedLookup, refusalFor, type AddressPolicy } from './addressPolicy';
import { describeFetchError } from './describeFetchError';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Requests to one host at the same time, so that a partner's server is never crowded. */
  perHost: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  perHost: 2,
  userAgent: 'DigitalCampusHub/0.1 (+https://digitalcampus-leipzig.de; feed harvester)',
};

/** What the last successful fetch said, so that an unchanged feed costs one cheap request. */
export interface ConditionalHeaders {
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: 'fetched'; bytes: Uint8Array; contentType: string | null; finalUrl: string; validators: ConditionalHeaders }
  | { kind: 'not-modified' }
  | { kind: 'failed'; error: string; retryAfterSeconds: number | null; refused?: true; stopped?: true };

/** One HTTP client for all harvests: it owns the connection pool and the address guard. */
export class FeedFetcher {
  readonly #agent: Agent;
  readonly #hosts = new Map<string, LimitFunction>();
  /** A connector per port, since the policy allows address and port together; each keeps its TLS sessions. */
  readonly #connectors = new Map<number, buildConnector.connector>();

  constructor(
    private readonly policy: AddressPolicy,
    private readonly limits: FetchLimits = DEFAULT_FETCH_LIMITS,
  ) {
    this.#agent = new Agent({
      connect: (options, callback) => this.#connectorFor(Number(options.port) || defaultPort(options.protocol))(options, callback),
      connections: 2,
    });
  }

  #connectorFor(port: number): buildConnector.connector {
    let connector = this.#connectors.get(port);
    if (!connector) {
      connector = buildConnector({ lookup: guardedLookup(this.policy, port) as never });
      this.#connectors.set(port, connector);
    }
    return connector;
  }

  /** Fetches a feed; `stop` ends it early (the hub is stopping), and the outcome then says `stopped`. */
  async fetch(url: string, previous: ConditionalHeaders | null, stop?: AbortSignal): Promise<FetchOutcome> {
    let start: URL;
    try {
      start = new URL(url.replace(/^webcal:/i, 'https:'));
    } catch {
      return failed(`"${url}" is not a URL`);
    }
    let limit = this.#hosts.get(start.host);
    if (!limit) {
      limit = pLimit(this.limits.perHost);
      this.#hosts.set(start.host, limit);
    }
    return limit(() => this.fetchFrom(start, previous, stop));
  }

  private async fetchFrom(start: URL, previous: ConditionalHeaders | null, stop: AbortSignal | undefined): Promise<FetchOutcome> {
    let current = start;
    const timeout = AbortSignal.timeout(this.limits.timeoutMs);
    const signal = stop ? AbortSignal.any([timeout, stop]) : timeout;
    try {
      for (let hop = 0; hop <= this.limits.maxRedirects; hop += 1) {
        const refused = this.refusal(current);
        if (refused) return { ...failed(refused), refused: true };
        const response = await fetch(current, {
          dispatcher: this.#agent,
          redirect: 'manual',
          signal,
          headers: requestHeaders(this.limits.userAgent, hop === 0 ? previous : null),
        });
        if (response.status >= 300 && response.status < 400 && response.status !== 304) {
          await response.body?.cancel();
          const location = response.headers.get('location');
          if (!location) return failed(`HTTP ${response.status} without a Location header`);
          current = new URL(location, current);
          continue;
        }
        if (response.status === 304) return { kind: 'not-modified' };
        if (!response.ok) {
          await response.body?.cancel();
          return { kind: 'failed', error: `HTTP ${response.status} ${response.statusText}`.trim(), retryAfterSeconds: retryAfter(response.headers.get('retry-after')) };
        }
        const bytes = await readLimited(response.body as ByteStream | null, this.limits.maxBytes);
        if (!bytes) return failed(`the feed is larger than ${Math.round(this.limits.maxBytes / 1024 / 1024)} MiB`);
        return {
          kind: 'fetched',
          bytes,
          contentType: response.headers.get('content-type'),
          finalUrl: current.href,
          validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
        };
      }
      return failed(`more than ${this.limits.maxRedirects} redirects`);
    } catch (error) {
      if (stop?.aborted) return { ...failed('the hub stopped before the feed was read'), stopped: true };
      const refusedAddress = (error as { cause?: Error }).cause?.message.startsWith('refused:') === true;
      return refusedAddress ? { ...failed(describeFetchError(error, this.limits.timeoutMs)), refused: true } : failed(describeFetchError(error, this.limits.timeoutMs));
    }
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }

  private refusal(url: URL): string | null {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `only http and https feeds are fetched, not ${url.protocol}`;
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // A literal address is connected to without a lookup, so the guard in the lookup never sees it.
    return isIP(host) ? refusalFor(host, Number(url.port) || defaultPort(url.protocol), this.policy) : null;
  }
}

function defaultPort(protocol: string): number {
  return protocol === 'https:' ? 443 : 80;
}

function requestHeaders(userAgent: string, previous: ConditionalHeaders | null): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, text/calendar, application/ld+json, application/json;q=0.9, text/html;q=0.8, */*;q=0.5',
  };
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  return headers;
}

interface ByteStream {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> };
}

/** Reads a body up to `maxBytes` (counted after decompression); null when it is larger. */
async function readLimited(body: ByteStream | null, maxBytes: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (!chunk.value) continue;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

function retryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function failed(error: string): Extract<FetchOutcome, { kind: 'failed' }> {
  return { kind: 'failed', error, retryAfterSeconds: null };
}
