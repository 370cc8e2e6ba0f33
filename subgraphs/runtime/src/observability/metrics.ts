import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The hub's Prometheus metrics (prom-client), one registry a process, with Node's own (memory, event loop, GC). */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'hub_' });

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const metrics = {
  httpRequests: new Counter({ name: 'hub_http_requests_total', help: 'HTTP requests answered by the edge, by route and status', labelNames: ['route', 'status'], registers: [registry] }),
  graphqlRequests: new Histogram({ name: 'hub_graphql_request_duration_seconds', help: 'GraphQL operations through the gateway, by operation name and type', labelNames: ['operation', 'type'], buckets: SECONDS, registers: [registry] }),
  graphqlErrors: new Counter({ name: 'hub_graphql_errors_total', help: 'Errors in GraphQL answers, by code', labelNames: ['code'], registers: [registry] }),
  subgraphCalls: new Histogram({ name: 'hub_subgraph_call_duration_seconds', help: "The gateway's calls to each subgraph, by outcome", labelNames: ['service', 'outcome'], buckets: SECONDS, registers: [registry] }),
  harvestRuns: new Counter({ name: 'hub_harvest_runs_total', help: 'Harvests, by feed and outcome (SUCCESS, UNCHANGED, FAILED)', labelNames: ['feed', 'outcome'], registers: [registry] }),
  harvestedItems: new Counter({ name: 'hub_harvested_items_total', help: 'Offerings read by successful harvests, by feed', labelNames: ['feed'], registers: [registry] }),
  databaseTime: new Histogram({ name: 'hub_database_duration_seconds', help: 'Time in the databases, by database and operation', labelNames: ['database', 'operation'], buckets: SECONDS, registers: [registry] }),
  searchQueue: new Gauge({ name: 'hub_search_queue_length', help: 'Searches waiting for or running on the search threads', registers: [registry] }),
  rateLimited: new Counter({ name: 'hub_rate_limited_total', help: 'Requests refused by a rate limit or a wrong-key lockout, by kind', labelNames: ['kind'], registers: [registry] }),
};

/** Times `work` into `histogram` under `labels`, whether it returns or throws. */
export function timed<T>(histogram: Histogram<string>, labels: Record<string, string>, work: () => T): T {
  const end = histogram.startTimer(labels);
  try {
    return work();
  } finally {
    end();
  }
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;
const seenOperations = new Set<string>();

/**
 * An operation name as a metric label: clients choose names, so only well-formed ones and only the
 * first few hundred are told apart; the rest count together, lest the metrics grow without bound.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}
