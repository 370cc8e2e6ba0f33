import type { WriteHealth } from '@campus/subgraph-runtime';

/** What /health reads of a harvest scheduler running in the gateway's process. */
export interface SchedulerStatus {
  ticking: boolean;
  lastTickAt: string | null;
  harvesting: number;
}

/** One part of the hub as /health reports it. */
export interface PartHealth {
  ok: boolean;
  /** What is wrong, in words an operator acts on. */
  problem?: string;
  [detail: string]: unknown;
}

export interface HealthReport {
  status: 'ok' | 'starting' | 'failing';
  /** Every part that is not ok, with what is wrong. */
  failing: string[];
  parts: Record<string, PartHealth>;
}

/** What the hub's health is made of: whatever runs in this process, and the subgraphs it reaches. */
export interface HealthSources {
  /** The databases of the subgraphs in this process. */
  databases: WriteHealth[];
  /** Subgraphs reached over HTTP, by name. */
  remoteSubgraphs: Record<string, string>;
  scheduler: { status(): SchedulerStatus } | null;
  search: { searchHealth(): Promise<{ threads: number; ready: number; answering: number }> } | null;
  initialHarvestDone(): boolean;
}

/** The scheduler ticks once a minute; three minutes without a tick mean it is stuck. */
const TICKS_MISSED_MS = 3 * 60_000;
const PING_MS = 2_000;

async function pingSubgraph(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }), signal: AbortSignal.timeout(PING_MS) });
    await response.arrayBuffer();
    return response.ok ? null : `answers HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? `does not answer within ${PING_MS / 1000} s` : 'cannot be reached';
  }
}

/**
 * /health: each part with its state, and what is wrong in a list an operator reads at a glance.
 * The hub is `starting` until its first harvest is done, `failing` while any part is not ok.
 */
export async function hubHealth(sources: HealthSources, now = Date.now()): Promise<HealthReport> {
  const parts: Record<string, PartHealth> = {};
  // One database may be watched from two threads (the catalogue's own, and the harvest thread's ingest): either one's refusal counts.
  for (const database of sources.databases) {
    const problem = database.problem(now);
    const name = `${database.name} database`;
    if (problem) parts[name] = { ok: false, problem: `cannot write: ${problem}` };
    else parts[name] ??= { ok: true };
  }
  const pings = await Promise.all(Object.entries(sources.remoteSubgraphs).map(async ([name, url]) => [name, await pingSubgraph(url)] as const));
  for (const [name, problem] of pings) parts[`${name} subgraph`] = problem ? { ok: false, problem } : { ok: true };
  if (sources.scheduler) {
    const status = sources.scheduler.status();
    const stuck = status.ticking && status.lastTickAt !== null && now - Date.parse(status.lastTickAt) > TICKS_MISSED_MS;
    parts['scheduler'] = !status.ticking
      ? { ok: false, problem: 'is not running', ...status }
      : stuck
        ? { ok: false, problem: `has not ticked since ${status.lastTickAt}`, ...status }
        : { ok: true, ...status };
  }
  if (sources.search) {
    const search = await sources.search.searchHealth();
    parts['search index'] =
      search.threads > 0 && search.answering < search.threads
        ? { ok: false, problem: `${search.threads - search.answering} of ${search.threads} search threads do not answer`, ...search }
        : { ok: true, ...search };
  }
  const failing = Object.entries(parts)
    .filter(([, part]) => !part.ok)
    .map(([name, part]) => `${name} ${part.problem ?? 'is not ok'}`);
  const status = failing.length > 0 ? 'failing' : sources.initialHarvestDone() ? 'ok' : 'starting';
  return { status, failing, parts };
}
