import { parentPort, workerData } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import { connectPostgres, storageFailureAlong } from '@campus/subgraph-runtime';
import { openCatalogStore, type CatalogDatabaseChoice } from '../db/openCatalogStore';
import { indexFileIn, SearchIndex } from './searchIndex';
import { searchOfferings, type OfferingSearch, type SearchResult } from './searchOfferings';
import type { Completion } from './completions';
import { suggest, type SuggestQuery } from './suggest';

/** What a search thread answers: a result, or the error a caller should see. */
export type SearchReply =
  | { id: number; result: SearchResult }
  | { id: number; completions: Completion[] }
  | { id: number; error: { message: string; argument: string | null; storageFailure: string | null } }
  | { ready: true }
  | { alive: number };

/** What a search thread starts with: the catalogue's folder or PostgreSQL database, and whether its search forgives. */
export interface SearchThreadData {
  dataDir: string;
  /** The catalogue's PostgreSQL database; null for its SQLite file in `dataDir`. */
  databaseUrl: string | null;
  forgiving: boolean;
  /** Whether this thread saves the index to the data folder (one thread does); every thread starts from the saved one. */
  saveIndex: boolean;
}

/** What a search thread is asked: a search, completions, or whether it answers at all (for /health). */
export type SearchRequest = { id: number; query: OfferingSearch } | { id: number; suggest: SuggestQuery } | { ping: number };

/**
 * A search thread: its own connection to the catalogue's database and its own index, which catches
 * up with every ingest by the change number, as the index of the subgraph's thread does. It only reads.
 */
const port = parentPort!;
const data = workerData as SearchThreadData;
const choice: CatalogDatabaseChoice = data.databaseUrl ? { kind: 'postgres', connection: await connectPostgres(data.databaseUrl) } : { kind: 'sqlite' };
const store = await openCatalogStore(data.dataDir, choice);
const index = new SearchIndex(store, data.forgiving, undefined, { path: indexFileIn(data.dataDir), save: data.saveIndex });
await index.refresh();
// Read now, so that the first search sent here does not wait for it; completions follow in the background.
await index.lexicon();
void index.completions();
port.on('message', async (request: SearchRequest) => {
  if ('ping' in request) return port.postMessage({ alive: request.ping } satisfies SearchReply);
  const { id } = request;
  let reply: SearchReply;
  try {
    reply = 'suggest' in request ? { id, completions: await suggest(index, request.suggest) } : { id, result: await searchOfferings(store, index, request.query) };
  } catch (error) {
    const argument = error instanceof GraphQLError ? error.extensions['argument'] : null;
    reply = { id, error: { message: (error as Error).message, argument: typeof argument === 'string' ? argument : null, storageFailure: storageFailureAlong(error) } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies SearchReply);
