import { badInput } from '@campus/subgraph-runtime';
import type { Completion } from './completions';
import type { Lang } from './facetLabels';
import type { SearchIndex } from './searchIndex';

/** A request for completions, checked: plain data, so that it crosses to a search thread as it is. */
export interface SuggestQuery {
  prefix: string;
  lang: Lang;
  first: number;
}

const LONGEST_PREFIX = 100;
const MOST_SUGGESTIONS = 20;

/** The arguments of `suggest`, or an error naming the one out of bounds. */
export function suggestQuery(args: { prefix: string; lang?: Lang | null; first?: number | null }): SuggestQuery {
  if (args.prefix.length > LONGEST_PREFIX) throw badInput(`a prefix may have at most ${LONGEST_PREFIX} characters, not ${args.prefix.length}`, 'prefix');
  const first = args.first ?? 8;
  if (!Number.isInteger(first) || first < 1 || first > MOST_SUGGESTIONS) throw badInput(`"first" must be from 1 to ${MOST_SUGGESTIONS}, not ${first}`, 'first');
  return { prefix: args.prefix, lang: args.lang ?? 'DE', first };
}

/** Completions from the index as it stands now. */
export async function suggest(index: SearchIndex, query: SuggestQuery): Promise<Completion[]> {
  await index.refresh();
  return (await index.completions()).complete(query.prefix, query.lang, query.first);
}
