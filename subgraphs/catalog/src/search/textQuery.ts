/**
 * A full-text query as the search plans it, in neither database's syntax: each store renders it
 * into its own (FTS5 on SQLite, tsquery on PostgreSQL). Words are folded (`foldForSearch`) and
 * hold letters and digits only, so no rendering can carry a user's syntax.
 */
export type TextQuery =
  /** Words next to each other in this order; with `prefix`, the last one may be the beginning of a word. */
  | { phrase: readonly string[]; prefix: boolean }
  /** Beginnings of words next to each other in any order ("neuronale Netze" for "neuronales Netz"). */
  | { near: readonly string[] }
  | { all: readonly TextQuery[] }
  | { any: readonly TextQuery[] }
  /** Only in what an offering is called and tagged with (title, keywords). */
  | { firstColumns: TextQuery };

export const word = (text: string, prefix = false): TextQuery => ({ phrase: text.split(' '), prefix });

/** One query of many: the one itself where there is one. */
export const anyOf = (queries: readonly TextQuery[]): TextQuery => (queries.length === 1 ? queries[0]! : { any: queries });
export const allOf = (queries: readonly TextQuery[]): TextQuery => (queries.length === 1 ? queries[0]! : { all: queries });

const quoted = (words: readonly string[]): string => `"${words.join(' ')}"`;

/** The query as an FTS5 expression over the columns title, summary, body, keywords, provider. */
export function fts5Expression(query: TextQuery): string {
  if ('phrase' in query) return quoted(query.phrase) + (query.prefix ? '*' : '');
  if ('near' in query) return `NEAR(${query.near.map((stem) => `${quoted([stem])}*`).join(' ')}, 0)`;
  if ('all' in query) return `(${query.all.map(fts5Expression).join(' AND ')})`;
  if ('any' in query) return `(${query.any.map(fts5Expression).join(' OR ')})`;
  return `{title keywords} : (${fts5Expression(query.firstColumns)})`;
}

/**
 * The tsquery weights of the columns: title A, keywords B, summary C, body and provider D (the
 * order of BM25's weights on SQLite, where the provider weighs a little more than the body).
 */
export const TSVECTOR_WEIGHTS = { title: 'A', keywords: 'B', summary: 'C', body: 'D', provider: 'D' } as const;
const FIRST_COLUMN_WEIGHTS = 'AB';

/** Word orders a `near` query is tried in: every one up to this many words, as written beyond (FTS5's NEAR takes any). */
const MOST_WORDS_IN_ANY_ORDER = 3;

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** The query as tsquery text (to cast with `::tsquery`), over a tsvector weighted by TSVECTOR_WEIGHTS. */
export function tsqueryText(query: TextQuery, weights = ''): string {
  const lexeme = (text: string, prefix: boolean): string => `'${text}'${prefix || weights ? ':' : ''}${prefix ? '*' : ''}${weights}`;
  if ('phrase' in query) {
    const last = query.phrase.length - 1;
    const phrase = query.phrase.map((text, i) => lexeme(text, query.prefix && i === last)).join(' <-> ');
    return last > 0 ? `(${phrase})` : phrase;
  }
  if ('near' in query) {
    const orders = query.near.length <= MOST_WORDS_IN_ANY_ORDER ? permutations(query.near) : [[...query.near]];
    return `(${orders.map((order) => `(${order.map((stem) => lexeme(stem, true)).join(' <-> ')})`).join(' | ')})`;
  }
  if ('all' in query) return `(${query.all.map((q) => tsqueryText(q, weights)).join(' & ')})`;
  if ('any' in query) return `(${query.any.map((q) => tsqueryText(q, weights)).join(' | ')})`;
  return tsqueryText(query.firstColumns, FIRST_COLUMN_WEIGHTS);
}
