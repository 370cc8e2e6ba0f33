import { Pool } from 'undici';

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs `work` from `clients` concurrent loops for `seconds` after a warm-up; latencies in ms. */
export async function runLoad(clients: number, seconds: number, work: () => Promise<boolean>): Promise<LoadResult> {
  const loop = async (until: number, latencies: number[] | null): Promise<number> => {
    let errors = 0;
    while (performance.now() < until) {
      const started = performance.now();
      const ok = await work().catch(() => false);
      latencies?.push(performance.now() - started);
      if (!ok) errors += 1;
    }
    return errors;
  };
  const warmUp = performance.now() + 2000;
  await Promise.all(Array.from({ length: clients }, () => loop(warmUp, null)));
  const latencies: number[] = [];
  const started = performance.now();
  const errors = (await Promise.all(Array.from({ length: clients }, () => loop(started + seconds * 1000, latencies)))).reduce((a, b) => a + b, 0);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, errors, perSecond: Math.round(latencies.length / elapsed), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** A GraphQL client on a keep-alive pool, as a real client library would hold it. */
export function graphqlClient(url: string, connections: number): { post(query: string, variables: Record<string, unknown>): Promise<boolean>; close(): Promise<void> } {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections, pipelining: 1 });
  return {
    post: async (query, variables) => {
      const response = await pool.request({ path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.body.json()) as { errors?: unknown[]; data?: unknown; extensions?: { valueCompletion?: unknown } };
      // Apollo's gateway reports what it had to null out under extensions, not errors.
      return response.statusCode === 200 && !body.errors && !body.extensions?.valueCompletion && body.data !== undefined;
    },
    close: () => pool.close(),
  };
}
