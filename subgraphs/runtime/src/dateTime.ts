import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** `DateTime`: an ISO 8601 instant with offset, e.g. `2026-12-01T17:00:00.000Z`. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 instant, e.g. 2026-12-01T17:00:00.000Z.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseInstant(ast.value) : invalid(String(ast.kind))),
});

function parseInstant(value: unknown): string {
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? invalid(String(value)) : new Date(time).toISOString();
}

function invalid(value: string): never {
  throw new GraphQLError(`"${value}" is not an ISO 8601 date-time, e.g. 2026-12-01T17:00:00Z`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
