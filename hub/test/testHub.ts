import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { readHubSettings } from '../src/settings';
import { startHub, type RunningHub } from '../src/startHub';

export interface TestHub extends RunningHub {
  dataDir: string;
  /** A typed document (`graphql(…)` from ./generated) gets its result typed; a string, for malformed or built queries, does not. */
  query<T = Record<string, unknown>, V extends Record<string, unknown> = Record<string, unknown>>(query: string | TypedDocumentNode<T, V>, variables?: V): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
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
        body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: async () => {
      await hub.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { graphql } from './generated';
