import { parentPort, workerData } from 'node:worker_threads';
import { GraphQLError } from 'graphql';
import { openCatalogDatabase } from '../db/openCatalogDatabase';
import { SearchIndex } from './searchIndex';
import { searchOfferings, type OfferingSearch, type SearchResult } from './searchOfferings';
import type { Completion } from './completions';
import { suggest, type SuggestQuery } from './suggest';

/** What a search thread answers: a result, or the error a caller should see. */
export type SearchReply =
  | { id: number; result: SearchResult }
  | { id: number; completions: Completion[] }
  | { id: number; error: { message: string; argument: string | null } }
  | { ready: true }
  | { alive: number };

/** What a search thread starts with: the catalogue's folder and whether its search forgives. */
export interface SearchThreadData {
  dataDir: string;
  forgiving: boolean;
}

/** What a search thread is asked: a search, completions, or whether it answers at all (for /health). */
export type SearchRequest = { id: number; query: OfferingSearch } | { id: number; suggest: SuggestQuery } | { ping: number };

/**
 * A search thread: its own connection to the catalogue's database and its own index, which catches
 * up with every ingest by the change number, as the index of the subgraph's thread does. It only reads.
 */
const port = parentPort!;
const data = workerData as SearchThreadData;
const database = openCatalogDatabase(data.dataDir);
const index = new SearchIndex(database, data.forgiving);
index.refresh();
// Built now, so that the first search sent here does not wait for them.
index.columns();
index.facetColumns();
index.lexicon();
index.completions();
port.on('message', (request: SearchRequest) => {
  if ('ping' in request) return port.postMessage({ alive: request.ping } satisfies SearchReply);
  const { id } = request;
  let reply: SearchReply;
  try {
    reply = 'suggest' in request ? { id, completions: suggest(index, request.suggest) } : { id, result: searchOfferings(database, index, request.query) };
  } catch (error) {
    const argument = error instanceof GraphQLError ? error.extensions['argument'] : null;
    reply = { id, error: { message: (error as Error).message, argument: typeof argument === 'string' ? argument : null } };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies SearchReply);
