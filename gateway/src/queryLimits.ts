import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';

/** The public API's limits on one query. */
export const QUERY_LIMITS = { depth: 10, cost: 5000, aliases: 15, directives: 20, tokens: 2000 } as const;

type Limit = keyof typeof QUERY_LIMITS;

const SENTENCES: Record<Limit, (limit: number, found: string | null) => string> = {
  depth: (n, found) => `the query is nested deeper than ${n} levels${found ? ` (${found})` : ''}`,
  cost: (n, found) => `the query would cost more than ${n} points${found ? ` (${found})` : ''}; ask for fewer or smaller pages`,
  aliases: (n, found) => `the query uses more than ${n} aliases${found ? ` (${found})` : ''}`,
  directives: (n, found) => `the query uses more than ${n} directives${found ? ` (${found})` : ''}`,
  tokens: (n) => `the query is longer than ${n} tokens (names, values and punctuation); send a shorter one`,
};

function limitError(limit: Limit, found: string | null): GraphQLError {
  return new GraphQLError(SENTENCES[limit](QUERY_LIMITS[limit], found), { extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
}

/** graphql-armor's rules report through us, in our words ("Syntax Error: …" is not what happened). */
function reporting(limit: Limit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const found = error.message.match(/found (\d+)/)?.[1];
        context?.reportError(limitError(limit, found ? `found ${found}` : null));
      },
    ],
  };
}

/**
 * The limits as Apollo Server takes them: graphql-armor's validation rules for depth, cost, aliases
 * and directives, and graphql-js's own token limit while parsing (armor's parses the query a second
 * time in a plugin hook, where a syntax error became an HTTP 500).
 */
export function queryLimits() {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { ...reporting('depth'), n: QUERY_LIMITS.depth },
    // A fragment costs what its fields cost where it is spread, as if written out there.
    costLimit: { ...reporting('cost'), maxCost: QUERY_LIMITS.cost, flattenFragments: true },
    maxAliases: { ...reporting('aliases'), n: QUERY_LIMITS.aliases },
    maxDirectives: { ...reporting('directives'), n: QUERY_LIMITS.directives },
    maxTokens: { enabled: false },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: QUERY_LIMITS.tokens } };
}

/**
 * A query over a limit is QUERY_TOO_COMPLEX with the limit's name, however it was caught: Apollo
 * codes every validation error GRAPHQL_VALIDATION_FAILED, and graphql-js says "Syntax Error:
 * Document contains more that N tokens" (sic) where the hub says what the limit is.
 */
export function formatLimitError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (/^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(formatted.message)) {
    return { message: SENTENCES.tokens(QUERY_LIMITS.tokens, null), extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX', limit: 'tokens' } };
  }
  const limit = formatted.extensions?.['limit'];
  if (typeof limit !== 'string' || !(limit in QUERY_LIMITS)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
}
