import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHubSettings } from '../src/hubSettings';
import { startHub, type RunningHub } from '../src/startHub';

export interface TestHub extends RunningHub {
  dataDir: string;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  close(): Promise<void>;
}

/** Starts a real hub on an ephemeral port with its SQLite files in a fresh temporary folder. */
export async function startTestHub(env: Record<string, string> = {}): Promise<TestHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'campus-hub-'));
  // Request lines would bury a failing test's output; errors still show.
  const hub = await startHub(readHubSettings({ PORT: '0', HOST: '127.0.0.1', HUB_DATA_DIR: dataDir, HUB_LOG_LEVEL: 'error', ...env }));
  await hub.initialHarvest;
  return {
    ...hub,
    dataDir,
    query: async (query, variables) => {
      const response = await fetch(`${hub.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: async () => {
      await hub.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
